/** Hearing summonses and Terminsmitteilungen, one fixed layout per court. */
import { CONTENT_W, LEFT, RIGHT, clerkName, footer, hearingPhrase, judgeName, recipientLines, returnLine } from './common.js';
import { addDays, dLong, dmy, workday } from './fmt.js';
import { fileNumber, type Household } from './model.js';
import { addressLines, honor, oneLineAddress, printName, proseList, truthAddress, truthTenants } from './parties.js';
import { COURTS } from './senders.js';
import { courtName, emptyTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm } from './writer.js';

function base(h: Household, withBirth: boolean, withAddress: boolean, refersClaim: boolean): TruthFields {
  const hr = h.hearing;
  return {
    ...emptyTruth(),
    court: courtName(h.court), fileNumber: fileNumber(h.fileNo), tenants: truthTenants(h.tenants, withBirth),
    address: withAddress ? truthAddress(h.flat) : null, landlord: h.landlord.name, claimReceived: refersClaim ? h.claimReceived : null,
    hearing: hr ? { ...hr } : null,
  };
}

/** AG Gummersbach: Terminsmitteilung to the authority referring to the earlier notice. */
export const gmSummons: Layout = {
  name: 'gm-summons-terminsmitteilung',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const refers = rng.chance(0.6);
    const withAddr = rng.chance(0.5);
    const t = base(h, false, withAddr, refers);
    const hr = h.hearing;
    if (!hr) return t;
    w.setFont('lib', 10);
    w.text(LEFT, 42, 'Amtsgericht Gummersbach', { font: 'libB', size: 14 });
    w.text(LEFT, 60, `Abteilung ${h.fileNo.dept} – Zivilsachen –`, { size: 9 });
    const ix = mm(125);
    let y = mm(32);
    y = w.row(ix, ix + 78, y, 'Geschäfts-Nr.:', printedFileNo(h, 'std'), { size: 9, font: 'libB', labelFont: 'lib' });
    y = w.row(ix, ix + 78, y, 'Datum:', dmy(h.summonsDate), { size: 9 });
    w.row(ix, ix + 78, y, 'Auskunft:', `Herr ${clerkName(rng)}`, { size: 9 });
    returnLine(w, mm(48), `Amtsgericht Gummersbach · ${c.poBox} · ${c.poBoxPostal} Gummersbach`, 'lib');
    w.lines(LEFT, mm(54), recipientLines(h.authority), { size: 10 });
    y = mm(100);
    w.text(LEFT, y, 'Terminsmitteilung', { font: 'libB', size: 12 });
    y += 14;
    if (refers) {
      w.text(LEFT, y, `Bezug: Mitteilung nach § 22 Abs. 9 SGB II – Klageeingang am ${dmy(h.claimReceived)}`, { size: 9 });
      y += 12;
    }
    y += 14;
    y = w.row(LEFT, LEFT + 120, y, 'In dem Rechtsstreit', [h.landlord.printName, 'Klägerin/Kläger,'], { size: 10 }) + 4;
    y = w.row(LEFT, LEFT + 120, y, 'gegen', h.tenants.map((p, i) => `${printName(p, { order: 'fg' })}${i === h.tenants.length - 1 ? ',' : ''}`), { size: 10 });
    if (withAddr) y = w.lines(LEFT + 120, y, [`wohnhaft ${oneLineAddress(h.flat, { abbr: true })}`], { size: 10 });
    y = w.lines(LEFT + 120, y, ['Beklagte,'], { size: 10 }) + 14;
    y = w.para(LEFT, y, CONTENT_W, 'wird mitgeteilt, dass Termin zur Güteverhandlung und anschließenden mündlichen Verhandlung bestimmt ist auf', { size: 10 }) + 8;
    w.text(LEFT + 30, y, `${hearingPhrase(hr, 'wd-dmy')},`, { font: 'libB', size: 11 });
    y += 15;
    w.text(LEFT + 30, y, `${hr.room}, Amtsgericht Gummersbach, ${c.street}, ${c.postalCode} Gummersbach`, { size: 10 });
    y += 26;
    y = w.para(LEFT, y, CONTENT_W, 'Diese Mitteilung ergeht zur Kenntnisnahme. Eine Ladung der Behörde ist damit nicht verbunden.', { size: 9 }) + 18;
    w.text(LEFT, y, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8 });
    footer(w, [[`Dienstgebäude: ${c.street}`, `${c.postalCode} ${c.city}`], [`Telefon: ${c.phone}`, `Telefax: ${c.fax}`], ['Sprechzeiten:', 'Mo – Fr 8.30 – 12.00 Uhr']], 'lib');
    return t;
  },
};

/** AG Wipperfürth: copy of the summons addressed to the tenant (the flat in the window). */
export const wfSummons: Layout = {
  name: 'wf-summons-ladung-abschrift',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const t = base(h, false, true, false);
    const hr = h.hearing;
    if (!hr) return t;
    const first = h.tenants[0];
    if (!first) return t;
    w.setFont('sans', 9.5);
    w.text(RIGHT, 34, 'Abschrift', { font: 'sansB', size: 11, align: 'right' });
    w.text(RIGHT, 48, 'Amtsgericht Wipperfürth', { font: 'sansB', size: 12, align: 'right' });
    w.text(RIGHT, 62, `${c.street} · ${c.postalCode} ${c.city}`, { size: 8, align: 'right' });
    w.text(LEFT, 40, `Az.: ${printedFileNo(h, 'tight')}`, { font: 'sansB', size: 10 });
    w.text(LEFT, 54, `Wipperfürth, ${dmy(h.summonsDate)}`, { size: 9 });
    returnLine(w, mm(46), `Amtsgericht Wipperfürth, ${c.poBox}, ${c.poBoxPostal} Wipperfürth`);
    const recLines = h.tenants.length === 1 ? [printName(first, { honor: 'dative' })] : h.tenants.map((p) => printName(p, { honor: 'dative' }));
    w.lines(LEFT, mm(52), [...recLines, ...addressLines(h.flat, { abbr: rng.chance(0.5), additionOwnLine: true })], { size: 10 });
    let y = mm(100);
    w.text(LEFT, y, 'Ladung zum Termin zur mündlichen Verhandlung', { font: 'sansB', size: 11 });
    y += 22;
    y = w.para(LEFT, y, CONTENT_W, `In dem Rechtsstreit ${h.landlord.name} ./. ${proseList(h.tenants)} werden Sie als ${h.tenants.length > 1 ? 'Beklagte' : 'beklagte Partei'} zu dem Termin geladen, der bestimmt ist auf`, { size: 10, gap: 1.35 }) + 8;
    w.rect(LEFT + 20, y - 4, CONTENT_W - 40, 40, 0.8);
    w.text(LEFT + 30, y + 3, `Termin: ${hearingPhrase(hr, 'dmy-um')}`, { font: 'sansB', size: 10.5 });
    w.text(LEFT + 30, y + 19, `Ort: Amtsgericht Wipperfürth, ${hr.room}`, { size: 10 });
    y += 52;
    y = w.para(LEFT, y, CONTENT_W, 'Das persönliche Erscheinen der Parteien ist angeordnet (§ 141 ZPO). Erscheinen Sie nicht, kann auf Antrag ein Versäumnisurteil gegen Sie ergehen, aus dem die Räumung der Wohnung betrieben werden kann.', { size: 9.5, gap: 1.35 }) + 8;
    y = w.para(LEFT, y, CONTENT_W, 'Hinweis: Bei Mietschulden können Sie sich an das Jobcenter oder das Sozialamt wenden (§ 22 Abs. 8 SGB II, § 36 SGB XII).', { size: 9.5, gap: 1.35 }) + 20;
    w.text(LEFT, y, `${clerkName(rng)}, Justizbeschäftigte`, { size: 9.5 });
    w.text(LEFT, y + 12, 'als Urkundsbeamtin der Geschäftsstelle', { size: 9.5 });
    footer(w, [[`Telefon ${c.phone}`, `Telefax ${c.fax}`], [`Postanschrift: ${c.poBox}`, `${c.poBoxPostal} Wipperfürth`]], 'sans');
    void honor;
    return t;
  },
};

/** AG Waldbröl: judge's order (Verfügung) setting the date, certified copy. */
export const wbSummons: Layout = {
  name: 'wb-summons-verfuegung',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withAddr = rng.chance(0.6);
    const t = base(h, false, withAddr, false);
    const hr = h.hearing;
    if (!hr) return t;
    w.setFont('serif', 10.5);
    w.text(LEFT, 36, 'Beglaubigte Abschrift', { font: 'serifI', size: 10 });
    w.text(297.6, 56, 'Amtsgericht Waldbröl', { font: 'serifB', size: 14, align: 'center' });
    w.text(RIGHT, 84, `${printedFileNo(h, 'std')}`, { font: 'serifB', size: 11, align: 'right' });
    let y = 110;
    w.text(LEFT, y, 'Verfügung', { font: 'serifB', size: 12 });
    y += 24;
    const parties = `In dem Rechtsstreit ${h.landlord.name} gegen ${proseList(h.tenants)}${withAddr ? `, ${oneLineAddress(h.flat)}` : ''}, wegen Räumung und Zahlung:`;
    y = w.para(LEFT, y, CONTENT_W, parties, { size: 10.5, gap: 1.4 }) + 10;
    y = w.para(LEFT, y, CONTENT_W, `1. Termin zur Güteverhandlung und, falls diese erfolglos bleibt, zur unmittelbar anschließenden mündlichen Verhandlung wird bestimmt auf ${hearingPhrase(hr, 'wd-den-long')}, ${hr.room}.`, { size: 10.5, gap: 1.4 }) + 6;
    y = w.para(LEFT, y, CONTENT_W, '2. Das persönliche Erscheinen der Parteien wird angeordnet.', { size: 10.5, gap: 1.4 }) + 6;
    y = w.para(LEFT, y, CONTENT_W, `3. Mitteilung an ${h.authority.name} (MiZi).`, { size: 10.5, gap: 1.4 }) + 14;
    w.text(LEFT, y, `Waldbröl, ${dLong(h.summonsDate)}`, { size: 10.5 });
    y += 18;
    w.text(LEFT, y, `${judgeName(rng)}, Richter/in am Amtsgericht`, { size: 10.5 });
    y += 40;
    w.text(LEFT, y, 'Beglaubigt', { size: 10 });
    w.text(LEFT, y + 14, `${clerkName(rng)}, Justizbeschäftigte`, { size: 10 });
    w.text(LEFT, 800, `${c.street} · ${c.postalCode} Waldbröl · Telefon ${c.phone}`, { size: 7.5 });
    return t;
  },
};

/** AG Siegburg: Terminsnachricht as a shaded table. */
export const suSummons: Layout = {
  name: 'su-summons-table',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const withBirth = rng.chance(0.4);
    const t = base(h, withBirth, true, true);
    const hr = h.hearing;
    if (!hr) return t;
    w.text(LEFT, 36, 'Amtsgericht Siegburg', { font: 'condB', size: 13 });
    w.lines(LEFT + 190, 36, [c.street, `${c.postalCode} Siegburg`], { font: 'cond', size: 8 });
    w.lines(LEFT + 320, 36, [`Tel. ${c.phone}`, `Fax ${c.fax}`], { font: 'cond', size: 8 });
    w.hline(LEFT, RIGHT, 68, 1.2);
    w.lines(LEFT, mm(45), recipientLines(h.authority), { font: 'cond', size: 10 });
    let y = mm(45);
    y = w.row(mm(128), mm(128) + 62, y, 'Aktenzeichen', printedFileNo(h, 'std'), { font: 'condB', labelFont: 'cond', size: 9.5 });
    w.row(mm(128), mm(128) + 62, y, 'Datum', dmy(h.summonsDate), { font: 'cond', size: 9.5 });
    y = mm(88);
    w.text(LEFT, y, 'Terminsnachricht', { font: 'condB', size: 12 });
    y += 22;
    const labW = 150;
    const cell = (label: string, vals: string[]): void => {
      const hgt = vals.length * 12.5 + 9;
      w.fillRect(LEFT, y, labW, hgt, '#e4e4e4');
      w.rect(LEFT, y, CONTENT_W, hgt, 0.5);
      w.vline(LEFT + labW, y, y + hgt, 0.5);
      w.row(LEFT + 5, LEFT + labW + 6, y + 5, label, vals, { font: 'cond', labelFont: 'condB', size: 9.5, gap: 12.5 / 9.5 });
      y += hgt;
    };
    cell('Sache', [`${h.landlord.name} ./. ${h.tenants.map((p) => p.family).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`]);
    cell('Klageeingang', [dmy(h.claimReceived)]);
    h.tenants.forEach((p, i) => cell(h.tenants.length > 1 ? `Beklagte zu ${i + 1}.` : 'Beklagte/r', [printName(p, { birth: withBirth ? 'paren' : 'none' })]));
    cell('Mietobjekt', addressLines(h.flat, { abbr: true }));
    cell('Terminsart', ['Güteverhandlung und früher erster Termin']);
    cell('Termin', [hearingPhrase(hr, 'wd-dmy')]);
    cell('Sitzungssaal', [hr.room]);
    y += 18;
    w.para(LEFT, y, CONTENT_W, 'Diese Nachricht wurde elektronisch erstellt und ist ohne Unterschrift wirksam.', { font: 'cond', size: 8 });
    return t;
  },
};

/** AG Neuwied: the first date is cancelled and a new one set (Terminsverlegung). */
export const nrSummons: Layout = {
  name: 'nr-summons-verlegung',
  render({ w, h, rng }: Ctx): TruthFields {
    const c = COURTS[h.court];
    const t = base(h, false, false, false);
    const hr = h.hearing;
    if (!hr) return t;
    const oldDate = workday(addDays(h.summonsDate, rng.int(7, 14)));
    w.setFont('lib', 9.5);
    w.text(LEFT, 34, 'Amtsgericht Neuwied', { font: 'libB', size: 12 });
    w.text(LEFT, 50, `${c.street}, ${c.postalCode} Neuwied`, { size: 8.5 });
    w.lines(LEFT, mm(42), recipientLines(h.authority), { size: 10 });
    let y = mm(42);
    y = w.row(mm(130), mm(130) + 55, y, 'Geschäftsnr.:', printedFileNo(h, 'tight'), { font: 'libB', labelFont: 'lib', size: 9.5 });
    w.row(mm(130), mm(130) + 55, y, 'Datum:', dmy(h.summonsDate), { size: 9.5 });
    y = mm(84);
    w.text(LEFT, y, 'Terminsänderung', { font: 'libB', size: 11.5 });
    y += 20;
    y = w.para(LEFT, y, CONTENT_W, `In Sachen ${h.landlord.name} gegen ${proseList(h.tenants, { honor: true })} wegen Räumung:`, { size: 10, gap: 1.35 }) + 8;
    y = w.para(LEFT, y, CONTENT_W, `Der Termin vom ${dmy(oldDate)} wird aus dienstlichen Gründen aufgehoben.`, { size: 10, gap: 1.35 }) + 6;
    y = w.para(LEFT, y, CONTENT_W, 'Neuer Termin zur mündlichen Verhandlung:', { size: 10, gap: 1.35 });
    w.text(LEFT + 20, y + 4, `${hearingPhrase(hr, 'short')}, ${hr.room}`, { font: 'libB', size: 11 });
    y += 30;
    y = w.para(LEFT, y, CONTENT_W, 'Die Ladung der Parteien erfolgt gesondert. Sie erhalten diese Nachricht wegen der Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII.', { size: 9.5, gap: 1.35 }) + 20;
    w.text(LEFT, y, `${clerkName(rng)}, Justizobersekretär/in`, { size: 9.5 });
    w.text(RIGHT, 805, `Sprechzeiten Mo–Fr 8.30–12.00 · Tel. ${c.phone}`, { size: 7, align: 'right' });
    return t;
  },
};
