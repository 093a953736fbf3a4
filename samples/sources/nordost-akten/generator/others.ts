/** Bailiffs' notices, landlords' and lawyers' letters, Jobcenter / Sozialamt letters and cover letters. */
import type { CaseData } from './model.js';
import type { Office } from './data.js';
import { Sheet } from './sheet.js';
import { Rng, fmtDate, fmtMoney, fmtTime, addDays, workday, endOfMonth, MONTHS, type MoneyStyle } from './util.js';
import {
  type Fields, emptyFields, tenantsTruth, addrTruth, nm, namesJoined, streetLine, cityLine, birthStr, ibanFor, fam, window, infoBlock,
  FACH_LINES, officeLines, pagerHook, upper,
} from './common.js';

const KIND_NAME = (k: string, alt: string) => (k === 'versaeumnisurteil' ? 'Versäumnisurteil' : k === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : alt);
const KIND_GEN = (k: string, alt: string) => (k === 'versaeumnisurteil' ? 'Versäumnisurteils' : k === 'anerkenntnisurteil' ? 'Anerkenntnisurteils' : `${alt}s`);

function tenantWindow(c: CaseData, style: 'title' | 'plain' | 'familie', abbr: boolean, spaced: boolean): string[] {
  const lines: string[] = [];
  if (style === 'familie' && c.tenants.length > 1 && c.tenants[0]!.surname === c.tenants[1]!.surname) {
    lines.push(`${c.tenants[0]!.given} und ${c.tenants[1]!.given} ${c.tenants[0]!.surname}`);
  } else for (const p of c.tenants) lines.push(style === 'plain' ? p.name : nm(p, 'title'));
  lines.push(streetLine(c, abbr, spaced));
  if (c.flat.addition) lines.push(c.flat.addition);
  lines.push(cityLine(c));
  return lines;
}

function salutation(c: CaseData): string {
  return c.tenants
    .map((p) => (p.gender === 'f' ? `sehr geehrte Frau ${p.surname}` : `sehr geehrter Herr ${p.surname}`))
    .join(', ')
    .replace(/^s/, 'S') + ',';
}

/* ------------------------------------------------------------------ bailiff */

export function renderEviction(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const b = c.bailiff;
  const j = c.judgment;
  const e = c.eviction;
  sh.fam = fam(b.fam);
  const f = emptyFields();
  f.court = c.court.name;
  f.fileNumber = e.dr;
  f.relatedFileNumbers = [c.fileNo];
  const birth = b.design === 'gvForm';
  f.tenants = tenantsTruth(c, birth);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.evictionDate = { date: e.date, time: e.time };
  f.judgmentKind = j.kind;
  f.judgmentDate = j.date;
  const rcpt = c.office.kind === 'sozialamt' ? officeLines(c) : FACH_LINES(c);
  const informed = workday(addDays(e.letterDate, -rng.int(0, 3)));
  const titleAlt = b.design === 'gvLetter' ? 'Urteil' : b.design === 'gvForm' ? 'Endurteil' : 'Räumungsurteil';
  const titleTxt = `${KIND_NAME(j.kind, titleAlt)} des ${c.court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(j.date, 'dmy')}, Az. ${c.fileNo}`;
  const flat = `${streetLine(c, true, false)}${c.flat.addition ? `, ${c.flat.addition}` : ''}, ${cityLine(c)}`;
  pagerHook(sh, (n) => `${e.dr} – Blatt ${n}`, 'right');
  sh.marks();
  if (b.design === 'gvLetter') {
    sh.t(25, 13, b.name, { bold: true, size: 13 });
    sh.t(25, 19, b.title, { size: 9.5 });
    sh.t(25, 23, `bei dem ${c.court.name}`, { size: 9.5 });
    const right = [`${b.street}`, `${b.plz} ${b.city}`, `Telefon ${b.phone}`, b.hours, `IBAN ${b.iban}`];
    right.forEach((l, i) => sh.t(190, 13 + i * 3.8, l, { size: 7.5, align: 'right' }));
    window(sh, `${b.title} ${b.name} · ${b.street} · ${b.plz} ${b.city}`, rcpt, { retSize: 6 });
    infoBlock(sh, 125, 52, [['Geschäftszeichen', e.dr], ['Datum', fmtDate(e.letterDate, 'dmy')], ['Bei Antwort bitte angeben', 'DR-Nummer']], { size: 8.5, stacked: true });
    sh.y = 100;
    sh.p('Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)', { bold: true, size: 11 });
    sh.p('Sehr geehrte Damen und Herren,', { after: 1 });
    sh.p(`in der Zwangsvollstreckungssache ${c.landlord.name}, ${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city} – Gläubigerin –${c.lawyer ? `, vertreten durch ${c.lawyer.firm}` : ''}, gegen ${namesJoined(c, 'full')} – ${c.tenants.length > 1 ? 'Schuldner' : 'Schuldner/in'} – teile ich Ihnen mit, dass ich aufgrund des vollstreckbaren ${KIND_GEN(j.kind, titleAlt)} des ${c.court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(j.date, 'long')} (Az. ${c.fileNo}) die Räumung der Wohnung`);
    sh.p(flat, { bold: true, indent: 10 });
    sh.p(`bestimmt habe auf ${fmtDate(e.date, 'longWdDen')}, ${fmtTime(e.time, 'dotUhr')}.`);
    sh.p(`Die Schuldner wurden am ${fmtDate(informed, 'dmy')} von dem Termin benachrichtigt. Es ist zu befürchten, dass die Schuldner nach der Räumung obdachlos werden. Ich bitte um Prüfung, ob Maßnahmen zur Vermeidung der Obdachlosigkeit ergriffen werden können.`);
    sh.p('Mit freundlichen Grüßen', { after: 6 });
    sh.p(`${b.name}, ${b.title}`);
  } else if (b.design === 'gvForm') {
    sh.rect(25, 10, 165, 20, 0.6);
    sh.t(28, 12, `${b.title} ${b.name}`, { bold: true, size: 11 });
    sh.t(28, 18, `Amtsgericht-Bezirk: ${c.court.name} · ${b.street}, ${b.plz} ${b.city}`, { size: 8 });
    sh.t(28, 22.5, `Tel. ${b.phone} · ${b.hours}`, { size: 8 });
    sh.t(28, 26.5, `Dienstkonto IBAN ${b.iban}`, { size: 8 });
    window(sh, `GV ${b.name}, ${b.street}, ${b.plz} ${b.city}`, rcpt, { retSize: 6 });
    infoBlock(sh, 125, 52, [['DR-Nr.:', e.dr], ['Datum:', fmtDate(e.letterDate, 'dmy')]], { size: 9, labelW: 18 });
    sh.y = 100;
    sh.p('MITTEILUNG ÜBER DEN RÄUMUNGSTERMIN', { bold: true, size: 11, after: 0.5 });
    sh.p('an die für die Unterbringung Obdachloser zuständige Stelle – § 130 Abs. 3 GVGA', { size: 9, after: 3 });
    const rows: [string, string[]][] = [
      ['Gläubiger/in', [c.landlord.name, `${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city}`]],
      ...(c.lawyer ? ([['Bevollmächtigte', [c.lawyer.firm]]] as [string, string[]][]) : []),
      ['Schuldner/in', c.tenants.map((p, i) => `${i + 1}) ${nm(p, 'comma')}, ${birthStr(p, 'dmy', '* ')}`)],
      ['Räumungsobjekt', [streetLine(c, false, true), ...(c.flat.addition ? [c.flat.addition] : []), cityLine(c)]],
      ['Vollstreckungstitel', sh.split(titleTxt, 110, { size: 9.5 })],
      ['Räumungstermin', [`${fmtDate(e.date, 'wdNum')}, Beginn ${fmtTime(e.time, 'colonUhr')}`]],
      ['Schuldner benachrichtigt am', [fmtDate(informed, 'dmy')]],
    ];
    for (const [l, vs] of rows) {
      const h = vs.length * 4.5 + 3;
      sh.ensure(h);
      sh.rect(25, sh.y, 48, h, 0.4, '#efefef');
      sh.rect(73, sh.y, 117, h, 0.4);
      sh.t(27, sh.y + 1.5, l, { size: 8.5, bold: true });
      vs.forEach((v, i) => sh.t(76, sh.y + 1.5 + i * 4.5, v, { size: 9.5 }));
      sh.y += h;
    }
    sh.gap(5);
    sh.p('☒ Obdachlosigkeit der Schuldner droht.   ☐ Kinder im Haushalt bekannt.', { size: 9.5, font: 'sans' });
    sh.p('Die Mitteilung ergeht zur Prüfung von Maßnahmen nach dem Ordnungsrecht bzw. zur Vermeidung von Wohnungslosigkeit.', { size: 9 });
    sh.p(`${b.name}`, { after: 0.5 });
    sh.p(b.title, { size: 9 });
  } else {
    sh.t(25, 14, `${b.title} bei dem ${c.court.name}`, { size: 9 });
    sh.t(25, 18, b.name, { bold: true, size: 11 });
    sh.t(25, 23, `${b.street} – ${b.plz} ${b.city} – ${b.phone}`, { size: 8 });
    window(sh, `${b.name}, ${b.street}, ${b.plz} ${b.city}`, rcpt, { retSize: 6 });
    sh.t(190, 56, `${b.city}, den ${fmtDate(e.letterDate, 'dmy')}`, { size: 9.5, align: 'right' });
    sh.y = 98;
    sh.p(`Betr.: Räumungsvollstreckung ${e.dr}`, { bold: true, after: 0.5 });
    sh.p(`hier: Benachrichtigung gem. § 130 Abs. 3 GVGA`, { after: 3 });
    sh.p('Gläubigerin:', { bold: true, after: 0.5 });
    sh.p(`${c.landlord.name}${c.landlord.co ? `, ${c.landlord.co}` : ''}`, { indent: 8, after: 2 });
    sh.p(c.tenants.length > 1 ? 'Schuldner:' : 'Schuldner/in:', { bold: true, after: 0.5 });
    c.tenants.forEach((p) => sh.p(nm(p, 'upperComma'), { indent: 8, after: 0.5 }));
    sh.p(`zuletzt wohnhaft: ${flat}`, { indent: 8, after: 2 });
    sh.p(`Titel: ${titleTxt}`, { after: 2 });
    sh.p(`Der Termin zur Räumung ist anberaumt auf ${fmtDate(e.date, 'wdNum')} um ${fmtTime(e.time, 'short')}. Ein Räumungsunternehmen ist beauftragt. Die Schuldner sind am ${fmtDate(informed, 'dmy')} benachrichtigt worden.`);
    sh.p('Hochachtungsvoll', { after: 5 });
    sh.p(`${b.name}`, { after: 0.5 });
    sh.p(`${b.title} · ${b.hours}`, { size: 8.5 });
  }
  sh.t(25, 286, `Bankverbindung Dienstkonto: IBAN ${b.iban} – Bitte keine Barzahlungen im Geschäftszimmer`, { size: 6.8 });
  return f;
}

/* ------------------------------------------------------------------ landlord letters */

interface ArrRow { month: string; due: number; paid: number; open: number }

function arrearsRows(c: CaseData, total: number, before: string): ArrRow[] {
  const n = Math.ceil(total / c.rent);
  const rows: ArrRow[] = [];
  let left = total;
  const d = new Date(`${before.slice(0, 7)}-01T00:00:00Z`);
  for (let i = n; i >= 1; i--) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i + 1, 1));
    const label = `${MONTHS[m.getUTCMonth()]} ${m.getUTCFullYear()}`;
    const open = i === 1 ? left : Math.min(c.rent, left);
    rows.push({ month: label, due: c.rent, paid: c.rent - open, open });
    left -= open;
  }
  // put the partial month first (older months usually partly paid)
  return rows;
}

function moneyTable(sh: Sheet, rows: ArrRow[], ms: MoneyStyle, total: number, ruled: boolean): void {
  const xs = [25, 75, 110, 145];
  const hdr = ['Monat', 'Soll', 'gezahlt', 'offen'];
  sh.ensure(8 + rows.length * 5.5 + 8);
  if (ruled) sh.rect(25, sh.y - 1, 165, 6, 0.4, '#e8e8e8');
  hdr.forEach((h, i) => sh.t(i === 0 ? xs[i]! + 1.5 : xs[i]! + 33, sh.y, h, { bold: true, size: 9, align: i === 0 ? 'left' : 'right' }));
  sh.y += 6;
  for (const r of rows) {
    const vals = [r.month, fmtMoney(r.due, ms), fmtMoney(r.paid, ms), fmtMoney(r.open, ms)];
    vals.forEach((v, i) => sh.t(i === 0 ? xs[i]! + 1.5 : xs[i]! + 33, sh.y, v, { size: 9, align: i === 0 ? 'left' : 'right' }));
    if (ruled) sh.line(25, sh.y + 4.6, 190, sh.y + 4.6, 0.3);
    sh.y += 5.5;
  }
  sh.line(25, sh.y - 0.5, 190, sh.y - 0.5, 0.8);
  sh.t(26.5, sh.y + 0.5, 'Rückstand gesamt', { bold: true, size: 9.5 });
  sh.t(178, sh.y + 0.5, fmtMoney(total, ms), { bold: true, size: 9.5, align: 'right' });
  sh.y += 9;
}

function landlordHead(sh: Sheet, c: CaseData, date: string, rng: Rng, subjectRef: string): void {
  const l = c.landlord;
  sh.fam = fam(l.fam);
  sh.marks();
  const contract = `${rng.int(100, 999)}-${rng.int(10, 99)}-${String(rng.int(1, 999)).padStart(3, '0')}`;
  const ret = `${l.name} · ${l.street} · ${l.plz} ${l.city}`;
  const win = tenantWindow(c, l.kind === 'person' ? 'title' : rng.pick(['title', 'plain', 'familie'] as const), l.design !== 'privateLetter', false);
  switch (l.design) {
    case 'corpTable':
      sh.t(25, 12, l.name, { bold: true, size: 14 });
      sh.t(25, 19, 'Wohnen · Verwalten · Vermieten', { size: 8 });
      sh.line(25, 24, 190, 24, 1.2);
      window(sh, ret, win);
      infoBlock(sh, 125, 50, [['Vertragsnummer', contract], ['Ihr Ansprechpartner', l.signer.split(',')[0]!], ['Telefon', l.phone], ['Datum', fmtDate(date, 'dmy')], ['Unser Zeichen', subjectRef]], { size: 8.5, stacked: true });
      break;
    case 'hvBar':
      sh.rect(0, 0, 210, 26, 0, '#3a3a3a', null);
      sh.t(25, 9, l.name, { bold: true, size: 15, color: '#ffffff' });
      sh.t(190, 10, l.phone, { size: 8.5, align: 'right', color: '#ffffff' });
      sh.t(190, 14.5, `${l.street} · ${l.plz} ${l.city}`, { size: 8.5, align: 'right', color: '#ffffff' });
      window(sh, ret, win);
      sh.t(25, 95, `Mietvertrag ${contract}   |   ${subjectRef}   |   ${l.city}, ${fmtDate(date, 'long')}`, { size: 8.5 });
      break;
    case 'coopBox':
      sh.t(105, 12, l.name, { bold: true, size: 14, align: 'center' });
      sh.t(105, 19, `${l.street} · ${l.plz} ${l.city} · Tel. ${l.phone}`, { size: 8, align: 'center' });
      sh.line(25, 24, 190, 24, 0.5);
      window(sh, ret, win);
      infoBlock(sh, 125, 54, [['Mitglieds-Nr.:', String(rng.int(10000, 49999))], ['Wohnungs-Nr.:', contract], ['Datum:', fmtDate(date, 'dmy')]], { size: 9, labelW: 27 });
      break;
    case 'privateLetter':
      [l.name, ...(l.co ? [l.co] : []), l.street, `${l.plz} ${l.city}`, `Tel. ${l.phone}`].forEach((s, i) => sh.t(190, 14 + i * 4.4, s, { size: 9.5, align: 'right' }));
      window(sh, `${l.name}, ${l.street}, ${l.plz} ${l.city}`, win, { y: 48 });
      sh.t(190, 92, `${l.city}, ${fmtDate(date, 'long')}`, { size: 10, align: 'right' });
      break;
  }
  sh.y = 104;
  const foot = l.kind === 'company' ? `${l.name} · Sitz ${l.city} · Amtsgericht Charlottenburg HRB ${rng.int(10000, 99999)} B · IBAN ${l.iban}` : `Bankverbindung: IBAN ${l.iban}`;
  sh.t(25, 286, foot, { size: 6.8 });
}

export function renderTermination(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const t = c.termination;
  const f = emptyFields();
  f.tenants = tenantsTruth(c, false);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.monthlyRent = c.rent;
  f.arrears = t.arrears;
  f.ordinaryTermination = t.ordinary;
  const ms: MoneyStyle = c.landlord.design === 'privateLetter' ? 'euro' : c.landlord.design === 'hvBar' ? 'EUR' : 'eur';
  const vacate = addDays(t.date, 14);
  const ordinaryEnd = endOfMonth(t.date, 3);
  const rows = arrearsRows(c, t.arrears, t.date);
  const flat = `${streetLine(c, false, false)}${c.flat.addition ? `, ${c.flat.addition}` : ''}, ${cityLine(c)}`;
  if (t.byLawyer && c.lawyer) {
    const lw = c.lawyer;
    sh.fam = fam(lw.fam);
    sh.marks();
    sh.t(190, 12, lw.firm, { bold: true, size: 12, align: 'right' });
    lw.lawyers.forEach((n, i) => sh.t(190, 18 + i * 3.8, n, { size: 8, align: 'right' }));
    sh.t(190, 28, `${lw.street} · ${lw.plz} ${lw.city}`, { size: 8, align: 'right' });
    sh.t(190, 31.8, `Tel. ${lw.phone} · Fax ${lw.fax}`, { size: 8, align: 'right' });
    window(sh, `${lw.firm} · ${lw.street} · ${lw.plz} ${lw.city}`, tenantWindow(c, 'title', false, true));
    const akte = `${rng.int(100, 999)}/${t.date.slice(2, 4)} ${upper(c.tenants[0]!.surname.slice(0, 3))}`;
    infoBlock(sh, 125, 55, [['Unser Az.:', akte], ['Datum:', fmtDate(t.date, 'dmy')], ['Vorab per Einwurf-Einschreiben', '']], { size: 8.5, labelW: 20 });
    sh.t(25, 286, `${lw.firm} · Anderkonto IBAN ${ibanFor(lw.key)} · USt-IdNr. DE${rng.int(100000000, 999999999)}`, { size: 6.8 });
    sh.y = 104;
    sh.p(`${c.landlord.name} ./. ${namesJoined(c, 'full')}`, { bold: true, after: 0.5 });
    sh.p(`Mietverhältnis über die Wohnung ${flat}`, { bold: true, after: 0.5 });
    sh.p(t.ordinary ? 'Fristlose, hilfsweise ordentliche Kündigung' : 'Außerordentliche fristlose Kündigung', { bold: true, after: 3 });
    sh.p(`${salutation(c)}`, { after: 1.5 });
    sh.p(`wir zeigen an, dass wir die ${c.landlord.name}, ${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city}, anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir im Original bei.`);
    sh.p(`Die von Ihnen geschuldete monatliche Miete beläuft sich auf ${fmtMoney(c.rent, ms)}. Sie befinden sich mit folgenden Beträgen im Rückstand:`);
    moneyTable(sh, rows, ms, t.arrears, false);
    sh.p(`Namens und in Vollmacht unserer Mandantin kündigen wir das Mietverhältnis wegen Zahlungsverzugs gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB fristlos und fordern Sie auf, die Wohnung bis zum ${fmtDate(vacate, 'dmy')} geräumt herauszugeben.`);
    if (t.ordinary) sh.p(`Hilfsweise kündigen wir das Mietverhältnis ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum ${fmtDate(ordinaryEnd, 'dmy')}. Die hilfsweise Kündigung bleibt auch dann wirksam, wenn die fristlose Kündigung durch Zahlung unwirksam werden sollte.`);
    sh.p('Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB wird bereits jetzt widersprochen.');
    sh.p('Mit freundlichen Grüßen', { after: 6 });
    sh.p(lw.lawyers[0]!);
    return f;
  }
  landlordHead(sh, c, t.date, rng, `FK-${t.date.slice(0, 4)}-${rng.int(100, 999)}`);
  const l = c.landlord;
  if (l.design === 'coopBox') {
    sh.rect(25, sh.y - 2, 165, 10, 0.8);
    sh.t(27, sh.y, t.ordinary ? 'KÜNDIGUNG – fristlos, hilfsweise ordentlich' : 'FRISTLOSE KÜNDIGUNG DES NUTZUNGSVERTRAGES', { bold: true, size: 11 });
    sh.y += 12;
  } else {
    sh.p(t.ordinary ? 'Fristlose Kündigung des Mietverhältnisses, hilfsweise ordentliche Kündigung' : 'Fristlose Kündigung des Mietverhältnisses wegen Zahlungsverzugs', { bold: true, after: 0.5 });
    sh.p(`Mietobjekt: ${flat}`, { after: 3 });
  }
  sh.p(salutation(c), { after: 1.5 });
  if (l.design === 'corpTable' || l.design === 'hvBar') {
    const { net, ops, heat } = c.rentParts;
    sh.p(`die monatliche Gesamtmiete für die oben genannte Wohnung beträgt ${fmtMoney(c.rent, ms)} (Nettokaltmiete ${fmtMoney(net, ms)}, Vorauszahlung Betriebskosten ${fmtMoney(ops, ms)}, Vorauszahlung Heizkosten ${fmtMoney(heat, ms)}). Trotz Mahnung sind folgende Zahlungen offen:`);
    moneyTable(sh, rows, ms, t.arrears, l.design === 'corpTable');
  } else {
    sh.p(`Sie haben die Miete von monatlich ${fmtMoney(c.rent, ms)} für die Monate ${rows.map((r) => r.month).join(', ')} nicht oder nicht vollständig gezahlt. Der Rückstand beläuft sich inzwischen auf ${fmtMoney(t.arrears, ms)}.`);
  }
  sh.p(`Der Rückstand übersteigt den Betrag von zwei Monatsmieten. ${l.design === 'coopBox' ? 'Der Vorstand kündigt' : l.kind === 'person' ? 'Ich kündige' : 'Wir kündigen'} daher das Mietverhältnis gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB fristlos. Die Wohnung ist bis zum ${fmtDate(vacate, 'dmy')} geräumt und mit sämtlichen Schlüsseln zurückzugeben.`);
  if (t.ordinary) sh.p(`Vorsorglich und hilfsweise ${l.kind === 'person' ? 'kündige ich' : 'kündigen wir'} das Mietverhältnis zugleich ordentlich fristgerecht zum ${fmtDate(ordinaryEnd, 'long')}.`);
  else sh.p('Wir weisen darauf hin, dass die Kündigung unwirksam wird, wenn der gesamte Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage ausgeglichen wird (§ 569 Abs. 3 Nr. 2 BGB).', { size: 9.5 });
  sh.p('Einer Fortsetzung des Gebrauchs der Mietsache über den Beendigungszeitpunkt hinaus wird widersprochen (§ 545 BGB).', { size: 9.5 });
  sh.p('Mit freundlichen Grüßen', { after: 6 });
  sh.p(l.signer);
  return f;
}

export function renderReminder(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const r = c.reminder;
  const f = emptyFields();
  f.tenants = tenantsTruth(c, false);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.monthlyRent = c.rent;
  f.arrears = r.arrears;
  const ms: MoneyStyle = c.landlord.design === 'hvBar' ? 'EUR' : 'eur';
  landlordHead(sh, c, r.date, rng, `M${rng.int(1, 3)}-${rng.int(1000, 9999)}`);
  const pay = addDays(r.date, 10);
  const rows = arrearsRows(c, r.arrears, r.date);
  sh.p(rng.pick(['Zahlungserinnerung und Mahnung', '2. Mahnung – Mietrückstand', 'Mietrückstand – letzte Mahnung vor Kündigung']), { bold: true, after: 0.5 });
  sh.p(`Wohnung ${streetLine(c, true, false)}, ${cityLine(c)}${c.flat.addition ? ` – ${c.flat.addition}` : ''}`, { after: 3 });
  sh.p(salutation(c), { after: 1.5 });
  sh.p(`bei Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Miete in Höhe von ${fmtMoney(c.rent, ms)} monatlich nicht vollständig eingegangen ist. Ihr Mietkonto weist zum ${fmtDate(r.date, 'dmy')} folgenden Stand aus:`);
  moneyTable(sh, rows, ms, r.arrears, true);
  sh.p(`Bitte überweisen Sie den offenen Betrag von ${fmtMoney(r.arrears, ms)} bis spätestens ${fmtDate(pay, 'dmy')} auf das unten genannte Konto. Sollten Sie sich in einer finanziellen Notlage befinden, wenden Sie sich bitte umgehend an uns oder an das Jobcenter bzw. Sozialamt.`);
  sh.p('Bei weiterem Zahlungsverzug behalten wir uns die fristlose Kündigung des Mietverhältnisses vor.');
  sh.p('Mit freundlichen Grüßen', { after: 6 });
  sh.p(c.landlord.signer);
  return f;
}

/* ------------------------------------------------------------------ Jobcenter / Sozialamt */

function officeHead(sh: Sheet, o: Office, c: CaseData, date: string, rcpt: string[], info: [string, string][]): void {
  sh.fam = fam(o.fam);
  sh.marks();
  const ret = `${o.name} · ${o.street} · ${o.plz} ${o.city}`;
  if (o.design === 'jcBar') {
    sh.rect(25, 10, 4, 16, 0, '#555555', null);
    sh.t(32, 10, o.name, { bold: true, size: 14 });
    sh.t(32, 17, o.dept[0] ?? '', { size: 9 });
    sh.t(32, 21.5, 'gemeinsame Einrichtung von Agentur für Arbeit und Kommune', { size: 7.5 });
    window(sh, ret, rcpt);
    infoBlock(sh, 125, 50, info.concat([['Datum', fmtDate(date, 'dmy')]]), { size: 8.5, stacked: true });
    sh.t(25, 283, `Öffnungszeiten: Mo, Di, Fr 8–12.30 Uhr, Do 8–18 Uhr · Telefon ${o.phone}`, { size: 6.8 });
    sh.t(25, 286.5, `Bundesagentur für Arbeit · IBAN ${ibanFor(o.key)} · BIC MARKDEF1760 · Bitte geben Sie bei Antworten die BG-Nummer an.`, { size: 6.8 });
  } else if (o.design === 'jcPlain') {
    sh.t(190, 12, o.name, { bold: true, size: 13, align: 'right' });
    o.dept.forEach((d, i) => sh.t(190, 18 + i * 4, d, { size: 8.5, align: 'right' }));
    window(sh, ret, rcpt);
    infoBlock(sh, 125, 52, info.map(([a, b]) => [`${a}:`, b] as [string, string]).concat([['Datum:', fmtDate(date, 'dmy')]]), { size: 8.5, labelW: 26 });
    sh.t(25, 285, `${o.name} · ${o.street} · ${o.plz} ${o.city} · Servicetelefon ${o.phone} · Sprechzeiten nach Vereinbarung`, { size: 6.8 });
  } else {
    sh.t(25, 12, o.name, { bold: true, size: 13 });
    o.dept.forEach((d, i) => sh.t(25, 18 + i * 4, d, { size: 9 }));
    window(sh, ret, rcpt, { y: 52 });
    infoBlock(sh, 125, 48, [['Dienstgebäude', `${o.street}, ${o.plz} ${o.city}`], ...info, ['Datum', fmtDate(date, 'long')]], { size: 8.5, stacked: true });
    sh.line(25, 281, 190, 281, 0.3);
    sh.t(25, 283, `Sprechzeiten: Di 9–12 und 14–18 Uhr, Do 9–12 Uhr · Telefonzentrale ${o.phone}`, { size: 6.8 });
    sh.t(25, 286.5, `Kasse: IBAN ${ibanFor(o.key)} · E-Mail-Postfach nicht für Schriftverkehr mit Fristen`, { size: 6.8 });
  }
  sh.y = 106;
}

export function renderJcLetter(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const o = c.office;
  const f = emptyFields();
  f.tenants = tenantsTruth(c, false);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.arrears = c.jcArrears;
  const mentionRent = rng.chance(0.7);
  if (mentionRent) f.monthlyRent = c.rent;
  const mentionOrd = c.termination.ordinary && rng.chance(0.6);
  if (mentionOrd) f.ordinaryTermination = true;
  const toTenant = rng.chance(0.55);
  const idLabel = o.kind === 'jobcenter' ? 'BG-Nummer' : 'Aktenzeichen';
  const rcpt = toTenant ? tenantWindow(c, 'title', true, false) : FACH_LINES(c);
  officeHead(sh, o, c, c.jcLetterDate, rcpt, [[idLabel, c.customerNo], ['Ansprechpartner/in', rng.pick(['Frau Adomeit', 'Herr Kaczmarek', 'Frau Ebert', 'Herr Rasmussen'])], ['Durchwahl', `${o.phone.replace(/-0$/, '')}-${rng.int(200, 699)}`]]);
  const law = o.kind === 'jobcenter' ? '§ 22 Abs. 8 SGB II' : '§ 36 Abs. 1 SGB XII';
  const flat = `${streetLine(c, false, false)}${c.flat.addition ? `, ${c.flat.addition}` : ''}, ${cityLine(c)}`;
  if (toTenant) {
    sh.p(`Übernahme von Mietschulden nach ${law}`, { bold: true, after: 0.5 });
    sh.p(`Ihre Wohnung: ${flat} – Vermieter: ${c.landlord.name}`, { after: 3 });
    sh.p(salutation(c), { after: 1.5 });
    sh.p(`uns liegt eine Mitteilung des ${c.court.name.replace('Amtsgericht', 'Amtsgerichts')} über eine gegen Sie erhobene Räumungsklage vor (Az. ${c.fileNo}). Nach unseren Unterlagen bestehen Mietschulden in Höhe von ${fmtMoney(c.jcArrears, 'eur')}.`);
    if (mentionRent) sh.p(`Als Bedarf für Unterkunft und Heizung berücksichtigen wir derzeit monatlich ${fmtMoney(c.rent, 'eur')}.`);
    sh.p(`Mietschulden können als Darlehen übernommen werden, wenn dies zur Sicherung der Unterkunft gerechtfertigt und notwendig ist. Bitte reichen Sie bis zum ${fmtDate(addDays(c.jcLetterDate, 14), 'dmy')} folgende Unterlagen ein: Mietvertrag, Kündigungsschreiben, aktuelle Aufstellung des Mietkontos, Kontoauszüge der letzten drei Monate.`);
    if (mentionOrd) sh.p('Bitte beachten Sie: Ihr Vermieter hat neben der fristlosen Kündigung hilfsweise die ordentliche Kündigung erklärt. Eine Übernahme der Rückstände beseitigt die ordentliche Kündigung nicht. Wir empfehlen dringend eine Beratung bei der Fachstelle Wohnraumsicherung.');
    sh.p('Eine Kopie dieses Schreibens erhält die Fachstelle Wohnraumsicherung des Verbund Nordost e. V.', { size: 9 });
  } else {
    sh.p(`Beauftragung nach Kooperationsvereinbarung – drohender Wohnungsverlust`, { bold: true, after: 0.5 });
    sh.p(`${namesJoined(c, 'full')}, ${flat}`, { after: 3 });
    sh.p('Sehr geehrte Kolleginnen und Kollegen,', { after: 1.5 });
    sh.p(`die oben genannte Bedarfsgemeinschaft ist von Wohnungslosigkeit bedroht. Vermieterin ist die ${c.landlord.name}. Nach Angaben der Vermieterin beträgt der Mietrückstand ${fmtMoney(c.jcArrears, 'EUR')}${mentionRent ? `, die monatliche Miete ${fmtMoney(c.rent, 'EUR')}` : ''}. Ein Antrag auf Übernahme nach ${law} liegt ${rng.chance(0.5) ? 'vor' : 'noch nicht vor'}.`);
    if (mentionOrd) sh.p('Die Vermieterin hat zusätzlich hilfsweise ordentlich gekündigt; bitte klären Sie mit der Vermieterin, ob sie bei Ausgleich des Rückstands das Mietverhältnis fortsetzt.');
    sh.p('Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen und uns über das Ergebnis zu informieren.');
  }
  sh.p('Mit freundlichen Grüßen', { after: 5 });
  sh.p('Im Auftrag');
  return f;
}

export function renderSaLetter(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const o = c.court.sozialamt;
  const f = emptyFields();
  f.tenants = tenantsTruth(c, false);
  f.address = addrTruth(c);
  const withLandlord = rng.chance(0.7);
  if (withLandlord) f.landlord = c.landlord.name;
  const withArr = rng.chance(0.5);
  if (withArr) f.arrears = c.claimArrears;
  officeHead(sh, o, c, c.saLetterDate, FACH_LINES(c), [['Unser Zeichen', `WH-${rng.int(100, 999)}/${c.saLetterDate.slice(2, 4)}`], ['Sachbearbeitung', rng.pick(['Frau Lüdtke', 'Herr Osmanović', 'Frau Bräuer'])]]);
  sh.p('Drohende Obdachlosigkeit – Mitteilung über einen Räumungstermin', { bold: true, after: 3 });
  sh.p('Sehr geehrte Damen und Herren,', { after: 1.5 });
  sh.p(`uns ist mitgeteilt worden, dass für den Haushalt ${namesJoined(c, 'und')}, wohnhaft ${streetLine(c, true, true)}${c.flat.addition ? ` (${c.flat.addition})` : ''}, ${cityLine(c)}, die Zwangsräumung für den ${fmtDate(c.eviction.date, 'dmy')} angesetzt ist.${withLandlord ? ` Gläubigerin ist die ${c.landlord.name}.` : ''}${withArr ? ` Die titulierte Forderung beläuft sich nach unserer Kenntnis auf ${fmtMoney(c.claimArrears, 'eur')}.` : ''}`);
  sh.p(`Bitte suchen Sie den Haushalt umgehend auf. Sollte die Wohnung nicht zu halten sein, ist eine ordnungsbehördliche Unterbringung vorzubereiten. Ein Antrag nach § 765a ZPO müsste spätestens zwei Wochen vor dem Räumungstermin gestellt werden.`);
  sh.p('Mit freundlichen Grüßen', { after: 5 });
  sh.p('Im Auftrag');
  return f;
}

/** Cover letter on page 1; the forwarded document follows on a new page. */
export function renderCover(sh: Sheet, c: CaseData, rng: Rng, office: Office, date: string, forwarded: string, fwdDate: string): void {
  const idLabel = office.kind === 'jobcenter' ? rng.pick(['BG-Nummer', 'Kundennummer']) : 'Geschäftszeichen';
  officeHead(sh, office, c, date, FACH_LINES(c), [[idLabel, c.customerNo], ['Bearbeitet von', rng.pick(['Frau Hellwig', 'Herr Yüksel', 'Frau Nowak-Pietsch', 'Herr Brandl'])], ['Telefon', `${office.phone.replace(/-0$/, '')}-${rng.int(200, 699)}`]]);
  const variant = office.design;
  sh.p(variant === 'amtSerif' ? `Weiterleitung: ${forwarded}` : `Übersendung – ${forwarded} vom ${fmtDate(fwdDate, 'dmy')}`, { bold: true, after: 0.5 });
  sh.p(`Betroffener Haushalt: ${c.tenants.map((p) => nm(p, 'comma')).join('; ')}`, { after: 3 });
  sh.p('Sehr geehrte Damen und Herren,', { after: 1.5 });
  if (variant === 'jcBar') sh.p(`anbei erhalten Sie die uns am ${fmtDate(addDays(date, -rng.int(1, 4)), 'dmy')} zugegangene ${forwarded} zur weiteren Veranlassung im Rahmen der Kooperationsvereinbarung Wohnungssicherung. Der Haushalt bezieht laufend Leistungen nach dem SGB II.`);
  else if (variant === 'jcPlain') sh.p(`wir leiten Ihnen die beigefügte ${forwarded} weiter. Leistungsbezug besteht ${rng.chance(0.5) ? 'seit mehreren Jahren' : 'derzeit nicht; ein Antrag ist angekündigt'}. Bitte nehmen Sie Kontakt mit dem Haushalt auf.`);
  else sh.p(`in der Anlage übersende ich Ihnen die ${forwarded} mit der Bitte um Kenntnisnahme und weitere Veranlassung. Über eine Rückmeldung zum Ergebnis Ihrer Kontaktaufnahme wäre ich dankbar.`);
  sh.p(`Anlage: ${forwarded} (${rng.int(1, 2)} Blatt)`, { size: 9 });
  sh.p('Mit freundlichen Grüßen', { after: 5 });
  sh.p('Im Auftrag');
  sh.onNewPage = null;
}

export { birthStr, infoBlock };
