import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentReader } from '../../../src/adapters/document-reader.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { ReadDocument } from '../../../src/core/page.js';
import { buildExtraction, extractWithRereads } from '../../../src/pipeline/extract.stage.js';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { scanPng } from '../../fixtures/reader/scan-fixture.js';

const reader = createDocumentReader({ workers: 2, maxPages: 5, maxPixels: 60_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 200, cacheDir: null });
afterAll(() => reader.close());
const context = { gazetteer: loadConfig({ env: {} }).gazetteer, today: '2025-03-20' };

/**
 * The read with the file number's words garbled the way tesseract's page layout garbled a clean line in the
 * eval ("21 C 1555 / 25" → "216 15535 /25"): the image still shows the number, the first read lost it.
 */
function garbleFileNumber(read: ReadDocument): ReadDocument {
  const page = read.pages[0]!;
  const garbled = new Map([['12', '126'], ['C', '1'], ['345/25', '3455/25'], ['345', '3455']]);
  const label = page.words.findIndex((w) => w.text.startsWith('Geschäftsnummer'));
  expect(label).toBeGreaterThanOrEqual(0);
  const words = page.words.map((w, i) => (i > label && i <= label + 4 && garbled.has(w.text) ? { ...w, text: garbled.get(w.text)! } : w));
  return { ...read, pages: [{ ...page, words }, ...read.pages.slice(1)] };
}

describe('second read of a file-number line', () => {
  it('reads a labelled line again when its file number did not read, and keeps the line it read', async () => {
    const bytes = await scanPng(await renderNoticePdf(SAMPLE_NOTICE), 300);
    const clean = await reader.read(bytes);
    const read = garbleFileNumber(clean);
    expect(buildExtraction('scan.png', 'a'.repeat(64), read, context).fields.fileNumber).toBeNull();

    const { extraction, read: corrected } = await extractWithRereads('scan.png', 'a'.repeat(64), read, bytes, reader, context);

    expect(extraction.fields.fileNumber?.value).toBe(SAMPLE_NOTICE.fileNumber);
    // Read twice with two answers: shown for review.
    expect(extraction.fields.fileNumber!.confidence).toBeLessThan(0.9);
    // The new words sit where the line is on the page: the review UI marks them there.
    const before = read.pages[0]!.words.find((w) => w.text.startsWith('Geschäftsnummer'))!;
    const after = corrected.pages[0]!.words.find((w) => w.text.startsWith('Geschäftsnummer'))!;
    for (let k = 0; k < 4; k++) expect(Math.abs(after.bbox[k]! - before.bbox[k]!)).toBeLessThan(0.01);
    // Everything else of the notice is read as before.
    expect(extraction.fields.tenants?.value).toEqual(buildExtraction('scan.png', 'a'.repeat(64), read, context).fields.tenants?.value);
    // The page worker that read the single line reads whole pages again (both workers, at once).
    const again = await Promise.all([reader.read(bytes), reader.read(bytes)]);
    for (const r of again) expect(r.pages[0]!.words.map((w) => w.text)).toEqual(clean.pages[0]!.words.map((w) => w.text));
  });

  it('reads a DR number\'s line again when its numeral was read unsurely, and takes the stroke the page read lost', async () => {
    const notice = { ...SAMPLE_NOTICE, fileNumber: 'DR III 1574/25' };
    const bytes = await scanPng(await renderNoticePdf(notice), 300);
    const clean = await reader.read(bytes);
    // The page read as the eval saw it on four scans: "III" read as "II", unsurely.
    const page = clean.pages[0]!;
    const numeral = page.words.findIndex((w, i) => /^[Il1|]{3}$/.test(w.text) && page.words[i - 1]?.text === 'DR');
    expect(numeral).toBeGreaterThan(0);
    const read = { ...clean, pages: [{ ...page, words: page.words.map((w, i) => (i === numeral ? { ...w, text: 'II', confidence: 0.64 } : w)) }] };
    expect(buildExtraction('scan.png', 'c'.repeat(64), read, context).fields.fileNumber?.value).toBe('DR II 1574/25');

    const { extraction } = await extractWithRereads('scan.png', 'c'.repeat(64), read, bytes, reader, context);

    expect(extraction.fields.fileNumber?.value).toBe('DR III 1574/25');
    expect(extraction.fields.fileNumber!.confidence).toBeLessThan(0.9);
  });

  it('reads no line again when the file number was read', async () => {
    const bytes = await scanPng(await renderNoticePdf(SAMPLE_NOTICE), 300);
    const read = await reader.read(bytes);
    let asked = 0;
    const counting = { rereadLines: async (...args: Parameters<NonNullable<typeof reader.rereadLines>>) => (asked++, reader.rereadLines!(...args)) };
    const { extraction } = await extractWithRereads('scan.png', 'b'.repeat(64), read, bytes, counting, context);
    expect(extraction.fields.fileNumber?.value).toBe(SAMPLE_NOTICE.fileNumber);
    expect(asked).toBe(0);
  });
});
