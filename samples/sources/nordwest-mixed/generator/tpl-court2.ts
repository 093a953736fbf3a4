// Kassel's two-page notice, and the hearing summonses of NRW, Hamburg and Kiel.
import { Doc, MM, PAGE_W, PAGE_H } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { fmtDate, fmtMoney, fmtTime } from './fmt.js';
import { RECIPIENTS } from './data.js';
import { addressInline, birthSuffix, cityLine, isCouple, nameOf, namesInline, streetLine } from './tpl-common.js';

const recipientFor = (s: DocSpec): string[] => RECIPIENTS[s.hh.region === 'obk' ? 'obk' : s.hh.court.key]!;

function ksHead(d: Doc, s: DocSpec): void {
  const c = s.hh.court;
  d.text(20 * MM, 12 * MM, 'Hessen', { font: 'sansB', size: 9, color: '#333' });
  d.text(20 * MM, 12 * MM + 12, c.name, { font: 'sansB', size: 12 });
  d.row(12 * MM, [[130 * MM, 'Aktenzeichen', { size: 7.5 }]]);
  d.text(130 * MM, 12 * MM + 10, s.hh.fileNo, { size: 11, font: 'sansB', hl: true });
  d.line(20 * MM, 26 * MM, PAGE_W - 20 * MM, 26 * MM, 0.8);
}

/** Kassel: page 1 is a short cover, the data boxes (labels above values) follow on page 2. */
export function ksNotice(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'sans';
  ksHead(d, s);
  d.text(20 * MM, 44 * MM, `${c.name} · ${c.po}`, { size: 6.5 });
  let y = 50 * MM;
  for (const l of recipientFor(s)) { d.text(20 * MM, y, l, { size: 10 }); y += 13; }
  const ib = 130 * MM;
  const info: Array<[string, string]> = [['Ansprechpartner/in', r.pick(['Frau Siebert', 'Herr Umbach', 'Frau Wenderoth'])], ['Telefon', c.phone.replace(/-0$/, '-' + r.int(300, 399))], ['Telefax', c.phone.replace(/-0$/, '-555')], ['Datum', fmtDate(s.letterDate, 'dd.mm.yyyy')]];
  y = 48 * MM;
  for (const [a, b] of info) { d.text(ib, y, a, { size: 7 }); d.text(ib, y + 8, b, { size: 9 }); y += 22; }
  y = 110 * MM;
  y = d.para(20 * MM, y, 170 * MM, `Rechtsstreit ${hh.landlord.name} gegen ${hh.tenants.map((p) => p.family).filter((f, i, a) => a.indexOf(f) === i).join(', ')}`, { font: 'sansB', size: 10.5, lead: 14 }) + 12;
  y = d.para(20 * MM, y, 170 * MM, 'Sehr geehrte Damen und Herren,\nin dem oben genannten Verfahren ist eine Klage auf Räumung von Wohnraum eingegangen, die auf Zahlungsverzug gestützt ist. Die nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII vorgeschriebenen Angaben entnehmen Sie bitte der folgenden Seite.\nBitte geben Sie bei Rückfragen stets das Aktenzeichen an.', { size: 10 });
  y += 10;
  d.text(20 * MM, y, 'Mit freundlichen Grüßen', { size: 10 });
  d.text(20 * MM, y + 30, 'Geschäftsstelle des Amtsgerichts', { size: 9 });
  d.freeSpot(110 * MM, y, 80 * MM, 34 * MM);
  d.line(20 * MM, PAGE_H - 25 * MM, PAGE_W - 20 * MM, PAGE_H - 25 * MM, 0.3);
  d.row(PAGE_H - 23 * MM, [[20 * MM, `Dienstgebäude: ${c.street}, ${c.plz} ${c.city}`, { size: 7 }], [110 * MM, 'Bankverbindung: HCC - Gerichtskasse, IBAN DE55 5005 0000 0001 0040 99', { size: 7 }]]);
  d.row(PAGE_H - 23 * MM + 9, [[20 * MM, 'Öffnungszeiten: Mo-Fr 8.30-12.00 Uhr', { size: 7 }], [110 * MM, 'Tram 1, 5 Haltestelle Ständeplatz', { size: 7 }]]);
  d.newPage();
  ksHead(d, s);
  y = 34 * MM;
  d.text(20 * MM, y, 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'sansB', size: 12 });
  y += 24;
  const W = PAGE_W - 40 * MM;
  const box = (x: number, w: number, label: string, vals: string[], hl = false): number => {
    const h = 14 + vals.length * 12.5 + 4;
    d.rect(x, y, w, h, 0.6);
    d.text(x + 4, y + 3, label, { size: 7 });
    vals.forEach((v, i) => d.text(x + 4, y + 14 + i * 12.5, v, { size: 10, hl: hl && i === 0 }));
    return h;
  };
  let h = Math.max(box(20 * MM, W / 2, 'Tag des Eingangs der Klage', [fmtDate(hh.claimReceived, 'dd.mm.yyyy')], true),
    box(20 * MM + W / 2, W / 2, 'Rechtshängigkeit (Zustellung an Beklagte)', [s.flags.served ? fmtDate(hh.claimServed, 'dd.mm.yyyy') : 'entfällt / noch nicht zugestellt']));
  y += h;
  const l = hh.landlord;
  h = box(20 * MM, W, 'Klagende Partei (Vermieter)', [l.name, `${l.street}, ${l.plz} ${l.city}`, ...(l.lawyer ? [`Prozessbevollm.: ${l.lawyer.firm}, ${l.lawyer.city}`] : [])]);
  y += h;
  h = box(20 * MM, W, 'Beklagte Partei(en) (Mieter)', hh.tenants.map((p, i) => `${hh.tenants.length > 1 ? `Beklagte${p.sex === 'f' ? '' : 'r'} zu ${i + 1}.: ` : ''}${nameOf(p, 'plain')}${birthSuffix(p, s.flags.birth, 'star')}`));
  y += h;
  h = box(20 * MM, W, 'Wohnung, deren Räumung begehrt wird', [`${streetLine(hh)}${hh.flat.addition ? `, ${hh.flat.addition}` : ''}, ${cityLine(hh)}`]);
  y += h;
  h = Math.max(box(20 * MM, W / 2, 'Monatliche Miete (brutto)', [fmtMoney(hh.rent, 'euro-sign')]),
    box(20 * MM + W / 2, W / 2, 'Mietrückstand und Entschädigung', [fmtMoney(hh.arrears, 'euro-sign')], true));
  y += h;
  const hr = hh.hearing;
  h = box(20 * MM, W, 'Termin zur mündlichen Verhandlung', s.flags.hearing ? [`${fmtDate(hr.date, 'weekday-den')} um ${fmtTime(hr.time, 'colon')}`, `${hr.room}, ${c.street}, ${c.plz} ${c.city}`] : ['ist noch nicht bestimmt'], s.flags.hearing);
  y += h + 16;
  d.para(20 * MM, y, W, 'Hinweis: Die Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit beruht. Kosten werden nicht erhoben.', { size: 8 });
  d.freeSpot(110 * MM, PAGE_H - 60 * MM, 80 * MM, 30 * MM);
  d.pageNumbers((n, m) => `Seite ${n} von ${m}`, PAGE_H - 14 * MM, PAGE_W - 20 * MM, { align: 'right', size: 8 });
}

/** NRW summons: "Terminsmitteilung" to the authority, labelled block, room in the running text. */
export function nrwSummons(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'sans';
  d.text(25 * MM, 15 * MM, c.name, { font: 'sansB', size: 13 });
  d.text(25 * MM, 15 * MM + 17, `Abteilung ${hh.fileNo.split(' ')[0]} – Zivilabteilung`, { size: 8.5 });
  d.row(15 * MM, [[125 * MM, 'Geschäfts-Nr.:', { size: 9 }], [150 * MM, hh.fileNo, { font: 'sansB', size: 10, hl: true }]]);
  d.row(15 * MM + 14, [[125 * MM, 'Datum:', { size: 9 }], [150 * MM, fmtDate(s.letterDate, 'dd.mm.yyyy'), { size: 9 }]]);
  d.text(25 * MM, 45 * MM, `${c.name}, ${c.po}`, { size: 6.5 });
  d.line(25 * MM, 45 * MM + 9, 105 * MM, 45 * MM + 9, 0.3);
  let y = 45 * MM + 16;
  for (const l of RECIPIENTS.obk!) { d.text(25 * MM, y, l, { size: 10 }); y += 13; }
  d.freeSpot(125 * MM, 48 * MM, 65 * MM, 30 * MM);
  y = 100 * MM;
  d.text(25 * MM, y, 'Terminsmitteilung', { font: 'sansB', size: 12 });
  d.text(25 * MM, y + 16, `Ergänzung zu unserer Mitteilung nach § 22 Abs. 9 SGB II${s.flags.claimRef ? ` (Klageeingang ${fmtDate(hh.claimReceived, 'dd.mm.yyyy')})` : ''}`, { size: 8.5 });
  y += 40;
  const lab = (label: string, values: string[]): void => {
    d.row(y, [[25 * MM, label, { size: 9.5 }], [70 * MM, values[0] ?? '', { size: 9.5 }]]);
    y += 13;
    for (const v of values.slice(1)) { d.text(70 * MM, y, v, { size: 9.5 }); y += 13; }
    y += 5;
  };
  lab('In Sachen', [hh.landlord.name]);
  lab('gegen', hh.tenants.map((p) => nameOf(p, 'rev') + birthSuffix(p, s.flags.birth)));
  if (s.flags.address) lab('Wohnung', [`${streetLine(hh, true)}${hh.flat.addition ? `, ${hh.flat.addition}` : ''}, ${cityLine(hh)}`]);
  y += 6;
  const h = hh.hearing;
  y = d.para(25 * MM, y, 160 * MM, `Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(h.date, 'weekday-den')}, ${fmtTime(h.time, 'colon')}, im Gerichtsgebäude ${c.street}, ${c.plz} ${c.city}, ${h.room}.`, { size: 10 });
  d.mark(25 * MM, y - 28, 160 * MM, 13);
  y += 8;
  y = d.para(25 * MM, y, 160 * MM, 'Das persönliche Erscheinen der Beklagten ist nicht angeordnet. Eine Güteverhandlung geht der mündlichen Verhandlung unmittelbar voraus.', { size: 9 });
  d.text(25 * MM, y + 8, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, font: 'sansI' });
  d.freeSpot(120 * MM, y + 22, 70 * MM, 30 * MM);
  d.row(PAGE_H - 20 * MM, [[25 * MM, `Hausanschrift: ${c.street}, ${c.plz} ${c.city}`, { size: 7 }], [110 * MM, `Telefon: ${c.phone}`, { size: 7 }]]);
}

/** Hamburg "Ladung/Terminsnachricht": parties in a boxed block, hearing in a framed line. */
export function hhSummons(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'cond';
  d.text(PAGE_W - 20 * MM, 14 * MM, 'Freie und Hansestadt Hamburg', { size: 9, align: 'right' });
  d.text(PAGE_W - 20 * MM, 14 * MM + 13, c.name, { font: 'condB', size: 12, align: 'right' });
  d.text(PAGE_W - 20 * MM, 14 * MM + 29, `${c.street} · ${c.plz} ${c.city}`, { size: 7.5, align: 'right' });
  let y = 50 * MM;
  for (const l of RECIPIENTS['ag-hh']!) { d.text(22 * MM, y, l, { size: 10 }); y += 12.5; }
  d.row(55 * MM, [[125 * MM, 'Az.:', { size: 9.5 }], [135 * MM, hh.fileNo.replace(' C ', 'C '), { size: 10.5, font: 'condB', hl: true }]]);
  d.text(125 * MM, 55 * MM + 14, `Datum: ${fmtDate(s.letterDate, 'd.m.yyyy')}`, { size: 9.5 });
  d.freeSpot(120 * MM, 70 * MM, 70 * MM, 22 * MM);
  y = 100 * MM;
  d.text(22 * MM, y, 'Terminsnachricht', { font: 'condB', size: 13 });
  y += 24;
  const boxTop = y;
  y += 6;
  d.text(26 * MM, y, 'In dem Rechtsstreit', { size: 9 }); y += 14;
  d.text(26 * MM, y, hh.landlord.name, { size: 10.5 }); y += 13;
  d.text(26 * MM, y, '– Klägerin –', { size: 9 }); y += 16;
  d.text(26 * MM, y, 'gegen', { size: 9 }); y += 14;
  hh.tenants.forEach((p, i) => {
    d.text(26 * MM, y, `${i + 1}. ${nameOf(p, 'plain')}${birthSuffix(p, s.flags.birth)}`, { size: 10.5 });
    y += 13;
  });
  if (s.flags.address) { d.text(26 * MM, y, `${hh.tenants.length > 1 ? 'sämtlich' : ''} wohnhaft ${addressInline(hh)}`.trim(), { size: 10 }); y += 13; }
  d.text(26 * MM, y, hh.tenants.length > 1 ? '– Beklagte –' : `– Beklagte${hh.tenants[0]!.sex === 'f' ? '' : 'r'} –`, { size: 9 }); y += 17;
  d.rect(22 * MM, boxTop, 168 * MM, y - boxTop, 0.5);
  y += 14;
  const h = hh.hearing;
  y = d.para(22 * MM, y, 168 * MM, `wird mitgeteilt, dass Termin zur Güteverhandlung und anschließenden mündlichen Verhandlung anberaumt ist:`, { size: 10 });
  y += 4;
  d.rect(22 * MM, y, 168 * MM, 22, 1.2);
  d.text(25 * MM, y + 6, `${fmtDate(h.date, 'weekday-num')}, ${fmtTime(h.time, 'colon')}, ${h.room}`, { font: 'condB', size: 11.5, hl: true });
  y += 34;
  if (s.flags.claimRef) { y = d.para(22 * MM, y, 168 * MM, `Die Klage ist am ${fmtDate(hh.claimReceived, 'dd.mm.yyyy')} bei Gericht eingegangen; die Mitteilung hierüber ist Ihnen bereits zugegangen.`, { size: 9.5 }); }
  y = d.para(22 * MM, y + 6, 168 * MM, `Sitzungsort: ${c.name}, ${c.street}, ${c.plz} ${c.city} (barrierefreier Zugang über den Seiteneingang).`, { size: 9 });
  d.text(22 * MM, y + 10, r.pick(['Lüders', 'Kröger', 'Bahr']) + ', Justizangestellte', { size: 9 });
  d.freeSpot(110 * MM, y + 4, 80 * MM, 26 * MM);
}

/** Kiel: summons as a short prose letter in the court's letterhead. */
export function kiSummons(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  d.font = 'serif';
  d.text(PAGE_W / 2, 14 * MM, c.name.toUpperCase(), { font: 'serifB', size: 14, align: 'center' });
  d.line(20 * MM, 14 * MM + 20, PAGE_W - 20 * MM, 14 * MM + 20, 1);
  d.text(25 * MM, 44 * MM, `${c.name} · ${c.po}`, { size: 6.5 });
  let y = 50 * MM;
  for (const l of RECIPIENTS['ag-ki']!) { d.text(25 * MM, y, l, { size: 10.5 }); y += 13.5; }
  const ib = 125 * MM;
  d.row(48 * MM + 12, [[ib, 'Mein Zeichen:', { size: 8.5 }], [ib + 24 * MM, hh.fileNo, { size: 9.5, font: 'serifB', hl: true }]]);
  d.text(ib, 48 * MM + 34, `Kiel, ${fmtDate(s.letterDate, 'long')}`, { size: 10 });
  d.freeSpot(ib, 48 * MM + 50, 65 * MM, 24 * MM);
  y = 102 * MM;
  d.text(25 * MM, y, 'Räumungsrechtsstreit – Terminsbestimmung', { font: 'serifB', size: 10.5 });
  y += 26;
  const W = 160 * MM;
  y = d.para(25 * MM, y, W, 'Sehr geehrte Damen und Herren,', { size: 10.5 }) + 4;
  const who = isCouple(hh) ? `die Eheleute ${namesInline(hh)}` : namesInline(hh, true);
  const h = hh.hearing;
  const ref = s.flags.claimRef ? `, Klageeingang am ${fmtDate(hh.claimReceived, 'long')},` : '';
  const addr = s.flags.address ? ` wegen Räumung der Wohnung ${addressInline(hh)}` : '';
  y = d.para(25 * MM, y, W, `in dem Rechtsstreit ${hh.landlord.name} gegen ${who}${addr}${ref} über den ich Sie bereits unterrichtet habe, hat das Gericht Termin zur mündlichen Verhandlung bestimmt auf`, { size: 10.5 }) + 6;
  d.text(PAGE_W / 2, y, `${fmtDate(h.date, 'weekday-long')}, ${fmtTime(h.time, 'h')},`, { font: 'serifB', size: 11, align: 'center', hl: true });
  d.text(PAGE_W / 2, y + 15, `${h.room}, ${c.street}, ${c.plz} ${c.city}.`, { size: 10.5, align: 'center' });
  y += 40;
  y = d.para(25 * MM, y, W, 'Mit freundlichen Grüßen\nAuf Anordnung', { size: 10.5 });
  d.text(25 * MM, y + 14, r.pick(['Hansen', 'Jöhnk', 'Rathje']) + ', Justizbeschäftigte', { size: 10, font: 'serifI' });
  d.text(PAGE_W / 2, PAGE_H - 15 * MM, `${c.name} · ${c.street} · ${c.plz} ${c.city} · Sprechzeiten Mo-Fr 9-12 Uhr`, { size: 6.5, align: 'center' });
}
