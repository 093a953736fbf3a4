// Court forms: each Amtsgericht has its own notice, hearing and judgment form.
import { mm, PW, type FontKey, type Doc } from './render.js';
import { fmtDate, fmtMoney, fmtTime, type DateStyle, type MoneyStyle, type TimeStyle, type Fields } from './lib.js';
import { addrTruth, empty, ensure, footer, infoBlock, recipientLines, row, windowBlock, type FormCtx, type FormFn } from './common.js';
import { birthStr, cityLine, fmtName, fullName, landlordPrinted, streetLine, tenantsInline, type Case, type NameStyle, type Person } from './model.js';
import type { Court, CourtKey } from './data.js';

type CourtStyle = {
  notice: 'labels' | 'prose' | 'table' | 'numbered' | 'mono' | 'boxed';
  hearing: 'letter' | 'form' | 'mono';
  judgment: 'classic' | 'compact';
  font: FontKey; bold: FontKey;
  ds: DateStyle; ms: MoneyStyle; ts: TimeStyle;
  abbr: boolean; names: NameStyle; birth: number; // probability to print birth dates
  header: 'left' | 'center' | 'state';
  variant: 0 | 1;
};

export const COURT_STYLES: Record<CourtKey, CourtStyle> = {
  hannover: { notice: 'labels', hearing: 'letter', judgment: 'classic', font: 'sans', bold: 'sansB', ds: 'dmy', ms: 'eur-sign', ts: 'colon-uhr', abbr: true, names: 'full', birth: 0.5, header: 'left', variant: 0 },
  braunschweig: { notice: 'table', hearing: 'form', judgment: 'compact', font: 'lsans', bold: 'lsansB', ds: 'dmy', ms: 'EUR', ts: 'dot-uhr', abbr: false, names: 'comma', birth: 0.7, header: 'state', variant: 0 },
  goettingen: { notice: 'prose', hearing: 'letter', judgment: 'classic', font: 'serif', bold: 'serifB', ds: 'long', ms: 'eur-sign', ts: 'short-uhr', abbr: false, names: 'titled', birth: 0.2, header: 'center', variant: 0 },
  osnabrueck: { notice: 'numbered', hearing: 'mono', judgment: 'compact', font: 'cond', bold: 'condB', ds: 'dmy', ms: 'Euro', ts: 'colon-uhr', abbr: true, names: 'upper-comma', birth: 0.6, header: 'left', variant: 1 },
  wiesbaden: { notice: 'boxed', hearing: 'form', judgment: 'classic', font: 'lsans', bold: 'lsansB', ds: 'dmy', ms: 'pre-sign', ts: 'colon-uhr', abbr: true, names: 'upper', birth: 0.8, header: 'state', variant: 1 },
  giessen: { notice: 'labels', hearing: 'mono', judgment: 'compact', font: 'narrow', bold: 'narrowB', ds: 'wd-dmy', ms: 'EUR-pre', ts: 'dot-uhr', abbr: false, names: 'comma', birth: 0.4, header: 'center', variant: 1 },
  fulda: { notice: 'mono', hearing: 'letter', judgment: 'classic', font: 'lserif', bold: 'lserifB', ds: 'dm-yy', ms: 'EUR', ts: 'dot-uhr', abbr: true, names: 'upper-comma', birth: 0.9, header: 'state', variant: 1 },
  erfurt: { notice: 'table', hearing: 'form', judgment: 'compact', font: 'sans', bold: 'sansB', ds: 'dmy', ms: 'eur-sign', ts: 'colon', abbr: true, names: 'upper', birth: 0.5, header: 'left', variant: 1 },
  jena: { notice: 'prose', hearing: 'mono', judgment: 'classic', font: 'lserif', bold: 'lserifB', ds: 'long-pad', ms: 'Euro', ts: 'colon-uhr', abbr: false, names: 'full', birth: 0.3, header: 'center', variant: 1 },
};

export const courtSlug = (k: CourtKey): string => k;

const STATE_LINE: Record<string, string> = { Niedersachsen: 'Niedersächsische Justiz', Hessen: 'Land Hessen · Justiz', Thüringen: 'Freistaat Thüringen' };

function courtHeader(x: FormCtx, st: CourtStyle, title2: string): number {
  const { d, c } = x;
  const ct = c.court;
  if (st.header === 'left') {
    d.text(mm(20), mm(15), ct.name, { font: st.bold, size: 15 });
    d.text(mm(20), mm(15) + 19, title2, { font: st.font, size: 9 });
  } else if (st.header === 'center') {
    d.text(0, mm(14), ct.name.toUpperCase(), { font: st.bold, size: 14, w: PW, align: 'center', spacing: 1.5 });
    d.text(0, mm(14) + 18, title2, { font: st.font, size: 9, w: PW, align: 'center' });
    d.hline(mm(20), PW - mm(20), mm(14) + 32, 0.8);
  } else {
    d.text(mm(20), mm(12), STATE_LINE[ct.state] ?? '', { font: st.font, size: 8, color: '#444444' });
    d.rect(mm(20), mm(12) + 11, mm(6), mm(6), 0.8, '#bbbbbb');
    d.text(mm(28), mm(12) + 11, ct.name, { font: st.bold, size: 13 });
    d.text(mm(28), mm(12) + 27, title2, { font: st.font, size: 8.5 });
  }
  return mm(40);
}

function courtReturn(ct: Court): string {
  return `${ct.name}, ${ct.street}, ${ct.postal} ${ct.place}`;
}

function courtFooter(x: FormCtx, st: CourtStyle): void {
  const ct = x.c.court;
  const r = x.r;
  footer(x.d, [
    `Hausanschrift: ${ct.street}, ${ct.postal} ${ct.place} · Telefon ${ct.phone} · Telefax ${ct.phone.replace(/-0$/, '-' + r.int(200, 499))}`,
    `Sprechzeiten der Geschäftsstellen: Mo–Fr ${r.pick(['8.30–12.00', '9.00–12.00', '8.00–12.30'])} Uhr · Barrierefreier Zugang über den ${r.pick(['Seiteneingang', 'Hof', 'Nebeneingang'])}`,
    `Zahlungen an die Landesjustizkasse: IBAN DE${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} 00${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(10, 99)} · Kassenzeichen bitte stets angeben`,
  ], st.font, 6.8);
}

function tenantLines(ps: Person[], st: CourtStyle, withBirth: boolean): string[] {
  return ps.map((p) => (withBirth ? `${fmtName(p, st.names)}, ${birthStr(p, st.variant ? 'geb' : 'star', 'dmy')}` : fmtName(p, st.names)));
}
function tenantTruth(ps: Person[], withBirth: boolean): NonNullable<Fields['tenants']> {
  return ps.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birth : null }));
}
function landlordLine(c: Case): string {
  const l = c.landlord;
  return `${landlordPrinted(l, true)}, ${l.street}, ${l.postal} ${l.city}`;
}
function lawyerLine(c: Case): string | null {
  if (!c.lawyer) return null;
  return `${c.lawyer.firm}, ${c.lawyer.street}, ${c.lawyer.postal} ${c.lawyer.city}`;
}
function hearingStr(c: Case, st: CourtStyle, withWd: boolean): string {
  const ds: DateStyle = withWd ? (st.ds === 'long' || st.ds === 'long-pad' ? 'wd-long' : 'wd-dmy') : st.ds;
  return `${fmtDate(c.hearing.date, ds)}, ${fmtTime(c.hearing.time, st.ts)}${st.ts === 'colon' ? ' Uhr' : ''}, ${c.hearing.room}`;
}

// ====================================================================================
// court_notice
// ====================================================================================
export const noticeForm: FormFn = (x) => {
  const st = COURT_STYLES[x.c.court.key];
  const f = empty();
  const { c, r } = x;
  f.court = c.court.name;
  f.fileNumber = c.fileNo;
  f.landlord = c.landlord.name;
  f.address = addrTruth(c);
  f.claimReceived = c.claimReceived;
  f.monthlyRent = c.rent;
  f.arrears = c.arrears;
  const withBirth = r.chance(st.birth);
  f.tenants = tenantTruth(c.tenants, withBirth);
  const hearingSet = r.chance(0.45);
  f.hearing = hearingSet ? { ...c.hearing } : null;
  const served = r.chance(0.3);
  f.claimServed = served ? c.claimServed : null;
  const ctx = { st, withBirth, hearingSet, served };
  switch (st.notice) {
    case 'labels': noticeLabels(x, ctx); break;
    case 'prose': noticeProse(x, ctx); break;
    case 'table': noticeTable(x, ctx); break;
    case 'numbered': noticeNumbered(x, ctx); break;
    case 'mono': noticeMono(x, ctx); break;
    case 'boxed': noticeBoxed(x, ctx); break;
  }
  return f;
};
type NCtx = { st: CourtStyle; withBirth: boolean; hearingSet: boolean; served: boolean };

function lawRef(x: FormCtx): string {
  return x.c.agency.kind === 'sozialamt' ? '§ 36 Abs. 2 SGB XII' : '§ 22 Abs. 9 SGB II';
}

function noticeLabels(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  courtHeader(x, st, st.variant ? 'Abteilung für Zivilsachen' : '– Zivilabteilung –');
  windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
  const ib = infoBlock(d, mm(125), mm(50), [
    [st.variant ? 'Geschäfts-Nr.:' : 'Aktenzeichen:', c.fileNo.replace(' C ', st.variant ? 'C ' : ' C ')],
    ['Datum:', fmtDate(x.date, 'dmy')],
    ['Durchwahl:', `${c.court.phone.replace(/-0$/, '')}-${r.int(210, 689)}`],
    ['Bearbeiter/in:', r.pick(['Frau Kaiser, JHSekr\'in', 'Herr Ohlrogge, JAng', 'Frau Demuth', 'Herr Siebels'])],
    ['Bitte bei Antwort angeben', ''],
  ], st.font, 8.5, 62);
  let y = Math.max(ib, mm(100));
  d.text(mm(20), y, st.variant ? `Räumungsrechtsstreit – Mitteilung gemäß ${lawRef(x)}` : `Mitteilung nach ${lawRef(x)} (Mitteilungen in Zivilsachen)`, { font: st.bold, size: 11 });
  y += 22;
  y = d.para(mm(20), y, PW - mm(40), st.variant
    ? 'In nachstehender Sache ist eine Klage auf Räumung von Wohnraum erhoben worden, die (auch) auf Zahlungsverzug gestützt ist. Wir geben folgende Angaben bekannt:'
    : 'Bei dem Amtsgericht ist eine Klage auf Räumung von Wohnraum wegen Kündigung des Mietverhältnisses aufgrund von Zahlungsverzug eingegangen. Die Mitteilung erfolgt zur Wahrnehmung Ihrer Aufgaben.', { font: st.font, size: 10 });
  y += 8;
  const L = st.variant
    ? ['Tag des Klageeingangs:', 'Vermieter/in (Kläger/in):', 'vertreten durch:', 'Mieter/in (Beklagte/r):', 'Anschrift des Mietobjekts:', 'Höhe der Miete mtl.:', 'Geltend gemachte Rückstände:', 'Mündliche Verhandlung:', 'Zustellung der Klage:']
    : ['Eingang der Klage:', 'Klagende Partei:', 'Prozessbevollm.:', 'Beklagte Partei:', 'Wohnung:', 'Monatsmiete:', 'Rückstand (Miete/Nutzungsentschädigung):', 'Verhandlungstermin:', 'Rechtshängigkeit:'];
  const vx = mm(20) + (st.variant ? 130 : 150);
  const sz = 10;
  y = row(d, mm(20), vx, y, L[0] as string, fmtDate(c.claimReceived, st.ds), st.font, st.bold, sz) + 4;
  y = row(d, mm(20), vx, y, L[1] as string, landlordLine(c), st.font, st.bold, sz) + 4;
  const law = lawyerLine(c);
  if (law) y = row(d, mm(20), vx, y, L[2] as string, law, st.font, st.font, sz) + 4;
  const tl = tenantLines(c.tenants, st, n.withBirth);
  tl.forEach((t, i) => { y = row(d, mm(20), vx, y, i === 0 ? (L[3] as string) : '', `${c.tenants.length > 1 ? `${i + 1}. ` : ''}${t}`, st.font, st.bold, sz); });
  y += 4;
  y = row(d, mm(20), vx, y, L[4] as string, `${streetLine(c, st.abbr)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}`, st.font, st.bold, sz) + 4;
  y = row(d, mm(20), vx, y, L[5] as string, fmtMoney(c.rent, st.ms), st.font, st.bold, sz) + 4;
  y = row(d, mm(20), vx, y, L[6] as string, `${fmtMoney(c.arrears, st.ms)}${r.chance(0.5) ? ` (Stand: ${fmtDate(c.termination.date, 'dmy')})` : ''}`, st.font, st.bold, sz) + 4;
  y = row(d, mm(20), vx, y, L[7] as string, n.hearingSet ? hearingStr(c, st, true) : r.pick(['noch nicht bestimmt', 'noch nicht anberaumt', 'wird gesondert mitgeteilt']), st.font, st.bold, sz) + 4;
  if (n.served) y = row(d, mm(20), vx, y, L[8] as string, `Klage zugestellt am ${fmtDate(c.claimServed, 'dmy')}`, st.font, st.bold, sz) + 4;
  else if (r.chance(0.5)) y = row(d, mm(20), vx, y, L[8] as string, 'Zustellung noch nicht nachgewiesen', st.font, st.font, sz) + 4;
  y += 6;
  if (r.chance(0.6)) { y = row(d, mm(20), vx, y, 'Streitwert (vorläufig):', fmtMoney(c.rent * 12 + c.arrears, st.ms), st.font, st.font, 9) + 6; }
  y = ensure(d, y, 90);
  y = d.para(mm(20), y + 6, PW - mm(40), 'Die Angaben beruhen auf der Klageschrift; eine Prüfung durch das Gericht ist nicht erfolgt. Diese Mitteilung ist maschinell erstellt und ohne Unterschrift gültig.', { font: st.font, size: 8.5 });
  d.text(mm(20), y + 14, st.variant ? 'Auf Anordnung' : 'Die Urkundsbeamtin der Geschäftsstelle', { font: st.font, size: 9 });
  courtFooter(x, st);
}

function noticeProse(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  courtHeader(x, st, st.variant ? `${c.court.street} · ${c.court.postal} ${c.court.place}` : 'Der Direktor des Amtsgerichts – Geschäftsstelle Zivilsachen');
  windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10.5);
  infoBlock(d, mm(125), mm(52), [
    ['Geschäftsnummer', c.fileNo],
    ['Datum', fmtDate(x.date, st.ds)],
    ['Telefon', `${c.court.phone.replace(/-0$/, '')}-${r.int(100, 399)}`],
  ], st.font, 9, 68);
  let y = mm(102);
  d.text(mm(25), y, `Räumungsrechtsstreit ${landlordPrinted(c.landlord, false)} ./. ${c.tenants.map((p) => p.family).join(' u. a. ').replace(/ u\. a\. .*/, ' u. a.')}`, { font: st.bold, size: 11 });
  y += 16;
  d.text(mm(25), y, `hier: Mitteilung gemäß ${lawRef(x)}`, { font: st.font, size: 10.5 });
  y += 26;
  const sz = 10.5;
  const W = PW - mm(45);
  y = d.para(mm(25), y, W, 'Sehr geehrte Damen und Herren,', { font: st.font, size: sz }) + 4;
  const tn = c.tenants.map((p, i) => `${fmtName(p, st.names === 'titled' ? 'titled' : 'full')}${n.withBirth ? ` (${birthStr(p, 'geboren', st.ds)})` : ''}${i < c.tenants.length - 2 ? ',' : i === c.tenants.length - 2 ? ' und' : ''}`).join(' ');
  const s1 = `bei dem hiesigen Gericht ist am ${fmtDate(c.claimReceived, st.ds)} eine Klage ${c.landlord.person ? 'von' : 'der'} ${landlordPrinted(c.landlord, true)}${c.lawyer ? `, vertreten durch ${c.lawyer.firm} in ${c.lawyer.city},` : ''} gegen ${tn} eingegangen. Mit der Klage wird die Räumung und Herausgabe der Wohnung ${streetLine(c, st.abbr)}${c.addition ? ` (${c.addition})` : ''} in ${cityLine(c)} begehrt, nachdem das Mietverhältnis wegen Zahlungsverzugs gekündigt worden ist.`;
  y = d.para(mm(25), y, W, s1, { font: st.font, size: sz }) + 6;
  const s2 = `Nach den Angaben in der Klageschrift beträgt die monatlich zu zahlende Miete ${fmtMoney(c.rent, st.ms)}. Der geltend gemachte Rückstand an Miete und Nutzungsentschädigung beläuft sich auf ${fmtMoney(c.arrears, st.ms)}${r.chance(0.5) ? ` zuzüglich Zinsen seit dem ${fmtDate(c.termination.date, st.ds)}` : ''}.`;
  y = d.para(mm(25), y, W, s2, { font: st.font, size: sz }) + 6;
  const s3 = n.hearingSet
    ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingStr(c, st, true)}, im Gerichtsgebäude ${c.court.street}.`
    : 'Ein Termin zur mündlichen Verhandlung ist bislang noch nicht bestimmt; er wird Ihnen gegebenenfalls gesondert mitgeteilt.';
  y = d.para(mm(25), y, W, s3, { font: st.font, size: sz }) + 6;
  if (n.served) y = d.para(mm(25), y, W, `Die Klage ist ${c.tenants.length > 1 ? 'den Beklagten' : 'der beklagten Partei'} am ${fmtDate(c.claimServed, st.ds)} zugestellt worden.`, { font: st.font, size: sz }) + 6;
  y = ensure(d, y, 120);
  y = d.para(mm(25), y, W, 'Diese Mitteilung dient dazu, Ihnen die Prüfung zu ermöglichen, ob Hilfen zur Sicherung der Unterkunft in Betracht kommen. Eine Weitergabe an Dritte ist nur im Rahmen Ihrer gesetzlichen Aufgaben zulässig.', { font: st.font, size: sz }) + 10;
  y = d.para(mm(25), y, W, 'Mit freundlichen Grüßen', { font: st.font, size: sz }) + 4;
  d.text(mm(25), y, 'Auf Anordnung', { font: st.font, size: sz });
  d.text(mm(25), y + 14, `${r.pick(['Wendt', 'Hüsing', 'Kurzawa', 'Böttcher'])}, Justizangestellte`, { font: st.font, size: sz });
  courtFooter(x, st);
}

function noticeTable(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  courtHeader(x, st, st.variant ? 'Zivilprozessabteilung' : 'Zivilabteilung · Mietsachen');
  windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
  infoBlock(d, mm(125), mm(50), [
    ['Ihr Zeichen:', '–'],
    ['Unser Zeichen:', c.fileNo.replace(/ C /, ' C ')],
    [st.variant ? 'Erfurt, den' : 'Datum:', fmtDate(x.date, 'dmy')],
  ].map(([a, b]) => [a === 'Erfurt, den' ? `${c.court.place}, den` : (a as string), b as string] as [string, string]), st.font, 9, 72);
  let y = mm(100);
  d.text(mm(20), y, st.variant ? 'MITTEILUNG ÜBER EINE RÄUMUNGSKLAGE' : `Mitteilung in Zivilsachen – ${lawRef(x)}`, { font: st.bold, size: 11.5 });
  y += 22;
  const X0 = mm(20); const X1 = mm(78); const X2 = PW - mm(20);
  const sz = 9.5;
  const rows: [string, string[]][] = [];
  rows.push([st.variant ? 'Aktenzeichen' : 'Geschäftsnummer', [c.fileNo]]);
  rows.push([st.variant ? 'Klage eingegangen am' : 'Tag des Eingangs der Klage', [fmtDate(c.claimReceived, 'dmy')]]);
  rows.push([st.variant ? 'Kläger (Vermieter)' : 'Klägerin/Kläger', [landlordPrinted(c.landlord, true), `${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`]]);
  if (c.lawyer) rows.push(['Prozessbevollmächtigte', [c.lawyer.firm, `${c.lawyer.street}, ${c.lawyer.postal} ${c.lawyer.city}`]]);
  if (st.variant) c.tenants.forEach((p, i) => rows.push([`Beklagte/r ${i + 1}`, [fmtName(p, st.names) + (n.withBirth ? `, ${birthStr(p, 'geb')}` : '')]]));
  else rows.push(['Beklagte', c.tenants.map((p) => fmtName(p, st.names) + (n.withBirth ? ` (${birthStr(p, 'star')})` : ''))]);
  rows.push([st.variant ? 'Räumungsobjekt' : 'Anschrift der Wohnung', [streetLine(c, st.abbr) + (c.addition ? `, ${c.addition}` : ''), cityLine(c)]]);
  rows.push([st.variant ? 'Miete monatlich' : 'Monatliche Miete (inkl. NK)', [fmtMoney(c.rent, st.ms)]]);
  rows.push([st.variant ? 'Rückstand lt. Klage' : 'Mietrückstand / Nutzungsentsch.', [fmtMoney(c.arrears, st.ms)]]);
  rows.push([st.variant ? 'Termin' : 'Termin zur mündl. Verhandlung', n.hearingSet ? [hearingStr(c, st, true)] : ['noch nicht bestimmt']]);
  if (n.served || st.variant) rows.push(['Zustellung an Beklagte', [n.served ? fmtDate(c.claimServed, 'dmy') : 'noch nicht erfolgt']]);
  d.hline(X0, X2, y, 0.8);
  for (const [label, vals] of rows) {
    const top = y;
    const lab = d.wrap(label, X1 - X0 - 8, st.font, sz);
    const lines = vals.flatMap((v) => d.wrap(v, X2 - X1 - 8, st.bold, sz));
    const h = Math.max(lab.length, lines.length) * sz * 1.3 + 8;
    lab.forEach((l, i) => d.text(X0 + 4, top + 5 + i * sz * 1.3, l, { font: st.font, size: sz }));
    lines.forEach((l, i) => d.text(X1 + 4, top + 5 + i * sz * 1.3, l, { font: st.bold, size: sz }));
    y = top + h;
    d.hline(X0, X2, y, 0.6);
    d.vline(X0, top, y); d.vline(X1, top, y); d.vline(X2, top, y);
  }
  y += 14;
  y = d.para(X0, y, X2 - X0, `Die Mitteilung erfolgt von Amts wegen. Rückfragen richten Sie bitte unter Angabe des Aktenzeichens an die Geschäftsstelle (Tel. ${c.court.phone.replace(/-0$/, '')}-${r.int(300, 599)}).`, { font: st.font, size: 9 });
  d.text(X0, y + 16, 'Geschäftsstelle des Amtsgerichts', { font: st.font, size: 9 });
  courtFooter(x, st);
}

function noticeNumbered(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  courtHeader(x, st, 'Geschäftsstelle der Abteilung für Mietsachen');
  windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
  infoBlock(d, mm(125), mm(50), [['Az.:', c.fileNo.replace(' C ', 'C ')], ['Datum:', fmtDate(x.date, 'dmy')], ['Tel.:', c.court.phone]], st.font, 9, 38);
  let y = mm(100);
  d.text(mm(20), y, `Mitteilung gem. ${lawRef(x)} – Räumungsklage wegen Zahlungsverzugs`, { font: st.bold, size: 11 });
  y += 24;
  const W = PW - mm(40) - 18;
  const item = (no: string, head: string, body: string[]): void => {
    d.text(mm(20), y, no, { font: st.bold, size: 10 });
    d.text(mm(20) + 18, y, head, { font: st.bold, size: 10 });
    y += 14;
    for (const b of body) y = d.para(mm(20) + 18, y, W, b, { font: st.font, size: 10 });
    y += 6;
  };
  item('1.', 'Eingang der Klage', [`am ${fmtDate(c.claimReceived, st.ds)}`]);
  item('2.', 'Parteien', [
    `a) Klagepartei: ${landlordLine(c)}`,
    ...(c.lawyer ? [`    Prozessbevollmächtigte: ${lawyerLine(c)}`] : []),
    `b) Beklagtenpartei: ${c.tenants.map((p, i) => `${c.tenants.length > 1 ? `(${i + 1}) ` : ''}${fmtName(p, st.names)}${n.withBirth ? `, ${birthStr(p, 'geb')}` : ''}`).join('; ')}`,
    `    wohnhaft: ${streetLine(c, st.abbr)}, ${c.addition ? `${c.addition}, ` : ''}${cityLine(c)}`,
  ]);
  item('3.', 'Höhe der monatlich zu entrichtenden Miete', [fmtMoney(c.rent, st.ms)]);
  item('4.', 'Höhe des geltend gemachten Mietrückstandes und der geltend gemachten Entschädigung', [`insgesamt ${fmtMoney(c.arrears, st.ms)}`]);
  item('5.', 'Termin zur mündlichen Verhandlung', [n.hearingSet ? hearingStr(c, st, true) : 'Ein Termin ist noch nicht bestimmt.']);
  item('6.', 'Tag der Rechtshängigkeit', [n.served ? fmtDate(c.claimServed, st.ds) : 'Zustellung steht noch aus.']);
  y = ensure(d, y, 60);
  y = d.para(mm(20), y + 4, PW - mm(40), `Hinweis: Die Schonfrist des § 569 Abs. 3 Nr. 2 BGB beginnt mit Rechtshängigkeit. ${r.pick(['Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift wirksam.', 'Maschinell erstellt – ohne Unterschrift gültig.'])}`, { font: st.font, size: 8.5 });
  courtFooter(x, st);
}

function noticeMono(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  const F: FontKey = 'lmono'; const FB: FontKey = 'lmonoB';
  const sz = 9.2; const lh = 12.2; let y = mm(14);
  const L = (s: string, bold = false): void => { d.text(mm(18), y, s, { font: bold ? FB : F, size: sz }); y += lh; };
  L(`${c.court.name.toUpperCase()}                         ${fmtDate(x.date, 'dmy')}`, true);
  L(`${c.court.street}, ${c.court.postal} ${c.court.place}   Tel. ${c.court.phone}`);
  L(`Gesch.-Nr.: ${c.fileNo}`, true);
  y += lh;
  for (const l of recipientLines(c.agency, x.toFachstelle)) L(`    ${l}`);
  y += lh * 2;
  L('MiZi IV/1 - MITTEILUNG UEBER EINE RAEUMUNGSKLAGE (WOHNRAUM)', true);
  L(`         gemaess ${lawRef(x)}`);
  L('-'.repeat(78));
  const pad = (s: string): string => (s + ' '.repeat(34)).slice(0, 34);
  const kv = (k: string, v: string): void => {
    const lines = d.wrap(v, mm(170) - d.width(pad(''), F, sz), F, sz);
    lines.forEach((l, i) => L(`${i === 0 ? pad(k) : pad('')}${l}`));
  };
  kv('EINGANG DER KLAGE ..........:', fmtDate(c.claimReceived, 'dmy'));
  kv('KLAEGER/IN .................:', landlordPrinted(c.landlord, false));
  kv('                             ', `${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`);
  if (c.lawyer) kv('BEVOLLMAECHTIGTE/R .........:', lawyerLine(c) ?? '');
  c.tenants.forEach((p, i) => kv(i === 0 ? 'BEKLAGTE/R .................:' : '', `${i + 1}) ${fmtName(p, st.names)}${n.withBirth ? `  geb. ${fmtDate(p.birth, 'dmy')}` : ''}`));
  kv('MIETOBJEKT .................:', `${streetLine(c, true)}${c.addition ? ` / ${c.addition}` : ''}`);
  kv('                             ', cityLine(c));
  kv('MIETE MONATLICH ............:', fmtMoney(c.rent, 'EUR'));
  kv('RUECKSTAND/NUTZUNGSENTSCH. .:', fmtMoney(c.arrears, 'EUR'));
  kv('VERHANDLUNGSTERMIN .........:', n.hearingSet ? `${fmtDate(c.hearing.date, 'wd-dmy')} ${fmtTime(c.hearing.time, 'colon')} Uhr ${c.hearing.room}` : '-- noch nicht bestimmt --');
  kv('ZUSTELLUNG (RECHTSHAENGIG) .:', n.served ? fmtDate(c.claimServed, 'dmy') : '--');
  L('-'.repeat(78));
  y += lh;
  L('Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gueltig.');
  L(`Bearbeiter: ${r.pick(['JAng Kraus', 'JHS Lembach', 'JAng Vey'])}  Druck: ${fmtDate(x.date, 'dmy')} ${r.int(7, 15)}:${String(r.int(0, 59)).padStart(2, '0')}  Seite 1/1`);
}

function noticeBoxed(x: FormCtx, n: NCtx): void {
  const { d, c, r } = x; const st = n.st;
  courtHeader(x, st, 'Mitteilungen in Zivilsachen');
  windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
  infoBlock(d, mm(125), mm(50), [['Aktenzeichen', c.fileNo], ['Datum', fmtDate(x.date, 'dmy')], ['Sachbearbeitung', r.pick(['Fr. Engler', 'Hr. Brück', 'Fr. Ilić'])]], st.font, 9, 70);
  let y = mm(98);
  d.fillRect(mm(20), y - 4, PW - mm(40), 20, '#dddddd');
  d.text(mm(22), y, `Mitteilung über den Eingang einer Räumungsklage (${lawRef(x)})`, { font: st.bold, size: 10.5 });
  y += 24;
  const X = mm(20); const W = PW - mm(40);
  const box = (label: string, vals: string[], h?: number): void => {
    const hh = h ?? 14 + vals.length * 12.5;
    d.rect(X, y, W, hh, 0.7);
    d.text(X + 4, y + 3, label, { font: st.font, size: 7, color: '#333333' });
    vals.forEach((v, i) => d.text(X + 8, y + 13 + i * 12.5, v, { font: st.bold, size: 10 }));
    y += hh + 4;
  };
  box('1  Eingang der Klage am', [fmtDate(c.claimReceived, 'dmy')]);
  box('2  Klagende Partei (Vermieter) – Name, Anschrift', [landlordPrinted(c.landlord, true), `${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`, ...(c.lawyer ? [`Proz.-Bev.: ${c.lawyer.firm}, ${c.lawyer.city}`] : [])]);
  box('3  Beklagte Partei(en) (Mieter) – Name, Vorname, ggf. Geburtsdatum', c.tenants.map((p) => `${fmtName(p, st.names)}${n.withBirth ? `   ${birthStr(p, 'geb')}` : ''}`));
  box('4  Anschrift der Wohnung', [`${streetLine(c, st.abbr)}${c.addition ? `, ${c.addition}` : ''}`, cityLine(c)]);
  // money boxes side by side
  const half = (W - 4) / 2;
  d.rect(X, y, half, 28, 0.7); d.rect(X + half + 4, y, half, 28, 0.7);
  d.text(X + 4, y + 3, '5  Monatliche Miete', { font: st.font, size: 7, color: '#333333' });
  d.text(X + half + 8, y + 3, '6  Rückstand Miete / Nutzungsentschädigung', { font: st.font, size: 7, color: '#333333' });
  d.text(X + 8, y + 13, fmtMoney(c.rent, st.ms), { font: st.bold, size: 10 });
  d.text(X + half + 12, y + 13, fmtMoney(c.arrears, st.ms), { font: st.bold, size: 10, cont: true });
  y += 32;
  d.rect(X, y, W, 44, 0.7);
  d.text(X + 4, y + 3, '7  Termin zur mündlichen Verhandlung', { font: st.font, size: 7, color: '#333333' });
  d.checkbox(X + 8, y + 14, !n.hearingSet); d.text(X + 20, y + 13, 'noch nicht bestimmt', { font: st.font, size: 9.5 });
  d.checkbox(X + 8, y + 28, n.hearingSet); d.text(X + 20, y + 27, n.hearingSet ? `bestimmt auf ${hearingStr(c, st, true)}` : 'bestimmt auf', { font: st.font, size: 9.5 });
  y += 48;
  d.rect(X, y, W, 28, 0.7);
  d.text(X + 4, y + 3, '8  Zustellung der Klage (soweit bereits erfolgt)', { font: st.font, size: 7, color: '#333333' });
  d.text(X + 8, y + 13, n.served ? `am ${fmtDate(c.claimServed, 'dmy')}` : '—', { font: st.bold, size: 10 });
  y += 40;
  y = d.para(X, y, W, 'Vordruck MiZi – die Mitteilung unterbleibt, wenn die Nichtzahlung erkennbar nicht auf Zahlungsunfähigkeit beruht.', { font: st.font, size: 8 });
  courtFooter(x, st);
}

// ====================================================================================
// hearing_summons
// ====================================================================================
export const hearingForm: FormFn = (x) => {
  const st = COURT_STYLES[x.c.court.key];
  const { c, r, d } = x;
  const f = empty();
  f.court = c.court.name; f.fileNumber = c.fileNo; f.landlord = c.landlord.name; f.address = addrTruth(c);
  f.hearing = { ...c.hearing };
  const refRecv = r.chance(0.8);
  f.claimReceived = refRecv ? c.claimReceived : null;
  const withBirth = r.chance(st.birth * 0.6);
  f.tenants = tenantTruth(c.tenants, withBirth);
  const recvTxt = `Klage eingegangen am ${fmtDate(c.claimReceived, 'dmy')}`;
  if (st.hearing === 'letter') {
    courtHeader(x, st, 'Geschäftsstelle');
    windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
    infoBlock(d, mm(125), mm(50), [['Aktenzeichen', c.fileNo], ['Datum', fmtDate(x.date, st.ds)], ['Zimmer', `${r.int(1, 3)}.${r.int(10, 60)}`]], st.font, 9, 60);
    let y = mm(100);
    d.text(mm(25), y, 'Terminsmitteilung', { font: st.bold, size: 12 }); y += 22;
    const W = PW - mm(45);
    y = d.para(mm(25), y, W, `In dem Rechtsstreit`, { font: st.font, size: 10.5 }) + 2;
    y = d.para(mm(35), y, W - mm(10), `${landlordPrinted(c.landlord, true)}, ${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`, { font: st.bold, size: 10.5 });
    d.text(mm(150), y, '– Klägerin –', { font: st.font, size: 10 }); y += 16;
    if (c.lawyer) { y = d.para(mm(35), y, W - mm(10), `Prozessbevollmächtigte: ${lawyerLine(c)}`, { font: st.font, size: 9.5 }) + 4; }
    d.text(mm(25), y, 'gegen', { font: st.font, size: 10.5 }); y += 16;
    c.tenants.forEach((p, i) => { y = d.para(mm(35), y, W - mm(10), `${c.tenants.length > 1 ? `${i + 1}. ` : ''}${fmtName(p, st.names === 'titled' ? 'titled' : st.names)}${withBirth ? `, ${birthStr(p, 'geb')}` : ''}`, { font: st.bold, size: 10.5 }); });
    y = d.para(mm(35), y, W - mm(10), `${c.tenants.length > 1 ? 'beide wohnhaft' : 'wohnhaft'} ${streetLine(c, st.abbr)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}`, { font: st.font, size: 10.5 });
    d.text(mm(150), y, c.tenants.length > 1 ? '– Beklagte –' : '– Beklagte/r –', { font: st.font, size: 10 }); y += 20;
    y = d.para(mm(25), y, W, `wegen Räumung${refRecv ? ` (${recvTxt})` : ''}`, { font: st.font, size: 10.5 }) + 8;
    y = d.para(mm(25), y, W, `wird Ihnen im Nachgang zur Mitteilung nach ${lawRef(x)} bekannt gegeben, dass Termin zur mündlichen Verhandlung (Güteverhandlung und ggf. Haupttermin) bestimmt ist auf`, { font: st.font, size: 10.5 }) + 6;
    d.text(mm(25), y, `${fmtDate(c.hearing.date, st.ds === 'long' || st.ds === 'long-pad' ? 'wd-long' : 'wd-dmy')}, ${fmtTime(c.hearing.time, st.ts)}${st.ts === 'colon' ? ' Uhr' : ''},`, { font: st.bold, size: 12 }); y += 17;
    d.text(mm(25), y, `${c.hearing.room}, Gerichtsgebäude ${c.court.street}, ${c.court.postal} ${c.court.place}`, { font: st.bold, size: 11 }); y += 24;
    y = d.para(mm(25), y, W, 'Das persönliche Erscheinen der Parteien ist angeordnet. Bitte bringen Sie zu dem Termin einen Lichtbildausweis mit. Der Termin ist öffentlich.', { font: st.font, size: 10 }) + 10;
    d.text(mm(25), y, 'Mit freundlichen Grüßen', { font: st.font, size: 10 });
    d.text(mm(25), y + 28, `${r.pick(['Sander', 'Große', 'Kalinowski'])}, Justizobersekretär${r.chance(0.5) ? 'in' : ''}`, { font: st.font, size: 10 });
    courtFooter(x, st);
  } else if (st.hearing === 'form') {
    courtHeader(x, st, 'Ladung / Terminsnachricht');
    windowBlock(d, courtReturn(c.court), recipientLines(c.agency, x.toFachstelle), st.font, 10);
    infoBlock(d, mm(125), mm(50), [['Geschäftszeichen:', c.fileNo], ['Datum:', fmtDate(x.date, 'dmy')], ['Servicezeiten:', 'Mo–Fr 9–12 Uhr']], st.font, 8.5, 70);
    let y = mm(100);
    d.text(mm(20), y, st.variant ? 'TERMINSBESTIMMUNG IN DER MIETSACHE' : 'Benachrichtigung von einem Verhandlungstermin', { font: st.bold, size: 11.5 }); y += 22;
    const X = mm(20); const W = PW - mm(40);
    const L = (k: string, v: string, bold = true): void => { y = row(d, X + 6, X + 130, y, k, v, st.font, bold ? st.bold : st.font, 10, W - 140) + 4; };
    d.rect(X, y - 6, W, 10 + (c.tenants.length + (c.lawyer ? 6 : 5)) * 17.5, 0.8);
    L('Sache:', `${landlordPrinted(c.landlord, false)} ./. ${c.tenants.map((p) => fmtName(p, st.names)).join(', ')}`);
    L('Klagepartei:', `${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`, false);
    if (c.lawyer) L('Bevollmächtigte:', lawyerLine(c) ?? '', false);
    c.tenants.forEach((p, i) => L(i === 0 ? 'Beklagtenpartei:' : '', `${fmtName(p, st.names)}${withBirth ? ` (${birthStr(p, 'star')})` : ''}`));
    L('Wohnung:', `${streetLine(c, st.abbr)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}`);
    if (refRecv) L('Klageeingang:', fmtDate(c.claimReceived, 'dmy'), false);
    y += 16;
    d.fillRect(X, y - 4, W, 62, '#eeeeee');
    d.rect(X, y - 4, W, 62, 1.2);
    L('Termin am:', fmtDate(c.hearing.date, 'wd-dmy'));
    L('Uhrzeit:', `${fmtTime(c.hearing.time, st.ts)}${st.ts === 'colon' ? ' Uhr' : ''}`);
    L('Sitzungssaal:', c.hearing.room);
    y += 14;
    y = d.para(X, y, W, `Art des Termins: Güteverhandlung und sich unmittelbar anschließender früher erster Termin. Ort: ${c.court.name}, ${c.court.street}, ${c.court.postal} ${c.court.place}.`, { font: st.font, size: 9.5 }) + 8;
    y = d.para(X, y, W, 'Diese Nachricht ergeht zur Kenntnisnahme an die nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII zu unterrichtende Stelle. Eine Teilnahme ist nicht erforderlich.', { font: st.font, size: 9 });
    courtFooter(x, st);
  } else {
    const F: FontKey = 'mono'; const sz = 9; const lh = 12; let y = mm(15);
    const L = (s: string): void => { d.text(mm(18), y, s, { font: F, size: sz }); y += lh; };
    L(`${c.court.name}`); L(`${c.court.street}`); L(`${c.court.postal} ${c.court.place}`);
    L(''.padEnd(50) + `Datum: ${fmtDate(x.date, 'dmy')}`);
    L(''.padEnd(50) + `Az.  : ${c.fileNo}`);
    y += lh;
    for (const l of recipientLines(c.agency, x.toFachstelle)) L(`  ${l}`);
    y += lh * 2;
    L('T E R M I N S N A C H R I C H T');
    L('=================================');
    y += lh / 2;
    L(`Rechtsstreit: ${landlordPrinted(c.landlord, false)}`);
    L('       gegen: ' + c.tenants.map((p) => fmtName(p, st.names)).join(' / '));
    if (withBirth) L('  geb.      : ' + c.tenants.map((p) => fmtDate(p.birth, 'dmy')).join(' / '));
    L(`Wohnung     : ${streetLine(c, true)}${c.addition ? ` (${c.addition})` : ''}, ${cityLine(c)}`);
    if (refRecv) L(`Eingang     : ${fmtDate(c.claimReceived, 'dmy')}`);
    y += lh;
    L('Termin zur muendlichen Verhandlung wird bestimmt auf');
    y += lh / 2;
    L(`   ${fmtDate(c.hearing.date, 'wd-dmy')}, ${fmtTime(c.hearing.time, 'colon')} Uhr`);
    L(`   ${c.hearing.room}`);
    y += lh;
    for (const l of d.wrap(`Gerichtsgebaeude ${c.court.street}. Die Parteien werden gesondert geladen. Diese Nachricht ist maschinell erstellt und ohne Unterschrift gueltig.`, mm(170), F, sz)) L(l);
    y += lh;
    L(`${r.pick(['JOS', 'JAe', 'JHS'])} ${r.pick(['Trautmann', 'Lieske', 'Ağaoğlu'])}, Urkundsbeamt. d. Geschaeftsstelle`);
  }
  return f;
};

// ====================================================================================
// judgment
// ====================================================================================
export const judgmentForm: FormFn = (x) => {
  const st = COURT_STYLES[x.c.court.key];
  const { c, r, d } = x;
  const f = empty();
  const j = c.judgment;
  f.court = c.court.name; f.fileNumber = c.fileNo; f.landlord = c.landlord.name; f.address = addrTruth(c);
  f.judgmentKind = j.kind; f.judgmentDate = j.date; f.vacateDeadline = j.vacate;
  f.arrears = c.judgmentArrears;
  const withBirth = r.chance(st.birth * 0.5);
  f.tenants = tenantTruth(c.tenants, withBirth);
  const kindWord = j.kind === 'versaeumnisurteil' ? 'Versäumnisurteil' : j.kind === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : r.pick(['Urteil', 'Endurteil']);
  const pl = c.tenants.length > 1;
  const fem = !c.landlord.person || c.landlord.salutation === 'Frau';
  const klRole = fem ? 'Klägerin' : c.landlord.salutation === 'Herr' ? 'Kläger' : 'Kläger';
  const compact = st.judgment === 'compact';
  const F = st.font; const B = st.bold;
  let y = mm(18);
  const dateVerb = j.kind === 'versaeumnisurteil' && !j.pastHearing ? 'Erlassen am' : 'Verkündet am';
  if (compact) {
    d.text(mm(20), y, c.court.name, { font: B, size: 12 });
    d.text(mm(125), y, `Geschäftsnummer: ${c.fileNo}`, { font: F, size: 10 });
    y += 16;
    d.text(mm(125), y, `${dateVerb}: ${fmtDate(j.date, 'dmy')}`, { font: F, size: 10 });
    y += 12;
    d.text(mm(125), y, `${r.pick(['Lehnert', 'Özkan', 'Frahm'])}, JHS als Urkundsbeamt.`, { font: F, size: 8.5 });
    y += 30;
  } else {
    d.text(mm(20), y, `Aktenzeichen: ${c.fileNo}`, { font: F, size: 10 });
    d.text(mm(130), y, `${dateVerb} ${fmtDate(j.date, st.ds === 'long-pad' ? 'long' : st.ds)}`, { font: F, size: 10 });
    y += 13;
    d.text(mm(130), y, `${r.pick(['Reinholz', 'Janßen', 'Wolter'])}, Justizbeschäftigte`, { font: F, size: 9 });
    y += 11;
    d.text(mm(130), y, 'als Urkundsbeamtin der Geschäftsstelle', { font: F, size: 9 });
    y += 34;
    d.text(0, y, c.court.name.toUpperCase(), { font: B, size: 13, w: PW, align: 'center' });
    y += 30;
  }
  d.text(0, y, 'IM NAMEN DES VOLKES', { font: B, size: 13, w: PW, align: 'center', spacing: compact ? 0 : 1.2 }); y += 24;
  d.text(0, y, kindWord, { font: B, size: 14, w: PW, align: 'center' }); y += 28;
  const W = PW - mm(45); const X = mm(25);
  y = d.para(X, y, W, 'In dem Rechtsstreit', { font: F, size: 10.5 }) + 4;
  y = d.para(X + mm(8), y, W - mm(8), `${landlordPrinted(c.landlord, true)}, ${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`, { font: F, size: 10.5 });
  d.text(mm(150), y, `– ${klRole} –`, { font: F, size: 10 }); y += 16;
  if (c.lawyer) { y = d.para(X + mm(8), y, W - mm(8), `Prozessbevollmächtigte: ${lawyerLine(c)}`, { font: F, size: 9.5 }) + 6; }
  d.text(X, y, 'gegen', { font: F, size: 10.5 }); y += 16;
  c.tenants.forEach((p, i) => {
    y = d.para(X + mm(8), y, W - mm(8), `${pl ? `${i + 1}. ` : ''}${fmtName(p, st.names === 'titled' ? 'full' : st.names)}${withBirth ? `, ${birthStr(p, 'geb')}` : ''}${!pl ? `, ${streetLine(c, st.abbr)}, ${cityLine(c)}` : ''}`, { font: F, size: 10.5 });
  });
  if (pl) y = d.para(X + mm(8), y, W - mm(8), `zu 1. und 2. wohnhaft ${streetLine(c, st.abbr)}, ${cityLine(c)}`.replace('zu 1. und 2.', c.tenants.length > 2 ? 'sämtlich' : 'zu 1. und 2.'), { font: F, size: 10.5 });
  d.text(mm(150), y, pl ? '– Beklagte –' : `– ${c.tenants[0]?.sex === 'f' ? 'Beklagte' : 'Beklagter'} –`, { font: F, size: 10 }); y += 20;
  const intro = j.kind === 'versaeumnisurteil' && !j.pastHearing
    ? `hat das ${c.court.name} durch ${j.judge.startsWith('Dr.') ? 'die Richterin/den Richter am Amtsgericht' : 'Richter/in am Amtsgericht'} ${j.judge} im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${fmtDate(j.date, 'dmy')} für Recht erkannt:`
    : `hat das ${c.court.name} durch ${j.judge.startsWith('Dr.') ? 'die Richterin/den Richter am Amtsgericht' : 'Richter/in am Amtsgericht'} ${j.judge} auf die mündliche Verhandlung vom ${fmtDate(j.pastHearing ?? c.hearing.date, 'dmy')} für Recht erkannt:`;
  y = d.para(X, y, W, `wegen Räumung und Zahlung\n${intro}`, { font: F, size: 10.5 }) + 8;
  const tenor: string[] = [];
  tenor.push(`${pl ? 'Die Beklagten werden' : `${c.tenants[0]?.sex === 'f' ? 'Die Beklagte wird' : 'Der Beklagte wird'}`} verurteilt, die Wohnung ${c.addition ? `im Anwesen ${streetLine(c, st.abbr)}, ${c.addition},` : `${streetLine(c, st.abbr)},`} ${cityLine(c)}, bestehend aus ${c.rooms} Zimmern, Küche, Bad/WC und Kellerabteil (ca. ${c.sqm} m²), zu räumen und geräumt an die ${klRole.replace('Kläger', 'klagende Partei').replace('klagende Parteiin', 'klagende Partei')} herauszugeben.`);
  if (c.judgmentArrears !== null) tenor.push(`${pl ? 'Die Beklagten werden als Gesamtschuldner' : `${c.tenants[0]?.sex === 'f' ? 'Die Beklagte wird' : 'Der Beklagte wird'}`} verurteilt, an die klagende Partei ${fmtMoney(c.judgmentArrears, st.ms)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${fmtDate(addDaysLocal(c.claimServed, 1), 'dmy')} zu zahlen.`);
  tenor.push(`Die Kosten des Rechtsstreits ${pl ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`);
  tenor.push(j.kind === 'raeumungsurteil' ? `Das Urteil ist vorläufig vollstreckbar. ${pl ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden, wenn nicht die klagende Partei vor der Vollstreckung Sicherheit in gleicher Höhe leistet.` : 'Das Urteil ist vorläufig vollstreckbar.');
  if (j.vacate) tenor.push(`${pl ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${fmtDate(j.vacate, st.ds === 'long' || st.ds === 'long-pad' ? 'long' : 'dmy')} gewährt.`);
  tenor.forEach((t, i) => {
    y = ensure(d, y, 50);
    d.text(X, y, `${i + 1}.`, { font: F, size: 10.5 });
    y = d.para(X + 18, y, W - 18, t, { font: F, size: 10.5 }) + 6;
  });
  y = ensure(d, y, 200);
  if (d.page === 1) { d.addPage(); y = mm(20); }
  d.text(PW - mm(30), mm(10), `- ${d.page} -`, { font: F, size: 9, noRecord: true });
  if (j.kind === 'raeumungsurteil') {
    d.text(X, y, 'Tatbestand', { font: B, size: 11 }); y += 16;
    y = d.para(X, y, W, `Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die monatliche Miete beträgt ${fmtMoney(c.rent, st.ms)}. Mit Schreiben vom ${fmtDate(c.termination.date, 'dmy')} kündigte die klagende Partei das Mietverhältnis fristlos wegen Zahlungsverzugs. Die Klage ist am ${fmtDate(c.claimReceived, 'dmy')} eingegangen.`, { font: F, size: 10 }) + 10;
    d.text(X, y, 'Entscheidungsgründe', { font: B, size: 11 }); y += 16;
    y = d.para(X, y, W, 'Die zulässige Klage ist begründet. Das Mietverhältnis ist durch die fristlose Kündigung gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB beendet worden. Eine Befriedigung innerhalb der Schonfrist ist nicht erfolgt. Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711, 721 ZPO.', { font: F, size: 10 }) + 10;
  } else if (j.kind === 'versaeumnisurteil') {
    y = d.para(X, y, W, `Gegen dieses Versäumnisurteil kann ${pl ? 'jede beklagte Partei' : 'die beklagte Partei'} binnen einer Notfrist von zwei Wochen ab Zustellung Einspruch einlegen (§§ 338, 339 ZPO). Der Einspruch ist schriftlich beim ${c.court.name}, ${c.court.street}, ${c.court.postal} ${c.court.place}, einzulegen.`, { font: F, size: 10 }) + 10;
  } else {
    y = d.para(X, y, W, `Die beklagte Partei hat den Räumungsanspruch im Termin anerkannt. Gemäß § 307 ZPO war sie ihrem Anerkenntnis gemäß zu verurteilen; von Tatbestand und Entscheidungsgründen wird nach § 313b ZPO abgesehen.`, { font: F, size: 10 }) + 10;
  }
  d.text(X, y, 'Rechtsbehelfsbelehrung:', { font: B, size: 10 }); y += 14;
  y = d.para(X, y, W, `Gegen die Entscheidung kann das Rechtsmittel der Berufung eingelegt werden, wenn der Wert des Beschwerdegegenstandes 600 EUR übersteigt. Die Berufung ist binnen einer Notfrist von einem Monat bei dem Landgericht einzulegen. Anträge auf Verlängerung einer Räumungsfrist (§ 721 Abs. 3 ZPO) sind spätestens zwei Wochen vor deren Ablauf zu stellen.`, { font: F, size: 9 }) + 18;
  d.text(X, y, j.judge, { font: F, size: 10.5 }); y += 13;
  d.text(X, y, 'Richter/in am Amtsgericht', { font: F, size: 9 }); y += 30;
  if (r.chance(0.6)) { d.text(X, y, `Ausgefertigt: ${fmtDate(addDaysLocal(j.date, r.int(1, 6)), 'dmy')} – Urkundsbeamt. d. Geschäftsstelle (L.S.)`, { font: F, size: 8.5 }); }
  return f;
};

function addDaysLocal(iso: string, n: number): string {
  const [y, m, dd] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (dd ?? 1) + n)).toISOString().slice(0, 10);
}
