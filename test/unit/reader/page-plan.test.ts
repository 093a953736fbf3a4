import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImagePage, type GrayImage, type SourcePage } from '../../../src/adapters/image-prep.adapter.js';
import { uprightTurn } from '../../../src/adapters/ocr-page.adapter.js';
import { despeckle, findSpecks } from '../../../src/adapters/page-measures.js';
import { planPage, processedImage, StepTimes } from '../../../src/adapters/page-plan.js';
import { Rng } from '../../../samples/generator/prng.js';

/**
 * Each pre-processing decision on small generated pages: one page that needs the step, one that must be
 * left alone. Pages are A4 at 150 dpi (1240 × 1754) unless said otherwise; "text" is rows of word blocks
 * with ascender stubs above their x-height band (and fewer descenders below), as Latin print has.
 */
const W = 1240;
const H = 1754;

function blankPage(paper: number, width = W, height = H): GrayImage {
  return { gray: Buffer.alloc(width * height, paper), width, height };
}

function fill(image: GrayImage, x0: number, y0: number, w: number, h: number, value: number | ((x: number, y: number) => number)): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x0 + w); x++) image.gray[y * image.width + x] = typeof value === 'number' ? value : value(x, y);
  }
}

/** Rows of words: x-height band 10 px, ascenders 6 px above every 9 px, a descender below every 40 px. */
function textPage(paper = 255, ink: number | ((x: number, y: number) => number) = 0, width = W, height = H): GrayImage {
  const page = blankPage(paper, width, height);
  for (let y = 120; y < height - 160; y += 34) {
    for (let x = 110 + (y % 50); x < width - 160; ) {
      const w = 30 + ((x * 7 + y * 13) % 80);
      fill(page, x, y, w, 10, ink);
      for (let a = x + 2; a < x + w - 2; a += 9) fill(page, a, y - 6, 2, 6, ink);
      for (let d = x + 5; d < x + w - 2; d += 40) fill(page, d, y + 10, 2, 5, ink);
      x += w + 12;
    }
  }
  return page;
}

function source(image: GrayImage, dpi: number, bilevel = false): SourcePage {
  return { ...image, dpi, bilevel, widthPt: (image.width / dpi) * 72, heightPt: (image.height / dpi) * 72, lossy: false, coloredInk: 0, brightestChannel: null };
}

/** Salt-and-pepper: `count` black specks of 1–2 px anywhere on the page. */
function speckle(image: GrayImage, count: number, seed = 7): void {
  const rng = new Rng(seed);
  const next = () => rng.next();
  for (let i = 0; i < count; i++) {
    const size = next() < 0.5 ? 1 : 2;
    fill(image, Math.floor(next() * (image.width - 2)), Math.floor(next() * (image.height - 2)), size, size, 0);
  }
}

const inkCount = (image: GrayImage, x0: number, y0: number, w: number, h: number) => {
  let n = 0;
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (image.gray[y * image.width + x]! < 128) n += 1;
  return n;
};

describe('planPage: despeckling bilevel faxes', () => {
  it('despeckles a 200-dpi fax covered in isolated specks', async () => {
    const fax = textPage(255, 0, 1654, 2339);
    speckle(fax, 3000);
    const plan = await planPage(source(fax, 200, true));
    expect(plan.despeckle).toBe(true);
    expect(plan.measures.speckDensity).toBeGreaterThan(10);
  });

  it('leaves a clean fax alone but for bringing it to 300 dpi', async () => {
    const fax = textPage(255, 0, 1654, 2339);
    speckle(fax, 60);
    const plan = await planPage(source(fax, 200, true));
    expect(plan.despeckle).toBe(false);
    expect(plan.destreak).toBe(false);
    expect(plan.scale).toBe(1.5);
  });

  it('removes specks on the paper but no stroke, full stop or i-dot', () => {
    const page = blankPage(255, 400, 300);
    fill(page, 100, 100, 3, 24, 0); // a stem
    fill(page, 100, 93, 3, 3, 0); // its i-dot, 4 px above
    fill(page, 110, 121, 3, 3, 0); // a full stop after a letter
    fill(page, 106, 100, 3, 24, 0); // the letter before it
    fill(page, 300, 200, 2, 2, 0); // specks on the paper
    fill(page, 50, 250, 1, 1, 0);
    fill(page, 350, 40, 2, 1, 0);
    const before = inkCount(page, 90, 85, 40, 50);
    expect(despeckle(page, 200)).toBe(3);
    expect(inkCount(page, 90, 85, 40, 50)).toBe(before);
    expect(findSpecks(page, 200)).toHaveLength(0);
    expect(inkCount(page, 0, 0, 400, 300)).toBe(before);
  });
});

describe('planPage: light and contrast of gray pages', () => {
  it('flattens a page whose light falls off across it', async () => {
    const page = textPage(0, 30);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (page.gray[y * W + x] === 0) page.gray[y * W + x] = Math.round(230 - (100 * x) / W);
    const plan = await planPage(source(page, 300));
    expect(plan.flatten).toBe(true);
    const flat = await processedImage(source(page, 300), plan, new StepTimes());
    // The paper at both ends comes out alike once the light is taken out.
    const paperAt = (x: number) => flat.gray[(H - 60) * W + x]!;
    expect(Math.abs(paperAt(40) - paperAt(W - 40))).toBeLessThan(20);
  });

  it('leaves an evenly lit page of black print on white paper alone', async () => {
    const plan = await planPage(source(textPage(245, 10), 300));
    expect(plan).toMatchObject({ flatten: false, stretch: false, despeckle: false, scale: 1 });
  });

  it('stretches a faded page of gray ink on gray paper to full contrast', async () => {
    const page = textPage(190, 125);
    const plan = await planPage(source(page, 300));
    expect(plan.stretch).toBe(true);
    const stretched = await processedImage(source(page, 300), plan, new StepTimes());
    expect(stretched.gray.reduce((a, b) => Math.min(a, b), 255)).toBe(0);
    expect(stretched.gray.reduce((a, b) => Math.max(a, b), 0)).toBe(255);
  });

  it('brings a 150-dpi phone photo to 300 dpi and a 300-dpi scan not at all', async () => {
    expect((await planPage(source(textPage(), 150))).scale).toBe(2);
    expect((await planPage(source(textPage(), 300))).scale).toBe(1);
  });
});

describe('planPage: colored ink over the print', () => {
  /** An RGB scan: black print on warm paper, and, when asked, a blue stamp (a frame and a bar) over part of it. */
  async function colourScan(stamp: boolean, desk = false): Promise<SourcePage> {
    const text = textPage();
    const rgb = Buffer.alloc(W * H * 3);
    for (let p = 0; p < W * H; p++) {
      const ink = text.gray[p]! < 128;
      rgb.set(ink ? [20, 20, 20] : [250, 246, 232], p * 3);
    }
    if (desk) {
      // The sheet photographed on a wooden desk: brown grain in stripes around it, 90 px wide.
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) if (x < 90 || x >= W - 90 || y < 90 || y >= H - 90) rgb.set(y % 12 < 6 ? [120, 72, 40] : [150, 95, 55], (y * W + x) * 3);
      }
    }
    if (stamp) {
      const blue = (x: number, y: number) => rgb.set([70, 80, 170], (y * W + x) * 3);
      for (let y = 400; y < 560; y++) for (let x = 300; x < 700; x++) if (y < 410 || y >= 550 || x < 310 || x >= 690 || (y >= 460 && y < 490)) blue(x, y);
    }
    const png = await sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).withMetadata({ density: 300 }).png().toBuffer();
    return decodeImagePage(png, 0, 10_000_000);
  }

  it('reads a page with a colored stamp from its brightest channel: the stamp turns light, the print stays black', async () => {
    const page = await colourScan(true);
    const plan = await planPage(page);
    expect(plan.dropColor).toBe(true);
    const image = await processedImage(page, plan, new StepTimes());
    expect(page.gray[470 * W + 500]).toBeLessThan(128); // the stamp's bar is dark in the plain gray
    expect(image.gray[470 * W + 500]).toBeGreaterThan(150);
    expect(inkCount(image, 100, 100, 1000, 250)).toBe(inkCount(textPage(), 100, 100, 1000, 250));
  });

  it('leaves a colour scan of black print on tinted paper as it is', async () => {
    const plan = await planPage(await colourScan(false));
    expect(plan.dropColor).toBe(false);
  });

  it('takes a colored desk around a photographed sheet for no ink, and still finds a stamp on that sheet', async () => {
    expect((await planPage(await colourScan(false, true))).dropColor).toBe(false);
    expect((await planPage(await colourScan(true, true))).dropColor).toBe(true);
  });
});

describe('uprightTurn: orientation from the shape of the ink', () => {
  const noOsd = {
    detectOrientation: () => Promise.reject(new Error('OSD must not be needed when the ink decides')),
  };

  async function turned(image: GrayImage, degrees: number): Promise<GrayImage> {
    const { data, info } = await sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } })
      .rotate(degrees)
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { gray: data, width: info.width, height: info.height };
  }

  it.each([
    [0, 0],
    [90, 270],
    [180, 180],
    [270, 90],
  ])('turns a page whose text was turned %s degrees clockwise back by %s degrees, without OSD', async (degrees, back) => {
    expect(await uprightTurn(noOsd, await turned(textPage(), degrees))).toBe(back);
  });

  it('asks OSD when the ink cannot tell which way up a sideways page is', async () => {
    // Word blocks without ascenders or descenders: lines run up the page, but neither end is the top.
    const page = blankPage(255);
    for (let y = 120; y < H - 160; y += 34) fill(page, 110, y, W - 270, 12, 0);
    const asked: number[] = [];
    const osd = {
      detectOrientation: () => {
        asked.push(1);
        return Promise.resolve({ degrees: 90 as const, confidence: 5 });
      },
    };
    expect(await uprightTurn(osd, await turned(page, 90))).toBe(90);
    expect(asked).toHaveLength(1);
  });
});
