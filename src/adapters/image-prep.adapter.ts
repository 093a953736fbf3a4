import sharp, { type Metadata, type Sharp } from 'sharp';

// Every page is decoded once and never again, so libvips' operation cache has nothing to reuse.
// (bench:watch peak RSS with 2 OCR workers: 811 MB with the cache, 816 MB without — the workers dominate.)
sharp.cache(false);
import { IntakeError } from '../core/errors.js';
import { colourMeasures, type ColourMeasures } from './colour-ink.js';

/** Resolution tesseract reads best at; pages are resampled towards it. */
export const OCR_DPI = 300;
const A4_LONG_INCH = 11.69;

/** A decoded page at the resolution it was scanned at, before any pre-processing (page-plan.ts decides that). */
export interface SourcePage extends GrayImage {
  /** Its resolution (declared, or estimated for photos). */
  dpi: number;
  /** 1 bit per pixel in the file (a fax). */
  bilevel: boolean;
  /** Stored with lossy compression (JPEG): ringing and block edges around the strokes. */
  lossy: boolean;
  /** Page size in PDF points. */
  widthPt: number;
  heightPt: number;
  /** Share of the page's pixels in colored ink (chroma ≥ COLORED_INK_CHROMA): stamps, ballpoint, marker. */
  coloredInk: number;
  /**
   * For a page with colored ink: each pixel's brightest channel, in which black print stays black and
   * colored ink (a blue stamp, red marker) turns light. Null for gray pages and pages without colored ink.
   */
  brightestChannel: Buffer | null;
}

/** A page image handed to tesseract (raw 8-bit gray), with the resolution tesseract is told it has. */
export interface PreparedImage extends GrayImage {
  dpi: number;
  widthPt: number;
  heightPt: number;
}

export interface ImageInfo {
  pages: number;
  width: number;
  height: number;
}

function imageTooLarge(width: number, height: number, maxPixels: number): IntakeError {
  return new IntakeError(
    'IMAGE_TOO_LARGE',
    `Das Bild ist zu groß (${width} × ${height} Pixel, erlaubt sind ${maxPixels} Pixel je Seite).`,
  );
}

function corruptImage(error: unknown): IntakeError {
  if (error instanceof IntakeError) return error;
  const message = (error as Error | undefined)?.message ?? '';
  if (/pixel limit/i.test(message)) {
    return new IntakeError('IMAGE_TOO_LARGE', 'Das Bild ist zu groß und wurde nicht geöffnet.', { cause: error });
  }
  return new IntakeError('CORRUPT_FILE', 'Die Bilddatei ist beschädigt oder unvollständig und kann nicht gelesen werden.', { cause: error });
}

/** Reads only the header: page count and size. A page above `maxPixels` fails here, before any decoding. */
export async function inspectImage(bytes: Buffer, maxPixels: number): Promise<ImageInfo> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
  } catch (error) {
    throw corruptImage(error);
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width <= 0 || height <= 0) throw corruptImage(new Error('image without size'));
  if (width * height > maxPixels) throw imageTooLarge(width, height, maxPixels);
  return { pages: meta.pages ?? 1, width, height };
}

function openPage(bytes: Buffer, index: number, maxPixels: number): Sharp {
  return sharp(bytes, { limitInputPixels: maxPixels, page: index, pages: 1, failOn: 'error' });
}

/**
 * The resolution a page was scanned at. Declared densities below 100 dpi are the 72/96 dpi defaults of
 * cameras and editors, not scan resolutions: then (and when nothing is declared but the image is much
 * larger than an A4 page at 300 dpi) the resolution is estimated from the page assumed to be A4.
 */
export function effectiveDpi(meta: Pick<Metadata, 'density' | 'resolutionUnit'>, width: number, height: number): number {
  const declared = meta.density ? (meta.resolutionUnit === 'cm' ? meta.density * 2.54 : meta.density) : undefined;
  const estimated = Math.max(width, height) / A4_LONG_INCH;
  if (declared !== undefined && declared >= 100) return declared;
  // Nothing declared: assume a 300-dpi scan unless the image is far too big for an A4 page at 300 dpi.
  if (declared === undefined) return estimated > 450 ? Math.min(1200, estimated) : OCR_DPI;
  return Math.min(1200, Math.max(50, estimated));
}

/**
 * Decodes one page (0-based) of a PNG/JPEG/TIFF as it was scanned: EXIF rotation, transparency on white,
 * grayscale, at its own resolution. What the page then needs is page-plan.ts's decision.
 */
export async function decodeImagePage(bytes: Buffer, index: number, maxPixels: number): Promise<SourcePage> {
  try {
    const meta = await openPage(bytes, index, maxPixels).metadata();
    const oriented = meta.autoOrient ?? { width: meta.width ?? 0, height: meta.pageHeight ?? meta.height ?? 0 };
    if (oriented.width * oriented.height > maxPixels) throw imageTooLarge(oriented.width, oriented.height, maxPixels);
    const dpi = effectiveDpi(meta, oriented.width, oriented.height);
    const colour = (meta.channels ?? 1) >= 3 && meta.space !== 'b-w';
    const upright = openPage(bytes, index, maxPixels).rotate().flatten({ background: '#ffffff' });
    let colours: ColourMeasures = { coloredInk: 0, brightestChannel: null };
    let gray: { data: Buffer; info: { width: number; height: number } };
    if (colour) {
      // Decoded once in colour: the gray page, the colored ink and the brightest channel all come from it.
      const rgb = await upright.removeAlpha().raw().toBuffer({ resolveWithObject: true });
      colours = await colourMeasures(rgb.data, rgb.info.width, rgb.info.height);
      gray = await sharp(rgb.data, { raw: { width: rgb.info.width, height: rgb.info.height, channels: 3 } }).grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    } else {
      gray = await upright.grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    }
    const { data, info } = gray;
    return {
      gray: data,
      width: info.width,
      height: info.height,
      dpi,
      bilevel: meta.bitsPerSample === 1,
      lossy: meta.format === 'jpeg',
      widthPt: (oriented.width / dpi) * 72,
      heightPt: (oriented.height / dpi) * 72,
      ...colours,
    };
  } catch (error) {
    throw corruptImage(error);
  }
}

/** A rendered PDF page (raw RGBA at `dpi`) as a gray source page. */
export async function decodeRenderedPage(rgba: Buffer, width: number, height: number, dpi = OCR_DPI): Promise<SourcePage> {
  const rgb = await sharp(rgba, { raw: { width, height, channels: 4 } }).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const colours = await colourMeasures(rgb.data, rgb.info.width, rgb.info.height);
  const { data, info } = await sharp(rgb.data, { raw: { width: rgb.info.width, height: rgb.info.height, channels: 3 } }).grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height, dpi, bilevel: false, lossy: false, widthPt: (width / dpi) * 72, heightPt: (height / dpi) * 72, ...colours };
}

/**
 * Contrast normalisation in place: maps the 0.5th..99.5th percentile of the gray levels to 0..255.
 * Skipped when the page already spans nearly the full range (most scans). Written out because sharp's
 * normalise() took ~0.5 s on a 300-dpi A4 page, a third of the OCR time; this takes a few milliseconds.
 */
export function stretchContrast(gray: Buffer): void {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < gray.length; i++) histogram[gray[i]!]! += 1;
  const cut = gray.length * 0.005;
  let low = 0;
  for (let seen = 0; low < 255 && seen + histogram[low]! <= cut; low++) seen += histogram[low]!;
  let high = 255;
  for (let seen = 0; high > 0 && seen + histogram[high]! <= cut; high--) seen += histogram[high]!;
  if (high - low < 16 || (low <= 24 && high >= 232)) return;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.max(0, Math.round(((v - low) * 255) / (high - low))));
  for (let i = 0; i < gray.length; i++) gray[i] = lut[gray[i]!]!;
}

export interface GrayImage {
  gray: Buffer;
  width: number;
  height: number;
}

/**
 * Binary PGM (P5) of raw gray pixels: what we hand to tesseract. Leptonica reads it directly, and unlike
 * PNG it costs nothing to encode (a 300-dpi A4 page took over a second to PNG-encode on a busy machine).
 */
export function toPgm(image: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii'), image.gray]);
}

function fromGray(image: GrayImage): Sharp {
  return sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } });
}

/** Turns an image clockwise by a multiple of 90 degrees. */
export async function rotateQuarter(image: GrayImage, degrees: number): Promise<GrayImage> {
  // extractChannel: sharp turns one-band raw input into sRGB on output otherwise.
  const { data, info } = await fromGray(image).rotate(degrees).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

/**
 * Turns an image clockwise by any angle about its centre, on a canvas grown to hold all of it (white
 * corners). A point keeps its offset from the centre turned, as in tesseract's own `rotateRadians`.
 */
export async function rotateFree(image: GrayImage, degrees: number): Promise<GrayImage> {
  const { data, info } = await fromGray(image)
    .rotate(degrees, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

/**
 * Dark samples (every 4th pixel each way) up to which a page counts as blank: about 1,000 inked pixels at
 * 300 dpi, less than one short word. Duplex scanners send every back side; reading one took a full OCR pass.
 */
const BLANK_PAGE_MAX_INK_SAMPLES = 60;

/** Whether a prepared page has (next to) no ink at all: nothing for OCR to read. */
export function isBlankPage(image: GrayImage, step = 4): boolean {
  let ink = 0;
  for (let y = 0; y < image.height; y += step) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += step) {
      if (image.gray[row + x]! < 128 && ++ink > BLANK_PAGE_MAX_INK_SAMPLES) return false;
    }
  }
  return true;
}

/** Largest skew (degrees) `estimateSkew` looks for; beyond it a page is turned, not skewed. */
const MAX_SKEW_DEGREES = 6;

/**
 * The skew of a page image in degrees, clockwise positive (text lines running down to the right), from
 * its ink alone: the angle at which the dark pixels, projected onto the vertical, pile up into the sharpest
 * rows (the projection-profile method of Leptonica and most scanner drivers). 0 when no angle stands out,
 * as on a nearly empty page or one turned by a quarter. Costs a few milliseconds on a 300-dpi page.
 */
export function estimateSkew(image: GrayImage, step = 4): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const dark = (x: number, y: number) => image.gray[y * image.width + x]! < 128;
  for (let y = step; y < image.height - step; y += step) {
    for (let x = step; x < image.width - step; x += step) {
      // Ink of strokes and rulings, not the inside of a dark area (the table under a photographed page).
      if (dark(x, y) && !(dark(x - step, y) && dark(x + step, y) && dark(x, y - step) && dark(x, y + step))) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  // Too little ink to tell, or so much that it is a photo or a black border rather than text.
  const samples = Math.ceil(image.width / step) * Math.ceil(image.height / step);
  if (xs.length < 500 || xs.length > samples * 0.3) return 0;
  // Projected rows run from -offset to height + offset: the widest tilt moves a row by up to `offset`.
  const offset = image.width * Math.tan((MAX_SKEW_DEGREES * Math.PI) / 180);
  const bins = new Float64Array(Math.ceil((image.height + 2 * offset) / step) + 2);
  const sharpness = (degrees: number): number => {
    bins.fill(0);
    const t = Math.tan((degrees * Math.PI) / 180);
    for (let i = 0; i < xs.length; i++) bins[Math.floor((ys[i]! - xs[i]! * t + offset) / step)]! += 1;
    let sum = 0;
    for (const count of bins) sum += count * count;
    return sum;
  };
  let best = 0;
  let bestScore = sharpness(0);
  const level = bestScore;
  for (let tenth = -MAX_SKEW_DEGREES * 10; tenth <= MAX_SKEW_DEGREES * 10; tenth += 2) {
    const score = sharpness(tenth / 10);
    if (score > bestScore) [best, bestScore] = [tenth / 10, score];
  }
  for (const degrees of [best - 0.1, best + 0.1]) {
    const score = sharpness(degrees);
    if (score > bestScore) [best, bestScore] = [degrees, score];
  }
  // An angle that sharpens the rows only a little is noise, not skew.
  return bestScore > level * 1.05 ? Math.round(best * 10) / 10 : 0;
}

/**
 * Whether the text of a page image stands on its head, from its ink alone: Latin lines have far more ink
 * above their x-height band (capitals, b d f h k l t, i dots, umlauts) than below it (g j p q y). Each line
 * is found in the projection onto the vertical (sheared by `skewDegrees`); its band is the rows with at
 * least half the line's densest row. Returns the share of the outer ink that lies below the bands: ~0.3 on
 * an upright German page, ~0.7 upside down, 0.5 when there is too little text to tell. `dpi`: the image's
 * resolution (the line heights it looks for are those of print at 300 dpi, scaled).
 */
export function inkBelowShare(image: GrayImage, skewDegrees = 0, step = 2, dpi = OCR_DPI): number {
  const t = Math.tan((skewDegrees * Math.PI) / 180);
  const offset = Math.ceil(Math.abs(image.width * t));
  const rows = new Float64Array(image.height + 2 * offset + 1);
  for (let y = 0; y < image.height; y += 1) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += step) {
      if (image.gray[row + x]! < 128) rows[Math.round(y - x * t) + offset]! += 1;
    }
  }
  const maxRow = image.width / step;
  let above = 0;
  let below = 0;
  let lines = 0;
  for (let y = 0; y < rows.length; ) {
    // A line: a run of rows with ink, between rows without.
    if (rows[y]! < 2) {
      y += 1;
      continue;
    }
    const top = y;
    while (y < rows.length && rows[y]! >= 2) y += 1;
    const bottom = y;
    const height = bottom - top;
    let peak = 0;
    for (let r = top; r < bottom; r++) peak = Math.max(peak, rows[r]!);
    // Text lines only: not a ruling (one dense row), nor a block too short or too tall for a line of text.
    if (height < 12 * (dpi / OCR_DPI) || height > 120 * (dpi / OCR_DPI) || peak > maxRow * 0.9) continue;
    let coreTop = top;
    while (rows[coreTop]! < peak / 2) coreTop += 1;
    let coreBottom = bottom - 1;
    while (rows[coreBottom]! < peak / 2) coreBottom -= 1;
    for (let r = top; r < coreTop; r++) above += rows[r]!;
    for (let r = coreBottom + 1; r < bottom; r++) below += rows[r]!;
    lines += 1;
  }
  return lines < 5 || above + below === 0 ? 0.5 : below / (above + below);
}

/** A rectangle of a gray image, copied row by row (clipped to the image). */
export function cropGray(image: GrayImage, left: number, top: number, width: number, height: number): GrayImage {
  const x0 = Math.max(0, Math.min(image.width - 1, Math.round(left)));
  const y0 = Math.max(0, Math.min(image.height - 1, Math.round(top)));
  const w = Math.max(1, Math.min(image.width - x0, Math.round(width)));
  const h = Math.max(1, Math.min(image.height - y0, Math.round(height)));
  const gray = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) image.gray.copy(gray, y * w, (y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + w);
  return { gray, width: w, height: h };
}

/**
 * A PNG of about 150 dpi for orientation detection (OSD needs ~150 dpi, not 300; a 200-dpi fax halved was
 * too small for it). PNG, not PGM: OSD ignores
 * `user_defined_dpi` and, without the PNG's resolution header, assumes 70 dpi and finds "too few characters".
 * `dpi`: the image's own resolution (a prepared page's, else OCR_DPI).
 */
export async function halfSizePng(image: GrayImage & { dpi?: number }): Promise<Buffer> {
  const dpi = image.dpi ?? OCR_DPI;
  const factor = Math.min(1, OCR_DPI / 2 / dpi);
  return fromGray(image)
    .resize({ width: Math.max(1, Math.round(image.width * factor)) })
    .extractChannel(0)
    .withMetadata({ density: dpi * factor })
    .png({ compressionLevel: 1, adaptiveFiltering: false })
    .toBuffer();
}

/** PNG of one image page for the review UI: EXIF-upright, turned by `rotation` (clockwise), `widthPx` wide. */
export async function renderImagePage(bytes: Buffer, index: number, widthPx: number, rotation: number, maxPixels: number): Promise<Buffer> {
  try {
    const upright = await openPage(bytes, index, maxPixels).rotate().flatten({ background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
    return await sharp(upright).rotate(rotation).resize({ width: widthPx }).png().toBuffer();
  } catch (error) {
    throw corruptImage(error);
  }
}

/**
 * A page image turned clockwise by a small angle about its centre and cut back to its own size (white where
 * the corners come in): the frame the words of a straightened page were read in (see rotateFree).
 */
export async function straightenPng(png: Buffer, degrees: number): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const turned = await sharp(png).rotate(degrees, { background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  const left = Math.max(0, Math.round((turned.info.width - width) / 2));
  const top = Math.max(0, Math.round((turned.info.height - height) / 2));
  return sharp(turned.data).extract({ left, top, width: Math.min(width, turned.info.width), height: Math.min(height, turned.info.height) }).png().toBuffer();
}

/** PNG from raw RGBA (a rendered PDF page), turned by `rotation` degrees clockwise. */
export async function rgbaToPng(rgba: Buffer, width: number, height: number, rotation: number): Promise<Buffer> {
  return sharp(rgba, { raw: { width, height, channels: 4 } }).rotate(rotation).png().toBuffer();
}
