// Vector "dirt" drawn onto the page before it is rasterised: stamps, highlighter, pen marks, fax header.
import { Doc, MM, PAGE_W } from './page.js';
import type { Rng } from './rng.js';
import { fmtDate } from './fmt.js';

const STAMP_COLORS = ['#1f3fa8', '#b3202a', '#5b2a86', '#1d6b3a'];

export function stamp(d: Doc, r: Rng, page: number, date: string, org: string): void {
  const spots = d.free.filter((f) => f.page === page);
  if (!spots.length) return;
  const f = r.pick(spots);
  const w = Math.min(f.w, 58 * MM);
  const h = 19 * MM;
  const x = f.x + r.next() * Math.max(0, f.w - w);
  const y = f.y + r.next() * Math.max(0, f.h - h);
  const col = r.pick(STAMP_COLORS);
  const angle = r.int(-8, 8);
  const pdf = d.pdf;
  pdf.save();
  pdf.rotate(angle, { origin: [x + w / 2, y + h / 2] });
  pdf.opacity(0.85);
  pdf.roundedRect(x, y, w, h, 4).lineWidth(1.4).strokeColor(col).stroke();
  pdf.roundedRect(x + 3, y + 3, w - 6, h - 6, 3).lineWidth(0.5).strokeColor(col).stroke();
  const word = r.pick(['EINGEGANGEN', 'Eingang', 'EING.']);
  const ds = fmtDate(date, r.pick(['dd.mm.yyyy', 'dd.mm.yy'] as const)).toUpperCase();
  pdf.font('sansB').fontSize(8).fillColor(col).text(word, x, y + 6, { width: w, align: 'center', lineBreak: false });
  pdf.font('monoB').fontSize(11).text(ds, x, y + 18, { width: w, align: 'center', lineBreak: false });
  pdf.font('sans').fontSize(6.5).text(org, x, y + 33, { width: w, align: 'center', lineBreak: false });
  pdf.restore();
  pdf.opacity(1);
  d.texts[page]!.push(word, ds, org);
}

export function highlight(d: Doc, r: Rng, page: number): void {
  const marks = d.marks.filter((m) => m.page === page);
  const n = Math.min(marks.length, r.int(1, 2));
  for (let i = 0; i < n; i++) {
    const m = r.pick(marks);
    d.pdf.save();
    d.pdf.fillOpacity(0.35).rect(m.x - 2, m.y - 1, m.w + 4, m.h + 1).fill(r.pick(['#ffe600', '#ffd200', '#9cff57', '#ff9de0']));
    d.pdf.restore();
    d.pdf.fillOpacity(1);
  }
}

/** Pen marks: an underline or tick next to a value, a margin stroke, a circled number. */
export function penMarks(d: Doc, r: Rng, page: number): void {
  const pdf = d.pdf;
  const col = r.pick(['#1a237e', '#0d47a1', '#222222', '#b71c1c']);
  pdf.save();
  pdf.lineWidth(r.pick([0.9, 1.2, 1.5])).strokeColor(col).lineCap('round').lineJoin('round');
  const marks = d.marks.filter((m) => m.page === page);
  if (marks.length) {
    const m = r.pick(marks);
    const yb = m.y + m.h + 1.5;
    pdf.moveTo(m.x, yb).bezierCurveTo(m.x + m.w * 0.3, yb + 2, m.x + m.w * 0.7, yb - 1.5, m.x + m.w + 4, yb + 1).stroke();
    if (r.chance(0.5)) {
      const tx = Math.max(8, m.x - 16);
      pdf.moveTo(tx, m.y + 5).lineTo(tx + 4, m.y + 10).lineTo(tx + 11, m.y - 2).stroke();
    }
  }
  const mx = r.chance(0.5) ? 10 * MM : PAGE_W - 12 * MM;
  const my = 110 * MM + r.next() * 100 * MM;
  pdf.moveTo(mx, my).bezierCurveTo(mx + 3, my + 30, mx - 2, my + 60, mx + 1, my + 90).stroke();
  if (r.chance(0.5)) {
    const x = PAGE_W - 32 * MM - r.next() * 30 * MM;
    const y = 20 * MM + r.next() * 10 * MM;
    pdf.ellipse(x, y, 18, 11).stroke();
    pdf.moveTo(x - 10, y + 4).bezierCurveTo(x - 4, y - 8, x + 2, y + 8, x + 9, y - 5).stroke();
  }
  pdf.restore();
}

/** The line a fax machine prints at the top of every page. */
export function faxHeader(d: Doc, page: number, pages: number, when: string, time: string, from: string, number: string): void {
  const s = `${fmtDate(when, 'dd.mm.yy')} ${time}  ${number}  ${from}  S. ${String(page + 1).padStart(2, '0')}/${String(pages).padStart(2, '0')}`;
  d.pdf.font('mono').fontSize(8).fillColor('#000').text(s, 12 * MM, 4 * MM, { lineBreak: false });
  d.texts[page]!.unshift(s);
}
