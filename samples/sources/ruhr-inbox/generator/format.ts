import type { Flat, Person } from './model.js';
import type { Rng } from './prng.js';

/** German print formats for dates, money, names and addresses. */

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

export function addDays(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function weekday(iso: string): number {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Public holidays in NRW 2024–2027 (no hearings, evictions or court post on these days). */
const HOLIDAYS = new Set([
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-20', '2024-05-30', '2024-10-03', '2024-11-01', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-06-19', '2025-10-03', '2025-11-01', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-06-04', '2026-10-03', '2026-11-01', '2026-12-25', '2026-12-26',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-05-27', '2027-10-03', '2027-11-01', '2027-12-25', '2027-12-26',
]);

/** Move forward to the next working day (Monday–Friday, not a public holiday). */
export function workday(iso: string): string {
  let out = iso;
  while (weekday(out) === 0 || weekday(out) === 6 || HOLIDAYS.has(out)) out = addDays(out, 1);
  return out;
}

export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function dmy(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${pad(d)}.${pad(m)}.${y}`;
}

export function dmyShort(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d}.${m}.${String(y).slice(2)}`;
}

export function dLong(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d}. ${MONTHS[m - 1] ?? ''} ${y}`;
}

export function weekdayName(iso: string): string {
  return WEEKDAYS[weekday(iso)] ?? '';
}

export type DateStyle = 'dmy' | 'long' | 'wd-dmy' | 'wd-den-long' | 'short';

export function fmtDate(iso: string, style: DateStyle): string {
  switch (style) {
    case 'dmy': return dmy(iso);
    case 'long': return dLong(iso);
    case 'wd-dmy': return `${weekdayName(iso)}, ${dmy(iso)}`;
    case 'wd-den-long': return `${weekdayName(iso)}, den ${dLong(iso)}`;
    case 'short': return dmyShort(iso);
  }
}

export type TimeStyle = 'colon' | 'dot' | 'colon-uhr' | 'dot-uhr';

export function fmtTime(hhmm: string, style: TimeStyle): string {
  const dot = hhmm.replace(':', '.');
  switch (style) {
    case 'colon': return hhmm;
    case 'dot': return dot;
    case 'colon-uhr': return `${hhmm} Uhr`;
    case 'dot-uhr': return `${dot} Uhr`;
  }
}

export type MoneyStyle = 'eur-sign' | 'eur' | 'sign-first' | 'euro-plain' | 'eur-short';

function groupThousands(intPart: number): string {
  return String(intPart).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function fmtMoney(cents: number, style: MoneyStyle): string {
  const e = Math.floor(cents / 100);
  const c = pad(cents % 100);
  switch (style) {
    case 'eur-sign': return `${groupThousands(e)},${c} €`;
    case 'eur': return `${groupThousands(e)},${c} EUR`;
    case 'sign-first': return `€ ${groupThousands(e)},${c}`;
    case 'euro-plain': return `${e},${c} Euro`;
    case 'eur-short': return cents % 100 === 0 ? `${groupThousands(e)} EUR` : `${groupThousands(e)},${c} EUR`;
  }
}

export function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}

export function familyFirst(p: Person): string {
  return `${p.family}, ${p.given}`;
}

export function salutation(p: Person, dative = false): string {
  const base = p.gender === 'f' ? 'Frau' : dative ? 'Herrn' : 'Herr';
  return p.title ? `${base} ${p.title}` : base;
}

export function withTitle(p: Person): string {
  return `${salutation(p)} ${fullName(p)}`;
}

/** "Eheleute Jürgen und Sabine Schmitz" when all share one family name. */
export function sameFamily(ps: readonly Person[]): boolean {
  const first = ps[0];
  return ps.length === 2 && first !== undefined && ps.every((p) => p.family === first.family);
}

export function joinedNames(ps: readonly Person[]): string {
  if (sameFamily(ps)) {
    const [a, b] = ps;
    return `${a?.given ?? ''} und ${b?.given ?? ''} ${a?.family ?? ''}`;
  }
  return ps.map(fullName).join(ps.length === 2 ? ' und ' : ', ');
}

/** Printed street with abbreviations and house-number spacing variants; the truth keeps the full street. */
export function streetLine(f: Flat, rng: Rng, abbreviate: boolean): string {
  let street = f.street;
  if (abbreviate) street = street.replace(/straße$/, 'str.').replace(/ Straße$/, ' Str.').replace(/-Straße$/, '-Str.');
  let num = f.houseNumber;
  if (/^\d+[a-z]$/.test(num) && rng.chance(0.4)) num = num.replace(/([a-z])$/, ' $1');
  if (/^\d+-\d+$/.test(num) && rng.chance(0.4)) num = num.replace('-', ' - ');
  return `${street} ${num}`;
}

export function cityLine(f: Flat): string {
  return `${f.postalCode} ${f.city}`;
}

/** Print variant of a normalised file number ("3 C 412/25"). */
export function fileVariant(fn: string, style: 'plain' | 'tight' | 'spaced' | 'lead0'): string {
  const m = /^(\d+) (\w+) (\d+)\/(\d+)$/.exec(fn);
  if (!m) return fn;
  const [, dep, reg, ser, yr] = m;
  switch (style) {
    case 'plain': return fn;
    case 'tight': return `${dep}${reg} ${ser}/${yr}`;
    case 'spaced': return `${dep} ${reg} ${ser} / ${yr}`;
    case 'lead0': return `${(dep ?? '').padStart(3, '0')} ${reg} ${ser}/${yr}`;
  }
}
