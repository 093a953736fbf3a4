/** Court notices under § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII — one layout per court software family, plus an old form. */
import {
  birthText, cityLine, courtName, flatOneLine, landlordAddress, namesJoined, plural, setAddress, setHearing, setTenants, streetLine, table, title, type Ctx,
} from './common.js';
import { headBebb, headBy, headEast, headObk, obkFooter, recipient } from './court-heads.js';
import { dLong, dNum, dWeekLong, dWeekNum, fmtTime, money, moneyStyled, moneyWords } from './fmt.js';
import { reversed } from './people.js';


function baseTruth(c: Ctx, withBirth: boolean): void {
  const { t, h } = c;
  t.court = courtName(h);
  t.fileNumber = h.fileNumber;
  t.landlord = h.landlord.name;
  t.claimReceived = h.claimReceived;
  t.monthlyRent = h.rent;
  t.arrears = h.arrears;
  if (c.spec.withServed) t.claimServed = h.claimServed;
  setTenants(c, withBirth);
  setAddress(c);
}

/** Bavaria: three-column ruled table (Nr. | Angabe | Inhalt). */
export function noticeBy(c: Ctx): void {
  const { s, h, spec, rng } = c;
  const withBirth = rng.chance(0.6);
  baseTruth(c, withBirth);
  let y = headBy(c, spec.letterDate, 'Abteilung für Zivilsachen');
  for (const l of recipient(h.court, rng.int(0, 1))) {
    s.text(25, y, l, { font: 'arial', size: 10 });
    y += 4.6;
  }
  y = Math.max(y, 82) + 6;
  s.text(25, y, 'Mitteilung in Zivilsachen', { font: 'arialB', size: 12 });
  y += 6;
  y = s.para(25, y, 165, 'an den Träger der Grundsicherung für Arbeitsuchende bzw. der Sozialhilfe gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII (Klage auf Räumung von Wohnraum wegen Zahlungsverzugs)', { font: 'arial', size: 9 });
  y += 3;
  const tenantCell = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${reversed(p)}${withBirth && p.birth ? `, ${birthText(p, 'geb')}` : ''}`);
  const lw = h.landlord.lawyer;
  const rows: string[][][] = [
    [['Nr.'], ['Angabe'], ['Inhalt']],
    [['1'], ['Tag des Klageeingangs'], [dLong(h.claimReceived)]],
    [['2'], ['Klagende Partei'], [h.landlord.name, landlordAddress(h), ...(lw ? [`Proz.-Bev.: ${lw.name}, ${lw.city}`] : [])]],
    [['3'], [plural(h) ? 'Beklagte Parteien' : 'Beklagte Partei'], [...tenantCell, plural(h) ? 'beide wohnhaft unter der Anschrift Nr. 4' : 'wohnhaft unter der Anschrift Nr. 4']],
    [['4'], ['Anschrift der Wohnung'], [streetLine(h, rng.chance(0.5)), ...(h.flat.addition ? [h.flat.addition] : []), cityLine(h)]],
    [['5'], ['Höhe der monatlichen Miete'], [moneyStyled(h.rent, 'eur-suffix')]],
    [['6'], ['Geltend gemachter Rückstand (Miete und Nutzungsentschädigung)'], [moneyStyled(h.arrears, 'eur-suffix')]],
    [['7'], ['Termin zur mündlichen Verhandlung'], spec.withHearing ? [dWeekNum(h.hearing.date), fmtTime(h.hearing.time, 'colon'), h.hearing.room] : ['noch nicht bestimmt']],
    [['8'], ['Zustellung der Klage (Rechtshängigkeit)'], [spec.withServed ? `am ${dNum(h.claimServed)}` : 'noch nicht erfolgt / nicht bekannt']],
  ];
  if (h.tenants.length === 3) rows[3]?.[2]?.splice(3, 1, 'alle wohnhaft unter der Anschrift Nr. 4');
  if (spec.withHearing) setHearing(c);
  y = table(s, 25, y, [12, 58, 95], rows, { size: 9, reg: 'arial', bold: 'arialB', head: true });
  y += 6;
  y = s.para(25, y, 165, 'Die Mitteilung ergeht, damit geprüft werden kann, ob die Wohnungslosigkeit durch die Übernahme der Mietschulden abgewendet werden kann. Eine Abschrift der Klageschrift wird nicht beigefügt.', { font: 'arial', size: 9 });
  y += 4;
  s.text(25, y, `Streitwert (vorläufig): ${money(h.rent * 12 + h.arrears)} EUR`, { font: 'arial', size: 8 });
  s.text(25, 262, `${h.court.street}, ${h.court.zip} ${h.court.city}${h.court.pobox ? ` · ${h.court.pobox}` : ''}`, { font: 'arial', size: 7 });
  s.text(25, 266, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { font: 'arial', size: 7 });
}

/** Saxony/Thuringia: letter with subject line and running prose, sometimes two pages. */
export function noticeEast(c: Ctx): void {
  const { s, h, spec, rng } = c;
  const withBirth = rng.chance(0.5);
  baseTruth(c, withBirth);
  headEast(c, spec.letterDate, '—');
  let y = 36;
  for (const l of recipient(h.court, rng.int(0, 1))) {
    s.text(25, y, l, { font: 'serif', size: 10 });
    y += 4.8;
  }
  y = 86;
  const defendant = h.tenants[0];
  const subj = `Räumungsrechtsstreit ${h.landlord.name} ./. ${defendant ? defendant.family : ''}${plural(h) ? ' u. a.' : ''}`;
  y = s.para(25, y, 160, subj, { font: 'serifB', size: 10 });
  s.text(25, y, 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'serifB', size: 10 });
  y += 9;
  s.text(25, y, 'Sehr geehrte Damen und Herren,', { font: 'serif', size: 10 });
  y += 7;
  const who = h.tenants.map((p) => `${title(p)} ${p.given} ${p.family}${withBirth && p.birth ? ` (${birthText(p, 'geboren')})` : ''}`);
  const whoText = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} und ${who[who.length - 1]}`;
  const abbrev = rng.chance(0.5);
  y = s.para(25, y, 160, `bei dem Amtsgericht ${h.court.place} ist am ${dLong(h.claimReceived)} eine Klage ${h.landlord.kind === 'private' ? 'von' : 'der'} ${h.landlord.name}, ${landlordAddress(h)}, gegen ${whoText} eingegangen. Die Klage ist auf Räumung und Herausgabe der Wohnung ${flatOneLine(h, abbrev)} sowie auf Zahlung gerichtet.`, { font: 'serif', size: 10, gap: 1 });
  y += 3;
  y = s.para(25, y, 160, `Nach den Angaben in der Klageschrift beträgt die monatlich zu entrichtende Miete ${moneyStyled(h.rent, 'euro-sign-suffix')} (in Worten: ${moneyWords(h.rent)}). Die Klagepartei macht einen Mietrückstand einschließlich Nutzungsentschädigung in Höhe von ${moneyStyled(h.arrears, 'euro-sign-suffix')} geltend.`, { font: 'serif', size: 10, gap: 1 });
  y += 3;
  if (spec.withServed) {
    c.t.claimServed = h.claimServed;
    y = s.para(25, y, 160, `Die Klageschrift wurde ${plural(h) ? 'den Beklagten' : rng.pick(['der beklagten Partei', 'dem Beklagten'])} am ${dNum(h.claimServed)} zugestellt.`, { font: 'serif', size: 10, gap: 1 });
    y += 3;
  }
  if (spec.withHearing) {
    setHearing(c);
    y = s.para(25, y, 160, `Termin zur mündlichen Verhandlung ist bestimmt auf ${dWeekLong(h.hearing.date)}, ${fmtTime(h.hearing.time, 'dot')}, ${h.hearing.room}, im Gebäude des Amtsgerichts ${h.court.place}.`, { font: 'serif', size: 10, gap: 1 });
  } else {
    y = s.para(25, y, 160, 'Ein Termin zur mündlichen Verhandlung ist bisher nicht bestimmt worden.', { font: 'serif', size: 10, gap: 1 });
  }
  y += 3;
  const twoPages = plural(h) || rng.chance(0.35);
  if (twoPages) {
    s.text(25, 270, `${courtName(h)} · ${h.court.street} · ${h.court.zip} ${h.court.city}`, { font: 'serif', size: 7 });
    s.text(170, 270, 'Seite 1 von 2', { font: 'serif', size: 7 });
    s.newPage();
    s.text(25, 15, `Geschäfts-Nr. ${h.fileNumber}`, { font: 'serif', size: 8 });
    y = 28;
  }
  y = s.para(25, y, 160, 'Die Mitteilung dient der Prüfung, ob Leistungen zur Sicherung der Unterkunft in Betracht kommen. Weitere Auskünfte aus den Akten können nur im Rahmen der gesetzlichen Bestimmungen erteilt werden. Sollte sich das Verfahren erledigen, erhalten Sie keine gesonderte Nachricht.', { font: 'serif', size: 10, gap: 1 });
  y += 8;
  s.text(25, y, 'Mit freundlichen Grüßen', { font: 'serif', size: 10 });
  y += 6;
  s.text(25, y, `${rng.pick(['Kühn', 'Rentzsch', 'Opitz', 'Förster'])}, Justizangestellte`, { font: 'serif', size: 10 });
  y += 5;
  s.text(25, y, 'als Urkundsbeamtin der Geschäftsstelle', { font: 'serif', size: 9 });
  s.text(25, 270, `${courtName(h)} · ${h.court.street} · ${h.court.zip} ${h.court.city}`, { font: 'serif', size: 7 });
  if (twoPages) s.text(170, 270, 'Seite 2 von 2', { font: 'serif', size: 7 });
}

function dotted(c: Ctx, y: number, label: string, value: string): number {
  const { s } = c;
  const lw = s.width(label, 'cond', 9.5);
  const dots = '.'.repeat(Math.max(3, Math.floor((78 - lw) / s.width('.', 'cond', 9.5))));
  s.row(y, [{ x: 25, text: label, font: 'cond', size: 9.5 }, { x: 25 + lw + 1, text: dots, font: 'cond', size: 9.5 }, { x: 108, text: value, font: 'condB', size: 9.5 }]);
  return y + 6;
}

/** Berlin/Brandenburg: parties in boxes, then dotted form lines. */
export function noticeBebb(c: Ctx): void {
  const { s, h, spec, rng } = c;
  const withBirth = rng.chance(0.7);
  baseTruth(c, withBirth);
  let y = headBebb(c, spec.letterDate, 'Datum');
  for (const l of recipient(h.court, rng.int(0, 1))) {
    s.text(25, y, l, { font: 'cond', size: 10 });
    y += 4.5;
  }
  y = 76;
  s.text(25, y, 'MiZi – Mitteilung über eine Räumungsklage', { font: 'condB', size: 12 });
  y += 5.5;
  s.text(25, y, 'gem. § 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII (MiZi Abschnitt IV/1)', { font: 'cond', size: 9 });
  y += 8;
  const lw = h.landlord.lawyer;
  const kl = [h.landlord.name, landlordAddress(h), ...(lw ? [`vertreten durch: ${lw.name}, ${lw.street}, ${lw.zip} ${lw.city}`] : [])];
  s.text(25, y, 'Klägerin / Kläger', { font: 'condB', size: 8.5 });
  const boxTop = y + 4;
  let yy = boxTop + 2;
  for (const l of kl) {
    s.text(28, yy, l, { font: 'cond', size: 9.5 });
    yy += 4.6;
  }
  s.rect(25, boxTop, 165, yy - boxTop + 1, 0.6);
  y = yy + 5;
  s.text(25, y, plural(h) ? 'Beklagte' : 'Beklagte(r)', { font: 'condB', size: 8.5 });
  const box2 = y + 4;
  yy = box2 + 2;
  h.tenants.forEach((p, i) => {
    const lbl = plural(h) ? `Beklagte${p.female ? '' : 'r'} zu ${i + 1})` : '';
    const line = `${lbl ? `${lbl} ` : ''}${reversed(p)}${withBirth && p.birth ? `, ${birthText(p, 'star')}` : ''}`;
    s.text(28, yy, line, { font: 'cond', size: 9.5 });
    yy += 4.6;
  });
  s.text(28, yy, `wohnhaft: ${flatOneLine(h, true)}`, { font: 'cond', size: 9.5 });
  yy += 4.6;
  s.rect(25, box2, 165, yy - box2 + 1, 0.6);
  y = yy + 8;
  y = dotted(c, y, 'Eingang der Klageschrift bei Gericht', dNum(h.claimReceived));
  y = dotted(c, y, 'Räumungsobjekt (Wohnung)', `${streetLine(h, false)}${h.flat.addition ? `, ${h.flat.addition}` : ''}`);
  s.text(108, y - 1.5, cityLine(h), { font: 'condB', size: 9.5 });
  y += 4;
  y = dotted(c, y, 'Miete monatlich (lt. Klageschrift)', moneyStyled(h.rent, 'euro-sign-suffix'));
  y = dotted(c, y, 'Rückstand Miete / Nutzungsentschädigung', moneyStyled(h.arrears, 'euro-sign-suffix'));
  y = dotted(c, y, 'Klage zugestellt (rechtshängig) am', spec.withServed ? dNum(h.claimServed) : '–');
  if (spec.withHearing) {
    setHearing(c);
    y = dotted(c, y, 'Termin zur mündlichen Verhandlung', `${dNum(h.hearing.date)}, ${fmtTime(h.hearing.time, 'colon')}`);
    s.text(108, y - 1.5, h.hearing.room, { font: 'condB', size: 9.5 });
    y += 4;
  } else {
    y = dotted(c, y, 'Termin zur mündlichen Verhandlung', 'noch nicht bestimmt');
  }
  y += 6;
  y = s.para(25, y, 165, 'Die Angaben beruhen auf der Klageschrift; eine Prüfung durch das Gericht hat noch nicht stattgefunden. Rückfragen bitte nur unter Angabe des Geschäftszeichens.', { font: 'cond', size: 8.5 });
  s.text(25, 272, 'Justizbehörden Berlin-Brandenburg · Dieses Schreiben ist maschinell erstellt und ohne Unterschrift wirksam.', { font: 'cond', size: 6.5 });
}

/** Oberberg in this source's style: ruled two-column table, dates written out, amounts in words and figures. */
export function noticeObk(c: Ctx): void {
  const { s, h, spec, rng } = c;
  const withBirth = rng.chance(0.4);
  baseTruth(c, withBirth);
  let y = headObk(c);
  s.text(20, y + 4, `${h.court.place === 'Gummersbach' ? 'Amtsgericht Gummersbach' : `Amtsgericht ${h.court.place}`}, ${h.court.street}, ${h.court.zip} ${h.court.city}`, { font: 'sans', size: 6.5 });
  y += 9;
  for (const l of recipient(h.court, rng.int(0, 1))) {
    s.text(20, y, l, { font: 'sans', size: 10 });
    y += 4.6;
  }
  s.text(130, 36, `${h.court.city}, ${dLong(spec.letterDate)}`, { font: 'sans', size: 9 });
  s.text(130, 41, `Aktenzeichen ${h.fileNumber}`, { font: 'sansB', size: 9 });
  s.text(130, 46, 'Geschäftsstelle Abt. ' + String(h.dept), { font: 'sans', size: 8 });
  y = 82;
  s.text(20, y, 'Räumungsklage wegen Mietrückständen', { font: 'sansB', size: 11.5 });
  y += 5.5;
  s.text(20, y, 'Mitteilung gemäß § 22 Absatz 9 SGB II beziehungsweise § 36 Absatz 2 SGB XII', { font: 'sans', size: 9 });
  y += 8;
  const tenantsText = namesJoined(h.tenants, 'titled');
  const rows: string[][][] = [
    [['Die Klage ist bei Gericht eingegangen am'], [dWeekLong(h.claimReceived).replace(/^\w+, den /, '')]],
    [['Klägerseite (Vermieter)'], [h.landlord.name, landlordAddress(h)]],
    [['Beklagtenseite (Mieter)'], [tenantsText, ...(withBirth ? h.tenants.map((p) => `${p.given} ${p.family}: ${birthText(p, 'geboren')}`) : [])]],
    [['Anschrift der Wohnung'], [flatOneLine(h, false)]],
    [['Monatliche Miete'], [`${moneyStyled(h.rent, 'euro-word')} (${moneyWords(h.rent)})`]],
    [['Mietrückstand und Nutzungsentschädigung laut Klage'], [`${moneyStyled(h.arrears, 'euro-word')} (${moneyWords(h.arrears)})`]],
    [['Rechtshängigkeit'], [spec.withServed ? `Die Klage wurde am ${dLong(h.claimServed)} zugestellt.` : 'Die Zustellung der Klage steht noch aus.']],
    [['Termin zur mündlichen Verhandlung'], spec.withHearing ? [`${dWeekLong(h.hearing.date)}, ${fmtTime(h.hearing.time, 'h')}`, `Ort: ${h.hearing.room}, ${h.court.street}`] : ['Ein Termin ist noch nicht anberaumt.']],
  ];
  if (spec.withHearing) setHearing(c);
  y = table(s, 20, y, [62, 108], rows, { size: 9, boldFirst: true });
  y += 7;
  y = s.para(20, y, 170, 'Bitte prüfen Sie, ob die drohende Wohnungslosigkeit durch Leistungen nach dem SGB II oder SGB XII abgewendet werden kann. Die Schonfrist des § 569 Absatz 3 Nummer 2 BGB beginnt mit der Zustellung der Klage.', { font: 'sans', size: 9 });
  y += 6;
  s.text(20, y, 'Auf Anordnung', { font: 'sans', size: 9 });
  s.text(20, y + 5, `${rng.pick(['Hüsken', 'Dahlhaus', 'Feldhoff', 'Kotthaus'])}, Justizbeschäftigte`, { font: 'sans', size: 9 });
  obkFooter(c);
}

/** Older form (2010–2012) in a typewriter-like face, citing the paragraphs valid at the time. */
export function noticeOld(c: Ctx): void {
  const { s, h, spec, rng } = c;
  baseTruth(c, false);
  const f = 'mono' as const;
  s.text(25, 15, `Amtsgericht ${h.court.place}`, { font: 'monoB', size: 11 });
  s.text(25, 20, `${h.court.street}, ${h.court.zip} ${h.court.city}`, { font: f, size: 8.5 });
  s.text(125, 15, `Az.: ${h.fileNumber.replace(' C ', ' C ')}`, { font: 'monoB', size: 10 });
  s.text(125, 20, `${h.court.city}, ${dNum(spec.letterDate)}`, { font: f, size: 9 });
  let y = 36;
  for (const l of recipient(h.court, 0)) {
    s.text(25, y, l, { font: f, size: 9.5 });
    y += 4.4;
  }
  y = 76;
  s.text(25, y, 'Mitteilung nach § 22 Abs. 6 SGB II / § 34 Abs. 2 SGB XII', { font: 'monoB', size: 10 });
  y += 5;
  s.text(25, y, '(Räumungsklage wegen Zahlungsverzuges, §§ 543, 569 BGB, früher § 554 BGB)', { font: f, size: 8.5 });
  y += 10;
  const lines: [string, string][] = [
    ['Eingang der Klage:', dNum(h.claimReceived)],
    ['Kläger/in:', h.landlord.name],
    ['', landlordAddress(h)],
  ];
  h.tenants.forEach((p, i) => lines.push([i === 0 ? 'Beklagte/r:' : '', `${p.given} ${p.family}`]));
  lines.push(['Wohnung:', `${streetLine(h, true)}${h.flat.addition ? `, ${h.flat.addition}` : ''}`]);
  lines.push(['', cityLine(h)]);
  lines.push(['Miete mtl.:', `${money(h.rent, '')} EUR`]);
  lines.push(['Rückstand:', `${money(h.arrears, '')} EUR`]);
  if (spec.withHearing) {
    setHearing(c, true, rng.chance(0.5));
    lines.push(['Termin:', `${dNum(h.hearing.date)}, ${h.hearing.time} Uhr${c.t.hearing?.room ? `, ${h.hearing.room}` : ''}`]);
  } else lines.push(['Termin:', 'noch nicht bestimmt']);
  if (spec.withServed) lines.push(['Zugestellt am:', dNum(h.claimServed)]);
  for (const [k, v] of lines) {
    s.row(y, [{ x: 25, text: k, font: f, size: 9.5 }, { x: 65, text: v, font: f, size: 9.5 }]);
    y += 5.2;
  }
  y += 8;
  y = s.para(25, y, 160, 'Diese Mitteilung ergeht von Amts wegen. Sie ersetzt keinen Antrag auf Übernahme von Mietschulden.', { font: f, size: 8.5 });
  y += 10;
  s.text(25, y, 'Die Urkundsbeamtin der Geschäftsstelle', { font: f, size: 9 });
}

export { dWeekNum };
