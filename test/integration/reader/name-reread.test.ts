import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentReader } from '../../../src/adapters/document-reader.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { buildExtraction, extractWithRereads } from '../../../src/pipeline/extract.stage.js';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { scanPng } from '../../fixtures/reader/scan-fixture.js';

const reader = createDocumentReader({ workers: 2, maxPages: 5, maxPixels: 60_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 200, cacheDir: null });
afterAll(() => reader.close());
const context = { gazetteer: loadConfig({ env: {} }).gazetteer, today: '2025-03-20' };

/** A scanned notice against two tenants whose names have letters the German OCR model does not know. */
async function scanOfForeignNames(turn: 0 | 180): Promise<Buffer> {
  const pdf = await renderNoticePdf(
    {
      ...SAMPLE_NOTICE,
      tenants: [
        { title: 'Frau', name: 'Ayşe Yıldız', birth: '14.11.1971' },
        { title: 'Herrn', name: 'Paweł Wiśniewski' },
      ],
    },
    { font: 'dejavu' },
  );
  const png = await scanPng(pdf, 300);
  return turn === 0 ? png : sharp(png).rotate(turn).withMetadata({ density: 300 }).png().toBuffer();
}

describe('second read of tenants names (letters outside German)', () => {
  it.each([0, 180] as const)('gives Polish and Turkish letters back on a scan turned by %i degrees, in the fields and in the stored words', async (turn) => {
    const bytes = await scanOfForeignNames(turn);
    const read = await reader.read(bytes);
    expect(read.pages[0]!.source).toBe('ocr');
    // The German model alone cannot spell them: this is what the second read is for.
    const first = buildExtraction('scan.png', 'f'.repeat(64), read, context);
    expect(first.fields.tenants?.value.map((t) => t.name)).not.toContain('Paweł Wiśniewski');

    const { extraction, read: corrected } = await extractWithRereads('scan.png', 'f'.repeat(64), read, bytes, reader, context);

    const [ayse, pawel] = extraction.fields.tenants?.value ?? [];
    expect(pawel).toEqual({ name: 'Paweł Wiśniewski', birthDate: null });
    // The cedilla of a 10-pt "ş" is sometimes too small for the second read too; then the German reading
    // stays, but no letter is ever swapped for another.
    expect(['Ayşe Yıldız', 'Ayse Yıldız']).toContain(ayse?.name);
    expect(ayse?.birthDate).toBe('1971-11-14');
    const words = corrected.pages[0]!.words.map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(['Paweł', 'Wiśniewski']));
    // Nothing else on the page changed: the German words keep their umlauts and letters.
    const changed = corrected.pages[0]!.words.filter((w, i) => w.text !== read.pages[0]!.words[i]!.text).map((w) => w.text.replace(/[^\p{L}]/gu, ''));
    expect(changed.every((w) => ['Ayşe', 'Yıldız', 'Paweł', 'Wiśniewski'].includes(w))).toBe(true);
    expect(extraction.fields.address?.value).toEqual(first.fields.address?.value);
  });

  it('cuts the names out of the deskewed page as read, whether the image was kept or is prepared again', async () => {
    const png = await scanOfForeignNames(0);
    const bytes = await sharp(png).rotate(2, { background: '#ffffff' }).withMetadata({ density: 300 }).png().toBuffer();
    const read = await reader.read(bytes);
    expect(Math.abs(read.pages[0]!.rotation)).toBeGreaterThanOrEqual(1);
    // The reader that read the page crops from the turned image it kept; a reader that never saw the page
    // (the image no longer kept) prepares and turns the page again. Both must find the same words.
    const fresh = createDocumentReader({ workers: 1, maxPages: 5, maxPixels: 60_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 200, cacheDir: null });
    try {
      for (const source of [reader, fresh]) {
        const { extraction } = await extractWithRereads('scan.png', 'a'.repeat(64), read, bytes, source, context);
        expect(extraction.fields.tenants?.value.map((t) => t.name)).toContain('Paweł Wiśniewski');
      }
    } finally {
      await fresh.close();
    }
  });

  it('reads each name language on its own: a Polish ą next to a Turkish ç on one notice', async () => {
    // One worker with both languages let Turkish win where it had no ą ("Dabrowska"), and the other order lost ç.
    const pdf = await renderNoticePdf(
      {
        ...SAMPLE_NOTICE,
        tenants: [
          { title: 'Frau', name: 'Ewa Dąbrowska' },
          { title: 'Herrn', name: 'Emre Koç' },
        ],
      },
      { font: 'dejavu' },
    );
    const bytes = await scanPng(pdf, 300);
    const read = await reader.read(bytes);
    const { extraction } = await extractWithRereads('scan.png', 'd'.repeat(64), read, bytes, reader, context);
    expect(extraction.fields.tenants?.value.map((t) => t.name)).toEqual(['Ewa Dąbrowska', 'Emre Koç']);
  });

  it('reads Romanian, Croatian and French names with their own models, and marks the field for review', async () => {
    const names = ['Mădălina Păun', 'Dragan Kovačević', 'Claude Lefèvre'];
    const pdf = await renderNoticePdf({ ...SAMPLE_NOTICE, tenants: names.map((name) => ({ title: 'Frau', name })) }, { font: 'dejavu' });
    const bytes = await scanPng(pdf, 300);
    const read = await reader.read(bytes);
    const first = buildExtraction('scan.png', 'c'.repeat(64), read, context);
    expect(first.fields.tenants?.value.map((t) => t.name)).not.toEqual(names);
    const { extraction } = await extractWithRereads('scan.png', 'c'.repeat(64), read, bytes, reader, context);
    expect(extraction.fields.tenants?.value.map((t) => t.name)).toEqual(names);
    // Letters outside German on a scan are never sure: a worker checks them.
    expect(extraction.fields.tenants!.confidence).toBeLessThan(0.9);
  });

  it('leaves a text-layer notice to its text layer (no second read)', async () => {
    const pdf = await renderNoticePdf({ ...SAMPLE_NOTICE, tenants: [{ title: 'Frau', name: 'Ayşe Yıldız' }] }, { font: 'dejavu' });
    const read = await reader.read(pdf);
    let asked = 0;
    const counting = { rereadWords: async (...args: Parameters<NonNullable<typeof reader.rereadWords>>) => (asked++, reader.rereadWords!(...args)) };
    const { extraction } = await extractWithRereads('n.pdf', 'e'.repeat(64), read, pdf, counting, context);
    expect(extraction.fields.tenants?.value).toEqual([{ name: 'Ayşe Yıldız', birthDate: null }]);
    expect(asked).toBe(0);
  });
});
