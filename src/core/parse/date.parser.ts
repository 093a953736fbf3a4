import { repairDigits } from './ocr-repair.js';

export interface DateMatch {
  iso: string;
  start: number;
  end: number;
  /**
   * How the weekday written before the date ("Donnerstag, 09.04.2026") bears on it: `repaired` when the date
   * as read is no date or falls on another day and exactly one digit changed gives a date on that weekday
   * ("99.04.2026" → 9 April, the only Thursday one digit away); `mismatch` when it falls on another day and no
   * single digit mends that. Absent when no weekday stands before it or it agrees.
   */
  weekday?: 'repaired' | 'mismatch';
}

const WEEKDAYS: [RegExp, number][] = [
  [/^sonntag$/, 0], [/^montag$/, 1], [/^dienstag$/, 2], [/^mittwoch$/, 3], [/^donnerstag$/, 4], [/^freitag$/, 5], [/^(samstag|sonnabend)$/, 6],
];
const WEEKDAY_BEFORE = /([A-Za-z]+)[,.]?\s*(?:den\s+)?$/;

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^(m(a|ä|ae)r|mrz)/, 3], [/^apr/, 4], [/^mai/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^okt/, 10], [/^nov/, 11], [/^dez/, 12],
];
/** A month's name or its abbreviation, as a pattern source (one capture group). */
export const MONTH_WORD = '(Januar|Jan|Februar|Feb|März|Maerz|Marz|Mrz|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez)';
// OCR's comma or low quote for the day's dot ("am 24,7.26", "11 ‚06.2026") and colon for the month's
// ("15.6:26"); one of the two must be a dot, so an amount ("24,70") is no date. The month's dot lost before a
// four-digit year ("geb. 23.08 1999") leaves the space.
const NUMERIC = /(?<![\d.,])(\d{1,2}) ?(?:[.,‚] ?(\d{1,2}) ?\.|\. ?(\d{1,2}) ?:|\. ?(\d{1,2})(?= (?:19|20)\d\d(?![\d:]))) ?(\d{4}|\d{2})(?![\d:])/g;
// OCR's comma for the day's dot ("am 22, September 2026"), a speck between month and year ("13. August‘2025").
const WRITTEN = new RegExp(`(?<!\\d)(\\d{1,2})[.,]? ?${MONTH_WORD}\\.?[‘'’\`´,]? ?(\\d{4}|\\d{2})(?!\\d)`, 'gi');

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

/** The weekday (0 = Sunday) written just before `index`, or null. */
function weekdayBefore(text: string, index: number): number | null {
  const word = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 20), index))?.[1]?.toLowerCase();
  return word ? (WEEKDAYS.find(([re]) => re.test(word))?.[1] ?? null) : null;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The strings one digit away from `digits` (same length). */
function oneDigitAway(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (const d of '0123456789') if (d !== digits[i]) out.push(digits.slice(0, i) + d + digits.slice(i + 1));
  }
  return out;
}

/**
 * The date as read, checked against the weekday before it: the one date a digit of day or month away that
 * falls on that weekday when the read one does not (or is no date); else the read one, marked when it
 * disagrees.
 */
function withWeekday(day: string, month: string | number, year: number, weekday: number | null): { iso: string; weekday?: 'repaired' | 'mismatch' } | null {
  const iso = toIso(Number(day), Number(month), year);
  if (weekday === null || (iso && weekdayOf(iso) === weekday)) return iso ? { iso } : null;
  const candidates = new Set<string>();
  for (const d of oneDigitAway(day)) {
    const c = toIso(Number(d), Number(month), year);
    if (c && weekdayOf(c) === weekday) candidates.add(c);
  }
  if (typeof month === 'string') {
    for (const m of oneDigitAway(month)) {
      const c = toIso(Number(day), Number(m), year);
      if (c && weekdayOf(c) === weekday) candidates.add(c);
    }
  }
  if (candidates.size === 1) return { iso: [...candidates][0]!, weekday: 'repaired' };
  return iso ? { iso, weekday: 'mismatch' } : null;
}

/**
 * All German dates in a text (numeric and written months, OCR digit confusions repaired), in order. A weekday
 * before a date is checked against it (see DateMatch.weekday).
 */
export function findDates(text: string): DateMatch[] {
  const repaired = repairDigits(text);
  const out: DateMatch[] = [];
  for (const m of repaired.matchAll(NUMERIC)) {
    const date = withWeekday(m[1]!, (m[2] ?? m[3] ?? m[4])!, expandYear(m[5]!), weekdayBefore(repaired, m.index));
    if (date) out.push({ ...date, start: m.index, end: m.index + m[0].length });
  }
  for (const m of repaired.matchAll(WRITTEN)) {
    const date = withWeekday(m[1]!, monthNumber(m[2]!), expandYear(m[3]!), weekdayBefore(repaired, m.index));
    if (date) out.push({ ...date, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date in a text as ISO "YYYY-MM-DD", or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
