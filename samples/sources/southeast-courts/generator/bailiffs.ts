/** Bailiffs' notices of an eviction date (Mitteilung über einen Räumungstermin); one fixed layout per bailiff. */
import { birthText, cityLine, flatOneLine, landlordAddress, namesJoined, plural, setAddress, setTenants, streetLine, table, type Ctx } from './common.js';
import { dLong, dNum, dShort, dWeekLong, dWeekNum, fmtTime, money, weekdayName } from './fmt.js';
import { reversed } from './people.js';
import { bailiff, court as courtOf, type Bailiff } from './senders.js';

const TITLE_WORD: Record<string, Record<string, string>> = {
  by: { raeumungsurteil: 'Endurteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' },
  other: { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' },
};

function base(c: Ctx, withBirth: boolean): { b: Bailiff; title: string } {
  const { h, t } = c;
  const j = h.judgment;
  const e = h.eviction;
  if (!j || !e || !h.court.bailiff) throw new Error('bailiff notice without title/eviction');
  const b = bailiff(h.court.bailiff);
  t.court = `Amtsgericht ${courtOf(b.court).place}`;
  t.fileNumber = e.dr;
  t.relatedFileNumbers = [h.fileNumber];
  t.landlord = h.landlord.name;
  t.evictionDate = { date: e.date, time: e.time };
  t.judgmentKind = j.kind;
  t.judgmentDate = j.date;
  setTenants(c, withBirth);
  setAddress(c);
  const word = (TITLE_WORD[h.court.family === 'by' ? 'by' : 'other'] ?? {})[j.kind] ?? 'Urteil';
  return { b, title: word };
}

function authorityLines(c: Ctx): string[] {
  const city = c.h.flat.city;
  const fam = c.h.court.family;
  if (fam === 'by') return ['Landeshauptstadt München', 'Sozialreferat – Zentrale Wohnungslosenhilfe', 'Fachstelle zur Vermeidung von Wohnungslosigkeit', 'Werinherstraße 89', '81541 München'];
  if (fam === 'east') return ['Stadt Leipzig', 'Sozialamt – Abteilung Wohnhilfen', 'Prager Straße 21', '04103 Leipzig'];
  if (fam === 'bebb') return ['Bezirksamt Lichtenberg von Berlin', 'Soziale Wohnhilfe', 'Alt-Friedrichsfelde 60', '10315 Berlin'];
  const gem = ['Reichshof', 'Nümbrecht', 'Morsbach', 'Marienheide', 'Lindlar', 'Engelskirchen'].includes(city) ? 'Gemeinde' : 'Stadt';
  return [`${gem} ${city}`, 'Ordnungsamt – Obdachlosenangelegenheiten', 'Rathaus', `${c.h.flat.postalCode} ${city}`];
}

/** München: letterhead at the right, ruled table with several columns. */
export function gvBy(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const { b, title } = base(c, true);
  const e = h.eviction!;
  const j = h.judgment!;
  s.text(120, 14, b.name, { font: 'arialB', size: 11 });
  s.text(120, 19, b.title, { font: 'arial', size: 9 });
  s.text(120, 23, `bei dem Amtsgericht ${courtOf(b.court).place}`, { font: 'arial', size: 9 });
  s.text(120, 29, b.street, { font: 'arial', size: 8.5 });
  s.text(120, 33, `${b.zip} ${b.city}`, { font: 'arial', size: 8.5 });
  s.text(120, 37, `Tel. ${b.phone}`, { font: 'arial', size: 8.5 });
  s.text(120, 41, `Sprechzeiten: ${b.hours}`, { font: 'arial', size: 8.5 });
  s.text(25, 45, `${b.title} ${b.name} · ${b.street} · ${b.zip} ${b.city}`, { font: 'arial', size: 6.5, underline: true });
  let y = 50;
  for (const l of authorityLines(c)) {
    s.text(25, y, l, { font: 'arial', size: 10 });
    y += 4.6;
  }
  s.row(82, [{ x: 120, text: 'Geschäftszeichen:', font: 'arial', size: 9 }, { x: 150, text: e.dr, font: 'arialB', size: 10 }]);
  s.row(87, [{ x: 120, text: 'Datum:', font: 'arial', size: 9 }, { x: 150, text: dNum(spec.letterDate), font: 'arial', size: 9 }]);
  y = 98;
  s.text(25, y, 'Mitteilung über einen Räumungstermin', { font: 'arialB', size: 12 });
  y += 5.5;
  s.text(25, y, 'gemäß § 130 Abs. 3 GVGA – drohende Obdachlosigkeit', { font: 'arial', size: 9 });
  y += 8;
  const rows: string[][][] = [[['Nr.'], ['Schuldner/in'], ['geboren'], ['zu räumende Wohnung']]];
  h.tenants.forEach((p, i) => rows.push([[String(i + 1)], [reversed(p)], [p.birth ? dNum(p.birth) : '–'], i === 0 ? [streetLine(h, false), ...(h.flat.addition ? [h.flat.addition] : []), cityLine(h)] : ['wie vor']]));
  y = table(s, 25, y, [10, 55, 25, 75], rows, { size: 9, reg: 'arial', bold: 'arialB', head: true });
  y += 6;
  const lines: [string, string][] = [
    [h.landlord.female ? 'Gläubigerin' : 'Gläubiger', `${h.landlord.name}, ${landlordAddress(h)}`],
    ['Vollstreckungstitel', `${title} des Amtsgerichts ${h.court.place} vom ${dNum(j.date)}, Az. ${h.fileNumber}`],
    ['Räumungstermin', `${dWeekNum(e.date)}, ${fmtTime(e.time, 'colon')}`],
  ];
  for (const [k, v] of lines) {
    const wrapped = s.wrap(v, 118, 'arial', 9.5);
    wrapped.forEach((l, i) => {
      s.row(y, [{ x: 25, text: i === 0 ? `${k}:` : '', font: 'arialB', size: 9.5 }, { x: 70, text: l, font: k === 'Räumungstermin' ? 'arialB' : 'arial', size: 9.5 }]);
      y += 5;
    });
    y += 1;
  }
  y += 4;
  y = s.para(25, y, 165, `${h.landlord.female ? 'Der Gläubigerin' : 'Dem Gläubiger'} wurde aufgegeben, einen Kostenvorschuss von ${money(rng.int(18, 45) * 10000)} EUR einzuzahlen. Die Räumung wird nach dem „Berliner Modell“ (§ 885a ZPO) ${rng.chance(0.5) ? 'nicht ' : ''}durchgeführt. Bitte prüfen Sie in eigener Zuständigkeit Maßnahmen zur Vermeidung von Obdachlosigkeit.`, { font: 'arial', size: 9 });
  s.hline(25, 190, 270, 0.3);
  s.text(25, 272, `Dienstkonto: IBAN DE71 7005 0000 0024 ${rng.int(1000, 9999)} 55 · Bayerische Landesbank`, { font: 'arial', size: 7 });
}

/** Leipzig: prose letter, subject in bold. */
export function gvEast(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const withBirth = rng.chance(0.5);
  const { b, title } = base(c, withBirth);
  const e = h.eviction!;
  const j = h.judgment!;
  s.text(25, 14, `${b.title}`, { font: 'serif', size: 10 });
  s.text(25, 19, b.name, { font: 'serifB', size: 14 });
  s.text(25, 25.5, `beim Amtsgericht ${courtOf(b.court).place}`, { font: 'serif', size: 10 });
  s.hline(25, 190, 30, 0.6);
  s.text(25, 32, `${b.street} · ${b.zip} ${b.city} · Telefon ${b.phone} · Sprechzeiten ${b.hours}`, { font: 'serif', size: 7.5 });
  let y = 48;
  for (const l of authorityLines(c)) {
    s.text(25, y, l, { font: 'serif', size: 10 });
    y += 4.8;
  }
  s.text(140, 48, `${b.city}, ${dLong(spec.letterDate)}`, { font: 'serif', size: 9.5 });
  s.text(140, 53, `DR-Nr.: ${e.dr}`, { font: 'serifB', size: 9.5 });
  y = 92;
  y = s.para(25, y, 160, `Zwangsvollstreckung ${h.landlord.name} ./. ${h.tenants.map((p) => p.family).join(' u. ')} – Räumungstermin`, { font: 'serifB', size: 10.5 });
  y += 5;
  s.text(25, y, 'Sehr geehrte Damen und Herren,', { font: 'serif', size: 10 });
  y += 7;
  const debtors = h.tenants.map((p) => `${p.given} ${p.family}${withBirth && p.birth ? ` (${birthText(p, 'geb')})` : ''}`);
  const who = debtors.length === 1 ? debtors[0] : `${debtors.slice(0, -1).join(', ')} und ${debtors[debtors.length - 1]}`;
  y = s.para(25, y, 160, `in der Zwangsvollstreckungssache ${h.landlord.kind === 'private' ? 'von' : 'der'} ${h.landlord.name}, ${landlordAddress(h)} (${h.landlord.female ? 'Gläubigerin' : 'Gläubiger'}), gegen ${who} (${plural(h) ? 'Schuldner' : 'Schuldner/in'}) teile ich Ihnen mit, dass ich aufgrund des ${title}s des Amtsgerichts ${h.court.place} vom ${dLong(j.date)}, Geschäftsnummer ${h.fileNumber}, die Räumung der Wohnung`, { font: 'serif', size: 10, gap: 1 });
  y += 2;
  s.text(40, y, flatOneLine(h, rng.chance(0.5)), { font: 'serifB', size: 10 });
  y += 7;
  y = s.para(25, y, 160, `auf ${dWeekLong(e.date)}, ${fmtTime(e.time, 'dot')}, bestimmt habe.`, { font: 'serif', size: 10, gap: 1 });
  y += 3;
  y = s.para(25, y, 160, 'Den Schuldnern ist der Termin mit gleicher Post bekannt gegeben worden. Es ist damit zu rechnen, dass durch die Räumung Obdachlosigkeit eintritt. Ich bitte, mir bis spätestens eine Woche vor dem Termin mitzuteilen, ob eine Unterbringung durch die Stadt erfolgt.', { font: 'serif', size: 10, gap: 1 });
  y += 8;
  s.text(25, y, 'Hochachtungsvoll', { font: 'serif', size: 10 });
  s.text(25, y + 12, b.name, { font: 'serif', size: 10 });
  s.text(25, y + 17, b.title, { font: 'serif', size: 9 });
  s.text(25, 275, `Bankverbindung Dienstkonto: Sparkasse Leipzig, IBAN DE09 8605 5592 11${rng.int(10, 99)} 4471 08`, { font: 'serif', size: 7 });
}

/** Berlin-Lichtenberg: compact boxed form, short date style. */
export function gvBerlin(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const { b, title } = base(c, false);
  const e = h.eviction!;
  const j = h.judgment!;
  s.rect(20, 12, 170, 24, 0.8);
  s.text(24, 15, `${b.title} ${b.name}`, { font: 'condB', size: 11 });
  s.text(24, 21, `Amtsgericht ${courtOf(b.court).place} · ${b.street} · ${b.zip} ${b.city}`, { font: 'cond', size: 8.5 });
  s.text(24, 26, `Tel.: ${b.phone} · Sprechzeit: ${b.hours}`, { font: 'cond', size: 8.5 });
  s.text(24, 31, 'Bitte Geschäftszeichen bei Rückfragen angeben', { font: 'cond', size: 7 });
  s.rect(140, 16, 46, 16, 0.8);
  s.text(142, 18, 'Dienstregister-Nr.', { font: 'cond', size: 7.5 });
  s.text(142, 23, e.dr, { font: 'condB', size: 12 });
  let y = 46;
  for (const l of authorityLines(c)) {
    s.text(25, y, l, { font: 'cond', size: 10 });
    y += 4.5;
  }
  s.text(140, 46, `Berlin, ${dNum(spec.letterDate)}`, { font: 'cond', size: 9.5 });
  y = 82;
  s.text(20, y, 'RÄUMUNGSMITTEILUNG', { font: 'condB', size: 13 });
  y += 6;
  s.text(20, y, '(Mitteilung nach § 130 Abs. 3 GVGA)', { font: 'cond', size: 9 });
  y += 10;
  const row = (k: string, v: string[]): void => {
    v.forEach((line, i) => {
      s.row(y, [{ x: 20, text: i === 0 ? k : '', font: 'cond', size: 10 }, { x: 62, text: line, font: 'condB', size: 10 }]);
      y += 5.2;
    });
    s.hline(20, 190, y - 0.8, 0.2);
    y += 1.5;
  };
  row('Schuldner:', h.tenants.map((p) => `${p.given} ${p.family}`));
  row('Räumungsobjekt:', [`${streetLine(h, true)}${h.flat.addition ? ` (${h.flat.addition})` : ''}`, cityLine(h)]);
  row('Gläubiger:', [h.landlord.name]);
  if (h.landlord.lawyer) row('vertreten durch:', [`${h.landlord.lawyer.name}, ${h.landlord.lawyer.zip} ${h.landlord.lawyer.city}`]);
  row('Titel:', [`${title} AG ${h.court.place} v. ${dNum(j.date)}`, `Gz. ${h.fileNumber.replace(' C ', 'C ')}`]);
  row('Räumung am:', [`${weekdayName(e.date).slice(0, 2)} ${dShort(e.date)} um ${e.time} Uhr`]);
  y += 5;
  y = s.para(20, y, 170, `Die Schuldner ${plural(h) ? 'sind' : 'ist'} über den Termin unterrichtet. Nach meinen Feststellungen wohnen im Haushalt ${rng.int(0, 3)} minderjährige Kinder. Eine Spedition ist beauftragt.`, { font: 'cond', size: 9.5 });
  s.text(20, 276, 'Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.', { font: 'cond', size: 7 });
}

/** Oberberg bailiffs: letter to the town's Ordnungsamt with a two-column table; dates written out. */
export function gvObk(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const withBirth = rng.chance(0.4);
  const { b, title } = base(c, withBirth);
  const e = h.eviction!;
  const j = h.judgment!;
  s.text(20, 12, `${b.name}`, { font: 'sansB', size: 12 });
  s.text(20, 17.5, `${b.title} bei dem Amtsgericht ${courtOf(b.court).place}`, { font: 'sans', size: 8.5 });
  s.text(130, 12, b.street, { font: 'sans', size: 8 });
  s.text(130, 15.5, `${b.zip} ${b.city}`, { font: 'sans', size: 8 });
  s.text(130, 19, `Fon ${b.phone}`, { font: 'sans', size: 8 });
  s.text(130, 22.5, `Geschäftszeiten: ${b.hours}`, { font: 'sans', size: 8 });
  s.hline(20, 190, 27, 0.5);
  let y = 45;
  for (const l of authorityLines(c)) {
    s.text(20, y, l, { font: 'sans', size: 10 });
    y += 4.6;
  }
  s.text(130, 45, `${b.city}, den ${dLong(spec.letterDate)}`, { font: 'sans', size: 9 });
  y = 80;
  s.text(20, y, `Räumungssache ${e.dr}`, { font: 'sansB', size: 11 });
  y += 5.5;
  s.text(20, y, 'Benachrichtigung über den anberaumten Räumungstermin', { font: 'sans', size: 9.5 });
  y += 8;
  const rows: string[][][] = [
    [['Schuldner'], h.tenants.map((p) => `${p.given} ${p.family}${withBirth && p.birth ? `, ${birthText(p, 'geb')}` : ''}`)],
    [['Wohnung'], [flatOneLine(h, false)]],
    [['Gläubiger'], [h.landlord.name, landlordAddress(h)]],
    [['Titel'], [`${title} des Amtsgerichts ${h.court.place} vom ${dLong(j.date)}`, `Aktenzeichen ${h.fileNumber}`]],
    [['Räumungstermin'], [`${dWeekLong(e.date)}, ${fmtTime(e.time, 'h')}`]],
  ];
  y = table(s, 20, y, [40, 130], rows, { size: 9.5, boldFirst: true });
  y += 7;
  y = s.para(20, y, 170, `Sehr geehrte Damen und Herren, nach § 130 Abs. 3 GVGA unterrichte ich Sie über den vorgenannten Termin, da ${namesJoined(h.tenants, 'titled')} voraussichtlich obdachlos ${plural(h) ? 'werden' : 'wird'}. Den Schuldnern wurde die Räumung am ${dNum(spec.letterDate)} angekündigt.`, { font: 'sans', size: 9.5 });
  y += 6;
  s.text(20, y, 'Mit freundlichem Gruß', { font: 'sans', size: 9.5 });
  s.text(20, y + 11, `${b.name}, ${b.title}`, { font: 'sans', size: 9.5 });
  s.hline(20, 190, 278, 0.3);
  s.text(20, 280, `Konto: Sparkasse Gummersbach · IBAN DE55 3845 0000 1000 ${rng.int(1000, 9999)} 17 · Gläubiger-ID nicht vorhanden`, { font: 'sans', size: 6.5 });
}

export { money };
