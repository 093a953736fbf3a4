/**
 * What paper collects before it is scanned: receipt stamps (a distracting date), highlighter,
 * pen marks, punch holes, staples, and the header line a fax machine prints. Drawn into the PDF
 * before rasterising; stamp and fax-header text is part of the page text.
 */
import { Builder, MM, PAGE_H, PAGE_W, type Box } from './builder.js';
import type { Rng } from './rng.js';
import { addDays } from './format.js';

const STAMP_MONTHS = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];

function intersects(a: Box, b: Box, pad: number): boolean {
  return a.x - pad < b.x + b.w && b.x - pad < a.x + a.w && a.y - pad < b.y + b.h && b.y - pad < a.y + a.h;
}

/** A free rectangle of the given size on a page, preferring the right half, or null. */
export function freeSpot(b: Builder, page: number, w: number, h: number, rng: Rng): Box | null {
  const boxes = b.boxes(page);
  const cands: Box[] = [];
  for (let y = 30 * MM; y + h < PAGE_H - 32 * MM; y += 6 * MM) {
    for (let x = 22 * MM; x + w < PAGE_W - 12 * MM; x += 6 * MM) cands.push({ x, y, w, h });
  }
  const free = cands.filter((c) => !boxes.some((bx) => intersects(c, bx, 4)));
  if (free.length === 0) return null;
  const right = free.filter((c) => c.x > PAGE_W / 2 - 20);
  return rng.pick(right.length > 0 && rng.chance(0.8) ? right : free);
}

export interface StampSpec { org: string; label: string; date: string; style: 'box' | 'round' }

export function stamp(b: Builder, page: number, rng: Rng, spec: StampSpec): void {
  const w = 58 * MM;
  const h = 22 * MM;
  const spot = freeSpot(b, page, w, h, rng);
  if (!spot) return;
  const [y, m, d] = spec.date.split('-');
  const dateText = rng.chance(0.6) ? `${d}. ${STAMP_MONTHS[Number(m) - 1]}. ${y}` : `${d}.${m}.${y}`;
  const color = rng.pick(['#b0182a', '#1f3c9a', '#6a2a8a', '#20603a']);
  const doc = b.doc;
  doc.switchToPage(page);
  doc.save();
  const cx = spot.x + w / 2;
  const cy = spot.y + h / 2;
  doc.rotate(rng.float(-6, 6), { origin: [cx, cy] });
  doc.opacity(rng.float(0.7, 0.9));
  doc.lineWidth(1.6).roundedRect(spot.x + 3, spot.y + 3, w - 6, h - 6, spec.style === 'round' ? 10 : 2).stroke(color);
  doc.fillColor(color).font('sansB').fontSize(8.5);
  doc.text(spec.org, spot.x + 3, spot.y + 8, { width: w - 6, align: 'center', lineBreak: false });
  doc.font('sans').fontSize(7).text(spec.label, spot.x + 3, spot.y + 20, { width: w - 6, align: 'center', lineBreak: false });
  doc.font('monoB').fontSize(12).text(dateText, spot.x + 3, spot.y + 32, { width: w - 6, align: 'center', lineBreak: false });
  doc.restore();
  b.addBox(spot, page);
  b.record(spec.org, 'tail', page);
  b.record(spec.label, 'tail', page);
  b.record(dateText, 'tail', page);
}

export function highlighter(b: Builder, page: number, rng: Rng): void {
  const targets = b.boxes(page).filter((x) => x.s && /\d{1,2}\.\d{1,2}\.\d{2,4}|€|EUR|Uhr/.test(x.s) && x.y > 90 * MM && x.y < PAGE_H - 40 * MM);
  if (targets.length === 0) return;
  const t = rng.pick(targets);
  b.doc.switchToPage(page);
  b.doc.save().opacity(0.33).rect(t.x - 2, t.y - 2, Math.min(t.w + 4, PAGE_W - t.x - 15), t.h + 3).fill(rng.pick(['#ffe800', '#9dff4a', '#ff9ad5'])).restore();
}

/** Pen marks: a tick in the left margin, a wavy underline, a squiggle (no legible words). */
export function penMarks(b: Builder, page: number, rng: Rng): void {
  const doc = b.doc;
  doc.switchToPage(page);
  const color = rng.pick(['#1a2a80', '#222222', '#0b3d91']);
  const lines = b.boxes(page).filter((x) => x.x < 40 * MM && x.y > 95 * MM && x.y < PAGE_H - 45 * MM);
  doc.save().lineWidth(1.2).strokeColor(color).lineCap('round');
  if (lines.length > 0) {
    const t = rng.pick(lines);
    const x = 13 * MM;
    doc.moveTo(x, t.y + 4).lineTo(x + 4, t.y + 9).lineTo(x + 12, t.y - 4).stroke();
  }
  if (lines.length > 1 && rng.chance(0.7)) {
    const t = rng.pick(lines);
    const y = t.y + t.h + 1.5;
    doc.moveTo(t.x, y);
    for (let x = t.x; x < t.x + Math.min(t.w, 140); x += 8) doc.quadraticCurveTo(x + 2, y + rng.float(-1.5, 1.5), x + 8, y + rng.float(-0.8, 0.8));
    doc.stroke();
  }
  const spot = freeSpot(b, page, 30 * MM, 10 * MM, rng);
  if (spot && rng.chance(0.6)) {
    doc.moveTo(spot.x, spot.y + 15);
    for (let i = 0; i < 6; i++) doc.bezierCurveTo(spot.x + i * 12 + 3, spot.y - 2, spot.x + i * 12 + 9, spot.y + 28, spot.x + i * 12 + 12, spot.y + 12 + rng.float(-4, 4));
    doc.stroke();
  }
  doc.restore();
}

export function punchHoles(b: Builder, page: number): void {
  b.doc.switchToPage(page);
  for (const y of [108.5, 188.5]) b.doc.save().circle(11.5 * MM, y * MM, 2.8 * MM).fill('#1c1c1c').restore();
}

export function staple(b: Builder, page: number, rng: Rng): void {
  b.doc.switchToPage(page);
  const x = rng.float(6, 12) * MM;
  const y = rng.float(6, 11) * MM;
  b.doc.save().lineWidth(2.2).strokeColor('#555555').moveTo(x, y + 12).lineTo(x + 12, y).stroke();
  b.doc.lineWidth(4).strokeColor('#bbbbbb').opacity(0.5).moveTo(x + 2, y + 15).lineTo(x + 15, y + 2).stroke().restore();
}

export function faxHeader(b: Builder, page: number, total: number, text: string): void {
  b.doc.switchToPage(page);
  b.font('mono', 7.5);
  const line = `${text}   S. ${page + 1}/${total}`;
  b.doc.save().rect(6 * MM, 2.5 * MM, b.measure(line) + 4 * MM, 9).fill('#ffffff').restore();
  b.text(8 * MM, 3.5 * MM, line, { record: false, page });
  b.recordFirst(line, page);
}

export function stampDate(arrival: string, rng: Rng): string {
  return addDays(arrival, -rng.int(0, 1));
}
