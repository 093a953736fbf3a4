// Court documents: MiZi notice of an eviction claim, hearing summons, default judgment.
import {
  COURTS, addDays, workday, address, aktenzeichen, date, fmtDate, fmtLong, fmtWeekday, landlord, lawyer, money, person, phone, time,
} from './data.js';
import { addressField, footer, infoBlock, letterhead, pageNumber } from './docs-common.js';
import { type FontKey } from './fonts.js';
import { type Page, PageBuilder } from './page.js';
import { type Rng } from './prng.js';

function courtParts(rng: Rng, serif: boolean) {
  const court = rng.pick(COURTS);
  const font: FontKey = serif ? 'serif' : 'sans';
  const bold: FontKey = serif ? 'serifBold' : 'sansBold';
  const b = new PageBuilder();
  letterhead(b, { title: court.name, sub: [`${court.street} · ${court.town} · ${court.box}`], font, bold });
  const letterDate = date(rng);
  const az = aktenzeichen(rng, letterDate.getUTCFullYear());
  const recipient = rng.pick([
    ['Oberbergischer Kreis', 'Der Landrat', 'Amt für Soziale Angelegenheiten', 'Moltkestraße 42', '51643 Gummersbach'],
    ['Jobcenter Oberberg', 'Fachstelle Wohnungsnotfälle', 'Talstraße 11', '51643 Gummersbach'],
    ['Stadt Radevormwald', 'Sozialamt', 'Hohenfuhrstraße 13', '42477 Radevormwald'],
  ]);
  addressField(b, `${court.name}, ${court.box}, ${court.town}`, recipient, font);
  infoBlock(b, [['Geschäftsnummer', az], ['Datum', fmtDate(letterDate)], ['Durchwahl', phone(rng)], ['Bearbeiter/in', `Justizbeschäftigte ${person(rng).last}`]], font);
  return { b, court, font, bold, letterDate, az };
}

function smallPrint(rng: Rng, court: (typeof COURTS)[number]): string[] {
  return [
    `Sprechzeiten: Mo–Fr 08:30–12:00 Uhr · Telefon ${phone(rng)} · ${court.street}, ${court.town}`,
    'Bitte geben Sie bei allen Schreiben die Geschäftsnummer an. Dieses Schreiben wurde maschinell erstellt.',
    `Bankverbindung: Landeshauptkasse NRW, IBAN DE${rng.int(10, 99)} 3005 0000 0001 ${rng.int(1000, 9999)} 16`,
  ];
}

export function courtNotice(rng: Rng): Page {
  const { b, court, font, bold, letterDate, az } = courtParts(rng, rng.chance(0.5));
  const tenant = person(rng);
  const tenant2 = rng.chance(0.4) ? person(rng) : undefined;
  const flat = address(rng);
  const rent = rng.int(380, 980) * 100 + rng.pick([0, 50, 90]);
  const arrears = rent * rng.int(2, 6) + rng.int(0, 9999);
  const received = addDays(letterDate, -rng.int(2, 12));
  const hearing = rng.chance(0.5) ? workday(addDays(letterDate, rng.int(20, 60))) : undefined;
  b.line('Mitteilung in Zivilsachen (MiZi IV/1)', { font: bold, size: 12 });
  b.line('nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII – Räumungsrechtsstreit', { font: bold, size: 10 });
  b.gap(3);
  b.para(
    `Sehr geehrte Damen und Herren, in dem nachstehend bezeichneten Rechtsstreit ist bei dem ${court.name} eine Klage auf Räumung von Wohnraum eingegangen, die auf eine Kündigung wegen Zahlungsverzugs gestützt ist. Ich teile Ihnen folgende Angaben mit:`,
    { font, size: 10 },
  );
  b.gap(2);
  const tenants = tenant2 ? `1. ${tenant.full}, 2. ${tenant2.full}` : `${tenant.title} ${tenant.full}`;
  b.table(
    [
      ['Geschäftsnummer', az],
      ['Klagende Partei', landlord(rng)],
      ['Prozessbevollmächtigte', lawyer(rng)],
      ['Beklagte Partei', tenants],
      ['Anschrift der Wohnung', `${flat.line1}, ${flat.line2}`],
      ['Tag des Eingangs der Klage', fmtDate(received)],
      ['Monatliche Miete', money(rent, rng.pick(['eur', 'sign']))],
      ['Mietrückstand', money(arrears)],
      ['Entschädigung', rng.chance(0.5) ? money(rent) : 'keine Angabe'],
      ['Termin', hearing ? `${fmtWeekday(hearing)}, ${time(rng)} Uhr, Saal ${rng.int(1, 14)}` : 'noch nicht bestimmt'],
    ],
    [58, 107],
    { font, size: 9.5 },
  );
  b.gap(3);
  b.para(
    'Die Mitteilung dient dazu, Ihnen die Prüfung zu ermöglichen, ob Leistungen zur Sicherung der Unterkunft in Betracht kommen. Die Zustellung der Klage an die beklagte Partei ist veranlasst.',
    { font, size: 10 },
  );
  b.gap(2);
  b.line('Mit freundlichen Grüßen', { font, size: 10 });
  b.line('Auf Anordnung', { font, size: 10 });
  b.gap(4);
  b.line(`${person(rng).last}, Justizsekretär/in`, { font, size: 10 });
  pageNumber(b, 'Seite 1 von 1', font);
  footer(b, smallPrint(rng, court), font);
  return b.build();
}

export function hearingSummons(rng: Rng): Page {
  const { b, court, font, bold, letterDate, az } = courtParts(rng, rng.chance(0.5));
  const plaintiff = landlord(rng);
  const t1 = person(rng);
  const t2 = person(rng);
  const flat = address(rng);
  const hearing = workday(addDays(letterDate, rng.int(14, 50)));
  const room = `Sitzungssaal ${rng.int(1, 12)}, ${rng.pick(['Erdgeschoss', '1. OG', '2. OG'])}`;
  b.line('Terminsmitteilung', { font: bold, size: 13 });
  b.gap(1);
  b.line(`In dem Rechtsstreit ${plaintiff}`, { font, size: 10 });
  b.line('– Klägerin –', { font, size: 10 });
  b.line(`gegen 1. ${t1.full}, 2. ${t2.full},`, { font, size: 10 });
  b.line(`beide wohnhaft ${flat.line1}, ${flat.line2}`, { font, size: 10 });
  b.line('– Beklagte –', { font, size: 10 });
  b.gap(2);
  b.para(
    `wird Ihnen ergänzend zu unserer Mitteilung vom ${fmtDate(addDays(letterDate, -rng.int(10, 40)))} mitgeteilt, dass Termin zur mündlichen Verhandlung (Güteverhandlung und frühen ersten Termin) bestimmt ist auf`,
    { font, size: 10 },
  );
  b.gap(2);
  b.line(`${fmtWeekday(hearing).replace(',', ', den')}, ${time(rng).replace(':', '.')} Uhr`, { font: bold, size: 11, x: 40 });
  b.line(room, { font, size: 10, x: 40 });
  b.line(`${court.street}, ${court.town}`, { font, size: 10, x: 40 });
  b.gap(2);
  b.para(
    `Das persönliche Erscheinen der Parteien ist angeordnet. Die Klage vom ${fmtLong(addDays(letterDate, -rng.int(30, 60)))} ist den Beklagten am ${fmtDate(addDays(letterDate, -rng.int(3, 20)))} zugestellt worden. Die Beklagten wurden darauf hingewiesen, dass sie gesamtschuldnerisch in Anspruch genommen werden.`,
    { font, size: 10 },
  );
  b.gap(2);
  b.para('Hinweis: Eine Verlegung des Termins ist nur aus erheblichen Gründen möglich (§ 227 ZPO).', { font: font === 'serif' ? 'serifItalic' : 'sansOblique', size: 9 });
  b.gap(3);
  b.line(`${person(rng).full}`, { font, size: 10 });
  b.line('Urkundsbeamtin der Geschäftsstelle', { font, size: 9 });
  pageNumber(b, 'Seite 1/1', font);
  footer(b, smallPrint(rng, court), font);
  return b.build();
}

export function judgment(rng: Rng): Page {
  const { b, court, font, bold, letterDate, az } = courtParts(rng, true);
  const t1 = person(rng);
  const flat = address(rng);
  const arrears = rng.int(1200, 6800) * 100 + rng.int(0, 99);
  b.line(`Abschrift – Geschäftsnummer: ${az}`, { font, size: 9 });
  b.gap(1);
  b.line('Im Namen des Volkes', { font: bold, size: 13, align: 'center' });
  b.line('Versäumnisurteil', { font: bold, size: 12, align: 'center' });
  b.gap(2);
  b.para(`In dem Rechtsstreit ${landlord(rng)}, vertreten durch die Geschäftsführung, Klägerin, Prozessbevollmächtigte: ${lawyer(rng)},`, { font, size: 10 });
  b.para(`gegen ${t1.acc} ${t1.full}, geb. ${fmtDate(new Date(Date.UTC(rng.int(1950, 2000), rng.int(0, 11), rng.int(1, 28))))}, ${flat.line1}, ${flat.line2}, Beklagte/r,`, { font, size: 10 });
  b.para(`hat das ${court.name} im schriftlichen Vorverfahren am ${fmtLong(letterDate)} für Recht erkannt:`, { font, size: 10 });
  b.gap(2);
  b.para(`1. Die beklagte Partei wird verurteilt, die Wohnung im Hause ${flat.line1}, ${flat.line2}, ${rng.pick(['2. OG links', 'Erdgeschoss rechts', 'Dachgeschoss', '1. OG Mitte'])}, bestehend aus ${rng.int(2, 4)} Zimmern, Küche, Bad und Kellerraum, zu räumen und an die Klägerin herauszugeben.`, { font, size: 10, x: 30 });
  b.para(`2. Die beklagte Partei wird verurteilt, an die Klägerin ${money(arrears)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit Rechtshängigkeit zu zahlen.`, { font, size: 10, x: 30 });
  b.para('3. Die Kosten des Rechtsstreits trägt die beklagte Partei.', { font, size: 10, x: 30 });
  b.para('4. Das Urteil ist vorläufig vollstreckbar.', { font, size: 10, x: 30 });
  b.gap(2);
  b.para('Rechtsbehelfsbelehrung: Gegen dieses Versäumnisurteil kann binnen einer Notfrist von zwei Wochen ab Zustellung Einspruch eingelegt werden (§ 339 ZPO).', { font: 'serifItalic', size: 9 });
  b.gap(3);
  b.line(`${person(rng).last}, Richter/in am Amtsgericht`, { font, size: 10 });
  footer(b, smallPrint(rng, court), font);
  return b.build();
}
