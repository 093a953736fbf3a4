/** Court senders: notice (MiZi), summons and judgment forms, one style per court. */
import type { Person } from './data.js';
import { type Case, type DocSpec, Truth, type Built, tenantTruth, flatTruth } from './model.js';
import { PageBuilder, MM, nb, type FontKey } from './page.js';
import { fmtDate, fmtMoney, fmtTime, addDays, type DateStyle, type MoneyStyle, type TimeStyle } from './fmt.js';
import { addrOneLine, streetLine, cityLine, fullName, surnameFirst, upperSurname, titled, born, tenantsProse, windowBlock, recipientAuthority, ruledTable, tableFrame, tenantWindow } from './common.js';
import type { Rng } from './rng.js';

interface CourtStyle {
  font: FontKey; bold: FontKey; size: number;
  azLabel: string; ds: DateStyle; hds: DateStyle; ts: TimeStyle; ms: MoneyStyle;
  plaintiff: string; defendant: string; abbrev: boolean; spacedHn: boolean;
  notice: 'table' | 'prose' | 'lines' | 'numbered' | 'grid' | 'mono' | 'checkbox';
  summons: 'ladung' | 'nachricht' | 'verfuegung';
  head: 'bw' | 'centered' | 'rlp' | 'saar' | 'hessen';
  room: (r: Rng) => string | null;
  clerkTitle: string;
}

const STYLES: Record<string, CourtStyle> = {
  mannheim: { font: 'sans', bold: 'sansB', size: 9.5, azLabel: 'Aktenzeichen', ds: 'dmy', hds: 'wd-dmy', ts: 'colon', ms: 'eur-sign', plaintiff: 'Klagende Partei (Vermieter)', defendant: 'Beklagte Partei (Mieter)', abbrev: false, spacedHn: false, notice: 'table', summons: 'nachricht', head: 'bw',
    room: (r) => `Saal ${r.int(1, 3)}.0${r.int(10, 29)}`, clerkTitle: 'Justizangestellte' },
  heidelberg: { font: 'serif', bold: 'serifB', size: 10.5, azLabel: 'Geschäftsnummer', ds: 'long', hds: 'wd-den-long', ts: 'dot', ms: 'euro-word', plaintiff: 'Klägerin', defendant: 'Beklagte', abbrev: false, spacedHn: false, notice: 'prose', summons: 'ladung', head: 'centered',
    room: (r) => `Sitzungssaal ${r.pick(['112, 1. OG', '014, EG', '215, 2. OG', '108, 1. OG'])}`, clerkTitle: 'Urkundsbeamtin der Geschäftsstelle' },
  karlsruhe: { font: 'cond', bold: 'condB', size: 10, azLabel: 'Geschäftsnummer', ds: 'dmy', hds: 'wd-dmy', ts: 'colon-pad', ms: 'eur-code', plaintiff: 'Kläger/in', defendant: 'Beklagte/r', abbrev: true, spacedHn: false, notice: 'lines', summons: 'verfuegung', head: 'bw',
    room: (r) => `Saal ${r.int(1, 2)}${r.pick(['06', '11', '14', '21'])} (${r.pick(['Erdgeschoss', '1. Obergeschoss'])})`, clerkTitle: 'Justizsekretärin' },
  freiburg: { font: 'serif', bold: 'serifB', size: 10, azLabel: 'Aktenzeichen', ds: 'long-pad', hds: 'wd-den-long', ts: 'colon', ms: 'eur-sign', plaintiff: 'Klägerin/Kläger', defendant: 'Beklagte', abbrev: false, spacedHn: true, notice: 'numbered', summons: 'ladung', head: 'centered',
    room: (r) => `Saal ${r.pick(['I', 'II', 'III', 'IV'])}, ${r.pick(['Erdgeschoss', '1. Stock'])}`, clerkTitle: 'Urkundsbeamter der Geschäftsstelle' },
  ludwigshafen: { font: 'cond', bold: 'condB', size: 9.5, azLabel: 'Az.', ds: 'dmy', hds: 'wds-dmy', ts: 'dot-pad', ms: 'code-first', plaintiff: 'Kläger', defendant: 'Beklagte', abbrev: true, spacedHn: false, notice: 'grid', summons: 'nachricht', head: 'rlp',
    room: (r) => `Sitzungssaal ${r.int(1, 4)}${r.int(0, 2)}`, clerkTitle: 'Justizbeschäftigte' },
  saarbruecken: { font: 'mono', bold: 'monoB', size: 9, azLabel: 'GESCHAEFTSNUMMER', ds: 'dmy', hds: 'wd-dmy', ts: 'dot-pad', ms: 'eur-code', plaintiff: 'KLAEGER', defendant: 'BEKLAGTE', abbrev: true, spacedHn: false, notice: 'mono', summons: 'verfuegung', head: 'saar',
    room: (r) => `Saal ${r.pick(['A', 'B', 'C'])} ${r.int(101, 125)}`, clerkTitle: 'Justizobersekretär' },
  darmstadt: { font: 'sans', bold: 'sansB', size: 9.5, azLabel: 'Geschäfts-Nr.', ds: 'dmy', hds: 'wd-dmy', ts: 'colon', ms: 'eur-sign', plaintiff: 'Kläger', defendant: 'Beklagte', abbrev: false, spacedHn: false, notice: 'checkbox', summons: 'nachricht', head: 'hessen',
    room: (r) => (r.chance(0.2) ? null : `Raum ${r.pick(['E 12', '1.07', '2.19', '3.04'])}, Gebäude ${r.pick(['A', 'B', 'D'])}`), clerkTitle: 'Urkundsbeamtin der Geschäftsstelle' },
};
export function courtRoom(key: string, r: Rng): string | null {
  const s = STYLES[key];
  return s ? s.room(r) : null;
}

function courtHead(pb: PageBuilder, c: Case, s: CourtStyle, date: string, rng: Rng, recipient: string[], extra: { label: string; value: string }[] = []): number {
  const court = c.court;
  const clerk = rng.pick(['Weber', 'Hauser', 'Kuhn', 'Lorenz', 'Engel', 'Frey', 'Bader', 'Ziegler']);
  const info: { label: string; value: string }[] = [
    { label: `${s.azLabel}`, value: nb(c.fileNo) },
    ...extra,
    { label: 'Telefon', value: nb(court.phone.replace(/-0$|-00$/, `-${rng.int(1100, 4899)}`)) },
    { label: 'Bearbeiter/in', value: clerk },
    { label: 'Datum', value: nb(fmtDate(date, s.ds)) },
  ];
  const ret = `${court.name} · ${court.pobox} · ${court.postal} ${court.city}`;
  switch (s.head) {
    case 'bw': {
      pb.text(25 * MM, 16 * MM, court.name, { font: s.bold, size: 15 });
      pb.text(25 * MM, 16 * MM + 19, '– Zivilabteilung –', { font: s.font, size: 9 });
      pb.text(125 * MM, 16 * MM, nb(court.street), { size: 8 });
      pb.text(125 * MM, 16 * MM + 10, nb(`${court.postal} ${court.city}`), { size: 8 });
      pb.text(125 * MM, 16 * MM + 20, nb(`Zentrale: ${court.phone}`), { size: 8 });
      windowBlock(pb, ret, recipient, { font: s.font, size: s.size });
      let y = 50 * MM;
      for (const i of info) {
        pb.text(125 * MM, y, i.label, { size: 7, font: s.font });
        pb.text(125 * MM, y + 8, i.value, { size: 9.5, font: s.font });
        y += 21;
      }
      pb.foldMarks();
      return Math.max(100 * MM, y + 10);
    }
    case 'centered': {
      pb.text(pb.w / 2, 14 * MM, court.name.toUpperCase(), { font: s.bold, size: 13, align: 'center' });
      pb.line(25 * MM, 14 * MM + 18, pb.w - 20 * MM, 14 * MM + 18, 0.8);
      pb.text(pb.w / 2, 14 * MM + 23, nb(`${court.street}, ${court.postal} ${court.city} · Telefon ${court.phone}`), { size: 8, align: 'center', font: s.font });
      windowBlock(pb, `${court.name}, ${court.pobox}, ${court.postal} ${court.city}`, recipient, { font: s.font, size: s.size, underline: true });
      let y = 52 * MM;
      for (const i of info) {
        pb.text(125 * MM, y, `${i.label}: ${i.value}`, { size: 9, font: s.font });
        y += 13;
      }
      return Math.max(98 * MM, y + 12);
    }
    case 'rlp': {
      pb.rect(pb.w - 20 * MM - 14 * MM, 12 * MM, 14 * MM, 16 * MM, { lw: 0.8 });
      pb.path(`M ${pb.w - 34 * MM + 10} ${12 * MM + 12} l 10 14 l 10 -14 M ${pb.w - 34 * MM + 14} ${12 * MM + 34} l 12 0`, '#000000', 0.8, 1);
      pb.text(pb.w - 37 * MM, 14 * MM, court.name, { font: s.bold, size: 12.5, align: 'right' });
      pb.text(pb.w - 37 * MM, 14 * MM + 16, 'Rheinland-Pfalz', { font: s.font, size: 8.5, align: 'right' });
      windowBlock(pb, ret, recipient, { font: s.font, size: s.size });
      let y = 50 * MM;
      pb.rect(122 * MM, y - 4, 68 * MM, info.length * 12 + 6, { lw: 0.4 });
      for (const i of info) {
        pb.text(125 * MM, y, i.label, { size: 8, font: s.font });
        pb.text(150 * MM, y, i.value, { size: 8.5, font: s.bold });
        y += 12;
      }
      pb.foldMarks();
      return Math.max(100 * MM, y + 16);
    }
    case 'saar': {
      pb.text(20 * MM, 12 * MM, `${court.name.toUpperCase()}`, { font: 'monoB', size: 11 });
      pb.text(20 * MM, 12 * MM + 13, nb(`${court.street.toUpperCase()}`), { font: 'mono', size: 8.5 });
      pb.text(20 * MM, 12 * MM + 24, nb(`${court.postal} ${court.city.toUpperCase()}`), { font: 'mono', size: 8.5 });
      pb.text(pb.w - 20 * MM, 12 * MM, nb(`${s.azLabel}: ${c.fileNo}`), { font: 'monoB', size: 9.5, align: 'right' });
      pb.text(pb.w - 20 * MM, 12 * MM + 13, nb(`DATUM: ${fmtDate(date, s.ds)}`), { font: 'mono', size: 8.5, align: 'right' });
      pb.text(pb.w - 20 * MM, 12 * MM + 24, nb(`TEL.: ${court.phone}`), { font: 'mono', size: 8.5, align: 'right' });
      pb.line(20 * MM, 12 * MM + 36, pb.w - 20 * MM, 12 * MM + 36, 0.5, '#000000', 2);
      windowBlock(pb, `${court.name}, ${court.pobox}, ${court.postal} ${court.city}`, recipient.map((l) => l.toUpperCase()), { font: 'mono', size: 9, x: 22 * MM });
      return 100 * MM;
    }
    case 'hessen': {
      pb.text(25 * MM, 14 * MM, court.name, { font: 'sansB', size: 14 });
      pb.text(25 * MM, 14 * MM + 17, nb(`${court.street} · ${court.postal} ${court.city}`), { font: 'sans', size: 8 });
      pb.rect(125 * MM, 12 * MM, 65 * MM, 16 * MM, { lw: 1 });
      pb.text(127 * MM, 13.5 * MM, s.azLabel, { size: 7 });
      pb.text(127 * MM, 13.5 * MM + 11, nb(c.fileNo), { size: 13, font: 'sansB' });
      pb.text(125 * MM, 31 * MM, 'Bitte bei allen Schreiben angeben', { size: 7, font: 'sansI' });
      windowBlock(pb, ret, recipient, { font: s.font, size: s.size });
      let y = 52 * MM;
      for (const i of info.slice(1)) {
        pb.text(125 * MM, y, `${i.label}:`, { size: 8.5 });
        pb.text(155 * MM, y, i.value, { size: 8.5 });
        y += 12;
      }
      pb.foldMarks();
      return Math.max(98 * MM, y + 14);
    }
  }
}

function landlordLines(c: Case, s: CourtStyle): string[] {
  const l = c.landlord;
  const name = l.kind === 'private' ? `${l.female ? 'Frau' : 'Herr'} ${l.name}` : l.name;
  return [nb(name), `${nb(l.street)}, ${nb(`${l.postal} ${l.city}`)}`].map((x) => (s.head === 'saar' ? x : x));
}
function lawyerLine(c: Case): string | null {
  if (!c.lawyer) return null;
  return `${c.lawyer.firm}, ${nb(c.lawyer.street)}, ${nb(`${c.lawyer.postal} ${c.lawyer.city}`)}`;
}
function hearingText(c: Case, s: CourtStyle, withRoom = true): string {
  const h = c.hearing;
  let t = `${nb(fmtDate(h.date, s.hds))}, ${nb(fmtTime(h.time, s.ts) + ' Uhr')}`;
  if (withRoom && h.room) t += `, ${nb(h.room)}`;
  return t;
}
function setHearing(t: Truth, c: Case, page: number, withRoom = true): void {
  t.set('hearing', { date: c.hearing.date, time: c.hearing.time, room: withRoom ? c.hearing.room : null }, page);
}
function setParties(t: Truth, c: Case, page: number, withBirth: boolean, withAddition = true): void {
  t.set('tenants', tenantTruth(c, withBirth), page);
  t.set('address', flatTruth(c, withAddition), page);
  t.set('landlord', c.landlord.name, page);
}

// ---------------------------------------------------------------- notices
export function courtNotice(c: Case, d: DocSpec, rng: Rng): Built {
  const s = STYLES[c.court.key] as CourtStyle;
  const pb = new PageBuilder(s.font, s.size);
  const t = new Truth();
  const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
  let y = courtHead(pb, c, s, d.letterDate, rng, recipientAuthority(c));
  t.set('court', c.court.name, 1);
  t.set('fileNumber', c.fileNo, 1);
  const money = (v: number) => nb(fmtMoney(v, s.ms));
  const withBirth = s.notice === 'grid' || s.notice === 'mono' || (s.notice === 'table' && rng.chance(0.5));
  setParties(t, c, 1, withBirth);
  t.set('claimReceived', c.claimReceived, 1);
  t.set('monthlyRent', c.rent, 1);
  t.set('arrears', c.arrearsClaim, 1);
  if (d.noticeShowsServed) t.set('claimServed', c.claimServed, 1);
  if (d.noticeShowsHearing) setHearing(t, c, 1);
  const streitwert = nb(fmtMoney(c.rent * 12, s.ms));
  const tenantBlock = (p: Person) => (withBirth ? `${fullName(p)}, ${born(p)}` : fullName(p));

  switch (s.notice) {
    case 'table': {
      pb.text(L, y, 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: s.bold, size: 11.5 });
      y += 15;
      pb.text(L, y, 'Räumungsrechtsstreit wegen Zahlungsverzugs – Mitteilung in Zivilsachen (MiZi)', { size: 9 });
      y += 18;
      const rows: { label: string; value: string[] }[] = [
        { label: 'Aktenzeichen', value: [nb(c.fileNo)] },
        { label: 'Tag des Eingangs der Klage', value: [nb(fmtDate(c.claimReceived, s.ds))] },
        { label: s.plaintiff, value: landlordLines(c, s) },
      ];
      const lw = lawyerLine(c);
      if (lw) rows.push({ label: 'Prozessbevollmächtigte', value: [lw] });
      rows.push({ label: s.defendant, value: c.tenants.map((p, i) => (c.tenants.length > 1 ? `${i + 1}. ${tenantBlock(p)}` : tenantBlock(p))) });
      rows.push({ label: 'Anschrift der Wohnung', value: [`${streetLine(c.flat, s)}${c.flat.addition ? ', ' + nb(c.flat.addition) : ''}`, cityLine(c.flat)] });
      rows.push({ label: 'Monatliche Miete', value: [money(c.rent)] });
      rows.push({ label: 'Mietrückstand / Nutzungsentschädigung (geltend gemacht)', value: [money(c.arrearsClaim)] });
      rows.push({ label: 'Zustellung der Klage', value: [d.noticeShowsServed ? nb(fmtDate(c.claimServed, s.ds)) : 'noch nicht erfolgt'] });
      rows.push({ label: 'Termin zur mündlichen Verhandlung', value: [d.noticeShowsHearing ? hearingText(c, s) : 'noch nicht bestimmt'] });
      const y0 = y;
      y = ruledTable(pb, L, y, 62 * MM, W - 62 * MM, rows, { size: 9.5, shade: '#eeeeee', lfont: 'sans' });
      tableFrame(pb, L, y0, y, 62 * MM, W - 62 * MM);
      y += 14;
      y = pb.para(L, y, W, `Der Streitwert ist vorläufig auf ${streitwert} festgesetzt. Diese Mitteilung ergeht, damit der Träger der Grundsicherung prüfen kann, ob Mietschulden übernommen werden können (§ 22 Abs. 8 SGB II). Eine Antwort an das Gericht ist nicht erforderlich.`, { size: 9 });
      y += 20;
      pb.text(L, y, 'Auf Anordnung', { size: 9 });
      pb.text(L, y + 28, `${rng.pick(['Hauser', 'Engel', 'Bader'])}, ${s.clerkTitle}`, { size: 9 });
      pb.text(L, y + 40, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 7.5, font: 'sansI' });
      break;
    }
    case 'prose': {
      pb.text(L, y, nb('Räumungsrechtsstreit') + ' ' + nb(c.landlord.name) + ' ./. ' + c.tenants.map((p) => nb(p.surname)).join(', '), { font: s.bold, size: 10.5 });
      y += 14;
      pb.text(L, y, 'hier: Mitteilung gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', { font: s.font, size: 10 });
      y += 24;
      pb.text(L, y, 'Sehr geehrte Damen und Herren,');
      y += 20;
      const lwr = c.lawyer ? `, vertreten durch ${c.lawyer.firm}, ${nb(c.lawyer.city)},` : '';
      const ll = c.landlord.kind === 'private' ? `${c.landlord.female ? 'der Frau' : 'des Herrn'} ${nb(c.landlord.name)}` : `der ${nb(c.landlord.name)}`;
      y = pb.para(L, y, W, `wir teilen Ihnen mit, dass am ${nb(fmtDate(c.claimReceived, s.ds))} bei dem ${c.court.name} eine Klage ${ll}, ${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}${lwr} gegen ${tenantsProse(c.tenants, 'eheleute')}, wohnhaft ${addrOneLine(c.flat, s)}, auf Räumung und Herausgabe der Wohnung sowie auf Zahlung eingegangen ist.`);
      y += 8;
      y = pb.para(L, y, W, `Nach den Angaben in der Klageschrift beträgt die monatliche Miete ${money(c.rent)}. Geltend gemacht werden rückständige Miete und Nutzungsentschädigung in Höhe von insgesamt ${money(c.arrearsClaim)}.`);
      y += 8;
      if (d.noticeShowsServed) { y = pb.para(L, y, W, `Die Klage ist der beklagten Partei am ${nb(fmtDate(c.claimServed, s.ds))} zugestellt worden.`); y += 8; }
      y = pb.para(L, y, W, d.noticeShowsHearing ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingText(c, s)}, im Gebäude des Amtsgerichts, ${nb(c.court.street)}.` : 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt. Sie erhalten hierüber gesonderte Nachricht.');
      y += 8;
      y = pb.para(L, y, W, 'Die Mitteilung soll Ihnen ermöglichen, Hilfen zur Sicherung der Unterkunft zu prüfen. Einer Rückäußerung bedarf es nicht.');
      y += 22;
      pb.text(L, y, 'Mit freundlichen Grüßen');
      pb.text(L, y + 34, `${rng.pick(['Ziegler', 'Frey', 'Roos'])}`);
      pb.text(L, y + 47, s.clerkTitle, { size: 9 });
      break;
    }
    case 'lines': {
      pb.text(L, y, 'Mitteilung über den Eingang einer Räumungsklage', { font: s.bold, size: 12 });
      y += 15;
      pb.text(L, y, '(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { size: 9 });
      y += 22;
      const V = L + 48 * MM;
      const row = (label: string, vals: string[]) => {
        pb.text(L, y, label, { font: s.bold });
        vals.forEach((v, i) => pb.text(V, y + i * 13, v));
        y += Math.max(1, vals.length) * 13 + 5;
      };
      row('Geschäftsnummer:', [nb(c.fileNo)]);
      row('Eingang der Klage:', [nb(fmtDate(c.claimReceived, s.ds))]);
      row(`${s.plaintiff}:`, [nb(c.landlord.name), `${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}`]);
      if (c.lawyer) row('Prozessbevollm.:', [c.lawyer.firm, `${nb(c.lawyer.street)}, ${nb(`${c.lawyer.postal} ${c.lawyer.city}`)}`]);
      row(`${s.defendant}:`, c.tenants.map((p) => surnameFirst(p)));
      row('Wohnung:', [streetLine(c.flat, s), ...(c.flat.addition ? [nb(c.flat.addition)] : []), cityLine(c.flat)]);
      row('Miete mtl.:', [money(c.rent)]);
      row('Rückstand:', [`${money(c.arrearsClaim)} (Miete und Nutzungsentschädigung)`]);
      row('Streitwert:', [streitwert]);
      if (d.noticeShowsServed) row('Zugestellt am:', [nb(fmtDate(c.claimServed, s.ds))]);
      row('Termin:', [d.noticeShowsHearing ? hearingText(c, s) : 'noch nicht bestimmt']);
      y += 10;
      y = pb.para(L, y, W, 'Hinweis: Die Mitteilung erfolgt von Amts wegen. Sie enthält Sozialdaten und ist vertraulich zu behandeln.', { size: 8.5 });
      y += 16;
      pb.text(L, y, `${s.clerkTitle} ${rng.pick(['Kraus', 'Hahn', 'Dietz'])}`);
      pb.text(L, y + 13, 'Urkundsbeamtin der Geschäftsstelle', { size: 8.5 });
      break;
    }
    case 'numbered': {
      pb.text(L, y, 'Mitteilung in Zivilsachen – Räumungssache', { font: s.bold, size: 11.5 });
      y += 15;
      pb.text(L, y, `(§ 22 Abs. 9 SGB II; § 36 Abs. 2 SGB XII)`, { size: 9.5 });
      y += 22;
      y = pb.para(L, y, W, `In dem Rechtsstreit ${nb(c.landlord.name)} gegen ${c.tenants.map((p) => fullName(p)).join(' u. a. ').split(' u. a. ')[0]}${c.tenants.length > 1 ? ' u. a.' : ''} wird Folgendes mitgeteilt:`);
      y += 8;
      const I = L + 8 * MM;
      const item = (n: string, head: string, body: string[]) => {
        pb.text(L, y, n, { font: s.bold });
        pb.text(I, y, head, { font: s.bold });
        y += 13;
        for (const b of body) y = pb.para(I, y, R - I, b);
        y += 6;
      };
      item('1.', 'Tag des Eingangs der Klage', [nb(fmtDate(c.claimReceived, s.ds))]);
      item('2.', 'Parteien', [
        `a) ${s.plaintiff}: ${nb(c.landlord.name)}, ${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}`,
        ...(c.lawyer ? [`    Prozessbevollmächtigte: ${c.lawyer.firm}, ${nb(c.lawyer.city)}`] : []),
        `b) ${s.defendant}: ${c.tenants.map((p) => fullName(p)).join('; ')}`,
        `    wohnhaft: ${addrOneLine(c.flat, s)}`,
      ]);
      item('3.', 'Höhe der monatlich zu entrichtenden Miete', [money(c.rent)]);
      item('4.', 'Höhe der geltend gemachten Mietrückstände und Nutzungsentschädigung', [money(c.arrearsClaim)]);
      item('5.', 'Termin zur mündlichen Verhandlung', [d.noticeShowsHearing ? hearingText(c, s) : 'Ein Termin ist noch nicht anberaumt.']);
      if (d.noticeShowsServed) item('6.', 'Rechtshängigkeit', [`Die Klage wurde am ${nb(fmtDate(c.claimServed, s.ds))} zugestellt.`]);
      y += 14;
      pb.text(L, y, `${c.court.place}, ${nb(fmtDate(d.letterDate, s.ds))}`);
      pb.text(L, y + 30, `${rng.pick(['Seitz', 'Wendel', 'Kern'])}, ${s.clerkTitle}`, { size: 9 });
      break;
    }
    case 'grid': {
      pb.text(L, y, 'Mitteilung an den Träger der Grundsicherung', { font: s.bold, size: 12 });
      y += 14;
      pb.text(L, y, 'gem. § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII – Räumungsklage wegen Mietrückständen', { size: 8.5 });
      y += 16;
      const box = (x: number, w: number, label: string, vals: string[]): number => {
        const h = 12 + vals.length * 12 + 6;
        pb.rect(x, y, w, h, { lw: 0.7 });
        pb.text(x + 3, y + 2.5, label, { size: 6.8 });
        vals.forEach((v, i) => pb.text(x + 5, y + 13 + i * 12, v, { size: 9.5 }));
        return h;
      };
      const half = W / 2;
      let h = Math.max(box(L, half, 'Aktenzeichen', [nb(c.fileNo)]), box(L + half, half, 'Eingang der Klage bei Gericht', [nb(fmtDate(c.claimReceived, s.ds))]));
      y += h;
      h = box(L, W, `${s.plaintiff} (Vermieter/in)`, [nb(c.landlord.name) + ', ' + nb(c.landlord.street) + ', ' + nb(`${c.landlord.postal} ${c.landlord.city}`), ...(c.lawyer ? [`vertreten durch: ${c.lawyer.firm}`] : [])]);
      y += h;
      h = box(L, W, `${s.defendant} (Mieter/in)`, c.tenants.map((p, i) => `${c.tenants.length > 1 ? `${i + 1}) ` : ''}${surnameFirst(p)}, ${born(p)}`));
      y += h;
      h = box(L, W, 'Anschrift der Wohnung (Räumungsobjekt)', [addrOneLine(c.flat, s)]);
      y += h;
      h = Math.max(box(L, half, 'Miete monatlich', [money(c.rent)]), box(L + half, half, 'Rückstand lt. Klage', [money(c.arrearsClaim)]));
      y += h;
      h = Math.max(box(L, half, 'Klage zugestellt am', [d.noticeShowsServed ? nb(fmtDate(c.claimServed, s.ds)) : '—']), box(L + half, half, 'Verhandlungstermin', [d.noticeShowsHearing ? nb(fmtDate(c.hearing.date, s.hds)) + ', ' + nb(fmtTime(c.hearing.time, s.ts) + ' Uhr') : 'noch nicht bestimmt', ...(d.noticeShowsHearing && c.hearing.room ? [nb(c.hearing.room)] : [])]));
      y += h + 16;
      y = pb.para(L, y, W, 'Bitte prüfen Sie in eigener Zuständigkeit, ob Leistungen zur Sicherung der Unterkunft in Betracht kommen.', { size: 9 });
      pb.text(L, y + 18, `Im Auftrag  ${rng.pick(['Ott', 'Lorenz', 'Hahn'])}`, { size: 9 });
      break;
    }
    case 'mono': {
      const M = 20 * MM;
      pb.text(M, y, 'MITTEILUNG NACH PAR. 22 ABS. 9 SGB II / PAR. 36 ABS. 2 SGB XII', { font: 'monoB', size: 9.5 });
      y += 13;
      pb.text(M, y, '='.repeat(62), { size: 9 });
      y += 16;
      pb.text(M, y, `IN SACHEN ${nb(c.landlord.name)}`, { size: 9 });
      y += 12;
      pb.text(M, y, `./. ${c.tenants.map((p) => upperSurname(p)).join(' U.A. ').split(' U.A. ')[0]}${c.tenants.length > 1 ? ' U.A.' : ''}`, { size: 9 });
      y += 20;
      const dots = (label: string, v: string) => { pb.text(M, y, `${label.padEnd(30, '.')}: ${v}`, { size: 9 }); y += 12.5; };
      dots('EINGANG DER KLAGE', nb(fmtDate(c.claimReceived, s.ds)));
      dots(s.plaintiff, nb(c.landlord.name));
      dots('  ANSCHRIFT', `${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}`);
      if (c.lawyer) dots('  PROZESSBEVOLLMAECHTIGTE', c.lawyer.firm);
      c.tenants.forEach((p, i) => dots(i === 0 ? s.defendant : '', `${upperSurname(p)}, ${born(p)}`));
      dots('WOHNUNG', `${streetLine(c.flat, s)}${c.flat.addition ? ', ' + nb(c.flat.addition) : ''}`);
      dots('', cityLine(c.flat));
      dots('MIETE MONATLICH', money(c.rent));
      dots('RUECKSTAND/NUTZUNGSENTSCH.', money(c.arrearsClaim));
      dots('STREITWERT', streitwert);
      dots('ZUSTELLUNG DER KLAGE', d.noticeShowsServed ? nb(fmtDate(c.claimServed, s.ds)) : 'NOCH NICHT ZUGESTELLT');
      dots('TERMIN', d.noticeShowsHearing ? `${nb(fmtDate(c.hearing.date, 'dmy'))} ${nb(fmtTime(c.hearing.time, s.ts) + ' Uhr')}` : 'NOCH NICHT BESTIMMT');
      if (d.noticeShowsHearing && c.hearing.room) dots('SITZUNGSSAAL', nb(c.hearing.room));
      y += 14;
      pb.text(M, y, 'DIESES SCHREIBEN WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GUELTIG.', { size: 8 });
      pb.text(M, y + 12, `${s.clerkTitle.toUpperCase()} ${rng.pick(['WEBER', 'KUHN', 'BECKER'])}`, { size: 8 });
      break;
    }
    case 'checkbox': {
      pb.text(L, y, 'Mitteilung gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'sansB', size: 11.5 });
      y += 20;
      const cb = (on: boolean, text: string) => { pb.text(L, y, `${on ? '☒' : '☐'} ${text}`); y += 14; };
      pb.text(L, y, 'In dem Rechtsstreit', { size: 9 }); y += 13;
      pb.text(L + 8 * MM, y, `${nb(c.landlord.name)}, ${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}`); y += 13;
      pb.text(L + 8 * MM, y, `– ${s.plaintiff} –`, { size: 9 }); y += 13;
      if (c.lawyer) { pb.text(L + 8 * MM, y, `Prozessbevollmächtigte: ${c.lawyer.firm}, ${nb(c.lawyer.city)}`, { size: 9 }); y += 13; }
      pb.text(L, y, 'gegen', { size: 9 }); y += 13;
      for (const p of c.tenants) { pb.text(L + 8 * MM, y, titled(p)); y += 13; }
      pb.text(L + 8 * MM, y, `${c.tenants.length > 1 ? 'beide wohnhaft' : 'wohnhaft'}: ${addrOneLine(c.flat, s)}`.replace('beide', c.tenants.length > 2 ? 'alle' : 'beide')); y += 13;
      pb.text(L + 8 * MM, y, `– ${s.defendant} –`, { size: 9 }); y += 20;
      cb(true, `Die Räumungsklage ist am ${nb(fmtDate(c.claimReceived, s.ds))} bei Gericht eingegangen.`);
      cb(d.noticeShowsServed, d.noticeShowsServed ? `Die Klage wurde am ${nb(fmtDate(c.claimServed, s.ds))} zugestellt.` : 'Die Klage wurde zugestellt am: ____________');
      cb(true, `Die monatliche Miete beträgt ${money(c.rent)}.`);
      cb(true, `Der geltend gemachte Rückstand beträgt ${money(c.arrearsClaim)}.`);
      if (d.noticeShowsHearing) {
        cb(true, 'Termin zur mündlichen Verhandlung ist bestimmt auf');
        pb.text(L + 6 * MM, y, hearingText(c, s)); y += 16;
      } else cb(false, 'Termin zur mündlichen Verhandlung ist bestimmt auf: ____________');
      cb(false, 'Die Nichtzahlung beruht erkennbar nicht auf Zahlungsunfähigkeit.');
      y += 12;
      y = pb.para(L, y, W, 'Sie erhalten diese Mitteilung zur Prüfung, ob die Übernahme der Mietrückstände oder andere Hilfen zur Vermeidung von Wohnungslosigkeit in Betracht kommen.', { size: 9 });
      pb.text(L, y + 16, `${rng.pick(['Bauer', 'Frey', 'Kern'])}`, { size: 9.5 });
      pb.text(L, y + 28, s.clerkTitle, { size: 8.5 });
      break;
    }
  }
  return { pages: [pb.page], truth: t, layout: `ag-${c.court.key}-mitteilung`, sender: c.court.name };
}

// ---------------------------------------------------------------- summons
export function courtSummons(c: Case, d: DocSpec, rng: Rng): Built {
  const s = STYLES[c.court.key] as CourtStyle;
  const pb = new PageBuilder(s.font, s.size);
  const t = new Truth();
  const L = s.head === 'saar' ? 20 * MM : 25 * MM, R = pb.w - 20 * MM, W = R - L;
  t.set('court', c.court.name, 1);
  t.set('fileNumber', c.fileNo, 1);
  setParties(t, c, 1, false);
  setHearing(t, c, 1);
  let y: number;
  const up = (x: string) => (s.head === 'saar' ? x.toUpperCase() : x);
  switch (s.summons) {
    case 'ladung': {
      y = courtHead(pb, c, s, d.letterDate, rng, tenantWindow(c, s, rng.pick(['titled', 'herr-frau'] as const)));
      pb.text(L, y, 'Ladung zum Termin', { font: s.bold, size: 12 });
      y += 20;
      y = pb.para(L, y, W, `In dem Rechtsstreit ${nb(c.landlord.name)} ./. ${c.tenants.map((p) => fullName(p)).join(', ')} wegen Räumung und Zahlung`);
      y += 8;
      y = pb.para(L, y, W, `werden Sie zu dem Termin zur Güteverhandlung und mündlichen Verhandlung geladen. Der Termin findet statt am`);
      y += 6;
      pb.text(L + 10 * MM, y, nb(fmtDate(c.hearing.date, s.hds)) + ', ' + nb(fmtTime(c.hearing.time, s.ts) + ' Uhr'), { font: s.bold, size: 11 });
      y += 15;
      if (c.hearing.room) { pb.text(L + 10 * MM, y, `${nb(c.hearing.room)}, ${c.court.name}, ${nb(c.court.street)}`); y += 15; }
      y += 6;
      const rec = d.letterDate > c.claimReceived && rng.chance(0.5);
      if (rec) { t.set('claimReceived', c.claimReceived, 1); y = pb.para(L, y, W, `Die Klageschrift ist bei Gericht am ${nb(fmtDate(c.claimReceived, s.ds))} eingegangen; eine Abschrift wurde Ihnen bereits zugestellt.`); y += 6; }
      y = pb.para(L, y, W, 'Das persönliche Erscheinen der Parteien wird angeordnet. Erscheinen Sie nicht, kann gegen Sie auf Antrag ein Versäumnisurteil ergehen, durch das Sie zur Räumung der Wohnung und zur Zahlung verurteilt werden können. Beachten Sie bitte die beigefügten Hinweise.', { size: 9.5 });
      y += 10;
      y = pb.para(L, y, W, `Wenn Sie Ihre Miete nicht zahlen können, wenden Sie sich bitte umgehend an das Jobcenter oder das Sozialamt Ihrer Gemeinde. Bis zum Ablauf von zwei Monaten nach Zustellung der Klage kann die fristlose Kündigung durch Zahlung unwirksam werden.`, { size: 9.5 });
      y += 22;
      pb.text(L, y, `Auf Anordnung des Gerichts`, { size: 9.5 });
      pb.text(L, y + 26, `${rng.pick(['Bader', 'Kuhn', 'Ott'])}, ${s.clerkTitle}`, { size: 9.5 });
      break;
    }
    case 'nachricht': {
      y = courtHead(pb, c, s, d.letterDate, rng, recipientAuthority(c));
      pb.text(L, y, 'Terminsnachricht', { font: s.bold, size: 12 });
      y += 14;
      pb.text(L, y, 'zur Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { size: 9 });
      y += 20;
      const rec = rng.chance(0.6);
      y = pb.para(L, y, W, `In der Räumungssache ${nb(c.landlord.name)} gegen ${tenantsProse(c.tenants, 'plain')}${rec ? ` (Klageeingang: ${nb(fmtDate(c.claimReceived, s.ds))})` : ''} wird ergänzend mitgeteilt, dass Termin zur mündlichen Verhandlung bestimmt worden ist.`);
      if (rec) t.set('claimReceived', c.claimReceived, 1);
      y += 10;
      const V = L + 45 * MM;
      const row = (l: string, v: string) => { pb.text(L, y, l, { font: s.bold }); pb.text(V, y, v); y += 15; };
      row('Terminstag:', nb(fmtDate(c.hearing.date, s.hds)));
      row('Uhrzeit:', nb(fmtTime(c.hearing.time, s.ts) + ' Uhr'));
      if (c.hearing.room) row('Sitzungssaal:', nb(c.hearing.room));
      row('Wohnung:', addrOneLine(c.flat, s));
      y += 10;
      y = pb.para(L, y, W, 'Die Parteien sind geladen. Die Mitteilung dient der rechtzeitigen Prüfung von Hilfen zur Wohnungssicherung.', { size: 9 });
      pb.text(L, y + 20, `Im Auftrag`, { size: 9 });
      pb.text(L, y + 44, `${rng.pick(['Engel', 'Frey', 'Hahn'])}`, { size: 9 });
      break;
    }
    case 'verfuegung': {
      y = courtHead(pb, c, s, d.letterDate, rng, recipientAuthority(c));
      pb.text(L, y, up('Terminsbestimmung'), { font: s.bold, size: 11.5 });
      y += 18;
      pb.text(L, y, up('In dem Rechtsstreit'), { size: s.size }); y += 13;
      pb.text(L + 6 * MM, y, nb(c.landlord.name) + ' – ' + up(s.plaintiff.replace('/in', 'in')) + ' –', {}); y += 13;
      if (c.lawyer) { pb.text(L + 6 * MM, y, up('Prozessbevollmächtigte: ') + c.lawyer.firm, { size: s.size - 0.5 }); y += 13; }
      pb.text(L, y, up('gegen'), {}); y += 13;
      c.tenants.forEach((p, i) => { pb.text(L + 6 * MM, y, `${i + 1}. ${s.head === 'saar' ? upperSurname(p) : surnameFirst(p)}`); y += 13; });
      pb.text(L + 6 * MM, y, `${c.tenants.length > 1 ? up('sämtlich wohnhaft') : up('wohnhaft')} ${addrOneLine(c.flat, s)}`); y += 13;
      pb.text(L + 6 * MM, y, '– ' + up('Beklagte') + ' –'); y += 20;
      pb.text(L, y, up('wegen Räumung'), {}); y += 18;
      pb.text(L, y, up('Verfügung'), { font: s.bold }); y += 16;
      y = pb.para(L, y, W, `1. ${up('Termin zur Güteverhandlung und zum sich ggf. unmittelbar anschließenden Haupttermin wird bestimmt auf')}`);
      pb.text(L + 5 * MM, y + 2, `${nb(fmtDate(c.hearing.date, s.hds))}, ${nb(fmtTime(c.hearing.time, s.ts) + ' Uhr')}${c.hearing.room ? ', ' + nb(c.hearing.room) : ''}`, { font: s.bold });
      y += 20;
      y = pb.para(L, y, W, `2. ${up('Das persönliche Erscheinen der Parteien wird angeordnet (§ 141 ZPO).')}`);
      y = pb.para(L, y, W, `3. ${up('Nachricht an das Jobcenter / den Träger der Sozialhilfe.')}`);
      y += 16;
      pb.text(L, y, `${c.court.place}, ${nb(fmtDate(d.letterDate, s.ds))}`);
      pb.text(L, y + 14, `${rng.pick(['Dr. Kessler', 'Brandt', 'Wiegand', 'Lindner'])}, ${up('Richter/in am Amtsgericht')}`);
      break;
    }
  }
  return { pages: [pb.page], truth: t, layout: `ag-${c.court.key}-termin`, sender: c.court.name };
}

// ---------------------------------------------------------------- judgments
const KIND_TITLE = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' } as const;

export function courtJudgment(c: Case, d: DocSpec, rng: Rng): Built {
  const s = STYLES[c.court.key] as CourtStyle;
  const font: FontKey = s.font === 'mono' ? 'serif' : s.font;
  const bold: FontKey = s.font === 'mono' ? 'serifB' : s.bold;
  const pb = new PageBuilder(font, 10.5);
  const t = new Truth();
  const L = 25 * MM, R = pb.w - 22 * MM, W = R - L;
  const j = c.judgment;
  const money = (v: number) => nb(fmtMoney(v, s.ms));
  t.set('court', c.court.name, 1);
  t.set('fileNumber', c.fileNo, 1);
  setParties(t, c, 1, false);
  t.set('judgmentKind', j.kind, 1);
  let y = 16 * MM;
  pb.text(L, y, `${s.azLabel === 'GESCHAEFTSNUMMER' ? 'Geschäftsnummer' : s.azLabel}: ${nb(c.fileNo)}`, { size: 10 });
  const verk = j.kind !== 'raeumungsurteil' && rng.chance(0.4);
  pb.text(R, y, verk ? 'Erlassen durch Zustellung' : nb(`Verkündet am ${fmtDate(j.date, 'dmy')}`), { size: 9, align: 'right' });
  pb.text(R, y + 12, `${rng.pick(['Weber', 'Kuhn', 'Roos'])}, ${s.clerkTitle}`, { size: 8, align: 'right' });
  y += 40;
  pb.text(pb.w / 2, y, c.court.name, { font: bold, size: 13, align: 'center' });
  y += 26;
  pb.text(pb.w / 2, y, 'Im Namen des Volkes', { font: bold, size: 12, align: 'center' });
  y += 22;
  pb.text(pb.w / 2, y, KIND_TITLE[j.kind], { font: bold, size: 14, align: 'center' });
  y += 28;
  pb.text(L, y, 'In dem Rechtsstreit');
  y += 18;
  const l = c.landlord;
  y = pb.para(L + 8 * MM, y, W - 8 * MM, `${nb(l.name)}, ${nb(l.street)}, ${nb(`${l.postal} ${l.city}`)}`);
  pb.text(R, y, l.female || l.kind !== 'private' ? '– Klägerin –' : '– Kläger –', { align: 'right' });
  y += 14;
  if (c.lawyer) { y = pb.para(L + 8 * MM, y, W - 8 * MM, `Prozessbevollmächtigte: ${c.lawyer.firm}, ${nb(c.lawyer.street)}, ${nb(`${c.lawyer.postal} ${c.lawyer.city}`)}`, { size: 9.5 }); y += 6; }
  pb.text(L, y, 'gegen'); y += 18;
  const multi = c.tenants.length > 1;
  c.tenants.forEach((p, i) => {
    pb.text(L + 8 * MM, y, `${multi ? `${i + 1}. ` : ''}${titled(p)},`);
    y += 14;
  });
  pb.text(L + 8 * MM, y, `${multi ? 'sämtlich wohnhaft' : 'wohnhaft'} ${addrOneLine(c.flat, s)}`);
  y += 14;
  pb.text(R, y, multi ? '– Beklagte –' : c.tenants[0]?.female ? '– Beklagte –' : '– Beklagter –', { align: 'right' });
  y += 20;
  pb.text(L, y, 'wegen Räumung und Zahlung'); y += 20;
  const judge = rng.pick(['Dr. Kessler', 'Brandt', 'Wiegand', 'Dr. Heinemann', 'Lindner', 'Schwab']);
  const pastHearing = j.kind === 'raeumungsurteil' ? c.hearing.date : null;
  if (j.kind === 'raeumungsurteil') y = pb.para(L, y, W, `hat das ${c.court.name} durch die Richterin am Amtsgericht ${judge} auf Grund der mündlichen Verhandlung vom ${nb(fmtDate(pastHearing as string, 'dmy'))} für Recht erkannt:`);
  else if (j.kind === 'versaeumnisurteil') y = pb.para(L, y, W, rng.chance(0.5) ? `hat das ${c.court.name} durch den Richter am Amtsgericht ${judge} im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${nb(fmtDate(j.date, 'dmy'))} für Recht erkannt:` : `hat das ${c.court.name} durch den Richter am Amtsgericht ${judge} auf Grund der mündlichen Verhandlung vom ${nb(fmtDate(j.date, 'dmy'))}, in der die beklagte Partei trotz ordnungsgemäßer Ladung nicht erschienen ist, für Recht erkannt:`);
  else y = pb.para(L, y, W, `hat das ${c.court.name} durch die Richterin ${judge} am ${nb(fmtDate(j.date, 'dmy'))} auf Grund des Anerkenntnisses der beklagten Partei für Recht erkannt:`);
  t.set('judgmentDate', j.date, 1);
  y += 10;
  const bekl = multi ? 'Die Beklagten werden' : `${c.tenants[0]?.female ? 'Die Beklagte' : 'Der Beklagte'} wird`;
  const wohnung = `die Wohnung ${c.flat.addition ? `(${nb(c.flat.addition)}) ` : ''}im Anwesen ${streetLine(c.flat, s)}, ${cityLine(c.flat)}, bestehend aus ${c.rooms},`;
  y = pb.para(L, y, W, `1. ${bekl}${multi ? ' als Gesamtschuldner' : ''} verurteilt, ${wohnung} zu räumen und geräumt an ${l.kind === 'private' && !l.female ? 'den Kläger' : 'die Klägerin'} herauszugeben.`);
  y += 4;
  y = pb.para(L, y, W, `2. ${bekl} verurteilt, an ${l.kind === 'private' && !l.female ? 'den Kläger' : 'die Klägerin'} ${money(c.arrearsJudgment)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${nb(fmtDate(addDays(c.claimServed, 1), 'dmy'))} zu zahlen.`);
  t.set('arrears', c.arrearsJudgment, 1);
  y += 4;
  let n = 3;
  if (j.vacate) {
    y = pb.para(L, y, W, `${n}. ${multi ? 'Den Beklagten' : c.tenants[0]?.female ? 'Der Beklagten' : 'Dem Beklagten'} wird eine Räumungsfrist bis zum ${nb(fmtDate(j.vacate, s.ds === 'long' || s.ds === 'long-pad' ? 'long' : 'dmy'))} gewährt.`);
    t.set('vacateDeadline', j.vacate, 1);
    y += 4; n++;
  }
  y = pb.para(L, y, W, `${n}. ${multi ? 'Die Beklagten tragen' : `${c.tenants[0]?.female ? 'Die Beklagte' : 'Der Beklagte'} trägt`} die Kosten des Rechtsstreits.`); y += 4; n++;
  y = pb.para(L, y, W, `${n}. Das Urteil ist vorläufig vollstreckbar.${j.kind === 'raeumungsurteil' ? ' Die Beklagtenseite kann die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden, wenn nicht die Klägerseite vor der Vollstreckung Sicherheit in gleicher Höhe leistet.' : ''}`);
  y += 4;
  pb.text(L, y + 4, `Streitwert: ${nb(fmtMoney(c.rent * 12 + c.arrearsJudgment, s.ms))}`, { size: 9.5 });
  y += 26;
  const pages = [pb.page];
  if (j.kind === 'raeumungsurteil') {
    // two-page contested judgment: reasons on page 2
    const p2 = new PageBuilder(font, 10.5);
    let y2 = 18 * MM;
    p2.text(R, y2, `${nb(c.fileNo)} – Seite 2`, { size: 8.5, align: 'right' });
    y2 += 20;
    p2.text(pb.w / 2, y2, 'Tatbestand', { font: bold, size: 11.5, align: 'center' }); y2 += 20;
    y2 = p2.para(L, y2, W, `Die Parteien verbindet seit dem ${nb(fmtDate(c.leaseStart, 'dmy'))} ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die monatliche Miete beträgt ${money(c.rent)} einschließlich Vorauszahlungen auf die Betriebskosten.`);
    y2 += 6;
    y2 = p2.para(L, y2, W, `Mit Schreiben vom ${nb(fmtDate(c.terminationDate, 'dmy'))} kündigte die Klägerseite das Mietverhältnis wegen eines Rückstands von ${money(c.arrearsTermination)} fristlos${c.ordinaryTermination ? ', hilfsweise ordentlich' : ''}. Die Klage ist am ${nb(fmtDate(c.claimReceived, 'dmy'))} bei Gericht eingegangen und der beklagten Partei am ${nb(fmtDate(c.claimServed, 'dmy'))} zugestellt worden.`);
    y2 += 6;
    y2 = p2.para(L, y2, W, 'Die Klägerseite beantragt, wie erkannt. Die beklagte Partei beantragt, die Klage abzuweisen, hilfsweise ihr eine angemessene Räumungsfrist zu gewähren. Sie trägt vor, die Rückstände beruhten auf einer verspäteten Bewilligung von Leistungen.');
    y2 += 14;
    p2.text(pb.w / 2, y2, 'Entscheidungsgründe', { font: bold, size: 11.5, align: 'center' }); y2 += 20;
    y2 = p2.para(L, y2, W, `Die zulässige Klage ist begründet. Der Klägerseite steht ein Anspruch auf Räumung und Herausgabe aus § 546 Abs. 1, § 985 BGB zu. Das Mietverhältnis ist durch die fristlose Kündigung gemäß § 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 BGB beendet worden. Eine Befriedigung innerhalb der Schonfrist des § 569 Abs. 3 Nr. 2 BGB ist nicht erfolgt.`);
    y2 += 6;
    y2 = p2.para(L, y2, W, `Der Zahlungsanspruch folgt aus § 535 Abs. 2 BGB sowie § 546a BGB. Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711 ZPO.${j.vacate ? ' Die Räumungsfrist beruht auf § 721 ZPO; sie berücksichtigt die Interessen beider Seiten.' : ''}`);
    y2 += 14;
    p2.text(L, y2, 'Rechtsbehelfsbelehrung:', { font: bold }); y2 += 14;
    y2 = p2.para(L, y2, W, `Gegen dieses Urteil ist das Rechtsmittel der Berufung gegeben, wenn der Wert des Beschwerdegegenstandes 600 Euro übersteigt. Die Berufung ist binnen einer Notfrist von einem Monat bei dem Landgericht einzulegen.`, { size: 9.5 });
    y2 += 24;
    p2.text(L, y2, judge);
    p2.text(L, y2 + 13, 'Richterin am Amtsgericht', { size: 9 });
    pages.push(p2.page);
  } else {
    pb.text(L, y, 'Rechtsbehelfsbelehrung:', { font: bold, size: 10 }); y += 14;
    const txt = j.kind === 'versaeumnisurteil'
      ? `Gegen dieses Versäumnisurteil kann die beklagte Partei Einspruch einlegen. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem ${c.court.name}, ${nb(c.court.street)}, ${nb(`${c.court.postal} ${c.court.city}`)}, einzulegen. Die Frist beginnt mit der Zustellung dieses Urteils.`
      : `Gegen dieses Urteil ist die Berufung zulässig, wenn der Wert des Beschwerdegegenstandes 600 Euro übersteigt. Sie ist binnen eines Monats nach Zustellung bei dem Landgericht einzulegen.`;
    y = pb.para(L, y, W, txt, { size: 9 });
    y += 18;
    pb.text(L, y, judge);
    pb.text(L, y + 13, 'Richter/in am Amtsgericht', { size: 9 });
  }
  return { pages, truth: t, layout: `ag-${c.court.key}-urteil`, sender: c.court.name };
}

