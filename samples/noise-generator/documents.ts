// The document kinds the pages are drawn from.
import { courtNotice, hearingSummons, judgment } from './docs-court.js';
import { bailiffNotice, forwardingLetter, landlordLetter } from './docs-letters.js';
import { type Page } from './page.js';
import { type Rng } from './prng.js';

export const DOC_KINDS = {
  'court-notice': courtNotice,
  'hearing-summons': hearingSummons,
  'bailiff-notice': bailiffNotice,
  'landlord-letter': landlordLetter,
  'forwarding-letter': forwardingLetter,
  judgment,
} as const satisfies Record<string, (rng: Rng) => Page>;

export type DocKind = keyof typeof DOC_KINDS;
export const DOC_KIND_LIST = Object.keys(DOC_KINDS) as DocKind[];
