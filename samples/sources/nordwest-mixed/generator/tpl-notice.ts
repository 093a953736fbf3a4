// Court notices (Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII), one layout per court software.
import { Doc, MM, PAGE_W, PAGE_H } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { fmtDate, fmtMoney, fmtTime, moneyInWords } from './fmt.js';
import { RECIPIENTS } from './data.js';
import { addressInline, birthSuffix, cityLine, isCouple, nameOf, namesInline, salutationDat, streetLine } from './tpl-common.js';

const recipientFor = (s: DocSpec): string[] => RECIPIENTS[s.hh.region === 'obk' ? 'obk' : s.hh.court.key]!;

/** NRW courts: machine form with a label column and a value column. */
export function nrwNotice(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'sans';
  d.text(25 * MM, 15 * MM, c.name, { font: 'sansB', size: 13 });
  d.text(25 * MM, 15 * MM + 17, `Abteilung ${hh.fileNo.split(' ')[0]} – Zivilabteilung`, { size: 8.5 });
  d.row(15 * MM, [[125 * MM, 'Geschäfts-Nr.:', { size: 9 }], [150 * MM, hh.fileNo, { font: 'sansB', size: 10, hl: true }]]);
  d.row(15 * MM + 14, [[125 * MM, 'Datum:', { size: 9 }], [150 * MM, fmtDate(s.letterDate, 'dd.mm.yyyy'), { size: 9 }]]);
  d.row(15 * MM + 26, [[125 * MM, 'Durchwahl:', { size: 9 }], [150 * MM, c.phone.replace(/-0$/, '-' + r.int(210, 299)), { size: 9 }]]);
  d.text(25 * MM, 45 * MM, `${c.name}, ${c.po ?? c.street + ', ' + c.plz + ' ' + c.city}`, { size: 6.5 });
  d.line(25 * MM, 45 * MM + 9, 105 * MM, 45 * MM + 9, 0.3);
  let y = 45 * MM + 16;
  for (const l of recipientFor(s)) { d.text(25 * MM, y, l, { size: 10 }); y += 13; }
  d.freeSpot(125 * MM, 48 * MM, 65 * MM, 30 * MM);
  y = 100 * MM;
  d.text(25 * MM, y, 'Mitteilung in Zivilsachen', { font: 'sansB', size: 12 });
  d.text(25 * MM, y + 16, 'gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII (MiZi Teil 2, Abschnitt IV Nr. 1)', { size: 8.5 });
  y += 40;
  const L = 25 * MM;
  const V = 82 * MM;
  const lab = (label: string, values: string[], o: { hl?: boolean; bold?: boolean } = {}): void => {
    d.row(y, [[L, label, { size: 9.5 }], [V, values[0] ?? '', { size: 9.5, hl: o.hl, font: o.bold ? 'sansB' : 'sans' }]]);
    y += 13;
    for (const v of values.slice(1)) { d.text(V, y, v, { size: 9.5 }); y += 13; }
    y += 5;
  };
  lab('Eingang der Klage:', [fmtDate(hh.claimReceived, 'dd.mm.yyyy')], { hl: true });
  lab('Zustellung der Klage:', [s.flags.served ? fmtDate(hh.claimServed, 'dd.mm.yyyy') : 'noch nicht erfolgt']);
  const l = hh.landlord;
  lab('Klagende Partei:', [l.name, `${l.street}, ${l.plz} ${l.city}`]);
  if (l.lawyer) lab('Prozessbevollmächtigte:', [l.lawyer.firm, `${l.lawyer.street}, ${l.lawyer.plz} ${l.lawyer.city}`]);
  const defs = hh.tenants.map((p, i) => `${hh.tenants.length > 1 ? `${i + 1}. ` : ''}${nameOf(p, 'rev')}${birthSuffix(p, s.flags.birth)}`);
  lab(hh.tenants.length > 1 ? 'Beklagte Parteien:' : 'Beklagte Partei:', defs, { bold: false });
  const flatLines = [streetLine(hh, true) + (hh.flat.addition ? `, ${hh.flat.addition}` : ''), cityLine(hh)];
  lab('Anschrift der Wohnung:', flatLines);
  lab('Monatliche Miete:', [fmtMoney(hh.rent, 'eur-suffix') + ' (Grundmiete zzgl. Nebenkosten)']);
  lab('Rückstand/Entschädigung:', [fmtMoney(hh.arrears, 'eur-suffix')], { hl: true });
  const h = hh.hearing;
  lab('Termin zur mündl. Verhandlung:', s.flags.hearing
    ? [`${fmtDate(h.date, 'weekday-num')}, ${fmtTime(h.time, 'colon')}`, `${h.room}, ${c.street}, ${c.plz} ${c.city}`]
    : ['noch nicht bestimmt'], { hl: s.flags.hearing });
  y += 8;
  y = d.para(L, y, 160 * MM, 'Die Mitteilung erfolgt, damit der Träger der Grundsicherung prüfen kann, ob die Wohnung durch Übernahme der Mietschulden erhalten werden kann. Die Angaben beruhen auf der Klageschrift; sie sind vom Gericht nicht geprüft.', { size: 8.5 });
  d.text(L, y + 6, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, font: 'sansI' });
  d.freeSpot(120 * MM, y + 20, 70 * MM, 30 * MM);
  d.line(25 * MM, PAGE_H - 22 * MM, 190 * MM, PAGE_H - 22 * MM, 0.3);
  d.row(PAGE_H - 20 * MM, [[25 * MM, `Hausanschrift: ${c.street}, ${c.plz} ${c.city}`, { size: 6.5 }], [135 * MM, `Telefon: ${c.phone}`, { size: 6.5 }]]);
  d.row(PAGE_H - 20 * MM + 9, [[25 * MM, 'Zahlungen: Landeshauptkasse NRW, IBAN DE12 3005 0000 0001 2345 67', { size: 6.5 }], [135 * MM, 'Sprechzeiten: Mo–Fr 8.30–12.00 Uhr', { size: 6.5 }]]);
}

/** Hamburg: ruled two-column table, defendants in a three-column sub-table. */
export function hhNotice(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'cond';
  d.text(PAGE_W - 20 * MM, 14 * MM, 'Freie und Hansestadt Hamburg', { size: 9, align: 'right' });
  d.text(PAGE_W - 20 * MM, 14 * MM + 13, c.name, { font: 'condB', size: 12, align: 'right' });
  d.text(PAGE_W - 20 * MM, 14 * MM + 29, `${c.street} · ${c.plz} ${c.city} · Tel. ${c.phone}`, { size: 7.5, align: 'right' });
  let y = 50 * MM;
  for (const l of recipientFor(s)) { d.text(22 * MM, y, l, { size: 10 }); y += 12.5; }
  d.text(PAGE_W - 20 * MM, 55 * MM, `Hamburg, ${fmtDate(s.letterDate, 'dd.mm.yyyy')}`, { size: 9.5, align: 'right' });
  d.freeSpot(120 * MM, 64 * MM, 70 * MM, 26 * MM);
  y = 98 * MM;
  d.text(22 * MM, y, 'Mitteilung über die Erhebung einer Räumungsklage', { font: 'condB', size: 13 });
  d.text(22 * MM, y + 17, '(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { size: 9 });
  y += 38;
  const X0 = 22 * MM; const X1 = 75 * MM; const X2 = 190 * MM;
  const cell = (label: string, vals: string[], hl = false): void => {
    const h = Math.max(1, vals.length) * 12.5 + 7;
    d.rect(X0, y, X1 - X0, h, 0.5, '#f1f1f1');
    d.rect(X1, y, X2 - X1, h, 0.5);
    d.row(y + 5, [[X0 + 4, label, { size: 9 }], [X1 + 4, vals[0] ?? '', { size: 9.5, hl }]]);
    vals.slice(1).forEach((v, i) => d.text(X1 + 4, y + 5 + (i + 1) * 12.5, v, { size: 9.5 }));
    y += h;
  };
  cell('Aktenzeichen', [hh.fileNo], true);
  cell('Eingang der Klage', [fmtDate(hh.claimReceived, 'dd.mm.yyyy')]);
  if (s.flags.served) cell('Zustellung an Beklagte', [fmtDate(hh.claimServed, 'dd.mm.yyyy')]);
  const l = hh.landlord;
  cell('Klägerin / Kläger', [l.name, `${l.street}, ${l.plz} ${l.city}`]);
  if (l.lawyer) cell('vertreten durch', [`${l.lawyer.firm}, ${l.lawyer.city}`]);
  cell('Wohnung', [streetLine(hh) + (hh.flat.addition ? ` (${hh.flat.addition})` : ''), cityLine(hh)]);
  cell('Mietzins monatlich', [fmtMoney(hh.rent, 'euro-prefix')]);
  cell('Rückstand gesamt', [fmtMoney(hh.arrears, 'euro-prefix')], true);
  const h = hh.hearing;
  cell('Verhandlungstermin', [s.flags.hearing ? `${fmtDate(h.date, 'dd.mm.yyyy')}, ${fmtTime(h.time, 'dot')}, ${h.room}` : '— noch nicht bestimmt —'], s.flags.hearing);
  y += 14;
  d.text(X0, y, 'Beklagte:', { font: 'condB', size: 10 });
  y += 15;
  const cols = [X0, X0 + 14 * MM, X0 + 80 * MM, X0 + 125 * MM];
  d.rect(X0, y, X2 - X0, 16, 0.5, '#e4e4e4');
  d.row(y + 4, [[cols[0]! + 3, 'Nr.', { size: 8.5, font: 'condB' }], [cols[1]! + 3, 'Name', { size: 8.5, font: 'condB' }], [cols[2]! + 3, 'Vorname', { size: 8.5, font: 'condB' }], [cols[3]! + 3, 'Geburtsdatum', { size: 8.5, font: 'condB' }]]);
  y += 16;
  hh.tenants.forEach((p, i) => {
    d.rect(X0, y, X2 - X0, 16, 0.5);
    d.row(y + 4, [[cols[0]! + 3, `${i + 1}.`, { size: 9.5 }], [cols[1]! + 3, p.family, { size: 9.5 }], [cols[2]! + 3, p.given, { size: 9.5 }], [cols[3]! + 3, s.flags.birth && p.birth ? fmtDate(p.birth, 'dd.mm.yyyy') : '', { size: 9.5 }]]);
    y += 16;
  });
  for (const x of cols.slice(1)) d.line(x, y - 16 * (hh.tenants.length + 1), x, y, 0.5);
  y += 18;
  y = d.para(X0, y, X2 - X0, `Sollten Sie Rückfragen haben, wenden Sie sich bitte unter Angabe des Aktenzeichens an die Geschäftsstelle der Abteilung ${hh.fileNo.split(' ')[0]}.`, { size: 8.5 });
  d.text(X0, y + 10, 'Auf Anordnung', { size: 9 });
  d.text(X0, y + 22, r.pick(['Peters, JOS\'in', 'Dahlke, JHS', 'Schwarz, Justizangestellte']), { size: 9 });
  d.freeSpot(110 * MM, y + 5, 75 * MM, 28 * MM);
}

/** Kiel: a letter in running prose with a subject line. */
export function kiNotice(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'serif';
  d.text(PAGE_W / 2, 14 * MM, c.name.toUpperCase(), { font: 'serifB', size: 14, align: 'center' });
  d.line(20 * MM, 14 * MM + 20, PAGE_W - 20 * MM, 14 * MM + 20, 1);
  d.text(25 * MM, 44 * MM, `${c.name} · ${c.po}`, { size: 6.5 });
  let y = 50 * MM;
  for (const l of recipientFor(s)) { d.text(25 * MM, y, l, { size: 10.5 }); y += 13.5; }
  const ib = 125 * MM;
  d.row(48 * MM, [[ib, 'Ihr Zeichen:', { size: 8.5 }], [ib + 24 * MM, '—', { size: 8.5 }]]);
  d.row(48 * MM + 12, [[ib, 'Mein Zeichen:', { size: 8.5 }], [ib + 24 * MM, hh.fileNo, { size: 9.5, font: 'serifB', hl: true }]]);
  d.row(48 * MM + 24, [[ib, 'Bearbeiter/in:', { size: 8.5 }], [ib + 24 * MM, r.pick(['Frau Lassen', 'Herr Thomsen', 'Frau Matzen']), { size: 8.5 }]]);
  d.row(48 * MM + 36, [[ib, 'Telefon:', { size: 8.5 }], [ib + 24 * MM, c.phone.replace(/-0$/, '-' + r.int(4100, 4999)), { size: 8.5 }]]);
  d.text(ib, 48 * MM + 54, `Kiel, ${fmtDate(s.letterDate, 'long')}`, { size: 10 });
  y = 102 * MM;
  const lw = hh.landlord.name.split(' ').slice(-2).join(' ');
  y = d.para(25 * MM, y, 160 * MM, `Räumungsrechtsstreit ${lw} ./. ${hh.tenants.map((p) => p.family).filter((f, i, a) => a.indexOf(f) === i).join(' u. a. ./. ')}`, { font: 'serifB', size: 10.5, lead: 14 });
  d.text(25 * MM, y, 'Mitteilung gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', { font: 'serifB', size: 10.5 });
  y += 26;
  const W = 160 * MM;
  y = d.para(25 * MM, y, W, 'Sehr geehrte Damen und Herren,', { size: 10.5 });
  y += 4;
  const couple = isCouple(hh) && !s.flags.birth;
  const who = couple ? `die Eheleute ${namesInline(hh)}` : hh.tenants.map((p) => `${salutationDat(p)} ${nameOf(p, 'plain')}${birthSuffix(p, s.flags.birth)}`).join(' und ');
  const l = hh.landlord;
  y = d.para(25 * MM, y, W, `hiermit teile ich Ihnen mit, dass bei dem hiesigen Gericht am ${fmtDate(hh.claimReceived, 'long')} eine Klage ${l.info ? 'der' : 'von'} ${l.name}, ${l.street}, ${l.plz} ${l.city}${l.lawyer ? `, vertreten durch ${l.lawyer.firm}` : ''}, auf Räumung und Herausgabe der Wohnung ${addressInline(hh)} gegen ${who}${couple ? ', beide wohnhaft ebenda,' : ''} eingegangen ist.`, { size: 10.5 });
  y += 4;
  y = d.para(25 * MM, y, W, `Die Klage stützt sich auf Zahlungsverzug. Die monatliche Miete beträgt nach den Angaben in der Klageschrift ${fmtMoney(hh.rent, 'euro-sign')}. Geltend gemacht wird ein Rückstand an Miete und Nutzungsentschädigung in Höhe von insgesamt ${fmtMoney(hh.arrears, 'euro-sign')}.`, { size: 10.5 });
  y += 4;
  const h = hh.hearing;
  const served = s.flags.served ? `Die Klage ist am ${fmtDate(hh.claimServed, 'long')} zugestellt worden.` : 'Die Zustellung der Klage ist veranlasst.';
  const hear = s.flags.hearing ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(h.date, 'weekday-long')}, ${fmtTime(h.time, 'h')}, ${h.room}, im Gerichtsgebäude ${c.street}.` : 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.';
  y = d.para(25 * MM, y, W, `${served} ${hear}`, { size: 10.5 });
  y += 4;
  y = d.para(25 * MM, y, W, 'Mit freundlichen Grüßen\nAuf Anordnung', { size: 10.5 });
  d.text(25 * MM, y + 16, r.pick(['Hansen', 'Jöhnk', 'Rathje']) + ', Justizbeschäftigte', { size: 10, font: 'serifI' });
  d.freeSpot(115 * MM, y + 2, 75 * MM, 30 * MM);
  d.text(PAGE_W / 2, PAGE_H - 15 * MM, `${c.name} · ${c.street} · ${c.plz} ${c.city} · Sprechzeiten Mo-Fr 9-12 Uhr · www.schleswig-holstein.de`, { size: 6.5, align: 'center' });
}

/** Bremen: an old typewriter-style form citing older paragraphs, family names in capitals. */
export function hbNotice(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'mono';
  const X = 22 * MM;
  d.text(X, 14 * MM, c.name.toUpperCase(), { font: 'monoB', size: 11 });
  d.text(X, 14 * MM + 14, `${c.street}, ${c.plz} ${c.city}`, { size: 8.5 });
  d.text(PAGE_W - 20 * MM, 14 * MM, `Gesch.-Nr. ${hh.fileNo.replace(' C ', 'C ')}`, { size: 10, align: 'right', hl: true });
  d.text(PAGE_W - 20 * MM, 14 * MM + 14, `Bremen, den ${fmtDate(s.letterDate, 'dd.mm.yy')}`, { size: 9, align: 'right' });
  let y = 42 * MM;
  d.text(X, y, 'An', { size: 9 }); y += 13;
  for (const l of recipientFor(s)) { d.text(X, y, l, { size: 9.5 }); y += 12; }
  d.freeSpot(120 * MM, 40 * MM, 70 * MM, 28 * MM);
  y = 88 * MM;
  d.text(X, y, 'M I T T E I L U N G', { font: 'monoB', size: 12 });
  y = d.para(X, y + 18, 165 * MM, 'gem. § 22 Abs. 5 SGB II bzw. § 34 Abs. 2 SGB XII (früher § 15a Abs. 2 BSHG) über den Eingang einer Klage auf Räumung von Wohnraum wegen Zahlungsverzuges (§ 543 Abs. 2 Nr. 3, § 569 Abs. 3 BGB)', { size: 8.5 });
  y += 10;
  d.text(X, y, '1. Tag des Eingangs der Klage ..........: ' + fmtDate(hh.claimReceived, 'dd.mm.yy'), { size: 9.5 }); y += 18;
  d.text(X, y, '2. Parteien', { size: 9.5 }); y += 14;
  const l = hh.landlord;
  d.text(X + 8 * MM, y, `a) Kläger/in .......: ${l.name}`, { size: 9.5 }); y += 12;
  d.text(X + 8 * MM + d.width('a) Kläger/in .......: ', 'mono', 9.5), y, `${l.street}, ${l.plz} ${l.city}`, { size: 9.5 }); y += 16;
  const ind = X + 8 * MM + d.width('b) Beklagte/r .....: ', 'mono', 9.5);
  hh.tenants.forEach((p, i) => {
    const lab = i === 0 ? 'b) Beklagte/r .....: ' : '';
    const txt = `${nameOf(p, 'caps-rev')}${s.flags.birth && p.birth ? `, geb. ${fmtDate(p.birth, 'dd.mm.yy')}` : ''}`;
    if (lab) d.row(y, [[X + 8 * MM, lab.trimEnd(), { size: 9.5 }], [ind, txt, { size: 9.5 }]]);
    else d.text(ind, y, txt, { size: 9.5 });
    y += 12;
  });
  d.text(ind, y, `wohnhaft: ${streetLine(hh, true)}${hh.flat.addition ? ` (${hh.flat.addition})` : ''}`, { size: 9.5 }); y += 12;
  d.text(ind + d.width('wohnhaft: ', 'mono', 9.5), y, cityLine(hh), { size: 9.5 }); y += 18;
  d.text(X, y, `3. Höhe der monatlichen Miete .........: ${fmtMoney(hh.rent, 'plain-nodots')} EUR`, { size: 9.5 }); y += 18;
  d.text(X, y, `4. Mietrückstand/Nutzungsentschädigung: ${fmtMoney(hh.arrears, 'plain-nodots')} EUR`, { size: 9.5, hl: true }); y += 12;
  d.text(X + 8 * MM, y, `(in Worten: ${moneyInWords(hh.arrears)})`, { size: 8.5 }); y += 18;
  const h = hh.hearing;
  d.text(X, y, `5. Termin z. mündl. Verhandlung .......: ${s.flags.hearing ? `${fmtDate(h.date, 'dd.mm.yy')}, ${fmtTime(h.time, 'dot')}` : 'noch nicht anberaumt'}`, { size: 9.5 }); y += 12;
  if (s.flags.hearing) { d.text(X + 8 * MM, y, `${h.room}, Gerichtsgebäude ${c.street}`, { size: 9.5 }); y += 12; }
  y += 6;
  d.text(X, y, `6. Zustellung der Klage ...............: ${s.flags.served ? fmtDate(hh.claimServed, 'dd.mm.yy') : '-/-'}`, { size: 9.5 }); y += 26;
  d.text(X, y, 'Die Mitteilung ergeht von Amts wegen.', { size: 9 }); y += 24;
  d.text(X + 100 * MM, y, r.pick(['gez. Wübbenhorst', 'gez. Kuhlmann', 'gez. Meinken']), { size: 9.5 });
  d.text(X + 100 * MM, y + 12, 'Urkundsbeamtin der Geschäftsstelle', { size: 8 });
  d.freeSpot(X, y - 4, 80 * MM, 28 * MM);
  d.text(X, PAGE_H - 14 * MM, 'Vordr. ZP 61a (MiZi) - 01.05 -', { size: 7 });
}
