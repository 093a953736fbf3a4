/** Older MiZi forms: a 2003 typewriter Vordruck (§ 15a BSHG, § 554 BGB), a 2009 mainframe printout, a 2007 RLP form. */
import { CONTENT_W, LEFT, RIGHT, clerkName, hearingPhrase } from './common.js';
import { dmy, money } from './fmt.js';
import { addressLines, oneLineAddress, printName } from './parties.js';
import { COURTS } from './senders.js';
import { noticeTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm } from './writer.js';

const OLD_SOCIAL: Record<string, string> = { Waldbröl: 'Stadt Waldbröl', Morsbach: 'Gemeinde Morsbach', Nümbrecht: 'Gemeinde Nümbrecht' };

/** AG Waldbröl 2003: typewritten Vordruck citing § 15a Abs. 2 BSHG and § 554 BGB. */
export const wbNotice2003: Layout = {
  name: 'wb-notice-vordruck-2003',
  render({ w, h, rng }: Ctx): TruthFields {
    const withBirth = rng.chance(0.4);
    const t = noticeTruth(h, withBirth);
    w.setFont('mono', 10);
    const o = { font: 'mono' as const, size: 10 };
    w.lines(LEFT, 40, ['Amtsgericht', 'Waldbröl'], { ...o, font: 'monoB' });
    w.text(RIGHT, 40, `Waldbröl, den ${dmy(h.noticeDate)}`, { ...o, align: 'right' });
    w.text(LEFT, 72, `Geschäfts-Nr.: ${printedFileNo(h, 'std')}`, o);
    w.text(LEFT, 84, '(Bitte bei allen Schreiben angeben)', { ...o, size: 7.5 });
    const social = OLD_SOCIAL[h.flat.city] ?? 'Stadt Waldbröl';
    w.lines(LEFT, mm(52), ['An die', social, '- Sozialamt -', 'Am Rathaus 3', `${h.flat.postalCode} ${h.flat.city}`], o);
    let y = mm(100);
    w.text(LEFT, y, 'Mitteilung gemäß § 15a Abs. 2 BSHG', { ...o, font: 'monoB', size: 11 });
    y += 14;
    w.text(LEFT, y, '(Räumungsklage wegen Zahlungsverzuges, § 554 BGB)', o);
    y += 26;
    y = w.para(LEFT, y, CONTENT_W, `Bei dem Amtsgericht Waldbröl ist am ${dmy(h.claimReceived)} eine Klage auf Räumung von Wohnraum eingegangen. Die Kündigung des Mietverhältnisses wird auf Zahlungsverzug gestützt.`, { ...o, gap: 1.5 }) + 10;
    const tx = LEFT + 140;
    y = w.row(LEFT, tx, y, 'Kläger(in):', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`], { ...o, gap: 1.5 }) + 6;
    y = w.row(LEFT, tx, y, 'Beklagte(r):', h.tenants.map((p) => printName(p, { order: 'gf', birth: withBirth ? 'geb' : 'none' })), { ...o, gap: 1.5 }) + 6;
    y = w.row(LEFT, tx, y, 'Wohnung:', addressLines(h.flat, { abbr: true, spaced: true }), { ...o, gap: 1.5 }) + 6;
    y = w.row(LEFT, tx, y, 'Miete mtl.:', `${money(h.rent, 'eur-suffix')}`, { ...o, gap: 1.5 }) + 6;
    y = w.row(LEFT, tx, y, 'Rückstand:', `${money(h.arrears, 'eur-suffix')}`, { ...o, gap: 1.5 }) + 6;
    const set = h.hearingInNotice && h.hearing;
    y = w.row(LEFT, tx, y, 'Termin:', set && h.hearing ? `[X] am ${hearingPhrase(h.hearing, 'dmy-um')}, ${h.hearing.room}` : '[X] noch nicht bestimmt', { ...o, gap: 1.5 }) + 6;
    y = w.row(LEFT, tx, y, 'Zugestellt:', h.servedInNotice ? `[X] am ${dmy(h.claimServed)}` : '[ ] ja   [X] noch nicht', { ...o, gap: 1.5 }) + 24;
    w.text(LEFT, y, `${clerkName(rng)}`, o);
    w.text(LEFT, y + 14, 'Justizangestellte', o);
    w.text(LEFT, 800, 'Vordr. ZP 1a (MiZi IV/1) - 09.97', { ...o, size: 7 });
    void COURTS;
    return t;
  },
};

/** AG Gummersbach 2009: upper-case mainframe printout citing § 22 Abs. 6 SGB II / § 34 Abs. 2 SGB XII. */
export const gmNotice2009: Layout = {
  name: 'gm-notice-mainframe-2009',
  render({ w, h, rng }: Ctx): TruthFields {
    const withBirth = rng.chance(0.7);
    const t = noticeTruth(h, withBirth);
    const o = { font: 'mono' as const, size: 9 };
    const dash = '-'.repeat(78);
    let y = 36;
    w.text(LEFT, y, 'AMTSGERICHT GUMMERSBACH', { ...o, font: 'monoB' });
    w.text(RIGHT, y, `GESCH.-NR.: ${printedFileNo(h, 'tight')}`, { ...o, align: 'right' });
    y += 12;
    w.text(LEFT, y, `${COURTS.gummersbach.poBox.toUpperCase()}, ${COURTS.gummersbach.poBoxPostal} GUMMERSBACH`, o);
    w.text(RIGHT, y, `DATUM: ${dmy(h.noticeDate)}`, { ...o, align: 'right' });
    y += 12;
    w.text(LEFT, y, dash, o);
    y = mm(45);
    w.lines(LEFT, y, ['ARBEITSGEMEINSCHAFT SGB II OBERBERG', 'ARGE - LEISTUNGSABTEILUNG', 'Talweg 14', '51643 Gummersbach'], o);
    y = mm(85);
    w.text(LEFT, y, 'MITTEILUNG GEM. § 22 ABS. 6 SGB II / § 34 ABS. 2 SGB XII', { ...o, font: 'monoB', size: 10 });
    y += 13;
    w.text(LEFT, y, 'RAEUMUNGSKLAGE WEGEN ZAHLUNGSVERZUGS - MIZI IV/1', o);
    y += 12;
    w.text(LEFT, y, dash, o);
    y += 16;
    const tx = LEFT + 190;
    const r = (label: string, v: string | string[]): void => {
      y = w.row(LEFT, tx, y, label, v, { ...o, gap: 1.45 }) + 4;
    };
    r('EINGANG DER KLAGE ......:', dmy(h.claimReceived));
    r('KLAEGER(IN) ............:', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`]);
    h.tenants.forEach((p, i) => r(`BEKLAGTE(R) ${i + 1} .........:`, printName(p, { order: 'fg', birth: withBirth ? 'geb' : 'none' })));
    r('WOHNUNG ................:', addressLines(h.flat, { abbr: rng.chance(0.5) }));
    r('MIETE MONATLICH ........:', `${money(h.rent, 'eur-suffix')}`);
    r('RUECKSTAND/NUTZUNGSENTSCH:', `${money(h.arrears, 'eur-suffix')}`);
    r('TERMIN .................:', h.hearingInNotice && h.hearing ? `${hearingPhrase(h.hearing, 'wd-dmy')}` : 'NOCH NICHT BESTIMMT');
    if (h.hearingInNotice && h.hearing) r('SITZUNGSSAAL ...........:', h.hearing.room);
    r('ZUSTELLUNG .............:', h.servedInNotice ? dmy(h.claimServed) : 'NOCH NICHT ERFOLGT');
    w.text(LEFT, y, dash, o);
    y += 16;
    y = w.para(LEFT, y, CONTENT_W, 'DIESE MITTEILUNG WURDE MASCHINELL ERSTELLT UND WIRD NICHT UNTERSCHRIEBEN.', o) + 4;
    w.text(LEFT, y, `SB: ${clerkName(rng).toUpperCase()}  APP. ${rng.int(200, 399)}`, o);
    w.text(LEFT, 805, `JUD-MIZ04 / ${dmy(h.noticeDate)} / BLATT 1`, { ...o, size: 7 });
    return t;
  },
};

/** AG Neuwied 2007: framed two-column RLP form citing § 22 Abs. 5 SGB II. */
export const nrNotice2007: Layout = {
  name: 'nr-notice-frame-2007',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS.neuwied;
    const withBirth = rng.chance(0.5);
    const t = noticeTruth(h, withBirth);
    const o = { font: 'serif' as const, size: 9.5 };
    w.text(LEFT, 40, 'Amtsgericht Neuwied', { ...o, font: 'serifB', size: 12 });
    w.text(LEFT, 56, `${c.street} · ${c.postalCode} Neuwied`, { ...o, size: 8 });
    w.text(RIGHT, 40, `Neuwied, ${dmy(h.noticeDate)}`, { ...o, align: 'right' });
    w.text(RIGHT, 54, `Geschäftszeichen: ${printedFileNo(h, 'std')}`, { ...o, align: 'right' });
    w.lines(LEFT, mm(48), ['ARGE Landkreis Neuwied', '- Kosten der Unterkunft -', 'Wilhelm-Leuschner-Platz 3', '56564 Neuwied'], { ...o, size: 10 });
    let y = mm(88);
    w.text(LEFT, y, 'Mitteilung nach § 22 Abs. 5 SGB II / § 34 Abs. 2 SGB XII', { ...o, font: 'serifB', size: 11 });
    y += 22;
    const top = y;
    const lw = 170;
    const line = (label: string, vals: string[]): void => {
      w.row(LEFT + 6, LEFT + lw + 8, y + 5, label, vals, { ...o, gap: 1.3 });
      y += Math.max(1, vals.length) * 12.4 + 8;
      w.hline(LEFT, RIGHT, y, 0.5);
    };
    w.hline(LEFT, RIGHT, y, 0.5);
    line('Eingang der Räumungsklage', [dmy(h.claimReceived)]);
    line('Vermieter / Kläger', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`]);
    line('Mieter / Beklagte', h.tenants.map((p) => printName(p, { honor: true, birth: withBirth ? 'geb' : 'none' })));
    line('Mietwohnung', [oneLineAddress(h.flat, { abbr: true })]);
    line('Miete monatlich', [money(h.rent, 'euro-word')]);
    line('Rückstände lt. Klage', [money(h.arrears, 'euro-word')]);
    line('Verhandlungstermin', h.hearingInNotice && h.hearing ? [`${hearingPhrase(h.hearing, 'dmy-um')}, ${h.hearing.room}`] : ['noch nicht bestimmt']);
    line('Klage zugestellt am', [h.servedInNotice ? dmy(h.claimServed) : '---']);
    w.rect(LEFT, top, CONTENT_W, y - top, 1);
    w.vline(LEFT + lw, top, y, 0.5);
    y += 24;
    w.text(LEFT, y, 'Im Auftrag', o);
    w.text(LEFT, y + 28, `${clerkName(rng)}`, o);
    w.text(LEFT, 805, 'ZP 19 a (2005) RLP', { ...o, size: 7 });
    return t;
  },
};
