import { describe, expect, it } from 'vitest';
import { computeDeadlines, graceEnd, urgency, type DeadlineFacts } from '../../../src/core/deadlines/index.js';

describe('graceEnd (§§ 187 Abs. 1, 188 Abs. 2/3 BGB)', () => {
  it.each([
    ['2025-02-14', '2025-04-14'],
    ['2024-12-31', '2025-02-28'],
    ['2023-12-31', '2024-02-29'],
    ['2024-12-30', '2025-02-28'],
    ['2023-12-30', '2024-02-29'],
    ['2023-12-29', '2024-02-29'],
    ['2024-12-29', '2025-02-28'],
    ['2025-08-31', '2025-10-31'],
    ['2025-07-31', '2025-09-30'],
    ['2025-11-15', '2026-01-15'],
    ['2025-04-30', '2025-06-30'],
  ])('served %s ends %s', (served, end) => {
    expect(graceEnd(served)).toBe(end);
  });

  it('does not move an end on a weekend (no § 193 shift)', () => {
    expect(graceEnd('2025-02-05')).toBe('2025-04-05'); // a Saturday
    expect(graceEnd('2025-02-06')).toBe('2025-04-06'); // a Sunday
  });

  it('rejects impossible dates', () => {
    expect(() => graceEnd('2025-02-30')).toThrow(RangeError);
    expect(() => graceEnd('14.02.2025')).toThrow(RangeError);
  });
});

const NONE: DeadlineFacts = { hearing: null, claimServed: null, claimReceived: null, evictionDate: null, vacateDeadline: null };
const OPTIONS = { today: '2025-05-01', serviceEstimateDays: 14 };

describe('computeDeadlines', () => {
  it('has nothing to say without facts', () => {
    expect(computeDeadlines(NONE, OPTIONS)).toEqual([]);
  });

  it('computes the grace period from service when service is known', () => {
    const [d] = computeDeadlines({ ...NONE, claimServed: '2025-02-14', claimReceived: '2025-01-20' }, OPTIONS);
    expect(d).toMatchObject({ kind: 'grace_period_end', date: '2025-04-14', estimated: false });
  });

  it('estimates the grace period from receipt plus the configured service delay and says so', () => {
    const [d] = computeDeadlines({ ...NONE, claimReceived: '2025-01-31' }, OPTIONS);
    expect(d).toMatchObject({ kind: 'grace_period_end', date: '2025-04-14', estimated: true });
    expect(d!.label).toContain('geschätzt');
    const [later] = computeDeadlines({ ...NONE, claimReceived: '2025-01-31' }, { ...OPTIONS, serviceEstimateDays: 21 });
    expect(later!.date).toBe('2025-04-21');
  });

  it('derives the § 765a deadline two weeks before the eviction date', () => {
    const ds = computeDeadlines({ ...NONE, evictionDate: { date: '2025-06-03', time: '09:00' } }, OPTIONS);
    expect(ds.map((d) => [d.kind, d.date, d.time])).toEqual([
      ['enforcement_protection', '2025-05-20', null],
      ['eviction', '2025-06-03', '09:00'],
    ]);
  });

  it('derives the extension deadline two weeks before the Räumungsfrist ends', () => {
    const ds = computeDeadlines({ ...NONE, vacateDeadline: '2025-03-10' }, OPTIONS);
    expect(ds.map((d) => [d.kind, d.date])).toEqual([['vacate_extension', '2025-02-24'], ['vacate_deadline', '2025-03-10']]);
  });

  it('lists all deadlines sorted by date with German labels', () => {
    const ds = computeDeadlines({
      hearing: { date: '2025-04-22', time: '10:30' }, claimServed: '2025-02-14', claimReceived: null,
      evictionDate: { date: '2025-09-30', time: null }, vacateDeadline: '2025-08-31',
    }, OPTIONS);
    expect(ds.map((d) => d.kind)).toEqual(['grace_period_end', 'hearing', 'vacate_extension', 'vacate_deadline', 'enforcement_protection', 'eviction']);
    expect(ds.find((d) => d.kind === 'hearing')!.label).toBe('Termin zur mündlichen Verhandlung');
    expect(ds.every((d) => d.estimated === false)).toBe(true);
  });
});

describe('urgency', () => {
  const ds = computeDeadlines({
    ...NONE, hearing: { date: '2025-04-22', time: '10:30' }, claimServed: '2025-02-14', evictionDate: { date: '2025-06-03', time: null },
  }, OPTIONS);

  it('is the nearest deadline not yet past', () => {
    expect(urgency(ds, '2025-04-15')).toEqual({ date: '2025-04-22', kind: 'hearing', daysLeft: 7 });
  });

  it('counts a deadline today as open with zero days left', () => {
    expect(urgency(ds, '2025-04-14')).toEqual({ date: '2025-04-14', kind: 'grace_period_end', daysLeft: 0 });
  });

  it('moves on to the § 765a deadline after the hearing has passed', () => {
    expect(urgency(ds, '2025-04-23')).toEqual({ date: '2025-05-20', kind: 'enforcement_protection', daysLeft: 27 });
  });

  it('is null when every deadline has passed or there are none', () => {
    expect(urgency(ds, '2025-06-04')).toBeNull();
    expect(urgency([], '2025-06-04')).toBeNull();
  });

  it('counts days across a year end', () => {
    const [d] = computeDeadlines({ ...NONE, hearing: { date: '2026-01-05', time: null } }, OPTIONS);
    expect(urgency([d!], '2025-12-30')!.daysLeft).toBe(6);
  });
});
