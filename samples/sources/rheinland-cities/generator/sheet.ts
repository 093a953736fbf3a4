import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export type FontName = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'serifI' | 'mono' | 'monoB' | 'cond' | 'condB';
const FONT_FILES: Record<FontName, string> = {
  sans: 'DejaVuSans.ttf', sansB: 'DejaVuSans-Bold.ttf', sansI: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf', serifB: 'DejaVuSerif-Bold.ttf', serifI: 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf', monoB: 'DejaVuSansMono-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf', condB: 'DejaVuSansCondensed-Bold.ttf',
};

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MM = 72 / 25.4;

interface Item { page: number; x: number; y: number; w: number; h: number; text: string; extra: boolean; tag: string | null }

export interface TextOpts {
  font?: FontName;
  size?: number;
  align?: 'left' | 'right' | 'center';
  color?: string;
  /** Not part of the printed text layer (handwriting). */
  hand?: boolean;
  /** Appended at the end of the page text (stamps). */
  extra?: boolean;
  /** A marker for later decoration (e.g. highlighter target). */
  tag?: string;
  rotate?: number;
}

/** A pdfkit document that remembers every text line it draws, for pageTexts and free-space search. */
export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  page = 0;
  readonly items: Item[] = [];
  /** Lines that run into the footer zone (layout overflow). */
  readonly overflow: string[] = [];
  fontName: FontName = 'sans';
  fontSize = 10;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4', margin: 0, autoFirstPage: true, compress: true, bufferPages: true,
      info: { Title: title, Producer: 'rheinland-cities', Creator: 'rheinland-cities', CreationDate: new Date(Date.UTC(2025, 0, 1)), ModDate: new Date(Date.UTC(2025, 0, 1)) },
    });
    for (const [name, file] of Object.entries(FONT_FILES)) this.doc.registerFont(name, path.join(FONT_DIR, file));
    this.doc.font('sans');
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page += 1;
  }

  /** Switch to an existing page (for decorations after layout). */
  goto(p: number): void {
    this.doc.switchToPage(p);
    this.page = p;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  width(str: string, font: FontName = this.fontName, size: number = this.fontSize): number {
    return this.doc.font(font).fontSize(size).widthOfString(str);
  }

  /** Draw one line of text with its top-left at (x, y) (or right/center aligned at x). Returns its width. */
  text(x: number, y: number, str: string, o: TextOpts = {}): number {
    if (str === '') return 0;
    const font = o.font ?? this.fontName;
    const size = o.size ?? this.fontSize;
    const w = this.width(str, font, size);
    let left = x;
    if (o.align === 'right') left = x - w;
    if (o.align === 'center') left = x - w / 2;
    const d = this.doc;
    d.save();
    if (o.rotate) d.rotate(o.rotate, { origin: [left, y] });
    d.font(font).fontSize(size).fillColor(o.color ?? '#111111').text(str, left, y, { lineBreak: false });
    d.restore();
    if (!o.hand && !o.extra && size >= 8 && y + size > 781 && y < 786) this.overflow.push(`p${this.page + 1}: ${str.slice(0, 40)}`);
    if (!o.hand) this.items.push({ page: this.page, x: left, y, w, h: size * 1.2, text: str, extra: o.extra ?? false, tag: o.tag ?? null });
    return w;
  }

  /** Word-wrapped paragraph; returns y below the last line. */
  para(x: number, y: number, width: number, str: string, o: TextOpts & { gap?: number; justify?: boolean } = {}): number {
    const font = o.font ?? this.fontName;
    const size = o.size ?? this.fontSize;
    const lh = size * (1.25 + (o.gap ?? 0));
    let line = '';
    let cy = y;
    for (const word of str.split(/ +/)) {
      const cand = line === '' ? word : `${line} ${word}`;
      if (this.width(cand, font, size) > width && line !== '') {
        this.text(x, cy, line, { ...o, font, size });
        cy += lh;
        line = word;
      } else line = cand;
    }
    if (line !== '') {
      this.text(x, cy, line, { ...o, font, size });
      cy += lh;
    }
    return cy;
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#222222'): void {
    this.doc.save().lineWidth(w).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, o: { stroke?: string; fill?: string; lw?: number } = {}): void {
    const d = this.doc.save().lineWidth(o.lw ?? 0.6);
    d.rect(x, y, w, h);
    if (o.fill && o.stroke) d.fillAndStroke(o.fill, o.stroke);
    else if (o.fill) d.fill(o.fill);
    else d.stroke(o.stroke ?? '#222222');
    d.restore();
  }

  /** Items of a page, e.g. for highlighting tagged values. */
  tagged(tag: string): Item[] {
    return this.items.filter((i) => i.tag === tag);
  }

  /** Is the rectangle free of recorded text on the current page? */
  isFree(page: number, x: number, y: number, w: number, h: number, pad = 4): boolean {
    if (x < 10 || y < 10 || x + w > PAGE_W - 10 || y + h > PAGE_H - 10) return false;
    return !this.items.some((i) => i.page === page && i.x < x + w + pad && i.x + i.w > x - pad && i.y < y + h + pad && i.y + i.h > y - pad);
  }

  /** Text of each page, lines in reading order. */
  pageTexts(): string[] {
    const out: string[] = [];
    for (let p = 0; p < this.pageCount; p++) {
      const main = this.items.filter((i) => i.page === p && !i.extra).sort((a, b) => a.y - b.y || a.x - b.x);
      const lines: Item[][] = [];
      for (const it of main) {
        const last = lines[lines.length - 1];
        const first = last?.[0];
        if (last && first && Math.abs(first.y - it.y) < Math.min(first.h, it.h) * 0.45) last.push(it);
        else lines.push([it]);
      }
      const text = lines.map((l) => l.sort((a, b) => a.x - b.x).map((i) => i.text).join(' '));
      for (const e of this.items.filter((i) => i.page === p && i.extra)) text.push(e.text);
      out.push(text.join('\n'));
    }
    return out;
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
