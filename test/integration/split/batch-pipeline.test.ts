/**
 * Batch scans through the real pipeline: spool → reader → split → extraction → commit → letters,
 * on the generated stacks in samples/stacks, with a real SQLite file in a temp dir.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { PURGED_NAME, RetentionRepository } from '../../../src/db/report.repository.js';
import type { ExtractionResult } from '../../../src/core/extraction.schema.js';
import type { Page } from '../../../src/core/page.js';
import { openApp, type App } from '../../../src/main.js';
import { joinParts, movePage, splitPartAt, type BatchActionContext } from '../../../src/pipeline/batch-review.actions.js';
import { listCases } from '../../../src/pipeline/case-query.js';
import type { DocumentRow } from '../../../src/pipeline/store.port.js';
import type { StackTruth } from '../../../samples/stacks-generator/stack-truth.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

const STACKS = path.resolve('samples/stacks');
const truthOf = (id: string) => JSON.parse(readFileSync(path.join(STACKS, `${id}.truth.json`), 'utf8')) as StackTruth;
const today = () => new Date().toISOString().slice(0, 10);

interface Desk {
  dirs: TempDirs;
  app: App;
  close(): Promise<void>;
}

async function openDesk(): Promise<Desk> {
  const dirs = tempDirs('intake-batch-');
  const config = loadConfig({ env: { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_OCR_WORKERS: '1' }, cwd: dirs.root });
  const app = await openApp(config, createRootLogger('silent', { pretty: false }));
  app.runner.start();
  return {
    dirs,
    app,
    async close() {
      await app.close();
      dirs.cleanup();
    },
  };
}

/** Drops a stack as `intake process` would (copied into the spool) and waits until the runner is idle. */
async function drop(desk: Desk, id: string) {
  const truth = truthOf(id);
  const registration = await desk.app.spool.claim(path.join(STACKS, truth.file), truth.file, 'cli');
  desk.app.runner.wake();
  await desk.app.runner.whenIdle();
  return { truth, registration, batch: desk.app.store.documents.get(registration.documentId)! };
}

const rangeOf = (doc: DocumentRow) => [doc.page_first, doc.page_last];
const pageNumbers = (doc: DocumentRow) => (JSON.parse(doc.pages_json!) as Page[]).map((p) => p.number);
const extractionOf = (doc: DocumentRow) => JSON.parse(doc.extraction_json!) as ExtractionResult;

function actionContext(app: App): BatchActionContext {
  const { config } = app;
  return {
    store: app.store,
    actor: 'anna',
    now: new Date(),
    gazetteer: config.gazetteer,
    settings: {
      joinThreshold: config.match.joinThreshold,
      reviewThreshold: config.match.reviewThreshold,
      earlierCaseYears: config.match.earlierCaseYears,
      serviceEstimateDays: config.deadlines.serviceEstimateDays,
      defaultLetterVariant: config.letters.defaultVariant,
    },
  };
}

describe('a text-layer stack of five notices dropped as one file', () => {
  let desk: Desk;
  let dropped: Awaited<ReturnType<typeof drop>>;
  beforeAll(async () => {
    desk = await openDesk();
    dropped = await drop(desk, 'stack-01');
  });
  afterAll(async () => desk?.close());

  it('becomes one document and one case per household notice, each with its pages in the batch and the batch’s sha256', () => {
    const { truth, batch, registration } = dropped;
    expect(registration.kind).toBe('received');
    expect(batch.status).toBe('split');
    const parts = desk.app.store.documents.partsOf(batch.id);
    expect(parts.map(rangeOf)).toEqual(truth.documents.map((d) => d.pages));
    for (const part of parts) {
      expect(part).toMatchObject({ status: 'done', batch_id: batch.id, sha256: batch.sha256, original_name: truth.file });
      expect(extractionOf(part).pages).toEqual(rangeOf(part));
    }
    const cases = listCases(desk.app.store, today());
    expect(cases).toHaveLength(truth.documents.length);
    expect(new Set(parts.map((p) => p.case_id)).size).toBe(truth.documents.length);
    // Each household gets its own first-contact letter (blocked where no address was read).
    for (const c of cases) expect(c.letters).toEqual([expect.objectContaining({ kind: 'first_contact' })]);
    expect(cases.filter((c) => c.letters[0]!.status === 'ready').length).toBeGreaterThanOrEqual(truth.documents.length - 1);
    // The batch row keeps how it was split (ids and ranges), the parts the original file to show.
    expect(JSON.parse(batch.extraction_json!)).toMatchObject({ parts: truth.documents.map((d) => ({ pages: d.pages })), droppedPages: [] });
    expect(parts.every((p) => p.original_path === parts[0]!.original_path && p.original_path !== null)).toBe(true);
  });

  it('keeps a forwarding letter of the Jobcenter with the court notice it forwards, read as that notice', () => {
    const coverDoc = dropped.truth.documents.find((d) => d.coverLetter)!;
    const part = desk.app.store.documents.partsOf(dropped.batch.id).find((p) => p.page_first === coverDoc.pages[0])!;
    expect(rangeOf(part)).toEqual(coverDoc.pages);
    expect(pageNumbers(part)).toEqual([coverDoc.pages[0], coverDoc.pages[1]]);
    expect(part.document_type).toBe(coverDoc.type);
    // The notice's Aktenzeichen was read from the forwarded page, not the cover letter.
    expect(extractionOf(part).fields.fileNumber?.page).toBe(coverDoc.pages[1]);
  });

  it('recognises the same stack dropped again as a duplicate as a whole: no new case, no new letter', async () => {
    const casesBefore = desk.app.store.cases.count();
    const again = await drop(desk, 'stack-01');
    expect(again.registration).toMatchObject({ kind: 'duplicate', duplicateOf: dropped.batch.id });
    expect(desk.app.store.cases.count()).toBe(casesBefore);
    expect(listCases(desk.app.store, today()).flatMap((c) => c.letters)).toHaveLength(casesBefore);
    expect(desk.app.store.documents.partsOf(dropped.batch.id)).toHaveLength(dropped.truth.documents.length);
  });

  it('moves a page to the next document and back: both are read again from their stored pages, with provenance', () => {
    const { store } = desk.app;
    const parts = store.documents.partsOf(dropped.batch.id);
    const judgment = parts.find((p) => p.document_type === 'judgment' && p.page_last! > p.page_first!)!;
    const next = parts[parts.indexOf(judgment) + 1]!;
    const moved = judgment.page_last!;
    const nextTypeBefore = next.document_type;

    const result = movePage(actionContext(desk.app), judgment.id, moved, 'next');
    expect(result).toMatchObject({ ok: true, documentIds: [judgment.id, next.id] });
    const shortened = store.documents.get(judgment.id)!;
    const grown = store.documents.get(next.id)!;
    expect(rangeOf(shortened)).toEqual([judgment.page_first, moved - 1]);
    expect(rangeOf(grown)).toEqual([moved, next.page_last]);
    expect(pageNumbers(grown)[0]).toBe(moved);
    // Read again: the grown document now starts with the judgment's second page.
    expect(extractionOf(grown).pages).toEqual([moved, next.page_last]);
    expect(extractionOf(shortened).pages).toEqual([judgment.page_first, moved - 1]);
    for (const doc of [shortened, grown]) {
      const machine = store.cases.fields(doc.case_id!).filter((f) => f.source === 'machine');
      expect(machine.length).toBeGreaterThan(0);
      expect(machine.every((f) => f.document_id === doc.id && f.page! >= doc.page_first! && f.page! <= doc.page_last!)).toBe(true);
    }
    expect(store.events.forCase(judgment.case_id!).map((e) => e.kind)).toContain('batch-page-moved');
    expect(store.events.forCase(next.case_id!).map((e) => e.kind)).toContain('batch-page-moved');

    // Refused: a page from the middle, or the only page of a document.
    expect(movePage(actionContext(desk.app), grown.id, next.page_last!, 'previous')).toMatchObject({ ok: false, code: 'conflict' });
    expect(movePage(actionContext(desk.app), shortened.id, judgment.page_first!, 'next')).toMatchObject({ ok: false, code: 'conflict' });

    expect(movePage(actionContext(desk.app), next.id, moved, 'previous')).toMatchObject({ ok: true });
    expect(rangeOf(store.documents.get(judgment.id)!)).toEqual(rangeOf(judgment));
    expect(rangeOf(store.documents.get(next.id)!)).toEqual(rangeOf(next));
    expect(store.documents.get(next.id)!.document_type).toBe(nextTypeBefore);
  });

  it('splits the forwarded notice off its cover letter into a document matched like a new one, and joins it back', () => {
    const { store } = desk.app;
    const coverDoc = dropped.truth.documents.find((d) => d.coverLetter)!;
    const part = store.documents.partsOf(dropped.batch.id).find((p) => p.page_first === coverDoc.pages[0])!;
    const caseId = part.case_id!;
    const fileNumber = extractionOf(part).fields.fileNumber!.value;

    const split = splitPartAt(actionContext(desk.app), part.id, coverDoc.pages[1]);
    expect(split.ok).toBe(true);
    const newId = split.ok ? split.documentIds[1]! : '';
    const created = store.documents.get(newId)!;
    expect(created).toMatchObject({ status: 'done', batch_id: dropped.batch.id, sha256: dropped.batch.sha256 });
    expect(rangeOf(created)).toEqual([coverDoc.pages[1], coverDoc.pages[1]]);
    expect(rangeOf(store.documents.get(part.id)!)).toEqual([coverDoc.pages[0], coverDoc.pages[0]]);
    expect(extractionOf(created).fields.fileNumber?.value).toBe(fileNumber);
    // Same Aktenzeichen: the split-off notice joins the household's case, no second letter.
    expect(created.case_id).toBe(caseId);
    expect(store.letters.forCase(caseId)).toHaveLength(1);
    expect(store.cases.fields(caseId).find((f) => f.name === 'tenants')).toMatchObject({ document_id: newId, page: coverDoc.pages[1] });
    expect(store.documents.partsOf(dropped.batch.id)).toHaveLength(dropped.truth.documents.length + 1);
    expect(store.events.forCase(caseId).map((e) => e.kind)).toContain('batch-part-split');

    expect(joinParts(actionContext(desk.app), part.id, 'next')).toMatchObject({ ok: true });
    expect(rangeOf(store.documents.get(part.id)!)).toEqual(coverDoc.pages);
    expect(store.documents.get(newId)).toMatchObject({ status: 'joined', joined_into: part.id, case_id: null, pages_json: null });
    expect(store.documents.partsOf(dropped.batch.id)).toHaveLength(dropped.truth.documents.length);
    expect(store.cases.fileNumbers(caseId).map((f) => f.number)).toContain(fileNumber);
    expect(store.cases.fields(caseId).find((f) => f.name === 'tenants')).toMatchObject({ document_id: part.id, page: coverDoc.pages[1] });
  });

  it('joins two households wrongly into one document — closing the absorbed case and withdrawing its letter — and splits them apart again', async () => {
    const { store } = desk.app;
    const parts = store.documents.partsOf(dropped.batch.id);
    const [first, second] = [parts.at(-2)!, parts.at(-1)!];
    const secondCase = second.case_id!;

    expect(joinParts(actionContext(desk.app), first.id, 'next')).toMatchObject({ ok: true, caseIds: [first.case_id, secondCase] });
    expect(rangeOf(store.documents.get(first.id)!)).toEqual([first.page_first, second.page_last]);
    expect(store.cases.get(secondCase)).toMatchObject({ status: 'closed', outcome: 'merged' });
    expect(store.letters.forCase(secondCase)[0]).toMatchObject({ status: 'blocked' });
    expect(store.documents.forCase(secondCase)).toEqual([]);

    const split = splitPartAt(actionContext(desk.app), first.id, second.page_first!);
    expect(split.ok).toBe(true);
    const back = store.documents.get(split.ok ? split.documentIds[1]! : '')!;
    expect(rangeOf(back)).toEqual(rangeOf(second));
    expect(rangeOf(store.documents.get(first.id)!)).toEqual(rangeOf(first));
    // Matched like a new arrival: its Aktenzeichen leads back to its household's case, which is open again.
    expect(back.case_id).toBe(secondCase);
    expect(store.cases.get(secondCase)).toMatchObject({ status: 'new', outcome: null, closed_at: null });
    await desk.app.letterStage.renderPending();
    expect(store.letters.forCase(secondCase)[0]).toMatchObject({ status: 'ready' });
  });
});

describe('a stack with blank duplex backs', () => {
  let desk: Desk;
  beforeAll(async () => {
    desk = await openDesk();
  });
  afterAll(async () => desk?.close());

  it('drops the blank pages: no document holds one, and every notice keeps its range', async () => {
    const { truth, batch } = await drop(desk, 'stack-06');
    expect(truth.blankPages.length).toBeGreaterThan(0);
    const parts = desk.app.store.documents.partsOf(batch.id);
    expect(parts.map(rangeOf)).toEqual(truth.documents.map((d) => d.pages));
    const kept = parts.flatMap(pageNumbers);
    expect(kept.filter((n) => truth.blankPages.includes(n))).toEqual([]);
    expect(JSON.parse(batch.extraction_json!).droppedPages).toEqual(truth.blankPages);
    for (const part of parts) expect(part.page_count).toBe(pageNumbers(part).length);
  });
});

describe('a stack with separator sheets', () => {
  let desk: Desk;
  beforeAll(async () => {
    desk = await openDesk();
  });
  afterAll(async () => desk?.close());

  it('splits on every sheet, found by its QR code, and drops the sheets', async () => {
    const { truth, batch } = await drop(desk, 'stack-07');
    expect(truth.separators).toBe(true);
    const summary = JSON.parse(batch.extraction_json!) as { separatorPages: number[]; droppedPages: number[] };
    expect(summary.separatorPages).toEqual(truth.separatorPages);
    const parts = desk.app.store.documents.partsOf(batch.id);
    expect(parts.map(rangeOf)).toEqual(truth.documents.map((d) => d.pages));
    expect(parts.flatMap(pageNumbers).filter((n) => truth.separatorPages.includes(n))).toEqual([]);
    expect(summary.droppedPages).toEqual([...truth.blankPages, ...truth.separatorPages].sort((a, b) => a - b));
  });
});

describe('retention of a batch scan', () => {
  it('forgets the batch row and a re-dropped copy (whose names may name a tenant) with the last of its cases', async () => {
    const desk = await openDesk();
    try {
      const { batch, truth } = await drop(desk, 'stack-01');
      const again = await drop(desk, 'stack-01');
      const db = desk.app.db;
      const caseIds = listCases(desk.app.store, today()).map((c) => c.id);
      const retention = new RetentionRepository(db);
      const nameOf = (id: string) => db.prepare('SELECT original_name FROM documents WHERE id = ?').pluck().get(id) as string;

      // While one case of the batch keeps its data, the batch row keeps its name.
      retention.purge(caseIds.slice(1), new Date().toISOString());
      expect(nameOf(batch.id)).toBe(truth.file);

      retention.purge(caseIds.slice(0, 1), new Date().toISOString());
      expect(nameOf(batch.id)).toBe(PURGED_NAME);
      expect(nameOf(again.registration.documentId)).toBe(PURGED_NAME);
      const left = db.prepare('SELECT COUNT(*) FROM documents WHERE original_name <> ?').pluck().get(PURGED_NAME) as number;
      expect(left).toBe(0);
    } finally {
      await desk.close();
    }
  });
});
