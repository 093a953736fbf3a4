/**
 * The layout memory: what workers' corrections teach about where a sender's form puts each field, used on the
 * next document with the same sender key (sender-key.ts). Pure: the store keeps the rows, the pipeline passes
 * them in.
 *
 * A memory holds *features, never the value*: the candidate type of the part, its page and box (page units), and
 * the label words next to it as vocabulary stems with the offset from each (label-words.ts). Applied, the labels
 * are found again (fuzzily), else the page position is used; the words there are read by the typed parser of the
 * part (place-reading.ts), and that reading becomes a strong vote for the field.
 *
 * Confidence is calibrated from the memory's record, a Beta-smoothed hit rate (hits+1)/(hits+misses+2): each
 * time the truth of a field is known (a worker corrects or confirms it) the memory is read on that document and
 * counts a hit when it read the true value, a miss when it read another. It stays below 0.9 while it has any
 * miss, and reaches 0.9 only after eight hits. Where the extractor read another value or none, the memory's
 * reading is taken only when the memory is reliable: taught and read right again since, never contradicted (or right
 * nine times in ten and more) — a memory taught once is first checked on the next document (a hit or a miss when
 * the worker gives the truth there), so one misplaced click cannot fill the next notices.
 */
import { z } from 'zod';
import { fieldValueSchemas, type Fields } from '../extraction.schema.js';
import { fuzzyKey } from '../extract/fuzzy.js';
import { isGivenName } from '../extract/parties.js';
import type { Gazetteer } from '../gazetteer.js';
import type { BBox, Page } from '../page.js';
import { partType, partValues, withParts, type CandidateType, type LearnedField } from './field-parts.js';
import { labelsNear, placesFromLabels, type LabelAnchor } from './label-words.js';
import { boxOf, candidatesOf, lineAt, linesOf, readAt, textOf, wordsAt } from './place-reading.js';

/** Where a part of a field stands on a sender's form: everything the memory keeps of it (no value). */
export interface PlaceFeatures {
  type: CandidateType;
  /** The page within the document, 0-based (the first page of a document found in a batch is 0). */
  pageIndex: number;
  box: BBox;
  labels: LabelAnchor[];
  /**
   * A part that follows another part of its field on the same line (the house number after the street, the time
   * after the date) is read from where that one starts: `after` names it, `nth` says which value of its kind in
   * that run it is. Its own box then only says which line.
   */
  after?: string;
  nth?: number;
}

const CANDIDATE_TYPES = ['date', 'time', 'money', 'fileNumber', 'name', 'party', 'street', 'houseNumber', 'postalCode', 'city', 'court'] as const satisfies readonly CandidateType[];

/** The stored shape of PlaceFeatures: rows written by another version, or edited by hand, are checked on reading. */
export const placeFeaturesSchema = z.object({
  type: z.enum(CANDIDATE_TYPES),
  pageIndex: z.number().int().nonnegative(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  labels: z.array(z.object({ stem: z.string(), dx: z.number(), dy: z.number(), line: z.enum(['same', 'above', 'near']) })),
  after: z.string().optional(),
  nth: z.number().int().nonnegative().optional(),
});

/** One memory row as the store gives it. */
export interface MemoryRow {
  field: LearnedField;
  part: string;
  features: PlaceFeatures;
  /** Corrections that taught it, and how often it read the true value (hits) or another one (misses). */
  corrections: number;
  hits: number;
  misses: number;
}

/** Below this a memory with misses never reaches; without misses it takes eight hits to get there. */
const HIGH = 0.9;
/** Taught and then confirmed (so twice the evidence) without a miss, a memory may fill or outvote the extractor. */
const RELIABLE_EVIDENCE = 2;

/** The calibrated confidence of what a memory reads (see the header). */
export function memoryConfidence(row: Pick<MemoryRow, 'hits' | 'misses'>): number {
  const rate = (row.hits + 1) / (row.hits + row.misses + 2);
  return row.misses > 0 ? Math.min(rate, HIGH - 0.01) : rate;
}

/** Whether a memory's reading outvotes a different reading of the extractor. */
export function isReliable(row: Pick<MemoryRow, 'corrections' | 'hits' | 'misses'>): boolean {
  // Taught and found right again at the place it keeps now (hits count since the last teaching): a place taught
  // twice because it read nothing or another value was never seen right, whatever the number of corrections.
  if (row.misses === 0) return row.hits >= RELIABLE_EVIDENCE - 1;
  return (row.hits + 1) / (row.hits + row.misses + 2) >= HIGH;
}

/** A run of words this far right of a leading part holds the parts that follow it on its line. */
const FOLLOW_RUN = 0.5;

/**
 * A part as the memory read it. `anchored`: read where the memory's own label words, found again on this page, put
 * it — the only reading consistent enough with what was learned to fill a field or overrule the extractor. A
 * reading at the remembered box alone (no label found, or none there) may stand on a neighbouring line of a
 * layout that moved (one tenant more pushes the address down): it can only back a value the extractor read too.
 */
type Read = { value: string; page: number; bbox: BBox; anchored: boolean };

/** The places to read a part at: where its labels put it (anchored), then where it was. */
function placesOf(page: Page, features: PlaceFeatures): { box: BBox; anchored: boolean }[] {
  return [...placesFromLabels(page, features.box, features.labels).map((box) => ({ box, anchored: true })), { box: features.box, anchored: false }];
}

/**
 * The part as the memory reads it on a document: value, page number and box; null when nothing is there. A part
 * that follows another (`after`) is read in the run that starts at `lead`, the memory of that other part.
 */
export function readPart(pages: readonly Page[], features: PlaceFeatures, gazetteer: Gazetteer, lead?: PlaceFeatures): Read | null {
  const page = pages[features.pageIndex];
  if (!page) return null;
  if (features.after !== undefined) {
    if (!lead || lead.pageIndex !== features.pageIndex) return null;
    for (const place of placesOf(page, lead)) {
      const words = wordsAt(page, place.box, lead.type, FOLLOW_RUN);
      const value = words.length > 0 ? candidatesOf(features.type, textOf(words), gazetteer)[features.nth ?? 0] : undefined;
      if (value !== undefined) return { value, page: page.number, bbox: boxOf(words), anchored: place.anchored };
    }
    return null;
  }
  for (const place of placesOf(page, features)) {
    const read = readAt(page, place.box, features.type, gazetteer);
    if (read) return { value: read.value, page: page.number, bbox: boxOf(read.words), anchored: place.anchored };
  }
  return null;
}

/** A row read with the row it follows, if any, among the rows of its field. */
function readRow(pages: readonly Page[], row: MemoryRow, fieldRows: readonly MemoryRow[], gazetteer: Gazetteer): Read | null {
  const lead = row.features.after === undefined ? undefined : fieldRows.find((r) => r.part === row.features.after)?.features;
  return readPart(pages, row.features, gazetteer, lead);
}

/** Text values are found again by their folded key (an accent OCR dropped, a typed "ss" for "ß"). */
function sameLoosely(type: CandidateType, a: string, b: string): boolean {
  if (a === b) return true;
  return ['name', 'party', 'street', 'city', 'court'].includes(type) && fuzzyKey(a) === fuzzyKey(b) && fuzzyKey(a) !== '';
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const roundBox = (b: BBox): BBox => [round(b[0]), round(b[1]), round(b[2]), round(b[3])];

/**
 * What a memory keeps of the places where a worker says a field's parts stand: per part whose place reads back
 * its value. A part on the line of another part left of it follows that one (see PlaceFeatures). Parts whose
 * place does not give the value back are left out: the memory could not find them again either.
 */
export function teachField(
  pages: readonly Page[],
  field: LearnedField,
  places: Readonly<Record<string, { pageIndex: number; bbox: BBox }>>,
  truth: unknown,
  gazetteer: Gazetteer,
): Record<string, PlaceFeatures> {
  const values = partValues(field, truth);
  const parts = Object.keys(places).filter((part) => values[part] !== undefined && partType(field, part) !== null && pages[places[part]!.pageIndex]);
  const lineOf = (part: string) => lineAt(pages[places[part]!.pageIndex]!, places[part]!.bbox);
  const out: Record<string, PlaceFeatures> = {};
  for (const part of parts) {
    const at = places[part]!;
    const type = partType(field, part)!;
    const page = pages[at.pageIndex]!;
    const line = lineOf(part);
    const lead = parts
      .filter((other) => other !== part && places[other]!.pageIndex === at.pageIndex && line !== null && lineOf(other) === line && places[other]!.bbox[0] < at.bbox[0])
      .sort((a, b) => places[a]!.bbox[0] - places[b]!.bbox[0])[0];
    if (lead === undefined) {
      const read = readAt(page, at.bbox, type, gazetteer);
      if (read && sameLoosely(type, read.value, values[part]!)) out[part] = { type, pageIndex: at.pageIndex, box: roundBox(at.bbox), labels: labelsNear(page, at.bbox).map((l) => ({ ...l, dx: round(l.dx), dy: round(l.dy) })) };
      continue;
    }
    const leadType = partType(field, lead)!;
    const candidates = candidatesOf(type, textOf(wordsAt(page, places[lead]!.bbox, leadType, FOLLOW_RUN)), gazetteer);
    const nth = candidates.findIndex((c) => sameLoosely(type, c, values[part]!));
    if (nth >= 0) out[part] = { type, pageIndex: at.pageIndex, box: roundBox(at.bbox), labels: [], after: lead, nth };
  }
  // A follower whose lead could not be learned cannot be read either.
  for (const [part, features] of Object.entries(out)) if (features.after !== undefined && !out[features.after]) delete out[part];
  return out;
}

/** Whether rank a comes before rank b: the first place they differ decides. */
function ahead(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! > b[i]!;
}

/** A part of a field this close below or beside another part (page units) belongs with it. */
const WITH_PART = 0.05;

/**
 * Where a typed value stands on the document's pages (a correction typed by hand): every place whose reading gives
 * it — the one next to `near` first (an address's town beside its street, not the court's town in the letterhead),
 * then the one with most label words next to it; null when it is nowhere.
 */
export function locatePart(
  pages: readonly Page[],
  field: LearnedField,
  part: string,
  value: string,
  gazetteer: Gazetteer,
  near?: { pageIndex: number; bbox: BBox },
): { pageIndex: number; bbox: BBox } | null {
  const type = partType(field, part);
  if (!type) return null;
  const tokens = Math.max(1, value.split(/\s+/).length);
  const beside = (pageIndex: number, bbox: BBox) =>
    near !== undefined && near.pageIndex === pageIndex && bbox[1] >= near.bbox[1] - 0.005 && bbox[1] - near.bbox[1] <= WITH_PART ? 1 : 0;
  // A place that starts on a word of the value itself (the town, not the postal code before it) is the better one.
  const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const own = (text: string) => (plain(text) !== '' && plain(value).includes(plain(text)) ? 1 : 0);
  let best: { pageIndex: number; bbox: BBox; rank: [number, number, number] } | null = null;
  pages.forEach((page, pageIndex) => {
    for (const line of linesOf(page)) {
      for (const word of line) {
        const read = readAt(page, word.bbox, type, gazetteer);
        if (!read || !read.words.includes(word) || !sameLoosely(type, read.value, value)) continue;
        const bbox = boxOf(read.words.slice(read.words.indexOf(word), read.words.indexOf(word) + tokens));
        const rank: [number, number, number] = [beside(pageIndex, bbox), own(word.text), labelsNear(page, bbox).length];
        if (!best || ahead(rank, best.rank)) best = { pageIndex, bbox, rank };
      }
    }
  });
  const found = best as { pageIndex: number; bbox: BBox } | null;
  return found ? { pageIndex: found.pageIndex, bbox: found.bbox } : null;
}

/** A memory read on a document whose true value is known: 'hit', 'miss', or null when it read nothing there. */
export function scoreRow(pages: readonly Page[], row: MemoryRow, fieldRows: readonly MemoryRow[], truth: unknown, gazetteer: Gazetteer): 'hit' | 'miss' | null {
  const read = readRow(pages, row, fieldRows, gazetteer);
  if (!read) return null;
  return partValues(row.field, truth)[row.part] === read.value ? 'hit' : 'miss';
}

/** What the memory did to one field of a document. */
export interface LearnedUse {
  field: LearnedField;
  /** Corrections that taught the memories that gave or confirmed the value (the most of them). */
  learnedFrom: number;
  /** Parts the memory gave ('won' or filled in) or confirmed ('agreed'). */
  parts: { part: string; how: 'agreed' | 'filled' | 'won' }[];
}

/**
 * A further tenant the extractor did not see is taken only when it starts with a known given name: where a notice
 * has fewer tenants than the one the memory learned from, the next line's words (a street: "Kölner Weg" reads like a name) stand
 * at the remembered place.
 */
function plausibleAddition(field: LearnedField, part: string, baseParts: Record<string, string>, value: string): boolean {
  const index = /^name(\d)$/.exec(part)?.[1];
  if (field !== 'tenants' || index === undefined || index === '0' || baseParts[part] !== undefined) return true;
  return isGivenName(value);
}

/**
 * The extractor's fields with the layout memory applied (see the header). Returns the new fields and, per field
 * the memory gave or confirmed, how; fields without memory, or whose memory read nothing, are as they were.
 */
export function applyLayoutMemory(
  pages: readonly Page[],
  fields: Fields,
  rows: readonly MemoryRow[],
  gazetteer: Gazetteer,
): { fields: Fields; learned: LearnedUse[] } {
  const out: Fields = { ...fields };
  const learned: LearnedUse[] = [];
  const byField = new Map<LearnedField, MemoryRow[]>();
  for (const row of rows) byField.set(row.field, [...(byField.get(row.field) ?? []), row]);
  for (const [field, memories] of byField) {
    const current = fields[field];
    const base = current?.value ?? null;
    const baseParts = partValues(field, base);
    const taken: Record<string, string> = {};
    const used: { row: MemoryRow; how: 'agreed' | 'filled' | 'won'; page: number; bbox: BBox; confidence: number }[] = [];
    for (const row of memories) {
      const read = readRow(pages, row, memories, gazetteer);
      if (!read || !plausibleAddition(field, row.part, baseParts, read.value)) continue;
      const c = memoryConfidence(row);
      const e = current?.confidence ?? 0;
      if (baseParts[row.part] === read.value) {
        used.push({ row, how: 'agreed', page: read.page, bbox: read.bbox, confidence: Math.max(e, c, Math.min(HIGH - 0.01, 1 - (1 - e) * (1 - c))) });
      } else if (isReliable(row) && read.anchored && (baseParts[row.part] === undefined || c > e)) {
        // Filling or overruling takes a reading where the form's labels put it, and overruling a memory surer
        // than the extractor: a value the extractor read sure is not replaced by a place right twice.
        taken[row.part] = read.value;
        used.push({ row, how: base === null ? 'filled' : 'won', page: read.page, bbox: read.bbox, confidence: c });
      }
    }
    if (used.length === 0) continue;
    const value = Object.keys(taken).length > 0 ? withParts(field, base, taken) : base;
    if (value === null || !fieldValueSchemas[field].safeParse(value).success) continue;
    const covered = new Set(used.map((u) => u.row.part));
    // Parts no memory backs (a hearing's room is never learned) keep the extractor's confidence in the whole.
    const uncovered = Object.keys(partValues(field, value)).some((part) => !covered.has(part));
    const confidences = used.map((u) => u.confidence);
    if (current && uncovered) confidences.push(current.confidence);
    const confidence = Math.round(Math.min(...confidences) * 1000) / 1000;
    // A memory that only read what the extractor read, no surer than the extractor already was, added nothing:
    // the field stays the extractor's and does not say it was learned. (Reading the same OCR words at the same
    // place backs the place, not the letters: a name whose accent OCR lost is as wrong in both.)
    if (current && Object.keys(taken).length === 0 && confidence <= current.confidence) continue;
    const first = used[0]!;
    const samePage = used.filter((u) => u.page === first.page).map((u) => u.bbox);
    (out as Record<string, unknown>)[field] = {
      value,
      confidence,
      page: first.page,
      bbox: [Math.min(...samePage.map((b) => b[0])), Math.min(...samePage.map((b) => b[1])), Math.max(...samePage.map((b) => b[2])), Math.max(...samePage.map((b) => b[3]))],
    };
    learned.push({ field, learnedFrom: Math.max(...used.map((u) => u.row.corrections)), parts: used.map((u) => ({ part: u.row.part, how: u.how })) });
  }
  return { fields: out, learned };
}
