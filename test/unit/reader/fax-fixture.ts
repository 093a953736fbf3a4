import type { GrayImage, SourcePage } from '../../../src/adapters/image-prep.adapter.js';
import { Rng } from '../../../samples/generator/prng.js';

/**
 * Generated 200-dpi bilevel fax pages (A4: 1654 × 2339): rows of letter-like glyphs (stems and
 * bows 2 px thick, an x-height of 14 px, ascenders and descenders), with streaks, rulings, frames and lines
 * drawn on top. A streak is one or two pixels wide and runs down (or across) much of the page, broken now
 * and then as a fax's are.
 */
export const W = 1654;
export const H = 2339;
export const DPI = 200;

export function blankPage(width = W, height = H): GrayImage {
  return { gray: Buffer.alloc(width * height, 255), width, height };
}

export function fill(image: GrayImage, x0: number, y0: number, w: number, h: number, value = 0): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x0 + w); x++) image.gray[y * image.width + x] = value;
  }
}

/** One glyph with its x-height band starting at `top`; returns its width. */
function glyph(page: GrayImage, kind: number, x: number, top: number): number {
  switch (kind) {
    case 0: // n
      fill(page, x, top, 9, 2);
      fill(page, x, top, 2, 14);
      fill(page, x + 7, top, 2, 14);
      return 9;
    case 1: // o
      fill(page, x, top, 9, 14);
      fill(page, x + 2, top + 2, 5, 10, 255);
      return 9;
    case 2: // l
      fill(page, x, top - 6, 2, 20);
      return 2;
    case 3: // e: a bow with a bar, open at the lower right
      fill(page, x, top, 9, 14);
      fill(page, x + 2, top + 2, 5, 4, 255);
      fill(page, x + 2, top + 8, 7, 4, 255);
      return 9;
    default: // p: a bow on a stem running down
      fill(page, x, top, 9, 14);
      fill(page, x + 2, top + 2, 5, 10, 255);
      fill(page, x, top + 14, 2, 6);
      return 9;
  }
}

/** A text line of words from `x0` to at most `x1`; the glyphs are drawn from `rng`. */
export function textLine(page: GrayImage, rng: Rng, top: number, x0: number, x1: number): void {
  for (let x = x0; ; ) {
    const word = Array.from({ length: rng.int(2, 9) }, () => rng.int(0, 4));
    const width = word.reduce((sum, kind) => sum + (kind === 2 ? 2 : 9) + 3, 0);
    if (x + width > x1) return;
    for (const kind of word) x += glyph(page, kind, x, top) + 3;
    x += 12;
  }
}

/** A page of text lines (a line every 50 px) between `top` and `bottom`, `x0` to `x1`. */
export function textPage(seed = 1, top = 150, bottom = H - 200, x0 = 200, x1 = W - 200): GrayImage {
  const page = blankPage();
  const rng = new Rng(seed);
  for (let y = top; y < bottom; y += 50) textLine(page, rng, y, x0, x1);
  return page;
}

/** The fax page as the reader decodes it. */
export function source(image: GrayImage, dpi = DPI, bilevel = true): SourcePage {
  return { ...image, dpi, bilevel, widthPt: (image.width / dpi) * 72, heightPt: (image.height / dpi) * 72, lossy: false, coloredInk: 0, brightestChannel: null };
}

export const dark = (image: GrayImage, x: number, y: number) => image.gray[y * image.width + x]! < 128;
/** A page's own copy, to change while the original stays. */
export const copy = (image: GrayImage): GrayImage => ({ ...image, gray: Buffer.from(image.gray) });
