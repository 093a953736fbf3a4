import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines } from '../../support/page-factory.js';

/**
 * Roles where letters and forms put the parties in other places than a labelled line: blocks side by side, a
 * list lettered "a)" / "b)", a bracketed role in a sentence, a letter's subject, a window under postal
 * endorsements. Worded in the manner of the tuned sources (courts, Jobcenters and landlords in Bavaria, courts
 * in the east), with names and places of our own.
 */
const gazetteer = {
  courts: ['Ingolstadt', 'Landshut', 'Nürnberg'],
  towns: [
    { name: 'Ingolstadt', postalCodes: ['85049', '85051', '85055'] },
    { name: 'Landshut', postalCodes: ['84028', '84034', '84036'] },
    { name: 'Nürnberg', postalCodes: ['90402', '90461'] },
    { name: 'Bamberg', postalCodes: ['96047', '96052'] },
    { name: 'München', postalCodes: ['80339', '80469'] },
  ],
};
const read = (lines: string[]) => extractDocument([pageFromLines(lines)], { gazetteer, today: '2025-06-01' }).fields;
const names = (lines: string[]) => read(lines).tenants?.value.map((t) => t.name) ?? null;

describe('the parties in two blocks side by side (court forms)', () => {
  const lines = [
    'Amtsgericht Ingolstadt | Aktenzeichen 10 C 2842/25',
    'Mitteilung nach § 22 Abs. 9 SGB II',
    'Klägerin: | Beklagte Partei:',
    'Donautal Wohnbau GmbH | Herr Lorenz Ebner',
    'Goethestraße 146 | Kirchenweg 121',
    '85055 Ingolstadt | Whg. 7, 4. OG',
    ' | 85051 Ingolstadt',
    'Prozessbevollmächtigte:',
    'Kanzlei Eibl, Maximilianstraße 58, 85049 Ingolstadt',
    'Die Klage ist bei Gericht eingegangen am 02.06.2025',
  ];

  it('reads each column top to bottom: the landlord on the left, the tenant and the flat on the right', () => {
    const f = read(lines);
    expect(f.landlord?.value).toBe('Donautal Wohnbau GmbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Lorenz Ebner']);
    expect(f.address?.value).toMatchObject({ street: 'Kirchenweg', houseNumber: '121', postalCode: '85051', addition: 'Whg. 7, 4. OG' });
  });

  it('reads a row of a label and a counsel’s name across, as a table row', () => {
    const f = read(['Klägerin: | Donautal Wohnbau GmbH', 'Prozessbevollmächtigte | Rechtsanwälte Gärtner & Yıldız', 'Beklagte: | Lorenz Ebner']);
    expect(f.landlord?.value).toBe('Donautal Wohnbau GmbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Lorenz Ebner']);
  });
});

describe('parties under lettered labels (MiZi forms)', () => {
  it('takes "b) Beklagte" as the label over the tenant written family name first', () => {
    const f = read([
      'Amtsgericht Landshut | Az. 3 C 2238/25',
      '2. Parteien',
      'a) Klägerin',
      'Baugenossenschaft Isar-Vils eG, Niedermayerstraße 61, 84036 Landshut',
      'b) Beklagte',
      'Żak, Katarzyna',
      'wohnhaft: Max-Planck-Str. 37, 84036 Landshut',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Katarzyna Żak']);
    expect(f.landlord?.value).toBe('Baugenossenschaft Isar-Vils eG');
  });

  it('reads a label whose dotted leader OCR ended in junk instead of its colon', () => {
    const f = read([
      'MITTEILUNG IN ZIVILSACHEN (MiZi IV/1)',
      'KLAEGER/IN .......0.00000 : Isartal Wohnbau GmbH',
      'BEKLAGTE/R .............! HUBER, Leonie, geb. 12.03.1988',
      'RAEUMUNGSOBJEKT ........: Rosenweg 12',
      '84034 Landshut',
    ]);
    expect(f.tenants?.value).toEqual([{ name: 'Leonie Huber', birthDate: '1988-03-12' }]);
  });

  it('reads a form’s note of what to fill in after the role as part of its label ("– Name, Anschrift")', () => {
    const f = read([
      'Mitteilung nach § 22 Abs. 9 SGB II',
      '2 Klagende Partei (Vermieter) – Name, Anschrift',
      'Isartal Wohnbau GmbH',
      'Rosenweg 1, 84034 Landshut',
      '3 Beklagte Partei(en) (Mieter) – Name, Vorname, ggf. Geburtsdatum',
      'Leonie HUBER',
      '4 Anschrift der Wohnung',
      'Rosenweg 12',
      '84034 Landshut',
    ]);
    expect(f.landlord?.value).toBe('Isartal Wohnbau GmbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Leonie Huber']);
  });

  it('takes no inbox stamp beside or among the parties for a tenant ("FS Wohnraumsicherung …", its date)', () => {
    const f = read([
      'Amtsgericht Landshut | Az. 3 C 2238/25',
      'TERMINSNACHRICHT',
      'Rechtsstreit: Isartal Wohnbau GmbH | Eingang',
      'gegen: Huber, Leonie / Berger, Tobias 12. Mai 2025',
      'Wohnung | : Rosenweg 12, 84034 Landshut | FS Wohnraumsicherung Isar |',
    ]);
    // The stamp's date, read into the line of names, is no birth date of a tenant either (under 16).
    expect(f.tenants?.value).toEqual([
      { name: 'Leonie Huber', birthDate: null },
      { name: 'Tobias Berger', birthDate: null },
    ]);
  });

  it('keeps a family name that starts with a particle whole ("De Luca, Ana Paula")', () => {
    expect(names(['Beklagte(r): De Luca, Ana Paula, geb. 06.09.1969'])).toEqual(['Ana Paula De Luca']);
    expect(names(['Beklagte: Ali Reza van Dijk, Renée Dubois'])).toEqual(['Ali Reza van Dijk', 'Renée Dubois']);
  });
});

describe('a role in brackets after a name in a sentence (Jobcenters’ and Sozialämter’s letters)', () => {
  it('takes the name before the bracket, not the salutation the sentence starts after', () => {
    const landlord = (name: string) => read(['Guten Tag,', `für die oben genannte Wohnung besteht gegenüber ${name} (Vermieter/in) ein`, 'Mietrückstand in Höhe von 4.418,75 EUR.']).landlord?.value;
    expect(landlord('Theresia Obermaier')).toBe('Theresia Obermaier');
    expect(landlord('Chiemgau Wohnen eG')).toBe('Chiemgau Wohnen eG');
    expect(landlord('Erbengemeinschaft nach Anna Gschwendtner')).toBe('Erbengemeinschaft nach Anna Gschwendtner');
  });
});

describe('a letter’s subject that names the household (Jobcenters’ letters to the service)', () => {
  it('reads the names after the dash as the tenants, for review, also when the list wraps', () => {
    const f = read([
      'Jobcenter Nürnberg · Landratsamtsplatz 1 · 90402 Nürnberg',
      'Fachstelle Wohnraumsicherung',
      'Ganghofer Hof 7',
      '80339 München',
      'Mietschulden – Andreas Pöschl, Sabine Pöschl, Thomas Pöschl, Andreas-Maria',
      'Pöschl',
      'Wohnung: Am Schlossberg 57a, 90461 Nürnberg',
      'Sehr geehrte Damen und Herren,',
      'für die oben genannte Wohnung besteht ein Mietrückstand.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Andreas Pöschl', 'Sabine Pöschl', 'Thomas Pöschl', 'Andreas-Maria Pöschl']);
    expect(f.tenants!.confidence).toBeLessThan(0.9);
  });

  it('reads a household named on its own line before its address, above the salutation, for review', () => {
    const f = read([
      'Landratsamt Landshut · Veldener Straße 15 · 84036 Landshut',
      'Fachstelle Wohnraumsicherung',
      'Ganghofer Hof 7',
      '80339 München',
      'Auftrag nach Kooperationsvereinbarung — drohender Wohnungsverlust',
      'Milena Hofbauer, Rosenweg 12, 1. OG rechts, 84034 Landshut',
      'Sehr geehrte Kolleginnen und Kollegen,',
      'die oben genannte Bedarfsgemeinschaft ist von Wohnungslosigkeit bedroht.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Milena Hofbauer']);
    expect(f.tenants!.confidence).toBeLessThan(0.9);
  });

  it('takes no company or court named before an address on such a line', () => {
    const lines = (subject: string) => [subject, 'Sehr geehrte Damen und Herren,', 'anbei erhalten Sie die Mitteilung.'];
    expect(names(lines('Isartal Wohnbau GmbH, Rosenweg 12, 84034 Landshut'))).toBeNull();
    expect(names(lines('Amtsgericht Landshut, Maximilianstraße 22, 84028 Landshut'))).toBeNull();
  });

  it('takes no subject without names for tenants ("Räumungsklage – Amtsgericht Nürnberg, 27 C 3544/25")', () => {
    expect(names(['Räumungsklage – Amtsgericht Nürnberg, 27 C 3544/25', 'Sehr geehrte Damen und Herren,', 'anbei erhalten Sie die Mitteilung.'])).toBeNull();
  });

  it('takes a birth date printed where a tenant’s name stands again', () => {
    const f = read([
      'Ihr Antrag auf Übernahme von Mietschulden - Grzegorz Zielinski, Seyma Günes',
      'Grzegorz Zielinski, geb. am 03.04.1956',
      'Seyma Günes, geb. am 01.03.2000',
      'Guten Tag,',
    ]);
    expect(f.tenants?.value).toEqual([
      { name: 'Grzegorz Zielinski', birthDate: '1956-04-03' },
      { name: 'Seyma Günes', birthDate: '2000-03-01' },
    ]);
  });
});

describe('a landlord’s letter with endorsements over the address and an info block beside it (landlords, lawyers)', () => {
  const letter = (returnLine: string) => [
    'Günther Pfisterer',
    'Schloßberg 3 · 96114 Hirschaid',
    `${returnLine} | Datum 30.06.2025`,
    'Per Einwurf-Einschreiben | Mieter-Nr. 56-5702',
    'Eheleute | Objekt 402/35',
    'Jelena und Armin Babić',
    'Jahnstraße 43',
    '96052 Bamberg',
    'Fristlose Kündigung des Mietverhältnisses über die Wohnung Jahnstraße 43, 96052 Bamberg',
    'Sehr geehrte Frau Babić, sehr geehrter Herr Babić,',
  ];

  it('reads the addressees as the tenants, not the endorsement or the tenant number', () => {
    const f = read(letter('Günther Pfisterer, Schloßberg 3, 96114 Hirschaid'));
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Jelena Babić', 'Armin Babić']);
    expect(f.landlord?.value).toBe('Günther Pfisterer');
  });
});

describe('a continuing list of given-name-first persons (court software)', () => {
  it('joins a given name at a line’s end to the family name alone on the next line', () => {
    expect(names(['Rechtsstreit: Südstern Immobilien KG', 'gegen Ali Reza Moreau, Zahra Moreau, Jean-Pierre', 'Moreau', 'Wohnung: Sonnenstr. 13, 80469 München'])).toEqual([
      'Ali Reza Moreau',
      'Zahra Moreau',
      'Jean-Pierre Moreau',
    ]);
  });

  it('leaves a list written family name first as it is ("Kaya, Ayşe" + "Kaya, Uğur")', () => {
    expect(names(['Beklagte:', 'Kaya, Ayşe', 'Kaya, Uğur'])).toEqual(['Ayşe Kaya', 'Uğur Kaya']);
  });
});

describe('the month’s rent and its parts (landlords’ and lawyers’ terminations)', () => {
  it('takes the total rent, not the base rent in brackets after it', () => {
    const f = read([
      'Die monatliche Miete für die von Ihnen genutzte Wohnung beträgt € 793,00 (Grundmiete € 568,00 zuzüglich',
      'Betriebskostenvorauszahlung € 225,00). Trotz Mahnung sind folgende Beträge offen:',
      'Rückstand insgesamt € 3.005,00',
    ]);
    expect(f.monthlyRent?.value).toBe(79300);
    expect(f.arrears?.value).toBe(300500);
  });
});
