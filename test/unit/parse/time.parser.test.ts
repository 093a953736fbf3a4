import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/core/parse/time.parser.js';

describe('parseTime', () => {
  it.each([
    ['10:30 Uhr', '10:30'],
    ['10.30 Uhr', '10:30'],
    ['9 Uhr', '09:00'],
    ['9:00h', '09:00'],
    ['um 14:15', '14:15'],
    ['13.3O Uhr', '13:30'],
    ['02.02.2026, 10.00. Uhr festgesetzt', '10:00'],
  ])('reads %s as %s', (input, value) => {
    expect(parseTime(input)).toBe(value);
  });

  it.each([['22.04.2025'], ['Saal 104'], ['25 Uhrmacher'], ['1.234,56 €']])('finds no time in %s', (input) => {
    expect(parseTime(input)).toBeNull();
  });
});
