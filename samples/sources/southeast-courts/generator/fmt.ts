/** German date, money and number formatting for the documents, plus plain date arithmetic (UTC days). */

export type Day = string; // ISO YYYY-MM-DD

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

function parts(d: Day): [number, number, number] {
  const [y, m, dd] = d.split('-').map(Number);
  return [y ?? 0, m ?? 1, dd ?? 1];
}

export function toDate(d: Day): Date {
  const [y, m, dd] = parts(d);
  return new Date(Date.UTC(y, m - 1, dd));
}

export function fromDate(dt: Date): Day {
  return dt.toISOString().slice(0, 10);
}

export function addDays(d: Day, n: number): Day {
  const dt = toDate(d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromDate(dt);
}

export function weekday(d: Day): number {
  return toDate(d).getUTCDay();
}

/** Moves a day forward to the next Monday–Friday. */
export function workday(d: Day): Day {
  let x = d;
  while (weekday(x) === 0 || weekday(x) === 6) x = addDays(x, 1);
  return x;
}

export function endOfMonth(d: Day, monthsLater: number): Day {
  const [y, m] = parts(d);
  const dt = new Date(Date.UTC(y, m - 1 + monthsLater + 1, 0));
  return fromDate(dt);
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 14.03.2025 */
export function dNum(d: Day): string {
  const [y, m, dd] = parts(d);
  return `${pad(dd)}.${pad(m)}.${y}`;
}

/** 14.3.25 */
export function dShort(d: Day): string {
  const [y, m, dd] = parts(d);
  return `${dd}.${m}.${String(y).slice(2)}`;
}

/** 14. März 2025 */
export function dLong(d: Day): string {
  const [y, m, dd] = parts(d);
  return `${dd}. ${MONTHS[m - 1]} ${y}`;
}

/** Freitag, 14.03.2025 */
export function dWeekNum(d: Day): string {
  return `${WEEKDAYS[weekday(d)]}, ${dNum(d)}`;
}

/** Freitag, den 14. März 2025 */
export function dWeekLong(d: Day): string {
  return `${WEEKDAYS[weekday(d)]}, den ${dLong(d)}`;
}

export function weekdayName(d: Day): string {
  return WEEKDAYS[weekday(d)] ?? '';
}

/** 2025-03-14 -> "14.03." (no year) */
export function dDayMonth(d: Day): string {
  const [, m, dd] = parts(d);
  return `${pad(dd)}.${pad(m)}.`;
}

export function yy(d: Day): string {
  return d.slice(2, 4);
}

function groupThousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 1.234,56 */
export function money(cents: number, thousands = '.'): string {
  const euros = Math.floor(cents / 100);
  return `${groupThousands(euros, thousands)},${pad(cents % 100)}`;
}

export type MoneyStyle = 'eur-suffix' | 'euro-sign-suffix' | 'euro-sign-prefix' | 'euro-word' | 'plain-eur' | 'nogroup-euro';

export function moneyStyled(cents: number, style: MoneyStyle): string {
  switch (style) {
    case 'eur-suffix':
      return `${money(cents)} EUR`;
    case 'euro-sign-suffix':
      return `${money(cents)} €`;
    case 'euro-sign-prefix':
      return `€ ${money(cents)}`;
    case 'euro-word':
      return `${money(cents)} Euro`;
    case 'plain-eur':
      return cents % 100 === 0 ? `${groupThousands(cents / 100, '.')} EUR` : `${money(cents)} EUR`;
    case 'nogroup-euro':
      return `${money(cents, '')} Euro`;
  }
}

const ONES = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

function below100(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const t = Math.floor(n / 10);
  const o = n % 10;
  return (o ? `${ONES[o]}und` : '') + (TENS[t] ?? '');
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  return (h ? `${ONES[h]}hundert` : '') + below100(r);
}

/** Integer in German words (up to 999 999), e.g. 2140 -> "zweitausendeinhundertvierzig". */
export function numberWords(n: number): string {
  if (n === 0) return 'null';
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  const head = th ? `${th === 1 ? 'ein' : below1000(th)}tausend` : '';
  const tail = below1000(r);
  const out = head + tail;
  return out.endsWith('ein') ? `${out}s` : out;
}

/** "in Worten: zweitausendeinhundertvierzig Euro und 50 Cent" style text for a cent amount. */
export function moneyWords(cents: number): string {
  const euros = Math.floor(cents / 100);
  const c = cents % 100;
  const e = numberWords(euros);
  return c ? `${e} Euro und ${c} Cent` : `${e} Euro`;
}

export function fmtTime(t: string, style: 'colon' | 'dot' | 'h'): string {
  if (style === 'colon') return `${t} Uhr`;
  if (style === 'dot') return `${t.replace(':', '.')} Uhr`;
  const [h, m] = t.split(':');
  return m === '00' ? `${Number(h)} Uhr` : `${Number(h)}.${m} Uhr`;
}
