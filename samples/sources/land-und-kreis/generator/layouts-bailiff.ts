/** Bailiffs' eviction notices (Mitteilung über einen Räumungstermin), one fixed layout per bailiff. */
import { Sheet, MM } from './sheet.js';
import { type Ctx, registerTenants, flatLines, flatOneLine, randomAddrStyle, fileNoPrinted, fullName, familyFirst, capsFamily } from './model.js';
import { fmtDate, fmtTime } from './format.js';
import { windowBlock, personWithBirth, tableRow, pageNo } from './parts.js';
import { BAILIFFS, type Bailiff } from './senders.js';

const TITLE_GEN = { versaeumnisurteil: 'Versäumnisurteils', anerkenntnisurteil: 'Anerkenntnisurteils', raeumungsurteil: 'Urteils' } as const;
const TITLE_NOM = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Räumungsurteil' } as const;

export function bailiffOf(c: Ctx): Bailiff {
  const b = BAILIFFS[c.h.court.key];
  if (!b) throw new Error(`no bailiff for ${c.h.court.key}`);
  return b;
}
function base(c: Ctx): void {
  const h = c.h;
  c.f.court = `Amtsgericht ${h.court.place}`;
  c.f.fileNumber = h.dr;
  c.f.relatedFileNumbers = [h.fileNumber];
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.evictionDate = { date: h.eviction.date, time: h.eviction.time };
  c.f.judgmentKind = h.judgment.kind;
  c.f.judgmentDate = h.judgment.date;
}
function ordnungsamt(c: Ctx): string[] {
  const city = c.h.flat.city.replace(/ \(.*\)$/, '');
  return [`${['Gummersbach', 'Wiehl', 'Waldbröl', 'Meschede', 'Alsfeld', 'Bergneustadt', 'Radevormwald', 'Wipperfürth', 'Hückeswagen'].includes(city) ? 'Stadt' : 'Gemeinde'} ${city}`, 'Ordnungsamt – Obdachlosenangelegenheiten', `Rathausplatz ${c.rng.int(1, 9)}`, `${c.h.flat.postalCode} ${city}`];
}

export function gvForm(s: Sheet, c: Ctx): void {
  const h = c.h;
  const b = bailiffOf(c);
  base(c);
  const withBirth = c.rng.chance(0.5);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'sans';
  s.t(25 * MM, 34, `${b.title} ${b.given} ${b.family}`, { font: 'sansB', size: 12 });
  s.t(25 * MM, 50, `bei dem Amtsgericht ${h.court.place}`, { size: 9.5 });
  s.t(130 * MM, 34, `${b.street}`, { size: 8.5 });
  s.t(130 * MM, 45, `${b.postal} ${b.city}`, { size: 8.5 });
  s.t(130 * MM, 56, `Tel. ${b.phone}`, { size: 8.5 });
  s.t(130 * MM, 67, `Sprechzeit: ${b.hours}`, { size: 8.5 });
  s.foldMarks();
  windowBlock(s, `OGV ${b.family}, ${b.street}, ${b.postal} ${b.city}`, ordnungsamt(c));
  s.row(55 * MM, [[130 * MM, 'DR-Nr.:'], [150 * MM, h.dr, { font: 'sansB', tag: 'hl' }]], { size: 10 });
  s.row(55 * MM + 14, [[130 * MM, 'Datum:'], [150 * MM, fmtDate(c.d.letterDate, 'dots')]], { size: 10 });
  let y = 102 * MM;
  y = s.t(25 * MM, y, 'Mitteilung über einen Räumungstermin', { font: 'sansB', size: 12 });
  y = s.t(25 * MM, y, 'gemäß § 130 Abs. 3 GVGA (drohende Obdachlosigkeit)', { size: 9 });
  y += 10;
  const X0 = 25 * MM, X1 = 70 * MM, X2 = 185 * MM;
  const box = (label: string, value: string[], tag?: string): void => {
    const top = y;
    const o: { lf: 'sansB'; vf: 'sans'; size: number; tag?: string } = { lf: 'sansB', vf: 'sans', size: 9.5 };
    if (tag) o.tag = tag;
    y = tableRow(s, y + 5, X0 + 4, X1 - X0 - 8, X1 + 5, X2 - X1 - 10, label, value, o) + 3;
    s.rect(X0, top, X2 - X0, y - top, { lw: 0.5 });
    s.vline(X1, top, y, 0.5);
  };
  const ll = h.landlord;
  box('Gläubiger', [`${ll.truth}, ${ll.postal} ${ll.city}`]);
  box('Schuldner', h.tenants.map((p) => personWithBirth(p, withBirth, false)));
  box('Räumungsobjekt', flatLines(h.flat, as), 'addr');
  box('Vollstreckungstitel', [`${TITLE_NOM[h.judgment.kind]} des Amtsgerichts ${h.court.place} vom ${fmtDate(h.judgment.date, 'dots')}`, `Aktenzeichen ${fileNoPrinted(h.fileNumber, 'std')}`]);
  box('Räumungstermin', [`${fmtDate(h.eviction.date, 'weekdayDots')}, ${fmtTime(h.eviction.time, 'colon')}`], 'hl');
  box('Im Haushalt', [`${h.tenants.length} Erwachsene, ${c.rng.int(0, 3)} Kind(er) lt. Meldeauskunft`]);
  y += 12;
  y = s.para(25 * MM, y, 160 * MM, 'Nach meinen Feststellungen droht den Schuldnern mit der Räumung Obdachlosigkeit. Ich bitte, die erforderlichen Maßnahmen in eigener Zuständigkeit zu prüfen. Der Termin wurde den Schuldnern förmlich zugestellt.', { size: 9.5 });
  y = s.t(25 * MM, y + 14, `${b.family}`, { size: 10 });
  s.t(25 * MM, y, b.title, { size: 9 });
  s.hline(25 * MM, 185 * MM, 796, 0.4);
  s.t(25 * MM, 801, `Bankverbindung (Dienstkonto): Sparkasse Gummersbach · IBAN ${b.iban} · Steuer-Nr. 212/5071/0815`, { size: 6.5 });
}

export function gvTyped(s: Sheet, c: Ctx): void {
  const h = c.h;
  const b = bailiffOf(c);
  base(c);
  registerTenants(c, false);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'mono';
  s.size = 10;
  let y = 40;
  y = s.t(60, y, `${b.title.toUpperCase()} ${b.given.toUpperCase()} ${b.family.toUpperCase()}`, { font: 'monoB' });
  y = s.t(60, y, `bei dem Amtsgericht ${h.court.place}`);
  y = s.t(60, y, `${b.street}, ${b.postal} ${b.city}`);
  y = s.t(60, y, `Tel. ${b.phone} - Sprechstunde ${b.hours}`);
  s.t(360, 120, `${b.city}, den ${fmtDate(c.d.letterDate, 'long')}`);
  y = 140;
  for (const l of ordnungsamt(c)) y = s.t(60, y, l);
  y = 240;
  y = s.t(60, y, `Mein Aktenzeichen: ${h.dr}`, { font: 'monoB', tag: 'hl' });
  y = s.t(60, y + 4, `BETR.: RÄUMUNGSSACHE ${h.landlord.truth.toUpperCase()} ./. ${capsFamily(h.tenants[0] ?? { given: '', family: '', birth: null, male: true })}`, { font: 'monoB' });
  y += 10;
  y = s.t(60, y, 'Sehr geehrte Damen und Herren,');
  y += 4;
  const debtors = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${capsFamily(p)}, ${p.given}`).join(' ');
  y = s.para(60, y, 470, `in der Zwangsvollstreckungssache ${h.landlord.truth} gegen ${debtors}, wohnhaft ${flatOneLine(h.flat, as)}, habe ich aufgrund des vollstreckbaren ${TITLE_GEN[h.judgment.kind]} des AG ${h.court.place} vom ${fmtDate(h.judgment.date, 'short')} (Az. ${fileNoPrinted(h.fileNumber, c.rng.chance(0.5) ? 'tight' : 'std')}) Termin zur Räumung der Wohnung bestimmt auf`);
  y = s.t(100, y + 6, `${fmtDate(h.eviction.date, 'weekdayDots').toUpperCase()}, ${fmtTime(h.eviction.time, 'dot').toUpperCase()}`, { font: 'monoB', tag: 'hl' });
  y += 10;
  y = s.para(60, y, 470, 'Die Schuldner wurden benachrichtigt. Nach hiesiger Kenntnis ist keine Ersatzwohnung vorhanden. Es wird gebeten, ggf. eine Unterbringung vorzubereiten. Die Räumung erfolgt mit einer Spedition; die Kosten trägt der Gläubiger vorschussweise.');
  y = s.t(60, y + 10, 'Mit freundlichen Grüßen');
  y = s.t(60, y + 22, `(${b.family})`);
  s.t(60, y, b.title);
  s.t(60, 790, `Konto: ${b.iban} - Kreissparkasse Köln`, { size: 8 });
}

export function gvTwopage(s: Sheet, c: Ctx): void {
  const h = c.h;
  const b = bailiffOf(c);
  base(c);
  const withBirth = c.rng.chance(0.6);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'serifC';
  s.t(25 * MM, 30, `${b.given} ${b.family}`, { font: 'serifCB', size: 13 });
  s.t(25 * MM, 46, `${b.title} · Amtsgericht ${h.court.place}`, { size: 9 });
  s.hline(25 * MM, 185 * MM, 60, 1.2);
  windowBlock(s, `${b.title} ${b.family} · ${b.street} · ${b.postal} ${b.city}`, h.court.authority, { font: 'serifC' });
  let y = 50 * MM;
  y = s.t(130 * MM, y, `Geschäftszeichen: ${h.dr}`, { font: 'serifCB', size: 9.5, tag: 'hl' });
  y = s.t(130 * MM, y, `${b.city}, ${fmtDate(c.d.letterDate, 'dots')}`, { size: 9.5 });
  y = s.t(130 * MM, y, `Telefon ${b.phone}`, { size: 9.5 });
  s.t(130 * MM, y, `Sprechzeit ${b.hours}`, { size: 9.5 });
  y = 105 * MM;
  y = s.t(25 * MM, y, 'Räumungsvollstreckung – Mitteilung nach § 130 Abs. 3 GVGA', { font: 'serifCB', size: 11 });
  y += 8;
  y = s.para(25 * MM, y, 160 * MM, 'Sehr geehrte Damen und Herren,', { size: 10.5 });
  y = s.para(25 * MM, y + 4, 160 * MM, `in der auf der folgenden Seite bezeichneten Räumungssache habe ich den Termin zur Zwangsräumung auf ${fmtDate(h.eviction.date, 'weekdayLong')}, ${fmtTime(h.eviction.time, 'colon')}, festgesetzt. Die Schuldner sind hierüber durch Zustellung benachrichtigt.`, { size: 10.5, lead: 14 });
  y = s.para(25 * MM, y + 6, 160 * MM, 'Da nach meinen Erkenntnissen Obdachlosigkeit droht, gebe ich Ihnen Gelegenheit, rechtzeitig Maßnahmen zu ergreifen. Rückfragen bitte nur zu meinen Sprechzeiten.', { size: 10.5, lead: 14 });
  s.t(25 * MM, y + 16, 'Hochachtungsvoll', { size: 10.5 });
  pageNo(s, 1, 2, 'serifC', 800);
  s.addPage();
  s.t(25 * MM, 36, `${h.dr} – Anlage`, { size: 9 });
  y = 80;
  y = s.t(25 * MM, y, 'Angaben zur Räumungssache', { font: 'serifCB', size: 11.5 });
  y += 8;
  const o = { lf: 'serifCB' as const, vf: 'serifC' as const, size: 10.5 };
  const ll = h.landlord;
  y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'Gläubiger/in:', [`${ll.truth}`, `${ll.street}, ${ll.postal} ${ll.city}`], o) + 6;
  if (h.lawyer) y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'vertreten durch:', [`${h.lawyer.firm.join(' ')}, ${h.lawyer.city}`], o) + 6;
  y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'Schuldner/in:', h.tenants.map((p) => personWithBirth(p, withBirth, true)), o) + 6;
  y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'Wohnung:', flatLines(h.flat, as), { ...o, tag: 'addr' }) + 6;
  y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'Titel:', [`${TITLE_NOM[h.judgment.kind]} des Amtsgerichts ${h.court.place} vom ${fmtDate(h.judgment.date, 'dots')}, Az. ${fileNoPrinted(h.fileNumber, 'std')}`], o) + 6;
  y = tableRow(s, y, 25 * MM, 42 * MM, 70 * MM, 115 * MM, 'Räumungstermin:', [`${fmtDate(h.eviction.date, 'dots')}, ${fmtTime(h.eviction.time, 'colon')}`], o) + 20;
  y = s.t(25 * MM, y, `${b.given} ${b.family}`, { size: 10.5 });
  s.t(25 * MM, y, b.title, { size: 9 });
  pageNo(s, 2, 2, 'serifC', 800);
}

export function gvTable(s: Sheet, c: Ctx): void {
  const h = c.h;
  const b = bailiffOf(c);
  base(c);
  registerTenants(c, false);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'cond';
  s.rect(25 * MM, 28, 160 * MM, 46, { stroke: '#333', lw: 1 });
  s.t(25 * MM + 6, 34, `${b.title} ${b.given} ${b.family}`, { font: 'condB', size: 12 });
  s.t(25 * MM + 6, 50, `Amtsgericht ${h.court.place} · ${b.street} · ${b.postal} ${b.city}`, { size: 8.5 });
  s.t(25 * MM + 6, 61, `Telefon ${b.phone} · Sprechzeit ${b.hours}`, { size: 8.5 });
  windowBlock(s, `OGVin ${b.family} · ${b.postal} ${b.city}`, ordnungsamt(c), { font: 'cond' });
  s.t(130 * MM, 55 * MM, `${b.city}, ${fmtDate(c.d.letterDate, 'dots')}`, { size: 10 });
  let y = 100 * MM;
  y = s.t(25 * MM, y, 'RÄUMUNGSMITTEILUNG', { font: 'condB', size: 13 });
  y += 6;
  const X0 = 25 * MM, X1 = 75 * MM, X2 = 185 * MM;
  const row = (label: string, value: string[], tag?: string): void => {
    const top = y;
    const o: { lf: 'cond'; vf: 'condB'; size: number; tag?: string } = { lf: 'cond', vf: 'condB', size: 10 };
    if (tag) o.tag = tag;
    y = tableRow(s, y + 5, X0 + 4, X1 - X0 - 8, X1 + 5, X2 - X1 - 10, label, value, o) + 3;
    s.rect(X0, top, X1 - X0, y - top, { stroke: '#444', lw: 0.6 });
    s.rect(X1, top, X2 - X1, y - top, { stroke: '#444', lw: 0.6 });
  };
  row('Dienstregister-Nr.', [h.dr], 'hl');
  row('Gläubiger', [h.landlord.truth]);
  row('Schuldner', h.tenants.map((p) => familyFirst(p)));
  row('Anschrift', [flatOneLine(h.flat, as)], 'addr');
  row('Schuldtitel', [`AG ${h.court.place}, ${fileNoPrinted(h.fileNumber, 'std')}`, `${TITLE_NOM[h.judgment.kind]} vom ${fmtDate(h.judgment.date, 'dots')}`]);
  row('Räumung am', [`${fmtDate(h.eviction.date, 'weekdayDots')}`]);
  row('Beginn', [fmtTime(h.eviction.time, 'colon')]);
  y += 14;
  y = s.para(25 * MM, y, 160 * MM, 'Die Mitteilung erfolgt, weil mit der Räumung Obdachlosigkeit der Schuldner droht. Der Gläubiger hat die Räumung nach dem „Berliner Modell“ (§ 885a ZPO) nicht beantragt.', { size: 9.5 });
  s.t(25 * MM, y + 14, `gez. ${b.family}, ${b.title}`, { size: 10 });
  void fullName;
}
