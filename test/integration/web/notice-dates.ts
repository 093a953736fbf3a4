import { SAMPLE_NOTICE, type NoticeFacts } from '../../support/notice-pdf.js';

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** "Dienstag, 22.04.2025" for today + days (UTC). */
export function germanDay(days: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]}, ${dd}.${mm}.${d.getUTCFullYear()}`;
}

/** A notice whose hearing lies `days` ahead and whose claim arrived two weeks ago. */
export function noticeIn(days: number, overrides: Partial<NoticeFacts> = {}): NoticeFacts {
  return {
    ...SAMPLE_NOTICE,
    received: germanDay(-14).split(', ')[1]!,
    hearing: `${germanDay(days)}, 10:30 Uhr, Saal 104`,
    ...overrides,
  };
}
