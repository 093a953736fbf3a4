import type { BBox, Page, Word } from '../page.js';

/** The document as one text with a map from every character back to its word. */
export interface DocText {
  text: string;
  /** Index into `words` for each character of `text`, -1 for inserted separators. */
  charWord: Int32Array;
  words: { word: Word; page: number }[];
  /** Character offset where each page starts (same order as the pages given). */
  pageStarts: { page: number; start: number }[];
}

export interface Evidence {
  page: number;
  bbox: BBox;
  confidence: number;
}

interface LineBuild {
  words: Word[];
  y0: number;
  y1: number;
}

/**
 * The slope (dy/dx in page coordinates) of the text lines, from pairs of words that follow each other on a
 * line. A scan the reader could not fully straighten keeps a residual skew of a few tenths of a degree; over
 * a page width that shifts a line's right end by more than a line height, and grouping by plain y would mix
 * neighbouring lines ("Sehr Weiterleitung: geehrte Damen …").
 */
export function estimateSlope(words: Word[]): number {
  const usable = words.filter((w) => w.text.trim() && w.bbox[3] > w.bbox[1]);
  if (usable.length < 8) return 0;
  const byX = [...usable].sort((a, b) => a.bbox[0] - b.bbox[0]);
  const slopes: number[] = [];
  for (const w of usable) {
    const h = w.bbox[3] - w.bbox[1];
    const cy = (w.bbox[1] + w.bbox[3]) / 2;
    let best: Word | null = null;
    for (const o of byX) {
      if (o.bbox[0] < w.bbox[2]) continue;
      if (o.bbox[0] - w.bbox[2] > h * 2) break;
      const oh = o.bbox[3] - o.bbox[1];
      const ocy = (o.bbox[1] + o.bbox[3]) / 2;
      if (Math.abs(oh - h) < h * 0.3 && Math.abs(ocy - cy) < h * 0.5) {
        best = o;
        break;
      }
    }
    if (!best) continue;
    const dx = (best.bbox[0] + best.bbox[2]) / 2 - (w.bbox[0] + w.bbox[2]) / 2;
    if (dx <= 0) continue;
    // Baselines (bottom edges) are steadier than centres: ascenders and descenders vary.
    slopes.push((best.bbox[3] - w.bbox[3]) / dx);
  }
  if (slopes.length < 8) return 0;
  slopes.sort((a, b) => a - b);
  const median = slopes[Math.floor(slopes.length / 2)]!;
  return Math.abs(median) < 0.002 ? 0 : median;
}

/**
 * Groups words into lines by vertical overlap (along the page's residual skew), then sorts each line left to right.
 * The slope from word pairs can be led astray where many pairs share a descender on the same side ("0,00 Euro" down
 * a table: a slope of 1.3° on a level page, which wove two lines of a letter into one). So the lines it gives are
 * checked: where neighbours in a line do not overlap in height, other slopes are tried, and the one that mixes
 * fewest lines wins (the nearest to the estimate among equals) if it mixes clearly fewer. One or two such pairs
 * are no sign of a wrong slope: a table's label stands between the two lines of its value.
 */
export function buildLines(all: Word[]): Word[][] {
  // A box many lines high is no word of a line (a stamp's frame, a scribble, a picture read as letters): it would
  // join every line it reaches into one. It stands as a line of its own.
  const heights = all.filter((w) => w.text.trim()).map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  const tall = (w: Word) => median > 0 && w.bbox[3] - w.bbox[1] > median * TALL_WORD;
  const words = all.filter((w) => !tall(w));
  const estimate = estimateSlope(words);
  const first = linesAlong(words, estimate);
  const mixedFirst = mixedPairs(first);
  let best = { lines: first, mixed: mixedFirst };
  for (let step = 1; best.mixed > 0 && step <= SLOPE_STEPS; step++) {
    for (const slope of [estimate - step * SLOPE_STEP, estimate + step * SLOPE_STEP]) {
      const lines = linesAlong(words, slope);
      const mixed = mixedPairs(lines);
      if (mixed < best.mixed) best = { lines, mixed };
    }
  }
  const lines = mixedFirst - best.mixed >= MIN_MIXED_GAIN ? best.lines : first;
  const byTop = (a: Word[], b: Word[]) => a[0]!.bbox[1] - b[0]!.bbox[1];
  return [...lines.flatMap(splitWoven), ...all.filter(tall).map((w) => [w])].sort(byTop);
}

/** A box this many times the page's median word height is no word of a line. */
const TALL_WORD = 5;

/**
 * A line whose words alternate between two rows of the page ("09.08.1995, Räumung und wohnhaft Herausgabe Zur
 * Alten der Wohnung Mühle 64, …"): one word's box reached into the row below (a comma's tail, a speck) and
 * joined the two lines into one. Split into the two rows, when without the taller words they lie apart; a
 * taller word goes to the row its middle is nearer.
 */
function splitWoven(line: Word[]): Word[][] {
  if (mixedPairs([line]) < MIN_MIXED_GAIN) return [line];
  const heights = line.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)]!;
  const normal = line.filter((w) => w.bbox[3] - w.bbox[1] <= h * 1.3);
  const tops = [...new Set(normal.map((w) => w.bbox[1]))].sort((a, b) => a - b);
  // The widest gap between the tops of normal words parts the two lines.
  let cut = -1;
  let widest = 0;
  for (let i = 1; i < tops.length; i++) {
    if (tops[i]! - tops[i - 1]! > widest) {
      widest = tops[i]! - tops[i - 1]!;
      cut = (tops[i]! + tops[i - 1]!) / 2;
    }
  }
  if (widest < h * 0.8) return [line];
  const upper = normal.filter((w) => w.bbox[1] < cut);
  const lower = normal.filter((w) => w.bbox[1] >= cut);
  if (upper.length < 2 || lower.length < 2 || Math.max(...upper.map((w) => w.bbox[3])) > Math.min(...lower.map((w) => w.bbox[1])) + h * 0.2) return [line];
  const mid = (ws: Word[]) => ws.reduce((sum, w) => sum + (w.bbox[1] + w.bbox[3]) / 2, 0) / ws.length;
  const [upperMid, lowerMid] = [mid(upper), mid(lower)];
  for (const w of line) {
    if (normal.includes(w)) continue;
    const m = (w.bbox[1] + w.bbox[3]) / 2;
    (Math.abs(m - upperMid) <= Math.abs(m - lowerMid) ? upper : lower).push(w);
  }
  const byX = (a: Word, b: Word) => a.bbox[0] - b.bbox[0];
  return [upper.sort(byX), lower.sort(byX)];
}

/** Slopes tried around the estimate: ±SLOPE_STEPS × SLOPE_STEP (±2.3° on a portrait page). */
const SLOPE_STEP = 0.001;
const SLOPE_STEPS = 40;
/** Another slope is taken only when it mixes at least this many pairs fewer (eval: 14 of 1,617 pages). */
const MIN_MIXED_GAIN = 3;

/** Neighbours within a line whose boxes overlap by less than a fifth of the smaller height: two lines woven together. */
function mixedPairs(lines: Word[][]): number {
  let mixed = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!.bbox;
      const b = line[i]!.bbox;
      const overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (overlap < Math.min(a[3] - a[1], b[3] - b[1]) * 0.2) mixed++;
    }
  }
  return mixed;
}

function linesAlong(words: Word[], slope: number): Word[][] {
  // The y a word would have at the left edge of the page, had the line been level.
  const levelled = (w: Word, y: number) => y - slope * ((w.bbox[0] + w.bbox[2]) / 2);
  const sorted = [...words].filter((w) => w.text.trim()).sort((a, b) => levelled(a, (a.bbox[1] + a.bbox[3]) / 2) - levelled(b, (b.bbox[1] + b.bbox[3]) / 2));
  const lines: LineBuild[] = [];
  for (const w of sorted) {
    const cy = levelled(w, (w.bbox[1] + w.bbox[3]) / 2);
    const h = w.bbox[3] - w.bbox[1];
    let target: LineBuild | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const l = lines[i]!;
      const lh = l.y1 - l.y0;
      const lcy = (l.y0 + l.y1) / 2;
      if (Math.abs(cy - lcy) < Math.max(h, lh) * 0.5) {
        target = l;
        break;
      }
    }
    const y0 = levelled(w, w.bbox[1]);
    const y1 = levelled(w, w.bbox[3]);
    if (target) {
      target.words.push(w);
      target.y0 = Math.min(target.y0, y0);
      target.y1 = Math.max(target.y1, y1);
    } else lines.push({ words: [w], y0, y1 });
  }
  lines.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  return lines.map((l) => l.words.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

/** The median height of a line's words. */
function lineHeight(line: Word[]): number {
  const heights = line.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0.01;
}

/** A gap between two words of a line wide enough to part table cells (written as a tab). */
function wideGap(left: Word, right: Word, height: number): boolean {
  return right.bbox[0] - left.bbox[2] > Math.max(height * 2.5, 0.03);
}

/** A line's cells: its words parted at wide gaps. */
function cellsOf(line: Word[]): Word[][] {
  const h = lineHeight(line);
  const cells: Word[][] = [];
  line.forEach((w, i) => (i > 0 && !wideGap(line[i - 1]!, w, h) ? cells[cells.length - 1]!.push(w) : cells.push([w])));
  return cells;
}

export interface LayoutOptions {
  /** Whether a cell's text heads a column of its own (a party's role label, "Klägerin:"). */
  columnHead?: (cell: string) => boolean;
}

/**
 * Blocks that stand side by side ("Klägerin: ⇥ Beklagte Partei:" over the two parties' names and addresses) are
 * read one after the other, each column top to bottom: read across, each line would mix the two parties. They
 * start at a row whose cells all head a column, and run while every word of a line stands inside one column, to
 * the last line with words right of the first column.
 */
function sideBySide(lines: Word[][], isHead: (cell: string) => boolean): Word[][] {
  const out: Word[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!);
    if (cells.length < 2 || !cells.every((c) => isHead(c.map((w) => w.text).join(' ')))) {
      out.push(lines[i]!);
      continue;
    }
    const starts = cells.map((c) => c[0]!.bbox[0]);
    const rows: Word[][][] = [];
    let last = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const parts = inColumns(lines[k]!, starts);
      if (!parts) break;
      rows.push(parts);
      if (parts.slice(1).some((p) => p.length)) last = rows.length;
    }
    // Nothing stands under a column but the first: no blocks side by side, the row stays a row.
    if (last === 0) {
      out.push(lines[i]!);
      continue;
    }
    for (let j = 0; j < starts.length; j++) {
      out.push(cells[j]!);
      for (const row of rows.slice(0, last)) if (row[j]!.length) out.push(row[j]!);
    }
    i += last;
  }
  return out;
}

/** How far (page fraction) a word may start before its column's start and still be in it: scans shift a little. */
const COLUMN_SLACK = 0.015;

/** A line's words by column, or null when a word reaches across a column's start. */
function inColumns(line: Word[], starts: number[]): Word[][] | null {
  const parts: Word[][] = starts.map(() => []);
  for (const w of line) {
    let j = starts.length - 1;
    while (j > 0 && w.bbox[0] < starts[j]! - COLUMN_SLACK) j--;
    if (j === 0 && w.bbox[0] < starts[0]! - 4 * COLUMN_SLACK) return null;
    if (j < starts.length - 1 && w.bbox[2] > starts[j + 1]! - COLUMN_SLACK) return null;
    parts[j]!.push(w);
  }
  return parts;
}

/**
 * Lays pages out as text: lines by position, a tab for a wide horizontal gap (table columns), blocks side by side
 * one after the other (see sideBySide), end-of-line hyphenation joined ("Räumungs-\nklage" → "Räumungsklage").
 */
export function buildDocText(pages: Page[], options: LayoutOptions = {}): DocText {
  let text = '';
  const map: number[] = [];
  const words: DocText['words'] = [];
  const pageStarts: DocText['pageStarts'] = [];
  const push = (s: string, wordIndex: number) => {
    text += s;
    for (let i = 0; i < s.length; i++) map.push(wordIndex);
  };
  for (const page of pages) {
    if (text) push('\n\n', -1);
    pageStarts.push({ page: page.number, start: text.length });
    const built = buildLines(page.words);
    const lines = options.columnHead ? sideBySide(built, options.columnHead) : built;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li]!;
      const h = lineHeight(line);
      for (let wi = 0; wi < line.length; wi++) {
        const w = line[wi]!;
        if (wi > 0) push(wideGap(line[wi - 1]!, w, h) ? '\t' : ' ', -1);
        const index = words.length;
        words.push({ word: w, page: page.number });
        const isLast = wi === line.length - 1;
        const next = lines[li + 1]?.[0];
        // Not a role marker between dashes read as one word ("-Beklagte-" over "hat das Amtsgericht …").
        if (isLast && next && /[a-zäöüß]-$/.test(w.text) && !/^[-–]/.test(w.text) && /^[a-zäöüß]/.test(next.text)) {
          push(w.text.slice(0, -1), index);
          continue;
        }
        push(w.text, index);
        if (isLast && li < lines.length - 1) {
          if (next && /[A-Za-zäöüß]-$/.test(w.text) && /^[A-ZÄÖÜ]/.test(next.text)) continue;
          push('\n', -1);
        }
      }
    }
  }
  return { text, charWord: Int32Array.from(map), words, pageStarts };
}

/** Page, union box and mean word confidence of the words under a character range. */
export function evidenceOf(doc: DocText, start: number, end: number): Evidence | null {
  const seen = new Set<number>();
  for (let i = Math.max(0, start); i < Math.min(end, doc.text.length); i++) {
    const w = doc.charWord[i]!;
    if (w >= 0) seen.add(w);
  }
  if (!seen.size) return null;
  const items = [...seen].map((i) => doc.words[i]!);
  const page = items[0]!.page;
  const onPage = items.filter((i) => i.page === page);
  const bbox: BBox = [
    Math.min(...onPage.map((i) => i.word.bbox[0])),
    Math.min(...onPage.map((i) => i.word.bbox[1])),
    Math.max(...onPage.map((i) => i.word.bbox[2])),
    Math.max(...onPage.map((i) => i.word.bbox[3])),
  ];
  const confidence = items.reduce((s, i) => s + i.word.confidence, 0) / items.length;
  return { page, bbox, confidence };
}

/** Joins several boxes on the same page (the first box's page wins). */
export function unionBox(items: { page: number; bbox: BBox }[]): BBox {
  const page = items[0]!.page;
  const same = items.filter((i) => i.page === page);
  return [
    Math.min(...same.map((i) => i.bbox[0])),
    Math.min(...same.map((i) => i.bbox[1])),
    Math.max(...same.map((i) => i.bbox[2])),
    Math.max(...same.map((i) => i.bbox[3])),
  ];
}
