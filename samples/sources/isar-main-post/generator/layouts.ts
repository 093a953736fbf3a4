/** Document templates: each draws pages and returns the truth of what it printed. */
import { Doc, type FieldKey, type FamilyKey, type PageModel } from './render.js';
import { Rng, fmtDate, fmtMoney, fmtTime, addDays, workday, type DateStyle, type MoneyStyle, type TimeStyle } from './util.js';
import { FACHSTELLE, LAW_FIRMS, type Court } from './data.js';
import type { Household, Person, JudgmentKind } from './model.js';

export type Fields = Record<FieldKey, unknown>;
export interface Built {
  pages: PageModel[];
  fields: Fields;
  fieldPages: Partial<Record<FieldKey, number>>;
  layout: string;
  sender: string;
}
export function emptyFields(): Fields {
  const keys: FieldKey[] = ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination'];
  return Object.fromEntries(keys.map((k) => [k, null])) as Fields;
}

// ---------- printing helpers ----------
const full = (p: Person): string => `${p.given} ${p.family}`;
const hr = (p: Person): string => (p.sex === 'm' ? 'Herr' : 'Frau');
const hrn = (p: Person): string => (p.sex === 'm' ? 'Herrn' : 'Frau');
export function abbrevStreet(s: string): string {
  return s.replace(/traße$/, 'tr.');
}
interface Style {
  ds: DateStyle;
  ms: MoneyStyle;
  ts: TimeStyle;
  abbrev: boolean;
  hnSpace: boolean;
  birth: boolean;
  birthFmt: 'gebAm' | 'geb' | 'star' | 'paren';
}
function style(rng: Rng, o: Partial<Style> = {}): Style {
  return {
    ds: o.ds ?? rng.pick<DateStyle>(['dmy', 'dmy', 'dmy', 'long', 'dmyNoPad']),
    ms: o.ms ?? rng.pick<MoneyStyle>(['eurSign', 'eurWord', 'signFirst', 'euroPlain', 'eurWhole', 'eurSign', 'eurWord']),
    ts: o.ts ?? rng.pick<TimeStyle>(['colon', 'dot', 'uhrShort']),
    abbrev: o.abbrev ?? rng.chance(0.45),
    hnSpace: o.hnSpace ?? rng.chance(0.2),
    birth: o.birth ?? rng.chance(0.45),
    birthFmt: o.birthFmt ?? rng.pick(['gebAm', 'geb', 'star', 'paren'] as const),
  };
}
function streetLine(h: Household, st: Style): string {
  const hn = st.hnSpace ? h.addr.houseNumber.replace(/^(\d+)([a-z])$/, '$1 $2') : h.addr.houseNumber;
  return `${st.abbrev ? abbrevStreet(h.addr.street) : h.addr.street} ${hn}`;
}
function cityLine(h: Household): string {
  return `${h.addr.postalCode} ${h.addr.city}`;
}
/** The flat as one line, with the addition inline. */
function flatOneLine(h: Household, st: Style): string {
  return `${streetLine(h, st)}${h.addr.addition ? `, ${h.addr.addition}` : ''}, ${cityLine(h)}`;
}
function flatLines(h: Household, st: Style): string[] {
  const out = [streetLine(h, st)];
  if (h.addr.addition) out.push(h.addr.addition);
  out.push(cityLine(h));
  return out;
}
function birthStr(p: Person, st: Style): string {
  const d = fmtDate(p.birth, 'dmy');
  switch (st.birthFmt) {
    case 'gebAm':
      return `geb. am ${d}`;
    case 'geb':
      return `geb. ${d}`;
    case 'star':
      return `* ${d}`;
    case 'paren':
      return `(geb. ${d})`;
  }
}
function tenantTruth(h: Household, st: Style): { name: string; birthDate: string | null }[] {
  return h.tenants.map((p) => ({ name: full(p), birthDate: st.birth ? p.birth : null }));
}
/** One line per tenant in several styles. */
function tenantLines(h: Household, st: Style, mode: 'numbered' | 'lettered' | 'plain' | 'surnameFirst' | 'titled'): string[] {
  return h.tenants.map((p, i) => {
    const b = st.birth ? `${st.birthFmt === 'paren' ? ' ' : ', '}${birthStr(p, st)}` : '';
    switch (mode) {
      case 'numbered':
        return `${i + 1}. ${full(p)}${b}`;
      case 'lettered':
        return `${String.fromCharCode(97 + i)}) ${hr(p)} ${full(p)}${b}`;
      case 'surnameFirst':
        return `${p.family}, ${p.given}${b}`;
      case 'titled':
        return `${hr(p)} ${full(p)}${b}`;
      default:
        return `${full(p)}${b}`;
    }
  });
}
/** Tenants in running text ("Eheleute Mehmet und Ayşe Yılmaz", "Herrn X und Frau Y"). */
function tenantsInline(h: Household, st: Style, dative = false): string {
  const ts = h.tenants;
  if (h.eheleute && ts.length === 2 && !st.birth) {
    const [a, b] = ts as [Person, Person];
    return `${dative ? 'den ' : ''}Eheleute${dative ? 'n' : ''} ${a.given} und ${b.given} ${a.family}`;
  }
  const parts = ts.map((p) => `${dative ? hrn(p) : hr(p)} ${full(p)}${st.birth ? ` (${birthStr(p, { ...st, birthFmt: 'geb' })})` : ''}`);
  if (parts.length === 1) return parts[0] as string;
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`;
}
function plural(h: Household): boolean {
  return h.tenants.length > 1;
}
function roleBekl(h: Household, dash: string): string {
  const t = h.tenants;
  const w = plural(h) ? 'Beklagte' : t[0]?.sex === 'm' ? 'Beklagter' : 'Beklagte';
  return `${dash} ${w} ${dash}`;
}
function landlordFem(h: Household): boolean {
  const k = h.landlord.kind;
  return k === 'company' || k === 'coop' || k === 'public' || k === 'heirs' || /^(Theresia|Hildegard)/.test(h.landlord.name);
}
function klaegerWord(h: Household): string {
  if (h.landlord.name.includes(' und ')) return 'Kläger';
  return landlordFem(h) ? 'Klägerin' : 'Kläger';
}
function landlordAddr(h: Household): string {
  const l = h.landlord;
  return `${l.street}, ${l.plz} ${l.town}`;
}
function hearingText(h: Household, st: Style, withRoom = true): string {
  return `${fmtDate(h.hearing.date, st.ds === 'long' ? 'weekdayDen' : rngSafeWeekday(st))}, ${fmtTime(h.hearing.time, st.ts)}${withRoom ? `, ${h.hearing.room}` : ''}`;
}
function rngSafeWeekday(st: Style): DateStyle {
  return st.ds === 'dmyNoPad' ? 'dmyNoPad' : 'weekdayDmy';
}
function hearingTruth(h: Household): unknown {
  return { date: h.hearing.date, time: h.hearing.time, room: h.hearing.room };
}
function addrTruth(h: Household): unknown {
  return { ...h.addr };
}

// ---------- letterheads ----------
function recipientAuthority(h: Household, rng: Rng, toFachstelle: boolean): string[] {
  if (toFachstelle) return [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.town}`];
  const a = h.auth;
  return rng.chance(0.5) ? [a.jobcenter, 'Team Leistungen – KdU', a.jcStreet, `${a.jcPlz} ${a.jcTown}`] : [a.social, a.socialDept, a.socStreet, `${a.socPlz} ${a.socTown}`];
}
function courtLetterhead(d: Doc, c: Court, rng: Rng, info: [string, string, FieldKey?][], recipient: string[]): void {
  const name = `Amtsgericht ${c.town}`;
  const small = 7.5;
  if (c.header === 'crest') {
    d.rect(d.left, 40, 26, 30, 0.8);
    d.cur.ops.push({ k: 'l', x1: d.left, y1: 55, x2: d.left + 26, y2: 55, w: 0.6, color: '#222' });
    d.cur.ops.push({ k: 'l', x1: d.left + 13, y1: 40, x2: d.left + 13, y2: 70, w: 0.6, color: '#222' });
    d.at(d.left + 34, 42, name, { z: 15, bold: true });
    d.at(d.left + 34, 60, 'Abteilung für Zivilsachen', { z: 9 });
  } else if (c.header === 'center') {
    d.at(297, 40, name, { z: 16, bold: true, align: 'center' });
    d.at(297, 60, `${c.street} · ${c.plz} ${c.town} · Telefon ${c.phone} · Telefax ${c.fax}`, { z: 7.5, align: 'center' });
    d.cur.ops.push({ k: 'l', x1: d.left, y1: 72, x2: d.right, y2: 72, w: 0.8, color: '#222' });
  } else if (c.header === 'caps') {
    d.at(d.left, 42, name.toUpperCase(), { z: 14, bold: true });
    d.cur.ops.push({ k: 'l', x1: d.left, y1: 62, x2: d.right, y2: 62, w: 1.4, color: '#222' });
  } else {
    d.at(d.left, 40, name, { z: 17, bold: true });
    d.at(d.left, 62, '– Zivilabteilung –', { z: 9 });
  }
  // return line and window
  const ret = c.poBox ? `${name}, ${c.poBox}, ${c.poPlz} ${c.town}` : `${name}, ${c.street}, ${c.plz} ${c.town}`;
  d.at(d.left, 118, ret, { z: 6.5 });
  d.cur.ops.push({ k: 'l', x1: d.left, y1: 127, x2: d.left + 230, y2: 127, w: 0.4, color: '#444' });
  recipient.forEach((l, i) => d.at(d.left, 136 + i * 12, l, { z: 10 }));
  // info block
  let y = 112;
  const ix = 352;
  for (const [lab, val, fk] of info) {
    d.at(ix, y, lab, { z: small });
    d.at(ix + 78, y, val, { z: 9 });
    if (fk) d.mark(fk);
    y += 13;
  }
  if (c.header !== 'center') {
    d.at(ix, y + 4, `${c.street}`, { z: small });
    d.at(ix, y + 14, `${c.plz} ${c.town}`, { z: small });
    d.at(ix, y + 24, `Tel. ${c.phone}, Fax ${c.fax}`, { z: small });
    y += 34;
  }
  d.y = Math.max(230, y + 16);
  d.mark('court');
}
function fileLabel(c: Court): string {
  return ({ muenchen: 'Geschäftszeichen', augsburg: 'Aktenzeichen', nuernberg: 'Geschäftsnummer', fuerth: 'Az.', erlangen: 'Geschäfts-Nr.', wuerzburg: 'Aktenzeichen', regensburg: 'Geschäftszeichen', landshut: 'Az.', passau: 'Geschäftsnummer', ingolstadt: 'Aktenzeichen', rosenheim: 'Geschäftszeichen', bamberg: 'Az.', kempten: 'Geschäfts-Nr.' } as Record<string, string>)[c.key] ?? 'Aktenzeichen';
}
function printFile(h: Household, rng: Rng): string {
  const r = rng.next();
  if (r < 0.12) return h.fileNo.replace(' C ', 'C ');
  if (r < 0.2) return h.fileNo.replace('/', ' / ');
  return h.fileNo;
}
function pageFooterCourt(d: Doc, c: Court, fileNo: string): void {
  d.onNewPage = (dd: Doc): void => {
    dd.at(dd.left, 40, `${fileLabel(c)} ${fileNo}`, { z: 8 });
    dd.at(dd.right, 40, `Seite ${dd.page}`, { z: 8, align: 'right' });
    dd.y = 70;
  };
}
function clerkSignature(d: Doc, c: Court, rng: Rng): void {
  d.gap(18);
  d.need(60);
  const v = rng.int(0, 2);
  if (v === 0) {
    d.text(c.clerk);
    d.text('Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle', { z: 8.5 });
  } else if (v === 1) {
    d.text('Mit freundlichen Grüßen');
    d.gap(6);
    d.text(`${c.clerk}, Urkundsbeamte(r) der Geschäftsstelle`);
  } else {
    d.text('Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.', { z: 8 });
    d.text(`${c.clerk} – Geschäftsstelle der Abteilung für Zivilsachen`, { z: 8.5 });
  }
}
function fam(c: Court): FamilyKey {
  return c.font;
}

// ========== court notice ==========
export function courtNotice(h: Household, rng: Rng, toFachstelle: boolean): Built {
  const c = h.court;
  const d = new Doc(fam(c), 10);
  const F = emptyFields();
  const st = style(rng, c.notice === 'mizi' ? { ds: 'dmy' } : {});
  const fileNo = printFile(h, rng);
  const served = rng.chance(0.3);
  const withHearing = h.noticeHearing;
  const letterDate = h.noticeDate;
  courtLetterhead(d, c, rng, [[fileLabel(c), fileNo, 'fileNumber'], ['Datum', fmtDate(letterDate, 'dmy')], ['Bearbeiter/in', c.clerk.split(' ').slice(-1)[0] ?? ''], ['Zimmer', `${rng.int(1, 4)}.${rng.int(10, 60)}`]], recipientAuthority(h, rng, toFachstelle));
  F.court = `Amtsgericht ${c.town}`;
  F.fileNumber = h.fileNo;
  F.landlord = h.landlord.name;
  F.tenants = tenantTruth(h, st);
  F.address = addrTruth(h);
  F.claimReceived = h.claimReceived;
  F.monthlyRent = h.rent;
  F.arrears = h.arrears;
  if (served) F.claimServed = h.claimServed;
  if (withHearing) F.hearing = hearingTruth(h);
  pageFooterCourt(d, c, fileNo);
  const para = c.key === 'landshut' ? '§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII (vormals § 22 Abs. 6 SGB II, § 34 Abs. 2 SGB XII)' : '§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII';
  const rentStr = fmtMoney(h.rent, st.ms);
  const arrStr = fmtMoney(h.arrears, st.ms);
  const lawyer = h.lawFirm;
  const hearingStr = withHearing ? hearingText(h, st) : rng.pick(['noch nicht bestimmt', 'Ein Termin ist noch nicht bestimmt.', 'wird gesondert mitgeteilt (noch nicht bestimmt)']);
  const servedStr = served ? fmtDate(h.claimServed, st.ds) : rng.pick(['noch nicht zugestellt', '– (Zustellung veranlasst)', 'noch nicht bekannt']);
  const kl = klaegerWord(h);
  const marksAll: FieldKey[] = ['tenants', 'address', 'landlord', 'claimReceived', 'monthlyRent', 'arrears'];
  const form = c.notice;
  let layout = `court_notice/${form}/${c.key}`;
  if (form === 'table') {
    const labs = c.key === 'muenchen'
      ? ['Klagende Partei', 'Prozessbevollmächtigte', 'Beklagte Partei', 'Anschrift der Wohnung', 'Eingang der Klage bei Gericht', 'Zustellung der Klage', 'Monatliche Miete (Gesamtmiete)', 'Rückstand Miete/Nutzungsentschädigung', 'Termin zur mündlichen Verhandlung']
      : ['Vermieter/Kläger', 'vertreten durch', 'Mieter/Beklagte', 'Räumung der Wohnung', 'Tag des Eingangs der Klage', 'Klage zugestellt am', 'Miete monatlich', 'geltend gemachter Rückstand', 'Verhandlungstermin'];
    d.text(`Mitteilung nach ${para}`, { bold: true, z: 12 });
    d.text('Räumungsrechtsstreit wegen Zahlungsverzugs – Mitteilungen in Zivilsachen (MiZi)', { z: 9 });
    d.gap(8);
    d.text('Sehr geehrte Damen und Herren,', {});
    d.text('zur Prüfung einer Übernahme der Mietschulden bzw. zur Vermeidung von Wohnungslosigkeit wird Ihnen Folgendes mitgeteilt:', {});
    d.gap(6);
    const rows: [string, string, FieldKey[]?][] = [
      [labs[0] as string, `${h.landlord.name}\n${landlordAddr(h)}`, ['landlord']],
      [labs[1] as string, lawyer ? `${lawyer.lawyer}, ${lawyer.street}, ${lawyer.plz} ${lawyer.town}` : '—'],
      [labs[2] as string, tenantLines(h, st, 'numbered').join('\n'), ['tenants']],
      [labs[3] as string, flatOneLine(h, st), ['address']],
      [labs[4] as string, fmtDate(h.claimReceived, st.ds), ['claimReceived']],
      [labs[5] as string, servedStr, served ? ['claimServed'] : undefined],
      [labs[6] as string, `${rentStr}${rng.chance(0.5) ? ` (Grundmiete ${fmtMoney(h.rentBase, st.ms)} zzgl. Nebenkosten ${fmtMoney(h.rentExtras, st.ms)})` : ''}`, ['monthlyRent']],
      [labs[7] as string, arrStr, ['arrears']],
      [labs[8] as string, hearingStr, withHearing ? ['hearing'] : undefined],
    ];
    d.table(rows, { w1: 175, w2: 293, boldLabel: c.key === 'regensburg', shade: c.key === 'muenchen' });
    d.gap(6);
    d.text(`Streitwert: ${fmtMoney(h.streitwert, 'eurSign')}`, { z: 9 });
    if (rng.chance(0.5)) {
      d.newPage();
      d.text('Hinweise', { bold: true });
      d.text('Die Mitteilung erfolgt, damit der zuständige Träger prüfen kann, ob Mietschulden übernommen werden können (§ 22 Abs. 8 SGB II, § 36 Abs. 1 SGB XII). Die Kündigung wegen Zahlungsverzugs wird unwirksam, wenn der Vermieter spätestens bis zum Ablauf von zwei Monaten nach Eintritt der Rechtshängigkeit befriedigt wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet (§ 569 Abs. 3 Nr. 2 BGB).', { z: 9.5 });
      d.gap(4);
      d.text('Die übermittelten Daten dürfen nur für diesen Zweck verwendet werden.', { z: 9.5 });
    }
    clerkSignature(d, c, rng);
  } else if (form === 'labels') {
    const vx = 245;
    const L = c.key === 'augsburg'
      ? { t: 'Räumungsklage – Mitteilung an den Träger der Grundsicherung', k: `${kl}:`, p: 'Prozessbevollm.:', b: 'Beklagte/r:', w: 'Wohnung:', e: 'Klage eingegangen am:', z: 'Klage zugestellt am:', m: 'Monatsmiete:', r: 'Rückstand lt. Klage:', h: 'Termin:' }
      : c.key === 'rosenheim'
        ? { t: `MITTEILUNG GEMÄSS ${para.toUpperCase()}`, k: 'Klagepartei:', p: 'Prozessbevollmächtigter:', b: 'Beklagtenpartei:', w: 'Mietobjekt:', e: 'Eingang der Klage:', z: 'Rechtshängigkeit:', m: 'Mietzins mtl. (inkl. NK):', r: 'Mietrückstand:', h: 'Termin zur mündl. Verhandlung:' }
        : { t: 'Mitteilung über die Erhebung einer Räumungsklage', k: 'Kläger/in:', p: 'Bevollmächtigte/r:', b: 'Beklagte:', w: 'wohnhaft:', e: 'Eingangsdatum der Klage:', z: 'Zustellung:', m: 'laufende Miete monatlich:', r: 'Rückstand (Miete u. Nutzungsentschädigung):', h: 'Gütetermin/Haupttermin:' };
    d.text(L.t, { bold: true, z: 11.5 });
    d.gap(4);
    d.text(`In dem Rechtsstreit ${h.landlord.name} gegen ${h.tenants.map(full).join(', ')} wegen Räumung und Zahlung wird gemäß ${para} mitgeteilt:`, { z: 9.5 });
    d.gap(8);
    d.kv(L.k, h.landlord.name, { vx, boldValue: true });
    d.kv('', landlordAddr(h), { vx });
    if (h.landlord.rep) d.kv('', h.landlord.rep, { vx, z: 8.5 });
    d.mark('landlord');
    if (lawyer) d.kv(L.p, `${lawyer.name}, ${lawyer.street}, ${lawyer.plz} ${lawyer.town}`, { vx });
    d.gap(4);
    const tl = tenantLines(h, st, plural(h) ? 'numbered' : 'plain');
    tl.forEach((t, i) => d.kv(i === 0 ? L.b : '', t, { vx, boldValue: true }));
    d.mark('tenants');
    d.kv(L.w, flatOneLine(h, st), { vx });
    d.mark('address');
    d.gap(4);
    d.kv(L.e, fmtDate(h.claimReceived, st.ds), { vx });
    d.mark('claimReceived');
    d.kv(L.z, servedStr, { vx });
    if (served) d.mark('claimServed');
    d.kv(L.m, rentStr, { vx });
    d.mark('monthlyRent');
    d.kv(L.r, arrStr, { vx });
    d.mark('arrears');
    if (rng.chance(0.5)) d.kv('Zinsen:', `5 Prozentpunkte über dem Basiszinssatz seit ${fmtDate(h.interestFrom, 'dmy')}`, { vx, z: 9 });
    d.kv(L.h, hearingStr, { vx });
    if (withHearing) {
      d.mark('hearing');
      d.kv('Sitzungsort:', `${c.street}, ${c.plz} ${c.town}`, { vx, z: 9 });
    }
    clerkSignature(d, c, rng);
  } else if (form === 'prose') {
    d.text(`Ihr Zeichen: —    Unser Zeichen: ${fileNo}`, { z: 8.5 });
    d.gap(4);
    d.text(`Räumungssache ${h.landlord.name} ./. ${h.tenants.map((p) => p.family).join(', ')}`, { bold: true });
    d.text(`hier: Mitteilung gemäß ${para}`, { bold: true });
    d.gap(8);
    d.text('Sehr geehrte Damen und Herren,');
    d.gap(4);
    const served2 = served ? ` Die Klageschrift wurde den Beklagten am ${fmtDate(h.claimServed, st.ds)} zugestellt.` : ' Die Zustellung der Klage ist veranlasst; ein Zustellungsdatum liegt noch nicht vor.';
    d.text(`beim hiesigen Gericht ist am ${fmtDate(h.claimReceived, st.ds)} eine Klage der ${kl} ${h.landlord.name}, ${landlordAddr(h)}, gegen ${tenantsInline(h, st)} auf Räumung und Herausgabe der Wohnung ${flatOneLine(h, st)} eingegangen.${served2}`);
    d.mark('landlord', 'tenants', 'address', 'claimReceived');
    if (served) d.mark('claimServed');
    d.gap(4);
    d.text(`Die Klage wird auf eine fristlose Kündigung wegen Zahlungsverzugs gestützt. Die monatlich geschuldete Miete beträgt nach den Angaben in der Klageschrift ${rentStr}. Geltend gemacht wird ein Rückstand an Miete und Nutzungsentschädigung in Höhe von ${arrStr}.`);
    d.mark('monthlyRent', 'arrears');
    d.gap(4);
    if (withHearing) {
      d.text(`Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingText(h, st)}, im Gerichtsgebäude ${c.street}, ${c.plz} ${c.town}.`);
      d.mark('hearing');
    } else d.text('Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.');
    if (lawyer) {
      d.gap(4);
      d.text(`Die ${kl} wird vertreten durch ${lawyer.name}, ${lawyer.street}, ${lawyer.plz} ${lawyer.town}, Tel. ${lawyer.phone}.`, { z: 9.5 });
    }
    d.gap(4);
    d.text('Diese Mitteilung ergeht von Amts wegen. Eine Antwort an das Gericht ist nicht erforderlich.', { z: 9.5 });
    clerkSignature(d, c, rng);
  } else if (form === 'mizi') {
    d.text(c.key === 'nuernberg' ? 'MiZi IV/1 – Mitteilung über die Erhebung einer Räumungsklage' : 'Mitteilung in Zivilsachen – Räumungsklage wegen Zahlungsverzugs', { bold: true, z: 11.5 });
    d.text(`(${para})`, { z: 8.5 });
    d.gap(8);
    const ix = d.left + 18;
    d.text('1.  Tag des Eingangs der Klage', { bold: true });
    d.text(fmtDate(h.claimReceived, st.ds), { x: ix });
    d.mark('claimReceived');
    d.gap(3);
    d.text(`2.  Parteien`, { bold: true });
    d.text(`a) ${kl}`, { x: ix, z: 9 });
    d.text(`${h.landlord.name}, ${landlordAddr(h)}`, { x: ix + 14 });
    d.mark('landlord');
    if (lawyer) d.text(`Prozessbevollmächtigte: ${lawyer.name}, ${lawyer.plz} ${lawyer.town}`, { x: ix + 14, z: 8.5 });
    d.text(`b) ${plural(h) ? 'Beklagte' : h.tenants[0]?.sex === 'm' ? 'Beklagter' : 'Beklagte'}`, { x: ix, z: 9 });
    for (const t of tenantLines(h, st, 'surnameFirst')) d.text(t, { x: ix + 14 });
    d.mark('tenants');
    d.text(`${plural(h) ? 'sämtlich wohnhaft' : 'wohnhaft'}: ${flatOneLine(h, st)}`, { x: ix + 14 });
    d.mark('address');
    d.gap(3);
    d.text('3.  Höhe der monatlich zu entrichtenden Miete', { bold: true });
    d.text(rentStr, { x: ix });
    d.mark('monthlyRent');
    d.gap(3);
    d.text('4.  Höhe des geltend gemachten Mietrückstandes und der geltend gemachten Entschädigung', { bold: true });
    d.text(arrStr, { x: ix });
    d.mark('arrears');
    d.gap(3);
    d.need(60);
    d.text('5.  Termin zur mündlichen Verhandlung', { bold: true });
    let y = d.y;
    d.box(ix, y, withHearing);
    d.at(ix + 14, y, withHearing ? `ist bestimmt auf: ${hearingText(h, st)}` : 'ist bestimmt auf: ______________________');
    y += 13;
    d.box(ix, y, !withHearing);
    d.at(ix + 14, y, 'noch nicht bestimmt');
    d.y = y + 16;
    if (withHearing) d.mark('hearing');
    d.text('6.  Die Klage ist zugestellt am (Rechtshängigkeit)', { bold: true });
    y = d.y;
    d.box(ix, y, served);
    d.at(ix + 14, y, served ? fmtDate(h.claimServed, st.ds) : '________________');
    y += 13;
    d.box(ix, y, !served);
    d.at(ix + 14, y, 'Zustellung noch nicht erfolgt / nicht bekannt');
    d.y = y + 18;
    if (served) d.mark('claimServed');
    clerkSignature(d, c, rng);
  } else if (form === 'columns') {
    d.text(`Mitteilung nach ${para}`, { bold: true, z: 12 });
    d.text(`in dem Räumungsrechtsstreit ${fileNo}`, { z: 9.5 });
    d.gap(10);
    const y0 = d.y;
    const xr = 310;
    d.at(d.left, y0, `${kl}:`, { bold: true });
    const ll = [h.landlord.name, h.landlord.street, `${h.landlord.plz} ${h.landlord.town}`];
    if (lawyer) ll.push('', 'Prozessbevollmächtigte:', lawyer.name, `${lawyer.street}, ${lawyer.plz} ${lawyer.town}`);
    ll.forEach((t, i) => t && d.at(d.left, y0 + 14 + i * 12, t, { z: 9.5 }));
    d.at(xr, y0, plural(h) ? 'Beklagte:' : 'Beklagte Partei:', { bold: true });
    const rl = [...tenantLines(h, st, 'titled'), ...flatLines(h, st)];
    rl.forEach((t, i) => d.at(xr, y0 + 14 + i * 12, t, { z: 9.5 }));
    d.mark('landlord', 'tenants', 'address');
    d.y = y0 + 24 + Math.max(ll.length, rl.length) * 12;
    d.rule();
    d.gap(10);
    const vx = 300;
    d.kv('Die Klage ist bei Gericht eingegangen am', fmtDate(h.claimReceived, st.ds), { vx });
    d.mark('claimReceived');
    d.kv('Die Klage wurde zugestellt am', servedStr, { vx });
    if (served) d.mark('claimServed');
    d.kv('Vereinbarte Miete monatlich', rentStr, { vx });
    d.mark('monthlyRent');
    d.kv('Klageforderung (Rückstand)', arrStr, { vx });
    d.mark('arrears');
    d.kv('Streitwert', fmtMoney(h.streitwert, 'eurWord'), { vx });
    d.kv('Termin', hearingStr, { vx });
    if (withHearing) d.mark('hearing');
    clerkSignature(d, c, rng);
  } else {
    // caption
    d.text(`${c.key === 'bamberg' ? 'Betreff' : 'Betrifft'}: Mitteilung gemäß ${para}`, { bold: true });
    d.gap(10);
    d.text('In dem Rechtsstreit', { align: 'center', width: d.right - d.left });
    d.gap(6);
    d.text(`${h.landlord.name}, ${landlordAddr(h)}`);
    if (h.landlord.rep) d.text(h.landlord.rep, { z: 9 });
    d.text(`– ${kl} –`, { x: 380 });
    if (lawyer) d.text(`Prozessbevollmächtigte: ${lawyer.name}, ${lawyer.street}, ${lawyer.plz} ${lawyer.town}`, { z: 9 });
    d.mark('landlord');
    d.gap(4);
    d.text('gegen', { align: 'center', width: d.right - d.left });
    d.gap(4);
    for (const t of tenantLines(h, st, plural(h) ? 'numbered' : 'titled')) d.text(t);
    d.text(`${plural(h) ? 'alle wohnhaft' : 'wohnhaft'} ${flatOneLine(h, st)}`);
    d.text(roleBekl(h, '–'), { x: 380 });
    d.mark('tenants', 'address');
    d.gap(4);
    d.text('wegen Räumung und Zahlung', { align: 'center', width: d.right - d.left });
    d.gap(8);
    d.text('wird mitgeteilt:');
    d.gap(2);
    const vx = 250;
    d.kv('Eingang der Klage', fmtDate(h.claimReceived, st.ds), { vx });
    d.mark('claimReceived');
    d.kv('Zustellung an die Beklagten', servedStr, { vx });
    if (served) d.mark('claimServed');
    d.kv('Miete pro Monat', rentStr, { vx });
    d.mark('monthlyRent');
    d.kv('Rückstand gesamt', arrStr, { vx });
    d.mark('arrears');
    d.kv('Mündliche Verhandlung', hearingStr, { vx });
    if (withHearing) d.mark('hearing');
    clerkSignature(d, c, rng);
  }
  void marksAll;
  layout += withHearing ? '+hearing' : '';
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout, sender: `Amtsgericht ${c.town}` };
}

// ========== hearing summons ==========
export function hearingSummons(h: Household, rng: Rng, toFachstelle: boolean): Built {
  const c = h.court;
  const d = new Doc(fam(c), 10);
  const F = emptyFields();
  const st = style(rng, { birth: rng.chance(0.25) });
  const fileNo = printFile(h, rng);
  courtLetterhead(d, c, rng, [[fileLabel(c), fileNo, 'fileNumber'], ['Datum', fmtDate(h.summonsDate, 'dmy')], ['Durchwahl', `-${rng.int(100, 499)}`]], recipientAuthority(h, rng, toFachstelle));
  pageFooterCourt(d, c, fileNo);
  F.court = `Amtsgericht ${c.town}`;
  F.fileNumber = h.fileNo;
  F.tenants = tenantTruth(h, st);
  F.address = addrTruth(h);
  F.landlord = h.landlord.name;
  F.hearing = hearingTruth(h);
  const showRecv = rng.chance(0.7);
  if (showRecv) F.claimReceived = h.claimReceived;
  const kl = klaegerWord(h);
  const form = c.summons;
  if (form === 'summonsA') {
    d.text('Terminsmitteilung', { bold: true, z: 13 });
    d.text(`in Ergänzung unserer Mitteilung nach § 22 Abs. 9 SGB II vom ${fmtDate(h.noticeDate, 'dmy')}`, { z: 9 });
    d.gap(8);
    const vx = 200;
    d.kv('Rechtsstreit:', `${h.landlord.name}`, { vx });
    d.kv('', `gegen ${h.tenants.map(full).join(', ')}`, { vx });
    d.mark('landlord', 'tenants');
    if (st.birth) tenantLines(h, st, 'plain').forEach((t) => d.kv('', t, { vx, z: 8.5 }));
    d.kv('Wohnung:', flatOneLine(h, st), { vx });
    d.mark('address');
    if (showRecv) {
      d.kv('Klageeingang:', fmtDate(h.claimReceived, st.ds), { vx });
      d.mark('claimReceived');
    }
    d.gap(6);
    d.text('Termin zur mündlichen Verhandlung ist bestimmt auf', {});
    d.gap(2);
    d.text(`${fmtDate(h.hearing.date, 'weekdayLong')}, ${fmtTime(h.hearing.time, st.ts)}`, { bold: true, z: 12 });
    d.text(`Ort: ${c.street}, ${c.plz} ${c.town}, ${h.hearing.room}`, {});
    d.mark('hearing');
    d.gap(6);
    d.text('Das persönliche Erscheinen der Parteien ist angeordnet. Die Mitteilung erfolgt zu Ihrer Information; eine Ladung der Behörde ist damit nicht verbunden.', { z: 9.5 });
  } else if (form === 'summonsB') {
    d.text('Ladung zum Termin – Abschrift zur Kenntnisnahme', { bold: true, z: 12 });
    d.gap(8);
    d.text('In dem Rechtsstreit');
    d.text(`${h.landlord.name}, ${landlordAddr(h)}`, { x: d.left + 20 });
    d.text(`– ${kl} –`, { x: d.left + 20, z: 9 });
    d.text('gegen');
    tenantLines(h, st, 'lettered').forEach((t) => d.text(t, { x: d.left + 20 }));
    d.text(`wohnhaft ${flatOneLine(h, st)}`, { x: d.left + 20 });
    d.text(roleBekl(h, '–'), { x: d.left + 20, z: 9 });
    d.mark('landlord', 'tenants', 'address');
    d.gap(8);
    d.text(`werden Sie zu dem Termin zur Güteverhandlung und unmittelbar anschließenden mündlichen Verhandlung am`);
    d.text(`${fmtDate(h.hearing.date, 'weekdayDen')}, um ${fmtTime(h.hearing.time, st.ts)}`, { bold: true });
    d.text(`im Sitzungssaal ${h.hearing.room.replace(/^Sitzungssaal |^Saal /, '')}, ${c.street}, ${c.plz} ${c.town}`);
    F.hearing = { ...(F.hearing as object), room: `Sitzungssaal ${h.hearing.room.replace(/^Sitzungssaal |^Saal /, '')}` };
    d.mark('hearing');
    d.text('nachrichtlich in Kenntnis gesetzt.');
    d.gap(6);
    if (showRecv) {
      d.text(`Die Klage ist am ${fmtDate(h.claimReceived, st.ds)} bei Gericht eingegangen. Über den Eingang wurden Sie mit Schreiben vom ${fmtDate(h.noticeDate, 'dmy')} unterrichtet.`, { z: 9.5 });
      d.mark('claimReceived');
    }
  } else if (form === 'summonsC') {
    d.text('Terminsbestimmung', { bold: true, z: 13 });
    d.gap(6);
    d.text(`${h.landlord.name} ./. ${h.tenants.map((p) => `${p.family}, ${p.given}`).join('; ')}`, { bold: true });
    d.mark('landlord', 'tenants');
    d.text(`Mietobjekt: ${flatOneLine(h, st)}`);
    d.mark('address');
    d.gap(8);
    d.text('Verfügung', { bold: true });
    d.text(`1. Termin zur mündlichen Verhandlung wird bestimmt auf ${fmtDate(h.hearing.date, st.ds === 'long' ? 'long' : 'dmy')}, ${fmtTime(h.hearing.time, st.ts)}, ${h.hearing.room}.`);
    d.mark('hearing');
    d.text('2. Ladung der Parteien mit Zustellungsurkunde; persönliches Erscheinen der Beklagten angeordnet (§ 141 ZPO).');
    d.text(`3. Nachricht an ${h.auth.jobcenter} und ${h.auth.social} (§ 22 Abs. 9 SGB II).`);
    if (showRecv) {
      d.text(`4. Klage eingegangen am ${fmtDate(h.claimReceived, st.ds)}; Klagezustellung am ${fmtDate(h.claimServed, 'dmy')}.`);
      d.mark('claimReceived');
    }
    d.gap(6);
    d.text(`gez. ${rng.pick(c.judges)}`);
    d.text('Richter/in am Amtsgericht', { z: 9 });
    d.gap(6);
    d.text('Für die Richtigkeit der Abschrift:', { z: 9 });
  } else {
    d.text('Mitteilung des Verhandlungstermins', { bold: true, z: 12 });
    d.gap(6);
    const rows: [string, string, FieldKey[]?][] = [
      ['Kläger/in', h.landlord.name, ['landlord']],
      ['Beklagte', tenantLines(h, st, 'plain').join('\n'), ['tenants']],
      ['Mietwohnung', flatLines(h, st).join(', '), ['address']],
    ];
    if (showRecv) rows.push(['Klage eingegangen', fmtDate(h.claimReceived, st.ds), ['claimReceived']]);
    rows.push(['Termin', `${fmtDate(h.hearing.date, 'weekdayDmy')}, ${fmtTime(h.hearing.time, st.ts)}`, ['hearing']]);
    rows.push(['Saal', h.hearing.room]);
    rows.push(['Gebäude', `${c.street}, ${c.plz} ${c.town}`]);
    d.table(rows, { w1: 140, w2: 328 });
  }
  if (rng.chance(0.35)) {
    d.newPage();
    d.text('Hinweise zum Termin', { bold: true });
    d.text('Bitte bringen Sie zum Termin einen gültigen Lichtbildausweis mit. Das Gerichtsgebäude ist barrierefrei zugänglich; Eingangskontrollen sind möglich. Falls eine Einigung über die Zahlung der Rückstände erzielt werden kann, wird gebeten, das Gericht rechtzeitig zu informieren.', { z: 9.5 });
  }
  clerkSignature(d, c, rng);
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `hearing_summons/${form}/${c.key}`, sender: `Amtsgericht ${c.town}` };
}

// ========== judgment ==========
const KIND_TITLE: Record<JudgmentKind, string> = { raeumungsurteil: 'Endurteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' };
export function judgment(h: Household, rng: Rng): Built {
  const c = h.court;
  const d = new Doc(c.font === 'narrow' ? 'serif' : fam(c), 10.5);
  const F = emptyFields();
  const st = style(rng, { ds: 'dmy' });
  const j = h.judgment;
  const fileNo = printFile(h, rng);
  const form = c.judgment;
  F.court = `Amtsgericht ${c.town}`;
  F.fileNumber = h.fileNo;
  F.tenants = tenantTruth(h, st);
  F.address = addrTruth(h);
  F.landlord = h.landlord.name;
  F.arrears = j.arrears;
  F.judgmentKind = j.kind;
  F.judgmentDate = j.date;
  if (j.vacate) F.vacateDeadline = j.vacate;
  const kl = klaegerWord(h);
  const verb = rng.pick(['Verkündet am', 'Erlassen am']);
  d.at(d.left, 40, rng.chance(0.6) ? 'Beglaubigte Abschrift' : 'Ausfertigung', { z: 9, bold: true });
  if (form === 'judgA') {
    d.at(d.left, 60, `Amtsgericht ${c.town}`, { z: 13, bold: true });
    d.at(d.left, 78, `Az.: ${fileNo}`, { z: 10 });
    d.at(360, 60, `${verb} ${fmtDate(j.date, 'dmy')}`, { z: 9.5 });
    d.at(360, 74, `${c.clerk.split(',')[0]}, JAng`, { z: 8.5 });
    d.at(360, 86, 'Urkundsbeamtin der Geschäftsstelle', { z: 8.5 });
    d.mark('court', 'fileNumber', 'judgmentDate');
    d.y = 120;
  } else if (form === 'judgB') {
    d.at(297, 60, `AMTSGERICHT ${c.town.toUpperCase()}`, { z: 13, bold: true, align: 'center' });
    d.at(297, 78, `Geschäftsnummer: ${fileNo}`, { z: 10, align: 'center' });
    d.mark('court', 'fileNumber');
    d.y = 110;
  } else {
    d.at(d.left, 60, `Amtsgericht ${c.town}`, { z: 12, bold: true });
    d.at(d.right, 60, fileNo, { z: 11, align: 'right' });
    d.mark('court', 'fileNumber');
    d.y = 96;
  }
  d.text('IM NAMEN DES VOLKES', { bold: true, z: 13, align: 'center', width: d.right - d.left });
  d.gap(4);
  d.text(KIND_TITLE[j.kind], { bold: true, z: 12, align: 'center', width: d.right - d.left });
  d.mark('judgmentKind');
  d.gap(8);
  d.text('In dem Rechtsstreit');
  d.gap(2);
  d.text(`${h.landlord.name}, ${landlordAddr(h)}`, { x: d.left + 20 });
  if (h.landlord.rep) d.text(h.landlord.rep, { x: d.left + 20, z: 9 });
  d.text(`– ${kl} –`, { x: 400 });
  if (h.lawFirm) d.text(`Prozessbevollmächtigte: ${h.lawFirm.name}, ${h.lawFirm.street}, ${h.lawFirm.plz} ${h.lawFirm.town}`, { x: d.left + 20, z: 9 });
  d.mark('landlord');
  d.gap(4);
  d.text('gegen');
  d.gap(2);
  tenantLines(h, st, plural(h) ? 'numbered' : 'plain').forEach((t) => d.text(t, { x: d.left + 20 }));
  d.text(`${plural(h) ? 'sämtlich wohnhaft' : 'wohnhaft'} ${flatOneLine(h, st)}`, { x: d.left + 20 });
  d.text(roleBekl(h, '–'), { x: 400 });
  d.mark('tenants');
  d.gap(4);
  d.text('wegen Räumung und Forderung');
  d.gap(6);
  const judge = rng.pick(c.judges);
  const judgeT = judge.startsWith('Dr.') ? `Richterin am Amtsgericht ${judge}` : `Richter am Amtsgericht ${judge}`;
  if (j.kind === 'raeumungsurteil') d.text(`erlässt das Amtsgericht ${c.town} durch ${judgeT} auf Grund der mündlichen Verhandlung vom ${fmtDate(h.hearing.date, 'dmy')} folgendes`);
  else if (j.written) d.text(`erlässt das Amtsgericht ${c.town} durch ${judgeT} im schriftlichen Vorverfahren gemäß § ${j.kind === 'versaeumnisurteil' ? '331 Abs. 3' : '307 Satz 2'} ZPO am ${fmtDate(j.date, 'dmy')} folgendes`);
  else d.text(`erlässt das Amtsgericht ${c.town} durch ${judgeT} in der Sitzung vom ${fmtDate(j.date, 'dmy')} folgendes`);
  d.gap(4);
  d.text(KIND_TITLE[j.kind], { bold: true, align: 'center', width: d.right - d.left });
  d.gap(6);
  const pl = plural(h);
  const wer = pl ? 'Die Beklagten werden' : `Die ${roleBekl(h, '').trim()} wird`;
  const objekt = `${h.rooms}-Zimmer-Wohnung${h.addr.addition ? ` (${h.addr.addition})` : ''} im Anwesen ${streetLine(h, st)}, ${cityLine(h)}, nebst Kellerabteil`;
  d.text(`1. ${wer} verurteilt, die ${objekt} zu räumen und geräumt an ${kl === 'Kläger' ? 'den Kläger' : 'die Klägerin'} herauszugeben.`);
  d.mark('address');
  d.text(`2. ${wer} ${pl ? 'als Gesamtschuldner ' : ''}verurteilt, an ${kl === 'Kläger' ? 'den Kläger' : 'die Klägerin'} ${fmtMoney(j.arrears, st.ms)} nebst Zinsen hieraus in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit ${fmtDate(h.interestFrom, 'dmy')} zu zahlen.`);
  d.mark('arrears');
  let n = 3;
  if (j.vacate) {
    d.text(`${n}. ${pl ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis ${fmtDate(j.vacate, rng.pick<DateStyle>(['dmy', 'long']))} gewährt.`);
    d.mark('vacateDeadline');
    n++;
  }
  d.text(`${n}. ${pl ? 'Die Beklagten tragen' : 'Die beklagte Partei trägt'} die Kosten des Rechtsstreits.`);
  n++;
  d.text(`${n}. Das Urteil ist vorläufig vollstreckbar.${j.kind === 'raeumungsurteil' ? ` Die Beklagtenseite kann die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden.` : ''}`);
  d.gap(6);
  d.text(`Streitwert: ${fmtMoney(h.streitwert, 'eurSign')}`, { z: 9.5 });
  d.gap(8);
  if (j.kind === 'raeumungsurteil') {
    d.text('Tatbestand', { bold: true, align: 'center', width: d.right - d.left });
    d.text(`Die Parteien streiten um Räumung und Zahlung aus einem Wohnraummietverhältnis. Die monatliche Miete beträgt ${fmtMoney(h.rent, 'eurSign')}. Die Beklagtenseite blieb mit den Mieten für ${h.arrearsMonths} Monate ganz oder teilweise im Rückstand. Mit Schreiben vom ${fmtDate(h.termination.date, 'dmy')} kündigte ${kl === 'Kläger' ? 'der Kläger' : 'die Klägerin'} das Mietverhältnis fristlos${h.termination.ordinary ? ', hilfsweise ordentlich' : ''}. Die Klage ist am ${fmtDate(h.claimServed, 'dmy')} zugestellt worden.`, { z: 10 });
    d.gap(4);
    d.text('Entscheidungsgründe', { bold: true, align: 'center', width: d.right - d.left });
    d.text('Die zulässige Klage ist begründet. Der Anspruch auf Räumung und Herausgabe folgt aus § 546 Abs. 1 BGB; das Mietverhältnis ist durch die fristlose Kündigung wegen Zahlungsverzugs nach § 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 BGB beendet worden. Eine Befriedigung innerhalb der Schonfrist ist nicht erfolgt. Der Zahlungsanspruch folgt aus § 535 Abs. 2 BGB, der Zinsanspruch aus §§ 286, 288 BGB. Die Kostenentscheidung beruht auf § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit auf §§ 708 Nr. 7, 711 ZPO. Die Räumungsfrist beruht auf § 721 ZPO.', { z: 10 });
  } else if (j.kind === 'versaeumnisurteil') {
    d.text('Rechtsbehelfsbelehrung:', { bold: true });
    d.text(`Gegen dieses Versäumnisurteil kann die säumige Partei Einspruch einlegen. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem Amtsgericht ${c.town}, ${c.street}, ${c.plz} ${c.town}, einzulegen. Die Frist beginnt mit der Zustellung dieses Urteils. Der Einspruch kann schriftlich oder zu Protokoll der Geschäftsstelle eingelegt werden; er muss das Urteil bezeichnen und die Erklärung enthalten, dass Einspruch eingelegt wird.`, { z: 9.5 });
  } else {
    d.text('Gründe', { bold: true });
    d.text('Die Beklagtenseite hat den geltend gemachten Anspruch anerkannt. Sie war daher gemäß ihrem Anerkenntnis zu verurteilen (§ 307 ZPO). Die Kostenentscheidung folgt aus § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit aus § 708 Nr. 1 ZPO.', { z: 10 });
  }
  d.gap(10);
  d.need(70);
  d.text(judge);
  d.text(judgeT.replace(` ${judge}`, ''), { z: 9 });
  if (form !== 'judgA') {
    d.gap(8);
    d.text(`${verb} ${fmtDate(j.date, form === 'judgB' ? 'long' : 'dmy')}`);
    d.mark('judgmentDate');
    d.text(`${c.clerk.split(',')[0]}, Urkundsbeamtin der Geschäftsstelle`, { z: 9 });
  }
  d.gap(6);
  d.text('Für die Übereinstimmung der Abschrift mit der Urschrift', { z: 8.5 });
  d.text(`${c.town}, ${fmtDate(addDays(j.date, 3), 'dmy')}`, { z: 8.5 });
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `judgment/${form}/${c.key}/${j.kind}`, sender: `Amtsgericht ${c.town}` };
}

// ========== eviction notice (bailiff) ==========
export function evictionNotice(h: Household, rng: Rng): Built {
  const b = h.eviction.bailiff;
  const c = h.court;
  const e = h.eviction;
  const form = b.form;
  const d = new Doc(form === 'gvA' ? 'sans' : form === 'gvB' ? 'serif' : form === 'gvC' ? 'dv' : 'narrow', 10);
  const F = emptyFields();
  const st = style(rng, { birth: rng.chance(0.35) });
  const tFile = printFile(h, rng);
  F.court = `Amtsgericht ${c.town}`;
  F.fileNumber = e.dr;
  F.relatedFileNumbers = [h.fileNo];
  F.tenants = tenantTruth(h, st);
  F.address = addrTruth(h);
  F.landlord = h.landlord.name;
  F.evictionDate = { date: e.date, time: e.time };
  F.judgmentKind = h.judgment.kind;
  F.judgmentDate = h.judgment.date;
  const titleName = h.judgment.kind === 'raeumungsurteil' ? rng.pick(['Endurteil', 'Urteil']) : KIND_TITLE[h.judgment.kind];
  const titleStr = `${titleName} des Amtsgerichts ${c.genitive} vom ${fmtDate(h.judgment.date, st.ds)}, Az. ${tFile}`;
  const town = h.town;
  const recip = rng.chance(0.5)
    ? [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.town}`]
    : town.city
      ? [`Stadt ${town.name}`.replace('Stadt München', 'Landeshauptstadt München'), 'Amt für Wohnen – Fachstelle Obdachlosenhilfe', h.auth.socStreet, `${h.auth.socPlz} ${h.auth.socTown}`]
      : [`Gemeinde/Stadt ${town.name}`, 'Ordnungsamt – Obdachlosenunterbringung', 'Rathausplatz 1', `${h.addr.postalCode} ${town.name}`];
  const head = `${b.title} ${b.name}`;
  const courtLine = `${b.title.includes('in') ? 'Gerichtsvollzieherin' : 'Gerichtsvollzieher'} bei dem Amtsgericht ${c.town}`;
  d.at(d.left, 38, head, { z: 13, bold: true });
  d.at(d.left, 55, courtLine, { z: 9.5 });
  d.mark('court');
  d.at(d.left, 68, `${b.street} · ${b.plz} ${plzCity(b.plz, c.town)} · Tel. ${b.phone}`, { z: 8 });
  d.at(d.left, 116, `${b.name}, ${b.street}, ${b.plz} ${plzCity(b.plz, c.town)}`, { z: 6.5 });
  recip.forEach((l, i) => d.at(d.left, 132 + i * 12, l));
  const ix = 360;
  d.at(ix, 116, 'Geschäftszeichen:', { z: 8 });
  d.at(ix, 128, e.dr, { z: 11, bold: true });
  d.mark('fileNumber');
  d.at(ix, 146, `Datum: ${fmtDate(e.letterDate, 'dmy')}`, { z: 9 });
  d.at(ix, 160, `Sprechzeiten: ${b.hours}`, { z: 8 });
  d.y = 225;
  const deb = plural(h) ? 'Schuldner' : h.tenants[0]?.sex === 'm' ? 'Schuldner' : 'Schuldnerin';
  const evStr = `${fmtDate(e.date, rng.pick<DateStyle>(['weekdayDmy', 'weekdayLong', 'dmy']))}, ${fmtTime(e.time, st.ts)}`;
  if (form === 'gvA') {
    d.text('Mitteilung über einen Räumungstermin', { bold: true, z: 13 });
    d.text('(§ 130 Abs. 3 GVGA)', { z: 9 });
    d.gap(8);
    d.text('Sehr geehrte Damen und Herren,');
    d.text('in der nachstehend bezeichneten Zwangsvollstreckungssache droht Obdachlosigkeit. Ich teile Ihnen den anberaumten Räumungstermin mit:');
    d.gap(6);
    const rows: [string, string, FieldKey[]?][] = [
      ['Gläubiger/in', `${h.landlord.name}, ${landlordAddr(h)}`, ['landlord']],
      [deb, tenantLines(h, st, 'plain').join('\n'), ['tenants']],
      ['Räumungsobjekt', flatOneLine(h, st), ['address']],
      ['Vollstreckungstitel', titleStr, ['relatedFileNumbers', 'judgmentKind', 'judgmentDate']],
      ['Räumungstermin', evStr, ['evictionDate']],
    ];
    if (h.lawFirm) rows.splice(1, 0, ['Gläubigervertreter', `${h.lawFirm.name}, ${h.lawFirm.plz} ${h.lawFirm.town}`]);
    d.table(rows, { w1: 130, w2: 338 });
  } else if (form === 'gvB') {
    d.text('Benachrichtigung über den Räumungstermin', { bold: true, z: 12.5 });
    d.gap(8);
    d.text(`In der Zwangsvollstreckungssache ${h.landlord.name} (Gläubigerin) gegen ${tenantsInline(h, st)} (${deb}) habe ich aufgrund des ${titleStr} die Zwangsräumung der Wohnung`);
    d.gap(2);
    d.text(flatOneLine(h, st), { x: d.left + 30, bold: true });
    d.gap(2);
    d.text(`auf ${evStr}`, { bold: true });
    d.text('bestimmt. Die Schuldnerseite ist hierüber mit Zustellungsurkunde benachrichtigt worden. Es ist damit zu rechnen, dass die Schuldnerseite nach der Räumung ohne Unterkunft ist.');
    d.mark('landlord', 'tenants', 'relatedFileNumbers', 'judgmentKind', 'judgmentDate', 'address', 'evictionDate');
  } else if (form === 'gvC') {
    d.text(`DR-Nr. ${e.dr} – Räumungsvollstreckung`, { bold: true, z: 12 });
    d.gap(6);
    const vx = 210;
    d.kv('Gläubiger:', h.landlord.name, { vx });
    if (h.manager) d.kv('', `vertreten durch ${h.manager.name}`, { vx, z: 9 });
    d.mark('landlord');
    h.tenants.forEach((p, i) => d.kv(i === 0 ? `${deb}:` : '', `${hr(p)} ${full(p)}${st.birth ? `, ${birthStr(p, st)}` : ''}`, { vx }));
    d.mark('tenants');
    d.kv('Anschrift:', streetLine(h, st), { vx });
    if (h.addr.addition) d.kv('Lage:', h.addr.addition, { vx });
    d.kv('', cityLine(h), { vx });
    d.mark('address');
    d.kv('Titel:', titleStr, { vx });
    d.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
    d.gap(6);
    d.text('Termin zur Räumung:', { bold: true });
    d.text(evStr, { bold: true, z: 13 });
    d.mark('evictionDate');
    d.gap(4);
    d.text('Ich bitte um Prüfung, ob eine Unterbringung erforderlich ist. Mit der Beseitigung des Hausrats ist eine Spedition beauftragt.', { z: 9.5 });
  } else {
    d.text('Mitteilung nach § 130 Abs. 3 GVGA – drohende Obdachlosigkeit', { bold: true, z: 12 });
    d.gap(6);
    d.text(`${rng.pick(['Räumungsschuldner', 'Schuldner/in'])}: ${h.tenants.map(full).join(', ')}`);
    if (st.birth) tenantLines(h, st, 'plain').forEach((t) => d.text(t, { x: d.left + 20, z: 9 }));
    d.mark('tenants');
    d.text(`zu räumende Wohnung: ${flatOneLine(h, st)}`);
    d.mark('address');
    d.text(`betreibende Gläubigerin: ${h.landlord.name}`);
    d.mark('landlord');
    d.text(`Schuldtitel: ${titleStr}`);
    d.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
    d.gap(8);
    d.text(`Die Räumung findet statt am ${evStr}.`, { bold: true });
    d.mark('evictionDate');
  }
  d.gap(8);
  d.text(`Bitte setzen Sie sich bei Rückfragen unter ${b.phone} mit mir in Verbindung. Zahlungen zur Abwendung sind ausschließlich an die Gläubigerseite zu leisten; Dienstkonto für Kosten: IBAN ${b.iban}.`, { z: 9 });
  d.gap(14);
  d.text(b.name);
  d.text(b.title, { z: 9 });
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `eviction_notice/${form}/${b.name.split(' ').slice(-1)[0]?.toLowerCase()}`, sender: `${b.title} ${b.name}` };
}
function plzCity(plz: string, fallback: string): string {
  return plz.startsWith('81') || plz.startsWith('80') ? 'München' : fallback;
}

// ========== other: landlord/Hausverwaltung/law firm letters ==========
function monthRows(h: Household, endIso: string, st: Style): [string, string][] {
  const rows: [string, string][] = [];
  const [y, m] = endIso.split('-').map(Number) as [number, number];
  let rest = h.arrears;
  for (let i = h.arrearsMonths - 1; i >= 0; i--) {
    let mm = m - 1 - i;
    let yy = y;
    while (mm < 1) {
      mm += 12;
      yy--;
    }
    const amt = i === 0 ? rest : Math.min(rest, h.rent);
    rest -= amt;
    rows.push([`Miete ${String(mm).padStart(2, '0')}/${yy}`, fmtMoney(amt, st.ms)]);
  }
  return rows.filter((r) => !/^0,00|^€ 0,00|^0 /.test(r[1]));
}
function senderHead(d: Doc, lines: string[], ret: string, recipient: string[], info: [string, string][]): void {
  d.at(d.left, 36, lines[0] ?? '', { z: 14, bold: true });
  lines.slice(1).forEach((l, i) => d.at(d.left, 54 + i * 11, l, { z: 8.5 }));
  d.at(d.left, 118, ret, { z: 6.5 });
  recipient.forEach((l, i) => d.at(d.left, 134 + i * 12, l));
  info.forEach(([a, b], i) => {
    d.at(360, 118 + i * 12, a, { z: 8 });
    d.at(440, 118 + i * 12, b, { z: 9 });
  });
  d.y = Math.max(235, 130 + info.length * 12 + 20);
}
function tenantRecipient(h: Household, st: Style): string[] {
  const out: string[] = [];
  if (h.eheleute && h.tenants.length === 2) {
    const [a, b] = h.tenants as [Person, Person];
    out.push('Eheleute', `${a.given} und ${b.given} ${a.family}`);
  } else if (h.tenants.length <= 2) h.tenants.forEach((p) => out.push(`${hrn(p)} ${full(p)}`));
  else {
    const ns = h.tenants.map((p) => `${hrn(p)} ${full(p)}`);
    for (let i = 0; i < ns.length; i += 2) out.push(ns.slice(i, i + 2).join(', '));
  }
  out.push(streetLine(h, st));
  if (h.addr.addition) out.push(h.addr.addition);
  out.push(cityLine(h));
  return out;
}
export function termination(h: Household, rng: Rng): Built {
  const who: 'landlord' | 'manager' | 'lawyer' = h.manager && rng.chance(0.6) ? 'manager' : h.lawFirm && rng.chance(0.5) ? 'lawyer' : 'landlord';
  const d = new Doc(rng.pick<FamilyKey>(['sans', 'serif', 'dv']), 10);
  const F = emptyFields();
  const st = style(rng, { birth: false });
  const t = h.termination;
  const l = h.landlord;
  let head: string[];
  let ret: string;
  let sender: string;
  if (who === 'manager' && h.manager) {
    const m = h.manager;
    head = [m.name, `${m.street} · ${m.plz} ${m.town}`, `Tel. ${m.phone} · Ansprechpartner/in: ${m.contact}`];
    ret = `${m.name} · ${m.street} · ${m.plz} ${m.town}`;
    sender = m.name;
  } else if (who === 'lawyer' && h.lawFirm) {
    const f = h.lawFirm;
    head = [f.name, f.lawyer, `${f.street} · ${f.plz} ${f.town} · Tel. ${f.phone}`];
    ret = `${f.name}, ${f.street}, ${f.plz} ${f.town}`;
    sender = f.name;
  } else {
    head = [l.name, `${l.street} · ${l.plz} ${l.town}`, `Telefon ${l.phone} · IBAN ${l.iban}`];
    ret = `${l.name}, ${l.street}, ${l.plz} ${l.town}`;
    sender = l.name;
  }
  const hasTable = rng.chance(0.6);
  const recip = tenantRecipient(h, st);
  const delivered = rng.pick(['Per Einwurf-Einschreiben', 'Per Boten', 'Vorab per E-Mail und per Einschreiben/Rückschein']);
  senderHead(d, head, ret, [delivered, ...recip], [['Datum', fmtDate(t.date, 'dmy')], ['Mieter-Nr.', `${rng.int(10, 99)}-${rng.int(1000, 9999)}`], ['Objekt', `${rng.int(100, 999)}/${rng.int(1, 40)}`]]);
  F.tenants = h.tenants.map((p) => ({ name: full(p), birthDate: null }));
  F.address = addrTruth(h);
  F.landlord = l.name;
  F.monthlyRent = h.rent;
  F.arrears = h.arrears;
  F.ordinaryTermination = t.ordinary;
  d.mark('tenants', 'address');
  d.text(`${t.ordinary ? 'Fristlose, hilfsweise ordentliche Kündigung' : 'Fristlose Kündigung'} des Mietverhältnisses über die Wohnung ${flatOneLine(h, st)}`, { bold: true });
  d.gap(6);
  const anrede = [...new Set(h.tenants.map((p) => `${p.sex === 'm' ? 'Sehr geehrter Herr' : 'Sehr geehrte Frau'} ${p.family}`))].join(', ');
  d.text(`${anrede},`);
  d.gap(4);
  if (who === 'manager') d.text(`wir zeigen an, dass wir die Hausverwaltung für ${l.name} (Vermieter/in) übernommen haben und in deren Namen und Vollmacht handeln.`);
  if (who === 'lawyer') d.text(`hiermit zeigen wir an, dass uns ${l.name} mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.`);
  d.mark('landlord');
  d.text(`Die monatliche Miete für die von Ihnen genutzte Wohnung beträgt ${fmtMoney(h.rent, st.ms)} (Grundmiete ${fmtMoney(h.rentBase, st.ms)} zuzüglich Betriebskostenvorauszahlung ${fmtMoney(h.rentExtras, st.ms)}). Trotz Mahnung vom ${fmtDate(h.reminderDate, 'dmy')} sind folgende Beträge offen:`);
  d.mark('monthlyRent');
  d.gap(4);
  if (hasTable) {
    for (const [a, b] of monthRows(h, t.date, st)) {
      d.at(d.left + 30, d.y, a);
      d.at(360, d.y, b, { align: 'right' });
      d.y += 13;
    }
    d.rule(d.left + 30, 362);
    d.gap(3);
  }
  d.at(d.left + 30, d.y, 'Rückstand insgesamt', { bold: true });
  d.at(360, d.y, fmtMoney(h.arrears, st.ms), { bold: true, align: 'right' });
  d.mark('arrears');
  d.y += 18;
  d.text(`Der Rückstand übersteigt die Miete für zwei aufeinanderfolgende Termine. ${who === 'landlord' ? 'Ich kündige' : 'Namens und in Vollmacht der Vermieterseite kündigen wir'} daher das Mietverhältnis gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB fristlos und ${who === 'landlord' ? 'fordere' : 'fordern'} Sie auf, die Wohnung bis zum ${fmtDate(t.vacateBy, 'dmy')} geräumt herauszugeben.`);
  if (t.ordinary) {
    d.gap(4);
    d.text(`Hilfsweise wird das Mietverhältnis ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist zum ${fmtDate(t.ordinaryTo, 'dmy')} gekündigt (§ 573 Abs. 2 Nr. 1 BGB).`);
    d.mark('ordinaryTermination');
  } else d.mark('ordinaryTermination');
  d.gap(4);
  d.text('Einer stillschweigenden Verlängerung des Mietverhältnisses gemäß § 545 BGB wird bereits jetzt widersprochen.');
  if (rng.chance(0.5)) d.newPage();
  else d.gap(6);
  d.text(`Wir weisen darauf hin, dass die fristlose Kündigung unwirksam wird, wenn der gesamte Rückstand spätestens zwei Monate nach Zustellung einer Räumungsklage ausgeglichen wird oder sich eine öffentliche Stelle zur Zahlung verpflichtet. Zahlungen bitte auf das Konto IBAN ${l.iban}.`, { z: 9.5 });
  d.gap(14);
  d.text('Mit freundlichen Grüßen');
  d.gap(12);
  d.text(who === 'lawyer' && h.lawFirm ? h.lawFirm.lawyer : who === 'manager' && h.manager ? `${h.manager.name}, i. A. ${h.manager.contact.replace(/^(Frau|Herr) /, '')}` : l.name);
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `other/termination/${who}${t.ordinary ? '+ordinary' : ''}`, sender };
}
export function reminder(h: Household, rng: Rng): Built {
  const d = new Doc(rng.pick<FamilyKey>(['sans', 'narrow']), 10);
  const F = emptyFields();
  const st = style(rng, { birth: false });
  const l = h.landlord;
  const m = h.manager;
  const sender = m ? m.name : l.name;
  senderHead(d, m ? [m.name, `${m.street}, ${m.plz} ${m.town}`, `Tel. ${m.phone}`] : [l.name, `${l.street}, ${l.plz} ${l.town}`, `Tel. ${l.phone}`], `${sender}, ${m ? m.street : l.street}`, tenantRecipient(h, st), [['Datum', fmtDate(h.reminderDate, 'dmy')], ['Stand', fmtDate(addDays(h.reminderDate, -2), 'dmy')], ['Vertrags-Nr.', `${rng.int(1000, 9999)}/${rng.int(10, 99)}`]]);
  F.tenants = h.tenants.map((p) => ({ name: full(p), birthDate: null }));
  F.address = addrTruth(h);
  F.landlord = l.name;
  F.monthlyRent = h.rent;
  const rem = Math.max(h.rent * 2, h.arrears - h.rent);
  F.arrears = rem;
  d.mark('tenants', 'address');
  d.text(rng.pick(['2. Mahnung – Mietrückstand', 'Zahlungserinnerung und letzte Mahnung', 'Mahnung: ausstehende Mietzahlungen']), { bold: true, z: 12 });
  d.gap(6);
  d.text('Sehr geehrte Mieterin, sehr geehrter Mieter,');
  d.gap(4);
  d.text(`${m ? `im Auftrag von ${l.name} ` : ''}stellen wir fest, dass Ihr Mietkonto für die Wohnung ${flatOneLine(h, st)} einen Rückstand aufweist. Die vereinbarte Gesamtmiete beträgt monatlich ${fmtMoney(h.rent, st.ms)}.`);
  d.mark('landlord', 'monthlyRent');
  d.gap(4);
  d.text(`Offener Betrag: ${fmtMoney(rem, st.ms)}`, { bold: true });
  d.mark('arrears');
  d.gap(4);
  d.text(`Bitte überweisen Sie den Betrag bis spätestens ${fmtDate(addDays(h.reminderDate, 10), 'dmy')} auf das Konto IBAN ${l.iban}. Sollte der Rückstand bis dahin nicht ausgeglichen sein, müssen wir das Mietverhältnis kündigen.`);
  d.text('Sollten Sie sich in einer finanziellen Notlage befinden, wenden Sie sich bitte umgehend an das Jobcenter oder das Sozialamt.', { z: 9.5 });
  d.gap(12);
  d.text('Mit freundlichen Grüßen');
  d.text(m ? `i. A. ${m.contact.replace(/^(Frau|Herr) /, '')}` : l.name);
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `other/reminder/${m ? 'manager' : 'landlord'}`, sender };
}
export function authorityLetter(h: Household, rng: Rng, kind: 'jc' | 'soz'): Built {
  const d = new Doc(kind === 'jc' ? 'sans' : 'dv', 10);
  const F = emptyFields();
  const st = style(rng, { birth: rng.chance(0.3) });
  const a = h.auth;
  const name = kind === 'jc' ? a.jobcenter : a.social;
  const dept = kind === 'jc' ? 'Leistungen zum Lebensunterhalt – Kosten der Unterkunft' : a.socialDept;
  const street = kind === 'jc' ? a.jcStreet : a.socStreet;
  const plzT = kind === 'jc' ? `${a.jcPlz} ${a.jcTown}` : `${a.socPlz} ${a.socTown}`;
  const toFs = rng.chance(0.5);
  const recip = toFs ? [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.town}`] : tenantRecipient(h, st);
  senderHead(d, [name, dept, `${street} · ${plzT}`], `${name} · ${street} · ${plzT}`, recip, [['Datum', fmtDate(h.jcDate, 'dmy')], [kind === 'jc' ? 'BG-Nummer' : 'Akten-Nr.', kind === 'jc' ? h.bgNo : `50.2-${rng.int(1000, 9999)}/25`], ['Telefon', `${rng.pick(['089', '0821', '0911', '0941'])} ${rng.int(100, 999)}-${rng.int(1000, 9999)}`]]);
  F.tenants = tenantTruth(h, st);
  F.address = addrTruth(h);
  F.landlord = h.landlord.name;
  F.monthlyRent = h.rent;
  F.arrears = h.arrears;
  const mentionsOrd = h.termination.ordinary && rng.chance(0.6);
  if (mentionsOrd) F.ordinaryTermination = true;
  const loan = kind === 'jc' ? '§ 22 Abs. 8 SGB II' : '§ 36 Abs. 1 SGB XII';
  d.text(`${toFs ? 'Mietschulden' : 'Ihr Antrag auf Übernahme von Mietschulden'} – ${h.tenants.map(full).join(', ')}`, { bold: true });
  d.mark('tenants');
  if (st.birth) tenantLines(h, st, 'plain').forEach((t) => d.text(t, { z: 9 }));
  d.text(`Wohnung: ${flatOneLine(h, st)}`, { z: 9.5 });
  d.mark('address');
  d.gap(6);
  d.text(toFs ? 'Sehr geehrte Damen und Herren,' : 'Guten Tag,');
  d.gap(4);
  d.text(`für die oben genannte Wohnung besteht gegenüber ${h.landlord.name} (Vermieter/in) ein Mietrückstand in Höhe von ${fmtMoney(h.arrears, st.ms)}. Die monatliche Bruttomiete beträgt laut Mietbescheinigung ${fmtMoney(h.rent, st.ms)}; davon werden als angemessene Kosten der Unterkunft ${fmtMoney(Math.min(h.rent, h.rentBase + 9000), st.ms)} anerkannt.`);
  d.mark('landlord', 'arrears', 'monthlyRent');
  d.gap(4);
  d.text(`Eine Übernahme der Mietschulden nach ${loan} kommt als Darlehen in Betracht, wenn dadurch die Unterkunft gesichert wird. Hierzu benötigen wir bis zum ${fmtDate(addDays(h.jcDate, 14), 'dmy')}: eine Bestätigung des Vermieters, dass das Mietverhältnis bei Ausgleich des Rückstands fortgesetzt wird, sowie die Kontoauszüge der letzten drei Monate.`);
  if (mentionsOrd) {
    d.gap(4);
    d.text('Wir weisen darauf hin, dass im Kündigungsschreiben zusätzlich eine hilfsweise ordentliche Kündigung ausgesprochen wurde. Diese wird durch den Ausgleich des Rückstands nicht ohne Weiteres unwirksam.');
    d.mark('ordinaryTermination');
  }
  d.gap(12);
  d.text('Mit freundlichen Grüßen');
  d.text(`Im Auftrag`);
  d.text(rng.pick(['Kreuzer', 'Yıldız-Maier', 'Oberhuber', 'Nowotny', 'Schäfer']));
  return { pages: d.pages, fields: F, fieldPages: d.marks, layout: `other/${kind === 'jc' ? 'jobcenter' : 'sozialamt'}-arrears${toFs ? '/to-fachstelle' : '/to-tenant'}`, sender: name };
}

// ========== cover letters ==========
export function coverLetter(h: Household, rng: Rng, by: 'jc' | 'soz', forwarded: string, date: string, enclosed: boolean): { pages: PageModel[]; sender: string; fields: Fields; fieldPages: Partial<Record<FieldKey, number>> } {
  const a = h.auth;
  const d = new Doc(by === 'jc' ? 'sans' : 'serif', 10);
  const st = style(rng, { birth: false, abbrev: true });
  const name = by === 'jc' ? a.jobcenter : a.social;
  const dept = by === 'jc' ? 'Team Wohnen / Prävention' : a.socialDept;
  const street = by === 'jc' ? a.jcStreet : a.socStreet;
  const plzT = by === 'jc' ? `${a.jcPlz} ${a.jcTown}` : `${a.socPlz} ${a.socTown}`;
  senderHead(d, [name, dept, `${street}, ${plzT}`, `Telefon ${rng.pick(['089', '0821', '0911', '0931', '0941'])} ${rng.int(200, 899)}-${rng.int(1000, 9999)} · Telefax -${rng.int(100, 999)}`], `${name}, ${street}, ${plzT}`, [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.town}`], [['Datum', fmtDate(date, 'dmy')], [by === 'jc' ? 'Kunden-Nr.' : 'Az.', by === 'jc' ? h.customerNo : `S 3-${rng.int(100, 999)}/25`], [by === 'jc' ? 'BG-Nr.' : 'Sachbearb.', by === 'jc' ? h.bgNo : rng.pick(['Fr. Hölzl', 'Hr. Demirci', 'Fr. Wagenknecht'])]]);
  const F = emptyFields();
  const lead = h.tenants[0] as Person;
  const v = rng.int(0, 2);
  d.text(v === 0 ? `Weiterleitung: ${forwarded}` : v === 1 ? `Übersendung einer gerichtlichen Mitteilung – ${hr(lead)} ${full(lead)}` : 'Vermeidung von Wohnungslosigkeit – Weiterleitung zur Beratung', { bold: true });
  d.gap(6);
  d.text('Sehr geehrte Damen und Herren,');
  d.gap(4);
  const who = `${tenantsInline(h, st, true)}, ${flatOneLine(h, st)}`;
  if (!enclosed) {
    F.tenants = h.tenants.map((p) => ({ name: full(p), birthDate: null }));
    F.address = addrTruth(h);
  }
  d.text(`${enclosed ? 'anbei' : 'in der Anlage'} übersenden wir Ihnen ${forwarded} betreffend ${who}, mit der Bitte um Kontaktaufnahme im Rahmen der Präventionsvereinbarung.`);
  d.mark('tenants', 'address');
  d.text(by === 'jc' ? `Die Bedarfsgemeinschaft bezieht laufend Leistungen nach dem SGB II. Über eine Übernahme von Mietschulden nach § 22 Abs. 8 SGB II ist noch nicht entschieden.` : 'Eine Prüfung der Übernahme der Mietrückstände nach § 36 SGB XII ist eingeleitet. Bitte teilen Sie uns das Ergebnis Ihrer Beratung mit.');
  d.gap(4);
  d.text('Wir bitten, die Unterlagen vertraulich zu behandeln (§ 35 SGB I).', { z: 9 });
  d.gap(12);
  d.text('Mit freundlichen Grüßen');
  d.text('Im Auftrag');
  d.text(rng.pick(['Brandmair', 'Öztürk-Lang', 'Vogl', 'Kaminski', 'Leitner']));
  d.gap(8);
  d.text(enclosed ? 'Anlage: 1' : 'Anlage: wie erwähnt', { z: 9 });
  return { pages: d.pages, sender: name, fields: F, fieldPages: d.marks };
}
export { workday, LAW_FIRMS };
