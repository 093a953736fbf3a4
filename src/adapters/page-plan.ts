import sharp from 'sharp';
import { decodeImagePage, OCR_DPI, stretchContrast, type GrayImage, type PreparedImage, type SourcePage } from './image-prep.adapter.js';
import { fillDropouts, findDropouts } from './fax-dropouts.js';
import { findStreaks, removeStreaks } from './fax-streaks.js';
import { despeckle, grayLevels, speckDensity, type GrayLevels } from './page-measures.js';
import { backgroundSpread, estimateBackground, flattenWithBackground } from './photo-flattening.adapter.js';

/**
 * What a page needs before it is read, decided from cheap measures of its pixels (page-measures.ts), and
 * the steps that carry it out. The plain page as decoded is the baseline: a step runs only when a measure
 * says the page has that class of damage, and the reader keeps the plain read when the processed one reads
 * worse (ocr-page.adapter.ts). Every step's time goes into the page's `StepTimes`.
 */

/** Longest side of a prepared page (A4 at ~420 dpi): guards tesseract's memory against huge photos. */
const MAX_OCR_SIDE = 4900;
/**
 * Isolated specks per square inch from which a bilevel page is despeckled. A clean fax measures under 1 (a
 * few dotted leaders), faxes with streaks and a few hundred specks 1–3, salt-and-pepper faxes 10 and more.
 * Despeckling touches only isolated specks, so a few hundred of them are worth removing too (noise bench
 * fax-streaks: CER 11.8 → 11.5 %).
 */
const SPECKLED_FROM = 1.5;
/**
 * Fax streaks (fax-streaks.ts: thin straight lines running through letters) from which a bilevel page is
 * destreaked. One is enough: a streak garbles a letter on most text lines it passes. Faxes without streaks
 * measure 0, tables, frames and letterhead rules included (noise bench fax-specks, the corpus' 24 fax pages,
 * every other noise page binarised); fax-streaks pages 0–3 (noise bench fax-streaks: CER 11.1 → 10.5 %).
 */
const STREAKED_FROM = 1;
/**
 * Background spread (gray levels, photo-flattening.adapter.ts) from which a page is flattened: uneven light
 * (a gradient across a gray scan, a photo's fall-off, a desk around the sheet). Flatbed scans measure 0–1.
 */
const UNEVEN_LIGHT_FROM = 40;
/**
 * A page whose gray levels do not reach from black to white (its ink, the 0.5th percentile, lighter than
 * INK_BLACK_UP_TO, or its light end, the 99.5th, darker than PAPER_WHITE_FROM) is stretched to the full
 * range: tesseract's LSTM reads the gray line images themselves, not a binarised page, and reads them best
 * at the contrast it was trained on. Faded print (gray on gray), gray paper, blurred ink. Scans of black
 * print on white paper are left alone.
 */
const INK_BLACK_UP_TO = 24;
const PAPER_WHITE_FROM = 232;

export interface PagePlan {
  /** Factor to resample by (1: none), towards OCR_DPI. */
  scale: number;
  /** Colored ink (stamps, ballpoint, marker) is lightened: the page is read from its brightest channel. */
  dropColor: boolean;
  /** A light 3×3 median against the ringing of lossy compression (JPEG pages, not bilevel ones). */
  denoise: boolean;
  despeckle: boolean;
  /** Fax streaks are removed, on the page as received (before resampling: they are one or two pixels wide there). */
  destreak: boolean;
  /**
   * Scan lines the fax dropped (fax-dropouts.ts) are filled where they cut letters, on the page as received;
   * from the first one, as each cuts a line of print in half. Faxes without them measure 0 (noise bench
   * fax-specks, the generator corpus' faxes), fax-streaks pages 1–2 (noise bench fax-streaks: CER 10.5 → 10.0 %).
   */
  fillDropouts: boolean;
  flatten: boolean;
  stretch: boolean;
  /** The measures the plan was made from (for logs and tests). */
  measures: { speckDensity: number; streaks: number; dropouts: number; backgroundSpread: number; levels: GrayLevels; coloredInk: number };
}

/** Times (ms) of the steps a page went through, by step name; summed when a step runs twice. */
export class StepTimes {
  readonly ms: Record<string, number> = {};

  async time<T>(step: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.ms[step] = Math.round((this.ms[step] ?? 0) + performance.now() - started);
    }
  }
}

/** Whether a plan changes the page's pixels (beyond resampling): then its read is compared with the plain one. */
export function changesPixels(plan: PagePlan): boolean {
  return plan.dropColor || plan.denoise || plan.despeckle || plan.destreak || plan.fillDropouts || plan.flatten || plan.stretch;
}

/** Decides what a page needs from its measures. */
export async function planPage(page: SourcePage): Promise<PagePlan> {
  const specks = page.bilevel ? speckDensity(page, page.dpi) : 0;
  const streaks = page.bilevel ? findStreaks(page, page.dpi).length : 0;
  const dropouts = page.bilevel ? findDropouts(page, page.dpi).length : 0;
  const spread = page.bilevel ? 0 : backgroundSpread(await estimateBackground(page));
  const levels = grayLevels(page);
  return {
    scale: scaleFor(page),
    dropColor: page.brightestChannel !== null,
    denoise: page.lossy && !page.bilevel,
    despeckle: specks >= SPECKLED_FROM,
    destreak: streaks >= STREAKED_FROM,
    fillDropouts: dropouts > 0,
    flatten: spread >= UNEVEN_LIGHT_FROM,
    stretch: !page.bilevel && isLowContrast(levels),
    measures: { speckDensity: Math.round(specks * 10) / 10, streaks, dropouts, backgroundSpread: spread, levels, coloredInk: Math.round(page.coloredInk * 10000) / 10000 },
  };
}

function isLowContrast(levels: GrayLevels): boolean {
  return levels.ink > INK_BLACK_UP_TO || levels.light < PAPER_WHITE_FROM;
}

/**
 * The resampling factor: pages far from OCR_DPI (a 200-dpi fax, a phone photo of ~150 dpi, a 600-dpi scan)
 * are brought to it, any page within the side limit. A fax's specks are then removed by their physical size
 * (processedImage): upscaled with its specks, a fax read worse than as scanned; despeckled and upscaled,
 * better (noise bench fax-specks CER 16.3 → 14.5 %).
 */
function scaleFor(page: SourcePage): number {
  let factor = OCR_DPI / page.dpi;
  if (factor > 0.85 && factor < 1.25) factor = 1;
  return Math.min(factor, 4, MAX_OCR_SIDE / Math.max(page.width, page.height));
}

/** The page as decoded, resampled by the plan only: what the plain read sees. */
export async function plainImage(page: SourcePage, plan: PagePlan, steps: StepTimes): Promise<PreparedImage> {
  return scaled(page, page.gray, plan, steps);
}

async function scaled(page: SourcePage, gray: Buffer, plan: PagePlan, steps: StepTimes): Promise<PreparedImage> {
  const original = { gray, width: page.width, height: page.height };
  const image = plan.scale === 1 ? copyOf(original) : await steps.time('resample', () => resample(original, plan.scale));
  return { ...image, dpi: Math.round(page.dpi * plan.scale), widthPt: page.widthPt, heightPt: page.heightPt };
}

/** A page decoded, planned and processed in one go (no read): what a second read of a page cuts its crops from. */
export async function prepareImage(page: SourcePage, steps = new StepTimes()): Promise<PreparedImage> {
  return processedImage(page, await planPage(page), steps);
}

/** One page (0-based) of an image file decoded and prepared as its read would be (for tests and second reads). */
export async function prepareImagePage(bytes: Buffer, index: number, maxPixels: number): Promise<PreparedImage> {
  return prepareImage(await decodeImagePage(bytes, index, maxPixels));
}

/** The page with the plan's steps applied (a new image; the source is left as it was). */
export async function processedImage(page: SourcePage, plan: PagePlan, steps: StepTimes): Promise<PreparedImage> {
  let gray = plan.dropColor && page.brightestChannel ? page.brightestChannel : page.gray;
  if (plan.fillDropouts || plan.destreak) {
    // Both on the page as received; dropped rows first, so a streak they cut is whole again when it is traced.
    const received = { gray: Buffer.from(gray), width: page.width, height: page.height };
    if (plan.fillDropouts) await steps.time('fill-dropouts', () => fillDropouts(received, page.dpi));
    if (plan.destreak) await steps.time('destreak', () => removeStreaks(received, page.dpi));
    gray = received.gray;
  }
  const image = await scaled(page, gray, plan, steps);
  if (plan.denoise) image.gray = await steps.time('denoise', () => median3(image));
  if (plan.despeckle) await steps.time('despeckle', () => despeckle(image, image.dpi));
  if (plan.flatten) {
    await steps.time('flatten', async () => flattenWithBackground(image, await estimateBackground(image)));
  }
  // After flattening the paper is white: a page still low in contrast is faded print, stretched too.
  if (plan.stretch || (plan.flatten && isLowContrast(grayLevels(image)))) await steps.time('stretch', () => stretchContrast(image.gray));
  return image;
}

function copyOf(image: GrayImage): GrayImage {
  return { gray: Buffer.from(image.gray), width: image.width, height: image.height };
}

async function median3(image: GrayImage): Promise<Buffer> {
  return sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } }).median(3).extractChannel(0).raw().toBuffer();
}

async function resample(image: GrayImage, factor: number): Promise<GrayImage> {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const { data, info } = await sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize(width, height, { kernel: 'lanczos3', fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}
