import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../../src/core/parse/date.parser.js';

describe('parseDate', () => {
  it.each([
    ['22.04.2025', '2025-04-22'],
    ['22.4.25', '2025-04-22'],
    ['am 3.4.71 geboren', '1971-04-03'],
    ['22. April 2025', '2025-04-22'],
    ['den 22. April 2025', '2025-04-22'],
    ['Dienstag, den 22. April 2025, 10.30 Uhr', '2025-04-22'],
    ['Dienstag, 22.04.2025, 10:30 Uhr', '2025-04-22'],
    ['1. März 2025', '2025-03-01'],
    ['1. Maerz 2025', '2025-03-01'],
    ['7. Okt. 2024', '2024-10-07'],
    ['22.O4.2O25', '2025-04-22'],
    ['l2.03.2025', '2025-03-12'],
    ['22.04.2O2S', '2025-04-22'],
    ['1B.03.2025', '2025-03-18'],
    ['22 . 04 . 2025', '2025-04-22'],
    ['geb. 23.08 1999', '1999-08-23'],
    ['dass am 22, September 2026 eine Klage', '2026-09-22'],
    ['dass am 24,7.26 eine Klage', '2026-07-24'],
    ['bestimmt auf Donnerstag, 11 ‚06.2026,', '2026-06-11'],
    ['bestimmt auf 15.6:26, 8.45 Uhr', '2026-06-15'],
    ['auf Mittwoch, den 13. August‘2025, 9 Uhr', '2025-08-13'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([['31.02.2025'], ['45.01.2025'], ['12.13.2025'], ['Telefon 0226 1234'], ['12C345/25'], ['Miete 24,70 €'], ['1.365,10.2026'], ['um 12:15:30 Uhr'], ['24,7:26']])(
    'rejects %s as not a date',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  describe('the weekday before a date', () => {
    it('mends a date that is none by the one digit that puts it on its weekday', () => {
      // 9 April 2026 is a Thursday; 19 and 29 April are not.
      expect(findDates('Termin Donnerstag, 99.04.2026, 13:30 Uhr')).toMatchObject([{ iso: '2026-04-09', weekday: 'repaired' }]);
      expect(findDates('am Donnerstag, den 99. April 2026')).toMatchObject([{ iso: '2026-04-09', weekday: 'repaired' }]);
    });

    it('keeps a date that agrees with its weekday, and marks one that disagrees where no single digit mends it', () => {
      expect(findDates('Donnerstag, 09.04.2026')).toEqual([{ iso: '2026-04-09', start: 12, end: 22 }]);
      // 19 April 2026 is a Sunday; 9 and 16 April are Thursdays, each one digit away: no one mend.
      expect(findDates('Donnerstag, 19.04.2026')).toMatchObject([{ iso: '2026-04-19', weekday: 'mismatch' }]);
      // No weekday, nothing to check; a date that is none stays none without one.
      expect(findDates('am 19.04.2026')[0]!.weekday).toBeUndefined();
      expect(findDates('am 99.04.2026')).toEqual([]);
    });
  });

  it('finds several dates in order with their offsets', () => {
    const text = 'geb. 03.04.1971, Termin am 22. April 2025';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['1971-04-03', '2025-04-22']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('22. April 2025');
  });
});
