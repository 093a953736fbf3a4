import type { LetterLanguage } from './letter.types.js';

const MONTHS: Record<LetterLanguage, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Record<LetterLanguage, string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError('Datum nicht im Format JJJJ-MM-TT');
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** "22. April 2025" (de) or "22 April 2025" (en). */
export function formatDate(iso: string, language: LetterLanguage = 'de'): string {
  const { y, m, d } = parseIso(iso);
  const month = MONTHS[language][m - 1];
  return language === 'de' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}

/** "Dienstag" for 2025-04-22 (computed in UTC, no time zone involved). */
export function formatWeekday(iso: string, language: LetterLanguage = 'de'): string {
  const { y, m, d } = parseIso(iso);
  return WEEKDAYS[language][new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
}

/** "10:30 Uhr" (de) or "10:30" (en). */
export function formatTime(hhmm: string, language: LetterLanguage = 'de'): string {
  return language === 'de' ? `${hhmm} Uhr` : hhmm;
}

/** 123456 cents → "1.234,56 €". */
export function formatMoney(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${euros},${rest} €`;
}
