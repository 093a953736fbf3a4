/** Rasterise a rendered PDF (poppler's pdftoppm) and age it into the scan profiles. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import type { Rng } from './rng.js';
import type { Profile } from './model.js';
import { mergeTiffs } from './tiff.js';

export interface Gray { w: number; h: number; data: Uint8Array }

function parsePgm(buf: Buffer): Gray {
  // P5\n<w> <h>\n255\n<data>
  let i = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (buf[i] === 0x20 || buf[i] === 0x0a || buf[i] === 0x0d || buf[i] === 0x09) i++;
    let t = '';
    while (buf[i] !== 0x20 && buf[i] !== 0x0a && buf[i] !== 0x0d && buf[i] !== 0x09) t += String.fromCharCode(buf[i] ?? 0), i++;
    tokens.push(t);
  }
  i++;
  const w = Number(tokens[1]);
  const h = Number(tokens[2]);
  return { w, h, data: new Uint8Array(buf.subarray(i, i + w * h)) };
}

export function rasterize(pdf: Buffer, dpi: number): Gray[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'cb-ras-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', path.join(dir, 'in.pdf'), path.join(dir, 'p')]);
    const files = readdirSync(dir).filter((f) => f.startsWith('p')).sort();
    return files.map((f) => parsePgm(readFileSync(path.join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Paper tone, contrast, grain and dust. */
function age(g: Gray, rng: Rng, o: { tone: number; grain: number; dust: number; ink: number }): Gray {
  const d = g.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] ?? 255;
    const inked = o.ink + (v / 255) * (o.tone - o.ink);
    const n = o.grain ? (rng.next() + rng.next() - 1) * o.grain : 0;
    d[i] = Math.max(0, Math.min(255, Math.round(inked + n)));
  }
  for (let k = 0; k < o.dust; k++) {
    const cx = rng.int(0, g.w - 1);
    const cy = rng.int(0, g.h - 1);
    const r = rng.int(0, 2);
    for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if (x >= 0 && y >= 0 && x < g.w && y < g.h) d[y * g.w + x] = rng.int(40, 110);
  }
  return g;
}

function toSharp(g: Gray): Sharp {
  return sharp(Buffer.from(g.data), { raw: { width: g.w, height: g.h, channels: 1 } });
}

async function faxPage(g: Gray, rng: Rng): Promise<Buffer> {
  const d = g.data;
  const thr = rng.int(150, 175);
  const streaks = Array.from({ length: rng.int(1, 4) }, () => ({ y: rng.int(0, g.h - 3), h: rng.int(1, 2), dark: rng.chance(0.4) }));
  for (let i = 0; i < d.length; i++) {
    const v = (d[i] ?? 255) + (rng.next() - 0.5) * 40;
    let bit = v < thr ? 0 : 255;
    if (rng.next() < 0.0004) bit = 0;
    d[i] = bit;
  }
  for (const s of streaks) {
    for (let y = s.y; y < s.y + s.h; y++) for (let x = 0; x < g.w; x++) if (rng.next() < (s.dark ? 0.35 : 0.9)) d[y * g.w + x] = s.dark ? 0 : 255;
  }
  const res = 200 / 25.4;
  return toSharp(g).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: res, yres: res }).toBuffer();
}

/** Solve the homography that maps dst quad -> src rectangle (8 unknowns). */
function homography(dst: [number, number][], src: [number, number][]): number[] {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i] ?? [0, 0];
    const [u, v] = src[i] ?? [0, 0];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(A[r]?.[c] ?? 0) > Math.abs(A[p]?.[c] ?? 0)) p = r;
    const tmp = A[c] as number[]; A[c] = A[p] as number[]; A[p] = tmp;
    const row = A[c] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const other = A[r] as number[];
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      for (let k = c; k < 9; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  return A.map((r) => (r[8] ?? 0) / (r[A.indexOf(r)] ?? 1)).concat([1]);
}

async function photoPage(g: Gray, rng: Rng): Promise<Buffer> {
  const W = Math.round(g.w * 1.12);
  const H = Math.round(g.h * 1.1);
  const mx = (W - g.w) / 2;
  const my = (H - g.h) / 2;
  const j = () => rng.float(-0.045, 0.045) * g.w;
  const narrow = rng.float(0, 0.05) * g.w;
  const dst: [number, number][] = [[mx + narrow + j(), my + j()], [mx + g.w - narrow + j(), my + j()], [mx + g.w + j(), my + g.h + j()], [mx + j(), my + g.h + j()]];
  const src: [number, number][] = [[0, 0], [g.w - 1, 0], [g.w - 1, g.h - 1], [0, g.h - 1]];
  const m = homography(dst, src);
  const [a, b, c, d, e, f, gg, hh] = m as [number, number, number, number, number, number, number, number];
  const out = Buffer.alloc(W * H * 3);
  const desk = rng.pick([[118, 86, 58], [150, 150, 146], [72, 70, 76], [186, 170, 140]]) as [number, number, number];
  const ang = rng.float(0, Math.PI * 2);
  const dx = Math.cos(ang);
  const dy = Math.sin(ang);
  const shx = rng.float(0.2, 0.8) * W;
  const shy = rng.float(0.1, 0.9) * H;
  const shr = rng.float(0.25, 0.45) * W;
  const shadow = rng.float(0.12, 0.3);
  const tint = [1, rng.float(0.95, 0.99), rng.float(0.86, 0.94)];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = gg * x + hh * y + 1;
      const u = (a * x + b * y + c) / den;
      const v = (d * x + e * y + f) / den;
      let r: number; let gr: number; let bl: number;
      if (u >= 0 && v >= 0 && u < g.w - 1 && v < g.h - 1) {
        const x0 = Math.floor(u); const y0 = Math.floor(v); const fx = u - x0; const fy = v - y0;
        const i0 = y0 * g.w + x0;
        const p = (g.data[i0] ?? 255) * (1 - fx) * (1 - fy) + (g.data[i0 + 1] ?? 255) * fx * (1 - fy) + (g.data[i0 + g.w] ?? 255) * (1 - fx) * fy + (g.data[i0 + g.w + 1] ?? 255) * fx * fy;
        r = p * (tint[0] ?? 1); gr = p * (tint[1] ?? 1); bl = p * (tint[2] ?? 1);
      } else {
        const n = Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3) * 8;
        r = desk[0] + n; gr = desk[1] + n; bl = desk[2] + n;
      }
      const grad = 0.8 + 0.22 * (((x / W) * dx + (y / H) * dy) + 1) / 2;
      const dist = Math.hypot(x - shx, y - shy) / shr;
      const sh = dist < 1 ? 1 - shadow * (1 - dist * dist) : 1;
      const k = grad * sh;
      const o = (y * W + x) * 3;
      out[o] = Math.max(0, Math.min(255, r * k));
      out[o + 1] = Math.max(0, Math.min(255, gr * k));
      out[o + 2] = Math.max(0, Math.min(255, bl * k));
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(0.7).jpeg({ quality: rng.int(50, 64) }).toBuffer();
}

export interface ScanOutput { ext: string; data: Buffer; dpi: number | null; format: string }

export async function scanAs(pdf: Buffer, profile: Profile, rng: Rng, created: Date): Promise<ScanOutput> {
  switch (profile) {
    case 'text-pdf':
      return { ext: 'pdf', data: pdf, dpi: null, format: 'pdf-text' };
    case 'scan-300': {
      const [g] = rasterize(pdf, 300);
      if (!g) throw new Error('no page');
      const png = rng.chance(0.4);
      age(g, rng, { tone: rng.int(234, 247), grain: png ? 0 : 1.5, dust: rng.int(20, 90), ink: rng.int(15, 40) });
      const s = toSharp(g).blur(0.55).withMetadata({ density: 300 });
      return png ? { ext: 'png', data: await s.png({ compressionLevel: 9, palette: true, colours: 8, dither: 0 }).toBuffer(), dpi: 300, format: 'png-gray-300' } : { ext: 'jpg', data: await s.toColourspace('b-w').jpeg({ quality: rng.int(60, 72) }).toBuffer(), dpi: 300, format: 'jpeg-gray-300' };
    }
    case 'fax-200': {
      const [g] = rasterize(pdf, 200);
      if (!g) throw new Error('no page');
      return { ext: 'tif', data: await faxPage(g, rng), dpi: 200, format: 'tiff-g4-200' };
    }
    case 'skew': {
      const dpi = rng.pick([200, 200, 240]);
      const [g] = rasterize(pdf, dpi);
      if (!g) throw new Error('no page');
      const tone = rng.int(232, 246);
      age(g, rng, { tone, grain: 1.5, dust: rng.int(10, 60), ink: rng.int(15, 40) });
      const angle = (rng.chance(0.5) ? 1 : -1) * rng.float(1, 5);
      const s = toSharp(g).rotate(angle, { background: { r: tone, g: tone, b: tone } }).blur(0.5).withMetadata({ density: dpi });
      return { ext: 'jpg', data: await s.toColourspace('b-w').jpeg({ quality: rng.int(60, 72) }).toBuffer(), dpi, format: `jpeg-gray-${dpi}-skew${angle.toFixed(1)}` };
    }
    case 'rotated': {
      const dpi = rng.pick([200, 200, 300]);
      const [g] = rasterize(pdf, dpi);
      if (!g) throw new Error('no page');
      age(g, rng, { tone: rng.int(236, 248), grain: 1.5, dust: rng.int(5, 40), ink: rng.int(10, 35) });
      const turn = rng.pick([90, 180, 270]);
      const s = toSharp(g).rotate(turn).blur(0.45).withMetadata({ density: dpi });
      return { ext: 'jpg', data: await s.toColourspace('b-w').jpeg({ quality: rng.int(62, 74) }).toBuffer(), dpi, format: `jpeg-gray-${dpi}-rot${turn}` };
    }
    case 'photo': {
      const [g] = rasterize(pdf, rng.pick([150, 170, 190]));
      if (!g) throw new Error('no page');
      return { ext: 'jpg', data: await photoPage(g, rng), dpi: null, format: 'jpeg-photo' };
    }
    case 'multi-page': {
      if (rng.chance(0.3)) {
        const pages = rasterize(pdf, 200);
        const tiffs: Buffer[] = [];
        for (const g of pages) tiffs.push(await faxPage(g, rng));
        return { ext: 'tif', data: mergeTiffs(tiffs), dpi: 200, format: 'tiff-g4-200-multipage' };
      }
      const dpi = rng.pick([150, 200]);
      const pages = rasterize(pdf, dpi);
      const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: 'Scan', Producer: 'Scanner', Creator: 'Multifunktionsgerät', CreationDate: created, ModDate: created } });
      const chunks: Buffer[] = [];
      doc.on('data', (ch: Buffer) => chunks.push(ch));
      const done = new Promise<void>((res) => doc.on('end', () => res()));
      for (const g of pages) {
        age(g, rng, { tone: rng.int(232, 246), grain: 1.5, dust: rng.int(10, 50), ink: rng.int(15, 40) });
        const jpg = await toSharp(g).blur(0.5).toColourspace('b-w').jpeg({ quality: rng.int(50, 60) }).toBuffer();
        doc.addPage({ size: 'A4', margin: 0 });
        doc.image(jpg, 0, 0, { width: 595.28, height: 841.89 });
      }
      doc.end();
      await done;
      return { ext: 'pdf', data: Buffer.concat(chunks), dpi, format: `pdf-image-${dpi}` };
    }
  }
}
