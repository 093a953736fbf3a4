import type { FontName, Sheet } from './sheet.js';
import type { Household } from './model.js';
import type { CourtInfo } from './places.js';
import { recipientFor } from './common.js';

export interface Cell { x: number; w: number; lines: string[]; font?: FontName; size?: number; tag?: string }

/** Draw a table row; returns the row height. Optionally ruled (cell borders). */
export function row(s: Sheet, y: number, cells: Cell[], o: { lh?: number; ruled?: boolean; pad?: number; fill?: string } = {}): number {
  const lh = o.lh ?? 13;
  const pad = o.pad ?? 3;
  const n = Math.max(...cells.map((c) => c.lines.length), 1);
  const h = n * lh + pad * 2;
  for (const c of cells) {
    if (o.fill) s.rect(c.x, y, c.w, h, { fill: o.fill });
    if (o.ruled) s.rect(c.x, y, c.w, h, { lw: 0.5 });
    c.lines.forEach((l, i) => s.text(c.x + pad + 1, y + pad + i * lh, l, { font: c.font, size: c.size, ...(c.tag ? { tag: c.tag } : {}) }));
  }
  return h;
}

/** Court letterhead: name, department, address; returns nothing (fixed positions). */
export function courtHeader(s: Sheet, court: CourtInfo, o: { font: FontName; bold: FontName; centered?: boolean; crest?: boolean }): void {
  if (o.crest) {
    // simple stylised eagle-ish crest: circle with lines
    s.doc.save().lineWidth(1).circle(85, 62, 16).stroke('#333333').moveTo(77, 58).lineTo(93, 58).moveTo(85, 50).lineTo(85, 74).stroke().restore();
  }
  if (o.centered) {
    s.text(297, 40, court.name, { font: o.bold, size: 15, align: 'center' });
    s.text(297, 60, `${court.street} · ${court.postal} ${court.place} · Telefon ${court.phone}`, { font: o.font, size: 8, align: 'center' });
  } else {
    const x = o.crest ? 108 : 70;
    s.text(x, 48, court.name, { font: o.bold, size: 14 });
    s.text(x, 66, 'Zivilabteilung', { font: o.font, size: 9 });
    s.text(540, 44, court.street, { font: o.font, size: 8, align: 'right' });
    s.text(540, 54, `${court.postal} ${court.place}`, { font: o.font, size: 8, align: 'right' });
    s.text(540, 64, `Tel. ${court.phone}`, { font: o.font, size: 8, align: 'right' });
    if (court.poBox) s.text(540, 74, court.poBox, { font: o.font, size: 8, align: 'right' });
  }
}

/** Return line and recipient lines in the window zone. */
export function recipientBlock(s: Sheet, h: Household, returnLine: string, font: FontName, lines?: string[]): void {
  s.text(62, 138, returnLine, { font, size: 6.5 });
  s.line(62, 147, 300, 147, 0.3);
  (lines ?? recipientFor(h)).forEach((l, i) => s.text(62, 154 + i * 12, l, { font, size: 10 }));
}

/** Info block on the right: label/value pairs. Returns y below. */
export function infoBlock(s: Sheet, pairs: [string, string, string?][], font: FontName, x = 354, y = 150): number {
  pairs.forEach(([l, v, tag], i) => {
    s.text(x, y + i * 12, l, { font, size: 8 });
    s.text(x + 78, y + i * 12, v, { font, size: 9, ...(tag ? { tag } : {}) });
  });
  return y + pairs.length * 12;
}

/** Footer with bank details / opening hours (distractors). */
export function courtFooter(s: Sheet, court: CourtInfo, font: FontName, page: number, pages: number): void {
  s.line(70, 785, 540, 785, 0.4);
  s.text(70, 790, `Dienstgebäude: ${court.street}, ${court.postal} ${court.place}   Sprechzeiten: Mo–Fr 8:30–12:00 Uhr`, { font, size: 6.5 });
  s.text(70, 799, `Zahlungen an: Landeshauptkasse NRW, IBAN DE27 3005 0000 0004 7710 93, BIC WELADEDDXXX`, { font, size: 6.5 });
  if (pages > 1) s.text(540, 810, `Seite ${page} von ${pages}`, { font, size: 7.5, align: 'right' });
}
