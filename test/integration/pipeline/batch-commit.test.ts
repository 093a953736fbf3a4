import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ExtractionResult } from '../../../src/core/extraction.schema.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { commitBatch, type PartInput } from '../../../src/pipeline/batch-commit.stage.js';
import type { CommitSettings } from '../../../src/pipeline/commit.stage.js';

let dir: string;
let db: Db;
let store: SqliteStore;

const SETTINGS: CommitSettings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' };
const NOW = new Date('2025-03-14T09:00:00.000Z');
const SHA = 'c'.repeat(64);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-batch-commit-'));
  db = openDatabase(path.join(dir, 'intake.sqlite'));
  store = new SqliteStore(db);
  store.documents.insertReceived({ id: 'batch', sha256: SHA, originalName: 'stapel.pdf', origin: 'watch', size: 100, spoolPath: '/spool/batch/stapel.pdf', receivedAt: NOW.toISOString() });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function part(range: [number, number], tenant: string, fileNumber: string): PartInput {
  const fields = emptyFields();
  const at = { confidence: 0.95, page: range[0], bbox: [0.1, 0.1, 0.3, 0.12] as [number, number, number, number] };
  fields.tenants = { value: [{ name: tenant, birthDate: null }], ...at };
  fields.fileNumber = { value: fileNumber, ...at };
  fields.court = { value: 'Amtsgericht Gummersbach', ...at };
  fields.address = { value: { street: 'Hauptstraße', houseNumber: String(range[0]), postalCode: '51643', city: 'Gummersbach', addition: null }, ...at };
  const extraction: ExtractionResult = { file: 'stapel.pdf', sha256: SHA, documentType: 'court_notice', pages: range, text: { source: 'text-layer', confidence: 1 }, fields, warnings: [] };
  return { range, extraction, pagesJson: '[]', pageCount: range[1] - range[0] + 1 };
}

function commit(parts: PartInput[]) {
  const batch = store.documents.claimNext(NOW.toISOString())!;
  const at = NOW.toISOString();
  return commitBatch(
    store,
    { batch, parts, mimeType: 'application/pdf', originalPath: `/originals/${SHA}.pdf`, pageCount: 6, splitJson: (ids) => JSON.stringify({ ids }), readAt: at, extractedAt: at },
    SETTINGS,
    NOW,
  );
}

describe('committing the documents of a batch scan', () => {
  it('stores every part with its own case and letter, and the batch as split, in one go', () => {
    const outcomes = commit([part([1, 2], 'Anna Becker', '1 C 11/25'), part([3, 4], 'Bernd Yilmaz', '2 C 22/25'), part([5, 6], 'Cem Aydin', '3 C 33/25')]);
    expect(outcomes.map((o) => [o.documentId, o.pages, o.newCase])).toEqual([
      ['batch-p1', [1, 2], true],
      ['batch-p3', [3, 4], true],
      ['batch-p5', [5, 6], true],
    ]);
    expect(store.documents.get('batch')).toMatchObject({ status: 'split', extraction_json: JSON.stringify({ ids: ['batch-p1', 'batch-p3', 'batch-p5'] }) });
    expect(store.cases.count()).toBe(3);
    expect(store.letters.pending()).toHaveLength(3);
    expect(store.documents.partsOf('batch').map((p) => [p.sha256, p.page_first, p.page_last, p.status])).toEqual([
      [SHA, 1, 2, 'done'],
      [SHA, 3, 4, 'done'],
      [SHA, 5, 6, 'done'],
    ]);
    expect(store.events.forDocument('batch').map((e) => e.kind)).toContain('batch-split');
  });

  it('leaves nothing of the batch behind when one part cannot be committed, so the whole batch is processed again', () => {
    const broken = { ...part([3, 4], 'Bernd Yilmaz', '2 C 22/25') };
    broken.extraction = { ...broken.extraction, fields: null as unknown as ExtractionResult['fields'] };
    expect(() => commit([part([1, 2], 'Anna Becker', '1 C 11/25'), broken])).toThrow();
    expect(store.documents.partsOf('batch')).toEqual([]);
    expect(store.documents.get('batch-p1')).toBeUndefined();
    expect(store.cases.count()).toBe(0);
    expect(store.letters.pending()).toEqual([]);
    expect(store.documents.get('batch')!.status).toBe('processing');

    // After a restart the batch is queued again and commits whole.
    expect(store.documents.requeueInterrupted()).toBe(1);
    expect(commit([part([1, 2], 'Anna Becker', '1 C 11/25'), part([3, 4], 'Bernd Yilmaz', '2 C 22/25')])).toHaveLength(2);
    expect(store.cases.count()).toBe(2);
  });

  it('joins two parts of the same household in one batch to one case with one letter', () => {
    const outcomes = commit([part([1, 2], 'Anna Becker', '1 C 11/25'), part([3, 4], 'Anna Becker', '1 C 11/25')]);
    expect(outcomes.map((o) => o.decision)).toEqual(['new', 'join']);
    expect(outcomes[1]!.caseId).toBe(outcomes[0]!.caseId);
    expect(store.letters.pending()).toHaveLength(1);
  });
});
