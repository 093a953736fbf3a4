import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { prepareImagePage } from '../../../src/adapters/page-plan.js';
import { flattenIfPhotographed } from '../../../src/adapters/photo-flattening.adapter.js';

const WIDTH = 1240;
const HEIGHT = 1754;
/** Desk around the sheet (photo only), in pixels. */
const BORDER = 60;
/** Text lines: 30 pixels tall, every 90 pixels, bars 3 pixels wide with 5-pixel gaps. */
const isInk = (x: number, y: number): boolean => x >= 150 && x < WIDTH - 150 && y >= 200 && y < HEIGHT - 200 && (y - 200) % 90 < 30 && x % 8 < 3;

/** A synthetic page: `paper(x)` is the paper brightness (light falling off to the left), ink a quarter of it. */
function page(paper: (x: number) => number, desk: number | null): GrayImage {
  const gray = Buffer.alloc(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const onDesk = desk !== null && (x < BORDER || y < BORDER || x >= WIDTH - BORDER || y >= HEIGHT - BORDER);
      gray[y * WIDTH + x] = onDesk ? desk : isInk(x, y) ? Math.round(paper(x) * 0.25) : paper(x);
    }
  }
  return { gray, width: WIDTH, height: HEIGHT };
}

const photo = (): GrayImage => page((x) => Math.round(110 + (135 * x) / WIDTH), 55);
const scan = (): GrayImage => page(() => 240, null);

async function jpeg(image: GrayImage): Promise<Buffer> {
  return sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } }).withMetadata({ density: 300 }).jpeg({ quality: 90 }).toBuffer();
}

/** Mean gray level of a rectangle. */
function mean(image: GrayImage, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += image.gray[y * image.width + x]!;
  return sum / ((x1 - x0) * (y1 - y0));
}

/** Paper between two text lines (the gap below the first line), at the left and at the right of the page. */
const paperLeft = (image: GrayImage) => mean(image, 160, 250, 300, 270);
const paperRight = (image: GrayImage) => mean(image, WIDTH - 300, 250, WIDTH - 160, 270);
/** Ink of the first text line near the dark left edge: the darkest bar pixels. */
const inkLeft = (image: GrayImage) => mean(image, 160, 205, 163, 225);

describe('flattening the background of photographed pages', () => {
  it('evens out a page lit from one side with a dark desk around it, keeping the ink dark', async () => {
    const image = photo();
    expect(paperRight(image) - paperLeft(image)).toBeGreaterThan(80);
    expect(await flattenIfPhotographed(image)).toBe(true);
    expect(paperLeft(image)).toBeGreaterThan(235);
    expect(paperRight(image)).toBeGreaterThan(235);
    expect(Math.abs(paperRight(image) - paperLeft(image))).toBeLessThan(10);
    // The desk turns white too instead of reading as a black frame.
    expect(mean(image, 10, 400, 40, 1200)).toBeGreaterThan(200);
    expect(inkLeft(image)).toBeLessThan(100);
  });

  it('prepares a photographed JPEG page with evenly white paper, not just a stretched gradient', async () => {
    const prepared = await prepareImagePage(await jpeg(photo()), 0, 60_000_000);
    expect(prepared.width).toBe(WIDTH);
    expect(Math.abs(paperRight(prepared) - paperLeft(prepared))).toBeLessThan(15);
    expect(paperLeft(prepared)).toBeGreaterThan(225);
    expect(inkLeft(prepared)).toBeLessThan(110);
  });

  it('flattens a sheet filling the whole photo when its light falls off strongly to one side', async () => {
    const image = page((x) => Math.round(110 + (135 * x) / WIDTH), null);
    expect(await flattenIfPhotographed(image)).toBe(true);
    expect(Math.abs(paperRight(image) - paperLeft(image))).toBeLessThan(10);
  });

  it('leaves an evenly lit scan untouched', async () => {
    const image = scan();
    const before = Buffer.from(image.gray);
    expect(await flattenIfPhotographed(image)).toBe(false);
    expect(image.gray.equals(before)).toBe(true);
  });

  it('leaves a page with a mild light falloff (a flatbed scan of curled paper) untouched', async () => {
    const image = page((x) => Math.round(225 + (25 * x) / WIDTH), null);
    expect(await flattenIfPhotographed(image)).toBe(false);
  });
});
