/** Formatting of dates, money and times the way German letters print them. */
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const MONTHS_STAMP = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
export const WEEKDAYS_SHORT = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'];

const DAY = 86400000;
export function isoToUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1);
}
export function utcToIso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
export function addDays(iso: string, n: number): string {
  return utcToIso(isoToUtc(iso) + n * DAY);
}
export function diffDays(a: string, b: string): number {
  return Math.round((isoToUtc(b) - isoToUtc(a)) / DAY);
}
export function weekday(iso: string): number {
  return new Date(isoToUtc(iso)).getUTCDay();
}
/** Move to the next working day (Mon–Fri). */
export function workday(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
export function lastOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return utcToIso(Date.UTC(y ?? 2000, m ?? 1, 0));
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}
const p2 = (n: number) => String(n).padStart(2, '0');

export type DateStyle = 'dmy' | 'dmy-short' | 'dmy-nopad' | 'dmy-nopad-short' | 'long' | 'long-pad' | 'wd-long' | 'wd-den-long' | 'wd-dmy' | 'wd-den-short' | 'wds-dmy' | 'stamp';
export function fmtDate(iso: string, style: DateStyle = 'dmy'): string {
  const [y, m, d] = parts(iso);
  const wd = weekday(iso);
  switch (style) {
    case 'dmy': return `${p2(d)}.${p2(m)}.${y}`;
    case 'dmy-short': return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
    case 'dmy-nopad': return `${d}.${m}.${y}`;
    case 'dmy-nopad-short': return `${d}.${m}.${String(y).slice(2)}`;
    case 'long': return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'long-pad': return `${p2(d)}. ${MONTHS[m - 1]} ${y}`;
    case 'wd-long': return `${WEEKDAYS[wd]}, ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'wd-den-long': return `${WEEKDAYS[wd]}, den ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'wd-dmy': return `${WEEKDAYS[wd]}, ${p2(d)}.${p2(m)}.${y}`;
    case 'wd-den-short': return `${WEEKDAYS[wd]}, den ${d}.${m}.${String(y).slice(2)}`;
    case 'wds-dmy': return `${WEEKDAYS_SHORT[wd]}, ${p2(d)}.${p2(m)}.${y}`;
    case 'stamp': return `${p2(d)}. ${MONTHS_STAMP[m - 1]} ${y}`;
  }
}
/** Every printed form a date may take (used by the checker). */
export function dateForms(iso: string): string[] {
  const [y, m, d] = parts(iso);
  const yy = String(y).slice(2);
  return [
    `${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${p2(d)}.${p2(m)}.${yy}`, `${d}.${m}.${yy}`,
    `${d}. ${MONTHS[m - 1]} ${y}`, `${p2(d)}. ${MONTHS[m - 1]} ${y}`, `${p2(d)}. ${MONTHS_STAMP[m - 1]} ${y}`,
  ];
}

export type TimeStyle = 'colon' | 'colon-pad' | 'dot' | 'dot-pad';
export function fmtTime(hhmm: string, style: TimeStyle = 'colon'): string {
  const [h, mi] = hhmm.split(':');
  const hn = String(Number(h));
  switch (style) {
    case 'colon': return `${hn}:${mi}`;
    case 'colon-pad': return `${h}:${mi}`;
    case 'dot': return `${hn}.${mi}`;
    case 'dot-pad': return `${h}.${mi}`;
  }
}
export function timeForms(hhmm: string): string[] {
  return (['colon', 'colon-pad', 'dot', 'dot-pad'] as TimeStyle[]).map((s) => fmtTime(hhmm, s));
}

export type MoneyStyle = 'eur-sign' | 'eur-code' | 'code-first' | 'sign-first' | 'euro-word' | 'dash-euro' | 'plain-nodot-euro';
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
export function fmtMoney(cents: number, style: MoneyStyle = 'eur-sign'): string {
  const eur = Math.floor(cents / 100);
  const ct = p2(cents % 100);
  const num = `${thousands(eur)},${ct}`;
  switch (style) {
    case 'eur-sign': return `${num} €`;
    case 'eur-code': return `${num} EUR`;
    case 'code-first': return `EUR ${num}`;
    case 'sign-first': return `€ ${num}`;
    case 'euro-word': return `${num} Euro`;
    case 'dash-euro': return cents % 100 === 0 ? `${thousands(eur)},– Euro` : `${num} Euro`;
    case 'plain-nodot-euro': return `${eur},${ct} Euro`;
  }
}
/** Printed numeric cores of an amount (the checker looks for one of them). */
export function moneyForms(cents: number): string[] {
  const eur = Math.floor(cents / 100);
  const ct = p2(cents % 100);
  const out = [`${thousands(eur)},${ct}`, `${eur},${ct}`];
  if (cents % 100 === 0) out.push(`${thousands(eur)},–`, `${thousands(eur)},--`, `${eur},–`);
  return out;
}
