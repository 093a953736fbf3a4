import sharp from 'sharp';
import type { GrayImage } from './image-prep.adapter.js';

/**
 * Flat-field correction of photographed pages (uneven light, a desk around the sheet): the page is divided
 * by its background, so tesseract's global (Otsu) threshold no longer loses the characters at the dark edges.
 */

function fromGray(image: GrayImage) {
  return sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } });
}

/** The background is estimated on the page shrunk by this factor (a 300-dpi A4 page: 310 × 439 pixels). */
const BACKGROUND_SCALE = 8;
/** Window (pixels of the shrunk page) of the closing that erases ink: 9 ≈ 72 pixels at 300 dpi, above heading height. */
const BACKGROUND_WINDOW = 9;
/**
 * Spread (10th..90th percentile of the background, gray levels) from which a page counts as photographed:
 * uneven light or a desk around the sheet. The gray scans of the eval corpora measure 0, their phone
 * photos (desk included) 150 and more.
 */
const PHOTO_BACKGROUND_SPREAD = 40;

/**
 * The page background without its ink, shrunk by BACKGROUND_SCALE: the brightest level nearby (a grey
 * closing, max then min filter, over a window larger than a text line), lightly smoothed.
 */
export async function estimateBackground(image: GrayImage): Promise<GrayImage> {
  const width = Math.max(1, Math.round(image.width / BACKGROUND_SCALE));
  const height = Math.max(1, Math.round(image.height / BACKGROUND_SCALE));
  const small = await fromGray(image).resize(width, height, { fit: 'fill', kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  const radius = (BACKGROUND_WINDOW - 1) / 2;
  const closed = rankFilter(rankFilter({ gray: small, width, height }, radius, true), radius, false);
  if (width < 8 || height < 8) return closed;
  const gray = await fromGray(closed).blur(1.5).extractChannel(0).raw().toBuffer();
  return { gray, width, height };
}

/** Max (`max`) or min filter over a square window, separable: rows, then columns. Meant for a shrunk page. */
function rankFilter(image: GrayImage, radius: number, max: boolean): GrayImage {
  const { width, height } = image;
  const pass = (src: Buffer, length: number, count: number, stride: number, step: number): Buffer => {
    const out = Buffer.alloc(src.length);
    for (let line = 0; line < count; line++) {
      const base = line * stride;
      for (let i = 0; i < length; i++) {
        let value = src[base + i * step]!;
        const last = Math.min(length - 1, i + radius);
        for (let k = Math.max(0, i - radius); k <= last; k++) {
          const other = src[base + k * step]!;
          if (max ? other > value : other < value) value = other;
        }
        out[base + i * step] = value;
      }
    }
    return out;
  };
  const rows = pass(image.gray, width, height, width, 1);
  return { gray: pass(rows, height, width, 1, width), width, height };
}

/** How unevenly lit a page background is: 90th minus 10th percentile of its gray levels. */
export function backgroundSpread(background: GrayImage): number {
  const sorted = Uint8Array.from(background.gray).sort();
  return sorted[Math.floor(sorted.length * 0.9)]! - sorted[Math.floor(sorted.length * 0.1)]!;
}

/**
 * Flat-field correction for photographed pages, in place: divides the page by its estimated background, so
 * paper turns evenly white (a desk around it too) and ink keeps its contrast to the paper around it. A page
 * whose background is even (a flatbed scan) is left alone. Returns whether it was corrected.
 * Tesseract's global (Otsu) threshold lost characters at the dark edges of photographed pages.
 */
export async function flattenIfPhotographed(image: GrayImage): Promise<boolean> {
  const background = await estimateBackground(image);
  if (backgroundSpread(background) < PHOTO_BACKGROUND_SPREAD) return false;
  await flattenWithBackground(image, background);
  return true;
}

/** Divides a page by its background (estimateBackground of the same page), in place. */
export async function flattenWithBackground(image: GrayImage, background: GrayImage): Promise<void> {
  const full = await fromGray(background).resize(image.width, image.height, { fit: 'fill', kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  // quotient[bg * 256 + v] = v / bg, scaled to 0..255.
  const quotient = new Uint8Array(256 * 256);
  for (let bg = 0; bg < 256; bg++) {
    for (let v = 0; v < 256; v++) quotient[bg * 256 + v] = Math.min(255, Math.round((v * 255) / Math.max(1, bg)));
  }
  const gray = image.gray;
  for (let i = 0; i < gray.length; i++) gray[i] = quotient[full[i]! * 256 + gray[i]!]!;
}
