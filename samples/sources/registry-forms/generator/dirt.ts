/** Paper dirt drawn onto the PDF before it is scanned: stamps, handwriting, highlighter, punch holes, staples, fax header. */
import { addDays, dmy, stampDate } from './fmt.js';
import type { Rng } from './rng.js';
import { PAGE_H, PAGE_W, mm, type Rect, type Writer } from './writer.js';

function overlaps(a: Rect, b: Rect, pad: number): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** A free spot of the given size that overlaps no printed text. */
function freeSpot(w: Writer, page: number, rng: Rng, sw: number, sh: number): Rect | null {
  const boxes = w.pageBoxes[page] ?? [];
  const cands: Rect[] = [];
  for (let y = 20; y + sh < PAGE_H - 15; y += 18) for (let x = mm(14); x + sw < PAGE_W - 10; x += 22) cands.push({ x, y, w: sw, h: sh });
  for (const c of rng.shuffle(cands)) if (!boxes.some((b) => overlaps(c, b, 6))) return c;
  return null;
}

export interface DirtOptions { stampText: string[]; arrival: string; faxHeader: string | null }

const INKS = ['#b0182a', '#1d3f9e', '#6a2c8f', '#1a6b3a'];

function stamp(w: Writer, page: number, rng: Rng, o: DirtOptions): void {
  const sw = 150;
  const sh = 62;
  const spot = freeSpot(w, page, rng, sw + 12, sh + 12);
  if (!spot) return;
  const ink = rng.pick(INKS);
  const d = w.doc;
  const date = addDays(o.arrival, -rng.int(0, 3));
  d.save();
  d.rotate(rng.float(-7, 7), { origin: [spot.x + sw / 2, spot.y + sh / 2] });
  d.opacity(rng.float(0.65, 0.9));
  d.lineWidth(1.6).strokeColor(ink).roundedRect(spot.x + 6, spot.y + 6, sw, sh, 5).stroke();
  d.lineWidth(0.6).roundedRect(spot.x + 9, spot.y + 9, sw - 6, sh - 6, 4).stroke();
  d.fillColor(ink).font('sansB').fontSize(8);
  const lines = [...o.stampText, stampDate(date)];
  lines.forEach((l, i) => {
    const size = i === lines.length - 1 ? 11 : 7.5;
    d.font(i === lines.length - 1 ? 'monoB' : 'sansB').fontSize(size);
    const tw = d.widthOfString(l);
    d.text(l, spot.x + 6 + (sw - tw) / 2, spot.y + 12 + i * 12.5, { lineBreak: false });
  });
  d.restore();
}

function handwriting(w: Writer, page: number, rng: Rng, arrival: string): void {
  const notes = ['eilt!', 'WV', 'Kopie an FS', `WV ${dmy(addDays(arrival, rng.int(7, 21))).slice(0, 6)}`, 'Hausbesuch?', 'erl.', 'tel. nicht erreicht', 'z.d.A.', 'Frist!!'];
  const spot = freeSpot(w, page, rng, 130, 34);
  if (!spot) return;
  const d = w.doc;
  const ink = rng.pick(['#1d3f9e', '#222222', '#1d3f9e']);
  d.save();
  d.rotate(rng.float(-9, 5), { origin: [spot.x, spot.y] });
  d.fillColor(ink).font('serifI').fontSize(rng.float(13, 17));
  d.text(rng.pick(notes), spot.x + 4, spot.y + 6, { lineBreak: false });
  d.lineWidth(1.1).strokeColor(ink).moveTo(spot.x + 2, spot.y + 28).bezierCurveTo(spot.x + 40, spot.y + 24, spot.x + 70, spot.y + 33, spot.x + 110, spot.y + 26).stroke();
  d.restore();
}

function checkMark(w: Writer, page: number, rng: Rng): void {
  const spot = freeSpot(w, page, rng, 26, 24);
  if (!spot) return;
  const d = w.doc;
  d.save().lineWidth(1.6).strokeColor('#1d3f9e').moveTo(spot.x + 3, spot.y + 12).lineTo(spot.x + 10, spot.y + 21).lineTo(spot.x + 24, spot.y + 2).stroke().restore();
}

function highlighter(w: Writer, page: number, rng: Rng): void {
  const boxes = (w.pageBoxes[page] ?? []).filter((b) => b.w > 30 && b.h < 16 && b.y > 150 && b.y < 740);
  if (boxes.length === 0) return;
  const b = rng.pick(boxes);
  const d = w.doc;
  d.save().fillColor(rng.pick(['#fff200', '#ffe100', '#9dff6a'])).fillOpacity(0.35).rect(b.x - 2, b.y - 1, b.w + 4, b.h + 1).fill().restore();
}

function punchHoles(w: Writer): void {
  const d = w.doc;
  for (const dy of [-40, 40]) d.save().fillColor('#2b2b2b').circle(mm(9), PAGE_H / 2 + mm(dy), mm(2.8)).fill().restore();
}

function staple(w: Writer, rng: Rng): void {
  const d = w.doc;
  const x = mm(rng.float(6, 12));
  const y = mm(rng.float(6, 12));
  d.save().lineWidth(1.4).strokeColor('#444444').moveTo(x, y + mm(9)).lineTo(x + mm(9), y).stroke();
  d.lineWidth(3).strokeOpacity(0.15).strokeColor('#000000').moveTo(x + 2, y + mm(9) + 2).lineTo(x + mm(9) + 2, y + 2).stroke().restore();
}

/** Adds dirt to every page (and the fax header line, which is recorded as printed text). */
export function addDirt(w: Writer, rng: Rng, o: DirtOptions): void {
  const pages = w.pageCount;
  const punched = rng.chance(0.35);
  const stapled = pages > 1 && rng.chance(0.6);
  for (let i = 0; i < pages; i++) {
    w.doc.switchToPage(i);
    if (o.faxHeader) {
      const hdr = `${o.faxHeader}   S. ${String(i + 1).padStart(2, '0')}/${String(pages).padStart(2, '0')}`;
      w.doc.save().fillColor('#000000').font('mono').fontSize(7.5).text(hdr, mm(8), 10, { lineBreak: false }).restore();
      w.pageLines[i]?.unshift(hdr);
    }
    if (i === 0 && rng.chance(0.75)) stamp(w, i, rng, o);
    if (rng.chance(0.3)) handwriting(w, i, rng, o.arrival);
    if (rng.chance(0.25)) checkMark(w, i, rng);
    if (rng.chance(0.3)) highlighter(w, i, rng);
    if (punched) punchHoles(w);
    if (stapled && i === 0) staple(w, rng);
  }
}
