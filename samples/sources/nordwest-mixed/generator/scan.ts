// Turns a rendered PDF into the scan profiles: greyscale scans, faxes, skewed/rotated pages, phone photos.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import PDFDocument from 'pdfkit';
import type { Rng } from './rng.js';
import { writeG4Tiff } from './tiff-g4.js';
import type { Profile } from './spec.js';

export interface Raster { data: Buffer; width: number; height: number; channels: number; dpi: number }

let tmpCounter = 0;
export function rasterise(pdf: Buffer, dpi: number, color: boolean): Raster[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nwm-${process.pid}-${tmpCounter++}-`));
  try {
    const src = path.join(dir, 'in.pdf');
    fs.writeFileSync(src, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), ...(color ? [] : ['-gray']), src, path.join(dir, 'p')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('p')).sort();
    return files.map((f) => parsePnm(fs.readFileSync(path.join(dir, f)), dpi));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function parsePnm(buf: Buffer, dpi: number): Raster {
  let pos = 0;
  const tok = (): string => {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) s += String.fromCharCode(buf[pos++]!);
    return s;
  };
  const magic = tok();
  const width = Number(tok());
  const height = Number(tok());
  tok();
  pos++;
  const channels = magic === 'P6' ? 3 : 1;
  return { data: Buffer.from(buf.subarray(pos, pos + width * height * channels)), width, height, channels, dpi };
}

/** Paper tone, soft noise, dust specks; optional punch holes and a staple shadow. */
export function paperize(img: Raster, r: Rng, o: { tone: number; noise: number; dust: number; holes: boolean; staple: boolean }): void {
  const { data, width, height, channels } = img;
  const tone = o.tone;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    const n = o.noise ? ((r.next() + r.next() - 1) * o.noise) : 0;
    data[i] = Math.max(0, Math.min(255, Math.round(v * tone / 255 + n)));
  }
  const dot = (cx: number, cy: number, rad: number, val: number): void => {
    for (let y = Math.max(0, Math.floor(cy - rad)); y < Math.min(height, cy + rad); y++) {
      for (let x = Math.max(0, Math.floor(cx - rad)); x < Math.min(width, cx + rad); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = val;
      }
    }
  };
  const dpmm = img.dpi / 25.4;
  for (let k = 0; k < o.dust; k++) dot(r.next() * width, r.next() * height, r.next() * dpmm * 0.2 + 0.5, r.int(30, 120));
  if (o.holes) {
    const cx = 9 * dpmm;
    dot(cx, height / 2 - 40 * dpmm, 2.8 * dpmm, 70);
    dot(cx, height / 2 + 40 * dpmm, 2.8 * dpmm, 70);
  }
  if (o.staple) {
    const y0 = Math.round(8 * dpmm);
    const x0 = Math.round(6 * dpmm);
    for (let t = 0; t < 12 * dpmm; t++) {
      const x = x0 + t;
      const y = y0 + Math.round(t * 0.35);
      for (let w = 0; w < Math.max(2, dpmm * 0.5); w++) {
        const idx = ((y + w) * width + x) * channels;
        for (let c = 0; c < channels; c++) data[idx + c] = 60;
      }
    }
  }
}

async function toJpeg(img: Raster, quality: number, blur = 0): Promise<Buffer> {
  let s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels as 1 | 3 } });
  if (blur) s = s.blur(blur);
  return await s.jpeg({ quality, mozjpeg: true }).withMetadata({ density: img.dpi }).toBuffer();
}

function toBilevel(img: Raster, r: Rng, threshold: number): Uint8Array {
  const px = new Uint8Array(img.width * img.height);
  for (let i = 0; i < px.length; i++) px[i] = img.data[i * img.channels]! < threshold ? 1 : 0;
  for (let k = 0; k < px.length * 0.0004; k++) px[Math.floor(r.next() * px.length)] = 1;
  const streaks = r.int(0, 3);
  for (let s = 0; s < streaks; s++) {
    const x = r.int(0, img.width - 1);
    const y0 = r.int(0, img.height - 1);
    const len = r.int(200, img.height);
    for (let y = y0; y < Math.min(img.height, y0 + len); y++) if (r.next() < 0.7) px[y * img.width + x] = 1;
  }
  if (r.chance(0.5)) {
    const y = r.int(img.height * 0.2, img.height * 0.9);
    for (let x = 0; x < img.width; x++) if (r.next() < 0.5) px[y * img.width + x] = 1;
  }
  return px;
}

async function rotateImg(img: Raster, angle: number, bg: number): Promise<Raster> {
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels as 1 | 3 } })
    .rotate(angle, { background: { r: bg, g: bg, b: bg } }).raw().toBuffer({ resolveWithObject: true });
  const out = { data, width: info.width, height: info.height, channels: info.channels, dpi: img.dpi };
  if (info.channels !== img.channels) return { ...out, data: Buffer.from(data.filter((_, i) => i % info.channels === 0)), channels: 1 };
  return out;
}

/** Image-only PDF from encoded page images (JPEG or PNG). */
export async function imagePdf(pages: Array<{ buf: Buffer; width: number; height: number; dpi: number }>): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: 'Scanner', Creator: 'Scan2PDF', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)) } });
  for (const p of pages) {
    const w = (p.width / p.dpi) * 72;
    const h = (p.height / p.dpi) * 72;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(p.buf, 0, 0, { width: w, height: h });
  }
  const chunks: Buffer[] = [];
  return await new Promise((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

export interface ScanOut { ext: string; buf: Buffer; note: string }

export async function applyProfile(pdf: Buffer, profile: Profile, r: Rng, pageCount: number): Promise<ScanOut> {
  const holes = r.chance(0.3);
  const staple = pageCount > 1 && r.chance(0.6);
  if (profile === 'fax-200' || (profile === 'multi-page' && r.chance(0.45))) {
    const pages = rasterise(pdf, 200, false).map((img) => {
      paperize(img, r, { tone: 255, noise: 30, dust: 20, holes: false, staple: false });
      return { px: toBilevel(img, r, r.int(140, 175)), width: img.width, height: img.height, dpi: 200 };
    });
    return { ext: 'tif', buf: writeG4Tiff(pages), note: 'g4' };
  }
  if (profile === 'photo') {
    const { photograph } = await import('./photo.js');
    const pages = rasterise(pdf, r.pick([150, 160, 170]), true);
    const shots = [];
    for (const img of pages) shots.push(await photograph(img, r));
    if (shots.length === 1) return { ext: 'jpg', buf: shots[0]!.buf, note: 'photo' };
    return { ext: 'pdf', buf: await imagePdf(shots), note: 'photo-pdf' };
  }
  const dpi = profile === 'scan-300' ? 300 : 200;
  const pages = rasterise(pdf, dpi, false);
  const encoded: Array<{ buf: Buffer; width: number; height: number; dpi: number }> = [];
  const rotIdx = profile === 'rotated' ? (pages.length > 1 && r.chance(0.5) ? r.int(0, pages.length - 1) : -1) : -2;
  const rotAngle = r.pick([90, 180, 270]);
  for (let i = 0; i < pages.length; i++) {
    let img = pages[i]!;
    const png = pages.length === 1 && profile !== 'multi-page' && profile !== 'scan-300' && r.chance(0.25);
    paperize(img, r, { tone: png ? 255 : r.int(232, 246), noise: png ? 0 : 2.5, dust: r.int(10, 40), holes: holes && i === 0, staple: staple && i === 0 });
    if (profile === 'skew') img = await rotateImg(img, (r.chance(0.5) ? -1 : 1) * (1 + r.next() * 4), r.int(200, 235));
    if (profile === 'rotated' && (rotIdx === -1 || rotIdx === i)) img = await rotateImg(img, rotAngle, 240);
    if (profile === 'multi-page' || pages.length > 1) encoded.push({ buf: await toJpeg(img, r.int(38, 52), 0.5), width: img.width, height: img.height, dpi });
    else {
      if (png) {
        const buf = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels as 1 | 3 } }).png({ compressionLevel: 9, palette: true, colours: 4, dither: 0 }).withMetadata({ density: dpi }).toBuffer();
        return { ext: 'png', buf, note: 'png' };
      }
      return { ext: 'jpg', buf: await toJpeg(img, profile === 'scan-300' ? r.int(36, 48) : r.int(42, 60), 0.55), note: 'jpeg' };
    }
  }
  return { ext: 'pdf', buf: await imagePdf(encoded), note: `image-pdf-${rotIdx >= 0 ? `rot-p${rotIdx + 1}` : ''}` };
}
