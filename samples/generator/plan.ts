/** Plans the corpus: which document gets which type, layout, split, profile and content. */
import { DOCUMENT_TYPES, type DocumentType } from '../../src/core/extraction.schema.js';
import { addDays, nextWorkday } from './german-format.js';
import { makeCaseFile, type CaseFile, type Split } from './case-file.js';
import type { NameSet } from './pools.js';
import { PageBuilder, type Theme } from './page-builder.js';
import { pageText, type PageModel } from './page-model.js';
import { Rng, hashSeed } from './prng.js';
import { courtNotice } from './layouts/court-notice.layout.js';
import { coverLetter } from './layouts/cover-letter.layout.js';
import { evictionNotice } from './layouts/eviction-notice.layout.js';
import { hearingSummons } from './layouts/hearing-summons.layout.js';
import { judgment } from './layouts/judgment.layout.js';
import { LAYOUTS, type LayoutContext, type LayoutId } from './layouts/layout.types.js';
import { otherDocument } from './layouts/other.layout.js';
import type { Profile, TruthFields } from './truth.schema.js';
import { truthFields } from './truth.js';

export const DEFAULT_SEED = 20250422;

/** How many documents of each type a corpus of 100 has (scaled for other sizes). */
const TYPE_SHARE: Record<DocumentType, number> = { court_notice: 32, hearing_summons: 17, eviction_notice: 17, judgment: 17, other: 17 };

const THEMES: Theme[] = [
  { body: 'sans', bold: 'sans-bold', size: 10, left: 25, width: 165, leading: 1.35, tab: 58 },
  { body: 'serif', bold: 'serif-bold', size: 11, left: 24, width: 166, leading: 1.3, tab: 62 },
  { body: 'mono', bold: 'mono-bold', size: 9.5, left: 22, width: 170, leading: 1.4, tab: 64 },
  { body: 'sans-cond', bold: 'sans-cond-bold', size: 10.5, left: 25, width: 165, leading: 1.3, tab: 55 },
  { body: 'serif-cond', bold: 'serif-cond-bold', size: 11.5, left: 25, width: 163, leading: 1.3, tab: 58 },
  { body: 'sans', bold: 'sans-bold', size: 11.5, left: 20, width: 172, leading: 1.3, tab: 66 },
  { body: 'serif', bold: 'serif-bold', size: 9.5, left: 25, width: 165, leading: 1.45, tab: 56 },
];

const SINGLE_PROFILES: Profile[] = ['text-pdf', 'gray-300', 'fax-200', 'skew', 'upside-down', 'photo', 'gray-300', 'fax-200', 'photo', 'skew', 'text-pdf', 'upside-down'];
const MULTI_PROFILES: Profile[] = ['multi-pdf', 'multi-tiff', 'text-pdf', 'multi-pdf', 'multi-tiff', 'skew', 'text-pdf', 'upside-down'];

export interface PlannedDoc {
  id: string;
  type: DocumentType;
  layout: LayoutId;
  split: Split;
  profile: Profile;
  coverLetter: boolean;
  caseFile: CaseFile;
  pages: PageModel[];
  pageTexts: string[];
  fields: TruthFields;
  /** Seed for the scan degradation of this document. */
  renderSeed: number;
}

function render(type: DocumentType, ctx: LayoutContext): void {
  switch (type) {
    case 'court_notice':
      return courtNotice(ctx);
    case 'hearing_summons':
      return hearingSummons(ctx);
    case 'eviction_notice':
      return evictionNotice(ctx);
    case 'judgment':
      return judgment(ctx);
    case 'other':
      return otherDocument(ctx);
  }
}

const COVER_WHAT: Partial<Record<DocumentType, string>> = {
  court_notice: 'Mitteilung über den Eingang einer Räumungsklage',
  hearing_summons: 'Terminsmitteilung',
  eviction_notice: 'Mitteilung über einen Räumungstermin',
};

export function planCorpus(count = 100, seed = DEFAULT_SEED, names: NameSet = 'common'): PlannedDoc[] {
  const types: DocumentType[] = [];
  const total = Object.values(TYPE_SHARE).reduce((a, b) => a + b, 0);
  for (const t of DOCUMENT_TYPES) for (let i = 0; i < Math.max(3, Math.round((TYPE_SHARE[t] * count) / total)); i++) types.push(t);
  // Interleave types so that any prefix of the corpus has a mix.
  const order = types.map((t, i) => ({ t, k: hashSeed(`${seed}:${i}`) })).sort((a, b) => a.k - b.k).map((x) => x.t);
  const perType = new Map<DocumentType, number>();
  let single = 0;
  let multi = 0;
  return order.map((type, index) => {
    const n = perType.get(type) ?? 0;
    perType.set(type, n + 1);
    const id = `doc-${String(index + 1).padStart(3, '0')}`;
    const rng = new Rng(hashSeed(`${seed}:${id}`));
    const layout = LAYOUTS[n % 3] as LayoutId;
    const split: Split = n % 4 === 3 ? 'heldout' : 'tune';
    const tenantCount = rng.chance(0.35) ? 2 : 1;
    const caseFile = makeCaseFile(rng.fork('case'), split, tenantCount, names);
    if (type === 'eviction_notice') {
      // A bailiff writes weeks after the judgment and sets the eviction at least three weeks ahead.
      caseFile.letterDate = nextWorkday(addDays(caseFile.judgmentDate, rng.int(30, 90)));
      caseFile.eviction.date = nextWorkday(addDays(caseFile.letterDate, rng.int(21, 50)));
    }
    if (type === 'hearing_summons' && !caseFile.hearing) caseFile.hearing = { date: caseFile.judgmentDate, time: '10:30', room: 'Saal 1.12' };
    const coverLetterOn = COVER_WHAT[type] !== undefined && Math.floor(n / 3) % 3 === 1;
    const theme = rng.pick(THEMES);
    const builder = new PageBuilder(theme);
    const ctx: LayoutContext = { c: caseFile, b: builder, rng: rng.fork('layout'), layout };
    if (coverLetterOn) {
      coverLetter(ctx, COVER_WHAT[type] as string);
      builder.newPage();
    }
    render(type, ctx);
    const pages = builder.pages.filter((p) => p.items.length > 0);
    const profile = pages.length === 1 ? (SINGLE_PROFILES[single++ % SINGLE_PROFILES.length] as Profile) : (MULTI_PROFILES[multi++ % MULTI_PROFILES.length] as Profile);
    return {
      id, type, layout, split, profile, coverLetter: coverLetterOn, caseFile, pages,
      pageTexts: pages.map(pageText), fields: truthFields(caseFile, type, layout), renderSeed: hashSeed(`${seed}:${id}:scan`),
    };
  });
}
