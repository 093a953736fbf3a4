/** Building blocks shared by layouts: letterheads, windows, tables, footers. */
import { Sheet, MM, type FontKey, type TextOpts } from './sheet.js';
import type { Court } from './senders.js';
import type { Ctx, Person } from './model.js';
import { fullName, familyFirst } from './model.js';
import { fmtDate } from './format.js';

export const CLERKS = ['Bröcher', 'Nowotny', 'Schumacher', 'Klein-Hesse', 'Lütticke', 'Becker', 'Ohlig', 'Reuber'];
export const JUDGES = ['Dr. Asbach', 'Steinhauer', 'Vollmer-Kraus', 'Dr. Piepenbrink', 'Halbach', 'Tigges'];

/** Window address block with a small return line. */
export function windowBlock(s: Sheet, ret: string, lines: string[], o: { x?: number; y?: number; font?: FontKey; size?: number } = {}): number {
  const x = o.x ?? 25 * MM;
  let y = o.y ?? 45 * MM;
  s.t(x, y, ret, { font: 'sans', size: 6.5 });
  s.hline(x, x + Math.min(s.width(ret, 'sans', 6.5), 85 * MM), y + 8, 0.3);
  y += 17.7 * MM - 6;
  for (const l of lines) y = s.t(x, y, l, { font: o.font ?? 'sans', size: o.size ?? 10 });
  return y;
}

export function courtFooter(s: Sheet, c: Court, font: FontKey = 'sans'): void {
  const y = 800;
  s.hline(25 * MM, 190 * MM, y - 6, 0.4);
  s.t(25 * MM, y, `Dienstgebäude: ${c.street}, ${c.postal} ${c.place}`, { font, size: 6.5 });
  s.t(25 * MM, y + 8, `Telefon ${c.phone} · Telefax ${c.fax}`, { font, size: 6.5 });
  const bank = c.state === 'Nordrhein-Westfalen' ? 'Landeskasse Düsseldorf' : c.state === 'Hessen' ? 'HCC – Landeskasse Hessen' : `Landesjustizkasse ${c.state}`;
  s.t(110 * MM, y, `Zahlungen: ${bank}`, { font, size: 6.5 });
  s.t(110 * MM, y + 8, `IBAN DE${c.postal.slice(0, 2)} 3005 0000 0001 ${c.postal.slice(2)}0 ${c.dept[0] ?? 1}4`, { font, size: 6.5 });
  s.t(110 * MM, y + 16, 'Sprechzeiten: Mo–Fr 8.30 – 12.00 Uhr', { font, size: 6.5 });
}

export function personWithBirth(p: Person, withBirth: boolean, famFirst: boolean, birthWord = 'geb.'): string {
  const n = famFirst ? familyFirst(p) : fullName(p);
  return withBirth && p.birth ? `${n}, ${birthWord} ${fmtDate(p.birth, 'dots')}` : n;
}

/** A label/value row where both cells may wrap; printed line i = label_i + value_i. */
export function tableRow(
  s: Sheet, y: number, xl: number, wl: number, xv: number, wv: number, label: string, value: string[],
  o: { lf?: FontKey; vf?: FontKey; size?: number; lead?: number; tag?: string } = {},
): number {
  const size = o.size ?? 9.5;
  const lead = o.lead ?? size * 1.32;
  // a label word wider than its column is set smaller instead of running into the value column
  const widest = Math.max(...label.split(/\s+/).map((w) => s.width(w, o.lf ?? 'sans', size)));
  const lsize = widest > wl ? Math.max(6.5, (size * wl) / widest) : size;
  const lLines = wrap(s, label, wl, o.lf ?? 'sans', lsize);
  const vLines = value.flatMap((v) => wrap(s, v, wv, o.vf ?? 'sans', size));
  const n = Math.max(lLines.length, vLines.length);
  for (let i = 0; i < n; i++) {
    const cells: [number, string, TextOpts?][] = [];
    const l = lLines[i];
    const v = vLines[i];
    if (l) cells.push([xl, l, { font: o.lf ?? 'sans', size: lsize }]);
    if (v) cells.push([xv, v, { font: o.vf ?? 'sans', tag: o.tag }]);
    s.row(y + i * lead, cells, { size });
  }
  return y + n * lead;
}

export function wrap(s: Sheet, text: string, width: number, font: FontKey, size: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const cand = line === '' ? word : `${line} ${word}`;
    if (s.width(cand, font, size) > width && line !== '') {
      out.push(line);
      line = word;
    } else line = cand;
  }
  if (line !== '') out.push(line);
  return out;
}

export function pageNo(s: Sheet, n: number, total: number, font: FontKey = 'sans', y = 815): void {
  s.t(0, y, `Seite ${n} von ${total}`, { font, size: 8, align: 'center', width: 595 });
}

export function clerkFor(c: Ctx): string {
  return CLERKS[c.rng.int(0, CLERKS.length - 1)] ?? 'Becker';
}
export function judgeFor(c: Ctx): string {
  return JUDGES[c.rng.int(0, JUDGES.length - 1)] ?? 'Halbach';
}
export const ROOMS: Record<string, string[]> = {
  gm: ['Saal 2.05', 'Saal 1.12', 'Sitzungssaal 3, 2. OG'],
  wf: ['Sitzungssaal 12, 1. OG', 'Saal 4'],
  wb: ['Saal 101', 'Saal 103 (Erdgeschoss)'],
  me: ['Saal A 1.07', 'Saal B 0.04'],
  al: ['Saal 104 (1. Obergeschoss)', 'Sitzungssaal 2'],
  da: ['Sitzungssaal I', 'Sitzungssaal II'],
  so: ['Saal 11', 'Saal 16 – Nebengebäude'],
  mu: ['Saal 1', 'Sitzungssaal im 2. OG'],
};
