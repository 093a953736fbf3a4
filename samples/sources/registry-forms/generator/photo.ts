/** A phone photo of a page: perspective, desk border, uneven light and a shadow, in colour. */
import type { Rng } from './rng.js';

interface Gray { data: Buffer; width: number; height: number }

/** Solves the 8 homography coefficients mapping (x,y) → (u,v) for four point pairs. */
function homography(src: [number, number][], dst: [number, number][]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i] ?? [0, 0];
    const [u, v] = dst[i] ?? [0, 0];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[p]?.[c] ?? 0)) p = r;
    const tmp = a[c] ?? [];
    a[c] = a[p] ?? [];
    a[p] = tmp;
    const row = a[c] ?? [];
    const pv = row[c] ?? 1;
    for (let k = c; k < 9; k++) row[k] = (row[k] ?? 0) / pv;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const rr = a[r] ?? [];
      const f = rr[c] ?? 0;
      for (let k = c; k < 9; k++) rr[k] = (rr[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return a.map((r) => r[8] ?? 0);
}

export function photoWarp(g: Gray, rng: Rng): { data: Buffer; width: number; height: number } {
  const W = Math.round(g.width * 1.16);
  const H = Math.round(g.height * 1.12);
  const mx = (W - g.width) / 2;
  const my = (H - g.height) / 2;
  const j = (): number => rng.float(-0.045, 0.045) * g.width;
  const quad: [number, number][] = [
    [mx + j(), my + j()], [W - mx + j(), my + j()], [W - mx + j(), H - my + j()], [mx + j(), H - my + j()],
  ];
  const rect: [number, number][] = [[0, 0], [g.width, 0], [g.width, g.height], [0, g.height]];
  const hm = homography(quad, rect);
  const [h0, h1, h2, h3, h4, h5, h6, h7] = hm.map((v) => v ?? 0) as [number, number, number, number, number, number, number, number];
  const out = Buffer.alloc(W * H * 3);
  const desk = [rng.int(90, 140), rng.int(70, 105), rng.int(45, 75)];
  const lx = rng.float(0, 1);
  const ly = rng.float(0, 1);
  const shadowSide = rng.int(0, 3);
  const shadowDepth = rng.float(0.12, 0.28);
  const tint = [1, rng.float(0.95, 0.99), rng.float(0.84, 0.92)];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = h6 * x + h7 * y + 1;
      const sx = (h0 * x + h1 * y + h2) / den;
      const sy = (h3 * x + h4 * y + h5) / den;
      const dist = Math.hypot(x / W - lx, y / H - ly);
      let light = 1.08 - 0.42 * dist;
      const edge = shadowSide === 0 ? x / W : shadowSide === 1 ? 1 - x / W : shadowSide === 2 ? y / H : 1 - y / H;
      if (edge < shadowDepth) light *= 0.62 + 0.38 * (edge / shadowDepth);
      const o = (y * W + x) * 3;
      if (sx >= 0 && sy >= 0 && sx < g.width - 1 && sy < g.height - 1) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const i = y0 * g.width + x0;
        const v = (g.data[i] ?? 255) * (1 - fx) * (1 - fy) + (g.data[i + 1] ?? 255) * fx * (1 - fy) + (g.data[i + g.width] ?? 255) * (1 - fx) * fy + (g.data[i + g.width + 1] ?? 255) * fx * fy;
        for (let c = 0; c < 3; c++) out[o + c] = Math.max(0, Math.min(255, Math.round(v * light * (tint[c] ?? 1))));
      } else {
        const n = ((x * 7 + y * 13) % 17) - 8 + Math.sin(y / 9 + x / 200) * 6;
        for (let c = 0; c < 3; c++) out[o + c] = Math.max(0, Math.min(255, Math.round(((desk[c] ?? 100) + n) * light * 0.9)));
      }
    }
  }
  return { data: out, width: W, height: H };
}
