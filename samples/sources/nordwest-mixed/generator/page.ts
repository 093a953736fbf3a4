// A thin layer over pdfkit that records the printed text of every page in reading order.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONTS = {
  sans: 'DejaVuSans.ttf', sansB: 'DejaVuSans-Bold.ttf', sansI: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf', serifB: 'DejaVuSerif-Bold.ttf', serifI: 'DejaVuSerif-Italic.ttf',
  cond: 'DejaVuSansCondensed.ttf', condB: 'DejaVuSansCondensed-Bold.ttf',
  mono: 'DejaVuSansMono.ttf', monoB: 'DejaVuSansMono-Bold.ttf',
  scond: 'DejaVuSerifCondensed.ttf', scondB: 'DejaVuSerifCondensed-Bold.ttf',
} as const;
export type FontKey = keyof typeof FONTS;

export const MM = 72 / 25.4;
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

export interface TextOpts { font?: FontKey; size?: number; color?: string; align?: 'left' | 'right' | 'center'; width?: number; hl?: boolean; record?: boolean }
export interface Box { page: number; x: number; y: number; w: number; h: number }

export class Doc {
  readonly pdf: PDFKit.PDFDocument;
  readonly texts: string[][] = [];
  /** Places where a stamp or note may go without covering anything important. */
  readonly free: Box[] = [];
  /** Printed values a reader might highlight. */
  readonly marks: Box[] = [];
  font: FontKey = 'sans';
  size = 10;
  /** First page of the current template (a forwarding cover may come before it). */
  base = 0;

  constructor(title: string) {
    this.pdf = new PDFDocument({
      size: 'A4', margin: 0, autoFirstPage: false, compress: true, bufferPages: true,
      info: { Title: title, Producer: 'nordwest-mixed', Creator: 'nordwest-mixed', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)) },
    });
    for (const [k, f] of Object.entries(FONTS)) this.pdf.registerFont(k, path.join(FONT_DIR, f));
    this.newPage();
  }
  get pageIndex(): number {
    return this.texts.length - 1;
  }
  newPage(): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.texts.push([]);
  }
  record(s: string): void {
    this.texts[this.pageIndex]!.push(s);
  }
  width(s: string, font: FontKey = this.font, size = this.size): number {
    return this.pdf.font(font).fontSize(size).widthOfString(s);
  }
  /** One line of text at (x, y) = top-left; returns the width drawn. */
  text(x: number, y: number, s: string, o: TextOpts = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const w = this.width(s, font, size);
    let dx = x;
    if (o.align === 'right') dx = x - w;
    if (o.align === 'center') dx = x - w / 2;
    this.pdf.font(font).fontSize(size).fillColor(o.color ?? '#000').text(s, dx, y, { lineBreak: false });
    if (o.record !== false) this.record(s);
    if (o.hl) this.marks.push({ page: this.pageIndex, x: dx - 1, y: y - 1, w: w + 2, h: size * 1.2 });
    return w;
  }
  /** Several cells on one visual line, recorded as one line joined by spaces. */
  row(y: number, cells: Array<[number, string, TextOpts?]>): void {
    const parts: string[] = [];
    for (const [x, s, o] of cells) {
      if (!s) continue;
      this.text(x, y, s, { ...o, record: false });
      parts.push(s);
    }
    if (parts.length) this.record(parts.join(' '));
  }
  /** Word-wrapped paragraph; every printed line is recorded. Returns the y below it. */
  para(x: number, y: number, width: number, s: string, o: TextOpts & { lead?: number; justify?: boolean } = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const lead = o.lead ?? size * 1.35;
    const lines: string[] = [];
    for (const hard of s.split('\n')) {
      let cur = '';
      for (const word of hard.split(/ +/)) {
        const cand = cur ? `${cur} ${word}` : word;
        if (cur && this.width(cand, font, size) > width) {
          lines.push(cur);
          cur = word;
        } else cur = cand;
      }
      lines.push(cur);
    }
    let yy = y;
    for (const line of lines) {
      if (line) this.text(x, yy, line, { ...o, font, size, align: o.align === 'right' ? undefined : o.align === 'center' ? 'center' : undefined });
      yy += lead;
    }
    return yy;
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#000'): void {
    this.pdf.moveTo(x1, y1).lineTo(x2, y2).lineWidth(w).strokeColor(color).stroke();
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string): void {
    if (fill) this.pdf.rect(x, y, w, h).fillColor(fill).fill();
    this.pdf.rect(x, y, w, h).lineWidth(lw).strokeColor('#000').stroke();
  }
  fill(x: number, y: number, w: number, h: number, color: string): void {
    this.pdf.rect(x, y, w, h).fillColor(color).fill();
  }
  freeSpot(x: number, y: number, w: number, h: number): void {
    this.free.push({ page: this.pageIndex, x, y, w, h });
  }
  mark(x: number, y: number, w: number, h: number): void {
    this.marks.push({ page: this.pageIndex, x, y, w, h });
  }
  /** Footer "Seite n von m" on every page; call after all pages exist. */
  pageNumbers(fmt: (n: number, m: number) => string, y = PAGE_H - 40, x = PAGE_W / 2, o: TextOpts = {}): void {
    const m = this.texts.length - this.base;
    for (let i = this.base; i < this.texts.length; i++) {
      this.pdf.switchToPage(i);
      const s = fmt(i - this.base + 1, m);
      this.pdf.font(o.font ?? 'sans').fontSize(o.size ?? 8).fillColor('#000');
      const w = this.pdf.widthOfString(s);
      this.pdf.text(s, o.align === 'right' ? x - w : x - w / 2, y, { lineBreak: false });
      this.texts[i]!.push(s);
    }
  }
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return await new Promise((resolve, reject) => {
      this.pdf.on('data', (c: Buffer) => chunks.push(c));
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
      this.pdf.end();
    });
  }
}
