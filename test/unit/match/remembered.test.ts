import { describe, expect, it } from 'vitest';
import { decideMatch, DEFAULT_MATCH_OPTIONS, type MatchCandidate, type MatchOptions } from '../../../src/core/match/decide.js';
import type { HouseholdFacts } from '../../../src/core/match/household.js';
import { rememberDecisions, type DecidedMatch } from '../../../src/core/match/remembered.js';
import { household } from './labelled-pairs.js';

const HAUPT = ['Hauptstraße', '12a', '51643', 'Gummersbach'] as [string, string, string, string];
const JUERGEN = household(['Jürgen Müller'], HAUPT);
const JOERG = household(['Jörg Müller'], HAUPT);
const HELGA = household(['Helga Müller'], HAUPT);
const STAMP = { decidedBy: 'mfischer', decidedAt: '2025-03-18T09:00:00.000Z' };

function candidate(caseId: string, h: HouseholdFacts, joinedCases?: MatchCandidate['joinedCases']): MatchCandidate {
  return { caseId, household: h, fileNumbers: [], createdAt: '2025-01-10', closedAt: null, ...(joinedCases ? { joinedCases } : {}) };
}
const options = (patch: Partial<MatchOptions> = {}): MatchOptions => ({ ...DEFAULT_MATCH_OPTIONS, ...patch });
const row = (caseId: string, candidateCaseId: string, decision: DecidedMatch['decision']): DecidedMatch => ({ caseId, candidateCaseId, decision, ...STAMP });

describe('rememberDecisions: workers’ decisions follow the cases they live on in', () => {
  it('carries a rejection over to the case a rejected case was joined into, in either direction of the row', () => {
    const memory = rememberDecisions([row('c3', 'b', 'rejected'), row('c3', 'a', 'joined')], (id) => id === 'c3');
    expect(memory.liveCaseOf('c3')).toBe('a');
    expect(memory.knownDifferent).toEqual([{ caseIds: ['a', 'b'], ...STAMP }]);
    expect(memory.joinedInto('a')).toEqual([{ caseId: 'c3', ...STAMP }]);
  });

  it('follows a chain of joins and ignores a join whose case is not merged (any more)', () => {
    const chained = rememberDecisions([row('c', 'b', 'joined'), row('b', 'a', 'joined')], () => true);
    expect(chained.liveCaseOf('c')).toBe('a');
    expect(chained.joinedInto('a').map((j) => j.caseId).sort()).toEqual(['b', 'c']);
    const reopened = rememberDecisions([row('c', 'b', 'joined')], () => false);
    expect(reopened.liveCaseOf('c')).toBe('c');
  });
});

describe('decideMatch with remembered decisions', () => {
  const different = { knownDifferent: [{ caseIds: ['a', 'b'] as [string, string], ...STAMP }] };

  it('leaves out the household a worker called different from the nearer candidate, and does not join on that alone', () => {
    // Both above the join threshold: without the memory a worker is asked about both.
    const doc = { fileNumbers: [], court: null, household: household(['Jürgen Müller-Lüdenscheidt'], HAUPT) };
    const both = [candidate('a', household(['Jürgen Müller-Lüdenscheidt'], HAUPT)), candidate('b', household(['J. Müller-Lüdenscheidt'], HAUPT))];
    expect(decideMatch(doc, both, options())).toMatchObject({ kind: 'possible', candidates: [{ caseId: 'a' }, { caseId: 'b' }] });
    const d = decideMatch(doc, both, options(different));
    expect(d).toMatchObject({ kind: 'possible', candidates: [{ caseId: 'a' }], excluded: [{ caseId: 'b', preferredCaseId: 'a', ...STAMP }] });
  });

  it('keeps both of a pair the document resembles equally, and says only one of them can fit', () => {
    const d = decideMatch({ fileNumbers: [], court: null, household: household(['Müller'], HAUPT) }, [candidate('a', JUERGEN), candidate('b', JOERG)], options(different));
    expect(d.kind).toBe('possible');
    if (d.kind !== 'possible') return;
    expect(d.candidates.map((c) => c.caseId).sort()).toEqual(['a', 'b']);
    expect(d.candidates[0]!.explanation).toContain('höchstens einer der beiden passt');
  });

  it('joins by the facts of a case a worker joined into the candidate, and names it', () => {
    const d = decideMatch({ fileNumbers: [], court: null, household: HELGA }, [candidate('a', JUERGEN, [{ caseId: 'c', household: HELGA, ...STAMP }])], options());
    expect(d).toMatchObject({ kind: 'join', caseId: 'a', rule: 'household', remembered: { viaCaseId: 'c', ...STAMP } });
    if (d.kind === 'join') expect(d.explanation).toContain('wie Fall c, der am 18.03.2025 von mfischer als derselbe Haushalt mit diesem Fall zusammengeführt wurde');
  });
});
