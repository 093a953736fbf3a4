/**
 * A small line-oriented drawing layer on top of pdfkit. Every text call draws exactly one
 * line and is recorded, so the page texts of the truth files are exactly what was printed.
 * Units are millimetres from the top-left corner of an A4 page.
 */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const DEJAVU = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const LIB = '/usr/share/fonts/truetype/liberation';

export const FONT_FILES = {
  sans: `${DEJAVU}/DejaVuSans.ttf`,
  sansB: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  cond: `${DEJAVU}/DejaVuSansCondensed.ttf`,
  condB: `${DEJAVU}/DejaVuSansCondensed-Bold.ttf`,
  serif: `${DEJAVU}/DejaVuSerif.ttf`,
  serifB: `${DEJAVU}/DejaVuSerif-Bold.ttf`,
  mono: `${DEJAVU}/DejaVuSansMono.ttf`,
  monoB: `${DEJAVU}/DejaVuSansMono-Bold.ttf`,
  lsans: `${LIB}/LiberationSans-Regular.ttf`,
  lsansB: `${LIB}/LiberationSans-Bold.ttf`,
  lserif: `${LIB}/LiberationSerif-Regular.ttf`,
  lserifB: `${LIB}/LiberationSerif-Bold.ttf`,
  lmono: `${LIB}/LiberationMono-Regular.ttf`,
  lmonoB: `${LIB}/LiberationMono-Bold.ttf`,
  narrow: `${LIB}/LiberationSansNarrow-Regular.ttf`,
  narrowB: `${LIB}/LiberationSansNarrow-Bold.ttf`,
} as const;
export type FontKey = keyof typeof FONT_FILES;

/** A family: regular and bold face. */
export interface Family { r: FontKey; b: FontKey }
export const FAMILIES: Record<string, Family> = {
  sans: { r: 'sans', b: 'sansB' },
  cond: { r: 'cond', b: 'condB' },
  serif: { r: 'serif', b: 'serifB' },
  mono: { r: 'mono', b: 'monoB' },
  lsans: { r: 'lsans', b: 'lsansB' },
  lserif: { r: 'lserif', b: 'lserifB' },
  lmono: { r: 'lmono', b: 'lmonoB' },
  narrow: { r: 'narrow', b: 'narrowB' },
};

const MM = 72 / 25.4;
export const PAGE_W = 210;
export const PAGE_H = 297;

interface Item { x: number; y: number; s: string }

export interface TextOpts {
  size?: number;
  bold?: boolean;
  align?: 'left' | 'right' | 'center';
  color?: string;
  font?: FontKey;
  spacing?: number;
  underline?: boolean;
}

export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private pages: Item[][] = [[]];
  private cur = 0;
  fam: Family;
  size = 10;
  /** flow cursor (mm) and margins */
  y = 0;
  left = 25;
  right = 190;
  bottom = 272;
  lineGap = 1.45;
  onNewPage: ((sh: Sheet, pageNo: number) => void) | null = null;

  constructor(fam: Family, meta: { title: string; author: string; creator: string; date: Date }) {
    this.fam = fam;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: true,
      compress: true,
      bufferPages: true,
      info: { Title: meta.title, Author: meta.author, Creator: meta.creator, Producer: meta.creator, CreationDate: meta.date, ModDate: meta.date },
    });
    for (const [k, f] of Object.entries(FONT_FILES)) this.doc.registerFont(k, f);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
  }

  get pageCount(): number {
    return this.pages.length;
  }

  private setFont(o: TextOpts): number {
    const size = o.size ?? this.size;
    const f = o.font ?? (o.bold ? this.fam.b : this.fam.r);
    this.doc.font(f).fontSize(size);
    return size;
  }

  width(s: string, o: TextOpts = {}): number {
    this.setFont(o);
    return this.doc.widthOfString(s, { characterSpacing: o.spacing ?? 0 }) / MM;
  }

  /** one line of text with its top at (x, y) */
  t(x: number, y: number, s: string, o: TextOpts = {}): number {
    if (s === '') return 0;
    const size = this.setFont(o);
    const w = this.doc.widthOfString(s, { characterSpacing: o.spacing ?? 0 }) / MM;
    let xx = x;
    if (o.align === 'right') xx = x - w;
    else if (o.align === 'center') xx = x - w / 2;
    this.doc.fillColor(o.color ?? '#000000');
    this.doc.text(s, xx * MM, y * MM, { lineBreak: false, characterSpacing: o.spacing ?? 0, underline: o.underline ?? false });
    this.current().push({ x: xx, y, s });
    return (size * 1.0) / MM * this.lineGap;
  }

  lineH(o: TextOpts = {}): number {
    return ((o.size ?? this.size) / MM) * this.lineGap;
  }

  /** split into lines that fit the width */
  split(s: string, w: number, o: TextOpts = {}): string[] {
    const words = s.split(/ +/);
    const out: string[] = [];
    let cur = '';
    for (const wd of words) {
      const cand = cur ? `${cur} ${wd}` : wd;
      if (cur && this.width(cand, o) > w) {
        out.push(cur);
        cur = wd;
      } else cur = cand;
    }
    if (cur) out.push(cur);
    return out;
  }

  /** wrapped paragraph at absolute position; returns the y below it */
  wrap(x: number, y: number, w: number, s: string, o: TextOpts = {}): number {
    let yy = y;
    for (const ln of this.split(s, w, o)) {
      this.t(x, yy, ln, o);
      yy += this.lineH(o);
    }
    return yy;
  }

  /** flowing paragraph at the cursor with page breaks */
  p(s: string, o: TextOpts & { indent?: number; after?: number; keep?: boolean } = {}): void {
    const x = this.left + (o.indent ?? 0);
    const lines = this.split(s, this.right - x, o);
    if (o.keep) this.ensure(lines.length * this.lineH(o));
    for (const ln of lines) {
      this.ensure(this.lineH(o));
      this.t(x, this.y, ln, o);
      this.y += this.lineH(o);
    }
    this.y += o.after ?? 2;
  }

  /** hanging paragraph: label at x, text at x+hang */
  hang(label: string, s: string, hang: number, o: TextOpts & { after?: number; labelBold?: boolean } = {}): void {
    const lines = this.split(s, this.right - this.left - hang, o);
    this.ensure(this.lineH(o) * Math.min(2, lines.length));
    this.t(this.left, this.y, label, { ...o, bold: o.labelBold ?? o.bold });
    for (const ln of lines) {
      this.ensure(this.lineH(o));
      this.t(this.left + hang, this.y, ln, o);
      this.y += this.lineH(o);
    }
    if (lines.length === 0) this.y += this.lineH(o);
    this.y += o.after ?? 0.8;
  }

  gap(mm: number): void {
    this.y += mm;
  }

  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pages.push([]);
    this.cur = this.pages.length - 1;
    this.y = 25;
    if (this.onNewPage) this.onNewPage(this, this.pages.length);
  }

  line(x1: number, y1: number, x2: number, y2: number, lw = 0.5, color = '#000000'): void {
    this.doc.save().lineWidth(lw).strokeColor(color).moveTo(x1 * MM, y1 * MM).lineTo(x2 * MM, y2 * MM).stroke().restore();
  }

  dash(x1: number, y1: number, x2: number, y2: number, lw = 0.5): void {
    this.doc.save().lineWidth(lw).dash(2, { space: 2 }).moveTo(x1 * MM, y1 * MM).lineTo(x2 * MM, y2 * MM).stroke().undash().restore();
  }

  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill: string | null = null, stroke: string | null = '#000000'): void {
    const d = this.doc.save().lineWidth(lw);
    d.rect(x * MM, y * MM, w * MM, h * MM);
    if (fill && stroke) d.fillAndStroke(fill, stroke);
    else if (fill) d.fill(fill);
    else d.strokeColor(stroke ?? '#000000').stroke();
    d.restore();
  }

  /** rotated text (stamps); recorded as one line */
  rotText(x: number, y: number, angle: number, s: string, o: TextOpts = {}): void {
    this.setFont(o);
    this.doc.save();
    this.doc.rotate(angle, { origin: [x * MM, y * MM] });
    this.doc.fillColor(o.color ?? '#000000');
    this.doc.text(s, x * MM, y * MM, { lineBreak: false, characterSpacing: o.spacing ?? 0 });
    this.doc.restore();
    this.current().push({ x, y, s });
  }

  /** DIN 5008 fold and punch marks */
  marks(): void {
    this.line(4, 105, 8, 105, 0.4);
    this.line(4, 210, 8, 210, 0.4);
    this.line(3, 148.5, 9, 148.5, 0.4);
  }

  private current(): Item[] {
    return this.pages[this.cur]!;
  }

  /** go back to an earlier page (stamps, fax headers) */
  goto(i: number): void {
    this.doc.switchToPage(i);
    this.cur = i;
  }

  opacity(o: number): void {
    this.doc.fillOpacity(o).strokeOpacity(o);
  }

  /** text of each page, lines top to bottom, items on one line left to right */
  pageTexts(): string[] {
    return this.pages.map((items) => {
      const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
      const lines: Item[][] = [];
      for (const it of sorted) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last[0]!.y - it.y) < 1.2) last.push(it);
        else lines.push([it]);
      }
      return lines.map((l) => l.sort((a, b) => a.x - b.x).map((i) => i.s).join('  ')).join('\n');
    });
  }

  async finish(): Promise<Buffer> {
    const done = new Promise<void>((res) => this.doc.on('end', () => res()));
    this.doc.end();
    await done;
    return Buffer.concat(this.chunks);
  }
}
