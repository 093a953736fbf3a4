import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImagePage, type GrayImage, type SourcePage } from '../../../src/adapters/image-prep.adapter.js';
import { ocrPage, type PageReader } from '../../../src/adapters/ocr-page.adapter.js';
import type { OcrLine } from '../../../src/adapters/ocr-pool.adapter.js';
import { planPage, StepTimes } from '../../../src/adapters/page-plan.js';

/**
 * The decisions of a page's read that page-plan.test.ts does not cover: the light median for lossy
 * (JPEG) pages, straightening a skewed page before its one read, and no read at all of a blank page.
 * The OCR engine is a fake that records the size of each image it is shown and answers one confident line.
 */
const W = 1240;
const H = 1754;

/** Rows of word blocks with ascender stubs, black on white (as in page-plan.test.ts). */
function textPage(width = W, height = H): GrayImage {
  const gray = Buffer.alloc(width * height, 255);
  const fill = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y++) gray.fill(0, y * width + x0, y * width + x0 + w);
  };
  for (let y = 120; y < height - 160; y += 34) {
    for (let x = 110 + (y % 50); x < width - 160; ) {
      const w = 30 + ((x * 7 + y * 13) % 80);
      fill(x, y, w, 10);
      for (let a = x + 2; a < x + w - 2; a += 9) fill(a, y - 6, 2, 6);
      for (let d = x + 5; d < x + w - 2; d += 40) fill(d, y + 10, 2, 5);
      x += w + 12;
    }
  }
  return { gray, width, height };
}

function source(image: GrayImage, dpi = 300): SourcePage {
  return { ...image, dpi, bilevel: false, widthPt: (image.width / dpi) * 72, heightPt: (image.height / dpi) * 72, lossy: false, coloredInk: 0, brightestChannel: null };
}

/** The page turned clockwise by `degrees` on a white canvas grown to hold its corners. */
async function tilted(image: GrayImage, degrees: number): Promise<GrayImage> {
  const { data, info } = await sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } })
    .rotate(degrees, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

function recordingEngine() {
  const shown: { width: number; height: number }[] = [];
  const line: OcrLine = {
    words: ['Räumungsklage', 'der', 'klagenden', 'Partei'].map((text, i) => ({ text, confidence: 0.93, bbox: [150 + i * 200, 200, 330 + i * 200, 212] })),
    bbox: [150, 200, 950, 212],
    slope: 0,
  };
  const engine: PageReader = {
    recognize: (pgm: Buffer) => {
      const [width, height] = pgm.subarray(0, 32).toString('ascii').split('\n')[1]!.split(' ').map(Number);
      shown.push({ width: width!, height: height! });
      return Promise.resolve([line]);
    },
    recognizeLine: () => Promise.resolve([]),
    detectOrientation: () => Promise.resolve({ degrees: 0, confidence: 0 }),
  };
  return { engine, shown };
}

describe('ocrPage: a turn the ink decided is checked by its read', () => {
  const garbage: OcrLine = {
    words: ['31193SS3]4', 'UTIWEaqS', '3Tg', 'UOA'].map((text, i) => ({ text, confidence: 0.38, bbox: [150 + i * 200, 200, 330 + i * 200, 212] })),
    bbox: [150, 200, 950, 212],
    slope: 0,
  };
  const good: OcrLine = {
    words: ['Räumungsklage', 'der', 'klagenden', 'Partei'].map((text, i) => ({ text, confidence: 0.92, bbox: [150 + i * 200, 200, 330 + i * 200, 212] })),
    bbox: [150, 200, 950, 212],
    slope: 0,
  };
  /** The engine reads garbage first (the page as the ink turned it), then good text; OSD says `osd`. */
  function engineReading(first: OcrLine, osd: { degrees: 0 | 90 | 180 | 270; confidence: number }) {
    const asked: number[] = [];
    let reads = 0;
    const engine: PageReader = {
      recognize: () => Promise.resolve([reads++ === 0 ? first : good]),
      recognizeLine: () => Promise.resolve([]),
      detectOrientation: () => {
        asked.push(1);
        return Promise.resolve(osd);
      },
    };
    return { engine, asked, reads: () => reads };
  }

  it('reads the page as it came too when the ink called it upside down but that read is garbage, and keeps the better', async () => {
    // Upside-down by its ink (text turned 180 degrees), though the engine reads it as garbage that way; OSD
    // on the page as it came is unsure (as on a photographed sheet on a dark desk).
    const page = await tilted(textPage(), 180);
    const { engine, asked, reads } = engineReading(garbage, { degrees: 180, confidence: 0.9 });
    const outcome = await ocrPage(engine, source(page), 1, new StepTimes());
    expect(asked).toHaveLength(1);
    expect(reads()).toBe(2);
    expect(outcome.quarterTurn).toBe(0);
    expect(outcome.page.words.map((w) => w.text).join(' ')).toBe('Räumungsklage der klagenden Partei');
  });

  it('keeps the ink\'s half turn without asking OSD when the turned page reads well', async () => {
    const page = await tilted(textPage(), 180);
    const { engine, asked, reads } = engineReading(good, { degrees: 180, confidence: 6 });
    const outcome = await ocrPage(engine, source(page), 1, new StepTimes());
    expect(asked).toHaveLength(0);
    expect(reads()).toBe(1);
    expect(outcome.quarterTurn).toBe(180);
  });
});

describe('planPage: the light median against JPEG ringing', () => {
  async function encoded(format: 'jpeg' | 'png'): Promise<SourcePage> {
    const page = textPage();
    const image = sharp(page.gray, { raw: { width: W, height: H, channels: 1 } }).withMetadata({ density: 300 });
    const bytes = format === 'jpeg' ? await image.jpeg({ quality: 40 }).toBuffer() : await image.png().toBuffer();
    return decodeImagePage(bytes, 0, 10_000_000);
  }

  it('smooths a page stored as a JPEG', async () => {
    const plan = await planPage(await encoded('jpeg'));
    expect(plan.denoise).toBe(true);
  });

  it('leaves the same page stored as a PNG unsmoothed', async () => {
    const plan = await planPage(await encoded('png'));
    expect(plan).toMatchObject({ denoise: false, despeckle: false, flatten: false, stretch: false, dropColor: false, scale: 1 });
  });
});

describe('ocrPage: straightening before the read', () => {
  it('reads a page tilted by 3 degrees once, straightened on a grown canvas, and records the turn', async () => {
    const { engine, shown } = recordingEngine();
    const page = await tilted(textPage(), 3);
    const outcome = await ocrPage(engine, source(page), 1, new StepTimes());
    expect(shown).toHaveLength(1);
    expect(shown[0]!.width).toBeGreaterThan(page.width);
    expect(outcome.page.rotation).toBeGreaterThan(-3.6);
    expect(outcome.page.rotation).toBeLessThan(-2.4);
  });

  it('reads a straight page as it is, without turning it', async () => {
    const { engine, shown } = recordingEngine();
    const outcome = await ocrPage(engine, source(textPage()), 1, new StepTimes());
    expect(shown).toEqual([{ width: W, height: H }]);
    expect(outcome.page.rotation).toBe(0);
    expect(outcome.quarterTurn).toBe(0);
  });

  it('does not read a blank page at all', async () => {
    const { engine, shown } = recordingEngine();
    const outcome = await ocrPage(engine, source({ gray: Buffer.alloc(W * H, 250), width: W, height: H }), 1, new StepTimes());
    expect(shown).toHaveLength(0);
    expect(outcome.page.words).toEqual([]);
  });
});
