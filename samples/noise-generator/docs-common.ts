// Shared letter parts: letterhead, DIN 5008 address field and information block, small-print footer.
import { type FontKey } from './fonts.js';
import { PageBuilder } from './page.js';

export interface Letterhead { title: string; sub: string[]; font: FontKey; bold: FontKey }

export function letterhead(b: PageBuilder, h: Letterhead): void {
  b.y = 12;
  b.line(h.title, { font: h.bold, size: 15, align: 'center', lead: 1.3 });
  for (const s of h.sub) b.line(s, { font: h.font, size: 8.5, align: 'center', lead: 1.3 });
  b.gap(1.5);
  b.rule(b.left, b.y, b.right, b.y, 0.4);
}

/** Return-address line and recipient lines in the window field (20 mm from the left, 45 mm from the top). */
export function addressField(b: PageBuilder, returnLine: string, lines: string[], font: FontKey): void {
  b.textAt(25, 50, returnLine, { font, size: 6.5 });
  b.rule(25, 51.2, 25 + Math.min(80, returnLine.length * 1.25), 51.2, 0.15);
  let y = 60;
  for (const l of lines) {
    b.textAt(25, y, l, { font, size: 10 });
    y += 4.6;
  }
}

/** Label/value pairs of the information block, 125 mm from the left. */
export function infoBlock(b: PageBuilder, pairs: [string, string][], font: FontKey, top = 52): void {
  let y = top;
  for (const [label, value] of pairs) {
    if (label) {
      b.textAt(125, y, label, { font, size: 7.5, grey: 40 });
      y += 3.6;
    }
    b.textAt(125, y, value, { font, size: 9.5 });
    y += 5.2;
  }
  b.y = Math.max(100, y + 4);
}

export function footer(b: PageBuilder, lines: string[], font: FontKey): void {
  const top = 297 - 12 - lines.length * 3.3;
  b.rule(b.left, top - 3, b.right, top - 3, 0.2);
  let y = top;
  for (const l of lines) {
    b.textAt(b.left, y, l, { font, size: 6.8, grey: 25 });
    y += 3.3;
  }
}

export function pageNumber(b: PageBuilder, text: string, font: FontKey): void {
  b.textAt(b.right, 266, text, { font, size: 8, align: 'right' });
}
