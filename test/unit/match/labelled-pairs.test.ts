import { describe, expect, it } from 'vitest';
import { decideMatch, DEFAULT_MATCH_OPTIONS, type MatchDecision } from '../../../src/core/match/decide.js';
import { scoreHousehold } from '../../../src/core/match/household.js';
import { LABELLED_PAIRS } from './labelled-pairs.js';

function decide(pair: (typeof LABELLED_PAIRS)[number]): MatchDecision {
  return decideMatch(
    { fileNumbers: [], court: null, household: pair.a },
    [{ caseId: 'c1', fileNumbers: [], household: pair.b, createdAt: '2025-01-01', closedAt: null }],
    DEFAULT_MATCH_OPTIONS,
  );
}

const results = LABELLED_PAIRS.map((pair) => ({ pair, decision: decide(pair), score: scoreHousehold(pair.a, pair.b) }));

describe('labelled household pairs at the default thresholds', () => {
  it('has at least 40 labelled pairs', () => {
    expect(LABELLED_PAIRS.length).toBeGreaterThanOrEqual(40);
  });

  it('joins only pairs of one household (precision 1.0) and finds at least 95 % of them (recall)', () => {
    const joined = results.filter((r) => r.decision.kind === 'join');
    const truePositives = joined.filter((r) => r.pair.truth === 'same').length;
    const sameCount = results.filter((r) => r.pair.truth === 'same').length;
    const precision = joined.length === 0 ? 1 : truePositives / joined.length;
    const recall = truePositives / sameCount;
    const table = results.map((r) => `${r.pair.truth.padEnd(9)} ${r.decision.kind.padEnd(8)} ${r.score.score.toFixed(3)}  ${r.pair.label}  [${r.score.nameLevel} | ${r.score.addressLevel}]`);
    process.stdout.write(`\n${table.join('\n')}\njoin ≥ ${DEFAULT_MATCH_OPTIONS.joinThreshold}, review ≥ ${DEFAULT_MATCH_OPTIONS.reviewThreshold}: ` +
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives}/${sameCount})\n`);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(LABELLED_PAIRS.filter((p) => p.truth === 'different').map((p) => [p.label, p] as const))('never joins: %s', (_label, pair) => {
    expect(decide(pair).kind).not.toBe('join');
  });

  it.each(LABELLED_PAIRS.filter((p) => p.truth === 'unclear').map((p) => [p.label, p] as const))('asks a worker: %s', (_label, pair) => {
    expect(decide(pair).kind).toBe('possible');
  });

  it('keeps neighbours in the same building out of review altogether', () => {
    const neighbours = results.filter((r) => r.pair.truth === 'different' && r.score.addressLevel === 'same-house');
    expect(neighbours.length).toBeGreaterThan(0);
    for (const r of neighbours) expect(r.decision.kind).toBe('new');
  });
});
