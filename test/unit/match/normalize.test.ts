import { describe, expect, it } from 'vitest';
import {
  colognePhonetic, foldName, jaroWinkler, normalizeStreet, ocrFold, splitHouseNumber, splitName,
} from '../../../src/core/match/normalize.js';

describe('foldName', () => {
  it.each([
    ['Müller', 'mueller'],
    ['MÜLLER', 'mueller'],
    ['Weiß', 'weiss'],
    ['Frau Dr. Jürgen Öztürk', 'juergen oeztuerk'],
    ['Herrn Ali Şahin', 'ali sahin'],
    ['Yıldız Çelik', 'yildiz celik'],
    ['Łukasz Wiśniewski', 'lukasz wisniewski'],
    ['Müller-Lüdenscheidt', 'mueller luedenscheidt'],
    ['Marie–Luise  Schmidt', 'marie luise schmidt'],
    ['Prof. Dr. med. Anna Koch', 'anna koch'],
    ['Kowa1czyk', 'kowalczyk'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });
});

describe('colognePhonetic', () => {
  it('gives Meier, Mayer, Maier and Meyer the same code', () => {
    const codes = ['Meier', 'Mayer', 'Maier', 'Meyer'].map(colognePhonetic);
    expect(new Set(codes)).toEqual(new Set(['67']));
  });
  it.each([
    ['Müller-Lüdenscheidt', '65752682'],
    ['Wikipedia', '3412'],
    ['Breschnew', '17863'],
    ['Schmidt', '862'],
    ['Schmitt', '862'],
    ['Christoph', '47823'],
    ['Xaver', '4837'],
    ['Heinz Classen', '068586'],
  ])('codes %s as %s', (input, code) => {
    expect(colognePhonetic(input)).toBe(code);
  });
  it('returns an empty code for text without letters', () => {
    expect(colognePhonetic('123 -')).toBe('');
  });
});

describe('jaroWinkler', () => {
  it('scores the textbook pairs', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });
  it('scores identical strings 1 and disjoint strings 0', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });
});

describe('splitName', () => {
  it.each([
    ['Max Mustermann', ['max'], 'mustermann'],
    ['Herr Ludwig van Beethoven', ['ludwig'], 'van beethoven'],
    ['Karl-Theodor zu Guttenberg', ['karl', 'theodor'], 'zu guttenberg'],
    ['Paolo Di Maria', ['paolo'], 'di maria'],
    ['Ursula von der Leyen', ['ursula'], 'von der leyen'],
    ['Frau Müller', [], 'mueller'],
    ['von Bülow', [], 'von buelow'],
    ['Hans Müller-Lüdenscheidt', ['hans'], 'mueller luedenscheidt'],
    ['Kowalczyk, Ewa', ['ewa'], 'kowalczyk'],
    ['MÜLLER, Hans Peter', ['hans', 'peter'], 'mueller'],
    ['Marie-Luise Schmidt', ['marie', 'luise'], 'schmidt'],
  ])('splits %s', (full, given, family) => {
    expect(splitName(full)).toEqual({ given, family });
  });
});

describe('normalizeStreet', () => {
  it('treats all spellings of Straße alike', () => {
    const forms = ['Hauptstraße', 'Hauptstr.', 'Hauptstr', 'Hauptstrasse', 'HAUPTSTRASSE', 'Haupt-Straße', 'HauptstraBe'];
    expect(new Set(forms.map(normalizeStreet))).toEqual(new Set(['hauptstrasse']));
  });
  it('treats the Dr.- forms and separate words alike', () => {
    const forms = ['Dr.-Ottmar-Kohler-Str.', 'Dr. Ottmar Kohler Straße', 'Dr.-Ottmar-Kohler-Strasse', 'Doktor-Ottmar-Kohler-Str.'];
    expect(new Set(forms.map(normalizeStreet))).toEqual(new Set(['drottmarkohlerstrasse']));
  });
  it('keeps Kölner Str. and Kölnerstraße together and drops a trailing house number', () => {
    expect(normalizeStreet('Kölner Str. 5-7')).toBe('koelnerstrasse');
    expect(normalizeStreet('Kölnerstraße')).toBe('koelnerstrasse');
  });
  it('leaves street names without Straße alone', () => {
    expect(normalizeStreet('Am Sonnenhang')).toBe('amsonnenhang');
    expect(normalizeStreet('Auf der Brück')).toBe('aufderbrueck');
    expect(normalizeStreet('Streitweg')).toBe('streitweg');
  });
});

describe('splitHouseNumber', () => {
  it.each([
    ['12a', { number: 12, suffix: 'a', rangeEnd: null }],
    ['12 A', { number: 12, suffix: 'a', rangeEnd: null }],
    ['4', { number: 4, suffix: '', rangeEnd: null }],
    ['5-7', { number: 5, suffix: '', rangeEnd: 7 }],
    ['5 – 7', { number: 5, suffix: '', rangeEnd: 7 }],
    ['1O', { number: 10, suffix: '', rangeEnd: null }],
    ['l2b', { number: 12, suffix: 'b', rangeEnd: null }],
    ['ohne', { number: null, suffix: 'ohne', rangeEnd: null }],
  ])('splits %s', (input, expected) => {
    expect(splitHouseNumber(input)).toEqual(expected);
  });
});

describe('ocrFold', () => {
  it('brings OCR variants of one name together', () => {
    expect(ocrFold('Miiller')).toBe(ocrFold('Müller'));
    expect(ocrFold('Mül1er')).toBe(ocrFold('Müller'));
    expect(ocrFold('Kowa1czyk')).toBe(ocrFold('Kowalczyk'));
    expect(ocrFold('Hofrnann')).toBe(ocrFold('Hofmann'));
    expect(ocrFold('5CHMIDT')).toBe(ocrFold('Schmidt'));
    expect(ocrFold('8ecker')).toBe(ocrFold('Becker'));
    expect(ocrFold('K0ch')).toBe(ocrFold('Koch'));
  });
  it('keeps different names apart', () => {
    expect(ocrFold('Koch')).not.toBe(ocrFold('Kuch'));
  });
});
