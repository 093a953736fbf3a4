import { describe, expect, it } from 'vitest';
import type { SourcePage } from '../../../src/adapters/image-prep.adapter.js';
import { ocrPage, type PageReader } from '../../../src/adapters/ocr-page.adapter.js';
import type { OcrLine } from '../../../src/adapters/ocr-pool.adapter.js';
import { StepTimes } from '../../../src/adapters/page-plan.js';
import { readScore } from '../../../src/adapters/read-quality.js';

/**
 * The plain page is every page's baseline: a read after pre-processing that comes out doubtful is compared
 * with a read of the plain page, and the better one kept. The OCR engine is replaced by a fake that answers
 * by what it is shown: the stretched page (paper turned white) or the plain one (gray paper).
 */
const W = 1240;
const H = 1754;

/** A faded page (gray ink 125 on gray paper 190): its plan stretches the contrast. */
function fadedPage(): SourcePage {
  const gray = Buffer.alloc(W * H, 190);
  for (let y = 200; y < 1400; y += 40) for (let x = 150; x < 1000; x++) if (x % 60 < 44) for (let dy = 0; dy < 12; dy++) gray[(y + dy) * W + x] = 125;
  return { gray, width: W, height: H, dpi: 300, bilevel: false, widthPt: (W / 300) * 72, heightPt: (H / 300) * 72, lossy: false, coloredInk: 0, brightestChannel: null };
}

function line(words: [string, number][]): OcrLine {
  return { words: words.map(([text, confidence], i) => ({ text, confidence, bbox: [150 + i * 200, 200, 330 + i * 200, 212] })), bbox: [150, 200, 950, 212], slope: 0 };
}

/** Whether a PGM handed to the engine has white paper (the stretched page) rather than the gray of the plain one. */
function isStretched(pgm: Buffer): boolean {
  let max = 0;
  for (let i = pgm.length - W * H; i < pgm.length; i += 7) max = Math.max(max, pgm[i]!);
  return max > 240;
}

function fakeEngine(answers: { stretched: OcrLine; plain: OcrLine }) {
  const shown: ('stretched' | 'plain')[] = [];
  const engine: PageReader = {
    recognize: (image: Buffer) => {
      const which = isStretched(image) ? 'stretched' : 'plain';
      shown.push(which);
      return Promise.resolve([answers[which]]);
    },
    recognizeLine: () => Promise.resolve([]),
    detectOrientation: () => Promise.resolve({ degrees: 0, confidence: 0 }),
  };
  return { engine, shown };
}

const texts = (words: { text: string }[]) => words.map((w) => w.text).join(' ');

describe('ocrPage: the plain read as baseline of a pre-processed page', () => {
  it('keeps the plain read when the pre-processed read is doubtful and worse', async () => {
    const { engine, shown } = fakeEngine({
      stretched: line([['Räumungskiage', 0.41], ['Kiegends', 0.38], ['Partei', 0.52], ['12', 0.3]]),
      plain: line([['Räumungsklage', 0.91], ['der', 0.93], ['klagenden', 0.9], ['Partei', 0.94]]),
    });
    const outcome = await ocrPage(engine, fadedPage(), 1, new StepTimes());
    expect(outcome.plan?.stretch).toBe(true);
    expect(shown).toEqual(['stretched', 'plain']);
    expect(outcome.keptPlain).toBe(true);
    expect(texts(outcome.page.words)).toBe('Räumungsklage der klagenden Partei');
  });

  it('keeps the pre-processed read when the plain one is no better', async () => {
    const { engine } = fakeEngine({
      stretched: line([['Räumungsklage', 0.78], ['der', 0.8], ['klagenden', 0.75], ['Partei', 0.79]]),
      plain: line([['Raumungsklage', 0.7], ['der', 0.75], ['klagenclen', 0.6], ['Partei', 0.72]]),
    });
    const outcome = await ocrPage(engine, fadedPage(), 1, new StepTimes());
    expect(outcome.keptPlain).toBe(false);
    expect(texts(outcome.page.words)).toBe('Räumungsklage der klagenden Partei');
  });

  it('reads a pre-processed page only once when its read is confident', async () => {
    const { engine, shown } = fakeEngine({
      stretched: line([['Räumungsklage', 0.93], ['der', 0.95], ['klagenden', 0.92], ['Partei', 0.94]]),
      plain: line([['Räumungsklage', 0.95], ['der', 0.96], ['klagenden', 0.95], ['Partei', 0.96]]),
    });
    const steps = new StepTimes();
    await ocrPage(engine, fadedPage(), 1, steps);
    expect(shown).toEqual(['stretched']);
    expect(Object.keys(steps.ms)).toEqual(expect.arrayContaining(['measure', 'stretch', 'orient', 'read']));
    expect(steps.ms['read-plain']).toBeUndefined();
  });
});

describe('readScore: which of two reads of a page read better', () => {
  it('prefers confident real words to confident-looking garbage and to a read that lost words', () => {
    const good = readScore([{ text: 'Die', confidence: 0.9 }, { text: 'Klage', confidence: 0.9 }, { text: 'ist', confidence: 0.9 }, { text: 'eingegangen.', confidence: 0.9 }]);
    const garbage = readScore([{ text: 'Dle', confidence: 0.9 }, { text: 'Kiage', confidence: 0.9 }, { text: 'lst', confidence: 0.9 }, { text: 'elngegangen.', confidence: 0.9 }]);
    const lost = readScore([{ text: 'Die', confidence: 0.95 }, { text: 'Klage', confidence: 0.95 }]);
    expect(good).toBeGreaterThan(garbage);
    expect(good).toBeGreaterThan(lost);
  });
});
