import { SERVICE } from '../data.js';
import { dLong, dmy, fmtDate, fmtMoney, fmtTime, weekdayName } from '../format.js';
import { Sheet } from '../sheet.js';
import { block, courtOf, flatLines, foldMarks, labelled, landlordLines, lawyerOf, recipientLines, tenantLines, type Ctx } from './common.js';

/** Court notices of the three Oberberg courts: each court's software has its own fixed form. */

/** AG Gummersbach: labelled form lines with a tab column, info block at the right. */
export function gmNotice(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'lib', size: 10, color: '#000000' };
  foldMarks(s);
  s.text(25, 15, c.name, { font: 'lib-b', size: 14 });
  s.text(25, 22, `${c.street} · ${c.postalCode} ${c.place}`, { size: 8.5 });
  s.text(25, 46, `${c.name}, ${c.poBox ?? ''}`, { size: 7, underline: true });
  block(s, 25, 53, recipientLines(ctx));
  const ix = 125;
  s.row(50, [{ x: ix, str: 'Geschäftsnummer:', style: { size: 8.5 } }, { x: ix + 30, str: hh.fileNumber, style: { font: 'lib-b' } }]);
  s.text(ix, 55, 'Bitte bei allen Schreiben angeben', { size: 7.5 });
  s.row(61, [{ x: ix, str: 'Datum:', style: { size: 8.5 } }, { x: ix + 30, str: dmy(spec.letterDate) }]);
  s.row(66, [{ x: ix, str: 'Telefon:', style: { size: 8.5 } }, { x: ix + 30, str: c.phone }]);
  s.row(71, [{ x: ix, str: 'Durchwahl:', style: { size: 8.5 } }, { x: ix + 30, str: `-${rng.int(201, 289)}` }]);
  s.text(25, 98, 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'lib-b', size: 12 });
  s.text(25, 104, '(Mitteilungen in Zivilsachen – MiZi IV/1 – Räumungssachen)', { size: 8.5 });
  let y = s.para(25, 112, 165, 'In dem nachstehend bezeichneten Rechtsstreit wegen Räumung von Wohnraum wird Folgendes mitgeteilt:');
  y += 3;
  const lx = 25;
  const vx = 88;
  p.birth = rng.chance(0.5);
  y = labelled(s, y, lx, vx, 'Eingang der Klage:', [dmy(hh.claimReceived)], { mark: true }) + 1.5;
  y = labelled(s, y, lx, vx, 'Klagende Partei:', landlordLines(hh, true)) + 1.5;
  const law = lawyerOf(hh);
  if (law) y = labelled(s, y, lx, vx, 'Prozessbevollm.:', [law.name, `${law.street}, ${law.postalCode} ${law.city}`]) + 1.5;
  y = labelled(s, y, lx, vx, 'Beklagte Partei:', tenantLines(hh, 'lines', { birth: p.birth ? 'geb-comma' : null })) + 1.5;
  y = labelled(s, y, lx, vx, 'Wohnung (Räumungsobjekt):', flatLines(ctx, { abbr: false, additionInline: false })) + 1.5;
  y = labelled(s, y, lx, vx, 'Monatliche Miete:', [fmtMoney(hh.monthlyRent, 'eur')]) + 1.5;
  y = labelled(s, y, lx, vx, 'Mietrückstand/Entschädigung:', [fmtMoney(hh.arrears, 'eur')], { mark: true }) + 1.5;
  p.served = hh.claimServed !== null && hh.claimServed < spec.letterDate;
  y = labelled(s, y, lx, vx, 'Zustellung der Klage:', [p.served && hh.claimServed ? dmy(hh.claimServed) : 'noch nicht erfolgt']) + 1.5;
  p.hearing = hh.earlyHearing !== null;
  const h = hh.earlyHearing;
  y = labelled(s, y, lx, vx, 'Termin z. mündl. Verhandlung:', h ? [`${fmtDate(h.date, 'wd-dmy')}, ${fmtTime(h.time, 'colon-uhr')}`, `${h.room}, ${c.street}, ${c.postalCode} ${c.place}`] : ['noch nicht bestimmt'], { mark: h !== null }) + 4;
  y = s.para(25, y, 165, 'Die Mitteilung dient der Prüfung, ob Leistungen zur Sicherung der Unterkunft (§ 22 Abs. 8 SGB II, § 36 Abs. 1 SGB XII) in Betracht kommen. Sie darf nur zu diesem Zweck verwendet werden.', { size: 9 }) + 6;
  s.text(25, y, 'Auf Anordnung', { size: 9 });
  s.text(25, y + 9, `${rng.pick(['Schneider', 'Kaminski', 'Hoppe', 'Wirtz'])}, Justizbeschäftigte`, { size: 9 });
  s.text(25, y + 14, 'Maschinell erstellt, ohne Unterschrift gültig.', { size: 7.5 });
  s.line(25, 276, 190, 276, 0.3);
  s.text(25, 278, `Sprechzeiten: Mo–Fr 8.30–12.00 Uhr · Telefax: ${c.phone.replace('-0', '-250')}`, { size: 7 });
  s.text(25, 282, 'Zahlungen: Landeshauptkasse NRW · IBAN DE61 3005 0000 0004 0000 17 · BIC WELADEDDXXX', { size: 7 });
  return s;
}

/** AG Wipperfürth: ruled two-column table, notes on a second page. */
export function wippNotice(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'sans', size: 9.5, color: '#000000' };
  s.center(105, 14, c.name.toUpperCase(), { font: 'sans-b', size: 13 });
  s.center(105, 21, `${c.street}, ${c.postalCode} ${c.place} · Telefon ${c.phone}`, { size: 8 });
  s.line(20, 27, 190, 27, 0.8);
  block(s, 22, 40, recipientLines(ctx));
  s.row(40, [{ x: 130, str: 'Aktenzeichen' }, { x: 158, str: hh.fileNumber, style: { font: 'sans-b' } }]);
  s.row(46, [{ x: 130, str: 'Datum' }, { x: 158, str: dmy(spec.letterDate) }]);
  s.text(22, 78, 'Mitteilung in Zivilsachen – Räumungsrechtsstreit', { font: 'sans-b', size: 11.5 });
  s.text(22, 84, 'gemäß § 22 Absatz 9 SGB II und § 36 Absatz 2 SGB XII', { size: 9 });
  const lx = 22;
  const vx = 86;
  const right = 190;
  let y = 92;
  p.birth = rng.chance(0.7);
  const law = lawyerOf(hh);
  p.served = hh.claimServed !== null && hh.claimServed < spec.letterDate && rng.chance(0.8);
  const h = hh.earlyHearing;
  p.hearing = h !== null;
  const rows: [string, string[], boolean][] = [
    ['Tag des Eingangs der Klage', [dmy(hh.claimReceived)], true],
    ['Kläger/in', [...landlordLines(hh, true), ...(law ? [`Prozessbevollmächtigte: ${law.short}, ${law.city}`] : [])], false],
    ['Beklagte/r', tenantLines(hh, 'numbered', { birth: p.birth ? 'geb-paren' : null }), false],
    ['Anschrift der Wohnung', flatLines(ctx, { abbr: true, additionInline: true }), false],
    ['Höhe der monatlichen Miete', [fmtMoney(hh.monthlyRent, 'eur-sign')], false],
    ['Geltend gemachter Mietrückstand', [fmtMoney(hh.arrears, 'eur-sign')], true],
    ['Geltend gemachte Nutzungsentschädigung', ['keine'], false],
    ['Zustellung der Klage', [p.served && hh.claimServed ? `am ${dmy(hh.claimServed)}` : '—'], false],
    ['Termin zur mündlichen Verhandlung', h ? [`${dmy(h.date)} um ${fmtTime(h.time, 'dot-uhr')}`, h.room] : ['noch nicht bestimmt'], h !== null],
  ];
  s.line(lx, y, right, y, 0.6);
  for (const [label, values, mark] of rows) {
    const labelLines = s.wrap(label, vx - lx - 4, { size: 9 });
    const n = Math.max(labelLines.length, values.length);
    const hgt = n * 4.6 + 3;
    labelLines.forEach((l, i) => {
      const v = values[i];
      if (v !== undefined) s.row(y + 2 + i * 4.6, [{ x: lx + 2, str: l, style: { size: 9 } }, { x: vx + 2, str: v }]);
      else s.text(lx + 2, y + 2 + i * 4.6, l, { size: 9 });
    });
    values.slice(labelLines.length).forEach((v, i) => s.text(vx + 2, y + 2 + (labelLines.length + i) * 4.6, v));
    if (mark && values[0]) s.mark({ x: vx + 2, y: y + 2, w: s.width(values[0]), h: 4.6 });
    s.line(lx, y, lx, y + hgt, 0.6);
    s.line(vx, y, vx, y + hgt, 0.6);
    s.line(right, y, right, y + hgt, 0.6);
    y += hgt;
    s.line(lx, y, right, y, 0.6);
  }
  s.text(22, y + 8, 'Hinweise siehe Rückseite / Seite 2.', { size: 8.5 });
  s.right(190, 283, 'Seite 1 von 2', { size: 8 });
  s.newPage();
  s.text(22, 15, `${c.name} – ${hh.fileNumber}`, { size: 8.5 });
  s.text(22, 30, 'Hinweise', { font: 'sans-b', size: 11 });
  let y2 = s.para(22, 38, 166, 'Diese Mitteilung ergeht von Amts wegen. Sie soll dem zuständigen Träger ermöglichen zu prüfen, ob durch eine Übernahme der Mietrückstände Wohnungslosigkeit vermieden werden kann. Eine Übernahme innerhalb von zwei Monaten nach Eintritt der Rechtshängigkeit kann die fristlose Kündigung unwirksam machen (§ 569 Abs. 3 Nr. 2 BGB).');
  y2 = s.para(22, y2 + 4, 166, 'Die übermittelten Daten sind Sozialdaten bzw. personenbezogene Daten und dürfen nur für den Zweck verwendet werden, zu dem sie übermittelt worden sind (§ 19 EGGVG). Sie sind zu löschen, sobald sie hierfür nicht mehr benötigt werden.');
  s.text(22, y2 + 10, `${c.place}, ${dmy(spec.letterDate)}`);
  s.text(22, y2 + 22, `${rng.pick(['Berghaus', 'Lüdtke', 'Schmalenbach'])}, Justizhauptsekretär/in`);
  s.text(22, y2 + 27, 'als Urkundsbeamter/in der Geschäftsstelle');
  s.right(190, 283, 'Seite 2 von 2', { size: 8 });
  return s;
}

/** AG Waldbröl: an old form in typewriter type, prose, older paragraphs, family name first. */
export function waldNotice(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'mono', size: 9.5, color: '#111111' };
  s.text(22, 14, 'Amtsgericht', { size: 10 });
  s.text(22, 19, c.place, { font: 'mono-b', size: 10 });
  s.text(22, 24, `${c.street}, ${c.postalCode} ${c.place}`, { size: 8 });
  s.text(130, 14, `Geschäfts-Nr.: ${hh.fileNumber}`, { font: 'mono-b' });
  s.text(130, 19, `${c.place}, ${dmy(spec.letterDate)}`);
  s.text(130, 24, `Tel. ${c.phone}`, { size: 8 });
  block(s, 22, 44, recipientLines(ctx));
  s.text(22, 80, 'Vordruck MiZi IV/1 (Stand 03/2008)', { size: 7.5 });
  s.text(22, 86, 'Mitteilung gem. § 22 Abs. 6 SGB II / § 34 Abs. 2 SGB XII', { font: 'mono-b', size: 10 });
  s.text(22, 91, '(früher § 15a Abs. 2 BSHG) über den Eingang einer Räumungsklage', { size: 9 });
  s.text(22, 101, 'Sehr geehrte Damen und Herren,');
  p.birth = rng.chance(0.6);
  const defs = tenantLines(hh, 'family-first', { birth: p.birth ? 'geb-comma' : null });
  const flat = flatLines(ctx, { abbr: true, additionInline: true });
  let y = s.para(22, 109, 166, `in dem Rechtsstreit ${hh.landlord.name}, ${hh.landlord.street}, ${hh.landlord.postalCode} ${hh.landlord.city} – Kläger/in – gegen`);
  y = block(s, 32, y + 1, defs) + 1;
  y = s.para(22, y, 166, `– Beklagte – wird mitgeteilt, dass die Klage auf Räumung der Wohnung ${flat.join(', ')} am ${dmy(hh.claimReceived)} bei Gericht eingegangen ist.`);
  y = s.para(22, y + 3, 166, `Die monatlich zu zahlende Miete beträgt lt. Klageschrift ${fmtMoney(hh.monthlyRent, 'euro-plain')}. Geltend gemacht werden Mietrückstände und Nutzungsentschädigung von insgesamt ${fmtMoney(hh.arrears, 'euro-plain')}.`);
  p.served = false;
  const h = hh.earlyHearing;
  p.hearing = h !== null;
  if (h) y = s.para(22, y + 3, 166, `Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(h.date, 'wd-den-long')}, ${fmtTime(h.time, 'dot-uhr')}, ${h.room}.`);
  else y = s.para(22, y + 3, 166, 'Ein Termin zur mündlichen Verhandlung ist bisher nicht bestimmt.');
  y = s.para(22, y + 3, 166, 'Um Prüfung wird gebeten, ob die Voraussetzungen einer Übernahme der Rückstände vorliegen.');
  s.text(22, y + 8, 'Mit freundlichen Grüßen');
  s.text(22, y + 14, 'Auf Anordnung');
  s.text(22, y + 26, `${rng.pick(['Heuser', 'Pütz', 'Kretschmer'])}, JAng`);
  s.text(22, 283, `An: ${SERVICE.name[0] ?? ''} (nachrichtlich)`, { size: 7 });
  void dLong;
  void weekdayName;
  return s;
}
