// Bailiffs' notices of an eviction date (§ 128 Abs. 2, § 130 Abs. 3 GVGA), one letter layout per bailiff.
import { Doc, MM, PAGE_W, PAGE_H } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { fmtDate, fmtTime } from './fmt.js';
import { RECIPIENTS } from './data.js';
import { addressInline, cityLine, isCouple, nameOf, namesInline, streetLine } from './tpl-common.js';

const TITLE_WORD: Record<string, string> = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Räumungsurteil' };
const recipientFor = (s: DocSpec): string[] => RECIPIENTS[s.hh.region === 'obk' ? 'obk' : s.hh.court.key]!;

/** Gummersbach: letterhead with the bailiff's name, ruled table of the case. */
export function gvGm(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const b = hh.bailiff!;
  d.font = 'sans';
  d.text(20 * MM, 13 * MM, b.name, { font: 'sansB', size: 12 });
  d.text(20 * MM, 13 * MM + 15, `${b.title} bei dem Amtsgericht Gummersbach`, { size: 9 });
  d.text(PAGE_W - 20 * MM, 13 * MM, `${b.street} · ${b.plz} ${b.city}`, { size: 8, align: 'right' });
  d.text(PAGE_W - 20 * MM, 13 * MM + 11, `Tel. ${b.phone} · ${b.hours}`, { size: 8, align: 'right' });
  d.line(20 * MM, 27 * MM, PAGE_W - 20 * MM, 27 * MM, 0.5);
  let y = 47 * MM;
  for (const l of recipientFor(s)) { d.text(20 * MM, y, l, { size: 10 }); y += 13; }
  d.row(47 * MM, [[130 * MM, 'DR-Nr.:', { size: 9 }], [148 * MM, hh.dr, { font: 'sansB', size: 10.5, hl: true }]]);
  d.row(47 * MM + 14, [[130 * MM, 'Datum:', { size: 9 }], [148 * MM, fmtDate(s.letterDate, 'dd.mm.yyyy'), { size: 9.5 }]]);
  d.freeSpot(128 * MM, 66 * MM, 62 * MM, 24 * MM);
  y = 98 * MM;
  d.text(20 * MM, y, 'Mitteilung über einen Räumungstermin', { font: 'sansB', size: 12.5 });
  d.text(20 * MM, y + 16, 'gemäß § 130 Abs. 3 GVGA – drohende Obdachlosigkeit', { size: 9 });
  y += 36;
  const X0 = 20 * MM; const X1 = 68 * MM; const X2 = PAGE_W - 20 * MM;
  const row = (label: string, vals: string[], bold = false): void => {
    const h = vals.length * 13 + 8;
    d.line(X0, y, X2, y, 0.5);
    d.row(y + 5, [[X0 + 2, label, { size: 9 }], [X1, vals[0]!, { size: 10, font: bold ? 'sansB' : 'sans', hl: bold }]]);
    vals.slice(1).forEach((v, i) => d.text(X1, y + 5 + (i + 1) * 13, v, { size: 10 }));
    y += h;
  };
  row('Schuldner:', hh.tenants.map((p, i) => `${hh.tenants.length > 1 ? `${i + 1}) ` : ''}${nameOf(p, 'rev')}${s.flags.birth && p.birth ? `, geb. ${fmtDate(p.birth, 'dd.mm.yyyy')}` : ''}`));
  row('Räumungsobjekt:', [`${streetLine(hh, true)}${hh.flat.addition ? `, ${hh.flat.addition}` : ''}`, cityLine(hh)]);
  row('Gläubiger:', [hh.landlord.name, ...(hh.landlord.lawyer ? [`vertr. d. ${hh.landlord.lawyer.firm}`] : [])]);
  row('Titel:', [`${TITLE_WORD[hh.judgment.kind]} des Amtsgerichts Gummersbach`, `vom ${fmtDate(hh.judgment.date, 'dd.mm.yyyy')}, Az. ${hh.fileNo}`]);
  const e = hh.eviction;
  row('Räumungstermin:', [`${fmtDate(e.date, 'weekday-num')}, ${fmtTime(e.time, 'colon')}`], true);
  d.line(X0, y, X2, y, 0.5);
  y += 16;
  y = d.para(20 * MM, y, X2 - X0, `Den Schuldnern ist der Termin mit Schreiben vom ${fmtDate(s.letterDate, 'dd.mm.yyyy')} bekannt gegeben worden. Nach meinen Feststellungen ist eine Ersatzunterkunft bisher nicht nachgewiesen. Ich rege an, die Unterbringung zu prüfen. Sollte die Räumung abgewendet werden, bitte ich um kurze Nachricht.`, { size: 9.5 }) + 10;
  d.text(20 * MM, y, 'Mit freundlichen Grüßen', { size: 9.5 });
  d.text(20 * MM, y + 28, `${b.name}, ${b.title}`, { size: 9.5 });
  d.freeSpot(110 * MM, y, 80 * MM, 30 * MM);
  d.text(20 * MM, PAGE_H - 14 * MM, `Dienstkonto: Sparkasse Gummersbach, IBAN DE71 3845 0000 0000 4711 08 · Geschäftszimmer Mo-Fr 9-11 Uhr`, { size: 7 });
}

/** Hamburg: a plain prose letter from the bailiff's office. */
export function gvHh(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const b = hh.bailiff!;
  d.font = 'serif';
  d.text(25 * MM, 15 * MM, `${b.title} ${b.name}`, { font: 'serifB', size: 11 });
  d.text(25 * MM, 15 * MM + 13, `${b.street}, ${b.plz} ${b.city}`, { size: 9 });
  d.text(25 * MM, 15 * MM + 25, `Telefon ${b.phone} · Sprechzeiten ${b.hours}`, { size: 9 });
  let y = 50 * MM;
  for (const l of recipientFor(s)) { d.text(25 * MM, y, l, { size: 10.5 }); y += 13; }
  d.text(PAGE_W - 20 * MM, 50 * MM, `Hamburg, den ${fmtDate(s.letterDate, 'long')}`, { size: 10, align: 'right' });
  d.text(PAGE_W - 20 * MM, 50 * MM + 14, `Geschäftszeichen: ${hh.dr}`, { size: 10, align: 'right', hl: true });
  d.text(PAGE_W - 20 * MM, 50 * MM + 28, '(bitte stets angeben)', { size: 8, align: 'right' });
  d.freeSpot(125 * MM, 72 * MM, 65 * MM, 20 * MM);
  y = 100 * MM;
  y = d.para(25 * MM, y, 160 * MM, `Zwangsvollstreckungssache ${hh.landlord.name} ./. ${hh.tenants.map((p) => p.family).filter((f, i, a) => a.indexOf(f) === i).join(' u. a. ')}`, { font: 'serifB', size: 10.5, lead: 14 });
  d.text(25 * MM, y, 'hier: Räumung von Wohnraum – Mitteilung gem. § 130 GVGA', { font: 'serifB', size: 10.5 });
  y += 26;
  const W = 160 * MM;
  y = d.para(25 * MM, y, W, 'Sehr geehrte Damen und Herren,', { size: 10.5 }) + 4;
  const j = hh.judgment;
  const who = isCouple(hh) ? `die Eheleute ${namesInline(hh)}` : namesInline(hh, true);
  y = d.para(25 * MM, y, W, `aufgrund des ${TITLE_WORD[j.kind] === 'Räumungsurteil' ? 'Urteils' : TITLE_WORD[j.kind] + 's'} des ${hh.court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(j.date, 'dd.mm.yyyy')} (Geschäftsnummer ${hh.fileNo}) betreibt die Gläubigerseite, ${hh.landlord.name}, die Räumung der Wohnung ${addressInline(hh)}, gegen ${who}.`, { size: 10.5 }) + 4;
  const e = hh.eviction;
  y = d.para(25 * MM, y, W, `Ich habe den Termin zur Räumung festgesetzt auf`, { size: 10.5 }) + 2;
  d.text(PAGE_W / 2, y, `${fmtDate(e.date, 'weekday-den')}, ${fmtTime(e.time, 'dot')}.`, { font: 'serifB', size: 11.5, align: 'center', hl: true });
  y += 22;
  y = d.para(25 * MM, y, W, 'Der Räumungsschuldner ist davon unterrichtet. Da Obdachlosigkeit droht, gebe ich Ihnen Gelegenheit, rechtzeitig Maßnahmen zu ergreifen. Die Räumung erfolgt im Wege der sogenannten Berliner Räumung (§ 885a ZPO), sofern die Gläubigerseite dies beantragt.', { size: 10.5 }) + 8;
  y = d.para(25 * MM, y, W, 'Hochachtungsvoll', { size: 10.5 }) + 20;
  d.text(25 * MM, y, b.name, { size: 10.5, font: 'serifI' });
  d.text(25 * MM, y + 13, b.title, { size: 9 });
  d.freeSpot(110 * MM, y - 6, 80 * MM, 30 * MM);
}

/** Kassel: an older pre-printed form filled in with a typewriter font. */
export function gvKs(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const b = hh.bailiff!;
  d.font = 'sans';
  d.rect(15 * MM, 12 * MM, PAGE_W - 30 * MM, 26 * MM, 0.8);
  d.text(18 * MM, 14 * MM, `Der ${b.title}`, { size: 8 });
  d.text(18 * MM, 14 * MM + 10, 'bei dem Amtsgericht Kassel', { size: 8 });
  d.text(18 * MM, 14 * MM + 24, b.name, { size: 10.5, font: 'mono' });
  d.text(18 * MM, 14 * MM + 37, `${b.street}, ${b.plz} ${b.city}`, { size: 9.5, font: 'mono' });
  d.row(14 * MM, [[120 * MM, 'Geschäftszeichen', { size: 8 }]]);
  d.text(120 * MM, 14 * MM + 11, hh.dr.replace('DR II ', 'DR II '), { size: 11, font: 'monoB', hl: true });
  d.row(14 * MM + 28, [[120 * MM, 'Datum', { size: 8 }], [135 * MM, fmtDate(s.letterDate, 'dd.mm.yy'), { size: 10, font: 'mono' }]]);
  let y = 48 * MM;
  for (const l of recipientFor(s)) { d.text(20 * MM, y, l, { size: 10, font: 'mono' }); y += 12.5; }
  d.freeSpot(120 * MM, 46 * MM, 70 * MM, 30 * MM);
  y = 92 * MM;
  d.text(20 * MM, y, 'Benachrichtigung über eine bevorstehende Zwangsräumung', { font: 'sansB', size: 11.5 });
  d.text(20 * MM, y + 15, '(Vordruck GV 31 – Mitteilung an die Obdachlosenbehörde)', { size: 8 });
  y += 36;
  const L = 20 * MM; const V = 75 * MM;
  const f = (label: string, vals: string[], bold = false): void => {
    d.row(y, [[L, label, { size: 8.5 }], [V, vals[0]!, { size: 10, font: bold ? 'monoB' : 'mono', hl: bold }]]);
    d.line(V - 2, y + 11, PAGE_W - 20 * MM, y + 11, 0.3, '#555');
    y += 15;
    for (const v of vals.slice(1)) { d.text(V, y, v, { size: 10, font: 'mono' }); d.line(V - 2, y + 11, PAGE_W - 20 * MM, y + 11, 0.3, '#555'); y += 15; }
    y += 5;
  };
  f('Schuldner/in:', hh.tenants.map((p) => nameOf(p, 'caps-family')));
  f('Anschrift/Wohnung:', [`${streetLine(hh, true)}`, ...(hh.flat.addition ? [hh.flat.addition] : []), cityLine(hh)]);
  f('Gläubiger/in:', [hh.landlord.name]);
  f('Vollstreckungstitel:', [`${TITLE_WORD[hh.judgment.kind]} AG Kassel`, `v. ${fmtDate(hh.judgment.date, 'd.m.yy')} - ${hh.fileNo}`]);
  const e = hh.eviction;
  f('Räumungstermin am:', [`${fmtDate(e.date, 'd.m.yyyy')} um ${fmtTime(e.time, 'h')}`], true);
  f('Personen im Haushalt:', [`${hh.tenants.length + r.int(0, 3)} (lt. Angabe Gläubiger)`]);
  y += 10;
  y = d.para(L, y, PAGE_W - 40 * MM, 'Die Räumung wird voraussichtlich durchgeführt. Ob die Schuldner eine andere Unterkunft gefunden haben, ist hier nicht bekannt. Um Prüfung ordnungsbehördlicher Maßnahmen wird gebeten.', { size: 9 }) + 18;
  d.text(120 * MM, y, b.name, { size: 10, font: 'mono' });
  d.text(120 * MM, y + 12, b.title, { size: 8 });
  d.freeSpot(L, y - 4, 80 * MM, 26 * MM);
}
