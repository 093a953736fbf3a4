// German date, time and money formatting in the many ways senders print them.
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export function parseIso(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(iso: string, n: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}
/** Moves a date forward to the next working day (Mon–Fri). */
export function workday(iso: string): string {
  let d = iso;
  while ([0, 6].includes(parseIso(d).getUTCDay())) d = addDays(d, 1);
  return d;
}
export function addMonths(iso: string, n: number): string {
  const d = parseIso(iso);
  d.setUTCMonth(d.getUTCMonth() + n);
  return toIso(d);
}
const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateStyle = 'dd.mm.yyyy' | 'd.m.yy' | 'dd.mm.yy' | 'long' | 'weekday-long' | 'weekday-den' | 'weekday-num' | 'd.m.yyyy';

export function fmtDate(iso: string, style: DateStyle): string {
  const d = parseIso(iso);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const yyyy = d.getUTCFullYear();
  const wd = WEEKDAYS[d.getUTCDay()]!;
  const mon = MONTHS[mm - 1]!;
  switch (style) {
    case 'dd.mm.yyyy': return `${p2(dd)}.${p2(mm)}.${yyyy}`;
    case 'd.m.yyyy': return `${dd}.${mm}.${yyyy}`;
    case 'd.m.yy': return `${dd}.${mm}.${String(yyyy).slice(2)}`;
    case 'dd.mm.yy': return `${p2(dd)}.${p2(mm)}.${String(yyyy).slice(2)}`;
    case 'long': return `${dd}. ${mon} ${yyyy}`;
    case 'weekday-long': return `${wd}, ${dd}. ${mon} ${yyyy}`;
    case 'weekday-den': return `${wd}, den ${p2(dd)}.${p2(mm)}.${yyyy}`;
    case 'weekday-num': return `${wd}, ${p2(dd)}.${p2(mm)}.${yyyy}`;
  }
}

export function fmtTime(hhmm: string, style: 'colon' | 'dot' | 'h'): string {
  const [h, m] = hhmm.split(':');
  if (style === 'colon') return `${h}:${m} Uhr`;
  if (style === 'dot') return `${h}.${m} Uhr`;
  return m === '00' ? `${Number(h)} Uhr` : `${Number(h)}.${m} Uhr`;
}

export type MoneyStyle = 'eur-suffix' | 'euro-sign' | 'euro-prefix' | 'euro-word' | 'plain-nodots';

export function fmtMoney(cents: number, style: MoneyStyle): string {
  const e = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const dotted = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  switch (style) {
    case 'eur-suffix': return `${dotted},${c} EUR`;
    case 'euro-sign': return `${dotted},${c} €`;
    case 'euro-prefix': return `€ ${dotted},${c}`;
    case 'euro-word': return `${e},${c} Euro`;
    case 'plain-nodots': return `${e},${c}`;
  }
}

const ONES = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
function below100(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = Math.floor(n / 10);
  const o = n % 10;
  return o === 0 ? TENS[t]! : `${ONES[o]}und${TENS[t]}`;
}
function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  return (h > 0 ? `${ONES[h]}hundert` : '') + below100(r);
}
/** "eintausendzweihundertvierunddreißig" style number words (for amounts in words). */
export function numberWords(n: number): string {
  if (n === 0) return 'null';
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  const head = th > 0 ? `${th === 1 ? 'ein' : below1000(th)}tausend` : '';
  const tail = below1000(r);
  const w = head + tail;
  return w.endsWith('ein') ? `${w}s` : w;
}
/** "in Worten: eintausendzweihundert Euro und 34 Cent" */
export function moneyInWords(cents: number): string {
  const e = Math.floor(cents / 100);
  const c = cents % 100;
  return `${numberWords(e)} Euro${c ? ` und ${c} Cent` : ''}`;
}
