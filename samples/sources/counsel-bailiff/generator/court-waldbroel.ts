/** Amtsgericht Waldbröl: a letter with a subject line and running prose (Word template of the Geschäftsstelle). */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, fileNo, fileNoTruth, authorityLines, CLERKS, caseTitle } from './ctx.js';
import { addressField, foldMarks, footerColumns } from './letter.js';
import { fmtDate, fmtMoney, addDays } from './format.js';
import { titled, joinedNames, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import { judgmentBody } from './judgment-body.js';

function head(c: Ctx, date: string, recipient: string[], subject: string[]): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.font('sansB', 13);
  b.text(125 * MM, 14 * MM, court.name);
  b.font('sans', 8);
  [court.street, `${court.postal} ${court.city}`, `Tel.: ${court.phone}`, `Fax: ${court.fax}`].forEach((l, i) => b.text(125 * MM, 21 * MM + i * 10, l));
  foldMarks(b);
  addressField(b, `${court.name} – ${court.street} – ${court.postal} ${court.city}`, recipient, { size: 10.5 });
  b.font('sans', 9);
  b.text(125 * MM, 66 * MM, `Aktenzeichen: ${fileNo(h, 'tight')}`);
  b.text(125 * MM, 66 * MM + 12, '(bitte stets angeben)');
  b.text(125 * MM, 66 * MM + 30, `${court.city}, ${fmtDate(date, 'long')}`);
  b.y = 103 * MM;
  b.font('sansB', 10.5);
  for (const sLine of subject) b.line(sLine);
  b.space(10);
  b.font('sans', 10.5);
}

function foot(c: Ctx, start: number): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.forEachPage((i) => {
    if (i < start) return;
    footerColumns(b, i, [['Öffnungszeiten:', 'Mo–Fr 8.30–12.00 Uhr', 'Do zusätzlich 13.30–15.00 Uhr'], ['Bankverbindung:', ...court.bank.split(' · ')]], { size: 6.8 });
  });
}

export function wbNotice(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const court = courtOf(h);
  head(c, s.noticeDate, authorityLines(h, rng), [`Räumungsrechtsstreit ${caseTitle(h, l)}`, 'Mitteilung gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII']);
  const as = pickAddrStyle(rng);
  const ms = rng.pick(['eurSign', 'euroWord', 'eurCode'] as const);
  const withBirth = rng.chance(0.35);
  const withAdd = h.flat.addition !== null && rng.chance(0.7);
  b.line('Sehr geehrte Damen und Herren,', { gap: 6 });
  const names = h.tenants.map((p) => `${titled(p, true)}${withBirth ? birthSuffix(p, 'num', 'geboren am') : ''}`);
  const joined = names.length === 1 ? names[0] ?? '' : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1] ?? ''}`;
  const plaintiff = l.kind === 'company' ? `der ${l.name}` : `${l.name.includes('Gerlinde') ? 'der Frau' : 'des Herrn'} ${l.name}`;
  b.para(`hiermit teile ich Ihnen mit, dass am ${fmtDate(s.claimReceived, 'long')} bei dem hiesigen Gericht eine Klage ${plaintiff}, ${l.street}, ${l.postal} ${l.city}${law ? `, vertreten durch die Rechtsanwälte Kessler & Brandt in ${law.city}` : ''}, gegen ${joined}, wohnhaft ${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}, auf Räumung und Herausgabe der Wohnung eingegangen ist.`, { justify: true, gap: 6 });
  const mentionOrd = s.ordinary && rng.chance(0.35);
  b.para(`Die Klage wird auf eine Kündigung des Mietverhältnisses wegen Zahlungsverzuges gestützt${mentionOrd ? '; die Klagepartei hat daneben hilfsweise die ordentliche Kündigung erklärt' : ''}. Nach den Angaben in der Klageschrift beträgt die monatlich zu zahlende Miete ${fmtMoney(h.rent, ms)}. Der Mietrückstand einschließlich der Nutzungsentschädigung wird mit ${fmtMoney(s.claimArrears, ms)} angegeben.`, { justify: true, gap: 6 });
  if (mentionOrd) t.ordinaryTermination = true;
  if (s.hearingInNotice) {
    b.para(`Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(s.hearing.date, 'longWeekdayDen')}, ${s.hearing.time.replace(':', '.')} Uhr, im Sitzungssaal ${s.hearing.room.replace(/^Saal /, '')} des Amtsgerichts.`, { justify: true, gap: 6 });
    t.hearing = { date: s.hearing.date, time: s.hearing.time, room: `Sitzungssaal ${s.hearing.room.replace(/^Saal /, '')}` };
  } else b.para('Ein Termin zur mündlichen Verhandlung ist bislang noch nicht bestimmt.', { gap: 6 });
  if (s.servedInNotice) {
    b.para(`Die Klageschrift ist ${h.tenants.length > 1 ? 'den Beklagten' : 'der beklagten Partei'} am ${fmtDate(s.served, 'long')} zugestellt worden.`, { gap: 6 });
    t.claimServed = s.served;
  }
  b.para('Ich bitte, die Angaben vertraulich zu behandeln und nur zum Zweck der Vermeidung von Wohnungslosigkeit zu verwenden.', { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 2 });
  b.line('Auf Anordnung', { gap: 16 });
  b.line(`${rng.pick(CLERKS)}`);
  b.line('Justizhauptsekretärin');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: l.name, claimReceived: s.claimReceived, monthlyRent: h.rent, arrears: s.claimArrears });
  return { fields: t, sender: court.key, layout: 'wb-notice-prose-letter' };
}

export function wbSummons(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  head(c, s.summonsDate, authorityLines(h, rng), [`Räumungsrechtsstreit ${caseTitle(h, l)}`, `Unsere Mitteilung vom ${fmtDate(s.noticeDate)}`]);
  const as = pickAddrStyle(rng);
  b.line('Sehr geehrte Damen und Herren,', { gap: 6 });
  const refer = rng.chance(0.5);
  b.para(`in dem oben genannten Rechtsstreit ${refer ? `(Klageeingang am ${fmtDate(s.claimReceived)}) ` : ''}${l.kind === 'company' ? 'der' : l.name.startsWith('Gerlinde') ? 'der Frau' : 'des Herrn'} ${l.name} gegen ${joinedNames(h.tenants)}, ${streetLine(h.flat, as)}, ${cityLine(h.flat)}, ist zwischenzeitlich Termin zur Güteverhandlung und mündlichen Verhandlung anberaumt worden auf`, { justify: true, gap: 6 });
  if (refer) t.claimReceived = s.claimReceived;
  b.font('sansB', 11);
  b.line(`${fmtDate(s.hearing.date, 'longWeekdayDen')}, ${s.hearing.time.replace(':', '.')} Uhr,`, { x: b.left + 30 });
  b.line(`${s.hearing.room}`, { x: b.left + 30, gap: 6 });
  b.font('sans', 10.5);
  b.para('Ich bitte um Kenntnisnahme. Eine gesonderte Ladung der Behörde erfolgt nicht.', { gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 2 });
  b.line('Auf Anordnung', { gap: 16 });
  b.line(`${rng.pick(CLERKS)}, Justizhauptsekretärin`);
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, false), landlord: l.name, hearing: { ...s.hearing } });
  return { fields: t, sender: court.key, layout: 'wb-summons-prose-letter' };
}

export function wbJudgment(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const court = courtOf(h);
  b.font('sansB', 12);
  b.text(b.left, 15 * MM, court.name);
  b.font('sans', 9);
  b.text(b.left, 15 * MM + 15, `${court.postal} ${court.city}`);
  b.font('sans', 10);
  b.text(125 * MM, 15 * MM, `${fileNo(h, 'tight')}`);
  b.text(125 * MM, 15 * MM + 13, 'Beglaubigte Abschrift');
  b.y = 38 * MM;
  b.onNewPage = (bb) => { bb.font('sans', 8.5); bb.text(bb.left, 14 * MM, `- ${bb.pageIndex - start + 1} -`, { width: bb.width, align: 'center' }); bb.y = 24 * MM; };
  judgmentBody(c, { body: 'sans', bold: 'sansB', size: 9.5, justify: true, partyStyle: 'numbered', withBirth: rng.chance(0.5), money: 'eurSign', date: 'num', center: true }, t);
  b.space(8);
  b.font('sans', 8.5);
  b.line(`Beglaubigt: ${court.city}, ${fmtDate(addDays(s.judgmentDate, rng.int(1, 4)))}`);
  b.onNewPage = null;
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h) });
  return { fields: t, sender: court.key, layout: 'wb-judgment' };
}
