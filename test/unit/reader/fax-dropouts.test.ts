import { describe, expect, it } from 'vitest';
import { fillDropouts, findDropouts } from '../../../src/adapters/fax-dropouts.js';
import type { GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { planPage, processedImage, StepTimes } from '../../../src/adapters/page-plan.js';
import { Rng } from '../../../samples/generator/prng.js';
import { blankPage, copy, dark, DPI, fill, H, source, textLine, textPage, W } from './fax-fixture.js';

/**
 * Dropped fax scan lines on generated 200-dpi bilevel pages (fax-fixture.ts: text lines every 50 px, an
 * x-height of 14 px from each line's top): a band of one to three rows turned white across the page.
 */

/** Turns rows `from`..`from + rows - 1` white across the whole page, as a fax that lost those scan lines. */
function dropRows(page: GrayImage, from: number, rows: number): void {
  fill(page, 0, from, page.width, rows, 255);
}

/** Pixels that differ between two pages in rows `from`..`to`. */
function differing(a: GrayImage, b: GrayImage, from: number, to: number): number {
  let n = 0;
  for (let y = from; y <= to; y++) for (let x = 0; x < a.width; x++) if (dark(a, x, y) !== dark(b, x, y)) n++;
  return n;
}

/** Ink of the page in rows `from`..`to` that stands in a column inked right above and right below them: strokes the band cut. */
function cutStrokeInk(page: GrayImage, from: number, to: number): number {
  let n = 0;
  for (let x = 0; x < page.width; x++) {
    if (!dark(page, x, from - 1) || !dark(page, x, to + 1)) continue;
    for (let y = from; y <= to; y++) if (dark(page, x, y)) n++;
  }
  return n;
}

describe('dropped fax scan lines', () => {
  it('finds bands of 1–3 dropped rows through text lines and plans filling them, timing the step', async () => {
    const fax = textPage();
    // Text lines start at 150, 200, …: their x-height bands are rows 150–163, 200–213, …
    dropRows(fax, 156, 1);
    dropRows(fax, 405, 2);
    dropRows(fax, 1006, 3);
    expect(findDropouts(fax, DPI)).toEqual([
      { from: 156, to: 156 },
      { from: 405, to: 406 },
      { from: 1006, to: 1008 },
    ]);
    const plan = await planPage(source(fax));
    expect(plan.fillDropouts).toBe(true);
    expect(plan.measures.dropouts).toBe(3);
    const steps = new StepTimes();
    await processedImage(source(fax), plan, steps);
    expect(steps.ms).toHaveProperty('fill-dropouts');
  });

  it('joins the strokes a dropout cut and touches nothing outside the band', () => {
    const text = textPage(3);
    const fax = copy(text);
    dropRows(fax, 704, 2);
    const cut = cutStrokeInk(text, 704, 705);
    expect(cut).toBeGreaterThan(200);
    expect(fillDropouts(fax, DPI)).toEqual([{ from: 704, to: 705 }]);
    // Every stem and bow side crossing the band is whole again; a bow's top or bottom lying inside the band
    // (ink above it, white below) is not, as it cannot be told from the gap between two letters.
    expect(differing(text, fax, 704, 705)).toBeLessThan(cut * 0.5);
    expect(differing(text, fax, 0, 703) + differing(text, fax, 706, H - 1)).toBe(0);
    let restored = 0;
    for (let x = 0; x < W; x++) if (dark(text, x, 703) && dark(text, x, 706) && dark(fax, x, 704) && dark(fax, x, 705)) restored++;
    expect(restored * 2).toBe(cut);
  });

  it('leaves a fax without dropouts alone: the white between lines, even tightly set ones, is none', async () => {
    const spaced = textPage(5);
    expect(findDropouts(spaced, DPI)).toEqual([]);
    expect((await planPage(source(spaced))).fillDropouts).toBe(false);
    // Lines every 28 px: descenders end at +19, the next line's ascenders start at +22, two white rows between.
    const tight = blankPage();
    const rng = new Rng(9);
    for (let y = 150; y < H - 200; y += 28) textLine(tight, rng, y, 200, W - 200);
    expect(findDropouts(tight, DPI)).toEqual([]);
  });

  it('leaves the white between an underlined text and its underline alone (a letter’s return-address line)', () => {
    const page = blankPage();
    const rng = new Rng(11);
    // Glyphs of the x-height only, so the line's lowest row is full of stems; its underline two rows below.
    for (let x = 200; x < 1000; x += 12) fill(page, x, 300, 2, 14);
    fill(page, 200, 316, 800, 2);
    textLine(page, rng, 400, 200, W - 200);
    expect(findDropouts(page, DPI)).toEqual([]);
    // The same text without its underline, cut by a dropout: found.
    fill(page, 200, 316, 800, 2, 255);
    dropRows(page, 306, 2);
    expect(findDropouts(page, DPI)).toEqual([{ from: 306, to: 307 }]);
  });

  it('leaves a gray page alone, white rows through its text or not', async () => {
    const scan = textPage();
    dropRows(scan, 405, 2);
    const plan = await planPage(source(scan, 300, false));
    expect(plan.fillDropouts).toBe(false);
    expect(plan.measures.dropouts).toBe(0);
  });
});
