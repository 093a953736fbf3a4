/** Court notices of AG Siegburg (two-page e-file printout) and AG Neuwied (RLP checkbox form). */
import { CONTENT_W, LEFT, RIGHT, clerkName, hearingPhrase, lawyerOf, recipientLines, returnLine } from './common.js';
import { dmy, dmy2, money } from './fmt.js';
import { addressLines, cityLine, joinedCouple, printName, streetLine } from './parties.js';
import { COURTS } from './senders.js';
import { noticeTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm } from './writer.js';

/** AG Siegburg: three-column letterhead, short letter on page 1, shaded grid table on page 2. */
export const suNotice: Layout = {
  name: 'su-notice-efile-2p',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.5);
    const t = noticeTruth(h, withBirth);
    const head = (): void => {
      w.text(LEFT, 36, 'Amtsgericht Siegburg', { font: 'condB', size: 13 });
      w.lines(LEFT + 190, 36, [c.street, `${c.postalCode} Siegburg`], { font: 'cond', size: 8 });
      w.lines(LEFT + 320, 36, [`Tel. ${c.phone}`, `Fax ${c.fax}`, 'poststelle@ag-siegburg.example'], { font: 'cond', size: 8 });
      w.hline(LEFT, RIGHT, 68, 1.2);
    };
    head();
    returnLine(w, mm(47), `Amtsgericht Siegburg, ${c.poBox}, ${c.poBoxPostal} Siegburg`, 'cond');
    w.lines(LEFT, mm(53), recipientLines(h.authority), { font: 'cond', size: 10 });
    const ix = mm(128);
    let y = mm(53);
    y = w.row(ix, ix + 62, y, 'Aktenzeichen', printedFileNo(h, 'std'), { font: 'condB', labelFont: 'cond', size: 9.5 });
    y = w.row(ix, ix + 62, y, 'Datum', dmy(h.noticeDate), { font: 'cond', size: 9.5 });
    w.row(ix, ix + 62, y, 'Bearbeiter/in', `${clerkName(rng)}, Serviceeinheit ${rng.int(10, 29)}`, { font: 'cond', size: 9.5 });
    y = mm(100);
    w.text(LEFT, y, `Räumungssache ${h.landlord.name} ./. ${h.tenants[0]?.family ?? ''}${h.tenants.length > 1 ? ' u. a.' : ''}`, { font: 'condB', size: 11 });
    y += 22;
    y = w.para(LEFT, y, CONTENT_W, 'Sehr geehrte Damen und Herren,', { font: 'cond', size: 10.5 }) + 6;
    y = w.para(LEFT, y, CONTENT_W, 'in der oben bezeichneten Sache ist eine Klage auf Räumung von Wohnraum anhängig, die (auch) auf Zahlungsverzug gestützt wird. Gemäß § 22 Abs. 9 SGB II bzw. § 36 Abs. 2 SGB XII erhalten Sie die in der Anlage aufgeführten Angaben zur Kenntnisnahme und ggf. weiteren Veranlassung.', { font: 'cond', size: 10.5, gap: 1.35 }) + 8;
    y = w.para(LEFT, y, CONTENT_W, 'Bitte sehen Sie von Rückfragen zum Verfahrensstand ab; Akteneinsicht kann nicht gewährt werden.', { font: 'cond', size: 10.5, gap: 1.35 }) + 18;
    w.text(LEFT, y, 'Mit freundlichen Grüßen', { font: 'cond', size: 10.5 });
    w.text(LEFT, y + 34, 'Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift wirksam.', { font: 'cond', size: 8 });
    w.text(RIGHT, 800, 'Seite 1 von 2', { font: 'cond', size: 8, align: 'right' });
    w.newPage();
    head();
    y = 90;
    w.text(LEFT, y, `Anlage zum Schreiben vom ${dmy(h.noticeDate)} – Az. ${printedFileNo(h, 'std')}`, { font: 'condB', size: 10.5 });
    y += 24;
    const labW = 165;
    const cell = (label: string, vals: string[]): void => {
      const hgt = Math.max(1, vals.length) * 12.5 + 9;
      w.fillRect(LEFT, y, labW, hgt, '#e4e4e4');
      w.rect(LEFT, y, CONTENT_W, hgt, 0.5);
      w.vline(LEFT + labW, y, y + hgt, 0.5);
      w.row(LEFT + 5, LEFT + labW + 6, y + 5, label, vals, { font: 'cond', labelFont: 'condB', size: 9.5, gap: 12.5 / 9.5 });
      y += hgt;
    };
    cell('Klage eingegangen am', [dmy(h.claimReceived)]);
    cell('Klägerin/Kläger', [h.landlord.printName, `${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`]);
    const law = lawyerOf(h);
    if (law) cell('Prozessbevollmächtigte', [`${law.firm}`, `${law.street}, ${law.postalCode} ${law.city}`]);
    h.tenants.forEach((p, i) => cell(h.tenants.length > 1 ? `Beklagte zu ${i + 1}.` : 'Beklagte/r', [printName(p, { birth: withBirth ? 'paren' : 'none' })]));
    cell('Mietobjekt', addressLines(h.flat, { abbr: rng.chance(0.6), spaced: rng.chance(0.3) }));
    cell('Miete monatlich', [money(h.rent, 'symbol-prefix')]);
    cell('Klageforderung (Rückstand)', [money(h.arrears, 'symbol-prefix')]);
    if (rng.chance(0.5)) cell('Streitwert', [money(h.rent * 12 + h.arrears, 'symbol-prefix')]);
    cell('Klage zugestellt', [h.servedInNotice ? dmy(h.claimServed) : 'nein / unbekannt']);
    cell('Verhandlungstermin', h.hearingInNotice && h.hearing ? [hearingPhrase(h.hearing, 'wd-dmy'), h.hearing.room] : ['noch nicht bestimmt']);
    w.text(RIGHT, 800, 'Seite 2 von 2', { font: 'cond', size: 8, align: 'right' });
    return t;
  },
};

/** AG Neuwied (RLP): MiZi checkbox form, numbered fields, recipient ticked. */
export const nrNotice: Layout = {
  name: 'nr-notice-checkbox',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.55);
    const t = noticeTruth(h, withBirth);
    w.setFont('lib', 9.5);
    w.text(LEFT, 34, 'Amtsgericht Neuwied', { font: 'libB', size: 12 });
    w.text(LEFT, 50, `${c.street}, ${c.postalCode} Neuwied`, { size: 8.5 });
    w.text(RIGHT, 34, 'MiZi – Vordruck RLP Zivil 19', { size: 7.5, align: 'right' });
    w.lines(LEFT, mm(42), recipientLines(h.authority), { size: 10 });
    let y = mm(42);
    const ix = mm(130);
    y = w.row(ix, ix + 55, y, 'Geschäftsnr.:', printedFileNo(h, rng.chance(0.5) ? 'tight' : 'slash-spaced'), { font: 'libB', labelFont: 'lib', size: 9.5 });
    w.row(ix, ix + 55, y, 'Datum:', dmy2(h.noticeDate), { size: 9.5 });
    y = mm(82);
    w.rect(LEFT, y, CONTENT_W, 30, 1);
    w.text(LEFT + 8, y + 5, 'Mitteilung in Zivilsachen – Räumungsklage', { font: 'libB', size: 11 });
    w.text(LEFT + 8, y + 18, '(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII, MiZi Abschnitt IV Nr. 1)', { size: 8.5 });
    y += 42;
    const isJc = h.authority.name.startsWith('Jobcenter');
    w.checkbox(LEFT, y, isJc);
    w.text(LEFT + 13, y, 'an das Jobcenter (SGB II)', { size: 9 });
    w.checkbox(LEFT + 200, y, !isJc);
    w.text(LEFT + 213, y, 'an den Träger der Sozialhilfe (SGB XII)', { size: 9 });
    y += 22;
    const field = (nr: string, label: string, vals: string[]): void => {
      w.text(LEFT, y, nr, { font: 'libB', size: 9.5, record: false });
      w.text(LEFT + 16, y, label, { font: 'libB', size: 9.5, record: false });
      w.record(`${nr} ${label}`);
      y += 13;
      vals.forEach((v) => {
        w.text(LEFT + 16, y, v, { size: 10 });
        y += 12.5;
      });
      w.hline(LEFT + 16, RIGHT, y + 1, 0.3, '#555555');
      y += 8;
    };
    field('1.', 'Die Klage ist bei Gericht eingegangen am', [dmy(h.claimReceived)]);
    field('2.', 'Kläger (Vermieter)', [`${h.landlord.printName}, ${h.landlord.street}, ${h.landlord.postalCode} ${h.landlord.city}`]);
    const couple = rng.chance(0.5) ? joinedCouple(h.tenants, false) : null;
    let tenantLines: string[];
    if (couple) {
      tenantLines = [couple];
      t.tenants = t.tenants?.map((x) => ({ ...x, birthDate: null })) ?? null;
    } else tenantLines = h.tenants.map((p) => printName(p, { order: 'fg', birth: withBirth ? 'geb' : 'none' }));
    field('3.', h.tenants.length > 1 ? 'Beklagte (Mieter), beide/alle wohnhaft:' : 'Beklagte(r) (Mieter), wohnhaft:', [...tenantLines, `${streetLine(h.flat, { abbr: true })}${h.flat.addition ? ` (${h.flat.addition})` : ''}, ${cityLine(h.flat)}`]);
    field('4.', 'Monatliche Miete (einschl. Nebenkosten)', [money(h.rent, rng.chance(0.5) ? 'eur-suffix' : 'no-group-euro')]);
    field('5.', 'Mietrückstand und Nutzungsentschädigung laut Klage', [money(h.arrears, 'eur-suffix')]);
    w.text(LEFT, y, '6.', { font: 'libB', size: 9.5, record: false });
    w.text(LEFT + 16, y, 'Termin zur mündlichen Verhandlung', { font: 'libB', size: 9.5, record: false });
    w.record('6. Termin zur mündlichen Verhandlung');
    y += 14;
    const set = h.hearingInNotice && h.hearing;
    w.checkbox(LEFT + 16, y, !set);
    w.text(LEFT + 29, y, 'ist noch nicht bestimmt', { size: 9.5 });
    y += 13;
    w.checkbox(LEFT + 16, y, !!set);
    w.text(LEFT + 29, y, set && h.hearing ? `ist bestimmt auf: ${hearingPhrase(h.hearing, 'short')}, ${h.hearing.room}` : 'ist bestimmt auf: ____________________', { size: 9.5 });
    y += 20;
    w.text(LEFT, y, '7.', { font: 'libB', size: 9.5, record: false });
    w.text(LEFT + 16, y, 'Zustellung der Klage', { font: 'libB', size: 9.5, record: false });
    w.record('7. Zustellung der Klage');
    y += 14;
    w.checkbox(LEFT + 16, y, !h.servedInNotice);
    w.text(LEFT + 29, y, 'noch nicht erfolgt', { size: 9.5 });
    y += 13;
    w.checkbox(LEFT + 16, y, h.servedInNotice);
    w.text(LEFT + 29, y, h.servedInNotice ? `erfolgt am ${dmy(h.claimServed)}` : 'erfolgt am ____________', { size: 9.5 });
    y += 30;
    w.text(LEFT, y, `${clerkName(rng)}, Justizobersekretär/in`, { size: 9.5 });
    w.text(RIGHT, 805, `Sprechzeiten Mo–Fr 8.30–12.00 · Tel. ${c.phone}`, { size: 7, align: 'right' });
    void CONTENT_W;
    return t;
  },
};
