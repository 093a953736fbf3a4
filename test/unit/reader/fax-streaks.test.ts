import { describe, expect, it } from 'vitest';
import { findStreaks, removeStreaks, thinLines } from '../../../src/adapters/fax-streaks.js';
import type { GrayImage } from '../../../src/adapters/image-prep.adapter.js';
import { planPage, processedImage, StepTimes } from '../../../src/adapters/page-plan.js';
import { Rng } from '../../../samples/generator/prng.js';
import { blankPage, copy, dark, DPI, fill, H, source, textLine, textPage, W } from './fax-fixture.js';

/** A fax's vertical streak down column `x`, `thick` px wide, switched off and on now and then. */
function verticalStreak(page: GrayImage, x: number, thick: number, seed = 5): void {
  const rng = new Rng(seed);
  let on = true;
  for (let y = 0; y < page.height; y++) {
    if (rng.chance(0.003)) on = !on;
    if (on) fill(page, x, y, thick, 1);
  }
}


/** Pixels along a band's direction: `at(a, c)` is the pixel `a` along the band in lane `c` across it. */
const laneOf = (direction: 'vertical' | 'horizontal') => (a: number, c: number): [number, number] => (direction === 'vertical' ? [c, a] : [a, c]);

/**
 * Ink of the page without the streak lost by removing it: anywhere outside the streak's band, and inside
 * it wherever ink lies beside the band (a stroke crossing it). A stroke lying exactly within the band (a
 * stem as wide as the streak and in line with it, an `e`'s bar inside a horizontal streak) cannot be told
 * from the streak and is not counted.
 */
function inkLost(text: GrayImage, after: GrayImage, direction: 'vertical' | 'horizontal', ...bands: [number, number][]): number {
  const at = laneOf(direction);
  let lost = 0;
  for (let y = 0; y < text.height; y++) {
    for (let x = 0; x < text.width; x++) {
      if (!dark(text, x, y) || dark(after, x, y)) continue;
      const [a, c] = direction === 'vertical' ? [y, x] : [x, y];
      const band = bands.find(([from, to]) => c >= from && c <= to);
      if (!band || dark(text, ...at(a, band[0] - 1)) || dark(text, ...at(a, band[1] + 1))) lost += 1;
    }
  }
  return lost;
}

/**
 * Pixels of a streak (in its band: columns `from`–`to` of a vertical one, rows of a horizontal one) left on
 * the page: dark in `after` but not in the page without the streak, where no ink of that page lies beside
 * the band (left/right of it, or above/below).
 */
function streakLeft(text: GrayImage, after: GrayImage, direction: 'vertical' | 'horizontal', from: number, to: number): number {
  let left = 0;
  const along = direction === 'vertical' ? text.height : text.width;
  const at = laneOf(direction);
  for (let a = 0; a < along; a++) {
    const besideInk = dark(text, ...at(a, from - 1)) || dark(text, ...at(a, to + 1));
    for (let c = from; c <= to; c++) if (dark(after, ...at(a, c)) && !dark(text, ...at(a, c)) && !besideInk) left += 1;
  }
  return left;
}

describe('fax streaks through text', () => {
  it('destreaks a fax whose vertical streak runs through its text, timing the step', async () => {
    const fax = textPage();
    verticalStreak(fax, 700, 2);
    const plan = await planPage(source(fax));
    expect(plan.destreak).toBe(true);
    expect(plan.measures.streaks).toBe(1);
    const steps = new StepTimes();
    await processedImage(source(fax), plan, steps);
    expect(steps.ms).toHaveProperty('destreak');
  });

  it.each([1, 2])('removes a %s-px vertical streak while the letters crossing it keep their ink', (thick) => {
    const text = textPage(2);
    const fax = copy(text);
    verticalStreak(fax, 611, thick, 9);
    verticalStreak(fax, 1203, thick, 11);
    expect(removeStreaks(fax, DPI)).toBe(2);
    expect(inkLost(text, fax, 'vertical', [611, 610 + thick], [1203, 1202 + thick])).toBe(0);
    expect(streakLeft(text, fax, 'vertical', 611, 610 + thick)).toBe(0);
    expect(streakLeft(text, fax, 'vertical', 1203, 1202 + thick)).toBe(0);
    // The streak crossed letters: some of its pixels stay, as strokes of those letters.
    let kept = 0;
    for (let y = 0; y < H; y++) if (dark(fax, 611, y) && !dark(text, 611, y)) kept += 1;
    expect(kept).toBeGreaterThan(0);
  });

  it('leaves a horizontal streak along a text line (erasing it would cut the letters), and removes a vertical one crossing it', () => {
    const text = textPage(3);
    const fax = copy(text);
    // Through the x-height band of the line at 650 (its glyphs span 650–663), from the margin on.
    for (let x = 120; x < 1400; x++) if (x % 37 !== 0) fill(fax, x, 656, 1, 2);
    verticalStreak(fax, 901, 1, 4);
    expect(thinLines(fax, DPI).some((l) => l.direction === 'horizontal' && l.from <= 656 && l.to >= 657)).toBe(true);
    expect(findStreaks(fax, DPI).map((s) => s.direction)).toEqual(['vertical']);
    const streaked = copy(fax);
    expect(removeStreaks(fax, DPI)).toBe(1);
    // Of the vertical streak only its crossing with the horizontal line stays (2 rows: ink beside it there).
    expect(streakLeft(text, fax, 'vertical', 901, 901)).toBe(2);
    // The horizontal line is still there, letters and all.
    for (let x = 120; x < 1400; x++) if (x !== 901) expect(dark(fax, x, 656)).toBe(dark(streaked, x, 656));
  });

  it('leaves a gray scan alone, streak or not', async () => {
    const scan = textPage();
    verticalStreak(scan, 700, 2);
    const plan = await planPage(source(scan, 300, false));
    expect(plan.destreak).toBe(false);
    expect(plan.measures.streaks).toBe(0);
  });
});

describe('fax streaks: rulings, frames and lines of the document are none', () => {
  /**
   * A form: a frame around the text, a ruled table (cells with text kept 12 px off the rulings), a
   * signature line with its caption under it, an underlined text line (descenders crossing the underline),
   * a rule under the letterhead, and a thin free-standing vertical rule beside the address.
   */
  function formPage(): GrayImage {
    const page = textPage(4, 260, 560, 230, 1060);
    const rng = new Rng(40);
    for (let y = 260; y < 560; y += 50) textLine(page, rng, y, 1140, W - 230);
    for (let y = 610; y < 850; y += 50) textLine(page, rng, y, 230, W - 230);
    // Frame around the page's content.
    fill(page, 180, 120, W - 360, 2);
    fill(page, 180, H - 160, W - 360, 2);
    fill(page, 180, 120, 2, H - 278);
    fill(page, W - 182, 120, 2, H - 278);
    // Letterhead rule and a vertical rule beside the address block.
    fill(page, 230, 200, W - 460, 3);
    fill(page, 1100, 260, 1, 300);
    // Ruled table: 7 rows of 56 px, 4 columns.
    const top = 900;
    const columns = [230, 600, 1000, 1250, W - 232];
    for (let r = 0; r <= 7; r++) fill(page, 230, top + r * 56, W - 460, 2);
    for (const x of columns) fill(page, x, top, 2, 7 * 56 + 2);
    for (let r = 0; r < 7; r++) {
      for (let c = 0; c < columns.length - 1; c++) textLine(page, rng, top + r * 56 + 20, columns[c]! + 14, columns[c + 1]! - 12);
    }
    // An underlined text line: the underline 3 px under the x-height band, crossed by the descenders.
    textLine(page, rng, 1400, 230, 1300);
    fill(page, 230, 1417, 960, 2);
    // Signature line with its caption.
    fill(page, 230, 1700, 500, 1);
    textLine(page, rng, 1712, 230, 600);
    return page;
  }

  it('does not plan the step for a framed form with a ruled table, an underline and a signature line', async () => {
    const form = formPage();
    const plan = await planPage(source(form));
    expect(plan.destreak).toBe(false);
    expect(plan.measures.streaks).toBe(0);
    // The rulings are found as lines, but none is a streak.
    expect(thinLines(form, DPI).length).toBeGreaterThan(10);
    const untouched = copy(form);
    expect(removeStreaks(untouched, DPI)).toBe(0);
    expect(untouched.gray.equals(form.gray)).toBe(true);
  });

  it('removes a streak running through the form but keeps every ruling it crosses', async () => {
    const form = formPage();
    const fax = copy(form);
    // A streak as a dirty sensor draws it: unbroken, down the whole page.
    fill(fax, 801, 0, 2, H);
    const plan = await planPage(source(fax));
    expect(plan.destreak).toBe(true);
    expect(removeStreaks(fax, DPI)).toBe(1);
    expect(inkLost(form, fax, 'vertical', [801, 802])).toBe(0);
    expect(streakLeft(form, fax, 'vertical', 801, 802)).toBe(0);
  });

  it('does not take a table whose text touches a ruling (a stamp over it, say) for a streak: its ends meet the table', () => {
    const page = textPage(6, 150, 700);
    fill(page, 230, 900, 1200, 2);
    fill(page, 230, 1400, 1200, 2);
    for (const x of [230, 800, 1428]) fill(page, x, 900, 2, 502);
    // Stamp lettering running across the middle ruling.
    const rng = new Rng(8);
    for (let y = 980; y < 1300; y += 60) textLine(page, rng, y, 700 + (y % 40), 1020);
    const ruling = thinLines(page, DPI).find((line) => line.direction === 'vertical' && line.from === 800);
    expect(ruling?.crossings).toBeGreaterThanOrEqual(3);
    expect(ruling?.boxed).toBe(true);
    expect(findStreaks(page, DPI)).toHaveLength(0);
  });

  it('does not count the ragged edge of a thin rule drawn gray and binarised as letters crossing it', () => {
    // Pixels standing out on either side of the rule, at random, as a fax's threshold leaves them.
    const page = textPage(7, 150, 500);
    const rng = new Rng(13);
    for (let y = 700; y < 1300; y++) {
      fill(page, 900, y, 1, 1);
      if (rng.chance(0.35)) fill(page, 899, y, 1, 1);
      if (rng.chance(0.35)) fill(page, 901, y, 1, 1);
    }
    const rule = thinLines(page, DPI).find((line) => line.direction === 'vertical');
    expect(rule).toMatchObject({ from: 900, to: 900, boxed: false });
    expect(rule!.crossings).toBeLessThan(3);
    expect(findStreaks(page, DPI)).toHaveLength(0);
  });
});
