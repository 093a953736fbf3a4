/** Bailiffs' notices of an eviction date (§ 130 Abs. 3 GVGA), one fixed letter layout per bailiff. */
import { CONTENT_W, LEFT, RIGHT, footer, returnLine } from './common.js';
import { dLong, dmy, timeDot, wd } from './fmt.js';
import { drNumber, fileNumber, type Household } from './model.js';
import { addressLines, joinedCouple, oneLineAddress, printName, proseList, truthAddress, truthTenants } from './parties.js';
import { COURTS, type Bailiff } from './senders.js';
import { courtName, emptyTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm } from './writer.js';

function base(h: Household, withBirth: boolean): TruthFields {
  const b = h.bailiff;
  const j = h.judgment;
  return {
    ...emptyTruth(), court: courtName(h.court), fileNumber: b ? drNumber(b) : null, relatedFileNumbers: [fileNumber(h.fileNo)],
    tenants: truthTenants(h.tenants, withBirth), address: truthAddress(h.flat), landlord: h.landlord.name,
    evictionDate: b ? { date: b.date, time: b.time } : null, judgmentKind: j?.kind ?? null, judgmentDate: j?.date ?? null,
  };
}

function titleName(kind: string | undefined): string {
  return kind === 'versaeumnisurteil' ? 'Versäumnisurteil' : kind === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil';
}

function ordnungsamt(h: Household): string[] {
  const town = h.flat.city.replace(' (Sieg)', '');
  const isCity = ['Gummersbach', 'Bergneustadt', 'Wiehl', 'Waldbröl', 'Wipperfürth', 'Hückeswagen', 'Radevormwald', 'Siegburg', 'Troisdorf', 'Lohmar', 'Hennef', 'Neuwied'].includes(town);
  return [`${isCity ? 'Stadt' : 'Gemeinde'} ${town}`, '– Ordnungsamt / Obdachlosenangelegenheiten –', 'Am Rathaus 1', `${h.flat.postalCode} ${h.flat.city}`];
}

function bailiffHead(b: Bailiff): string[] {
  return [`${b.title} ${b.name}`, `bei dem Amtsgericht ${COURTS[b.court].place}`];
}

/** Kettler (Gummersbach): labelled lines, DR number in an information block. */
export const gvKettler: Layout = {
  name: 'gv-kettler-labelled',
  render({ w, h, rng }: Ctx): TruthFields {
    const bd = h.bailiff;
    const t = base(h, false);
    const j = h.judgment;
    if (!bd || !j) return t;
    const b = bd.bailiff;
    w.setFont('sans', 10);
    w.lines(LEFT, 38, bailiffHead(b), { font: 'sansB', size: 11 });
    w.lines(mm(125), 38, [b.street, `${b.postalCode} ${b.city}`, `Telefon ${b.phone}`, `Sprechzeit: ${b.hours}`], { size: 8.5 });
    returnLine(w, mm(47), `OGVin ${b.name} · ${b.street} · ${b.postalCode} ${b.city}`);
    w.lines(LEFT, mm(53), ordnungsamt(h), { size: 10 });
    let y = mm(53);
    y = w.row(mm(125), mm(125) + 70, y, 'Geschäfts-Nr.:', drNumber(bd), { font: 'sansB', labelFont: 'sans', size: 9.5 });
    w.row(mm(125), mm(125) + 70, y, 'Datum:', dmy(bd.letterDate), { size: 9.5 });
    y = mm(100);
    w.text(LEFT, y, 'Mitteilung über einen Räumungstermin', { font: 'sansB', size: 11.5 });
    y += 14;
    w.text(LEFT, y, 'gemäß § 130 Abs. 3 der Geschäftsanweisung für Gerichtsvollzieher (GVGA)', { size: 8.5 });
    y += 24;
    const tx = LEFT + 130;
    const o = { size: 10, valueWidth: RIGHT - tx };
    y = w.row(LEFT, tx, y, 'Gläubiger/in:', w.wrap(`${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`, RIGHT - tx, 'sans', 10), o) + 4;
    const couple = joinedCouple(h.tenants, true);
    y = w.row(LEFT, tx, y, 'Schuldner/in:', couple ? [couple] : h.tenants.map((p) => printName(p, { order: 'fg' })), o) + 4;
    y = w.row(LEFT, tx, y, 'Räumungsobjekt:', addressLines(h.flat, { abbr: rng.chance(0.5), additionOwnLine: true }), o) + 4;
    y = w.row(LEFT, tx, y, 'Vollstreckungstitel:', w.wrap(`${titleName(j.kind)} des Amtsgerichts ${COURTS[h.court].place} vom ${dmy(j.date)}, Az. ${printedFileNo(h, 'std')}`, RIGHT - tx, 'sans', 10), o) + 4;
    y = w.row(LEFT, tx, y, 'Räumungstermin:', `${wd(bd.date)}, ${dmy(bd.date)}, ${bd.time} Uhr`, { ...o, font: 'sansB', labelFont: 'sans' }) + 16;
    y = w.para(LEFT, y, CONTENT_W, `Im Haushalt leben nach meinen Feststellungen ${h.tenants.length > 1 ? `${h.tenants.length} Erwachsene` : 'eine erwachsene Person'}${rng.chance(0.4) ? ` und ${rng.int(1, 3)} minderjährige Kinder` : ''}. Es ist zu befürchten, dass die Schuldner nach der Räumung obdachlos werden. Ich bitte, in eigener Zuständigkeit die erforderlichen Maßnahmen zu prüfen.`, { size: 10, gap: 1.35 }) + 18;
    w.text(LEFT, y, b.name, { size: 10 });
    w.text(LEFT, y + 13, b.title, { size: 9 });
    footer(w, [[`Bankverbindung: ${b.bank}`], [`IBAN ${b.iban}`], ['Dienstkonto – nur für Zahlungen']], 'sans', 790);
    return t;
  },
};

/** Brinkhaus (Wipperfürth): plain prose letter with Geschäftszeichen. */
export const gvBrinkhaus: Layout = {
  name: 'gv-brinkhaus-prose',
  render({ w, h, rng }: Ctx): TruthFields {
    const bd = h.bailiff;
    const withBirth = rng.chance(0.5);
    const t = base(h, withBirth);
    const j = h.judgment;
    if (!bd || !j) return t;
    const b = bd.bailiff;
    w.setFont('serif', 10.5);
    w.text(LEFT, 40, `${b.name}`, { font: 'serifB', size: 13 });
    w.text(LEFT, 58, `${b.title} · ${b.street} · ${b.postalCode} ${b.city} · Tel. ${b.phone}`, { size: 8.5 });
    w.hline(LEFT, RIGHT, 72, 0.5);
    w.lines(LEFT, mm(50), ordnungsamt(h), { size: 10.5 });
    w.text(RIGHT, mm(50), `${b.city}, ${dLong(bd.letterDate)}`, { size: 10, align: 'right' });
    w.text(RIGHT, mm(56), `Geschäftszeichen: ${drNumber(bd)}`, { size: 10, align: 'right' });
    let y = mm(96);
    w.text(LEFT, y, 'Räumungsvollstreckung – Benachrichtigung nach § 130 GVGA', { font: 'serifB', size: 10.5 });
    y += 24;
    y = w.para(LEFT, y, CONTENT_W, 'Sehr geehrte Damen und Herren,', { size: 10.5 }) + 4;
    const who = proseList(h.tenants, { honor: true, birth: withBirth ? 'geb' : 'none' });
    y = w.para(LEFT, y, CONTENT_W, `in der Zwangsvollstreckungssache ${h.landlord.name} gegen ${who} habe ich aufgrund des ${titleName(j.kind)}s des Amtsgerichts ${COURTS[h.court].place} vom ${dLong(j.date)} (Geschäftsnummer ${printedFileNo(h, 'tight')}) Termin zur Räumung der Wohnung ${oneLineAddress(h.flat)} bestimmt auf`, { size: 10.5, gap: 1.4 }) + 6;
    w.text(297.6, y, `${wd(bd.date)}, den ${dLong(bd.date)}, ${timeDot(bd.time)} Uhr.`, { font: 'serifB', size: 11.5, align: 'center' });
    y += 26;
    y = w.para(LEFT, y, CONTENT_W, `Die Schuldner sind über den Termin am ${dLong(bd.letterDate)} benachrichtigt worden. Eine Spedition ist beauftragt; die Kosten von voraussichtlich ${rng.int(18, 49)}00,00 EUR hat die Gläubigerin vorgeschossen.`, { size: 10.5, gap: 1.4 }) + 8;
    y = w.para(LEFT, y, CONTENT_W, 'Ich gebe Ihnen Gelegenheit, die Unterbringung der Betroffenen rechtzeitig vorzubereiten.', { size: 10.5, gap: 1.4 }) + 18;
    w.text(LEFT, y, 'Mit freundlichen Grüßen', { size: 10.5 });
    w.text(LEFT, y + 34, `(${b.name})`, { size: 10.5 });
    w.text(LEFT, y + 48, b.title, { size: 9.5 });
    return t;
  },
};

/** Demirel (Waldbröl): ruled form table, condensed type. */
export const gvDemirel: Layout = {
  name: 'gv-demirel-ruled',
  render({ w, h, rng }: Ctx): TruthFields {
    const bd = h.bailiff;
    const withBirth = rng.chance(0.6);
    const t = base(h, withBirth);
    const j = h.judgment;
    if (!bd || !j) return t;
    const b = bd.bailiff;
    w.setFont('cond', 10);
    w.text(LEFT, 36, 'Der Obergerichtsvollzieher', { font: 'cond', size: 9 });
    w.text(LEFT, 48, `${b.name} – Amtsgericht ${COURTS[b.court].place}`, { font: 'condB', size: 12 });
    w.text(RIGHT, 36, drNumber(bd), { font: 'condB', size: 12, align: 'right' });
    w.text(RIGHT, 52, `${b.city}, ${dmy(bd.letterDate)}`, { size: 9.5, align: 'right' });
    w.lines(LEFT, mm(42), ordnungsamt(h), { size: 10 });
    let y = mm(82);
    w.text(LEFT, y, 'MITTEILUNG ÜBER EINEN RÄUMUNGSTERMIN', { font: 'condB', size: 12 });
    y += 22;
    const lw = 150;
    const row = (label: string, vals: string[]): void => {
      const hgt = vals.length * 12.5 + 9;
      w.rect(LEFT, y, CONTENT_W, hgt, 0.6);
      w.vline(LEFT + lw, y, y + hgt, 0.6);
      w.row(LEFT + 5, LEFT + lw + 6, y + 5, label, vals, { font: 'cond', labelFont: 'condB', size: 10, gap: 1.25 });
      y += hgt;
    };
    row('Gläubiger', [h.landlord.name]);
    h.tenants.forEach((p, i) => row(h.tenants.length > 1 ? `Schuldner ${i + 1}` : 'Schuldner', [printName(p, { birth: withBirth ? 'geb' : 'none' })]));
    row('Wohnung', [oneLineAddress(h.flat, { abbr: true, spaced: rng.chance(0.4) })]);
    row('Titel', [`${titleName(j.kind)} AG ${COURTS[h.court].place} vom ${dmy(j.date)}`, `Aktenzeichen ${printedFileNo(h, 'std')}`]);
    row('Räumungstermin', [`${dmy(bd.date)} um ${bd.time} Uhr`]);
    row('Treffpunkt', ['vor dem Hauseingang']);
    y += 18;
    w.para(LEFT, y, CONTENT_W, 'Die Mitteilung erfolgt, weil durch die Räumung Obdachlosigkeit droht. Rückfragen bitte unter Angabe der DR-Nummer.', { size: 9.5 });
    footer(w, [[`${b.street}, ${b.postalCode} ${b.city}`], [`Tel. ${b.phone} · Sprechzeit ${b.hours}`], [`${b.bank} · IBAN ${b.iban}`]], 'cond', 792, 7);
    return t;
  },
};

/** Hartung-Lenz (Neuwied): short letter with a boxed summary, two-digit years. */
export const gvHartung: Layout = {
  name: 'gv-hartung-boxed',
  render({ w, h, rng }: Ctx): TruthFields {
    const bd = h.bailiff;
    const t = base(h, false);
    const j = h.judgment;
    if (!bd || !j) return t;
    const b = bd.bailiff;
    w.setFont('lib', 10);
    w.text(RIGHT, 36, `${b.title}`, { size: 9, align: 'right' });
    w.text(RIGHT, 49, b.name, { font: 'libB', size: 12, align: 'right' });
    w.lines(RIGHT - 150, 66, [b.street, `${b.postalCode} ${b.city}`, `Tel.: ${b.phone}`], { size: 8.5 });
    w.lines(LEFT, mm(48), ordnungsamt(h), { size: 10 });
    let y = mm(92);
    w.text(LEFT, y, `Az.: ${drNumber(bd)}`, { font: 'libB', size: 10 });
    w.text(RIGHT, y, `${b.city}, den ${dmy(bd.letterDate)}`, { size: 10, align: 'right' });
    y += 24;
    w.text(LEFT, y, 'Bevorstehende Zwangsräumung', { font: 'libB', size: 11 });
    y += 20;
    y = w.para(LEFT, y, CONTENT_W, `Sehr geehrte Damen und Herren, in der Zwangsvollstreckungssache ${h.landlord.name} ./. ${proseList(h.tenants)} teile ich mit, dass die Räumung der nachstehend genannten Wohnung angesetzt ist:`, { size: 10, gap: 1.35 }) + 8;
    const top = y;
    y += 8;
    y = w.row(LEFT + 10, LEFT + 120, y, 'Objekt:', oneLineAddress(h.flat), { size: 10 }) + 3;
    y = w.row(LEFT + 10, LEFT + 120, y, 'Termin:', `${dmy(bd.date)}, ${bd.time} Uhr`, { size: 10, font: 'libB' }) + 3;
    y = w.row(LEFT + 10, LEFT + 120, y, 'Titel:', `${titleName(j.kind)} vom ${dmy(j.date)}`, { size: 10 }) + 3;
    y = w.row(LEFT + 10, LEFT + 120, y, 'Gericht / Az.:', `AG ${COURTS[h.court].place}, ${printedFileNo(h, 'slash-spaced')}`, { size: 10 }) + 6;
    w.rect(LEFT, top, CONTENT_W, y - top, 0.8);
    y += 16;
    y = w.para(LEFT, y, CONTENT_W, 'Nach § 130 Abs. 3 GVGA unterrichte ich Sie, damit Sie rechtzeitig Maßnahmen zur Vermeidung von Obdachlosigkeit treffen können. Kinder leben im Haushalt.', { size: 10, gap: 1.35 }) + 20;
    w.text(LEFT, y, 'Hochachtungsvoll', { size: 10 });
    w.text(LEFT, y + 30, b.name, { size: 10 });
    w.text(LEFT, 800, `Bankverbindung: ${b.bank}, IBAN ${b.iban}`, { size: 7 });
    return t;
  },
};

export const BAILIFF_LAYOUTS: Record<string, Layout> = {
  'gv-gummersbach-kettler': gvKettler,
  'gv-wipperfuerth-brinkhaus': gvBrinkhaus,
  'gv-waldbroel-demirel': gvDemirel,
  'gv-neuwied-hartung': gvHartung,
};
