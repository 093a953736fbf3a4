/**
 * Dates and times the German way in every form, whatever the browser's language: text inputs with
 * a German pattern (TT.MM.JJJJ, HH:MM, MM.JJJJ) and these parsers on the server, which decide.
 * A browser's own date input would show "09/23/2025" to an English-speaking browser.
 */

/** What the inputs ask for (placeholder and the pattern's title). */
export const DATE_HINT = 'TT.MM.JJJJ';
export const TIME_HINT = 'HH:MM';
export const MONTH_HINT = 'MM.JJJJ';
/** HTML patterns: a first check in the browser; the server checks again (and the calendar). */
export const DATE_PATTERN = String.raw`\s*\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})\s*`;
export const TIME_PATTERN = String.raw`\s*\d{1,2}[:.]\d{2}(\s*Uhr)?\s*`;
export const MONTH_PATTERN = String.raw`\s*\d{1,2}\.\d{4}\s*`;

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "23.09.2025", "3.9.2025", "23.09.25" → "2025-09-23"; an ISO date is taken as it is; undefined otherwise. */
export function parseGermanDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? t : undefined;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // Two-digit years: 00–69 are 20xx, 70–99 are 19xx (birth dates).
  const year = m[3]!.length === 2 ? (Number(m[3]) < 70 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
  if (year < 1900 || year > 2100 || !realDate(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2025-09-23" → "23.09.2025" (anything else unchanged: a rejected input goes back as typed). */
export function germanDateInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** "10:30", "9.30", "9:30 Uhr" → "10:30"/"09:30"; undefined otherwise. */
export function parseGermanTime(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?:\s*Uhr)?$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** "09.2025", "9.2025" or "2025-09" → "2025-09"; undefined otherwise. */
export function parseGermanMonth(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  const m = iso ? [t, iso[2], iso[1]] : /^(\d{1,2})\.(\d{4})$/.exec(t);
  if (!m) return undefined;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2100 ? `${year}-${pad(month)}` : undefined;
}

/** "2025-09" → "09.2025". */
export function germanMonthInput(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}.${m[1]}` : month;
}
