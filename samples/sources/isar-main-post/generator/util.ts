/** Seeded PRNG and small formatting helpers (dates, money) used by the generator. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (seed * 2654435761) >>> 0 || 0x9e3779b9;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty array');
    return arr[Math.floor(this.next() * arr.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = arr[i] as T;
      arr[i] = arr[j] as T;
      arr[j] = a;
    }
    return arr;
  }
  fork(salt: number): Rng {
    return new Rng(Math.floor(this.next() * 1e9) ^ salt);
  }
}

// ---------- dates (ISO strings, UTC arithmetic) ----------
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function addDays(iso: string, n: number): string {
  const d = isoToDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function weekday(iso: string): number {
  return isoToDate(iso).getUTCDay();
}
/** Move forward to the next working day (Mon–Fri). */
export function workday(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
export function diffDays(a: string, b: string): number {
  return Math.round((isoToDate(b).getTime() - isoToDate(a).getTime()) / 86400000);
}
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
function p2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}
export type DateStyle = 'dmy' | 'dmyShort' | 'dmyNoPad' | 'long' | 'longPad' | 'weekdayLong' | 'weekdayDmy' | 'weekdayDen';
export function fmtDate(iso: string, style: DateStyle = 'dmy'): string {
  const [y, m, d] = parts(iso);
  const wd = WEEKDAYS[weekday(iso)] ?? '';
  switch (style) {
    case 'dmy':
      return `${p2(d)}.${p2(m)}.${y}`;
    case 'dmyShort':
      return `${d}.${m}.${String(y).slice(2)}`;
    case 'dmyNoPad':
      return `${d}.${m}.${y}`;
    case 'long':
      return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'longPad':
      return `${p2(d)}. ${MONTHS[m - 1]} ${y}`;
    case 'weekdayLong':
      return `${wd}, ${d}. ${MONTHS[m - 1]} ${y}`;
    case 'weekdayDmy':
      return `${wd}, ${p2(d)}.${p2(m)}.${y}`;
    case 'weekdayDen':
      return `${wd}, den ${p2(d)}. ${MONTHS[m - 1]} ${y}`;
  }
}
export type TimeStyle = 'colon' | 'dot' | 'uhrShort';
export function fmtTime(hhmm: string, style: TimeStyle = 'colon'): string {
  const [h, mi] = hhmm.split(':');
  const hn = Number(h);
  if (style === 'uhrShort' && mi === '00') return `${hn} Uhr`;
  if (style === 'dot') return `${hn < 10 && h ? h : hn}.${mi} Uhr`;
  return `${h}:${mi} Uhr`;
}

// ---------- money ----------
export type MoneyStyle = 'eurSign' | 'eurWord' | 'signFirst' | 'euroPlain' | 'eurWhole';
function groupThousands(n: number, sep: string): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}
export function fmtMoney(cents: number, style: MoneyStyle = 'eurSign'): string {
  const eur = Math.floor(cents / 100);
  const ct = p2(cents % 100);
  const g = groupThousands(eur, '.');
  switch (style) {
    case 'eurSign':
      return `${g},${ct} €`;
    case 'eurWord':
      return `${g},${ct} EUR`;
    case 'signFirst':
      return `€ ${g},${ct}`;
    case 'euroPlain':
      return `${eur},${ct} Euro`;
    case 'eurWhole':
      return cents % 100 === 0 ? `${g} EUR` : `${g},${ct} EUR`;
  }
}
/** Variants of a money amount as it may be printed (without currency). */
export function moneyVariants(cents: number): string[] {
  const eur = Math.floor(cents / 100);
  const ct = p2(cents % 100);
  const out = [`${groupThousands(eur, '.')},${ct}`, `${eur},${ct}`];
  if (cents % 100 === 0) out.push(`${groupThousands(eur, '.')} EUR`, `${groupThousands(eur, '.')} €`);
  return out;
}
export function dateVariants(iso: string): string[] {
  const styles: DateStyle[] = ['dmy', 'dmyShort', 'dmyNoPad', 'long', 'longPad'];
  const [y, m, d] = parts(iso);
  return [...styles.map((s) => fmtDate(iso, s)), `${p2(d)}.${p2(m)}.${String(y).slice(2)}`];
}
export function timeVariants(hhmm: string): string[] {
  const [h, mi] = hhmm.split(':');
  const hn = Number(h);
  const out = [`${h}:${mi}`, `${h}.${mi}`, `${hn}:${mi}`, `${hn}.${mi}`];
  if (mi === '00') out.push(`${hn} Uhr`);
  return out;
}
