/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: no time zones, no clock. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): { y: number; m: number; d: number } {
  const match = ISO.exec(iso.slice(0, 10));
  if (!match) throw new RangeError('Ungültiges Datum (erwartet JJJJ-MM-TT)');
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError('Ungültiges Datum (erwartet JJJJ-MM-TT)');
  return { y, m, d };
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days in month m (1..12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Same day number `months` later; if that month is shorter, its last day (§ 188 Abs. 3 BGB). */
export function addMonthsClamped(iso: string, months: number): string {
  const { y, m, d } = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** Throws RangeError for anything but a valid calendar date. */
export function assertIsoDate(iso: string): string {
  parts(iso);
  return iso.slice(0, 10);
}
