/** Amtsgericht Wipperfürth: centred letterhead, ruled two-column tables (MiZi form). */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, fileNo, fileNoTruth, authorityLines, CLERKS } from './ctx.js';
import { addressField, foldMarks, pageNumber } from './letter.js';
import { ruledTable } from './table.js';
import { fmtDate, fmtMoney, addDays } from './format.js';
import { fullName, familyFirst, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import { judgmentBody } from './judgment-body.js';

function head(c: Ctx, date: string, recipient: string[]): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.font('serifB', 15);
  b.text(b.left, 13 * MM, court.name.toUpperCase(), { width: b.width, align: 'center' });
  b.font('serif', 8.5);
  b.text(b.left, 20 * MM, `– Abteilung für Zivilsachen –   ${court.street} · ${court.postal} ${court.city} · Tel. ${court.phone} · Fax ${court.fax}`, { width: b.width, align: 'center' });
  b.rule(b.left, 25 * MM, b.right, 25 * MM, 1.4);
  b.rule(b.left, 25 * MM + 2.5, b.right, 25 * MM + 2.5, 0.4);
  foldMarks(b);
  addressField(b, `${court.name} · ${court.poBox}`, recipient, { font: 'serif', size: 10.5 });
  b.font('serif', 10);
  b.text(125 * MM, 64 * MM, `Az.: ${fileNo(h)}`);
  b.text(125 * MM, 64 * MM + 14, `${court.city}, ${fmtDate(date)}`);
  b.y = 100 * MM;
}

function foot(c: Ctx, start: number): void {
  const { b, h } = c;
  const court = courtOf(h);
  b.forEachPage((i, n) => {
    if (i < start) return;
    b.font('serif', 7);
    b.textAt(i, 'tail', b.left, 281 * MM, `Bankverbindung: ${court.bank}`, { width: b.width, align: 'center' });
    if (n - start > 1) pageNumber(b, i, `- ${i - start + 1} -`, { align: 'center', y: 287 * MM });
  });
}

export function wfNotice(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const court = courtOf(h);
  head(c, s.noticeDate, authorityLines(h, rng));
  b.font('serifB', 11.5);
  b.line('Mitteilung in Zivilsachen – Räumungsklage', { gap: 1 });
  b.font('serif', 9.5);
  b.line('(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII; MiZi Teil 2, IV. Nr. 1)', { gap: 8 });
  const withBirth = rng.chance(0.5);
  const as = pickAddrStyle(rng);
  const ms = rng.pick(['eurCode', 'eurSign', 'codeFirst'] as const);
  const rows: [string, string][] = [['Eingang der Klage', fmtDate(s.claimReceived)], ['Kläger/in', `${l.printed.replace(/^Herrn /, '')}, ${l.street}, ${l.postal} ${l.city}`]];
  if (law) rows.push(['Prozessbevollm. Kläger/in', `Rechtsanwälte ${law.lines[0]?.replace('KESSLER & BRANDT', 'Kessler & Brandt')}, ${law.street}, ${law.postal} ${law.city}`]);
  h.tenants.forEach((p, i) => rows.push([h.tenants.length > 1 ? `Beklagte/r zu ${i + 1}` : 'Beklagte/r (Mieter/in)', `${familyFirst(p)}${withBirth ? birthSuffix(p, 'num', '*') : ''}`]));
  const withAdd = h.flat.addition !== null && rng.chance(0.8);
  rows.push(['Anschrift der Wohnung', `${streetLine(h.flat, as)}${withAdd ? ` (${h.flat.addition})` : ''}, ${cityLine(h.flat)}`]);
  rows.push(['Miete monatlich (brutto)', fmtMoney(h.rent, ms)]);
  rows.push(['Rückstand Miete / Nutzungsentschädigung lt. Klage', fmtMoney(s.claimArrears, ms)]);
  if (s.hearingInNotice) {
    rows.push(['Termin zur mündlichen Verhandlung', `${fmtDate(s.hearing.date, 'num')}, ${s.hearing.time} Uhr, ${s.hearing.room}`]);
    t.hearing = { ...s.hearing };
  } else rows.push(['Termin zur mündlichen Verhandlung', 'noch nicht bestimmt']);
  rows.push(['Zustellung der Klage', s.servedInNotice ? fmtDate(s.served) : '— (noch nicht veranlasst)']);
  if (s.servedInNotice) t.claimServed = s.served;
  ruledTable(b, rows, { labelW: 58 * MM, labelFont: 'serifB', valueFont: 'serif', size: 9.5, shadeLabels: '#eeeeee' });
  b.space(10);
  b.font('serif', 9);
  b.para('Die Mitteilung erfolgt von Amts wegen. Die übermittelten Daten dürfen nur für den Zweck verwendet werden, zu dessen Erfüllung sie übermittelt worden sind (§ 19 EGGVG).', { gap: 14 });
  b.font('serif', 10);
  b.line(`${rng.pick(CLERKS)}`);
  b.line('Justizhauptsekretär/in als Urkundsbeamter/in der Geschäftsstelle');
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: l.name, claimReceived: s.claimReceived, monthlyRent: h.rent, arrears: s.claimArrears });
  return { fields: t, sender: court.key, layout: 'wf-notice-ruled-table' };
}

export function wfSummons(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const l = landlordOf(h);
  const court = courtOf(h);
  head(c, s.summonsDate, authorityLines(h, rng));
  b.font('serifB', 11.5);
  b.line('Mitteilung des Verhandlungstermins', { gap: 1 });
  b.font('serif', 9.5);
  b.line('im Räumungsrechtsstreit – Ergänzung unserer Mitteilung in Zivilsachen', { gap: 8 });
  const as = pickAddrStyle(rng);
  const rows: [string, string][] = [['Aktenzeichen', fileNo(h)], ['Kläger/in', l.name], ['Beklagte', h.tenants.map((p) => fullName(p)).join('; ')], ['Wohnung', `${streetLine(h.flat, as)}, ${cityLine(h.flat)}`]];
  if (rng.chance(0.4)) { rows.push(['Klage eingegangen am', fmtDate(s.claimReceived)]); t.claimReceived = s.claimReceived; }
  rows.push(['Termin', `${fmtDate(s.hearing.date, 'longWeekday')}, ${s.hearing.time} Uhr`], ['Sitzungssaal', `${s.hearing.room}, Dienstgebäude ${court.street}`]);
  ruledTable(b, rows, { labelW: 48 * MM, labelFont: 'serifB', valueFont: 'serif', size: 10, shadeLabels: '#eeeeee' });
  b.space(10);
  b.font('serif', 9.5);
  b.para('Die Beklagten sind zu dem Termin geladen worden. Sollte eine Übernahme der Mietrückstände in Betracht kommen, wird um kurzfristige Nachricht an das Gericht und die Klagepartei gebeten.', { gap: 14 });
  b.line(`${rng.pick(CLERKS)}, Justizbeschäftigte`);
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, false), landlord: l.name, hearing: { ...s.hearing } });
  return { fields: t, sender: court.key, layout: 'wf-summons-ruled-table' };
}

export function wfJudgment(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const t = emptyTruth();
  const court = courtOf(h);
  b.font('serif', 9);
  b.text(b.left, 14 * MM, 'Ausfertigung');
  b.text(b.left, 22 * MM, `Aktenzeichen: ${fileNo(h)}`);
  b.font('serifB', 14);
  b.text(b.left, 32 * MM, court.name.toUpperCase(), { width: b.width, align: 'center' });
  b.y = 44 * MM;
  b.onNewPage = (bb) => { bb.font('serif', 8.5); bb.text(bb.left, 14 * MM, `${fileNo(h)}`, { width: bb.width, align: 'right' }); bb.y = 24 * MM; };
  judgmentBody(c, { body: 'serif', bold: 'serifB', size: 10.5, justify: false, partyStyle: 'zu', withBirth: false, money: 'eurCode', date: 'long', center: true }, t);
  b.space(10);
  b.font('serif', 9);
  b.line(`Ausgefertigt, ${court.city}, den ${fmtDate(addDays(s.judgmentDate, rng.int(1, 5)))}`);
  b.line(`${rng.pick(CLERKS)}, Justizsekretär/in als Urkundsbeamter/in der Geschäftsstelle`);
  b.onNewPage = null;
  foot(c, start);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h) });
  return { fields: t, sender: court.key, layout: 'wf-judgment' };
}
