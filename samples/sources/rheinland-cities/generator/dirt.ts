import { PAGE_H, PAGE_W, type Sheet } from './sheet.js';
import type { Rng } from './rng.js';
import { fmtDate } from './format.js';

const MONTH_ABBR = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];

/** Find a free spot on page `page` for a w×h box, trying random candidates. */
function freeSpot(s: Sheet, rng: Rng, page: number, w: number, h: number): [number, number] | null {
  for (let i = 0; i < 80; i++) {
    const x = rng.float(40, PAGE_W - w - 30);
    const y = rng.float(30, PAGE_H - h - 40);
    if (s.isFree(page, x, y, w, h, 6)) return [x, y];
  }
  return null;
}

/** Eingangsstempel with a date (a distractor), in the free space of page 1. */
export function stamp(s: Sheet, rng: Rng, page: number, date: string, office: string): void {
  const w = 150; const h = 58;
  const spot = freeSpot(s, rng, page, w, h);
  if (!spot) return;
  const [x, y] = spot;
  const color = rng.pick(['#b0202a', '#2a3f9e', '#6a2a8e']);
  const angle = rng.float(-6, 6);
  const d = new Date(`${date}T00:00:00Z`);
  const dateText = `${String(d.getUTCDate()).padStart(2, '0')}. ${MONTH_ABBR[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
  const doc = s.doc;
  doc.save();
  doc.rotate(angle, { origin: [x + w / 2, y + h / 2] });
  doc.opacity(0.8).lineWidth(1.6).roundedRect(x, y, w, h, 6).stroke(color);
  doc.font('sansB').fontSize(9).fillColor(color).text('EINGEGANGEN', x, y + 6, { width: w, align: 'center', lineBreak: false });
  doc.font('monoB').fontSize(12).text(dateText, x, y + 21, { width: w, align: 'center', lineBreak: false });
  doc.font('sans').fontSize(7).text(office, x, y + 40, { width: w, align: 'center', lineBreak: false });
  doc.restore();
  s.items.push({ page, x, y, w, h, text: `EINGEGANGEN\n${dateText}\n${office}`, extra: true, tag: null });
}

/** Handwritten note (not part of the text layer): initials, a check mark, a short remark. */
export function handwriting(s: Sheet, rng: Rng, page: number, arrival: string): void {
  const note = rng.pick([`WV ${fmtDate(arrival, 'short')}`, 'Hausbesuch?', 'an Fr. K. z.K.', 'Akte angelegt', 'tel. nicht erreicht', 'JC informiert ✓', 'dringend!']);
  const spot = freeSpot(s, rng, page, 130, 30);
  if (!spot) return;
  const [x, y] = spot;
  const color = rng.pick(['#1a3aa8', '#202020', '#1c5c1c']);
  s.text(x, y + 4, note, { font: 'serifI', size: rng.float(13, 17), color, hand: true, rotate: rng.float(-8, 4) });
  const d = s.doc;
  d.save().lineWidth(1.2).strokeColor(color).moveTo(x, y + 26).bezierCurveTo(x + 30, y + 22 + rng.float(0, 6), x + 70, y + 30, x + 110, y + 24).stroke().restore();
}

/** Highlighter over tagged text (e.g. a date); yellow, translucent. */
export function highlight(s: Sheet, rng: Rng, tag: string): void {
  const items = s.tagged(tag);
  for (const it of items) {
    s.doc.save().opacity(0.35).rect(it.x - 2, it.y - 1, it.w + 4, it.h).fill(rng.pick(['#ffee00', '#ffe14d', '#9bff5a'])).restore();
  }
}

/** Circle drawn around the file number by a worker. */
export function circleTag(s: Sheet, tag: string, color = '#1a3aa8'): void {
  const it = s.tagged(tag)[0];
  if (!it) return;
  s.doc.save().lineWidth(1).strokeColor(color).ellipse(it.x + it.w / 2, it.y + it.h / 2 - 1, it.w / 2 + 10, it.h / 2 + 5).stroke().restore();
}

/** Punch holes and staple at page margins (as a copied page shows them). */
export function punchAndStaple(s: Sheet, rng: Rng, dark: boolean): void {
  const d = s.doc;
  const cy = PAGE_H / 2;
  for (const dy of [-113, 113]) d.save().circle(22, cy + dy, 9).fill(dark ? '#303030' : '#f4f4f4').restore();
  if (!dark) for (const dy of [-113, 113]) d.save().lineWidth(0.5).circle(22, cy + dy, 9).stroke('#999999').restore();
  if (rng.chance(0.6)) {
    d.save().rotate(-35, { origin: [30, 30] }).rect(22, 26, 26, 3).fill('#555555').rect(22, 29, 26, 4).fill('#bbbbbb').restore();
  }
}

/** Fax transmission header line at the very top. */
export function faxHeader(s: Sheet, sender: string, date: string, page: number, pages: number, rng: Rng): void {
  const t = `${fmtDate(date)} ${String(rng.int(7, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}   FAX ${sender}   +49 ${rng.int(2000, 2299)} ${rng.int(100000, 999999)}   S. ${String(page).padStart(3, '0')}/${String(pages).padStart(3, '0')}`;
  s.text(30, 10, t, { font: 'mono', size: 7.5 });
}
