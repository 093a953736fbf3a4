import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createDocumentReader } from '../../../src/adapters/document-reader.adapter.js';
import { OcrPool } from '../../../src/adapters/ocr-pool.adapter.js';
import { IntakeError } from '../../../src/core/errors.js';
import { recordingLogger } from '../../fixtures/reader/recording-logger.js';
import { hugePngHeader, noisePagePng, smallWordPng, turnedScanPng } from '../../fixtures/reader/scan-fixture.js';

async function errorOf(promise: Promise<unknown>): Promise<IntakeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected an IntakeError');
}

describe('limits and failures', () => {
  const logger = recordingLogger();
  const reader = createDocumentReader({ workers: 1, maxPages: 5, maxPixels: 40_000_000, pageTimeoutMs: 1000, recycleAfterPages: 200, cacheDir: null, logger });
  afterAll(() => reader.close());

  it('rejects a 30000 × 30000 pixel PNG as IMAGE_TOO_LARGE quickly, from its header alone', async () => {
    const bomb = hugePngHeader(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    const error = await errorOf(reader.read(bomb));
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.message).toMatch(/zu groß/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects a broken PNG as CORRUPT_FILE', async () => {
    const png = await smallWordPng();
    expect((await errorOf(reader.read(png.subarray(0, 200)))).code).toBe('CORRUPT_FILE');
  });

  it('stops a page that takes longer than pageTimeoutMs with OCR_TIMEOUT and then reads the next file with a fresh worker', async () => {
    const started = Date.now();
    const error = await errorOf(reader.read(await noisePagePng()));
    expect(error.code).toBe('OCR_TIMEOUT');
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(logger.entries.some((e) => e.msg?.includes('timed out'))).toBe(true);

    const doc = await reader.read(await smallWordPng());
    expect(doc.pages[0]!.words.map((w) => w.text)).toContain('Amtsgericht');
    expect(logger.entries.filter((e) => e.msg === 'ocr worker started')).toHaveLength(2);
  });
});

describe('the OCR worker pool', () => {
  it('survives a worker error: a page tesseract cannot read fails with OCR_FAILED, the next one is read', async () => {
    const pool = new OcrPool({ workers: 1, pageTimeoutMs: 30_000, recycleAfterPages: 100 });
    try {
      const error = await errorOf(pool.recognize(Buffer.from('this is not an image at all, just bytes'), 300));
      expect(error.code).toBe('OCR_FAILED');
      const lines = await pool.recognize(await smallWordPng(), 300);
      expect(lines.flatMap((l) => l.words.map((w) => w.text))).toContain('Amtsgericht');
    } finally {
      await pool.close();
    }
  });

  it('recycles its workers after recycleAfterPages pages and keeps reading', async () => {
    const logger = recordingLogger();
    const pool = new OcrPool({ workers: 1, pageTimeoutMs: 30_000, recycleAfterPages: 2, logger });
    try {
      const image = await smallWordPng();
      for (let i = 0; i < 3; i++) {
        const lines = await pool.recognize(image, 300);
        expect(lines.flatMap((l) => l.words.map((w) => w.text))).toContain('Amtsgericht');
      }
      expect(logger.entries.filter((e) => e.msg === 'ocr worker recycled')).toHaveLength(1);
      expect(pool.startedWorkers).toBe(2);
    } finally {
      await pool.close();
    }
    await expect(pool.recognize(Buffer.alloc(1), 300)).rejects.toThrow(/beendet/);
  });

  it('ends the orientation worker when no page waits for it, and starts it again for the next turned page', async () => {
    const pool = new OcrPool({ workers: 1, pageTimeoutMs: 60_000, recycleAfterPages: 100 });
    try {
      const turned = await turnedScanPng(180);
      expect((await pool.detectOrientation(turned)).degrees).toBe(180);
      expect((await pool.detectOrientation(turned)).degrees).toBe(180);
      // Held for good it kept ~100 MB; few pages need it.
      expect(pool.startedWorkers).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('fails running and waiting pages with OCR_FAILED when closed instead of leaving them hanging', async () => {
    const pool = new OcrPool({ workers: 1, pageTimeoutMs: 120_000, recycleAfterPages: 100 });
    const noise = await noisePagePng();
    // Their errors are taken as soon as they come: close() rejects them before it has terminated the worker.
    const running = errorOf(pool.recognize(noise, 300));
    const waiting = errorOf(pool.recognize(noise, 300));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const started = Date.now();
    await pool.close();
    expect((await running).code).toBe('OCR_FAILED');
    expect((await waiting).code).toBe('OCR_FAILED');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('blank pages', () => {
  it('reads a blank scanned page (a duplex back side) as a page without words, with no OCR pass', async () => {
    const logger = recordingLogger();
    const reader = createDocumentReader({ workers: 1, maxPages: 5, maxPixels: 40_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 200, cacheDir: null, logger });
    try {
      const blank = await sharp({ create: { width: 2480, height: 3508, channels: 3, background: '#f7f7f7' } }).greyscale().withMetadata({ density: 300 }).png().toBuffer();
      const doc = await reader.read(blank);
      expect(doc.pages).toHaveLength(1);
      expect(doc.pages[0]).toMatchObject({ source: 'ocr', words: [], confidence: 0 });
      // The page worker may be warming up (it starts when a scanned page is found), but no page is recognized.
      expect(logger.entries.filter((e) => e.msg === 'ocr page')).toHaveLength(0);
    } finally {
      await reader.close();
    }
  });
});
