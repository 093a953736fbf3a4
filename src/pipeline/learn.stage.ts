/**
 * The desk learns: the layout memory (core/learn/layout-memory.ts) on the document's way and on the worker's.
 * - Extract: after extractDocument, the memory of the document's sender is applied (`applyLearnedLayout`).
 * - Correct: a worker's correction first scores the memory on that document (it read the true value: a hit;
 *   another, or anything where the worker cleared the field: a miss), then teaches the places of the parts it did not read right — where the worker clicked
 *   them, else where the typed value is found on the pages; nowhere found, nothing is learned.
 * - Confirm: each machine value confirmed scores the memory the same way; nothing new is taught.
 * Only features go to the store, never values (see the core module). Everything runs inside the caller's
 * transaction; `intakeRead` is the extract-and-commit path without a reader or files, for the learning eval.
 */
import type { CaseFieldName } from '../core/cases/merge-fields.js';
import type { ExtractionResult } from '../core/extraction.schema.js';
import type { Gazetteer } from '../core/gazetteer.js';
import { isLearnedField, partType, partValues, type LearnedField } from '../core/learn/field-parts.js';
import { applyLayoutMemory, locatePart, placeFeaturesSchema, scoreRow, teachField, type LearnedUse, type MemoryRow } from '../core/learn/layout-memory.js';
import { keyOf, senderFeatures, senderFeaturesSchema, senderKey, senderLabel, senderLikeness, type SenderFeatures } from '../core/learn/sender-key.js';
import type { BBox, Page, ReadDocument } from '../core/page.js';
import { commitDocument, type CommitOutcome, type CommitSettings } from './commit.stage.js';
import { buildExtraction } from './extract.stage.js';
import type { CaseFieldRow, DocumentRow, IntakeStore, LayoutMemoryStore, LayoutSenderRow } from './store.port.js';

export const NO_GAZETTEER: Gazetteer = { courts: [], towns: [] };

/** The document's sender: its key, readable label and the features of its key (null when page 1 shows no sender). */
export interface Sender {
  key: string;
  label: string | null;
  features: SenderFeatures;
}

export function senderOf(pages: readonly Page[]): Sender | null {
  const features = senderFeatures(pages);
  const key = keyOf(features);
  return key ? { key, label: senderLabel(pages), features } : null;
}

/** A stored JSON column, or null where it is not JSON (then its schema check fails and the row is passed over). */
function parsedOrNull(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The sender whose memory a document uses: its own key when something was learned for it, else the most alike
 * known sender that has a memory (senderLikeness: OCR changed a letter of the issuer's town or dropped a label
 * word, and the key with it). The document then counts as that sender's, so what its correction teaches goes
 * to the same memory. Unlike senders and senders without memory leave the document its own key.
 */
export function resolveSender(layout: Pick<LayoutMemoryStore, 'forSender' | 'senders'>, sender: Sender): Sender {
  if (layout.forSender(sender.key).length > 0) return sender;
  let best: { row: LayoutSenderRow; likeness: number } | null = null;
  for (const row of layout.senders()) {
    if (row.sender_key === sender.key || !row.features_json) continue;
    const known = senderFeaturesSchema.safeParse(parsedOrNull(row.features_json));
    const likeness = known.success ? senderLikeness(sender.features, known.data) : null;
    if (likeness !== null && (!best || likeness > best.likeness) && layout.forSender(row.sender_key).length > 0) best = { row, likeness };
  }
  return best ? { key: best.row.sender_key, label: best.row.label ?? sender.label, features: sender.features } : sender;
}

/** The memory rows kept for a sender, as core reads them (rows of unknown fields or of another shape are passed over). */
export function memoryOf(layout: Pick<LayoutMemoryStore, 'forSender'>, key: string): MemoryRow[] {
  const rows: MemoryRow[] = [];
  for (const row of layout.forSender(key)) {
    if (!isLearnedField(row.field)) continue;
    const features = placeFeaturesSchema.safeParse(parsedOrNull(row.features_json));
    if (features.success) rows.push({ field: row.field, part: row.part, features: features.data, corrections: row.corrections, hits: row.hits, misses: row.misses });
  }
  return rows;
}

export interface LearnedReading {
  extraction: ExtractionResult;
  sender: Sender | null;
  /** Fields the memory gave or confirmed, from how many corrections. */
  learned: LearnedUse[];
}

/** The extraction with what was learned about the document's sender applied (the extract stage's last step). */
export function applyLearnedLayout(
  layout: Pick<LayoutMemoryStore, 'forSender' | 'senders'>,
  pages: readonly Page[],
  extraction: ExtractionResult,
  gazetteer: Gazetteer,
): LearnedReading {
  const own = senderOf(pages);
  if (!own) return { extraction, sender: own, learned: [] };
  const sender = resolveSender(layout, own);
  const rows = memoryOf(layout, sender.key);
  if (rows.length === 0) return { extraction, sender, learned: [] };
  const { fields, learned } = applyLayoutMemory(pages, extraction.fields, rows, gazetteer);
  return { extraction: { ...extraction, fields }, sender, learned };
}

/** A read document's pages and sender, from its row. */
function documentPages(doc: DocumentRow | undefined): { doc: DocumentRow; pages: Page[]; key: string } | null {
  if (!doc?.pages_json) return null;
  const pages = JSON.parse(doc.pages_json) as Page[];
  const key = doc.sender_key ?? senderKey(pages);
  return key ? { doc, pages, key } : null;
}

/** Scores the sender's memories of a field on a document whose true value is known; returns the parts read right. */
function score(store: IntakeStore, key: string, pages: readonly Page[], field: LearnedField, truth: unknown, gazetteer: Gazetteer, at: string): Set<string> {
  const rows = memoryOf(store.layout, key).filter((r) => r.field === field);
  const hits = new Set<string>();
  for (const row of rows) {
    const outcome = scoreRow(pages, row, rows, truth, gazetteer);
    if (!outcome) continue;
    store.layout.count(key, field, row.part, outcome, at);
    if (outcome === 'hit') hits.add(row.part);
  }
  return hits;
}

/** Where a worker took a part's value from (click to fill): document, page number and box. */
export interface PartPosition {
  documentId: string;
  page: number;
  bbox: readonly [number, number, number, number];
}

/**
 * A worker's correction of a case field, for the memory: scored, then taught (see the header). The document is
 * the one the worker clicked in, else the one the old value was read from, else the case's latest. Returns the
 * parts taught (for tests and the eval; nothing of the value).
 */
export function learnFromCorrection(
  store: IntakeStore,
  input: { caseId: string; field: CaseFieldName; previous: CaseFieldRow | undefined; value: unknown; positions: Partial<Record<string, PartPosition>>; gazetteer: Gazetteer; at: string },
): { taught: string[] } {
  const { field, value, gazetteer, at } = input;
  if (!isLearnedField(field)) return { taught: [] };
  const clicked = Object.values(input.positions).find((p) => p !== undefined);
  const documentId = clicked?.documentId ?? input.previous?.document_id ?? latestRead(store, input.caseId)?.id;
  const read = documentPages(documentId ? store.documents.get(documentId) : undefined);
  if (!read || read.doc.case_id !== input.caseId) return { taught: [] };
  const { pages, key } = read;
  const hits = score(store, key, pages, field, value, gazetteer, at);
  // A cleared field: whatever the memory read there was wrong; nothing to teach.
  if (value === null) return { taught: [] };
  const places: Record<string, { pageIndex: number; bbox: BBox }> = {};
  // The parts in order (street before town, name before birth date): a typed part is looked for beside the first.
  for (const [part, partValue] of Object.entries(partValues(field, value))) {
    if (partType(field, part) === null) continue;
    const position = input.positions[part];
    const pageIndex = position && position.documentId === read.doc.id ? pages.findIndex((p) => p.number === position.page) : -1;
    const first = Object.values(places)[0];
    const place = pageIndex >= 0 ? { pageIndex, bbox: [...position!.bbox] as BBox } : locatePart(pages, field, part, partValue, gazetteer, first);
    if (place) places[part] = place;
  }
  const features = teachField(pages, field, places, value, gazetteer);
  const taught = Object.keys(features).filter((part) => !hits.has(part));
  for (const part of taught) store.layout.teach(key, field, part, JSON.stringify(features[part]), at);
  return { taught };
}

/** The memories of the sender of each confirmed field's document, scored against the value confirmed. */
export function scoreConfirmed(store: IntakeStore, fields: readonly CaseFieldRow[], gazetteer: Gazetteer, at: string): void {
  const cache = new Map<string, ReturnType<typeof documentPages>>();
  for (const field of fields) {
    if (!isLearnedField(field.name) || !field.document_id) continue;
    if (!cache.has(field.document_id)) cache.set(field.document_id, documentPages(store.documents.get(field.document_id)));
    const read = cache.get(field.document_id);
    if (read) score(store, read.key, read.pages, field.name, JSON.parse(field.value_json) as unknown, gazetteer, at);
  }
}

function latestRead(store: IntakeStore, caseId: string): DocumentRow | undefined {
  return store.documents.forCase(caseId).filter((d) => d.status === 'done' && d.pages_json).at(-1);
}

/**
 * One read document through extraction, the layout memory and the commit, as the runner does it but without a
 * reader or files: the learning eval drives the real pipeline with it on a temporary store. `extraction` is the
 * extractor's result when the caller made it already (extractWithRereads, with `read` its corrected pages);
 * without it buildExtraction runs here.
 */
export function intakeRead(
  store: IntakeStore,
  input: { id: string; file: string; sha256: string; read: ReadDocument; originalPath?: string; extraction?: ExtractionResult },
  settings: CommitSettings & { gazetteer: Gazetteer },
  now: Date,
): CommitOutcome & { extraction: ExtractionResult; learned: LearnedUse[] } {
  const at = now.toISOString();
  store.documents.insertReceived({ id: input.id, sha256: input.sha256, originalName: input.file, origin: 'cli', size: 0, spoolPath: `/nonexistent/${input.id}`, receivedAt: at });
  store.documents.clearSpoolPath(input.id);
  const first = input.extraction ?? buildExtraction(input.file, input.sha256, input.read, { gazetteer: settings.gazetteer, today: at.slice(0, 10) });
  const { extraction, sender, learned } = applyLearnedLayout(store.layout, input.read.pages, first, settings.gazetteer);
  const outcome = commitDocument(
    store,
    {
      doc: store.documents.get(input.id)!,
      extraction,
      pagesJson: JSON.stringify(input.read.pages),
      mimeType: input.read.mimeType,
      originalPath: input.originalPath ?? `/nonexistent/${input.sha256}`,
      readAt: at,
      extractedAt: at,
      sender,
      learned,
    },
    settings,
    now,
  );
  return { ...outcome, extraction, learned };
}
