/** A thin layer over pdfkit that draws text line by line and records each page's text in reading order. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

export type FontKey =
  | 'sans' | 'sansB' | 'sansI' | 'cond' | 'condB' | 'serif' | 'serifB' | 'serifI' | 'mono' | 'monoB' | 'lib' | 'libB' | 'libI';

const FONT_FILES: Record<FontKey, [string, string]> = {
  sans: ['dejavu-fonts-ttf/ttf', 'DejaVuSans.ttf'],
  sansB: ['dejavu-fonts-ttf/ttf', 'DejaVuSans-Bold.ttf'],
  sansI: ['dejavu-fonts-ttf/ttf', 'DejaVuSans-Oblique.ttf'],
  cond: ['dejavu-fonts-ttf/ttf', 'DejaVuSansCondensed.ttf'],
  condB: ['dejavu-fonts-ttf/ttf', 'DejaVuSansCondensed-Bold.ttf'],
  serif: ['dejavu-fonts-ttf/ttf', 'DejaVuSerif.ttf'],
  serifB: ['dejavu-fonts-ttf/ttf', 'DejaVuSerif-Bold.ttf'],
  serifI: ['dejavu-fonts-ttf/ttf', 'DejaVuSerifCondensed-Italic.ttf'],
  mono: ['dejavu-fonts-ttf/ttf', 'DejaVuSansMono.ttf'],
  monoB: ['dejavu-fonts-ttf/ttf', 'DejaVuSansMono-Bold.ttf'],
  lib: ['pdfjs-dist/standard_fonts', 'LiberationSans-Regular.ttf'],
  libB: ['pdfjs-dist/standard_fonts', 'LiberationSans-Bold.ttf'],
  libI: ['pdfjs-dist/standard_fonts', 'LiberationSans-Italic.ttf'],
};

function findNodeModules(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 10; i++) {
    const candidate = path.join(dir, 'node_modules', 'dejavu-fonts-ttf');
    if (fs.existsSync(candidate)) return path.join(dir, 'node_modules');
    dir = path.dirname(dir);
  }
  throw new Error('node_modules with dejavu-fonts-ttf not found');
}

const fontCache = new Map<FontKey, Buffer>();
function fontData(key: FontKey): Buffer {
  const hit = fontCache.get(key);
  if (hit) return hit;
  const [dir, file] = FONT_FILES[key];
  const data = fs.readFileSync(path.join(findNodeModules(), dir, file));
  fontCache.set(key, data);
  return data;
}

export const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

export interface Rect { x: number; y: number; w: number; h: number }

export interface TextOpts {
  font?: FontKey;
  size?: number;
  align?: 'left' | 'right' | 'center';
  width?: number;
  color?: string;
  record?: boolean;
  underline?: boolean;
}

export class Writer {
  readonly doc: PDFKit.PDFDocument;
  readonly pageLines: string[][] = [[]];
  readonly pageBoxes: Rect[][] = [[]];
  page = 0;
  private curFont: FontKey = 'sans';
  private curSize = 10;

  constructor(title: string, creationDate: Date) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: title, Producer: 'registry-forms', Creator: 'registry-forms', CreationDate: creationDate, ModDate: creationDate },
    });
    for (const key of Object.keys(FONT_FILES) as FontKey[]) this.doc.registerFont(key, fontData(key));
    this.setFont('sans', 10);
  }

  setFont(font: FontKey, size: number): void {
    this.curFont = font;
    this.curSize = size;
    this.doc.font(font).fontSize(size);
  }

  width(s: string, font?: FontKey, size?: number): number {
    this.doc.font(font ?? this.curFont).fontSize(size ?? this.curSize);
    return this.doc.widthOfString(s);
  }

  /** Records a line of text for the page's text without drawing (for text drawn by hand). */
  record(s: string): void {
    const t = s.replace(/\s+/g, ' ').trim();
    if (t) this.pageLines[this.page]?.push(t);
  }

  /** Draws one line with its top at y; returns the line height. */
  text(x: number, y: number, s: string, o: TextOpts = {}): number {
    const font = o.font ?? this.curFont;
    const size = o.size ?? this.curSize;
    this.doc.font(font).fontSize(size).fillColor(o.color ?? '#000000');
    const w = this.doc.widthOfString(s);
    let left = x;
    if (o.align === 'right') left = x - w;
    if (o.align === 'center') left = x - w / 2;
    this.doc.text(s, left, y, { lineBreak: false, underline: o.underline ?? false });
    this.pageBoxes[this.page]?.push({ x: left, y, w, h: size * 1.2 });
    if (o.record !== false) this.record(s);
    this.doc.fillColor('#000000');
    return size * 1.25;
  }

  /** Draws several lines; returns the y below them. */
  lines(x: number, y: number, ls: readonly string[], o: TextOpts & { gap?: number } = {}): number {
    const size = o.size ?? this.curSize;
    let cy = y;
    for (const l of ls) {
      this.text(x, cy, l, o);
      cy += size * (o.gap ?? 1.25);
    }
    return cy;
  }

  wrap(s: string, width: number, font?: FontKey, size?: number): string[] {
    const words = s.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    let cur = '';
    for (const word of words) {
      const cand = cur ? `${cur} ${word}` : word;
      if (cur && this.width(cand, font, size) > width) {
        out.push(cur);
        cur = word;
      } else cur = cand;
    }
    if (cur) out.push(cur);
    return out;
  }

  /** A wrapped paragraph; returns the y below it. */
  para(x: number, y: number, width: number, s: string, o: TextOpts & { gap?: number } = {}): number {
    return this.lines(x, y, this.wrap(s, width, o.font ?? this.curFont, o.size ?? this.curSize), o);
  }

  /** A label and its value (one or more lines) in two columns, recorded as "label value". */
  row(lx: number, vx: number, y: number, label: string, value: string | readonly string[], o: TextOpts & { labelFont?: FontKey; gap?: number; valueWidth?: number } = {}): number {
    const size = o.size ?? this.curSize;
    const vals = typeof value === 'string' ? (o.valueWidth ? this.wrap(value, o.valueWidth, o.font, size) : [value]) : [...value];
    this.text(lx, y, label, { ...o, font: o.labelFont ?? o.font, record: false });
    let cy = y;
    vals.forEach((v, i) => {
      this.text(vx, cy, v, { ...o, record: false });
      this.record(i === 0 ? `${label} ${v}` : v);
      cy += size * (o.gap ?? 1.25);
    });
    if (vals.length === 0) {
      this.record(label);
      cy += size * (o.gap ?? 1.25);
    }
    return cy;
  }

  hline(x1: number, x2: number, y: number, w = 0.6, color = '#000000'): void {
    this.doc.save().lineWidth(w).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  vline(x: number, y1: number, y2: number, w = 0.6): void {
    this.doc.save().lineWidth(w).moveTo(x, y1).lineTo(x, y2).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string): void {
    this.doc.save().lineWidth(lw);
    if (fill) this.doc.rect(x, y, w, h).fillAndStroke(fill, '#000000');
    else this.doc.rect(x, y, w, h).stroke();
    this.doc.restore();
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.save().rect(x, y, w, h).fill(color).restore();
  }

  /** A drawn check box (not text). */
  checkbox(x: number, y: number, checked: boolean, size = 8): void {
    this.rect(x, y, size, size, 0.7);
    if (checked) {
      this.doc.save().lineWidth(0.9).moveTo(x + 1.2, y + 1.2).lineTo(x + size - 1.2, y + size - 1.2).moveTo(x + size - 1.2, y + 1.2).lineTo(x + 1.2, y + size - 1.2).stroke().restore();
    }
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page += 1;
    this.pageLines.push([]);
    this.pageBoxes.push([]);
  }

  get pageCount(): number {
    return this.page + 1;
  }

  async end(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
