/**
 * Scan profiles: overlays drawn before rasterising (inbox stamp, handwritten note, fax header),
 * then pdftoppm and an own degradation pass on raw pixels, encoded with sharp.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { Rng } from './rng.js';
import { MM, PAGE_H, PAGE_W, fontFor, measure, textBoxes, type FontKey, type PageModel, type TextItem } from './sheet.js';
import { fmtDate } from './fmt.js';
import { imagePdf, renderPdf, type PdfMeta } from './pdf.js';
import { FACHSTELLE } from './data.js';

export const PROFILES = ['text-pdf', 'gray-jpg', 'bilevel-png', 'fax-tiff', 'skewed-scan', 'rotated-scan', 'phone-photo', 'image-pdf', 'gray-tiff'] as const;
export type Profile = (typeof PROFILES)[number];
export const PROFILE_WEIGHTS: Record<Profile, number> = {
  'text-pdf': 62, 'gray-jpg': 13, 'bilevel-png': 12, 'fax-tiff': 17, 'skewed-scan': 14, 'rotated-scan': 11, 'phone-photo': 12, 'image-pdf': 14, 'gray-tiff': 12,
};
export const SINGLE_PAGE_ONLY: readonly Profile[] = ['gray-jpg', 'bilevel-png', 'phone-photo'];

export function extensionFor(p: Profile, pages: number): string {
  switch (p) {
    case 'text-pdf': case 'image-pdf': return 'pdf';
    case 'gray-jpg': case 'phone-photo': return 'jpg';
    case 'bilevel-png': return 'png';
    case 'fax-tiff': case 'gray-tiff': return 'tif';
    case 'skewed-scan': return pages === 1 ? 'png' : 'pdf';
    case 'rotated-scan': return pages === 1 ? 'jpg' : 'pdf';
  }
}

// ------------------------------------------------------------------ overlays
function overlaps(a: [number, number, number, number], b: [number, number, number, number]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}
function freeSpot(p: PageModel, w: number, h: number, pref: [number, number], rng: Rng, taken: [number, number, number, number][]): [number, number] {
  const boxes = [...textBoxes(p), ...taken].map((b) => [b[0] - 4, b[1] - 4, b[2] + 4, b[3] + 4] as [number, number, number, number]);
  const cands: { x: number; y: number; cost: number }[] = [];
  for (let y = 8 * MM; y + h < PAGE_H - 8 * MM; y += 9) {
    for (let x = 8 * MM; x + w < PAGE_W - 6 * MM; x += 9) {
      const r: [number, number, number, number] = [x, y, x + w, y + h];
      let ov = 0;
      for (const b of boxes) ov += overlaps(r, b);
      const dist = Math.hypot(x - pref[0], y - pref[1]);
      cands.push({ x, y, cost: ov * 50 + dist });
    }
  }
  cands.sort((a, b) => a.cost - b.cost);
  const best = cands.slice(0, 6);
  const c = rng.pick(best);
  return [c.x, c.y];
}
const STAMP_MONTHS = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];
function stampDate(iso: string, style: number): string {
  if (style === 0) return `${iso.slice(8, 10)}. ${STAMP_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  if (style === 1) return fmtDate(iso, 'num');
  return `${iso.slice(8, 10)} ${STAMP_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(2, 4)}`;
}
function textItem(x: number, y: number, text: string, font: FontKey, size: number, color: string, rotate: number): TextItem {
  const f = fontFor(text, font);
  return { kind: 'text', x, y, text, font: f, size, color, width: measure(text, f, size), overlay: true, rotate };
}

export interface OverlayPlan { stamp: boolean; notePage: number | null; fax: { date: string; time: string; number: string; sender: string } | null }

export function addOverlays(pages: PageModel[], arrival: string, plan: OverlayPlan, rng: Rng): PageModel[] {
  const out = pages.map((p) => ({ items: [...p.items] }));
  const taken: [number, number, number, number][][] = out.map(() => []);
  if (plan.fax) {
    const f = plan.fax;
    out.forEach((p, i) => {
      const t = `${fmtDate(f.date, 'num')} ${f.time}   ${f.number}   ${f.sender}   S. ${String(i + 1).padStart(2, '0')}/${String(out.length).padStart(2, '0')}`;
      p.items.push(textItem(6 * MM, 3 * MM, t, 'mono', 7, '#000000', 0));
    });
  }
  if (plan.stamp) {
    const p = out[0] as PageModel;
    const color = rng.pick(['#b3202a', '#1c3c8c', '#6a1b9a']);
    const style = rng.int(0, 2);
    const lines = [rng.pick(['EINGEGANGEN', 'Eingang', 'EINGANG']), stampDate(arrival, style), rng.pick([FACHSTELLE.name, 'Fachstelle Wohnungssicherung', 'FWS – Posteingang'])];
    const w = Math.max(...lines.map((l, i) => measure(l, i === 1 ? 'monoB' : 'sansB', i === 1 ? 12 : 8))) + 14;
    const h = 50;
    const [x, y] = freeSpot(p, w, h, [125 * MM, 20 * MM], rng, taken[0] as [number, number, number, number][]);
    const rot = rng.float(-7, 7);
    p.items.push({ kind: 'rect', x, y, w, h, lw: 1.6, stroke: color, rotate: rot, cx: x, cy: y });
    p.items.push(textItem(x + 7, y + 5, lines[0] as string, 'sansB', 9, color, rot));
    p.items.push(textItem(x + 7, y + 18, lines[1] as string, 'monoB', 12, color, rot));
    p.items.push(textItem(x + 7, y + 35, lines[2] as string, 'sansB', 8, color, rot));
    // rotated around (x, y): keep the text items rotating around the box corner
    for (const it of p.items.slice(-3)) if (it.kind === 'text') it.rotate = rot;
    (taken[0] as [number, number, number, number][]).push([x - 10, y - 10, x + w + 10, y + h + 10]);
    // pdfkit rotates each item around its own origin; shift items so they stay inside the tilted box
    const rad = (rot * Math.PI) / 180;
    for (const it of p.items.slice(-3)) {
      if (it.kind !== 'text') continue;
      const dx = it.x - x, dy = it.y - y;
      it.x = x + dx * Math.cos(rad) - dy * Math.sin(rad);
      it.y = y + dx * Math.sin(rad) + dy * Math.cos(rad);
    }
  }
  if (plan.notePage !== null) {
    const idx = Math.min(plan.notePage, out.length - 1);
    const p = out[idx] as PageModel;
    const note = rng.pick(['z.d.A.', 'eilt! Termin prüfen', 'bitte HB anbieten', 'Rückruf JC', 'WV 10 Tage', 'Hausbesuch?', 'an Team Ost', 'Kopie Akte', 'Fr. M. bitte übernehmen', 'Schonfrist beachten!', 'Vermieter anrufen', 'erl.', 'neu anlegen', 'bekannt – Akte 2023']);
    const font: FontKey = rng.chance(0.5) ? 'hand' : 'hand2';
    const size = rng.float(13, 17);
    const w = measure(note, font, size) + 6;
    const [x, y] = freeSpot(p, w, size * 1.5, [rng.float(30, 120) * MM, rng.float(220, 265) * MM], rng, taken[idx] as [number, number, number, number][]);
    p.items.push(textItem(x, y, note, font, size, rng.pick(['#1a2f8f', '#222222', '#0b4f9e']), rng.float(-5, 5)));
  }
  return out;
}

// ------------------------------------------------------------------ raster helpers
interface Raw { data: Buffer; w: number; h: number; ch: 1 | 3 }

let tmpRoot: string | null = null;
function tmpDir(): string {
  if (!tmpRoot) tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tsp-gen-'));
  return tmpRoot;
}
export function cleanupTmp(): void {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
  tmpRoot = null;
}

async function rasterize(pdf: Buffer, dpi: number, color: boolean): Promise<Raw[]> {
  const dir = fs.mkdtempSync(path.join(tmpDir(), 'r-'));
  const inp = path.join(dir, 'in.pdf');
  fs.writeFileSync(inp, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), ...(color ? [] : ['-gray']), '-png', inp, path.join(dir, 'p')]);
  const files = fs.readdirSync(dir).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
  const out: Raw[] = [];
  for (const f of files) {
    const img = sharp(path.join(dir, f)).removeAlpha();
    const { data, info } = color ? await img.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true }) : await img.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    out.push({ data, w: info.width, h: info.height, ch: color ? 3 : 1 });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** paper tone, uneven illumination, sensor noise (gray) */
function paper(r: Raw, rng: Rng, o: { tone: number; noise: number; grad: number }): void {
  const { data, w, h } = r;
  const gx = rng.float(-1, 1) * o.grad, gy = rng.float(-1, 1) * o.grad;
  let seed = (rng.next() * 4294967296) >>> 0;
  for (let y = 0; y < h; y++) {
    const rowShift = gy * (y / h - 0.5);
    for (let x = 0; x < w; x++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const n = ((seed >>> 24) / 255 - 0.5) * 2 * o.noise;
      const i = y * w + x;
      const v = (data[i] as number) * (o.tone / 255) + rowShift + gx * (x / w - 0.5) + n;
      data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
}
function specks(r: Raw, rng: Rng, count: number, maxR: number, value = 20): void {
  const { data, w, h } = r;
  for (let k = 0; k < count; k++) {
    const cx = rng.int(0, w - 1), cy = rng.int(0, h - 1), rad = rng.float(0.6, maxR);
    for (let y = Math.max(0, Math.floor(cy - rad)); y <= Math.min(h - 1, Math.ceil(cy + rad)); y++) {
      for (let x = Math.max(0, Math.floor(cx - rad)); x <= Math.min(w - 1, Math.ceil(cx + rad)); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) data[y * w + x] = value;
      }
    }
  }
}
function threshold(r: Raw, rng: Rng, t: number, jitter: number): void {
  const { data } = r;
  let seed = (rng.next() * 4294967296) >>> 0;
  for (let i = 0; i < data.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = ((seed >>> 24) / 255 - 0.5) * 2 * jitter;
    data[i] = (data[i] as number) < t + j ? 0 : 255;
  }
}
/** fax drop-outs: horizontal bands where black pixels fade, and a thin vertical streak */
function dropouts(r: Raw, rng: Rng): void {
  const { data, w, h } = r;
  const bands = rng.int(2, 6);
  for (let b = 0; b < bands; b++) {
    const y0 = rng.int(0, h - 8), bh = rng.int(1, 5);
    for (let y = y0; y < Math.min(h, y0 + bh); y++) for (let x = 0; x < w; x++) if (rng.chance(0.55)) data[y * w + x] = 255;
  }
  if (rng.chance(0.5)) {
    const x0 = rng.int(40, w - 40);
    for (let y = 0; y < h; y++) if (rng.chance(0.7)) data[y * w + x0] = 0;
  }
}
async function rawOut(img: Sharp, ch: 1 | 3): Promise<Raw> {
  const { data, info } = await img.toColourspace(ch === 1 ? 'b-w' : 'srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== ch) throw new Error(`expected ${ch} channels, got ${info.channels}`);
  return { data, w: info.width, h: info.height, ch };
}
async function gaussBlur(r: Raw, sigma: number): Promise<Raw> {
  return rawOut(toSharp(r).blur(sigma), r.ch);
}
async function rotateRaw(r: Raw, angle: number, bg: number, keepSize: boolean): Promise<Raw> {
  let out = await rawOut(toSharp(r).rotate(angle, { background: { r: bg, g: bg, b: bg } }), r.ch);
  if (keepSize && (out.w !== r.w || out.h !== r.h)) {
    const left = Math.floor((out.w - r.w) / 2), top = Math.floor((out.h - r.h) / 2);
    out = await rawOut(toSharp(out).extract({ left, top, width: r.w, height: r.h }), r.ch);
  }
  return out;
}
function toSharp(r: Raw): Sharp {
  const img = sharp(r.data, { raw: { width: r.w, height: r.h, channels: r.ch } });
  return r.ch === 1 ? img.toColourspace('b-w') : img;
}

/** solve the 3x3 homography mapping four dst points to four src points */
function homography(dst: [number, number][], src: [number, number][]): number[] {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i] as [number, number];
    const [u, v] = src[i] as [number, number];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let piv = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs((A[r] as number[])[c] as number) > Math.abs((A[piv] as number[])[c] as number)) piv = r;
    [A[c], A[piv]] = [A[piv] as number[], A[c] as number[]];
    const rowC = A[c] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const row = A[r] as number[];
      const f = (row[c] as number) / (rowC[c] as number);
      for (let k = c; k < 9; k++) row[k] = (row[k] as number) - f * (rowC[k] as number);
    }
  }
  const hcoef = A.map((row, i) => (row[8] as number) / (row[i] as number));
  return [...hcoef, 1];
}

async function phonePhoto(page: Raw, rng: Rng): Promise<Buffer> {
  const W = Math.round(page.w * 1.12), H = Math.round(page.h * 1.1);
  const out = Buffer.alloc(W * H * 3);
  const j = (): number => rng.float(-0.035, 0.035);
  const dst: [number, number][] = [
    [W * (0.05 + j()), H * (0.045 + j())], [W * (0.95 + j()), H * (0.04 + j())],
    [W * (0.955 + j()), H * (0.955 + j())], [W * (0.045 + j()), H * (0.96 + j())],
  ];
  const src: [number, number][] = [[0, 0], [page.w - 1, 0], [page.w - 1, page.h - 1], [0, page.h - 1]];
  const Hm = homography(dst, src);
  const bgBase = rng.pick([[96, 74, 52], [128, 128, 124], [60, 62, 70], [150, 120, 90]] as const);
  const tint = rng.pick([[1.0, 0.96, 0.86], [0.97, 0.98, 1.0], [1.0, 0.93, 0.8]] as const);
  const lx = rng.float(0.2, 0.8), ly = rng.float(0.1, 0.6), fall = rng.float(0.25, 0.45);
  let seed = (rng.next() * 4294967296) >>> 0;
  const pd = page.data, pw = page.w, ph = page.h;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = (Hm[6] as number) * x + (Hm[7] as number) * y + 1;
      const u = ((Hm[0] as number) * x + (Hm[1] as number) * y + (Hm[2] as number)) / den;
      const v = ((Hm[3] as number) * x + (Hm[4] as number) * y + (Hm[5] as number)) / den;
      const light = 1 - fall * Math.hypot(x / W - lx, y / H - ly);
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const n = ((seed >>> 24) / 255 - 0.5) * 10;
      const o = (y * W + x) * 3;
      if (u >= 0 && v >= 0 && u < pw - 1 && v < ph - 1) {
        const x0 = Math.floor(u), y0 = Math.floor(v), fx = u - x0, fy = v - y0;
        for (let c = 0; c < 3; c++) {
          const i00 = (y0 * pw + x0) * 3 + c;
          const a = (pd[i00] as number) * (1 - fx) + (pd[i00 + 3] as number) * fx;
          const b = (pd[i00 + pw * 3] as number) * (1 - fx) + (pd[i00 + pw * 3 + 3] as number) * fx;
          const val = (a * (1 - fy) + b * fy) * (tint[c] as number) * light * 0.97 + n;
          out[o + c] = val < 0 ? 0 : val > 255 ? 255 : val;
        }
      } else {
        for (let c = 0; c < 3; c++) {
          const val = (bgBase[c] as number) * (light * 0.9) + n * 2;
          out[o + c] = val < 0 ? 0 : val > 255 ? 255 : val;
        }
      }
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(rng.float(0.6, 1.1)).jpeg({ quality: 80, chromaSubsampling: '4:2:0' }).toBuffer();
}

// ------------------------------------------------------------------ profiles
export interface Produced { buffer: Buffer; pages: number }

export async function produce(profile: Profile, pages: PageModel[], meta: PdfMeta, rng: Rng): Promise<Produced> {
  const pdf = await renderPdf(pages, meta);
  const n = pages.length;
  switch (profile) {
    case 'text-pdf':
      return { buffer: pdf, pages: n };
    case 'gray-jpg': {
      const [r] = await rasterize(pdf, 300, false);
      const p = r as Raw;
      paper(p, rng, { tone: rng.float(238, 250), noise: rng.float(2, 4), grad: rng.float(4, 12) });
      specks(p, rng, rng.int(5, 25), 2.2, 60);
      const b = await gaussBlur(p, 0.55);
      return { buffer: await toSharp(b).withMetadata({ density: 300 }).jpeg({ quality: rng.int(55, 68) }).toBuffer(), pages: 1 };
    }
    case 'bilevel-png': {
      const [r] = await rasterize(pdf, 300, false);
      const p = await gaussBlur(r as Raw, 0.7);
      threshold(p, rng, rng.int(150, 185), 30);
      specks(p, rng, rng.int(20, 70), 2.5, 0);
      return { buffer: await toSharp(p).withMetadata({ density: 300 }).png({ palette: true, colours: 2, compressionLevel: 9, dither: 0 }).toBuffer(), pages: 1 };
    }
    case 'fax-tiff': {
      const rs = await rasterize(pdf, 200, false);
      const w = (rs[0] as Raw).w, h = (rs[0] as Raw).h;
      const all = Buffer.alloc(w * h * rs.length);
      for (let i = 0; i < rs.length; i++) {
        let p = rs[i] as Raw;
        if (rng.chance(0.5)) p = await rotateRaw(p, rng.float(-1.2, 1.2), 255, true);
        threshold(p, rng, rng.int(140, 180), 40);
        specks(p, rng, rng.int(40, 140), 1.8, 0);
        dropouts(p, rng);
        p.data.copy(all, i * w * h);
      }
      const buf = await sharp(all, { raw: { width: w, height: h * rs.length, channels: 1, pageHeight: h } }).toColourspace('b-w')
        .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4, miniswhite: true }).toBuffer();
      return { buffer: buf, pages: rs.length };
    }
    case 'gray-tiff': {
      const rs = await rasterize(pdf, 200, false);
      const w = (rs[0] as Raw).w, h = (rs[0] as Raw).h;
      const all = Buffer.alloc(w * h * rs.length);
      for (let i = 0; i < rs.length; i++) {
        const p = rs[i] as Raw;
        paper(p, rng, { tone: rng.float(232, 248), noise: rng.float(2, 4), grad: rng.float(4, 14) });
        specks(p, rng, rng.int(5, 30), 1.8, 70);
        p.data.copy(all, i * w * h);
      }
      const buf = await sharp(all, { raw: { width: w, height: h * rs.length, channels: 1, pageHeight: h } })
        .tiff({ compression: 'jpeg', quality: 55, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
      return { buffer: buf, pages: rs.length };
    }
    case 'image-pdf':
    case 'skewed-scan':
    case 'rotated-scan': {
      const dpi = profile === 'image-pdf' ? 200 : n === 1 ? 300 : 200;
      const rs = await rasterize(pdf, dpi, false);
      const rot = rng.pick([90, 180, 270]);
      const imgs: { jpeg: Buffer; w: number; h: number; dpi: number }[] = [];
      for (const r0 of rs) {
        let p = r0;
        paper(p, rng, { tone: rng.float(236, 250), noise: rng.float(2, 3.5), grad: rng.float(3, 10) });
        specks(p, rng, rng.int(4, 20), 1.8, 60);
        if (profile === 'skewed-scan') p = await rotateRaw(p, (rng.chance(0.5) ? 1 : -1) * rng.float(1, 4), 235, false);
        if (profile === 'rotated-scan') p = await rotateRaw(p, rot, 240, false);
        if (profile === 'skewed-scan' && n === 1) {
          threshold(p, rng, rng.int(150, 180), 24);
          return { buffer: await toSharp(p).withMetadata({ density: 300 }).png({ palette: true, colours: 2, compressionLevel: 9, dither: 0 }).toBuffer(), pages: 1 };
        }
        if (profile === 'rotated-scan' && n === 1) {
          return { buffer: await toSharp(p).withMetadata({ density: 300 }).jpeg({ quality: rng.int(55, 65) }).toBuffer(), pages: 1 };
        }
        imgs.push({ jpeg: await toSharp(p).jpeg({ quality: rng.int(50, 62) }).toBuffer(), w: p.w, h: p.h, dpi });
      }
      return { buffer: await imagePdf(imgs, { ...meta, producer: 'Scan-Station PS-3 (Fachstelle)' }), pages: imgs.length };
    }
    case 'phone-photo': {
      const [r] = await rasterize(pdf, 150, true);
      return { buffer: await phonePhoto(r as Raw, rng), pages: 1 };
    }
  }
}
