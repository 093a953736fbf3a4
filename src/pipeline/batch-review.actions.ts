/**
 * Correcting a wrong split of a batch scan on the review desk: move a page to the previous or next
 * document of the batch, join two neighbouring documents, or start a new document at a page. The
 * pages are the ones read when the batch arrived (kept with each part, with their batch numbers),
 * so nothing is read again: the changed parts are extracted anew from their new page sets and the
 * cases they belong to take their machine readings again from their documents (a worker's
 * corrections stay). Each action is one transaction with its history events (ids and page numbers only).
 */
import type { ExtractionResult } from '../core/extraction.schema.js';
import type { Gazetteer } from '../core/gazetteer.js';
import type { Page } from '../core/page.js';
import { commitDocument, refreshDerived, updateReviewFlag, type CommitSettings } from './commit.stage.js';
import { partId } from './batch-commit.stage.js';
import { buildExtraction, pageRange } from './extract.stage.js';
import { applyReadings, requestLetterRender, type ActionContext, type ActionResult } from './review.actions.js';
import { pageSignals } from '../core/split/index.js';
import { readSplitSummary } from './split.stage.js';
import type { DocumentRow, IntakeStore, PartReading } from './store.port.js';

export interface BatchActionContext extends ActionContext {
  settings: CommitSettings;
  gazetteer: Gazetteer;
}

export type BatchActionResult = ActionResult<{
  /** The documents whose pages changed (and a new one, for a split). */
  documentIds: string[];
  /** Cases whose readings were derived again. */
  caseIds: string[];
  pendingLetterIds: string[];
}>;

export type Direction = 'previous' | 'next';

interface LoadedPart {
  part: DocumentRow;
  pages: Page[];
  previous: DocumentRow | undefined;
  next: DocumentRow | undefined;
}

const notFound = (): BatchActionResult => ({ ok: false, code: 'not-found', message: 'Dokument nicht gefunden.' });
const conflict = (message: string): BatchActionResult => ({ ok: false, code: 'conflict', message });

function pagesOf(doc: DocumentRow): Page[] {
  return doc.pages_json ? (JSON.parse(doc.pages_json) as Page[]) : [];
}

function load(store: IntakeStore, documentId: string): LoadedPart | undefined {
  const part = store.documents.get(documentId);
  if (!part || !part.batch_id || part.status !== 'done' || !part.pages_json) return undefined;
  const parts = store.documents.partsOf(part.batch_id);
  const index = parts.findIndex((p) => p.id === part.id);
  return { part, pages: pagesOf(part), previous: parts[index - 1], next: parts[index + 1] };
}

/** The part's new reading from a new set of pages (in batch order). */
function reread(ctx: BatchActionContext, part: DocumentRow, pages: Page[]): PartReading & { extraction: ExtractionResult } {
  const sorted = [...pages].sort((a, b) => a.number - b.number);
  const extraction = buildExtraction(part.original_name, part.sha256, { mimeType: mimeOf(part), pages: sorted }, {
    gazetteer: ctx.gazetteer,
    today: ctx.now.toISOString().slice(0, 10),
  });
  const [pageFirst, pageLast] = pageRange({ pages: sorted });
  return {
    documentType: extraction.documentType,
    pageCount: sorted.length,
    pageFirst,
    pageLast,
    textSource: extraction.text.source,
    textConfidence: extraction.text.confidence,
    extractionJson: JSON.stringify(extraction),
    pagesJson: JSON.stringify(sorted),
    at: ctx.now.toISOString(),
    extraction,
  };
}

function mimeOf(doc: DocumentRow): 'application/pdf' | 'image/tiff' | 'image/jpeg' | 'image/png' {
  const mime = doc.mime_type;
  return mime === 'image/tiff' || mime === 'image/jpeg' || mime === 'image/png' ? mime : 'application/pdf';
}

/**
 * A case takes its machine readings again from its documents, in order (as splitOffDocument does);
 * its unprinted letters are rendered again. A case left without documents is closed as merged.
 */
function rederive(ctx: BatchActionContext, caseId: string, mergedInto: string | null): string[] {
  const { store } = ctx;
  const at = ctx.now.toISOString();
  const documents = store.documents.forCase(caseId).filter((d) => d.status === 'done' && d.extraction_json);
  if (documents.length === 0) {
    for (const letter of store.letters.forCase(caseId)) {
      if (letter.printed_at === null) store.letters.markBlocked(letter.id, `Schreiben mit einem anderen Schreiben desselben Stapels zusammengeführt${mergedInto ? ` (Fall ${mergedInto})` : ''}; kein eigener Brief.`);
    }
    store.cases.replaceDeadlines(caseId, []);
    store.cases.update(caseId, { status: 'closed', outcome: 'merged', closed_at: at, needs_review: 0 }, at);
    store.events.record({ at, actor: ctx.actor, kind: 'case-closed-empty', caseId, details: { into: mergedInto } });
    return [];
  }
  const row = store.cases.get(caseId);
  if (row?.status === 'closed' && row.outcome === 'merged') {
    // A document came back to a case closed as merged (a join undone): it is a live case again.
    store.cases.update(caseId, { status: 'new', outcome: null, closed_at: null }, at);
    store.events.record({ at, actor: ctx.actor, kind: 'case-reopened', caseId, details: { documents: documents.map((d) => d.id) } });
  }
  for (const field of store.cases.fields(caseId)) if (field.source === 'machine') store.cases.deleteField(caseId, field.name);
  store.cases.clearFileNumbers(caseId);
  applyReadings(store, caseId, documents, at);
  refreshDerived(store, caseId, ctx.settings, ctx.now);
  const pending = requestLetterRender(store, caseId);
  updateReviewFlag(store, caseId, at);
  return pending;
}

function recordOnCases(ctx: BatchActionContext, caseIds: (string | null)[], kind: string, documentId: string, details: Record<string, unknown>): void {
  const at = ctx.now.toISOString();
  for (const caseId of new Set(caseIds)) ctx.store.events.record({ at, actor: ctx.actor, kind, caseId, documentId, details });
}

function finish(ctx: BatchActionContext, documentIds: string[], caseIds: (string | null)[], mergedInto: string | null = null): BatchActionResult {
  const unique = [...new Set(caseIds.filter((c): c is string => c !== null))];
  const pendingLetterIds = unique.flatMap((caseId) => rederive(ctx, caseId, mergedInto));
  return { ok: true, documentIds, caseIds: unique, pendingLetterIds };
}

/**
 * Moves a boundary page to the neighbouring document of the batch: the first page of a document to
 * the one before it ('previous'), the last page to the one after it ('next').
 */
export function movePage(ctx: BatchActionContext, documentId: string, page: number, direction: Direction): BatchActionResult {
  const loaded = load(ctx.store, documentId);
  if (!loaded) return notFound();
  const { part, pages } = loaded;
  const target = direction === 'previous' ? loaded.previous : loaded.next;
  const edge = direction === 'previous' ? pages[0] : pages.at(-1);
  if (!target) return conflict(direction === 'previous' ? 'Vor diesem Schreiben liegt im Stapel kein anderes.' : 'Nach diesem Schreiben liegt im Stapel kein anderes.');
  if (!edge || edge.number !== page) {
    return conflict(direction === 'previous' ? 'Nur die erste Seite eines Schreibens kann zum vorigen wechseln.' : 'Nur die letzte Seite eines Schreibens kann zum nächsten wechseln.');
  }
  if (pages.length < 2) return conflict('Das Schreiben hat nur diese Seite: bitte „zusammenführen“ wählen.');
  return ctx.store.transaction(() => {
    ctx.store.documents.updatePart(part.id, reread(ctx, part, pages.filter((p) => p.number !== page)));
    ctx.store.documents.updatePart(target.id, reread(ctx, target, [...pagesOf(target), edge]));
    recordOnCases(ctx, [part.case_id, target.case_id], 'batch-page-moved', part.id, { page, from: part.id, to: target.id, batchId: part.batch_id });
    return finish(ctx, [part.id, target.id], [part.case_id, target.case_id]);
  });
}

/**
 * Joins the neighbouring document of the batch into this one (its pages and readings come over; it
 * keeps no case of its own). Its case, left without documents, is closed as merged and its unprinted
 * letter withdrawn.
 */
export function joinParts(ctx: BatchActionContext, documentId: string, direction: Direction): BatchActionResult {
  const loaded = load(ctx.store, documentId);
  if (!loaded) return notFound();
  const { part, pages } = loaded;
  const other = direction === 'previous' ? loaded.previous : loaded.next;
  if (!other) return conflict(direction === 'previous' ? 'Vor diesem Schreiben liegt im Stapel kein anderes.' : 'Nach diesem Schreiben liegt im Stapel kein anderes.');
  return ctx.store.transaction(() => {
    const at = ctx.now.toISOString();
    ctx.store.documents.updatePart(part.id, reread(ctx, part, [...pages, ...pagesOf(other)]));
    ctx.store.documents.markJoined(other.id, part.id, at);
    recordOnCases(ctx, [part.case_id, other.case_id], 'batch-parts-joined', part.id, { joined: other.id, into: part.id, batchId: part.batch_id });
    return finish(ctx, [part.id, other.id], [part.case_id, other.case_id], part.case_id);
  });
}

/**
 * Starts a new document at `page` (not the first page of this one): the pages from there on become a
 * document of their own that is matched like a newly arrived one — joined to its household's case or
 * opened as a new case with its own first-contact letter.
 */
export function splitPartAt(ctx: BatchActionContext, documentId: string, page: number): BatchActionResult {
  const loaded = load(ctx.store, documentId);
  if (!loaded) return notFound();
  const { part, pages } = loaded;
  const batch = ctx.store.documents.get(part.batch_id!);
  if (!batch) return notFound();
  if (!pages.some((p) => p.number === page) || pages[0]!.number === page) {
    return conflict('Ein neues Schreiben kann nur auf einer späteren Seite dieses Schreibens beginnen.');
  }
  const staying = pages.filter((p) => p.number < page);
  const leaving = pages.filter((p) => p.number >= page);
  return ctx.store.transaction(() => {
    const at = ctx.now.toISOString();
    ctx.store.documents.updatePart(part.id, reread(ctx, part, staying));
    const id = partId(ctx.store, batch.id, page);
    const reading = reread(ctx, part, leaving);
    ctx.store.documents.insertPart({ id, batch, pageFirst: reading.pageFirst, pageLast: reading.pageLast });
    const outcome = commitDocument(
      ctx.store,
      {
        doc: ctx.store.documents.get(id)!,
        extraction: reading.extraction,
        pagesJson: reading.pagesJson,
        mimeType: mimeOf(part),
        originalPath: part.original_path!,
        readAt: part.read_at ?? at,
        extractedAt: at,
        pageCount: reading.pageCount,
      },
      ctx.settings,
      ctx.now,
    );
    recordOnCases(ctx, [part.case_id, outcome.caseId], 'batch-part-split', part.id, { page, from: part.id, into: id, batchId: batch.id, newCase: outcome.newCase });
    const result = finish(ctx, [part.id, id], [part.case_id, outcome.caseId]);
    if (result.ok && outcome.newCase) {
      const letters = ctx.store.letters.forCase(outcome.caseId).map((l) => l.id);
      result.pendingLetterIds = [...new Set([...result.pendingLetterIds, ...letters])];
    }
    return result;
  });
}

/**
 * Puts a blank page the split dropped (a duplex back, or a page it took for blank) back into a
 * neighbouring document of the batch: the one whose pages it lies between or next to. The page is
 * the one read when the batch arrived (its few words kept with the batch), so the document is
 * extracted again from its pages plus this one, like a moved page.
 */
export function restoreDroppedPage(ctx: BatchActionContext, batchId: string, page: number, targetDocumentId: string): BatchActionResult {
  const { store } = ctx;
  const batch = store.documents.get(batchId);
  const summary = batch?.status === 'split' ? readSplitSummary(batch.extraction_json) : undefined;
  if (!batch || !summary) return notFound();
  const restored = new Set(summary.restoredPages ?? []);
  if (!summary.droppedPages.includes(page) || restored.has(page) || summary.separatorPages.includes(page)) {
    return conflict('Diese Seite ist keine entfernte leere Seite dieses Stapels.');
  }
  const parts = store.documents.partsOf(batch.id);
  const target = parts.find((p) => p.id === targetDocumentId);
  if (!target) return notFound();
  const before = parts.filter((p) => (p.page_last ?? 0) < page).at(-1);
  const after = parts.find((p) => (p.page_first ?? 0) > page);
  const inside = parts.find((p) => (p.page_first ?? 0) < page && (p.page_last ?? 0) > page);
  if (target !== inside && !(inside === undefined && (target === before || target === after))) {
    return conflict('Eine entfernte Seite kann nur zu dem Schreiben zurück, neben oder in dem sie im Stapel liegt.');
  }
  const stored = summary.droppedPageData?.find((p) => p.number === page);
  const pages = pagesOf(target);
  const sample = pages[0];
  const pageData = stored ?? {
    // Batches split before the dropped pages were kept: an empty page of the document's size (it was blank).
    number: page,
    widthPt: sample?.widthPt ?? 595,
    heightPt: sample?.heightPt ?? 842,
    source: sample?.source ?? 'ocr',
    words: [],
    rotation: 0,
    confidence: 0,
  };
  if (pageSignals(pageData).separatorText) return conflict('Diese Seite ist ein Trennblatt und gehört zu keinem Schreiben.');
  return store.transaction(() => {
    store.documents.updatePart(target.id, reread(ctx, target, [...pages, pageData]));
    store.documents.updateSplitSummary(batch.id, JSON.stringify({ ...summary, restoredPages: [...restored, page].sort((a, b) => a - b) }));
    recordOnCases(ctx, [target.case_id], 'batch-page-restored', target.id, { page, batchId: batch.id });
    return finish(ctx, [target.id], [target.case_id]);
  });
}
