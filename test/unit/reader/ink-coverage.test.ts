import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { typicalWordHeight, uncoveredTextLines } from '../../../src/adapters/ink-coverage.js';
import type { PixelBox } from '../../../src/adapters/ocr-pool.adapter.js';

const LINES = [
  { y: 300, text: 'Amtsgericht Gummersbach' },
  { y: 380, text: 'Geschäftszeichen: DR II 2266/26' },
  { y: 460, text: 'Mitteilung über einen Räumungstermin' },
  { y: 540, text: 'Schuldner: Karl-Heinz Öztürk' },
];

/** A 300-dpi-like page with four lines of 12-pt text, and what is not text: a ruling, a dotted line, a stamp, specks. */
async function page(extras = true): Promise<GrayImage> {
  const text = LINES.map((l) => `<text x="200" y="${l.y}" font-family="DejaVu Sans" font-size="42" fill="#000">${l.text}</text>`).join('');
  const other = extras
    ? '<rect x="200" y="640" width="1800" height="4" fill="#000"/>' +
      Array.from({ length: 60 }, (_, i) => `<rect x="${200 + i * 25}" y="720" width="5" height="5" fill="#000"/>`).join('') +
      '<rect x="1500" y="800" width="400" height="260" fill="#222"/>' +
      Array.from({ length: 30 }, (_, i) => `<rect x="${300 + ((i * 397) % 1700)}" y="${1200 + ((i * 211) % 900)}" width="3" height="3" fill="#000"/>`).join('')
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="2400"><rect width="100%" height="100%" fill="#fff"/>${text}${other}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

/** The ink of one text line as word boxes would cover it (one box per line is enough here). */
function lineBox(image: GrayImage, baseline: number): PixelBox {
  let [x0, y0, x1, y1] = [image.width, image.height, 0, 0];
  for (let y = baseline - 45; y < baseline + 15; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.gray[y * image.width + x]! < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return [x0, y0, x1 + 1, y1 + 1];
}

describe('uncoveredTextLines: lines of text no word read covers', () => {
  it('finds the one line the read left out, and nothing of rulings, dotted lines, stamps or specks', async () => {
    const image = await page();
    const boxes = LINES.map((l) => lineBox(image, l.y));
    const covered = boxes.filter((_, i) => i !== 1);
    const found = uncoveredTextLines(image, covered, 32);
    expect(found).toHaveLength(1);
    const [x0, y0, x1, y1] = found[0]!;
    const line = boxes[1]!;
    // Around the left-out line, with a margin for reading, and not reaching into the lines above and below.
    expect(x0).toBeLessThanOrEqual(line[0]);
    expect(x1).toBeGreaterThanOrEqual(line[2]);
    expect(y0).toBeLessThanOrEqual(line[1]);
    expect(y1).toBeGreaterThanOrEqual(line[3]);
    expect(y0).toBeGreaterThan(boxes[0]![3] - 20);
    expect(y1).toBeLessThan(boxes[2]![1] + 20);
  });

  it('finds nothing when every line is covered, or no word height is known', async () => {
    const image = await page();
    const boxes = LINES.map((l) => lineBox(image, l.y));
    expect(uncoveredTextLines(image, boxes, 32)).toEqual([]);
    expect(uncoveredTextLines(await page(false), [], 0)).toEqual([]);
  });

  it('takes the typical word height from the words read (the median), none from too few', () => {
    const box = (h: number): PixelBox => [0, 0, 50, h];
    expect(typicalWordHeight([box(30), box(31), box(90), box(29), box(32)])).toBe(31);
    expect(typicalWordHeight([box(30), box(31)])).toBe(0);
  });
});
