import { describe, expect, it } from 'vitest';
import {
  decideMatch, DEFAULT_MATCH_OPTIONS, normalizeCourt, normalizeFileNumber, type MatchCandidate, type MatchInput, type MatchOptions,
} from '../../../src/core/match/decide.js';
import type { HouseholdFacts } from '../../../src/core/match/household.js';
import { household } from './labelled-pairs.js';

const HAUPT = ['Hauptstraße', '12a', '51643', 'Gummersbach'] as [string, string, string, string];
const BRUECK = ['Auf der Brück', '2', '51545', 'Waldbröl'] as [string, string, string, string];
const EWA = household(['Ewa Kowalczyk'], HAUPT);
const BECKER_ELSEWHERE = household(['Hans Becker'], BRUECK);

function candidate(caseId: string, h: HouseholdFacts, numbers: [string | null, string][] = [], closedAt: string | null = null): MatchCandidate {
  return { caseId, household: h, fileNumbers: numbers.map(([court, number]) => ({ court, number })), createdAt: '2025-01-10', closedAt };
}
function input(h: HouseholdFacts, fileNumbers: string[] = [], court: string | null = null, relatedFileNumbers?: string[]): MatchInput {
  return relatedFileNumbers === undefined ? { fileNumbers, court, household: h } : { fileNumbers, court, household: h, relatedFileNumbers };
}
const options = (patch: Partial<MatchOptions> = {}): MatchOptions => ({ ...DEFAULT_MATCH_OPTIONS, ...patch });

describe('normalisers for file numbers and courts', () => {
  it('ignores spacing and case in an Aktenzeichen', () => {
    expect(normalizeFileNumber('12 C 345/25')).toBe(normalizeFileNumber('12c345/25'));
  });
  it('treats "AG" and "Amtsgericht" alike', () => {
    expect(normalizeCourt('Amtsgericht Waldbröl')).toBe(normalizeCourt('AG Waldbroel'));
  });
});

describe('decideMatch: file-number tiers', () => {
  it('joins a hearing summons by court and Aktenzeichen', () => {
    const d = decideMatch(input(EWA, ['12 C 345/25'], 'Amtsgericht Gummersbach'), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
      candidate('c2', EWA),
    ], options());
    expect(d).toMatchObject({ kind: 'join', caseId: 'c1', rule: 'file-number', score: 1 });
    if (d.kind === 'join') expect(d.explanation).toContain('gleiches Aktenzeichen (gleiches Gericht)');
  });

  it('does not join the same number at another court', () => {
    const d = decideMatch(input(household([], null), ['12 C 345/25'], 'Amtsgericht Wipperfürth'), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
    ], options());
    expect(d.kind).toBe('new');
  });

  it('joins on the number alone when the court is unknown on one side and the household agrees', () => {
    const d = decideMatch(input(EWA, ['12 C 345/25'], null), [candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']])], options());
    expect(d).toMatchObject({ kind: 'join', rule: 'file-number' });
  });

  it('asks a worker when the court is unknown and the address differs', () => {
    const moved = household(['Ewa Kowalczyk'], BRUECK);
    const d = decideMatch(input(moved, ['12 C 345/25'], null), [candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']])], options());
    expect(d.kind).toBe('possible');
  });

  it('does not join silently when a file-number match names another family at another address', () => {
    const d = decideMatch(input(BECKER_ELSEWHERE, ['12 C 345/25'], 'Amtsgericht Gummersbach'), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
    ], options());
    expect(d.kind).toBe('possible');
    if (d.kind === 'possible') expect(d.candidates[0]!.explanation).toContain('Haushalt widerspricht');
  });

  it('joins a bailiff notice by the Aktenzeichen of the title it names', () => {
    const d = decideMatch(input(EWA, ['DR II 1234/25'], null, ['12 C 345/25']), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
    ], options());
    expect(d).toMatchObject({ kind: 'join', caseId: 'c1', rule: 'related-file-number' });
  });

  it('prefers the own file number over a related one', () => {
    const d = decideMatch(input(EWA, ['12 C 345/25'], 'Amtsgericht Gummersbach', ['3 C 77/24']), [
      candidate('related', EWA, [['Amtsgericht Gummersbach', '3 C 77/24']]),
      candidate('own', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
    ], options());
    expect(d).toMatchObject({ kind: 'join', caseId: 'own', rule: 'file-number' });
  });

  it('asks a worker when two cases carry the same Aktenzeichen', () => {
    const d = decideMatch(input(EWA, ['12 C 345/25'], null), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
      candidate('c2', EWA, [['Amtsgericht Waldbröl', '12 C 345/25']]),
    ], options());
    expect(d.kind).toBe('possible');
    if (d.kind === 'possible') expect(d.candidates.map((c) => c.caseId).sort()).toEqual(['c1', 'c2']);
  });
});

describe('decideMatch: household tier', () => {
  it('joins a copy without file number to the household case and says why', () => {
    const d = decideMatch(input(household(['Frau Ewa Kowa1czyk'], HAUPT)), [candidate('c1', EWA)], options());
    expect(d).toMatchObject({ kind: 'join', caseId: 'c1', rule: 'household' });
    if (d.kind === 'join') expect(d.explanation).toMatch(/^Regel: Haushalt; Name: .*; Adresse: .*; Wert \d,\d\d$/);
  });

  it('never joins the same building with another family', () => {
    const d = decideMatch(input(household(['Hans Becker'], HAUPT)), [candidate('c1', EWA)], options());
    expect(d.kind).toBe('new');
  });

  it('never joins or proposes a namesake in another town', () => {
    const d = decideMatch(input(household(['Ewa Kowalczyk'], BRUECK)), [candidate('c1', EWA)], options());
    expect(d).toEqual({ kind: 'new', earlierCases: [] });
  });

  it('never joins a case a worker rejected, however well it matches', () => {
    const d = decideMatch(input(EWA, ['12 C 345/25'], 'Amtsgericht Gummersbach'), [
      candidate('c1', EWA, [['Amtsgericht Gummersbach', '12 C 345/25']]),
    ], options({ rejectedCaseIds: ['c1'] }));
    expect(d.kind).toBe('new');
  });

  it('joins the remaining case when a worker rejected the other one', () => {
    const d = decideMatch(input(EWA), [candidate('c1', EWA), candidate('c2', EWA)], options({ rejectedCaseIds: ['c1'] }));
    expect(d).toMatchObject({ kind: 'join', caseId: 'c2' });
  });

  it('asks a worker instead of choosing between two open cases that both match', () => {
    const d = decideMatch(input(EWA), [candidate('c1', EWA), candidate('c2', EWA)], options());
    expect(d.kind).toBe('possible');
  });

  it('proposes siblings in one flat for review, best first', () => {
    const d = decideMatch(input(household(['Anna Müller'], HAUPT)), [
      candidate('c1', household(['Hans Müller'], HAUPT)),
      candidate('c2', household(['Anna Müller'], ['Hauptstraße', '14', '51643', 'Gummersbach'])),
    ], options());
    expect(d.kind).toBe('possible');
    if (d.kind === 'possible') {
      expect(d.candidates.map((c) => c.caseId)).toEqual(['c2', 'c1']);
      expect(d.candidates[0]!.score).toBeGreaterThanOrEqual(d.candidates[1]!.score);
    }
  });

  it('links a closed case of the same household as an earlier case instead of joining it', () => {
    const d = decideMatch(input(EWA), [candidate('old', EWA, [], '2025-03-01')], options({ today: '2026-01-15' }));
    expect(d.kind).toBe('new');
    if (d.kind === 'new') expect(d.earlierCases.map((c) => c.caseId)).toEqual(['old']);
  });

  it('forgets earlier cases closed more than two years ago', () => {
    const d = decideMatch(input(EWA), [candidate('old', EWA, [], '2023-03-01')], options({ today: '2026-01-15' }));
    expect(d).toEqual({ kind: 'new', earlierCases: [] });
  });

  it('uses the thresholds it is given', () => {
    const spouse = household(['Piotr Kowalczyk'], HAUPT);
    expect(decideMatch(input(spouse), [candidate('c1', EWA)], options()).kind).toBe('possible');
    expect(decideMatch(input(spouse), [candidate('c1', EWA)], options({ reviewThreshold: 0.8 })).kind).toBe('new');
  });

  it('starts a new case when there are no candidates', () => {
    expect(decideMatch(input(EWA), [], options())).toEqual({ kind: 'new', earlierCases: [] });
  });
});
