import type { BBox, Page, Word } from '../core/page.js';
import { estimateSkew, halfSizePng, inkBelowShare, isBlankPage, rotateFree, rotateQuarter, toPgm, type GrayImage, type PreparedImage } from './image-prep.adapter.js';
import type { OcrLine, OcrPool, PixelBox } from './ocr-pool.adapter.js';

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
  /** The upright image the words were read from (before any deskew), for a second read of some words. */
  image: GrayImage;
}

/**
 * OCR of one prepared page image. Skew is measured from the ink first and the page read straightened:
 * tesseract's own line finding drops whole lines of a page skewed by as little as 1.5 degrees. A page whose
 * ink looks upside down is turned before the first read when OSD agrees. When the result looks like a
 * turned page (low confidence, or mostly vertical words), ask OSD and retry on the turned image, keeping
 * the better reading. Skew still seen in the read lines' baselines is corrected by a
 * second pass when large. Word boxes become page-relative in the upright image.
 */
export async function ocrPage(pool: OcrPool, image: PreparedImage, number: number): Promise<OcrPageOutcome> {
  if (isBlankPage(image)) {
    // A blank page (a duplex back side) has nothing to read: no OCR pass, no words.
    return { quarterTurn: 0, image, page: { number, widthPt: image.widthPt, heightPt: image.heightPt, source: 'ocr', words: [], rotation: 0, confidence: 0 } };
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
  let lines = await readStraightened(pool, current, skew);
  if (turn === 0 && looksTurned(lines)) {
    const orientation = await pool.detectOrientation(await halfSizePng(current));
    if (orientation.degrees !== 0 && orientation.confidence >= MIN_OSD_CONFIDENCE) {
      const turned = await rotateQuarter(current, orientation.degrees);
      const turnedSkew = inkSkew(turned);
      const turnedLines = await readStraightened(pool, turned, turnedSkew);
      const vertical = verticalShare(lines) > 0.5;
      if (vertical || meanConfidence(turnedLines) > meanConfidence(lines)) {
        current = turned;
        lines = turnedLines;
        turn = orientation.degrees;
        skew = turnedSkew;
      }
    }
  }
  const residual = skewDegrees(lines);
  if (Math.abs(residual) >= DESKEW_FROM_DEGREES) {
    const straightened = await readStraightened(pool, current, skew + residual);
    if (meanConfidence(straightened) >= meanConfidence(lines)) {
      lines = straightened;
      skew += residual;
    }
  }
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
    image: current,
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
async function readStraightened(pool: OcrPool, image: GrayImage, skew: number): Promise<OcrLine[]> {
  if (skew === 0) return pool.recognize(toPgm(image));
  const frame = await rotateFree(image, -skew);
  const dx = (frame.width - image.width) / 2;
  const dy = (frame.height - image.height) / 2;
  const shift = (box: PixelBox): PixelBox => [box[0] - dx, box[1] - dy, box[2] - dx, box[3] - dy];
  const lines = await pool.recognize(toPgm(frame));
  return lines.map((line) => ({ ...line, bbox: shift(line.bbox), words: line.words.map((word) => ({ ...word, bbox: shift(word.bbox) })) }));
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
