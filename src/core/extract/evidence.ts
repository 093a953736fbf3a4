import { foldChars } from '../parse/ocr-repair.js';
import type { DocText, Evidence } from './layout.js';
import { evidenceOf } from './layout.js';

/** A value read from the document with where it came from and how sure we are. */
export interface Found<T> {
  value: T;
  confidence: number;
  page: number;
  bbox: Evidence['bbox'];
  start: number;
}

/** Text view used by the field rules: original and folded (lower case, umlauts folded, same offsets). */
export interface View {
  doc: DocText;
  text: string;
  folded: string;
  /** Folded with "ae/oe/ue/ss" collapsed too ("Raeumung" = "Räumung"); offsets differ, only for yes/no tests. */
  loose: string;
}

export function makeView(doc: DocText): View {
  const folded = foldChars(doc.text);
  return { doc, text: doc.text, folded, loose: loosen(folded) };
}

export function loosen(folded: string): string {
  return folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ss/g, 's');
}

const UMLAUT_SPOTS: [RegExp, string][] = [
  [/raumung/g, 'ra(?:e)?umung'],
  [/klager/g, 'kla(?:e)?ger'],
  [/mundlich/g, 'mu(?:e)?ndlich'],
  [/ruckstand/g, 'ru(?:e)?ckstand'],
  [/geschafts/g, 'gescha(?:e)?fts'],
  [/verkundet/g, 'verku(?:e)?ndet'],
  [/glaubiger/g, 'gla(?:e)?ubiger'],
  [/gutever/g, 'gu(?:e)?tever'],
  [/gutetermin/g, 'gu(?:e)?tetermin'],
  [/hohe/g, 'ho(?:e)?he'],
  [/entschadigung/g, 'entscha(?:e)?digung'],
  [/fruh/g, 'fru(?:e)?h'],
  [/fur\b/g, 'fu(?:e)?r'],
  [/miethohe/g, 'mietho(?:e)?he'],
];

/** Label patterns are written for folded text ("raumung"); this also accepts "raeumung". */
export function tolerant(source: string): string {
  return UMLAUT_SPOTS.reduce((s, [re, to]) => s.replace(re, to), source);
}

/** Label strength: 1 exact label, ~0.9 tolerant label, ~0.8 prose or fallback. */
export function found<T>(view: View, value: T, start: number, end: number, strength: number): Found<T> | null {
  const ev = evidenceOf(view.doc, start, end);
  if (!ev) return null;
  return { value, confidence: confidenceOf(strength, ev.confidence), page: ev.page, bbox: ev.bbox, start };
}

/**
 * A field's confidence: how sure the rule that found it is (`strength`) times the OCR's mean word confidence
 * under it (1 on a text layer). Calibrated with `npm run eval -- --values` over six corpora of 100 notices
 * (4,190 values): with the OCR confidence squared, values at 0.8–0.9 were 99.7% right, yet four in five values
 * and nearly every scanned one sat below 0.9 and were marked for review. Taken once, a value from clean words
 * (≥ 0.93) of a strong rule reaches 0.9, one from shaky words does not; 56% of values reach 0.9 and are
 * 99.96% right, and accuracy falls with the bands below (0.85–0.9: 99.5%, 0.8–0.85: 98.7%, 0.6–0.8: 97.7%).
 */
export function confidenceOf(strength: number, ocrConfidence: number): number {
  return clamp(strength * ocrConfidence);
}

export function clamp(x: number): number {
  return Math.max(0, Math.min(0.99, Math.round(x * 1000) / 1000));
}

/** Every match of a label pattern (written for folded text) as [start, end]. */
export function labels(view: View, pattern: RegExp): { start: number; end: number; text: string }[] {
  const re = new RegExp(tolerant(pattern.source), pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...view.folded.matchAll(re)].map((m) => {
    // A scanned table's ruling reads as "|" between label and value cell: step over it like over a tab.
    const end = m.index + m[0].length;
    const rule = /^[ \t]*\|[ \t|:]*/.exec(view.folded.slice(end, end + 6));
    return { start: m.index, end: end + (rule ? rule[0].length : 0), text: m[0] };
  });
}

/** Joins several boxes on the same page (the first box's page wins). */
export function unionBox(items: { page: number; bbox: Evidence['bbox'] }[]): Evidence['bbox'] {
  const page = items[0]!.page;
  const same = items.filter((i) => i.page === page);
  return [
    Math.min(...same.map((i) => i.bbox[0])),
    Math.min(...same.map((i) => i.bbox[1])),
    Math.max(...same.map((i) => i.bbox[2])),
    Math.max(...same.map((i) => i.bbox[3])),
  ];
}
