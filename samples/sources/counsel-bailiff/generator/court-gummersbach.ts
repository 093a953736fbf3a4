/** Amtsgericht Gummersbach: form software with a two-column letterhead and tab-aligned labelled lines. */
import { MM, PAGE_H } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, fileNo, fileNoTruth, authorityLines, CLERKS, caseTitle } from './ctx.js';
import { addressField, infoBlock, foldMarks, footerColumns, pageNumber } from './letter.js';
import { fmtDate, fmtMoney, addDays } from './format.js';
import { titled, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import { judgmentBody } from './judgment-body.js';

function head(c: Ctx, date: string, recipient: string[], extraInfo: [string, string][] = []): void {
  const { b, h, rng } = c;
  const court = courtOf(h);
  const start = b.pageIndex;
  b.font('serifB', 16);
  b.text(b.left, 14 * MM, court.name);
  b.font('sans', 7.5);
  const rx = 128 * MM;
  [`Dienstgebäude: ${court.street}`, `${court.postal} ${court.city}`, `Telefon: ${court.phone}`, `Telefax: ${court.fax}`, 'Sprechzeiten: Mo–Fr 8:30–12:00 Uhr'].forEach((l, i) => b.text(rx, 12 * MM + i * 9.5, l));
  b.rule(b.left, 34 * MM, b.right, 34 * MM, 0.8);
  foldMarks(b);
  addressField(b, `${court.name}, ${court.poBox}`, recipient);
  const clerk = rng.pick(CLERKS);
  infoBlock(b, [['Geschäftsnummer:', fileNo(h)], ['(Bitte bei allen Schreiben angeben)', ''], ['', ''], ['Datum:', fmtDate(date)], ['Bearbeiter/in:', clerk], ['Durchwahl:', `-${rng.int(200, 299)}`], ...extraInfo], { y: 50, valueDx: 31 * MM });
  b.y = 103 * MM;
  void start;
}

function foot(c: Ctx, start: number): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.forEachPage((i, n) => {
    if (i < start) return;
    footerColumns(b, i, [[`${court.name}`, court.street, `${court.postal} ${court.city}`], ['Zahlungen an:', ...court.bank.split(/ · |, /)], ['Öffentliche Verkehrsmittel:', 'Bus bis Haltestelle „Steinmüllergelände“']], { size: 6.5 });
    pageNumber(b, i, `Seite ${i - start + 1} von ${n - start}`, { size: 7 });
  });
}

export function gmNotice(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const court = courtOf(h);
  head(c, s.noticeDate, authorityLines(h, rng));
  const vx = b.left + 72 * MM;
  b.font('sansB', 11);
  b.line('Mitteilung nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', { gap: 1 });
  b.font('sans', 9);
  b.line('über den Eingang einer Klage auf Räumung von Wohnraum wegen Zahlungsverzugs', { gap: 8 });
  b.font('sans', 9.5);
  const withBirth = rng.chance(0.6);
  const as = pickAddrStyle(rng);
  const ms = rng.pick(['eurSign', 'eurCode'] as const);
  b.row('1. Tag des Eingangs der Klage:', fmtDate(s.claimReceived), { valueX: vx, gap: 3 });
  b.row('2. Klagende Partei:', `${l.printed.replace(/^Herrn /, 'Herr ')}${l.rep ? `, ${l.rep}` : ''}, ${l.street}, ${l.postal} ${l.city}`, { valueX: vx, gap: 1 });
  if (law) b.row('    Prozessbevollmächtigte:', `Rechtsanwälte Kessler & Brandt, ${law.street}, ${law.postal} ${law.city}`.replace('Kessler & Brandt', law.key === 'ra-kessler-brandt' ? 'Kessler & Brandt' : law.lines[0] ?? ''), { valueX: vx, gap: 3 });
  else b.space(2);
  h.tenants.forEach((p, i) => {
    b.row(i === 0 ? '3. Beklagte Partei:' : '', `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${titled(p)}${withBirth ? birthSuffix(p) : ''}`, { valueX: vx });
  });
  const withAdd = h.flat.addition !== null;
  b.row('    Anschrift der Wohnung:', `${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}`, { valueX: vx });
  b.row('', cityLine(h.flat), { valueX: vx, gap: 3 });
  b.row('4. Monatliche Miete:', fmtMoney(h.rent, ms), { valueX: vx, gap: 3 });
  b.row('5. Mietrückstand / Entschädigung:', fmtMoney(s.claimArrears, ms), { valueX: vx, gap: 3 });
  if (s.hearingInNotice) {
    b.row('6. Termin zur mündlichen Verhandlung:', `${fmtDate(s.hearing.date, 'numWeekday')}, ${s.hearing.time} Uhr`, { valueX: vx });
    b.row('', `${s.hearing.room}, ${court.venue}`, { valueX: vx, gap: 3 });
    t.hearing = { date: s.hearing.date, time: s.hearing.time, room: s.hearing.room };
  } else b.row('6. Termin zur mündlichen Verhandlung:', 'noch nicht bestimmt', { valueX: vx, gap: 3 });
  if (s.servedInNotice) {
    b.row('7. Klage zugestellt am:', fmtDate(s.served), { valueX: vx, gap: 8 });
    t.claimServed = s.served;
  } else b.row('7. Klage zugestellt am:', 'noch nicht erfolgt', { valueX: vx, gap: 8 });
  b.font('sans', 8.5);
  b.para('Die Mitteilung dient ausschließlich dem Zweck, den zuständigen Trägern die Prüfung zu ermöglichen, ob die Wohnungslosigkeit durch die Übernahme der Mietschulden abgewendet werden kann (§ 569 Abs. 3 Nr. 2 BGB). Eine Verwendung der übermittelten Daten zu anderen Zwecken ist unzulässig.', { gap: 10 });
  b.font('sans', 9.5);
  b.line('Auf Anordnung');
  b.space(14);
  b.line(`${rng.pick(CLERKS)}, Justizbeschäftigte`, { gap: 2 });
  b.font('sans', 7.5);
  b.line('Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: l.name, claimReceived: s.claimReceived, monthlyRent: h.rent, arrears: s.claimArrears });
  return { fields: t, sender: court.key, layout: 'gm-notice-tabform' };
}

export function gmSummons(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  head(c, s.summonsDate, authorityLines(h, rng));
  const vx = b.left + 55 * MM;
  b.font('sansB', 11);
  b.line('Terminsmitteilung', { gap: 1 });
  b.font('sans', 9);
  b.line(`Nachtrag zur Mitteilung nach § 22 Abs. 9 SGB II vom ${fmtDate(s.noticeDate)}`, { gap: 8 });
  b.font('sans', 9.5);
  b.row('In Sachen:', caseTitle(h, l), { valueX: vx, gap: 2 });
  b.row('Kläger/in:', l.name, { valueX: vx, gap: 2 });
  b.row('Beklagte:', h.tenants.map((p) => titled(p)).join(', '), { valueX: vx, gap: 2 });
  const refer = rng.chance(0.5);
  if (refer) {
    b.row('Klageeingang:', fmtDate(s.claimReceived), { valueX: vx, gap: 2 });
    t.claimReceived = s.claimReceived;
  }
  b.space(6);
  b.para('Im oben bezeichneten Räumungsrechtsstreit ist Termin zur mündlichen Verhandlung (Güteverhandlung und ggf. anschließender Haupttermin) bestimmt worden auf:', { gap: 4 });
  b.font('sansB', 10.5);
  b.row('Termin:', `${fmtDate(s.hearing.date, 'longWeekdayDen')}, ${s.hearing.time.replace(':', '.')} Uhr`, { valueX: vx, labelFont: 'sans' });
  b.row('Ort:', `${s.hearing.room}, Sitzungsgebäude ${court.venue}`, { valueX: vx, labelFont: 'sans', gap: 8 });
  b.font('sans', 9.5);
  b.para('Das persönliche Erscheinen der Parteien ist angeordnet. Eine Übernahme der Rückstände durch den Leistungsträger sollte möglichst vor dem Termin mitgeteilt werden.', { gap: 12 });
  b.line('Auf Anordnung');
  b.space(12);
  b.line(`${rng.pick(CLERKS)}, Justizbeschäftigte`);
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), landlord: l.name, hearing: { ...s.hearing } });
  return { fields: t, sender: court.key, layout: 'gm-summons-tabform' };
}

export function gmJudgment(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const court = courtOf(h);
  b.font('sans', 8);
  b.text(b.left, 12 * MM, 'Beglaubigte Abschrift');
  b.font('serifB', 14);
  b.text(b.left, 20 * MM, court.name);
  b.font('sans', 9);
  b.text(b.left, 28 * MM, `Geschäftsnummer: ${fileNo(h)}`);
  b.text(b.left, 28 * MM + 12, `Verkündet am: ${s.judgmentKind === 'versaeumnisurteil' && s.judgmentDate !== s.hearing.date ? '—' : fmtDate(s.judgmentDate)}`);
  b.y = 46 * MM;
  b.onNewPage = (bb) => { bb.font('sans', 8); bb.text(bb.left, 12 * MM, `${court.name} – ${fileNo(h)}`); bb.y = 22 * MM; };
  judgmentBody(c, { body: 'serif', bold: 'serifB', size: 10, justify: true, partyStyle: 'numbered', withBirth: rng.chance(0.3), money: 'eurSign', date: 'num', center: true }, t);
  b.space(8);
  b.font('sans', 8.5);
  b.line(`Für die Richtigkeit der Abschrift: ${court.city}, ${fmtDate(addDays(s.judgmentDate, rng.int(2, 6)))}`);
  b.onNewPage = null;
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h) });
  void PAGE_H;
  return { fields: t, sender: court.key, layout: 'gm-judgment' };
}
