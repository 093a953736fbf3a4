/** Seeded PRNG and German formatting helpers. */

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    if (a.length === 0) throw new Error('pick from empty');
    return a[Math.floor(this.next() * a.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  fork(salt: number): Rng {
    return new Rng((Math.floor(this.next() * 4294967296) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0);
  }
}

export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const MONTHS_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

const p2 = (n: number) => String(n).padStart(2, '0');

export function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}
export function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function addDays(iso: string, n: number): string {
  const d = dateOf(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return isoOf(d);
}
export function weekday(iso: string): number {
  return dateOf(iso).getUTCDay();
}
/** move forward to a working day */
export function workday(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
export function endOfMonth(iso: string, plusMonths: number): string {
  const d = dateOf(iso);
  const e = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plusMonths + 1, 0));
  return isoOf(e);
}
export function daysBetween(a: string, b: string): number {
  return Math.round((dateOf(b).getTime() - dateOf(a).getTime()) / 86400000);
}

export type DateStyle = 'dmy' | 'dmyShort' | 'dmy2' | 'long' | 'longWd' | 'longWdDen' | 'abbr' | 'wdNum' | 'iso';

export function fmtDate(iso: string, style: DateStyle = 'dmy'): string {
  const d = dateOf(iso);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const yy = d.getUTCFullYear();
  const wd = WEEKDAYS[d.getUTCDay()]!;
  switch (style) {
    case 'dmy':
      return `${p2(dd)}.${p2(mm)}.${yy}`;
    case 'dmyShort':
      return `${dd}.${mm}.${String(yy).slice(2)}`;
    case 'dmy2':
      return `${p2(dd)}.${p2(mm)}.${String(yy).slice(2)}`;
    case 'long':
      return `${dd}. ${MONTHS[mm - 1]} ${yy}`;
    case 'longWd':
      return `${wd}, ${dd}. ${MONTHS[mm - 1]} ${yy}`;
    case 'longWdDen':
      return `${wd}, den ${dd}. ${MONTHS[mm - 1]} ${yy}`;
    case 'abbr':
      return `${dd}. ${MONTHS_ABBR[mm - 1]} ${yy}`;
    case 'wdNum':
      return `${wd}, ${p2(dd)}.${p2(mm)}.${yy}`;
    case 'iso':
      return iso;
  }
}

export type TimeStyle = 'colon' | 'colonUhr' | 'dotUhr' | 'short';
export function fmtTime(t: string, style: TimeStyle): string {
  const [h, m] = t.split(':') as [string, string];
  const hn = Number(h);
  switch (style) {
    case 'colon':
      return t;
    case 'colonUhr':
      return `${t} Uhr`;
    case 'dotUhr':
      return `${hn}.${m} Uhr`;
    case 'short':
      return m === '00' ? `${hn} Uhr` : `${hn}.${m} Uhr`;
  }
}

export type MoneyStyle = 'eur' | 'EUR' | 'preEur' | 'euro' | 'plainEur' | 'nodot';
export function fmtMoney(cents: number, style: MoneyStyle = 'eur'): string {
  const e = Math.floor(cents / 100);
  const c = cents % 100;
  const grp = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const withC = `${grp},${p2(c)}`;
  switch (style) {
    case 'eur':
      return `${withC} €`;
    case 'EUR':
      return `${withC} EUR`;
    case 'preEur':
      return `€ ${withC}`;
    case 'euro':
      return `${String(e)},${p2(c)} Euro`;
    case 'plainEur':
      return c === 0 ? `${grp} EUR` : `${withC} EUR`;
    case 'nodot':
      return `${String(e)},${p2(c)} €`;
  }
}
