import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/core/page.js';
import { encodeOverlayWords, storedPages } from '../../../src/web/stored-pages.js';

const page = (over: Partial<Page>): Page => ({ number: 1, widthPt: 595, heightPt: 842, source: 'text-layer', words: [], rotation: 0, confidence: 1, ...over });

describe('the pages the case view lays words over', () => {
  it('keeps the words of a text-layer page and of an OCR page read turned, each with its box as shown', () => {
    const pages = storedPages(
      JSON.stringify([
        page({ words: [{ text: 'Kowalczyk', bbox: [0.5, 0.2, 0.6, 0.21], confidence: 1 }] }),
        // A scan lying on its side, read turned a quarter: its sides swap, its boxes are those of the upright page.
        page({ number: 2, widthPt: 595, heightPt: 842, source: 'ocr', rotation: 90.4, words: [{ text: 'Nümbrecht', bbox: [0.123456, 0.3, 0.2, 0.32], confidence: 0.8 }] }),
      ]),
    );
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
    expect(pages[0]!.words).toEqual([['Kowalczyk', 0.5, 0.2, 0.6, 0.21]]);
    expect(pages[1]!.aspect).toBeCloseTo(595 / 842);
    expect(pages[1]!.words).toEqual([['Nümbrecht', 0.1235, 0.3, 0.2, 0.32]]);
  });

  it('leaves out words without text or with a box outside the page, and a page without words has none', () => {
    const pages = storedPages(
      JSON.stringify([
        page({
          words: [
            { text: '  ', bbox: [0.1, 0.1, 0.2, 0.12], confidence: 1 },
            { text: 'weg', bbox: [0.1, 0.1, 1.2, 0.12], confidence: 1 },
            { text: 'da', bbox: [0.3, 0.1, 0.4, 0.12], confidence: 1 },
          ],
        }),
        page({ number: 2, source: 'ocr', words: [] }),
      ]),
    );
    expect(pages.map((p) => p.words.map((w) => w[0]))).toEqual([['da'], []]);
    expect(storedPages('not json')).toEqual([]);
  });

  it('encodes words one a line with the box in ten-thousandths, so no quote needs escaping', () => {
    expect(encodeOverlayWords([['„Am', 0.1, 0.2, 0.15, 0.21], ['Sonnen\nhang,', 0.16, 0.2, 0.3, 0.21]])).toBe('1000 2000 1500 2100 „Am\n1600 2000 3000 2100 Sonnen hang,');
  });
});
