/** Page model, text layout with real font metrics, PDF rendering (pdfkit) and scan simulation (pdftoppm + sharp). */
import PDFDocument from 'pdfkit';
import sharp, { type Sharp } from 'sharp';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { Rng } from './util.js';

const require = createRequire(import.meta.url);
const DEJAVU = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const LIB = '/usr/share/fonts/truetype/liberation';

export const FONTS = {
  sans: `${LIB}/LiberationSans-Regular.ttf`,
  sansB: `${LIB}/LiberationSans-Bold.ttf`,
  serif: `${LIB}/LiberationSerif-Regular.ttf`,
  serifB: `${LIB}/LiberationSerif-Bold.ttf`,
  serifI: `${LIB}/LiberationSerif-Italic.ttf`,
  dv: `${DEJAVU}/DejaVuSans.ttf`,
  dvB: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  narrow: `${LIB}/LiberationSansNarrow-Regular.ttf`,
  narrowB: `${LIB}/LiberationSansNarrow-Bold.ttf`,
  mono: `${LIB}/LiberationMono-Regular.ttf`,
  monoB: `${LIB}/LiberationMono-Bold.ttf`,
  hand: `${DEJAVU}/DejaVuSerifCondensed-Italic.ttf`,
} as const;
export type FontKey = keyof typeof FONTS;
export const FAMILIES = {
  sans: { r: 'sans', b: 'sansB' },
  serif: { r: 'serif', b: 'serifB' },
  dv: { r: 'dv', b: 'dvB' },
  narrow: { r: 'narrow', b: 'narrowB' },
  mono: { r: 'mono', b: 'monoB' },
} as const satisfies Record<string, { r: FontKey; b: FontKey }>;
export type FamilyKey = keyof typeof FAMILIES;

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

export type Op =
  | { k: 't'; x: number; y: number; s: string; f: FontKey; z: number; color: string; rot: number; w: number }
  | { k: 'l'; x1: number; y1: number; x2: number; y2: number; w: number; color: string }
  | { k: 'r'; x: number; y: number; w: number; h: number; lw: number; color: string; fill: string | null };
export interface PageModel {
  ops: Op[];
  lines: string[];
}

let measurer: PDFKit.PDFDocument | null = null;
function meas(): PDFKit.PDFDocument {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    for (const [k, p] of Object.entries(FONTS)) measurer.registerFont(k, p);
  }
  return measurer;
}
export function textWidth(s: string, f: FontKey, z: number): number {
  return meas().font(f).fontSize(z).widthOfString(s);
}
export function wrap(s: string, f: FontKey, z: number, width: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    const words = para.split(' ').filter((w) => w.length > 0);
    let cur = '';
    for (const w of words) {
      const t = cur ? `${cur} ${w}` : w;
      if (cur && textWidth(t, f, z) > width) {
        out.push(cur);
        cur = w;
      } else cur = t;
    }
    out.push(cur);
  }
  return out;
}

export type FieldKey =
  | 'court' | 'fileNumber' | 'relatedFileNumbers' | 'tenants' | 'address' | 'landlord' | 'claimReceived' | 'claimServed'
  | 'monthlyRent' | 'arrears' | 'hearing' | 'evictionDate' | 'judgmentKind' | 'judgmentDate' | 'vacateDeadline' | 'ordinaryTermination';

export interface TextOpts {
  x?: number;
  z?: number;
  bold?: boolean;
  f?: FontKey;
  align?: 'left' | 'center' | 'right';
  width?: number;
  lh?: number;
  color?: string;
  noAdvance?: boolean;
}

/** A document being laid out: pages of drawing operations plus the text lines drawn. */
export class Doc {
  pages: PageModel[] = [];
  y = 0;
  left = 70;
  right = 538;
  top = 56;
  bottom = 790;
  z = 10;
  fam: { r: FontKey; b: FontKey };
  marks: Partial<Record<FieldKey, number>> = {};
  onNewPage: ((d: Doc) => void) | null = null;
  constructor(fam: FamilyKey, z = 10) {
    this.fam = FAMILIES[fam];
    this.z = z;
    this.newPage();
  }
  get page(): number {
    return this.pages.length;
  }
  get cur(): PageModel {
    return this.pages[this.pages.length - 1] as PageModel;
  }
  newPage(): void {
    this.pages.push({ ops: [], lines: [] });
    this.y = this.top;
    if (this.onNewPage) this.onNewPage(this);
  }
  need(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }
  gap(h: number): void {
    this.y += h;
  }
  mark(...f: FieldKey[]): void {
    for (const k of f) if (this.marks[k] === undefined) this.marks[k] = this.page;
  }
  /** Draw one line at an absolute position (no wrapping). */
  at(x: number, y: number, s: string, o: TextOpts = {}): number {
    const f = o.f ?? (o.bold ? this.fam.b : this.fam.r);
    const z = o.z ?? this.z;
    const w = textWidth(s, f, z);
    let xx = x;
    if (o.align === 'center') xx = x - w / 2;
    if (o.align === 'right') xx = x - w;
    this.cur.ops.push({ k: 't', x: xx, y, s, f, z, color: o.color ?? '#111111', rot: 0, w });
    this.cur.lines.push(s);
    return w;
  }
  /** Draw text at the cursor, wrapped to width, advancing the cursor. */
  text(s: string, o: TextOpts = {}): void {
    const f = o.f ?? (o.bold ? this.fam.b : this.fam.r);
    const z = o.z ?? this.z;
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    const lh = o.lh ?? z * 1.32;
    const lines = wrap(s, f, z, width);
    for (const ln of lines) {
      this.need(lh);
      let ax = x;
      if (o.align === 'center') ax = x + width / 2;
      if (o.align === 'right') ax = x + width;
      if (ln) this.at(ax, this.y, ln, { ...o, f, z });
      this.y += lh;
    }
  }
  /** Label and value on one line (value may wrap in its column). */
  kv(label: string, value: string, o: { lx?: number; vx: number; z?: number; boldLabel?: boolean; boldValue?: boolean; lh?: number }): void {
    const z = o.z ?? this.z;
    const lh = o.lh ?? z * 1.32;
    const vf = o.boldValue ? this.fam.b : this.fam.r;
    const lines = wrap(value, vf, z, this.right - o.vx);
    this.need(lh * lines.length);
    this.at(o.lx ?? this.left, this.y, label, { z, bold: o.boldLabel });
    for (const ln of lines) {
      this.at(o.vx, this.y, ln, { z, f: vf });
      this.y += lh;
    }
  }
  /** Ruled two-column table; returns nothing, advances cursor. */
  table(rows: [string, string, FieldKey[]?][], o: { x?: number; w1: number; w2: number; z?: number; pad?: number; boldLabel?: boolean; shade?: boolean }): void {
    const x = o.x ?? this.left;
    const z = o.z ?? this.z;
    const pad = o.pad ?? 4;
    const lh = z * 1.28;
    for (const [lab, val, fk] of rows) {
      const ll = wrap(lab, o.boldLabel ? this.fam.b : this.fam.r, z, o.w1 - 2 * pad);
      const vl = wrap(val, this.fam.r, z, o.w2 - 2 * pad);
      const h = Math.max(ll.length, vl.length) * lh + 2 * pad;
      this.need(h);
      const y0 = this.y;
      if (o.shade) this.cur.ops.push({ k: 'r', x, y: y0, w: o.w1, h, lw: 0, color: '#000', fill: '#e6e6e6' });
      this.cur.ops.push({ k: 'r', x, y: y0, w: o.w1 + o.w2, h, lw: 0.7, color: '#222', fill: null });
      this.cur.ops.push({ k: 'l', x1: x + o.w1, y1: y0, x2: x + o.w1, y2: y0 + h, w: 0.7, color: '#222' });
      ll.forEach((t, i) => this.at(x + pad, y0 + pad + i * lh, t, { z, bold: o.boldLabel }));
      vl.forEach((t, i) => this.at(x + o.w1 + pad, y0 + pad + i * lh, t, { z }));
      if (fk) this.mark(...fk);
      this.y = y0 + h;
    }
  }
  rule(x1 = this.left, x2 = this.right, w = 0.6, color = '#222'): void {
    this.cur.ops.push({ k: 'l', x1, y1: this.y, x2, y2: this.y, w, color });
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.7, fill: string | null = null): void {
    this.cur.ops.push({ k: 'r', x, y, w, h, lw, color: '#222', fill });
  }
  box(x: number, y: number, checked: boolean, z = 9): void {
    this.rect(x, y + 1, z - 1, z - 1, 0.6);
    if (checked) {
      this.cur.ops.push({ k: 'l', x1: x + 1, y1: y + 2, x2: x + z - 2, y2: y + z - 1, w: 0.9, color: '#111' });
      this.cur.ops.push({ k: 'l', x1: x + z - 2, y1: y + 2, x2: x + 1, y2: y + z - 1, w: 0.9, color: '#111' });
    }
  }
}

// ---------------- PDF rendering ----------------
export const FIXED_DATE = new Date('2025-10-01T08:00:00Z');
function newPdf(title: string, creator: string): PDFKit.PDFDocument {
  const d = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: { Title: title, Creator: creator, Producer: 'isar-main-post generator', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  for (const [k, p] of Object.entries(FONTS)) d.registerFont(k, p);
  return d;
}
function collect(d: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((res) => {
    const chunks: Buffer[] = [];
    d.on('data', (c: Buffer) => chunks.push(c));
    d.on('end', () => res(Buffer.concat(chunks)));
    d.end();
  });
}
export async function renderPdf(pages: PageModel[], title: string, creator: string): Promise<Buffer> {
  const d = newPdf(title, creator);
  for (const p of pages) {
    d.addPage({ size: [PAGE_W, PAGE_H], margin: 0 });
    for (const op of p.ops) {
      if (op.k === 't') {
        d.save();
        if (op.rot) d.rotate(op.rot, { origin: [op.x, op.y] });
        d.font(op.f).fontSize(op.z).fillColor(op.color).text(op.s, op.x, op.y, { lineBreak: false, features: [] as unknown as PDFKit.Mixins.OpenTypeFeatures[] });
        d.restore();
      } else if (op.k === 'l') {
        d.save().moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.w).strokeColor(op.color).stroke().restore();
      } else {
        d.save();
        if (op.fill) d.rect(op.x, op.y, op.w, op.h).fillColor(op.fill).fill();
        if (op.lw > 0) d.rect(op.x, op.y, op.w, op.h).lineWidth(op.lw).strokeColor(op.color).stroke();
        d.restore();
      }
    }
  }
  return collect(d);
}
export async function imagesToPdf(imgs: { buf: Buffer; w: number; h: number }[], title: string): Promise<Buffer> {
  const d = newPdf(title, 'Scan');
  for (const im of imgs) {
    const pw = im.w > im.h ? PAGE_H : PAGE_W;
    const ph = im.w > im.h ? PAGE_W : PAGE_H;
    d.addPage({ size: [pw, ph], margin: 0 });
    d.image(im.buf, 0, 0, { width: pw, height: ph });
  }
  return collect(d);
}

// ---------------- rasterising and degradation ----------------
export function rasterise(pdf: Buffer, dpi: number, gray: boolean): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'imp-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const args = ['-r', String(dpi), '-png'];
    if (gray) args.push('-gray');
    execFileSync('pdftoppm', [...args, join(dir, 'in.pdf'), join(dir, 'p')]);
    const files = readdirSync(dir).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
    return files.map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
interface Raw {
  data: Buffer;
  w: number;
  h: number;
  c: number;
}
async function toRaw(png: Buffer, gray: boolean): Promise<Raw> {
  let s = sharp(png);
  s = gray ? s.toColourspace('b-w').extractChannel(0) : s.removeAlpha();
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height, c: info.channels };
}
function fromRaw(r: Raw): Sharp {
  return sharp(r.data, { raw: { width: r.w, height: r.h, channels: r.c as 1 | 3 } });
}
/** Paper grain and sensor noise on a gray image. */
function grain(r: Raw, rng: Rng, amp: number, base: number): void {
  for (let i = 0; i < r.data.length; i++) {
    const v = (r.data[i] as number) * base + (rng.next() - 0.5) * amp;
    r.data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
}
/** Bilevel threshold with noise, specks and horizontal drop-outs (fax look). */
function bilevel(r: Raw, rng: Rng, thr: number, specks: number, dropouts: number): void {
  const { w, h, data } = r;
  for (let i = 0; i < data.length; i++) {
    const v = (data[i] as number) + (rng.next() - 0.5) * 60;
    data[i] = v < thr ? 0 : 255;
  }
  for (let s = 0; s < specks; s++) {
    const x = rng.int(0, w - 4);
    const y = rng.int(0, h - 4);
    const sz = rng.int(1, 3);
    for (let dy = 0; dy < sz; dy++) for (let dx = 0; dx < sz; dx++) data[(y + dy) * w + x + dx] = 0;
  }
  for (let d = 0; d < dropouts; d++) {
    const y = rng.int(0, h - 3);
    const x0 = rng.int(0, Math.floor(w / 2));
    const len = rng.int(Math.floor(w / 6), w - x0);
    const th = rng.int(1, 2);
    for (let dy = 0; dy < th; dy++) for (let x = x0; x < x0 + len; x++) if (rng.next() < 0.85) data[(y + dy) * w + x] = 255;
  }
}
function perspective(src: Raw, rng: Rng, outW: number, outH: number): Raw {
  // page corners in output coordinates
  const m = 0.07;
  const j = (): number => (rng.next() - 0.5) * 0.05;
  const q: [number, number][] = [
    [outW * (m + j()), outH * (m * 0.8 + j())],
    [outW * (1 - m + j()), outH * (m * 0.6 + j())],
    [outW * (1 - m * 0.7 + j()), outH * (1 - m + j())],
    [outW * (m * 0.6 + j()), outH * (1 - m * 0.8 + j())],
  ];
  // homography from unit square to quad (Heckbert)
  const [p0, p1, p2, p3] = q as [[number, number], [number, number], [number, number], [number, number]];
  const sx = p0[0] - p1[0] + p2[0] - p3[0];
  const sy = p0[1] - p1[1] + p2[1] - p3[1];
  let a: number, b: number, c: number, d: number, e: number, f: number, g: number, hh: number;
  const dx1 = p1[0] - p2[0], dx2 = p3[0] - p2[0], dy1 = p1[1] - p2[1], dy2 = p3[1] - p2[1];
  const den = dx1 * dy2 - dx2 * dy1;
  g = (sx * dy2 - dx2 * sy) / den;
  hh = (dx1 * sy - sx * dy1) / den;
  a = p1[0] - p0[0] + g * p1[0];
  b = p3[0] - p0[0] + hh * p3[0];
  c = p0[0];
  d = p1[1] - p0[1] + g * p1[1];
  e = p3[1] - p0[1] + hh * p3[1];
  f = p0[1];
  // inverse (adjugate)
  const A = e - f * hh, B = c * hh - b, C = b * f - c * e;
  const D = f * g - d, E = a - c * g, F = c * d - a * f;
  const G = d * hh - e * g, H = b * g - a * hh, I = a * e - b * d;
  const out = Buffer.alloc(outW * outH * 3);
  const light = [rng.next(), rng.next()];
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const o = (y * outW + x) * 3;
      const wz = G * x + H * y + I;
      const u = (A * x + B * y + C) / wz;
      const v = (D * x + E * y + F) / wz;
      const lx = x / outW - (light[0] as number), ly = y / outH - (light[1] as number);
      const lf = 1.08 - 0.42 * Math.min(1, Math.sqrt(lx * lx + ly * ly));
      let R: number, Gc: number, Bc: number;
      if (u >= 0 && u < 1 && v >= 0 && v < 1) {
        const px = u * (src.w - 1), py = v * (src.h - 1);
        const ix = Math.floor(px), iy = Math.floor(py);
        const fx = px - ix, fy = py - iy;
        const i00 = (iy * src.w + ix) * 3, i10 = i00 + 3, i01 = i00 + src.w * 3, i11 = i01 + 3;
        const s = (k: number): number => {
          const v00 = src.data[i00 + k] as number, v10 = (src.data[i10 + k] ?? v00) as number;
          const v01 = (src.data[i01 + k] ?? v00) as number, v11 = (src.data[i11 + k] ?? v00) as number;
          return (v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy;
        };
        R = s(0) * 0.98; Gc = s(1) * 0.95; Bc = s(2) * 0.86;
      } else {
        const n = ((x * 13 + y * 7) % 23) - 11;
        R = 120 + n + 30 * (y / outH); Gc = 92 + n + 20 * (y / outH); Bc = 64 + n;
      }
      out[o] = Math.max(0, Math.min(255, R * lf));
      out[o + 1] = Math.max(0, Math.min(255, Gc * lf));
      out[o + 2] = Math.max(0, Math.min(255, Bc * lf));
    }
  }
  return { data: out, w: outW, h: outH, c: 3 };
}

export type Profile = 'text-pdf' | 'gray-jpeg-300' | 'bilevel-png-300' | 'fax-g4-tiff-200' | 'skewed-scan' | 'rotated-scan' | 'phone-photo' | 'image-pdf' | 'gray-tiff';
export const PROFILE_EXT: Record<Profile, (pages: number) => string> = {
  'text-pdf': () => 'pdf',
  'gray-jpeg-300': () => 'jpg',
  'bilevel-png-300': () => 'png',
  'fax-g4-tiff-200': () => 'tif',
  'skewed-scan': (n) => (n > 1 ? 'pdf' : 'jpg'),
  'rotated-scan': (n) => (n > 1 ? 'pdf' : 'jpg'),
  'phone-photo': (n) => (n > 1 ? 'pdf' : 'jpg'),
  'image-pdf': () => 'pdf',
  'gray-tiff': () => 'tif',
};

export async function renderProfile(pages: PageModel[], profile: Profile, rng: Rng, title: string, creator: string): Promise<{ buf: Buffer; ext: string }> {
  const n = pages.length;
  const ext = PROFILE_EXT[profile](n);
  const pdf = await renderPdf(pages, title, creator);
  if (profile === 'text-pdf') return { buf: pdf, ext };
  if (profile === 'gray-jpeg-300') {
    const [png] = rasterise(pdf, 300, true);
    const r = await toRaw(png as Buffer, true);
    grain(r, rng, 14, 0.97);
    const buf = await fromRaw(r).blur(0.6).jpeg({ quality: 62 }).withMetadata({ density: 300 }).toBuffer();
    return { buf, ext };
  }
  if (profile === 'bilevel-png-300') {
    const [png] = rasterise(pdf, 300, true);
    const r = await toRaw(png as Buffer, true);
    bilevel(r, rng, 150, 250, 0);
    const buf = await fromRaw(r).png({ palette: true, colours: 2, compressionLevel: 9 }).withMetadata({ density: 300 }).toBuffer();
    return { buf, ext };
  }
  if (profile === 'fax-g4-tiff-200') {
    const pngs = rasterise(pdf, 200, true);
    const out: Buffer[] = [];
    for (const p of pngs) {
      const r = await toRaw(p, true);
      bilevel(r, rng, 140, rng.int(300, 900), rng.int(3, 9));
      out.push(await fromRaw(r).png().toBuffer());
    }
    const s = out.length > 1 ? sharp(out, { join: { animated: true } }) : sharp(out[0] as Buffer);
    const buf = await s.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
    return { buf, ext };
  }
  if (profile === 'gray-tiff') {
    const pngs = rasterise(pdf, 200, true);
    const out: Buffer[] = [];
    for (const p of pngs) {
      const r = await toRaw(p, true);
      grain(r, rng, 10, 0.96);
      out.push(await fromRaw(r).png().toBuffer());
    }
    const s = out.length > 1 ? sharp(out, { join: { animated: true } }) : sharp(out[0] as Buffer);
    const buf = await s.toColourspace('b-w').tiff({ compression: 'jpeg', quality: 60, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
    return { buf, ext };
  }
  if (profile === 'skewed-scan' || profile === 'rotated-scan' || profile === 'image-pdf') {
    const dpi = profile === 'image-pdf' ? 200 : n > 1 ? 200 : 300;
    const pngs = rasterise(pdf, dpi, true);
    const imgs: { buf: Buffer; w: number; h: number }[] = [];
    const rot90 = rng.pick([90, 180, 270]);
    for (const p of pngs) {
      const r = await toRaw(p, true);
      grain(r, rng, 12, 0.97);
      let s = fromRaw(r);
      if (profile === 'skewed-scan') {
        const ang = (rng.next() < 0.5 ? -1 : 1) * (1 + rng.next() * 3);
        s = sharp(await s.rotate(ang, { background: { r: 250, g: 250, b: 250 } }).png().toBuffer()).resize(r.w, r.h, { fit: 'fill' });
      } else if (profile === 'rotated-scan') {
        s = sharp(await s.rotate(rot90).png().toBuffer());
      }
      const single = n === 1 && profile !== 'image-pdf';
      const buf = single && ext === 'png' ? await s.png({ compressionLevel: 9 }).withMetadata({ density: dpi }).toBuffer() : await s.jpeg({ quality: single ? 66 : 58 }).withMetadata({ density: dpi }).toBuffer();
      const meta = await sharp(buf).metadata();
      imgs.push({ buf, w: meta.width ?? 0, h: meta.height ?? 0 });
    }
    if (n === 1 && profile !== 'image-pdf') return { buf: (imgs[0] as { buf: Buffer }).buf, ext };
    return { buf: await imagesToPdf(imgs, title), ext };
  }
  // phone-photo
  const pngs = rasterise(pdf, 150, false);
  const imgs: { buf: Buffer; w: number; h: number }[] = [];
  for (const p of pngs) {
    const r = await toRaw(p, false);
    const ph = perspective(r, rng, 1500, 2050);
    const buf = await fromRaw(ph).blur(0.9).jpeg({ quality: 74 }).toBuffer();
    imgs.push({ buf, w: 1500, h: 2050 });
  }
  if (n === 1) return { buf: (imgs[0] as { buf: Buffer }).buf, ext };
  return { buf: await imagesToPdf(imgs, title), ext };
}
