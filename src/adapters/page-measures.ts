import type { GrayImage } from './image-prep.adapter.js';

/**
 * Cheap measures of a page image, taken before any pre-processing, that decide which steps a page needs
 * (page-plan.ts). Each looks at the pixels only, costs a few milliseconds on a 300-dpi page, and measures
 * a class of damage rather than a particular page: how far the gray levels span (a faded or low-contrast
 * scan), how many isolated specks a bilevel page carries (a fax), and whether the text lines run across
 * the page or up and down it (a page turned by a quarter).
 */

/** Gray levels of a page: the ink (0.5th percentile), the paper (median) and the light end (99.5th percentile). */
export interface GrayLevels {
  ink: number;
  paper: number;
  light: number;
}

/** Percentiles of the gray levels, from every `step`-th pixel. */
export function grayLevels(image: GrayImage, step = 3): GrayLevels {
  const histogram = new Uint32Array(256);
  let count = 0;
  for (let i = 0; i < image.gray.length; i += step) {
    histogram[image.gray[i]!]! += 1;
    count += 1;
  }
  const level = (share: number) => {
    const target = count * share;
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen > target) return v;
    }
    return 255;
  };
  return { ink: level(0.005), paper: level(0.5), light: level(0.995) };
}

/**
 * Isolated specks per square inch of a bilevel page (findSpecks): black components of at most a speck's
 * area with no other ink near them. Letters, full stops next to words and i-dots over their stems are not
 * isolated; salt-and-pepper noise on the paper is. A clean scan measures about 0, a noisy fax tens.
 */
export function speckDensity(image: GrayImage, dpi: number): number {
  const specks = findSpecks(image, dpi);
  const squareInches = (image.width / dpi) * (image.height / dpi);
  return squareInches > 0 ? specks.length / squareInches : 0;
}

/** The largest area (pixels) a speck may have at `dpi`: 0.3 mm square, ~ 2 × 2 pixels at 200 dpi. */
export function maxSpeckArea(dpi: number): number {
  const side = Math.max(1, Math.round((0.3 / 25.4) * dpi));
  return side * side + 1;
}

/** How far (pixels) from other ink a speck must lie: 0.5 mm, more than the gap between an i and its dot. */
function isolationOf(dpi: number): number {
  return Math.max(2, Math.round((0.5 / 25.4) * dpi));
}

/** A speck found by findSpecks: its pixels' indices. */
type Speck = number[];

/**
 * The isolated small black components (dark < 128) of an image: each of at most maxSpeckArea(dpi) pixels,
 * with no other dark pixel in the box grown by the isolation distance around it.
 */
export function findSpecks(image: GrayImage, dpi: number): Speck[] {
  const { width, height, gray } = image;
  const maxArea = maxSpeckArea(dpi);
  const isolation = isolationOf(dpi);
  const seen = new Uint8Array(width * height);
  const specks: Speck[] = [];
  const stack: number[] = [];
  for (let start = 0; start < gray.length; start++) {
    if (seen[start] || gray[start]! >= 128) continue;
    // Flood the component (8-neighbourhood), giving up beyond a speck's size.
    const pixels: number[] = [];
    let big = false;
    seen[start] = 1;
    stack.push(start);
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (stack.length) {
      const i = stack.pop()!;
      const y = Math.floor(i / width);
      const x = i - y * width;
      if (!big) {
        pixels.push(i);
        if (pixels.length > maxArea) big = true;
      }
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (!seen[j] && gray[j]! < 128) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (big) continue;
    if (isolated(image, x0, y0, x1, y1, isolation)) specks.push(pixels);
  }
  return specks;
}

/** Whether no dark pixel lies in the box [x0, x1] × [y0, y1] grown by `margin`, outside the box itself. */
function isolated(image: GrayImage, x0: number, y0: number, x1: number, y1: number, margin: number): boolean {
  const { width, height, gray } = image;
  const top = Math.max(0, y0 - margin);
  const bottom = Math.min(height - 1, y1 + margin);
  const left = Math.max(0, x0 - margin);
  const right = Math.min(width - 1, x1 + margin);
  for (let y = top; y <= bottom; y++) {
    const row = y * width;
    for (let x = left; x <= right; x++) {
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) continue;
      if (gray[row + x]! < 128) return false;
    }
  }
  return true;
}

/**
 * Removes the isolated specks of a bilevel page in place (they turn white) and returns how many. Strokes of
 * letters are components far larger than a speck, and a full stop or an i-dot lies near its letters: neither
 * is touched.
 */
export function despeckle(image: GrayImage, dpi: number): number {
  const specks = findSpecks(image, dpi);
  for (const speck of specks) for (const i of speck) image.gray[i] = 255;
  return specks.length;
}

/**
 * Whether the text of a page runs up and down it (a page turned by a quarter): the ink projected onto the
 * vertical piles into sharp rows when lines run across the page, onto the horizontal when they run along it.
 * Compares the two profiles' peakiness (sum of squares over the squared sum, from every `step`-th pixel):
 * a ratio above 1 says sideways. Text pages measure 0.3–0.7 upright and 1.5–3 turned.
 */
export function sidewaysRatio(image: GrayImage, step = 2): number {
  const { width, height, gray } = image;
  const rows = new Float64Array(Math.ceil(height / step));
  const cols = new Float64Array(Math.ceil(width / step));
  const dark = (x: number, y: number) => gray[y * width + x]! < 128;
  // The edge of the ink (a stroke or a ruling), not the inside of a dark area: a black scan border or the
  // desk around a photographed sheet would pile up in columns as much as text does in rows.
  const reach = 3 * step;
  let total = 0;
  for (let y = reach; y < height - reach; y += step) {
    for (let x = reach; x < width - reach; x += step) {
      if (dark(x, y) && !(dark(x - reach, y) && dark(x + reach, y) && dark(x, y - reach) && dark(x, y + reach))) {
        rows[Math.floor(y / step)]! += 1;
        cols[Math.floor(x / step)]! += 1;
        total += 1;
      }
    }
  }
  if (total < 200) return 0;
  // Mean of the squared profile relative to its squared mean: 1 for even ink, higher where it piles up.
  const peakiness = (profile: Float64Array) => {
    let sum = 0;
    let squares = 0;
    for (const v of profile) {
      sum += v;
      squares += v * v;
    }
    return (squares * profile.length) / (sum * sum);
  };
  return peakiness(cols) / peakiness(rows);
}
