/** Rasterising and scan/fax/photo degradation. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import sharp from 'sharp';
type SharpT = ReturnType<typeof sharp>;
import type { Rng } from './rng.js';
import { renderPdf } from './page.js';

export interface Gray { w: number; h: number; d: Uint8ClampedArray }

let tmpCounter = 0;
export function rasterize(pdf: Buffer, pages: number, dpi: number): Gray[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swp-'));
  const src = path.join(dir, `in${tmpCounter++}.pdf`);
  fs.writeFileSync(src, pdf);
  const out: Gray[] = [];
  for (let p = 1; p <= pages; p++) {
    const base = path.join(dir, `p${p}`);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(p), '-l', String(p), '-singlefile', src, base]);
    const pgm = fs.readFileSync(`${base}.pgm`);
    out.push(parsePgm(pgm));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
function parsePgm(b: Buffer): Gray {
  // P5\n<w> <h>\n255\n<data>
  let pos = 0;
  const tok = (): string => {
    while (b[pos] === 0x20 || b[pos] === 0x0a || b[pos] === 0x0d || b[pos] === 0x09) pos++;
    if (b[pos] === 0x23) { while (b[pos] !== 0x0a) pos++; return tok(); }
    let s = '';
    while (pos < b.length && !(b[pos] === 0x20 || b[pos] === 0x0a || b[pos] === 0x0d || b[pos] === 0x09)) s += String.fromCharCode(b[pos++] as number);
    return s;
  };
  const magic = tok();
  if (magic !== 'P5') throw new Error('expected P5 pgm');
  const w = Number(tok()), h = Number(tok());
  tok();
  pos++;
  return { w, h, d: new Uint8ClampedArray(b.subarray(pos, pos + w * h)) };
}

function paperTone(g: Gray, rng: Rng, white: number, contrast = 1): void {
  const d = g.d;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] as number;
    d[i] = white - ((255 - v) * contrast * white) / 255;
  }
}
function specks(g: Gray, rng: Rng, n: number, maxR = 2): void {
  for (let k = 0; k < n; k++) {
    const cx = rng.int(0, g.w - 1), cy = rng.int(0, g.h - 1), r = rng.float(0.5, maxR), v = rng.int(30, 150);
    for (let y = Math.floor(cy - r); y <= cy + r; y++) for (let x = Math.floor(cx - r); x <= cx + r; x++) {
      if (x < 0 || y < 0 || x >= g.w || y >= g.h) continue;
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) g.d[y * g.w + x] = Math.min(g.d[y * g.w + x] as number, v);
    }
  }
}
function toSharp(g: Gray): SharpT {
  return sharp(Buffer.from(g.d.buffer, g.d.byteOffset, g.d.length), { raw: { width: g.w, height: g.h, channels: 1 } });
}

async function bilevelPage(g: Gray, rng: Rng, o: { saltPepper: boolean; streaks: boolean; dropped: boolean }): Promise<Buffer> {
  const thr = rng.int(145, 185);
  const d = g.d;
  for (let i = 0; i < d.length; i++) {
    const v = (d[i] as number) + (rng.next() - 0.5) * 60;
    d[i] = v < thr ? 0 : 255;
  }
  if (o.saltPepper) {
    const n = Math.floor(d.length * rng.float(0.0004, 0.0018));
    for (let k = 0; k < n; k++) d[rng.int(0, d.length - 1)] = rng.chance(0.75) ? 0 : 255;
  }
  if (o.streaks) {
    const nv = rng.int(1, 2);
    for (let k = 0; k < nv; k++) {
      const x = rng.int(Math.floor(g.w * 0.1), Math.floor(g.w * 0.9)), wdt = rng.int(1, 2), y0 = rng.int(0, Math.floor(g.h / 3)), y1 = rng.int(Math.floor(g.h / 2), g.h - 1);
      for (let y = y0; y < y1; y++) if (rng.next() < 0.92) for (let dx = 0; dx < wdt; dx++) d[y * g.w + x + dx] = 0;
    }
    if (rng.chance(0.5)) {
      const y = rng.int(Math.floor(g.h * 0.2), Math.floor(g.h * 0.9));
      for (let x = 0; x < g.w; x++) if (rng.next() < 0.85) d[y * g.w + x] = 0;
    }
  }
  if (o.dropped) {
    const n = rng.int(3, 9);
    for (let k = 0; k < n; k++) {
      const y = rng.int(Math.floor(g.h * 0.08), g.h - 4), hgt = rng.int(1, 3), white = rng.chance(0.5);
      for (let yy = y; yy < y + hgt; yy++) for (let x = 0; x < g.w; x++) d[yy * g.w + x] = white ? 255 : (d[(y - 1) * g.w + x] as number);
    }
  }
  return toSharp(g).png().toBuffer();
}

async function tiffG4(pngs: Buffer[], dpi: number): Promise<Buffer> {
  const opts = { compression: 'ccittfax4' as const, bitdepth: 1 as const, xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' as const };
  if (pngs.length === 1) return sharp(pngs[0]).toColourspace('b-w').tiff(opts).toBuffer();
  return sharp(pngs, { join: { animated: true } }).toColourspace('b-w').tiff(opts).toBuffer();
}

export interface ScanOut { ext: string; data: Buffer }

export async function scan300(pdf: Buffer, pages: number, rng: Rng): Promise<ScanOut> {
  const [g] = rasterize(pdf, pages, 300);
  if (!g) throw new Error('no page');
  paperTone(g, rng, rng.int(236, 246), rng.float(0.9, 1));
  specks(g, rng, rng.int(30, 220), 2.2);
  const s = toSharp(g).blur(rng.float(0.55, 0.9)).withMetadata({ density: 300 });
  if (rng.chance(0.65)) return { ext: 'jpg', data: await s.jpeg({ quality: rng.int(72, 84) }).toBuffer() };
  return { ext: 'png', data: await s.png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer() };
}

export async function fax200(pdf: Buffer, pages: number, rng: Rng): Promise<ScanOut> {
  const gs = rasterize(pdf, pages, 200);
  const o = { saltPepper: rng.chance(0.5), streaks: rng.chance(0.4), dropped: rng.chance(0.4) };
  const pngs: Buffer[] = [];
  for (const g of gs) pngs.push(await bilevelPage(g, rng, o));
  return { ext: 'tif', data: await tiffG4(pngs, 200) };
}

export async function skewScan(pdf: Buffer, pages: number, rng: Rng): Promise<ScanOut> {
  const [g] = rasterize(pdf, pages, 200);
  if (!g) throw new Error('no page');
  paperTone(g, rng, rng.int(234, 246));
  specks(g, rng, rng.int(10, 80), 1.6);
  const angle = (rng.chance(0.5) ? 1 : -1) * rng.float(1, 5);
  const bg = rng.int(210, 240);
  const buf = await toSharp(g).rotate(angle, { background: { r: bg, g: bg, b: bg } }).blur(0.5).toColourspace('b-w').withMetadata({ density: 200 }).jpeg({ quality: rng.int(72, 82) }).toBuffer();
  return { ext: 'jpg', data: buf };
}

export async function rotatedScan(pdf: Buffer, pages: number, rng: Rng): Promise<ScanOut> {
  const [g] = rasterize(pdf, pages, 200);
  if (!g) throw new Error('no page');
  paperTone(g, rng, rng.int(238, 248));
  specks(g, rng, rng.int(10, 60), 1.5);
  const angle = rng.pick([90, 180, 270]);
  const s = toSharp(g).rotate(angle).withMetadata({ density: 200 });
  if (rng.chance(0.7)) return { ext: 'jpg', data: await s.jpeg({ quality: rng.int(74, 84) }).toBuffer() };
  return { ext: 'png', data: await s.png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer() };
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((r, i) => r[n]! / r[i]!);
}
/** Homography mapping dst points to src points. */
function homography(dst: [number, number][], src: [number, number][]): number[] {
  const A: number[][] = [], b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i]!, [u, v] = src[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]); b.push(v);
  }
  return [...solve(A, b), 1];
}

export async function photo(pdf: Buffer, pages: number, rng: Rng): Promise<ScanOut> {
  const dpi = rng.int(150, 200);
  const [g] = rasterize(pdf, pages, dpi);
  if (!g) throw new Error('no page');
  const W = Math.round(g.w * rng.float(1.12, 1.22)), H = Math.round(g.h * rng.float(1.08, 1.16));
  const mx = (W - g.w) / 2, my = (H - g.h) / 2;
  const j = () => rng.float(-0.035, 0.035) * g.w;
  const rot = rng.float(-3.5, 3.5) * Math.PI / 180;
  const cx = W / 2, cy = H / 2;
  const rp = (x: number, y: number): [number, number] => [cx + (x - cx) * Math.cos(rot) - (y - cy) * Math.sin(rot), cy + (x - cx) * Math.sin(rot) + (y - cy) * Math.cos(rot)];
  const shrinkTop = rng.float(0, 0.05) * g.w;
  const dst: [number, number][] = [rp(mx + shrinkTop + j(), my + j()), rp(mx + g.w - shrinkTop + j(), my + j()), rp(mx + g.w + j(), my + g.h + j()), rp(mx + j(), my + g.h + j())];
  const src: [number, number][] = [[0, 0], [g.w, 0], [g.w, g.h], [0, g.h]];
  const Hm = homography(dst, src);
  const desk = [rng.int(90, 150), rng.int(70, 115), rng.int(45, 85)];
  const paper = [rng.float(0.93, 1), rng.float(0.9, 0.97), rng.float(0.8, 0.9)];
  const lx = rng.float(0, W), ly = rng.float(0, H), lr = Math.max(W, H) * rng.float(0.7, 1.1), dark = rng.float(0.45, 0.65);
  const out = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = Hm[6]! * x + Hm[7]! * y + 1;
      const u = (Hm[0]! * x + Hm[1]! * y + Hm[2]!) / den;
      const v = (Hm[3]! * x + Hm[4]! * y + Hm[5]!) / den;
      const dist = Math.hypot(x - lx, y - ly) / lr;
      const light = 1 - dark * Math.min(1, dist * dist);
      const o = (y * W + x) * 3;
      if (u >= 0 && v >= 0 && u < g.w - 1 && v < g.h - 1) {
        const x0 = Math.floor(u), y0 = Math.floor(v), fx = u - x0, fy = v - y0;
        const i0 = y0 * g.w + x0;
        const val = (g.d[i0]! * (1 - fx) + g.d[i0 + 1]! * fx) * (1 - fy) + (g.d[i0 + g.w]! * (1 - fx) + g.d[i0 + g.w + 1]! * fx) * fy;
        out[o] = val * paper[0]! * light; out[o + 1] = val * paper[1]! * light; out[o + 2] = val * paper[2]! * light;
      } else {
        const n = (((x * 7 + y * 13) ^ (y * 31)) % 23) - 11;
        const grain = Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3) * 12;
        out[o] = (desk[0]! + n + grain) * light; out[o + 1] = (desk[1]! + n + grain) * light; out[o + 2] = (desk[2]! + n + grain * 0.6) * light;
      }
    }
  }
  const data = await sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(rng.float(0.9, 1.5)).withMetadata({ density: dpi }).jpeg({ quality: rng.int(40, 60) }).toBuffer();
  return { ext: 'jpg', data };
}

export async function multiPage(pdf: Buffer, pages: number, rng: Rng, title: string): Promise<ScanOut> {
  const gs = rasterize(pdf, pages, 200);
  if (rng.chance(0.3)) {
    const pngs: Buffer[] = [];
    const o = { saltPepper: rng.chance(0.4), streaks: false, dropped: rng.chance(0.3) };
    for (const g of gs) pngs.push(await bilevelPage(g, rng, o));
    return { ext: 'tif', data: await tiffG4(pngs, 200) };
  }
  const imgs: Buffer[] = [];
  for (const g of gs) {
    paperTone(g, rng, rng.int(236, 248));
    specks(g, rng, rng.int(10, 90), 1.6);
    const a = rng.float(-0.8, 0.8);
    let s = toSharp(g);
    if (Math.abs(a) > 0.2) s = s.rotate(a, { background: { r: 235, g: 235, b: 235 } }).resize(g.w, g.h, { fit: 'fill' });
    imgs.push(await s.toColourspace('b-w').jpeg({ quality: rng.int(68, 78) }).toBuffer());
  }
  return { ext: 'pdf', data: await renderPdf([], title, imgs) };
}
