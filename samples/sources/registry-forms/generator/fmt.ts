/** Date and money helpers: ISO dates as plain strings, German print formats. */
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;
export const MONTHS_SHORT = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'] as const;
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 2000, m ?? 1, d ?? 1];
}

export function toDate(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

export function weekday(isoDate: string): number {
  return toDate(isoDate).getUTCDay();
}

/** Moves a date forward to the next Monday–Friday. */
export function workday(isoDate: string): string {
  let d = isoDate;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

export function endOfMonth(isoDate: string): string {
  const [y, m] = parts(isoDate);
  return iso(new Date(Date.UTC(y, m, 0)));
}

export function diffDays(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** 03.04.2025 */
export function dmy(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${p2(d)}.${p2(m)}.${y}`;
}

/** 3.4.25 */
export function dmyShort(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d}.${m}.${String(y).slice(2)}`;
}

/** 03.04.25 */
export function dmy2(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
}

/** 3. April 2025 */
export function dLong(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d}. ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** 03. April 2025 */
export function dLong0(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${p2(d)}. ${MONTHS[m - 1] ?? ''} ${y}`;
}

export function wd(isoDate: string): string {
  return WEEKDAYS[weekday(isoDate)] ?? '';
}

export function stampDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${p2(d)}. ${MONTHS_SHORT[m - 1] ?? ''} ${y}`;
}

export function year2(isoDate: string): string {
  return isoDate.slice(2, 4);
}

/** Time "09:30" printed as "9.30", "09:30", "9:30". */
export function timeDot(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}.${m ?? '00'}`;
}
export function timeColon(hhmm: string): string {
  return hhmm;
}
export function timeShort(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}:${m ?? '00'}`;
}

function groupThousands(n: number, sep: string): string {
  const s = String(n);
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export type MoneyStyle = 'eur-suffix' | 'euro-symbol' | 'symbol-prefix' | 'euro-word' | 'plain-eur' | 'no-group-euro';

/** Formats integer cents the way German senders print them. */
export function money(cents: number, style: MoneyStyle): string {
  const euros = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const grouped = `${groupThousands(euros, '.')},${c}`;
  switch (style) {
    case 'eur-suffix':
      return `${grouped} EUR`;
    case 'euro-symbol':
      return `${grouped} €`;
    case 'symbol-prefix':
      return `€ ${grouped}`;
    case 'euro-word':
      return `${grouped} Euro`;
    case 'no-group-euro':
      return `${euros},${c} Euro`;
    case 'plain-eur':
      return cents % 100 === 0 ? `${groupThousands(euros, '.')} EUR` : `${grouped} EUR`;
  }
}

/** Bare number without currency: 1.234,56 */
export function num(cents: number): string {
  return `${groupThousands(Math.floor(cents / 100), '.')},${p2(cents % 100)}`;
}
