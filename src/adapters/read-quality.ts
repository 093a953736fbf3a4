import { createRequire } from 'node:module';

/**
 * How well a page read, to choose between two reads of the same page (the plain one and one after
 * pre-processing): the amount of text read with confidence, a word of the German word list counting double.
 * Garbage from a bad read is unconfident and in no word list; text a read lost counts nothing; so the read
 * that found more real, confident words wins. The word list is the German stop words (articles, pronouns,
 * prepositions, auxiliaries: a third of the words of any German letter), which no misreading produces.
 */

const GERMAN_WORDS: ReadonlySet<string> = new Set((createRequire(import.meta.url)('stopwords-de') as string[]).map((w) => w.toLowerCase()));

export interface ScoredWord {
  text: string;
  /** 0..1 */
  confidence: number;
}

/** The word's letters and digits, lower case, without the punctuation around it. */
function core(text: string): string {
  return text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Whether a read word is a word of the German word list. */
export function isGermanWord(text: string): boolean {
  return GERMAN_WORDS.has(core(text));
}

/** Σ confidence × letters over the words, German words counted double. */
export function readScore(words: ScoredWord[]): number {
  let score = 0;
  for (const word of words) {
    const letters = core(word.text).length;
    score += word.confidence * letters * (GERMAN_WORDS.has(core(word.text)) ? 2 : 1);
  }
  return score;
}

/** Mean word confidence (0 without words). */
export function meanConfidence(words: ScoredWord[]): number {
  return words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
}
