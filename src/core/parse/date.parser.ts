import { repairDigits } from './ocr-repair.js';

export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^(m(a|ä|ae)r|mrz)/, 3], [/^apr/, 4], [/^mai/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^okt/, 10], [/^nov/, 11], [/^dez/, 12],
];
const MONTH_WORD = '(Januar|Jan|Februar|Feb|März|Maerz|Marz|Mrz|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez)';
const NUMERIC = /(?<![\d.])(\d{1,2}) ?\. ?(\d{1,2}) ?\. ?(\d{4}|\d{2})(?![\d])/g;
// OCR's comma for the day's dot ("am 22, September 2026").
const WRITTEN = new RegExp(`(?<!\\d)(\\d{1,2})[.,]? ?${MONTH_WORD}\\.? ?(\\d{4}|\\d{2})(?!\\d)`, 'gi');

function expandYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n > 50 ? 1900 + n : 2000 + n;
}

function toIso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(w))?.[1] ?? 0;
}

/** All German dates in a text (numeric and written months, OCR digit confusions repaired), in order. */
export function findDates(text: string): DateMatch[] {
  const repaired = repairDigits(text);
  const out: DateMatch[] = [];
  for (const m of repaired.matchAll(NUMERIC)) {
    const iso = toIso(Number(m[1]), Number(m[2]), expandYear(m[3]!));
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of repaired.matchAll(WRITTEN)) {
    const iso = toIso(Number(m[1]), monthNumber(m[2]!), expandYear(m[3]!));
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date in a text as ISO "YYYY-MM-DD", or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
