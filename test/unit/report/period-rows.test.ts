import { describe, expect, it } from 'vitest';
import { ALL_TOWNS, buildPeriodRows, OTHER_TOWNS, type CaseFact } from '../../../src/core/report/index.js';

const fact = (createdAt: string, town: string, outcome: string | null = null): CaseFact => ({
  createdAt,
  town,
  status: outcome ? 'closed' : 'new',
  outcome,
  firstNoticeAt: createdAt,
  hadHearing: false,
  firstLetterAt: null,
  firstPersonalContactAt: null,
});

describe('the whole period as one line per town (statistics page)', () => {
  const cases = [
    ...['01', '02', '03', '04'].map((m) => fact(`2025-${m}-05T09:00:00.000Z`, 'Wiehl', 'flat_kept')),
    fact('2025-01-07T09:00:00.000Z', 'Lindlar', 'flat_lost'),
    fact('2025-02-07T09:00:00.000Z', 'Lindlar'),
    fact('2025-03-07T09:00:00.000Z', 'Morsbach'),
    fact('2024-12-07T09:00:00.000Z', 'Wiehl'),
  ];
  const notices = cases.map((c) => ({ receivedAt: c.createdAt, town: c.town }));
  const rows = buildPeriodRows({ cases, notices }, { from: '2025-01', to: '2025-06', minCount: 3 });

  it('counts a town over the period even where no single month reaches the smallest count', () => {
    expect(rows.map((r) => r.town)).toEqual([ALL_TOWNS, 'Wiehl', OTHER_TOWNS]);
    expect(rows.find((r) => r.town === 'Wiehl')).toMatchObject({ month: '2025-01 – 2025-06', newCases: 4, outcomes: { flatKept: 4 } });
    expect(rows[0]!.newCases).toBe(7);
  });

  it('suppresses small counts as the monthly report does, and leaves out what falls outside the period', () => {
    const others = rows.find((r) => r.town === OTHER_TOWNS)!;
    expect(others.newCases).toBe(3);
    expect(others.outcomes).toMatchObject({ flatLost: null, open: null, flatKept: 0 });
    expect(rows[0]!.notices).toBe(7);
  });
});
