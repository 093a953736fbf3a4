import { describe, expect, it } from 'vitest';
import { effectiveDpi, stretchContrast } from '../../../src/adapters/image-prep.adapter.js';
import { readingOrder, skewDegrees } from '../../../src/adapters/ocr-page.adapter.js';
import { textItemWords } from '../../../src/adapters/pdf-text-reader.adapter.js';
import type { Word } from '../../../src/core/page.js';

const A4 = { width: 595.28, height: 841.89 };

describe('textItemWords', () => {
  // Helvetica 12 pt at x=70, baseline y=100 (viewport space, y down): transform [12, 0, 0, -12, 70, 100].
  const item = { str: 'Amtsgericht Gummersbach', transform: [12, 0, 0, -12, 70, 100], width: 145.368, height: 12 };

  it('splits a text item into words with boxes around the glyphs', () => {
    const words = textItemWords(item, A4.width, A4.height);
    expect(words.map((w) => w.text)).toEqual(['Amtsgericht', 'Gummersbach']);
    const [first] = words;
    expect(first?.bbox[0]).toBeCloseTo(70 / A4.width, 4);
    expect(first?.bbox[1]).toBeCloseTo((100 - 0.78 * 12) / A4.height, 4);
    expect(first?.bbox[3]).toBeCloseTo((100 + 0.22 * 12) / A4.height, 4);
    expect(first?.confidence).toBe(1);
  });

  it('measures words by glyph widths: a word of narrow letters gets a narrower box than one of wide letters', () => {
    const words = textItemWords({ str: 'illi MMMM', transform: [12, 0, 0, -12, 0, 100], width: 50, height: 12 }, A4.width, A4.height);
    const width = (w: Word | undefined) => (w ? w.bbox[2] - w.bbox[0] : 0);
    expect(width(words[1])).toBeGreaterThan(3 * width(words[0]));
  });

  it('ends the last word at the end of the item and the first word before the space', () => {
    const words = textItemWords(item, A4.width, A4.height);
    expect(words[1]?.bbox[2]).toBeCloseTo((70 + 145.368) / A4.width, 4);
    // Helvetica AFM: "Amtsgericht" is 5.279 em wide (63.35 pt at 12 pt), the whole item 12.114 em.
    expect((words[0]?.bbox[2] ?? 0) * A4.width - 70).toBeCloseTo(63.35, 1);
  });

  it('keeps boxes for text running up the page (a page rotated by 90 degrees) tall and narrow', () => {
    const [word] = textItemWords({ str: 'Termin', transform: [0, -12, -12, 0, 100, 500], width: 40, height: 12 }, A4.width, A4.height);
    expect(word).toBeDefined();
    const box = word!.bbox;
    expect(box[3] - box[1]).toBeGreaterThan(box[2] - box[0]);
  });
});

describe('readingOrder', () => {
  const word = (text: string, x0: number, y0: number): Word => ({ text, bbox: [x0, y0, x0 + 0.1, y0 + 0.02], confidence: 1 });

  it('orders words top-to-bottom and left-to-right, treating slightly offset words as one line', () => {
    const ordered = readingOrder([word('Saal', 0.6, 0.301), word('Termin', 0.1, 0.3), word('Datum', 0.1, 0.1), word('104', 0.75, 0.299)]);
    expect(ordered.map((w) => w.text)).toEqual(['Datum', 'Termin', 'Saal', '104']);
  });
});

describe('skewDegrees', () => {
  it('takes the median baseline angle of lines with three or more words', () => {
    const line = (slope: number, words = 3) => ({ words: Array.from({ length: words }, () => ({ text: 'x', bbox: [0, 0, 1, 1] as [number, number, number, number], confidence: 1 })), bbox: [0, 0, 1, 1] as [number, number, number, number], slope });
    expect(skewDegrees([line(0.07), line(0.069), line(0.071), line(0.9, 1)])).toBeCloseTo(4, 0);
    expect(skewDegrees([line(0)])).toBe(0);
  });
});

describe('effectiveDpi', () => {
  it('trusts declared scanner resolutions and assumes 300 dpi for A4-sized images without one', () => {
    expect(effectiveDpi({ density: 200 }, 1654, 2339)).toBe(200);
    expect(effectiveDpi({ density: 80, resolutionUnit: 'cm' }, 1654, 2339)).toBeCloseTo(203.2, 1);
    expect(effectiveDpi({}, 2480, 3508)).toBe(300);
    expect(effectiveDpi({}, 700, 130)).toBe(300);
    expect(effectiveDpi({}, 6000, 8000)).toBeCloseTo(8000 / 11.69, 0);
  });

  it('estimates the resolution of camera images that declare 72 dpi from an A4 page size', () => {
    expect(effectiveDpi({ density: 72 }, 3000, 4000)).toBeCloseTo(4000 / 11.69, 0);
  });
});

describe('stretchContrast', () => {
  it('stretches a faint, grey-on-grey scan to the full range', () => {
    const gray = Buffer.alloc(1000, 180);
    gray.fill(120, 0, 100); // 10 % "ink"
    stretchContrast(gray);
    expect(gray[0]).toBe(0);
    expect(gray[999]).toBe(255);
  });

  it('leaves a scan that already spans black to white untouched', () => {
    const gray = Buffer.alloc(1000, 250);
    gray.fill(10, 0, 100);
    const before = Buffer.from(gray);
    stretchContrast(gray);
    expect(gray.equals(before)).toBe(true);
  });
});
