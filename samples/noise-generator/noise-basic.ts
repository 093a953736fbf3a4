// Pixel-level degradations on grey rasters (values 0 = black ink, 255 = white paper).
import { type Rng } from './prng.js';
import { type Raster, fromSharp, toSharp } from './raster.js';

const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : v);

/** Smooth random field in [0, 1]: bilinear interpolation of a coarse random grid. */
export function smoothField(w: number, h: number, rng: Rng, cells: number): Float32Array {
  const gw = cells + 2;
  const gh = Math.max(2, Math.round((cells * h) / w)) + 2;
  const grid = Array.from({ length: gw * gh }, () => rng.next());
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const gy = (y / h) * (gh - 2);
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < w; x++) {
      const gx = (x / w) * (gw - 2);
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const a = grid[y0 * gw + x0] ?? 0;
      const b = grid[y0 * gw + x0 + 1] ?? 0;
      const c = grid[(y0 + 1) * gw + x0] ?? 0;
      const d = grid[(y0 + 1) * gw + x0 + 1] ?? 0;
      const sx = fx * fx * (3 - 2 * fx);
      const sy = fy * fy * (3 - 2 * fy);
      out[y * w + x] = (a * (1 - sx) + b * sx) * (1 - sy) + (c * (1 - sx) + d * sx) * sy;
    }
  }
  return out;
}

/** Maps white→paper and black→ink; fade (0..1 field) lightens the ink locally. */
export function tone(r: Raster, paper: number, ink: number, fade?: Float32Array, fadeAmount = 0): void {
  for (let i = 0; i < r.data.length; i++) {
    const v = (r.data[i] ?? 0) / 255;
    const localInk = fade ? ink + (paper - ink) * fadeAmount * (fade[i] ?? 0) : ink;
    r.data[i] = clamp(localInk + (paper - localInk) * v);
  }
}

export function gaussianNoise(r: Raster, rng: Rng, sigma: number): void {
  for (let i = 0; i < r.data.length; i++) r.data[i] = clamp((r.data[i] ?? 0) + rng.normal() * sigma);
}

/** Multiplies by a linear light-to-dark gradient along a random direction plus a soft vignette. */
export function gradient(r: Raster, rng: Rng, darkest: number, vignette: number): void {
  const ang = rng.range(0, Math.PI * 2);
  const dx = Math.cos(ang);
  const dy = Math.sin(ang);
  const { width: w, height: h } = r;
  const span = Math.abs(dx) * w + Math.abs(dy) * h;
  const offset = Math.min(0, dx * w) + Math.min(0, dy * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = (dx * x + dy * y - offset) / span;
      const ex = (x / w - 0.5) * 2;
      const ey = (y / h - 0.5) * 2;
      const v = 1 - vignette * Math.min(1, (ex * ex + ey * ey) / 2);
      const f = (1 - (1 - darkest) * t) * v;
      for (let c = 0; c < r.channels; c++) {
        const i = (y * w + x) * r.channels + c;
        r.data[i] = clamp((r.data[i] ?? 0) * f);
      }
    }
  }
}

export function threshold(r: Raster, t: number, rng?: Rng, jitter = 0): void {
  for (let i = 0; i < r.data.length; i++) {
    const n = rng && jitter > 0 ? rng.normal() * jitter : 0;
    r.data[i] = (r.data[i] ?? 0) + n < t ? 0 : 255;
  }
}

/** Square-ish specks of 1..maxSize px in the given colour at random places. */
export function specks(r: Raster, rng: Rng, count: number, minSize: number, maxSize: number, value: number): void {
  for (let k = 0; k < count; k++) {
    const sw = rng.int(minSize, maxSize);
    const sh = Math.max(1, sw + rng.int(-1, 1));
    const x0 = rng.int(0, r.width - sw);
    const y0 = rng.int(0, r.height - sh);
    for (let y = y0; y < y0 + sh; y++) for (let x = x0; x < x0 + sw; x++) if (!(sw > 2 && sh > 2 && (x === x0 || x === x0 + sw - 1) && (y === y0 || y === y0 + sh - 1))) r.data[y * r.width + x] = value;
  }
}

/** Fax-line artefacts: thin vertical and horizontal streaks, and dropped (white) scan lines. */
export function streaks(r: Raster, rng: Rng, vertical: number, horizontal: number, dropped: number): void {
  const { width: w, height: h } = r;
  for (let k = 0; k < vertical; k++) {
    const x0 = rng.int(0, w - 3);
    const thick = rng.int(1, 2);
    let on = true;
    for (let y = 0; y < h; y++) {
      if (rng.chance(0.004)) on = !on;
      if (on) for (let x = x0; x < x0 + thick; x++) r.data[y * w + x] = 0;
    }
  }
  for (let k = 0; k < horizontal; k++) {
    const y0 = rng.int(0, h - 3);
    const x0 = rng.int(0, Math.floor(w / 2));
    const len = rng.int(Math.floor(w / 5), w - x0);
    const thick = rng.int(1, 2);
    for (let y = y0; y < y0 + thick; y++) for (let x = x0; x < x0 + len; x++) if (!rng.chance(0.08)) r.data[y * w + x] = 0;
  }
  for (let k = 0; k < dropped; k++) {
    const y0 = rng.int(0, h - 4);
    const n = rng.int(1, 3);
    const white = rng.chance(0.5);
    for (let y = y0; y < y0 + n; y++) {
      for (let x = 0; x < w; x++) r.data[y * w + x] = white ? 255 : (r.data[(y0 - 1) * w + x] ?? 255);
    }
  }
}

export async function gaussianBlur(r: Raster, sigma: number): Promise<Raster> {
  return fromSharp(toSharp(r).blur(sigma), r.channels === 1);
}

/** Linear motion blur of length px along angle (radians). */
export async function motionBlur(r: Raster, length: number, angle: number): Promise<Raster> {
  const size = length % 2 === 1 ? length : length + 1;
  const kernel = new Array<number>(size * size).fill(0);
  const c = (size - 1) / 2;
  for (let t = -c; t <= c; t += 0.25) {
    const x = Math.round(c + t * Math.cos(angle));
    const y = Math.round(c + t * Math.sin(angle));
    kernel[y * size + x] = 1;
  }
  const scale = kernel.reduce((a, b) => a + b, 0);
  return fromSharp(toSharp(r).convolve({ width: size, height: size, kernel, scale }), r.channels === 1);
}

export async function rotate(r: Raster, degrees: number, background: number): Promise<Raster> {
  const bg = { r: background, g: background, b: background };
  return fromSharp(toSharp(r).rotate(degrees, { background: bg }), r.channels === 1);
}

/** Uneven stamp ink: thins the alpha of an RGBA overlay with a blotchy field and per-pixel grain. */
export function inkTexture(overlay: Raster, rng: Rng): void {
  if (overlay.channels !== 4) return;
  const field = smoothField(overlay.width, overlay.height, rng, 40);
  for (let i = 0; i < overlay.width * overlay.height; i++) {
    const a = overlay.data[i * 4 + 3] ?? 0;
    if (a === 0) continue;
    const f = 0.45 + 0.55 * (field[i] ?? 0) * (0.75 + 0.25 * rng.next());
    overlay.data[i * 4 + 3] = a * Math.min(1, f * 1.3);
  }
}
