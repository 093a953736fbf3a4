// Non-court letters: bailiff eviction notice, landlord termination, Jobcenter forwarding letter.
import {
  COURTS, addDays, workday, address, aktenzeichen, date, fmtDate, fmtLong, fmtWeekday, landlord, monthName, money, person, phone, time,
} from './data.js';
import { addressField, footer, infoBlock, letterhead, pageNumber } from './docs-common.js';
import { type Page, PageBuilder } from './page.js';
import { type Rng } from './prng.js';

export function bailiffNotice(rng: Rng): Page {
  const b = new PageBuilder();
  const gv = person(rng);
  const office = address(rng);
  const font = 'cond' as const;
  letterhead(b, { title: `Gerichtsvollzieher/in ${gv.full}`, sub: [`${office.line1} · ${office.line2} · Tel. ${phone(rng)}`], font, bold: 'condBold' });
  const d = date(rng);
  const dr = `DR ${rng.pick(['I', 'II', 'III'])} ${rng.int(100, 2999)}/${String(d.getUTCFullYear() % 100)}`;
  addressField(b, `GV ${gv.last}, ${office.line1}, ${office.line2}`, ['Oberbergischer Kreis', 'Ordnungsamt / Obdachlosenhilfe', 'Rathausplatz 1', `${office.line2}`], font);
  infoBlock(b, [['Geschäftszeichen', dr], ['Datum', fmtDate(d)], ['Sprechzeit', 'Di und Do 08:00–09:00 Uhr']], font);
  const debtor = person(rng);
  const flat = address(rng);
  const eviction = workday(addDays(d, rng.int(21, 45)));
  const court = rng.pick(COURTS);
  b.line('Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)', { font: 'condBold', size: 12 });
  b.gap(2);
  b.para(
    `In der Zwangsvollstreckungssache ${landlord(rng)} gegen ${debtor.acc} ${debtor.full} teile ich mit, dass ich die Räumung der nachstehend bezeichneten Wohnung angesetzt habe. Es droht Obdachlosigkeit.`,
    { font, size: 10.5 },
  );
  b.gap(2);
  b.table(
    [
      ['Schuldner/in', `${debtor.full}`],
      ['Anschrift der Wohnung', `${flat.line1}, ${rng.pick(['2. OG links', 'EG rechts', '3. OG', 'DG'])}, ${flat.line2}`],
      ['Räumungstermin', `${fmtWeekday(eviction)}, ${time(rng)} Uhr`],
      ['Vollstreckungstitel', `Urteil des ${court.name.replace('Amtsgericht', 'Amtsgerichts')}`],
      ['Aktenzeichen des Titels', aktenzeichen(rng, d.getUTCFullYear() - 1)],
      ['Haushaltsangehörige', `${rng.int(1, 5)} Personen, davon ${rng.int(0, 3)} minderjährig`],
    ],
    [55, 110],
    { font, size: 10 },
  );
  b.gap(3);
  b.para(
    'Ich bitte, rechtzeitig zu prüfen, ob die Räumung durch Übernahme der Mietrückstände abgewendet werden kann, oder ob eine Unterbringung erforderlich ist. Die Schuldnerin / der Schuldner wurde über den Termin unterrichtet.',
    { font, size: 10.5 },
  );
  b.gap(3);
  b.line('Hochachtungsvoll', { font, size: 10.5 });
  b.gap(3);
  b.line(`${gv.full}, Obergerichtsvollzieher/in`, { font, size: 10.5 });
  footer(b, [`Kontoverbindung: Sparkasse Gummersbach, IBAN DE${rng.int(10, 99)} 3845 0000 0000 ${rng.int(1000, 9999)} 00`, 'Zahlungen nur unter Angabe des Geschäftszeichens. Keine Bargeldannahme im Büro.'], font);
  return b.build();
}

export function landlordLetter(rng: Rng): Page {
  const b = new PageBuilder();
  const company = landlord(rng);
  const office = address(rng);
  letterhead(b, { title: company, sub: [`${office.line1} · ${office.line2} · Telefon ${phone(rng)} · info@beispiel-verwaltung.de`], font: 'sans', bold: 'sansBold' });
  const t = person(rng);
  const flat = address(rng);
  const d = date(rng);
  addressField(b, `${company}, ${office.line1}, ${office.line2}`, ['Einschreiben/Rückschein', t.acc, t.full, flat.line1, flat.line2], 'sans');
  infoBlock(b, [['Mieternummer', `${rng.int(10, 99)}-${rng.int(1000, 9999)}-${rng.int(1, 9)}`], ['Datum', fmtLong(d)], ['Ansprechpartner', person(rng).full]], 'sans');
  b.line('Fristlose Kündigung des Mietverhältnisses, hilfsweise ordentliche Kündigung', { font: 'sansBold', size: 10.5 });
  b.line(`Mietobjekt: ${flat.line1}, ${flat.line2}, ${rng.pick(['2. OG links', 'EG', '1. OG rechts'])}`, { font: 'sansBold', size: 10 });
  b.gap(2);
  b.line(`${t.title === 'Frau' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${t.last},`, { size: 10 });
  b.gap(1);
  b.para('trotz mehrfacher Mahnung sind Sie mit der Zahlung der Miete für die folgenden Monate im Rückstand:', { size: 10 });
  b.gap(1);
  const rent = rng.int(420, 890) * 100;
  const rows: string[][] = [['Monat', 'Soll', 'Gezahlt', 'Rückstand']];
  let total = 0;
  let m = addDays(d, -rng.int(120, 200));
  for (let i = 0; i < rng.int(3, 5); i++) {
    const paid = rng.pick([0, 0, Math.floor(rent / 2), 10000]);
    total += rent - paid;
    rows.push([monthName(m), money(rent), money(paid), money(rent - paid)]);
    m = addDays(m, 31);
  }
  rows.push(['Summe', '', '', money(total)]);
  b.table(rows, [45, 38, 38, 44], { size: 9.5, headerFont: 'sansBold' });
  b.gap(2);
  b.para(
    `Der Rückstand übersteigt zwei Monatsmieten. Wir kündigen das Mietverhältnis daher gemäß § 543 Abs. 2 Nr. 3, § 569 Abs. 3 BGB fristlos, hilfsweise ordentlich zum nächstmöglichen Termin, und fordern Sie auf, die Wohnung bis zum ${fmtDate(addDays(d, 14))} geräumt herauszugeben.`,
    { size: 10 },
  );
  b.gap(1);
  b.para('Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB widersprechen wir bereits jetzt.', { size: 10 });
  b.gap(2);
  b.line('Mit freundlichen Grüßen', { size: 10 });
  b.gap(3);
  b.line(`i. A. ${person(rng).full}`, { size: 10 });
  pageNumber(b, 'Seite 1 von 1', 'sans');
  footer(b, [`${company} · Sitz ${office.line2.slice(6)} · Amtsgericht Köln HRB ${rng.int(10000, 99999)}`, `Geschäftsführung: ${person(rng).full} · USt-IdNr. DE${rng.int(100000000, 999999999)}`], 'sans');
  return b.build();
}

export function forwardingLetter(rng: Rng): Page {
  const b = new PageBuilder();
  letterhead(b, { title: 'Jobcenter Oberberg', sub: ['Standort Gummersbach · Talstraße 11 · 51643 Gummersbach', 'Servicetelefon 02261 9350-0 · Öffnungszeiten Mo–Fr 08:00–12:30 Uhr'], font: 'sans', bold: 'sansBold' });
  const d = date(rng);
  const worker = person(rng);
  addressField(b, 'Jobcenter Oberberg, Talstraße 11, 51643 Gummersbach', ['Diakonie an Sieg und Rhein', 'Fachstelle Wohnungssicherung', `z. Hd. ${person(rng).full}`, 'Am Wiedenhof 3', '51643 Gummersbach'], 'sans');
  infoBlock(b, [['Ihr Zeichen', `FS-${rng.int(100, 999)}`], ['Kundennummer', `${rng.int(100, 999)}D${rng.int(10000, 99999)}`], ['BG-Nummer', `${rng.int(10000, 99999)}BG${rng.int(1000000, 9999999)}`], ['Datum', fmtDate(d)]], 'sans');
  const t = person(rng);
  const flat = address(rng);
  const court = rng.pick(COURTS);
  b.line('Weiterleitung einer Mitteilung nach § 22 Abs. 9 SGB II', { font: 'sansBold', size: 11 });
  b.gap(2);
  b.line('Sehr geehrte Damen und Herren,', { size: 10 });
  b.gap(1);
  b.para(
    `anbei übersende ich Ihnen die Mitteilung des ${court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(addDays(d, -rng.int(3, 9)))} (Az. ${aktenzeichen(rng, d.getUTCFullYear())}) zur weiteren Veranlassung. Betroffen ist die Bedarfsgemeinschaft von ${t.acc} ${t.full}, ${flat.line1}, ${flat.line2}.`,
    { size: 10 },
  );
  b.gap(1);
  b.para(
    `Nach unseren Unterlagen beträgt die anerkannte Bruttokaltmiete ${money(rng.int(350, 800) * 100, 'eur')} monatlich. Ein Antrag auf Übernahme von Mietschulden nach § 22 Abs. 8 SGB II liegt bisher nicht vor. Die Leistungen wurden zuletzt am ${fmtLong(addDays(d, -rng.int(20, 90)))} bewilligt.`,
    { size: 10 },
  );
  b.gap(1);
  b.para('Bitte nehmen Sie Kontakt mit dem Haushalt auf und informieren Sie uns über das Ergebnis. Für Rückfragen stehe ich Ihnen gern zur Verfügung.', { size: 10 });
  b.gap(2);
  b.table([['Anlage', 'Anzahl'], ['Mitteilung des Amtsgerichts', '1 Blatt'], ['Kopie Mietvertrag', '3 Blatt'], ['Kontoauszug Mietkonto', '1 Blatt']], [90, 30], { size: 9, headerFont: 'sansBold' });
  b.gap(2);
  b.line('Mit freundlichen Grüßen', { size: 10 });
  b.line('Im Auftrag', { size: 10 });
  b.gap(3);
  b.line(`${worker.full}`, { size: 10 });
  b.line(`Termin für Rückfragen: ${fmtWeekday(workday(addDays(d, rng.int(3, 10))))}, ${time(rng)} Uhr`, { size: 9 });
  pageNumber(b, 'Seite 1', 'sans');
  footer(b, ['Datenschutzhinweis: Informationen zur Verarbeitung Ihrer Daten finden Sie unter www.jobcenter-oberberg.example/datenschutz.', 'Bitte bringen Sie zu Terminen Ihren Personalausweis und dieses Schreiben mit.'], 'sans');
  return b.build();
}
