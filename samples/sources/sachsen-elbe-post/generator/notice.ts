/** Court notices to the benefits authority (§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII):
 * one form per court, ten form families. */
import type { Doc, FontKey } from './render.js';
import { MM } from './render.js';
import { Rng } from './rng.js';
import type { Ctx } from './common.js';
import { CLERKS, LEFT, RIGHT, TEXTW, addressLines, addressOneLine, addressTruth, azPrint, birthText, cityLine, clerkSign, coupleName, courtName, footerLine, pageNo, personName, put, streetLine, tenantTruth, tenantsProse, windowAddress } from './common.js';
import type { NameStyle } from './common.js';
import { fmtDate, fmtMoney, fmtTime } from './fmt.js';
import type { DateStyle, MoneyStyle, TimeStyle } from './fmt.js';
import type { Court } from './data.js';
import type { Household } from './model.js';

export interface Form {
  f: FontKey;
  fb: FontKey;
  ds: DateStyle;
  ms: MoneyStyle;
  ts: TimeStyle;
  ns: NameStyle;
  azs: number;
  r: Rng;
}

function boldOf(f: FontKey): FontKey {
  return ({ sans: 'sansB', serif: 'serifB', dvs: 'dvsB', dvc: 'dvcB', narrow: 'narrowB' } as Record<string, FontKey>)[f] ?? 'sansB';
}

export function courtForm(court: Court, what: string): Form {
  const r = new Rng(`form:${court.town}:${what}`);
  return {
    f: court.font,
    fb: boldOf(court.font),
    ds: r.pick(['dmy', 'dmy', 'long', 'dmyPadless'] as const),
    ms: r.pick(['eurSign', 'eurCode', 'signFirst', 'euroWord', 'plainEur', 'eurSign'] as const),
    ts: r.pick(['colonUhr', 'dotUhr', 'hUhr', 'colon'] as const),
    ns: r.pick(['herrFrau', 'plain', 'capsFirst', 'surnameFirst', 'capsSurname', 'herrFrau'] as const),
    azs: r.pick([0, 0, 1, 2]),
    r,
  };
}

/** recipient of the court's notice */
export function recipientLines(c: Ctx): { ret: string; lines: string[] } {
  const a = c.h.authority;
  const who = String(c.opt.recipient ?? 'jobcenter');
  if (who === 'sozialamt') return { ret: '', lines: [a.sozial, a.sozialDept, a.soStreet, `${a.soPlz} ${a.soCity}`] };
  if (who === 'fachstelle') return { ret: '', lines: ['Fachstelle Wohnungssicherung Sachsen', 'Netzwerk Wohnen Elbe-Mulde e.V.', 'Freiberger Hof 12', '01067 Dresden'] };
  return { ret: '', lines: [a.jobcenter, 'Leistungsbereich / Kosten der Unterkunft', a.jcStreet, `${a.jcPlz} ${a.jcCity}`] };
}

function courtReturn(court: Court): string {
  return `${courtName(court)} · ${court.pobox} · ${court.plz} ${court.town}`;
}

export function courtHead(d: Doc, c: Ctx, fm: Form, variant: number): number {
  const court = c.h.court;
  const name = courtName(court);
  if (variant === 0) {
    d.t(LEFT, 40, name, { f: fm.fb, s: 15 });
    put(c, d, 'court', name);
    let y = 58;
    if (court.sorbian) { d.t(LEFT, y, court.sorbian, { f: fm.f, s: 10 }); y += 13; }
    d.t(LEFT, y, `${court.street} · ${court.plz} ${court.town}`, { f: fm.f, s: 8 });
    d.t(LEFT, y + 10, `Telefon ${court.phone} · Telefax ${court.fax}`, { f: fm.f, s: 8 });
    return y + 24;
  }
  if (variant === 1) {
    d.t(LEFT, 36, name.toUpperCase(), { f: fm.fb, s: 13, align: 'center', w: TEXTW, spacing: 1 });
    put(c, d, 'court', name);
    let y = 52;
    if (court.sorbian) { d.t(LEFT, y, court.sorbian.toUpperCase(), { f: fm.f, s: 9, align: 'center', w: TEXTW, spacing: 0.8 }); y += 12; }
    d.hr(LEFT, y + 2, RIGHT, 1.2);
    return y + 10;
  }
  // variant 2: right-aligned block
  d.t(LEFT, 38, 'Freistaat Sachsen', { f: fm.f, s: 8.5 });
  let y = 40;
  d.t(LEFT + TEXTW / 2, y, name, { f: fm.fb, s: 13, align: 'right', w: TEXTW / 2 });
  put(c, d, 'court', name);
  y += 16;
  if (court.sorbian) { d.t(LEFT + TEXTW / 2, y, court.sorbian, { f: fm.f, s: 9, align: 'right', w: TEXTW / 2 }); y += 12; }
  d.t(LEFT + TEXTW / 2, y, `${court.pobox} · ${court.plz} ${court.town}`, { f: fm.f, s: 7.5, align: 'right', w: TEXTW / 2 });
  return y + 14;
}

function rentStr(c: Ctx, fm: Form): string {
  return fmtMoney(c.h.rent, fm.ms);
}

function hearingStr(c: Ctx, fm: Form, withRoom: boolean): string {
  const h = c.h.hearing;
  const ds: DateStyle = fm.ds === 'long' ? 'wdLong' : fm.ds === 'dmyPadless' ? 'dmy' : 'wdDmy';
  const base = `${fmtDate(h.date, ds)}, ${fmtTime(h.time, fm.ts)}${fm.ts === 'colon' ? ' Uhr' : ''}`;
  return withRoom ? `${base}, ${h.room}` : base;
}

function hearingTruth(c: Ctx, withRoom: boolean): { date: string; time: string; room: string | null } {
  return { date: c.h.hearing.date, time: c.h.hearing.time, room: withRoom ? c.h.hearing.room : null };
}

function tenantRows(c: Ctx, fm: Form, birth: boolean, numbering: 'num' | 'alpha' | 'none'): string[] {
  return c.h.tenants.map((p, i) => {
    const pre = numbering === 'num' ? `${i + 1}. ` : numbering === 'alpha' ? `${String.fromCharCode(97 + i)}) ` : '';
    return `${pre}${personName(p, fm.ns)}${birth ? `, ${birthText(p, fm.r.int(0, 3) + i * 0)}` : ''}`;
  });
}

function landlordLines(h: Household): string[] {
  const l = h.landlord;
  const out = [l.name];
  if (l.rep) out.push(l.rep);
  out.push(`${l.street}, ${l.plz} ${l.city}`);
  return out;
}

function lawyerLine(h: Household): string | null {
  return h.lawfirm ? `${h.lawfirm.name}, ${h.lawfirm.street}, ${h.lawfirm.plz} ${h.lawfirm.city}` : null;
}

function notYet(fm: Form): string {
  return fm.r.pick(['noch nicht bestimmt', 'ist noch nicht bestimmt', 'wird gesondert mitgeteilt', 'noch nicht anberaumt']);
}

function notYetSentence(fm: Form): string {
  return fm.r.pick(['Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.', 'Ein Verhandlungstermin wird gesondert mitgeteilt.', 'Termin zur mündlichen Verhandlung ist noch nicht anberaumt.']);
}

export function ensure(d: Doc, y: number, need: number, cont: string, f: FontKey): number {
  if (y + need < 770) return y;
  d.addPage();
  d.t(LEFT, 40, cont, { f, s: 8.5 });
  return 70;
}

// -------------------------------------------------------------------------------------
/** 1: ruled two-column table */
export function noticeGrid(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'grid');
  const h = c.h;
  let y = courtHead(d, c, fm, 0);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 50 * MM, 'Geschäftsnummer', { f: fm.f, s: 8 });
  d.t(125 * MM, 50 * MM + 10, az, { f: fm.fb, s: 11 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 50 * MM + 28, `${h.court.town.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  d.t(125 * MM, 50 * MM + 40, `Bearbeiter/in: ${fm.r.pick(CLERKS)}`, { f: fm.f, s: 8 });
  y = 100 * MM;
  const title = fm.r.pick(['Mitteilung über den Eingang einer Räumungsklage', 'Mitteilung in Räumungssachen', 'Benachrichtigung über eine Klage auf Räumung von Wohnraum']);
  d.t(LEFT, y, title, { f: fm.fb, s: 12 });
  d.t(LEFT, y + 15, '(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { f: fm.f, s: 9 });
  y += 36;
  const labW = 58 * MM;
  const rows: [string, string[], (() => void) | null][] = [];
  rows.push([fm.r.pick(['Tag des Klageeingangs', 'Eingang der Klage am', 'Klage eingegangen am']), [fmtDate(h.claimReceived, fm.ds)], () => put(c, d, 'claimReceived', h.claimReceived)]);
  rows.push([fm.r.pick(['Klagende Partei (Vermieter/in)', 'Kläger/in', 'Klagepartei']), landlordLines(h), () => put(c, d, 'landlord', h.landlord.name)]);
  const law = lawyerLine(h);
  if (law) rows.push(['Prozessbevollmächtigte/r', d.wrap(law, TEXTW - labW - 10, fm.f, 9.5), null]);
  const birth = Boolean(c.opt.birth);
  rows.push([fm.r.pick(['Beklagte Partei (Mieter/in)', 'Beklagte/r', 'Beklagtenseite']), tenantRows(c, fm, birth, h.tenants.length > 1 ? 'num' : 'none'), () => put(c, d, 'tenants', tenantTruth(h, birth))]);
  rows.push([fm.r.pick(['Anschrift der Wohnung', 'Lage der Wohnung', 'Räumungsobjekt']), addressLines(h, { abbrev: fm.r.chance(0.5) }), () => put(c, d, 'address', addressTruth(h))]);
  rows.push([fm.r.pick(['Monatliche Miete', 'Miete monatlich (brutto warm)', 'Höhe der monatlichen Miete']), [rentStr(c, fm)], () => put(c, d, 'monthlyRent', h.rent)]);
  rows.push([fm.r.pick(['Mietrückstand / Nutzungsentschädigung', 'Geltend gemachter Rückstand', 'Rückständige Miete']), [fmtMoney(h.arrears, fm.ms)], () => put(c, d, 'arrears', h.arrears)]);
  if (c.opt.served) rows.push(['Zustellung der Klage', [`am ${fmtDate(h.claimServed, fm.ds)}`], () => put(c, d, 'claimServed', h.claimServed)]);
  else rows.push(['Zustellung der Klage', [fm.r.pick(['noch nicht erfolgt', 'veranlasst', '—'])], null]);
  if (c.opt.hearing) rows.push([fm.r.pick(['Termin zur mündlichen Verhandlung', 'Verhandlungstermin', 'Termin']), [hearingStr(c, fm, false), `${h.court.rooms.length ? h.hearing.room : ''}, ${courtName(h.court)}`], () => put(c, d, 'hearing', hearingTruth(c, true))]);
  else rows.push([fm.r.pick(['Termin zur mündlichen Verhandlung', 'Verhandlungstermin']), [notYet(fm)], null]);
  d.hr(LEFT, y, RIGHT, 0.8);
  for (const [lab, vals, mk] of rows) {
    const rh = Math.max(1, vals.length) * 12 + 8;
    d.t(LEFT + 4, y + 5, lab, { f: fm.f, s: 8.5, fit: labW - 8 });
    vals.forEach((v, i) => d.t(LEFT + labW + 4, y + 5 + i * 12, v, { f: fm.f, s: 9.5, fit: TEXTW - labW - 8 }));
    if (mk) mk();
    d.vr(LEFT, y, y + rh);
    d.vr(LEFT + labW, y, y + rh);
    d.vr(RIGHT, y, y + rh);
    y += rh;
    d.hr(LEFT, y, RIGHT, 0.8);
  }
  y += 14;
  y = d.para(LEFT, y, TEXTW, 'Die Mitteilung erfolgt, damit geprüft werden kann, ob Wohnungslosigkeit durch die Übernahme der Mietschulden abgewendet werden kann. Eine Stellungnahme gegenüber dem Gericht ist nicht erforderlich.', { f: fm.f, s: 8.5 });
  clerkSign(d, y + 12, fm.r.pick(CLERKS), 'Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', fm.f, true);
  footerLine(d, [`Dienstgebäude: ${h.court.street}, ${h.court.plz} ${h.court.town} · Sprechzeiten Mo–Fr 9–12 Uhr`, `Bankverbindung: Landesjustizkasse Chemnitz · IBAN DE${fm.r.int(10, 99)} 8600 0000 0086 0015 ${fm.r.int(10, 99)}`], fm.f);
}

// -------------------------------------------------------------------------------------
/** 2: label:value lines without rules (MiZi style) */
export function noticeLabels(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'labels');
  const h = c.h;
  let y = courtHead(d, c, fm, 1);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  let iy = 50 * MM;
  for (const [k, v] of [['Ihr Zeichen', '—'], ['Unser Zeichen', az], ['Datum', fmtDate(c.letterDate, 'dmy')], ['Durchwahl', h.court.phone.replace(/-0$/, `-${fm.r.int(200, 499)}`)]] as [string, string][]) {
    d.t(125 * MM, iy, `${k}:`, { f: fm.f, s: 8 });
    d.t(150 * MM, iy, v, { f: k === 'Unser Zeichen' ? fm.fb : fm.f, s: 9 });
    iy += 12;
  }
  put(c, d, 'fileNumber', h.az);
  y = 102 * MM;
  d.t(LEFT, y, 'Mitteilung in Zivilsachen', { f: fm.fb, s: 12 });
  d.t(LEFT, y + 14, fm.r.pick(['MiZi IV/1 – Klagen auf Räumung von Wohnraum', 'nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII']), { f: fm.f, s: 9 });
  y += 38;
  const lx = LEFT;
  const vx = LEFT + 52 * MM;
  const line = (lab: string, vals: string[]): void => {
    d.t(lx, y, `${lab}:`, { f: fm.f, s: 9.5 });
    vals.forEach((v, i) => d.t(vx, y + i * 12.5, v, { f: fm.f, s: 9.5, fit: RIGHT - vx }));
    y += Math.max(1, vals.length) * 12.5 + 6;
  };
  line(fm.r.pick(['Klage eingegangen am', 'Tag des Eingangs der Klage', 'Eingangsdatum']), [fmtDate(h.claimReceived, fm.ds)]);
  put(c, d, 'claimReceived', h.claimReceived);
  line(fm.r.pick(['Vermieter (Kläger)', 'Klägerin/Kläger', 'Kläger']), [h.landlord.name, `${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`]);
  put(c, d, 'landlord', h.landlord.name);
  if (h.lawfirm) line('vertreten durch', [h.lawfirm.short]);
  const birth = Boolean(c.opt.birth);
  y = ensure(d, y, h.tenants.length * 12.5 + 80, `${courtName(h.court)} – ${az} – Fortsetzung`, fm.f);
  line(fm.r.pick(['Mieter (Beklagte)', 'Beklagte/r', 'Beklagte']), tenantRows(c, fm, birth, h.tenants.length > 1 ? 'num' : 'none'));
  put(c, d, 'tenants', tenantTruth(h, birth));
  line(fm.r.pick(['Anschrift der Wohnung', 'Wohnung', 'Mietobjekt']), addressLines(h, { abbrev: fm.r.chance(0.5), spaceNo: fm.r.chance(0.3) }));
  put(c, d, 'address', addressTruth(h));
  line('Monatliche Miete', [rentStr(c, fm)]);
  put(c, d, 'monthlyRent', h.rent);
  line(fm.r.pick(['Mietrückstand', 'Rückstand (Miete/Nutzungsentschädigung)', 'Klageforderung (Rückstand)']), [fmtMoney(h.arrears, fm.ms)]);
  put(c, d, 'arrears', h.arrears);
  if (c.opt.served) {
    line('Rechtshängig seit', [fmtDate(h.claimServed, fm.ds)]);
    put(c, d, 'claimServed', h.claimServed);
  }
  if (c.opt.hearing) {
    line('Termin', [hearingStr(c, fm, true)]);
    put(c, d, 'hearing', hearingTruth(c, true));
  } else line('Termin', [notYet(fm)]);
  y += 10;
  y = d.para(LEFT, y, TEXTW, 'Hinweis: Die Mitteilung enthält Sozialdaten. Sie darf nur zur Prüfung von Hilfen zur Sicherung der Unterkunft verwendet werden.', { f: fm.f, s: 8.5 });
  clerkSign(d, y + 14, fm.r.pick(CLERKS), 'Justizangestellte', fm.f, true);
}

// -------------------------------------------------------------------------------------
/** 3: prose letter */
export function noticeProse(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'prose');
  const h = c.h;
  courtHead(d, c, fm, 2);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 52 * MM, `Aktenzeichen: ${az}`, { f: fm.f, s: 9.5 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 52 * MM + 13, `(Bitte bei Antwort angeben)`, { f: fm.f, s: 7.5 });
  d.t(125 * MM, 52 * MM + 28, `${h.court.town.replace(/\/.*$/, '')}, den ${fmtDate(c.letterDate, 'long')}`, { f: fm.f, s: 9.5 });
  let y = 103 * MM;
  d.t(LEFT, y, `Räumungsrechtsstreit ${h.landlord.name} ./. ${h.tenants[0]?.surname ?? ''}${h.tenants.length > 1 ? ' u. a.' : ''}`, { f: fm.fb, s: 10, fit: TEXTW });
  y += 24;
  d.t(LEFT, y, 'Sehr geehrte Damen und Herren,', { f: fm.f, s: 10 });
  y += 20;
  const birth = Boolean(c.opt.birth);
  const tn = h.tenants.map((p, i) => `${p.sex === 'm' ? 'Herrn' : 'Frau'} ${personName(p, 'plain')}${birth ? ` (${birthText(p, i + fm.r.int(0, 1))})` : ''}`);
  const tj = tn.length === 1 ? tn[0] : `${tn.slice(0, -1).join(', ')} und ${tn[tn.length - 1]}`;
  const p1 = `bei dem hiesigen Gericht ist am ${fmtDate(h.claimReceived, fm.ds)} eine Klage der ${h.landlord.name}${h.lawfirm ? `, vertreten durch ${h.lawfirm.short},` : ''} auf Räumung und Herausgabe von Wohnraum gegen ${tj} eingegangen.`;
  y = d.para(LEFT, y, TEXTW, p1, { f: fm.f, s: 10 });
  put(c, d, 'claimReceived', h.claimReceived);
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'tenants', tenantTruth(h, birth));
  y += 6;
  y = d.para(LEFT, y, TEXTW, `Die Klage betrifft die Wohnung ${addressOneLine(h, { abbrev: fm.r.chance(0.4) })}.`, { f: fm.f, s: 10 });
  put(c, d, 'address', addressTruth(h));
  y += 6;
  y = d.para(LEFT, y, TEXTW, `Nach den Angaben in der Klageschrift beträgt die monatliche Miete ${rentStr(c, fm)}. Die Klägerin macht einen Mietrückstand von ${fmtMoney(h.arrears, fm.ms)} geltend und stützt die Kündigung auf Zahlungsverzug.`, { f: fm.f, s: 10 });
  put(c, d, 'monthlyRent', h.rent);
  put(c, d, 'arrears', h.arrears);
  y += 6;
  if (c.opt.served) {
    y = d.para(LEFT, y, TEXTW, `Die Klage ist den Beklagten am ${fmtDate(h.claimServed, fm.ds)} zugestellt worden.`, { f: fm.f, s: 10 });
    put(c, d, 'claimServed', h.claimServed);
    y += 6;
  }
  if (c.opt.hearing) {
    y = d.para(LEFT, y, TEXTW, `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingStr(c, fm, true)}, im Gerichtsgebäude ${h.court.street}.`, { f: fm.f, s: 10 });
    put(c, d, 'hearing', hearingTruth(c, true));
  } else {
    y = d.para(LEFT, y, TEXTW, notYetSentence(fm), { f: fm.f, s: 10 });
  }
  y += 6;
  y = d.para(LEFT, y, TEXTW, 'Diese Mitteilung ergeht gemäß § 22 Abs. 9 SGB II bzw. § 36 Abs. 2 SGB XII, um Ihnen die Prüfung einer Übernahme der Mietschulden zu ermöglichen.', { f: fm.f, s: 10 });
  clerkSign(d, y + 16, `${fm.r.pick(CLERKS)}, Justizhauptsekretärin`, 'Urkundsbeamtin der Geschäftsstelle', fm.f, fm.r.chance(0.5));
}

// -------------------------------------------------------------------------------------
/** 4: "In dem Rechtsstreit … gegen …" caption with numbered items */
export function noticeCaption(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'caption');
  const h = c.h;
  courtHead(d, c, fm, 0);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 50 * MM, `Geschäfts-Nr.: ${az}`, { f: fm.fb, s: 10 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 50 * MM + 14, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  let y = 100 * MM;
  d.t(LEFT, y, 'In dem Rechtsstreit', { f: fm.f, s: 10, align: 'center', w: TEXTW });
  y += 20;
  d.t(LEFT + 20, y, h.landlord.name, { f: fm.fb, s: 10 });
  put(c, d, 'landlord', h.landlord.name);
  y += 12;
  d.t(LEFT + 20, y, `${h.landlord.rep ? `${h.landlord.rep}, ` : ''}${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, { f: fm.f, s: 9.5, fit: TEXTW - 100 });
  d.t(RIGHT - 70, y, '– Klägerin –', { f: fm.f, s: 9.5 });
  y += 14;
  if (h.lawfirm) {
    d.t(LEFT + 20, y, `Prozessbevollmächtigte: ${h.lawfirm.short}, ${h.lawfirm.street}, ${h.lawfirm.plz} ${h.lawfirm.city}`, { f: fm.f, s: 9, fit: TEXTW - 30 });
    y += 14;
  }
  y += 4;
  d.t(LEFT, y, 'gegen', { f: fm.f, s: 10, align: 'center', w: TEXTW });
  y += 18;
  const birth = Boolean(c.opt.birth);
  const many = h.tenants.length > 1;
  h.tenants.forEach((p, i) => {
    const nm = `${many ? `${i + 1}. ` : ''}${personName(p, fm.ns)}${birth ? `, ${birthText(p, i)}` : ''}`;
    d.t(LEFT + 20, y, nm, { f: fm.f, s: 10, fit: TEXTW - 120 });
    d.t(RIGHT - 100, y, many ? `– Beklagte${p.sex === 'm' ? 'r' : ''} zu ${i + 1} –` : `– Beklagte${p.sex === 'm' ? 'r' : ''} –`, { f: fm.f, s: 9.5 });
    y += 13;
  });
  put(c, d, 'tenants', tenantTruth(h, birth));
  d.t(LEFT + 20, y, `${many ? 'sämtlich ' : ''}wohnhaft ${addressOneLine(h, { abbrev: true })}`, { f: fm.f, s: 10, fit: TEXTW - 30 });
  put(c, d, 'address', addressTruth(h));
  y += 22;
  d.t(LEFT, y, 'wegen Räumung und Zahlung', { f: fm.f, s: 10 });
  y += 20;
  y = d.para(LEFT, y, TEXTW, `wird gemäß ${h.court.oldParagraphs ? '§ 22 Abs. 5 SGB II / § 34 Abs. 2 SGB XII' : '§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII'} Folgendes mitgeteilt:`, { f: fm.f, s: 10 });
  y += 6;
  const item = (n: number, s: string): void => {
    d.t(LEFT, y, `${n}.`, { f: fm.f, s: 10 });
    y = d.para(LEFT + 18, y, TEXTW - 18, s, { f: fm.f, s: 10 }) + 3;
  };
  item(1, `Die Klage ist am ${fmtDate(h.claimReceived, fm.ds)} bei Gericht eingegangen.`);
  put(c, d, 'claimReceived', h.claimReceived);
  item(2, `Die monatlich zu entrichtende Miete beträgt ${rentStr(c, fm)}.`);
  put(c, d, 'monthlyRent', h.rent);
  item(3, `Geltend gemacht werden Mietrückstände und Nutzungsentschädigung in Höhe von insgesamt ${fmtMoney(h.arrears, fm.ms)}.`);
  put(c, d, 'arrears', h.arrears);
  if (c.opt.hearing) {
    item(4, `Termin zur mündlichen Verhandlung: ${hearingStr(c, fm, true)}.`);
    put(c, d, 'hearing', hearingTruth(c, true));
  } else item(4, notYetSentence(fm));
  if (c.opt.served) {
    item(5, `Die Klage wurde am ${fmtDate(h.claimServed, fm.ds)} zugestellt.`);
    put(c, d, 'claimServed', h.claimServed);
  }
  clerkSign(d, y + 14, fm.r.pick(CLERKS), 'als Urkundsbeamtin der Geschäftsstelle', fm.f, true);
}

// -------------------------------------------------------------------------------------
/** 5: two columns side by side (Klägerseite | Beklagtenseite) */
export function noticeTwoCol(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'twocol');
  const h = c.h;
  courtHead(d, c, fm, 2);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 55 * MM, 'Aktenzeichen', { f: fm.f, s: 7.5 });
  d.t(125 * MM, 55 * MM + 9, az, { f: fm.fb, s: 10.5 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 55 * MM + 26, 'Datum', { f: fm.f, s: 7.5 });
  d.t(125 * MM, 55 * MM + 35, fmtDate(c.letterDate, 'dmy'), { f: fm.f, s: 10 });
  let y = 100 * MM;
  d.t(LEFT, y, 'Räumungsklage – Mitteilung an den Leistungsträger', { f: fm.fb, s: 11.5 });
  y += 22;
  const colW = TEXTW / 2 - 6;
  const x2 = LEFT + TEXTW / 2 + 6;
  d.fillRect(LEFT, y, colW, 14, '#dddddd');
  d.fillRect(x2, y, colW, 14, '#dddddd');
  d.t(LEFT + 4, y + 3, fm.r.pick(['Klägerseite', 'Kläger/in (Vermieter)']), { f: fm.fb, s: 9 });
  d.t(x2 + 4, y + 3, fm.r.pick(['Beklagtenseite', 'Beklagte (Mieter)']), { f: fm.fb, s: 9 });
  y += 20;
  const left = [h.landlord.name, ...(h.landlord.rep ? [h.landlord.rep] : []), h.landlord.street, `${h.landlord.plz} ${h.landlord.city}`];
  if (h.lawfirm) left.push('', 'Prozessbevollmächtigte:', h.lawfirm.short, h.lawfirm.street, `${h.lawfirm.plz} ${h.lawfirm.city}`);
  const birth = Boolean(c.opt.birth);
  const right: string[] = [];
  h.tenants.forEach((p, i) => {
    right.push(`${h.tenants.length > 1 ? `${i + 1}. ` : ''}${personName(p, fm.ns)}`);
    if (birth) right.push(`    ${birthText(p, 0)}`);
  });
  right.push(fm.r.pick(['wohnhaft:', 'Anschrift:', 'beide/alle wohnhaft:']).replace('beide/alle', h.tenants.length === 1 ? '' : h.tenants.length === 2 ? 'beide' : 'alle').trim());
  right.push(...addressLines(h, { abbrev: fm.r.chance(0.5) }));
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i];
    const r = right[i];
    if (l) d.t(LEFT + 4, y, l, { f: i === 0 ? fm.fb : fm.f, s: 9.5, fit: colW - 8 });
    if (r) d.t(x2 + 4, y, r, { f: fm.f, s: 9.5, fit: colW - 8 });
    y += 12;
  }
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'tenants', tenantTruth(h, birth));
  put(c, d, 'address', addressTruth(h));
  y += 10;
  d.hr(LEFT, y, RIGHT, 0.5);
  y += 8;
  const kv = (k: string, v: string): void => {
    d.t(LEFT, y, k, { f: fm.f, s: 9.5 });
    d.t(LEFT + 70 * MM, y, v, { f: fm.fb, s: 9.5, fit: TEXTW - 70 * MM });
    y += 15;
  };
  kv('Eingang der Klageschrift', fmtDate(h.claimReceived, fm.ds));
  put(c, d, 'claimReceived', h.claimReceived);
  if (c.opt.served) { kv('Zustellung an die Beklagten', fmtDate(h.claimServed, fm.ds)); put(c, d, 'claimServed', h.claimServed); }
  kv('Miete monatlich', rentStr(c, fm));
  put(c, d, 'monthlyRent', h.rent);
  kv('Rückstand laut Klage', fmtMoney(h.arrears, fm.ms));
  put(c, d, 'arrears', h.arrears);
  kv('Streitwert (vorläufig)', fmtMoney(h.coldRent * 12 + h.arrears, fm.ms));
  if (c.opt.hearing) { kv('Verhandlungstermin', hearingStr(c, fm, true)); put(c, d, 'hearing', hearingTruth(c, true)); }
  else kv('Verhandlungstermin', notYet(fm));
  y += 10;
  clerkSign(d, y, fm.r.pick(CLERKS), 'Geschäftsstelle', fm.f, true);
  footerLine(d, [`${courtName(h.court)} · ${h.court.street} · ${h.court.plz} ${h.court.town} · Tel. ${h.court.phone} · Fax ${h.court.fax}`], fm.f);
}

// -------------------------------------------------------------------------------------
/** 6: form with tick boxes */
export function noticeTicks(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'ticks');
  const h = c.h;
  courtHead(d, c, fm, 1);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f, 20 * MM, 40 * MM);
  const az = azPrint(h.az, fm.azs);
  d.rect(125 * MM, 45 * MM, 60 * MM, 30, 0.6);
  d.t(125 * MM + 4, 45 * MM + 3, 'Aktenzeichen (bitte stets angeben)', { f: fm.f, s: 6.5 });
  d.t(125 * MM + 4, 45 * MM + 14, az, { f: fm.fb, s: 11 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 45 * MM + 38, fmtDate(c.letterDate, 'dmy'), { f: fm.f, s: 9 });
  let y = 92 * MM;
  d.t(LEFT, y, 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { f: fm.fb, s: 11 });
  y += 20;
  const tick = (x: number, yy: number, on: boolean, label: string): number => {
    d.box(x, yy + 1, on);
    return d.t(x + 12, yy, label, { f: fm.f, s: 9 }) + 24;
  };
  let x = LEFT;
  x += tick(x, y, false, 'Räumungsklage');
  x += tick(x, y, true, 'Räumungs- und Zahlungsklage');
  tick(x, y, false, 'Antrag nach § 940a ZPO');
  y += 20;
  // party blocks with role ticks
  const block = (roleK: boolean, lines: string[]): void => {
    const bh = lines.length * 12 + 22;
    d.rect(LEFT, y, TEXTW, bh, 0.5);
    let xx = LEFT + 6;
    xx += tick(xx, y + 5, roleK, 'Kläger/in');
    tick(xx, y + 5, !roleK, 'Beklagte/r');
    lines.forEach((l, i) => d.t(LEFT + 6, y + 20 + i * 12, l, { f: fm.f, s: 9.5, fit: TEXTW - 12 }));
    y += bh + 6;
  };
  block(true, [h.landlord.name, `${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, ...(h.lawfirm ? [`Proz.-Bev.: ${h.lawfirm.short}, ${h.lawfirm.city}`] : [])]);
  put(c, d, 'landlord', h.landlord.name);
  const birth = Boolean(c.opt.birth);
  const couple = coupleName(h);
  let tl: string[];
  if (couple && !birth && fm.r.chance(0.7)) tl = [`Eheleute ${couple}`];
  else tl = tenantRows(c, fm, birth, 'alpha');
  block(false, [...tl, `wohnhaft ${streetLine(h, { abbrev: true })}${h.flat.addition ? `, ${h.flat.addition}` : ''}`, cityLine(h)]);
  put(c, d, 'tenants', tenantTruth(h, birth));
  put(c, d, 'address', addressTruth(h));
  const row = (lab: string, val: string): void => {
    d.t(LEFT, y, lab, { f: fm.f, s: 9 });
    d.t(LEFT + 62 * MM, y, val, { f: fm.f, s: 9.5, fit: TEXTW - 62 * MM });
    y += 14;
  };
  row('Eingang der Klage:', fmtDate(h.claimReceived, fm.ds));
  put(c, d, 'claimReceived', h.claimReceived);
  row('Monatsmiete:', rentStr(c, fm));
  put(c, d, 'monthlyRent', h.rent);
  row('Mietrückstand laut Klage:', fmtMoney(h.arrears, fm.ms));
  put(c, d, 'arrears', h.arrears);
  y += 4;
  d.t(LEFT, y, 'Termin zur mündlichen Verhandlung:', { f: fm.f, s: 9 });
  y += 14;
  tick(LEFT, y, !c.opt.hearing, 'noch nicht bestimmt');
  y += 14;
  tick(LEFT, y, Boolean(c.opt.hearing), 'bestimmt auf');
  if (c.opt.hearing) {
    d.t(LEFT + 90, y, hearingStr(c, fm, true), { f: fm.fb, s: 9.5, fit: TEXTW - 90 });
    put(c, d, 'hearing', hearingTruth(c, true));
  }
  y += 18;
  d.t(LEFT, y, 'Zustellung der Klage:', { f: fm.f, s: 9 });
  y += 14;
  tick(LEFT, y, !c.opt.served, 'noch nicht bewirkt');
  y += 14;
  tick(LEFT, y, Boolean(c.opt.served), 'erfolgt am');
  if (c.opt.served) {
    d.t(LEFT + 90, y, fmtDate(h.claimServed, fm.ds), { f: fm.fb, s: 9.5 });
    put(c, d, 'claimServed', h.claimServed);
  }
  y += 24;
  clerkSign(d, y, fm.r.pick(CLERKS), 'Urkundsbeamter der Geschäftsstelle', fm.f, true);
}

// -------------------------------------------------------------------------------------
/** 7: compact slip with small labels above value boxes */
export function noticeSlip(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'slip');
  const h = c.h;
  const court = h.court;
  d.t(LEFT, 34, courtName(court), { f: fm.fb, s: 12 });
  put(c, d, 'court', courtName(court));
  if (court.sorbian) d.t(LEFT, 48, court.sorbian, { f: fm.f, s: 8.5 });
  d.t(RIGHT - 160, 34, `Vordruck MiZi-R ${fm.r.int(2, 9)}/${fm.r.int(2005, 2019)}`, { f: fm.f, s: 7, align: 'right', w: 160 });
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(court), rc.lines, fm.f, 20 * MM, 27 * MM);
  let y = 80 * MM;
  d.t(LEFT, y, 'MITTEILUNG über eine Räumungsklage (§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { f: fm.fb, s: 10, fit: TEXTW });
  y += 18;
  const cell = (x: number, yy: number, w: number, lab: string, vals: string[], fb = false): number => {
    const hh = 12 + vals.length * 11.5 + 4;
    d.rect(x, yy, w, hh, 0.5);
    d.t(x + 3, yy + 2, lab, { f: fm.f, s: 6.5 });
    vals.forEach((v, i) => d.t(x + 3, yy + 12 + i * 11.5, v, { f: fb ? fm.fb : fm.f, s: 9, fit: w - 6 }));
    return hh;
  };
  const w3 = TEXTW / 3;
  let hh = cell(LEFT, y, w3, 'Aktenzeichen', [azPrint(h.az, fm.azs)], true);
  put(c, d, 'fileNumber', h.az);
  cell(LEFT + w3, y, w3, 'Datum der Mitteilung', [fmtDate(c.letterDate, 'dmy')]);
  cell(LEFT + 2 * w3, y, w3, 'Eingang der Klage', [fmtDate(h.claimReceived, fm.ds)]);
  put(c, d, 'claimReceived', h.claimReceived);
  y += hh;
  hh = cell(LEFT, y, TEXTW, 'Klagende Partei / gesetzl. Vertreter / Prozessbevollmächtigte', [`${h.landlord.name}, ${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, ...(h.lawfirm ? [`Proz.-Bev.: ${h.lawfirm.name}, ${h.lawfirm.city}`] : [])]);
  put(c, d, 'landlord', h.landlord.name);
  y += hh;
  const birth = Boolean(c.opt.birth);
  hh = cell(LEFT, y, TEXTW, 'Beklagte Partei(en) – Name, Vorname, Geburtsdatum', h.tenants.map((p, i) => `${i + 1}) ${personName(p, 'capsFirst')}${birth ? `, ${birthText(p, 3)}` : ''}`));
  put(c, d, 'tenants', tenantTruth(h, birth));
  y += hh;
  hh = cell(LEFT, y, TEXTW, 'Wohnung (Straße, Hausnummer, Lage, PLZ, Ort)', [addressOneLine(h, { abbrev: fm.r.chance(0.5), spaceNo: fm.r.chance(0.5) })]);
  put(c, d, 'address', addressTruth(h));
  y += hh;
  const w2 = TEXTW / 2;
  hh = cell(LEFT, y, w2, 'Miete monatlich', [rentStr(c, fm)]);
  put(c, d, 'monthlyRent', h.rent);
  cell(LEFT + w2, y, w2, 'Rückstand (Miete und Nutzungsentschädigung)', [fmtMoney(h.arrears, fm.ms)]);
  put(c, d, 'arrears', h.arrears);
  y += hh;
  hh = cell(LEFT, y, w2, 'Zustellung der Klage am', [c.opt.served ? fmtDate(h.claimServed, fm.ds) : '—']);
  if (c.opt.served) put(c, d, 'claimServed', h.claimServed);
  cell(LEFT + w2, y, w2, 'Termin zur mündlichen Verhandlung', [c.opt.hearing ? hearingStr(c, fm, false) : notYet(fm), c.opt.hearing ? `${h.hearing.room}` : '']);
  if (c.opt.hearing) put(c, d, 'hearing', hearingTruth(c, true));
  y += hh + 16;
  d.para(LEFT, y, TEXTW, 'Eine Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit beruht.', { f: fm.f, s: 7.5 });
}

// -------------------------------------------------------------------------------------
/** 8: numbered items over two pages (money and hearing on page 2) */
export function noticeNumbered(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'numbered');
  const h = c.h;
  courtHead(d, c, fm, 0);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 50 * MM, `Az.: ${az}`, { f: fm.fb, s: 10 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 50 * MM + 14, `${h.court.town.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  let y = 100 * MM;
  const para = h.court.oldParagraphs ? '§ 22 Abs. 5 SGB II, § 34 Abs. 2 SGB XII' : '§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII';
  d.t(LEFT, y, `Mitteilung gemäß ${para}`, { f: fm.fb, s: 11 });
  d.t(LEFT, y + 14, '– Räumungsrechtsstreit wegen Zahlungsverzugs –', { f: fm.f, s: 9.5 });
  y += 40;
  const head = (n: string, s: string): void => {
    d.t(LEFT, y, `${n}  ${s}`, { f: fm.fb, s: 10 });
    y += 15;
  };
  const val = (s: string, ind = 22): void => {
    d.t(LEFT + ind, y, s, { f: fm.f, s: 10, fit: TEXTW - ind });
    y += 13;
  };
  head('1.', 'Tag des Eingangs der Klage');
  val(fmtDate(h.claimReceived, fm.ds));
  put(c, d, 'claimReceived', h.claimReceived);
  y += 6;
  head('2.', 'Parteien');
  val('Klägerin:');
  val(h.landlord.name, 44);
  val(`${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, 44);
  put(c, d, 'landlord', h.landlord.name);
  if (h.lawfirm) val(`Prozessbevollmächtigte: ${h.lawfirm.short}`, 44);
  y += 4;
  val(h.tenants.length > 1 ? 'Beklagte:' : `Beklagte${h.tenants[0]?.sex === 'm' ? 'r' : ''}:`);
  const birth = Boolean(c.opt.birth);
  tenantRows(c, fm, birth, h.tenants.length > 1 ? 'alpha' : 'none').forEach((s) => val(s, 44));
  put(c, d, 'tenants', tenantTruth(h, birth));
  y += 6;
  head('3.', 'Anschrift der Wohnung');
  addressLines(h, { abbrev: fm.r.chance(0.5), additionInline: true }).forEach((s) => val(s));
  put(c, d, 'address', addressTruth(h));
  pageNo(d, 1, 2, fm.f, 1);
  d.addPage();
  d.t(LEFT, 40, `${courtName(h.court)} – ${az}`, { f: fm.f, s: 8.5 });
  d.t(LEFT, 52, '- 2 -', { f: fm.f, s: 8.5, align: 'center', w: TEXTW });
  y = 80;
  head('4.', 'Monatliche Miete');
  val(rentStr(c, fm));
  put(c, d, 'monthlyRent', h.rent);
  val(`(davon Grundmiete ${fmtMoney(h.coldRent, fm.ms)})`);
  y += 6;
  head('5.', 'Geltend gemachter Rückstand (Miete / Nutzungsentschädigung)');
  val(fmtMoney(h.arrears, fm.ms));
  put(c, d, 'arrears', h.arrears);
  y += 6;
  head('6.', 'Termin zur mündlichen Verhandlung');
  if (c.opt.hearing) {
    val(hearingStr(c, fm, true));
    put(c, d, 'hearing', hearingTruth(c, true));
  } else val(notYet(fm));
  y += 6;
  head('7.', 'Rechtshängigkeit');
  if (c.opt.served) {
    val(`Die Klage ist seit dem ${fmtDate(h.claimServed, fm.ds)} rechtshängig.`);
    put(c, d, 'claimServed', h.claimServed);
  } else val('Die Zustellung ist veranlasst; das Zustellungsdatum liegt noch nicht vor.');
  y += 16;
  y = d.para(LEFT, y, TEXTW, 'Die Übermittlung beruht auf den Anordnungen über Mitteilungen in Zivilsachen. Die Daten sind nach Abschluss der Prüfung zu löschen.', { f: fm.f, s: 8.5 });
  clerkSign(d, y + 16, fm.r.pick(CLERKS), 'Urkundsbeamtin der Geschäftsstelle', fm.f, false);
  pageNo(d, 2, 2, fm.f, 1);
}

// -------------------------------------------------------------------------------------
/** 9: e-file print with a header band, parties inside table cells */
export function noticeEakte(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'eakte');
  const h = c.h;
  const court = h.court;
  d.fillRect(0, 0, 595.28, 64, '#e6e6e6');
  d.t(LEFT, 20, courtName(court), { f: fm.fb, s: 14 });
  put(c, d, 'court', courtName(court));
  d.t(LEFT, 40, `${court.street} | ${court.plz} ${court.town} | ${court.phone}`, { f: fm.f, s: 8 });
  // a pseudo code block as e-file marker
  for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) if (fm.r.chance(0.5) || i === 0 || j === 0) d.fillRect(RIGHT - 42 + i * 6, 10 + j * 6, 5.4, 5.4, 'black');
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  let iy = 50 * MM;
  for (const [k, v] of [['Aktenzeichen', az], ['Datum', fmtDate(c.letterDate, 'dmy')], ['Sachgebiet', 'Wohnraummietsachen'], ['Sprechzeiten', 'Mo–Do 8:30–11:30']] as [string, string][]) {
    d.t(125 * MM, iy, k, { f: fm.f, s: 7.5 });
    d.t(150 * MM, iy, v, { f: k === 'Aktenzeichen' ? fm.fb : fm.f, s: 8.5 });
    iy += 11;
  }
  put(c, d, 'fileNumber', h.az);
  let y = 98 * MM;
  d.t(LEFT, y, 'Mitteilung über die Anhängigkeit einer Räumungsklage', { f: fm.fb, s: 11.5 });
  y += 22;
  const cw = [38 * MM, TEXTW - 38 * MM];
  const row = (lab: string, vals: string[], shade = false): void => {
    const rh = vals.length * 12 + 8;
    if (shade) d.fillRect(LEFT, y, TEXTW, rh, '#f0f0f0');
    d.rect(LEFT, y, cw[0] ?? 0, rh, 0.4);
    d.rect(LEFT + (cw[0] ?? 0), y, cw[1] ?? 0, rh, 0.4);
    d.t(LEFT + 3, y + 4, lab, { f: fm.fb, s: 8, fit: (cw[0] ?? 0) - 6 });
    vals.forEach((v, i) => d.t(LEFT + (cw[0] ?? 0) + 4, y + 4 + i * 12, v, { f: fm.f, s: 9, fit: (cw[1] ?? 0) - 8 }));
    y += rh;
  };
  const birth = Boolean(c.opt.birth);
  row('Klagepartei', [h.landlord.name, `${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`], true);
  put(c, d, 'landlord', h.landlord.name);
  if (h.lawfirm) row('Prozessbevollm.', [`${h.lawfirm.name}`, `${h.lawfirm.street}, ${h.lawfirm.plz} ${h.lawfirm.city}`]);
  row('Beklagtenpartei', tenantRows(c, fm, birth, 'alpha'), true);
  put(c, d, 'tenants', tenantTruth(h, birth));
  row('Mietobjekt', [addressOneLine(h, { abbrev: fm.r.chance(0.5) })]);
  put(c, d, 'address', addressTruth(h));
  row('Klageeingang', [fmtDate(h.claimReceived, fm.ds)], true);
  put(c, d, 'claimReceived', h.claimReceived);
  row('Rechtshängigkeit', [c.opt.served ? fmtDate(h.claimServed, fm.ds) : 'Zustellung noch nicht nachgewiesen']);
  if (c.opt.served) put(c, d, 'claimServed', h.claimServed);
  row('Miethöhe mtl.', [rentStr(c, fm)], true);
  put(c, d, 'monthlyRent', h.rent);
  row('Forderung', [`${fmtMoney(h.arrears, fm.ms)} (Mietrückstand)`, `zzgl. Zinsen seit ${fmtDate(h.claimServed, 'dmy')}`]);
  put(c, d, 'arrears', h.arrears);
  const p2 = Boolean(c.opt.page2);
  if (!p2) {
    row('Termin', [c.opt.hearing ? hearingStr(c, fm, true) : notYet(fm)], true);
    if (c.opt.hearing) put(c, d, 'hearing', hearingTruth(c, true));
  }
  y += 12;
  d.t(LEFT, y, `Dieses Dokument wurde elektronisch erstellt (${court.town.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'dmy')}) und ist ohne Unterschrift gültig.`, { f: fm.f, s: 7.5, fit: TEXTW });
  if (p2) {
    d.t(LEFT, 815, 'Seite 1/2', { f: fm.f, s: 7.5, align: 'right', w: TEXTW });
    d.addPage();
    d.fillRect(0, 0, 595.28, 30, '#e6e6e6');
    d.t(LEFT, 11, `${courtName(court)} · ${az} · Seite 2/2`, { f: fm.f, s: 8 });
    y = 70;
    d.t(LEFT, y, 'Verfahrensstand', { f: fm.fb, s: 10.5 });
    y += 18;
    if (c.opt.hearing) {
      y = d.para(LEFT, y, TEXTW, `Früher erster Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingStr(c, fm, true)}.`, { f: fm.f, s: 10 });
      put(c, d, 'hearing', hearingTruth(c, true));
    } else y = d.para(LEFT, y, TEXTW, `Das schriftliche Vorverfahren wurde angeordnet. ${notYetSentence(fm)}`, { f: fm.f, s: 10 });
    y += 14;
    d.t(LEFT, y, 'Datenschutzhinweis', { f: fm.fb, s: 10.5 });
    y += 18;
    d.para(LEFT, y, TEXTW, 'Die übermittelten personenbezogenen Daten dürfen nur für den Zweck verwendet werden, zu dessen Erfüllung sie übermittelt worden sind (§ 19 EGGVG). Rückfragen richten Sie bitte unter Angabe des Aktenzeichens an die Geschäftsstelle.', { f: fm.f, s: 9.5 });
  }
}

// -------------------------------------------------------------------------------------
/** 10: bordered numbered sections */
export function noticeBoxes(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'boxes');
  const h = c.h;
  courtHead(d, c, fm, 1);
  const rc = recipientLines(c);
  windowAddress(d, courtReturn(h.court), rc.lines, fm.f);
  const az = azPrint(h.az, fm.azs);
  d.t(125 * MM, 50 * MM, `Geschäftszeichen: ${az}`, { f: fm.fb, s: 9.5 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 50 * MM + 13, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  let y = 98 * MM;
  d.t(LEFT, y, 'Räumungsklage wegen Zahlungsverzugs – Unterrichtung des Trägers der Grundsicherung', { f: fm.fb, s: 10.5, fit: TEXTW });
  y += 20;
  const section = (title: string, rows: [string, string][], after: () => void): void => {
    const hh = 16 + rows.length * 13 + 4;
    y = ensure(d, y, hh, `${courtName(h.court)} · ${az} · Fortsetzung`, fm.f);
    d.rect(LEFT, y, TEXTW, hh, 0.7);
    d.fillRect(LEFT + 0.5, y + 0.5, TEXTW - 1, 13, '#d8d8d8');
    d.t(LEFT + 4, y + 2.5, title, { f: fm.fb, s: 8.5 });
    rows.forEach(([k, v], i) => {
      d.t(LEFT + 6, y + 18 + i * 13, k, { f: fm.f, s: 8.5, fit: 50 * MM });
      d.t(LEFT + 56 * MM, y + 18 + i * 13, v, { f: fm.f, s: 9.5, fit: TEXTW - 58 * MM });
    });
    after();
    y += hh + 6;
  };
  section('1  Verfahren', [['Eingang der Klage', fmtDate(h.claimReceived, fm.ds)], ['Zustellung', c.opt.served ? fmtDate(h.claimServed, fm.ds) : 'offen']], () => {
    put(c, d, 'claimReceived', h.claimReceived);
    if (c.opt.served) put(c, d, 'claimServed', h.claimServed);
  });
  section('2  Kläger/in (Vermieter/in)', [['Name/Firma', h.landlord.name], ['Anschrift', `${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`], ...(h.lawfirm ? [['Prozessbevollmächtigte', h.lawfirm.short] as [string, string]] : [])], () => put(c, d, 'landlord', h.landlord.name));
  const birth = Boolean(c.opt.birth);
  const trows: [string, string][] = h.tenants.map((p, i) => [`Beklagte/r ${i + 1}`, `${personName(p, fm.ns)}${birth ? `, ${birthText(p, 1)}` : ''}`]);
  section('3  Beklagte (Mieter/innen)', [...trows, ['Wohnung', `${streetLine(h, { spaceNo: true })}${h.flat.addition ? ` (${h.flat.addition})` : ''}`], ['', cityLine(h)]], () => {
    put(c, d, 'tenants', tenantTruth(h, birth));
    put(c, d, 'address', addressTruth(h));
  });
  section('4  Mietverhältnis', [['Miete monatlich', rentStr(c, fm)], ['Rückstand lt. Klage', fmtMoney(h.arrears, fm.ms)]], () => {
    put(c, d, 'monthlyRent', h.rent);
    put(c, d, 'arrears', h.arrears);
  });
  section('5  Termin', [['Mündliche Verhandlung', c.opt.hearing ? hearingStr(c, fm, true) : notYet(fm)]], () => {
    if (c.opt.hearing) put(c, d, 'hearing', hearingTruth(c, true));
  });
  clerkSign(d, y + 6, fm.r.pick(CLERKS), 'Urkundsbeamtin der Geschäftsstelle', fm.f, true);
}

export const NOTICE_FAMILIES = {
  grid: noticeGrid, labels: noticeLabels, prose: noticeProse, caption: noticeCaption, twocol: noticeTwoCol,
  ticks: noticeTicks, slip: noticeSlip, numbered: noticeNumbered, eakte: noticeEakte, boxes: noticeBoxes,
} as const;

export { tenantsProse };
