// SVG overlays drawn on top of a page: receipt stamps, handwriting, punch holes, staples.
import { addDays, date, fmtDate } from './data.js';
import { type Rng } from './prng.js';
import { type PageItem } from './page.js';
import { itemsToSvg } from './render.js';

const MONTHS = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];

/** A rubber receipt stamp "Eingegangen <date>" at (cx, cy) mm, rotated, in red or blue. */
export function stampSvg(rng: Rng, dpi: number, cx: number, cy: number): string {
  const k = dpi / 25.4;
  const colour = rng.pick(['#c0182a', '#b3122e', '#1c3c9e', '#23358c']);
  const d = addDays(date(rng), rng.int(1, 5));
  const dateText = rng.chance(0.5) ? `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}` : fmtDate(d);
  const org = rng.pick(['Oberbergischer Kreis', 'Fachstelle Wohnen', 'Jobcenter Oberberg', 'Diakonie Sieg/Rhein']);
  const items: PageItem[] = [
    { kind: 'text', x: -24, y: -4.5, font: 'sansBold', size: 13, text: 'EINGEGANGEN', grey: 0 },
    { kind: 'text', x: -19, y: 3.2, font: 'monoBold', size: 12, text: dateText, grey: 0 },
    { kind: 'text', x: -22, y: 9.5, font: 'cond', size: 8, text: org, grey: 0 },
  ];
  const body = itemsToSvg(items, dpi, `st${rng.int(0, 1e6)}`, colour);
  const w = 54 * k;
  const h = 27 * k;
  const angle = rng.range(-14, 14).toFixed(2);
  return `<g transform="translate(${(cx * k).toFixed(1)} ${(cy * k).toFixed(1)}) rotate(${angle})" opacity="${rng.range(0.72, 0.9).toFixed(2)}">
<rect x="${(-w / 2).toFixed(1)}" y="${(-h / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="${(2 * k).toFixed(1)}" fill="none" stroke="${colour}" stroke-width="${(0.8 * k).toFixed(1)}"/>
<g transform="translate(${(-1 * k).toFixed(1)} 0)">${body}</g></g>`;
}

/** Pseudo-cursive scribble (illegible handwriting) of n letters starting at (x, y) mm. */
function scribble(rng: Rng, k: number, x: number, y: number, letters: number, xh: number): string {
  let d = `M${(x * k).toFixed(1)} ${(y * k).toFixed(1)}`;
  let cx = x;
  for (let i = 0; i < letters; i++) {
    const w = rng.range(1.6, 2.8) * (xh / 2.5);
    const tall = rng.chance(0.25) ? rng.range(1.8, 2.4) : 1;
    const top = y - xh * tall * rng.range(0.85, 1.1);
    const loopBack = rng.chance(0.5) ? w * 0.5 : 0;
    d += ` C${((cx + w * 0.3) * k).toFixed(1)} ${(top * k).toFixed(1)} ${((cx + w * 0.9 - loopBack) * k).toFixed(1)} ${(top * k).toFixed(1)} ${((cx + w * 0.55) * k).toFixed(1)} ${((y - xh * 0.2) * k).toFixed(1)}`;
    d += ` S${((cx + w * 0.9) * k).toFixed(1)} ${((y + rng.range(-0.3, 0.4)) * k).toFixed(1)} ${((cx + w) * k).toFixed(1)} ${((y - xh * rng.range(0.1, 0.5)) * k).toFixed(1)}`;
    cx += w;
    if (rng.chance(0.15) && i < letters - 1) {
      cx += xh * 0.9;
      d += ` M${(cx * k).toFixed(1)} ${((y - xh * 0.3) * k).toFixed(1)}`;
    }
  }
  return d;
}

/** Handwritten marks: scribbled notes, underlines, a circle, a tick and a margin bracket. */
export function handwritingSvg(rng: Rng, dpi: number, lineYs: number[]): string {
  const k = dpi / 25.4;
  const colour = rng.pick(['#1a2f8f', '#202020', '#1b4aa8']);
  const sw = (rng.range(0.35, 0.6) * k).toFixed(1);
  const paths: string[] = [];
  const pickY = (): number => rng.pick(lineYs.length > 0 ? lineYs : [150]);
  for (let n = 0; n < rng.int(2, 3); n++) {
    const y = pickY();
    const x0 = rng.range(40, 120);
    const wobble = rng.range(-0.8, 0.8);
    paths.push(`M${(x0 * k).toFixed(1)} ${((y + 1.3) * k).toFixed(1)} Q${((x0 + 30) * k).toFixed(1)} ${((y + 1.3 + wobble) * k).toFixed(1)} ${((x0 + rng.range(35, 70)) * k).toFixed(1)} ${((y + 1.0) * k).toFixed(1)}`);
  }
  const cy = pickY() - 1.5;
  const cx = rng.range(60, 150);
  const rx = rng.range(14, 28);
  paths.push(`M${((cx - rx) * k).toFixed(1)} ${(cy * k).toFixed(1)} C${((cx - rx) * k).toFixed(1)} ${((cy - 6) * k).toFixed(1)} ${((cx + rx) * k).toFixed(1)} ${((cy - 6.5) * k).toFixed(1)} ${((cx + rx + 1) * k).toFixed(1)} ${((cy - 0.5) * k).toFixed(1)} S${((cx - rx) * k).toFixed(1)} ${((cy + 5.5) * k).toFixed(1)} ${((cx - rx + 3) * k).toFixed(1)} ${((cy - 4) * k).toFixed(1)}`);
  const ty = pickY();
  paths.push(`M${(12 * k).toFixed(1)} ${((ty - 2) * k).toFixed(1)} L${(14.5 * k).toFixed(1)} ${(ty * k).toFixed(1)} L${(20 * k).toFixed(1)} ${((ty - 6) * k).toFixed(1)}`);
  const by = pickY();
  paths.push(`M${(194 * k).toFixed(1)} ${(by * k).toFixed(1)} Q${(197 * k).toFixed(1)} ${((by + 12) * k).toFixed(1)} ${(194 * k).toFixed(1)} ${((by + 24) * k).toFixed(1)}`);
  for (let n = 0; n < rng.int(2, 3); n++) {
    const x = n === 0 ? rng.range(130, 150) : rng.range(30, 120);
    const y = n === 0 ? rng.range(28, 40) : pickY() + rng.range(-3, 3);
    paths.push(scribble(rng, k, x, y, rng.int(5, 12), rng.range(2.2, 3.2)));
  }
  return `<g fill="none" stroke="${colour}" stroke-width="${sw}" stroke-linecap="round" stroke-linejoin="round" opacity="0.9">${paths.map((d) => `<path d="${d}"/>`).join('')}</g>`;
}

/** Two punched holes (80 mm apart around the punch mark) and a staple with its shadow. */
export function holesAndStapleSvg(rng: Rng, dpi: number): string {
  const k = dpi / 25.4;
  const cx = rng.range(10, 13.5) * k;
  const mid = (148.5 + rng.range(-4, 4)) * k;
  const r = rng.range(2.7, 3.2) * k;
  const dark = rng.pick(['#101010', '#2a2a2a', '#3a3a3a']);
  const hole = (cy: number): string =>
    `<circle cx="${(cx + 0.5 * k).toFixed(1)}" cy="${(cy + 0.6 * k).toFixed(1)}" r="${(r + 0.6 * k).toFixed(1)}" fill="#888" opacity="0.35"/><circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${dark}"/>`;
  const sx = rng.range(5, 9) * k;
  const sy = rng.range(14, 20) * k;
  const ang = rng.range(-55, -30);
  const len = rng.range(10, 13) * k;
  const staple = `<g transform="translate(${sx.toFixed(1)} ${sy.toFixed(1)}) rotate(${ang.toFixed(1)})"><rect x="${(0.4 * k).toFixed(1)}" y="${(0.5 * k).toFixed(1)}" width="${len.toFixed(1)}" height="${(1.4 * k).toFixed(1)}" fill="#555" opacity="0.35"/><rect x="0" y="0" width="${len.toFixed(1)}" height="${(0.8 * k).toFixed(1)}" fill="#3c3c3c"/><rect x="0" y="${(0.15 * k).toFixed(1)}" width="${len.toFixed(1)}" height="${(0.2 * k).toFixed(1)}" fill="#9a9a9a"/></g>`;
  return hole(mid - 40 * k) + hole(mid + 40 * k) + staple;
}
