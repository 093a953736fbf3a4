import { describe, expect, it } from 'vitest';
import { findDrNumbers, findFileNumbers, parseFileNumber } from '../../../src/core/parse/file-number.parser.js';

describe('court file numbers', () => {
  it.each([
    ['12C345/25', '12 C 345/25'],
    ['12 C 345 / 25', '12 C 345/25'],
    ['Az.: 421 C 23576/15', '421 C 23576/15'],
    ['3 C 1024/24', '3 C 1024/24'],
    ['5 H 12/25', '5 H 12/25'],
    ['31 M 1234/24', '31 M 1234/24'],
    ['12 c 345/25', '12 C 345/25'],
    ['l2 C 34S/25', '12 C 345/25'],
  ])('normalises %s to %s', (input, value) => {
    expect(findFileNumbers(input)[0]?.value).toBe(value);
  });

  it('does not read a date or a postal code as a file number', () => {
    expect(findFileNumbers('22.04.2025 51674 Wiehl')).toEqual([]);
  });

  it('passes over a speck between department and register ("34. C 1189/26"), and says so', () => {
    expect(findFileNumbers('Geschäftsnummer: 34. C 1189/26')).toEqual([expect.objectContaining({ value: '34 C 1189/26', speck: true })]);
    expect(findFileNumbers('Az. 34 C 1189/26')[0]?.speck).toBeUndefined();
  });

  it('reads OCR\'s "€" for the register letter C as C, as a speck ("421 € 40/25")', () => {
    expect(findFileNumbers('Geschäftsnummer: 421 € 40/25')).toEqual([expect.objectContaining({ value: '421 C 40/25', speck: true })]);
  });
});

describe('bailiff register numbers', () => {
  it.each([
    ['DR II 1234/25', 'DR II 1234/25'],
    ['DR I 405/11', 'DR I 405/11'],
    ['DR-II-1234/25', 'DR II 1234/25'],
    ['DR ll 1234/25', 'DR II 1234/25'],
    ['DR III 77/24', 'DR III 77/24'],
    ['DR Ill 1574/25', 'DR III 1574/25'],
    ['DR Il 355/25', 'DR II 355/25'],
    ['DR |1 355/25', 'DR II 355/25'],
  ])('normalises %s to %s', (input, value) => {
    expect(findDrNumbers(input)[0]?.value).toBe(value);
  });

  it('reads a number printed without a numeral as such, and marks it', () => {
    expect(findDrNumbers('DR 2584/25')).toEqual([{ value: 'DR 2584/25', start: 0, end: 10, bare: true }]);
    // No serial starts with 0: the 1 before one is the serial's first digit, not the numeral I.
    expect(findDrNumbers('DR 1019/25')[0]).toMatchObject({ value: 'DR 1019/25', bare: true });
  });

  it('reads a 1 touching the serial as the numeral, but marks it unsure', () => {
    // "DR I 229/25" with the gap lost, or serial 1229 without a numeral: the scan cannot tell.
    expect(findDrNumbers('DR 1229/25')[0]).toMatchObject({ value: 'DR I 229/25', glued: true });
    expect(findDrNumbers('DR1359/25')[0]).toMatchObject({ value: 'DR I 359/25', glued: true });
    expect(findDrNumbers('DR 1 229/25')[0]).toEqual({ value: 'DR I 229/25', start: 0, end: 11 });
  });

  it('prefers the DR number over a court file number in parseFileNumber', () => {
    expect(parseFileNumber('Titel 12 C 345/25, DR II 1234/25')).toBe('DR II 1234/25');
  });
});
