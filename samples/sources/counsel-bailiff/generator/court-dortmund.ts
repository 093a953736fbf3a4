/** Amtsgericht Dortmund: e-file export with a rubrum ("In dem Rechtsstreit … gegen …"), often two pages. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, fileNo, fileNoTruth, authorityLines, CLERKS } from './ctx.js';
import { addressField, foldMarks, infoBlock, pageNumber } from './letter.js';
import { fmtDate, fmtMoney, addDays } from './format.js';
import { familyFirst, titled, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth, joinedNames } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import { judgmentBody } from './judgment-body.js';

function head(c: Ctx, date: string, recipient: string[], ret = true): void {
  const { b, h, rng } = c;
  const court = courtOf(h);
  b.rect(b.left, 12 * MM, 3, 16 * MM, { fill: '#333333' });
  b.font('condB', 15);
  b.text(b.left + 8, 12 * MM, court.name);
  b.font('cond', 8.5);
  b.text(b.left + 8, 12 * MM + 19, 'Zivilabteilung');
  foldMarks(b);
  addressField(b, ret ? `${court.name}, ${court.poBox}` : null, recipient, { font: 'cond', size: 10.5 });
  infoBlock(b, [['Geschäfts-Nr.:', fileNo(h)], ['Datum:', fmtDate(date)], ['', ''], ['Anschrift:', court.street], ['', ''], ['Telefon:', court.phone], ['Telefax:', court.fax], ['Servicezeiten:', 'Mo–Fr 9–12 Uhr'], ['Zimmer:', `${rng.int(1, 3)}.${rng.int(101, 240)}`]], { y: 48, valueDx: 24 * MM, size: 8, labelFont: 'condB', valueFont: 'cond' });
  b.y = 102 * MM;
  b.font('cond', 10.5);
}

function foot(c: Ctx, start: number): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.forEachPage((i, n) => {
    if (i < start) return;
    if (i > start) { b.font('cond', 8.5); b.textAt(i, 'head', b.left, 12 * MM, `${court.name} – ${fileNo(h)}`, {}); }
    b.font('cond', 6.8);
    b.textAt(i, 'tail', b.left, 283 * MM, `${court.name} · ${court.street} · ${court.postal} ${court.city} · ${court.bank}`);
    pageNumber(b, i, `Seite ${i - start + 1} von ${n - start}`, { y: 277 * MM, size: 8 });
  });
}

function rubrum(c: Ctx, withBirth: boolean, as: ReturnType<typeof pickAddrStyle>, withAdd: boolean): void {
  const { b, h } = c;
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const x2 = b.left + 20;
  b.line('In dem Rechtsstreit', { gap: 3 });
  b.para(`${l.printed.replace(/^Herrn /, 'Herr ')}${l.rep ? `, ${l.rep}` : ''}, ${l.street}, ${l.postal} ${l.city},`, { x: x2 });
  b.line(`– ${l.kind === 'company' ? 'Klägerin' : 'Kläger'} –`, { x: x2, gap: 2 });
  if (law) b.para(`Prozessbevollmächtigte: ${law.lines.join(' ')}, ${law.street}, ${law.postal} ${law.city}`, { x: x2, gap: 2 });
  b.line('gegen', { gap: 2 });
  h.tenants.forEach((p, i) => b.line(`${h.tenants.length > 1 ? `${i + 1}. ` : ''}${familyFirst(p)}${withBirth ? birthSuffix(p) : ''},`, { x: x2 }));
  b.para(`${h.tenants.length > 1 ? (h.tenants.length > 2 ? 'alle wohnhaft' : 'beide wohnhaft') : 'wohnhaft'} ${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)},`, { x: x2 });
  b.line('– Beklagte –', { x: x2, gap: 3 });
  b.line('wegen Räumung und Herausgabe einer Wohnung sowie Zahlung', { gap: 6 });
}

export function doNotice(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  head(c, s.noticeDate, authorityLines(h, rng));
  b.font('condB', 11.5);
  b.line('Mitteilung gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { gap: 6 });
  b.font('cond', 10.5);
  const withBirth = rng.chance(0.55);
  const withAdd = h.flat.addition !== null && rng.chance(0.75);
  const as = pickAddrStyle(rng);
  const ms = rng.pick(['eurSign', 'eurCode', 'plainNoGroup'] as const);
  rubrum(c, withBirth, as, withAdd);
  b.line('wird Ihnen gemäß den genannten Vorschriften Folgendes mitgeteilt:', { gap: 5 });
  const vx = b.left + 70 * MM;
  b.row('Eingang der Klage bei Gericht am:', fmtDate(s.claimReceived), { valueX: vx, x: b.left + 10 });
  b.row('Höhe der monatlichen Miete:', fmtMoney(h.rent, ms), { valueX: vx, x: b.left + 10 });
  b.row('Geltend gemachte Mietrückstände:', fmtMoney(s.claimArrears, ms), { valueX: vx, x: b.left + 10 });
  const mentionOrd = rng.chance(0.4);
  if (mentionOrd) {
    b.row('Art der Kündigung:', s.ordinary ? 'fristlos, hilfsweise fristgemäß' : 'fristlos wegen Zahlungsverzugs', { valueX: vx, x: b.left + 10 });
    if (s.ordinary) t.ordinaryTermination = true;
  }
  if (s.hearingInNotice) {
    b.row('Termin zur mündlichen Verhandlung:', `${fmtDate(s.hearing.date, 'numWeekday')}, ${s.hearing.time} Uhr`, { valueX: vx, x: b.left + 10 });
    b.row('Sitzungssaal:', `${s.hearing.room}, ${court.venue}`, { valueX: vx, x: b.left + 10 });
    t.hearing = { ...s.hearing };
  } else b.row('Termin zur mündlichen Verhandlung:', 'ist noch nicht anberaumt', { valueX: vx, x: b.left + 10 });
  if (s.servedInNotice) { b.row('Zustellung an die Beklagten:', fmtDate(s.served), { valueX: vx, x: b.left + 10 }); t.claimServed = s.served; }
  b.space(8);
  b.font('cond', 9.5);
  b.line('Hinweise:', { gap: 2 });
  b.para('1. Die Mitteilung ergeht, um dem Träger der Grundsicherung bzw. der Sozialhilfe die Prüfung zu ermöglichen, ob zur Vermeidung von Wohnungslosigkeit Mietschulden übernommen werden können. Die Kündigung wegen Zahlungsverzugs wird unwirksam, wenn der Vermieter spätestens bis zum Ablauf von zwei Monaten nach Eintritt der Rechtshängigkeit hinsichtlich der fälligen Miete und der fälligen Entschädigung befriedigt wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet (§ 569 Abs. 3 Nr. 2 BGB).', { indent: 12, justify: true, gap: 3 });
  b.para('2. Die übermittelten Daten unterliegen der Zweckbindung (§ 78 SGB X). Eine Weitergabe an Dritte ist nur zulässig, soweit dies zur Erfüllung der Aufgabe erforderlich ist, etwa an eine beauftragte Fachstelle zur Prävention von Wohnungslosigkeit.', { indent: 12, justify: true, gap: 3 });
  b.para('3. Rückfragen richten Sie bitte unter Angabe der Geschäftsnummer an die Geschäftsstelle. Eine Beteiligung am Verfahren ist mit dieser Mitteilung nicht verbunden; Erklärungen zur Übernahme der Rückstände sind unmittelbar gegenüber der Klagepartei abzugeben und dem Gericht zur Kenntnis zu bringen.', { indent: 12, justify: true, gap: 10 });
  b.font('cond', 10.5);
  b.line('Mit freundlichen Grüßen', { gap: 14 });
  b.line(`${rng.pick(CLERKS)}, Justizbeschäftigte`);
  b.font('cond', 8);
  b.line('Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: l.name, claimReceived: s.claimReceived, monthlyRent: h.rent, arrears: s.claimArrears });
  return { fields: t, sender: court.key, layout: 'do-notice-rubrum' };
}

/** The court's summons to the defendant ("Ladung"), which tenants bring along or the Jobcenter forwards. */
export function doSummons(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  const as = pickAddrStyle(rng);
  const first = h.tenants[0];
  const recipient = first ? [titled(first, true), ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h.flat, as), cityLine(h.flat)] : [];
  head(c, s.summonsDate, recipient);
  b.font('condB', 12);
  b.line('Ladung zum Termin', { gap: 6 });
  b.font('cond', 10.5);
  b.line(`In dem Rechtsstreit ${l.name} ./. ${joinedNames(h.tenants)}`, { gap: 6 });
  const refer = rng.chance(0.4);
  b.para(`werden Sie ${refer ? `auf die am ${fmtDate(s.claimReceived)} eingegangene Klage ` : ''}zur mündlichen Verhandlung geladen. Termin ist bestimmt auf`, { gap: 4 });
  if (refer) t.claimReceived = s.claimReceived;
  b.font('condB', 11.5);
  b.line(`${fmtDate(s.hearing.date, 'longWeekday')}, ${s.hearing.time} Uhr`, { x: b.left + 25 });
  // Wrapped: with a long venue the room ("Saal 1.106") ran off the page, so the truth named a room the page did not print.
  b.para(`${court.name}, ${court.venue}, ${s.hearing.room}`, { x: b.left + 25, gap: 6 });
  b.font('cond', 10);
  b.para('Das persönliche Erscheinen der Parteien wird angeordnet (§ 141 ZPO, § 278 Abs. 3 ZPO). Erscheinen Sie in dem Termin nicht, kann auf Antrag der Klagepartei ein Versäumnisurteil gegen Sie ergehen; Sie können dann zur Räumung der Wohnung verurteilt werden, ohne dass Ihr Vorbringen berücksichtigt wird.', { justify: true, gap: 4 });
  b.para('Bringen Sie zum Termin bitte diese Ladung und einen Lichtbildausweis mit. Hinweis: Bei Zahlungsschwierigkeiten wenden Sie sich umgehend an das Jobcenter oder das Sozialamt; Mietrückstände können unter Umständen übernommen werden.', { justify: true, gap: 10 });
  b.line(`Auf Anordnung – ${rng.pick(CLERKS)}, Justizbeschäftigte`);
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, h.flat.addition !== null), landlord: l.name, hearing: { ...s.hearing } });
  return { fields: t, sender: court.key, layout: 'do-summons-ladung' };
}

export function doJudgment(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const court = courtOf(h);
  b.rect(b.left, 12 * MM, 3, 16 * MM, { fill: '#333333' });
  b.font('condB', 15);
  b.text(b.left + 8, 12 * MM, court.name);
  b.font('cond', 9.5);
  b.text(125 * MM, 14 * MM, `${fileNo(h)}`);
  b.text(125 * MM, 14 * MM + 12, 'Elektronische Ausfertigung');
  b.y = 40 * MM;
  judgmentBody(c, { body: 'cond', bold: 'condB', size: 10.5, justify: true, partyStyle: 'familyFirst', withBirth: rng.chance(0.4), money: 'plainNoGroup', date: 'num', center: true }, t);
  b.space(8);
  b.font('cond', 8.5);
  b.line(`Elektronisch signiert am ${fmtDate(addDays(s.judgmentDate, rng.int(0, 3)))} – qualifizierte elektronische Signatur`);
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h) });
  return { fields: t, sender: court.key, layout: 'do-judgment-efile' };
}
