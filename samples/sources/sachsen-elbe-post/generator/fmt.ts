/** Formatting of dates, money, times and names as German senders print them, plus the
 * variant lists the checker uses to find a truth value on a page. */

export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
export const STAMP_MONTHS = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1));
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, n: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

export function weekday(isoDate: string): number {
  return toDate(isoDate).getUTCDay();
}

/** move forward to the next working day (Mon–Fri) */
export function workday(isoDate: string): string {
  let d = isoDate;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

export function diffDays(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(isoDate: string): { y: number; m: number; d: number } {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

export type DateStyle = 'dmy' | 'dmyShort' | 'dmy2' | 'long' | 'longDay' | 'wdDmy' | 'wdLong' | 'wdDenLong' | 'wdDenDmy' | 'dmyPadless';

export function fmtDate(isoDate: string, style: DateStyle = 'dmy'): string {
  const { y, m, d } = parts(isoDate);
  const wd = WEEKDAYS[weekday(isoDate)] ?? '';
  switch (style) {
    case 'dmy': return `${p2(d)}.${p2(m)}.${y}`;
    case 'dmyPadless': return `${d}.${m}.${y}`;
    case 'dmyShort': return `${d}.${m}.${String(y).slice(2)}`;
    case 'dmy2': return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
    case 'long': return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'longDay': return `${p2(d)}. ${MONTHS[m - 1]} ${y}`;
    case 'wdDmy': return `${wd}, ${p2(d)}.${p2(m)}.${y}`;
    case 'wdLong': return `${wd}, ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'wdDenLong': return `${wd}, den ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'wdDenDmy': return `${wd}, den ${p2(d)}.${p2(m)}.${y}`;
  }
}

/** Every way fmtDate can print a date (without weekday prefixes, which contain these). */
export function dateVariants(isoDate: string): string[] {
  const { y, m, d } = parts(isoDate);
  return [
    `${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${d}.${m}.${String(y).slice(2)}`, `${p2(d)}.${p2(m)}.${String(y).slice(2)}`,
    `${d}. ${MONTHS[m - 1]} ${y}`, `${p2(d)}. ${MONTHS[m - 1]} ${y}`, `${d}. ${MONTHS_SHORT[m - 1]} ${y}`,
  ];
}

export function stampDate(isoDate: string, style: number): string {
  const { y, m, d } = parts(isoDate);
  if (style === 0) return `${p2(d)}. ${STAMP_MONTHS[m - 1]} ${y}`;
  if (style === 1) return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
  return `${d} ${STAMP_MONTHS[m - 1]} ${y}`;
}

export type TimeStyle = 'colon' | 'colonUhr' | 'dotUhr' | 'hUhr';

export function fmtTime(t: string, style: TimeStyle): string {
  const [hh, mm] = t.split(':');
  const h = Number(hh);
  switch (style) {
    case 'colon': return `${hh}:${mm}`;
    case 'colonUhr': return `${hh}:${mm} Uhr`;
    case 'dotUhr': return `${h}.${mm} Uhr`;
    case 'hUhr': return mm === '00' ? `${h} Uhr` : `${h}.${mm} Uhr`;
  }
}

export function timeVariants(t: string): string[] {
  const [hh, mm] = t.split(':');
  const h = Number(hh);
  const v = [`${hh}:${mm}`, `${h}:${mm}`, `${hh}.${mm}`, `${h}.${mm}`];
  if (mm === '00') v.push(`${h} Uhr`, `${hh} Uhr`);
  return v;
}

export type MoneyStyle = 'eurSign' | 'eurCode' | 'signFirst' | 'euroWord' | 'plainEur' | 'noThousands';

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function fmtMoney(cents: number, style: MoneyStyle): string {
  const e = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const g = `${groupThousands(e)},${c}`;
  switch (style) {
    case 'eurSign': return `${g} €`;
    case 'eurCode': return `${g} EUR`;
    case 'signFirst': return `€ ${g}`;
    case 'euroWord': return `${e},${c} Euro`;
    case 'noThousands': return `${e},${c} €`;
    case 'plainEur': return cents % 100 === 0 ? `${groupThousands(e)} EUR` : `${g} EUR`;
  }
}

export function moneyVariants(cents: number): string[] {
  const e = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const v = [`${groupThousands(e)},${c}`, `${e},${c}`];
  if (cents % 100 === 0) v.push(`${groupThousands(e)} EUR`, `${e} EUR`, `${groupThousands(e)},-`);
  return v;
}

/** "Straße" → "Str." */
export function abbrevStreet(street: string): string {
  return street.replace('Straße', 'Str.').replace('straße', 'str.');
}

export function streetVariants(street: string): string[] {
  return [...new Set([street, abbrevStreet(street)])];
}

/** case/diacritic-tolerant fold used only for searching (ß→ss, ı/İ→i). */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'ss')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Upper-case as court registries print surnames (ß stays as SS like most systems). */
export function upper(s: string): string {
  return s.toUpperCase();
}
