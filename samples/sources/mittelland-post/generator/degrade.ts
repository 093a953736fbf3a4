// Turns a rendered PDF into a dirty scan / fax / photo. Deterministic for a given seed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const execFileP = promisify(execFile);
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import PDFDocument from 'pdfkit';
import type { Rng } from './lib.js';

export const PROFILES = ['text-pdf', 'scan-300', 'scan-300-bw', 'fax-200-g4', 'skewed', 'rotated', 'phone-photo', 'image-pdf', 'tiff-multipage'] as const;
export type Profile = (typeof PROFILES)[number];

export function extFor(p: Profile, pages: number): string {
  switch (p) {
    case 'text-pdf': case 'image-pdf': return 'pdf';
    case 'fax-200-g4': case 'tiff-multipage': return 'tif';
    case 'scan-300': case 'skewed': case 'rotated': case 'phone-photo': return pages === 1 ? 'jpg' : 'pdf';
    case 'scan-300-bw': return pages === 1 ? 'png' : 'pdf';
  }
}

type Gray = { data: Uint8Array; w: number; h: number };

async function raster(pdf: Buffer, dpi: number, work: string): Promise<Gray[]> {
  fs.mkdirSync(work, { recursive: true });
  const src = path.join(work, 'in.pdf');
  fs.writeFileSync(src, pdf);
  await execFileP('pdftoppm', ['-r', String(dpi), '-gray', '-png', src, path.join(work, 'p')]);
  const files = fs.readdirSync(work).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
  return files.map((f) => {
    const buf = fs.readFileSync(path.join(work, f));
    return { buf } as unknown as Gray;
  });
}

async function decode(pngs: Gray[]): Promise<Gray[]> {
  const out: Gray[] = [];
  for (const p of pngs) {
    const buf = (p as unknown as { buf: Buffer }).buf;
    const { data, info } = await sharp(buf).greyscale().raw().toBuffer({ resolveWithObject: true });
    out.push({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), w: info.width, h: info.height });
  }
  return out;
}

function dirty(g: Gray, r: Rng, o: { lo: number; hi: number; specks: number; streaks: number; shade: number; noise: number }): void {
  const { data, w, h } = g;
  const span = (o.hi - o.lo) / 255;
  // light falls off from a random corner (separable, cheap)
  const ax = r.next(); const ay = 1 - ax; const fx = r.chance(0.5); const fy = r.chance(0.5);
  const colF = new Float32Array(w); const rowF = new Float32Array(h);
  for (let x = 0; x < w; x++) colF[x] = ax * (fx ? x / w : 1 - x / w);
  for (let y = 0; y < h; y++) rowF[y] = ay * (fy ? y / h : 1 - y / h);
  for (let y = 0; y < h; y++) {
    const ry = rowF[y] as number;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let v = o.lo + (data[i] as number) * span;
      if (o.shade) v *= 1 - o.shade * (ry + (colF[x] as number));
      data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  if (o.noise) {
    for (let i = 0; i < data.length; i += 1 + Math.floor(r.next() * 3)) {
      const v = (data[i] as number) + (r.next() - 0.5) * o.noise;
      data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  for (let s = 0; s < o.specks; s++) {
    const x0 = Math.floor(r.next() * w); const y0 = Math.floor(r.next() * h); const rad = 1 + Math.floor(r.next() * 2.5);
    const val = 30 + Math.floor(r.next() * 90);
    for (let dy = -rad; dy <= rad; dy++) for (let dx = -rad; dx <= rad; dx++) {
      if (dx * dx + dy * dy > rad * rad) continue;
      const x = x0 + dx; const y = y0 + dy;
      if (x >= 0 && y >= 0 && x < w && y < h) data[y * w + x] = Math.min(data[y * w + x] as number, val);
    }
  }
  for (let s = 0; s < o.streaks; s++) {
    const x0 = Math.floor(r.next() * w); const sw = 1 + Math.floor(r.next() * 3); const dark = 25 + r.next() * 45;
    for (let y = 0; y < h; y++) for (let x = x0; x < Math.min(w, x0 + sw); x++) {
      const i = y * w + x; data[i] = Math.max(0, (data[i] as number) - dark);
    }
  }
}

function rawSharp(g: Gray): Sharp {
  return sharp(Buffer.from(g.data.buffer, g.data.byteOffset, g.data.length), { raw: { width: g.w, height: g.h, channels: 1 } });
}

async function imagePdf(pages: { buf: Buffer; w: number; h: number }[], creation: Date): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { Producer: 'Scanner', Creator: 'mittelland-post scan', CreationDate: creation, ModDate: creation } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));
  for (const p of pages) {
    const landscape = p.w > p.h;
    const W = landscape ? 841.89 : 595.28; const H = landscape ? 595.28 : 841.89;
    doc.addPage({ size: [W, H], margin: 0 });
    doc.image(p.buf, 0, 0, { width: W, height: H });
  }
  doc.end();
  return done;
}

export type DegradeResult = { buf: Buffer; ext: string; note: string };

export async function degrade(pdf: Buffer, profile: Profile, r: Rng, creation: Date, workRoot: string, id: string): Promise<DegradeResult> {
  const work = fs.mkdtempSync(path.join(workRoot ?? os.tmpdir(), `${id}-`));
  try {
    const dpi = profile === 'scan-300' || profile === 'scan-300-bw' || (profile === 'skewed' && r.chance(0.5)) ? 300 : 200;
    const pages = await decode(await raster(pdf, dpi, work));
    const n = pages.length;
    const ext = extFor(profile, n);
    const outPages: { buf: Buffer; w: number; h: number }[] = [];
    let note = `${dpi} dpi`;
    if (profile === 'fax-200-g4') {
      for (const g of pages) {
        dirty(g, r, { lo: 0, hi: 255, specks: r.int(150, 600), streaks: 0, shade: 0, noise: 90 });
        // horizontal fax drop-out lines
        for (let k = 0; k < r.int(1, 4); k++) { const y0 = r.int(0, g.h - 3); for (let x = 0; x < g.w; x++) if (r.next() < 0.6) g.data[y0 * g.w + x] = 0; }
      }
      const h = pages[0]?.h ?? 0; const w = pages[0]?.w ?? 0;
      const all = new Uint8Array(w * h * n);
      pages.forEach((g, i) => {
        if (g.w === w && g.h === h) all.set(g.data, i * w * h);
      });
      const buf = await sharp(Buffer.from(all.buffer), { raw: { width: w, height: h * n, channels: 1, pageHeight: h } })
        .threshold(r.int(150, 185)).toColourspace('b-w')
        .tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
      return { buf, ext, note: 'G4 200 dpi' };
    }
    if (profile === 'tiff-multipage') {
      for (const g of pages) dirty(g, r, { lo: r.int(20, 45), hi: r.int(228, 245), specks: r.int(100, 400), streaks: r.int(0, 1), shade: 0.06, noise: 0 });
      const h = pages[0]?.h ?? 0; const w = pages[0]?.w ?? 0;
      const all = new Uint8Array(w * h * n);
      pages.forEach((g, i) => all.set(g.data, i * w * h));
      const buf = await sharp(Buffer.from(all.buffer), { raw: { width: w, height: h * n, channels: 1, pageHeight: h } })
        .tiff({ compression: 'jpeg', quality: 55, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
      return { buf, ext, note: 'gray JPEG-in-TIFF 200 dpi' };
    }
    const rotAll = profile === 'rotated' ? r.pick([90, 180, 270]) : 0;
    for (let pi = 0; pi < n; pi++) {
      const g = pages[pi] as Gray;
      if (profile === 'scan-300-bw') {
        dirty(g, r, { lo: 0, hi: 255, specks: r.int(200, 700), streaks: r.int(0, 2), shade: 0, noise: 60 });
        const buf = await rawSharp(g).threshold(r.int(140, 175)).png({ palette: true, colours: 2, compressionLevel: 9 }).toBuffer();
        outPages.push({ buf, w: g.w, h: g.h });
        continue;
      }
      if (profile === 'phone-photo') {
        dirty(g, r, { lo: r.int(35, 60), hi: r.int(200, 230), specks: r.int(20, 80), streaks: 0, shade: 0.35, noise: 0 });
        const tint = [1, 0.96 - r.next() * 0.03, 0.86 - r.next() * 0.05];
        const rgb = Buffer.alloc(g.w * g.h * 3);
        for (let i = 0; i < g.w * g.h; i++) {
          const v = g.data[i] as number;
          rgb[i * 3] = v * (tint[0] as number); rgb[i * 3 + 1] = v * (tint[1] as number); rgb[i * 3 + 2] = v * (tint[2] as number);
        }
        const shx = (r.next() - 0.5) * 0.05; const shy = (r.next() - 0.5) * 0.04;
        const ang = (r.next() - 0.5) * 5;
        const desk = { r: r.int(70, 110), g: r.int(55, 90), b: r.int(40, 70) };
        const step1 = await sharp(rgb, { raw: { width: g.w, height: g.h, channels: 3 } })
          .extend({ top: 60, bottom: 60, left: 50, right: 50, background: desk })
          .affine([[1 + shx * 0.3, shx], [shy, 1 - shy * 0.3]], { background: desk, interpolator: 'bilinear' })
          .rotate(ang, { background: desk })
          .blur(0.6 + r.next() * 0.5)
          .resize({ width: r.int(1350, 1550) })
          .jpeg({ quality: r.int(58, 68), mozjpeg: true })
          .toBuffer({ resolveWithObject: true });
        outPages.push({ buf: step1.data, w: step1.info.width, h: step1.info.height });
        note = `photo ${ang.toFixed(1)}°`;
        continue;
      }
      const lo = r.int(15, 55); const hi = r.int(222, 248);
      dirty(g, r, { lo, hi, specks: r.int(80, 500), streaks: profile === 'scan-300' ? r.int(0, 2) : r.int(0, 1), shade: r.next() * 0.08, noise: 0 });
      let s = rawSharp(g);
      if (profile === 'skewed') {
        const ang = (r.chance(0.5) ? 1 : -1) * (1 + r.next() * 3);
        s = s.rotate(ang, { background: { r: 255, g: 255, b: 255 } });
        note = `${dpi} dpi, skew ${ang.toFixed(1)}°`;
      }
      if (profile === 'rotated') { s = s.rotate(rotAll); note = `${dpi} dpi, rotated ${rotAll}°`; }
      const q = profile === 'scan-300' ? r.int(45, 58) : r.int(50, 62);
      const res = await s.blur(0.5).jpeg({ quality: q, mozjpeg: true }).toBuffer({ resolveWithObject: true });
      outPages.push({ buf: res.data, w: res.info.width, h: res.info.height });
    }
    if (ext === 'pdf') return { buf: await imagePdf(outPages, creation), ext, note: `${note}, image-only PDF` };
    return { buf: (outPages[0] as { buf: Buffer }).buf, ext, note };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
