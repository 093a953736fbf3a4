/** Why a case needs a person's look. Field names and codes only: the UI shows the German labels. */
export type ReviewReason =
  | { code: 'missing-field'; field: string }
  | { code: 'low-confidence'; field: string }
  | { code: 'possible-match' }
  | { code: 'letter-blocked' };

/** Fields below this confidence count as unconfirmed (calibrated in `npm run eval`). */
export const REVIEW_CONFIDENCE = 0.9;
const REQUIRED = ['tenants', 'address'] as const;

export function reviewReasons(input: {
  fields: ReadonlyMap<string, { confidence: number; source: 'machine' | 'worker' }>;
  openPossibleMatches: number;
  letterBlocked: boolean;
}): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  for (const field of REQUIRED) if (!input.fields.has(field)) reasons.push({ code: 'missing-field', field });
  for (const [field, value] of input.fields) {
    if (value.source === 'machine' && value.confidence < REVIEW_CONFIDENCE) reasons.push({ code: 'low-confidence', field });
  }
  if (input.openPossibleMatches > 0) reasons.push({ code: 'possible-match' });
  if (input.letterBlocked) reasons.push({ code: 'letter-blocked' });
  return reasons;
}
