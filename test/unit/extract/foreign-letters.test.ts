import { describe, expect, it } from 'vitest';
import { acuteForUmlaut, confusionTrusted, lacksKnownLetters, mergeForeignLetters, nameWordTargets, withForeignLetters, type NameLanguage, type Reread } from '../../../src/core/extract/foreign-letters.js';
import { pageFromLines } from '../../support/page-factory.js';

const reread = (...words: [string, number][]): Reread => ({ words: words.map(([text, confidence]) => ({ text, confidence })) });

describe('mergeForeignLetters: only accents, never another letter', () => {
  it('puts the accents of the second read on the same base letters', () => {
    expect(mergeForeignLetters('Sahin', 'Şahin')).toBe('Şahin');
    expect(mergeForeignLetters('Yildiz', 'Yıldız')).toBe('Yıldız');
    expect(mergeForeignLetters('Lucja', 'Łucja')).toBe('Łucja');
    expect(mergeForeignLetters('Dabrowska', 'Dąbrowska')).toBe('Dąbrowska');
    expect(mergeForeignLetters('Oztürk', 'Öztürk')).toBe('Öztürk');
  });

  it('keeps the first reading when the second read spells a different name or adds nothing', () => {
    expect(mergeForeignLetters('Sahin', 'Sahin')).toBeNull();
    expect(mergeForeignLetters('Sahin', 'Şahln')).toBeNull();
    expect(mergeForeignLetters('Sahin', 'Şahinn')).toBeNull();
    expect(mergeForeignLetters('Weiß', 'Weiğ')).toBeNull();
  });

  it('never takes an accent away or swaps a German umlaut for a foreign accent', () => {
    expect(mergeForeignLetters('Müller', 'Muller')).toBeNull();
    expect(mergeForeignLetters('Jörg', 'Jórg')).toBeNull();
    expect(mergeForeignLetters('Jürgen', 'Jurgen')).toBeNull();
  });

  it('takes ł for t, tl or lt, ń for h, ni or hn and ğ for gd, gj or d (what the German model reads instead) only from a trusted second read', () => {
    expect(mergeForeignLetters('Matgorzata', 'Małgorzata', true)).toBe('Małgorzata');
    expect(mergeForeignLetters('Matlgorzata', 'Małgorzata', true)).toBe('Małgorzata');
    expect(mergeForeignLetters('Pawetl', 'Paweł.', true)).toBe('Paweł');
    expect(mergeForeignLetters('Zielihska', 'Zielińska', true)).toBe('Zielińska');
    expect(mergeForeignLetters('Zielihnska', 'Zielińska', true)).toBe('Zielińska');
    expect(mergeForeignLetters('Pawelt', 'Paweł', true)).toBe('Paweł');
    expect(mergeForeignLetters('Zieliniska', 'Zielińska,', true)).toBe('Zielińska');
    expect(mergeForeignLetters('Ltucja', 'Łucja', true)).toBe('Łucja');
    expect(mergeForeignLetters('Zieliniska', 'Zielińska', false)).toBeNull();
    expect(mergeForeignLetters('Dogdan', 'Doğan', true)).toBe('Doğan');
    expect(mergeForeignLetters('Dogjan', 'Doğan,', true)).toBe('Doğan');
    expect(mergeForeignLetters('Dodan', 'Doğan', true)).toBe('Doğan');
    expect(mergeForeignLetters('Dodgan', 'Doğan', true)).toBe('Doğan');
    expect(mergeForeignLetters('Dojdan', 'Doğan', true)).toBe('Doğan');
    expect(mergeForeignLetters('Dojan', 'Doğan', true)).toBe('Doğan');
    expect(mergeForeignLetters('Maigorzata', 'Małgorzata', true)).toBe('Małgorzata');
    expect(mergeForeignLetters('Maigorzata', 'Małgorzata', false)).toBeNull();
    expect(mergeForeignLetters('Dogdan', 'Doğan', false)).toBeNull();
    expect(mergeForeignLetters('Matgorzata', 'Małgorzata', false)).toBeNull();
    expect(mergeForeignLetters('Gutmann', 'Gułmann', false)).toBeNull();
    expect(mergeForeignLetters('Muüller-Lüdenscheidt', 'Müller-Lüdenscheidt', true)).toBe('Müller-Lüdenscheidt');
    expect(mergeForeignLetters('Muüller', 'Müller', false)).toBeNull();
    // Never a letter dropped or added otherwise.
    expect(mergeForeignLetters('Pawetl', 'Pawet', true)).toBeNull();
    expect(mergeForeignLetters('Matlgorzata', 'Malgorzata', true)).toBeNull();
  });

  it('does not put a dot on a capital I ("İwanow"): too small to read on a scan', () => {
    expect(mergeForeignLetters('Iwanow', 'İwanow')).toBeNull();
  });

  it('trusts a confused letter from a confident reading, or from a fairly confident one that clearly beats every model that could have written it', () => {
    const w = (text: string, confidence: number, lang: NameLanguage) => ({ text, confidence, lang });
    expect(confusionTrusted(w('Małgorzata', 0.96, 'pol'), 'Matgorzata', 0, [])).toBe(true);
    // "Pawetl" 0.46 in German, "Pawet" 0.30 in Turkish, "Paweł" 0.78 in Polish.
    expect(confusionTrusted(w('Paweł', 0.78, 'pol'), 'Pawetl', 0.46, [w('Pawet', 0.3, 'tur'), w('Paweł', 0.78, 'pol')])).toBe(true);
    // Neither the German nor the Turkish model can write ł: their confident "Pawet" is no vote against it.
    expect(confusionTrusted(w('Paweł', 0.75, 'pol'), 'Pawet', 0.92, [w('Pawet', 0.79, 'tur'), w('Paweł', 0.75, 'pol')])).toBe(true);
    // Polish cannot write ğ: its "Dodan" does not count against Turkish "Doğan".
    expect(confusionTrusted(w('Doğan', 0.7, 'tur'), 'Dodan', 0.47, [w('Dogan,', 0.41, 'pol')])).toBe(true);
    // Both write ü: for "Muüller" the German and Turkish readings count.
    expect(confusionTrusted(w('Müller', 0.7, 'tur'), 'Muüller', 0.75, [])).toBe(false);
    // Below the floor a confused letter is never taken.
    expect(confusionTrusted(w('Paweł', 0.6, 'pol'), 'Pawet', 0.2, [])).toBe(false);
    expect(confusionTrusted(w('Gułmann', 0.6, 'pol'), 'Gutmann', 0.3, [w('Gutmann', 0.5, 'tur')])).toBe(false);
  });
});

describe('acuteForUmlaut: ó for the German model\'s ö, only where Polish clearly wins', () => {
  const read = (text: string, confidence: number, lang: NameLanguage) => ({ text, confidence, lang });

  it('takes "Wójcik" when the Polish reading is confident and the Turkish one with ö is clearly less so', () => {
    expect(acuteForUmlaut('Wöjcik', [read('Wöjcik', 0.92, 'tur'), read('Wójcik', 0.96, 'pol')])).toBe('Wójcik');
    expect(acuteForUmlaut('Wöjcik', [read('Wöjcik,', 0.23, 'tur'), read('|', 0.95, 'tur'), read('Wójcik,', 0.96, 'pol')])).toBe('Wójcik');
  });

  it('keeps the German umlaut of "Jörg" and "Björn": Turkish reads them with ö as well as Polish with ó', () => {
    expect(acuteForUmlaut('Jörg', [read('Jörg', 0.92, 'tur'), read('Jórg', 0.88, 'pol')])).toBeNull();
    expect(acuteForUmlaut('Björn', [read('Björn', 0.9, 'tur'), read('Bjórn', 0.91, 'pol')])).toBeNull();
  });

  it('keeps it too when the German first read was surer than Polish, however weak the Turkish reading', () => {
    // A photo: German "Jörg" 0.96, Turkish 0.78, Polish "Jórg" 0.93.
    expect(acuteForUmlaut('Jörg', [read('Jörg', 0.78, 'tur'), read('Jórg', 0.93, 'pol')], 0.96)).toBeNull();
    expect(acuteForUmlaut('Wöjcik', [read('Wöjcik;', 0.82, 'tur'), read('Wójcik;', 0.96, 'pol')], 0.88)).toBe('Wójcik');
    expect(acuteForUmlaut('Wöjcik', [read('Wöjcik', 0.89, 'tur'), read('Wójcik', 0.94, 'pol')], 0.92)).toBe('Wójcik');
    // A margin of exactly 0.03 is enough, whatever floating point makes of 0.95 - 0.92.
    expect(acuteForUmlaut('Wöjcik', [read('Wöjcik', 0.92, 'tur'), read('Wójcik', 0.95, 'pol')], 0.92)).toBe('Wójcik');
  });

  it('wants a confident Polish reading of the same word, with the language known', () => {
    expect(acuteForUmlaut('Wöjcik', [read('Wójcik', 0.63, 'pol')])).toBeNull();
    expect(acuteForUmlaut('Wöjcik', [{ text: 'Wójcik', confidence: 0.96 }])).toBeNull();
    expect(acuteForUmlaut('Wöjcik', [read('Wójcika', 0.96, 'pol')])).toBeNull();
    expect(acuteForUmlaut('Wojcik', [read('Wójcik', 0.96, 'pol')])).toBeNull();
  });
});

describe('nameWordTargets: which words are read again', () => {
  it('finds every place a name word stands, nearest the tenants field first, punctuation ignored', () => {
    const page = pageFromLines(['Ayse Koc und Mehmet Koc', 'Beklagte: Frau Ayse Koc, Herrn Mehmet Koc', 'Ohne Bezug'], { source: 'ocr' });
    const field = [0.1, 0.07, 0.5, 0.082] as const;
    const targets = nameWordTargets(page, ['Ayse Koc', 'Mehmet Koc'], field);
    const texts = targets.map((t) => page.words[t.wordIndex]!.text);
    expect(texts.slice(0, 4).sort()).toEqual(['Ayse', 'Koc', 'Koc,', 'Mehmet'].sort());
    expect(targets.slice(0, 4).every((t) => t.bbox[1] >= 0.07)).toBe(true);
    expect(texts.sort()).toEqual(['Ayse', 'Ayse', 'Koc', 'Koc', 'Koc', 'Koc,', 'Mehmet', 'Mehmet'].sort());
  });
});

describe('nameWordTargets: only names that may hold a letter the German model cannot write', () => {
  const confident = { source: 'ocr' as const, confidence: () => 0.95 };
  const targetTexts = (page: ReturnType<typeof pageFromLines>, names: string[]) => nameWordTargets(page, names, null).map((t) => page.words[t.wordIndex]!.text).sort();

  it('reads no German name again that the first read was sure of', () => {
    const page = pageFromLines(['Beklagte: Anna Schneider und Klaus Becker'], confident);
    expect(nameWordTargets(page, ['Anna Schneider', 'Klaus Becker'], null)).toEqual([]);
  });

  it('reads a German name word again that the first read was unsure of or wrote with a sign inside', () => {
    const unsure = pageFromLines(['Beklagte: Uwe Oztürk'], { source: 'ocr', confidence: (t) => (t === 'Oztürk' ? 0.6 : 0.95) });
    expect(targetTexts(unsure, ['Uwe Oztürk'])).toEqual(['Oztürk']);
    const garbled = pageFromLines(['Beklagte: Anna Schnei!der'], confident);
    expect(targetTexts(garbled, ['Anna Schnei!der'])).toEqual(['Schnei!der']);
  });

  it('reads every word of a name again that shows a sign: a Turkish or Polish given name, a known name without its letters, a family-name ending', () => {
    expect(targetTexts(pageFromLines(['Herr Mehmet Kaya'], confident), ['Mehmet Kaya'])).toEqual(['Kaya', 'Mehmet']);
    expect(targetTexts(pageFromLines(['Frau Anna Wisniewska'], confident), ['Anna Wisniewska'])).toEqual(['Anna', 'Wisniewska']);
    expect(targetTexts(pageFromLines(['Frau Anna Przybylska'], confident), ['Anna Przybylska'])).toEqual(['Anna', 'Przybylska']);
    expect(targetTexts(pageFromLines(['Herr Pawetl Kowal'], confident), ['Pawetl Kowal'])).toEqual(['Kowal', 'Pawetl']);
  });
});

describe('a first Ł the German model read as a small t ("Frau tucja Celik")', () => {
  it('is found on the page by the name the parser capitalised, and takes the Ł from a trusted Polish read', () => {
    const page = pageFromLines(['Beklagte: 2. Frau tucja Celik, geb. 04.03.1991'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Tucja Celik'], null);
    expect(targets.map((t) => page.words[t.wordIndex]!.text).sort()).toEqual(['Celik,', 'tucja']);
    const rereads: Reread[] = targets.map((t) =>
      page.words[t.wordIndex]!.text === 'tucja'
        ? { words: [{ text: 'tucja', confidence: 0.86, lang: 'tur' }, { text: 'Łucja', confidence: 0.96, lang: 'pol' }] }
        : { words: [{ text: 'Celik,', confidence: 0.9, lang: 'tur' }] },
    );
    expect(withForeignLetters(page, targets, rereads)?.words.map((w) => w.text)).toContain('Łucja');
    expect(mergeForeignLetters('tucja', 'Łucja', false)).toBeNull();
  });
});

describe('withForeignLetters: the page with the accents put in', () => {
  it('passes over specks of the neighbours and keeps punctuation around the word', () => {
    const page = pageFromLines(['Beklagte: Sahin, Zeynep'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Zeynep Sahin'], null);
    const rereads = targets.map((t) => (page.words[t.wordIndex]!.text === 'Sahin,' ? reread(['|', 0.9], ['Şahin,', 0.8], ['I', 0.7]) : reread(['Zeynep', 0.95])));
    const patched = withForeignLetters(page, targets, rereads);
    expect(patched?.words.map((w) => w.text)).toEqual(['Beklagte:', 'Şahin,', 'Zeynep']);
    expect(page.words[1]!.text).toBe('Sahin,');
  });

  it('finds and corrects a name word OCR wrote with "$" for ś', () => {
    const page = pageFromLines(['2. Frau Gül Wis$niewska, geb. 27.04.1959'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Gül Wisniewska'], null);
    expect(targets.map((t) => page.words[t.wordIndex]!.text).sort()).toEqual(['Gül', 'Wis$niewska,']);
    const patched = withForeignLetters(page, targets, targets.map((t) => (page.words[t.wordIndex]!.text === 'Gül' ? null : reread(['Wiśniewska,', 0.7]))));
    expect(patched?.words.map((w) => w.text)).toContain('Wiśniewska,');
  });

  it('finds and corrects a name word OCR wrote with "!" for ł ("Pawe!", seed 20261211 doc-052)', () => {
    const page = pageFromLines(['2. Herr Pawe! Mustermann'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Pawel Mustermann'], null);
    expect(targets.map((t) => page.words[t.wordIndex]!.text)).toContain('Pawe!');
    const patched = withForeignLetters(page, targets, targets.map((t) => (page.words[t.wordIndex]!.text === 'Pawe!' ? reread(['Pawet', 0.22], ['Paweł', 0.89]) : null)));
    expect(patched?.words.map((w) => w.text)).toContain('Paweł');
  });

  it('reads a "!" after a second read\'s word as punctuation, not as the l of the page\'s words (seed 20261210 doc-011)', () => {
    const page = pageFromLines(['Schuldner: Frau Lucja Wisniewska'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Lucja Wisniewska'], null);
    const patched = withForeignLetters(page, targets, targets.map((t) => (page.words[t.wordIndex]!.text === 'Lucja' ? reread(['Lucja', 0.1], ['|', 0.81], ['Łucja!', 0.62]) : null)));
    expect(patched?.words.map((w) => w.text)).toContain('Łucja');
  });

  it('trusts no second read below half confidence, and returns null when nothing changed', () => {
    const page = pageFromLines(['Herrn Mehmet Celikkan'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Mehmet Celikkan'], null);
    expect(withForeignLetters(page, targets, targets.map(() => reread(['Çelikkan', 0.3])))).toBeNull();
    expect(withForeignLetters(page, targets, targets.map(() => null))).toBeNull();
  });

  it('takes a known name from an unsure second read ("Lucja" + Polish "Łucja" at 0.1), and marks its word unsure', () => {
    const page = pageFromLines(['Frau Lucja Wöjcik und Herr Pawetl Matgorzata'], { source: 'ocr', confidence: () => 0.91 });
    const targets = nameWordTargets(page, ['Lucja Wöjcik', 'Pawetl Matgorzata'], null);
    const second: Record<string, Reread> = {
      Lucja: { words: [{ text: 'tucja', confidence: 0.66, lang: 'tur' }, { text: '|', confidence: 0.63, lang: 'pol' }, { text: 'Łucja', confidence: 0.1, lang: 'pol' }] },
      Wöjcik: { words: [{ text: 'Wöjcik', confidence: 0.85, lang: 'tur' }, { text: 'Wójcik', confidence: 0.79, lang: 'pol' }] },
      Pawetl: { words: [{ text: 'Pawet', confidence: 0.9, lang: 'tur' }, { text: 'Paweł', confidence: 0.63, lang: 'pol' }] },
      Matgorzata: { words: [{ text: 'Małgorzata', confidence: 0.2, lang: 'pol' }] },
    };
    const patched = withForeignLetters(page, targets, targets.map((t) => second[page.words[t.wordIndex]!.text] ?? null));
    expect(patched?.words.map((w) => w.text)).toEqual(['Frau', 'Łucja', 'Wójcik', 'und', 'Herr', 'Paweł', 'Małgorzata']);
    expect(patched?.words.filter((w) => w.text !== 'Frau' && w.text !== 'und' && w.text !== 'Herr').every((w) => w.confidence <= 0.6)).toBe(true);
  });

  it('takes no known name that is another name than the one read, nor a name off the list', () => {
    const page = pageFromLines(['Frau Lucia Lukas'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Lucia Lukas'], null);
    // "Łucja" is not "Lucia" with a foreign letter; "Łukas" is on no list.
    const rereads = targets.map((t) => (page.words[t.wordIndex]!.text === 'Lucia' ? reread(['Łucja', 0.2]) : reread(['Łukas', 0.2])));
    expect(withForeignLetters(page, targets, rereads)).toBeNull();
  });

  it('puts in no umlaut the German model could have written where it read the word more confidently', () => {
    const page = pageFromLines(['Herrn Uwe Oztürk'], { source: 'ocr', confidence: (t) => (t === 'Uwe' ? 0.93 : 0.5) });
    const targets = nameWordTargets(page, ['Uwe Oztürk'], null);
    const rereads = targets.map((t) => (page.words[t.wordIndex]!.text === 'Uwe' ? reread(['Üwe', 0.61], ['Uwe', 0.83]) : reread(['Öztürk', 0.8])));
    // "Öztürk" (the dots lost on the first read, 0.5) is taken; "Üwe" (0.61 against 0.93) is not.
    expect(withForeignLetters(page, targets, rereads)?.words.map((w) => w.text)).toEqual(['Herrn', 'Uwe', 'Öztürk']);
  });

  it('gives the same word elsewhere on the page the accent read in one place, unless two places disagree', () => {
    const page = pageFromLines(['Mehmet Sahin und Ayse Sahin'], { source: 'ocr' });
    const targets = nameWordTargets(page, ['Mehmet Sahin', 'Ayse Sahin'], null);
    const sahin = targets.filter((t) => page.words[t.wordIndex]!.text === 'Sahin').map((t) => t.wordIndex);
    const secondReads = (first: string, second: string) =>
      targets.map((t) => (t.wordIndex === sahin[0] ? reread([first, 0.95]) : t.wordIndex === sahin[1] ? reread([second, 0.9]) : null));

    expect(withForeignLetters(page, targets, secondReads('Şahin', 'Sahin'))?.words.map((w) => w.text)).toEqual(['Mehmet', 'Şahin', 'und', 'Ayse', 'Şahin']);
    // Two places that read different accents: each keeps its own, nothing is carried over.
    expect(withForeignLetters(page, targets, secondReads('Şahin', 'Sahın'))?.words.map((w) => w.text)).toEqual(['Mehmet', 'Şahin', 'und', 'Ayse', 'Sahın']);
  });
});

describe('lacksKnownLetters', () => {
  it.each([
    // Known Turkish names without their letters.
    ['Emre Celik', true],
    // Family names of languages no model here writes: Romanian ă ș ț, South Slavic č ć š ž.
    ['Ionut Rädulescu', true],
    ['Marius Ionescu', true],
    ['Edin Hadzic', true],
    ['Goran Kovacevic', true],
    // Vietnamese names (ă â ơ ư đ and tone marks).
    ['Thu Hä Pham', true],
    // German names and names read with their letters.
    ['Uwe Rößler', false],
    ['Emre Çelik', false],
    ['Agnieszka Wójcik', false],
  ])('%s → %s', (name, expected) => {
    expect(lacksKnownLetters(name)).toBe(expected);
  });
});

describe('lacksKnownLetters on a South Slavic name read with its last letter', () => {
  it('does not flag "Petrović"', () => {
    expect(lacksKnownLetters('Goran Petrović')).toBe(false);
  });
});
