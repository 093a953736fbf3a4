// Noise profiles: each one a degradation chain with parameters drawn from the page's seeded PRNG.
import { gaussianBlur, gaussianNoise, gradient, inkTexture, motionBlur, rotate, smoothField, specks, streaks, threshold, tone } from './noise-basic.js';
import { photograph, scannerBorders } from './noise-geometry.js';
import { handwritingSvg, holesAndStapleSvg, stampSvg } from './noise-overlays.js';
import { type Page } from './page.js';
import { type Rng } from './prng.js';
import { type Raster, encodeG4Tiff, encodeGreyPng, encodeJpeg, greyToRgb, inkOver } from './raster.js';
import { renderOverlay } from './render.js';

export type Rotation = 0 | 90 | 180 | 270;
export interface Output { buffer: Buffer; ext: 'png' | 'jpg' | 'tif'; dpi: number; rotation: Rotation; params: Record<string, number | string> }
export interface Profile {
  name: string;
  renderDpi: number;
  /** Optional change to the page before rendering (e.g. a fax header line, which is printed text). */
  prepare?: (page: Page, rng: Rng) => Page;
  degrade: (r: Raster, rng: Rng, page: Page, index: number) => Promise<Output>;
}

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;

const FAX_SENDERS = ['AMTSGERICHT GUMMERSBACH', 'AG WIPPERFUERTH GESCH.ST.', 'JOBCENTER OBERBERG', 'KREIS OBERBERG AMT 50', 'GV-BUERO WALDBROEL'];

function faxHeader(page: Page, rng: Rng): Page {
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const pages = rng.int(1, 4);
  const text = `${p2(rng.int(1, 28))}.${p2(rng.int(1, 12))}.${rng.pick(['25', '26'])} ${p2(rng.int(7, 17))}:${p2(rng.int(0, 59))}  FAX +49 2261 ${rng.int(80, 99)}-${rng.int(1000, 9999)}  ${rng.pick(FAX_SENDERS)}  S. ${p2(rng.int(1, pages))}/${p2(pages)}`;
  return {
    items: [{ kind: 'text', x: 8, y: 5.5, font: 'mono', size: 8, text, grey: 0 }, ...page.items],
    truth: [text, ...page.truth],
  };
}

function faxScan(r: Raster, rng: Rng): number {
  const t = rng.range(115, 150);
  threshold(r, t, rng, 18);
  return t;
}

const rotationProfile = (deg: Rotation): Profile => ({
  name: `rot${deg}`,
  renderDpi: 300,
  degrade: async (r, rng) => {
    const paper = rng.int(238, 250);
    tone(r, paper, rng.int(10, 30));
    const out = await rotate(r, deg, paper);
    return { buffer: encodeGreyPng(out, 300, 4), ext: 'png', dpi: 300, rotation: deg, params: { paper } };
  },
});

export const PROFILES: Profile[] = [
  {
    name: 'clean',
    renderDpi: 300,
    degrade: async (r) => ({ buffer: encodeGreyPng(r, 300, 4), ext: 'png', dpi: 300, rotation: 0, params: {} }),
  },
  {
    name: 'fax-specks',
    renderDpi: 200,
    degrade: async (r, rng) => {
      const t = faxScan(r, rng);
      const black = rng.int(1500, 4500);
      const white = rng.int(400, 1500);
      specks(r, rng, black, 1, 3, 0);
      specks(r, rng, white, 1, 2, 255);
      return { buffer: await encodeG4Tiff(r, 200), ext: 'tif', dpi: 200, rotation: 0, params: { threshold: round(t), blackSpecks: black, whiteSpecks: white } };
    },
  },
  {
    name: 'fax-streaks',
    renderDpi: 200,
    prepare: faxHeader,
    degrade: async (r, rng) => {
      const t = faxScan(r, rng);
      const v = rng.int(1, 3);
      const h = rng.int(2, 6);
      const d = rng.int(4, 14);
      streaks(r, rng, v, h, d);
      specks(r, rng, rng.int(100, 400), 1, 2, 0);
      return { buffer: await encodeG4Tiff(r, 200), ext: 'tif', dpi: 200, rotation: 0, params: { threshold: round(t), vertical: v, horizontal: h, droppedLines: d } };
    },
  },
  {
    name: 'gray-gradient',
    renderDpi: 300,
    degrade: async (r, rng) => {
      const paper = rng.int(205, 235);
      const darkest = rng.range(0.55, 0.7);
      const q = rng.int(70, 80);
      tone(r, paper, rng.int(15, 45));
      gradient(r, rng, darkest, rng.range(0.05, 0.15));
      gaussianNoise(r, rng, rng.range(2, 5));
      return { buffer: await encodeJpeg(r, 300, q), ext: 'jpg', dpi: 300, rotation: 0, params: { paper, darkest: round(darkest), quality: q } };
    },
  },
  {
    name: 'low-contrast',
    renderDpi: 300,
    degrade: async (r, rng) => {
      const paper = rng.int(175, 205);
      const ink = rng.int(100, 130);
      const fade = rng.range(0.2, 0.45);
      const q = rng.int(75, 85);
      tone(r, paper, ink, smoothField(r.width, r.height, rng, 5), fade);
      gaussianNoise(r, rng, rng.range(2, 4));
      return { buffer: await encodeJpeg(r, 300, q), ext: 'jpg', dpi: 300, rotation: 0, params: { paper, ink, fade: round(fade), quality: q } };
    },
  },
  {
    name: 'jpeg-low',
    renderDpi: 300,
    degrade: async (r, rng) => {
      const q = rng.int(30, 50);
      tone(r, rng.int(232, 248), rng.int(10, 40));
      gaussianNoise(r, rng, rng.range(1.5, 3));
      return { buffer: await encodeJpeg(r, 300, q), ext: 'jpg', dpi: 300, rotation: 0, params: { quality: q } };
    },
  },
  {
    name: 'blur',
    renderDpi: 300,
    degrade: async (r, rng, _page, index) => {
      tone(r, rng.int(235, 250), rng.int(5, 30));
      let out: Raster;
      let params: Record<string, number | string>;
      if (index % 2 === 0) {
        const sigma = rng.range(1.6, 2.6);
        out = await gaussianBlur(r, sigma);
        params = { kind: 'gaussian', sigmaPx: round(sigma) };
      } else {
        const len = rng.int(7, 13);
        const ang = rng.range(0, Math.PI);
        out = await motionBlur(r, len, ang);
        params = { kind: 'motion', lengthPx: len, angleDeg: round((ang * 180) / Math.PI, 1) };
      }
      gaussianNoise(out, rng, 2);
      return { buffer: await encodeJpeg(out, 300, 85), ext: 'jpg', dpi: 300, rotation: 0, params };
    },
  },
  {
    name: 'skew',
    renderDpi: 300,
    degrade: async (r, rng, _page, index) => {
      // Stratified over the pages: page i draws from [1 + i mod 4, 2 + i mod 4] degrees, alternating direction.
      const angle = (1 + (index % 4) + rng.next()) * (index % 2 === 0 ? 1 : -1);
      const paper = rng.int(240, 252);
      tone(r, paper, rng.int(5, 25));
      const out = await rotate(r, angle, paper);
      return { buffer: encodeGreyPng(out, 300, 4), ext: 'png', dpi: 300, rotation: 0, params: { angleDeg: round(angle) } };
    },
  },
  rotationProfile(90),
  rotationProfile(180),
  rotationProfile(270),
  {
    name: 'dark-borders',
    renderDpi: 300,
    degrade: async (r, rng) => {
      tone(r, rng.int(236, 250), rng.int(5, 25));
      const out = scannerBorders(r, rng, 300);
      return { buffer: encodeGreyPng(out, 300, 4), ext: 'png', dpi: 300, rotation: 0, params: {} };
    },
  },
  {
    name: 'punch-holes',
    renderDpi: 300,
    degrade: async (r, rng) => {
      tone(r, rng.int(236, 250), rng.int(5, 25));
      inkOver(r, await renderOverlay(holesAndStapleSvg(rng, 300), r.width, r.height));
      return { buffer: encodeGreyPng(r, 300, 4), ext: 'png', dpi: 300, rotation: 0, params: {} };
    },
  },
  {
    name: 'stamps-handwriting',
    renderDpi: 300,
    degrade: async (r, rng, page) => {
      const ys = page.items.flatMap((it) => (it.kind === 'text' && it.y > 95 && it.y < 250 ? [it.y] : []));
      const rgb = greyToRgb(r, [rng.int(248, 255), rng.int(245, 252), rng.int(236, 248)]);
      const stamp = stampSvg(rng, 300, rng.range(70, 160), rng.range(45, 180));
      const stampLayer = await renderOverlay(stamp, r.width, r.height);
      inkTexture(stampLayer, rng);
      inkOver(rgb, stampLayer);
      inkOver(rgb, await renderOverlay(handwritingSvg(rng, 300, ys), r.width, r.height));
      gaussianNoise(rgb, rng, 2);
      return { buffer: await encodeJpeg(rgb, 300, 80), ext: 'jpg', dpi: 300, rotation: 0, params: {} };
    },
  },
  {
    name: 'photo-askew',
    renderDpi: 300,
    degrade: async (r, rng) => {
      const dpi = rng.int(150, 200);
      const q = rng.int(72, 82);
      const out = await photograph(r, rng, dpi / 300);
      return { buffer: await encodeJpeg(out, 72, q), ext: 'jpg', dpi, rotation: 0, params: { equivalentDpi: dpi, quality: q } };
    },
  },
];
