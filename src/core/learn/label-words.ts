/**
 * The label words a remembered place is anchored to: fixed words of the form next to the value — on its line
 * before it and on the line above, or for a value in a box of its own the nearest ones — that are in the label
 * vocabulary (the cue stems of extract/cues.ts and a few
 * words forms print over their boxes). A label is remembered as its vocabulary stem, never as the word on the
 * page, and words with digits never count (but OCR's one digit for a letter): no name, street or number can get
 * into the memory this way.
 */
import { CUE_STEMS } from '../extract/cues.js';
import { fuzzyKey, stemDistance } from '../extract/fuzzy.js';
import type { BBox, Page, Word } from '../page.js';
import { lineAt, linesNear, linesOf } from './place-reading.js';

/** Words forms print over or before their boxes that are no cue of the extractor. */
const FORM_LABELS = ['=name', '=namen', 'vorname', 'nachname', 'uhrzeit', '=uhr', '=plz', 'postleitzahl', 'hausnummer', '=ort', 'wohnort', 'betrag', 'anschrift'];

/** Stems of one word; "=stem" must be the whole word. Longest first, so the most specific stem names a word. */
const VOCABULARY: { stem: string; whole: boolean }[] = [
  ...new Set([...Object.values(CUE_STEMS).flatMap((stems) => stems.map(([stem]) => stem)), ...FORM_LABELS]),
]
  .filter((stem) => !stem.includes(' '))
  .map((stem) => ({ stem: stem.replace(/^=/, ''), whole: stem.startsWith('=') }))
  .filter(({ stem, whole }) => whole || stem.length >= 5)
  .sort((a, b) => b.stem.length - a.stem.length);

/** The vocabulary stem a word of the page is, or null (a word with a digit is never a label). */
export function labelStem(text: string): string | null {
  // A word with digits is variable — except one digit among three letters or more, OCR's for a letter ("Te1efon").
  const digits = text.replace(/\D/g, '').length;
  if (digits > 1 || (digits === 1 && text.replace(/[^\p{L}]/gu, '').length < 3)) return null;
  const key = fuzzyKey(text);
  if (key.length < 2) return null;
  for (const { stem, whole } of VOCABULARY) {
    if (whole ? key === stem : stemDistance(key, stem) >= 0) return stem;
  }
  return null;
}

export interface LabelAnchor {
  /** A stem of the vocabulary (see the header). */
  stem: string;
  /** Where the value's box starts, from the label's box start (page units). */
  dx: number;
  dy: number;
  /** On the value's line before it, on the line above, or (for a value without either) the nearest label words. */
  line: 'same' | 'above' | 'near';
}

const MAX_PER_LINE = 3;
/** The line above counts when it is this close (page heights) and its words this far left of the value at most. */
const ABOVE_REACH = 0.06;
const LEFT_REACH = 0.3;

function anchor(word: Word, box: BBox, line: LabelAnchor['line']): LabelAnchor | null {
  const stem = labelStem(word.text);
  return stem ? { stem, dx: box[0] - word.bbox[0], dy: box[1] - word.bbox[1], line } : null;
}

/** The labels next to a value's box (see the header), nearest first. */
export function labelsNear(page: Page, box: BBox): LabelAnchor[] {
  const lines = linesOf(page);
  const valueLine = lineAt(page, box);
  const top = valueLine ? Math.min(...valueLine.map((w) => w.bbox[1])) : box[1];
  const out: LabelAnchor[] = [];
  // The row's words before the value, also where OCR's boxes cut the row into a label line and a value line.
  const same = linesNear(page, box).flat().filter((w) => w.bbox[2] <= box[0] + 0.002).sort((a, b) => b.bbox[0] - a.bbox[0]);
  for (const w of same) {
    const a = anchor(w, box, 'same');
    if (a) out.push(a);
    if (out.length >= MAX_PER_LINE) break;
  }
  const aboveLine = [...lines]
    .filter((line) => line !== valueLine && line[0] && line[0].bbox[3] <= top + 0.002 && top - line[0].bbox[3] < ABOVE_REACH)
    .sort((a, b) => b[0]!.bbox[3] - a[0]!.bbox[3])[0];
  const above = (aboveLine ?? [])
    .filter((w) => w.bbox[2] >= box[0] - LEFT_REACH && w.bbox[0] <= box[2])
    .sort((a, b) => Math.abs(a.bbox[0] - box[0]) - Math.abs(b.bbox[0] - box[0]));
  let taken = 0;
  for (const w of above) {
    const a = anchor(w, box, 'above');
    if (a) {
      out.push(a);
      if (++taken >= MAX_PER_LINE) break;
    }
  }
  if (out.length > 0) return out;
  // A value in a box of its own: the nearest fixed words of the form tell how the page lies.
  const near = lines
    .flat()
    .map((w) => ({ w, distance: Math.hypot(w.bbox[0] - box[0], w.bbox[1] - box[1]) }))
    .filter(({ w, distance }) => distance <= NEAR_REACH && (w.bbox[2] <= box[0] || w.bbox[0] >= box[2] || w.bbox[3] <= box[1] || w.bbox[1] >= box[3]))
    .sort((a, b) => a.distance - b.distance);
  for (const { w } of near) {
    const a = anchor(w, box, 'near');
    if (a) out.push(a);
    if (out.length >= MAX_PER_LINE) break;
  }
  return out;
}

/** How far the nearest label words of a value without labels may stand (page units). */
const NEAR_REACH = 0.6;

/** How far a label found again may put the value from its remembered place (page units): a block may grow. */
const MAX_DRIFT = 0.2;

/**
 * Where the value of a remembered place stands on a page like it: from the labels found again (each label's
 * occurrence nearest its remembered place), the median of what the labels on the value's line say, else of those
 * above it, else of the nearest ones; the remembered place itself when no label is found.
 */
export function placeFromLabels(page: Page, box: BBox, labels: readonly LabelAnchor[]): BBox {
  return placesFromLabels(page, box, labels)[0] ?? box;
}

/**
 * The places the labels found again put a value at (see placeFromLabels): where they say, then — when their line
 * is running text that wrapped another way (the label moved sideways, the value did not: it starts its own
 * line) — at the height they say and the remembered left edge. Empty when no label is found again: the page
 * does not show the form's words where the memory expects them.
 */
export function placesFromLabels(page: Page, box: BBox, labels: readonly LabelAnchor[]): BBox[] {
  if (labels.length === 0) return [];
  const words = linesOf(page).flat();
  const stems = new Map<Word, string | null>();
  const stemOf = (w: Word) => {
    if (!stems.has(w)) stems.set(w, labelStem(w.text));
    return stems.get(w)!;
  };
  // Per label, its occurrence nearest where it puts the value; one whose line wrapped anew may have moved far
  // sideways, so it is judged by the height it puts the value at alone (and then only says that height).
  type Prediction = { x: number; y: number; sideways: boolean };
  const predictions: Record<LabelAnchor['line'], Prediction[]> = { same: [], above: [], near: [] };
  for (const label of labels) {
    let best: Prediction | null = null;
    let bestWeight = Infinity;
    for (const w of words) {
      if (stemOf(w) !== label.stem) continue;
      const x = w.bbox[0] + label.dx;
      const y = w.bbox[1] + label.dy;
      const distance = Math.hypot(x - box[0], y - box[1]);
      const sideways = distance >= MAX_DRIFT;
      // Any occurrence near its place comes before one that moved sideways.
      const weight = sideways ? MAX_DRIFT + Math.abs(y - box[1]) : distance;
      if (weight < bestWeight && Math.abs(y - box[1]) < MAX_DRIFT) {
        best = { x, y, sideways };
        bestWeight = weight;
      }
    }
    if (best) predictions[label.line].push(best);
  }
  const chosen = [predictions.same, predictions.above, predictions.near].find((p) => p.length > 0) ?? [];
  if (chosen.length === 0) return [];
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  const y0 = median(chosen.map((p) => p.y));
  const places: BBox[] = [];
  const near = chosen.filter((p) => !p.sideways);
  if (near.length > 0) {
    const x0 = median(near.map((p) => p.x));
    places.push([x0, median(near.map((p) => p.y)), x0 + width, median(near.map((p) => p.y)) + height]);
  }
  if (places.length === 0 || Math.abs(places[0]![0] - box[0]) > SIDEWAYS) places.push([box[0], y0, box[2], y0 + height]);
  return places;
}

/** A label found this far sideways of where it put the value before stands in running text that wrapped anew. */
const SIDEWAYS = 0.02;
