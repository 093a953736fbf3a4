import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createDocumentReader, type ReaderOptions } from '../../../src/adapters/document-reader.adapter.js';
import { IntakeError } from '../../../src/core/errors.js';
import type { Word } from '../../../src/core/page.js';
import { renderNoticePdf } from '../../fixtures/reader/notice-fixture.js';
import { recordingLogger } from '../../fixtures/reader/recording-logger.js';
import { encryptedPdf, mixedPdf } from '../../fixtures/reader/scan-fixture.js';

const logger = recordingLogger();
const base: ReaderOptions = { workers: 1, maxPages: 20, maxPixels: 60_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 200, cacheDir: null, logger };
const reader = createDocumentReader(base);
afterAll(() => reader.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IntakeError) return error.code;
    throw error;
  }
  return 'no error';
}

const find = (words: Word[], text: string) => words.find((w) => w.text === text);

describe('reading PDFs', () => {
  it('reads a text-layer PDF from its text layer without starting any OCR worker', async () => {
    const started = Date.now();
    const doc = await reader.read(await renderNoticePdf());
    // Generous for a shared CI machine; the benchmark measures the real figure (a few ms per page).
    expect(Date.now() - started).toBeLessThan(5000);
    expect(doc.mimeType).toBe('application/pdf');
    const [page] = doc.pages;
    expect(page?.source).toBe('text-layer');
    expect(page?.confidence).toBe(1);
    expect(page?.widthPt).toBeCloseTo(595.28, 1);
    const text = page?.words.map((w) => w.text).join(' ');
    expect(text).toContain('Amtsgericht Gummersbach');
    expect(text).toContain('Az.: 12 C 345/25');
    expect(text).toContain('22.04.2025 um 10:30 Uhr');
    expect(logger.entries.some((e) => e.msg === 'ocr worker started')).toBe(false);
  });

  it('puts text-layer word boxes where the words are printed', async () => {
    const [page] = (await reader.read(await renderNoticePdf())).pages;
    const court = find(page!.words, 'Amtsgericht')!;
    // pdfkit: left margin 70 pt, top margin 60 pt, 15 pt bold.
    expect(court.bbox[0]).toBeCloseTo(70 / 595.28, 2);
    expect(court.bbox[1]).toBeGreaterThan(55 / 841.89);
    expect(court.bbox[3]).toBeLessThan(82 / 841.89);
    // Bold "Amtsgericht" at 15 pt is about 88 pt wide.
    expect((court.bbox[2] - court.bbox[0]) * 595.28).toBeGreaterThan(80);
    expect((court.bbox[2] - court.bbox[0]) * 595.28).toBeLessThan(96);
    const hearing = find(page!.words, '22.04.2025')!;
    expect(hearing.bbox[1]).toBeGreaterThan(court.bbox[3]);
  });

  it('reads each page of a mixed PDF from its own source: text layer or OCR', async () => {
    const doc = await reader.read(await mixedPdf());
    expect(doc.pages.map((p) => p.source)).toEqual(['text-layer', 'ocr']);
    const scanned = doc.pages[1]!;
    expect(scanned.words.map((w) => w.text)).toContain('Räumungsklage');
    expect(scanned.confidence).toBeGreaterThan(0.8);
  });

  it('rejects a text file named .pdf as UNSUPPORTED_TYPE and an empty file as EMPTY_FILE', async () => {
    expect(await codeOf(reader.read(Buffer.from('Dies ist kein PDF, nur Text.\n')))).toBe('UNSUPPORTED_TYPE');
    expect(await codeOf(reader.read(Buffer.alloc(0)))).toBe('EMPTY_FILE');
  });

  it('rejects a file that starts like a PDF but is none as CORRUPT_FILE', async () => {
    expect(await codeOf(reader.read(Buffer.from('%PDF-1.7\nnothing else here\n')))).toBe('CORRUPT_FILE');
  });

  it('rejects a truncated PDF as CORRUPT_FILE', async () => {
    const pdf = await renderNoticePdf();
    expect(await codeOf(reader.read(pdf.subarray(0, Math.floor(pdf.length / 3))))).toBe('CORRUPT_FILE');
  });

  it('rejects a PDF with a user password as ENCRYPTED_PDF, with a German message', async () => {
    const locked = await encryptedPdf(await renderNoticePdf(), 'geheim');
    const error = await reader.read(locked).catch((e: unknown) => e as IntakeError);
    expect(error).toBeInstanceOf(IntakeError);
    expect((error as IntakeError).code).toBe('ENCRYPTED_PDF');
    expect((error as IntakeError).message).toMatch(/Passwort/);
  });

  it('reads a PDF that has only an owner password (common for court e-files)', async () => {
    const restricted = await encryptedPdf(await renderNoticePdf(), '');
    const doc = await reader.read(restricted);
    expect(doc.pages[0]?.words.map((w) => w.text)).toContain('Räumungsklage');
  });

  it('rejects a PDF with more pages than allowed as TOO_MANY_PAGES before rendering anything', async () => {
    const strict = createDocumentReader({ ...base, maxPages: 1 });
    try {
      expect(await codeOf(strict.read(await renderNoticePdf({ pages: 2 })))).toBe('TOO_MANY_PAGES');
    } finally {
      await strict.close();
    }
  });

  it('rejects a file above maxFileBytes as FILE_TOO_LARGE', async () => {
    const small = createDocumentReader({ ...base, maxFileBytes: 100 });
    try {
      expect(await codeOf(small.read(await renderNoticePdf()))).toBe('FILE_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('stops a document between pages when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(reader.read(await renderNoticePdf({ pages: 3 }), { signal: controller.signal })).rejects.toThrow(/abort/i);
  });

  it('renders a PDF page as a PNG of the requested width for the review UI', async () => {
    const png = await reader.renderPage(await renderNoticePdf(), 1, 800);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(800);
    expect(meta.height).toBeCloseTo(Math.round((800 * 841.89) / 595.28), -1);
    const stats = await sharp(png).stats();
    // A white page with some black text: bright on average, but not blank.
    expect(stats.channels[0]!.mean).toBeGreaterThan(200);
    expect(stats.channels[0]!.min).toBeLessThan(60);
  });
});
