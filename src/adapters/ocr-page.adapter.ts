import type { BBox, Page, Word } from '../core/page.js';
import { cropGray, estimateSkew, halfSizePng, inkBelowShare, isBlankPage, rotateFree, rotateQuarter, toPgm, type GrayImage, type PreparedImage } from './image-prep.adapter.js';
import { typicalWordHeight, uncoveredTextLines } from './ink-coverage.js';
import type { OcrLine, OcrPool, OcrWord, PixelBox } from './ocr-pool.adapter.js';

/** Below this mean word confidence a page may be upside down or sideways: ask OSD. */
const SUSPECT_CONFIDENCE = 0.6;
/** OSD orientation confidence needed before a page is turned (tesseract's CLI uses a similar margin). */
const MIN_OSD_CONFIDENCE = 2;
/**
 * At this share of a page's outer ink below its lines' x-height bands (inkBelowShare) the page is taken for
 * upside down and OSD is asked before the first read. Samples and three unseen corpora: upright pages
 * 0.07–0.50, upside-down ones 0.69–0.90; photos of uneven light give 0.5 (no lines found).
 */
const UPSIDE_DOWN_INK_SHARE = 0.6;
/** Skew measured from the ink (estimateSkew) beyond this (degrees) is corrected before the first read. */
const PRE_DESKEW_FROM_DEGREES = 0.5;
/** Skew still seen in the read lines beyond this (degrees) is corrected by a second pass. */
const DESKEW_FROM_DEGREES = 2.5;

export interface OcrPageOutcome {
  page: Page;
  /** Clockwise quarter turn applied (for renderPage). */
  quarterTurn: number;
  /** The image the words were read from, for a second read of some of them. */
  frame: ReadFrame;
}

/**
 * The image a page's words were read from: the upright page, turned against its skew on a canvas grown to
 * hold the corners when it was deskewed. A word's box (0..1 of the upright page of `width` × `height`)
 * lies `dx`/`dy` pixels inside `frame`. Kept so a second read cuts its crops out without turning the page again.
 */
export interface ReadFrame {
  frame: GrayImage;
  width: number;
  height: number;
  dx: number;
  dy: number;
}

/**
 * OCR of one prepared page image. Skew is measured from the ink first and the page read straightened:
 * tesseract's own line finding drops whole lines of a page skewed by as little as 1.5 degrees. A page whose
 * ink looks upside down is turned before the first read when OSD agrees. When the result looks like a
 * turned page (low confidence, or mostly vertical words), ask OSD and retry on the turned image, keeping
 * the better reading. Skew still seen in the read lines' baselines is corrected by a
 * second pass when large. Lines of ink the read left out or garbled are read again on their own
 * (withUncoveredLines). Word boxes become page-relative in the upright image.
 */
export async function ocrPage(pool: OcrPool, image: PreparedImage, number: number): Promise<OcrPageOutcome> {
  if (isBlankPage(image)) {
    // A blank page (a duplex back side) has nothing to read: no OCR pass, no words.
    return { quarterTurn: 0, frame: { frame: image, width: image.width, height: image.height, dx: 0, dy: 0 }, page: { number, widthPt: image.widthPt, heightPt: image.heightPt, source: 'ocr', words: [], rotation: 0, confidence: 0 } };
  }
  let current: GrayImage = image;
  let turn = 0;
  let skew = inkSkew(current);
  if (inkBelowShare(current, skew) >= UPSIDE_DOWN_INK_SHARE) {
    // The ink says upside down: ask OSD before reading, not after a first read that would only give
    // garbage (and is the slowest read of all).
    const orientation = await pool.detectOrientation(await halfSizePng(current));
    if (orientation.degrees === 180 && orientation.confidence >= MIN_OSD_CONFIDENCE) {
      current = await rotateQuarter(current, 180);
      turn = 180;
      skew = inkSkew(current);
    }
  }
  let reading = await readStraightened(pool, current, skew);
  if (turn === 0 && looksTurned(reading.lines)) {
    const orientation = await pool.detectOrientation(await halfSizePng(current));
    if (orientation.degrees !== 0 && orientation.confidence >= MIN_OSD_CONFIDENCE) {
      const turned = await rotateQuarter(current, orientation.degrees);
      const turnedSkew = inkSkew(turned);
      const turnedReading = await readStraightened(pool, turned, turnedSkew);
      const vertical = verticalShare(reading.lines) > 0.5;
      if (vertical || meanConfidence(turnedReading.lines) > meanConfidence(reading.lines)) {
        current = turned;
        reading = turnedReading;
        turn = orientation.degrees;
        skew = turnedSkew;
      }
    }
  }
  const residual = skewDegrees(reading.lines);
  if (Math.abs(residual) >= DESKEW_FROM_DEGREES) {
    const straightened = await readStraightened(pool, current, skew + residual);
    if (meanConfidence(straightened.lines) >= meanConfidence(reading.lines)) {
      reading = straightened;
      skew += residual;
    }
  }
  const lines = await withUncoveredLines(pool, reading);
  const words = readingOrder(
    lines.flatMap((line) =>
      line.words.map((word): Word => ({
        text: word.text,
        bbox: [word.bbox[0] / current.width, word.bbox[1] / current.height, word.bbox[2] / current.width, word.bbox[3] / current.height].map(clamp) as unknown as BBox,
        confidence: word.confidence,
      })),
    ),
  );
  const turnedSideways = turn === 90 || turn === 270;
  return {
    quarterTurn: turn,
    frame: { frame: reading.frame, width: current.width, height: current.height, dx: reading.dx, dy: reading.dy },
    page: {
      number,
      widthPt: turnedSideways ? image.heightPt : image.widthPt,
      heightPt: turnedSideways ? image.widthPt : image.heightPt,
      source: 'ocr',
      words,
      // Deskewing turns the page against its skew (a page tilted clockwise is turned back anticlockwise).
      rotation: Math.round((turn - skew) * 10) / 10,
      confidence: words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
    },
  };
}

/** The skew to correct before reading: what the ink shows, when it is enough to matter. */
function inkSkew(image: GrayImage): number {
  const skew = estimateSkew(image);
  return Math.abs(skew) >= PRE_DESKEW_FROM_DEGREES ? skew : 0;
}

/**
 * Reads a page straightened by `skew` degrees (clockwise positive). The boxes are given as tesseract's own
 * `rotateRadians` would: in a frame of the page's size turned about its centre. The turn itself is sharp's,
 * on a canvas grown to hold the corners: tesseract's turn lost words at the ends of lines on photos.
 */
async function readStraightened(pool: OcrPool, image: GrayImage, skew: number): Promise<Reading> {
  if (skew === 0) return { lines: await pool.recognize(toPgm(image)), frame: image, dx: 0, dy: 0 };
  const frame = await rotateFree(image, -skew);
  const dx = (frame.width - image.width) / 2;
  const dy = (frame.height - image.height) / 2;
  const shift = (box: PixelBox): PixelBox => [box[0] - dx, box[1] - dy, box[2] - dx, box[3] - dy];
  const lines = await pool.recognize(toPgm(frame));
  return { lines: lines.map((line) => ({ ...line, bbox: shift(line.bbox), words: line.words.map((word) => ({ ...word, bbox: shift(word.bbox) })) })), frame, dx, dy };
}

/** A read page: its lines (boxes in the page's frame) and the image they were read from, `dx`/`dy` beyond it. */
export interface Reading {
  lines: OcrLine[];
  frame: GrayImage;
  dx: number;
  dy: number;
}

/**
 * Words below this confidence do not count as covering their ink: tesseract's page layout sometimes reads a
 * clean line as confident-less garbage ("Sn Nr. 9 SS BET" for "DR-Nr.: DR II 1551/26").
 */
const GARBAGE_WORD_CONFIDENCE = 0.3;
/** A line read on its own replaces what was there when its words are at least this confident on average. */
const MIN_RECOVERED_CONFIDENCE = 0.6;

/**
 * Lines of text-like ink that the page's read left out or read as garbage (uncoveredTextLines), each cut out
 * and read on its own as a single line. A line read so with confidence takes the place of the garbage words
 * under it; one read no better is left as it was. Returns the page's lines with those changes.
 */
export async function withUncoveredLines(pool: OcrPool, reading: Reading): Promise<OcrLine[]> {
  const { frame, dx, dy } = reading;
  const words = reading.lines.flatMap((line) => line.words);
  const inFrame = (b: PixelBox): PixelBox => [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy];
  const covering = words.filter((w) => w.confidence >= GARBAGE_WORD_CONFIDENCE).map((w) => inFrame(w.bbox));
  const rects = uncoveredTextLines(frame, covering, typicalWordHeight(covering));
  if (rects.length === 0) return reading.lines;
  const dropped = new Set<OcrWord>();
  const added: OcrLine[] = [];
  // Whether the centre of a box in the page's frame lies inside a rectangle of the image read (dx/dy beyond it).
  const centreInside = (box: PixelBox, [x0, y0, x1, y1]: PixelBox) => {
    const x = (box[0] + box[2]) / 2 + dx;
    const y = (box[1] + box[3]) / 2 + dy;
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  for (const [x0, y0, x1, y1] of rects) {
    let read: OcrWord[];
    try {
      read = await pool.recognizeLine(toPgm(cropGray(frame, x0, y0, x1 - x0, y1 - y0)));
    } catch {
      // A second read is a help, never a reason to fail the page: the page stays as read.
      continue;
    }
    if (read.length === 0) continue;
    const mean = read.reduce((sum, w) => sum + w.confidence, 0) / read.length;
    if (mean < MIN_RECOVERED_CONFIDENCE) continue;
    // Back from the crop to the page's frame (the lines' boxes lie dx/dy inside the image read); a bit of a
    // neighbouring word that came in with the margin is that word's, not a word of its own.
    const recovered = read
      .map((w) => ({ ...w, bbox: [w.bbox[0] + x0 - dx, w.bbox[1] + y0 - dy, w.bbox[2] + x0 - dx, w.bbox[3] + y0 - dy] as PixelBox }))
      .filter((w) => !covering.some((box) => centreInside(w.bbox, box)));
    if (recovered.length === 0) continue;
    for (const w of words) {
      if (w.confidence < GARBAGE_WORD_CONFIDENCE && centreInside(w.bbox, [x0, y0, x1, y1])) dropped.add(w);
    }
    added.push({ words: recovered, bbox: [x0 - dx, y0 - dy, x1 - dx, y1 - dy], slope: 0 });
  }
  if (added.length === 0) return reading.lines;
  const kept = reading.lines.map((line) => ({ ...line, words: line.words.filter((w) => !dropped.has(w)) })).filter((line) => line.words.length > 0);
  return [...kept, ...added];
}

function looksTurned(lines: OcrLine[]): boolean {
  // A turned page reads as confident-looking garbage or vertical words, not as nothing.
  if (lines.length === 0) return false;
  return meanConfidence(lines) < SUSPECT_CONFIDENCE || verticalShare(lines) > 0.5;
}

function meanConfidence(lines: OcrLine[]): number {
  const words = lines.flatMap((line) => line.words);
  if (words.length === 0) return 0;
  return words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}

/** Share of longer words whose box is taller than wide: text running up or down the page. */
function verticalShare(lines: OcrLine[]): number {
  const long = lines.flatMap((line) => line.words).filter((word) => word.text.length >= 4);
  if (long.length === 0) return 0;
  return long.filter((w) => w.bbox[3] - w.bbox[1] > w.bbox[2] - w.bbox[0]).length / long.length;
}

/** Median baseline angle (degrees, clockwise positive) of lines with at least three words. */
export function skewDegrees(lines: OcrLine[]): number {
  const slopes = lines
    .filter((line) => line.words.length >= 3)
    .map((line) => line.slope)
    .sort((a, b) => a - b);
  if (slopes.length < 2) return 0;
  const median = slopes[Math.floor(slopes.length / 2)] ?? 0;
  return Math.round(((Math.atan(median) * 180) / Math.PI) * 10) / 10;
}

/**
 * Sorts words top-to-bottom, left-to-right: words whose vertical centres lie within half a line height
 * of a row's centre belong to that row. Same rule for text-layer and OCR words, so later stages see one order.
 */
export function readingOrder(words: Word[]): Word[] {
  if (words.length < 2) return words;
  const heights = words.map((w) => w.bbox[3] - w.bbox[1]).sort((a, b) => a - b);
  const tolerance = (heights[Math.floor(heights.length / 2)] ?? 0) * 0.5;
  const byCentre = [...words].sort((a, b) => centre(a) - centre(b));
  const rows: { centre: number; words: Word[] }[] = [];
  for (const word of byCentre) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(centre(word) - row.centre) <= tolerance) {
      row.words.push(word);
      row.centre = (row.centre * (row.words.length - 1) + centre(word)) / row.words.length;
    } else {
      rows.push({ centre: centre(word), words: [word] });
    }
  }
  return rows.flatMap((row) => row.words.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

function centre(word: Word): number {
  return (word.bbox[1] + word.bbox[3]) / 2;
}

function clamp(v: number): number {
  return Math.min(1, Math.max(0, v));
}
