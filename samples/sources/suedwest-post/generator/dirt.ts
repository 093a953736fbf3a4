/** Marks that appear on paper before it is scanned: stamps, handwriting, highlighter, punch holes, fax headers. */
import type { Page, TextOp } from './page.js';
import { PageBuilder, MM, measure } from './page.js';
import type { Rng } from './rng.js';
import { fmtDate } from './fmt.js';

function builderFor(page: Page): PageBuilder {
  const pb = new PageBuilder('sans', 10, page.w, page.h);
  pb.page = page;
  return pb;
}

export function addStamp(page: Page, rng: Rng, date: string): void {
  const pb = builderFor(page);
  const color = rng.pick(['#c0262d', '#1d3fa5', '#7a1f8c']);
  const rot = rng.float(-9, 9);
  const x = rng.float(115, 150) * MM;
  const y = rng.float(22, 88) * MM;
  const w = 58 * MM, h = 19 * MM;
  const top = rng.pick(['EINGEGANGEN', 'Eingegangen', 'EINGANG']);
  const bottom = rng.pick(['Fachstelle Wohnraumsicherung', 'Diakonie Südwest – FWS', 'Wohnhilfe']);
  pb.rect(x, y, w, h, { stroke: color, lw: 1.6, opacity: 0.8, rot, radius: 4 });
  // rotate the text with the frame around the frame centre: approximate by rotating each line about its own origin
  const cx = x + w / 2;
  const lines: [string, number, 'sansB' | 'sans'][] = [[top, 9.5, 'sansB'], [fmtDate(date, 'stamp'), 12.5, 'sansB'], [bottom, 6.5, 'sans']];
  let ly = y + 3;
  for (const [s, size, font] of lines) {
    const tw = measure(s, font, size);
    const dx = cx - tw / 2;
    // position of the line start after rotating around the frame centre
    const ox = dx - cx, oy = ly - (y + h / 2);
    const a = (rot * Math.PI) / 180;
    const rx = cx + ox * Math.cos(a) - oy * Math.sin(a);
    const ry = y + h / 2 + ox * Math.sin(a) + oy * Math.cos(a);
    pb.text(rx, ry, s, { font, size, color, rot, opacity: 0.85 });
    ly += size + 2.2;
  }
}

export function addHandwriting(page: Page, rng: Rng): void {
  const pb = builderFor(page);
  const ink = rng.pick(['#1b2a8a', '#222222', '#2b4fb8']);
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) {
    const kind = rng.int(0, 3);
    const x = rng.float(25, 160) * MM, y = rng.float(95, 250) * MM;
    if (kind === 0) pb.path(`M ${x} ${y} l 6 7 l 14 -18`, ink, 1.6, 0.9); // tick
    else if (kind === 1) { const w = rng.float(40, 110) * MM; pb.path(`M ${x} ${y} q ${w / 2} ${rng.float(-3, 3)} ${w} ${rng.float(-2, 2)}`, ink, 1.1, 0.85); } // underline
    else if (kind === 2) { const r = rng.float(18, 40); pb.path(`M ${x + r} ${y} C ${x + r} ${y - r * 0.7} ${x - r} ${y - r * 0.7} ${x - r} ${y} C ${x - r} ${y + r * 0.6} ${x + r * 0.9} ${y + r * 0.7} ${x + r * 1.1} ${y - 4}`, ink, 1.2, 0.85); }
    else pb.path(`M ${x} ${y} c 4 -12 9 -12 10 0 c 1 8 5 8 8 -2 c 3 -9 7 -9 9 0 l 4 -6 m 6 10 c 6 -10 10 2 14 -4`, ink, 1.2, 0.9); // initials scribble
  }
}

export function addHighlighter(page: Page, rng: Rng): void {
  const texts = page.ops.filter((o): o is TextOp => o.t === 'text' && o.record && o.rot === 0 && o.y > 95 * MM && o.size < 12);
  if (texts.length === 0) return;
  const pb = builderFor(page);
  const n = rng.int(1, 2);
  for (let i = 0; i < n; i++) {
    const t = rng.pick(texts);
    pb.rect(t.x - 2, t.y - 1.5, Math.min(t.w + 4, page.w - t.x - 10), t.size * 1.25, { stroke: null, fill: rng.pick(['#fff200', '#ffd83a', '#9df07a']), opacity: 0.4 });
  }
}

export function addPunchHoles(page: Page, dark: boolean): void {
  const pb = builderFor(page);
  for (const yy of [148.5 - 40, 148.5 + 40]) pb.circle(12 * MM, yy * MM, 2.7 * MM, { fill: dark ? '#2a2a2a' : '#f7f7f7', stroke: '#888888', lw: 0.5 });
}

export function addFaxHeader(page: Page, text: string): void {
  const pb = builderFor(page);
  pb.text(10 * MM, 3.2 * MM, text, { font: 'mono', size: 7.2 });
}
