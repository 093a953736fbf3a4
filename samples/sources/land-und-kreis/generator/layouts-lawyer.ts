/** Termination letters written by two rural law offices (one fixed letter layout each). */
import { Sheet, MM } from './sheet.js';
import { type Ctx, type Person, registerTenants, flatLines, flatOneLine, randomAddrStyle } from './model.js';
import { fmtDate, fmtMoney, addDays, endOfMonth, monthName } from './format.js';
import { windowBlock } from './parts.js';
import type { Lawyer } from './senders.js';

function lawyerOf(c: Ctx): Lawyer {
  const l = c.h.lawyer;
  if (!l) throw new Error('lawyer letter without lawyer');
  return l;
}
function base(c: Ctx): void {
  const h = c.h;
  registerTenants(c, false);
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.arrears = h.arrears;
  c.f.monthlyRent = h.rent;
  c.f.ordinaryTermination = c.d.flags.ordinary;
}
function addressLines(c: Ctx): string[] {
  const h = c.h;
  const names = h.couple
    ? [(h.tenants[0] as Person).male ? 'Herrn und Frau' : 'Frau und Herrn', `${(h.tenants[0] as Person).given} und ${(h.tenants[1] as Person).given} ${(h.tenants[1] as Person).family}`]
    : h.tenants.map((p) => `${p.male ? 'Herrn' : 'Frau'} ${p.given} ${p.family}`);
  return [...names, ...flatLines(h.flat, randomAddrStyle(c.rng))];
}
function clientPhrase(c: Ctx): string {
  const ll = c.h.landlord;
  if (ll.kind === 'company') return `die ${ll.truth}`;
  if (ll.kind === 'couple') return `die Eheleute ${ll.truth}`;
  return `${ll.salutation === 'Frau' ? 'Frau' : 'Herrn'} ${ll.truth}`;
}

/** Fuhrmann (Alsfeld): sans letter, grey side bar, ruled Soll/Ist table. */
export function raFuhrmann(s: Sheet, c: Ctx): void {
  const h = c.h;
  const law = lawyerOf(c);
  base(c);
  const ll = h.landlord;
  s.addPage();
  s.font = 'sans';
  s.rect(0, 0, 14 * MM, 841.89, { fill: '#d9d9d9' });
  s.t(25 * MM, 30, 'FUHRMANN', { font: 'sansB', size: 20, color: '#333' });
  s.t(25 * MM, 54, 'Kanzlei für Miet- und WEG-Recht', { size: 9 });
  s.t(140 * MM, 30, `${law.street}`, { size: 8 });
  s.t(140 * MM, 40, `${law.postal} ${law.city}`, { size: 8 });
  s.t(140 * MM, 50, `Telefon ${law.phone}`, { size: 8 });
  s.t(140 * MM, 60, 'kanzlei@fuhrmann-mietrecht.example', { size: 7.5 });
  s.foldMarks();
  windowBlock(s, `Kanzlei Fuhrmann, ${law.street}, ${law.postal} ${law.city}`, ['Einschreiben mit Rückschein', ...addressLines(c)]);
  let y = 52 * MM;
  const ref = `${c.rng.int(10, 99)}/${fmtDate(c.d.letterDate, 'dots2').slice(-2)}-${c.rng.pick(['F', 'Fu', 'MW'])}`;
  for (const [k, v] of [['Aktenzeichen', ref], ['Sachbearbeitung', 'RAin Fuhrmann'], ['Alsfeld, den', fmtDate(c.d.letterDate, 'dots')]] as const) {
    y = s.row(y, [[125 * MM, k], [158 * MM, v]], { size: 8.5 });
  }
  y = 100 * MM;
  y = s.t(25 * MM, y, `${ll.truth} ./. ${h.tenants.map((p) => `${p.family}, ${p.given}`).join('; ')}`, { font: 'sansB', size: 10 });
  y = s.t(25 * MM, y, `Wohnung: ${flatOneLine(h.flat, randomAddrStyle(c.rng))}`, { size: 9.5, tag: 'addr' });
  y = s.t(25 * MM, y, c.d.flags.ordinary ? 'Außerordentliche Kündigung, hilfsweise ordentliche Kündigung' : 'Außerordentliche Kündigung des Mietvertrages', { font: 'sansB', size: 10 });
  y += 8;
  y = s.t(25 * MM, y, h.tenants.length > 1 ? 'Sehr geehrte Damen und Herren,' : `Sehr ${(h.tenants[0] as Person).male ? 'geehrter Herr' : 'geehrte Frau'} ${(h.tenants[0] as Person).family},`, { size: 10 });
  y = s.para(25 * MM, y + 4, 160 * MM, `in obiger Angelegenheit vertreten wir ${clientPhrase(c)}, ${ll.street}, ${ll.postal} ${ll.city}. Ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.`, { size: 10, lead: 13.5 });
  y = s.para(25 * MM, y + 4, 160 * MM, `Nach dem Mietvertrag schulden Sie eine monatliche Gesamtmiete (Grundmiete zuzüglich Vorauszahlungen) von ${fmtMoney(h.rent, 'eur')}. Das Mietkonto weist folgende offene Beträge aus:`, { size: 10, lead: 13.5 });
  y += 6;
  const X = [25 * MM, 75 * MM, 110 * MM, 145 * MM, 185 * MM];
  const cell = (vals: string[], bold: boolean): void => {
    const top = y;
    s.row(y + 4, vals.map((v, i) => [(X[i] ?? 0) + 4, v] as [number, string]), { size: 9, font: bold ? 'sansB' : 'sans' });
    y += 17;
    for (const x of X) s.vline(x, top, y, 0.5);
    s.hline(X[0] ?? 0, X[4] ?? 0, y, 0.5);
  };
  s.hline(X[0] ?? 0, X[4] ?? 0, y, 0.5);
  cell(['Monat', 'Soll', 'gezahlt', 'offen'], true);
  const full = Math.floor(h.arrears / h.rent);
  const rest = h.arrears - full * h.rent;
  const n = full + (rest > 0 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const open = i === 0 && rest > 0 ? rest : h.rent;
    cell([monthName(endOfMonth(addDays(c.d.letterDate, -10), -(n - 1 - i))), fmtMoney(h.rent, 'eur'), fmtMoney(h.rent - open, 'eur'), fmtMoney(open, 'eur')], false);
  }
  cell(['Rückstand gesamt', '', '', fmtMoney(h.arrears, 'eur')], true);
  y += 8;
  y = s.para(25 * MM, y, 160 * MM, `Namens und im Auftrag unserer Mandantschaft kündigen wir das Mietverhältnis wegen Zahlungsverzugs gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB fristlos.${c.d.flags.ordinary ? ` Hilfsweise kündigen wir das Mietverhältnis ordentlich zum nächstzulässigen Termin, das ist nach unserer Berechnung der ${fmtDate(endOfMonth(c.d.letterDate, 3), 'dots')}.` : ''}`, { size: 10, lead: 13.5 });
  y = s.para(25 * MM, y + 4, 160 * MM, `Wir fordern Sie auf, die Wohnung bis zum ${fmtDate(addDays(c.d.letterDate, 14), 'dots')} zu räumen. Einer Fortsetzung des Mietgebrauchs wird widersprochen. Zahlungen an unsere Mandantschaft befreien nur, soweit sie auf das Mietkonto erfolgen.`, { size: 10, lead: 13.5 });
  y = s.t(25 * MM, y + 12, 'Mit freundlichen Grüßen', { size: 10 });
  s.t(25 * MM, y + 22, 'Fuhrmann, Rechtsanwältin', { font: 'sansI', size: 10 });
  s.t(25 * MM, 805, `Sparkasse Oberhessen · IBAN DE61 5185 0079 0027 4417 02 · USt-IdNr. DE 281 774 020`, { size: 6.5 });
}

/** Sondermann (Meschede): serif, centred letterhead, all in prose. */
export function raSondermann(s: Sheet, c: Ctx): void {
  const h = c.h;
  const law = lawyerOf(c);
  base(c);
  const ll = h.landlord;
  s.addPage();
  s.font = 'serif';
  s.t(0, 30, 'Dorothea Sondermann', { font: 'serifB', size: 15, align: 'center', width: 595 });
  s.t(0, 48, 'Rechtsanwältin', { font: 'serifI', size: 10, align: 'center', width: 595 });
  s.t(0, 62, `${law.street} · ${law.postal} ${law.city} · Telefon ${law.phone}`, { size: 8, align: 'center', width: 595 });
  s.hline(60 * MM, 150 * MM, 76, 0.6);
  windowBlock(s, `RAin Sondermann · ${law.street} · ${law.postal} ${law.city}`, addressLines(c), { font: 'serif' });
  s.t(130 * MM, 60 * MM, `${law.city}, ${fmtDate(c.d.letterDate, 'long')}`, { size: 10 });
  s.t(130 * MM, 60 * MM + 14, `Mein Zeichen: ${c.rng.int(100, 499)}/${c.d.letterDate.slice(2, 4)} DS`, { size: 9 });
  let y = 102 * MM;
  y = s.t(25 * MM, y, `Ihr Mietverhältnis mit ${ll.kind === 'company' ? 'der' : ll.kind === 'couple' ? 'den Eheleuten' : ll.salutation === 'Frau' ? 'Frau' : 'Herrn'} ${ll.truth}`, { font: 'serifB', size: 10.5 });
  y = s.t(25 * MM, y, 'hier: Kündigung wegen Zahlungsverzuges', { font: 'serifB', size: 10.5 });
  y += 10;
  y = s.t(25 * MM, y, 'Sehr geehrte Damen und Herren,', { size: 10.5 });
  const ps = [
    `hiermit zeige ich an, dass mich ${clientPhrase(c)} mit der Wahrnehmung ${ll.kind === 'company' ? 'ihrer' : 'seiner bzw. ihrer'} Interessen beauftragt hat. Gegenstand ist Ihre Wohnung ${flatOneLine(h.flat, randomAddrStyle(c.rng))}.`,
    `Die monatliche Miete beläuft sich einschließlich der Betriebskostenvorauszahlung auf ${fmtMoney(h.rent, 'euroSign')}. Seit mehreren Monaten sind die Zahlungen ausgeblieben oder unvollständig. Der Rückstand beläuft sich heute auf ${fmtMoney(h.arrears, 'euroSign')}, also auf mehr als zwei Monatsmieten.`,
    `Namens meiner Mandantschaft kündige ich deshalb das Mietverhältnis außerordentlich und fristlos.${c.d.flags.ordinary ? ' Für den Fall, dass die fristlose Kündigung unwirksam sein oder nachträglich unwirksam werden sollte, wird das Mietverhältnis hilfsweise ordentlich zum nächstmöglichen Zeitpunkt gekündigt.' : ''}`,
    `Ich fordere Sie auf, die Wohnung bis spätestens ${fmtDate(addDays(c.d.letterDate, 21), 'long')} zu räumen und mit sämtlichen Schlüsseln an meine Mandantschaft herauszugeben. Sollte dies nicht geschehen, werde ich ohne weitere Ankündigung Räumungsklage beim Amtsgericht erheben.`,
    'Im Übrigen rege ich an, sich umgehend mit dem Jobcenter bzw. dem Sozialamt in Verbindung zu setzen.',
  ];
  for (const p of ps) y = s.para(25 * MM, y + 5, 160 * MM, p, { size: 10.5, lead: 14 });
  y = s.t(25 * MM, y + 14, 'Mit freundlichen Grüßen', { size: 10.5 });
  y = s.t(25 * MM, y + 20, 'Sondermann', { font: 'serifI', size: 12 });
  s.t(25 * MM, y, 'Rechtsanwältin', { size: 9 });
  s.hline(25 * MM, 190 * MM, 796, 0.4);
  s.t(25 * MM, 801, 'Sparkasse Mitten im Sauerland · IBAN DE93 4645 1012 0000 3318 77 · Sprechzeiten nach Vereinbarung', { size: 6.5 });
}
