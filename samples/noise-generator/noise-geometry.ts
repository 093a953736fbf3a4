// Geometric degradations with inverse mapping: scanner borders (affine) and a phone photo (perspective).
import { smoothField } from './noise-basic.js';
import { type Rng } from './prng.js';
import { type Raster, fromSharp, toSharp } from './raster.js';

type Pt = [number, number];

/** Bilinear sample of a grey raster; -1 outside. */
function sample(r: Raster, u: number, v: number): number {
  if (u < 0 || v < 0 || u > r.width - 1 || v > r.height - 1) return -1;
  const x0 = Math.floor(u);
  const y0 = Math.floor(v);
  const x1 = Math.min(x0 + 1, r.width - 1);
  const y1 = Math.min(y0 + 1, r.height - 1);
  const fx = u - x0;
  const fy = v - y0;
  const w = r.width;
  const a = r.data[y0 * w + x0] ?? 0;
  const b = r.data[y0 * w + x1] ?? 0;
  const c = r.data[y1 * w + x0] ?? 0;
  const d = r.data[y1 * w + x1] ?? 0;
  return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
}

/** Homography coefficients mapping each from[i] to to[i] (8 unknowns, Gaussian elimination). */
export function homography(from: Pt[], to: Pt[]): number[] {
  const m: number[][] = [];
  from.forEach(([x, y], i) => {
    const [u, v] = to[i] ?? [0, 0];
    m.push([x, y, 1, 0, 0, 0, -x * u, -y * u, u]);
    m.push([0, 0, 0, x, y, 1, -x * v, -y * v, v]);
  });
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    const tmp = m[c] ?? [];
    m[c] = m[p] ?? [];
    m[p] = tmp;
    const row = m[c] ?? [];
    const piv = row[c] ?? 1;
    for (let j = c; j < 9; j++) row[j] = (row[j] ?? 0) / piv;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const other = m[r] ?? [];
      const f = other[c] ?? 0;
      for (let j = c; j < 9; j++) other[j] = (other[j] ?? 0) - f * (row[j] ?? 0);
    }
  }
  return m.map((row) => row[8] ?? 0);
}

function apply(h: number[], x: number, y: number): Pt {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, k = 0] = h;
  const z = g * x + k * y + 1;
  return [(a * x + b * y + c) / z, (d * x + e * y + f) / z];
}

/** The page shifted and slightly turned inside the scan area: black lid borders plus a lid shadow. */
export function scannerBorders(page: Raster, rng: Rng, dpi: number): Raster {
  const mm = dpi / 25.4;
  const { width: w, height: h } = page;
  const dx = rng.range(2, 7) * mm;
  const dy = rng.range(1.5, 4) * mm;
  const rightBand = rng.chance(0.5) ? rng.range(2, 6) * mm : 0;
  const bottomBand = rng.range(1, 3.5) * mm;
  const ang = (rng.range(0.2, 0.8) * rng.sign() * Math.PI) / 180;
  const cos = Math.cos(ang);
  const sin = Math.sin(ang);
  const shadowW = rng.range(4, 10) * mm;
  const shadowSide = rng.pick(['right', 'bottom'] as const);
  const black = rng.int(8, 35);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let v = -1;
      if (x < w - rightBand && y < h - bottomBand) {
        const px = x - dx - w / 2;
        const py = y - dy - h / 2;
        v = sample(page, cos * px + sin * py + w / 2, -sin * px + cos * py + h / 2);
      }
      if (v < 0) {
        out[y * w + x] = black + ((x * 7 + y * 13) % 5);
        continue;
      }
      const edge = shadowSide === 'right' ? w - rightBand - x : h - bottomBand - y;
      const shade = edge < shadowW ? 0.45 + 0.55 * (edge / shadowW) ** 0.7 : 1;
      out[y * w + x] = v * shade;
    }
  }
  return { width: w, height: h, channels: 1, data: out };
}

/** The page photographed on a desk: perspective, uneven light and shadow, noise; returns RGB. */
export async function photograph(page: Raster, rng: Rng, scale: number): Promise<Raster> {
  const small = await fromSharp(toSharp(page).resize(Math.round(page.width * scale), Math.round(page.height * scale), { kernel: 'lanczos3' }), true);
  const W = small.width;
  const H = small.height;
  const cw = Math.round(W * rng.range(1.12, 1.2));
  const ch = Math.round(H * rng.range(1.07, 1.12));
  const ang = (rng.range(1, 3.5) * rng.sign() * Math.PI) / 180;
  const tilt = rng.range(0.015, 0.05);
  const jit = (): number => rng.range(-0.012, 0.012) * W;
  const half: Pt[] = [[-W / 2 * (1 - tilt), -H / 2], [W / 2 * (1 - tilt), -H / 2], [W / 2, H / 2], [-W / 2, H / 2]];
  const ccx = cw / 2 + rng.range(-0.02, 0.02) * W;
  const ccy = ch / 2 + rng.range(-0.015, 0.015) * H;
  const dst: Pt[] = half.map(([x, y]) => [ccx + x * Math.cos(ang) - y * Math.sin(ang) + jit(), ccy + x * Math.sin(ang) + y * Math.cos(ang) + jit()]);
  const src: Pt[] = [[0, 0], [W - 1, 0], [W - 1, H - 1], [0, H - 1]];
  const hm = homography(dst, src);
  const sh = [rng.range(0.006, 0.014) * W, rng.range(0.006, 0.014) * W];
  const hs = homography(dst.map(([x, y]) => [x + (sh[0] ?? 0), y + (sh[1] ?? 0)] as Pt), src);
  const wood = rng.chance(0.5);
  const deskBase: [number, number, number] = wood ? [rng.int(115, 150), rng.int(80, 100), rng.int(50, 65)] : [rng.int(70, 110), rng.int(72, 112), rng.int(76, 118)];
  const paper: [number, number, number] = [rng.int(240, 252), rng.int(236, 246), rng.int(222, 236)];
  const grain = smoothField(cw, ch, rng, 6);
  const light = smoothField(cw, ch, rng, 2);
  const lx = rng.range(0.2, 0.8) * cw;
  const ly = rng.range(0.1, 0.5) * ch;
  const falloff = rng.range(0.25, 0.4);
  const handEdge = rng.pick(['left', 'right', 'bottom'] as const);
  const handW = rng.range(0.08, 0.18);
  const out = new Uint8Array(cw * ch * 3);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const i = y * cw + x;
      const [u, v] = apply(hm, x, y);
      const g = sample(small, u, v);
      let col: [number, number, number];
      if (g >= 0) col = [(paper[0] * g) / 255, (paper[1] * g) / 255, (paper[2] * g) / 255];
      else {
        const streak = wood ? 0.85 + 0.15 * Math.sin(y * 0.045 + (grain[i] ?? 0) * 9) : 0.95 + 0.1 * (grain[i] ?? 0);
        const [su, sv] = apply(hs, x, y);
        const shadow = sample(small, su, sv) >= 0 ? 0.55 : 1;
        col = [deskBase[0] * streak * shadow, deskBase[1] * streak * shadow, deskBase[2] * streak * shadow];
      }
      const d = Math.hypot(x - lx, y - ly) / Math.hypot(cw, ch);
      let f = (1.08 - falloff * d * 1.6) * (0.9 + 0.12 * (light[i] ?? 0));
      const t = handEdge === 'left' ? x / cw : handEdge === 'right' ? 1 - x / cw : 1 - y / ch;
      if (t < handW) f *= 0.78 + 0.22 * (t / handW) ** 2;
      for (let c = 0; c < 3; c++) {
        const val = (col[c] ?? 0) * f + rng.normal() * 3.5;
        out[i * 3 + c] = val < 0 ? 0 : val > 255 ? 255 : val;
      }
    }
  }
  return fromSharp(toSharp({ width: cw, height: ch, channels: 3, data: out }).blur(rng.range(0.5, 0.9)));
}
