/** Date arithmetic on ISO strings (UTC) and German print forms for dates, times and money. */
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`bad date ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
export function toDays(iso: string): number {
  const [y, mo, d] = parts(iso);
  return Math.round(Date.UTC(y, mo - 1, d) / 86400000);
}
export function fromDays(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}
export function addDays(iso: string, n: number): string {
  return fromDays(toDays(iso) + n);
}
export function weekday(iso: string): number {
  return new Date(toDays(iso) * 86400000).getUTCDay();
}
/** same or next working day (Mon–Fri) */
export function workday(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
export function endOfMonth(iso: string, plusMonths: number): string {
  const [y, mo] = parts(iso);
  const last = new Date(Date.UTC(y, mo - 1 + plusMonths + 1, 0));
  return last.toISOString().slice(0, 10);
}
export function cmpDate(a: string, b: string): number {
  return toDays(a) - toDays(b);
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateStyle = 'num' | 'numShort' | 'yy' | 'short' | 'long' | 'longNoDot' | 'wdNum' | 'wdLong' | 'wdDenLong' | 'wdDenNum';

export function fmtDate(iso: string, style: DateStyle): string {
  const [y, m, d] = parts(iso);
  const wd = WEEKDAYS[weekday(iso)] as string;
  const mon = MONTHS[m - 1] as string;
  switch (style) {
    case 'num': return `${p2(d)}.${p2(m)}.${y}`;
    case 'numShort': return `${d}.${m}.${y}`;
    case 'yy': return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
    case 'short': return `${d}.${m}.${String(y).slice(2)}`;
    case 'long': return `${d}. ${mon} ${y}`;
    case 'longNoDot': return `${p2(d)}. ${mon} ${y}`;
    case 'wdNum': return `${wd}, ${p2(d)}.${p2(m)}.${y}`;
    case 'wdLong': return `${wd}, ${d}. ${mon} ${y}`;
    case 'wdDenLong': return `${wd}, den ${d}. ${mon} ${y}`;
    case 'wdDenNum': return `${wd}, den ${p2(d)}.${p2(m)}.${y}`;
  }
}

export type TimeStyle = 'colon' | 'dot' | 'short';
/** "10:30 Uhr", "10.30 Uhr", "9 Uhr"/"9.30 Uhr" */
export function fmtTime(hhmm: string, style: TimeStyle): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (style === 'colon') return `${p2(h)}:${p2(m)} Uhr`;
  if (style === 'dot') return `${h}.${p2(m)} Uhr`;
  return m === 0 ? `${h} Uhr` : `${h}.${p2(m)} Uhr`;
}

export type MoneyStyle = 'eur' | 'EUR' | 'preEur' | 'euro' | 'plainEuro' | 'nosep';
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
export function fmtMoney(cents: number, style: MoneyStyle): string {
  const eur = Math.floor(cents / 100);
  const ct = p2(cents % 100);
  switch (style) {
    case 'eur': return `${groupThousands(eur)},${ct} €`;
    case 'EUR': return `${groupThousands(eur)},${ct} EUR`;
    case 'preEur': return `€ ${groupThousands(eur)},${ct}`;
    case 'euro': return `${eur},${ct} Euro`;
    case 'plainEuro': return cents % 100 === 0 ? `${groupThousands(eur)} EUR` : `${groupThousands(eur)},${ct} EUR`;
    case 'nosep': return `${eur},${ct}`;
  }
}
export function fmtAmount(cents: number): string {
  return `${groupThousands(Math.floor(cents / 100))},${p2(cents % 100)}`;
}
