import sharp, { type Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Rng } from './rng.js';

export interface Gray { data: Uint8Array; width: number; height: number }

/** Rasterise a PDF with poppler's pdftoppm into greyscale pages. */
export async function rasterize(pdf: Buffer, dpi: number): Promise<Gray[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rhc-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', file, path.join(dir, 'p')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
    const out: Gray[] = [];
    for (const p of pages) {
      const { data, info } = await sharp(readFileSync(path.join(dir, p))).greyscale().raw().toBuffer({ resolveWithObject: true });
      out.push({ data: new Uint8Array(data), width: info.width, height: info.height });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Paper tone, slight unevenness and dust. */
export function paper(img: Gray, rng: Rng, o: { tone: number; dust: number; noise: number }): Gray {
  const { width: w, height: h } = img;
  const d = new Uint8Array(img.data);
  const gx = rng.float(-0.04, 0.04);
  const gy = rng.float(-0.04, 0.04);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const shade = o.tone + gx * (x / w - 0.5) + gy * (y / h - 0.5);
      const n = o.noise > 0 ? (rng.next() - 0.5) * o.noise : 0;
      const v = (d[i] ?? 255) * shade + n;
      d[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  const specks = Math.round(o.dust * (w * h) / 1e6);
  for (let k = 0; k < specks; k++) {
    const cx = rng.int(0, w - 1); const cy = rng.int(0, h - 1); const r = rng.int(0, 2);
    const val = rng.int(20, 120);
    for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if (x >= 0 && y >= 0 && x < w && y < h) d[y * w + x] = val;
  }
  return { data: d, width: w, height: h };
}

/** Bilevel fax look: threshold with noise, speckle, a few streaks. Returns 0/255 gray. */
export function faxify(img: Gray, rng: Rng): Gray {
  const { width: w, height: h } = img;
  const d = new Uint8Array(w * h);
  const thr = rng.int(135, 170);
  for (let i = 0; i < w * h; i++) d[i] = (img.data[i] ?? 255) + (rng.next() - 0.5) * 70 < thr ? 0 : 255;
  const specks = Math.round((w * h) / 1e6 * rng.int(150, 400));
  for (let k = 0; k < specks; k++) d[rng.int(0, w * h - 1)] = 0;
  const streaks = rng.int(1, 3);
  for (let k = 0; k < streaks; k++) {
    if (rng.chance(0.5)) { const x = rng.int(30, w - 30); for (let y = 0; y < h; y++) if (rng.next() < 0.7) d[y * w + x] = 0; }
    else { const y = rng.int(100, h - 100); for (let x = 0; x < w; x++) d[y * w + x] = 255; }
  }
  return { data: d, width: w, height: h };
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    const tmp = m[c]; m[c] = m[p] ?? []; m[p] = tmp ?? [];
    const pr = m[c] ?? [];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] ?? [];
      const f = (row[c] ?? 0) / (pr[c] ?? 1);
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0);
    }
  }
  return m.map((r, i) => (r[n] ?? 0) / (r[i] ?? 1));
}

/** Phone photo: perspective onto a desk, uneven light, a shadow, warm tint. Returns RGB raw. */
export function photo(img: Gray, rng: Rng): { data: Uint8Array; width: number; height: number } {
  const W = Math.round(img.width * 1.18); const H = Math.round(img.height * 1.12);
  const j = (): number => rng.float(-0.035, 0.035);
  const dst: [number, number][] = [
    [W * (0.07 + j()), H * (0.05 + j())], [W * (0.93 + j()), H * (0.06 + j())],
    [W * (0.95 + j()), H * (0.95 + j())], [W * (0.05 + j()), H * (0.94 + j())],
  ];
  const src: [number, number][] = [[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]];
  const A: number[][] = []; const B: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i] ?? [0, 0]; const [u, v] = src[i] ?? [0, 0];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]); B.push(v);
  }
  const [a, b, c, d, e, f, g, hh] = solve(A, B) as [number, number, number, number, number, number, number, number];
  const out = new Uint8Array(W * H * 3);
  const desk = rng.pick([[120, 92, 64], [88, 88, 92], [150, 140, 125]] as const);
  const lx = rng.float(0.2, 0.8) * W; const ly = rng.float(0.1, 0.5) * H;
  const shadowX = rng.float(0.55, 0.8) * W; const shadowSoft = W * 0.08;
  const sw = img.width;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = g * x + hh * y + 1;
      const u = (a * x + b * y + c) / den; const v = (d * x + e * y + f) / den;
      const dist = Math.hypot(x - lx, y - ly) / Math.hypot(W, H);
      let light = 1.05 - dist * 0.55;
      const sh = (x - shadowX) / shadowSoft;
      if (sh > 0) light *= 1 - 0.28 * Math.min(1, sh);
      let r: number; let gg: number; let bb: number;
      if (u >= 0 && v >= 0 && u < sw - 1 && v < img.height - 1) {
        const x0 = Math.floor(u); const y0 = Math.floor(v); const fx = u - x0; const fy = v - y0;
        const p = (yy: number, xx: number): number => img.data[yy * sw + xx] ?? 255;
        const val = (p(y0, x0) * (1 - fx) + p(y0, x0 + 1) * fx) * (1 - fy) + (p(y0 + 1, x0) * (1 - fx) + p(y0 + 1, x0 + 1) * fx) * fy;
        r = val * 0.98; gg = val * 0.95; bb = val * 0.86;
      } else {
        const n = (rng.next() - 0.5) * 18;
        r = desk[0] + n; gg = desk[1] + n; bb = desk[2] + n;
      }
      const o = (y * W + x) * 3;
      out[o] = Math.max(0, Math.min(255, r * light)); out[o + 1] = Math.max(0, Math.min(255, gg * light)); out[o + 2] = Math.max(0, Math.min(255, bb * light));
    }
  }
  return { data: out, width: W, height: H };
}

export function graySharp(img: Gray): Sharp {
  return sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } });
}

/** Multi-page G4 TIFF from bilevel pages of the same size. */
export async function g4Tiff(pages: Gray[], dpi: number): Promise<Buffer> {
  const bufs = await Promise.all(pages.map((p) => graySharp(p).png().toBuffer()));
  const first = pages[0];
  if (!first) throw new Error('no pages');
  const s = bufs.length === 1 ? sharp(bufs[0]) : sharp(bufs, { join: { animated: true } });
  return s.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' }).toBuffer();
}

/** Image-only PDF from JPEG pages (A4). */
export async function imagePdf(jpegs: Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: 'Scan', Producer: 'Scanner', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  for (const j of jpegs) {
    const meta = await sharp(j).metadata();
    const landscape = (meta.width ?? 1) > (meta.height ?? 1);
    doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 0 });
    doc.image(j, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
