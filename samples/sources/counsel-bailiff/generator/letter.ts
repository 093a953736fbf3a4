/** DIN-5008-ish letter parts shared by templates: fold marks, window address, info block, footers. */
import { Builder, MM, PAGE_H, PAGE_W, type FontKey } from './builder.js';

export function foldMarks(b: Builder, formA = false): void {
  const ys = formA ? [87, 192] : [105, 210];
  for (const y of ys) b.rule(3 * MM, y * MM, 8 * MM, y * MM, 0.5);
  b.rule(3 * MM, 148.5 * MM, 10 * MM, 148.5 * MM, 0.5);
}

/** Window address: small return line, then up to 6 lines. */
export function addressField(b: Builder, ret: string | null, lines: string[], o: { x?: number; y?: number; font?: FontKey; size?: number; retUnderline?: boolean } = {}): void {
  const x = o.x ?? 20 * MM + 5 * MM;
  let y = (o.y ?? 45) * MM;
  if (ret) {
    b.font('sans', 6.5);
    b.text(x, y + 8, ret, { underline: o.retUnderline ?? true });
  }
  y += 17.7 * MM;
  b.font(o.font ?? 'sans', o.size ?? 10);
  for (const l of lines.slice(0, 6)) {
    b.text(x, y, l);
    y += (o.size ?? 10) * 1.22;
  }
}

/** Label/value pairs right of the window (information block). */
export function infoBlock(b: Builder, rows: [string, string][], o: { x?: number; y?: number; size?: number; labelFont?: FontKey; valueFont?: FontKey; valueDx?: number } = {}): number {
  const x = o.x ?? 125 * MM;
  let y = (o.y ?? 50) * MM;
  const size = o.size ?? 8.5;
  for (const [label, value] of rows) {
    if (label === '') { y += size * 0.8; continue; }
    if (o.valueDx !== undefined) {
      b.font(o.labelFont ?? 'sans', size);
      b.text(x, y, label, { record: false });
      b.font(o.valueFont ?? 'sans', size);
      b.text(x + o.valueDx, y, value, { record: false });
      b.record(`${label} ${value}`.trim());
    } else {
      b.font(o.labelFont ?? 'sans', size);
      b.text(x, y, value === '' ? label : `${label} ${value}`);
    }
    y += size * 1.3;
  }
  return y;
}

/** Footer columns at the page bottom, recorded at the tail of the page text. */
export function footerColumns(b: Builder, page: number, cols: string[][], o: { size?: number; y?: number; font?: FontKey; rule?: boolean } = {}): void {
  const size = o.size ?? 6.8;
  const y0 = o.y ?? PAGE_H - 22 * MM;
  if (o.rule !== false) { b.doc.switchToPage(page); b.rule(b.left, y0 - 4, b.right, y0 - 4, 0.4); }
  const colW = (b.right - b.left) / cols.length;
  b.font(o.font ?? 'sans', size);
  cols.forEach((col, ci) => {
    col.forEach((ln, li) => b.textAt(page, 'tail', b.left + ci * colW, y0 + li * size * 1.25, ln));
  });
}

export function pageNumber(b: Builder, page: number, text: string, o: { y?: number; align?: 'right' | 'center'; size?: number; where?: 'head' | 'tail' } = {}): void {
  b.font('sans', o.size ?? 8);
  b.textAt(page, o.where ?? 'tail', b.left, o.y ?? PAGE_H - 12 * MM, text, { width: b.right - b.left, align: o.align ?? 'right' });
}

export { MM, PAGE_W, PAGE_H };
