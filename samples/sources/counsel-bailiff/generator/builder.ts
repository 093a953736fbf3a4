/**
 * A thin layer over pdfkit: every string drawn is also recorded as a line of the page's
 * text (reading order = call order), with its box, so the truth's pageTexts and the dirt
 * placement (stamps must not cover text) come from the same source as the drawing.
 */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  sans: 'DejaVuSans.ttf', sansB: 'DejaVuSans-Bold.ttf', sansI: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf', serifB: 'DejaVuSerif-Bold.ttf', serifI: 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf', monoB: 'DejaVuSansMono-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf', condB: 'DejaVuSansCondensed-Bold.ttf',
  scond: 'DejaVuSerifCondensed.ttf', scondB: 'DejaVuSerifCondensed-Bold.ttf', light: 'DejaVuSans-ExtraLight.ttf',
} as const;
export type FontKey = keyof typeof FONTS;

export interface Box { x: number; y: number; w: number; h: number; s?: string }
interface PageRec { head: string[]; lines: string[]; tail: string[]; boxes: Box[] }

export const MM = 72 / 25.4;
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

export interface TextOpts { width?: number; align?: 'left' | 'right' | 'center'; color?: string; record?: boolean; underline?: boolean; page?: number; where?: 'head' | 'lines' | 'tail' }

export class Builder {
  readonly doc: PDFKit.PDFDocument;
  private readonly pages: PageRec[] = [];
  private fontKey: FontKey = 'sans';
  private fontSize = 10;
  y = 0;
  left = 25 * MM;
  right = PAGE_W - 20 * MM;
  top = 20 * MM;
  bottom = PAGE_H - 27 * MM;
  lineFactor = 1.28;
  /** Called after a page break inside flowing text (running header of continuation pages). */
  onNewPage: ((b: Builder) => void) | null = null;

  constructor(creationDate: Date, title: string) {
    this.doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: title, Producer: 'Kanzlei-/Behördensoftware', Creator: 'Textverarbeitung', CreationDate: creationDate, ModDate: creationDate } });
    for (const [key, file] of Object.entries(FONTS)) this.doc.registerFont(key, path.join(FONT_DIR, file));
    this.addPage();
  }

  get pageCount(): number { return this.pages.length; }
  get pageIndex(): number { return this.pages.length - 1; }
  get width(): number { return this.right - this.left; }

  private addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pages.push({ head: [], lines: [], tail: [], boxes: [] });
    this.y = this.top;
  }

  newPage(): void {
    this.addPage();
    this.onNewPage?.(this);
  }

  font(key: FontKey, size: number): this {
    this.fontKey = key;
    this.fontSize = size;
    this.doc.font(key).fontSize(size);
    return this;
  }
  get lh(): number { return this.fontSize * this.lineFactor; }
  measure(s: string): number { return this.doc.font(this.fontKey).fontSize(this.fontSize).widthOfString(s); }

  private page(i: number): PageRec {
    const p = this.pages[i];
    if (!p) throw new Error(`no page ${i}`);
    return p;
  }
  record(s: string, where: 'head' | 'lines' | 'tail' = 'lines', pageIdx = this.pageIndex): void {
    if (s.trim() === '') return;
    this.page(pageIdx)[where].push(s);
  }
  /** Record a line as the first line of a page (fax header). */
  recordFirst(s: string, pageIdx: number): void { this.page(pageIdx).head.unshift(s); }
  addBox(b: Box, pageIdx = this.pageIndex): void { this.page(pageIdx).boxes.push(b); }
  boxes(pageIdx: number): Box[] { return this.page(pageIdx).boxes; }

  /** Draw one line of text at an absolute position (no wrapping). Returns its width. */
  text(x: number, y: number, s: string, o: TextOpts = {}): number {
    const d = this.doc.font(this.fontKey).fontSize(this.fontSize);
    const w = d.widthOfString(s);
    let tx = x;
    if (o.width !== undefined && o.align === 'right') tx = x + o.width - w;
    if (o.width !== undefined && o.align === 'center') tx = x + (o.width - w) / 2;
    d.fillColor(o.color ?? '#000000').text(s, tx, y, { lineBreak: false, underline: o.underline ?? false });
    this.addBox({ x: tx, y, w, h: this.fontSize * 1.15, s }, o.page ?? this.pageIndex);
    if (o.record !== false) this.record(s, o.where ?? 'lines', o.page ?? this.pageIndex);
    return w;
  }

  /** Split text into lines that fit the width. */
  wrap(s: string, width: number): string[] {
    const out: string[] = [];
    for (const para of s.split('\n')) {
      let cur = '';
      for (const word of para.split(/ +/)) {
        const cand = cur === '' ? word : `${cur} ${word}`;
        if (this.measure(cand) <= width || cur === '') cur = cand;
        else { out.push(cur); cur = word; }
      }
      out.push(cur);
    }
    return out;
  }

  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }

  /** A line at the cursor; advances the cursor. */
  line(s: string, o: TextOpts & { x?: number; gap?: number } = {}): void {
    this.ensure(this.lh);
    this.text(o.x ?? this.left, this.y, s, { ...o, width: o.width ?? (o.align ? this.right - (o.x ?? this.left) : undefined) });
    this.y += this.lh + (o.gap ?? 0);
  }

  /** A wrapped paragraph at the cursor (left aligned or justified); may break pages. */
  para(s: string, o: { x?: number; width?: number; indent?: number; gap?: number; justify?: boolean; firstIndent?: number } = {}): void {
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    const lines = this.wrap(s, width - (o.indent ?? 0));
    lines.forEach((ln, i) => {
      this.ensure(this.lh);
      const lx = x + (i > 0 ? (o.indent ?? 0) : (o.firstIndent ?? 0));
      const last = i === lines.length - 1;
      const words = ln.split(' ');
      if (o.justify && !last && words.length > 1) {
        const natural = this.measure(ln);
        const extra = (width - (o.indent && i > 0 ? o.indent : 0) - natural) / (words.length - 1);
        this.doc.font(this.fontKey).fontSize(this.fontSize).fillColor('#000000').text(ln, lx, this.y, { lineBreak: false, wordSpacing: Math.max(0, Math.min(extra, 6)) });
        this.addBox({ x: lx, y: this.y, w: width, h: this.fontSize * 1.15, s: ln });
        this.record(ln);
      } else {
        this.text(lx, this.y, ln);
      }
      this.y += this.lh;
    });
    this.y += o.gap ?? 0;
  }

  /** Label and value on one line (value may wrap below itself). Recorded as "label value". */
  row(label: string, value: string, o: { x?: number; valueX: number; labelFont?: FontKey; valueFont?: FontKey; width?: number; gap?: number }): void {
    const lines = value === '' ? [''] : this.wrapWith(o.valueFont ?? this.fontKey, value, (o.width ?? this.right) - o.valueX);
    this.ensure(this.lh * lines.length);
    const keep = this.fontKey;
    this.font(o.labelFont ?? keep, this.fontSize);
    this.text(o.x ?? this.left, this.y, label, { record: false });
    this.font(o.valueFont ?? keep, this.fontSize);
    lines.forEach((ln, i) => {
      if (ln !== '') this.text(o.valueX, this.y, ln, { record: false });
      this.record(i === 0 ? `${label} ${ln}`.trim() : ln);
      this.y += this.lh;
    });
    this.font(keep, this.fontSize);
    this.y += o.gap ?? 0;
  }

  wrapWith(font: FontKey, s: string, width: number): string[] {
    const keep = this.fontKey;
    this.font(font, this.fontSize);
    const out = this.wrap(s, width);
    this.font(keep, this.fontSize);
    return out;
  }

  rule(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#000000'): void {
    this.doc.save().lineWidth(w).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke().restore();
  }
  rect(x: number, y: number, w: number, h: number, o: { fill?: string; stroke?: string; lw?: number } = {}): void {
    this.doc.save();
    if (o.fill) this.doc.rect(x, y, w, h).fill(o.fill);
    if (o.stroke) this.doc.lineWidth(o.lw ?? 0.6).rect(x, y, w, h).stroke(o.stroke);
    this.doc.restore();
  }
  space(dy: number): void { this.y += dy; }

  /** Draw on an earlier page (footers, page numbers) — records to head/tail of that page. */
  forEachPage(fn: (i: number, n: number) => void): void {
    const n = this.pages.length;
    for (let i = 0; i < n; i++) {
      this.doc.switchToPage(i);
      fn(i, n);
    }
  }
  /** Text on a given page (after the flow), recorded at the head or tail of that page's text. */
  textAt(page: number, where: 'head' | 'tail', x: number, y: number, s: string, o: TextOpts = {}): number {
    this.doc.switchToPage(page);
    return this.text(x, y, s, { ...o, page, where });
  }

  pageTexts(): string[] {
    return this.pages.map((p) => [...p.head, ...p.lines, ...p.tail].join('\n'));
  }

  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
