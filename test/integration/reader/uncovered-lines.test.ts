import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPgm, type GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { prepareImagePage } from '../../../src/adapters/page-plan.js';
import { withUncoveredLines } from '../../../src/adapters/ocr-page.adapter.js';
import { OcrPool, type OcrLine } from '../../../src/adapters/ocr-pool.adapter.js';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { scanPng } from '../../fixtures/reader/scan-fixture.js';

const pool = new OcrPool({ workers: 1, pageTimeoutMs: 60_000, recycleAfterPages: 100 });
afterAll(() => pool.close());

let image: GrayImage;
let lines: OcrLine[];
beforeAll(async () => {
  image = await prepareImagePage(await scanPng(await renderNoticePdf(SAMPLE_NOTICE), 300), 0, 100_000_000);
  lines = await pool.recognize(toPgm(image), 300);
});

const texts = (ls: OcrLine[]) => ls.flatMap((l) => l.words.map((w) => w.text));
const isFileNumberLine = (line: OcrLine) => line.words.some((w) => w.text.startsWith('Geschäftsnummer'));

describe('lines the page read left out or garbled, read again on their own', () => {
  it('gives back a line tesseract left out, where it is on the page', async () => {
    const original = lines.find(isFileNumberLine)!;
    expect(original).toBeDefined();
    const without = lines.filter((l) => l !== original);

    const mended = await withUncoveredLines(pool, { lines: without, frame: image, dx: 0, dy: 0, dpi: 300 });

    const back = mended.find(isFileNumberLine)!;
    expect(back.words.map((w) => w.text).join(' ')).toContain('12 C 345/25');
    expect(Math.abs(back.words[0]!.bbox[1] - original.words[0]!.bbox[1])).toBeLessThan(10);
    expect(Math.abs(back.words[0]!.bbox[0] - original.words[0]!.bbox[0])).toBeLessThan(10);
    // Nothing else was added: every other line was read already.
    expect(texts(mended).length).toBe(texts(without).length + back.words.length);
  });

  it('replaces a line read as confidence-less garbage, and leaves a well-read page as it was', async () => {
    const garbled = lines.map((l) => (isFileNumberLine(l) ? { ...l, words: l.words.map((w, i) => ({ ...w, text: ['Sn', '9', 'SS', 'BET'][i % 4]!, confidence: 0.1 })) } : l));

    const mended = await withUncoveredLines(pool, { lines: garbled, frame: image, dx: 0, dy: 0, dpi: 300 });

    expect(texts(mended)).not.toContain('BET');
    expect(texts(mended).join(' ')).toContain('12 C 345/25');
    expect(await withUncoveredLines(pool, { lines, frame: image, dx: 0, dy: 0, dpi: 300 })).toBe(lines);
  });
});

describe('a second read of a line that fails', () => {
  it('leaves the page as read instead of failing it', async () => {
    const closed = new OcrPool({ workers: 1, pageTimeoutMs: 60_000, recycleAfterPages: 100 });
    await closed.close();
    const without = lines.filter((l) => !isFileNumberLine(l));
    expect(await withUncoveredLines(closed, { lines: without, frame: image, dx: 0, dy: 0, dpi: 300 })).toBe(without);
  });
});
