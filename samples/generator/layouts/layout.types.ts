import type { CaseFile } from '../case-file.js';
import type { PageBuilder } from '../page-builder.js';
import type { Rng } from '../prng.js';

export const LAYOUTS = ['labelled', 'prose', 'table'] as const;
export type LayoutId = (typeof LAYOUTS)[number];

export interface LayoutContext {
  c: CaseFile;
  b: PageBuilder;
  rng: Rng;
  layout: LayoutId;
}

/** Picks one wording; `rng` is per document so courts differ in phrasing. */
export function say(rng: Rng, ...variants: string[]): string {
  return rng.pick(variants);
}
