/** Shared printing and truth helpers for the layouts. */
import type { Rng } from './rng.js';
import type { FontKey, Sheet } from './sheet.js';
import type { DocSpec, Household } from './story.js';
import type { Person } from './people.js';
import { dNum, type Day } from './fmt.js';

export interface TruthFields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: { name: string; birthDate: string | null }[] | null;
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil' | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}

export function emptyTruth(): TruthFields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null, claimReceived: null, claimServed: null,
    monthlyRent: null, arrears: null, hearing: null, evictionDate: null, judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
}

export interface Ctx {
  s: Sheet;
  rng: Rng;
  spec: DocSpec;
  h: Household;
  t: TruthFields;
}

export function courtName(h: Household): string {
  return `Amtsgericht ${h.court.place}`;
}

/** Street as printed: optionally "Str."/"str." abbreviation. */
export function streetPrinted(street: string, abbrev: boolean): string {
  if (!abbrev) return street;
  if (street.endsWith(' Straße')) return street.replace(/ Straße$/, ' Str.');
  if (street.endsWith('straße')) return street.replace(/straße$/, 'str.');
  if (street.endsWith('-Straße')) return street.replace(/-Straße$/, '-Str.');
  return street;
}

export function streetLine(h: Household, abbrev: boolean): string {
  return `${streetPrinted(h.flat.street, abbrev)} ${h.flat.numberPrinted}`;
}

export function cityLine(h: Household): string {
  return `${h.flat.postalCode} ${h.flat.city}`;
}

/** One-line flat address, e.g. "Kölner Str. 5-7, 2. OG links, 51643 Gummersbach". */
export function flatOneLine(h: Household, abbrev: boolean, withAddition = true): string {
  const add = withAddition && h.flat.addition ? `, ${h.flat.addition}` : '';
  return `${streetLine(h, abbrev)}${add}, ${cityLine(h)}`;
}

export function setAddress(c: Ctx, withAddition = true): void {
  const f = c.h.flat;
  c.t.address = { street: f.street, houseNumber: f.houseNumber, postalCode: f.postalCode, city: f.city, addition: withAddition ? f.addition : null };
}

export function setTenants(c: Ctx, withBirth: boolean): void {
  c.t.tenants = c.h.tenants.map((p) => ({ name: `${p.given} ${p.family}`, birthDate: withBirth ? p.birth : null }));
}

export function setHearing(c: Ctx, withTime = true, withRoom = true): void {
  const hr = c.h.hearing;
  c.t.hearing = { date: hr.date, time: withTime ? hr.time : null, room: withRoom ? hr.room : null };
}

export function birthText(p: Person, style: 'geb' | 'geboren' | 'star'): string {
  if (!p.birth) return '';
  if (style === 'geb') return `geb. ${dNum(p.birth)}`;
  if (style === 'geboren') return `geboren am ${dNum(p.birth)}`;
  return `* ${dNum(p.birth)}`;
}

export function title(p: Person): string {
  return p.female ? 'Frau' : 'Herr';
}

/** "Max und Erika Mustermann" / "Eheleute ..." / "A, B und C" — returns also whether names were merged. */
export function namesJoined(ps: Person[], style: 'und' | 'titled'): string {
  const first = ps[0];
  if (!first) return '';
  const same = ps.length === 2 && ps[1]?.family === first.family;
  if (same && style === 'und') return `${first.given} und ${ps[1]?.given} ${first.family}`;
  const names = ps.map((p) => (style === 'titled' ? `${title(p)} ${p.dr ? 'Dr. ' : ''}${p.given} ${p.family}` : `${p.given} ${p.family}`));
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

export function plural(h: Household): boolean {
  return h.tenants.length > 1;
}

export function landlordName(h: Household): string {
  return h.landlord.name;
}

export function landlordAddress(h: Household): string {
  return `${h.landlord.street}, ${h.landlord.zip} ${h.landlord.city}`;
}

/** Court clerk / judge names (fictional). */
export function clerk(rng: Rng): string {
  return rng.pick(['Huber', 'Seidel', 'Kretzschmar', 'Wagner', 'Brandl', 'Pohl', 'Engel', 'Nitsche', 'Bergmann', 'Steinbach', 'Lorenz']);
}

export function judge(rng: Rng): string {
  return rng.pick(['Dr. Kirchhoff', 'Pfeiffer-Lang', 'Albrecht', 'Dr. Sommer', 'Reinhold', 'Vogel', 'Dr. Yıldız', 'Marquardt', 'Hahnemann']);
}

export function fileNo(h: Household, compact = false): string {
  return compact ? h.fileNumber.replace(/ /g, '') : h.fileNumber;
}

export function dayOr(d: Day | null, fallback: string): string {
  return d ? dNum(d) : fallback;
}

/** Draws a simple ruled table; rows of cells with multiple lines; records each visual line across cells. Returns new y. */
export function table(s: Sheet, x: number, y: number, widths: number[], rows: string[][][], o: { size?: number; reg?: FontKey; bold?: FontKey; boldFirst?: boolean; pad?: number; head?: boolean } = {}): number {
  const size = o.size ?? 9;
  const pad = o.pad ?? 1.5;
  const lh = s.lh(size) + 0.3;
  const total = widths.reduce((a, b) => a + b, 0);
  let yy = y;
  s.hline(x, x + total, yy, 0.6);
  rows.forEach((row, ri) => {
    // wrap each cell's lines to the column width
    const wrapped = row.map((cell, ci) => cell.flatMap((line) => s.wrap(line, (widths[ci] ?? 20) - 2 * pad, ci === 0 && o.boldFirst ? (o.bold ?? 'sansB') : (o.reg ?? 'sans'), size)));
    const n = Math.max(1, ...wrapped.map((c) => c.length));
    const hgt = n * lh + 2 * pad;
    for (let li = 0; li < n; li++) {
      let cx = x;
      const cells = wrapped.map((c, ci) => {
        const cell = { x: cx + pad, text: c[li] ?? '', font: (ci === 0 && o.boldFirst) || (ri === 0 && o.head) ? (o.bold ?? 'sansB') : (o.reg ?? 'sans'), size };
        cx += widths[ci] ?? 0;
        return cell;
      });
      s.row(yy + pad + li * lh, cells);
    }
    let vx = x;
    s.vline(vx, yy, yy + hgt, 0.5);
    for (const w of widths) {
      vx += w;
      s.vline(vx, yy, yy + hgt, 0.5);
    }
    yy += hgt;
    s.hline(x, x + total, yy, 0.5);
  });
  return yy;
}

export function plaintiffLabel(h: Household): string {
  return h.landlord.female ? '– Klägerin –' : '– Kläger –';
}
