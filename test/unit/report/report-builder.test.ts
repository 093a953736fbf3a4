import { describe, expect, it } from 'vitest';
import { ALL_TOWNS, buildReport, median, monthsBetween, OTHER_TOWNS, OUTCOME_KEYS, type CaseFact, type NoticeFact, type ReportRow } from '../../../src/core/report/index.js';

const fact = (over: Partial<CaseFact>): CaseFact => ({
  createdAt: '2025-01-10T09:00:00.000Z',
  town: 'Wiehl',
  status: 'new',
  outcome: null,
  firstNoticeAt: '2025-01-10T09:00:00.000Z',
  hadHearing: false,
  firstLetterAt: null,
  firstPersonalContactAt: null,
  ...over,
});

/** A pseudo-random but fixed population: towns of very different sizes, all outcomes. */
function population(): { cases: CaseFact[]; notices: NoticeFact[] } {
  const towns = ['Wiehl', 'Gummersbach', 'Lindlar', 'Morsbach', 'Nümbrecht', null];
  const outcomes: [string, string | null][] = [['closed', 'flat_kept'], ['closed', 'flat_lost'], ['closed', 'moved'], ['closed', 'not_reached'], ['closed', 'unknown'], ['new', null], ['contacted', null]];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const cases: CaseFact[] = [];
  const notices: NoticeFact[] = [];
  for (let i = 0; i < 140; i++) {
    const month = 1 + next(6);
    const day = 1 + next(27);
    const town = towns[Math.min(next(10), 5) === 5 ? 5 : next(10) < 5 ? 0 : next(5)]!;
    const created = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00.000Z`;
    const [status, outcome] = outcomes[next(outcomes.length)]!;
    cases.push(fact({ createdAt: created, firstNoticeAt: created, town, status, outcome, hadHearing: next(2) === 0, firstLetterAt: next(3) ? created : null }));
    notices.push({ receivedAt: created, town });
  }
  return { cases, notices };
}

const countsOf = (row: ReportRow) => [row.notices, row.newCases, row.withHearing, row.firstContactCases, row.personalContactCases, ...OUTCOME_KEYS.map((k) => row.outcomes[k])];

describe('report aggregation', () => {
  it('lists every month of the range, also across a year end', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 7])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('leaves cases merged into another case out: they are not households of their own', () => {
    const report = buildReport({ cases: [fact({}), fact({ status: 'closed', outcome: 'merged' })], notices: [] }, { from: '2025-01', to: '2025-01', minCount: 1 });
    expect(report.rows[0]!.newCases).toBe(1);
  });

  it('never shows a count between 1 and k-1, nor a median over fewer than k cases', () => {
    const report = buildReport(population(), { from: '2025-01', to: '2025-06', minCount: 3 });
    for (const row of report.rows) {
      for (const value of countsOf(row)) expect(value === null || value === 0 || value >= 3).toBe(true);
    }
    const lone = buildReport({ cases: [fact({ firstLetterAt: '2025-01-12T00:00:00Z' }), fact({ firstLetterAt: '2025-01-20T00:00:00Z' }), fact({})], notices: [] }, { from: '2025-01', to: '2025-01', minCount: 3 });
    expect(lone.rows[0]).toMatchObject({ newCases: 3, firstContactCases: null, medianDaysToFirstContact: null });
  });

  it('leaves no suppressed count that could be recomputed from a row sum or from the town rows', () => {
    for (const k of [2, 3, 5]) {
      const report = buildReport(population(), { from: '2025-01', to: '2025-06', minCount: k });
      for (const row of report.rows) {
        if (row.newCases === null) continue;
        const hidden = OUTCOME_KEYS.filter((o) => row.outcomes[o] === null);
        expect(hidden.length === 1, `${row.month} ${row.town} k=${k}`).toBe(false);
      }
      for (const month of monthsBetween('2025-01', '2025-06')) {
        const rows = report.rows.filter((r) => r.month === month);
        const total = rows.find((r) => r.town === ALL_TOWNS)!;
        const parts = rows.filter((r) => r !== total);
        if (parts.length === 0) continue;
        countsOf(total).forEach((value, i) => {
          if (value === null) return;
          expect(parts.filter((p) => countsOf(p)[i] === null).length === 1, `${month} column ${i} k=${k}`).toBe(false);
        });
      }
    }
  });

  it('names a town only when it has at least k new cases that month; the rest are "Übrige Orte"', () => {
    const cases = [...Array(3)].map(() => fact({ town: 'Wiehl' })).concat([fact({ town: 'Lindlar' }), fact({ town: 'Morsbach' }), fact({ town: null })]);
    const report = buildReport({ cases, notices: [] }, { from: '2025-01', to: '2025-01', minCount: 3 });
    expect(report.rows.map((r) => r.town)).toEqual([ALL_TOWNS, 'Wiehl', OTHER_TOWNS]);
    expect(report.rows.find((r) => r.town === OTHER_TOWNS)!.newCases).toBe(3);
    expect(JSON.stringify(report)).not.toMatch(/Lindlar|Morsbach/);
  });

  it('counts outcomes by the month the case was opened, open cases as open', () => {
    const report = buildReport(
      { cases: [fact({ status: 'closed', outcome: 'flat_kept' }), fact({ status: 'contacted' }), fact({ status: 'closed', outcome: 'not_reached', createdAt: '2025-02-01T00:00:00Z' })], notices: [] },
      { from: '2025-01', to: '2025-02', minCount: 1 },
    );
    expect(report.rows.filter((r) => r.town === ALL_TOWNS).map((r) => r.outcomes)).toEqual([
      { flatKept: 1, flatLost: 0, moved: 0, notReached: 0, unknown: 0, open: 1 },
      { flatKept: 0, flatLost: 0, moved: 0, notReached: 1, unknown: 0, open: 0 },
    ]);
  });
});
