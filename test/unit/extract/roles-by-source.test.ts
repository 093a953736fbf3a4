import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines } from '../../support/page-factory.js';

/**
 * Candidates and their roles on the ways different senders write the same facts. Each case is worded in the
 * manner of one of the sample sources by other authors (court registry forms, lawyers and bailiffs, courts in the
 * south and east, Rhineland cities; the sources tuned on, never a held-out one), with names and places of our own. A case tests a
 * mechanism (a role by its section, its label, its place in a sentence), so each asserts the roles a worker needs.
 */
const gazetteer = {
  courts: ['Nürnberg', 'Gummersbach', 'Dortmund', 'Leipzig', 'Waldbröl'],
  towns: [
    { name: 'Nürnberg', postalCodes: ['90429', '90443', '90473'] },
    { name: 'Gummersbach', postalCodes: ['51643', '51645'] },
    { name: 'Dortmund', postalCodes: ['44135', '44137', '44139'] },
    { name: 'Leipzig', postalCodes: ['04103', '04177'] },
    { name: 'Morsbach', postalCodes: ['51597'] },
    { name: 'Duisburg', postalCodes: ['47051', '47053', '47119'] },
  ],
};
const read = (lines: string[]) => extractDocument([pageFromLines(lines)], { gazetteer, today: '2025-06-01' }).fields;
const names = (lines: string[]) => read(lines).tenants?.value.map((t) => t.name) ?? null;

describe('a case named "X gegen Y" (court software, south)', () => {
  const f = read([
    'Amtsgericht Nürnberg | Geschäftsnummer 27 C 6760/25',
    'Terminsmitteilung',
    'Verfahren | Ingeborg Haselmaier-Roth gegen Kaya',
    'Beklagte | Kaya, Emre',
    'Wohnung | Schweinauer Hauptstr. 12, 90473 Nürnberg',
    'Termin | Dienstag, 16.09.2025, 13:00 Uhr',
  ]);

  it('takes the name before "gegen" for the landlord and the labelled defendant for the tenant', () => {
    expect(f.landlord?.value).toBe('Ingeborg Haselmaier-Roth');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Emre Kaya']);
    expect(f.hearing?.value).toMatchObject({ date: '2025-09-16', time: '13:00' });
  });

  it('takes no cut-off landlord from a sentence that runs on into the line with "gegen"', () => {
    const g = read([
      'in dem Rechtsstreit (Klageeingang am 28.04.2025) der Gemeinnützigen',
      'Bauhilfe Wiehl eG gegen Herrn Emre Kaya, Bahnhofstraße 8, 51597 Morsbach, ist Termin bestimmt.',
    ]);
    expect([null, 'Gemeinnützigen Bauhilfe Wiehl eG']).toContain(g.landlord?.value ?? null);
    expect(g.tenants?.value.map((t) => t.name)).toEqual(['Emre Kaya']);
  });
});

describe('a rubrum with "./." and no role words (lawyers’ and courts’ letters)', () => {
  it('gives the claimant before and the defendants after the versus', () => {
    const f = read(['In dem Rechtsstreit', 'Wohnbau Aggertal eG ./. Ionut Popescu und Maria Popescu', 'wegen Räumung']);
    expect(f.landlord?.value).toBe('Wohnbau Aggertal eG');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Ionut Popescu', 'Maria Popescu']);
  });
});

describe('parties numbered under "gegen" with one address for both (registry forms)', () => {
  it('reads each numbered tenant and the shared flat', () => {
    const f = read([
      'Amtsgericht Dortmund',
      'Aktenzeichen: 425 C 1234/25',
      'In Sachen',
      'Westfalenheim Wohnen GmbH, Kampstraße 1, 44137 Dortmund',
      '– Klägerin –',
      'gegen',
      '1. Dariusz Nowak',
      '2. Agnieszka Nowak',
      'beide wohnhaft: Rheinische Str. 40, 44137 Dortmund',
      '– Beklagte –',
      'ist am 14.03.2025 eine Räumungsklage eingegangen.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Dariusz Nowak', 'Agnieszka Nowak']);
    expect(f.address?.value).toMatchObject({ street: 'Rheinische Straße', houseNumber: '40', postalCode: '44137', city: 'Dortmund' });
    expect(f.landlord?.value).toBe('Westfalenheim Wohnen GmbH');
    expect(f.claimReceived?.value).toBe('2025-03-14');
  });
});

describe('a bailiff’s notice (creditor and debtors by their side)', () => {
  const f = read([
    'Obergerichtsvollzieherin Petra Albers',
    'DR II 512/25',
    'Mitteilung über einen Räumungstermin',
    'In der Zwangsvollstreckungssache',
    'Wohnungsgenossenschaft Lindenau eG',
    '– Gläubigerseite –',
    'gegen',
    'Sergej Iwanow',
    'Olga Iwanowa',
    'Lützner Straße 77, 04177 Leipzig',
    '– Schuldnerseite –',
    'wird die Räumung der Wohnung auf Dienstag, den 14.10.2025, 09:00 Uhr, festgesetzt.',
    'Vollstreckungstitel: Versäumnisurteil des Amtsgerichts Leipzig vom 02.06.2025, Az. 108 C 77/25',
  ]);

  it('reads the debtors on lines of their own as tenants and the creditor as landlord', () => {
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Sergej Iwanow', 'Olga Iwanowa']);
    expect(f.landlord?.value).toBe('Wohnungsgenossenschaft Lindenau eG');
  });

  it('joins the date after "Räumung … auf" to the eviction, not to a hearing', () => {
    expect(f.evictionDate?.value).toEqual({ date: '2025-10-14', time: '09:00' });
    expect(f.hearing?.value ?? null).toBeNull();
  });
});

describe('prose of a court’s notice (no labels at all)', () => {
  it('finds the flat, the tenant after "gegen die Mieterin" and the rent in a sentence of its own', () => {
    const f = read([
      'Amtsgericht Gummersbach',
      'Az.: 3 C 271/25',
      'Mitteilung nach § 22 Abs. 9 SGB II',
      'hiermit teilen wir mit, dass am 03.02.2025 eine Klage der Bergland Wohnen GmbH auf Räumung der Wohnung',
      'Hohe Straße 5, 51643 Gummersbach',
      'gegen die Mieterin Frau Svetlana Petrović eingegangen ist.',
      'Die monatlich zu entrichtende Miete beträgt 612,50 EUR. Der Rückstand beläuft sich auf 1.837,50 EUR.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Svetlana Petrović']);
    expect(f.address?.value).toMatchObject({ street: 'Hohe Straße', houseNumber: '5', postalCode: '51643' });
    expect(f.landlord?.value).toBe('Bergland Wohnen GmbH');
    expect(f.monthlyRent?.value).toBe(61250);
    expect(f.arrears?.value).toBe(183750);
    expect(f.claimReceived?.value).toBe('2025-02-03');
  });
});

describe('label synonyms of one field across senders', () => {
  const rent = (label: string) => read(['Amtsgericht Dortmund', 'Az. 425 C 99/25', `${label} | 540,00 €`]).monthlyRent?.value ?? null;

  it.each(['Monatliche Miete', 'Mietzins monatlich', 'Nutzungsentschädigung mtl.', 'Gesamtmiete (brutto warm)', 'Miete inkl. NK'])(
    'reads the rent labelled "%s"',
    (label) => expect(rent(label)).toBe(54000),
  );

  it('does not take a court fee or the value in dispute for the rent', () => {
    expect(rent('Streitwert')).toBeNull();
    expect(rent('Gerichtskosten')).toBeNull();
  });
});

describe('a name broken by OCR’s small l for a capital I (registry forms on a fax)', () => {
  it('keeps the given name with its own family name instead of lending it the next tenant’s', () => {
    expect(names(['Beklagte: lbrahim Demir und Elif Yıldız', 'wohnhaft Talstraße 3, 51643 Gummersbach'])).toEqual(['Ibrahim Demir', 'Elif Yıldız']);
  });
});

describe('a landlord named inside a sentence (cover letters, lawyers’ letters)', () => {
  it('ends the name where the sentence goes on, in brackets or not', () => {
    const f = read(['Herr Emre Kaya, wohnhaft Talstraße 3, 51643 Gummersbach, bezieht Leistungen.', 'Nach Angaben der Vermieterin (Renate Ohlig) besteht ein Mietrückstand von 1.200,00 €.']);
    expect(f.landlord?.value).toBe('Renate Ohlig');
  });

  it('steps over a speck’s lone small letter between two parts of a name', () => {
    expect(read(['In dem Rechtsstreit', 'Karl-Heinz z Dallmayr-Fink, Am Anger 3, 90429 Nürnberg', '– Kläger –', 'gegen', 'Emre Kaya', '– Beklagter –']).landlord?.value).toBe('Karl-Heinz Dallmayr-Fink');
  });

  it('ends it at a line that starts a new sentence, and keeps a company’s name to its legal form', () => {
    expect(read(['Fristlose Kündigung', 'Mandantin: Cemile Aksoy-Brandt', 'Sehr geehrter Herr Kaya,', 'hiermit zeigen wir an …']).landlord?.value).toBe('Cemile Aksoy-Brandt');
    expect(read(['Wir vertreten die Vermieterin Gesellschaft für Wohnen am Rhein mbH und kündigen das Mietverhältnis.']).landlord?.value).toBe('Gesellschaft für Wohnen am Rhein mbH');
  });
});


describe('a judgment’s instructions on appeal (courts in the east, read from a fax)', () => {
  it('takes no tenant from "Gegen: dieses Urteil …" where a speck made a colon of the sentence’s start', () => {
    expect(
      names([
        'Amtsgericht Leipzig',
        'Az.: 108 C 77/25',
        'Versäumnisurteil',
        'In dem Rechtsstreit',
        'Wohnungsgenossenschaft Lindenau eG',
        '– Klägerin –',
        'gegen',
        'Frau Selam Tesfaye, Lützner Straße 77, 04177 Leipzig',
        '– Beklagte –',
        'Die Beklagte wird verurteilt, die Wohnung zu räumen.',
        'Gegen: dieses Urteil ist das Rechtsmittel der Berufung gegeben, wenn der Wert 600,00 € übersteigt.',
      ]),
    ).toEqual(['Selam Tesfaye']);
  });
});

describe('a judgment naming the flat twice (courts in the south, lawyers’ e-filed judgments)', () => {
  it('takes the addition from the tenor when the parties’ line gives the flat without it', () => {
    const f = read([
      'Amtsgericht Nürnberg',
      'Az.: 27 C 581/25',
      'Endurteil',
      'In dem Rechtsstreit',
      'Wohnungsgenossenschaft Frankenheim eG, Fürther Str. 2, 90429 Nürnberg',
      '– Klägerin –',
      'gegen',
      'Herrn Dmitri Sokolow, geb. 15.11.1974, Schweinauer Hauptstr. 12, 90473 Nürnberg,',
      '– Beklagter –',
      'wegen Räumung',
      '1. Der Beklagte wird verurteilt, die Wohnung Schweinauer Hauptstraße 12, Whg. 7, 90473 Nürnberg,',
      'zu räumen und an die Klägerin herauszugeben.',
    ]);
    expect(f.address?.value).toEqual({ street: 'Schweinauer Hauptstraße', houseNumber: '12', postalCode: '90473', city: 'Nürnberg', addition: 'Whg. 7' });
  });
});

describe('a hearing set in a block of sub-labels (court software, east and south)', () => {
  const lines = [
    'Amtsgericht Lichtenberg | Datum',
    '14.04.2025',
    'Geschäftszeichen: 10 C 987/25',
    'Terminsbenachrichtigung',
    'In dem Rechtsstreit',
    'Spreebogen Wohnbau GmbH',
    '– Klägerin –',
    'gegen',
    '1. Weißbach, Karl-Heinz',
    '2. Weißbach, Manuela',
    'alle wohnhaft Am Berl 56, 10315 Berlin',
    '– Beklagte –',
    'wegen Räumung und Zahlung',
    'Sehr geehrte Damen und Herren,',
    'in der oben genannten Sache erhalten Sie Nachricht über den Termin.',
    'Die Parteien sind geladen.',
    'Das persönliche Erscheinen ist angeordnet.',
    'Termin zur mündlichen Verhandlung ist anberaumt auf:',
    'Datum: | Freitag, 20.06.2025',
    'Uhrzeit: | 10:00 Uhr',
    'Ort: | Saal 118, 1. OG',
    'Terminsverlegungen werden gesondert mitgeteilt.',
  ];

  it('takes the date under "anberaumt auf:" for the hearing, not for the letter’s date, and a general word on postponements does not unset it', () => {
    const f = read(lines);
    expect(f.hearing?.value).toMatchObject({ date: '2025-06-20', time: '10:00' });
  });
});

describe('a private landlord’s termination (letters by landlords in the south and east)', () => {
  it('takes no hearing from a sentence that ends with "Termin." before the date of the next one', () => {
    const f = read([
      'Annegret Brückl · Am Anger 3 · 90429 Nürnberg',
      'Herrn Emre Kaya',
      'Schweinauer Hauptstr. 12',
      '90473 Nürnberg',
      'Nürnberg, 12.05.2026',
      'Fristlose Kündigung',
      'Sehr geehrter Herr Kaya,',
      'die Miete beträgt 1.013,75 EUR im Monat. Offen sind inzwischen 3.026,05 EUR.',
      'Deshalb kündige ich das Mietverhältnis fristlos.',
      'Vorsorglich kündige ich hilfsweise auch ordentlich zum nächsten zulässigen',
      'Termin.',
      'Bitte geben Sie die Wohnung bis spätestens 09.06.2026 mit allen Schlüsseln',
      'zurück.',
    ]);
    expect(f.hearing?.value ?? null).toBeNull();
    expect(f.ordinaryTermination?.value).toBe(true);
  });
});

describe('a lawyer’s termination with an ordinary notice in the alternative (lawyers’ letters)', () => {
  it('does not take "zum nächstmöglichen Termin, … zum 31.05.2026" for a hearing', () => {
    const f = read([
      'Dr. Sommer · Adrian Rechtsanwälte, Königswall 21, 44137 Dortmund',
      'Frau Elif Arslan',
      'Rheinische Str. 51c',
      '44369 Dortmund',
      'Fristlose, hilfsweise ordentliche Kündigung',
      'Sehr geehrte Frau Arslan,',
      'Der Rückstand beläuft sich derzeit auf 1.046,03 €. Wir kündigen das Mietverhältnis fristlos.',
      'Hilfsweise kündigen wir das Mietverhältnis ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB',
      'zum nächstmöglichen Termin, nach unserer Berechnung zum 31.05.2026.',
    ]);
    expect(f.hearing?.value ?? null).toBeNull();
    expect(f.arrears?.value).toBe(104603);
  });
});

describe('receipts of other things than the claim (Jobcenters’ and lawyers’ letters)', () => {
  it('takes no claim date from an application that came in, and still one from the claim', () => {
    const jobcenter = read([
      'Jobcenter Dortmund',
      'Jobcenter Dortmund, Steinstraße 39, 44147 Dortmund',
      'Stadt Dortmund | Datum | 29.06.2026',
      'Fachstelle Wohnraumsicherung',
      'Antrag auf Übernahme von Mietschulden nach § 22 Abs. 8 SGB II',
      'Leistungsberechtigte: Elif Arslan',
      'Sehr geehrte Damen und Herren,',
      'bei uns ist am 27.06.2026 ein Antrag auf Übernahme von Mietrückständen',
      'eingegangen. Nach den vorliegenden Unterlagen ergibt sich Folgendes:',
      'Wohnung: | Rheinische Str. 51c, 44369 Dortmund',
      'Rückstand lt. Vermieter: | 1.502,00 €',
      'Räumungsklage: | Amtsgericht Dortmund, 425 C 12/26',
    ]);
    expect(jobcenter.claimReceived?.value ?? null).toBeNull();
    const court = read(['Amtsgericht Dortmund', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Az.: 425 C 12/26', 'Die Klage ist am 12.03.2026 bei Gericht eingegangen.']);
    expect(court.claimReceived?.value).toBe('2026-03-12');
  });

  it('reads the letter’s date in a cell after "Dortmund, den", so a later receipt stamp is no claim date', () => {
    const f = read([
      'Rechtsanwälte Sommer & Adrian',
      '44369 Dortmund | Dortmund, den | 24.09.2025',
      'Stadt Dortmund',
      'Fachstelle Wohnen - Eingang',
      '13.10.2025',
      'Fristlose Kündigung des Mietverhältnisses über die Wohnung Kielstr. 9a, 44369 Dortmund',
      'Sehr geehrte Frau Arslan, wir kündigen das Mietverhältnis fristlos.',
    ]);
    expect(f.claimReceived?.value ?? null).toBeNull();
  });
});

describe('a court’s prose notice with the birth date in brackets (courts in the east)', () => {
  it('keeps each "(geboren am …)" a birth date, and the date of "ist am … eine Klage … eingegangen" the claim’s', () => {
    const f = read([
      'Amtsgericht Leipzig',
      'Geschäfts-Nr. 101 C 6760/24',
      'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII',
      'Sehr geehrte Damen und Herren,',
      'bei dem Amtsgericht Leipzig ist am 30. Mai 2024 eine Klage von Matthias Liebig,',
      'Zum Wäldchen 41, 04318 Leipzig, gegen Frau Ama Mensah (geboren am 31.08.1960) und Herrn Kwame Mensah (geboren am',
      '23.07.1956) eingegangen. Die Klage ist auf Räumung und Herausgabe der Wohnung',
      'Lützner Straße 63, 04177 Leipzig sowie auf Zahlung gerichtet.',
    ]);
    expect(f.claimReceived?.value).toBe('2024-05-30');
    expect(f.tenants?.value).toEqual([{ name: 'Ama Mensah', birthDate: '1960-08-31' }, { name: 'Kwame Mensah', birthDate: '1956-07-23' }]);
  });
});

describe('several birth dates in one notice (registry forms)', () => {
  it('gives every birth date its role, so none is left over for the claim', () => {
    const f = read([
      'Amtsgericht Dortmund',
      'Mitteilung nach § 22 Abs. 9 SGB II',
      'Aktenzeichen: 425 C 1234/25',
      'Beklagte: 1. Dariusz Nowak (geb. 03.04.1971), 2. Agnieszka Nowak (geb. 12.09.1975),',
      '3. Piotr Nowak (geb. 30.01.1999)',
      'wohnhaft Rheinische Str. 40, 44137 Dortmund',
      'Die Klage ist eingegangen.',
    ]);
    expect(f.tenants?.value.map((t) => t.birthDate)).toEqual(['1971-04-03', '1975-09-12', '1999-01-30']);
    expect(f.claimReceived?.value ?? null).toBeNull();
  });
});

describe('a receipt stamp on the page (every source’s scans)', () => {
  it('takes the stamp’s "EINGEGANGEN" date for no claim date, while a form printed in capitals keeps its receipt label', () => {
    const judgment = read([
      'Amtsgericht Leipzig',
      'Az.: 101 C 6760/24',
      'Versäumnisurteil',
      'Der Beklagte wird verurteilt, die Wohnung Lützner Straße 63, 04177 Leipzig, zu räumen.',
      'Das Urteil ist vorläufig vollstreckbar.',
      'EINGEGANGEN',
      '13.08.2024',
      'Fachstelle Wohnungssicherung',
    ]);
    expect(judgment.claimReceived?.value ?? null).toBeNull();
    const mainframe = read(['AMTSGERICHT GUMMERSBACH', 'MITTEILUNG NACH PARAGRAPH 22 ABS. 9 SGB II', 'AKTENZEICHEN: 3 C 271/09', 'EINGANG DER KLAGE: 06.05.2009', 'BEKLAGTER: MUELLER, HANS']);
    expect(mainframe.claimReceived?.value).toBe('2009-05-06');
  });
});

describe('tenants listed with commas in a sentence (cover letters)', () => {
  it('splits whole names listed with a comma in a sentence that goes on', () => {
    expect(names(['Sehr geehrte Damen und Herren,', 'das Amtsgericht hat uns über eine Räumungsklage gegen Wojciech Zieliński, Adaeze Tesfaye informiert.'])).toEqual([
      'Wojciech Zieliński',
      'Adaeze Tesfaye',
    ]);
  });
});

describe('a lawyer’s termination naming the client in the opening sentence (lawyers’ letters)', () => {
  it('takes the client for the landlord, not the law firm of the letterhead', () => {
    const f = read([
      'Stommel & Berghoff Rechtsanwälte PartG mbB',
      'Stommel & Berghoff Rechtsanwälte PartG mbB - Kaiserstraße 48 - 51643 Gummersbach',
      'Frau Mirela Berisha',
      'Höhenweg 47',
      '51545 Waldbröl',
      'Kündigung des Mietvertrages',
      'Sehr geehrte Frau Berisha,',
      'hiermit zeigen wir an, dass uns die Rheinblick Wohnen SE mit der',
      'Wahrnehmung ihrer rechtlichen Interessen beauftragt hat.',
    ]);
    expect(f.landlord?.value).toBe('Rheinblick Wohnen SE');
  });
});

describe('a bailiff’s letter setting the eviction in prose (bailiffs in the east)', () => {
  it('joins "die Räumung der Wohnung" + the flat + "auf Mittwoch, den 16. Juli 2025 … bestimmt" to the eviction, not the title’s date', () => {
    const f = read([
      'Obergerichtsvollzieherin Kerstin Rauschenbach',
      'Stadt Leipzig | Leipzig, 3. Juni 2025',
      'Sozialamt – Abteilung Wohnhilfen | DR-Nr.: DR II 2606/25',
      'Räumungstermin',
      'Sehr geehrte Damen und Herren,',
      'in der Zwangsvollstreckungssache von Ines Hörnig, Eisenbahnstraße 24, 04177 Leipzig',
      '(Gläubigerin), gegen Rosaria Di Stefano (geb. 24.11.2005) (Schuldnerin) teile ich Ihnen mit,',
      'dass ich aufgrund des Versäumnisurteils des Amtsgerichts Leipzig vom 4. März 2025, Az. 118 C 1276/24, die Räumung der Wohnung',
      'Lützner Str. 45a, DG',
      '04177 Leipzig',
      'auf Mittwoch, den 16. Juli 2025, 08.30 Uhr, bestimmt habe.',
    ]);
    expect(f.evictionDate?.value).toEqual({ date: '2025-07-16', time: '08:30' });
  });
});

describe('a summons form with the court’s address as the hearing’s venue (courts in the east)', () => {
  it('takes no flat from "Saal 230, <the court’s address>" under the parties', () => {
    const f = read([
      'Amtsgericht Leipzig | 118 C 1427/26',
      'Bernhard-Göring-Straße 64, 04275 Leipzig',
      'Stadt Leipzig',
      'Sozialamt',
      'Prager Straße 21',
      '04103 Leipzig',
      'Nachricht über den Verhandlungstermin',
      'Klagepartei: | Nordstern Wohnen GmbH',
      'Beklagte Partei: | Amra Berisha',
      '☒ Termin zur mündlichen Verhandlung ist bestimmt auf 30.03.2026, 11:45 Uhr,',
      'Saal 230, Bernhard-Göring-Straße 64, 04275 Leipzig',
    ]);
    expect(f.address?.value ?? null).toBeNull();
    expect(f.hearing?.value).toMatchObject({ date: '2026-03-30', time: '11:45' });
  });
});

describe('names with letters outside German read by OCR (every source’s scans)', () => {
  const lines = ['Amtsgericht Dortmund', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Aktenzeichen: 425 C 12/26', 'Beklagte: Barıs Arslan', 'wohnhaft Rheinische Str. 40, 44137 Dortmund'];

  it('asks a person to check them when they come from a scan, not from a text layer', () => {
    const scan = extractDocument([pageFromLines(lines, { source: 'ocr', confidence: 0.97 })], { gazetteer, today: '2025-06-01' }).fields.tenants;
    const digital = extractDocument([pageFromLines(lines)], { gazetteer, today: '2025-06-01' }).fields.tenants;
    expect(scan?.value.map((t) => t.name)).toEqual(['Barıs Arslan']);
    expect(scan!.confidence).toBeLessThan(0.9);
    expect(digital!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a hearing room named by a Roman numeral or with its floor after a slash (registry forms, courts in the south)', () => {
  it('reads "Sitzungssaal II" and "Saal 2.22 / 2. Stock" whole', () => {
    const room = (line: string) => read(['Amtsgericht Nürnberg', 'Terminsmitteilung', 'Az. 27 C 581/25', `Termin zur mündlichen Verhandlung: Mittwoch, 03.09.2025, 08:00 Uhr, ${line}`]).hearing?.value.room ?? null;
    expect(room('Sitzungssaal II')).toBe('Sitzungssaal II');
    expect(room('Saal 2.22 / 2. Stock')).toBe('Saal 2.22 / 2. Stock');
    expect(room('Saal 112, 1. OG')).toBe('Saal 112, 1. OG');
  });
});

describe('a table whose label cell wrapped above the next date row (our own court forms)', () => {
  it('leaves the next row’s date to its own label: a service date after the letter’s is still no hearing', () => {
    const f = read([
      'Amtsgericht Gummersbach',
      'Mitteilung nach § 22 Abs. 9 SGB II',
      'Gummersbach, 14.07.2025',
      'Aktenzeichen | 3 C 271/25',
      'Termin zur mündlichen | Donnerstag, 04.09.2025, 11:00 Uhr, Raum 104',
      'Verhandlung',
      'Rechtshängigkeit | am 22.07.2025',
    ]);
    expect(f.hearing?.value).toEqual({ date: '2025-09-04', time: '11:00', room: 'Raum 104' });
  });
});

describe('a sentence that goes on with a noun on the next line (registry forms in prose)', () => {
  it('joins "dass am 29. Juni 2026 bei dem hiesigen Gericht eine" + "Klage … eingegangen ist" to the claim', () => {
    const f = read([
      'Amtsgericht Waldbröl',
      'Mitteilung nach § 22 Abs. 9 SGB II',
      'Az.: 2 C 109/26',
      'hiermit wird Ihnen mitgeteilt, dass am 29. Juni 2026 bei dem hiesigen Gericht eine',
      'Klage der Rheinblick Wohnen SE, Uferpromenade 55, 53840 Troisdorf,',
      'gegen Herrn Timo Köhler, wohnhaft Talstraße 5, 51545 Waldbröl, auf Räumung eingegangen ist.',
      'Nach den Angaben in der Klageschrift beträgt die monatliche Miete 469,01 Euro.',
    ]);
    expect(f.claimReceived?.value).toBe('2026-06-29');
    expect(f.monthlyRent?.value).toBe(46901);
  });
});

describe('a rent named with what it includes (landlords’ and towns’ letters)', () => {
  it('reads "Die monatliche Miete einschließlich Betriebskostenvorauszahlung beträgt …" as the rent', () => {
    const f = read([
      'Stadt Radevormwald – Wohnungsverwaltung',
      'Außerordentliche fristlose Kündigung wegen Zahlungsverzugs',
      'Sehr geehrter Herr Yılmaz,',
      'Sie sind mit der Zahlung der Miete in Verzug. Die monatliche Miete einschließlich',
      'Betriebskostenvorauszahlung beträgt 1.063,12 €.',
      'Der Rückstand beläuft sich damit auf insgesamt 2.126,24 €.',
    ]);
    expect(f.monthlyRent?.value).toBe(106312);
    expect(f.arrears?.value).toBe(212624);
  });
});

describe('a summons to one defendant whose rubrum names them all (court letters, west)', () => {
  const summons = (window: string[], defendants: string) =>
    names([
      'Amtsgericht Dortmund',
      'Zivilabteilung',
      'Amtsgericht Dortmund, Postfach 10 50 27, 44047 Dortmund | Geschäfts-Nr.: 431 C 2030/26',
      `${window[0]} | Telefon: 0231 9260-0`,
      `${window[1]} | Telefax: 0231 9260-41199`,
      `${window[2]} | Servicezeiten: Mo-Fr 9-12 Uhr`,
      'Ladung zum Termin',
      `In dem Rechtsstreit Westfalia Quartier Immobilien GmbH ./. ${defendants}`,
      'werden Sie zur mündlichen Verhandlung geladen.',
    ]);

  it('takes the rubrum’s fuller list when it names the addressee too', () => {
    expect(summons(['Herrn Klaus-Dieter Wagner', 'Evinger Straße 53', '44135 Dortmund'], 'Klaus-Dieter, Ute und Jessica Wagner')).toEqual([
      'Klaus-Dieter Wagner',
      'Ute Wagner',
      'Jessica Wagner',
    ]);
  });

  it('keeps the addressee when the rubrum names other people, not them', () => {
    expect(summons(['Frau Carmela Greco', 'Rheinische Straße 73', '44139 Dortmund'], 'Rüdiger Dahlhaus und Michael Dahlhaus')).toEqual(['Carmela Greco']);
  });
});

describe('a bailiff’s table of the persons to be evicted (bailiffs of Rhineland cities)', () => {
  const lines = (intro: string) => [
    'Der Gerichtsvollzieher bei dem Amtsgericht Duisburg',
    'Geschäftszeichen: DR II 409/25',
    'Zwangsvollstreckungssache Ruhrbogen Wohnbau AG gegen Lo Bianco / Papadakis',
    intro,
    'Nr. Name, Vorname | geb. am | Anschrift',
    '1 Lo Bianco, Maria Grazia | 21.12.1980 | Duisburger Allee 16',
    '47053 Duisburg',
    '2 Papadakis, Nikolaos | 13.06.1972 | Duisburger Allee 16',
    '47053 Duisburg',
    'Der Räumungstermin ist festgesetzt auf Freitag, den 12. September 2025, 11.00 Uhr.',
  ];

  it.each(['Von der Räumung betroffen sind:', 'Die Räumung richtet sich gegen:'])('reads each row under "%s" as a tenant with the birth date of its column', (intro) => {
    expect(read(lines(intro)).tenants?.value).toEqual([
      { name: 'Maria Grazia Lo Bianco', birthDate: '1980-12-21' },
      { name: 'Nikolaos Papadakis', birthDate: '1972-06-13' },
    ]);
  });

  it('reads a row whose person carries an academic title after the comma ("Nowak, Dr. Michał")', () => {
    const rows = lines('Von der Räumung betroffen sind:');
    rows[5] = '1 Nowak, Dr. Michał | 16.09.1976 | Duisburger Allee 16';
    expect(read(rows).tenants?.value[0]).toEqual({ name: 'Michał Nowak', birthDate: '1976-09-16' });
  });
});

describe('family name first with a birth mark or a birth column (court forms, bailiffs’ lists)', () => {
  it('reads "Family, Given (* date)" and "Family, Given" followed by the date', () => {
    expect(read(['Amtsgericht Duisburg', 'Mitteilung in Zivilsachen', 'Beklagte Partei(en) | Oikonomou, Vasiliki (* 11.11.1978)']).tenants?.value).toEqual([
      { name: 'Vasiliki Oikonomou', birthDate: '1978-11-11' },
    ]);
    expect(names(['Amtsgericht Duisburg', 'Schuldner: Kowalski, Jan 03.04.1969'])).toEqual(['Jan Kowalski']);
  });
});

describe('a rubrum with "gegen" letter-spaced (judgments of Rhineland cities)', () => {
  it('ends the claimant’s counsel at "g e g e n" and reads the numbered defendants after it, not counsel', () => {
    expect(
      names([
        'Amtsgericht Duisburg',
        'Im Namen des Volkes',
        'In dem Rechtsstreit',
        'Rheinufer Wohnen GmbH, Deutzer Werft 14, 50679 Köln,',
        'Klägerin,',
        'Prozessbevollmächtigte: Keßler & Partner Rechtsanwälte PartG mbB, Hohenstaufenring',
        '62, 50674 Köln',
        'g e g e n',
        '1. Frau Jennifer Breuer, Tannenbuscher Allee 1, 47051 Duisburg,',
        '2. Herr Dirk Breuer, Tannenbuscher Allee 1, 47051 Duisburg,',
        'Beklagte,',
      ]),
    ).toEqual(['Jennifer Breuer', 'Dirk Breuer']);
  });
});

/** A Duisburg court letter's head: letterhead, return line, the defendant in the window, the file number beside it. */
const DUISBURG_SUMMONS_HEAD = [
  'Amtsgericht Duisburg',
  'Zivilabteilung',
  'König-Heinrich-Platz 1',
  'Amtsgericht Duisburg · König-Heinrich-Platz 1 · 47051 Duisburg',
  'Herr Kevin Strößner | Geschäfts-Nr. | 9 C 1030/25',
  'Homburger Str. 15',
  '47119 Duisburg',
];

describe('a label that names nobody (court letters to one defendant)', () => {
  it('leaves the tenant to the window when "Weitere Beteiligte: —" is all a label section holds', () => {
    expect(
      names([
        ...DUISBURG_SUMMONS_HEAD,
        'Ladung zum Termin zur mündlichen Verhandlung',
        'Erscheinen Sie nicht, kann ein Versäumnisurteil',
        'gegen Sie ergehen. Bitte bringen Sie diese Ladung mit.',
        'Weitere Beteiligte: —',
      ]),
    ).toEqual(['Kevin Strößner']);
  });
});

describe('two labels paired by a slash over two values (court forms of Rhineland cities)', () => {
  it('gives each value the label in its place, the rent first and the arrears second', () => {
    const f = read(['Amtsgericht Duisburg', 'Mitteilung in Zivilsachen', '5  Miete monatlich / Rückstand', '706,70 €  /  1.413,40 €']);
    expect(f.monthlyRent?.value).toBe(70670);
    expect(f.arrears?.value).toBe(141340);
  });
});

describe('rent and arrears in two sentences of prose (court notices of Rhineland cities)', () => {
  it('takes the amount of "ein Rückstand an Miete und Nutzungsentschädigung" for the arrears, and ends the rent’s sentence at its amount', () => {
    const f = read([
      'Amtsgericht Duisburg',
      'Die monatlich zu zahlende Miete beträgt nach den Angaben in der Klageschrift',
      '897,12 €. Geltend gemacht wird ein Rückstand an Miete und Nutzungsentschädigung',
      'in Höhe von 4.417,60 €.',
    ]);
    expect(f.monthlyRent?.value).toBe(89712);
    expect(f.arrears?.value).toBe(441760);
  });
});

describe('a hearing moved to another day (courts’ notices of a postponement)', () => {
  it.each([
    ['der Termin vom 7. November 2025, 09.00 Uhr, wird aus dienstlichen Gründen', 'aufgehoben. Neuer Termin zur mündlichen Verhandlung ist nunmehr bestimmt auf', 'Montag, 1. Dezember 2025, 10.30 Uhr, Sitzungssaal E.112'],
    ['der Termin zur mündlichen Verhandlung vom 7. November 2025 wird verlegt auf', 'Montag, 1. Dezember 2025, 10.30 Uhr, Sitzungssaal E.112.', 'Die Ladungen bleiben bestehen.'],
    ['der Termin zur mündlichen Verhandlung am 7. November 2025 wird auf Montag,', '1. Dezember 2025, 10.30 Uhr, Sitzungssaal E.112, verlegt.', 'Die Ladungen bleiben bestehen.'],
  ])('takes the new date and its room, not the one called off: "%s …"', (...lines) => {
    const f = read(['Amtsgericht Duisburg', 'Geschäftszeichen 26 C 112/25', 'hier: Verlegung des Verhandlungstermins', ...lines]);
    expect(f.hearing?.value).toEqual({ date: '2025-12-01', time: '10:30', room: 'Sitzungssaal E.112' });
  });
});

describe('the hearing’s venue in the sentence that summons the defendant (court letters of Rhineland cities)', () => {
  it('takes the window’s address for the flat, not the court’s address with its room after it', () => {
    const f = read([
      ...DUISBURG_SUMMONS_HEAD,
      'Ladung zum Termin zur mündlichen Verhandlung',
      'werden Sie hiermit als Beklagte Partei zu dem Termin zur mündlichen Verhandlung',
      'geladen, der bestimmt ist auf',
      'Donnerstag, den 27. März 2025, 10.00 Uhr',
      'König-Heinrich-Platz 1, 47051 Duisburg, Saal 1',
    ]);
    expect(f.address?.value).toMatchObject({ street: 'Homburger Straße', houseNumber: '15', postalCode: '47119' });
    expect(f.hearing?.value).toEqual({ date: '2025-03-27', time: '10:00', room: 'Saal 1' });
  });
});

describe('a lawyer’s opening in either word order (lawyers of Rhineland cities and elsewhere)', () => {
  it.each(['wir zeigen an, dass wir die Rheinufer Wohnen GmbH anwaltlich vertreten; Vollmacht liegt an.', 'zeigen wir an, dass wir die Rheinufer Wohnen GmbH anwaltlich vertreten; Vollmacht liegt an.'])(
    'takes the client for the landlord: "%s"',
    (opening) => {
      const f = read(['Keßler & Partner Rechtsanwälte PartG mbB', 'Fristlose Kündigung des Mietverhältnisses', 'Sehr geehrte Damen und Herren,', opening, 'Namens unserer Mandantschaft kündigen wir das Mietverhältnis fristlos.']);
      expect(f.landlord?.value).toBe('Rheinufer Wohnen GmbH');
    },
  );
});

describe('the flat under a label that names whose address it is (Rhineland court letter, registry form)', () => {
  it('takes the address after "Mieteranschrift", "Wohnadresse" or "Mieteradresse" for the flat, not the landlord’s above it', () => {
    for (const label of ['Mieteranschrift:', 'Wohnadresse:', 'Mieteradresse:']) {
      const f = read([
        'Amtsgericht Dortmund',
        'Aktenzeichen 425 C 1680/25',
        'Klagende Partei: | Hans-Peter Schlömer',
        '| Auf dem Hügel 83, 47051 Duisburg',
        'Beklagte Partei: | Herr Milan Sarić',
        `${label} | Rheinische Straße 118, 44137 Dortmund`,
      ]);
      expect(f.address?.value, label).toMatchObject({ street: 'Rheinische Straße', houseNumber: '118', postalCode: '44137', city: 'Dortmund' });
    }
  });
});

describe('defendants numbered "zu 1.)" in a form’s value column (court forms of Rhineland cities)', () => {
  it('reads every numbered defendant after a label "Beklagte Partei(en)"', () => {
    expect(
      names([
        'Amtsgericht Dortmund',
        'Geschäftsnummer | 425 C 1680/25',
        'Klagende Partei | Ruhrbogen Wohnungsbau AG',
        'Beklagte Partei(en) | zu 1.) Joanna Wiśniewska',
        ' | zu 2.) Michał Wiśniewski',
        'Anschrift der Wohnung | Rheinische Straße 118, 44137 Dortmund',
      ]),
    ).toEqual(['Joanna Wiśniewska', 'Michał Wiśniewski']);
  });
});

describe('a name that holds a cue word of something else (every source)', () => {
  it('reads "Ismail" as a given name, not as the label "Mail" of an e-mail address', () => {
    expect(names(['Amtsgericht Dortmund', 'Aktenzeichen 425 C 1680/25', 'Beklagte(r) | Celik, Ismail, geb. 20.11.1983', 'Wohnung | Rheinische Straße 118, 44137 Dortmund'])).toEqual(['Ismail Celik']);
  });
});

describe('a role label with a speck before its second form (registry forms on a scan)', () => {
  it('ends the landlord’s block at "Beklagte /‘Beklagter (Mieter)" and reads the tenants under it', () => {
    expect(
      names([
        'Amtsgericht Dortmund',
        'Aktenzeichen 425 C 1680/25',
        'Klägerin | Hausverwaltung Kürten & Sohn GmbH, Marktplatz 7,',
        ' | 51688 Wipperfürth',
        'Beklagte /‘Beklagter (Mieter) | Herr Paweł Wróbel (* 05.10.74)',
        ' | Frau Bożena Wróbel (* 09.02.86)',
        'Anschrift der Wohnung | Rheinische Straße 118, 44137 Dortmund',
      ]),
    ).toEqual(['Paweł Wróbel', 'Bożena Wróbel']);
  });
});

describe('a family named twice, once whole and once by its family name (courts in the east, on a fax)', () => {
  it('reads the family name alone as no person of its own ("Abu Saleh" beside "Samira Abu Saleh")', () => {
    expect(
      names([
        'Amtsgericht Leipzig',
        'Aktenzeichen 108 C 2210/25',
        'In Sachen Elbtal Wohnen GmbH gegen Abu Saleh',
        'teilen wir mit, dass gegen Frau Samira Abu Saleh (geboren am 26.08.1996) eine Räumungsklage eingegangen ist.',
        'Die Wohnung liegt in der Eisenbahnstraße 12, 04177 Leipzig.',
      ]),
    ).toEqual(['Samira Abu Saleh']);
  });

  it('joins a name whose particle ends the line to its family name on the next ("Herr Giuseppe De" + "Luca")', () => {
    expect(
      read([
        'Amtsgericht Leipzig',
        'Aktenzeichen 108 C 2210/25',
        'Beklagte: | Herr Luca De Luca, Frau Rosaria De Luca und Herr Giuseppe De',
        ' | Luca',
        'Wohnung: | Eisenbahnstraße 12, 04177 Leipzig',
      ]).tenants?.value.map((t) => t.name),
    ).toEqual(['Luca De Luca', 'Rosaria De Luca', 'Giuseppe De Luca']);
  });
});

describe('an appointment held before, named by "vom" (court records and orders)', () => {
  it('reads no hearing from a settlement’s record "aufgenommen in der öffentlichen Sitzung vom …"', () => {
    const f = read([
      'Amtsgericht Duisburg | Az.: 7 C 616/25',
      'Protokoll',
      'aufgenommen in der öffentlichen Sitzung vom 09.07.2025',
      'In dem Rechtsstreit Ruhrbogen Wohnungsbau AG gegen Maria Lo Bianco wegen Räumung erscheinen bei Aufruf der Sache beide Parteien.',
      'Die Parteien schließen folgenden Vergleich: Die Beklagte räumt die Wohnung bis spätestens 27.09.2025.',
    ]);
    expect(f.hearing).toBeNull();
  });

  it('takes the hearing an order of an earlier day sets, not the order’s date', () => {
    const f = read(['Amtsgericht Duisburg', 'Geschäftszeichen 26 C 112/25', 'Terminsbestimmung vom 12.05.2025:', 'Termin zur mündlichen Verhandlung: Dienstag, 03.06.2025, 10.30 Uhr, Saal 112']);
    expect(f.hearing?.value).toEqual({ date: '2025-06-03', time: '10:30', room: 'Saal 112' });
  });
});

describe('a claimant company whose name holds a label word, with its manager and address over "– Klägerin –" (courts in the north-east)', () => {
  it('takes the company, not its address line, for the landlord', () => {
    const f = read([
      'In dem Rechtsstreit',
      'Saale-Wohnbau GmbH, vertreten durch den Geschäftsführer Lutz Hagedorn',
      'Am Gimritzer Damm 30, 06122 Halle (Saale)',
      '– Klägerin –',
      'gegen',
      '1. Swetlana Sokolowa',
      '2. Sergej Sokolow',
      'wohnhaft Mittelstraße 107, 39126 Magdeburg',
      '– Beklagte –',
    ]);
    expect(f.landlord?.value).toBe('Saale-Wohnbau GmbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Swetlana Sokolowa', 'Sergej Sokolow']);
  });
});

describe('a benefits authority’s own letter that retells the court’s notice (Jobcenter, Sozialamt)', () => {
  it('is no court notice: its subject is the arrears, the court’s file number only its reference', () => {
    const result = extractDocument(
      [
        pageFromLines([
          'Jobcenter Halle (Saale)',
          'Team Leistung 14',
          'Frau Lina Al Ahmad',
          'Bernsteinweg 103',
          '06120 Halle (Saale)',
          'Übernahme von Mietschulden nach § 22 Abs. 8 SGB II',
          'uns liegt eine Mitteilung des Amtsgerichts Halle (Saale) über eine gegen Sie erhobene Räumungsklage',
          'vor (Az. 105 C 1206/24). Nach unseren Unterlagen bestehen Mietschulden in Höhe von 3.510,08 €.',
        ]),
      ],
      { gazetteer, today: '2025-06-01' },
    );
    expect(result.documentType).toBe('other');
  });
});

describe('a landlord’s letter whose return line is written with commas (private landlords)', () => {
  it('reads the addressee under it as the tenant and the sender as the landlord', () => {
    const f = read([
      'Grundstücksgemeinschaft Behrens GbR',
      'Tel. 030 8213 778',
      '',
      'Grundstücksgemeinschaft Behrens GbR, Rüdesheimer Winkel 3, 14197 Berlin',
      'Marie-Luise Köhler',
      'Beim Alten Wasserturm 45',
      '14469 Potsdam',
      'Zahlungserinnerung',
      'die Miete in Höhe von 897,00 € ist nicht eingegangen.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Marie-Luise Köhler']);
    expect(f.address?.value).toMatchObject({ street: 'Beim Alten Wasserturm', houseNumber: '45', postalCode: '14469', city: 'Potsdam' });
    expect(f.landlord?.value).toBe('Grundstücksgemeinschaft Behrens GbR');
  });

  it('takes no address of a court’s venue in the text for a return line', () => {
    const f = read([
      'Amtsgericht Dortmund',
      'Zivilabteilung',
      'Amtsgericht Dortmund, Postfach 10 50 27, 44047 Dortmund | Geschäfts-Nr.: 431 C 1771/25',
      'Anschrift: Gerichtsstraße 22',
      'Herrn Florin Popescu | Telefon: 0231 9260-0',
      'Mallinckrodtstr. 125 | Telefax: 0231 9260-41199',
      '44139 Dortmund | Servicezeiten: Mo–Fr 9–12 Uhr',
      'Ladung zum Termin',
      'In dem Rechtsstreit Cemal Hartung ./. Florin Popescu',
      'werden Sie zur mündlichen Verhandlung geladen. Termin ist bestimmt auf',
      'Donnerstag, 22. Mai 2025, 09:45 Uhr',
      'Bringen Sie zum Termin bitte diese Ladung und einen Lichtbildausweis mit.',
      'Erscheinen Sie in dem Termin nicht, kann ein Versäumnisurteil ergehen.',
      'Der Termin findet in der Nebenstelle statt:',
      // Below the window's place on the page, as on the summons this is worded after.
      'Amtsgericht Dortmund, Hamburger Straße 11, 44135 Dortmund',
    ]);
    expect(f.address?.value).toMatchObject({ street: 'Mallinckrodtstraße', houseNumber: '125', postalCode: '44139' });
  });
});

describe('a case name whose defendants run on into the next line (court software, table)', () => {
  it('reads every person of a family-name-first list cut after a comma', () => {
    const f = read(['Ladung / Terminsnachricht', 'Rechtsstreit Behrens GbR ./. Al-Hassan,', 'Ahmad, Al-Hassan, Rania', 'Räumungsobjekt | Tannenhofer Allee 69, 13156 Berlin']);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Ahmad Al-Hassan', 'Rania Al-Hassan']);
  });
});

describe('a household named in a sentence (an authority’s alert)', () => {
  it('reads the person after "für den Haushalt"', () => {
    const f = read([
      'uns ist mitgeteilt worden, dass für den Haushalt Jacqueline Köhler, wohnhaft Karl-Friedrich-Teske-Str. 9, 06114',
      'Halle (Saale), die Zwangsräumung für den 09.04.2025 angesetzt ist.',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Jacqueline Köhler']);
    expect(f.address?.value).toMatchObject({ street: 'Karl-Friedrich-Teske-Straße', postalCode: '06114', city: 'Halle (Saale)' });
  });
});

describe('names printed in capitals (court forms)', () => {
  it('writes German and Dutch particles small', () => {
    expect(names(['Beklagte:', 'Kevin VON DER HEYDE, geb. 25.01.1970'])).toEqual(['Kevin von der Heyde']);
  });

  it('shows a family name whose capitals write SS for review: it may be spelled with ß', () => {
    const f = read(['Schuldner/in:', 'RÖSSLER, Uwe', 'zuletzt wohnhaft: Holunderweg 7, 13583 Berlin']);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Uwe Rössler']);
    expect(f.tenants!.confidence).toBeLessThan(0.9);
    const spelled = read(['Schuldner/in:', 'RÖSSLER, Uwe', 'zuletzt wohnhaft: Holunderweg 7, 13583 Berlin', 'Sehr geehrter Herr Rößler,']);
    expect(spelled.tenants!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a notice in prose that names the parties in one sentence (courts in the north-east)', () => {
  const f = read([
    'Räumungsrechtsstreit – Mitteilung an den Träger der Grundsicherung /',
    'Sozialhilfe',
    'Sehr geehrte Damen und Herren,',
    'gemäß § 22 Abs. 9 SGB II teile ich Ihnen mit, dass am 27. Juni',
    '2025 bei dem Amtsgericht Spandau eine Klage der Kiezhaus Immobilien GmbH & Co. KG,',
    'Kurfürsten-Karree 88, 10785 Berlin, prozessbevollmächtigt: Brandt & Okonkwo',
    'Rechtsanwälte PartGmbB, gegen Herrn Uwe Rößler und Frau Anke Rößler auf Räumung',
    'der Wohnung Rosenfelder Ring 66, 13591 Berlin eingegangen ist.',
  ]);

  it('ends the counsel’s part at "gegen" and an authority’s heading at the salutation, so the flat is read', () => {
    expect(f.address?.value).toMatchObject({ street: 'Rosenfelder Ring', houseNumber: '66', postalCode: '13591' });
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Uwe Rößler', 'Anke Rößler']);
    expect(f.landlord?.value).toBe('Kiezhaus Immobilien GmbH & Co. KG');
  });
});

describe('a rubrum set as a block: "In dem Rechtsstreit" + claimant + "gegen" + defendant (summonses)', () => {
  it('takes the line after "In dem Rechtsstreit" for the landlord', () => {
    const f = read(['Nachricht von der Terminsbestimmung', 'In dem Rechtsstreit', 'Wohnungsbaugesellschaft Spreeblick mbH', 'gegen', 'Shabnam Rahimi', '(Räumung der Wohnung Zum Fährhaus 79, 13589 Berlin)']);
    expect(f.landlord?.value).toBe('Wohnungsbaugesellschaft Spreeblick mbH');
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Shabnam Rahimi']);
    expect(f.address?.value).toMatchObject({ street: 'Zum Fährhaus', city: 'Berlin' });
  });
});

describe('a machine-printed form with dot leaders and umlauts written out (court software, capitals)', () => {
  it('reads "KLAEGER/IN ....... X" as the landlord', () => {
    const f = read(['MITTEILUNG IN ZIVILSACHEN (MiZi IV/1)', 'EINGANG DER KLAGE ......: 10.02.2025', 'KLAEGER/IN .............: Grundwert Nordost Wohnen AG', 'Am Stralauer Kai 12, 10245 Berlin']);
    expect(f.landlord?.value).toBe('Grundwert Nordost Wohnen AG');
  });
});

describe('a role word at a sentence’s end (bailiffs’ notes)', () => {
  it('names nobody: "Kinder leben im Haushalt." does not make the signature a tenant', () => {
    const f = read([
      'Sehr geehrte Damen und Herren,',
      'in der Zwangsvollstreckungssache gegen Herrn Kwame Bekele teile ich mit, dass die Räumung der Wohnung',
      'Rheinstraße 140, 56564 Neuwied auf den 12.08.2025 bestimmt ist.',
      'Nach § 130 Abs. 3 GVGA unterrichte ich Sie. Kinder leben im Haushalt.',
      'Hochachtungsvoll',
      'Petra Hartung-Lenz',
    ]);
    expect(f.tenants?.value.map((t) => t.name)).toEqual(['Kwame Bekele']);
  });
});

describe('a case name whose last defendant’s family name wrapped onto a line of its own (court software)', () => {
  it('reads the wrapped family name, and takes no heading on the next line for one', () => {
    expect(names(['in dem Rechtsstreit Behrens GbR ./. Oksana Sokolowa, Jewgeni', 'Sokolow', 'wegen Räumung der Wohnung Lerchenfeldstraße 134, 13055 Berlin'])).toEqual(['Oksana Sokolowa', 'Jewgeni Sokolow']);
    expect(names(['in dem Rechtsstreit Behrens GbR ./. Oksana Sokolowa', 'Terminsmitteilung'])).toEqual(['Oksana Sokolowa']);
  });
});
