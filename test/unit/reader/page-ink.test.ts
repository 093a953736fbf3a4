import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateSkew, inkBelowShare, isBlankPage, rotateQuarter, type GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { prepareImagePage } from '../../../src/adapters/page-plan.js';
import { REPO_ROOT } from '../../support/run-cli.js';

/** A page of "text": rows of word-sized dark blocks on white paper, 300 dpi A4 scaled down by half. */
async function textPage(degrees: number, options: { border?: boolean } = {}): Promise<GrayImage> {
  const width = 1240;
  const height = 1754;
  const blocks: string[] = [];
  for (let row = 0; row < 38; row++) {
    let x = 110 + ((row * 37) % 60);
    const y = 140 + row * 38;
    while (x < width - 180) {
      const w = 40 + ((x * 7 + row * 13) % 90);
      blocks.push(`<rect x="${x}" y="${y}" width="${w}" height="14" fill="#111"/>`);
      x += w + 14;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${blocks.join('')}</svg>`;
  let image = sharp(Buffer.from(svg)).rotate(degrees, { background: '#ffffff' });
  if (options.border) image = sharp(await image.png().toBuffer()).extend({ top: 120, bottom: 120, left: 120, right: 120, background: '#202020' });
  const { data, info } = await image.greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

describe('estimateSkew: the skew of a page from its ink', () => {
  it.each([-4.5, -2.4, -1.5, 0.8, 1.5, 3])('measures a page turned %s degrees clockwise to within 0.2 degrees', async (degrees) => {
    expect(Math.abs(estimateSkew(await textPage(degrees)) - degrees)).toBeLessThanOrEqual(0.2);
  });

  it('reads a straight page as straight', async () => {
    expect(estimateSkew(await textPage(0))).toBe(0);
  });

  it('is not misled by the dark table around a photographed page', async () => {
    expect(Math.abs(estimateSkew(await textPage(1.5, { border: true })) - 1.5)).toBeLessThanOrEqual(0.2);
  });

  it('gives 0 for an empty page', async () => {
    const blank = { gray: Buffer.alloc(1000 * 1400, 255), width: 1000, height: 1400 };
    expect(estimateSkew(blank)).toBe(0);
  });
});

describe('isBlankPage: a page with nothing to read', () => {
  const white = () => ({ gray: Buffer.alloc(1240 * 1754, 250), width: 1240, height: 1754 });

  it('finds a white page with scanner specks blank', () => {
    const page = white();
    for (let i = 0; i < 40; i++) page.gray[(100 + i * 37) * page.width + 200 + i * 23] = 0;
    expect(isBlankPage(page)).toBe(true);
  });

  it('does not find a page blank that holds a single line ("Seite 2 von 2")', () => {
    const page = white();
    // About 300 x 30 pixels at 300 dpi, a third of them ink.
    for (let y = 800; y < 830; y++) for (let x = 600; x < 900; x++) if ((x + y) % 3 === 0) page.gray[y * page.width + x] = 20;
    expect(isBlankPage(page)).toBe(false);
  });

  it('does not find a page of text blank', async () => {
    expect(isBlankPage(await textPage(0))).toBe(false);
  });
});

describe('inkBelowShare: an upside-down page from its ink', () => {
  const sample = (file: string) => prepareImagePage(readFileSync(path.join(REPO_ROOT, 'samples', 'corpus', file)), 0, 100_000_000);

  it('finds little ink below the lines of an upright page and much below those of the same page turned', async () => {
    // A 300-dpi gray scan and a 200-dpi fax of the sample corpus.
    for (const file of ['doc-002.jpg', 'doc-003.tif']) {
      const upright = await sample(file);
      expect(inkBelowShare(upright, estimateSkew(upright))).toBeLessThan(0.45);
      const turned = await rotateQuarter(upright, 180);
      expect(inkBelowShare(turned, estimateSkew(turned))).toBeGreaterThan(0.65);
    }
  });

  it('sees an upside-down scan of the samples as upside down', async () => {
    const scan = await sample('doc-008.jpg');
    expect(inkBelowShare(scan, estimateSkew(scan))).toBeGreaterThan(0.65);
  });

  it('cannot tell on a page without lines of text (0.5)', () => {
    expect(inkBelowShare({ gray: Buffer.alloc(1000 * 1400, 255), width: 1000, height: 1400 })).toBe(0.5);
  });
});
