import { dmy, dmyShort } from './format.js';
import type { Profile } from './model.js';
import type { Rng } from './prng.js';
import type { Overlay } from './render.js';
import type { Box, Sheet } from './sheet.js';

/** Paper dirt a real inbox adds: receipt stamps, pen notes, highlighter, punch holes, staples, fax headers. */

export interface StampSpec {
  org: string[];
  date: string;
  page: number;
}

export interface DirtPlan {
  overlays: Overlay[][];
  pageTexts: string[];
}

const MONTHS_SHORT = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];

function stampDate(iso: string, style: number): string {
  const d = iso.slice(8, 10);
  const m = Number(iso.slice(5, 7));
  if (style === 0) return `${d}. ${MONTHS_SHORT[m - 1] ?? ''} ${iso.slice(0, 4)}`;
  if (style === 1) return dmy(iso);
  return `${d} ${MONTHS_SHORT[m - 1] ?? ''} ${iso.slice(2, 4)}`;
}

function overlaps(a: Box, b: Box, pad: number): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

function freeSpot(rng: Rng, taken: readonly Box[], w: number, h: number, area: Box): Box | null {
  for (let i = 0; i < 120; i++) {
    const b = { x: rng.float(area.x, area.x + area.w - w), y: rng.float(area.y, area.y + area.h - h), w, h };
    if (!taken.some((t) => overlaps(t, b, 2))) return b;
  }
  return null;
}

const NOTES = ['Wv. {d}', 'HB versucht {d}', 'Akte angelegt', 'an Fr. K. z.K.', 'Tel. nicht erreicht', 'KdU-Antrag?', 'Schonfrist!!', 'erl. {i}', 'Brief raus {d}', 'bekannt aus 2023?', 'dringend', 'Termin vereinbart {d}', 'JC informiert'];

export function planDirt(sheet: Sheet, profile: Profile, rng: Rng, stamps: readonly StampSpec[], fax: { sender: string; date: string; time: string } | null, noteDate: string): DirtPlan {
  const n = sheet.pages.length;
  const overlays: Overlay[][] = sheet.pages.map(() => []);
  const texts: string[][] = sheet.pages.map((p) => [...p.lines]);
  if (profile === 'text-pdf') return { overlays, pageTexts: texts.map((t) => t.join('\n')) };
  const taken: Box[][] = sheet.pages.map((p) => [...p.boxes]);
  const ink = rng.pick(['#1c3f94', '#1c3f94', '#222222', '#b00000']);
  if (fax) {
    sheet.pages.forEach((_, i) => {
      const t = `${fax.date} ${fax.time}   ${fax.sender}   S. ${String(i + 1).padStart(2, '0')}/${String(n).padStart(2, '0')}`;
      overlays[i]?.push({ kind: 'faxhead', text: t });
      texts[i]?.unshift(t);
      taken[i]?.push({ x: 8, y: 3, w: 190, h: 4 });
    });
  }
  for (const st of stamps) {
    const i = Math.min(st.page, n - 1);
    const w = rng.float(44, 54);
    const h = rng.float(20, 25);
    const spot = freeSpot(rng, taken[i] ?? [], w + 6, h + 6, rng.chance(0.7) ? { x: 95, y: 8, w: 105, h: 100 } : { x: 15, y: 8, w: 185, h: 280 });
    if (!spot) continue;
    const lines = [st.org[0] ?? '', stampDate(st.date, rng.int(0, 2)), st.org[1] ?? 'Eingang'];
    overlays[i]?.push({ kind: 'stamp', x: spot.x + 3, y: spot.y + 3, w, h, angle: rng.float(-9, 9), color: rng.pick(['#c4161c', '#2a3f9d', '#6a1b9a', '#c4161c']), lines });
    taken[i]?.push(spot);
    texts[i]?.push(...lines);
  }
  sheet.pages.forEach((page, i) => {
    const tk = taken[i] ?? [];
    const ov = overlays[i] ?? [];
    const mark = page.marks.length > 0 ? rng.pick(page.marks) : null;
    if (mark && rng.chance(0.4)) ov.push({ kind: 'highlight', box: mark, color: rng.pick(['#fff200', '#ffb000', '#7cff4f', '#ff7bd5']) });
    else if (mark && rng.chance(0.3)) ov.push({ kind: rng.chance(0.5) ? 'circle' : 'underline', box: mark, color: ink });
    if (rng.chance(i === 0 ? 0.5 : 0.2)) {
      const note = rng.pick(NOTES).replace('{d}', dmyShort(noteDate)).replace('{i}', rng.pick(['Kr', 'MB', 'sö', 'Hz']));
      const size = rng.float(11, 15);
      const w = note.length * size * 0.2;
      const spot = freeSpot(rng, tk, w, 7, { x: 12, y: 8, w: 188, h: 280 });
      if (spot) {
        ov.push({ kind: 'hand', x: spot.x, y: spot.y + 1, angle: rng.float(-7, 4), color: ink, text: note, size });
        tk.push(spot);
      }
    }
    if (rng.chance(0.15)) {
      const spot = freeSpot(rng, tk, 8, 8, { x: 12, y: 60, w: 188, h: 200 });
      if (spot) ov.push({ kind: 'tick', x: spot.x, y: spot.y + 5, color: ink });
    }
  });
  if (rng.chance(0.35)) {
    const shade = rng.pick(['#2b2b2b', '#555555', '#9a9a9a']);
    overlays.forEach((ov) => ov.push({ kind: 'punch', ys: [148.5 - 40, 148.5 + 40], shade }));
  }
  if (rng.chance(0.22)) overlays[0]?.push({ kind: 'staple', x: rng.float(6, 14), y: rng.float(5, 10), angle: rng.float(-40, -20) });
  return { overlays, pageTexts: texts.map((t) => t.join('\n')) };
}
