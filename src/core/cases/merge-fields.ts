import type { DocumentType, FieldName, Fields } from '../extraction.schema.js';

/** The fields that live on a case; fileNumber/relatedFileNumbers go to the case's file-number list instead. */
export const CASE_FIELD_NAMES = [
  'court',
  'tenants',
  'address',
  'landlord',
  'claimReceived',
  'claimServed',
  'monthlyRent',
  'arrears',
  'hearing',
  'evictionDate',
  'judgmentKind',
  'judgmentDate',
  'vacateDeadline',
  'ordinaryTermination',
] as const satisfies readonly FieldName[];
export type CaseFieldName = (typeof CASE_FIELD_NAMES)[number];

/** Fields that a later document legitimately changes (a hearing moved, an eviction date set). */
const TIME_BOUND: ReadonlySet<CaseFieldName> = new Set(['hearing', 'evictionDate', 'vacateDeadline', 'judgmentKind', 'judgmentDate']);

/** Below this confidence a later document does not replace a time-bound value it disagrees with. */
export const UPDATE_MIN_CONFIDENCE = 0.6;

export interface CurrentField {
  value: unknown;
  confidence: number;
  source: 'machine' | 'worker';
}

export interface FieldUpdate {
  name: CaseFieldName;
  value: unknown;
  confidence: number;
  page: number;
  bbox: readonly number[] | null;
  why: 'new' | 'newer-document' | 'higher-confidence' | 'confirmed';
}

export interface MergeResult {
  updates: FieldUpdate[];
  /** Machine readings not taken, with the reason (for the case history). */
  kept: { name: CaseFieldName; why: 'worker-correction' | 'lower-confidence' }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Decides which readings of a new document change the case. A worker's correction is never
 * overwritten; a later document's hearing or eviction date replaces an older one; otherwise
 * the more confident reading wins. Pure: the caller writes the updates with provenance.
 */
export function mergeFields(
  current: ReadonlyMap<string, CurrentField>,
  incoming: Fields,
  _documentType: DocumentType,
): MergeResult {
  const updates: FieldUpdate[] = [];
  const kept: MergeResult['kept'] = [];
  for (const name of CASE_FIELD_NAMES) {
    const reading = incoming[name];
    if (!reading) continue;
    const existing = current.get(name);
    const update = { name, value: reading.value, confidence: reading.confidence, page: reading.page, bbox: reading.bbox };
    if (!existing) {
      updates.push({ ...update, why: 'new' });
    } else if (existing.source === 'worker') {
      if (!same(existing.value, reading.value)) kept.push({ name, why: 'worker-correction' });
    } else if (same(existing.value, reading.value)) {
      if (reading.confidence > existing.confidence) updates.push({ ...update, why: 'confirmed' });
    } else if (name === 'ordinaryTermination') {
      // Once any document mentions an ordinary termination in the alternative, workers must see it.
      if (reading.value === true) updates.push({ ...update, why: 'newer-document' });
    } else if (TIME_BOUND.has(name) && reading.confidence >= UPDATE_MIN_CONFIDENCE) {
      updates.push({ ...update, why: 'newer-document' });
    } else if (reading.confidence > existing.confidence) {
      updates.push({ ...update, why: 'higher-confidence' });
    } else {
      kept.push({ name, why: 'lower-confidence' });
    }
  }
  return { updates, kept };
}
