/** Landlords' and lawyers' letters, Jobcenter/Sozialamt letters and cover letters. */
import { Sheet, MM, type FontKey } from './sheet.js';
import { type Ctx, type Person, registerTenants, flatLines, flatOneLine, randomAddrStyle, fileNoPrinted, fullName, capsFamily, tenantsJoined } from './model.js';
import { fmtDate, fmtMoney, addDays, endOfMonth, monthName } from './format.js';
import { windowBlock, tableRow, pageNo, clerkFor } from './parts.js';
import { LAWYERS, type Forwarder } from './senders.js';

function letterBase(c: Ctx, withRent: boolean): void {
  const h = c.h;
  registerTenants(c, false);
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.arrears = h.arrears;
  if (withRent) c.f.monthlyRent = h.rent;
}
function addressees(h: Ctx['h'], caps: boolean): string[] {
  if (h.couple) {
    const p = h.tenants[1] as Person;
    return [`Eheleute`, `${(h.tenants[0] as Person).given} und ${p.given} ${caps ? capsFamily(p) : p.family}`];
  }
  return h.tenants.map((p) => `${p.male ? 'Herrn' : 'Frau'} ${p.given} ${caps ? capsFamily(p) : p.family}`);
}
/** Months in arrears, newest last; amounts sum to the arrears. */
function arrearsRows(c: Ctx, until: string): [string, number][] {
  const h = c.h;
  const full = Math.floor(h.arrears / h.rent);
  const rest = h.arrears - full * h.rent;
  const rows: [string, number][] = [];
  const n = full + (rest > 0 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const month = monthName(endOfMonth(until, -(n - 1 - i)));
    rows.push([month, i === 0 && rest > 0 ? rest : h.rent]);
  }
  return rows;
}
function terminationText(c: Ctx, we: string, ordinary: boolean, style: 'plain' | 'formal'): string[] {
  const h = c.h;
  const out: string[] = [];
  const date = c.d.letterDate;
  const ordDate = endOfMonth(date, 3);
  if (style === 'plain') {
    out.push(`${we} kündigen hiermit das Mietverhältnis über die Wohnung ${flatOneLine(h.flat, randomAddrStyle(c.rng))} fristlos und mit sofortiger Wirkung wegen Zahlungsverzug.`);
    out.push(`Sie haben die Miete von ${fmtMoney(h.rent, c.rng.chance(0.5) ? 'euroWord' : 'plainEur')} im Monat schon mehrere Monate nicht oder nicht ganz bezahlt. Der Rückstand beträgt zur Zeit ${fmtMoney(h.arrears, 'euroWord')}.`);
    if (ordinary) out.push(`Hilfsweise kündigen wir das Mietverhältnis auch ordentlich zum ${fmtDate(ordDate, 'dots')}, falls die fristlose Kündigung nicht wirksam sein sollte.`);
    out.push(`Die Wohnung ist bis zum ${fmtDate(endOfMonth(date, 0) === date ? addDays(date, 14) : endOfMonth(date, 0), 'dots')} geräumt und besenrein zu übergeben. Die Schlüssel sind vollständig abzugeben. Einer stillschweigenden Verlängerung nach § 545 BGB widersprechen wir.`);
  } else {
    out.push(`hiermit ${we === 'Wir' ? 'kündigen wir' : 'kündige ich'} das mit Ihnen bestehende Mietverhältnis über die Wohnung ${flatOneLine(h.flat, randomAddrStyle(c.rng))} gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB außerordentlich fristlos.`);
    out.push(`Die vereinbarte monatliche Miete einschließlich Betriebskostenvorauszahlung beträgt ${fmtMoney(h.rent, 'euroSign')}. Zum heutigen Tag besteht ein Mietrückstand in Höhe von ${fmtMoney(h.arrears, 'euroSign')}; damit befinden Sie sich mit mehr als zwei Monatsmieten in Verzug.`);
    if (ordinary) out.push(`Vorsorglich und hilfsweise wird das Mietverhältnis zugleich ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist zum ${fmtDate(ordDate, 'dots')} gekündigt (§ 573 Abs. 2 Nr. 1 BGB).`);
    out.push(`Sie werden aufgefordert, die Wohnung bis spätestens ${fmtDate(addDays(date, 14), 'dots')} zu räumen und geräumt herauszugeben. Der Fortsetzung des Gebrauchs wird bereits jetzt widersprochen (§ 545 BGB).`);
  }
  return out;
}

export function llEheleute(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ll = h.landlord;
  const term = c.d.inner === 'termination';
  letterBase(c, true);
  if (term) c.f.ordinaryTermination = c.d.flags.ordinary;
  s.addPage();
  const f: FontKey = 'serifCI';
  s.font = f;
  s.size = 11.5;
  s.t(50, 40, ll.truth.toUpperCase(), { font: 'sansB', size: 11 });
  s.t(50, 56, `${ll.street.toUpperCase()} - ${ll.postal} ${ll.city.toUpperCase()}`, { font: 'sans', size: 9 });
  s.t(50, 68, `TEL. 0226${c.rng.int(1, 9)} / ${c.rng.int(10000, 99999)}`, { font: 'sans', size: 9 });
  let y = 130;
  for (const l of [...addressees(h, true), ...flatLines(h.flat, randomAddrStyle(c.rng))]) y = s.t(60, y, l, { size: 11.5 });
  s.t(380, 200, `${ll.city}, ${fmtDate(c.d.letterDate, 'dots2')}`, { size: 11.5 });
  y = 250;
  y = s.t(50, y, term ? 'KÜNDIGUNG DES MIETVERHÄLTNISSES !!' : 'MAHNUNG - MIETRÜCKSTAND', { font: 'sansB', size: 11.5 });
  y += 10;
  y = s.t(50, y, h.tenants.length > 1 ? 'Sehr geehrte Mieter,' : `Sehr ${(h.tenants[0] as Person).male ? 'geehrter Herr' : 'geehrte Frau'} ${(h.tenants[0] as Person).family},`);
  y += 4;
  const body = term
    ? terminationText(c, 'Wir', c.d.flags.ordinary, 'plain')
    : [`leider müssen wir feststellen, das Sie mit der Miete wieder im Rückstand sind. Die Miete beträgt ${fmtMoney(h.rent, 'euroWord')} monatlich.`, `Offen sind inzwischen ${fmtMoney(h.arrears, 'euroWord')}. Wir bitten um Zahlung bis zum ${fmtDate(addDays(c.d.letterDate, 10), 'dots')} auf unser Konto bei der Volksbank Oberberg, IBAN DE41 3846 2135 0${c.rng.int(100000000, 999999999)}.`, 'Andernfalls sehen wir uns gezwungen, das Mietverhältnis zu kündigen und einen Anwalt einzuschalten.'];
  for (const p of body) y = s.para(50, y, 490, p, { size: 11.5, lead: 16 }) + 6;
  y = s.t(50, y + 8, 'Mit freundlichen Grüßen');
  y = s.t(50, y + 20, ll.truth.replace(' und ', ' u. '), { size: 13 });
  if (term) s.t(50, y + 12, 'Empfang bestätigt: ______________________ Datum: __________', { size: 9.5, font: 'sans' });
}

function orgLetter(s: Sheet, c: Ctx, head: { name: string[]; footer: string[]; refs: [string, string][]; font: FontKey; fontB: FontKey }): number {
  const h = c.h;
  s.addPage();
  s.font = head.font;
  let y = 34;
  for (const [i, l] of head.name.entries()) y = s.t(110 * MM, y, l, { font: i === 0 ? head.fontB : head.font, size: i === 0 ? 12 : 8.5, maxWidth: 88 * MM });
  s.foldMarks();
  windowBlock(s, `${head.name[0] ?? ''} · ${h.landlord.street} · ${h.landlord.postal} ${h.landlord.city}`, [...addressees(h, false), ...flatLines(h.flat, randomAddrStyle(c.rng))], { font: head.font });
  y = 58 * MM;
  for (const [k, v] of head.refs) y = s.row(y, [[125 * MM, k], [155 * MM, v]], { size: 8.5 });
  s.hline(25 * MM, 190 * MM, 790, 0.4);
  head.footer.forEach((l, i) => s.t(25 * MM, 795 + i * 8, l, { size: 6.5, maxWidth: 165 * MM }));
  return 100 * MM;
}

export function llGenossenschaft(s: Sheet, c: Ctx): void {
  const h = c.h;
  const term = c.d.inner === 'termination';
  letterBase(c, true);
  if (term) c.f.ordinaryTermination = c.d.flags.ordinary;
  let y = orgLetter(s, c, {
    name: [h.landlord.truth.replace(' eG', ''), 'eingetragene Genossenschaft', `${h.landlord.street} · ${h.landlord.postal} ${h.landlord.city}`, 'Telefon 02262 7208-0'],
    footer: ['Vorstand: Ulrich Baldsiefen, Petra Imhoff · Aufsichtsratsvorsitzender: Hermann Jaeger · Registergericht: Amtsgericht Köln GnR 412', 'Bankverbindung: Sparkasse Gummersbach IBAN DE78 3845 0000 0000 4471 20 · Volksbank Oberberg IBAN DE11 3846 2135 0300 5578 01'],
    refs: [['Mitglieds-Nr.', String(c.rng.int(1000, 9999))], ['Wohnungs-Nr.', `${c.rng.int(10, 99)}.${c.rng.int(100, 999)}.${c.rng.int(1, 20)}`], ['Ansprechpartner', 'Frau Imhoff'], ['Datum', fmtDate(c.d.letterDate, 'dots')]],
    font: 'sans', fontB: 'sansB',
  });
  y = s.t(25 * MM, y, term ? `Außerordentliche fristlose Kündigung${c.d.flags.ordinary ? ', hilfsweise ordentliche Kündigung' : ''}` : 'Zahlungserinnerung und Mahnung', { font: 'sansB', size: 10.5 });
  y = s.t(25 * MM, y, `Nutzungsvertrag für die Wohnung ${flatOneLine(h.flat, randomAddrStyle(c.rng))}`, { size: 9.5 });
  y += 10;
  y = s.t(25 * MM, y, h.tenants.length > 1 ? 'Sehr geehrte Damen und Herren,' : `Sehr ${(h.tenants[0] as Person).male ? 'geehrter Herr' : 'geehrte Frau'} ${(h.tenants[0] as Person).family},`, { size: 10 });
  y += 4;
  const body = term ? terminationText(c, 'Wir', c.d.flags.ordinary, 'formal') : [
    `bei Durchsicht unserer Mietenbuchhaltung haben wir festgestellt, dass Ihr Mietkonto einen Rückstand in Höhe von ${fmtMoney(h.arrears, 'euroSign')} aufweist. Die monatliche Nutzungsgebühr beträgt ${fmtMoney(h.rent, 'euroSign')}.`,
    `Wir bitten Sie, den Betrag bis zum ${fmtDate(addDays(c.d.letterDate, 14), 'dots')} auszugleichen oder sich mit uns in Verbindung zu setzen. Unsere Sozialberatung hilft Ihnen gerne bei Anträgen an das Jobcenter.`,
  ];
  for (const p of body) y = s.para(25 * MM, y, 160 * MM, p, { size: 10, lead: 13.5 }) + 5;
  if (term) {
    y += 4;
    y = s.t(25 * MM, y, 'Aufstellung der Rückstände:', { font: 'sansB', size: 9.5 });
    for (const [m, a] of arrearsRows(c, addDays(c.d.letterDate, -20))) y = s.row(y, [[30 * MM, m], [100 * MM, fmtMoney(a, 'euroSign')]], { size: 9.5 });
    y = s.row(y, [[30 * MM, 'Summe'], [100 * MM, fmtMoney(h.arrears, 'euroSign')]], { size: 9.5, font: 'sansB' });
  }
  y = s.t(25 * MM, y + 12, 'Mit freundlichen Grüßen', { size: 10 });
  s.t(25 * MM, y + 20, `${h.landlord.truth}  –  Der Vorstand`, { size: 10 });
}

export function hvEifel(s: Sheet, c: Ctx): void {
  const h = c.h;
  const term = c.d.inner === 'termination';
  letterBase(c, true);
  if (term) c.f.ordinaryTermination = c.d.flags.ordinary;
  let y = orgLetter(s, c, {
    name: [h.landlord.truth, 'Hausverwaltung · Vermietung', `${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`, 'Fon 06592 98 44-0 · Fax -19'],
    footer: ['Kasper Wohnbau GmbH & Co. KG · Sitz Daun · Amtsgericht Wittlich HRA 40917 · pers. haftende Gesellschafterin: Kasper Verwaltungs-GmbH, HRB 41202', 'Geschäftsführer: Peter Kasper · Kreissparkasse Vulkaneifel IBAN DE32 5865 1240 0000 1188 07'],
    refs: [['Objekt', `${h.flat.city}/${c.rng.int(1, 40)}`], ['Mieter-Nr.', `M-${c.rng.int(10000, 99999)}`], ['Daun,', fmtDate(c.d.letterDate, 'long')]],
    font: 'serif', fontB: 'serifB',
  });
  y = s.t(25 * MM, y, term ? 'Kündigung wegen Zahlungsverzugs' : '2. Mahnung', { font: 'serifB', size: 11 });
  y += 10;
  y = s.t(25 * MM, y, 'Sehr geehrte Damen und Herren,', { size: 10 });
  y += 4;
  const body = term ? terminationText(c, 'Wir', c.d.flags.ordinary, 'formal') : [
    `trotz unserer Zahlungserinnerung ist auf Ihrem Mieterkonto weiterhin ein Betrag von ${fmtMoney(h.arrears, 'eur')} offen. Die laufende Miete (Grundmiete, Nebenkosten, Heizung) beläuft sich auf ${fmtMoney(h.rent, 'eur')} monatlich.`,
    `Bitte gleichen Sie den Rückstand zuzüglich Mahngebühr von 5,00 EUR umgehend aus. Sollte bis zum ${fmtDate(addDays(c.d.letterDate, 10), 'dots')} kein Zahlungseingang erfolgen, behalten wir uns rechtliche Schritte vor.`,
  ];
  for (const p of body) y = s.para(25 * MM, y, 160 * MM, p, { size: 10, lead: 13.5 }) + 5;
  y = s.t(25 * MM, y + 10, 'Mit freundlichen Grüßen', { size: 10 });
  s.t(25 * MM, y + 18, 'i. A. Sandra Lames, Mietbuchhaltung', { size: 10 });
}

export function raKleinstadt(s: Sheet, c: Ctx): void {
  const h = c.h;
  const law = h.lawyer ?? LAWYERS[0];
  if (!law) throw new Error('no lawyer');
  letterBase(c, true);
  c.f.ordinaryTermination = c.d.flags.ordinary;
  const ll = h.landlord;
  s.addPage();
  s.font = 'serif';
  s.t(25 * MM, 34, law.firm[0] ?? '', { font: 'serifB', size: 16 });
  s.t(25 * MM, 54, 'RECHTSANWÄLTE · MIET- UND WEG-RECHT', { size: 7.5 });
  s.t(140 * MM, 34, 'Heinrich Rüggeberg', { size: 8 });
  s.t(140 * MM, 44, 'Dr. Katrin Thiel', { size: 8 });
  s.t(140 * MM, 54, `${law.street} · ${law.postal} ${law.city}`, { size: 8 });
  s.t(140 * MM, 64, `Tel. ${law.phone}`, { size: 8 });
  windowBlock(s, `RAe Rüggeberg & Thiel · ${law.street} · ${law.postal} ${law.city}`, [...addressees(h, false), ...flatLines(h.flat, randomAddrStyle(c.rng))], { font: 'serif' });
  let y = 62 * MM;
  y = s.row(y, [[125 * MM, 'Unser Zeichen:'], [155 * MM, `${c.rng.int(100, 999)}/${fmtDate(c.d.letterDate, 'dots2').slice(-2)} T/ba`]], { size: 9 });
  s.row(y, [[125 * MM, 'Datum:'], [155 * MM, fmtDate(c.d.letterDate, 'dots')]], { size: 9 });
  y = 102 * MM;
  y = s.t(25 * MM, y, `${ll.truth} ./. ${h.tenants.map((p) => p.family).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`, { font: 'serifB', size: 10 });
  y = s.t(25 * MM, y, `Mietverhältnis ${flatOneLine(h.flat, randomAddrStyle(c.rng))}`, { size: 10 });
  y = s.t(25 * MM, y, `Fristlose Kündigung${c.d.flags.ordinary ? ' und hilfsweise ordentliche Kündigung' : ''}`, { font: 'serifB', size: 10 });
  y += 8;
  y = s.t(25 * MM, y, 'Sehr geehrte Damen und Herren,', { size: 10 });
  const client = ll.kind === 'company' ? `die ${ll.truth}` : ll.salutation === 'Frau' ? `Frau ${ll.truth}` : `Herrn ${ll.truth}`;
  y = s.para(25 * MM, y + 4, 160 * MM, `wir zeigen an, dass wir ${client}, ${ll.street}, ${ll.postal} ${ll.city}, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist im Original beigefügt.`, { size: 10, lead: 13.5 }) + 5;
  const body = terminationText(c, 'Wir', c.d.flags.ordinary, 'formal');
  body[0] = `Namens und in Vollmacht unserer Partei ${body[0] ?? ''}`;
  for (const p of body.slice(0, 2)) y = s.para(25 * MM, y, 160 * MM, p, { size: 10, lead: 13.5 }) + 5;
  y = s.t(25 * MM, y + 2, 'Der Rückstand setzt sich wie folgt zusammen:', { size: 10 });
  for (const [m, a] of arrearsRows(c, addDays(c.d.letterDate, -15))) y = s.row(y, [[35 * MM, `Miete ${m}`], [110 * MM, fmtMoney(a, 'euroSign')]], { size: 10 });
  y = s.row(y, [[35 * MM, 'gesamt'], [110 * MM, fmtMoney(h.arrears, 'euroSign')]], { size: 10, font: 'serifB' });
  s.t(0, 805, '– Seite 1 von 2 –', { size: 8, align: 'center', width: 595 });
  s.addPage();
  s.t(25 * MM, 36, `Schreiben vom ${fmtDate(c.d.letterDate, 'dots')} – Seite 2`, { size: 8.5 });
  y = 70;
  for (const p of body.slice(2)) y = s.para(25 * MM, y, 160 * MM, p, { size: 10, lead: 13.5 }) + 5;
  y = s.para(25 * MM, y + 4, 160 * MM, `Unsere Kosten für dieses Schreiben (1,3 Geschäftsgebühr nebst Auslagen) in Höhe von ${fmtMoney(c.rng.int(40000, 70000), 'euroSign')} haben Sie als Verzugsschaden zu tragen. Zahlungen leisten Sie bitte nur auf das Ihnen bekannte Konto unserer Partei.`, { size: 10, lead: 13.5 });
  y = s.para(25 * MM, y + 4, 160 * MM, 'Wir weisen darauf hin, dass die fristlose Kündigung unwirksam wird, wenn der Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage vollständig ausgeglichen wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet. Wenden Sie sich dazu ggf. an das Jobcenter.', { size: 10, lead: 13.5 });
  y = s.t(25 * MM, y + 12, 'Mit freundlichen Grüßen', { size: 10 });
  y = s.t(25 * MM, y + 20, 'Dr. Thiel', { font: 'serifI', size: 11 });
  s.t(25 * MM, y, 'Rechtsanwältin', { size: 9 });
  s.t(0, 805, '– Seite 2 von 2 –', { size: 8, align: 'center', width: 595 });
}

const FACHSTELLE: Record<string, string[]> = {
  oberberg: ['Fachstelle Wohnungssicherung', 'im Oberbergischen Kreis', 'Moltkestraße 34', '51643 Gummersbach'],
  hessen: ['Beratungsstelle Wohnraumsicherung', 'Diakonisches Werk Vogelsberg', 'Am Wiesenborn 4', '36304 Alsfeld'],
  rlp: ['Caritasverband Westeifel e. V.', 'Fachdienst Wohnungsnotfallhilfe', 'Bahnhofstraße 12', '54550 Daun'],
};
function fwdHead(s: Sheet, c: Ctx, fw: Forwarder, date: string, ref: string): number {
  s.addPage();
  const font: FontKey = fw.style === 'jc' ? 'sans' : fw.style === 'kreis' ? 'cond' : 'serif';
  s.font = font;
  let y = 30;
  for (const [i, l] of fw.lines.entries()) y = s.t(fw.style === 'jc' ? 25 * MM : 115 * MM, y, l, { font: i === 0 ? (font === 'serif' ? 'serifB' : font === 'cond' ? 'condB' : 'sansB') : font, size: i === 0 ? 13 : 9, maxWidth: 75 * MM });
  s.foldMarks();
  windowBlock(s, `${fw.lines[0] ?? ''} · ${fw.street} · ${fw.postal} ${fw.city}`, FACHSTELLE[fw.region] ?? [], { font });
  y = 50 * MM;
  const refs: [string, string][] = [
    ['Ihr Zeichen', '–'], ['Mein Zeichen', ref], ['Name', c.rng.pick(['Frau Ohlig', 'Herr Dreibholz', 'Frau Weskamp', 'Herr Anschütz'])],
    ['Telefon', `${fw.phone.replace(/-0$/, '')}-${c.rng.int(100, 499)}`], ['Datum', fmtDate(date, 'dots')],
  ];
  for (const [k, v] of refs) y = s.row(y, [[125 * MM, k], [152 * MM, v]], { size: 8.5 });
  s.hline(25 * MM, 190 * MM, 795, 0.4);
  s.t(25 * MM, 800, `${fw.lines.join(' · ')} · ${fw.street} · ${fw.postal} ${fw.city} · Telefon ${fw.phone}`, { size: 6.5 });
  s.t(25 * MM, 808, 'Besuchszeiten: Mo, Di, Do 8.00–12.00 Uhr und nach Vereinbarung · www.example-kreis.de/soziales', { size: 6.5 });
  return 100 * MM;
}

/** Cover letter; when `attached` the forwarded document follows on the next pages. */
export function jcCover(s: Sheet, c: Ctx, fw: Forwarder, what: string, attached: boolean): void {
  const h = c.h;
  const date = c.d.coverDate ?? c.d.letterDate;
  const kd = h.customerNo;
  let y = fwdHead(s, c, fw, date, `BG ${kd}`);
  if (!attached) {
    registerTenants(c, false);
    c.f.address = { ...h.flat };
    c.f.court = `Amtsgericht ${h.court.place}`;
    c.f.fileNumber = h.fileNumber;
  }
  y = s.para(25 * MM, y, 160 * MM, `Drohender Wohnungsverlust – ${tenantsJoined(h)}`, { font: s.font === 'sans' ? 'sansB' : s.font === 'cond' ? 'condB' : 'serifB', size: 10.5, lead: 13 });
  y = s.para(25 * MM, y, 160 * MM, `${what}, Az. ${fileNoPrinted(h.fileNumber, 'std')}`, { size: 9.5, lead: 12.5 });
  y += 10;
  y = s.t(25 * MM, y, 'Sehr geehrte Damen und Herren,', { size: 10 });
  const tx = attached
    ? `in der Anlage übersenden wir Ihnen zuständigkeitshalber ${what} zur weiteren Veranlassung. Betroffen ${h.tenants.length > 1 ? 'sind' : 'ist'} ${tenantsJoined(h)}, wohnhaft ${flatOneLine(h.flat, randomAddrStyle(c.rng))}. Die Bedarfsgemeinschaft steht bei uns im laufenden Leistungsbezug (BG-Nr. ${kd}).`
    : `uns liegt ${what} vor. Betroffen ${h.tenants.length > 1 ? 'sind' : 'ist'} ${tenantsJoined(h)}, wohnhaft ${flatOneLine(h.flat, randomAddrStyle(c.rng))}. Das Schreiben selbst senden wir Ihnen gesondert per Post zu. Die Bedarfsgemeinschaft (BG-Nr. ${kd}) ist bei uns bekannt.`;
  y = s.para(25 * MM, y + 4, 160 * MM, tx, { size: 10, lead: 13.5 });
  y = s.para(25 * MM, y + 6, 160 * MM, 'Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen und uns über das Ergebnis zu informieren. Ein Antrag auf Übernahme der Mietschulden nach § 22 Abs. 8 SGB II liegt bislang nicht vor.', { size: 10, lead: 13.5 });
  y = s.t(25 * MM, y + 12, 'Mit freundlichen Grüßen', { size: 10 });
  y = s.t(25 * MM, y + 8, 'Im Auftrag', { size: 10 });
  s.t(25 * MM, y + 14, clerkFor(c), { size: 10 });
  if (attached) s.t(25 * MM, 760, `Anlage: ${what.replace(/^die |^das |^den /, '')} (${h.tenants.length > 1 ? '2' : '1'} Bl.)`, { size: 8.5 });
}

export function jcLetter(s: Sheet, c: Ctx, fw: Forwarder): void {
  const h = c.h;
  registerTenants(c, false);
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.arrears = h.arrears;
  c.f.court = `Amtsgericht ${h.court.place}`;
  c.f.fileNumber = h.fileNumber;
  s.addPage();
  const font: FontKey = fw.style === 'jc' ? 'sans' : fw.style === 'kreis' ? 'cond' : 'serif';
  s.font = font;
  let y = 30;
  for (const [i, l] of fw.lines.entries()) y = s.t(115 * MM, y, l, { font: i === 0 ? (font === 'serif' ? 'serifB' : font === 'cond' ? 'condB' : 'sansB') : font, size: i === 0 ? 12 : 9, maxWidth: 75 * MM });
  s.foldMarks();
  windowBlock(s, `${fw.lines[0] ?? ''} · ${fw.street} · ${fw.postal} ${fw.city}`, [...addressees(h, false), ...flatLines(h.flat, randomAddrStyle(c.rng))], { font });
  y = 50 * MM;
  for (const [k, v] of [['BG-Nummer', h.customerNo], ['Kunden-Nr.', `${c.rng.int(100, 999)}D${c.rng.int(100000, 999999)}`], ['Datum', fmtDate(c.d.letterDate, 'dots')]] as const) y = s.row(y, [[125 * MM, k], [152 * MM, v]], { size: 8.5 });
  y = 100 * MM;
  y = s.t(25 * MM, y, 'Ihre Mietschulden – Räumungsklage', { font: font === 'sans' ? 'sansB' : font === 'cond' ? 'condB' : 'serifB', size: 10.5 });
  y = s.t(25 * MM, y, `Amtsgericht ${h.court.place}, Az. ${fileNoPrinted(h.fileNumber, 'std')}`, { size: 9.5 });
  y += 8;
  y = s.t(25 * MM, y, h.tenants.length > 1 ? 'Sehr geehrte Damen und Herren,' : `Sehr ${(h.tenants[0] as Person).male ? 'geehrter Herr' : 'geehrte Frau'} ${(h.tenants[0] as Person).family},`, { size: 10 });
  const ps = [
    `wir haben erfahren, dass ${h.landlord.kind === 'company' ? 'die' : 'Ihr Vermieter,'} ${h.landlord.truth}${h.landlord.kind === 'company' ? ',' : ''} gegen Sie Klage auf Räumung Ihrer Wohnung erhoben hat. Nach den uns vorliegenden Angaben beträgt der Rückstand ${fmtMoney(h.arrears, 'euroSign')}.`,
    'Mietschulden können unter bestimmten Voraussetzungen als Darlehen übernommen werden, wenn dadurch der Verlust der Wohnung verhindert wird (§ 22 Abs. 8 SGB II). Dazu benötigen wir einen formlosen Antrag, eine aktuelle Aufstellung des Vermieters über den Rückstand sowie die Klageschrift.',
    `Bitte melden Sie sich umgehend, spätestens bis zum ${fmtDate(addDays(c.d.letterDate, 10), 'dots')}, bei uns oder bei der Fachstelle Wohnungssicherung. Die Frist zur Abwendung der fristlosen Kündigung ist kurz.`,
  ];
  for (const p of ps) y = s.para(25 * MM, y + 4, 160 * MM, p, { size: 10, lead: 13.5 });
  y = s.t(25 * MM, y + 12, 'Mit freundlichen Grüßen', { size: 10 });
  s.t(25 * MM, y + 20, `Ihr Team Leistung – ${clerkFor(c)}`, { size: 10 });
  s.hline(25 * MM, 190 * MM, 795, 0.4);
  s.t(25 * MM, 800, `${fw.lines.join(' · ')} · ${fw.street} · ${fw.postal} ${fw.city} · Telefon ${fw.phone}`, { size: 6.5 });
  void tableRow; void pageNo; void fullName;
}
