import { describe, expect, it } from 'vitest';
import { lacksKnownLetters, mergeForeignLetters, nameLanguagesOf, nameWordTargets, withForeignLetters, type NameLanguage, type Reread } from '../../../src/core/extract/foreign-letters.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { ROLE_WEIGHTS } from '../../../src/core/extract/role-weights.js';
import { pageFromLines } from '../../support/page-factory.js';

/** A second read: each word with its confidence and the language whose model read it. */
const read = (...words: [string, number, NameLanguage][]): Reread => ({ words: words.map(([text, confidence, lang]) => ({ text, confidence, lang })) });

describe('nameLanguagesOf: which models a name is read with again', () => {
  it.each([
    // Turkish and Polish go together, whichever of them shows.
    ['Ayse Yilmaz', ['tur', 'pol']],
    ['Grzegorz Nowak', ['tur', 'pol']],
    // A given name of the language, a known family name without its letters, or a family-name ending.
    ['Mădălina Popa', ['ron']],
    ['Ion Stanescu', ['ron']],
    ['Maria Ciobanu', ['ron']],
    ['Snezana Horvat', ['hrv']],
    ['Peter Hadzic', ['hrv']],
    ['Aurélie Martin', ['fra']],
    ['Mariam Traore', ['fra']],
    ['Thu Pham', ['vie']],
    // Signs of two languages: both are read.
    ['Ayse Petrovic', ['tur', 'pol', 'hrv']],
    // German names, and given names that are German too, show none.
    ['Anna Schneider', []],
    ['Stefan Weber', []],
  ] as const)('%s → %j', (name, languages) => {
    expect(nameLanguagesOf(name)).toEqual(languages);
  });
});

describe('nameWordTargets: each word with its languages', () => {
  it('reads a Romanian, a Croatian and a French name each with its own model, an unsure German word with Turkish and Polish', () => {
    const page = pageFromLines(['Beklagte: Mädälina Päun, Nikola Kovacevic, Aurélie Lefevre, Uwe Schmit'], {
      source: 'ocr',
      confidence: (t) => (t.startsWith('Schmit') ? 0.6 : 0.95),
    });
    const targets = nameWordTargets(page, ['Mädälina Päun', 'Nikola Kovacevic', 'Aurélie Lefevre', 'Uwe Schmit'], null);
    const byWord = Object.fromEntries(targets.map((t) => [page.words[t.wordIndex]!.text.replace(/,$/, ''), t.languages]));
    expect(byWord).toEqual({ Mädälina: ['ron'], Päun: ['ron'], Nikola: ['hrv'], Kovacevic: ['hrv'], Aurélie: ['fra'], Lefevre: ['fra'], Schmit: ['tur', 'pol'] });
  });

  it('reads a word again that the first read wrote with a capital inside ("MaCek"): a glyph the German model did not know', () => {
    const page = pageFromLines(['Herrn Peter MaCek'], { source: 'ocr', confidence: () => 0.95 });
    expect(nameWordTargets(page, ['Peter MaCek'], null).map((t) => [page.words[t.wordIndex]!.text, t.languages])).toEqual([['MaCek', ['tur', 'pol']]]);
  });
});

describe('a name word the German model wrote with a sign for a letter it did not know ("Lefe&vre")', () => {
  it('is found by the letters the parser kept before the sign, read with every language, and takes the letter from a trusted reading', () => {
    const page = pageFromLines(['Herrn Hendrik Lefe&vre'], { source: 'ocr', confidence: () => 0.9 });
    const targets = nameWordTargets(page, ['Hendrik Lefe'], null);
    expect(targets.map((t) => [page.words[t.wordIndex]!.text, t.languages])).toEqual([['Lefe&vre', ['tur', 'pol', 'ron', 'hrv', 'fra', 'vie']]]);
    expect(withForeignLetters(page, targets, [read(['Lefevre', 0.93, 'tur'], ['Lefèvre', 0.9, 'fra'])])?.words[2]!.text).toBe('Lefèvre');
    expect(mergeForeignLetters('Lefe&vre', 'Lefèvre', false)).toBeNull();
    // Or stand alone for the letter; but not beside another letter.
    expect(mergeForeignLetters('Lef&vre', 'Lefèvre', true)).toBe('Lefèvre');
    expect(mergeForeignLetters('Lefa&vre', 'Lefèvre', true)).toBeNull();
  });
});

describe('mergeForeignLetters: the letters of the languages that joined', () => {
  it('puts Romanian, Croatian, French and Vietnamese accents on the same base letters, đ on d', () => {
    expect(mergeForeignLetters('Turcanu', 'Țurcanu', false)).toBe('Țurcanu');
    expect(mergeForeignLetters('Dordevic', 'Đorđević', false)).toBe('Đorđević');
    expect(mergeForeignLetters('Lefevre', 'Lefèvre', false)).toBe('Lefèvre');
    expect(mergeForeignLetters('Hoang', 'Hoàng', false)).toBe('Hoàng');
  });

  it('takes a capital or a G the German model wrote for č ć š ž, and umlaut dots it wrote for a mark over a, o or u, only as a confusion', () => {
    expect(mergeForeignLetters('KovaCevic', 'Kovačević', true)).toBe('Kovačević');
    expect(mergeForeignLetters('KovaGcevic', 'Kovačević', true)).toBe('Kovačević');
    expect(mergeForeignLetters('SnezZana', 'Snežana', true)).toBe('Snežana');
    expect(mergeForeignLetters('Mädälina', 'Mădălina', true)).toBe('Mădălina');
    expect(mergeForeignLetters('Vän Tüng', 'Văn Tùng', true)).toBe('Văn Tùng');
    expect(mergeForeignLetters('KovaCevic', 'Kovačević', false)).toBeNull();
    expect(mergeForeignLetters('Mädälina', 'Mădălina', false)).toBeNull();
    // Not the Polish ó for a German ö: that has its own, stricter rule.
    expect(mergeForeignLetters('Jörg', 'Jórg', true)).toBeNull();
    // Nor another letter that is no such confusion.
    expect(mergeForeignLetters('Kaya', 'Kaça', true)).toBeNull();
  });
});

describe('withForeignLetters: readings of the languages that joined', () => {
  it('spells Romanian ș and ț with the comma below, however the Romanian model wrote them', () => {
    const page = pageFromLines(['Herrn Mihai Dumitrascu'], { source: 'ocr', confidence: () => 0.91 });
    const targets = nameWordTargets(page, ['Mihai Dumitrascu'], null);
    const patched = withForeignLetters(page, targets, targets.map((t) => (page.words[t.wordIndex]!.text === 'Dumitrascu' ? read(['Dumitraşcu', 0.94, 'ron']) : null)));
    expect(patched?.words.map((w) => w.text)).toEqual(['Herrn', 'Mihai', 'Dumitrașcu']);
  });

  it('puts a foreign letter for any one letter only where a confident second read is clearly surer than the first', () => {
    const page = (confidence: number) => pageFromLines(['Herrn Goran PetroviE'], { source: 'ocr', confidence: (t) => (t === 'PetroviE' ? confidence : 0.95) });
    const mended = (confidence: number) => {
      const p = page(confidence);
      const targets = nameWordTargets(p, ['Goran PetroviE'], null);
      return withForeignLetters(p, targets, targets.map((t) => (p.words[t.wordIndex]!.text === 'PetroviE' ? read(['Petrović', 0.96, 'hrv']) : null)))?.words[2]!.text ?? null;
    };
    expect(mended(0.11)).toBe('Petrović');
    expect(mended(0.85)).toBeNull();
    // An accent on the same base is no letter misread: the German "Jörg" stays, however sure the Polish "Jórg".
    expect(mergeForeignLetters('Jörg', 'Jórg', true, true)).toBeNull();
  });

  it('takes from a model only letters of its language: the Polish "Josć" is no reading of José', () => {
    const page = pageFromLines(['Herrn Jose Garcia'], { source: 'ocr', confidence: () => 0.95 });
    const targets = [{ wordIndex: 1, bbox: page.words[1]!.bbox, languages: ['pol', 'fra'] as NameLanguage[] }];
    expect(withForeignLetters(page, targets, [read(['Josć', 0.9, 'pol'])])).toBeNull();
    expect(withForeignLetters(page, targets, [read(['Josć', 0.9, 'pol'], ['José', 0.85, 'fra'])])?.words[1]!.text).toBe('José');
  });

  it('takes a given name of the lexicon that an unsure second read spells ("SneZana" + Croatian "Snežana" at 0.63), and marks it unsure', () => {
    const page = pageFromLines(['Frau SneZana Horvat'], { source: 'ocr', confidence: () => 0.91 });
    const targets = nameWordTargets(page, ['SneZana Horvat'], null);
    const patched = withForeignLetters(page, targets, targets.map((t) => (page.words[t.wordIndex]!.text === 'SneZana' ? read(['Snežana:', 0.63, 'hrv']) : null)));
    expect(patched?.words[1]).toMatchObject({ text: 'Snežana' });
    expect(patched!.words[1]!.confidence).toBeLessThanOrEqual(0.6);
  });
});

describe('lacksKnownLetters: names of the languages that joined, read without their letters', () => {
  it.each([
    ['Alexandru Turcanu', true],
    ['Mädälina Päun', true],
    ['SneZana Horvat', true],
    ['Mariam Traore', true],
    ['Renee Dubois', true],
    // A Turkish or Polish name with none of either language's letters: it may have lost them, or never had any.
    ['Mehmet Ali Demirtas', true],
    ['Agnieszka Nowak', true],
    // Spelled as the lexicon spells them, or with the language's letters, or with no sign at all.
    ['Ion Popa', false],
    ['Alexandru Țurcanu', false],
    ['Stefan Weber', false],
    ['Mulu Bekele', false],
  ])('%s → %s', (name, expected) => {
    expect(lacksKnownLetters(name)).toBe(expected);
  });
});

describe('a private landlord’s name on a scan, read as a tenant’s is', () => {
  const landlordOf = (name: string, source: 'ocr' | 'text-layer') =>
    extractDocument([pageFromLines(['Amtsgericht Köln | Az. 204 C 118/25', 'Klägerin:', name, 'Ringstraße 4, 50667 Köln', 'Beklagte:', 'Anna Schmidt', 'Domstraße 1, 50667 Köln'], { source, confidence: () => (source === 'ocr' ? 0.99 : 1) })], {
      gazetteer: { courts: ['Köln'], towns: [{ name: 'Köln', postalCodes: ['50667'] }] },
      today: '2025-06-01',
    }).fields.landlord;

  it('is unsure when it may lack letters of its language, and only then', () => {
    const scanned = landlordOf('Mehmet Ali Demirtas', 'ocr')!.confidence;
    expect(scanned).toBeLessThanOrEqual(ROLE_WEIGHTS.unsure);
    // The same name from a text layer, or a German name on the scan, keeps the confidence of its role.
    expect(landlordOf('Mehmet Ali Demirtas', 'text-layer')!.confidence).toBeGreaterThan(scanned);
    expect(landlordOf('Gerda Schulte', 'ocr')!.confidence).toBeGreaterThan(scanned);
  });
});
