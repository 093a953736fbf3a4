/** Date and money helpers: ISO arithmetic (UTC) and the many printed forms German senders use. */
import type { Rng } from './rng.js';

export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}
/** Next working day on or after the date (Mon–Fri). */
const HOLIDAYS = ['01-01', '05-01', '10-03', '12-24', '12-25', '12-26', '12-31'];
export function workday(date: string): string {
  let d = date;
  while ([0, 6].includes(parse(d).getUTCDay()) || HOLIDAYS.includes(d.slice(5))) d = addDays(d, 1);
  return d;
}
export function addWorkdays(date: string, days: number): string {
  return workday(addDays(date, days));
}
export function endOfMonth(date: string, monthsAhead: number): string {
  const d = parse(date);
  const e = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead + 1, 0));
  return iso(e);
}
export function weekday(date: string): string {
  return WEEKDAYS[parse(date).getUTCDay()] ?? '';
}
export function yearShort(date: string): string {
  return date.slice(2, 4);
}
function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map((p) => Number(p));
  return [y ?? 0, m ?? 0, d ?? 0];
}
const pad = (n: number): string => String(n).padStart(2, '0');

export type DateStyle = 'num' | 'numShort' | 'numNoPad' | 'numNoPadShort' | 'long' | 'longWeekday' | 'longWeekdayDen' | 'numWeekday';
export function fmtDate(date: string, style: DateStyle = 'num'): string {
  const [y, m, d] = parts(date);
  switch (style) {
    case 'num': return `${pad(d)}.${pad(m)}.${y}`;
    case 'numShort': return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`;
    case 'numNoPad': return `${d}.${m}.${y}`;
    case 'numNoPadShort': return `${d}.${m}.${String(y).slice(2)}`;
    case 'long': return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'longWeekday': return `${weekday(date)}, ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'longWeekdayDen': return `${weekday(date)}, den ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'numWeekday': return `${weekday(date)}, ${pad(d)}.${pad(m)}.${y}`;
  }
}

export function fmtTime(time: string, style: 'colon' | 'dot' | 'plain' = 'colon'): string {
  const [h, m] = time.split(':');
  if (style === 'dot') return `${h}.${m} Uhr`;
  if (style === 'plain') return `${h}:${m}`;
  return `${h}:${m} Uhr`;
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
export type MoneyStyle = 'eurSign' | 'eurCode' | 'signFirst' | 'euroWord' | 'codeFirst' | 'plainNoGroup';
export function fmtMoney(cents: number, style: MoneyStyle = 'eurSign'): string {
  const euros = Math.floor(cents / 100);
  const c = pad(cents % 100);
  const grouped = `${groupThousands(euros)},${c}`;
  switch (style) {
    case 'eurSign': return `${grouped} €`;
    case 'eurCode': return `${grouped} EUR`;
    case 'signFirst': return `€ ${grouped}`;
    case 'euroWord': return `${euros},${c} Euro`;
    case 'codeFirst': return `EUR ${grouped}`;
    case 'plainNoGroup': return `${euros},${c} €`;
  }
}
export function pickMoneyStyle(rng: Rng): MoneyStyle {
  return rng.weighted<MoneyStyle>([['eurSign', 5], ['eurCode', 4], ['signFirst', 1], ['euroWord', 1], ['codeFirst', 1], ['plainNoGroup', 1]]);
}
