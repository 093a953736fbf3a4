import type { GrayImage } from './image-prep.adapter.js';

/**
 * Fax streaks: thin, long, exactly straight lines a fax machine adds to a page (a dirty sensor element draws
 * a vertical line down the whole transmission, a disturbed scan line a horizontal one), found and removed
 * on the bilevel page as it was received (page-plan.ts decides when).
 *
 * What tells a streak from a ruling of the document: a streak lies on the page regardless of what is printed
 * there, so it runs through letters; rulings, frames, underlines and signature lines keep clear of the text
 * of the cells or lines they belong to (an underline is crossed by descenders only, a few per word). A line
 * is found by one run-length pass per column (per row for horizontal lines) and is a streak when letter
 * strokes cross it: ink on both sides of it, where that ink is not another line meeting it (the junctions
 * of a table's rulings), and when its ends do not both meet a line across it (a box's side does: a stamp's
 * lettering over a table's ruling does not make it a streak). Being a scanner artefact, a streak is exactly
 * one or two pixels wide along its whole length, so a line that runs askew across the pixel grid (a ruling
 * of a page scanned slightly skewed) is not one line of columns and is left alone too.
 *
 * Left alone as well: a streak that runs through no letters (in the margin, through blank space, along a
 * baseline), since it cannot be told from a rule of the document and garbles no letter; and where a stroke
 * lies exactly within a streak's band it goes with the streak. Horizontal streaks are found (thinLines) but
 * not removed: see findStreaks.
 */

/** A line no letter is as long as (a capital with descender at 12 pt is ~4.5 mm): the shortest vertical line looked at. */
const LINE_FROM_MM = 10;
/**
 * Horizontal lines are looked at from this length: within a word of bold print the letters of a row (the
 * top of the x-height, the baseline) may touch into one line of a few centimetres; a horizontal fax streak
 * runs across much of the page.
 */
const HORIZONTAL_LINE_FROM_MM = 30;
/**
 * Gaps in a line up to this length are bridged: a fax drops scan lines (a white band of 1–3 rows across a
 * vertical streak, 3 px at 200 dpi) and a horizontal streak single pixels (2 px). Along a row the gap stays
 * below the space between two letters of a word, so a word's row of ink does not join into a line.
 */
const VERTICAL_GAP_UP_TO_MM = 0.4;
const HORIZONTAL_GAP_UP_TO_MM = 0.25;
/** The widest a streak is: one or two sensor elements, 1–2 px at 200 dpi (3 px allowed); rulings drawn as bars are wider. */
const STREAK_WIDTH_UP_TO_MM = 0.4;
/**
 * Letters a line must run through (or between, crossings) to be a streak. Rulings of a table or a frame
 * have none (text keeps a cell's padding off them; where rulings meet, the other line is no letter): every
 * ruling, frame and rule of the noise bench's faxes and of the corpus' 24 fax pages measures 0. The seven
 * vertical streaks through text on the bench's fax-streaks pages measure 3–17.
 */
const MIN_CROSSINGS = 3;
/**
 * How far ink must reach beyond a line on both sides to be a stroke crossing it (2 px at 200 dpi): a thin
 * ruling drawn gray and binarised by the fax has single pixels standing out on either side (its stairs).
 */
const STROKE_BEYOND_MM = 0.25;
/**
 * A lane beside a line that is dark along this share of the line is the line's ragged edge (a thin ruling
 * drawn gray and binarised, a blurred one): text beside a streak covers a tenth to a fifth of its length.
 */
const EDGE_SHARE = 0.4;
/**
 * How far off a line letter ink may lie and still count as a letter it passes: the streak runs between two
 * letters of a word (their gap ~0.3 mm). A table's text keeps a cell's padding off its rulings.
 */
const BETWEEN_LETTERS_MM = 0.4;
/**
 * Pieces of a found streak shorter than a line (the sensor's dirt comes and goes) are removed in its band
 * from this length on: longer than a letter of body text, so a stem that happens to lie in the band stays.
 */
const PIECE_FROM_MM = 5;

export interface Streak {
  direction: 'vertical' | 'horizontal';
  /** The band the streak occupies: columns (vertical) or rows (horizontal), both inclusive. */
  from: number;
  to: number;
  /** How long it is (pixels): its pieces summed, and its line-long runs only (where crossings are counted). */
  length: number;
  runLength: number;
  crossings: number;
  /** Both its ends meet a line across it: the side of a box (a frame, a table's cell), which no streak is. */
  boxed: boolean;
}

/**
 * The streaks of a bilevel page (dark < 128) that are removed: vertical ones. A horizontal streak runs along
 * a text line, through the middle of its letters: erasing it cuts every stroke within its band (an `e`'s bar,
 * the waist of a bold letter), while tesseract reads through a thin line along the text as through a
 * strikethrough. Measured on the sources' faxes (eval of the streaked documents, before/after): of the
 * seven pages with a horizontal streak through text, six read the same erased and one lost its hearing room;
 * the 57 pages with vertical streaks read better on the whole (key fields of those documents: nordwest-mixed
 * +3, rheinland-cities +8 points; ruhr-inbox −3).
 */
export function findStreaks(image: GrayImage, dpi: number): Streak[] {
  return linesAlong(image, dpi, 'vertical').filter(isStreak).map(({ runs: _runs, pieces: _pieces, ...line }) => line);
}

/** Every thin straight line of a bilevel page, both directions, streak or not (rulings too), with its crossings counted. */
export function thinLines(image: GrayImage, dpi: number): Streak[] {
  return [...linesAlong(image, dpi, 'vertical'), ...linesAlong(image, dpi, 'horizontal')].map(({ runs: _runs, pieces: _pieces, ...line }) => line);
}

/**
 * Removes the (vertical) streaks of a bilevel page in place and returns how many there were. A streak's
 * pixels turn white except where ink lies beside it, left or right: there a letter or another line crosses
 * it and keeps its stroke.
 */
export function removeStreaks(image: GrayImage, dpi: number): number {
  const streaks = linesAlong(image, dpi, 'vertical').filter(isStreak);
  for (const line of streaks) erase(image, line);
  return streaks.length;
}

/** A thin line found along one direction: its band across, its long runs and its shorter pieces along. */
interface Line extends Streak {
  /** [start, end) along the line: runs of at least a line's length, and pieces of at least PIECE_FROM_MM. */
  runs: [number, number][];
  pieces: [number, number][];
}

/** Pixel indexing along a direction: `along` runs down a column (vertical) or across a row (horizontal). */
interface Axis {
  along: number;
  across: number;
  index: (along: number, across: number) => number;
}

function axisOf(image: GrayImage, direction: Streak['direction']): Axis {
  const { width, height } = image;
  return direction === 'vertical'
    ? { along: height, across: width, index: (a, c) => a * width + c }
    : { along: width, across: height, index: (a, c) => c * width + a };
}

const mm = (value: number, dpi: number) => Math.max(1, Math.round((value / 25.4) * dpi));

/**
 * The thin straight lines of a page along `direction`: per column (row) the runs of dark pixels of at least
 * a line's length, gaps bridged; neighbouring columns with such runs form one line, kept when no wider than
 * a streak. Each line comes with the letter strokes crossing its runs counted.
 */
function linesAlong(image: GrayImage, dpi: number, direction: Streak['direction']): Line[] {
  const axis = axisOf(image, direction);
  const gray = image.gray;
  const minLine = mm(direction === 'vertical' ? LINE_FROM_MM : HORIZONTAL_LINE_FROM_MM, dpi);
  const minPiece = Math.min(minLine, mm(PIECE_FROM_MM, dpi));
  const gap = mm(direction === 'vertical' ? VERTICAL_GAP_UP_TO_MM : HORIZONTAL_GAP_UP_TO_MM, dpi);
  const maxWidth = mm(STREAK_WIDTH_UP_TO_MM, dpi);
  const { lanes, candidate } = laneRuns(image, direction, minPiece, minLine, gap);
  const lines: Line[] = [];
  for (let c = 0; c < axis.across; c++) {
    if (!candidate[c]) continue;
    let end = c;
    while (end + 1 < axis.across && candidate[end + 1]) end += 1;
    const core = merged(lanes.slice(c, end + 1).flat().filter(([s, e]) => e - s >= minLine), gap);
    // A line drawn gray (or blurred) and binarised has ragged edges: lanes beside it dark along much of it
    // belong to the line, not to letters beside it.
    let first = c;
    let last = end;
    while (first > 0 && last - first < maxWidth && darkShare(image, axis, first - 1, core) >= EDGE_SHARE) first -= 1;
    while (last < axis.across - 1 && last - first < maxWidth && darkShare(image, axis, last + 1, core) >= EDGE_SHARE) last += 1;
    // A band at the page's edge has no side to look at; one wider than a streak is a bar or a dark area.
    if (first > 0 && last < axis.across - 1 && last - first + 1 <= maxWidth) {
      const band = lanes.slice(first, last + 1).flat();
      const runs = merged(band.filter(([s, e]) => e - s >= minLine), gap);
      const pieces = merged(band, gap);
      const total = (intervals: [number, number][]) => intervals.reduce((sum, [s, e]) => sum + e - s, 0);
      const boxed = runs.length > 0 && endsAtLine(image, axis, first, last, runs[0]![0], gap, dpi) && endsAtLine(image, axis, first, last, runs[runs.length - 1]![1] - 1, gap, dpi);
      lines.push({ direction, from: first, to: last, runs, pieces, length: total(pieces), runLength: total(runs), crossings: crossings(image, axis, first, last, runs, candidate, gap, dpi), boxed });
    }
    c = end;
  }
  return lines;
}

/**
 * Per lane (column for vertical lines, row for horizontal ones): its runs of dark pixels (gaps up to `gap`
 * bridged) of at least `minPiece`; a lane with a run of at least `minLine` is a candidate. One pass over the
 * pixels in memory order (all columns' runs are followed at once), so a page costs a few milliseconds.
 */
function laneRuns(image: GrayImage, direction: Streak['direction'], minPiece: number, minLine: number, gap: number): { lanes: [number, number][][]; candidate: Uint8Array } {
  const { width, height, gray } = image;
  const across = direction === 'vertical' ? width : height;
  const lanes: [number, number][][] = Array.from({ length: across }, () => []);
  const candidate = new Uint8Array(across);
  const start = new Int32Array(across).fill(-1);
  const lastDark = new Int32Array(across).fill(-1);
  const close = (c: number) => {
    const length = lastDark[c]! + 1 - start[c]!;
    if (length >= minPiece) lanes[c]!.push([start[c]!, lastDark[c]! + 1]);
    if (length >= minLine) candidate[c] = 1;
    start[c] = -1;
  };
  // The same run-following in both directions, written out twice: lanes are columns (x) or rows (y).
  const step = (c: number, a: number, dark: boolean) => {
    if (dark) {
      if (start[c]! < 0) start[c] = a;
      lastDark[c] = a;
    } else if (start[c]! >= 0 && a - lastDark[c]! > gap) {
      close(c);
    }
  };
  if (direction === 'vertical') {
    for (let y = 0, i = 0; y < height; y++) for (let x = 0; x < width; x++, i++) step(x, y, gray[i]! < 128);
  } else {
    for (let y = 0, i = 0; y < height; y++) for (let x = 0; x < width; x++, i++) step(y, x, gray[i]! < 128);
  }
  for (let c = 0; c < across; c++) if (start[c]! >= 0) close(c);
  return { lanes, candidate };
}

/** Share of the pixels of lane `c` that are dark along `runs`. */
function darkShare(image: GrayImage, axis: Axis, c: number, runs: [number, number][]): number {
  let dark = 0;
  let all = 0;
  for (const [start, end] of runs) {
    for (let a = start; a < end; a++) if (image.gray[axis.index(a, c)]! < 128) dark += 1;
    all += end - start;
  }
  return all > 0 ? dark / all : 0;
}

/** Intervals sorted and joined where they overlap or lie within `gap` of each other. */
function merged(intervals: [number, number][], gap: number): [number, number][] {
  const sorted = [...intervals].sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + gap) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Letters a line's runs pass through: stretches along it with letter ink on both sides of its band, right
 * beside it (a stroke it crosses) or a hair's breadth off (the two letters of a word it passes between). Ink
 * beside it must reach a stroke's width or run along the line a while (a stem it runs in); ink that is
 * itself a line (a ruling meeting a ruling, a second line close by) is no letter and does not count.
 */
function crossings(image: GrayImage, axis: Axis, from: number, to: number, runs: [number, number][], lane: Uint8Array, gap: number, dpi: number): number {
  const gray = image.gray;
  const stroke = Math.max(2, mm(STROKE_BEYOND_MM, dpi));
  const near = Math.max(stroke, mm(BETWEEN_LETTERS_MM, dpi));
  // Ink beside the line reaching a line's length across it is a line itself (no letter is that long).
  const line = mm(LINE_FROM_MM, dpi);
  const dark = (a: number, c: number) => c >= 0 && c < axis.across && gray[axis.index(a, c)]! < 128;
  // The first lane beside the band (`step` away from it) with letter ink within `near`, or -1.
  const letterBeside = (a: number, edge: number, step: 1 | -1): number => {
    for (let k = 1; k <= near; k++) {
      const c = edge + step * k;
      if (dark(a, c)) return lane[c] ? -1 : c;
    }
    return -1;
  };
  let count = 0;
  for (const [start, end] of runs) {
    let inside = -1;
    for (let a = start; a <= end; a++) {
      const both = a < end && letterBeside(a, from, -1) >= 0 && letterBeside(a, to, 1) >= 0;
      if (both && inside < 0) inside = a;
      if (!both && inside >= 0) {
        const middle = (inside + a - 1) >> 1;
        const leftLane = letterBeside(middle, from, -1);
        const rightLane = letterBeside(middle, to, 1);
        if (leftLane >= 0 && rightLane >= 0) {
          const left = reachAcross(dark, middle, leftLane, -1, gap, line);
          const right = reachAcross(dark, middle, rightLane, 1, gap, line);
          const stem = a - inside >= stroke * 2;
          if ((stem || (left >= stroke && right >= stroke)) && left + right + rightLane - leftLane - 1 < line) count += 1;
        }
        inside = -1;
      }
    }
  }
  return count;
}

/** Whether a line across the band (ink reaching a line's length across it) meets it at `a`, give or take a gap. */
function endsAtLine(image: GrayImage, axis: Axis, from: number, to: number, a: number, gap: number, dpi: number): boolean {
  const line = mm(LINE_FROM_MM, dpi);
  const dark = (along: number, c: number) => c >= 0 && c < axis.across && along >= 0 && along < axis.along && image.gray[axis.index(along, c)]! < 128;
  for (let k = a - gap; k <= a + gap; k++) {
    if (reachAcross(dark, k, from - 1, -1, gap, line) + to - from + 1 + reachAcross(dark, k, to + 1, 1, gap, line) >= line) return true;
  }
  return false;
}

/** How far ink reaches from lane `c` in `step` direction across the line at `a`, gaps bridged (pixels, up to `limit`). */
function reachAcross(dark: (a: number, c: number) => boolean, a: number, c: number, step: 1 | -1, gap: number, limit: number): number {
  let reach = 0;
  let blank = 0;
  for (let k = c; blank <= gap && reach < limit; k += step) {
    if (dark(a, k)) {
      reach = Math.abs(k - c) + 1;
      blank = 0;
    } else {
      blank += 1;
    }
  }
  return reach;
}

function isStreak(line: Streak): boolean {
  return !line.boxed && line.crossings >= MIN_CROSSINGS;
}

/** Turns a streak's pixels white along its pieces, but where ink lies beside the band (a stroke crossing it). */
function erase(image: GrayImage, line: Line): void {
  const axis = axisOf(image, line.direction);
  const gray = image.gray;
  const dark = (a: number, c: number) => gray[axis.index(a, c)]! < 128;
  for (const [start, end] of line.pieces) {
    for (let a = start; a < end; a++) {
      if (dark(a, line.from - 1) || dark(a, line.to + 1)) continue;
      for (let c = line.from; c <= line.to; c++) gray[axis.index(a, c)] = 255;
    }
  }
}
