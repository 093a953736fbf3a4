import type { ExtractionResult } from '../core/extraction.schema.js';
import { commitDocument, type CommitInput, type CommitOutcome, type CommitSettings } from './commit.stage.js';
import type { DocumentRow, IntakeStore } from './store.port.js';

/** One document found in a batch, read and extracted, ready to commit. */
export interface PartInput {
  range: [number, number];
  extraction: ExtractionResult;
  pagesJson: string;
  pageCount: number;
  /** The part's sender and what learned layout gave it (learn.stage.ts applyLearnedLayout). */
  sender?: CommitInput['sender'];
  learned?: CommitInput['learned'];
}

export interface BatchCommitInput {
  batch: DocumentRow;
  parts: PartInput[];
  mimeType: string;
  originalPath: string;
  pageCount: number;
  /** Built from the part ids (see split.stage splitSummary). */
  splitJson: (partIds: string[]) => string;
  readAt: string;
  extractedAt: string;
}

export interface PartOutcome extends CommitOutcome {
  documentId: string;
  pages: [number, number];
}

/** Part ids follow the batch's id and the first page ("<batch>-p3"); taken ones get a suffix. */
export function partId(store: IntakeStore, batchId: string, firstPage: number): string {
  const base = `${batchId}-p${firstPage}`;
  let id = base;
  for (let n = 2; store.documents.get(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Commits every document of a batch scan in ONE transaction: each part becomes a document row of
 * its own (same sha256 as the batch, its page range) and is matched, joined or opened as a case
 * with its own letter, exactly as a single file would be; the batch row ends as 'split'. A crash
 * before the commit leaves the batch queued (it is read again, nothing of it stored); after the
 * commit nothing is processed twice.
 */
export function commitBatch(store: IntakeStore, input: BatchCommitInput, settings: CommitSettings, now: Date): PartOutcome[] {
  const at = now.toISOString();
  const { batch } = input;
  return store.transaction(() => {
    const outcomes: PartOutcome[] = [];
    for (const part of input.parts) {
      const id = partId(store, batch.id, part.range[0]);
      store.documents.insertPart({ id, batch, pageFirst: part.range[0], pageLast: part.range[1] });
      store.events.record({ at, actor: 'system', kind: 'document-found-in-batch', documentId: id, details: { batchId: batch.id, pages: part.range } });
      const doc = store.documents.get(id)!;
      const outcome = commitDocument(
        store,
        {
          doc,
          extraction: part.extraction,
          pagesJson: part.pagesJson,
          mimeType: input.mimeType,
          originalPath: input.originalPath,
          readAt: input.readAt,
          extractedAt: input.extractedAt,
          pageCount: part.pageCount,
          sender: part.sender ?? null,
          learned: part.learned ?? [],
        },
        settings,
        now,
      );
      outcomes.push({ ...outcome, documentId: id, pages: part.range });
    }
    store.documents.markSplit(batch.id, {
      mimeType: input.mimeType,
      pageCount: input.pageCount,
      splitJson: input.splitJson(outcomes.map((o) => o.documentId)),
      readAt: input.readAt,
      at,
    });
    store.events.record({
      at,
      actor: 'system',
      kind: 'batch-split',
      documentId: batch.id,
      details: { parts: outcomes.map((o) => ({ documentId: o.documentId, pages: o.pages, caseId: o.caseId, decision: o.decision })) },
    });
    return outcomes;
  });
}
