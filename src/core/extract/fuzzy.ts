/**
 * The one place where OCR noise is tolerated when words are compared: label stems against the words of a
 * page, a town against the gazetteer, a name against a lexicon. Everything else compares exact keys.
 *
 * A key folds what does not tell words apart on a scan: case, accents and umlaut dots (a fax loses them),
 * ß and ss, and the letter groups OCR reads for one another ("ii" for ü, "rn" for m, "vv" for w, digits for the
 * letters they look like). Two keys then match within a few edits, fewer for short words.
 */

import { levenshtein } from '../parse/ocr-repair.js';

/** The edit distance, shared with the parsers. */
export { levenshtein };

const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '|': 'l', '!': 'l', '5': 's', '8': 'b' };

/** The comparison key of a word: lower case, accents and umlauts to their base letter, OCR letter groups merged. */
export function fuzzyKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[01|!58]/g, (c) => DIGIT_AS_LETTER[c]!)
    .replace(/ii/g, 'u')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/ss/g, 's')
    .replace(/[^a-z]/g, '');
}

/**
 * Edits allowed for a stem of this many letters: none below 8 (a short stem one letter off is too often another
 * word: "mieter" in "Mietverhältnis"), one up to 11, two from 12.
 */
export function allowedEdits(length: number): number {
  return length < 8 ? 0 : length < 12 ? 1 : 2;
}

/**
 * Whether `stem` occurs in `word` (both keys) within the allowed edits: anywhere in it, as German compounds put
 * the label word inside a longer one ("Mietrückstandes", "Verhandlungstermin"). Returns the edits used, or -1.
 */
export function stemDistance(word: string, stem: string, maxEdits = allowedEdits(stem.length)): number {
  if (word.includes(stem)) return 0;
  if (maxEdits === 0 || word.length < stem.length - maxEdits) return -1;
  // A misread stem is looked for at the word's start or end only, where compounds put their parts
  // ("Mietrückstand", "Räumungstermin"); inside a word a near match is mostly another word.
  let best = maxEdits + 1;
  for (let length = stem.length - maxEdits; length <= stem.length + maxEdits; length++) {
    if (length > word.length) break;
    best = Math.min(best, levenshtein(stem, word.slice(0, length)), levenshtein(stem, word.slice(word.length - length)));
  }
  return best <= maxEdits ? best : -1;
}
