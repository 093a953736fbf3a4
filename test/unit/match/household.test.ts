import { describe, expect, it } from 'vitest';
import { blockingKeys, comparePart, scoreHousehold } from '../../../src/core/match/household.js';
import { household } from './labelled-pairs.js';

const HAUPT = ['Hauptstraße', '12a', '51643', 'Gummersbach'] as [string, string, string, string];

describe('comparePart', () => {
  it.each([
    ['mueller', 'mueller', 'exact'],
    ['kowalczyk', 'kowalczvk', 'jw92'],
    ['meier', 'mayer', 'phonetic'],
    ['mueller luedenscheidt', 'mueller', 'part'],
    ['kramer', 'krueger', 'jw70'],
    ['becker', 'kowalczyk', 'none'],
    ['', 'becker', 'missing'],
  ] as const)('rates %s vs %s as %s', (a, b, level) => {
    expect(comparePart(a, b)).toBe(level);
  });
});

describe('scoreHousehold', () => {
  it('explains a match by levels only, without names or addresses', () => {
    const s = scoreHousehold(household(['Kowalczyk Ewa'], HAUPT), household(['Ewa Kowalczyk'], HAUPT));
    expect(s.explanation).toContain('Vor-/Nachname vertauscht');
    expect(s.explanation).toContain('gleiche Straße und Hausnummer, PLZ gleich');
    for (const secret of ['owalczyk', 'Ewa', 'Haupt', '51643', 'Gummersbach', '12a']) expect(s.explanation).not.toContain(secret);
  });

  it('weighs an exact common family name lower than an exact rare one', () => {
    const common = scoreHousehold(household(['Herr Müller'], HAUPT), household(['Hans Müller'], HAUPT));
    const rare = scoreHousehold(household(['Herr Kowalczyk'], HAUPT), household(['Jan Kowalczyk'], HAUPT));
    expect(common.score).toBeLessThan(rare.score);
    expect(common.explanation).toContain('häufiger Nachname');
  });

  it('rates an address unknown on one side as unknown, not as different', () => {
    expect(scoreHousehold(household(['Ewa Kowalczyk'], null), household(['Ewa Kowalczyk'], HAUPT)).addressLevel).toBe('unknown');
  });

  it('gives a household without tenants nothing from names', () => {
    const s = scoreHousehold(household([], HAUPT), household(['Ewa Kowalczyk'], HAUPT));
    expect(s.nameLevel).toBe('family:missing;given:missing');
    expect(s.score).toBeLessThan(0.5);
  });
});

describe('blockingKeys', () => {
  const keysOf = (names: (string | [string, string])[], addr: [string, string, string, string] | null): string[] =>
    blockingKeys(household(names, addr));
  const shares = (a: string[], b: string[]): boolean => a.some((k) => b.includes(k));

  it('produces postal+prefix, phonetic, address, street+town and birth keys', () => {
    const keys = keysOf([['Ewa Kowalczyk', '1971-04-03']], HAUPT);
    expect(keys).toEqual(expect.arrayContaining([
      'pf:51643:ko', 'ph:43584', 'ad:51643:hauptstrasse:12', 'sc:hauptstrasse:12:gummersbach', 'bp:1971-04-03:43584',
    ]));
  });

  it('lets variants of one household share a key', () => {
    const base = keysOf(['Ewa Kowalczyk'], HAUPT);
    expect(shares(base, keysOf(['Ewa Kowa1czyk'], null))).toBe(true);
    expect(shares(base, keysOf(['Kowalczyk Ewa'], HAUPT))).toBe(true);
    expect(shares(base, keysOf(['Ewa Kowalczyk'], ['Hauptstr.', '12', '51648', 'Gummersbach']))).toBe(true);
    expect(shares(keysOf(['Thomas Meier'], null), keysOf(['Thomas Mayer'], null))).toBe(true);
  });

  it('keeps unrelated households in other places apart', () => {
    expect(shares(keysOf(['Ewa Kowalczyk'], HAUPT), keysOf(['Hans Becker'], ['Kirchweg', '3', '51674', 'Wiehl']))).toBe(false);
  });

  it('returns no keys for a household with no facts', () => {
    expect(keysOf([], null)).toEqual([]);
  });
});
