import { describe, expect, it } from 'vitest';
import { mergeFields, type CurrentField } from '../../../src/core/cases/merge-fields.js';
import { emptyFields, type Fields } from '../../../src/core/extraction.schema.js';

const reading = <T>(value: T, confidence = 0.95) => ({ value, confidence, page: 1, bbox: null });

function fields(patch: Partial<Fields>): Fields {
  return { ...emptyFields(), ...patch };
}

describe('merging a new document into a case', () => {
  it('fills fields the case did not have', () => {
    const result = mergeFields(new Map(), fields({ hearing: reading({ date: '2025-04-22', time: '10:30', room: null }) }), 'hearing_summons');
    expect(result.updates).toMatchObject([{ name: 'hearing', why: 'new' }]);
  });

  it('never overwrites a worker’s correction with a machine reading', () => {
    const current = new Map<string, CurrentField>([['tenants', { value: [{ name: 'Ewa Kowalczyk', birthDate: null }], confidence: 1, source: 'worker' }]]);
    const result = mergeFields(current, fields({ tenants: reading([{ name: 'Ewa Kowa1czyk', birthDate: null }], 0.99) }), 'court_notice');
    expect(result.updates).toEqual([]);
    expect(result.kept).toEqual([{ name: 'tenants', why: 'worker-correction' }]);
  });

  it('lets a later document move the hearing date', () => {
    const current = new Map<string, CurrentField>([['hearing', { value: { date: '2025-04-22', time: '10:30', room: null }, confidence: 0.97, source: 'machine' }]]);
    const result = mergeFields(current, fields({ hearing: reading({ date: '2025-05-06', time: '09:00', room: 'Saal 2' }, 0.8) }), 'hearing_summons');
    expect(result.updates).toMatchObject([{ name: 'hearing', why: 'newer-document', value: { date: '2025-05-06' } }]);
  });

  it('keeps the more confident reading of a field that does not change over time', () => {
    const current = new Map<string, CurrentField>([['monthlyRent', { value: 68500, confidence: 0.95, source: 'machine' }]]);
    const lower = mergeFields(current, fields({ monthlyRent: reading(66500, 0.7) }), 'court_notice');
    expect(lower.updates).toEqual([]);
    expect(lower.kept).toEqual([{ name: 'monthlyRent', why: 'lower-confidence' }]);
    const higher = mergeFields(current, fields({ monthlyRent: reading(66500, 0.99) }), 'court_notice');
    expect(higher.updates).toMatchObject([{ name: 'monthlyRent', why: 'higher-confidence', value: 66500 }]);
  });

  it('keeps a mention of an ordinary termination once any document made it', () => {
    const current = new Map<string, CurrentField>([['ordinaryTermination', { value: true, confidence: 0.9, source: 'machine' }]]);
    expect(mergeFields(current, fields({ ordinaryTermination: reading(false, 0.99) }), 'court_notice').updates).toEqual([]);
  });
});
