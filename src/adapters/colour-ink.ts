import sharp from 'sharp';
import type { SourcePage } from './image-prep.adapter.js';

/**
 * Colored ink on a colour scan: receipt stamps, ballpoint notes, marker. Black print stays dark in every
 * channel; colored ink is bright in at least one. Measured on a third-size copy; only a page with enough
 * colored ink gets its brightest channel (page-plan.ts reads such a page from it).
 */

/** Chroma (max − min of the channels) from which a pixel counts as colored ink; JPEG noise and tinted paper stay under 30. */
const COLORED_INK_CHROMA = 56;
/** Share of colored-ink pixels from which a page's brightest channel is kept (page-plan's color dropout). */
const COLORED_INK_FROM = 0.001;

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
  let colored = 0;
  for (let i = 0; i < small.data.length; i += 3) {
    const r = small.data[i]!;
    const g = small.data[i + 1]!;
    const b = small.data[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) >= COLORED_INK_CHROMA) colored += 1;
  }
  const coloredInk = colored / Math.max(1, small.info.width * small.info.height);
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

