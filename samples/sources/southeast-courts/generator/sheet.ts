/** A thin layer over pdfkit: millimetre coordinates, fonts, and a record of every printed line (pageTexts). */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dejavuDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const liberationDir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');

export const FONT_FILES = {
  sans: path.join(dejavuDir, 'DejaVuSans.ttf'),
  sansB: path.join(dejavuDir, 'DejaVuSans-Bold.ttf'),
  sansI: path.join(dejavuDir, 'DejaVuSans-Oblique.ttf'),
  cond: path.join(dejavuDir, 'DejaVuSansCondensed.ttf'),
  condB: path.join(dejavuDir, 'DejaVuSansCondensed-Bold.ttf'),
  serif: path.join(dejavuDir, 'DejaVuSerif.ttf'),
  serifB: path.join(dejavuDir, 'DejaVuSerif-Bold.ttf'),
  serifI: path.join(dejavuDir, 'DejaVuSerif-Italic.ttf'),
  mono: path.join(dejavuDir, 'DejaVuSansMono.ttf'),
  monoB: path.join(dejavuDir, 'DejaVuSansMono-Bold.ttf'),
  arial: path.join(liberationDir, 'LiberationSans-Regular.ttf'),
  arialB: path.join(liberationDir, 'LiberationSans-Bold.ttf'),
  arialI: path.join(liberationDir, 'LiberationSans-Italic.ttf'),
} as const;

export type FontKey = keyof typeof FONT_FILES;

export const MM = 72 / 25.4;
export const PAGE_W = 210;
export const PAGE_H = 297;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextOpts {
  font?: FontKey;
  size?: number;
  align?: 'left' | 'right' | 'center';
  /** width of the box for right/center alignment (mm) */
  width?: number;
  /** do not add to pageTexts (e.g. a watermark) */
  silent?: boolean;
  color?: string;
  underline?: boolean;
}

export interface Cell {
  x: number;
  text: string;
  font?: FontKey;
  size?: number;
  align?: 'left' | 'right';
  width?: number;
}

export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 8, 0, 0));

export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly texts: string[][] = [[]];
  readonly occupied: Rect[][] = [[]];
  private page = 0;
  font: FontKey = 'sans';
  size = 10;

  constructor(title: string, author: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: title, Author: author, Producer: 'southeast-courts sample generator', Creator: author, CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    });
    for (const [k, file] of Object.entries(FONT_FILES)) this.doc.registerFont(k, file);
    this.doc.font('sans').fontSize(10);
  }

  get pageIndex(): number {
    return this.page;
  }

  get pageCount(): number {
    return this.texts.length;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page = this.texts.length;
    this.texts.push([]);
    this.occupied.push([]);
  }

  setFont(font: FontKey, size: number): void {
    this.font = font;
    this.size = size;
  }

  width(text: string, font?: FontKey, size?: number): number {
    this.doc.font(font ?? this.font).fontSize(size ?? this.size);
    return this.doc.widthOfString(text) / MM;
  }

  /** Line height in mm for the given font size. */
  lh(size?: number): number {
    return ((size ?? this.size) * 1.22) / MM;
  }

  private draw(x: number, y: number, text: string, font: FontKey, size: number, color = 'black', underline = false): number {
    const w = this.width(text, font, size);
    this.doc.fillColor(color).font(font).fontSize(size).text(text, x * MM, y * MM, { lineBreak: false, underline });
    const page = this.occupied[this.page];
    page?.push({ x, y, w, h: this.lh(size) });
    return w;
  }

  private record(text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) this.texts[this.page]?.push(t);
  }

  /** One printed line at (x, y) — y is the top of the line in mm. */
  text(x: number, y: number, text: string, o: TextOpts = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const w = this.width(text, font, size);
    let dx = x;
    if (o.align === 'right') dx = x + (o.width ?? 0) - w;
    if (o.align === 'center') dx = x + ((o.width ?? 0) - w) / 2;
    this.draw(dx, y, text, font, size, o.color, o.underline);
    if (!o.silent) this.record(text);
    return w;
  }

  /** Several cells on one visual line, recorded as one line (cells joined by a space). */
  row(y: number, cells: Cell[]): void {
    const parts: string[] = [];
    for (const c of cells) {
      if (!c.text) continue;
      const font = c.font ?? this.font;
      const size = c.size ?? this.size;
      let dx = c.x;
      if (c.align === 'right') dx = c.x + (c.width ?? 0) - this.width(c.text, font, size);
      this.draw(dx, y, c.text, font, size);
      parts.push(c.text);
    }
    this.record(parts.join(' '));
  }

  /** Word-wrapped paragraph; returns the y below it. Lines are recorded one by one. */
  para(x: number, y: number, width: number, text: string, o: TextOpts & { gap?: number } = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const lines = this.wrap(text, width, font, size);
    let yy = y;
    const step = this.lh(size) + (o.gap ?? 0.6);
    for (const line of lines) {
      this.text(x, yy, line, { ...o, font, size });
      yy += step;
    }
    return yy;
  }

  wrap(text: string, width: number, font?: FontKey, size?: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      const cand = cur ? `${cur} ${w}` : w;
      if (this.width(cand, font, size) > width && cur) {
        lines.push(cur);
        cur = w;
      } else cur = cand;
    }
    if (cur) lines.push(cur);
    return lines;
  }

  hline(x1: number, x2: number, y: number, weight = 0.5, color = 'black'): void {
    this.doc.save().lineWidth(weight).strokeColor(color).moveTo(x1 * MM, y * MM).lineTo(x2 * MM, y * MM).stroke().restore();
  }

  vline(x: number, y1: number, y2: number, weight = 0.5): void {
    this.doc.save().lineWidth(weight).strokeColor('black').moveTo(x * MM, y1 * MM).lineTo(x * MM, y2 * MM).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, weight = 0.6, fill?: string): void {
    this.doc.save().lineWidth(weight);
    if (fill) this.doc.rect(x * MM, y * MM, w * MM, h * MM).fillAndStroke(fill, 'black');
    else this.doc.rect(x * MM, y * MM, w * MM, h * MM).stroke();
    this.doc.restore();
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.save().rect(x * MM, y * MM, w * MM, h * MM).fill(color).restore();
  }

  /** DIN 5008 fold and punch marks at the left edge. */
  foldMarks(): void {
    this.hline(3, 8, 105, 0.4);
    this.hline(3, 10, 148.5, 0.4);
    this.hline(3, 8, 210, 0.4);
  }

  /** "Seite n von m" footers on all pages (called once at the end). Adds to each page's text. */
  pageNumbers(x: number, y: number, style: 'von' | 'slash' | 'dash', o: TextOpts = {}): void {
    const n = this.pageCount;
    if (n < 2) return;
    for (let i = 0; i < n; i++) {
      this.doc.switchToPage(i);
      const saved = this.page;
      this.page = i;
      const label = style === 'von' ? `Seite ${i + 1} von ${n}` : style === 'slash' ? `${i + 1}/${n}` : `- ${i + 1} -`;
      this.text(x, y, label, o);
      this.page = saved;
    }
    this.doc.switchToPage(this.page);
  }

  goTo(i: number): void {
    this.doc.switchToPage(i);
    this.page = i;
  }

  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => this.doc.on('end', () => resolve()));
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
