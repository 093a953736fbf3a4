/** Paper dirt drawn as SVG overlays: stamps, handwriting, highlighter, punch holes, staples. */
import type { LineBox } from './sheet.js';
import type { Rng } from './prng.js';
import { fmtDate } from './format.js';

export interface Overlay {
  svg: string;
  /** Printed text added to the page (stamps), appended to pageTexts. */
  text: string[];
}
const MONTHS_STAMP = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];

function overlaps(x: number, y: number, w: number, h: number, boxes: LineBox[], pad: number): boolean {
  return boxes.some((b) => x < b.x + b.w + pad && x + w > b.x - pad && y < b.y + b.h + pad && y + h > b.y - pad);
}
/** Finds a free spot (pt) for a w×h rectangle, or null. */
export function freeSpot(rng: Rng, boxes: LineBox[], w: number, h: number): { x: number; y: number } | null {
  const cands: { x: number; y: number }[] = [];
  for (let y = 70; y + h < 780; y += 12) for (let x = 60; x + w < 575; x += 12) if (!overlaps(x, y, w, h, boxes, 8)) cands.push({ x, y });
  if (cands.length === 0) return null;
  const right = cands.filter((c) => c.x > 280);
  return rng.pick(right.length > 0 ? right : cands);
}

export function stampOverlay(rng: Rng, boxes: LineBox[], scale: number, date: string, who: string): Overlay | null {
  const w = 150, h = 62;
  const spot = freeSpot(rng, boxes, w + 10, h + 10);
  if (!spot) return null;
  const [y, m, d] = date.split('-');
  const dateText = rng.chance(0.5) ? `${d}. ${MONTHS_STAMP[Number(m) - 1]} ${y}` : fmtDate(date, 'dots');
  const head = rng.pick(['EINGANG', 'EINGEGANGEN', 'Eingang']);
  const ang = rng.float(-9, 9);
  const col = rng.pick(['#b3202a', '#1f3f9e', '#6a2a8a']);
  const cx = (spot.x + w / 2) * scale, cy = (spot.y + h / 2) * scale;
  const S = (v: number): number => v * scale;
  const svg = `<g transform="rotate(${ang.toFixed(2)} ${cx.toFixed(1)} ${cy.toFixed(1)})" opacity="0.78" font-family="DejaVu Sans" fill="${col}">
<rect x="${S(spot.x)}" y="${S(spot.y)}" width="${S(w)}" height="${S(h)}" rx="${S(6)}" fill="none" stroke="${col}" stroke-width="${S(2)}"/>
<text x="${cx}" y="${S(spot.y + 17)}" font-size="${S(12)}" font-weight="bold" text-anchor="middle">${head}</text>
<text x="${cx}" y="${S(spot.y + 37)}" font-size="${S(14)}" font-weight="bold" text-anchor="middle">${dateText}</text>
<text x="${cx}" y="${S(spot.y + 54)}" font-size="${S(8.5)}" text-anchor="middle">${who}</text></g>`;
  return { svg, text: [head, dateText, who] };
}

export function handwritingOverlay(rng: Rng, boxes: LineBox[], scale: number): Overlay {
  const S = (v: number): number => +(v * scale).toFixed(1);
  const col = rng.pick(['#1b2a8c', '#222222', '#0b3d91']);
  const parts: string[] = [];
  const target = boxes.filter((b) => b.tag === 'hl' || b.tag === 'addr');
  const b = target.length > 0 ? rng.pick(target) : boxes.length > 0 ? rng.pick(boxes) : null;
  const y0 = b ? b.y + b.h + 2.5 : 0;
  const clear = b !== null && !boxes.some((o) => o !== b && o.x < b.x + b.w && o.x + o.w > b.x && o.y < y0 + 3 && o.y + o.h > y0 - 3);
  if (b && clear) {
    // wavy underline just below the line
    let d = `M ${S(b.x)} ${S(y0)}`;
    for (let x = b.x; x < b.x + b.w; x += 8) d += ` Q ${S(x + 4)} ${S(y0 + rng.float(-1.6, 1.6))} ${S(x + 8)} ${S(y0 + rng.float(-0.8, 0.8))}`;
    parts.push(`<path d="${d}" fill="none" stroke="${col}" stroke-width="${S(1.1)}" stroke-linecap="round"/>`);
    // tick mark in the left margin next to it
    const ty = b.y + 2;
    parts.push(`<path d="M ${S(22)} ${S(ty + 4)} L ${S(27)} ${S(ty + 9)} L ${S(38)} ${S(ty - 4)}" fill="none" stroke="${col}" stroke-width="${S(1.4)}" stroke-linecap="round"/>`);
  }
  if (rng.chance(0.5)) {
    // a scribbled circle/loop in the bottom margin
    const x = rng.float(380, 500), y = rng.float(770, 790);
    parts.push(`<ellipse cx="${S(x)}" cy="${S(y)}" rx="${S(22)}" ry="${S(7)}" fill="none" stroke="${col}" stroke-width="${S(1)}" transform="rotate(${rng.float(-10, 10).toFixed(1)} ${S(x)} ${S(y)})"/>`);
  }
  return { svg: parts.join('\n'), text: [] };
}

export function highlighterOverlay(rng: Rng, boxes: LineBox[], scale: number): Overlay {
  const S = (v: number): number => +(v * scale).toFixed(1);
  const target = boxes.filter((b) => b.tag === 'hl' || b.tag === 'addr');
  const b = target.length > 0 ? rng.pick(target) : null;
  if (!b) return { svg: '', text: [] };
  const col = rng.pick(['#f7ef3a', '#9ef06a', '#ffb4e0']);
  return { svg: `<rect x="${S(b.x - 3)}" y="${S(b.y - 1.5)}" width="${S(b.w + 6)}" height="${S(b.h + 3)}" fill="${col}" opacity="0.42" transform="rotate(${rng.float(-0.6, 0.6).toFixed(2)} ${S(b.x)} ${S(b.y)})"/>`, text: [] };
}

export function punchOverlay(scale: number): Overlay {
  const S = (v: number): number => +(v * scale).toFixed(1);
  const mm = 72 / 25.4;
  const cy = 148.5 * mm;
  const holes = [cy - 40 * mm, cy + 40 * mm].map((y) => `<circle cx="${S(10 * mm)}" cy="${S(y)}" r="${S(2.8 * mm)}" fill="#2b2b2b"/>`);
  return { svg: holes.join('\n'), text: [] };
}

export function stapleOverlay(rng: Rng, scale: number): Overlay {
  const S = (v: number): number => +(v * scale).toFixed(1);
  const x = rng.float(14, 26), y = rng.float(10, 18);
  return {
    svg: `<line x1="${S(x + 1.5)}" y1="${S(y + 1.5)}" x2="${S(x + 33.5)}" y2="${S(y + 11.5)}" stroke="#999" stroke-width="${S(3)}" opacity="0.5"/>
<line x1="${S(x)}" y1="${S(y)}" x2="${S(x + 32)}" y2="${S(y + 10)}" stroke="#444" stroke-width="${S(1.6)}"/>`,
    text: [],
  };
}

export function svgDoc(w: number, h: number, body: string): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`);
}
