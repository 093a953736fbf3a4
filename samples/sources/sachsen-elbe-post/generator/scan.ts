/** Rasterising with pdftoppm and our own degradation code on raw pixels (via sharp). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import type { Rng } from './rng.js';

export type Profile =
  | 'text-pdf' | 'scan-gray-jpg' | 'scan-bilevel-png' | 'fax-g4-tiff' | 'skewed-jpg' | 'skewed-pdf'
  | 'rotated-png' | 'rotated-pdf' | 'phone-photo-jpg' | 'image-pdf' | 'gray-tiff';

export const SINGLE_ONLY: Profile[] = ['scan-gray-jpg', 'scan-bilevel-png', 'skewed-jpg', 'rotated-png', 'phone-photo-jpg'];

export function extOf(p: Profile): string {
  if (p.endsWith('-jpg')) return 'jpg';
  if (p.endsWith('-png')) return 'png';
  if (p.endsWith('tiff')) return 'tif';
  return 'pdf';
}

interface Gray { data: Buffer; w: number; h: number }

export function rasterize(pdf: Buffer, dpi: number, tmp: string): Gray[] {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const src = path.join(tmp, 'in.pdf');
  fs.writeFileSync(src, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-aa', 'yes', '-aaVector', 'yes', src, path.join(tmp, 'p')]);
  const files = fs.readdirSync(tmp).filter((f) => f.startsWith('p') && f.endsWith('.pgm')).sort();
  return files.map((f) => readPgm(fs.readFileSync(path.join(tmp, f))));
}

function readPgm(b: Buffer): Gray {
  // P5\n<w> <h>\n255\n<data>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (b[pos] === 0x20 || b[pos] === 0x0a || b[pos] === 0x0d || b[pos] === 0x09) pos++;
    let t = '';
    while (pos < b.length && b[pos] !== 0x20 && b[pos] !== 0x0a && b[pos] !== 0x0d && b[pos] !== 0x09) t += String.fromCharCode(b[pos++] ?? 0);
    tokens.push(t);
  }
  pos++;
  const w = Number(tokens[1]);
  const h = Number(tokens[2]);
  return { data: Buffer.from(b.subarray(pos, pos + w * h)), w, h };
}

// ---------------- pixel operations (own code) ----------------
function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** paper tone, ink contrast and sensor noise */
export function paperAndNoise(g: Gray, r: Rng, paper: number, sigma: number, ink = 0): void {
  const d = g.data;
  const scale = (paper - ink) / 255;
  for (let i = 0; i < d.length; i++) {
    const n = (r.next() + r.next() + r.next() - 1.5) * 2 * sigma;
    d[i] = clamp(ink + (d[i] ?? 0) * scale + n);
  }
}

/** uneven lighting: smooth multiplicative gradient */
export function unevenLight(g: Gray, r: Rng, strength: number): void {
  const cx = r.float(0, g.w), cy = r.float(0, g.h);
  const gx = r.float(-1, 1), gy = r.float(-1, 1);
  const diag = Math.hypot(g.w, g.h);
  for (let y = 0; y < g.h; y++) {
    for (let x = 0; x < g.w; x++) {
      const dist = Math.hypot(x - cx, y - cy) / diag;
      const lin = ((x / g.w - 0.5) * gx + (y / g.h - 0.5) * gy) * 0.5;
      const f = 1 - strength * (dist * 0.8 + lin);
      const i = y * g.w + x;
      g.data[i] = clamp((g.data[i] ?? 0) * f);
    }
  }
}

/** specks: small dark dots, some clusters */
export function specks(g: Gray, r: Rng, count: number, maxR: number): void {
  for (let k = 0; k < count; k++) {
    const x0 = r.int(0, g.w - 1), y0 = r.int(0, g.h - 1);
    const rad = r.float(0.6, maxR);
    const v = r.int(0, 90);
    for (let y = Math.floor(y0 - rad); y <= y0 + rad; y++) {
      for (let x = Math.floor(x0 - rad); x <= x0 + rad; x++) {
        if (x < 0 || y < 0 || x >= g.w || y >= g.h) continue;
        if ((x - x0) ** 2 + (y - y0) ** 2 <= rad * rad) g.data[y * g.w + x] = v;
      }
    }
  }
}

/** fax drop-outs: lost scan lines (white) and a few smeared (repeated) lines */
export function dropouts(g: Gray, r: Rng, lines: number): void {
  for (let k = 0; k < lines; k++) {
    const y = r.int(0, g.h - 3);
    const hgt = r.int(1, 2);
    const x0 = r.chance(0.5) ? 0 : r.int(0, g.w / 2);
    const x1 = r.chance(0.5) ? g.w : r.int(x0, g.w);
    const smear = r.chance(0.35);
    for (let yy = y; yy < y + hgt; yy++) {
      for (let x = x0; x < x1; x++) {
        g.data[yy * g.w + x] = smear && yy > 0 ? (g.data[(yy - 1) * g.w + x] ?? 255) : 255;
      }
    }
  }
}

/** toner drop-outs: random white holes in dark strokes */
export function erode(g: Gray, r: Rng, p: number): void {
  for (let i = 0; i < g.data.length; i++) if ((g.data[i] ?? 255) < 128 && r.next() < p) g.data[i] = 200;
}

// ---------------- geometry ----------------
/** run a sharp pipeline and always get one 8-bit channel back */
async function grayOut(img: Sharp): Promise<Gray> {
  const res = await img.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const n = res.info.width * res.info.height;
  return { data: res.info.channels === 1 ? res.data : firstChannel(res.data, res.info.channels, n), w: res.info.width, h: res.info.height };
}

function rawIn(g: Gray): Sharp {
  return sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } });
}

export async function rotateKeep(g: Gray, deg: number, bg = 255): Promise<Gray> {
  const rot = await sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } })
    .rotate(deg, { background: { r: bg, g: bg, b: bg } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const W = rot.info.width, H = rot.info.height;
  const left = Math.max(0, Math.floor((W - g.w) / 2)), top = Math.max(0, Math.floor((H - g.h) / 2));
  return grayOut(sharp(rot.data, { raw: { width: W, height: H, channels: rot.info.channels } }).extract({ left, top, width: g.w, height: g.h }));
}

function firstChannel(b: Buffer, ch: number, n: number): Buffer {
  const o = Buffer.alloc(n);
  for (let i = 0; i < n; i++) o[i] = b[i * ch] ?? 255;
  return o;
}

export async function rotateRight(g: Gray, deg: 90 | 180 | 270): Promise<Gray> {
  return grayOut(rawIn(g).rotate(deg));
}

export async function blur(g: Gray, sigma: number): Promise<Gray> {
  if (sigma < 0.3) return g;
  return grayOut(rawIn(g).blur(sigma));
}

/** solve the 8-parameter homography mapping (x,y) -> (u,v) for four point pairs */
function homography(src: [number, number][], dst: [number, number][]): number[] {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i] ?? [0, 0];
    const [u, v] = dst[i] ?? [0, 0];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let rr = c + 1; rr < 8; rr++) if (Math.abs(A[rr]?.[c] ?? 0) > Math.abs(A[p]?.[c] ?? 0)) p = rr;
    const tmp = A[c] as number[];
    A[c] = A[p] as number[];
    A[p] = tmp;
    const row = A[c] as number[];
    const piv = row[c] ?? 1;
    for (let k = c; k < 9; k++) row[k] = (row[k] ?? 0) / piv;
    for (let rr = 0; rr < 8; rr++) {
      if (rr === c) continue;
      const other = A[rr] as number[];
      const fct = other[c] ?? 0;
      for (let k = c; k < 9; k++) other[k] = (other[k] ?? 0) - fct * (row[k] ?? 0);
    }
  }
  return A.map((row) => row[8] ?? 0);
}

/** phone photo: page warped into a quad on a textured background, tinted RGB */
export async function phonePhoto(g: Gray, r: Rng): Promise<Buffer> {
  const W = Math.round(g.w * 1.12), H = Math.round(g.h * 1.1);
  const j = (s: number): number => r.float(-s, s);
  const mx = g.w * 0.04, my = g.h * 0.03;
  const quad: [number, number][] = [
    [(W - g.w) / 2 + j(mx), (H - g.h) / 2 + j(my)],
    [(W + g.w) / 2 + j(mx), (H - g.h) / 2 + j(my)],
    [(W + g.w) / 2 + j(mx), (H + g.h) / 2 + j(my)],
    [(W - g.w) / 2 + j(mx), (H + g.h) / 2 + j(my)],
  ];
  const pageCorners: [number, number][] = [[0, 0], [g.w, 0], [g.w, g.h], [0, g.h]];
  const Hm = homography(quad, pageCorners); // output -> page
  const [a, b, c, d, e, f, gg, hh] = Hm as [number, number, number, number, number, number, number, number];
  const tint = [r.float(0.96, 1.0), r.float(0.9, 0.97), r.float(0.78, 0.88)];
  const bgBase = r.pick([[92, 70, 52], [140, 138, 132], [60, 62, 70], [170, 150, 120]]);
  const out = Buffer.alloc(W * H * 3);
  const lx = r.float(0.2, 0.8) * W, ly = r.float(0.1, 0.5) * H;
  const diag = Math.hypot(W, H);
  const shade = r.float(0.25, 0.45);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = gg * x + hh * y + 1;
      const u = (a * x + b * y + c) / den;
      const v = (d * x + e * y + f) / den;
      const light = 1 - shade * (Math.hypot(x - lx, y - ly) / diag);
      const o = (y * W + x) * 3;
      if (u >= 0 && v >= 0 && u < g.w - 1 && v < g.h - 1) {
        const x0 = Math.floor(u), y0 = Math.floor(v);
        const fx = u - x0, fy = v - y0;
        const i0 = y0 * g.w + x0;
        const p = (g.data[i0] ?? 255) * (1 - fx) * (1 - fy) + (g.data[i0 + 1] ?? 255) * fx * (1 - fy) + (g.data[i0 + g.w] ?? 255) * (1 - fx) * fy + (g.data[i0 + g.w + 1] ?? 255) * fx * fy;
        for (let ch = 0; ch < 3; ch++) out[o + ch] = clamp(p * (tint[ch] ?? 1) * light + (r.next() - 0.5) * 10);
      } else {
        const grain = Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3) * 8;
        for (let ch = 0; ch < 3; ch++) out[o + ch] = clamp(((bgBase[ch] ?? 100) + grain) * light + (r.next() - 0.5) * 14);
      }
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(r.float(0.7, 1.3)).jpeg({ quality: 74, mozjpeg: true }).toBuffer();
}

// ---------------- encoders ----------------
export async function grayJpeg(g: Gray, q: number, dpi: number): Promise<Buffer> {
  return sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } }).withMetadata({ density: dpi }).jpeg({ quality: q, mozjpeg: true }).toBuffer();
}

export async function bilevelPng(g: Gray, thr: number, dpi: number): Promise<Buffer> {
  return sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } }).threshold(thr).withMetadata({ density: dpi }).png({ palette: true, colours: 2, compressionLevel: 9 }).toBuffer();
}

export async function g4Tiff(pages: Gray[], thr: number, dpi: number): Promise<Buffer> {
  const pngs = await Promise.all(pages.map((g) => sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } }).threshold(thr).png().toBuffer()));
  const input = pngs.length === 1 ? pngs[0] as Buffer : pngs;
  const img = Array.isArray(input) ? sharp(input, { join: { animated: true } }) : sharp(input);
  return img.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpi / 25.4, yres: dpi / 25.4 }).toBuffer();
}

export async function grayTiff(pages: Gray[], dpi: number): Promise<Buffer> {
  const pngs = await Promise.all(pages.map((g) => sharp(g.data, { raw: { width: g.w, height: g.h, channels: 1 } }).png().toBuffer()));
  const img = pngs.length === 1 ? sharp(pngs[0] as Buffer) : sharp(pngs, { join: { animated: true } });
  return img.toColourspace('b-w').tiff({ compression: 'jpeg', quality: 70, xres: dpi / 25.4, yres: dpi / 25.4 }).toBuffer();
}

export async function imagePdf(jpegs: { buf: Buffer; w: number; h: number; dpi: number }[], date: Date, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Producer: 'Scan', Creator: 'Scan', CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on('end', () => res()));
  for (const j of jpegs) {
    const pw = (j.w / j.dpi) * 72, ph = (j.h / j.dpi) * 72;
    doc.addPage({ size: [pw, ph], margin: 0 });
    doc.image(j.buf, 0, 0, { width: pw, height: ph });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
