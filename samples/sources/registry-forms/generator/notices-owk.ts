/** Court notices (MiZi) of the three Oberberg courts, each court with its own software printout. */
import {
  CONTENT_W, LEFT, RIGHT, clerkName, courtFooterCols, footer, hearingPhrase, landlordOneLine, lawyerOf, lawyerOneLine, recipientLines, returnLine,
} from './common.js';
import { dLong, dmy, money } from './fmt.js';
import { addressLines, joinedCouple, oneLineAddress, printName, proseList } from './parties.js';
import { COURTS } from './senders.js';
import { noticeTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm } from './writer.js';

/** AG Gummersbach: labelled lines with a tab column, Liberation Sans, information block on the right. */
export const gmNotice: Layout = {
  name: 'gm-notice-tabform',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.5);
    const t = noticeTruth(h, withBirth);
    w.setFont('lib', 10);
    w.text(LEFT, 42, 'Amtsgericht Gummersbach', { font: 'libB', size: 14 });
    w.text(LEFT, 60, `Abteilung ${h.fileNo.dept} – Zivilsachen –`, { size: 9 });
    const ix = mm(125);
    const vx = ix + 78;
    let y = mm(32);
    y = w.row(ix, vx, y, 'Geschäfts-Nr.:', printedFileNo(h, 'std'), { size: 9, labelFont: 'lib', font: 'libB' });
    w.text(ix, y, 'Bitte bei allen Schreiben angeben', { size: 6.5 });
    y += 12;
    y = w.row(ix, vx, y, 'Datum:', dmy(h.noticeDate), { size: 9 });
    y = w.row(ix, vx, y, 'Auskunft:', `Frau ${clerkName(rng)}`, { size: 9 });
    y = w.row(ix, vx, y, 'Durchwahl:', `${c.phone.replace(/-0$/, '')}-${rng.int(200, 480)}`, { size: 9 });
    returnLine(w, mm(48), `Amtsgericht Gummersbach · ${c.poBox} · ${c.poBoxPostal} Gummersbach`, 'lib');
    w.lines(LEFT, mm(54), recipientLines(h.authority), { size: 10 });
    y = mm(100);
    w.text(LEFT, y, 'Mitteilung in Zivilsachen', { font: 'libB', size: 12 });
    y += 16;
    w.text(LEFT, y, 'nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII (MiZi IV/1 – Räumungsrechtsstreit)', { size: 9 });
    y += 22;
    y = w.para(LEFT, y, CONTENT_W, 'In dem nachstehend bezeichneten Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:', { size: 10 }) + 8;
    const lx = LEFT;
    const tx = LEFT + 175;
    const vw = RIGHT - tx;
    const opt = { size: 10, valueWidth: vw };
    y = w.row(lx, tx, y, 'Eingang der Klage:', dmy(h.claimReceived), opt) + 4;
    y = w.row(lx, tx, y, 'Klagende Partei:', w.wrap(landlordOneLine(h), vw, 'lib', 10), opt) + 4;
    const law = lawyerOf(h);
    if (law) y = w.row(lx, tx, y, 'Prozessbevollmächtigte:', w.wrap(lawyerOneLine(law), vw, 'lib', 10), opt) + 4;
    const names = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${printName(p, { order: 'fg', birth: withBirth ? 'geb' : 'none' })}`);
    y = w.row(lx, tx, y, h.tenants.length > 1 ? 'Beklagte Parteien:' : 'Beklagte Partei:', names, opt) + 4;
    y = w.row(lx, tx, y, 'Anschrift der Wohnung:', addressLines(h.flat, { abbr: rng.chance(0.5), additionOwnLine: true }), opt) + 4;
    y = w.row(lx, tx, y, 'Monatliche Miete:', money(h.rent, 'eur-suffix'), opt) + 4;
    y = w.row(lx, tx, y, 'Mietrückstand/Entschädigung:', money(h.arrears, 'eur-suffix'), opt) + 4;
    y = w.row(lx, tx, y, 'Zustellung der Klage:', h.servedInNotice ? dmy(h.claimServed) : 'ist noch nicht erfolgt', opt) + 4;
    const hr = h.hearingInNotice && h.hearing ? `${hearingPhrase(h.hearing, 'wd-dmy')}, ${h.hearing.room}` : 'noch nicht bestimmt';
    y = w.row(lx, tx, y, 'Termin zur mündl. Verhandlung:', w.wrap(hr, vw, 'lib', 10), opt) + 14;
    y = w.para(LEFT, y, CONTENT_W, 'Die Angaben beruhen auf der Klageschrift. Ob die Voraussetzungen für eine Übernahme der Mietschulden vorliegen, ist von dort in eigener Zuständigkeit zu prüfen.', { size: 9 }) + 18;
    w.text(LEFT, y, 'Auf Anordnung', { size: 10 });
    w.text(LEFT, y + 26, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8 });
    footer(w, courtFooterCols(h, rng), 'lib');
    return t;
  },
};

/** AG Wipperfürth: Landesvordruck with a ruled two-column table and numbered rows. */
export const wfNotice: Layout = {
  name: 'wf-notice-ruled-table',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.6);
    const t = noticeTruth(h, withBirth);
    w.setFont('sans', 9);
    w.text(RIGHT, 40, 'Amtsgericht Wipperfürth', { font: 'sansB', size: 12, align: 'right' });
    w.text(RIGHT, 56, `${c.street} · ${c.postalCode} ${c.city}`, { size: 8, align: 'right' });
    w.text(LEFT, 40, `Az.: ${printedFileNo(h, 'tight')}`, { font: 'sansB', size: 10 });
    w.text(LEFT, 54, `Wipperfürth, ${dmy(h.noticeDate)}`, { size: 9 });
    w.lines(LEFT, mm(50), ['An', ...recipientLines(h.authority)], { size: 9.5 });
    let y = mm(92);
    w.text(LEFT, y, 'Mitteilung nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', { font: 'sansB', size: 11 });
    y += 15;
    w.text(LEFT, y, 'Räumungsklage wegen Zahlungsverzugs – Angaben aus der Klageschrift', { size: 9 });
    y += 18;
    const labW = 190;
    const vx = LEFT + labW + 6;
    const vw = RIGHT - vx - 4;
    const row = (nr: string, label: string, vals: string[]): void => {
      const labLines = w.wrap(label, labW - 24, 'sans', 9);
      const n = Math.max(labLines.length, vals.length);
      const hgt = n * 11.5 + 8;
      w.fillRect(LEFT, y, labW, hgt, '#eeeeee');
      w.rect(LEFT, y, RIGHT - LEFT, hgt, 0.7);
      w.vline(LEFT + labW, y, y + hgt, 0.7);
      w.text(LEFT + 4, y + 5, nr, { font: 'sansB', size: 9, record: false });
      labLines.forEach((l, i) => w.text(LEFT + 20, y + 5 + i * 11.5, l, { size: 9, record: false }));
      vals.forEach((v, i) => w.text(vx, y + 5 + i * 11.5, v, { size: 9, record: false }));
      const rows = Math.max(labLines.length, vals.length);
      for (let i = 0; i < rows; i++) {
        const l = [i === 0 ? nr : '', labLines[i] ?? '', vals[i] ?? ''].filter(Boolean).join(' ');
        w.record(l);
      }
      y += hgt;
    };
    row('1', 'Tag des Eingangs der Klage', [dmy(h.claimReceived)]);
    row('2', 'Klägerin / Kläger (Vermieter)', w.wrap(landlordOneLine(h), vw, 'sans', 9));
    const law = lawyerOf(h);
    row('3', 'Prozessbevollmächtigte der Klagepartei', law ? w.wrap(lawyerOneLine(law), vw, 'sans', 9) : ['—']);
    row('4', 'Beklagte / Beklagter (Mieter)', h.tenants.map((p) => printName(p, { honor: true, birth: withBirth ? 'star' : 'none' })));
    row('5', 'Anschrift der Wohnung', [oneLineAddress(h.flat, { abbr: true, spaced: rng.chance(0.5) })]);
    row('6', 'Höhe der monatlich zu entrichtenden Miete', [money(h.rent, 'euro-symbol')]);
    row('7', 'Geltend gemachte Mietrückstände und Nutzungsentschädigung', [money(h.arrears, 'euro-symbol')]);
    row('8', 'Termin zur mündlichen Verhandlung', h.hearingInNotice && h.hearing ? [hearingPhrase(h.hearing, 'dmy-um'), h.hearing.room] : ['noch nicht bestimmt']);
    row('9', 'Rechtshängigkeit (Zustellung an die beklagte Partei)', [h.servedInNotice ? dmy(h.claimServed) : 'Zustellung noch nicht nachgewiesen']);
    y += 16;
    y = w.para(LEFT, y, CONTENT_W, 'Hinweis: Eine Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit beruht.', { size: 8 }) + 20;
    w.text(LEFT, y, `${clerkName(rng)}, Justizhauptsekretär(in)`, { size: 9 });
    w.text(LEFT, y + 12, 'als Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', { size: 9 });
    footer(w, [[`Telefon ${c.phone}`, `Telefax ${c.fax}`], [`Postanschrift: ${c.poBox}`, `${c.poBoxPostal} Wipperfürth`], ['Öffnungszeiten:', 'Mo – Fr 8.30 – 12.00 Uhr']], 'sans');
    return t;
  },
};

/** AG Waldbröl: a running-prose letter in serif type, signed by the clerk. */
export const wbNotice: Layout = {
  name: 'wb-notice-prose',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.35);
    const t = noticeTruth(h, withBirth);
    w.setFont('serif', 10.5);
    w.text(PAGE_CENTER, 38, 'Amtsgericht Waldbröl', { font: 'serifB', size: 15, align: 'center' });
    w.text(PAGE_CENTER, 58, `${c.street} · ${c.postalCode} Waldbröl · Telefon ${c.phone}`, { size: 8, align: 'center' });
    w.hline(LEFT, RIGHT, 72, 0.8);
    w.lines(LEFT, mm(50), recipientLines(h.authority), { size: 10.5 });
    w.text(RIGHT, mm(50), `Waldbröl, den ${dLong(h.noticeDate)}`, { size: 10, align: 'right' });
    w.text(RIGHT, mm(56), `Aktenzeichen: ${printedFileNo(h, 'std')}`, { size: 10, align: 'right' });
    let y = mm(98);
    w.text(LEFT, y, 'Räumungsrechtsstreit – Mitteilung gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { font: 'serifB', size: 10.5 });
    y += 26;
    w.text(LEFT, y, 'Sehr geehrte Damen und Herren,', { size: 10.5 });
    y += 22;
    const couple = rng.chance(0.6) ? joinedCouple(h.tenants, rng.chance(0.5)) : null;
    const defs = couple ?? proseList(h.tenants, { honor: true, birth: withBirth ? 'geb' : 'none' });
    const addr = oneLineAddress(h.flat, { abbr: rng.chance(0.4) });
    if (couple && withBirth) t.tenants = t.tenants?.map((x) => ({ ...x, birthDate: null })) ?? null;
    const law = lawyerOf(h);
    const s1 = `hiermit wird Ihnen mitgeteilt, dass am ${dLong(h.claimReceived)} bei dem hiesigen Gericht eine Klage ${h.landlord.company ? 'der' : 'von'} ${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}${law ? `, vertreten durch die ${lawyerOneLine(law)},` : ''} gegen ${defs}, wohnhaft ${addr}, auf Räumung und Herausgabe der Wohnung eingegangen ist.`;
    y = w.para(LEFT, y, CONTENT_W, s1, { size: 10.5, gap: 1.4 }) + 8;
    const s2 = `Nach den Angaben in der Klageschrift beträgt die monatliche Miete ${money(h.rent, 'euro-word')}. Geltend gemacht werden Mietrückstände und Nutzungsentschädigung in Höhe von insgesamt ${money(h.arrears, 'euro-word')}.`;
    y = w.para(LEFT, y, CONTENT_W, s2, { size: 10.5, gap: 1.4 }) + 8;
    const s3 = h.hearingInNotice && h.hearing
      ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingPhrase(h.hearing, 'wd-den-long')}, ${h.hearing.room}, im Gerichtsgebäude ${c.street}.`
      : 'Ein Termin zur mündlichen Verhandlung ist bislang nicht bestimmt.';
    const s4 = h.servedInNotice ? ` Die Klage ist ${h.tenants.length > 1 ? 'den Beklagten' : 'der beklagten Partei'} am ${dLong(h.claimServed)} zugestellt worden.` : '';
    y = w.para(LEFT, y, CONTENT_W, s3 + s4, { size: 10.5, gap: 1.4 }) + 20;
    w.text(LEFT, y, 'Mit freundlichen Grüßen', { size: 10.5 });
    y += 20;
    w.text(LEFT, y, 'Auf Anordnung', { size: 10.5 });
    y += 28;
    w.text(LEFT, y, `${clerkName(rng)}`, { size: 10.5 });
    w.text(LEFT, y + 14, 'Justizbeschäftigte', { size: 9 });
    footer(w, [[`Postanschrift: ${c.poBox}, ${c.poBoxPostal} Waldbröl`], [`Telefax: ${c.fax}`]], 'serif', 790);
    return t;
  },
};

const PAGE_CENTER = 595.28 / 2;
