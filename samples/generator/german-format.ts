/** German surface forms of dates, times and amounts as courts print them. */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export type DateStyle = 'numeric' | 'numeric-short' | 'written' | 'weekday-numeric' | 'weekday-written';
export type MoneyStyle = 'euro-sign' | 'eur' | 'sign-first' | 'euro-word';
export type TimeStyle = 'colon' | 'dot' | 'hour-only';

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function weekday(iso: string): string {
  const { y, m, d } = parts(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
}

export function formatDate(iso: string, style: DateStyle): string {
  const { y, m, d } = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'numeric':
      return `${dd}.${mm}.${y}`;
    case 'numeric-short':
      return `${d}.${m}.${String(y).slice(2)}`;
    case 'written':
      return `${d}. ${MONTHS[m - 1]} ${y}`;
    case 'weekday-numeric':
      return `${weekday(iso)}, ${dd}.${mm}.${y}`;
    case 'weekday-written':
      return `${weekday(iso)}, den ${d}. ${MONTHS[m - 1]} ${y}`;
  }
}

/** All surface forms a test accepts as evidence of a date. */
export function dateForms(iso: string): string[] {
  const { y, m, d } = parts(iso);
  return [
    formatDate(iso, 'numeric'),
    formatDate(iso, 'numeric-short'),
    formatDate(iso, 'written'),
    `${String(d).padStart(2, '0')}. ${MONTHS[m - 1]} ${y}`,
  ];
}

export function formatTime(hhmm: string, style: TimeStyle): string {
  const [h, min] = hhmm.split(':') as [string, string];
  const hour = String(Number(h));
  if (style === 'hour-only' && min === '00') return `${hour} Uhr`;
  if (style === 'dot') return `${hour}.${min} Uhr`;
  return `${h}:${min} Uhr`;
}

export function timeForms(hhmm: string): string[] {
  return [formatTime(hhmm, 'colon'), formatTime(hhmm, 'dot'), formatTime(hhmm, 'hour-only')];
}

function groupThousands(euros: number): string {
  return String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatMoney(cents: number, style: MoneyStyle): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const whole = cents % 100 === 0;
  switch (style) {
    case 'euro-sign':
      return `${groupThousands(euros)},${rest} €`;
    case 'eur':
      return whole ? `${groupThousands(euros)} EUR` : `${groupThousands(euros)},${rest} EUR`;
    case 'sign-first':
      return `€ ${groupThousands(euros)},${rest}`;
    case 'euro-word':
      return `${euros},${rest} Euro`;
  }
}

/** The digits of an amount as they appear in any style ("1.234,56" or "1234,56" or "650"). */
export function moneyForms(cents: number): string[] {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const forms = [`${groupThousands(euros)},${rest}`, `${euros},${rest}`];
  if (cents % 100 === 0) forms.push(`${groupThousands(euros)} EUR`);
  return forms;
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Moves a date forward to the next Monday–Friday. */
export function nextWorkday(iso: string): string {
  let day = iso;
  while (['Samstag', 'Sonntag'].includes(weekday(day))) day = addDays(day, 1);
  return day;
}
