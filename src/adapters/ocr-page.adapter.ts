import type { BBox, Page, Word } from '../core/page.js';
import { cropGray, estimateSkew, halfSizePng, inkBelowShare, isBlankPage, rotateFree, rotateQuarter, toPgm, type GrayImage, type PreparedImage, type SourcePage } from './image-prep.adapter.js';
import { typicalWordHeight, uncoveredTextLines } from './ink-coverage.js';
import type { OcrLine, OcrPool, OcrWord, PixelBox } from './ocr-pool.adapter.js';
import { sidewaysRatio } from './page-measures.js';
import { changesPixels, plainImage, planPage, processedImage, type PagePlan, type StepTimes } from './page-plan.js';
import { meanConfidence as meanOf, readScore } from './read-quality.js';

/** Below this mean word confidence a page may be upside down or sideways: ask OSD. */
const SUSPECT_CONFIDENCE = 0.6;
/** OSD orientation confidence needed before a page is turned (tesseract's CLI uses a similar margin). */
const MIN_OSD_CONFIDENCE = 2;
/**
 * At this share of a page's outer ink below its lines' x-height bands (inkBelowShare) the page is taken for
 * upside down. Samples and three unseen corpora: upright pages 0.07–0.50, upside-down ones 0.69–0.90; photos
 * of uneven light give 0.5 (no lines found). From UPSIDE_DOWN_SURE on the ink alone decides; between the two
 * OSD is asked.
 */
const UPSIDE_DOWN_INK_SHARE = 0.6;
const UPSIDE_DOWN_SURE = 0.68;
/** At most this share of ink below the bands: the page (turned by a quarter) is upright without asking OSD. */
const UPRIGHT_SURE = 0.45;
/**
 * From this sidewaysRatio the text runs up and down the page (a page turned by a quarter): upright pages of
 * the noise bench and the corpora measure 0.1–0.9 (black scan borders and desks included), turned ones 4–6.
 */
const SIDEWAYS_FROM = 2;
/** Skew measured from the ink (estimateSkew) beyond this (degrees) is corrected before the first read. */
const PRE_DESKEW_FROM_DEGREES = 0.5;
/** Skew still seen in the read lines beyond this (degrees) is corrected by a second pass. */
const DESKEW_FROM_DEGREES = 2.5;
/**
 * A read of a pre-processed page whose words are less confident than this on average is doubtful: the page
 * is read plain as well, and the better read kept (readScore). Pages that read well the first time (0.85–0.95)
 * and despeckled faxes (0.75–0.85; their plain reads scored lower on every page of the noise bench) cost no
 * second read; a pre-processing step that turns a page to garbage (0.4–0.5) does.
 */
const DOUBTFUL_CONFIDENCE = 0.7;
/** The plain read replaces the processed one when it scores this much more (ties keep the processed read). */
const PLAIN_WINS_BY = 1.02;

/** What reading a page takes of the OCR pool. */
export type PageReader = Pick<OcrPool, 'recognize' | 'recognizeLine' | 'detectOrientation'>;

export interface OcrPageOutcome {
  page: Page;
  /** Clockwise quarter turn applied (for renderPage). */
  quarterTurn: number;
  /** The image the words were read from, for a second read of some of them. */
  frame: ReadFrame;
  /** The steps decided for the page, and whether the plain read was kept. */
  plan: PagePlan | null;
  keptPlain: boolean;
}

/**
 * The image a page's words were read from: the upright page, turned against its skew on a canvas grown to
 * hold the corners when it was deskewed. A word's box (0..1 of the upright page of `width` × `height`)
 * lies `dx`/`dy` pixels inside `frame`, whose resolution is `dpi`. Kept so a second read cuts its crops out
 * without turning the page again.
 */
export interface ReadFrame {
  frame: GrayImage;
  width: number;
  height: number;
  dx: number;
  dy: number;
  dpi: number;
}

/**
 * OCR of one decoded page. The plain page is the baseline; what else it needs is decided from measures of
 * its pixels (page-plan.ts: despeckling, flattening, contrast), its orientation from the shape of its ink
 * (lines running up and down: turned by a quarter; ink below the lines: upside down; OSD only when the ink
 * cannot tell), its skew from the ink too, so that one read usually suffices. A pre-processed page whose
 * read is doubtful is read plain as well, and the better read kept. When the result still looks like a
 * turned page, OSD is asked and the turned page read again. Skew still seen in the read lines' baselines is
 * corrected by a second pass when large. Lines of ink the read left out or garbled are read again on their
 * own (withUncoveredLines). Word boxes become page-relative in the upright image.
 */
export async function ocrPage(pool: PageReader, source: SourcePage, number: number, steps: StepTimes): Promise<OcrPageOutcome> {
  if (isBlankPage(source)) {
    // A blank page (a duplex back side) has nothing to read: no OCR pass, no words.
    const frame = { frame: source, width: source.width, height: source.height, dx: 0, dy: 0, dpi: source.dpi };
    return { quarterTurn: 0, frame, plan: null, keptPlain: false, page: { number, widthPt: source.widthPt, heightPt: source.heightPt, source: 'ocr', words: [], rotation: 0, confidence: 0 } };
  }
  const plan = await steps.time('measure', () => planPage(source));
  const image = changesPixels(plan) ? await processedImage(source, plan, steps) : await plainImage(source, plan, steps);
  let turn = await steps.time('orient', () => uprightTurn(pool, image));
  let current: PreparedImage = turn === 0 ? image : await steps.time('turn', () => rotatedBy(image, turn));
  let skew = await steps.time('skew', () => inkSkew(current));
  let reading = await steps.time('read', () => readStraightened(pool, current, skew));
  if (turn !== 0 && looksTurned(reading.lines)) {
    // The ink's turn may be wrong (a dark desk around a photographed sheet reads as ink below the lines):
    // OSD on the page as it came, unconfident meaning upright, and that turn read too; the better read is kept.
    const orientation = await steps.time('osd', async () => pool.detectOrientation(await halfSizePng(image)));
    const other = orientation.confidence >= MIN_OSD_CONFIDENCE ? orientation.degrees : 0;
    if (other !== turn) {
      const turned = other === 0 ? image : await rotatedBy(image, other);
      const turnedSkew = inkSkew(turned);
      const turnedReading = await steps.time('read-turned', () => readStraightened(pool, turned, turnedSkew));
      if (meanConfidence(turnedReading.lines) > meanConfidence(reading.lines)) {
        current = turned;
        reading = turnedReading;
        turn = other;
        skew = turnedSkew;
      }
    }
  } else if (turn === 0 && looksTurned(reading.lines)) {
    const orientation = await steps.time('osd', async () => pool.detectOrientation(await halfSizePng(current)));
    if (orientation.degrees !== 0 && orientation.confidence >= MIN_OSD_CONFIDENCE) {
      const turned = await rotatedBy(current, orientation.degrees);
      const turnedSkew = inkSkew(turned);
      const turnedReading = await steps.time('read-turned', () => readStraightened(pool, turned, turnedSkew));
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
    const straightened = await steps.time('read-deskewed', () => readStraightened(pool, current, skew + residual));
    if (meanConfidence(straightened.lines) >= meanConfidence(reading.lines)) {
      reading = straightened;
      skew += residual;
    }
  }
  let keptPlain = false;
  if (changesPixels(plan) && meanConfidence(reading.lines) < DOUBTFUL_CONFIDENCE) {
    // The processed read is doubtful: the plain page, turned and straightened the same way, may read better.
    const plain = await plainImage(source, plan, steps);
    const plainUpright = turn === 0 ? plain : await rotatedBy(plain, turn);
    const plainReading = await steps.time('read-plain', () => readStraightened(pool, plainUpright, skew));
    if (readScore(wordsOf(plainReading.lines)) > readScore(wordsOf(reading.lines)) * PLAIN_WINS_BY) {
      reading = plainReading;
      current = plainUpright;
      keptPlain = true;
    }
  }
  const lines = await steps.time('lines', () => withUncoveredLines(pool, reading));
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
    plan,
    keptPlain,
    frame: { frame: reading.frame, width: current.width, height: current.height, dx: reading.dx, dy: reading.dy, dpi: current.dpi },
    page: {
      number,
      widthPt: turnedSideways ? source.heightPt : source.widthPt,
      heightPt: turnedSideways ? source.widthPt : source.heightPt,
      source: 'ocr',
      words,
      // Deskewing turns the page against its skew (a page tilted clockwise is turned back anticlockwise).
      rotation: Math.round((turn - skew) * 10) / 10,
      confidence: words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
    },
  };
}

/**
 * The clockwise quarter turn that makes a page upright, from its ink: text lines running up and down the
 * page say it lies on its side, and the ink below the lines' x-height bands (descenders are rarer than
 * ascenders) says which way up. OSD is asked only when the ink leaves it open.
 */
export async function uprightTurn(pool: Pick<OcrPool, 'detectOrientation'>, image: GrayImage & { dpi?: number }): Promise<0 | 90 | 180 | 270> {
  const dpi = image.dpi ?? 300;
  if (sidewaysRatio(image) >= SIDEWAYS_FROM) {
    const turned = await rotateQuarter(image, 90);
    const below = inkBelowShare(turned, inkSkew(turned), 2, dpi);
    if (below >= UPSIDE_DOWN_SURE) return 270;
    if (below <= UPRIGHT_SURE) return 90;
    return askOsd(pool, image, [90, 270]);
  }
  const below = inkBelowShare(image, inkSkew(image), 2, dpi);
  if (below >= UPSIDE_DOWN_SURE) return 180;
  if (below >= UPSIDE_DOWN_INK_SHARE) return askOsd(pool, image, [180]);
  return 0;
}

/** OSD's answer when it is one of `allowed` and confident; else 0 (leave the page as it is). */
async function askOsd(pool: Pick<OcrPool, 'detectOrientation'>, image: GrayImage & { dpi?: number }, allowed: number[]): Promise<0 | 90 | 180 | 270> {
  const orientation = await pool.detectOrientation(await halfSizePng(image));
  return allowed.includes(orientation.degrees) && orientation.confidence >= MIN_OSD_CONFIDENCE ? orientation.degrees : 0;
}

async function rotatedBy(image: PreparedImage, degrees: number): Promise<PreparedImage> {
  const turned = await rotateQuarter(image, degrees);
  const sideways = degrees === 90 || degrees === 270;
  return { ...turned, dpi: image.dpi, widthPt: sideways ? image.heightPt : image.widthPt, heightPt: sideways ? image.widthPt : image.heightPt };
}

function wordsOf(lines: OcrLine[]): OcrWord[] {
  return lines.flatMap((line) => line.words);
}

/** The skew to correct before reading: what the ink shows, when it is enough to matter. */
function inkSkew(image: GrayImage): number {
  let skew = skews.get(image.gray);
  if (skew === undefined) {
    skew = estimateSkew(image);
    skews.set(image.gray, skew);
  }
  return Math.abs(skew) >= PRE_DESKEW_FROM_DEGREES ? skew : 0;
}

/** The skew measured of each image's pixels: the orientation check and the read both need it. */
const skews = new WeakMap<Buffer, number>();

/**
 * Reads a page straightened by `skew` degrees (clockwise positive). The boxes are given as tesseract's own
 * `rotateRadians` would: in a frame of the page's size turned about its centre. The turn itself is sharp's,
 * on a canvas grown to hold the corners: tesseract's turn lost words at the ends of lines on photos.
 */
async function readStraightened(pool: PageReader, image: PreparedImage, skew: number): Promise<Reading> {
  if (skew === 0) return { lines: await pool.recognize(toPgm(image), image.dpi), frame: image, dx: 0, dy: 0, dpi: image.dpi };
  const frame = await rotateFree(image, -skew);
  const dx = (frame.width - image.width) / 2;
  const dy = (frame.height - image.height) / 2;
  const shift = (box: PixelBox): PixelBox => [box[0] - dx, box[1] - dy, box[2] - dx, box[3] - dy];
  const lines = await pool.recognize(toPgm(frame), image.dpi);
  return { lines: lines.map((line) => ({ ...line, bbox: shift(line.bbox), words: line.words.map((word) => ({ ...word, bbox: shift(word.bbox) })) })), frame, dx, dy, dpi: image.dpi };
}

/** A read page: its lines (boxes in the page's frame) and the image they were read from, `dx`/`dy` beyond it. */
export interface Reading {
  lines: OcrLine[];
  frame: GrayImage;
  dx: number;
  dy: number;
  /** Resolution of `frame`, as tesseract was told. */
  dpi: number;
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
export async function withUncoveredLines(pool: PageReader, reading: Reading): Promise<OcrLine[]> {
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
      read = await pool.recognizeLine(toPgm(cropGray(frame, x0, y0, x1 - x0, y1 - y0)), reading.dpi);
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
  return meanOf(wordsOf(lines));
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
