/** Amtsgericht Leipzig: an old Vordruck (still citing pre-2011 paragraphs) with checkboxes and a form code. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, fileNo, fileNoTruth, authorityLines, CLERKS } from './ctx.js';
import { addressField } from './letter.js';
import { fmtDate, fmtMoney, addDays } from './format.js';
import { fullName, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth, canEheleute, joinedNames } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import { judgmentBody } from './judgment-body.js';

const BOX = '☒';
const EMPTY = '☐';

function head(c: Ctx, date: string, recipient: string[], formCode: string): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.font('mono', 7);
  b.text(b.left, 9 * MM, formCode);
  b.font('sansB', 12);
  b.text(b.left, 15 * MM, court.name);
  b.font('sans', 8);
  b.text(b.left, 15 * MM + 15, `${court.street}, ${court.postal} ${court.city}`);
  // right-hand box with the file number
  const bx = 125 * MM;
  b.rect(bx, 12 * MM, 65 * MM, 24 * MM, { stroke: '#000000', lw: 0.8 });
  b.font('sans', 7);
  b.text(bx + 4, 12 * MM + 4, 'Aktenzeichen', { record: false });
  b.font('monoB', 11);
  b.text(bx + 4, 12 * MM + 13, fileNo(h), { record: false });
  b.record(`Aktenzeichen ${fileNo(h)}`);
  b.font('sans', 7);
  b.text(bx + 4, 12 * MM + 33, 'Datum', { record: false });
  b.font('mono', 10);
  b.text(bx + 4, 12 * MM + 42, fmtDate(date), { record: false });
  b.record(`Datum ${fmtDate(date)}`);
  addressField(b, `${court.name}, 04275 Leipzig`, recipient, { font: 'sans', size: 10 });
  b.y = 100 * MM;
}

function foot(c: Ctx, start: number): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.forEachPage((i) => {
    if (i < start) return;
    b.font('sans', 6.5);
    b.textAt(i, 'tail', b.left, 283 * MM, `Sprechzeiten der Geschäftsstellen: Mo–Fr 9.00–11.30 Uhr · Telefon ${court.phone} · ${court.bank}`);
  });
}

function check(b: Ctx['b'], on: boolean, label: string, value = ''): void {
  b.font('sans', 10);
  b.line(`${on ? BOX : EMPTY} ${label}${value ? ` ${value}` : ''}`, { gap: 2 });
}

export function leNotice(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const court = courtOf(h);
  head(c, s.noticeDate, authorityLines(h, rng), 'ZP 38a  Mitteilung an Sozialleistungsträger (MiZi Teil 2, IV/1)  – 09.2009 –');
  b.font('sansB', 11);
  b.line('Mitteilung gemäß § 22 Abs. 6 SGB II bzw. § 34 Abs. 2 SGB XII', { gap: 1 });
  b.font('sans', 8.5);
  b.line('(früher § 15a Abs. 2 BSHG) über die Erhebung einer Räumungsklage wegen Mietrückständen', { gap: 8 });
  const as = pickAddrStyle(rng);
  const withBirth = rng.chance(0.4);
  const ms = rng.pick(['eurCode', 'codeFirst', 'eurSign'] as const);
  const vx = b.left + 52 * MM;
  b.font('mono', 10);
  b.row('Klagepartei:', `${l.printed.replace(/^Herrn /, '')}, ${l.street}, ${l.postal} ${l.city}`, { valueX: vx, labelFont: 'sans', gap: 2 });
  if (law) b.row('Prozessbevollm.:', `${law.lines[0]}, ${law.city}`, { valueX: vx, labelFont: 'sans', gap: 2 });
  if (canEheleute(h.tenants) && !withBirth && rng.chance(0.7)) {
    b.row('Beklagte Partei:', `Eheleute ${joinedNames(h.tenants)}`, { valueX: vx, labelFont: 'sans', gap: 2 });
  } else {
    h.tenants.forEach((p, i) => b.row(i === 0 ? 'Beklagte Partei:' : '', `${fullName(p)}${withBirth ? birthSuffix(p, 'num') : ''}`, { valueX: vx, labelFont: 'sans' }));
    b.space(2);
  }
  const withAdd = h.flat.addition !== null;
  b.row('Mietobjekt:', `${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}`, { valueX: vx, labelFont: 'sans' });
  b.row('', cityLine(h.flat), { valueX: vx, gap: 8 });
  check(b, true, 'Die Räumungsklage ist bei Gericht eingegangen am', fmtDate(s.claimReceived));
  check(b, s.servedInNotice, 'Die Klage wurde zugestellt am', s.servedInNotice ? fmtDate(s.served) : '__________');
  if (s.servedInNotice) t.claimServed = s.served;
  check(b, true, 'Monatliche Miete (einschl. Nebenkosten):', fmtMoney(h.rent, ms));
  check(b, true, 'Geltend gemachter Rückstand (Miete/Nutzungsentschädigung):', fmtMoney(s.claimArrears, ms));
  if (s.hearingInNotice) {
    check(b, true, 'Termin zur mündlichen Verhandlung ist bestimmt auf', `${fmtDate(s.hearing.date, 'numShort')}, ${s.hearing.time} Uhr,`);
    b.line(`    ${s.hearing.room}, ${court.street}`, { gap: 2 });
    check(b, false, 'Ein Termin ist noch nicht bestimmt.');
    t.hearing = { ...s.hearing };
  } else {
    check(b, false, 'Termin zur mündlichen Verhandlung ist bestimmt auf', '__________');
    check(b, true, 'Ein Termin ist noch nicht bestimmt.');
  }
  check(b, false, 'Die Nichtzahlung beruht nach dem Inhalt der Klageschrift erkennbar nicht auf Zahlungsunfähigkeit.');
  b.space(10);
  b.font('sans', 9);
  b.para('Die Angaben beruhen auf der Klageschrift; eine Prüfung durch das Gericht ist nicht erfolgt.', { gap: 12 });
  b.line(`${rng.pick(CLERKS)}`, { gap: 0 });
  b.line('Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: l.name, claimReceived: s.claimReceived, monthlyRent: h.rent, arrears: s.claimArrears });
  return { fields: t, sender: court.key, layout: 'le-notice-oldform-checkbox' };
}

export function leSummons(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  head(c, s.summonsDate, authorityLines(h, rng), 'ZP 38b  Terminsnachricht an Sozialleistungsträger  – 09.2009 –');
  b.font('sansB', 11);
  b.line('Nachricht über den Verhandlungstermin', { gap: 8 });
  const vx = b.left + 52 * MM;
  b.font('mono', 10);
  b.row('Klagepartei:', l.name, { valueX: vx, labelFont: 'sans', gap: 2 });
  b.row('Beklagte Partei:', h.tenants.map(fullName).join(', '), { valueX: vx, labelFont: 'sans', gap: 8 });
  const refer = rng.chance(0.5);
  if (refer) { check(b, true, 'Bezug: Unsere Mitteilung über den Klageeingang am', fmtDate(s.claimReceived)); t.claimReceived = s.claimReceived; }
  check(b, true, 'Termin zur mündlichen Verhandlung ist bestimmt auf', `${fmtDate(s.hearing.date, 'num')}, ${s.hearing.time} Uhr,`);
  b.line(`    ${s.hearing.room}, ${court.street}, ${court.postal} ${court.city}`, { gap: 2 });
  check(b, false, 'Der Termin vom __________ ist aufgehoben.');
  check(b, false, 'Der Termin wird verlegt auf __________.');
  b.space(12);
  b.font('sans', 9);
  b.line(`${rng.pick(CLERKS)}`, { gap: 0 });
  b.line('Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), landlord: l.name, hearing: { ...s.hearing } });
  return { fields: t, sender: court.key, layout: 'le-summons-oldform-checkbox' };
}

export function leJudgment(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const court = courtOf(h);
  b.font('sans', 9);
  b.text(b.left, 12 * MM, 'Beglaubigte Abschrift');
  b.font('sansB', 12);
  b.text(b.left, 20 * MM, court.name);
  b.font('mono', 10);
  b.text(b.left, 28 * MM, `Aktenzeichen: ${fileNo(h)}`);
  b.y = 40 * MM;
  b.onNewPage = (bb) => { bb.font('mono', 8.5); bb.text(bb.left, 12 * MM, `${fileNo(h)} – Seite ${bb.pageIndex - start + 1}`); bb.y = 22 * MM; };
  judgmentBody(c, { body: 'serif', bold: 'serifB', size: 10, justify: false, partyStyle: 'numbered', withBirth: rng.chance(0.5), money: 'eurCode', date: 'long', center: true }, t);
  b.space(8);
  b.font('sans', 8.5);
  b.line(`Für die Übereinstimmung mit der Urschrift: Leipzig, ${fmtDate(addDays(s.judgmentDate, rng.int(1, 5)))}`);
  b.onNewPage = null;
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h) });
  return { fields: t, sender: court.key, layout: 'le-judgment' };
}
