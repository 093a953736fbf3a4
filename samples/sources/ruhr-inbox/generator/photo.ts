import sharp from 'sharp';
import type { Rng } from './prng.js';
import type { Gray } from './raster.js';

/** A phone photo of a page on a desk: perspective, uneven light, a shadow, colour, JPEG. */

type Pt = [number, number];

/** Homography mapping the four `from` points onto the four `to` points. */
function homography(from: Pt[], to: Pt[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Pt;
    const [u, v] = to[i] as Pt;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let piv = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[piv] as number[])[c] as number)) piv = r;
    [a[c], a[piv]] = [a[piv] as number[], a[c] as number[]];
    const row = a[c] as number[];
    const d = row[c] as number;
    for (let k = c; k < 9; k++) row[k] = (row[k] as number) / d;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const rr = a[r] as number[];
      const f = rr[c] as number;
      for (let k = c; k < 9; k++) rr[k] = (rr[k] as number) - f * (row[k] as number);
    }
  }
  return [...a.map((r) => r[8] as number), 1];
}

export async function phonePhoto(page: Gray, rng: Rng, quality: number): Promise<Buffer> {
  const W = 1536;
  const H = 2048;
  const ph = H * rng.float(0.8, 0.9);
  const pw = ph * (page.width / page.height);
  const ox = (W - pw) / 2 + rng.float(-40, 40);
  const oy = (H - ph) / 2 + rng.float(-30, 30);
  const j = (): number => rng.float(-85, 85);
  const key = rng.float(0, 70);
  const tl: Pt = [ox + key + j(), oy + j()];
  const tr: Pt = [ox + pw - key + j(), oy + j() * 0.6];
  const br: Pt = [ox + pw + j() * 0.6 + rng.float(0, 40), oy + ph + j()];
  const bl: Pt = [ox + j() * 0.6 - rng.float(0, 40), oy + ph + j()];
  const m = homography([tl, tr, br, bl], [[0, 0], [page.width - 1, 0], [page.width - 1, page.height - 1], [0, page.height - 1]]);
  const [h0, h1, h2, h3, h4, h5, h6, h7] = m as [number, number, number, number, number, number, number, number];
  const desk = rng.pick([[118, 84, 56], [150, 148, 140], [62, 70, 86], [190, 180, 160]] as const);
  const paper = rng.pick([[248, 244, 232], [240, 240, 236], [250, 246, 238]] as const);
  const lx = rng.float(0, W);
  const ly = rng.float(0, H * 0.4);
  const fall = rng.float(0.3, 0.5);
  const sAng = rng.float(0, Math.PI * 2);
  const sNx = Math.cos(sAng);
  const sNy = Math.sin(sAng);
  const sOff = rng.float(0.12, 0.3) * (Math.abs(sNx) * W + Math.abs(sNy) * H);
  const sCx = W / 2 + (sNx * sOff) / 1;
  const sCy = H / 2 + (sNy * sOff) / 1;
  const sDark = rng.float(0.6, 0.75);
  const out = Buffer.alloc(W * H * 3);
  const pw0 = page.width;
  const src = page.data;
  const diag = Math.hypot(W, H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const z = h6 * x + h7 * y + 1;
      const u = (h0 * x + h1 * y + h2) / z;
      const v = (h3 * x + h4 * y + h5) / z;
      let r: number;
      let g: number;
      let b: number;
      if (u >= 0 && v >= 0 && u < page.width - 1 && v < page.height - 1) {
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const i = y0 * pw0 + x0;
        const s = ((src[i] ?? 255) * (1 - fx) + (src[i + 1] ?? 255) * fx) * (1 - fy) + ((src[i + pw0] ?? 255) * (1 - fx) + (src[i + pw0 + 1] ?? 255) * fx) * fy;
        const t = s / 255;
        r = 34 + (paper[0] - 34) * t;
        g = 34 + (paper[1] - 34) * t;
        b = 44 + (paper[2] - 44) * t;
      } else {
        const grain = Math.sin(y * 0.035 + Math.sin(x * 0.004) * 6) * 8;
        r = desk[0] + grain;
        g = desk[1] + grain;
        b = desk[2] + grain;
      }
      let light = Math.max(0.55, 1.1 - fall * (Math.hypot(x - lx, y - ly) / diag) * 1.2);
      const sd = (x - sCx) * sNx + (y - sCy) * sNy;
      if (sd > -60) light *= sd > 60 ? sDark : 1 - ((sd + 60) / 120) * (1 - sDark);
      const n = (rng.next() - 0.5) * 10;
      const o = (y * W + x) * 3;
      out[o] = Math.max(0, Math.min(255, r * light + n));
      out[o + 1] = Math.max(0, Math.min(255, g * light + n));
      out[o + 2] = Math.max(0, Math.min(255, b * light * 0.97 + n));
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(rng.float(0.6, 1.1)).jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer();
}
