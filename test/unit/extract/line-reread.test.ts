import { describe, expect, it } from 'vitest';
import {
  fileNumberLineTargets,
  MAX_REREAD_CONFIDENCE,
  registerNumeralTargets,
  REREAD_NUMERAL_CONFIDENCE,
  withRegisterNumerals,
  withRereadLines,
  type LineReread,
} from '../../../src/core/extract/line-reread.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines } from '../../support/page-factory.js';

const ocr = (lines: string[]) => pageFromLines(lines, { source: 'ocr', confidence: 0.9 });
const textOf = (page: ReturnType<typeof ocr>, indexes: number[]) => indexes.map((i) => page.words[i]!.text).join(' ');
/** A second read of a line as the adapter gives it: words with boxes on the page. */
const reread = (text: string, confidence = 0.95): LineReread => ({
  words: text.split(' ').map((t, i) => ({ text: t, confidence, bbox: [0.5 + i * 0.05, 0.1, 0.54 + i * 0.05, 0.112] })),
});

describe('fileNumberLineTargets: which lines are read again', () => {
  it('takes a label and what follows it in its column, not the other column of the line', () => {
    const page = ocr(['Amtsgericht Gummersbach', 'Oberbergischer Kreis - Fachstelle | Geschäftsnummer. 216 15535 /25', 'Moltkestraße 42']);
    const targets = fileNumberLineTargets(page, false);
    expect(targets.map((t) => textOf(page, t.wordIndexes))).toEqual(['Geschäftsnummer. 216 15535 /25']);
    expect(targets[0]!.bbox[0]).toBeGreaterThanOrEqual(0.45);
  });

  it('finds the labels courts and bailiffs use (Aktenzeichen, Az., Gesch.-Nr., Geschäftszeichen, Dienstregister-Nr., DR-Nr., unser Zeichen)', () => {
    for (const label of ['Aktenzeichen:', 'Az.', 'Gesch.-Nr.:', 'Geschäftszeichen:', 'Dienstregister-Nr.:', 'DR-Nr.:', 'unser Zeichen:']) {
      const page = ocr(['Mitteilung', `${label} 3 € 640725`]);
      expect(fileNumberLineTargets(page, false).map((t) => textOf(page, t.wordIndexes)), label).toEqual([`${label} 3 € 640725`]);
    }
    // "Zeichen" alone is no label ("Ihr Zeichen" is the recipient's own reference).
    expect(fileNumberLineTargets(ocr(['Ihr Zeichen: 50 4711']), false)).toEqual([]);
  });

  it('takes a label misspelled by up to two letters ("Axrtenzeichen:"), not a word merely like one', () => {
    const page = ocr(['Oberbergischer Kreis - Fachstelle | Axrtenzeichen: 8 C 777125']);
    expect(fileNumberLineTargets(page, false).map((t) => textOf(page, t.wordIndexes))).toEqual(['Axrtenzeichen: 8 C 777125']);
    expect(fileNumberLineTargets(ocr(['Aktenordner: 8 C 777125']), false)).toEqual([]);
  });

  it('reads again a file number whose label and department were garbled: its tail alone, not the column before', () => {
    const glued = ocr(['Oberbergischer Kreis - Fachstelle Wohnraumsicherung 4,„.gC 2268 /26']);
    expect(fileNumberLineTargets(glued, false).map((t) => textOf(glued, t.wordIndexes))).toEqual(['4,„.gC 2268 /26']);
    const apart = ocr(['Oberbergischer Kreis - Fachstelle Wohnraumsicherung „,.17> C 577/26']);
    expect(fileNumberLineTargets(apart, false).map((t) => textOf(apart, t.wordIndexes))).toEqual(['„,.17> C 577/26']);
    // Not on a bailiff's notice (it needs a DR number), and not where the file number reads.
    expect(fileNumberLineTargets(apart, true)).toEqual([]);
    expect(fileNumberLineTargets(ocr(['Fachstelle Wohnraumsicherung 17 C 577/26']), false)).toEqual([]);
  });

  it('skips a line whose file number already reads, and text-layer pages', () => {
    expect(fileNumberLineTargets(ocr(['Aktenzeichen: 12 C 345/25']), false)).toEqual([]);
    expect(fileNumberLineTargets(pageFromLines(['Aktenzeichen: 216 15535 /25']), false)).toEqual([]);
  });

  it('on a bailiff notice, reads again a labelled line without a DR number, even if it holds a court file number', () => {
    const page = ocr(['Dienstregister-Nr.: DR 2922/26', 'Vollstreckungstitel: Urteil des Amtsgerichts Waldbröl, Az. 421 C 327/26']);
    expect(fileNumberLineTargets(page, true).map((t) => textOf(page, t.wordIndexes))).toEqual(['Dienstregister-Nr.: DR 2922/26', 'Az. 421 C 327/26']);
    expect(fileNumberLineTargets(ocr(['DR-Nr.: DR II 1551/26']), true)).toEqual([]);
    // The label's hyphen read as a letter ("DRANr-").
    const garbled = ocr(['Oberbergischer Kreis - Ordnungsamt / | DRANr- DR 24376']);
    expect(fileNumberLineTargets(garbled, true).map((t) => textOf(garbled, t.wordIndexes))).toEqual(['DRANr- DR 24376']);
  });
});

describe('withRereadLines: what is taken from the second read', () => {
  const page = ocr(['Oberbergischer Kreis - Fachstelle | Geschäftsnummer. 216 15535 /25', 'Schreiben vom: 13.10.2025']);
  const targets = fileNumberLineTargets(page, false);

  it('replaces the line by its second read when that holds a file number, shown for review (below 0.9)', () => {
    const patched = withRereadLines(page, targets, [reread('Geschäftsnummer: 21 C 1555 / 25', 0.96)], false)!;
    const texts = patched.words.map((w) => w.text);
    expect(texts).toEqual(['Oberbergischer', 'Kreis', '-', 'Fachstelle', 'Geschäftsnummer:', '21', 'C', '1555', '/', '25', 'Schreiben', 'vom:', '13.10.2025']);
    expect(Math.max(...patched.words.slice(4, 10).map((w) => w.confidence))).toBe(MAX_REREAD_CONFIDENCE);
    const { fields } = extractDocument([patched], { gazetteer: { courts: ['Gummersbach'], towns: [] } });
    expect(fields.fileNumber?.value).toBe('21 C 1555/25');
    expect(fields.fileNumber!.confidence).toBeLessThan(0.9);
  });

  it('keeps the first read when the second holds no file number (or none of the kind needed)', () => {
    expect(withRereadLines(page, targets, [reread('Geschäftsnummer: 216 15535 /25')], false)).toBeNull();
    expect(withRereadLines(page, targets, [null], false)).toBeNull();
    const bailiff = ocr(['Dienstregister-Nr.: DR 2922/26']);
    const drTargets = fileNumberLineTargets(bailiff, true);
    expect(withRereadLines(bailiff, drTargets, [reread('Dienstregister-Nr.: 2922/26 C 1/26')], true)).toBeNull();
    expect(withRereadLines(bailiff, drTargets, [reread('Dienstregister-Nr.: DR I 2922/26')], true)!.words.map((w) => w.text)).toEqual(['Dienstregister-Nr.:', 'DR', 'I', '2922/26']);
  });
});

describe('a DR number\'s unsure numeral read again with its line', () => {
  /** A bailiff's notice whose numeral word was read with `confidence`. */
  const bailiff = (numeral: string, confidence: number) => {
    const page = ocr(['Oberbergischer Kreis - Ordnungsamt | Dienstregister-Nr.: DR ' + numeral + ' 293/26', 'Den Schuldnern droht Obdachlosigkeit.']);
    return { ...page, words: page.words.map((w) => (w.text === numeral ? { ...w, confidence } : w)) };
  };

  it('reads the line of an unsure numeral again, not that of a sure one or of another number', () => {
    const page = bailiff('II', 0.64);
    expect(registerNumeralTargets(page, 'DR II 293/26').map((t) => textOf(page, t.wordIndexes))).toEqual(['Dienstregister-Nr.: DR II 293/26']);
    expect(registerNumeralTargets(bailiff('II', 0.95), 'DR II 293/26')).toEqual([]);
    expect(registerNumeralTargets(page, 'DR II 294/26')).toEqual([]);
    expect(registerNumeralTargets(pageFromLines(['Dienstregister-Nr.: DR II 293/26']), 'DR II 293/26')).toEqual([]);
  });

  it('takes a numeral with a stroke more from the second read, for review; never one with fewer, nor another number', () => {
    const page = bailiff('II', 0.64);
    const targets = registerNumeralTargets(page, 'DR II 293/26');
    const patched = withRegisterNumerals(page, targets, [reread('Dienstregister-Nr.: DR III 293/26', 0.81)], 'DR II 293/26')!;
    expect(patched.words.find((w) => w.text === 'III')!.confidence).toBe(0.81);
    const sure = withRegisterNumerals(page, targets, [reread('Dienstregister-Nr.: DR III 293/26', 0.96)], 'DR II 293/26')!;
    expect(sure.words.find((w) => w.text === 'III')!.confidence).toBe(REREAD_NUMERAL_CONFIDENCE);
    const { fields } = extractDocument([patched], { gazetteer: { courts: ['Gummersbach'], towns: [] } });
    expect(fields.fileNumber?.value).toBe('DR III 293/26');
    expect(fields.fileNumber!.confidence).toBeLessThan(0.9);
    expect(withRegisterNumerals(page, targets, [reread('Dienstregister-Nr.: DR I 293/26')], 'DR II 293/26')).toBeNull();
    expect(withRegisterNumerals(page, targets, [reread('Dienstregister-Nr.: DR III 298/26')], 'DR II 293/26')).toBeNull();
    expect(withRegisterNumerals(page, targets, [reread('Dienstregister-Nr.: DR IH 293/26')], 'DR II 293/26')).toBeNull();
    expect(withRegisterNumerals(page, targets, [null], 'DR II 293/26')).toBeNull();
  });
});
