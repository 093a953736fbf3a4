import type { BBox } from '../page.js';
import { CUE_STEMS, type Cue } from './cues.js';
import { allowedEdits, fuzzyKey, stemDistance } from './fuzzy.js';
import { evidenceOf, type DocText } from './layout.js';

/**
 * The document as the finders and the role scorer see it: its text (lines of positioned words, a tab between
 * table cells), the lines with their place on the page, the words as tokens, and where label stems (cues)
 * stand. Offsets are into `text`; `folded` has the same length (lower case, umlauts to base letters).
 */
export interface Span {
  start: number;
  end: number;
}

export interface TextLine extends Span {
  index: number;
  page: number;
  /** Page-relative box of the line's words. */
  bbox: BBox;
  cells: Span[];
  /** A wider vertical gap than usual before this line: a new paragraph or block. */
  gapBefore: boolean;
}

export interface Token extends Span {
  text: string;
  key: string;
  line: number;
}

export interface CueHit extends Span {
  cue: Cue;
  weight: number;
  /** Index of the (last) token it stands on. */
  token: number;
  line: number;
}

export interface View {
  doc: DocText;
  text: string;
  folded: string;
  lines: TextLine[];
  tokens: Token[];
  cues: CueHit[];
  /** Index of the line that holds an offset. */
  lineAt(offset: number): number;
  /** Index of the first token that starts at or after an offset. */
  tokenAt(offset: number): number;
}

interface Stem {
  cue: Cue;
  weight: number;
  words: string[];
  whole: boolean;
  length: number;
}

/**
 * A word's key for label stems: fuzzyKey with umlauts written out as their base letter, as forms in capitals and
 * typewriter fonts print them ("KLAEGER/IN", "RAEUMUNGSOBJEKT", "Rueckstand").
 */
function cueKey(word: string): string {
  return fuzzyKey(word).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

const STEMS: Stem[] = Object.entries(CUE_STEMS).flatMap(([cue, stems]) =>
  stems.map(([raw, weight]) => {
    const whole = raw.startsWith('=');
    const words = raw.replace(/^=/, '').split(' ').map(cueKey);
    return { cue: cue as Cue, weight, words, whole, length: words.join('').length };
  }),
);

/** Every word of every stem once, with whether it must be the whole word and how many edits it allows. */
const STEM_WORDS = [...new Map(STEMS.flatMap((s) => s.words.map((w, i) => {
  const whole = s.whole || (s.words.length > 1 && w.length < 5);
  return [`${whole ? '=' : ''}${w}`, { word: w, whole, edits: whole ? 0 : allowedEdits(w.length), letters: letterCounts(w), last: i === s.words.length - 1 }] as const;
}))).values()];

function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(26);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) counts[c]! += 1;
  }
  return counts;
}

/**
 * The stem words a token's key holds, with the edits used. A misread stem needs nearly all its letters in the
 * word, which a letter count checks cheaply before the edit distance is computed.
 */
function stemWordsIn(key: string): Map<string, number> {
  const found = new Map<string, number>();
  const counts = letterCounts(key);
  for (const w of STEM_WORDS) {
    const id = `${w.whole ? '=' : ''}${w.word}`;
    if (w.whole) {
      if (key === w.word) found.set(id, 0);
      continue;
    }
    if (key.includes(w.word)) {
      found.set(id, 0);
      continue;
    }
    if (w.edits === 0 || key.length < w.word.length - w.edits) continue;
    let missing = 0;
    for (let c = 0; c < 26 && missing <= w.edits; c++) missing += Math.max(0, w.letters[c]! - counts[c]!);
    if (missing > w.edits) continue;
    const edits = stemDistance(key, w.word, w.edits);
    if (edits >= 0) found.set(id, edits);
  }
  return found;
}

/**
 * A token: a run of letters and digits, or a word set letter-spaced as rubrums and headings print it ("g e g e n",
 * "U r t e i l", "B e s c h l u s s": four or more single letters one space apart), read as the word it spells.
 */
const LETTER_SPACED = /\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;

/** The token a LETTER_SPACED match stands for, on line `line`. */
function tokenOf(m: RegExpMatchArray & { index: number }, line: number): Token {
  const word = m[0].replace(/ /g, '');
  return { start: m.index, end: m.index + m[0].length, text: word, key: cueKey(word), line };
}

/** Words a role label may hold besides its role word ("Beklagte Partei", "Kläger/in", "Beklagte(r)"). */
const LABEL_FILLER = /^(?:partei|seite|in|innen|r|n|die|der|des|den)$/;

/**
 * Whether a text is a party's role label and nothing else ("Klägerin:", "Beklagte Partei:", "Gläubiger/in"): its
 * first word a tenant's, landlord's or counsel's stem, the rest (two words at most) what labels add to it; no name.
 */
export function isRoleLabel(text: string): boolean {
  const tokens = [...text.matchAll(LETTER_SPACED)].map((m) => tokenOf(m, 0));
  if (!tokens.length || tokens.length > 3 || !tokens.slice(1).every((t) => LABEL_FILLER.test(t.key))) return false;
  return findCues(tokens).some((h) => h.token === 0 && (h.cue === 'tenant' || h.cue === 'landlord' || h.cue === 'counsel'));
}

export function makeView(doc: DocText): View {
  const text = doc.text;
  const folded = foldCase(text);
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    if (raw.trim()) {
      const ev = evidenceOf(doc, start, end);
      const cells: Span[] = [];
      let cellStart = start;
      for (const part of raw.split('\t')) {
        if (part.trim()) cells.push({ start: cellStart, end: cellStart + part.length });
        cellStart += part.length + 1;
      }
      lines.push({ index: lines.length, start, end, page: ev?.page ?? 1, bbox: ev?.bbox ?? [0, 0, 0, 0], cells, gapBefore: false });
    }
    start = end + 1;
  }
  markGaps(lines);
  const tokens: Token[] = [];
  let li = 0;
  for (const m of text.matchAll(LETTER_SPACED)) {
    while (li < lines.length - 1 && lines[li]!.end < m.index) li++;
    tokens.push(tokenOf(m, li));
  }
  const lineStarts = lines.map((l) => l.start);
  const tokenStarts = tokens.map((t) => t.start);
  return {
    doc,
    text,
    folded,
    lines,
    tokens,
    cues: findCues(tokens),
    lineAt: (offset) => Math.max(0, upperBound(lineStarts, offset) - 1),
    tokenAt: (offset) => lowerBound(tokenStarts, offset),
  };
}

/** A line starts a new block where the gap above it is clearly wider than the page's usual line spacing. */
function markGaps(lines: TextLine[]): void {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && b.bbox[1] > a.bbox[1]) steps.push(b.bbox[1] - a.bbox[1]);
  }
  if (!steps.length) return;
  const sorted = [...steps].sort((x, y) => x - y);
  const usual = sorted[Math.floor(sorted.length / 3)]!;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    b.gapBefore = a.page !== b.page || b.bbox[1] - a.bbox[1] > usual * 1.8;
  }
  if (lines[0]) lines[0].gapBefore = true;
}

/**
 * Every token's cue: of the stems it holds, the best one (longest, fewest edits); phrase stems over consecutive
 * tokens. Tokens repeat a lot, so a key's stem words are found once.
 */
function findCues(tokens: Token[]): CueHit[] {
  const cache = new Map<string, Map<string, number>>();
  const wordsOf = (key: string) => {
    let found = cache.get(key);
    if (!found) cache.set(key, (found = key.length >= 2 ? stemWordsIn(key) : new Map()));
    return found;
  };
  const hits: CueHit[] = [];
  tokens.forEach((token, ti) => {
    const own = wordsOf(token.key);
    if (!own.size) return;
    const candidates: { stem: Stem; score: number }[] = [];
    for (const stem of STEMS) {
      const n = stem.words.length;
      if (ti - n + 1 < 0) continue;
      let edits = 0;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const word = stem.words[k]!;
        const id = `${stem.whole || (n > 1 && word.length < 5) ? '=' : ''}${word}`;
        const e = (k === n - 1 ? own : wordsOf(tokens[ti - n + 1 + k]!.key)).get(id);
        if (e === undefined) ok = false;
        else edits += e;
      }
      if (ok) candidates.push({ stem, score: stem.length - 2 * edits + (n > 1 ? 1 : 0) });
    }
    if (!candidates.length) return;
    const best = Math.max(...candidates.map((c) => c.score));
    for (const c of candidates.filter((x) => x.score === best)) {
      const first = tokens[ti - c.stem.words.length + 1]!;
      hits.push({ cue: c.stem.cue, weight: c.stem.weight, start: first.start, end: token.end, token: ti, line: token.line });
    }
  });
  return hits;
}

/** Lower case with umlauts and accents to their base letter; one character for one, so offsets survive. */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const base = lower === 'ß' ? 's' : lower === 'ı' ? 'i' : lower === 'ł' ? 'l' : lower.normalize('NFD').charAt(0);
    out += base.length === 1 && lower.length === 1 ? base : ch.length === 1 ? ch : ' '.repeat(ch.length);
  }
  return out;
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
