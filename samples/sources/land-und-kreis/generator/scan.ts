/** Scan profiles: rasterise the digital PDF with pdftoppm, add dirt, degrade, encode. */
import sharp, { type Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Rng } from './prng.js';
import type { LineBox } from './sheet.js';
import type { Profile } from './model.js';
import { stampOverlay, handwritingOverlay, highlighterOverlay, punchOverlay, stapleOverlay, svgDoc, type Overlay } from './dirt.js';

export interface ScanMeta {
  stampDate: string;
  stampWho: string;
  faxHeader: (page: number, total: number) => string;
}
export interface ScanResult {
  ext: string;
  data: Buffer;
  extra: { pre: string[]; post: string[] }[];
}

function rasterise(pdf: Buffer, dpi: number, gray: boolean): Buffer[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'luk-'));
  try {
    const f = path.join(dir, 'in.pdf');
    writeFileSync(f, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), ...(gray ? ['-gray'] : []), '-png', f, path.join(dir, 'p')]);
    return readdirSync(dir).filter((n) => n.endsWith('.png')).sort().map((n) => readFileSync(path.join(dir, n)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Raw { data: Buffer; w: number; h: number; ch: number }
async function toRaw(img: Buffer | Sharp, ch: 1 | 3): Promise<Raw> {
  const s = Buffer.isBuffer(img) ? sharp(img) : img;
  const pipe = ch === 1 ? s.greyscale() : s.removeAlpha().toColourspace('srgb');
  const { data, info } = await pipe.raw().toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height, ch: info.channels };
}
function fromRaw(r: Raw): Sharp {
  return sharp(r.data, { raw: { width: r.w, height: r.h, channels: r.ch as 1 | 3 } });
}

function chooseDirt(rng: Rng, boxes: LineBox[], scale: number, page: number, meta: ScanMeta, allowStamp: boolean): Overlay[] {
  const o: Overlay[] = [];
  if (page === 0 && allowStamp && rng.chance(0.55)) {
    const st = stampOverlay(rng, boxes, scale, meta.stampDate, meta.stampWho);
    if (st) o.push(st);
  }
  if (rng.chance(0.3)) o.push(handwritingOverlay(rng, boxes, scale));
  if (rng.chance(0.22)) o.push(highlighterOverlay(rng, boxes, scale));
  if (rng.chance(0.3)) o.push(punchOverlay(scale));
  if (page === 0 && rng.chance(0.2)) o.push(stapleOverlay(rng, scale));
  return o;
}
function faxHeaderSvg(text: string, scale: number): Overlay {
  const S = (v: number): number => +(v * scale).toFixed(1);
  return { svg: `<text x="${S(20)}" y="${S(13)}" font-family="DejaVu Sans Mono" font-size="${S(7.5)}" fill="#000">${text.replace(/&/g, '&amp;')}</text>`, text: [text] };
}

async function withOverlays(png: Buffer, overlays: Overlay[]): Promise<Buffer> {
  const body = overlays.map((o) => o.svg).join('\n');
  if (body.trim() === '') return png;
  const m = await sharp(png).metadata();
  return sharp(png).composite([{ input: svgDoc(m.width ?? 0, m.height ?? 0, body), left: 0, top: 0 }]).png().toBuffer();
}

function paperTone(r: Raw, rng: Rng, grain: number): void {
  const lo = rng.int(18, 45), hi = rng.int(222, 246);
  const gx = rng.float(-10, 10), gy = rng.float(-10, 10);
  const { data, w, h, ch } = r;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const g = (gx * x) / w + (gy * y) / h + (grain > 0 ? (rng.next() - 0.5) * grain : 0);
      for (let c = 0; c < ch; c++) {
        const i = (y * w + x) * ch + c;
        const v = lo + ((data[i] ?? 255) * (hi - lo)) / 255 + g - (ch === 3 && c === 2 ? 8 : 0);
        data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
}
function dust(r: Raw, rng: Rng, n: number): void {
  const { data, w, h, ch } = r;
  for (let k = 0; k < n; k++) {
    const cx = rng.int(0, w - 1), cy = rng.int(0, h - 1), rad = rng.int(0, 2), v = rng.int(30, 120);
    for (let y = cy - rad; y <= cy + rad; y++) for (let x = cx - rad; x <= cx + rad; x++) {
      if (x < 0 || y < 0 || x >= w || y >= h || (x - cx) ** 2 + (y - cy) ** 2 > rad * rad + 0.5) continue;
      for (let c = 0; c < ch; c++) data[(y * w + x) * ch + c] = v;
    }
  }
}
function faxify(r: Raw, rng: Rng): void {
  const { data, w, h } = r;
  const thr = rng.int(125, 160);
  for (let i = 0; i < w * h; i++) {
    const v = (data[i] ?? 255) + (rng.next() - 0.5) * 50;
    data[i] = v < thr ? 0 : 255;
    if (rng.next() < 0.0007) data[i] = 0;
  }
  const streaks = rng.int(1, 5);
  for (let s = 0; s < streaks; s++) {
    const y0 = rng.int(0, h - 3), x0 = rng.int(0, w - 200), len = rng.int(100, w - x0), thick = rng.int(1, 2);
    for (let y = y0; y < y0 + thick; y++) for (let x = x0; x < x0 + len; x++) if (rng.next() < 0.85) data[y * w + x] = 0;
  }
  if (rng.chance(0.4)) {
    const x0 = rng.int(200, w - 200);
    for (let y = 0; y < h; y++) data[y * w + x0] = 255;
  }
}

async function greyScanPage(png: Buffer, rng: Rng, grain: number, blur: number): Promise<Sharp> {
  const r = await toRaw(png, 1);
  paperTone(r, rng, grain);
  dust(r, rng, rng.int(20, 90));
  const s = fromRaw(r);
  return blur > 0.3 ? s.blur(blur) : s;
}

/** Solve for the homography mapping dst→src given 4 point pairs. */
function homography(dst: [number, number][], src: [number, number][]): number[] {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = dst[i] as [number, number];
    const [u, v] = src[i] as [number, number];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs((A[r] as number[])[c] as number) > Math.abs((A[p] as number[])[c] as number)) p = r;
    [A[c], A[p]] = [A[p] as number[], A[c] as number[]];
    const row = A[c] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = ((A[r] as number[])[c] as number) / (row[c] as number);
      for (let k = c; k < 9; k++) (A[r] as number[])[k] = ((A[r] as number[])[k] as number) - f * (row[k] as number);
    }
  }
  return A.map((row, i) => (row[8] as number) / (row[i] as number));
}

async function photoPage(png: Buffer, rng: Rng): Promise<Buffer> {
  const src = await toRaw(png, 3);
  const W = Math.round(src.w * rng.float(1.08, 1.16)), H = Math.round(src.h * rng.float(1.05, 1.1));
  const mx = (W - src.w) / 2, my = (H - src.h) / 2;
  const j = (): number => rng.float(-0.45, 0.45);
  const dst: [number, number][] = [
    [mx + j() * mx, my + j() * my], [W - mx + j() * mx, my + j() * my], [W - mx + j() * mx, H - my + j() * my], [mx + j() * mx, H - my + j() * my],
  ];
  const hm = homography(dst, [[0, 0], [src.w, 0], [src.w, src.h], [0, src.h]]);
  const [a, b, c, d, e, f, g, hh] = hm as [number, number, number, number, number, number, number, number];
  const out = Buffer.alloc(W * H * 3);
  const desk = rng.pick([[112, 84, 60], [70, 70, 74], [160, 150, 135]]);
  const lx = rng.float(0, W), ly = rng.float(0, H), lamp = rng.float(0.25, 0.4);
  const shadowX = rng.float(0.55, 0.85) * W, shadowSoft = W * 0.08;
  const tint = [1, rng.float(0.95, 0.99), rng.float(0.86, 0.94)];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = g * x + hh * y + 1;
      const u = (a * x + b * y + c) / den, v = (d * x + e * y + f) / den;
      const o = (y * W + x) * 3;
      const dist = Math.hypot(x - lx, y - ly) / Math.hypot(W, H);
      let light = 1 - lamp * dist;
      const sh = (x - shadowX) / shadowSoft;
      if (sh > 0) light *= 1 - 0.28 * Math.min(1, sh);
      if (u < 0 || v < 0 || u >= src.w - 1 || v >= src.h - 1) {
        for (let k = 0; k < 3; k++) out[o + k] = Math.max(0, Math.min(255, ((desk[k] ?? 100) + (rng.next() - 0.5) * 16) * light));
        continue;
      }
      const x0 = Math.floor(u), y0 = Math.floor(v), fx = u - x0, fy = v - y0;
      for (let k = 0; k < 3; k++) {
        const p = (yy: number, xx: number): number => src.data[(yy * src.w + xx) * 3 + k] ?? 255;
        const val = (p(y0, x0) * (1 - fx) + p(y0, x0 + 1) * fx) * (1 - fy) + (p(y0 + 1, x0) * (1 - fx) + p(y0 + 1, x0 + 1) * fx) * fy;
        out[o + k] = Math.max(0, Math.min(255, val * light * (tint[k] ?? 1) + (rng.next() - 0.5) * 10));
      }
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } }).blur(rng.float(0.5, 0.9)).jpeg({ quality: rng.int(50, 68) }).toBuffer();
}

async function imagePdf(pages: Buffer[], dpi: number): Promise<Buffer> {
  const fixed = new Date(Date.UTC(2025, 0, 1, 8, 0, 0));
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { CreationDate: fixed, ModDate: fixed, Producer: 'Scanner', Creator: 'land-und-kreis scan' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  for (const p of pages) {
    const m = await sharp(p).metadata();
    const w = ((m.width ?? 1) * 72) / dpi, h = ((m.height ?? 1) * 72) / dpi;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(p, 0, 0, { width: w, height: h });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function makeScan(profile: Profile, pdf: Buffer, boxes: LineBox[][], rng: Rng, meta: ScanMeta): Promise<ScanResult> {
  const n = boxes.length;
  const extra = boxes.map(() => ({ pre: [] as string[], post: [] as string[] }));
  const dirtFor = async (png: Buffer, i: number, scale: number, fax: boolean): Promise<Buffer> => {
    const ov = chooseDirt(rng, boxes[i] ?? [], scale, i, meta, true);
    if (fax) ov.unshift(faxHeaderSvg(meta.faxHeader(i + 1, n), scale));
    for (const o of ov) {
      if (o === ov[0] && fax) (extra[i] as { pre: string[] }).pre.push(...o.text);
      else (extra[i] as { post: string[] }).post.push(...o.text);
    }
    return withOverlays(png, ov);
  };
  if (profile === 'fax-200') {
    const dpi = 200;
    const pages = rasterise(pdf, dpi, true);
    const bw: Buffer[] = [];
    for (const [i, p] of pages.entries()) {
      const r = await toRaw(await dirtFor(p, i, dpi / 72, true), 1);
      faxify(r, rng);
      bw.push(await fromRaw(r).png().toBuffer());
    }
    const input = bw.length > 1 ? sharp(bw, { join: { animated: true } }) : sharp(bw[0] as Buffer);
    const data = await input.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpi / 25.4, yres: dpi / 25.4 }).toBuffer();
    return { ext: 'tif', data, extra };
  }
  if (profile === 'photo') {
    const dpi = rng.int(160, 190);
    const pages = rasterise(pdf, dpi, false);
    const data = await photoPage(await dirtFor(pages[0] as Buffer, 0, dpi / 72, false), rng);
    return { ext: 'jpg', data, extra };
  }
  if (profile === 'multi-page') {
    const dpi = rng.pick([200, 200, 250]);
    const pages = rasterise(pdf, dpi, true);
    const jp: Buffer[] = [];
    const asTiff = rng.chance(0.35);
    for (const [i, p] of pages.entries()) {
      const s = await greyScanPage(await dirtFor(p, i, dpi / 72, false), rng, 0, rng.float(0.3, 0.7));
      jp.push(asTiff ? await s.png().toBuffer() : await s.jpeg({ quality: rng.int(48, 62) }).toBuffer());
    }
    if (asTiff) {
      const data = await sharp(jp, { join: { animated: true } }).greyscale().tiff({ compression: 'jpeg', quality: 52, xres: dpi / 25.4, yres: dpi / 25.4 }).toBuffer();
      return { ext: 'tif', data, extra };
    }
    return { ext: 'pdf', data: await imagePdf(jp, dpi), extra };
  }
  // single-page grey scans: scan-300, skew, rotated
  const dpi = profile === 'scan-300' ? 300 : rng.pick([200, 200, 250]);
  // lossless scans come from a scanner set to 16 grey levels, without sensor grain (keeps the files small)
  const png = profile === 'scan-300' && rng.chance(0.25);
  const pages = rasterise(pdf, dpi, true);
  const grain = !png && rng.chance(0.3) ? 4 : 0;
  let s = await greyScanPage(await dirtFor(pages[0] as Buffer, 0, dpi / 72, false), rng, grain, png ? rng.float(0.3, 0.5) : rng.float(0.35, 0.8));
  if (profile === 'skew') {
    const ang = (rng.chance(0.5) ? -1 : 1) * rng.float(1, 5);
    s = sharp(await s.png().toBuffer()).rotate(ang, { background: { r: 60, g: 60, b: 60 } });
  } else if (profile === 'rotated') {
    s = sharp(await s.png().toBuffer()).rotate(rng.pick([90, 180, 270]));
  }
  const out = sharp(await s.greyscale().png().toBuffer()).withMetadata({ density: dpi });
  const data = png ? await out.png({ compressionLevel: 9, palette: true, colours: 16, dither: 0 }).toBuffer() : await out.jpeg({ quality: rng.int(50, 66) }).toBuffer();
  return { ext: png ? 'png' : 'jpg', data, extra };
}
