import type { GrayImage } from './image-prep.adapter.js';
import type { PixelBox } from './ocr-pool.adapter.js';

/**
 * Tesseract's page layout now and then leaves out a whole line of clean text: in the eval a bailiff's
 * "Geschäftszeichen: DR II 2266/26" beside the recipient block, a "DR-Nr." line on a photo. Nothing in the
 * read says so; the ink does. This finds lines of text-like ink on a page that no word read covers, so
 * each can be cut out and read on its own.
 *
 * The ink is looked at in cells of CELL pixels: cells under a word read are cleared, the rest is split into
 * connected blobs, blobs of a letter's size are grouped into lines, and a line of enough letters is returned.
 * Rulings, stamps, signatures and photos' shadows are blobs too long or too big for a letter; dotted lines
 * and specks too small; they stay out.
 */

const CELL = 4;
/** A cell with at least this many dark pixels (< 128) of its CELL × CELL is ink. */
const CELL_MIN_DARK = 2;
/** Letters a line needs to be read again ("DR II 1234/25" has 11). */
const MIN_LETTERS = 6;
/** Lines read again per page at most: more would be a page the layout analysis failed as a whole. */
const MAX_LINES = 4;

/**
 * Rectangles (pixels of `image`) around lines of text-like ink that none of `covered` (the boxes of the
 * words read, in the same pixels) touches, padded for reading, the widest first. `lineHeight` is the
 * page's typical word height in pixels (0: none known, nothing is returned).
 */
export function uncoveredTextLines(image: GrayImage, covered: PixelBox[], lineHeight: number): PixelBox[] {
  if (lineHeight < 8) return [];
  const cols = Math.ceil(image.width / CELL);
  const rows = Math.ceil(image.height / CELL);
  const ink = inkCells(image, cols, rows);
  // Cleared a little beyond each word: its box is tight, anti-aliased edges and accents reach out.
  const margin = Math.ceil(lineHeight * 0.15);
  for (const [x0, y0, x1, y1] of covered) {
    const c0 = Math.max(0, Math.floor((x0 - margin) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((x1 + margin) / CELL));
    const r0 = Math.max(0, Math.floor((y0 - margin) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((y1 + margin) / CELL));
    for (let r = r0; r <= r1; r++) ink.fill(0, r * cols + c0, r * cols + c1 + 1);
  }
  const letters = blobs(ink, cols, rows).filter((b) => {
    const w = (b.c1 - b.c0 + 1) * CELL;
    const h = (b.r1 - b.r0 + 1) * CELL;
    // A letter or a few joined ones: not a dot or speck, not a ruling, stamp or signature.
    return h >= lineHeight * 0.3 && h <= lineHeight * 1.6 && w <= lineHeight * 3;
  });
  const lines = groupIntoLines(letters, lineHeight / CELL);
  return lines
    .filter((l) => l.count >= MIN_LETTERS && (l.c1 - l.c0 + 1) * CELL >= lineHeight * 3)
    .sort((a, b) => b.c1 - b.c0 - (a.c1 - a.c0))
    .slice(0, MAX_LINES)
    .map((l): PixelBox => {
      const pad = lineHeight * 0.4;
      return [
        Math.max(0, l.c0 * CELL - pad),
        Math.max(0, l.r0 * CELL - pad),
        Math.min(image.width, (l.c1 + 1) * CELL + pad),
        Math.min(image.height, (l.r1 + 1) * CELL + pad),
      ];
    });
}

/** The page's typical word height (median of the words read), in the pixels of their boxes. */
export function typicalWordHeight(boxes: PixelBox[]): number {
  const heights = boxes.map((b) => b[3] - b[1]).filter((h) => h > 0).sort((a, b) => a - b);
  return heights.length < 5 ? 0 : heights[Math.floor(heights.length / 2)]!;
}

function inkCells(image: GrayImage, cols: number, rows: number): Uint8Array {
  const dark = new Uint8Array(cols * rows);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    const cellRow = Math.floor(y / CELL) * cols;
    for (let x = 0; x < image.width; x++) {
      if (image.gray[row + x]! < 128) dark[cellRow + Math.floor(x / CELL)]! += 1;
    }
  }
  const ink = new Uint8Array(cols * rows);
  for (let i = 0; i < ink.length; i++) ink[i] = dark[i]! >= CELL_MIN_DARK ? 1 : 0;
  return ink;
}

interface Blob {
  c0: number;
  r0: number;
  c1: number;
  r1: number;
  count: number;
}

/** Connected ink cells (8-neighbourhood) with their bounding boxes; `ink` is consumed. */
function blobs(ink: Uint8Array, cols: number, rows: number): Blob[] {
  const out: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start]) continue;
    const blob: Blob = { c0: cols, r0: rows, c1: -1, r1: -1, count: 1 };
    ink[start] = 0;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const r = Math.floor(i / cols);
      const c = i - r * cols;
      if (c < blob.c0) blob.c0 = c;
      if (c > blob.c1) blob.c1 = c;
      if (r < blob.r0) blob.r0 = r;
      if (r > blob.r1) blob.r1 = r;
      for (let dr = -1; dr <= 1; dr++) {
        const rr = r + dr;
        if (rr < 0 || rr >= rows) continue;
        for (let dc = -1; dc <= 1; dc++) {
          const cc = c + dc;
          if (cc < 0 || cc >= cols) continue;
          const j = rr * cols + cc;
          if (ink[j]) {
            ink[j] = 0;
            stack.push(j);
          }
        }
      }
    }
    out.push(blob);
  }
  return out;
}

/**
 * Letters side by side on one line: vertically overlapping by half the smaller height, at most 1.5 line
 * heights apart (word gaps, not the gap between two columns of a letterhead). In cells.
 */
function groupIntoLines(letters: Blob[], lineHeight: number): Blob[] {
  const sorted = [...letters].sort((a, b) => a.c0 - b.c0);
  const lines: Blob[] = [];
  for (const letter of sorted) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.r1, letter.r1) - Math.max(l.r0, letter.r0) + 1;
      const height = Math.min(l.r1 - l.r0, letter.r1 - letter.r0) + 1;
      return overlap >= height * 0.5 && letter.c0 - l.c1 <= lineHeight * 1.5;
    });
    if (!line) {
      lines.push({ ...letter, count: 1 });
      continue;
    }
    line.c0 = Math.min(line.c0, letter.c0);
    line.c1 = Math.max(line.c1, letter.c1);
    line.r0 = Math.min(line.r0, letter.r0);
    line.r1 = Math.max(line.r1, letter.r1);
    line.count += 1;
  }
  return lines;
}
