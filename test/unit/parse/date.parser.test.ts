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
    ['dass am 22, September 2026 eine Klage', '2026-09-22'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([['31.02.2025'], ['45.01.2025'], ['12.13.2025'], ['Telefon 0226 1234'], ['12C345/25']])(
    'rejects %s as not a date',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('finds several dates in order with their offsets', () => {
    const text = 'geb. 03.04.1971, Termin am 22. April 2025';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['1971-04-03', '2025-04-22']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('22. April 2025');
  });
});
