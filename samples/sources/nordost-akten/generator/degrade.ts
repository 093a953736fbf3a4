/** Scan profiles: render PDF pages with pdftoppm, dirty them, write JPEG / PNG / TIFF / image-only PDF. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import { Rng } from './util.js';

export const PROFILES = [
  'text-pdf', 'scan-300-jpeg', 'scan-300-png', 'fax-200-tiff-g4', 'skewed-jpeg', 'skewed-pdf', 'rotated-png', 'rotated-pdf',
  'phone-photo-jpeg', 'image-pdf', 'tiff-multipage',
] as const;
export type Profile = (typeof PROFILES)[number];

export const MULTI_OK: Record<Profile, boolean> = {
  'text-pdf': true, 'scan-300-jpeg': false, 'scan-300-png': false, 'fax-200-tiff-g4': true, 'skewed-jpeg': false, 'skewed-pdf': true,
  'rotated-png': false, 'rotated-pdf': true, 'phone-photo-jpeg': false, 'image-pdf': true, 'tiff-multipage': true,
};
export const SINGLE_OK: Record<Profile, boolean> = {
  'text-pdf': true, 'scan-300-jpeg': true, 'scan-300-png': true, 'fax-200-tiff-g4': true, 'skewed-jpeg': true, 'skewed-pdf': false,
  'rotated-png': true, 'rotated-pdf': false, 'phone-photo-jpeg': true, 'image-pdf': true, 'tiff-multipage': false,
};
export const EXT: Record<Profile, string> = {
  'text-pdf': 'pdf', 'scan-300-jpeg': 'jpg', 'scan-300-png': 'png', 'fax-200-tiff-g4': 'tif', 'skewed-jpeg': 'jpg', 'skewed-pdf': 'pdf',
  'rotated-png': 'png', 'rotated-pdf': 'pdf', 'phone-photo-jpeg': 'jpg', 'image-pdf': 'pdf', 'tiff-multipage': 'tif',
};
export const DPI: Record<Profile, number> = {
  'text-pdf': 0, 'scan-300-jpeg': 300, 'scan-300-png': 300, 'fax-200-tiff-g4': 200, 'skewed-jpeg': 300, 'skewed-pdf': 200,
  'rotated-png': 200, 'rotated-pdf': 200, 'phone-photo-jpeg': 170, 'image-pdf': 200, 'tiff-multipage': 200,
};

interface Img { data: Uint8Array; w: number; h: number }

function rasterize(pdf: Buffer, dpi: number, tmp: string): Img[] {
  fs.mkdirSync(tmp, { recursive: true });
  const inPdf = path.join(tmp, 'in.pdf');
  fs.writeFileSync(inPdf, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', inPdf, path.join(tmp, 'p')]);
  const files = fs.readdirSync(tmp).filter((f) => f.startsWith('p') && f.endsWith('.pgm')).sort();
  const out: Img[] = [];
  for (const f of files) {
    const buf = fs.readFileSync(path.join(tmp, f));
    // binary PGM: P5\n<w> <h>\n255\n<data>
    const header = buf.subarray(0, 64).toString('latin1');
    const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
    if (!m) throw new Error('bad pgm');
    const w = Number(m[1]);
    const h = Number(m[2]);
    const off = m[0].length;
    out.push({ data: new Uint8Array(buf.subarray(off, off + w * h)), w, h });
  }
  for (const f of fs.readdirSync(tmp)) fs.unlinkSync(path.join(tmp, f));
  return out;
}

function contrast(im: Img, lo: number, hi: number): void {
  const d = im.data;
  for (let i = 0; i < d.length; i++) d[i] = lo + ((d[i]! * (hi - lo)) >> 8);
}

function specks(im: Img, rng: Rng, n: number, maxR: number, dark = 40): void {
  for (let k = 0; k < n; k++) {
    const cx = rng.int(0, im.w - 1);
    const cy = rng.int(0, im.h - 1);
    const r = rng.next() * maxR + 0.6;
    const v = rng.int(dark, dark + 80);
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(im.h - 1, Math.ceil(cy + r)); y++)
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(im.w - 1, Math.ceil(cx + r)); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) {
          const i = y * im.w + x;
          im.data[i] = Math.min(im.data[i]!, v);
        }
      }
  }
}

function streaks(im: Img, rng: Rng, n: number): void {
  for (let k = 0; k < n; k++) {
    const x0 = rng.int(0, im.w - 4);
    const wdt = rng.int(1, 3);
    const dv = rng.int(25, 70);
    const y0 = rng.chance(0.5) ? 0 : rng.int(0, im.h >> 1);
    const y1 = rng.chance(0.6) ? im.h : rng.int(y0 + 50, im.h);
    for (let y = y0; y < y1; y++) for (let x = x0; x < x0 + wdt; x++) {
      const i = y * im.w + x;
      im.data[i] = Math.max(0, im.data[i]! - dv);
    }
  }
}

function gradient(im: Img, rng: Rng, minF: number): void {
  const ax = rng.next() * 2 - 1;
  const ay = rng.next() * 2 - 1;
  const n = Math.hypot(ax, ay) || 1;
  for (let y = 0; y < im.h; y++) {
    for (let x = 0; x < im.w; x++) {
      const t = ((x / im.w - 0.5) * ax + (y / im.h - 0.5) * ay) / n + 0.5;
      const fct = minF + (1 - minF) * Math.min(1, Math.max(0, t));
      const i = y * im.w + x;
      im.data[i] = Math.round(im.data[i]! * fct);
    }
  }
}

function quantize(im: Img, levels: number): void {
  const step = 255 / (levels - 1);
  for (let i = 0; i < im.data.length; i++) im.data[i] = Math.round(Math.round(im.data[i]! / step) * step);
}

function edgeShadow(im: Img, rng: Rng): void {
  const band = rng.int(8, 30);
  const side = rng.int(0, 3);
  for (let y = 0; y < im.h; y++) for (let x = 0; x < im.w; x++) {
    const dist = side === 0 ? x : side === 1 ? im.w - 1 - x : side === 2 ? y : im.h - 1 - y;
    if (dist < band) {
      const i = y * im.w + x;
      im.data[i] = Math.round(im.data[i]! * (0.35 + 0.65 * (dist / band)));
    }
  }
}

const raw = (im: Img) => sharp(Buffer.from(im.data.buffer, im.data.byteOffset, im.data.byteLength), { raw: { width: im.w, height: im.h, channels: 1 } });

async function toImg(s: Sharp): Promise<Img> {
  const { data, info } = await s.greyscale().raw().toBuffer({ resolveWithObject: true });
  const d = new Uint8Array(info.width * info.height);
  if (info.channels === 1) d.set(data);
  else for (let i = 0; i < d.length; i++) d[i] = data[i * info.channels]!;
  return { data: d, w: info.width, h: info.height };
}

async function imagePdf(pages: { jpeg: Buffer; w: number; h: number; dpi: number }[], date: Date): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Producer: 'Scan2PDF 4.1 (nordost-akten)', Creator: 'MFP Scanner', CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (const p of pages) {
    const wpt = (p.w / p.dpi) * 72;
    const hpt = (p.h / p.dpi) * 72;
    doc.addPage({ size: [wpt, hpt], margin: 0 });
    doc.image(p.jpeg, 0, 0, { width: wpt, height: hpt });
  }
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function degrade(pdf: Buffer, profile: Profile, rng: Rng, tmp: string, date: Date): Promise<Buffer> {
  const dpi = DPI[profile];
  const pages = rasterize(pdf, dpi, tmp);
  const rot = rng.pick([90, 180, 270]);
  const skewSign = rng.chance(0.5) ? 1 : -1;
  const out: Img[] = [];
  for (const pg of pages) {
    let im = pg;
    switch (profile) {
      case 'scan-300-jpeg':
      case 'scan-300-png':
      case 'image-pdf':
      case 'tiff-multipage':
        contrast(im, rng.int(10, 45), rng.int(225, 248));
        specks(im, rng, rng.int(30, 120), dpi / 150);
        if (rng.chance(0.5)) streaks(im, rng, rng.int(1, 3));
        if (rng.chance(0.4)) edgeShadow(im, rng);
        break;
      case 'fax-200-tiff-g4':
        contrast(im, 0, 255);
        specks(im, rng, rng.int(80, 260), 1.6, 0);
        streaks(im, rng, rng.int(0, 2));
        break;
      case 'skewed-jpeg':
      case 'skewed-pdf': {
        contrast(im, rng.int(15, 40), rng.int(228, 245));
        specks(im, rng, rng.int(20, 80), dpi / 160);
        const ang = skewSign * (1 + rng.next() * 3);
        im = await toImg(raw(im).rotate(ang, { background: { r: 250, g: 250, b: 250 } }));
        break;
      }
      case 'rotated-png':
      case 'rotated-pdf':
        contrast(im, rng.int(10, 35), rng.int(230, 248));
        specks(im, rng, rng.int(20, 70), 1.5);
        im = await toImg(raw(im).rotate(rot));
        break;
      case 'phone-photo-jpeg': {
        contrast(im, rng.int(35, 60), rng.int(205, 235));
        const sh = (rng.next() * 0.05 - 0.025);
        const sv = (rng.next() * 0.03 - 0.015);
        let s = raw(im).affine([[1, sh], [sv, 1]], { background: { r: 70, g: 70, b: 70 } });
        im = await toImg(s);
        const padX = rng.int(40, 110);
        const padY = rng.int(40, 120);
        s = raw(im).extend({ top: padY, bottom: padY + rng.int(0, 60), left: padX, right: padX + rng.int(0, 40), background: { r: 60, g: 58, b: 55 } }).rotate(skewSign * (0.5 + rng.next() * 1.5), { background: { r: 60, g: 58, b: 55 } });
        im = await toImg(s);
        gradient(im, rng, 0.55 + rng.next() * 0.15);
        im = await toImg(raw(im).blur(0.55 + rng.next() * 0.5));
        break;
      }
      case 'text-pdf':
        break;
    }
    out.push(im);
  }
  const q = rng.int(50, 62);
  switch (profile) {
    case 'scan-300-jpeg':
    case 'skewed-jpeg':
    case 'phone-photo-jpeg':
      return raw(out[0]!).toColourspace('b-w').withMetadata({ density: dpi }).jpeg({ quality: q, chromaSubsampling: '4:2:0' }).toBuffer();
    case 'scan-300-png':
    case 'rotated-png': {
      quantize(out[0]!, 8);
      return raw(out[0]!).withMetadata({ density: dpi }).png({ compressionLevel: 9, palette: true, colours: 8, dither: 0 }).toBuffer();
    }
    case 'fax-200-tiff-g4':
    case 'tiff-multipage': {
      const bufs: Buffer[] = [];
      for (const im of out) {
        if (profile === 'fax-200-tiff-g4') bufs.push(await raw(im).threshold(rng.int(140, 175)).png().toBuffer());
        else {
          quantize(im, 16);
          bufs.push(await raw(im).png().toBuffer());
        }
      }
      const base = bufs.length > 1 ? sharp(bufs, { join: { animated: true } }) : sharp(bufs[0]!);
      const res = dpi / 25.4;
      if (profile === 'fax-200-tiff-g4') return base.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: res, yres: res }).toBuffer();
      return base.toColourspace('b-w').tiff({ compression: 'deflate', predictor: 'horizontal', xres: res, yres: res }).toBuffer();
    }
    case 'skewed-pdf':
    case 'rotated-pdf':
    case 'image-pdf': {
      const jp: { jpeg: Buffer; w: number; h: number; dpi: number }[] = [];
      for (const im of out) jp.push({ jpeg: await raw(im).toColourspace('b-w').jpeg({ quality: q }).toBuffer(), w: im.w, h: im.h, dpi });
      return imagePdf(jp, date);
    }
    case 'text-pdf':
      return pdf;
  }
}
