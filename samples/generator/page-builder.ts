/** Writes documents line by line onto PageModels: paragraphs, labelled lines and ruled tables. */
import { A4, textWidth, type FontKey, type PageModel } from './page-model.js';

export interface Theme {
  body: FontKey;
  bold: FontKey;
  /** Body size in points. */
  size: number;
  /** Left margin in mm. */
  left: number;
  /** Text width in mm. */
  width: number;
  /** Line height as a multiple of the size. */
  leading: number;
  /** Column of values in labelled lines, mm from the left margin. */
  tab: number;
}

const BOTTOM = A4.height - 18;

export class PageBuilder {
  readonly pages: PageModel[] = [];
  y = 0;

  constructor(readonly theme: Theme) {
    this.newPage();
  }

  get page(): PageModel {
    return this.pages[this.pages.length - 1] as PageModel;
  }

  newPage(top = 20): void {
    this.pages.push({ items: [] });
    this.y = top;
  }

  lineHeight(size = this.theme.size): number {
    return (size * this.theme.leading * 25.4) / 72;
  }

  private ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  /** A run at an absolute position; does not move the cursor. */
  at(x: number, y: number, text: string, font: FontKey = this.theme.body, size = this.theme.size): void {
    if (text.trim() === '') return;
    this.page.items.push({ kind: 'text', x, y, text, font, size });
  }

  rule(x1: number, y1: number, x2: number, y2: number, width = 0.25): void {
    this.page.items.push({ kind: 'rule', x1, y1, x2, y2, width });
  }

  gap(mm: number): void {
    this.y += mm;
  }

  /** One line at the cursor, then moves down. */
  line(text: string, opts: { x?: number; font?: FontKey; size?: number } = {}): void {
    const size = opts.size ?? this.theme.size;
    const h = this.lineHeight(size);
    this.ensure(h);
    this.y += h;
    this.at(opts.x ?? this.theme.left, this.y, text, opts.font ?? this.theme.body, size);
  }

  /** Word-wrapped paragraph. */
  para(text: string, opts: { x?: number; width?: number; font?: FontKey; size?: number } = {}): void {
    const font = opts.font ?? this.theme.body;
    const size = opts.size ?? this.theme.size;
    const x = opts.x ?? this.theme.left;
    for (const l of wrap(text, opts.width ?? this.theme.width - (x - this.theme.left), font, size)) this.line(l, { x, font, size });
  }

  /** "Label:      value" with the value (possibly several lines) in a fixed column. */
  labelled(label: string, values: string[], opts: { labelFont?: FontKey; tab?: number } = {}): void {
    const tab = opts.tab ?? this.theme.tab;
    const valueX = this.theme.left + tab;
    const valueWidth = this.theme.width - tab;
    const lines = values.flatMap((v) => wrap(v, valueWidth, this.theme.body, this.theme.size));
    const labelLines = wrap(label, tab - 3, opts.labelFont ?? this.theme.body, this.theme.size);
    const n = Math.max(lines.length, labelLines.length);
    this.ensure(n * this.lineHeight());
    for (let i = 0; i < n; i++) {
      this.y += this.lineHeight();
      const l = labelLines[i];
      if (l) this.at(this.theme.left, this.y, l, opts.labelFont ?? this.theme.body);
      const v = lines[i];
      if (v) this.at(valueX, this.y, v);
    }
  }

  /** A ruled table row of two cells; `split` is the label column width in mm. */
  tableRow(label: string, values: string[], split: number, opts: { labelFont?: FontKey; first?: boolean } = {}): void {
    const x0 = this.theme.left;
    const x1 = x0 + split;
    const x2 = x0 + this.theme.width;
    const pad = 1.8;
    const labelFont = opts.labelFont ?? this.theme.body;
    const labelLines = wrap(label, split - 2 * pad, labelFont, this.theme.size);
    const valueLines = values.flatMap((v) => wrap(v, x2 - x1 - 2 * pad, this.theme.body, this.theme.size));
    const n = Math.max(labelLines.length, valueLines.length);
    const h = n * this.lineHeight() + 2 * pad;
    if (opts.first) this.y += 1.5;
    this.ensure(h);
    const top = this.y;
    if (opts.first) this.rule(x0, top, x2, top);
    for (let i = 0; i < n; i++) {
      const base = top + pad + (i + 1) * this.lineHeight() - this.lineHeight() * 0.22;
      const l = labelLines[i];
      if (l) this.at(x0 + pad, base, l, labelFont);
      const v = valueLines[i];
      if (v) this.at(x1 + pad, base, v);
    }
    this.y = top + h;
    this.rule(x0, this.y, x2, this.y);
    this.rule(x0, top, x0, this.y);
    this.rule(x1, top, x1, this.y);
    this.rule(x2, top, x2, this.y);
  }

  /** A ruled table row of several cells with given widths (mm). */
  gridRow(cells: string[], widths: number[], opts: { font?: FontKey; first?: boolean } = {}): void {
    const pad = 1.5;
    const h = this.lineHeight() + 2 * pad;
    if (opts.first) this.y += 1.5;
    this.ensure(h);
    const top = this.y;
    let x = this.theme.left;
    if (opts.first) this.rule(x, top, x + widths.reduce((a, b) => a + b, 0), top);
    this.rule(x, top, x, top + h);
    cells.forEach((c, i) => {
      this.at(x + pad, top + pad + this.lineHeight() * 0.78, c, opts.font ?? this.theme.body);
      x += widths[i] ?? 0;
      this.rule(x, top, x, top + h);
    });
    this.y = top + h;
    this.rule(this.theme.left, this.y, x, this.y);
  }
}

export function wrap(text: string, width: number, font: FontKey, size: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, font, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}
