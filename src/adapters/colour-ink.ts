import sharp from 'sharp';
import type { SourcePage } from './image-prep.adapter.js';

/**
 * Colored ink on a colour scan: receipt stamps, ballpoint notes, marker. Black print stays dark in every
 * channel; colored ink is bright in at least one. Measured on a third-size copy; only a page with enough
 * colored ink gets its brightest channel (page-plan.ts reads such a page from it). Ink is a stroke on the
 * paper: a colored pixel counts only with paper on both sides of it (left and right, or above and below)
 * within a few pixels. A colored desk or table around a photographed sheet is no ink: read from its brightest
 * channel, the desk's grain turned into light and dark stripes that pulled the page's measured skew towards
 * 0° and lost lines (two registry-forms photos lost their file number so).
 */

/** Chroma (max − min of the channels) from which a pixel counts as colored ink; JPEG noise and tinted paper stay under 30. */
const COLORED_INK_CHROMA = 56;
/** Share of colored-ink pixels from which a page's brightest channel is kept (page-plan's color dropout). */
const COLORED_INK_FROM = 0.001;
/** Chroma under which a light pixel is paper (tinted paper and JPEG noise stay under it). */
const PAPER_CHROMA_UNDER = 30;
/** Brightest channel from which a pixel of low chroma is paper, not black print or shadow. */
const PAPER_LIGHT_FROM = 100;
/** How far (pixels of the third-size copy, ~1.5–2.5 mm) a stroke's paper may lie on either side. */
const STROKE_REACH = 6;

export type ColourMeasures = Pick<SourcePage, 'coloredInk' | 'brightestChannel'>;

/**
 * The share of colored ink (chroma ≥ COLORED_INK_CHROMA), measured on a third-size copy, and — when there is
 * enough of it — each pixel's brightest channel, from a page's raw RGB pixels.
 */
export async function colourMeasures(rgb: Buffer, width: number, height: number): Promise<ColourMeasures> {
  const small = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .resize({ width: Math.max(1, Math.round(width / 3)) })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { data, info } = small;
  const w = info.width;
  const h = info.height;
  // 0: other (print, shadow), 1: paper, 2: colored.
  const kind = new Uint8Array(w * h);
  for (let p = 0, i = 0; p < w * h; p++, i += 3) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const max = Math.max(r, g, b);
    const chroma = max - Math.min(r, g, b);
    kind[p] = chroma >= COLORED_INK_CHROMA ? 2 : chroma < PAPER_CHROMA_UNDER && max >= PAPER_LIGHT_FROM ? 1 : 0;
  }
  const paperWithin = (x: number, y: number, dx: number, dy: number): boolean => {
    for (let k = 1; k <= STROKE_REACH; k++) {
      const px = x + dx * k;
      const py = y + dy * k;
      if (px < 0 || py < 0 || px >= w || py >= h) return false;
      if (kind[py * w + px] === 1) return true;
    }
    return false;
  };
  let colored = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (kind[y * w + x] !== 2) continue;
      if ((paperWithin(x, y, -1, 0) && paperWithin(x, y, 1, 0)) || (paperWithin(x, y, 0, -1) && paperWithin(x, y, 0, 1))) colored += 1;
    }
  }
  const coloredInk = colored / Math.max(1, w * h);
  if (coloredInk < COLORED_INK_FROM) return { coloredInk, brightestChannel: null };
  const pixels = width * height;
  const brightest = Buffer.alloc(pixels);
  for (let p = 0, i = 0; p < pixels; p++, i += 3) {
    const r = rgb[i]!;
    const g = rgb[i + 1]!;
    const b = rgb[i + 2]!;
    brightest[p] = r > g ? (r > b ? r : b) : g > b ? g : b;
  }
  return { coloredInk, brightestChannel: brightest };
}

