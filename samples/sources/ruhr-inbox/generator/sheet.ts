import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** A display list of printed pages (mm units), replayed into pdfkit later; it also keeps the page texts. */

const require = createRequire(import.meta.url);
const DEJAVU = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const LIBERATION = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');

export const FONT_FILES = {
  sans: path.join(DEJAVU, 'DejaVuSans.ttf'),
  'sans-b': path.join(DEJAVU, 'DejaVuSans-Bold.ttf'),
  'sans-i': path.join(DEJAVU, 'DejaVuSans-Oblique.ttf'),
  serif: path.join(DEJAVU, 'DejaVuSerif.ttf'),
  'serif-b': path.join(DEJAVU, 'DejaVuSerif-Bold.ttf'),
  'serif-i': path.join(DEJAVU, 'DejaVuSerif-Italic.ttf'),
  cond: path.join(DEJAVU, 'DejaVuSansCondensed.ttf'),
  'cond-b': path.join(DEJAVU, 'DejaVuSansCondensed-Bold.ttf'),
  'cond-i': path.join(DEJAVU, 'DejaVuSansCondensed-Oblique.ttf'),
  mono: path.join(DEJAVU, 'DejaVuSansMono.ttf'),
  'mono-b': path.join(DEJAVU, 'DejaVuSansMono-Bold.ttf'),
  lib: path.join(LIBERATION, 'LiberationSans-Regular.ttf'),
  'lib-b': path.join(LIBERATION, 'LiberationSans-Bold.ttf'),
  'lib-i': path.join(LIBERATION, 'LiberationSans-Italic.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

export const MM = 72 / 25.4;

export interface Style {
  font?: FontName;
  size?: number;
  color?: string;
  record?: boolean;
  underline?: boolean;
}

export type Op =
  | { kind: 'text'; x: number; y: number; str: string; font: FontName; size: number; color: string; underline: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; width: number; stroke: string | null; fill: string | null };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Page {
  ops: Op[];
  lines: string[];
  boxes: Box[];
  /** Boxes of values worth a highlighter stroke (file number, hearing, amounts). */
  marks: Box[];
}

let measurer: PDFKit.PDFDocument | null = null;

function measure(): PDFKit.PDFDocument {
  if (!measurer) {
    measurer = new PDFDocument({ size: 'A4', autoFirstPage: true });
    for (const [name, file] of Object.entries(FONT_FILES)) measurer.registerFont(name, file);
  }
  return measurer;
}

export function textWidth(str: string, font: FontName, size: number): number {
  return measure().font(font).fontSize(size).widthOfString(str) / MM;
}

export class Sheet {
  readonly pages: Page[] = [];
  base: Required<Omit<Style, 'record' | 'underline'>> = { font: 'sans', size: 10, color: '#000000' };

  constructor() {
    this.newPage();
  }

  get page(): Page {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('no page');
    return p;
  }

  newPage(): void {
    this.pages.push({ ops: [], lines: [], boxes: [], marks: [] });
  }

  width(str: string, style: Style = {}): number {
    return textWidth(str, style.font ?? this.base.font, style.size ?? this.base.size);
  }

  lineHeight(style: Style = {}): number {
    return ((style.size ?? this.base.size) * 1.25) / MM;
  }

  /** Draw one line with its top at y (mm); returns its box. */
  text(x: number, y: number, str: string, style: Style = {}): Box {
    if (str === '') return { x, y, w: 0, h: 0 };
    const font = style.font ?? this.base.font;
    const size = style.size ?? this.base.size;
    const color = style.color ?? this.base.color;
    this.page.ops.push({ kind: 'text', x, y, str, font, size, color, underline: style.underline ?? false });
    const box = { x, y, w: textWidth(str, font, size), h: (size * 1.15) / MM };
    this.page.boxes.push(box);
    if (style.record !== false) this.page.lines.push(str);
    return box;
  }

  right(xRight: number, y: number, str: string, style: Style = {}): Box {
    return this.text(xRight - this.width(str, style), y, str, style);
  }

  center(xMid: number, y: number, str: string, style: Style = {}): Box {
    return this.text(xMid - this.width(str, style) / 2, y, str, style);
  }

  /** Several cells on one baseline, recorded as one line joined by spaces. */
  row(y: number, cells: readonly { x: number; str: string; style?: Style; right?: boolean }[]): void {
    const parts: string[] = [];
    for (const c of cells) {
      if (c.str === '') continue;
      const st = { ...(c.style ?? {}), record: false };
      if (c.right) this.right(c.x, y, c.str, st);
      else this.text(c.x, y, c.str, st);
      parts.push(c.str);
    }
    if (parts.length > 0) this.page.lines.push(parts.join(' '));
  }

  /** Word-wrapped paragraph; returns the y below it. */
  para(x: number, y: number, width: number, str: string, style: Style = {}, leading = 1.3): number {
    const lh = ((style.size ?? this.base.size) * leading) / MM;
    for (const line of this.wrap(str, width, style)) {
      this.text(x, y, line, style);
      y += lh;
    }
    return y;
  }

  wrap(str: string, width: number, style: Style = {}): string[] {
    const out: string[] = [];
    for (const hard of str.split('\n')) {
      let cur = '';
      for (const word of hard.split(' ')) {
        const next = cur === '' ? word : `${cur} ${word}`;
        if (cur !== '' && this.width(next, style) > width) {
          out.push(cur);
          cur = word;
        } else cur = next;
      }
      out.push(cur);
    }
    return out;
  }

  mark(box: Box): void {
    this.page.marks.push(box);
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 0.5, color = '#000000'): void {
    this.page.ops.push({ kind: 'line', x1, y1, x2, y2, width, color });
  }

  rect(x: number, y: number, w: number, h: number, opts: { width?: number; stroke?: string | null; fill?: string | null } = {}): void {
    this.page.ops.push({ kind: 'rect', x, y, w, h, width: opts.width ?? 0.5, stroke: opts.stroke === undefined ? '#000000' : opts.stroke, fill: opts.fill ?? null });
  }

  /** Append another sheet's pages (a cover letter followed by the forwarded notice). */
  append(other: Sheet): void {
    this.pages.push(...other.pages);
  }

  /** Mark "Seite n von m" footers etc.: call after all pages exist. */
  footerEach(fn: (sheet: Sheet, index: number, total: number) => void): void {
    const pages = [...this.pages];
    const keep = this.pages.splice(0, this.pages.length);
    pages.forEach((p, i) => {
      this.pages.push(p);
      fn(this, i, pages.length);
    });
    void keep;
  }
}
