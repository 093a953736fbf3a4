/**
 * Error rates of an OCR text against the printed text of its page, as the noise generator's native check
 * computes them (samples/noise-generator/native-cer.ts): all whitespace collapsed to single spaces, then
 * CER = character edit distance / truth length, WER = the same over words, and BoW miss = share of the
 * truth's words (as a multiset) absent from the output, which ignores reading order (two columns read one
 * after the other cost CER and WER, not BoW).
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Levenshtein distance of two sequences (characters or words), one row at a time. */
function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, substitution);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export interface TextError {
  cer: number;
  wer: number;
  bowMiss: number;
}

export function textError(ocr: string, truth: string): TextError {
  const a = normalise(ocr);
  const b = normalise(truth);
  const aWords = a === '' ? [] : a.split(' ');
  const bWords = b === '' ? [] : b.split(' ');
  const rate = (distance: number, length: number) => (length === 0 ? (distance === 0 ? 0 : 1) : distance / length);
  const left = new Map<string, number>();
  for (const word of aWords) left.set(word, (left.get(word) ?? 0) + 1);
  let missing = 0;
  for (const word of bWords) {
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else missing += 1;
  }
  return {
    cer: rate(editDistance([...a], [...b]), [...b].length),
    wer: rate(editDistance(aWords, bWords), bWords.length),
    bowMiss: rate(missing, bWords.length),
  };
}
