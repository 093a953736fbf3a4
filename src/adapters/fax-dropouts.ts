import type { GrayImage } from './image-prep.adapter.js';

/**
 * Dropped scan lines: a fax that loses a scan line (line noise, a sync error) prints that line white, a band
 * of one to three rows across the whole page. Where it crosses a text line it cuts every letter into a top
 * and a bottom half, which tesseract reads as marks and garbles (noise bench fax-streaks: "Einspruch
 * eingelegt" → "Finenruch einngeloat"). Found and filled on the bilevel page as received (page-plan.ts
 * decides when), before the page is resampled: there the band is still a whole number of white rows.
 *
 * What tells a dropout from the white between two text lines: it lies inside a line of print, so the rows
 * on both sides of it are full of ink, and that ink continues across it, column by column: the stems and
 * bows of the letters it cut. The white between two lines is far wider than three rows at fax resolution,
 * and where it is that narrow (tight print), descenders above and ascenders below rarely stand in the same
 * column. A band may keep a little ink of its own: specks, a vertical streak crossing it. Where a line of the
 * document runs beside the band (an underlined text, a ruling under a table row), the band is that text's
 * white above its line, and is left alone.
 *
 * It is filled column by column where ink stands right above it and below it (within a pixel sideways, for a
 * slanted stroke), which joins the cut strokes and leaves the gaps between letters and inside bows open. Only
 * the columns inked above are filled, so a stroke is not widened (a row full of ink below the band, such as
 * a horizontal streak, would otherwise widen every stroke above it by a pixel on each side).
 */

/** The widest band of dropped rows: three scan lines of a fine-mode fax (0.38 mm at 200 dpi). */
const DROPOUT_UP_TO_MM = 0.4;
/** A row next to a band must hold this share of the page width in ink: the middle of a line of print (2–20 %). */
const INKED_ROW_SHARE = 0.02;
/**
 * A band's rows hold at most this share of the ink of the rows beside it (the smaller of the two), or of the
 * page width, whichever is more: what is left in a dropped row is specks and streaks.
 */
const BAND_INK_SHARE = 0.15;
const BAND_INK_WIDTH_SHARE = 0.005;
/**
 * Columns with ink right above and right below a band, as a share of the ink of the sparser of the two rows
 * beside it: strokes cut by the band (22–90 % on the noise bench's dropouts), not two lines of print that
 * happen to come close (their descenders and ascenders rarely meet).
 */
const CROSSING_SHARE = 0.15;
/** And at least this many: a word's worth of stems. */
const MIN_CROSSING_COLUMNS = 20;
/**
 * A row beside the band that holds a run of ink this long is a line of the document (an underline, a ruling,
 * a horizontal streak), not the middle of a line of print, whose runs are a letter's bar at most: the white
 * between an underlined text and its underline (a letter's return-address line) is no dropout.
 */
const LINE_RUN_FROM_MM = 5;

/** A band of dropped rows: rows `from` to `to` (inclusive). */
export interface Dropout {
  from: number;
  to: number;
}

const inkAt = (image: GrayImage, x: number, y: number) => image.gray[y * image.width + x]! < 128;

/** The longest run of ink in row `y`. */
function longestRun(image: GrayImage, y: number): number {
  let longest = 0;
  let run = 0;
  for (let x = 0; x < image.width; x++) {
    run = inkAt(image, x, y) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Dark pixels per row. */
function rowInk(image: GrayImage): number[] {
  const rows = new Array<number>(image.height).fill(0);
  for (let y = 0; y < image.height; y++) {
    let ink = 0;
    for (let i = y * image.width, end = i + image.width; i < end; i++) if (image.gray[i]! < 128) ink++;
    rows[y] = ink;
  }
  return rows;
}

/** The bands of dropped scan lines of a bilevel page at `dpi`, top to bottom. */
export function findDropouts(image: GrayImage, dpi: number): Dropout[] {
  const rows = rowInk(image);
  const widest = Math.max(1, Math.round((DROPOUT_UP_TO_MM / 25.4) * dpi));
  const inked = image.width * INKED_ROW_SHARE;
  const bandInk = (beside: number) => Math.max(image.width * BAND_INK_WIDTH_SHARE, beside * BAND_INK_SHARE);
  const found: Dropout[] = [];
  for (let y = 1; y < image.height - 1; y++) {
    const above = y - 1;
    if (rows[above]! < inked || rows[y]! > bandInk(rows[above]!)) continue;
    let below = y;
    while (below < image.height && below - y < widest + 1 && rows[below]! <= bandInk(rows[above]!)) below++;
    if (below >= image.height || below - y > widest || rows[below]! < inked) continue;
    const sparser = Math.min(rows[above]!, rows[below]!);
    let bandMost = 0;
    for (let r = y; r < below; r++) bandMost = Math.max(bandMost, rows[r]!);
    if (bandMost > bandInk(sparser)) continue;
    const lineRun = (LINE_RUN_FROM_MM / 25.4) * dpi;
    if (longestRun(image, above) >= lineRun || longestRun(image, below) >= lineRun) continue;
    let crossings = 0;
    for (let x = 0; x < image.width; x++) if (inkAt(image, x, above) && inkAt(image, x, below)) crossings++;
    if (crossings < Math.max(MIN_CROSSING_COLUMNS, sparser * CROSSING_SHARE)) continue;
    found.push({ from: y, to: below - 1 });
    y = below;
  }
  return found;
}

/** Fills the page's dropped scan lines in place, joining the strokes they cut; returns the bands filled. */
export function fillDropouts(image: GrayImage, dpi: number): Dropout[] {
  const dropouts = findDropouts(image, dpi);
  const near = (x: number, y: number) => inkAt(image, x, y) || (x > 0 && inkAt(image, x - 1, y)) || (x + 1 < image.width && inkAt(image, x + 1, y));
  for (const { from, to } of dropouts) {
    const above = from - 1;
    const below = to + 1;
    for (let x = 0; x < image.width; x++) {
      if (inkAt(image, x, above) && near(x, below)) for (let y = from; y <= to; y++) image.gray[y * image.width + x] = 0;
    }
  }
  return dropouts;
}
