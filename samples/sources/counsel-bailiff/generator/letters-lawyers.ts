/** Landlords' lawyers: termination letters (with or without "hilfsweise ordentliche Kündigung") and reminders. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { landlordOf, lawyerOf } from './ctx.js';
import { addressField, foldMarks, footerColumns, pageNumber } from './letter.js';
import { fmtDate, fmtMoney, endOfMonth, addDays, MONTHS, pickMoneyStyle } from './format.js';
import { titled, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth, joinedNames, canEheleute } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';
import type { Firm } from './senders.js';

function salutationLine(c: Ctx): string {
  const ts = c.h.tenants;
  return ts.map((p, i) => `${i === 0 ? 'Sehr geehrte' : 'sehr geehrte'}${p.gender === 'm' ? 'r Herr' : ' Frau'} ${p.dr ? 'Dr. ' : ''}${p.family}`).join(', ') + ',';
}

function recipientLines(c: Ctx, as: ReturnType<typeof pickAddrStyle>): string[] {
  const { h } = c;
  const names = canEheleute(h.tenants) && c.rng.chance(0.5) ? [`Eheleute ${joinedNames(h.tenants)}`] : h.tenants.map((p) => titled(p, true));
  return [...names, ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h.flat, as), cityLine(h.flat)];
}

/** Kessler & Brandt: name block top left, partner column down the right margin, footer with bank. */
function kbHead(c: Ctx, f: Firm, date: string, as: ReturnType<typeof pickAddrStyle>, ref: string): void {
  const { b } = c;
  b.right = 150 * MM;
  b.font('serifB', 17);
  b.text(25 * MM, 14 * MM, f.lines[0] ?? '');
  b.font('serif', 8.5);
  b.text(25 * MM, 14 * MM + 21, f.lines[1] ?? '');
  const sx = 160 * MM;
  b.font('serif', 7.5);
  let y = 48 * MM;
  for (let i = 0; i < f.people.length; i += 2) {
    b.font('serifB', 7.5); b.text(sx, y, f.people[i] ?? ''); y += 9;
    b.font('serif', 7); b.text(sx, y, f.people[i + 1] ?? ''); y += 15;
  }
  y += 10;
  b.font('serif', 7.5);
  [f.street, `${f.postal} ${f.city}`, '', `Tel. ${f.phone}`, `Fax ${f.fax}`, f.mail, '', 'Unser Zeichen:', ref, '', 'Datum:', fmtDate(date)].forEach((l) => { if (l) b.text(sx, y, l); y += 9.5; });
  foldMarks(b);
  addressField(b, `${f.lines[0]?.replace('KESSLER & BRANDT', 'Kessler & Brandt')} · ${f.street} · ${f.postal} ${f.city}`, recipientLines(c, as), { font: 'serif', size: 10.5 });
  b.y = 100 * MM;
}

function sanHead(c: Ctx, f: Firm, date: string, as: ReturnType<typeof pickAddrStyle>, ref: string): void {
  const { b } = c;
  b.font('sans', 15);
  b.text(b.left, 12 * MM, f.lines[0] ?? '', { width: b.width, align: 'center' });
  b.font('sans', 8.5);
  b.text(b.left, 12 * MM + 19, `${f.lines[1]} · ${f.people.join(' · ')}`, { width: b.width, align: 'center' });
  b.rule(b.left, 31 * MM, b.right, 31 * MM, 0.5, '#555555');
  foldMarks(b);
  addressField(b, `${f.lines[0]}, ${f.street}, ${f.postal} ${f.city}`, recipientLines(c, as), { size: 10.5 });
  b.font('sans', 8.5);
  [['Ihr Ansprechpartner', f.people[1] ?? ''], ['Aktenzeichen', ref], ['Telefon', f.phone], ['Telefax', f.fax], ['E-Mail', f.mail], ['Dortmund, den', fmtDate(date)]].forEach(([k, v], i) => {
    b.text(125 * MM, 52 * MM + i * 11, k ?? '', { record: false }); b.text(160 * MM, 52 * MM + i * 11, v ?? '', { record: false }); b.record(`${k} ${v}`);
  });
  b.y = 103 * MM;
}

function footer(c: Ctx, f: Firm, start: number): void {
  const { b } = c;
  b.right = 595.28 - 20 * MM;
  b.forEachPage((i, n) => {
    if (i < start) return;
    footerColumns(b, i, [[f.bank], [`USt-IdNr. DE ${300000000 + f.street.length * 1234567}`]], { size: 6.8, y: 282 * MM });
    if (n - start > 1) pageNumber(b, i, `Seite ${i - start + 1} von ${n - start}`, { y: 277 * MM, size: 8 });
  });
}

export function lawyerTermination(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const f = lawyerOf(h);
  if (!f) throw new Error('no lawyer');
  const l = landlordOf(h);
  const as = pickAddrStyle(rng);
  const ms = pickMoneyStyle(rng);
  const ref = `${f.ref} ${rng.int(100, 999)}/${s.termination.slice(2, 4)} ${rng.pick(['Ke', 'Br', 'He', 'So', 'Ad', 'No'])}`;
  const kb = f.key === 'ra-kessler-brandt';
  if (kb) kbHead(c, f, s.termination, as, ref); else sanHead(c, f, s.termination, as, ref);
  const bodyFont = kb ? 'serif' : 'sans';
  b.font(kb ? 'serifB' : 'sansB', 10.5);
  const withAdd = h.flat.addition !== null && rng.chance(0.6);
  b.para(`${s.ordinary ? 'Fristlose, hilfsweise ordentliche Kündigung' : 'Fristlose Kündigung'} des Mietverhältnisses über die Wohnung ${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}`, { gap: 2 });
  b.font(bodyFont, 10.5);
  b.line(`Mandantin/Mandant: ${l.name}`, { gap: 10 });
  b.line(salutationLine(c), { gap: 4 });
  b.para(`hiermit zeigen wir an, dass uns ${l.kind === 'company' ? `die ${l.name}` : l.name} mit der Wahrnehmung ${l.kind === 'company' ? 'ihrer' : 'seiner'} rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.`, { justify: true, gap: 6 });
  const m = Number(s.termination.slice(5, 7)) - 1;
  const months = [MONTHS[(m + 10) % 12], MONTHS[(m + 11) % 12], MONTHS[m]];
  const printRent = rng.chance(0.8);
  b.para(`Nach dem Mietvertrag schulden Sie ${printRent ? `eine monatliche Gesamtmiete in Höhe von ${fmtMoney(h.rent, ms)}, ` : ''}zahlbar jeweils bis zum dritten Werktag eines Monats im Voraus. Die Mieten für die Monate ${months[0]}, ${months[1]} und ${months[2]} ${s.termination.slice(0, 4)} haben Sie nicht bzw. nur teilweise gezahlt. Der Rückstand beläuft sich derzeit auf`, { justify: true, gap: 4 });
  b.font(kb ? 'serifB' : 'sansB', 10.5);
  b.line(fmtMoney(s.terminationArrears, ms), { align: 'center', gap: 4 });
  b.font(bodyFont, 10.5);
  b.para('und übersteigt damit den Betrag von zwei Monatsmieten. Namens und in Vollmacht unserer Mandantschaft kündigen wir daher das mit Ihnen bestehende Mietverhältnis', { justify: true, gap: 4 });
  b.font(kb ? 'serifB' : 'sansB', 10.5);
  b.line('fristlos gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB.', { align: 'center', gap: 4 });
  b.font(bodyFont, 10.5);
  if (s.ordinary) {
    const to = endOfMonth(s.termination, rng.int(3, 9));
    b.para(`Hilfsweise – für den Fall, dass die fristlose Kündigung unwirksam sein oder nachträglich unwirksam werden sollte – kündigen wir das Mietverhältnis ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum nächstmöglichen Termin, nach unserer Berechnung zum ${fmtDate(to)}. Auch diese Kündigung stützen wir auf die vorgenannten Zahlungsrückstände.`, { justify: true, gap: 6 });
  }
  const moveOut = addDays(s.termination, rng.int(10, 21));
  b.para(`Wir fordern Sie auf, die Wohnung bis spätestens ${fmtDate(moveOut, 'long')} vollständig geräumt und mit sämtlichen Schlüsseln an unsere Mandantschaft herauszugeben. Einer stillschweigenden Fortsetzung des Mietverhältnisses gemäß § 545 BGB wird bereits jetzt widersprochen.`, { justify: true, gap: 6 });
  const fee = rng.pick([41364, 52713, 35700, 61880]);
  b.para(`Ferner fordern wir Sie auf, den Rückstand sowie die Kosten unserer Inanspruchnahme in Höhe von ${fmtMoney(fee, ms)} (1,3 Geschäftsgebühr nebst Auslagenpauschale und USt.) bis zum ${fmtDate(addDays(s.termination, 14))} auf das Konto unserer Mandantschaft zu überweisen. Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung Räumungsklage erheben.`, { justify: true, gap: 6 });
  b.para('Wir weisen darauf hin, dass die fristlose Kündigung unwirksam wird, wenn der Vermieter spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage hinsichtlich der fälligen Miete befriedigt wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet. Sie haben das Recht, der Kündigung zu widersprechen (§ 574 BGB); ein solcher Widerspruch muss schriftlich spätestens zwei Monate vor Beendigung des Mietverhältnisses erklärt werden.', { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 18 });
  b.line(kb ? (f.people[rng.pick([0, 2])] ?? '') : (f.people[1] ?? ''));
  b.line('Rechtsanwältin/Rechtsanwalt', { gap: 6 });
  b.font(bodyFont, 8.5);
  b.line('Anlage: Vollmacht im Original');
  footer(c, f, start);
  const t = emptyTruth();
  Object.assign(t, { tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, true), landlord: l.name, monthlyRent: printRent ? h.rent : null, arrears: s.terminationArrears, ordinaryTermination: s.ordinary });
  b.right = 595.28 - 20 * MM;
  return { fields: t, sender: f.key, layout: kb ? 'kb-letter-sidebar' : 'san-letter-centered' };
}

export function lawyerReminder(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const f = lawyerOf(h);
  if (!f) throw new Error('no lawyer');
  const l = landlordOf(h);
  const as = pickAddrStyle(rng);
  const ms = pickMoneyStyle(rng);
  const ref = `${f.ref} ${rng.int(100, 999)}/${s.reminder.slice(2, 4)}`;
  const kb = f.key === 'ra-kessler-brandt';
  if (kb) kbHead(c, f, s.reminder, as, ref); else sanHead(c, f, s.reminder, as, ref);
  const bodyFont = kb ? 'serif' : 'sans';
  b.font(kb ? 'serifB' : 'sansB', 10.5);
  b.line(`${l.name} ./. ${h.tenants.map((p) => p.family).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`);
  b.line('Mahnung – Mietrückstände', { gap: 10 });
  b.font(bodyFont, 10.5);
  b.line(salutationLine(c), { gap: 4 });
  b.para(`wir vertreten die rechtlichen Interessen ${l.kind === 'company' ? `der ${l.name}` : `von ${l.name}`}, Ihrer Vermieterseite. Leider mussten wir feststellen, dass das Mietkonto für Ihre Wohnung ${streetLine(h.flat, as)} in ${h.flat.city} einen Rückstand von ${fmtMoney(s.reminderArrears, ms)} aufweist.`, { justify: true, gap: 6 });
  b.para(`Wir fordern Sie namens unserer Mandantschaft auf, diesen Betrag bis zum ${fmtDate(addDays(s.reminder, 10))} auszugleichen. Sollte der Rückstand zwei Monatsmieten erreichen, ist unsere Mandantschaft berechtigt, das Mietverhältnis fristlos zu kündigen; hiervon wird sie Gebrauch machen.`, { justify: true, gap: 6 });
  b.para('Sollten Sie Leistungen vom Jobcenter oder Sozialamt beziehen, empfehlen wir, sich umgehend dorthin zu wenden.', { gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 16 });
  b.line(kb ? (f.people[4] ?? '') : (f.people[2] ?? ''));
  footer(c, f, start);
  b.right = 595.28 - 20 * MM;
  const t = emptyTruth();
  Object.assign(t, { tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, h.flat.addition !== null), landlord: l.name, arrears: s.reminderArrears });
  return { fields: t, sender: f.key, layout: kb ? 'kb-letter-sidebar' : 'san-letter-centered' };
}
