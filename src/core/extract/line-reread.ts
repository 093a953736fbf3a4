import type { BBox, Page, Word } from '../page.js';
import { findDrNumbers, findFileNumbers } from '../parse/file-number.parser.js';
import { foldChars, levenshtein } from '../parse/ocr-repair.js';
import { unionBox } from './layout.js';
import { buildLines } from './layout.js';

/**
 * Tesseract reads a page as a whole, and its page layout now and then garbles one line that it reads cleanly
 * on its own: "Geschäftsnummer: 21 C 1555 / 25" came out as "216 15535 /25", "3 C 640/25" as "3 € 640725",
 * "DR I 2922/26" as "DR 2922/26". When a document's own file number was not read although a label for it was,
 * the label's line is cut out of the page and read once more as a single line. The rules here decide which
 * lines to read again and what to take from that read: only a line whose second read holds a file number of
 * the kind the document needs, and then the whole line as read the second time.
 */

/** A line to read again: the words it replaces (indexes into the page's words) and the box around them. */
export interface LineTarget {
  wordIndexes: number[];
  bbox: BBox;
}

/** A second read of a line: its words with boxes on the page (0..1, like the page's). */
export interface LineReread {
  words: Word[];
}

/** Labels of a file number, as they start a word on a line (folded: "geschaftsnummer", "dr-nr.:"). */
const LABEL = /^(aktenzeichen|az\b|gesch(?:afts)?[-.]{0,2}(?:nr|nummer)\b|geschaftszeichen|dienstregister(?:-?nr|nummer)?\b|dr[^\s]?nr\b|zeichen\b)/;
/** Long labels as OCR misspells them ("Axrtenzeichen:"): within two edits of the word. */
const LONG_LABELS = ['aktenzeichen', 'geschaftsnummer', 'geschaftszeichen'];
/**
 * A court file number's register letter, serial and year whose department and label were garbled
 * ("4,„.gC 2268 /26", "„,.17> C 577/26"): the words it ends with.
 */
const UNLABELLED_TAIL = /[CHM€]\s?\d{1,6}\s?\/\s?\d{2}$/;
/** Words a line's file number runs over at most after its label ("DR", "II", "1234", "/", "25" and specks). */
const MAX_WORDS_AFTER_LABEL = 7;
/** Lines read again per document at most: a notice has one or two file-number labels. */
const MAX_TARGETS = 3;
/**
 * A second read is trusted only so far: it disagreed with the first, so its value is shown for review
 * (below 0.9) however sure the line read was.
 */
export const MAX_REREAD_CONFIDENCE = 0.9;

/**
 * The labelled lines whose file number the first read did not give: each from its label to the end of its
 * column (a wide gap ends it, as the next column of a letterhead begins there). A label may be misspelled by
 * two letters ("Axrtenzeichen: 8 C 777125"). On a line without a label, a court file number's tail whose
 * department was garbled with its label ("4,„.gC 2268 /26") is read again by itself.
 * `wantRegister`: a bailiff's notice needs its DR number; lines whose value already reads as one are skipped,
 * and for other documents lines that already read as any file number.
 */
export function fileNumberLineTargets(page: Page, wantRegister: boolean): LineTarget[] {
  if (page.source !== 'ocr') return [];
  const indexOf = new Map(page.words.map((w, i) => [w, i] as const));
  const targets: LineTarget[] = [];
  for (const line of buildLines(page.words)) {
    const heights = line.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
    const h = heights[Math.floor(heights.length / 2)] ?? 0.01;
    const labelled = targets.length;
    for (let i = 0; i < line.length && targets.length < MAX_TARGETS; i++) {
      if (!isLabel(line[i]!.text)) continue;
      // "unser Zeichen": the label is two words; "Zeichen" alone only after "unser".
      const twoWords = /^zeichen/.test(foldChars(line[i]!.text));
      if (twoWords && !/^unser/.test(foldChars(line[i - 1]?.text ?? ''))) continue;
      const words = twoWords ? [line[i - 1]!, line[i]!] : [line[i]!];
      for (let j = i + 1; j < line.length && words.length <= MAX_WORDS_AFTER_LABEL; j++) {
        if (line[j]!.bbox[0] - line[j - 1]!.bbox[2] > Math.max(h * 2.5, 0.03)) break;
        words.push(line[j]!);
      }
      const text = words.map((w) => w.text).join(' ');
      if (readsAsWanted(text, wantRegister)) continue;
      targets.push(targetOf(page, indexOf, words));
      i += words.length - 1;
    }
    if (!wantRegister && targets.length === labelled && targets.length < MAX_TARGETS) {
      const tail = unlabelledTail(line);
      if (tail) targets.push(targetOf(page, indexOf, tail));
    }
  }
  return targets;
}

function isLabel(word: string): boolean {
  const folded = foldChars(word);
  if (LABEL.test(folded)) return true;
  const bare = folded.replace(/[^a-z]+$/, '');
  return bare.length >= 10 && LONG_LABELS.some((label) => levenshtein(bare, label) <= 2);
}

/**
 * The words of a file number whose label and department were lost: the register letter's word (with the word
 * before it when the letter stands alone, as the department does) to the year. Only these words: read with the
 * column before them, the line reads no better.
 */
function unlabelledTail(line: Word[]): Word[] | null {
  for (let end = 0; end < line.length; end++) {
    for (let start = end; start >= Math.max(0, end - 2); start--) {
      const text = line.slice(start, end + 1).map((w) => w.text).join(' ');
      if (!UNLABELLED_TAIL.test(text) || !/[CHM€]$/.test(line[start]!.text)) continue;
      const words = line.slice(line[start]!.text.length === 1 ? Math.max(0, start - 1) : start, end + 1);
      return readsAsWanted(words.map((w) => w.text).join(' '), false) ? null : words;
    }
  }
  return null;
}

function targetOf(page: Page, indexOf: Map<Word, number>, words: Word[]): LineTarget {
  return { wordIndexes: words.map((w) => indexOf.get(w)!), bbox: unionBox(words.map((w) => ({ page: page.number, bbox: w.bbox }))) };
}

/** Whether a line's text holds the file number a document needs. */
function readsAsWanted(text: string, wantRegister: boolean): boolean {
  // A register number without its numeral may have lost it: its line is read again, and a read with one wins.
  return wantRegister ? findDrNumbers(text).some((m) => !m.bare) : findFileNumbers(text).length > 0 || findDrNumbers(text).length > 0;
}

/**
 * The page with each target line replaced by its second read, where that read holds the wanted file number
 * (its words' confidence capped at MAX_REREAD_CONFIDENCE); null when no line was replaced.
 */
export function withRereadLines(page: Page, targets: LineTarget[], rereads: (LineReread | null)[], wantRegister: boolean): Page | null {
  const drop = new Set<number>();
  // Words stay in reading order: a line's new words where its first replaced word was.
  const insert = new Map<number, Word[]>();
  targets.forEach((target, i) => {
    const reread = rereads[i];
    if (!reread || reread.words.length === 0 || target.wordIndexes.length === 0) return;
    if (!readsAsWanted(reread.words.map((w) => w.text).join(' '), wantRegister)) return;
    for (const index of target.wordIndexes) drop.add(index);
    insert.set(Math.min(...target.wordIndexes), reread.words.map((w) => ({ ...w, confidence: Math.min(w.confidence, MAX_REREAD_CONFIDENCE) })));
  });
  if (insert.size === 0) return null;
  const words = page.words.flatMap((word, index) => insert.get(index) ?? (drop.has(index) ? [] : [word]));
  return { ...page, words };
}

/**
 * A bailiff's register numeral read with less confidence than this is read once more with its line: the page
 * read loses a stroke of "III" now and then ("DR II 293/26", "DR I 232/26"; 4 of 130 DR lines over nine
 * corpora, all below 0.9), which the line read alone sees (3 of those 4; none of the other 126 got worse).
 */
const MIN_NUMERAL_CONFIDENCE = 0.9;
/** A numeral taken from the second read is shown for review. */
export const REREAD_NUMERAL_CONFIDENCE = 0.85;

/** A line that holds the document's DR number with an unsure numeral: `numeral` is the numeral word's index. */
export interface NumeralTarget extends LineTarget {
  numeral: number;
}

/** The lines of `page` that hold the DR number `register` ("DR II 293/26") with a numeral read unsurely. */
export function registerNumeralTargets(page: Page, register: string): NumeralTarget[] {
  if (page.source !== 'ocr') return [];
  const indexOf = new Map(page.words.map((w, i) => [w, i] as const));
  const targets: NumeralTarget[] = [];
  for (const line of buildLines(page.words)) {
    for (let i = 0; i < line.length - 1 && targets.length < MAX_TARGETS; i++) {
      const numeral = line[i + 1]!;
      if (line[i]!.text !== 'DR' || !/^[Il1|]{1,3}$/.test(numeral.text) || numeral.confidence >= MIN_NUMERAL_CONFIDENCE) continue;
      // The label before it and the serial after: enough of the line for the reader to see it as a line.
      const words = line.slice(Math.max(0, i - 1), i + 4);
      if (findDrNumbers(words.map((w) => w.text).join(' '))[0]?.value !== register) continue;
      targets.push({ ...targetOf(page, indexOf, words), numeral: indexOf.get(numeral)! });
    }
  }
  return targets;
}

/**
 * The page with the numeral of each target line as its second read gives it, where that read holds the same
 * register number with more strokes ("DR III 293/26" for the first read's "DR II 293/26"); never fewer, as a
 * lost stroke is what the first read does. Null when no numeral changed.
 */
export function withRegisterNumerals(page: Page, targets: NumeralTarget[], rereads: (LineReread | null)[], register: string): Page | null {
  const [, firstNumeral, rest] = /^DR (\S+) (.+)$/.exec(register) ?? [];
  if (!firstNumeral || !rest) return null;
  const numerals = new Map<number, Word>();
  targets.forEach((target, i) => {
    const reread = rereads[i];
    const again = reread ? findDrNumbers(reread.words.map((w) => w.text).join(' '))[0]?.value : undefined;
    const [, numeral, restAgain] = again ? (/^DR (\S+) (.+)$/.exec(again) ?? []) : [];
    if (!numeral || restAgain !== rest || !/^I+$/.test(numeral) || numeral.length <= firstNumeral.length) return;
    const read = reread!.words.find((w) => w.text.replace(/[1l|]/g, 'I') === numeral);
    numerals.set(target.numeral, { ...page.words[target.numeral]!, text: numeral, confidence: Math.min(read?.confidence ?? 0, REREAD_NUMERAL_CONFIDENCE) });
  });
  if (numerals.size === 0) return null;
  const words = page.words.map((word, index) => numerals.get(index) ?? word);
  return { ...page, words };
}
