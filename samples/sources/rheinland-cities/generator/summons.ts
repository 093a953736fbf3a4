import type { Sheet } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import type { CourtKey } from './places.js';
import { addressTruth, emptyFields, type Fields, personName, printFile, streetLine, tenantsTruth, townLine } from './common.js';
import { addDays, fmtDate, fmtTime, workday } from './format.js';
import { courtFooter, courtHeader, infoBlock, recipientBlock } from './blocks.js';
import { COURT_STYLES } from './court-notice.js';

export type SummonsFamily = 'form' | 'letter' | 'postpone';
export const SUMMONS_FAMILY: Record<CourtKey, SummonsFamily> = {
  koeln: 'form', waldbroel: 'form', gummersbach: 'form',
  duesseldorf: 'letter', wipperfuerth: 'letter', duisburg: 'letter',
  bonn: 'postpone', leverkusen: 'postpone', essen: 'postpone',
};

export function renderSummons(s: Sheet, h: Household, rng: Rng): Fields {
  const st = COURT_STYLES[h.court.key];
  const fam = SUMMONS_FAMILY[h.court.key];
  const F = st.font;
  const B = st.bold;
  const fileP = printFile(h.fileNumber, st.file);
  const f = emptyFields();
  f.court = h.court.name;
  f.fileNumber = h.fileNumber;
  f.landlord = h.landlord.name;
  f.hearing = { date: h.hearing.date, time: h.hearing.time, room: h.hearing.room };
  courtHeader(s, h.court, { font: F, bold: B, crest: fam === 'form', centered: fam === 'postpone' });
  const first = h.tenants[0];
  const rubrum = `${h.landlord.name} ./. ${h.tenants.map((p) => personName(p, 'familyFirst')).join('; ')}`;
  let y = 262;
  if (fam === 'letter') {
    // Ladung addressed to the first tenant at the flat, received as copy
    const lines = [first ? personName(first, 'titled') : '', ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h, rng), townLine(h)];
    recipientBlock(s, h, `${h.court.name}, ${h.court.postal} ${h.court.place}`, F, lines);
    f.address = addressTruth(h, h.flat.addition !== null);
    f.tenants = tenantsTruth(h, false);
    infoBlock(s, [['Geschäfts-Nr.', fileP, 'file'], ['Datum', fmtDate(h.summonsDate, st.date)], ['Zimmer', `${rng.int(1, 4)}.${String(rng.int(1, 40)).padStart(2, '0')}`]], F);
    s.text(70, y, 'Ladung zum Termin zur mündlichen Verhandlung', { font: B, size: 12 }); y += 20;
    s.text(70, y, `In dem Rechtsstreit ${rubrum}`, { font: F, size: 10 }); y += 14;
    s.text(70, y, `wegen Räumung und Zahlung`, { font: F, size: 10 }); y += 22;
    y = s.para(70, y, 460, `werden Sie hiermit als ${h.tenants.length > 1 ? 'Beklagte/r' : 'Beklagte Partei'} zu dem Termin zur mündlichen Verhandlung geladen, der bestimmt ist auf`, { font: F, size: 10.5 }); y += 8;
    s.text(110, y, fmtDate(h.hearing.date, 'wlong') + ', ' + fmtTime(h.hearing.time, 'dot'), { font: B, size: 11.5, tag: 'hl' }); y += 16;
    s.text(110, y, `${h.court.venue}, ${h.hearing.room}`, { font: B, size: 11.5 }); y += 24;
    y = s.para(70, y, 460, `Die Klage ist am ${fmtDate(h.claimReceived, st.date)} bei Gericht eingegangen. Das persönliche Erscheinen der Parteien wird angeordnet. Erscheinen Sie nicht, kann auf Antrag ein Versäumnisurteil gegen Sie ergehen (§§ 330 ff. ZPO). Bitte bringen Sie diese Ladung und einen Lichtbildausweis mit.`, { font: F, size: 10 });
    f.claimReceived = h.claimReceived;
    y += 10;
    y = s.para(70, y, 460, `Weitere Beteiligte: ${h.tenants.slice(1).map((p) => personName(p, 'given')).join(', ') || '—'}`, { font: F, size: 10 });
    s.text(70, y + 20, 'Auf Anordnung des Gerichts', { font: F, size: 9.5 });
    courtFooter(s, h.court, F, 1, 1);
    return f;
  }
  recipientBlock(s, h, `${h.court.name}, ${h.court.poBox ?? h.court.street}`, F);
  f.tenants = tenantsTruth(h, fam === 'form' && st.birth);
  if (fam === 'form') {
    infoBlock(s, [['Aktenzeichen', fileP, 'file'], ['Datum', fmtDate(h.summonsDate, st.date)]], F);
    s.text(70, y, 'Terminsmitteilung', { font: B, size: 13 }); y += 16;
    s.text(70, y, `Nachtrag zur Mitteilung nach ${st.law} vom ${fmtDate(h.noticeDate, st.date)}`, { font: F, size: 9 }); y += 24;
    const pairs: [string, string][] = [
      ['Klägerin/Kläger', h.landlord.name],
      ...h.tenants.map((p, i) => [i === 0 ? 'Beklagte' : '', `${personName(p, st.names)}${st.birth ? `, geb. ${fmtDate(p.birth)}` : ''}`] as [string, string]),
      ['Wohnung', `${streetLine(h, rng)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${townLine(h)}`],
      ['Klageeingang', fmtDate(h.claimReceived, st.date)],
      ['Termin', `${fmtDate(h.hearing.date, 'wdot')}, ${fmtTime(h.hearing.time)}`],
      ['Sitzungssaal', h.hearing.room],
      ['Ort', h.court.venue],
    ];
    for (const [l, v] of pairs) { s.text(70, y, l, { font: F, size: 10 }); s.text(190, y, v, { font: l === 'Termin' ? B : F, size: 10, ...(l === 'Termin' ? { tag: 'hl' } : {}) }); y += 16; }
    f.address = addressTruth(h, h.flat.addition !== null);
    f.claimReceived = h.claimReceived;
    y += 14;
    y = s.para(70, y, 460, 'Zu dem Termin ist das persönliche Erscheinen der Beklagten angeordnet. Sie erhalten diese Nachricht im Hinblick auf mögliche Hilfen zur Sicherung der Unterkunft.', { font: F, size: 9.5 });
    courtFooter(s, h.court, F, 1, 1);
    return f;
  }
  // postpone: the first set hearing is cancelled, a new one set
  const oldDate = workday(addDays(h.summonsDate, rng.int(2, 8)));
  infoBlock(s, [['Geschäftszeichen', fileP, 'file'], ['Datum', fmtDate(h.summonsDate, st.date)], ['Telefon', h.court.phone]], F);
  s.text(70, y, `Rechtsstreit ${rubrum}`, { font: B, size: 10.5 }); y += 14;
  s.text(70, y, 'hier: Verlegung des Verhandlungstermins', { font: F, size: 10.5 }); y += 24;
  s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }); y += 20;
  y = s.para(70, y, 460, `der Termin vom ${fmtDate(oldDate, 'long')}, ${fmtTime('09:00', 'dot')}, wird aus dienstlichen Gründen aufgehoben. Neuer Termin zur mündlichen Verhandlung ist nunmehr bestimmt auf`, { font: F, size: 10.5 }); y += 6;
  s.text(297, y, `${fmtDate(h.hearing.date, 'wlongNoDen')}, ${fmtTime(h.hearing.time, 'dot')}, ${h.hearing.room}`, { font: B, size: 11, align: 'center', tag: 'hl' }); y += 22;
  y = s.para(70, y, 460, `Die Beklagten ${h.tenants.map((p) => personName(p, 'given')).join(' und ')} sind unter der Anschrift ${streetLine(h, rng)}, ${townLine(h)} geladen worden.`, { font: F, size: 10.5 });
  f.address = addressTruth(h, false);
  y += 16;
  s.text(70, y, 'Mit freundlichen Grüßen', { font: F, size: 10.5 });
  s.text(70, y + 28, 'Geschäftsstelle', { font: F, size: 9.5 });
  courtFooter(s, h.court, F, 1, 1);
  return f;
}
