/** Date and money helpers. Dates are handled as ISO strings (UTC days). */
import type { Rng } from './prng.js';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const t = Date.UTC(y, m - 1, d) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
export function weekday(iso: string): number {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
/** Move forward to the next Monday–Friday. */
export function workday(iso: string): string {
  let out = iso;
  while (weekday(out) === 0 || weekday(out) === 6) out = addDays(out, 1);
  return out;
}
export function endOfMonth(iso: string, plusMonths: number): string {
  const [y, m] = parts(iso);
  const t = Date.UTC(y, m + plusMonths, 0);
  return new Date(t).toISOString().slice(0, 10);
}
const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateStyle = 'dots' | 'dots2' | 'long' | 'longDen' | 'weekdayDots' | 'weekdayLong' | 'short' | 'monthShort';
export function fmtDate(iso: string, style: DateStyle): string {
  const [y, m, d] = parts(iso);
  const wd = WEEKDAYS[weekday(iso)] ?? '';
  switch (style) {
    case 'dots':
      return `${p2(d)}.${p2(m)}.${y}`;
    case 'dots2':
      return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
    case 'short':
      return `${d}.${m}.${String(y).slice(2)}`;
    case 'long':
      return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'longDen':
      return `den ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'weekdayDots':
      return `${wd}, ${p2(d)}.${p2(m)}.${y}`;
    case 'weekdayLong':
      return `${wd}, den ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'monthShort':
      return `${d}. ${MONTHS_SHORT[m - 1]} ${y}`;
  }
}
export function monthName(iso: string): string {
  return `${MONTHS[parts(iso)[1] - 1]} ${parts(iso)[0]}`;
}

export type MoneyStyle = 'euroSign' | 'eur' | 'euroPrefix' | 'euroWord' | 'plainEur';
function grouped(cents: number, group: boolean): string {
  const euros = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const e = group ? euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(euros);
  return `${e},${c}`;
}
export function fmtMoney(cents: number, style: MoneyStyle): string {
  switch (style) {
    case 'euroSign':
      return `${grouped(cents, true)} €`;
    case 'eur':
      return `${grouped(cents, true)} EUR`;
    case 'euroPrefix':
      return `€ ${grouped(cents, true)}`;
    case 'euroWord':
      return `${grouped(cents, false)} Euro`;
    case 'plainEur':
      return cents % 100 === 0 ? `${grouped(cents, true).replace(/,00$/, '')} EUR` : `${grouped(cents, true)} EUR`;
  }
}
export function fmtTime(t: string, style: 'colon' | 'dot'): string {
  return style === 'colon' ? `${t} Uhr` : `${t.replace(':', '.')} Uhr`;
}
export function randomDate(rng: Rng, fromIso: string, spanDays: number): string {
  return addDays(fromIso, rng.int(0, spanDays));
}
