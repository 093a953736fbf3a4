/** A thin layer over pdfkit: draws text at fixed positions and records the printed lines in reading order. */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  sans: 'DejaVuSans.ttf',
  sansB: 'DejaVuSans-Bold.ttf',
  sansI: 'DejaVuSans-Oblique.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condB: 'DejaVuSansCondensed-Bold.ttf',
  condI: 'DejaVuSansCondensed-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  serifB: 'DejaVuSerif-Bold.ttf',
  serifI: 'DejaVuSerif-Italic.ttf',
  serifC: 'DejaVuSerifCondensed.ttf',
  serifCB: 'DejaVuSerifCondensed-Bold.ttf',
  serifCI: 'DejaVuSerifCondensed-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoB: 'DejaVuSansMono-Bold.ttf',
  light: 'DejaVuSans-ExtraLight.ttf',
} as const;
export type FontKey = keyof typeof FONTS;

export interface LineBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  tag?: string;
}
export interface TextOpts {
  font?: FontKey;
  size?: number;
  align?: 'left' | 'right' | 'center';
  width?: number; // for right/center alignment
  tag?: string;
  color?: string;
  /** Append to the previous recorded line instead of starting a new one. */
  join?: boolean;
  /** Set the line smaller if it would be wider than this (pt). */
  maxWidth?: number;
}

export const A4 = { w: 595.28, h: 841.89 };
/** Cells that were drawn over their neighbour (a layout bug); generate.ts reports them. */
export const OVERLAPS: string[] = [];
export const MM = 72 / 25.4;

export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly pages: LineBox[][] = [];
  private chunks: Buffer[] = [];
  font: FontKey = 'sans';
  size = 10;

  constructor(title: string) {
    const fixed = new Date(Date.UTC(2025, 0, 1, 8, 0, 0));
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      info: { CreationDate: fixed, ModDate: fixed, Producer: 'land-und-kreis', Creator: 'land-und-kreis', Title: title },
    });
    for (const [k, file] of Object.entries(FONTS)) this.doc.registerFont(k, path.join(FONT_DIR, file));
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
  }
  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pages.push([]);
  }
  get lines(): LineBox[] {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('no page');
    return p;
  }
  width(s: string, font: FontKey = this.font, size: number = this.size): number {
    return this.doc.font(font).fontSize(size).widthOfString(s);
  }
  /** Draw one line of text; returns the y below it. */
  t(x: number, y: number, s: string, o: TextOpts = {}): number {
    const font = o.font ?? this.font;
    const full = o.size ?? this.size;
    const natural = this.width(s, font, full);
    const size = o.maxWidth !== undefined && natural > o.maxWidth ? (full * o.maxWidth) / natural : full;
    const w = this.width(s, font, size);
    let dx = x;
    if (o.align === 'right') dx = x + (o.width ?? 0) - w;
    if (o.align === 'center') dx = x + ((o.width ?? 0) - w) / 2;
    this.doc.fillColor(o.color ?? '#111').font(font).fontSize(size).text(s, dx, y, { lineBreak: false });
    const prev = this.lines[this.lines.length - 1];
    if (o.join && prev) {
      prev.text = `${prev.text} ${s}`;
      if (o.tag && !prev.tag) prev.tag = o.tag;
      const right = Math.max(prev.x + prev.w, dx + w);
      prev.x = Math.min(prev.x, dx);
      prev.w = right - prev.x;
    } else if (s.trim() !== '') {
      const box: LineBox = { text: s, x: dx, y, w, h: size * 1.15 };
      if (o.tag) box.tag = o.tag;
      this.lines.push(box);
    }
    return y + size * 1.3;
  }
  /** Several cells on one printed line (e.g. label and value): recorded as one line. */
  row(y: number, cells: [number, string, TextOpts?][], base: TextOpts = {}): number {
    let first = true;
    let next = y;
    let right = -Infinity;
    for (const [x, s, o] of cells) {
      if (s === '') continue;
      if (x < right + 2) OVERLAPS.push(`"${s}" starts inside the previous cell`);
      right = x + this.width(s, o?.font ?? base.font ?? this.font, o?.size ?? base.size ?? this.size);
      next = Math.max(next, this.t(x, y, s, { ...base, ...o, join: !first }));
      first = false;
    }
    return next;
  }
  /** Wrapped paragraph; each printed line recorded separately. Returns y below. */
  para(x: number, y: number, width: number, s: string, o: TextOpts & { lead?: number; justify?: boolean } = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const lead = o.lead ?? size * 1.35;
    const words = s.split(/\s+/).filter((w) => w !== '');
    let line = '';
    let cy = y;
    for (const word of words) {
      const cand = line === '' ? word : `${line} ${word}`;
      if (this.width(cand, font, size) > width && line !== '') {
        this.t(x, cy, line, { ...o, join: false });
        cy += lead;
        line = word;
      } else line = cand;
    }
    if (line !== '') {
      this.t(x, cy, line, { ...o, join: false });
      cy += lead;
    }
    return cy;
  }
  hline(x1: number, x2: number, y: number, w = 0.6, color = '#222'): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(w).strokeColor(color).stroke();
  }
  vline(x: number, y1: number, y2: number, w = 0.6, color = '#222'): void {
    this.doc.moveTo(x, y1).lineTo(x, y2).lineWidth(w).strokeColor(color).stroke();
  }
  rect(x: number, y: number, w: number, h: number, o: { stroke?: string; fill?: string; lw?: number } = {}): void {
    this.doc.rect(x, y, w, h);
    if (o.fill && o.stroke) this.doc.lineWidth(o.lw ?? 0.6).fillAndStroke(o.fill, o.stroke);
    else if (o.fill) this.doc.fill(o.fill);
    else this.doc.lineWidth(o.lw ?? 0.6).strokeColor(o.stroke ?? '#222').stroke();
  }
  foldMarks(): void {
    this.hline(8, 20, 105 * MM, 0.5, '#555');
    this.hline(8, 16, 148.5 * MM, 0.5, '#555');
    this.hline(8, 20, 210 * MM, 0.5, '#555');
  }
  pageTexts(): string[] {
    return this.pages.map((p) => p.map((l) => l.text).join('\n'));
  }
  async finish(): Promise<Buffer> {
    const done = new Promise<void>((resolve) => this.doc.on('end', () => resolve()));
    this.doc.end();
    await done;
    return Buffer.concat(this.chunks);
  }
}
