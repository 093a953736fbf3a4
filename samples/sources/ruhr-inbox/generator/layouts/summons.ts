import { dLong, dmy, fileVariant, fmtDate, fmtTime, joinedNames } from '../format.js';
import { Sheet } from '../sheet.js';
import { block, courtOf, flatLines, flatOneLine, labelled, recipientLines, tenantLines, type Ctx } from './common.js';
import { wupLetterhead } from './notices-ruhr.js';

/** Hearing summonses / Terminsmitteilungen, one fixed form per court. */

function caseTitle(ctx: Ctx): string {
  return `${ctx.hh.landlord.name} ./. ${joinedNames(ctx.hh.tenants)}`;
}

export function gmSummons(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'lib', size: 10, color: '#000000' };
  s.text(25, 15, c.name, { font: 'lib-b', size: 14 });
  s.text(25, 22, `${c.street} · ${c.postalCode} ${c.place}`, { size: 8.5 });
  block(s, 25, 53, recipientLines(ctx));
  s.row(50, [{ x: 125, str: 'Geschäftsnummer:', style: { size: 8.5 } }, { x: 155, str: hh.fileNumber, style: { font: 'lib-b' } }]);
  s.row(61, [{ x: 125, str: 'Datum:', style: { size: 8.5 } }, { x: 155, str: dmy(spec.letterDate) }]);
  s.text(25, 98, 'Terminsmitteilung', { font: 'lib-b', size: 12 });
  let y = labelled(s, 108, 25, 60, 'In Sachen', [caseTitle(ctx)]);
  p.address = rng.chance(0.6);
  if (p.address) y = labelled(s, y, 25, 60, 'Wohnung:', [flatOneLine(ctx, false)]);
  p.received = rng.chance(0.5);
  if (p.received) y = labelled(s, y, 25, 60, 'Klageeingang:', [dmy(hh.claimReceived)]);
  y = s.para(25, y + 4, 165, 'wird Ihnen im Nachgang zur Mitteilung nach § 22 Abs. 9 SGB II mitgeteilt, dass nunmehr Termin zur mündlichen Verhandlung (Güteverhandlung und ggf. anschließender Haupttermin) bestimmt ist auf:') + 3;
  const h = hh.hearing;
  const b1 = s.text(45, y, `${fmtDate(h.date, 'wd-dmy')}, ${fmtTime(h.time, 'colon-uhr')}`, { font: 'lib-b', size: 11 });
  s.mark(b1);
  s.text(45, y + 6, `${h.room}, Amtsgericht Gummersbach, ${c.street}`, { font: 'lib-b', size: 11 });
  y = s.para(25, y + 16, 165, 'Das persönliche Erscheinen der Beklagten ist angeordnet. Diese Mitteilung ergeht nachrichtlich.', { size: 9.5 }) + 6;
  s.text(25, y, 'Auf Anordnung');
  s.text(25, y + 9, `${rng.pick(['Schneider', 'Kaminski', 'Hoppe'])}, Justizbeschäftigte`);
  s.line(25, 276, 190, 276, 0.3);
  s.text(25, 278, 'Sprechzeiten: Mo–Fr 8.30–12.00 Uhr · Zahlungen: Landeshauptkasse NRW · IBAN DE61 3005 0000 0004 0000 17', { size: 7 });
  return s;
}

export function wippSummons(ctx: Ctx): Sheet {
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
  s.text(22, 78, 'Ladung / Terminsnachricht', { font: 'sans-b', size: 11.5 });
  const rows: [string, string[]][] = [
    ['Kläger/in', [hh.landlord.name]],
    ['Beklagte/r', tenantLines(hh, 'numbered', { birth: null })],
    ['Räumungsobjekt', flatLines(ctx, { abbr: true, additionInline: true })],
    ['Termin', [`${fmtDate(hh.hearing.date, 'wd-dmy')}, ${fmtTime(hh.hearing.time, 'dot-uhr')}`]],
    ['Sitzungssaal', [hh.hearing.room]],
    ['Art des Termins', ['Güteverhandlung und Haupttermin']],
  ];
  p.received = false;
  let y = 88;
  s.line(22, y, 190, y, 0.6);
  for (const [label, values] of rows) {
    const hgt = values.length * 4.6 + 3;
    s.row(y + 2, [{ x: 24, str: label, style: { size: 9 } }, { x: 88, str: values[0] ?? '' }]);
    values.slice(1).forEach((v, i) => s.text(88, y + 2 + (i + 1) * 4.6, v));
    if (label === 'Termin') s.mark({ x: 88, y: y + 2, w: 60, h: 4.6 });
    for (const x of [22, 86, 190]) s.line(x, y, x, y + hgt, 0.6);
    y += hgt;
    s.line(22, y, 190, y, 0.6);
  }
  y = s.para(22, y + 6, 166, 'Die Mitteilung ergänzt die Mitteilung in Zivilsachen über den Eingang der Räumungsklage. Eine Terminsverlegung wird gesondert mitgeteilt.') + 8;
  s.text(22, y, `${rng.pick(['Berghaus', 'Lüdtke'])}, Justizhauptsekretär/in`);
  return s;
}

export function waldSummons(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'mono', size: 9.5, color: '#111111' };
  s.text(22, 14, 'Amtsgericht', { size: 10 });
  s.text(22, 19, c.place, { font: 'mono-b', size: 10 });
  s.text(130, 14, `Geschäfts-Nr.: ${hh.fileNumber}`, { font: 'mono-b' });
  s.text(130, 19, `${c.place}, ${dmy(spec.letterDate)}`);
  block(s, 22, 44, recipientLines(ctx));
  s.text(22, 86, 'Terminsbenachrichtigung', { font: 'mono-b', size: 10.5 });
  p.received = true;
  p.address = false;
  let y = s.para(22, 96, 166, `In dem Räumungsrechtsstreit ${hh.landlord.name} gegen ${tenantLines(hh, 'family-first', { birth: null }).join('; ')} (Klage eingegangen am ${dmy(hh.claimReceived)}) wird Termin zur mündlichen Verhandlung bestimmt auf`);
  const b = s.text(40, y + 3, `${fmtDate(hh.hearing.date, 'wd-den-long')}, ${fmtTime(hh.hearing.time, 'dot-uhr')},`, { font: 'mono-b' });
  s.mark(b);
  s.text(40, y + 8, `${hh.hearing.room}, ${c.street}, ${c.postalCode} ${c.place}.`, { font: 'mono-b' });
  y = s.para(22, y + 18, 166, 'Diese Nachricht erhalten Sie im Anschluss an unsere Mitteilung gem. § 22 SGB II.') + 8;
  s.text(22, y, `${rng.pick(['Heuser', 'Pütz'])}, JAng`);
  return s;
}

export function wupSummons(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'serif', size: 10, color: '#000000' };
  wupLetterhead(s, ctx);
  block(s, 20, 51, recipientLines(ctx));
  s.row(52, [{ x: 128, str: 'Aktenzeichen:', style: { size: 8 } }, { x: 152, str: fileVariant(hh.fileNumber, 'tight'), style: { font: 'serif-b' } }]);
  s.row(57, [{ x: 128, str: 'Datum:', style: { size: 8 } }, { x: 152, str: dmy(spec.letterDate) }]);
  s.text(20, 92, 'Betr.: Räumungsklage – Terminsbestimmung', { font: 'serif-b', size: 10.5 });
  p.received = rng.chance(0.6);
  p.address = true;
  const intro = p.received ? `unsere Mitteilung vom ${dmy(addLetter(hh.claimReceived))} über die am ${dmy(hh.claimReceived)} eingegangene Klage` : 'unsere Mitteilung über den Eingang der Räumungsklage';
  let y = s.para(20, 101, 170, `Sehr geehrte Damen und Herren,\nim Anschluss an ${intro} teilen wir mit, dass in dem Rechtsstreit`);
  y = block(s, 30, y + 2, [hh.landlord.name, 'gegen', ...tenantLines(hh, 'family-first', { birth: null })]) + 2;
  y = labelled(s, y, 20, 60, 'Mietwohnung:', flatLines(ctx, { abbr: false, additionInline: true })) + 2;
  y = s.para(20, y, 170, 'Termin zur mündlichen Verhandlung anberaumt worden ist auf') + 1;
  const b = s.text(30, y, `${fmtDate(hh.hearing.date, 'wd-dmy')}, ${fmtTime(hh.hearing.time, 'colon')} Uhr, ${hh.hearing.room}`, { font: 'serif-b' });
  s.mark(b);
  y = s.para(20, y + 9, 170, `Ort: ${c.name}, ${c.street}, ${c.postalCode} ${c.place}.\nMit freundlichen Grüßen`) + 10;
  s.text(20, y, 'Oberdick, Justizsekretär');
  return s;
}

function addLetter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3);
  return d.toISOString().slice(0, 10);
}

export function geSummons(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'cond', size: 10.5, color: '#000000' };
  s.right(190, 14, c.name, { font: 'cond-b', size: 13 });
  s.right(190, 20, `${c.street} · ${c.postalCode} ${c.place}`, { size: 8.5 });
  block(s, 24, 53, recipientLines(ctx));
  const az = fileVariant(hh.fileNumber, 'spaced');
  s.text(24, 88, `Geschäftszeichen: ${az}`, { font: 'cond-b' });
  s.right(190, 88, `${c.place}, ${dLong(spec.letterDate)}`);
  s.text(24, 98, 'Terminsmitteilung in der Räumungssache', { font: 'cond-b' });
  p.received = false;
  p.address = rng.chance(0.5);
  let y = 108;
  y = labelled(s, y, 24, 64, 'Klägerin:', [hh.landlord.name]);
  y = labelled(s, y, 24, 64, 'Beklagte:', tenantLines(hh, hh.tenants.length > 1 ? 'zu' : 'lines', { birth: null, titles: true }));
  if (p.address) y = labelled(s, y, 24, 64, 'wohnhaft:', [flatOneLine(ctx, true)]);
  y += 4;
  const h = hh.hearing;
  y = s.para(24, y, 166, `Termin zur mündlichen Verhandlung: ${fmtDate(h.date, 'dmy')}, ${fmtTime(h.time, 'colon-uhr')}, ${h.room}.`);
  s.mark({ x: 24, y: y - 5, w: 120, h: 5 });
  y = s.para(24, y + 3, 166, 'Bitte beachten Sie, dass die Schonfrist des § 569 Abs. 3 Nr. 2 BGB mit Zustellung der Klage zu laufen beginnt.') + 8;
  s.text(24, y, `gez. ${rng.pick(['Wiechers', 'Tuncay'])}, Geschäftsstelle`);
  return s;
}
