/** A thin recording layer over pdfkit: every string drawn is kept per page (pageTexts),
 * every drawn box is kept for stamp placement, and field values mark their page. */
import PDFDocument from 'pdfkit';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FieldName } from '../../../../src/core/extraction.schema.js';

const require = createRequire(import.meta.url);
const DEJAVU = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const LIB = '/usr/share/fonts/truetype/liberation';

export const FONT_FILES: Record<string, string> = {
  sans: `${LIB}/LiberationSans-Regular.ttf`,
  sansB: `${LIB}/LiberationSans-Bold.ttf`,
  sansI: `${LIB}/LiberationSans-Italic.ttf`,
  serif: `${LIB}/LiberationSerif-Regular.ttf`,
  serifB: `${LIB}/LiberationSerif-Bold.ttf`,
  serifI: `${LIB}/LiberationSerif-Italic.ttf`,
  narrow: `${LIB}/LiberationSansNarrow-Regular.ttf`,
  narrowB: `${LIB}/LiberationSansNarrow-Bold.ttf`,
  mono: `${LIB}/LiberationMono-Regular.ttf`,
  monoB: `${LIB}/LiberationMono-Bold.ttf`,
  dvs: `${DEJAVU}/DejaVuSans.ttf`,
  dvsB: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  dvsI: `${DEJAVU}/DejaVuSans-Oblique.ttf`,
  dvc: `${DEJAVU}/DejaVuSansCondensed.ttf`,
  dvcB: `${DEJAVU}/DejaVuSansCondensed-Bold.ttf`,
  dvcI: `${DEJAVU}/DejaVuSansCondensed-Oblique.ttf`,
  dser: `${DEJAVU}/DejaVuSerif.ttf`,
  dserB: `${DEJAVU}/DejaVuSerif-Bold.ttf`,
  dserI: `${DEJAVU}/DejaVuSerif-Italic.ttf`,
  dmono: `${DEJAVU}/DejaVuSansMono.ttf`,
  hand: `${DEJAVU}/DejaVuSerifCondensed-Italic.ttf`,
};

export type FontKey = keyof typeof FONT_FILES;

/** Liberation fonts lack Vietnamese letters; such strings are set in the DejaVu face. */
const FALLBACK: Record<string, FontKey> = {
  sans: 'dvs', sansB: 'dvsB', sansI: 'dvsI', serif: 'dser', serifB: 'dserB', serifI: 'dserI',
  narrow: 'dvc', narrowB: 'dvcB', mono: 'dmono', monoB: 'dmono',
};
const NEEDS_DEJAVU = /[\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EFF\u0300-\u036F\u2610-\u2612]/;

export const A4W = 595.28;
export const A4H = 841.89;
export const MM = 72 / 25.4;

export interface TextOpts {
  f?: FontKey;
  s?: number;
  align?: 'left' | 'right' | 'center';
  /** width for right/center alignment */
  w?: number;
  color?: string;
  /** shrink font size until the string fits this width */
  fit?: number;
  spacing?: number;
}

export interface Rect { x: number; y: number; w: number; h: number }

export class Doc {
  readonly pdf: PDFKit.PDFDocument;
  readonly texts: string[][] = [];
  readonly boxes: Rect[][] = [];
  readonly fieldPages: Partial<Record<FieldName, number>> = {};
  page = -1;
  docStart = 0;
  private chunks: Buffer[] = [];
  curFont: FontKey = 'sans';
  curSize = 10;

  constructor(title: string, fixedDate: Date) {
    this.pdf = new PDFDocument({
      size: 'A4',
      autoFirstPage: false,
      bufferPages: true,
      margin: 0,
      info: { Title: title, Author: 'sachsen-elbe-post', Producer: 'sachsen-elbe-post generator', Creator: 'pdfkit', CreationDate: fixedDate, ModDate: fixedDate },
    });
    for (const [k, f] of Object.entries(FONT_FILES)) this.pdf.registerFont(k, f);
    this.pdf.on('data', (c: Buffer) => this.chunks.push(c));
  }

  addPage(): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.page++;
    this.texts.push([]);
    this.boxes.push([]);
  }

  /** pages before this call belong to a cover letter */
  startDocument(): void {
    this.addPage();
    this.docStart = this.page;
  }

  get docPage(): number {
    return this.page - this.docStart + 1;
  }

  switchTo(page: number): void {
    this.pdf.switchToPage(page);
    this.page = page;
  }

  mark(...fields: FieldName[]): void {
    for (const f of fields) if (this.fieldPages[f] === undefined) this.fieldPages[f] = this.docPage;
  }

  private useFont(f: FontKey, s: number, str: string): FontKey {
    const face: FontKey = NEEDS_DEJAVU.test(str) ? (FALLBACK[f] ?? f) : f;
    this.pdf.font(face).fontSize(s);
    return face;
  }

  width(str: string, f: FontKey = this.curFont, s: number = this.curSize, spacing = 0): number {
    this.useFont(f, s, str);
    return this.pdf.widthOfString(str, { characterSpacing: spacing });
  }

  /** draw one line of text; returns its width */
  t(x: number, y: number, str: string, o: TextOpts = {}): number {
    if (str.length === 0) return 0;
    const f = o.f ?? this.curFont;
    let s = o.s ?? this.curSize;
    const spacing = o.spacing ?? 0;
    this.useFont(f, s, str);
    let w = this.pdf.widthOfString(str, { characterSpacing: spacing });
    if (o.fit !== undefined) {
      while (w > o.fit && s > 5) {
        s -= 0.25;
        this.useFont(f, s, str);
        w = this.pdf.widthOfString(str, { characterSpacing: spacing });
      }
    }
    let xx = x;
    if (o.align === 'right') xx = x + (o.w ?? 0) - w;
    if (o.align === 'center') xx = x + ((o.w ?? 0) - w) / 2;
    this.pdf.fillColor(o.color ?? 'black');
    this.pdf.text(str, xx, y, { lineBreak: false, characterSpacing: spacing });
    this.record(str, { x: xx, y, w, h: s * 1.15 });
    return w;
  }

  record(str: string, r: Rect): void {
    this.texts[this.page]?.push(str);
    this.boxes[this.page]?.push(r);
  }

  /** break a string into lines no wider than w (breaks at spaces only) */
  wrap(str: string, w: number, f: FontKey = this.curFont, s: number = this.curSize): string[] {
    const words = str.split(/ +/);
    const lines: string[] = [];
    let cur = '';
    for (const word of words) {
      const cand = cur ? `${cur} ${word}` : word;
      if (cur && this.width(cand, f, s) > w) {
        // never end a line on a word with a trailing hyphen ("Beratungs- und …"): text
        // extractors would join it with the next line
        const parts = cur.split(' ');
        if (parts.length > 1 && cur.endsWith('-')) {
          const last = parts.pop() ?? '';
          lines.push(parts.join(' '));
          cur = `${last} ${word}`;
        } else {
          lines.push(cur);
          cur = word;
        }
      } else cur = cand;
    }
    if (cur) lines.push(cur);
    return lines;
  }

  /** paragraph; returns y below it */
  para(x: number, y: number, w: number, str: string, o: TextOpts & { lead?: number; justify?: boolean } = {}): number {
    const f = o.f ?? this.curFont;
    const s = o.s ?? this.curSize;
    const lead = o.lead ?? s * 1.35;
    let yy = y;
    for (const line of this.wrap(str, w, f, s)) {
      this.t(x, yy, line, { ...o, f, s });
      yy += lead;
    }
    return yy;
  }

  hr(x1: number, y: number, x2: number, lw = 0.6, color = 'black'): void {
    this.pdf.save().lineWidth(lw).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  vr(x: number, y1: number, y2: number, lw = 0.6): void {
    this.pdf.save().lineWidth(lw).strokeColor('black').moveTo(x, y1).lineTo(x, y2).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string): void {
    this.pdf.save().lineWidth(lw);
    if (fill) this.pdf.rect(x, y, w, h).fillAndStroke(fill, 'black');
    else this.pdf.rect(x, y, w, h).stroke();
    this.pdf.restore();
  }

  fillRect(x: number, y: number, w: number, h: number, fill: string): void {
    this.pdf.save().rect(x, y, w, h).fill(fill).restore();
  }

  /** a tick box, ticked with a cross when checked */
  box(x: number, y: number, checked: boolean, size = 8): void {
    this.pdf.save().lineWidth(0.7).rect(x, y, size, size).stroke();
    if (checked) {
      this.pdf.lineWidth(1.1).moveTo(x + 1.2, y + 1.2).lineTo(x + size - 1.2, y + size - 1.2).moveTo(x + size - 1.2, y + 1.2).lineTo(x + 1.2, y + size - 1.2).stroke();
    }
    this.pdf.restore();
  }

  /** rotated group (stamps, notes); texts recorded with an approximate box */
  rotated(cx: number, cy: number, deg: number, fn: () => void): void {
    this.pdf.save();
    this.pdf.rotate(deg, { origin: [cx, cy] });
    fn();
    this.pdf.restore();
  }

  async end(): Promise<Buffer> {
    const done = new Promise<void>((resolve) => this.pdf.on('end', () => resolve()));
    this.pdf.end();
    await done;
    return Buffer.concat(this.chunks);
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
