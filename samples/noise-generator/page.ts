// Page model in millimetres plus a small layout builder that records the printed text as truth lines.
import { type FontKey, measureMm } from './fonts.js';

export const PAGE_W = 210;
export const PAGE_H = 297;

export interface TextItem { kind: 'text'; x: number; y: number; font: FontKey; size: number; text: string; grey: number }
export interface RuleItem { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; grey: number }
export interface BoxItem { kind: 'box'; x: number; y: number; w: number; h: number; fill: number }
export type PageItem = TextItem | RuleItem | BoxItem;

export interface Page { items: PageItem[]; truth: string[] }

export interface LineOpts { font?: FontKey; size?: number; x?: number; align?: 'left' | 'right' | 'center'; grey?: number; lead?: number }

const PT_MM = 25.4 / 72;

export class PageBuilder {
  readonly items: PageItem[] = [];
  readonly truth: string[] = [];
  y: number;

  constructor(
    readonly left = 25,
    readonly right = 190,
    top = 20,
  ) {
    this.y = top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Places text at an absolute baseline; records truth unless record is false. */
  textAt(x: number, y: number, text: string, o: LineOpts = {}, record = true): void {
    const font = o.font ?? 'sans';
    const size = o.size ?? 10;
    let px = x;
    if (o.align === 'right') px = x - measureMm(text, font, size);
    if (o.align === 'center') px = x - measureMm(text, font, size) / 2;
    this.items.push({ kind: 'text', x: px, y, font, size, text, grey: o.grey ?? 0 });
    if (record) this.truth.push(text.replace(/\u00a0/g, ' '));
  }

  /** One line at the cursor, then advances the cursor by the line height. */
  line(text: string, o: LineOpts = {}): void {
    const size = o.size ?? 10;
    const lead = o.lead ?? 1.4;
    this.y += size * PT_MM;
    const x = o.align === 'right' ? this.right : o.align === 'center' ? (this.left + this.right) / 2 : (o.x ?? this.left);
    if (text.length > 0) this.textAt(x, this.y, text, o);
    this.y += size * PT_MM * (lead - 1);
  }

  gap(mm: number): void {
    this.y += mm;
  }

  /** Word-wrapped paragraph within [x, right]. */
  para(text: string, o: LineOpts = {}): void {
    const font = o.font ?? 'sans';
    const size = o.size ?? 10;
    const x = o.x ?? this.left;
    for (const l of wrap(text, font, size, this.right - x)) this.line(l, { ...o, x });
  }

  rule(x1: number, y1: number, x2: number, y2: number, width = 0.25, grey = 0): void {
    this.items.push({ kind: 'rule', x1, y1, x2, y2, width, grey });
  }

  box(x: number, y: number, w: number, h: number, fill: number): void {
    this.items.push({ kind: 'box', x, y, w, h, fill });
  }

  /** Table with ruled cells; each row's cells become one truth line joined by a space. */
  table(rows: string[][], colWidths: number[], o: LineOpts & { headerFont?: FontKey; rowH?: number } = {}): void {
    const font = o.font ?? 'sans';
    const size = o.size ?? 9.5;
    const rowH = o.rowH ?? size * PT_MM * 2.0;
    const x0 = o.x ?? this.left;
    const total = colWidths.reduce((a, b) => a + b, 0);
    const top = this.y;
    rows.forEach((row, r) => {
      const rowTop = top + r * rowH;
      const base = rowTop + rowH / 2 + size * PT_MM * 0.36;
      let cx = x0;
      const cells: string[] = [];
      row.forEach((cell, c) => {
        const w = colWidths[c] ?? 30;
        const f = r === 0 && o.headerFont ? o.headerFont : font;
        let s = size;
        while (s > 6 && measureMm(cell, f, s) > w - 3) s -= 0.25;
        if (cell.length > 0) this.textAt(cx + 1.5, base, cell, { font: f, size: s }, false);
        if (cell.length > 0) cells.push(cell);
        cx += w;
      });
      this.truth.push(cells.join(' ').replace(/\u00a0/g, ' '));
    });
    const bottom = top + rows.length * rowH;
    for (let r = 0; r <= rows.length; r++) this.rule(x0, top + r * rowH, x0 + total, top + r * rowH, 0.25);
    let cx = x0;
    for (let c = 0; c <= colWidths.length; c++) {
      this.rule(cx, top, cx, bottom, 0.25);
      cx += colWidths[c] ?? 0;
    }
    this.y = bottom + 2;
  }

  build(): Page {
    return { items: this.items, truth: this.truth };
  }
}

export function wrap(text: string, font: FontKey, size: number, widthMm: number): string[] {
  const words = text.split(/[ \t\n]+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (cur && measureMm(cand, font, size) > widthMm) {
      lines.push(cur);
      cur = w;
    } else cur = cand;
  }
  if (cur) lines.push(cur);
  return lines;
}
