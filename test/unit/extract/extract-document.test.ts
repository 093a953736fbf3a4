import { describe, expect, it } from 'vitest';
import { fieldsSchema } from '../../../src/core/extraction.schema.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines, pagesFromBlocks } from '../../support/page-factory.js';

const gazetteer = {
  courts: ['Gummersbach', 'Wipperfürth', 'Waldbröl'],
  towns: [
    { name: 'Wiehl', postalCodes: ['51674'] },
    { name: 'Gummersbach', postalCodes: ['51643', '51645', '51647'] },
    { name: 'Wipperfürth', postalCodes: ['51688'] },
  ],
};
const context = { gazetteer, today: '2025-06-01' };

const LABELLED = [
  'Amtsgericht Gummersbach',
  'Moltkestraße 6, 51643 Gummersbach · Postfach 100 151',
  'Jobcenter Oberberg',
  'Talweg 1',
  '51645 Gummersbach',
  'Gummersbach, 12.03.2025',
  'Aktenzeichen: 12 C 345/25',
  'Mitteilung nach § 22 Abs. 9 SGB II in dem Räumungsrechtsstreit',
  'Klägerin: Wohnungsbau Oberberg GmbH, Bahnhofstr. 4, 51643 Gummersbach',
  'Prozessbevollmächtigte: Rechtsanwälte Klein & Partner, Am Markt 2, 51643 Gummersbach',
  'Beklagte: 1. Jürgen Müller-Lüdenscheidt, geb. 03.04.1971,',
  '2. Marie-Luise Müller-Lüdenscheidt',
  'wohnhaft Kölner Str. 5-7, 2. OG links, 51674 Wiehl',
  'Tag des Eingangs der Klage: 10.03.2025',
  'Monatliche Miete: 685,00 €',
  'Mietrückstand: 2.055,00 €',
  'Termin zur mündlichen Verhandlung: Dienstag, den 22. April 2025, 10.30 Uhr, Saal 104',
  'Die Klägerin hat hilfsweise die ordentliche Kündigung erklärt.',
];

describe('extractDocument on a labelled court notice', () => {
  const result = extractDocument([pageFromLines(LABELLED)], context);
  const f = result.fields;

  it('classifies it as a court notice', () => {
    expect(result.documentType).toBe('court_notice');
  });

  it('reads court, file number and landlord', () => {
    expect(f.court?.value).toBe('Amtsgericht Gummersbach');
    expect(f.fileNumber?.value).toBe('12 C 345/25');
    expect(f.landlord?.value).toBe('Wohnungsbau Oberberg GmbH');
  });

  it('reads both tenants with the birth date of the first', () => {
    expect(f.tenants?.value).toEqual([
      { name: 'Jürgen Müller-Lüdenscheidt', birthDate: '1971-04-03' },
      { name: 'Marie-Luise Müller-Lüdenscheidt', birthDate: null },
    ]);
  });

  it('takes the flat address, not the court, Jobcenter, landlord or lawyer address', () => {
    expect(f.address?.value).toEqual({
      street: 'Kölner Straße',
      houseNumber: '5-7',
      postalCode: '51674',
      city: 'Wiehl',
      addition: '2. OG links',
    });
  });

  it('reads dates, money, hearing and the ordinary termination', () => {
    expect(f.claimReceived?.value).toBe('2025-03-10');
    expect(f.monthlyRent?.value).toBe(68500);
    expect(f.arrears?.value).toBe(205500);
    expect(f.hearing?.value).toEqual({ date: '2025-04-22', time: '10:30', room: 'Saal 104' });
    expect(f.ordinaryTermination?.value).toBe(true);
    expect(f.evictionDate).toBeNull();
  });

  it('gives high confidence on a clean text layer and boxes inside the page', () => {
    expect(f.fileNumber!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(f.address!.confidence).toBeGreaterThanOrEqual(0.9);
    for (const v of [f.court?.bbox, f.address?.bbox].filter(Boolean)) {
      for (const c of v as number[]) expect(c).toBeGreaterThanOrEqual(0);
    }
  });

  it('satisfies the public schema', () => {
    expect(fieldsSchema.safeParse(f).success).toBe(true);
  });

  it('does not depend on the reading order of the words', () => {
    const shuffled = extractDocument([pageFromLines(LABELLED, { shuffle: true })], context);
    expect(shuffled.fields.address?.value).toEqual(f.address?.value);
    expect(shuffled.fields.tenants?.value).toEqual(f.tenants?.value);
  });

  it('lowers confidence for noisy OCR words', () => {
    const ocr = extractDocument([pageFromLines(LABELLED, { source: 'ocr', confidence: 0.8 })], context);
    expect(ocr.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(ocr.fields.fileNumber!.confidence).toBeLessThan(0.9);
  });
});

describe('extractDocument on other layouts', () => {
  it('reads the landlord from the rubrum in prose: the creditor of a bailiff notice, the claimant before "./."', () => {
    const bailiff = extractDocument(
      [
        pageFromLines([
          'Gerichtsvollzieherin Sabine Kraus bei dem Amtsgericht Wipperfürth',
          'Räumungstermin - Mitteilung gemäß § 130 Abs. 3 GVGA',
          'In der Zwangsvollstreckungssache Wohnungsgesellschaft Oberland AG (Gläubiger) gegen Frau',
          'Jana Schäfer (Schuldnerin) teile ich mit, dass ich die Räumung der Wohnung Talweg 9, 51674 Wiehl durchführen werde.',
        ]),
      ],
      context,
    );
    expect(bailiff.fields.landlord?.value).toBe('Wohnungsgesellschaft Oberland AG');
    const court = extractDocument(
      [
        pageFromLines([
          'Amtsgericht Wipperfürth',
          'Räumungsrechtsstreit - Mitteilung an den Träger der Grundsicherung',
          'In dem Rechtsstreit Aggertal Wohnbau eG ./. Nowak wegen Räumung der Wohnung Talweg 9, 51674 Wiehl',
        ]),
      ],
      context,
    );
    expect(court.fields.landlord?.value).toBe('Aggertal Wohnbau eG');
  });

  it('joins a landlord whose legal form wrapped onto the next line: "Bergische Wohnstätten" + "GmbH, Am Markt 1"', () => {
    const prose = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Ladung zum Termin', 'Beklagte: Frau Nadia Dogan, geb. 15.03.1988. Klägerin: Bergische Wohnstätten', 'GmbH, Am Markt 1, 51674 Wiehl.'])],
      context,
    );
    expect(prose.fields.landlord?.value).toBe('Bergische Wohnstätten GmbH');
    const table = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Urteil', 'In dem Rechtsstreit', 'Kläger | Gemeinnützige Baugenossenschaft Wupperhöhe', 'eG, Industriestraße 8, 51674 Wiehl'])],
      context,
    );
    expect(table.fields.landlord?.value).toBe('Gemeinnützige Baugenossenschaft Wupperhöhe eG');
  });

  it('takes the whole name from "In dem Rechtsstreit X ./. Y" where the label\'s line cut it, and does not trust a name ending in "&"', () => {
    const lines = [
      'Amtsgericht Wipperfürth',
      'In dem Rechtsstreit Hausverwaltung Dreesen & Partner GbR ‚/. de Vries wegen Räumung der Wohnung Talweg 9, 51674 Wiehl',
      'Beklagte: Frau Ewa de Vries, geb. 23.08.2001. Klägerin: Hausverwaltung Dreesen &',
      'Partner Die Klage GbR, ist am Am 17.01.2025 Markt 1, 50667 eingegangen; Köln.',
    ];
    expect(extractDocument([pageFromLines(lines)], context).fields.landlord?.value).toBe('Hausverwaltung Dreesen & Partner GbR');
    const cut = extractDocument([pageFromLines([lines[0]!, ...lines.slice(2)])], context).fields.landlord;
    // Cut by the line's end (the next line holds another column's words): read, but not trusted.
    expect(cut?.value.startsWith('Hausverwaltung Dreesen &')).toBe(true);
    expect(cut!.confidence).toBeLessThan(0.9);
  });

  it('passes over a speck before the landlord and the counsel\'s label wrapped over two lines ("Prozessbevollm. der" + "Klägerseite:")', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Amtsgericht Olpe',
          'Kläger/in: | . | Siegtal Immobilien GmbH, Industriestraße 8, 57462',
          'Olpe',
          'Prozessbevollm. der | Rechtsanwalt Stefan Wirtz, Bergstraße 22, 51545',
          'Klägerseite: | Waldbröl',
        ]),
      ],
      context,
    );
    expect(r.fields.landlord?.value).toBe('Siegtal Immobilien GmbH');
  });

  it('does not take the court of a cover letter\'s "Räumungsklage des Amtsgerichts" as landlord', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Jobcenter Oberberg',
          'Übersendung: Mitteilung über den Eingang einer Räumungsklage des Amtsgerichts',
          'Waldbröl',
          'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 06.10.2025 eine Klage der Rheinische',
          'Mietwohnungen GmbH, Hohenzollernring 12, 51674 Wiehl gegen Herrn Björn Müller bei Gericht eingegangen ist.',
        ]),
      ],
      context,
    );
    expect(r.fields.landlord?.value).toBe('Rheinische Mietwohnungen GmbH');
  });

  it('reads the arrears of a rent account from its sum row, not from the heading above the letter, and no rent from the next label\'s line', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Werner Kampmann',
          'Herr Sergej Mustermann',
          'Mietkontoauszug - Aufstellung der Rückstände',
          'Sehr geehrter Herr Mustermann, nachstehend die Aufstellung Ihres Mietkontos (monatliche',
          'Miete € 295,73):',
          'Monat | Soll | offen',
          '02.2025 | € 295,73 | € 295,73',
          'Summe Rückstand | € 1.478,65',
        ]),
      ],
      context,
    );
    expect(r.fields.arrears?.value).toBe(147865);
    const fax = extractDocument([pageFromLines(['Zahlungserinnerung', 'Monatliche Miete: | 220,090 €', 'Offener Betrag: | ; | 891,15 €'])], context);
    expect(fax.fields.monthlyRent).toBeNull();
    expect(fax.fields.arrears?.value).toBe(89115);
    const wrapped = extractDocument([pageFromLines(['Amtsgericht Wipperfürth', 'Miete monatlich | 580,00 Euro', 'Höhe des | 3480,00 Euro', 'Mietrückstandes'])], context);
    expect(wrapped.fields.arrears?.value).toBe(348000);
  });

  it('reads tenants past OCR\'s zero for an O, a label cell\'s second line "(Mieter/in)" and a list number read as a speck', () => {
    const zero = extractDocument([pageFromLines(['Amtsgericht Waldbröl', 'Terminsmitteilung', 'Beklagte/r | Pohl, 0lga, geb. 24.12.1967', 'Streitgegenstand | Räumung der Wohnung Talweg 9, 51674 Wiehl'])], context);
    expect(zero.fields.tenants?.value).toEqual([{ name: 'Olga Pohl', birthDate: '1967-12-24' }]);
    const table = extractDocument(
      [pageFromLines(['Amtsgericht Waldbröl', 'Beklagte Partei | 1. Großmann, Lucja, geb. 24.04.1959', '(Mieter/in) | 2. Meißner, Hans-Jürgen, geb. 01.04.1997', 'Räumung der Wohnung | Talweg 9', '51674 Wiehl'])],
      context,
    );
    expect(table.fields.tenants?.value).toEqual([
      { name: 'Lucja Großmann', birthDate: '1959-04-24' },
      { name: 'Hans-Jürgen Meißner', birthDate: '1997-04-01' },
    ]);
    const rubrum = extractDocument(
      [pageFromLines(['Amtsgericht Waldbröl', 'Urteil', 'In dem Rechtsstreit', 'Bauverein Wiehl eG', '- Klägerin -', 'gegen', '. Nowak, Fatma', 'wohnhaft Gartenstr. 133, 51674 Wiehl', '- Beklagte -'])],
      context,
    );
    expect(rubrum.fields.tenants?.value).toEqual([{ name: 'Fatma Nowak', birthDate: null }]);
  });

  it('keeps the floor of a hearing room that wrapped onto the next line ("Sitzungssaal 1" + "(EG)")', () => {
    const r = extractDocument([pageFromLines(['Amtsgericht Wipperfürth', 'Mündliche Verhandlung: | Montag, den 6. Juli 2026, 12:15 Uhr, Sitzungssaal 1', '(EG)'])], context);
    expect(r.fields.hearing?.value).toEqual({ date: '2026-07-06', time: '12:15', room: 'Sitzungssaal 1 (EG)' });
    // In a two-column table the floor goes on in the value cell below, after the label's second line.
    const cell = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Termin zur mündlichen | Mittwoch, 19.03.2025, 11:45 Uhr, Sitzungssaal 1', 'Verhandlung: | (EG)', 'Zustellung der Klage: | am 30.01.2025'])],
      context,
    );
    expect(cell.fields.hearing?.value).toEqual({ date: '2025-03-19', time: '11:45', room: 'Sitzungssaal 1 (EG)' });
  });

  it('reads the date of the claim past a table ruling glued to it ("|21. Mai 2026") and a speck in its label ("Tag des .Eingangs")', () => {
    const ruled = extractDocument([pageFromLines(['Amtsgericht Waldbröl', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Geschäftsnummer 421 C 813/26', 'Datum des Klageeingangs |21. Mai 2026', 'Klagende Partei\tKeßler GmbH'])], context);
    expect(ruled.fields.claimReceived?.value).toBe('2026-05-21');
    const speck = extractDocument([pageFromLines(['Amtsgericht Waldbröl', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Geschäftsnummer 421 C 813/26', 'Tag des .Eingangs der Klage:\t30. Juni 2025'])], context);
    expect(speck.fields.claimReceived?.value).toBe('2025-06-30');
  });

  it('keeps a room number that wrapped onto a line of its own ("Saal A‘" + "2.05"), but no numbered paragraph after a room letter', () => {
    const wrapped = extractDocument([pageFromLines(['Amtsgericht Waldbröl', 'Verhandlungstermin | Montag, den 8. September 2025, 14:15 Uhr, Saal A‘', '2.05'])], context);
    expect(wrapped.fields.hearing?.value).toEqual({ date: '2025-09-08', time: '14:15', room: 'Saal A 2.05' });
    const paragraph = extractDocument(
      [pageFromLines(['Amtsgericht Waldbröl', 'Termin zur mündlichen Verhandlung: 8. September 2025, 14:15 Uhr, Saal A', '2. Die Beklagten werden geladen.'])],
      context,
    );
    expect(paragraph.fields.hearing?.value).toEqual({ date: '2025-09-08', time: '14:15', room: 'Saal A' });
  });

  it('passes over a speck before a role marker ("_- beklagte Partei -") and after a tenant label ("Schuldner/in: -⇥Müller, …")', () => {
    const marker = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Versäumnisurteil', 'In dem Rechtsstreit', 'Aggertal Wohnbau eG, Siegburger Straße 101, 51688 Wipperfürth', '- Klägerin -', 'Frau Sabine Iwanowa, geb. 03.03.1952', 'wohnhaft Talweg 9, 51674 Wiehl', '_- beklagte Partei -'])],
      context,
    );
    expect(marker.fields.tenants?.value).toEqual([{ name: 'Sabine Iwanowa', birthDate: '1952-03-03' }]);
    const label = extractDocument(
      [pageFromLines(['Obergerichtsvollzieher Hans Kranz', 'Mitteilung über einen Räumungstermin', 'Gläubiger\tAggertal Wohnbau eG', 'Schuldner/in: -\tMüller-Lüdenscheidt, Oleksandr, geb. 26.03.1950', 'Anschrift\tTalweg 9, 51674 Wiehl'])],
      context,
    );
    expect(label.fields.tenants?.value).toEqual([{ name: 'Oleksandr Müller-Lüdenscheidt', birthDate: '1950-03-26' }]);
  });

  it('passes over specks after a role marker ("- Beklagte -  ;"), a quote before a list number ("“2. Frau …") and "Klage-der"', () => {
    const marker = extractDocument(
      [pageFromLines(['Amtsgericht Olpe', 'Versäumnisurteil', 'In dem Rechtsstreit', 'Herr Werner Kampmann, Talweg 1, 51674 Wiehl', '- klagende Partei -', 'Herr Uwe de Vries, geb. 19.09.2001', 'wohnhaft Talweg 9, 51674 Wiehl', '- Beklagte - | ;'])],
      context,
    );
    expect(marker.fields.tenants?.value).toEqual([{ name: 'Uwe de Vries', birthDate: '2001-09-19' }]);
    const quote = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Urteil', 'beklagte Partei | 1. Herr Ahmad Öztürk, geb. 26.04.2001', '“2. Frau Jolanta von der Heydt, geb. 23.08.1978.', 'beide wohnhaft Talweg 9, 51674 Wiehl'])],
      context,
    );
    expect(quote.fields.tenants?.value.map((t) => t.name)).toEqual(['Ahmad Öztürk', 'Jolanta von der Heydt']);
    const hyphen = extractDocument([pageFromLines(['Amtsgericht Wipperfürth', 'teilen wir mit, dass am 31.03.2025 eine Klage-der Rheinische', 'Mietwohnungen GmbH, Industriestraße 8, 51674 Wiehl, gegen Frau Sabine Öztürk eingegangen ist.'])], context);
    expect(hyphen.fields.landlord?.value).toBe('Rheinische Mietwohnungen GmbH');
  });

  it('passes over a speck of the scan after "gegen" in prose', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'AMTSGERICHT WIPPERFÜRTH',
          'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 28. April 2025 eine Klage von',
          'Hausverwaltung Dreesen & Partner GbR, Industriestraße 8, 51597 Morsbach gegen ‘',
          'Herr Ahmad Dogan, wohnhaft in Dr.-Ottmar-Kohler-Straße 140, 51597 Morsbach, auf',
          'Räumung und Herausgabe der Wohnung eingegangen ist.',
        ]),
      ],
      context,
    );
    expect(r.fields.tenants?.value).toEqual([{ name: 'Ahmad Dogan', birthDate: null }]);
  });


  it('reads a notice in running prose', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'AMTSGERICHT WIPPERFÜRTH',
          'Geschäfts-Nr.: 3 C 1024/25',
          'Sehr geehrte Damen und Herren,',
          'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 28. April 2025 eine Räumungs-',
          'klage der Gemeinnützige Bau eG gegen Frau Ewa Kowalczyk, wohnhaft',
          'Auf der Brück 2, 51688 Wipperfürth, eingegangen ist. Ein Termin zur mündlichen',
          'Verhandlung ist noch nicht bestimmt.',
        ]),
      ],
      context,
    );
    expect(r.documentType).toBe('court_notice');
    expect(r.fields.court?.value).toBe('Amtsgericht Wipperfürth');
    expect(r.fields.fileNumber?.value).toBe('3 C 1024/25');
    expect(r.fields.tenants?.value).toEqual([{ name: 'Ewa Kowalczyk', birthDate: null }]);
    expect(r.fields.address?.value.street).toBe('Auf der Brück');
    expect(r.fields.claimReceived?.value).toBe('2025-04-28');
    expect(r.fields.landlord?.value).toBe('Gemeinnützige Bau eG');
    expect(r.fields.hearing).toBeNull();
  });

  it('pairs label and value columns of a table by position', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Amtsgericht Waldbröl',
          'Mitteilung in Zivilsachen',
          'Aktenzeichen | 7 C 88/25',
          'Beklagte Partei | Ahmet Yılmaz',
          'Anschrift der Wohnung | Hauptstraße 12a, 51674 Wiehl',
          'Tag des Eingangs | 02.05.2025',
          'Monatsmiete | 650 EUR',
          'Rückstand | 1.950,00 EUR',
          'Verhandlungstermin | 03.06.25, 9 Uhr, Sitzungssaal 2.14',
        ]),
      ],
      context,
    );
    expect(r.fields.fileNumber?.value).toBe('7 C 88/25');
    expect(r.fields.tenants?.value[0]?.name).toBe('Ahmet Yılmaz');
    expect(r.fields.address?.value.houseNumber).toBe('12a');
    expect(r.fields.claimReceived?.value).toBe('2025-05-02');
    expect(r.fields.monthlyRent?.value).toBe(65000);
    expect(r.fields.arrears?.value).toBe(195000);
    expect(r.fields.hearing?.value).toEqual({ date: '2025-06-03', time: '09:00', room: 'Sitzungssaal 2.14' });
  });

  it('skips a Jobcenter cover letter on page 1', () => {
    const r = extractDocument(
      pagesFromBlocks([
        ['Jobcenter Oberberg', 'Talweg 1, 51645 Gummersbach', 'Kundennummer: 123D456', 'Herrn Peter Sachbearbeiter', 'anbei die Mitteilung des Gerichts'],
        ['Amtsgericht Gummersbach', 'Az. 12 C 99/25', 'Räumungsrechtsstreit nach § 22 Abs. 9 SGB II', 'Beklagter: Herr Max Mustermann', 'Am Sonnenhang 4', '51643 Gummersbach'],
      ]),
      context,
    );
    expect(r.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: null }]);
    expect(r.fields.address?.value).toMatchObject({ street: 'Am Sonnenhang', houseNumber: '4', postalCode: '51643' });
    expect(r.fields.address?.page).toBe(2);
    expect(r.warnings.map((w) => w.code)).toContain('cover_letter');
  });

  it('skips a district’s forwarding letter without a customer number, and keeps page 1 of a court notice that names an enclosure', () => {
    const notice = ['Amtsgericht Gummersbach', 'Az. 12 C 99/25', 'Räumungsrechtsstreit nach § 22 Abs. 9 SGB II', 'Beklagter: Herr Max Mustermann', 'Am Sonnenhang 4', '51643 Gummersbach'];
    const forwarded = extractDocument(
      pagesFromBlocks([
        [
          'Oberbergischer Kreis',
          'Der Landrat',
          'Amt für Soziale Angelegenheiten',
          'Kreishausplatz 9, 51643 Gummersbach',
          'Oberbergischer Kreis - Kreishausplatz 9 - 51643 Gummersbach',
          'Fachstelle Wohnraumsicherung | Aktenzeichen: 50.2-922/68',
          'Brunnenhof 5 | Datum: 16.07.2025',
          '51643 Gummersbach',
          'Weiterleitung: Mitteilung des Amtsgerichts',
          'anbei erhalten Sie die bei uns eingegangene Unterlage.',
          'Anlage: Mitteilung des Amtsgerichts (1 Blatt)',
        ],
        notice,
      ]),
      context,
    );
    expect(forwarded.warnings.map((w) => w.code)).toContain('cover_letter');
    expect(forwarded.fields.address?.page).toBe(2);
    // A district's own letter of two pages that sends something along: its second page goes on with its text.
    const letter = extractDocument(
      pagesFromBlocks([
        ['Oberbergischer Kreis', 'Der Landrat', 'Amt für Soziale Angelegenheiten', 'Kreishausplatz 9, 51643 Gummersbach', 'Herrn Max Mustermann', 'Am Sonnenhang 4', '51643 Gummersbach', 'anbei erhalten Sie den Bescheid über die Übernahme Ihrer Mietschulden.'],
        ['Seite 2', 'Bitte reichen Sie die Nachweise bis zum 30.07.2025 ein.', 'Mit freundlichen Grüßen'],
      ]),
      context,
    );
    expect(letter.warnings.map((w) => w.code)).not.toContain('cover_letter');
    expect(letter.fields.address?.page).toBe(1);
    const own = extractDocument(pagesFromBlocks([[...notice, 'An den Kreis Oberberg, Sozialamt', 'Anlage: Abschrift der Klageschrift'], ['Seite 2', 'Termin zur mündlichen Verhandlung: noch nicht bestimmt']]), context);
    expect(own.warnings.map((w) => w.code)).not.toContain('cover_letter');
    expect(own.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: null }]);
  });

  it('reads a bailiff eviction notice with its DR number and the title as related', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Gerichtsvollzieherin Sabine Kraus bei dem Amtsgericht Wipperfürth',
          'DR II 1234/25',
          'Mitteilung über einen Räumungstermin',
          'In der Zwangsvollstreckungssache gegen',
          'Schuldner: Herr Ali Demir, Talweg 9, 51674 Wiehl',
          'aus dem Urteil des Amtsgerichts Gummersbach vom 10.02.2025, 12 C 345/25',
          'Räumungstermin: Mittwoch, 14.05.2025, 9:00 Uhr',
        ]),
      ],
      context,
    );
    expect(r.documentType).toBe('eviction_notice');
    expect(r.fields.fileNumber?.value).toBe('DR II 1234/25');
    expect(r.fields.relatedFileNumbers?.value).toEqual(['12 C 345/25']);
    expect(r.fields.court?.value).toBe('Amtsgericht Gummersbach');
    expect(r.fields.tenants?.value[0]?.name).toBe('Ali Demir');
    expect(r.fields.address?.value.street).toBe('Talweg');
    expect(r.fields.evictionDate?.value).toEqual({ date: '2025-05-14', time: '09:00' });
    expect(r.fields.hearing).toBeNull();
  });

  it('leaves the file number of a bailiff notice missing, with a warning, when its DR number was not read: the title\'s number is related, not its own', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Gerichtsvollzieherin Sabine Kraus bei dem Amtsgericht Wipperfürth',
          'Mitteilung über einen Räumungstermin',
          'Schuldner: Herr Ali Demir, Talweg 9, 51674 Wiehl',
          'Titel: Urteil des Amtsgerichts Gummersbach vom 10.02.2025, Az. 12 C 345/25',
          'Räumungstermin: Mittwoch, 14.05.2025, 9:00 Uhr',
        ]),
      ],
      context,
    );
    expect(r.documentType).toBe('eviction_notice');
    expect(r.fields.fileNumber).toBeNull();
    expect(r.fields.relatedFileNumbers?.value).toEqual(['12 C 345/25']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'register_number_missing', field: 'fileNumber' }));
  });

  it('reads a judgment with its kind, date and Räumungsfrist', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Amtsgericht Siegburg',
          'Aktenzeichen: 105 C 12/25',
          'Verkündet am 15.04.2025',
          'Im Namen des Volkes',
          'Versäumnisurteil',
          'In dem Rechtsstreit der Wohnen AG, Klägerin,',
          'gegen Herrn Jan de Vries, Markt 3, 53721 Siegburg, Beklagten,',
          'Der Beklagte wird verurteilt, die Wohnung zu räumen.',
          'Dem Beklagten wird eine Räumungsfrist bis zum 31.07.2025 gewährt.',
        ]),
      ],
      context,
    );
    expect(r.documentType).toBe('judgment');
    expect(r.fields.court?.value).toBe('Amtsgericht Siegburg');
    expect(r.fields.judgmentKind?.value).toBe('versaeumnisurteil');
    expect(r.fields.judgmentDate?.value).toBe('2025-04-15');
    expect(r.fields.vacateDeadline?.value).toBe('2025-07-31');
    expect(r.fields.tenants?.value[0]?.name).toBe('Jan de Vries');
    expect(r.fields.landlord?.value).toBe('Wohnen AG');
    expect(r.fields.address?.value.city).toBe('Siegburg');
  });

  it('classifies a hearing summons', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Terminsmitteilung', '12 C 345/25', 'Termin zur mündlichen Verhandlung wird bestimmt auf', 'Montag, 5. Mai 2025, 11:15 Uhr, Raum A 1.03'])],
      context,
    );
    expect(r.documentType).toBe('hearing_summons');
    expect(r.fields.hearing?.value).toEqual({ date: '2025-05-05', time: '11:15', room: 'Raum A 1.03' });
  });

  it('warns without personal data when the postal code does not fit the town', () => {
    const r = extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'Beklagter: Max Mustermann', 'wohnhaft Hauptstraße 1, 42499 Wiehl'])], context);
    const w = r.warnings.find((x) => x.field === 'address');
    expect(w?.code).toBe('postal_code_mismatch');
    expect(w?.message).not.toMatch(/42499|Wiehl|Hauptstraße/);
    expect(r.fields.address!.confidence).toBeLessThan(0.9);
  });

  it('does not trust a street read as its generic word alone ("Straße 54", the name lost)', () => {
    const r = extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'Beklagter: Max Mustermann', 'Straße 54, 51643 Gummersbach'])], context);
    expect(r.fields.address?.value.street).toBe('Straße');
    expect(r.fields.address!.confidence).toBeLessThan(0.9);
    expect(r.warnings.find((x) => x.field === 'address')?.code).toBe('street_incomplete');
  });

  it('returns empty fields and a warning for a page without words', () => {
    const r = extractDocument([pageFromLines([])], context);
    expect(r.documentType).toBe('other');
    expect(r.fields.court).toBeNull();
    expect(r.warnings[0]?.code).toBe('no_text');
  });

});

describe('extractDocument traps', () => {
  it('does not take the lawyer named after "Prozessbevollmächtigte der Klägerin" as landlord', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Prozessbevollmächtigte der Klägerin: Rechtsanwältin Dr. Kern', 'Klägerin: Bauverein Wiehl eG', 'Beklagter: MAX MUSTERMANN', 'geb. 03.04.1971', 'wohnhaft Hauptstraße 1, 51674 Wiehl'])],
      context,
    );
    expect(r.fields.landlord?.value).toBe('Bauverein Wiehl eG');
    expect(r.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: '1971-04-03' }]);
  });

  it('prefers the date right after the eviction label over the letter date', () => {
    const r = extractDocument(
      [pageFromLines(['Gerichtsvollzieher Peter Lang', 'Mitteilung über einen Räumungstermin', 'Wiehl, 02.04.2025', 'DR I 405/25', 'Schuldner: Ali Demir', 'Der Termin zur Räumung wird bestimmt auf', 'Mittwoch, den 14. Mai 2025, um 9:00 Uhr.'])],
      context,
    );
    expect(r.fields.evictionDate?.value).toEqual({ date: '2025-05-14', time: '09:00' });
  });

  it('reads no hearing when it is not yet set, even if a date follows later', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Mitteilung nach § 36 Abs. 2 SGB XII', 'Termin zur mündlichen Verhandlung: noch nicht bestimmt', 'Tag des Eingangs: 10.03.2025'])],
      context,
    );
    expect(r.fields.hearing).toBeNull();
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
  });
});

describe('extractDocument on dirty OCR text', () => {
  const lines = [
    'AMTSGERICHT GUMMERSBAOH',
    'Aktenzeichen: l2 C 34S/25',
    'Mitteilung nach § 22 Abs. 9 SGB II',
    'Beklagte: Max und Erika Mustermann, beide wohnhaft',
    'Hauptstraße 12a, 5l674 Wiehl',
    'Tag des Eingangs der Klage: 1O.03.2025',
    'Termin zur mündlichen Verhandlung: 22.4.25, 9:00h',
  ];
  const r = extractDocument([pageFromLines(lines, { source: 'ocr', confidence: 0.97 })], context);

  it('repairs digit confusions in the file number, postal code and dates', () => {
    expect(r.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(r.fields.address?.value.postalCode).toBe('51674');
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
    expect(r.fields.hearing?.value).toEqual({ date: '2025-04-22', time: '09:00', room: null });
  });

  it('maps a misread court place to the gazetteer', () => {
    expect(r.fields.court?.value).toBe('Amtsgericht Gummersbach');
  });

  it('splits "Max und Erika Mustermann" into two tenants', () => {
    expect(r.fields.tenants?.value.map((t) => t.name)).toEqual(['Max Mustermann', 'Erika Mustermann']);
  });
});

describe('extractDocument on specks the fresh corpora showed (seeds 20261209-20261211)', () => {
  it('reads a hearing after a speck on "Termin." and a court with its department between court and place', () => {
    const r = extractDocument(
      [
        pageFromLines(
          [
            'Amtsgericht Zivilabteilung Wipperfürth',
            'Geschäfts-Nr.: 34 C 262/26',
            'Die Klage gegen Herr Oleksandr Krüger, wohnhaft in Rosenstr. 85, 51688 Wipperfürth, ist eingegangen.',
            'Termin. zur mündlichen Verhandlung ist bestimmt auf Montag, 23.02.2026, 11.30 Uhr, Raum',
            '104.',
          ],
          { source: 'ocr', confidence: 0.95 },
        ),
      ],
      context,
    );
    expect(r.fields.hearing?.value).toEqual({ date: '2026-02-23', time: '11:30', room: 'Raum 104' });
    expect(r.fields.court?.value).toBe('Amtsgericht Wipperfürth');
    // The speck glued to the next word ("Termin.zur", seed 20261218 doc-052).
    const glued = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Räumung der Wohnung Rosenstraße 13, 42477 Radevormwald wird Termin.zur', 'Güteverhandlung und anschließenden mündlichen Verhandlung bestimmt auf', '7.7.25, 10.30 Uhr'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(glued.fields.hearing?.value).toMatchObject({ date: '2025-07-07', time: '10:30' });
    // The label ends at "bestimmt auf", next to the date: a clean read needs no review.
    const clean = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Räumung der Wohnung Kölner Straße 133 c, 51647 Gummersbach wird Termin zur', 'Güteverhandlung und anschließenden mündlichen Verhandlung bestimmt auf', '7.8.25, 13.45 Uhr'], { source: 'ocr', confidence: 0.96 })],
      context,
    );
    expect(clean.fields.hearing?.value).toMatchObject({ date: '2025-08-07', time: '13:45' });
    expect(clean.fields.hearing!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a room whose number went on in the value cell below ("…, 12 Uhr, Saal" + "Verhandlung ⇥ 217")', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Az.: 3 C 2041/26', 'Termin zur mündlichen | Montag, den 21. September 2026, 12 Uhr, Saal', 'Verhandlung | 217', 'Eingang der Klage | 18.08.2026'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(r.fields.hearing?.value).toEqual({ date: '2026-09-21', time: '12:00', room: 'Saal 217' });
  });

  it('keeps the second tenant of a numbered list whose bracket OCR read as "}"', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Az.: 2 C 556/26', 'Beklagter zu 1.: | Brückner, Oleksandr', 'Beklagte zu 2}: | Brückner, Jutta', 'Talsperrenweg 63, 42477 Radevormwald'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(r.fields.tenants?.value.map((t) => t.name)).toEqual(['Oleksandr Brückner', 'Jutta Brückner']);
  });

  it('reads a landlord whose title ended the label\'s line, and a double name with OCR\'s "=" at its hyphen', () => {
    const titled = extractDocument(
      [pageFromLines(['Amtsgericht Waldbröl', 'Az.: 21 C 579/26', 'Beklagte: Frau Anne Zielinski. Klägerin: Herr', 'Werner Kampmann, Industriestraße 8, 51588 Nümbrecht.'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(titled.fields.landlord?.value).toBe('Werner Kampmann');
    const typed = extractDocument(
      [pageFromLines(['Obergerichtsvollzieher Hans Kranz', 'Gläubiger: | Frau Helga Schmitz=-Berger, Postfach 10 12 20, 50667 Köln', 'Schuldner: | Di Stefano, Olga'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(typed.fields.landlord?.value).toBe('Helga Schmitz-Berger');
    const speck = extractDocument(
      [pageFromLines(['Obergerichtsvollzieherin Sabine Kranz', 'Gläubiger | Herr Ralf Dahlhaus’, Siegburger Straße 101, 57489', 'Schuldner | Herr Mustafa Lewandowski'], { source: 'ocr', confidence: 0.95 })],
      context,
    );
    expect(speck.fields.landlord?.value).toBe('Ralf Dahlhaus');
  });

  it('spells a town outside the gazetteer as the document spells it more often under the same postal code', () => {
    const r = extractDocument(
      [
        pageFromLines(
          [
            'Amtsgericht Siegburg',
            'Az.: 8 C 12/26',
            'Klägerin: Keßler GmbH, Hohenzollernring 12, 53721 Siegburg',
            'Beklagte: Frau Jutta Bauer',
            'beide wohnhaft Friedrich-Ebert-Str. 30, 53721 Siedburg',
            'Die Beklagten werden verurteilt, die Wohnung Friedrich-Ebert-Str. 30, 53721 Siegburg zu räumen.',
          ],
          { source: 'ocr', confidence: 0.95 },
        ),
      ],
      context,
    );
    expect(r.fields.address?.value).toMatchObject({ street: 'Friedrich-Ebert-Straße', houseNumber: '30', city: 'Siegburg' });
  });
});

describe('extractDocument served date and room in prose', () => {
  it('reads "Die Klage wurde am … zugestellt" and a room with a trailing full stop', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Waldbröl', 'Räumungsrechtsstreit', 'Die Klage wurde den Beklagten am 15.03.2025 zugestellt.', 'Termin zur mündlichen Verhandlung ist am 22.04.2025 um 10:30 Uhr in Saal 104.'])],
      context,
    );
    expect(r.fields.claimServed?.value).toBe('2025-03-15');
    expect(r.fields.hearing?.value).toEqual({ date: '2025-04-22', time: '10:30', room: 'Saal 104' });
  });

  it('reads no served date when the claim is not yet served', () => {
    const r = extractDocument([pageFromLines(['Amtsgericht Waldbröl', 'Die Klage ist noch nicht zugestellt.'])], context);
    expect(r.fields.claimServed).toBeNull();
  });
});

describe('extractDocument on a ruled table read as separate OCR blocks', () => {
  const lines = [
    'Amtsgericht Gummersbach',
    'Mitteilung in Zivilsachen',
    'Geschäftsnummer | 12 C 345/25',
    'Klägerin | Wohnungsbau Oberberg GmbH',
    'Beklagte | 1. Max Mustermann',
    ' | 2. Erika Mustermann',
    'Anschrift der Wohnung | Am Sonnenhang 4, 51643 Gummersbach',
    'Eingang der Klage | 10.03.2025',
    'Termin | noch nicht bestimmt',
  ];
  const r = extractDocument([pageFromLines(lines, { cellJitter: 0.004, shuffle: true })], context);

  it('pairs each label with the value cell at the same height', () => {
    expect(r.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(r.fields.landlord?.value).toBe('Wohnungsbau Oberberg GmbH');
    expect(r.fields.tenants?.value.map((t) => t.name)).toEqual(['Max Mustermann', 'Erika Mustermann']);
    expect(r.fields.address?.value).toMatchObject({ street: 'Am Sonnenhang', houseNumber: '4', city: 'Gummersbach' });
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
    expect(r.fields.hearing).toBeNull();
  });
});

describe('extractDocument on the labelled notice the integration fixture renders', () => {
  it('reads every field and not the Sozialamt, court PO box or landlord address', () => {
    const r = extractDocument(
      [
        pageFromLines([
          'Amtsgericht Gummersbach',
          'Amtsgericht Gummersbach · Postfach 10 01 20 · 51601 Gummersbach',
          'Kreisverwaltung – Sozialamt',
          'Moltkestraße 42',
          '51643 Gummersbach',
          'Geschäftsnummer: 12 C 345/25',
          'Datum: 12.03.2025',
          'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII',
          'In dem Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:',
          'Tag des Eingangs der Klage: | 10.03.2025',
          'Klägerin: | Wohnungsbau Oberberg GmbH, Am Markt 3, 51643',
          ' | Gummersbach',
          'Beklagte: | Herrn Jürgen Müller-Lüdenscheidt, geb. 03.04.1971',
          'Anschrift der Wohnung: | Hauptstraße 12a, 51674 Wiehl',
          'Monatliche Miete: | 685,00 €',
          'Mietrückstand: | 2.055,00 €',
          'Termin zur mündlichen Verhandlung: | Dienstag, 22.04.2025, 10:30 Uhr, Saal 104',
          'Mit freundlichen Grüßen',
          'Schmitz, Justizbeschäftigte',
        ]),
      ],
      context,
    );
    expect(r.documentType).toBe('court_notice');
    expect(r.fields.court?.value).toBe('Amtsgericht Gummersbach');
    expect(r.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(r.fields.relatedFileNumbers).toBeNull();
    expect(r.fields.landlord?.value).toBe('Wohnungsbau Oberberg GmbH');
    expect(r.fields.tenants?.value).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: '1971-04-03' }]);
    expect(r.fields.address?.value).toEqual({ street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: null });
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
    expect(r.fields.monthlyRent?.value).toBe(68500);
    expect(r.fields.arrears?.value).toBe(205500);
    expect(r.fields.hearing?.value).toEqual({ date: '2025-04-22', time: '10:30', room: 'Saal 104' });
    for (const name of ['court', 'fileNumber', 'tenants', 'address', 'hearing'] as const) {
      expect(r.fields[name]!.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('extractDocument with numbered defendants', () => {
  it('collects "Beklagte zu 1." and "Beklagter zu 2." into one list', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Beklagte zu 1.: Erika Mustermann', 'Beklagter zu 2.: Max Mustermann', 'wohnhaft Hauptstraße 1, 51674 Wiehl'])],
      context,
    );
    expect(r.fields.tenants?.value.map((t) => t.name)).toEqual(['Erika Mustermann', 'Max Mustermann']);
    expect(r.fields.address?.value.street).toBe('Hauptstraße');
    expect(r.warnings.map((w) => w.code)).not.toContain('tenants_incomplete');
  });

  it('reads the first label as OCR garbles it ("Beklagter zu.l."), and flags a list shorter than its numbers', () => {
    const lines = (first: string) => ['Amtsgericht Gummersbach', `${first} | Herr Mehmet Müller-Lüdenscheidt`, 'Beklagte zu 2. | Frau Jutta Weiß', 'Anschrift der Wohnung | Am Sonnenhang 146, 51645 Gummersbach'];
    const garbled = extractDocument([pageFromLines(lines('Beklagter zu.l.'), { source: 'ocr', confidence: 0.96 })], context);
    expect(garbled.fields.tenants?.value.map((t) => t.name)).toEqual(['Mehmet Müller-Lüdenscheidt', 'Jutta Weiß']);
    // The first label lost altogether: one tenant read where the notice numbers two, for review.
    const lost = extractDocument([pageFromLines(lines('Bekl@gt3r'), { source: 'ocr', confidence: 0.96 })], context);
    expect(lost.fields.tenants?.value.map((t) => t.name)).toEqual(['Jutta Weiß']);
    expect(lost.fields.tenants!.confidence).toBeLessThan(0.9);
    expect(lost.warnings.map((w) => w.code)).toContain('tenants_incomplete');
  });
});

describe('extractDocument without umlauts', () => {
  it('reads labels written with ae/oe/ue', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Klaegerin: Bauverein Wiehl eG', 'Beklagter: Max Mustermann', 'Mietrueckstand: 1.200,00 EUR', 'Termin zur muendlichen Verhandlung: 22.04.2025, 10:30 Uhr'])],
      context,
    );
    expect(r.fields.landlord?.value).toBe('Bauverein Wiehl eG');
    expect(r.fields.arrears?.value).toBe(120000);
    expect(r.fields.hearing?.value.date).toBe('2025-04-22');
  });
});

describe('extractDocument on a summons in prose', () => {
  it('reads "zu dem Termin am …" as the hearing', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Ladung', 'In Sachen 12 C 345/25 werden Sie zu dem Termin am', 'Donnerstag, 8. Mai 2025, 9.30 Uhr, Saal 12, geladen.'])],
      context,
    );
    expect(r.documentType).toBe('hearing_summons');
    expect(r.fields.hearing?.value).toEqual({ date: '2025-05-08', time: '09:30', room: 'Saal 12' });
  });
});

describe('extractDocument with an inbox stamp', () => {
  it('does not read "Posteingang" as the day the claim was received', () => {
    const r = extractDocument([pageFromLines(['Posteingang: 14.03.2025', 'Amtsgericht Gummersbach', 'Eingang der Klage: 10.03.2025'])], context);
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
  });
});
