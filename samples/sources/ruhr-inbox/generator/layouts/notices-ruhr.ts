import { dLong, dmy, fileVariant, fmtDate, fmtMoney, fmtTime, fullName, salutation } from '../format.js';
import { Sheet } from '../sheet.js';
import { block, courtOf, flatLines, flatOneLine, labelled, lawyerOf, recipientLines, tenantLines, type Ctx } from './common.js';

/** Court notices of AG Wuppertal (three-column letterhead, party table, two pages) and AG Gelsenkirchen (prose). */

export function wupLetterhead(s: Sheet, ctx: Ctx): void {
  const c = courtOf(ctx.hh);
  s.text(20, 12, c.name, { font: 'serif-b', size: 15 });
  s.line(20, 20, 190, 20, 1.2);
  block(s, 20, 22, [`${c.street}`, `${c.postalCode} ${c.place}`, c.poBox ?? ''], { size: 7 });
  block(s, 80, 22, [`Telefon ${c.phone}`, 'Telefax 0202 498-444', 'poststelle@ag-wuppertal.example'], { size: 7 });
  block(s, 140, 22, ['Öffnungszeiten Servicestelle:', 'Mo–Fr 8.30–12.00 Uhr', 'Do zusätzlich 13.30–15.00 Uhr'], { size: 7 });
}

export function wupNotice(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'serif', size: 10, color: '#000000' };
  wupLetterhead(s, ctx);
  const az = fileVariant(hh.fileNumber, 'tight');
  s.text(20, 45, `${c.name}, ${c.poBox ?? ''}`, { size: 6.5, underline: true });
  block(s, 20, 51, recipientLines(ctx));
  s.row(52, [{ x: 128, str: 'Aktenzeichen:', style: { size: 8 } }, { x: 152, str: az, style: { font: 'serif-b' } }]);
  s.row(57, [{ x: 128, str: 'Datum:', style: { size: 8 } }, { x: 152, str: dmy(spec.letterDate) }]);
  s.row(62, [{ x: 128, str: 'Sachbearb.:', style: { size: 8 } }, { x: 152, str: `${rng.pick(['Fr. Krause', 'Hr. Oberdick', 'Fr. Demir'])}, Zi. ${rng.int(100, 340)}` }]);
  s.text(20, 92, 'Betr.: Räumungsklage – Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'serif-b', size: 10.5 });
  let y = s.para(20, 101, 170, 'Sehr geehrte Damen und Herren,\nbei dem hiesigen Gericht ist die folgende Räumungsklage wegen Zahlungsverzugs anhängig:');
  y += 3;
  const law = lawyerOf(hh);
  y = labelled(s, y, 20, 60, 'Klägerin/Kläger:', [hh.landlord.name, `${hh.landlord.street}, ${hh.landlord.postalCode} ${hh.landlord.city}`]);
  if (law) y = labelled(s, y, 20, 60, 'vertreten durch:', [`${law.name}, ${law.city}`]);
  y += 3;
  s.text(20, y, 'Beklagte:', { font: 'serif-b' });
  y += 6;
  p.birth = true;
  s.row(y, [{ x: 22, str: 'Nr.', style: { size: 8.5 } }, { x: 32, str: 'Name, Vorname', style: { size: 8.5 } }, { x: 120, str: 'geboren am', style: { size: 8.5 } }]);
  s.line(20, y + 4.5, 170, y + 4.5, 0.5);
  y += 6;
  hh.tenants.forEach((t, i) => {
    s.row(y, [{ x: 22, str: `${i + 1}` }, { x: 32, str: `${t.family}, ${t.given}` }, { x: 120, str: dmy(t.birthDate) }]);
    y += 5.5;
  });
  s.line(20, y, 170, y, 0.5);
  y += 4;
  y = labelled(s, y, 20, 60, 'Mietwohnung:', flatLines(ctx, { abbr: rng.chance(0.5), additionInline: false })) + 2;
  y = labelled(s, y, 20, 60, 'Eingang der Klage:', [dmy(hh.claimReceived)], { mark: true });
  y = labelled(s, y, 20, 60, 'Miete mtl.:', [`${fmtMoney(hh.monthlyRent, 'sign-first')} (Grundmiete ${fmtMoney(hh.baseRent, 'sign-first')} zzgl. Vorauszahlungen)`]);
  y = labelled(s, y, 20, 60, 'Rückstand lt. Klage:', [fmtMoney(hh.arrears, 'sign-first')], { mark: true });
  s.text(20, y + 4, '– bitte wenden –', { size: 8.5 });
  s.center(105, 285, 'Seite 1 von 2', { size: 7.5 });
  s.newPage();
  s.text(20, 14, `${az} – Seite 2`, { size: 8.5 });
  y = 28;
  p.served = hh.claimServed !== null && hh.claimServed < spec.letterDate;
  if (p.served && hh.claimServed) y = s.para(20, y, 170, `Die Klage ist den Beklagten am ${dmy(hh.claimServed)} zugestellt worden (Rechtshängigkeit).`) + 3;
  else y = s.para(20, y, 170, 'Die Zustellung der Klage ist veranlasst; ein Zustellungsnachweis liegt noch nicht vor.') + 3;
  const h = hh.earlyHearing;
  p.hearing = h !== null;
  if (h) {
    y = labelled(s, y, 20, 75, 'Verhandlungstermin:', [`${fmtDate(h.date, 'wd-dmy')}, ${fmtTime(h.time, 'colon')} Uhr`, `${h.room}, Justizzentrum, ${c.street}`], { mark: true }) + 3;
  } else {
    y = labelled(s, y, 20, 75, 'Verhandlungstermin:', ['wird noch bestimmt']) + 3;
  }
  y = s.para(20, y, 170, 'Wir bitten um Prüfung, ob eine Übernahme der Mietschulden in Betracht kommt. Für Rückfragen steht die Geschäftsstelle zur Verfügung. Die Beklagten haben von dieser Mitteilung keine Abschrift erhalten.') + 6;
  s.text(20, y, 'Mit freundlichen Grüßen');
  s.text(20, y + 12, 'Oberdick, Justizsekretär');
  s.text(20, y + 17, '(elektronisch erstellt, gültig ohne Unterschrift)', { size: 8 });
  s.center(105, 285, 'Seite 2 von 2', { size: 7.5 });
  return s;
}

/** AG Gelsenkirchen: running prose letter, "Beklagte zu 1./2.". */
export function geNotice(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const c = courtOf(hh);
  const s = new Sheet();
  s.base = { font: 'cond', size: 10.5, color: '#000000' };
  s.right(190, 14, c.name, { font: 'cond-b', size: 13 });
  s.right(190, 20, `${c.street} · ${c.postalCode} ${c.place}`, { size: 8.5 });
  s.right(190, 24.5, `Tel.: ${c.phone}`, { size: 8.5 });
  s.text(24, 47, `${c.name} · ${c.poBox ?? ''}`, { size: 7 });
  block(s, 24, 53, recipientLines(ctx));
  const az = fileVariant(hh.fileNumber, 'spaced');
  s.text(24, 88, `Geschäftszeichen: ${az}`, { font: 'cond-b' });
  s.right(190, 88, `${c.place}, ${dLong(spec.letterDate)}`);
  s.text(24, 98, 'Mitteilung über den Eingang einer Räumungsklage (§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { font: 'cond-b', size: 10 });
  p.birth = rng.chance(0.35);
  const defs = tenantLines(hh, hh.tenants.length > 1 ? 'zu' : 'lines', { birth: p.birth ? 'geboren-am' : null, titles: true });
  const one = hh.tenants.length === 1 ? hh.tenants[0] : undefined;
  let y = 108;
  const flat = flatOneLine(ctx, rng.chance(0.6));
  if (one) {
    const who = `${salutation(one)} ${fullName(one)}${p.birth ? `, geboren am ${dmy(one.birthDate)}` : ''}`;
    y = s.para(24, y, 166, `Sehr geehrte Damen und Herren, hiermit teilen wir Ihnen mit, dass am ${dLong(hh.claimReceived)} eine Klage der ${hh.landlord.name} gegen ${who}, wohnhaft ${flat}, auf Räumung und Herausgabe der Wohnung bei dem Amtsgericht eingegangen ist.`);
  } else {
    y = s.para(24, y, 166, `Sehr geehrte Damen und Herren, hiermit teilen wir Ihnen mit, dass am ${dLong(hh.claimReceived)} eine Klage der ${hh.landlord.name} auf Räumung und Herausgabe der Wohnung gegen folgende Beklagte eingegangen ist:`);
    y = block(s, 34, y + 1, defs) + 1;
    y = s.para(24, y, 166, `Die Beklagten – gesamtschuldnerisch in Anspruch genommen – sind wohnhaft ${flat}.`);
  }
  y += 3;
  const law = lawyerOf(hh);
  if (law) y = s.para(24, y, 166, `Die Klägerin wird vertreten durch ${law.name}, ${law.street}, ${law.postalCode} ${law.city}.`) + 3;
  y = s.para(24, y, 166, `Nach den Angaben in der Klageschrift beträgt die monatliche Miete ${fmtMoney(hh.monthlyRent, 'eur-sign')}. Der geltend gemachte Rückstand an Miete und Nutzungsentschädigung beläuft sich auf ${fmtMoney(hh.arrears, 'eur-sign')}.`) + 3;
  const h = hh.earlyHearing;
  p.hearing = h !== null;
  p.served = false;
  if (h) y = s.para(24, y, 166, `Termin zur mündlichen Verhandlung ist anberaumt auf ${fmtDate(h.date, 'wd-den-long')}, ${fmtTime(h.time, 'colon-uhr')}, im ${h.room} des Amtsgerichts.`) + 3;
  else y = s.para(24, y, 166, 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.') + 3;
  y = s.para(24, y, 166, `Zum Nachweis der Mietschuldenübernahme wird gebeten, eine etwaige Zusicherung unter Angabe des Geschäftszeichens ${az} auch dem Gericht mitzuteilen.`) + 8;
  s.text(24, y, 'Hochachtungsvoll');
  s.text(24, y + 6, `Die Geschäftsstelle des Amtsgerichts, Abt. ${hh.fileNumber.split(' ')[0] ?? ''}`);
  s.text(24, y + 16, `gez. ${rng.pick(['Wiechers', 'Tuncay', 'Brinkmann'])}`);
  s.line(24, 279, 190, 279, 0.3);
  s.text(24, 281, 'Bankverbindung: Landeshauptkasse NRW · IBAN DE21 3005 0000 0001 0001 23 · Parkmöglichkeiten im Parkhaus Bochumer Straße', { size: 6.5 });
  return s;
}
