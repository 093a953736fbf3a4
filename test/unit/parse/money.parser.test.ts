import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/core/parse/money.parser.js';

describe('parseMoney', () => {
  it.each([
    ['1.234,56 €', 123456],
    ['1.234,56 EUR', 123456],
    ['€ 1.234,56', 123456],
    ['650 EUR', 65000],
    ['1774,45 Euro', 177445],
    ['1.234,-', 123400],
    ['685,00 €', 68500],
    ['12.345,67€', 1234567],
    ['Rückstand: 2.055,00', 205500],
    ['Summe Rückstand\t€ 1.478,65.', 147865],
    // a table ruling glued to the amount (seed 20261210 doc-010)
    ['Höhe des Mietrückstandes |1.411,90 €', 141190],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each([['22.04.2025'], ['12 C 345/25'], ['Hauptstraße 12'], ['330,090 €'], ['€ 330,090'], ['Miete: 220,090 EUR']])('finds no amount in %s', (input) => {
    expect(parseMoney(input)).toBeNull();
  });
});
