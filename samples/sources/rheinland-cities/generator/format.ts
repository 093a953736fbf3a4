/** Date, money and name formatting the way different senders print them. */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(isoDate: string, n: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
/** Move a date forward to the next working day (Mon–Fri). */
export function workday(isoDate: string): string {
  let d = isoDate;
  while ([0, 6].includes(toDate(d).getUTCDay())) d = addDays(d, 1);
  return d;
}
export function endOfMonth(isoDate: string, monthsAhead: number): string {
  const d = toDate(isoDate);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead + 1, 0)));
}

export type DateStyle = 'dot' | 'long' | 'wlong' | 'wdot' | 'short' | 'dotshort' | 'wlongNoDen';
export function fmtDate(isoDate: string, style: DateStyle = 'dot'): string {
  const d = toDate(isoDate);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(d.getUTCFullYear());
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const day = DAYS[d.getUTCDay()] ?? '';
  switch (style) {
    case 'dot': return `${dd}.${mm}.${yyyy}`;
    case 'long': return `${d.getUTCDate()}. ${month} ${yyyy}`;
    case 'wlong': return `${day}, den ${d.getUTCDate()}. ${month} ${yyyy}`;
    case 'wlongNoDen': return `${day}, ${d.getUTCDate()}. ${month} ${yyyy}`;
    case 'wdot': return `${day}, ${dd}.${mm}.${yyyy}`;
    case 'short': return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${yyyy.slice(2)}`;
    case 'dotshort': return `${dd}.${mm}.${yyyy.slice(2)}`;
  }
}

export type TimeStyle = 'colon' | 'dot' | 'bare';
export function fmtTime(hhmm: string, style: TimeStyle = 'colon'): string {
  if (style === 'dot') return `${hhmm.replace(':', '.')} Uhr`;
  if (style === 'bare') return hhmm;
  return `${hhmm} Uhr`;
}

export type MoneyStyle = 'eur' | 'EUR' | 'preEur' | 'euro' | 'preEUR' | 'plainEUR';
export function fmtMoney(cents: number, style: MoneyStyle = 'eur'): string {
  const euros = Math.floor(cents / 100);
  const ct = String(cents % 100).padStart(2, '0');
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  switch (style) {
    case 'eur': return `${grouped},${ct} €`;
    case 'EUR': return `${grouped},${ct} EUR`;
    case 'preEur': return `€ ${grouped},${ct}`;
    case 'euro': return `${euros},${ct} Euro`;
    case 'preEUR': return `EUR ${grouped},${ct}`;
    case 'plainEUR': return cents % 100 === 0 ? `${grouped} EUR` : `${grouped},${ct} EUR`;
  }
}
