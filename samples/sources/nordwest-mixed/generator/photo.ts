// A phone photo of a page on a desk: perspective, uneven light, a shadow, JPEG artefacts.
import sharp from 'sharp';
import type { Rng } from './rng.js';
import type { Raster } from './scan.js';

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(M[i]![c]!) > Math.abs(M[p]![c]!)) p = i;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let i = 0; i < n; i++) {
      if (i === c) continue;
      const f = M[i]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[i]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/** Homography mapping dst (x,y) -> src (u,v). */
function homography(dst: Array<[number, number]>, src: Array<[number, number]>): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i]!;
    const [u, v] = src[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]); b.push(v);
  }
  return [...solve(A, b), 1];
}

export async function photograph(img: Raster, r: Rng): Promise<{ buf: Buffer; width: number; height: number; dpi: number }> {
  const { width: W, height: H, data } = img;
  const margin = Math.round(W * 0.09);
  const OW = W + 2 * margin;
  const OH = H + 2 * margin;
  const j = (): number => (r.next() - 0.5) * W * 0.08;
  const dst: Array<[number, number]> = [
    [margin + j(), margin + j()], [OW - margin + j(), margin + j()], [OW - margin + j(), OH - margin + j()], [margin + j(), OH - margin + j()],
  ];
  const h = homography(dst, [[0, 0], [W, 0], [W, H], [0, H]]);
  const out = Buffer.alloc(OW * OH * 3);
  const desk = r.pick([[120, 92, 64], [70, 72, 78], [150, 140, 125], [40, 45, 52]]);
  const lx = r.next() * OW;
  const ly = r.next() * OH * 0.5;
  const shadowX = r.chance(0.6) ? OW * (0.55 + r.next() * 0.4) : -1;
  const warm = r.int(0, 18);
  for (let y = 0; y < OH; y++) {
    for (let x = 0; x < OW; x++) {
      const den = h[6]! * x + h[7]! * y + 1;
      const u = (h[0]! * x + h[1]! * y + h[2]!) / den;
      const v = (h[3]! * x + h[4]! * y + h[5]!) / den;
      const o = (y * OW + x) * 3;
      const dist = Math.hypot(x - lx, y - ly) / Math.hypot(OW, OH);
      let light = 1.08 - dist * 0.55;
      if (shadowX > 0 && x > shadowX) light *= 0.72;
      if (u >= 0 && v >= 0 && u < W - 1 && v < H - 1) {
        const ui = Math.floor(u);
        const vi = Math.floor(v);
        const fu = u - ui;
        const fv = v - vi;
        for (let c = 0; c < 3; c++) {
          const p = (a: number, b: number): number => data[(b * W + a) * 3 + c]!;
          const val = p(ui, vi) * (1 - fu) * (1 - fv) + p(ui + 1, vi) * fu * (1 - fv) + p(ui, vi + 1) * (1 - fu) * fv + p(ui + 1, vi + 1) * fu * fv;
          const tint = c === 0 ? warm * 0.4 : c === 2 ? -warm : 0;
          out[o + c] = Math.max(0, Math.min(255, Math.round(val * 0.9 * light + tint + 6)));
        }
      } else {
        for (let c = 0; c < 3; c++) out[o + c] = Math.max(0, Math.min(255, Math.round(desk[c]! * light + (r.next() - 0.5) * 10)));
      }
    }
  }
  const buf = await sharp(out, { raw: { width: OW, height: OH, channels: 3 } }).blur(0.7).jpeg({ quality: r.int(50, 66), mozjpeg: true }).withMetadata({ density: img.dpi }).toBuffer();
  return { buf, width: OW, height: OH, dpi: img.dpi };
}
