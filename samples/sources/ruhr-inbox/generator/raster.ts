import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Rng } from './prng.js';

/** Grey pixel pages and the ways paper, scanners, fax machines and phones spoil them. */

export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Render every page of a PDF at `dpi` to greyscale pixels (poppler's pdftoppm). */
export async function rasterize(pdf: Buffer, dpi: number): Promise<Gray[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ruhr-inbox-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', file, path.join(dir, 'p')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
    const out: Gray[] = [];
    for (const f of pages) {
      const { data, info } = await sharp(readFileSync(path.join(dir, f))).greyscale().raw().toBuffer({ resolveWithObject: true });
      out.push({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function fromSharp(img: ReturnType<typeof sharp>): Promise<Gray> {
  const { data, info } = await img.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

export function toSharp(g: Gray): ReturnType<typeof sharp> {
  return sharp(Buffer.from(g.data.buffer, g.data.byteOffset, g.data.length), { raw: { width: g.width, height: g.height, channels: 1 } });
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** Paper tone, uneven exposure, noise, fold lines, dust and hairs, lid shadow. */
export function paperScan(g: Gray, rng: Rng, dpi: number, strength = 1, noise = 1): Gray {
  const { width: w, height: h } = g;
  const out = new Uint8Array(w * h);
  const hi = rng.float(228, 246);
  const lo = rng.float(18, 48);
  const gx = rng.float(-8, 8) * strength;
  const gy = rng.float(-8, 8) * strength;
  const sigma = 2.5 * strength * noise;
  const folds = rng.chance(0.5) ? [Math.round((99 / 297) * h), Math.round((198 / 297) * h)] : [];
  const shadowW = rng.chance(0.5) ? rng.int(4, Math.round(dpi / 12)) : 0;
  const shadowLeft = rng.chance(0.5);
  for (let y = 0; y < h; y++) {
    const fy = y / h - 0.5;
    let foldDark = 0;
    for (const f of folds) {
      const d = Math.abs(y - f);
      if (d < 4) foldDark = Math.max(foldDark, (4 - d) * 4);
    }
    for (let x = 0; x < w; x++) {
      const v = g.data[y * w + x] ?? 255;
      let p = lo + (v * (hi - lo)) / 255 + gx * (x / w - 0.5) + gy * fy - foldDark * (v / 255);
      const dx = shadowLeft ? x : w - 1 - x;
      if (dx < shadowW) p -= (1 - dx / shadowW) * 90;
      p += (rng.next() + rng.next() + rng.next() - 1.5) * sigma * 2;
      out[y * w + x] = clamp(p);
    }
  }
  const specks = Math.round(rng.int(20, 90) * strength);
  for (let i = 0; i < specks; i++) {
    const cx = rng.int(0, w - 1);
    const cy = rng.int(0, h - 1);
    const r = rng.float(0.5, (dpi / 300) * 2.2);
    const shade = rng.int(20, 120);
    for (let y = Math.floor(cy - r); y <= cy + r; y++) {
      for (let x = Math.floor(cx - r); x <= cx + r; x++) {
        if (x < 0 || y < 0 || x >= w || y >= h) continue;
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) out[y * w + x] = Math.min(out[y * w + x] ?? 255, shade);
      }
    }
  }
  const hairs = rng.int(0, 2);
  for (let i = 0; i < hairs; i++) {
    let x = rng.float(0, w);
    let y = rng.float(0, h);
    let a = rng.float(0, Math.PI * 2);
    const len = rng.int(dpi / 6, dpi / 2);
    for (let k = 0; k < len; k++) {
      a += rng.float(-0.08, 0.08);
      x += Math.cos(a);
      y += Math.sin(a);
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi >= 0 && yi >= 0 && xi < w && yi < h) out[yi * w + xi] = Math.min(out[yi * w + xi] ?? 255, 70);
    }
  }
  return { data: out, width: w, height: h };
}

/** Bilevel fax: optional standard-resolution (x/2 vertical) pass, noise, threshold, speckle, streaks. */
export function faxify(g: Gray, rng: Rng, faxOfFax: boolean): Gray {
  const { width: w, height: h } = g;
  let src = g.data;
  if (faxOfFax) {
    const half = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      const sy = Math.min(h - 1, (y >> 1) << 1);
      for (let x = 0; x < w; x++) half[y * w + x] = (src[sy * w + x] ?? 255) < 150 ? 0 : 255;
    }
    src = half;
  }
  const out = new Uint8Array(w * h);
  const t = rng.float(135, 170);
  const sigma = rng.float(14, 30);
  for (let i = 0; i < w * h; i++) {
    const v = (src[i] ?? 255) + (rng.next() + rng.next() - 1) * sigma * 1.7;
    out[i] = v < t ? 0 : 255;
  }
  const speck = Math.round(w * h * rng.float(0.0002, 0.0009));
  for (let i = 0; i < speck; i++) {
    const p = rng.int(0, w * h - 1);
    out[p] = 0;
    if (rng.chance(0.3) && p + 1 < w * h) out[p + 1] = 0;
    if (rng.chance(0.2) && p + w < w * h) out[p + w] = 0;
  }
  const streaks = rng.int(0, 3);
  for (let s = 0; s < streaks; s++) {
    const x = rng.int(Math.round(w * 0.05), Math.round(w * 0.95));
    const y0 = rng.chance(0.5) ? 0 : rng.int(0, h >> 1);
    for (let y = y0; y < h; y++) if (rng.chance(0.92)) out[y * w + x] = 0;
  }
  if (rng.chance(0.4)) {
    const y = rng.int(Math.round(h * 0.1), Math.round(h * 0.95));
    const hh = rng.int(1, 3);
    for (let yy = y; yy < Math.min(h, y + hh); yy++) for (let x = 0; x < w; x++) if (rng.chance(0.6)) out[yy * w + x] = 255;
  }
  return { data: out, width: w, height: h };
}

/** Plain threshold (office scanner in black-and-white mode). */
export function threshold(g: Gray, t: number): Gray {
  const out = new Uint8Array(g.data.length);
  for (let i = 0; i < g.data.length; i++) out[i] = (g.data[i] ?? 255) < t ? 0 : 255;
  return { data: out, width: g.width, height: g.height };
}

export async function blur(g: Gray, sigma: number): Promise<Gray> {
  return fromSharp(toSharp(g).blur(sigma));
}

export async function rotateBy(g: Gray, angle: number, bg: number): Promise<Gray> {
  return fromSharp(toSharp(g).rotate(angle, { background: { r: bg, g: bg, b: bg } }));
}
