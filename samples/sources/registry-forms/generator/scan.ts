/** Turns a rendered PDF into the file a scan profile produces (raster via poppler's pdftoppm, degradation via sharp). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { Profile } from './model.js';
import type { Rng } from './rng.js';
import { photoWarp } from './photo.js';

export interface ScanResult { data: Buffer; ext: string; note: string }

function rasterize(pdf: Buffer, dpi: number): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regforms-'));
  try {
    const input = path.join(dir, 'in.pdf');
    fs.writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, path.join(dir, 'p')]);
    return fs.readdirSync(dir).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort().map((f) => fs.readFileSync(path.join(dir, f)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Gray { data: Buffer; width: number; height: number }

async function toGray(png: Buffer): Promise<Gray> {
  const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Paper tone, a soft brightness gradient and dust specks, in place. */
function paperAndDust(g: Gray, rng: Rng, dust: number): void {
  const { data, width, height } = g;
  const base = rng.float(0.88, 0.95);
  const off = rng.int(10, 22);
  const gx = rng.float(-0.04, 0.04);
  const gy = rng.float(-0.04, 0.04);
  for (let y = 0; y < height; y++) {
    const fy = gy * (y / height - 0.5);
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const f = base + fy + gx * (x / width - 0.5);
      data[i] = Math.max(0, Math.min(255, Math.round((data[i] ?? 255) * f + off)));
    }
  }
  for (let k = 0; k < dust; k++) {
    const cx = rng.int(0, width - 1);
    const cy = rng.int(0, height - 1);
    const r = rng.chance(0.9) ? 1 : rng.int(2, 3);
    const v = rng.int(40, 150);
    for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if (x >= 0 && y >= 0 && x < width && y < height && rng.chance(0.7)) data[y * width + x] = v;
  }
}

/** Bilevel fax look: threshold, speckle, streaks. Returns 0/255 data. */
function faxify(g: Gray, rng: Rng): void {
  const { data, width, height } = g;
  const thr = rng.int(150, 185);
  for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 255) < thr ? 0 : 255;
  const speck = Math.floor(width * height * rng.float(0.0002, 0.0006));
  for (let k = 0; k < speck; k++) data[rng.int(0, data.length - 1)] = 0;
  const streaks = rng.int(1, 3);
  const blankRow = (y: number): boolean => {
    for (let yy = y - 4; yy <= y + 4; yy++) {
      let dark = 0;
      for (let x = 0; x < width; x += 2) if (data[yy * width + x] === 0) dark += 1;
      if (dark > 2) return false;
    }
    return true;
  };
  for (let s = 0; s < streaks; s++) {
    let y0 = rng.int(40, height - 40);
    for (let tries = 0; tries < 60 && !blankRow(y0); tries++) y0 = rng.int(40, height - 40);
    if (!blankRow(y0)) continue;
    const len = rng.int(Math.floor(width * 0.2), width);
    const x0 = rng.int(0, width - len);
    for (let x = x0; x < x0 + len; x++) if (rng.chance(0.85)) data[y0 * width + x] = 0;
  }
  if (rng.chance(0.5)) {
    const x0 = rng.int(30, width - 30);
    for (let y = 0; y < height; y++) if (rng.chance(0.5)) data[y * width + x0] = 0;
  }
}

function rawGray(g: Gray): ReturnType<typeof sharp> {
  return sharp(g.data, { raw: { width: g.width, height: g.height, channels: 1 } });
}

async function imagePdf(pages: Buffer[], dpi: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: 'Scan', Producer: 'Scanner', Creator: 'Scanner', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)) } });
  for (const p of pages) {
    const meta = await sharp(p).metadata();
    const w = ((meta.width ?? 1240) * 72) / dpi;
    const h = ((meta.height ?? 1754) * 72) / dpi;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(p, 0, 0, { width: w, height: h });
  }
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

async function tiffPages(pages: Gray[], dpi: number): Promise<Buffer> {
  const bufs = await Promise.all(pages.map((g) => rawGray(g).png().toBuffer()));
  const input = bufs.length === 1 ? bufs[0] : bufs;
  if (!input) throw new Error('no pages');
  const img = bufs.length === 1 ? sharp(bufs[0]) : sharp(bufs, { join: { animated: true } });
  return img.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, resolutionUnit: 'inch', xres: dpi / 25.4, yres: dpi / 25.4 }).toBuffer();
}

/** Applies the profile; the PDF already carries dirt and fax header where wanted. */
export async function scan(pdf: Buffer, profile: Profile, rng: Rng, pages: number): Promise<ScanResult> {
  switch (profile) {
    case 'text-pdf':
      return { data: pdf, ext: 'pdf', note: 'text layer' };
    case 'fax-200': {
      const gs = await Promise.all(rasterize(pdf, 200).map(toGray));
      gs.forEach((g) => faxify(g, rng));
      return { data: await tiffPages(gs, 200), ext: 'tif', note: 'G4 200 dpi' };
    }
    case 'scan-300': {
      const png = rng.chance(0.3) && pages === 1;
      const out: Buffer[] = [];
      for (const raw of rasterize(pdf, 300)) {
        const g = await toGray(raw);
        if (png) {
          for (let i = 0; i < g.data.length; i++) g.data[i] = Math.min(255, Math.round((g.data[i] ?? 255) * 0.92 + 12));
        } else paperAndDust(g, rng, rng.int(80, 260));
        const s = rawGray(g).blur(rng.float(0.45, 0.8)).withMetadata({ density: 300 });
        out.push(png ? await s.png({ compressionLevel: 9 }).toBuffer() : await s.jpeg({ quality: rng.int(50, 62), mozjpeg: true }).toBuffer());
      }
      if (pages === 1 && out[0]) return { data: out[0], ext: png ? 'png' : 'jpg', note: '300 dpi grey' };
      return { data: await imagePdf(out, 300), ext: 'pdf', note: '300 dpi grey image-only PDF' };
    }
    case 'skew': {
      const out: Buffer[] = [];
      for (const raw of rasterize(pdf, 200)) {
        const g = await toGray(raw);
        paperAndDust(g, rng, rng.int(60, 160));
        const angle = (rng.chance(0.5) ? 1 : -1) * rng.float(1, 5);
        const rotated = await rawGray(g).rotate(angle, { background: { r: 235, g: 235, b: 235 } }).blur(0.5).png().toBuffer();
        out.push(await sharp(rotated).toColourspace('b-w').withMetadata({ density: 200 }).jpeg({ quality: rng.int(52, 66), mozjpeg: true }).toBuffer());
      }
      if (pages === 1 && out[0]) return { data: out[0], ext: 'jpg', note: 'skewed 200 dpi' };
      return { data: await imagePdf(out, 200), ext: 'pdf', note: 'skewed image-only PDF' };
    }
    case 'rotated': {
      const out: Buffer[] = [];
      const angle = rng.pick([90, 180, 270]);
      const which = rng.int(0, pages - 1);
      for (const [i, raw] of rasterize(pdf, 200).entries()) {
        const g = await toGray(raw);
        paperAndDust(g, rng, rng.int(40, 120));
        let s = rawGray(g);
        if (pages === 1 || i === which) s = s.rotate(angle);
        const buf = await s.png().toBuffer();
        out.push(await sharp(buf).toColourspace('b-w').withMetadata({ density: 200 }).jpeg({ quality: rng.int(52, 66), mozjpeg: true }).toBuffer());
      }
      if (pages === 1 && out[0]) return { data: out[0], ext: 'jpg', note: `rotated ${angle}` };
      return { data: await imagePdf(out, 200), ext: 'pdf', note: `page ${which + 1} rotated ${angle}` };
    }
    case 'photo': {
      const out: Buffer[] = [];
      for (const raw of rasterize(pdf, 160)) {
        const g = await toGray(raw);
        const rgb = photoWarp(g, rng);
        out.push(await sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).blur(rng.float(0.5, 0.9)).jpeg({ quality: rng.int(50, 70), mozjpeg: true }).toBuffer());
      }
      if (pages === 1 && out[0]) return { data: out[0], ext: 'jpg', note: 'phone photo' };
      return { data: await imagePdf(out, 160), ext: 'pdf', note: 'phone photos in a PDF' };
    }
    case 'multi-page': {
      if (rng.chance(0.5)) {
        const out: Buffer[] = [];
        for (const raw of rasterize(pdf, 200)) {
          const g = await toGray(raw);
          paperAndDust(g, rng, rng.int(60, 200));
          out.push(await rawGray(g).blur(0.5).withMetadata({ density: 200 }).jpeg({ quality: rng.int(48, 60), mozjpeg: true }).toBuffer());
        }
        return { data: await imagePdf(out, 200), ext: 'pdf', note: 'image-only multi-page PDF' };
      }
      const gs = await Promise.all(rasterize(pdf, 300).map(toGray));
      for (const g of gs) {
        paperAndDust(g, rng, rng.int(60, 200));
        for (let i = 0; i < g.data.length; i++) g.data[i] = (g.data[i] ?? 255) < 165 ? 0 : 255;
      }
      return { data: await tiffPages(gs, 300), ext: 'tif', note: 'multi-page G4 TIFF 300 dpi' };
    }
  }
}
