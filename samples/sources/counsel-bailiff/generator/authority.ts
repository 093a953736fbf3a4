/** Jobcenter / Sozialamt: cover letters that forward a court notice, and their own letters to the service. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, fileNo, fileNoTruth } from './ctx.js';
import { addressField, foldMarks, footerColumns, infoBlock } from './letter.js';
import { fmtDate, fmtMoney, addDays, pickMoneyStyle } from './format.js';
import { titled, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth, joinedNames } from './parties.js';
import { AUTHORITIES, type Authority } from './senders.js';
import { emptyTruth, type Rendered, type TruthFields } from './model.js';

function authOf(c: Ctx): Authority {
  const a = c.h.authorityKey ? AUTHORITIES[c.h.authorityKey] : undefined;
  if (!a) throw new Error('no authority');
  return a;
}

function head(c: Ctx, a: Authority, date: string): void {
  const { b, h, rng } = c;
  const jc = a.key.startsWith('jc');
  if (jc) {
    b.font('sansB', 16);
    b.text(b.left, 13 * MM, a.name[0] ?? '');
    b.font('sans', 8.5);
    b.text(b.left, 13 * MM + 19, a.name[1] ?? `Gemeinsame Einrichtung – ${a.city}`);
  } else {
    b.font('serifB', 13);
    a.name.forEach((n, i) => b.text(125 * MM, 12 * MM + i * 14, n));
  }
  foldMarks(b);
  addressField(b, `${a.name[0]}, ${a.street}, ${a.postal} ${a.city}`, a.recipient, { size: 10.5 });
  infoBlock(b, [['Ihr Zeichen', '—'], ['Mein Zeichen', `${rng.pick(['612', '713', '42', 'SW-3'])}.${rng.int(10, 99)}`], [a.customerLabel, h.customerNo], ['Name', rng.pick(['Frau Hellwig', 'Herr Kılınç', 'Frau Brandes', 'Herr Wójcik', 'Frau Sauerland'])], ['Telefon', `${a.phone.replace(/-0$/, '')}-${rng.int(100, 599)}`], ['Datum', fmtDate(date)]], { y: 50, valueDx: jc ? 38 * MM : 34 * MM, size: 8.5 });
  b.y = 102 * MM;
  b.font('sans', 10.5);
}

function foot(c: Ctx, a: Authority, page: number): void {
  footerColumns(c.b, page, [[`${a.name[0]}`, `${a.street}, ${a.postal} ${a.city}`], ['Besuchszeiten:', 'Mo, Di, Do, Fr 8.00–12.00 Uhr', 'Do 14.00–17.30 Uhr'], [a.bank]], { size: 6.5, y: 278 * MM });
}

/** Page 1 of a forwarded copy (or a cover letter reaching the inbox alone). Returns the truth of what it names. */
export function coverLetter(c: Ctx, alone: boolean): TruthFields {
  const { b, h, rng } = c;
  const a = authOf(c);
  const s = h.story;
  const court = courtOf(h);
  const page = b.pageIndex;
  head(c, a, alone ? s.jcDate : s.fwdDate);
  const l = landlordOf(h);
  const first = h.tenants[0];
  const t = emptyTruth();
  b.font('sansB', 10.5);
  b.line(`Mitteilung des ${court.name.replace('Amtsgericht', 'Amtsgerichts')} – Az. ${fileNo(h)}`);
  b.line(`${a.customerLabel} ${h.customerNo}`, { gap: 8 });
  b.font('sans', 10.5);
  b.line('Sehr geehrte Damen und Herren,', { gap: 4 });
  const as = pickAddrStyle(rng);
  const namesAddr = rng.chance(0.6);
  const who = first ? (h.tenants.length > 1 ? `${joinedNames(h.tenants, true)}` : titled(first)) : '';
  b.para(`${alone ? 'in der Anlage übersende ich Ihnen' : 'anbei erhalten Sie'} die Mitteilung des ${court.name.replace('Amtsgericht', 'Amtsgerichts')} über den Eingang einer Räumungsklage gegen ${who.replace(/^Herr /, 'Herrn ').replace(/ und Herr /, ' und Herrn ')}${namesAddr ? `, wohnhaft ${streetLine(h.flat, as)}, ${cityLine(h.flat)},` : ''} zur weiteren Veranlassung im Rahmen der mit Ihnen getroffenen Vereinbarung zur Prävention von Wohnungslosigkeit.`, { justify: true, gap: 6 });
  b.para(`${h.tenants.length > 1 ? 'Die Bedarfsgemeinschaft steht' : 'Die leistungsberechtigte Person steht'} hier seit ${fmtDate(addDays(s.claimReceived, -rng.int(200, 1500))).slice(3)} im laufenden Leistungsbezug. Die Kosten der Unterkunft werden ${rng.chance(0.5) ? 'direkt an den Vermieter' : 'an die Leistungsberechtigten'} gezahlt. Ein Antrag auf Übernahme von Mietschulden liegt ${rng.chance(0.5) ? 'bislang nicht vor' : 'vor und wird derzeit geprüft'}.`, { justify: true, gap: 6 });
  b.para('Ich bitte um Rückmeldung über das Ergebnis Ihrer Kontaktaufnahme. Die übermittelten Sozialdaten sind vertraulich zu behandeln (§ 35 SGB I, § 78 SGB X).', { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 2 });
  b.line('Im Auftrag', { gap: 14 });
  b.line(rng.pick(['Hellwig', 'Kılınç', 'Brandes', 'Wójcik', 'Sauerland']), { gap: 6 });
  b.font('sans', 8.5);
  b.line(alone ? 'Anlage: Mitteilung des Gerichts (folgt mit gesonderter Post)' : 'Anlage: Kopie der gerichtlichen Mitteilung (1 Blatt)');
  foot(c, a, page);
  Object.assign(t, { court: court.name, fileNumber: fileNoTruth(h), tenants: tenantTruth(h.tenants, false), address: namesAddr ? flatTruth(h.flat, false) : null });
  void l;
  return t;
}

export function coverAlone(c: Ctx): Rendered {
  const fields = coverLetter(c, true);
  return { fields, sender: authOf(c).key, layout: `${authOf(c).key}-cover` };
}

/** The authority's own letter: a tenant applied for the takeover of rent debts. */
export function authorityLetter(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const a = authOf(c);
  const s = h.story;
  head(c, a, s.jcDate);
  const l = landlordOf(h);
  const as = pickAddrStyle(rng);
  const ms = pickMoneyStyle(rng);
  const t = emptyTruth();
  b.font('sansB', 10.5);
  b.line('Antrag auf Übernahme von Mietschulden nach § 22 Abs. 8 SGB II', { gap: 1 });
  b.line(`Leistungsberechtigte: ${joinedNames(h.tenants)}`, { gap: 8 });
  b.font('sans', 10.5);
  b.line('Sehr geehrte Damen und Herren,', { gap: 4 });
  b.para(`bei uns ist am ${fmtDate(addDays(s.jcDate, -rng.int(2, 9)))} ein Antrag auf Übernahme von Mietrückständen eingegangen. Zur Vorbereitung der Entscheidung bitte ich Sie, mit dem Haushalt Kontakt aufzunehmen und zu den Möglichkeiten der Wohnungssicherung Stellung zu nehmen. Nach den vorliegenden Unterlagen ergibt sich Folgendes:`, { justify: true, gap: 6 });
  const vx = b.left + 55 * MM;
  b.row('Wohnung:', `${streetLine(h.flat, as)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}`, { valueX: vx });
  b.row('Vermieter/in:', `${l.name}`, { valueX: vx });
  const showRent = rng.chance(0.8);
  if (showRent) b.row('Gesamtmiete mtl.:', fmtMoney(h.rent, ms), { valueX: vx });
  b.row('Rückstand lt. Vermieter:', fmtMoney(s.claimArrears, ms), { valueX: vx });
  const mentionsCourt = rng.chance(0.6);
  if (mentionsCourt) b.row('Räumungsklage:', `${courtOf(h).name}, ${fileNo(h)}`, { valueX: vx });
  const mentionOrd = rng.chance(0.4);
  if (mentionOrd) b.row('Kündigung:', s.ordinary ? `fristlos, hilfsweise ordentlich (Schreiben vom ${fmtDate(s.termination)})` : `fristlos (Schreiben vom ${fmtDate(s.termination)})`, { valueX: vx });
  b.space(6);
  b.para(`Die Angemessenheit der Unterkunftskosten wurde ${rng.chance(0.5) ? 'bestätigt' : 'noch nicht abschließend geprüft'}. Für eine Rückmeldung bis zum ${fmtDate(addDays(s.jcDate, 14))} wäre ich dankbar.`, { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 2 });
  b.line('Im Auftrag', { gap: 14 });
  b.line(rng.pick(['Hellwig', 'Kılınç', 'Brandes', 'Wójcik', 'Sauerland']));
  foot(c, a, b.pageIndex);
  Object.assign(t, { tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, h.flat.addition !== null), landlord: l.name, monthlyRent: showRent ? h.rent : null, arrears: s.claimArrears, court: mentionsCourt ? courtOf(h).name : null, fileNumber: mentionsCourt ? fileNoTruth(h) : null, ordinaryTermination: mentionOrd && s.ordinary ? true : null });
  return { fields: t, sender: a.key, layout: `${a.key}-letter` };
}
