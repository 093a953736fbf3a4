import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/core/page.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { buildLines, estimateSlope } from '../../../src/core/extract/layout.js';
import { pageFromLines } from '../../support/page-factory.js';

// Each case below is a layout the corpus eval (npm run eval) found read wrong or not at all.
const gazetteer = {
  courts: ['Gummersbach', 'Wipperfürth', 'Waldbröl', 'Bergisch Gladbach', 'Olpe'],
  towns: [
    { name: 'Waldbröl', postalCodes: ['51545'] },
    { name: 'Gummersbach', postalCodes: ['51643', '51645', '51647'] },
    { name: 'Wipperfürth', postalCodes: ['51688'] },
    { name: 'Bergisch Gladbach', postalCodes: ['51465', '51469'] },
    { name: 'Wenden', postalCodes: ['57482'] },
  ],
};
const context = { gazetteer, today: '2025-06-01' };
const read = (lines: string[], page?: Page) => extractDocument([page ?? pageFromLines(lines)], context).fields;

describe('running prose over line breaks', () => {
  const f = read([
    'Amtsgericht Waldbröl',
    'Amtsgericht Waldbröl · Postfach 12 60 · 51545 Waldbröl',
    'Oberbergischer Kreis – Fachstelle',
    'Moltkestraße 42',
    '51643 Gummersbach',
    'Geschäftsnummer: 2 C 109/25',
    'Mitteilung in Zivilsachen',
    'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 16. September 2025 eine Klage',
    'der Aggertal Wohnbau eG, Postfach 10 12 20, 50667 Köln gegen Frau Marie-Luise',
    'Hoffmann-Kühn, geb. 24.01.1969, und Herr Jörg Şahin, geb. 09.08.1949, wohnhaft',
    'in Friedrich-Ebert-Str. 127, 51545 Waldbröl, auf Räumung und Herausgabe der',
    'Wohnung eingegangen ist.',
    'Termin zur mündlichen Verhandlung ist bestimmt auf Montag, den 20. Oktober',
    '2025, 14:15 Uhr, Sitzungssaal 3.',
  ]);

  it('reads both tenants with birth dates from "gegen …" spread over two lines', () => {
    expect(f.tenants?.value).toEqual([
      { name: 'Marie-Luise Hoffmann-Kühn', birthDate: '1969-01-24' },
      { name: 'Jörg Şahin', birthDate: '1949-08-09' },
    ]);
  });

  it('reads the landlord after "Klage" + line break + "der", the claim date and a hearing date broken over a line', () => {
    expect(f.landlord?.value).toBe('Aggertal Wohnbau eG');
    expect(f.claimReceived?.value).toBe('2025-09-16');
    expect(f.hearing?.value).toEqual({ date: '2025-10-20', time: '14:15', room: 'Sitzungssaal 3' });
  });

  it('takes the flat, not the landlord’s or the Fachstelle’s address', () => {
    expect(f.address?.value).toMatchObject({ street: 'Friedrich-Ebert-Straße', houseNumber: '127', postalCode: '51545' });
  });
});

it('takes no pronoun or article after "gegen" for a tenant ("Klage gegen Sie", "Einspruch gegen Den Beschluss")', () => {
  for (const line of ['Wir werden Klage gegen Sie erheben, wenn der Rückstand bleibt.', 'Einspruch gegen Den Beschluss ist möglich.', 'Gegen Ihre Person wird vorgegangen.']) {
    expect(read(['Aggertal Wohnbau eG', 'Zahlungsaufforderung', line]).tenants).toBeNull();
  }
});

it('reads a tenant after "gegen" whose name starts with a capital outside German (Ł, Ş), as the second read of names spells it', () => {
  const f = read(['Amtsgericht Waldbröl', 'Geschäftsnummer: 2 C 109/25', 'In dem Rechtsstreit der Aggertal Wohnbau eG gegen Łucja Pohl, geb. 15.08.1975,', 'wegen Räumung']);
  expect(f.tenants?.value).toEqual([{ name: 'Łucja Pohl', birthDate: '1975-08-15' }]);
});

describe('a judgment whose rubrum names the role after each party', () => {
  const lines = (marker: (role: string) => string) => [
    'Geschäftsnummer: 12 C 669/25',
    'Amtsgericht Waldbröl',
    'IM NAMEN DES VOLKES',
    'Versäumnisurteil',
    'In dem Rechtsstreit',
    'Herr Ralf Dahlhaus, Postfach 10 12 20, 51597 Morsbach',
    marker('Klägerin'),
    '1. Herr Ahmad Weiß',
    '2. Frau Olga Weiß',
    'beide wohnhaft Hauptstraße 135, 3. OG rechts, 51545 Waldbröl',
    marker('beklagte Partei'),
    'hat das Amtsgericht Waldbröl für Recht erkannt:',
    '2. Die Beklagten werden verurteilt, an die Klägerseite 1647,05 Euro nebst Zinsen zu zahlen.',
    'Gegen dieses Urteil kann Einspruch eingelegt werden.',
  ];

  it('reads tenants and landlord above "– beklagte Partei –" / "– Klägerin –", never "Urteil Einspruch"', () => {
    const f = read(lines((role) => `– ${role} –`));
    expect(f.tenants?.value).toEqual([
      { name: 'Ahmad Weiß', birthDate: null },
      { name: 'Olga Weiß', birthDate: null },
    ]);
    expect(f.landlord?.value).toBe('Ralf Dahlhaus');
    expect(f.arrears?.value).toBe(164705);
  });

  it('does not run the court name into the next line ("Amtsgericht Waldbröl" + "IM NAMEN …")', () => {
    expect(read(lines((role) => `– ${role} –`)).court?.value).toBe('Amtsgericht Waldbröl');
  });

  it('still finds the tenants when a photo lost the dashes of the lower-case "beklagte Partei" line', () => {
    const f = read(lines((role) => (role === 'beklagte Partei' ? 'beklagte Partei' : `– ${role} –`)));
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Ahmad Weiß', 'Olga Weiß']);
  });
});

describe('two-column tables whose label wraps onto a second line', () => {
  const f = read([
    'Amtsgericht Olpe',
    'Geschäfts-Nr.: 34 C 276/26',
    'Datum des Klageeingangs | 21.10.2026',
    'Klagende Partei | Herr Friedhelm Brückner, Postfach 10 12 20, 57482',
    '(Vermieter/in) | Wenden',
    'Beklagter zu 1. | von der Heydt, Björn',
    'Beklagte zu 2) | von der Heydt, Zeynep',
    'Lage der Wohnung | Am Sonnenhang 18',
    '57482 Wenden',
    'Höhe der monatlichen | 645,88 Euro',
    'Miete',
    'Termin zur mündlichen | Dienstag, 01.12.2026, 14.00 Uhr, Raum 104',
    'Verhandlung',
  ]);

  it('reads rent and hearing from "Höhe der monatlichen" / "Termin zur mündlichen" with the rest of the label below', () => {
    expect(f.monthlyRent?.value).toBe(64588);
    expect(f.hearing?.value).toEqual({ date: '2026-12-01', time: '14:00', room: 'Raum 104' });
  });

  it('reads family-name-first tenants with particles ("von der Heydt, Björn")', () => {
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Björn von der Heydt', 'Zeynep von der Heydt']);
  });
});

describe('labels as courts and scanners write them', () => {
  it('reads "Beklagte/r (Mieter):", "Kläger/in:", "Mündliche Verhandlung:" and a room with its floor', () => {
    const f = read([
      'Amtsgericht Gummersbach',
      'Geschäfts-Nr.: 5 C 1697/25',
      'Kläger/in: Frau Ingrid Thelen, Lindenallee 44, 50667 Köln',
      'Beklagte/r (Mieter): Kuznetsova, Jutta',
      'Lage der Wohnung: Wiesengrund 134, 51643 Gummersbach',
      'Mündliche Verhandlung: Mittwoch, den 16. September 2026, 12:45 Uhr, Sitzungssaal 1 (EG)',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Jutta Kuznetsova']);
    expect(f.address?.value).toMatchObject({ street: 'Wiesengrund', houseNumber: '134', postalCode: '51643', city: 'Gummersbach' });
    expect(f.landlord?.value).toBe('Ingrid Thelen');
    expect(f.hearing?.value).toEqual({ date: '2026-09-16', time: '12:45', room: 'Sitzungssaal 1 (EG)' });
  });

  it('steps over a table ruling OCR read as "|" and specks before the value', () => {
    const f = read(['Amtsgericht Gummersbach', 'Aktenzeichen 34 C 2141/26', 'Beklagte Partei (Mieter/in)\t| Fuchs, Jana']);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Jana Fuchs']);
    const g = read(['Amtsgericht Gummersbach', 'Aktenzeichen 34 C 2141/26', 'Beklagte Partei: . 1. Meißner, Jörg, geb. 17.08.1997', '2. Öztürk, Svetlana, geb. 11.11.1994']);
    expect(g.tenants?.value).toEqual([
      { name: 'Jörg Meißner', birthDate: '1997-08-17' },
      { name: 'Svetlana Öztürk', birthDate: '1994-11-11' },
    ]);
    // A speck in the label column read as a letter before the list's second entry.
    const speck = read(['Amtsgericht Wipperfürth', 'Aktenzeichen: 2 C 2303/26', 'Beklagte/r (Mieter): | 1. Kuznetsova, Olga', 'Ä | 2. Kuznetsov, Rüdiger', 'Räumung der Wohnung: | Hauptstraße 117']);
    expect(speck.tenants?.value.map((t) => t.name)).toEqual(['Olga Kuznetsova', 'Rüdiger Kuznetsov']);
    // OCR's comma for the dot of the list's number.
    const comma = read(['Gerichtsvollzieher Thomas Riedel', 'Geschäftszeichen: DR III 336/26', 'Schuldner/in: | 1. Herr Mehmet Zielinski', '2, Frau Agnieszka von der Heydt', 'Anschrift: | Kölner Str. 65', '51588 Nümbrecht']);
    expect(comma.tenants?.value.map((t) => t.name)).toEqual(['Mehmet Zielinski', 'Agnieszka von der Heydt']);
    // Where the second entry is lost, a list from "1." with one name is shown for review.
    const lost = extractDocument(
      [pageFromLines(['Amtsgericht Wipperfürth', 'Aktenzeichen: 2 C 2303/26', 'Beklagte/r (Mieter): | 1. Kuznetsova, Olga', '#~ | §§ Kuz%', 'Räumung der Wohnung: | Hauptstraße 117'], { source: 'ocr', confidence: 0.96 })],
      context,
    );
    expect(lost.fields.tenants?.value.map((t) => t.name)).toEqual(['Olga Kuznetsova']);
    expect(lost.fields.tenants!.confidence).toBeLessThan(0.9);
    expect(lost.warnings.map((w) => w.code)).toContain('tenants_incomplete');
    // A quote speck before the name and OCR's comma for the dot of "geb.".
    const k = read(['Amtsgericht Wipperfürth', 'Dienstregister-Nr.: DR III 272/26', 'Schuldner:\t“Herr Paweł Kuznetsov, geb, 09.09.1995', 'Anschrift:\tAuf der Brück 147']);
    expect(k.tenants?.value).toEqual([{ name: 'Paweł Kuznetsov', birthDate: '1995-09-09' }]);
    // The ruling between two entries of the list read as a line of its own.
    const h = read(['Amtsgericht Gummersbach', 'Geschäftsnummer: 12 C 104/25', 'Beklagte Partei:\t1. Herr Dieter Sahin, geb. 02.10.1997', '|', '2. Frau Anne-Kathrin Sahin, geb. 27.01.1960', 'wegen:\tRäumung der Wohnung Bahnhofstr. 146, 51643 Gummersbach']);
    expect(h.tenants?.value).toEqual([
      { name: 'Dieter Sahin', birthDate: '1997-10-02' },
      { name: 'Anne-Kathrin Sahin', birthDate: '1960-01-27' },
    ]);
  });

  it('ends a prose tenant at the sentence that names the next party, and keeps a birth date wrapped after "geb."', () => {
    const f = read([
      'Amtsgericht Gummersbach',
      'Aktenzeichen 3 C 12/25',
      'Beklagte: Herr Rüdiger Kuznetsov, geb. 06.04.1974, und Frau Ewa Kuznetsova, geb.',
      '14.11.1971. Klägerin: Gemeinnützige Baugenossenschaft Wupperhöhe eG,',
    ]);
    expect(f.tenants?.value).toEqual([
      { name: 'Rüdiger Kuznetsov', birthDate: '1974-04-06' },
      { name: 'Ewa Kuznetsova', birthDate: '1971-11-14' },
    ]);
  });

  it('keeps a second tenant whose name the line broke after the first name ("und Herr Mustafa" + "Müller-Lüdenscheidt")', () => {
    const f = read([
      'Amtsgericht Waldbröl',
      'Az. (bitte angeben): 421 C 1427/26',
      'Beklagte: Frau Ewa Müller-Lüdenscheidt, geb. 01.06.1970, und Herr Mustafa',
      'Müller-Lüdenscheidt, geb. 07.11.1967. Klägerin: Frau Ingrid Thelen,',
      'Hohenzollernring 12, 51545 Waldbröl.',
    ]);
    expect(f.tenants?.value).toEqual([
      { name: 'Ewa Müller-Lüdenscheidt', birthDate: '1970-06-01' },
      { name: 'Mustafa Müller-Lüdenscheidt', birthDate: '1967-11-07' },
    ]);
    expect(f.landlord?.value).toBe('Ingrid Thelen');
  });

  it('ends the landlord of the prose rubrum at "./." with a speck before it, and takes no birth date or later day for the day the claim came in', () => {
    const f = read([
      'Amtsgericht Gummersbach',
      'Geschäftsnummer: 34 C 126/25',
      'Datum: 04.08.2025',
      'In dem Rechtsstreit Werner Kampmann .‚/. de Vries wegen Räumung der Wohnung Weststr.',
      '21, 51647 Gummersbach wird Termin zur mündlichen Verhandlung bestimmt auf',
      'Freitag, 03.10.2025, 12.30 Uhr',
      'Beklagte: Herr Mustafa de Vries, geb. 25.01.1977. Klägerin: Herr Werner Kampmann,',
      'Postfach Die Klage 10 ist 12 am 20, 30.07.2025 51647 Gummersbach. eingegangen; die Mitteilung',
    ]);
    expect(f.landlord?.value).toBe('Werner Kampmann');
    // Neither the birth date nor the hearing (after the letter's date) is the day the claim came in.
    expect(f.claimReceived?.value ?? null).toBeNull();
  });

  it('keeps a two-word town that wrapped after its first word', () => {
    const f = read([
      'Amtsgericht Bergisch',
      'Gladbach',
      'Aktenzeichen 3 C 12/25',
      'Beklagte Partei: Frau Anne Celik',
      'wohnhaft Kölner Str. 81c, 2. OG links, 51465 Bergisch',
      'Gladbach',
    ]);
    expect(f.court?.value).toBe('Amtsgericht Bergisch Gladbach');
    expect(f.address?.value).toMatchObject({ street: 'Kölner Straße', houseNumber: '81c', city: 'Bergisch Gladbach' });
  });
});

describe('the flat’s address among other addresses', () => {
  it('joins a house number that wrapped onto the next line and never takes the landlord’s address from "Klage von …"', () => {
    const f = read([
      'Amtsgericht Olpe',
      'Az.: 2 C 531/25',
      'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 13.10.25 eine Klage von Herr Friedhelm',
      'Brückner, Am Markt 1, 50667 Köln gegen Herr Grzegorz Iwanow, wohnhaft Wiesengrund',
      '132, 57482 Wenden, auf Räumung und Herausgabe der Wohnung eingegangen ist.',
    ]);
    expect(f.address?.value).toMatchObject({ street: 'Wiesengrund', houseNumber: '132', postalCode: '57482', city: 'Wenden' });
  });

  it('leaves the address empty rather than taking the court’s "Hausanschrift" when the flat cannot be read', () => {
    const f = read([
      'Amtsgericht Wipperfürth',
      'Aktenzeichen: 5 C 482/25',
      'Beklagte Partei: Aydın, Karl-Heinz',
      'Hausanschrift: Gaulstraße 22, 51688 Wipperfürth · Sprechzeiten: Mo–Fr 8:30–12:00 Uhr',
    ]);
    expect(f.address).toBeNull();
  });
});

describe("a landlord's own letter to the tenant", () => {
  it('takes the landlord from the return line and the tenants from the window address', () => {
    const f = read([
      'Gemeinnützige Baugenossenschaft Wupperhöhe eG',
      'Hohenzollernring 12 · 50667 Köln',
      'Gemeinnützige Baugenossenschaft Wupperhöhe eG · Postfach 10 12 20 · 51674 Wiehl',
      'Frau Agnieszka Wójcik',
      'Ort, Datum: 13.07.2026\tHerr Dieter Iwanow',
      'Lindenweg 77, Hinterhaus',
      'Mieternummer: 8932-34',
      '51643 Gummersbach',
      'Mietkontoauszug – Aufstellung der Rückstände',
      'Summe Rückstand 610 EUR',
    ]);
    expect(f.landlord?.value).toBe('Gemeinnützige Baugenossenschaft Wupperhöhe eG');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Agnieszka Wójcik', 'Dieter Iwanow']);
    expect(f.address?.value).toMatchObject({ street: 'Lindenweg', houseNumber: '77', postalCode: '51643' });
  });

  it('takes a sender whose return line ends in a town named "…stadt" for a landlord, not an authority', () => {
    const f = read([
      'Hausverwaltung Dreesen & Partner GbR',
      'Postfach 10 12 20 : 51702 Bergneustadt',
      'Hausverwaltung Dreesen & Partner GbR + Postfach 10 12 20 + 51702 Bergneustadt ,',
      'Frau Zeynep Kuznetsova',
      'Marktplatz 49-51\tOrt, Datum: 20.02.2025',
      '51674 Wiehl',
      'Zahlungsaufforderung / Mahnung',
    ]);
    expect(f.landlord?.value).toBe('Hausverwaltung Dreesen & Partner GbR');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Zeynep Kuznetsova']);
    // A town's own office stays an authority.
    expect(read(['Stadt Bergneustadt - Kölner Str. 256 - 51702 Bergneustadt', 'Frau Zeynep Kuznetsova', 'Marktplatz 49-51', '51674 Wiehl', 'Mahnung']).landlord).toBeNull();
  });

  it('reads the claimant after a quote speck at the line\'s end ("eine Klage der‘" + "Hausverwaltung …")', () => {
    const f = read([
      'Amtsgericht Bergisch Gladbach',
      'Az.: 2 C 2072/26',
      'gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am 27.02.2026 eine Klage der‘',
      'Hausverwaltung Dreesen & Partner GbR, Lindenallee 44, 50667 Köln, vertreten',
      'durch Kanzlei Hartmann Rechtsanwälte PartG mbB, Neumarkt 3, 50667 Köln, gegen',
      'Frau Svetlana Dabrowska, wohnhaft in Von-Steinen-Straße 32a, 51465 Bergisch Gladbach, auf Räumung',
    ]);
    expect(f.landlord?.value).toBe('Hausverwaltung Dreesen & Partner GbR');
  });

  it('takes the letterhead for the landlord where the return line is garbled at the sender', () => {
    const f = read([
      'Hausverwaltung Dreesen & Partner GbR',
      'Postfach 10 12 20 - 51789 Lindlar',
      'M | ung Dres & Partner GbR - Postfach 10 12 20 - 51789 Lindlar',
      'Frau Fatma Weiß',
      'Dr.-Ottmar-Kohler-Str. 1c, 2. OG links',
      '51688 Wipperfürth',
      'Fristlose Kündigung des Mietverhältnisses',
    ]);
    expect(f.landlord?.value).toBe('Hausverwaltung Dreesen & Partner GbR');
    expect(f.landlord!.confidence).toBeLessThan(0.9);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Fatma Weiß']);
  });

  it('reads a recipient with a speck after the title ("Herr. Dariusz Meißner")', () => {
    const f = read(['Siegtal Immobilien GmbH', 'Siegtal Immobilien GmbH - Postfach 10 12 20 - 50667 Köln', 'Herr. Dariusz Meißner', 'Hückeswagener Str. 47 | Datum: 02.06.2025', '51597 Morsbach', 'Letzte Mahnung vor Kündigung']);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Dariusz Meißner']);
  });

  it('gives the landlord back the capital a photo lost ("immobilienverwaltung Keßler"), never to a particle', () => {
    const letter = (sender: string) =>
      read([
        `${sender} - Hohenzollernring 12 - 51588 Nümbrecht`,
        'Herrn Yusuf Krüger',
        'Schützenstraße 81c',
        '51588 Nümbrecht',
        'Mahnung – Mietrückstand 610 EUR',
      ]);
    expect(letter('immobilienverwaltung Keßler GmbH & Co. KG').landlord?.value).toBe('Immobilienverwaltung Keßler GmbH & Co. KG');
    expect(letter('von der Heydt Immobilien GmbH').landlord?.value).toBe('von der Heydt Immobilien GmbH');
  });

  it('takes the better-read spelling where letterhead and return line spell the landlord a letter apart, never another name', () => {
    const letter = (head: string, returnLine: string) =>
      extractDocument(
        [
          pageFromLines([head, 'Hohenzollernring 12 - 50667 Köln', `${returnLine} - Lindenallee 44 - 50667 Köln`, 'Herrn Mustafa van Dijk', 'Dr.-Ottmar-Kohler-Str. 70', '51789 Lindlar', 'Mahnung – Mietrückstand 2.443,36 EUR'], {
            source: 'ocr',
            confidence: (t) => (t === 'Aqgertal' ? 0.51 : 0.95),
          }),
        ],
        context,
      ).fields.landlord?.value;
    expect(letter('Aggertal Wohnbau eG', 'Aqgertal Wohnbau eG')).toBe('Aggertal Wohnbau eG');
    expect(letter('Wohnbau Nord GmbH', 'Wohnbau Süd GmbH')).toBe('Wohnbau Süd GmbH');
  });

  it('does not take the prevention service as tenant or its address as the flat when a notice lost its text', () => {
    const f = read([
      'Gerichtsvollzieher Thomas Riedel',
      'Gerichtsvollzieher Thomas Riedel - Kirchstraße 9 - 51545 Waldbröl',
      'Oberbergischer Kreis - Ordnungsamt /\tGeschäftszeichen: DR I 2936/26',
      'Obdachlosenhilfe\tDatum: 09.12.2026',
      'Moltkestraße 42',
      '51643 Gummersbach',
      'Räumungstermin - Mitteilung gemäß § 130 Abs. 3 GVGA',
      'Der Räumungstermin ist auf Donnerstag, 21.01.2027, 8.30 Uhr festgesetzt.',
    ]);
    expect(f.address).toBeNull();
    expect(f.tenants).toBeNull();
  });
});

it('reads the amount of a judgment\'s tenor when OCR read the space after "an die Klägerseite" as a dot', () => {
  const f = read([
    'Amtsgericht Wipperfürth',
    'Im Namen des Volkes',
    'Anerkenntnisurteil',
    '2, Die/Der Beklagte wird verurteilt, an die Klägerseite.1.369,93 € nebst Zinsen in Höhe',
    'von 5 Prozentpunkten über dem Basiszinssatz zu zahlen.',
  ]);
  expect(f.arrears?.value).toBe(136993);
});

describe('residual skew', () => {
  /** Two columns of text tilted by `slope` (dy per dx): the right end of a line sits lower than its start. */
  function tilted(slope: number): Page {
    const page = pageFromLines([
      'Sehr geehrte Damen und Herren, | Weiterleitung: Mitteilung über einen Räumungstermin',
      'in der Anlage übersenden wir Ihnen | die Mitteilung über einen Räumungstermin mit der Bitte',
      'um Prüfung. Die betroffene Person | ist uns nicht bekannt und wohnt hier.',
      'Bitte teilen Sie uns das Ergebnis | Ihrer Kontaktaufnahme mit, danke sehr.',
    ]);
    return { ...page, words: page.words.map((w) => ({ ...w, bbox: [w.bbox[0], w.bbox[1] + slope * w.bbox[0], w.bbox[2], w.bbox[3] + slope * w.bbox[2]] })) };
  }

  it('estimates the slope from neighbouring words and groups lines along it', () => {
    const page = tilted(0.03);
    expect(estimateSlope(page.words)).toBeCloseTo(0.03, 2);
    const lines = buildLines(page.words).map((l) => l.map((w) => w.text).join(' '));
    expect(lines[0]).toBe('Sehr geehrte Damen und Herren, Weiterleitung: Mitteilung über einen Räumungstermin');
    expect(lines).toHaveLength(4);
  });

  it('reports no slope for a level page', () => {
    expect(estimateSlope(tilted(0).words)).toBe(0);
  });

  it('does not weave two lines together where a table of amounts leads the slope astray (seed 20261211 doc-015)', () => {
    // A level page: a letter's two lines, then a table whose "0,00" (its comma hangs below the line) stands
    // before "Euro" in every row, so pairs of neighbours all lean the same way.
    const letter = pageFromLines(['Sehr geehrte Frau Fuchs, nachstehend die Aufstellung Ihres Mietkontos', '(monatliche Miete 350,00 Euro):']);
    const rows = Array.from({ length: 12 }, (_, i) => {
      const y = 0.4 + i * 0.02;
      return [
        { text: '0,00', bbox: [0.3, y, 0.35, y + 0.0125] as const, confidence: 0.96 },
        { text: 'Euro', bbox: [0.36, y, 0.41, y + 0.01] as const, confidence: 0.96 },
        { text: '0,00', bbox: [0.5, y, 0.55, y + 0.0125] as const, confidence: 0.96 },
        { text: 'Euro', bbox: [0.56, y, 0.61, y + 0.01] as const, confidence: 0.96 },
      ];
    }).flat();
    const words = [...letter.words, ...rows.map((w) => ({ ...w, bbox: [...w.bbox] as [number, number, number, number] }))];
    expect(estimateSlope(words)).toBeLessThan(-0.01);
    const lines = buildLines(words).map((l) => l.map((w) => w.text).join(' '));
    expect(lines[0]).toBe('Sehr geehrte Frau Fuchs, nachstehend die Aufstellung Ihres Mietkontos');
    expect(lines[1]).toBe('(monatliche Miete 350,00 Euro):');
  });

  /** A page as the reader gave it for a generated notice (test/fixtures/ocr-pages). */
  function ocrPage(name: string): Page {
    const fixture = JSON.parse(readFileSync(new URL(`../../fixtures/ocr-pages/${name}.json`, import.meta.url), 'utf8')) as { words: [string, number, number, number, number, number][] };
    const words = fixture.words.map(([text, x0, y0, x1, y1, confidence]) => ({ text, bbox: [x0, y0, x1, y1] as const, confidence }));
    return { number: 1, widthPt: 595, heightPt: 842, source: 'ocr', words, rotation: 0, confidence: 0.93 };
  }

  it('reads a level page whose table of amounts misleads the slope (seed 20261211 doc-015, as read)', () => {
    const f = extractDocument([ocrPage('amounts-table-misleads-slope')], { gazetteer, today: '2025-06-01' }).fields;
    expect(f.address?.value).toMatchObject({ street: 'Friedrich-Ebert-Straße', houseNumber: '42', postalCode: '51503', city: 'Rösrath', addition: 'Dachgeschoss' });
    expect(f.monthlyRent?.value).toBe(35000);
  });

  it('parts two lines that one tall word box wove into one (seed 20261216 doc-039, as read)', () => {
    const page = ocrPage('word-box-reaches-next-line');
    const lines = buildLines(page.words).map((l) => l.map((w) => w.text).join(' '));
    expect(lines).toContain('09.08.1995, wohnhaft Zur Alten Mühle 64, 2. OG links, 51702 Bergneustadt, auf');
    expect(lines).toContain('Räumung und Herausgabe der Wohnung eingegangen ist.');
    const f = extractDocument([page], { gazetteer, today: '2025-06-01' }).fields;
    expect(f.address?.value).toMatchObject({ street: 'Zur Alten Mühle', houseNumber: '64', postalCode: '51702', addition: '2. OG links' });
  });

  it('keeps reading a level table along its rows where one speck hangs below a line (seed 20261130 doc-022, as read)', () => {
    const f = extractDocument([ocrPage('table-label-between-value-lines')], { gazetteer, today: '2025-06-01' }).fields;
    expect(f.landlord?.value).toBe('Bergische Wohnstätten GmbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Svetlana Brückner']);
  });
});
