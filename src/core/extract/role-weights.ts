import type { DocumentType } from '../extraction.schema.js';

/**
 * The role scorer's numbers, in one place. Hand-set, then checked by source with `npm run eval -- --by-source`
 * (see scripts/eval.ts). How a link's strength comes about is links.ts; these say how much a link must be worth,
 * how each document type makes a field more or less likely, and how a role's strength becomes a confidence.
 */
export const ROLE_WEIGHTS = {
  /** A value is taken for a field only with a link at least this strong. */
  minLink: 0.3,
  /** A value whose best cue is not ahead of the next by this much is shown for review. */
  clearMargin: 0.12,
  /** Confidence factor for a value whose role was close to another's. */
  closeCall: 0.9,
  /** Confidence factor when another value for the same field came close with a different value. */
  rivalValue: 0.88,
  /**
   * The highest confidence of a value shown for review: values at 0.9 and above are taken without a check, so a
   * value with a known doubt (a part that may be missing, a letter the model cannot write) is held just below.
   */
  unsure: 0.89,
  /** Added to an arrears label's strength when the label calls its amount a sum ("Rückstand gesamt"): the sum wins a tie with its parts. */
  totalBonus: 0.05,
  /** Party roles: a label before the block, a marker after it, a word inside a sentence, a letter's window. */
  section: { label: 0.97, marker: 0.95, inline: 0.88, window: 0.86, fallback: 0.6 },
} as const;

/** How likely each type carries a field; below 1 a value must be linked more strongly to be taken. */
export const FIELD_PRIOR: Record<DocumentType, Partial<Record<string, number>>> = {
  court_notice: { evictionDate: 0.3, judgmentDate: 0.3, vacateDeadline: 0.3 },
  hearing_summons: { evictionDate: 0.3, judgmentDate: 0.3, vacateDeadline: 0.3, monthlyRent: 0.6, arrears: 0.6 },
  eviction_notice: { hearing: 0.25, claimReceived: 0.4, claimServed: 0.4, vacateDeadline: 0.6, monthlyRent: 0.6 },
  // A judgment names the hearing it was given on ("auf die mündliche Verhandlung vom …"): a past one, never the field.
  judgment: { hearing: 0, evictionDate: 0.3, claimReceived: 0.5, claimServed: 0.6, monthlyRent: 0.6 },
  // A letter says much arrives ("Ihr Antrag ist am … eingegangen"); only a strong label makes it the claim's receipt.
  other: { hearing: 0.6, evictionDate: 0.6, judgmentDate: 0.5, vacateDeadline: 0.6, claimReceived: 0.45, claimServed: 0.45 },
};

/**
 * A value's confidence from how strongly its role is supported (0–1): a label right before it gives ~0.97, a
 * label some words away or after it less. Then times the OCR's confidence in the words (1 on a text layer).
 */
export function roleConfidence(strength: number): number {
  return 0.6 + 0.38 * Math.min(1, strength);
}
