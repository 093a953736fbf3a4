import { describe, expect, it } from 'vitest';
import { findAddresses, namesFlatPlace, normaliseStreet } from '../../../src/core/parse/address.parser.js';

const gazetteer = {
  courts: ['Gummersbach'],
  towns: [
    { name: 'Wiehl', postalCodes: ['51674'] },
    { name: 'Gummersbach', postalCodes: ['51643', '51645', '51647'] },
  ],
};
const first = (text: string) => findAddresses(text, gazetteer)[0];

describe('findAddresses', () => {
  it.each([
    ['Hauptstraße 12a, 51674 Wiehl', 'Hauptstraße', '12a'],
    ['Kölner Str. 5-7\n51643 Gummersbach', 'Kölner Straße', '5-7'],
    ['Dr.-Ottmar-Kohler-Str. 3, 51643 Gummersbach', 'Dr.-Ottmar-Kohler-Straße', '3'],
    ['wohnhaft Am Sonnenhang 4, 51674 Wiehl', 'Am Sonnenhang', '4'],
    ['Auf der Brück 2, 51674 Wiehl', 'Auf der Brück', '2'],
    ['Bahnhofstr. 12 a, 51674 Wiehl', 'Bahnhofstraße', '12a'],
    ['Hauptstraße 33C, 51674 Wiehl', 'Hauptstraße', '33c'],
    ['Frau Ewa Kowalczyk, Talweg 9, 51674 Wiehl', 'Talweg', '9'],
    ['Räumungsobjekt:\t‚Zur Alten Mühle 54 c\n51674 Wiehl', 'Zur Alten Mühle', '54c'],
    ['wegen Räumung der Wohnung Zur Alten Mühle.\n1, EG rechts, 51674 Wiehl wird', 'Zur Alten Mühle', '1'],
    ['zu räumende Wohnung:\tIn der‘ Au 47\n42275 Wuppertal', 'In der Au', '47'],
    ['Räumung der Wohnung:\tHückeswagener Straße 56\n42477. Radevormwald', 'Hückeswagener Straße', '56'],
    ['Räumung der Wohnung Kölner Str, 54, 1. OG Mitte, 51674\nWiehl', 'Kölner Straße', '54'],
    ['die Räumung der Wohnung Am\nSonnenhang 130, 2. OG links, 51674 Wiehl wird', 'Am Sonnenhang', '130'],
    ['die Wohnung in der\nHauptstraße 81, 51674 Wiehl', 'Hauptstraße', '81'],
    ['wegen Räumung der Wohnung Auf\nder Brück 129, EG rechts, 51674 Wiehl wird', 'Auf der Brück', '129'],
    ['dass ich die Räumung der Wohnung In der\nAu 37, EG rechts, 51674 Wiehl durchführen werde', 'In der Au', '37'],
    ['gegen Herr Jörg Aydın, wohnhaft in Kölner\nStraße 54-56, 51674 Wiehl, auf Räumung', 'Kölner Straße', '54-56'],
    ['Räumung der Wohnung Alte Kölner\nStr. 8, 51674 Wiehl', 'Alte Kölner Straße', '8'],
    ['geb. 18.03.1988, wohnhaft Am\n—\nSonnenhang 12, 51674 Wiehl, auf Räumung', 'Am Sonnenhang', '12'],
    ['Anschrift der Wohnung\tKölner Str. L6b, 51674 Wiehl', 'Kölner Straße', '16b'],
    ['Anschrift der Wohnung\tTalweg l2, 51674 Wiehl', 'Talweg', '12'],
  ])('reads %s', (input, street, houseNumber) => {
    const m = first(input);
    expect(m?.address.street).toBe(street);
    expect(m?.address.houseNumber).toBe(houseNumber);
  });

  it('reads no two-letter street without its first words ("Wohnung" + "Au 37")', () => {
    expect(first('Räumung der Wohnung\nAu 37, 51674 Wiehl')).toBeUndefined();
  });

  it('joins a name ending the line before only to a bare "Straße", not to a street of its own', () => {
    expect(first('Beklagter: Herr Max Müller\nHauptstraße 5, 51674 Wiehl')?.address.street).toBe('Hauptstraße');
  });

  it('reads a town wrapped onto a later line past a speck of a table ruling (corpus eval: doc-015, doc-030)', () => {
    for (const text of ['Räumung der Wohnung Rosenstraße 45b, 51674\n;\nWiehl\nTermin: 3.8.2026', 'Räumung der Wohnung Rosenstraße 45b, 51674\n| Wiehl', 'Räumung der Wohnung Rosenstraße 45b, 51674\n|\n|\nWiehl']) {
      expect(first(text)?.address).toEqual({ street: 'Rosenstraße', houseNumber: '45b', postalCode: '51674', city: 'Wiehl', addition: null });
    }
  });

  it('reads an addition after the house number', () => {
    expect(first('Hauptstraße 12a, 2. OG links, 51674 Wiehl')?.address).toEqual({
      street: 'Hauptstraße',
      houseNumber: '12a',
      postalCode: '51674',
      city: 'Wiehl',
      addition: '2. OG links',
    });
  });

  it('reads a floor with OCR\'s doubled dot and zero for O ("1.. 0G Mitte") as "1. OG Mitte"', () => {
    expect(first('Lage der Wohnung:\tHauptstraße 81-83, 1.. 0G Mitte, 51674 Wiehl')?.address.addition).toBe('1. OG Mitte');
  });

  it('keeps a floor together that wrapped after its number or before its side ("1.\nOG Mitte", "2. OG\nlinks")', () => {
    const m = first('die Räumung der Wohnung Hückeswagener Straße 80, 1.\nOG Mitte, 51789 Lindlar aufgrund');
    expect(m?.address).toMatchObject({ street: 'Hückeswagener Straße', houseNumber: '80', addition: '1. OG Mitte', city: 'Lindlar' });
    expect(first('die Wohnung Gartenstr. 83, 2. OG\nlinks, 51674 Wiehl fristlos')?.address.addition).toBe('2. OG links');
  });

  it('reads OCR\'s zero in "2. 0G links" as the O of Obergeschoss', () => {
    expect(first('wohnhaft In der Au 85, 2. 0G links, 51674 Wiehl')?.address.addition).toBe('2. OG links');
  });

  it('leaves a speck before the street ("_Talstraße 125")', () => {
    expect(first('Herrn Max Muster\n_Hauptstraße 125\n51674 Wiehl')?.address.street).toBe('Hauptstraße');
    expect(first('| Hauptstr. 5, 51674 Wiehl')?.address.street).toBe('Hauptstraße');
  });

  it('leaves a speck after the addition ("Souterrain *")', () => {
    expect(first('Räumungsobjekt:\tAm Sonnenhang 65, Souterrain *\n51545 Waldbröl')?.address.addition).toBe('Souterrain');
  });

  it('reads OCR\'s comma for the dot of a floor ("98, 2, OG links")', () => {
    expect(first('zu räumende Wohnung:\tHauptstraße 98, 2, OG links\n51503 Rösrath')?.address).toMatchObject({ houseNumber: '98', addition: '2. OG links' });
  });

  it('reads a c/o line above the street', () => {
    expect(first('c/o Familie Schmidt\nHauptstraße 12\n51674 Wiehl')?.address.addition).toBe('c/o Familie Schmidt');
  });

  it('spells a town one letter off as the gazetteer does when the postal code is that town\'s', () => {
    expect(first('Hauptstraße 12, 51643 Gummersbaeh')?.address).toMatchObject({ city: 'Gummersbach', postalCode: '51643' });
    // Not with a postal code of another place: then what was read stays, for a worker to see.
    expect(first('Hauptstraße 12, 50667 Gummersbaeh')?.address.city).toBe('Gummersbaeh');
  });

  it('repairs an OCR-misread postal code from the town', () => {
    const m = first('Hauptstraße 12, 5l674 Wiehl');
    expect(m?.address.postalCode).toBe('51674');
  });

  it('repairs a postal code one digit off and says so', () => {
    const m = first('Hauptstraße 12, 51664 Wiehl');
    expect(m?.address.postalCode).toBe('51674');
    expect(m?.postalCheck).toBe('repaired');
  });

  it('drops a speck read as a sixth digit when one digit less is the town\'s own code, and says so', () => {
    const m = first('Räumung der Wohnung Hauptstr, 11, Dachgeschoss,\n516743 Wiehl');
    expect(m?.address).toEqual({ street: 'Hauptstraße', houseNumber: '11', postalCode: '51674', city: 'Wiehl', addition: 'Dachgeschoss' });
    expect(m?.postalCheck).toBe('repaired');
    // Six digits that no deletion makes the town's code are no address (a phone number, an account).
    expect(findAddresses('Hauptstraße 11, 423456 Wiehl', gazetteer)).toEqual([]);
  });

  it('flags a postal code that does not fit the town', () => {
    expect(first('Hauptstraße 12, 42499 Wiehl')?.postalCheck).toBe('mismatch');
  });

  it('accepts towns outside the gazetteer', () => {
    const m = first('Markt 1, 53721 Siegburg');
    expect(m?.address.city).toBe('Siegburg');
    expect(m?.postalCheck).toBe('unknown');
  });

  it('writes out street abbreviations', () => {
    expect(normaliseStreet('Kölner Str.')).toBe('Kölner Straße');
    expect(normaliseStreet('Bahnhofstr.')).toBe('Bahnhofstraße');
  });
});

describe('findAddresses with "bei"', () => {
  it('reads "bei Familie Schmidt" above the street as the addition', () => {
    expect(first('bei Familie Schmidt\nHauptstraße 12\n51674 Wiehl')?.address.addition).toBe('bei Familie Schmidt');
  });
});

describe('findAddresses in reverse order', () => {
  it('reads "51674 Wiehl, Hauptstraße 12"', () => {
    expect(first('wohnhaft in 51674 Wiehl, Hauptstraße 12')?.address).toEqual({
      street: 'Hauptstraße',
      houseNumber: '12',
      postalCode: '51674',
      city: 'Wiehl',
      addition: null,
    });
  });
});

describe('an addition is short and of its own kind', () => {
  it('reads each kind of addition from one list: a flat of its own in a house, a part of a building named by a letter', () => {
    expect(first('Hauptstraße 11, Einliegerwohnung, 51674 Wiehl')?.address.addition).toBe('Einliegerwohnung');
    expect(first('Hauptstraße 11, Hochparterre rechts, 51674 Wiehl')?.address.addition).toBe('Hochparterre rechts');
    expect(first('Hauptstraße 11, Haus C, 51674 Wiehl')?.address.addition).toBe('Haus C');
    expect(first('Hauptstraße 11, Gartenhaus, 51674 Wiehl')?.address.addition).toBe('Gartenhaus');
  });

  it('notices a place in the house on a page, but not a date after "Eingang" nor "links" alone', () => {
    for (const text of ['Lage: Einliegerwohnung', 'Wohnung im Hochparterre', 'Gebäude B, 2. Etage', 'Whg 7']) expect(namesFlatPlace(text), text).toBe(true);
    for (const text of ['Eingang 12.03.2025', 'links neben der Tür', 'Gummersbacher Haus- und Grund GmbH']) expect(namesFlatPlace(text), text).toBe(false);
  });

  it('finds a window’s street in its line’s first cell when the letter’s info block fills the rest of the row', () => {
    const window = 'Herrn Uwe Hüsken\tTelefon:\t0231 9260-0\nMallinckrodtstr. 55\t;\tTelefax:\t0231 9260-41199\n44139 Dortmund\tServicezeiten: Mo-Fr 9-12 Uhr';
    expect(findAddresses(window, gazetteer).map((a) => a.address)).toEqual([
      { street: 'Mallinckrodtstraße', houseNumber: '55', postalCode: '44139', city: 'Dortmund', addition: null },
    ]);
  });

  it('takes no telephone number’s tail for a postal code ("9260-41199 ⇥ Steinstraße")', () => {
    expect(findAddresses('Anschrift: Gerichtsstraße 22\nTelefax: 0231 9260-41199\tSteinstraße 4', gazetteer)).toEqual([]);
    expect(findAddresses('Fax 02261/41199 Gummersbach', gazetteer)).toEqual([]);
  });

  it('reads a postal code whose digits a fax put apart ("4 4369 Dortmund") only where the joined code is a real one', () => {
    const national = { ...gazetteer, nationalPostalCodes: new Set(['44369']) };
    expect(findAddresses('Rheinische Straße 51c\n4 4369 Dortmund', national)[0]?.address).toMatchObject({ street: 'Rheinische Straße', houseNumber: '51c', postalCode: '44369', city: 'Dortmund' });
    expect(first('Hauptstraße 12\n51 643 Gummersbach')?.address.postalCode).toBe('51643');
    expect(findAddresses('Hauptstraße 12\n9 9999 Nirgendwo', national)).toEqual([]);
  });

  it('takes no label line above the street for an addition ("Eingang der Klageschrift bei Gericht …")', () => {
    expect(first('Eingang der Klageschrift bei Gericht ........ 13.03.2024\nRäumungsobjekt (Wohnung) .......... Hauptstraße 11\n51674 Wiehl')?.address.addition).toBeNull();
  });

  it('still takes an entrance, a "bei" line and a "c/o" as additions', () => {
    expect(first('Hauptstraße 11, Eingang B, 51674 Wiehl')?.address.addition).toBe('Eingang B');
    expect(first('bei Familie Demir\nHauptstraße 11\n51674 Wiehl')?.address.addition).toBe('bei Familie Demir');
  });
});

describe('an addition in brackets after the house number', () => {
  it('reads the address and keeps the bracket as its addition', () => {
    expect(first('Hauptstr. 5-9 (1. Etage links), 51674 Wiehl')?.address).toEqual({ street: 'Hauptstraße', houseNumber: '5-9', postalCode: '51674', city: 'Wiehl', addition: '1. Etage links' });
    expect(first('Hauptstraße 28c (Hinterhaus), 51674 Wiehl')?.address.addition).toBe('Hinterhaus');
  });

  it('keeps a bracket with a comma inside whole ("(Hinterhaus, 1. OG)")', () => {
    expect(first('Hauptstraße 28c (Hinterhaus, 1. OG)\n51674 Wiehl')?.address).toEqual({ street: 'Hauptstraße', houseNumber: '28c', postalCode: '51674', city: 'Wiehl', addition: 'Hinterhaus, 1. OG' });
  });
});

describe('an addition after a slash between spaces', () => {
  it('reads "Hauptstr. 79 a / 2. OG links", while "5/7" stays one house number', () => {
    expect(first('MIETOBJEKT ..........: Hauptstr. 79 a / 2. OG links\n51674 Wiehl')?.address).toEqual({ street: 'Hauptstraße', houseNumber: '79a', postalCode: '51674', city: 'Wiehl', addition: '2. OG links' });
    expect(first('Hauptstraße 5/7, 51674 Wiehl')?.address.houseNumber).toBe('5/7');
  });
});

describe('a street joined to its town by "in" (prose)', () => {
  it('reads "… der Wohnung Hauptstraße 28c (Hinterhaus) in 51674 Wiehl", also when the town goes on the next line', () => {
    expect(first('die Räumung der Wohnung\nHauptstraße 28c (Hinterhaus) in 51674 Wiehl begehrt')?.address).toEqual({ street: 'Hauptstraße', houseNumber: '28c', postalCode: '51674', city: 'Wiehl', addition: 'Hinterhaus' });
    expect(first('der Wohnung Hauptstraße 28c in\n51674 Wiehl')?.address.street).toBe('Hauptstraße');
    expect(first('wohnhaft in 51674 Wiehl')).toBeUndefined();
  });
});

describe('the parts of a house and units as additions', () => {
  it('reads any compound of where and what a part of a house is ("Rückgebäude", "Seitengebäude", "Hofhaus")', () => {
    for (const part of ['Rückgebäude', 'Seitengebäude', 'Hofhaus', 'Seitenflügel', 'Vorderhaus']) {
      expect(first(`Pegnitzweg 25b, ${part}, 51674 Wiehl`)?.address).toMatchObject({ street: 'Pegnitzweg', houseNumber: '25b', addition: part });
    }
  });

  it('reads a unit whose dot the scan lost ("App 4") as the addition, never as the street', () => {
    expect(first('Kirchenweg 68, App 4, 51674 Wiehl')?.address).toMatchObject({ street: 'Kirchenweg', houseNumber: '68', addition: 'App 4' });
  });
});

describe('an addition before the street in a judgment’s tenor', () => {
  it('reads "die Wohnung im Souterrain des Hauses …" on one line and over a line break after the street', () => {
    expect(first('die Wohnung im Souterrain des Hauses Hauptstraße 1, 51674 Wiehl, zu räumen')?.address.addition).toBe('Souterrain');
    expect(first('die Wohnung im 2. OG links des Hauses Hauptstraße\n100, 51674 Wiehl, bestehend aus')?.address).toMatchObject({ street: 'Hauptstraße', houseNumber: '100', addition: '2. OG links' });
  });
});

describe('an addition after the town in a judgment’s tenor', () => {
  it('reads one or two whole additions after the town’s comma, also on the next line', () => {
    expect(first('die Wohnung Hauptstraße 46, 51674 Wiehl, Souterrain, bestehend aus 3 Zimmern')?.address.addition).toBe('Souterrain');
    expect(first('die Wohnung Bergstraße 40 - 42, 51674 Wiehl,\n4. OG, Whg. 17, bestehend aus 1 Zimmer')?.address).toMatchObject({ houseNumber: '40-42', addition: '4. OG, Whg. 17' });
  });

  it('takes no word of the sentence going on for one', () => {
    expect(first('die Wohnung Hauptstraße 46, 51674 Wiehl, zu räumen und herauszugeben')?.address.addition).toBeNull();
    expect(first('Hauptstraße 46, 51674 Wiehl, den 12.03.2025')?.address.addition).toBeNull();
  });
});

describe('an addition on the window’s line above the street, beside the letter’s info block', () => {
  it('reads the first cell of the line above, not the info block’s value', () => {
    expect(first('Herr Kevin Roß\tDatum\t19. August 2024\nHinterhaus\tZimmer 4.01\nHauptstr. 120 c\n51674 Wiehl')?.address).toMatchObject({ houseNumber: '120c', addition: 'Hinterhaus' });
    expect(first('Herr Kevin Roß\tAz.\t1 C 2/25\nHauptstr. 120 c\n51674 Wiehl')?.address.addition).toBeNull();
  });
});

describe('findAddresses with a town’s bracketed part and streets after a preposition', () => {
  it.each([
    ['Räumungsobjekt: Beim Alten Wasserturm 31, 14476 Potsdam', 'Beim Alten Wasserturm', 'Potsdam'],
    ['Hinterm Hof 4, 14476 Potsdam', 'Hinterm Hof', 'Potsdam'],
    // A bracket the town did not open closes the sentence's.
    ['(Räumung der Wohnung Zum Fährhaus 79, 13589 Berlin)', 'Zum Fährhaus', 'Berlin'],
    ['wohnhaft Mittelstraße 7, 15230 Frankfurt (Oder)', 'Mittelstraße', 'Frankfurt (Oder)'],
    // The bracketed part wrapped onto the next line.
    ['zuletzt wohnhaft: Falkenberger Ring 90, 06112 Halle\n(Saale)\nTitel: …', 'Falkenberger Ring', 'Halle (Saale)'],
  ])('%j', (text, street, city) => {
    expect(first(text)?.address).toMatchObject({ street, city });
  });

  it('takes no addition in brackets on the next line for the town’s part', () => {
    expect(first('Hauptstraße 4, 51674 Wiehl\n(Hinterhaus)')?.address.city).toBe('Wiehl');
  });
});
