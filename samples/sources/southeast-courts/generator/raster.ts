/** Scan profiles: rasterise with poppler's pdftoppm, degrade pixels, encode (JPEG/PNG/G4 TIFF/image-only PDF). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import PDFDocument from 'pdfkit';
import { Rng } from './rng.js';
import { FIXED_DATE } from './sheet.js';

export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';

export interface Gray {
  w: number;
  h: number;
  px: Buffer;
}

export interface Encoded {
  data: Buffer;
  ext: string;
  note: string;
}

export function rasterise(pdf: Buffer, dpi: number): Gray[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sec-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(dir, 'p')]);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
    return files.map((f) => readPgm(fs.readFileSync(path.join(dir, f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readPgm(buf: Buffer): Gray {
  // P5\n<w> <h>\n<max>\n<data>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (buf[pos] === 0x20 || buf[pos] === 0x0a || buf[pos] === 0x0d || buf[pos] === 0x09) pos++;
    let tok = '';
    while (pos < buf.length && ![0x20, 0x0a, 0x0d, 0x09].includes(buf[pos] ?? 0)) tok += String.fromCharCode(buf[pos++] ?? 0);
    tokens.push(tok);
  }
  pos++;
  const w = Number(tokens[1]);
  const h = Number(tokens[2]);
  return { w, h, px: Buffer.from(buf.subarray(pos, pos + w * h)) };
}

/** Paper tone, low-frequency shading, dust, optional per-pixel noise. */
function paper(g: Gray, rng: Rng, o: { tone: number; noise: number; dust: number; contrast: number }): Gray {
  const { w, h, px } = g;
  const out = Buffer.alloc(w * h);
  const gx = rng.float(-6, 6);
  const gy = rng.float(-6, 6);
  for (let y = 0; y < h; y++) {
    const fy = y / h - 0.5;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const ink = 255 - (px[i] ?? 255);
      const bg = o.tone + gx * (x / w - 0.5) + gy * fy;
      let v = bg - ink * o.contrast;
      if (o.noise) v += (rng.next() - 0.5) * o.noise;
      out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  for (let k = 0; k < o.dust; k++) {
    const cx = rng.int(0, w - 1);
    const cy = rng.int(0, h - 1);
    const r = rng.int(0, 2);
    const dark = rng.int(40, 150);
    for (let yy = -r; yy <= r; yy++) for (let xx = -r; xx <= r; xx++) {
      const X = cx + xx;
      const Y = cy + yy;
      if (X >= 0 && Y >= 0 && X < w && Y < h && xx * xx + yy * yy <= r * r + 1) out[Y * w + X] = Math.min(out[Y * w + X] ?? 255, dark);
    }
  }
  // a hair or two
  for (let k = 0; k < rng.int(0, 2); k++) {
    let x = rng.int(0, w - 1);
    let y = rng.int(0, h - 1);
    let a = rng.float(0, Math.PI * 2);
    for (let s = 0; s < rng.int(40, 160); s++) {
      a += rng.float(-0.15, 0.15);
      x += Math.cos(a);
      y += Math.sin(a);
      const i = Math.round(y) * w + Math.round(x);
      if (x >= 0 && y >= 0 && x < w && y < h) out[i] = Math.min(out[i] ?? 255, 90);
    }
  }
  return { w, h, px: out };
}

function toSharp(g: Gray): ReturnType<typeof sharp> {
  return sharp(g.px, { raw: { width: g.w, height: g.h, channels: 1 } });
}

async function blurGray(g: Gray, sigma: number): Promise<Gray> {
  const { data, info } = await toSharp(g).blur(sigma).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
  return { w: info.width, h: info.height, px: data };
}

async function rotateGray(g: Gray, angle: number, bg: number): Promise<Gray> {
  const { data, info } = await toSharp(g).rotate(angle, { background: { r: bg, g: bg, b: bg } }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { w: info.width, h: info.height, px: data };
}

async function jpegGray(g: Gray, q: number, dpi: number): Promise<Buffer> {
  return toSharp(g).toColourspace('b-w').withDensity(dpi).jpeg({ quality: q, mozjpeg: false, chromaSubsampling: '4:4:4' }).toBuffer();
}

/** Bilevel fax look: threshold with noise, speckle, streaks; returns 0/255 pixels. */
function faxify(g: Gray, rng: Rng): Gray {
  const { w, h, px } = g;
  const out = Buffer.alloc(w * h);
  const thr = rng.int(150, 175);
  for (let i = 0; i < w * h; i++) {
    const v = (px[i] ?? 255) + (rng.next() - 0.5) * 60;
    out[i] = v < thr ? 0 : 255;
  }
  const speck = Math.floor(w * h * rng.float(0.0004, 0.0012));
  for (let k = 0; k < speck; k++) out[rng.int(0, w * h - 1)] = 0;
  for (let k = 0; k < rng.int(1, 4); k++) {
    const y = rng.int(0, h - 2);
    const x0 = rng.int(0, w / 2);
    const x1 = rng.int(x0 + 50, w - 1);
    for (let x = x0; x < x1; x++) if (rng.chance(0.7)) out[y * w + x] = 0;
  }
  // occasional vertical white dropout line
  if (rng.chance(0.4)) {
    const x = rng.int(0, w - 1);
    for (let y = 0; y < h; y++) out[y * w + x] = 255;
  }
  return { w, h, px: out };
}

async function g4Tiff(pages: Gray[], dpi: number): Promise<Buffer> {
  const w = pages[0]?.w ?? 1;
  const ph = pages[0]?.h ?? 1;
  const all = Buffer.alloc(w * ph * pages.length, 255);
  pages.forEach((p, i) => {
    for (let y = 0; y < Math.min(ph, p.h); y++) p.px.copy(all, (i * ph + y) * w, y * p.w, y * p.w + Math.min(w, p.w));
  });
  return sharp(all, { raw: { width: w, height: ph * pages.length, channels: 1, pageHeight: ph } })
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, predictor: 'none', xres: dpi / 25.4, yres: dpi / 25.4 })
    .toBuffer();
}

async function imagePdf(jpegs: { data: Buffer; w: number; h: number }[], dpi: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: 'Scan', Producer: 'southeast-courts scanner', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  for (const j of jpegs) {
    const W = (j.w / dpi) * 72;
    const H = (j.h / dpi) * 72;
    doc.addPage({ size: [W, H], margin: 0 });
    doc.image(j.data, 0, 0, { width: W, height: H });
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Solves the 8 homography parameters mapping (u,v) -> (x,y) for 4 point pairs. */
function homography(src: [number, number][], dst: [number, number][]): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [u, v] = src[i] ?? [0, 0];
    const [x, y] = dst[i] ?? [0, 0];
    A.push([u, v, 1, 0, 0, 0, -u * x, -v * x]);
    b.push(x);
    A.push([0, 0, 0, u, v, 1, -u * y, -v * y]);
    b.push(y);
  }
  const n = 8;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]?.[c] ?? 0) > Math.abs(A[p]?.[c] ?? 0)) p = r;
    [A[c], A[p]] = [A[p] ?? [], A[c] ?? []];
    [b[c], b[p]] = [b[p] ?? 0, b[c] ?? 0];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (A[r]?.[c] ?? 0) / (A[c]?.[c] ?? 1);
      for (let k = c; k < n; k++) (A[r] as number[])[k] = (A[r]?.[k] ?? 0) - f * (A[c]?.[k] ?? 0);
      b[r] = (b[r] ?? 0) - f * (b[c] ?? 0);
    }
  }
  return b.map((v, i) => v / (A[i]?.[i] ?? 1));
}

/** Phone photo: perspective, desk border, uneven light, shadow, colour JPEG. */
async function photo(g: Gray, rng: Rng): Promise<Buffer> {
  const W = Math.round(g.w * 1.16);
  const H = Math.round(g.h * 1.12);
  const m = (f: number): number => f * g.w;
  const dst: [number, number][] = [
    [m(0.08) + rng.float(-1, 1) * m(0.04), m(0.06) + rng.float(-1, 1) * m(0.03)],
    [W - m(0.08) + rng.float(-1, 1) * m(0.04), m(0.05) + rng.float(-1, 1) * m(0.03)],
    [W - m(0.05) + rng.float(-1, 1) * m(0.03), H - m(0.05) + rng.float(-1, 1) * m(0.03)],
    [m(0.05) + rng.float(-1, 1) * m(0.03), H - m(0.06) + rng.float(-1, 1) * m(0.03)],
  ];
  const src: [number, number][] = [[0, 0], [g.w, 0], [g.w, g.h], [0, g.h]];
  const Hm = homography(dst, src); // output -> page
  const out = Buffer.alloc(W * H * 3);
  const desk = rng.pick([[120, 92, 64], [88, 88, 92], [150, 135, 110], [60, 60, 66]]) as [number, number, number];
  const lx = rng.float(0, 1);
  const ly = rng.float(0, 1);
  const shadowX = rng.float(0.2, 0.8);
  const [h0, h1, h2, h3, h4, h5, h6, h7] = Hm as [number, number, number, number, number, number, number, number];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = h6 * x + h7 * y + 1;
      const u = (h0 * x + h1 * y + h2) / d;
      const v = (h3 * x + h4 * y + h5) / d;
      const sh = 1 / (1 + Math.exp(-(x / W - shadowX) * 25)) * (1 / (1 + Math.exp((y / H - 0.35) * 25)));
      const light = 1.04 - 0.3 * Math.hypot(x / W - lx, y / H - ly) - 0.12 * sh;
      const o = (y * W + x) * 3;
      if (u >= 0 && v >= 0 && u < g.w - 1 && v < g.h - 1) {
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const i = y0 * g.w + x0;
        const p = (g.px[i] ?? 255) * (1 - fx) * (1 - fy) + (g.px[i + 1] ?? 255) * fx * (1 - fy) + (g.px[i + g.w] ?? 255) * (1 - fx) * fy + (g.px[i + g.w + 1] ?? 255) * fx * fy;
        const val = p * light;
        out[o] = Math.min(255, val * 0.99);
        out[o + 1] = Math.min(255, val * 0.96);
        out[o + 2] = Math.min(255, val * 0.88);
      } else {
        const n = (rng.next() - 0.5) * 14;
        out[o] = Math.max(0, Math.min(255, desk[0] * light + n));
        out[o + 1] = Math.max(0, Math.min(255, desk[1] * light + n));
        out[o + 2] = Math.max(0, Math.min(255, desk[2] * light + n));
      }
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(0.7).jpeg({ quality: rng.int(52, 66) }).toBuffer();
}

export async function applyProfile(profile: Profile, pdf: Buffer, rng: Rng): Promise<Encoded> {
  switch (profile) {
    case 'text-pdf':
      return { data: pdf, ext: 'pdf', note: 'text layer' };
    case 'scan-300': {
      const pages = rasterise(pdf, 300);
      const p0 = pages[0];
      if (!p0) throw new Error('no page');
      const png = rng.chance(0.25);
      let g = paper(p0, rng, { tone: rng.int(236, 248), noise: png ? 0 : 1.5, dust: rng.int(20, 80), contrast: rng.float(0.82, 0.95) });
      g = await blurGray(g, rng.float(0.5, 0.8));
      if (png) return { data: await toSharp(g).toColourspace('b-w').withDensity(300).png({ compressionLevel: 9, palette: false }).toBuffer(), ext: 'png', note: '300 dpi grey PNG' };
      return { data: await jpegGray(g, rng.int(34, 45), 300), ext: 'jpg', note: '300 dpi grey JPEG' };
    }
    case 'skew': {
      const dpi = rng.pick([200, 200, 300]);
      const pages = rasterise(pdf, dpi);
      const p0 = pages[0];
      if (!p0) throw new Error('no page');
      let g = paper(p0, rng, { tone: rng.int(232, 246), noise: 1.5, dust: rng.int(10, 50), contrast: 0.9 });
      g = await blurGray(g, 0.6);
      const ang = (rng.chance(0.5) ? 1 : -1) * rng.float(1, 5);
      g = await rotateGray(g, ang, rng.int(200, 245));
      return { data: await jpegGray(g, rng.int(40, 52), dpi), ext: 'jpg', note: `skew ${ang.toFixed(1)} deg, ${dpi} dpi` };
    }
    case 'rotated': {
      const dpi = rng.pick([200, 200, 300]);
      const pages = rasterise(pdf, dpi);
      const p0 = pages[0];
      if (!p0) throw new Error('no page');
      let g = paper(p0, rng, { tone: rng.int(236, 248), noise: 2, dust: rng.int(10, 40), contrast: 0.92 });
      g = await blurGray(g, 0.5);
      const ang = rng.pick([90, 180, 270]);
      g = await rotateGray(g, ang, 255);
      return { data: await jpegGray(g, rng.int(48, 62), dpi), ext: 'jpg', note: `rotated ${ang} deg` };
    }
    case 'photo': {
      const pages = rasterise(pdf, rng.int(150, 180));
      const p0 = pages[0];
      if (!p0) throw new Error('no page');
      return { data: await photo(p0, rng), ext: 'jpg', note: 'phone photo' };
    }
    case 'fax-200': {
      const pages = rasterise(pdf, 200).map((p) => faxify(p, rng));
      return { data: await g4Tiff(pages, 200), ext: 'tif', note: `G4 fax, ${pages.length} page(s)` };
    }
    case 'multi-page': {
      const dpi = 200;
      const pages = rasterise(pdf, dpi);
      const flip = pages.length > 1 && rng.chance(0.25) ? rng.int(1, pages.length - 1) : -1;
      const grays: Gray[] = [];
      for (let i = 0; i < pages.length; i++) {
        const p = pages[i];
        if (!p) continue;
        let g = paper(p, rng, { tone: rng.int(236, 248), noise: 3, dust: rng.int(10, 40), contrast: 0.9 });
        g = await blurGray(g, 0.5);
        if (i === flip) g = await rotateGray(g, 180, 255);
        grays.push(g);
      }
      if (rng.chance(0.6)) {
        const jpegs = [];
        for (const g of grays) jpegs.push({ data: await jpegGray(g, rng.int(45, 58), dpi), w: g.w, h: g.h });
        return { data: await imagePdf(jpegs, dpi), ext: 'pdf', note: `image-only PDF${flip >= 0 ? `, page ${flip + 1} upside down` : ''}` };
      }
      return { data: await g4Tiff(grays.map((g) => faxify(g, rng)), dpi), ext: 'tif', note: `multi-page G4 TIFF${flip >= 0 ? `, page ${flip + 1} upside down` : ''}` };
    }
  }
}
