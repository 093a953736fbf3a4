/**
 * A tiny page-description layer: templates place text lines, rules and boxes in PDF points
 * (A4, origin top left). The same model renders the text PDF and, with overlays (inbox stamp,
 * note, fax header), the page images for the scan profiles. pageTexts are derived from it.
 */
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FieldName } from './truth.js';
import type { FontSetName } from './data.js';

const require = createRequire(import.meta.url);
const DEJAVU = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const LIB = '/usr/share/fonts/truetype/liberation';

export const FONT_FILES = {
  serif: `${LIB}/LiberationSerif-Regular.ttf`,
  serifB: `${LIB}/LiberationSerif-Bold.ttf`,
  serifI: `${LIB}/LiberationSerif-Italic.ttf`,
  sans: `${LIB}/LiberationSans-Regular.ttf`,
  sansB: `${LIB}/LiberationSans-Bold.ttf`,
  sansI: `${LIB}/LiberationSans-Italic.ttf`,
  narrow: `${LIB}/LiberationSansNarrow-Regular.ttf`,
  narrowB: `${LIB}/LiberationSansNarrow-Bold.ttf`,
  mono: `${LIB}/LiberationMono-Regular.ttf`,
  monoB: `${LIB}/LiberationMono-Bold.ttf`,
  dvSans: `${DEJAVU}/DejaVuSans.ttf`,
  dvSansB: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  dvSerif: `${DEJAVU}/DejaVuSerif.ttf`,
  dvSerifB: `${DEJAVU}/DejaVuSerif-Bold.ttf`,
  dvCond: `${DEJAVU}/DejaVuSansCondensed.ttf`,
  dvCondB: `${DEJAVU}/DejaVuSansCondensed-Bold.ttf`,
  hand: `${DEJAVU}/DejaVuSansCondensed-Oblique.ttf`,
  hand2: `${LIB}/LiberationSerif-Italic.ttf`,
  dvMono: `${DEJAVU}/DejaVuSansMono.ttf`,
  dvMonoB: `${DEJAVU}/DejaVuSansMono-Bold.ttf`,
  dvSansI: `${DEJAVU}/DejaVuSans-Oblique.ttf`,
} as const;
export type FontKey = keyof typeof FONT_FILES;

export const FONT_SETS: Record<FontSetName, { r: FontKey; b: FontKey }> = {
  libSerif: { r: 'serif', b: 'serifB' },
  libSans: { r: 'sans', b: 'sansB' },
  narrow: { r: 'narrow', b: 'narrowB' },
  dvSans: { r: 'dvSans', b: 'dvSansB' },
  dvSerif: { r: 'dvSerif', b: 'dvSerifB' },
  dvCond: { r: 'dvCond', b: 'dvCondB' },
};

export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  font: FontKey;
  size: number;
  color: string;
  width: number;
  /** overlays (stamp, note, fax header) are never merged with other items into one line */
  overlay?: boolean;
  rotate?: number;
  spacing?: number;
}
export interface LineItem { kind: 'line'; x1: number; y1: number; x2: number; y2: number; w: number; color: string; dash?: number }
export interface RectItem { kind: 'rect'; x: number; y: number; w: number; h: number; lw: number; stroke?: string; fill?: string; rotate?: number; cx?: number; cy?: number }
export type Item = TextItem | LineItem | RectItem;
export interface PageModel { items: Item[] }

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MM = 72 / 25.4;

let measureDoc: PDFKit.PDFDocument | null = null;
function md(): PDFKit.PDFDocument {
  if (!measureDoc) {
    measureDoc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    for (const [k, f] of Object.entries(FONT_FILES)) measureDoc.registerFont(k, f);
  }
  return measureDoc;
}
/** DejaVu stand-in for a font that lacks a glyph (e.g. Vietnamese stacked diacritics in Liberation) */
const FALLBACK: Partial<Record<FontKey, FontKey>> = {
  serif: 'dvSerif', serifB: 'dvSerifB', serifI: 'dvSansI', sans: 'dvSans', sansB: 'dvSansB', sansI: 'dvSansI', narrow: 'dvCond', narrowB: 'dvCondB',
  mono: 'dvMono', monoB: 'dvMonoB', hand2: 'hand',
};
const coverage = new Map<string, boolean>();
export function fontFor(text: string, font: FontKey): FontKey {
  const fb = FALLBACK[font];
  if (!fb) return font;
  const key = `${font}|${text}`;
  let ok = coverage.get(key);
  if (ok === undefined) {
    const d = md();
    d.font(font);
    const f = (d as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
    ok = [...text].every((ch) => ch.codePointAt(0) === undefined || f.hasGlyphForCodePoint(ch.codePointAt(0) as number));
    coverage.set(key, ok);
  }
  return ok ? font : fb;
}
export function measure(text: string, font0: FontKey, size: number, spacing = 0): number {
  const font = fontFor(text, font0);
  const d = md();
  d.font(font).fontSize(size);
  return d.widthOfString(text) + spacing * text.length;
}

export interface Style { r: FontKey; b: FontKey; size: number; lead: number }

export class Sheet {
  pages: PageModel[] = [];
  y = 0;
  left = 25 * MM;
  right = PAGE_W - 20 * MM;
  style: Style;
  marks: Partial<Record<FieldName, number>> = {};
  /** bottom limit for automatic flow */
  bottom = PAGE_H - 22 * MM;
  onNewPage: ((s: Sheet) => void) | null = null;

  constructor(style: Style) {
    this.style = { ...style };
    this.addPage();
  }
  get page(): PageModel {
    return this.pages[this.pages.length - 1] as PageModel;
  }
  get pageNo(): number {
    return this.pages.length;
  }
  addPage(): void {
    this.pages.push({ items: [] });
    this.y = 20 * MM;
    if (this.onNewPage) this.onNewPage(this);
  }
  /** record that a field's complete value is printed on the current page (first occurrence wins) */
  mark(...fields: FieldName[]): void {
    for (const f of fields) if (this.marks[f] === undefined) this.marks[f] = this.pageNo;
  }
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.addPage();
  }
  text(x: number, y: number, text: string, o: { font?: FontKey; size?: number; color?: string; align?: 'left' | 'right' | 'center'; spacing?: number; w?: number } = {}): number {
    const font = fontFor(text, o.font ?? this.style.r);
    const size = o.size ?? this.style.size;
    const width = measure(text, font, size, o.spacing ?? 0);
    let xx = x;
    if (o.align === 'right') xx = x - width;
    if (o.align === 'center') xx = x + ((o.w ?? 0) - width) / 2;
    if (text.length > 0) this.page.items.push({ kind: 'text', x: xx, y, text, font, size, color: o.color ?? '#000000', width, ...(o.spacing ? { spacing: o.spacing } : {}) });
    return width;
  }
  /** a single line at the cursor */
  line(text: string, o: { x?: number; font?: FontKey; size?: number; bold?: boolean; align?: 'left' | 'right' | 'center'; color?: string; spacing?: number; lead?: number } = {}): void {
    const size = o.size ?? this.style.size;
    const lead = o.lead ?? (o.size ? o.size * 1.3 : this.style.lead);
    this.ensure(lead);
    const font = o.font ?? (o.bold ? this.style.b : this.style.r);
    const x = o.align === 'right' ? this.right : o.align === 'center' ? this.left : (o.x ?? this.left);
    this.text(x, this.y, text, { font, size, align: o.align, w: this.right - this.left, ...(o.color ? { color: o.color } : {}), ...(o.spacing ? { spacing: o.spacing } : {}) });
    this.y += lead;
  }
  /** several items on one line (same y, same size) */
  row(cells: { x: number; text: string; bold?: boolean; font?: FontKey; align?: 'left' | 'right' }[], o: { size?: number; lead?: number } = {}): void {
    const size = o.size ?? this.style.size;
    const lead = o.lead ?? (o.size ? o.size * 1.3 : this.style.lead);
    this.ensure(lead);
    for (const c of cells) this.text(c.x, this.y, c.text, { font: c.font ?? (c.bold ? this.style.b : this.style.r), size, align: c.align });
    this.y += lead;
  }
  wrap(text: string, width: number, font: FontKey, size: number): string[] {
    const words = text.split(/ +/);
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      const t = cur ? `${cur} ${w}` : w;
      if (cur && measure(t, font, size) > width) {
        lines.push(cur);
        cur = w;
      } else cur = t;
    }
    if (cur) lines.push(cur);
    return lines;
  }
  /** running text, wrapped at the right margin */
  para(text: string, o: { x?: number; width?: number; font?: FontKey; bold?: boolean; size?: number; lead?: number; after?: number; indentFirst?: number } = {}): void {
    const x = o.x ?? this.left;
    const width = o.width ?? this.right - x;
    const size = o.size ?? this.style.size;
    const font = o.font ?? (o.bold ? this.style.b : this.style.r);
    const lead = o.lead ?? (o.size ? o.size * 1.3 : this.style.lead);
    for (const l of this.wrap(text, width, font, size)) {
      this.ensure(lead);
      this.text(x, this.y, l, { font, size });
      this.y += lead;
    }
    this.y += o.after ?? lead * 0.5;
  }
  /** a label with a (possibly multi-line) value column */
  kv(label: string, value: string | string[], o: { labelW?: number; x?: number; boldLabel?: boolean; boldValue?: boolean; size?: number; lead?: number; after?: number } = {}): void {
    const x = o.x ?? this.left;
    const lw = o.labelW ?? 150;
    const size = o.size ?? this.style.size;
    const lead = o.lead ?? (o.size ? o.size * 1.3 : this.style.lead);
    const vals = Array.isArray(value) ? value : [value];
    const lines: string[] = [];
    const vf = o.boldValue ? this.style.b : this.style.r;
    for (const v of vals) lines.push(...this.wrap(v, this.right - x - lw, vf, size));
    this.ensure(lead * Math.max(1, lines.length));
    this.text(x, this.y, label, { font: o.boldLabel ? this.style.b : this.style.r, size });
    lines.forEach((l, i) => this.text(x + lw, this.y + i * lead, l, { font: vf, size }));
    this.y += lead * Math.max(1, lines.length) + (o.after ?? 0);
  }
  hr(o: { x1?: number; x2?: number; w?: number; gap?: number; dash?: number } = {}): void {
    const g = o.gap ?? 4;
    this.y += g;
    this.page.items.push({ kind: 'line', x1: o.x1 ?? this.left, y1: this.y, x2: o.x2 ?? this.right, y2: this.y, w: o.w ?? 0.6, color: '#000000', ...(o.dash ? { dash: o.dash } : {}) });
    this.y += g + 2;
  }
  rule(x1: number, y1: number, x2: number, y2: number, w = 0.6): void {
    this.page.items.push({ kind: 'line', x1, y1, x2, y2, w, color: '#000000' });
  }
  box(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string): void {
    this.page.items.push({ kind: 'rect', x, y, w, h, lw, stroke: '#000000', ...(fill ? { fill } : {}) });
  }
  /** a check box with an X when ticked; returns width used */
  checkbox(x: number, y: number, ticked: boolean, size = 8): void {
    this.box(x, y + 1, size, size, 0.6);
    if (ticked) {
      this.rule(x + 1.2, y + 2.2, x + size - 1.2, y + size - 0.2, 1.1);
      this.rule(x + size - 1.2, y + 2.2, x + 1.2, y + size - 0.2, 1.1);
    }
  }
  gap(h: number): void {
    this.y += h;
  }
  /**
   * A ruled table. Each cell is a list of lines. Column widths in points; cells wrap.
   * Returns nothing; advances the cursor. Rows never split across pages.
   */
  table(rows: { cells: (string | string[])[]; bold?: boolean[]; shade?: boolean }[], widths: number[], o: { x?: number; size?: number; pad?: number; lead?: number; boldFirstCol?: boolean; noRules?: boolean; after?: number } = {}): void {
    const x0 = o.x ?? this.left;
    const size = o.size ?? this.style.size;
    const lead = o.lead ?? size * 1.3;
    const pad = o.pad ?? 3;
    for (const row of rows) {
      const cellLines = row.cells.map((c, i) => {
        const arr = Array.isArray(c) ? c : [c];
        const bold = row.bold?.[i] ?? (o.boldFirstCol === true && i === 0);
        const f = bold ? this.style.b : this.style.r;
        const out: string[] = [];
        for (const t of arr) out.push(...(t === '' ? [''] : this.wrap(t, (widths[i] ?? 100) - 2 * pad, f, size)));
        return { lines: out, f };
      });
      const n = Math.max(1, ...cellLines.map((c) => c.lines.length));
      const h = n * lead + 2 * pad;
      this.ensure(h);
      const y0 = this.y;
      let x = x0;
      if (row.shade) this.page.items.push({ kind: 'rect', x: x0, y: y0, w: widths.reduce((a, b) => a + b, 0), h, lw: 0, fill: '#e6e6e6' });
      cellLines.forEach((c, i) => {
        c.lines.forEach((l, j) => { if (l) this.text(x + pad, y0 + pad + j * lead, l, { font: c.f, size }); });
        x += widths[i] ?? 100;
      });
      if (!o.noRules) {
        let xx = x0;
        this.rule(x0, y0, x0 + widths.reduce((a, b) => a + b, 0), y0, 0.5);
        for (const w of widths) {
          this.rule(xx, y0, xx, y0 + h, 0.5);
          xx += w;
        }
        this.rule(xx, y0, xx, y0 + h, 0.5);
        this.rule(x0, y0 + h, xx, y0 + h, 0.5);
      }
      this.y = y0 + h;
    }
    this.y += o.after ?? 6;
  }
}

/** Lines of a page as drawn: items on the same baseline joined by a space in x order; overlays separate. */
export function pageText(p: PageModel): string {
  type G = { y: number; parts: TextItem[]; overlay: boolean };
  const groups: G[] = [];
  const byY = new Map<string, G>();
  for (const it of p.items) {
    if (it.kind !== 'text') continue;
    if (it.overlay) {
      groups.push({ y: it.y, parts: [it], overlay: true });
      continue;
    }
    const key = `${Math.round(it.y * 10)}|${it.size}`;
    let g = byY.get(key);
    if (!g) {
      g = { y: it.y, parts: [], overlay: false };
      byY.set(key, g);
      groups.push(g);
    }
    g.parts.push(it);
  }
  const sorted = groups.map((g, i) => ({ g, i })).sort((a, b) => (a.g.y - b.g.y) || (a.i - b.i));
  return sorted.map(({ g }) => g.parts.slice().sort((a, b) => a.x - b.x).map((t) => t.text).join(' ')).join('\n');
}

/** axis-aligned boxes of text items, for finding free room for stamps */
export function textBoxes(p: PageModel): [number, number, number, number][] {
  return p.items.filter((i): i is TextItem => i.kind === 'text').map((t) => [t.x, t.y, t.x + t.width, t.y + t.size * 1.2]);
}
