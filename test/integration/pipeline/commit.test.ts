import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type DocumentType, type ExtractionResult, type Fields } from '../../../src/core/extraction.schema.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { listCases } from '../../../src/pipeline/case-query.js';
import { commitDocument, currentFields, type CommitSettings } from '../../../src/pipeline/commit.stage.js';

let dir: string;
let db: Db;
let store: SqliteStore;
let seq = 0;

const SETTINGS: CommitSettings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' };
const NOW = new Date('2025-03-14T09:00:00.000Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-commit-'));
  db = openDatabase(path.join(dir, 'intake.sqlite'));
  store = new SqliteStore(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Plain = Partial<{ [K in keyof Fields]: NonNullable<Fields[K]>['value'] }>;

/** A read document as the extraction stage hands it over, with every given field at `confidence`. */
function extraction(documentType: DocumentType, plain: Plain, confidence = 0.95): ExtractionResult {
  const fields = emptyFields();
  for (const [name, value] of Object.entries(plain)) {
    (fields as Record<string, unknown>)[name] = { value, confidence, page: 1, bbox: [0.1, 0.1, 0.3, 0.12] };
  }
  seq += 1;
  return {
    file: `doc-${seq}.pdf`,
    sha256: seq.toString(16).padStart(64, '0'),
    documentType,
    pages: [1, 1],
    text: { source: 'text-layer', confidence: 1 },
    fields,
    warnings: [],
  };
}

/** Registers the document as the spool would, claims it as the runner would, and commits it. */
function commit(result: ExtractionResult, now = NOW) {
  const id = `doc-${seq}`;
  store.documents.insertReceived({ id, sha256: result.sha256, originalName: result.file, origin: 'watch', size: 100, spoolPath: `/spool/${id}/${result.file}`, receivedAt: now.toISOString() });
  const doc = store.documents.claimNext(now.toISOString())!;
  const at = now.toISOString();
  return commitDocument(store, { doc, extraction: result, pagesJson: '[]', mimeType: 'application/pdf', originalPath: `/originals/${result.sha256}.pdf`, readAt: at, extractedAt: at }, SETTINGS, now);
}

const MUELLER = {
  court: 'Amtsgericht Gummersbach',
  fileNumber: '12 C 345/25',
  tenants: [{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: '1971-04-03' }],
  address: { street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: null },
  claimReceived: '2025-03-10',
  monthlyRent: 68500,
  arrears: 205500,
  hearing: { date: '2025-04-22', time: '10:30', room: 'Saal 104' },
} satisfies Plain;

const kinds = (caseId: string) => store.events.forCase(caseId).map((e) => e.kind);

describe('committing a read document to the case store', () => {
  it('opens a case for a new notice with its fields, file number, deadlines and one pending first-contact letter', () => {
    const outcome = commit(extraction('court_notice', MUELLER));
    expect(outcome).toMatchObject({ decision: 'new', newCase: true });
    const [theCase] = listCases(store, '2025-03-14');
    expect(theCase).toMatchObject({ id: outcome.caseId, court: 'Amtsgericht Gummersbach', fileNumbers: ['12 C 345/25'], hearing: MUELLER.hearing });
    expect(theCase!.deadlines.map((d) => d.kind).sort()).toEqual(['grace_period_end', 'hearing']);
    // Served date unknown: the grace-period end is an estimate and says so.
    expect(theCase!.deadlines.find((d) => d.kind === 'grace_period_end')!.estimated).toBe(true);
    expect(theCase!.urgency).toMatchObject({ kind: 'hearing', date: '2025-04-22' });
    expect(store.letters.forCase(outcome.caseId)).toEqual([expect.objectContaining({ kind: 'first_contact', status: 'pending', variant: 'first-contact.de' })]);
    expect(kinds(outcome.caseId)).toEqual(expect.arrayContaining(['case-created', 'fields-read']));
  });

  it('joins a hearing summons with the same court and Aktenzeichen written differently, updates the hearing, and asks for no second letter', () => {
    const first = commit(extraction('court_notice', MUELLER));
    const later = commit(
      extraction('hearing_summons', { court: 'Amtsgericht Gummersbach', fileNumber: '12C345/25', tenants: MUELLER.tenants, hearing: { date: '2025-05-06', time: '09:00', room: 'Saal 2' } }),
      new Date('2025-03-20T09:00:00.000Z'),
    );
    expect(later).toMatchObject({ caseId: first.caseId, decision: 'join', newCase: false });
    expect(currentFields(store, first.caseId).get('hearing')?.value).toEqual({ date: '2025-05-06', time: '09:00', room: 'Saal 2' });
    expect(store.letters.forCase(first.caseId)).toHaveLength(1);
    const joined = store.events.forCase(first.caseId).find((e) => e.kind === 'document-joined')!;
    expect(JSON.parse(joined.details_json!)).toMatchObject({ rule: 'file-number', score: 1, explanation: expect.stringContaining('Aktenzeichen') });
  });

  it('joins a bailiff notice through the title’s Aktenzeichen and records the eviction date', () => {
    const first = commit(extraction('court_notice', MUELLER));
    const bailiff = commit(
      extraction('eviction_notice', {
        fileNumber: 'DR II 1234/25',
        relatedFileNumbers: ['12 C 345/25'],
        tenants: [{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }],
        address: MUELLER.address,
        evictionDate: { date: '2025-09-03', time: '09:00' },
      }),
    );
    expect(bailiff).toMatchObject({ caseId: first.caseId, decision: 'join' });
    const [theCase] = listCases(store, '2025-03-14');
    expect(theCase!.evictionDate).toEqual({ date: '2025-09-03', time: '09:00' });
    expect(theCase!.fileNumbers).toEqual(expect.arrayContaining(['12 C 345/25', 'DR II 1234/25']));
    expect(theCase!.deadlines.map((d) => d.kind)).toContain('eviction');
  });

  it('joins a copy without the Aktenzeichen by the household (same people, same flat) and explains the score', () => {
    const first = commit(extraction('court_notice', MUELLER));
    const copy = commit(extraction('court_notice', { tenants: [{ name: 'Juergen Mueller-Luedenscheidt', birthDate: null }], address: { ...MUELLER.address, street: 'Hauptstr.' } }));
    expect(copy).toMatchObject({ caseId: first.caseId, decision: 'join' });
    const joined = store.events.forCase(first.caseId).find((e) => e.kind === 'document-joined')!;
    expect(JSON.parse(joined.details_json!)).toMatchObject({ rule: 'household', score: expect.any(Number) });
  });

  it('never joins the same name at another address, nor another household in the same building', () => {
    const first = commit(extraction('court_notice', MUELLER));
    const elsewhere = commit(
      extraction('court_notice', { tenants: MUELLER.tenants, address: { street: 'Bahnhofstraße', houseNumber: '3', postalCode: '51643', city: 'Gummersbach', addition: null } }),
    );
    const neighbour = commit(extraction('court_notice', { fileNumber: '4 C 11/25', court: 'Amtsgericht Gummersbach', tenants: [{ name: 'Ewa Kowalczyk', birthDate: null }], address: MUELLER.address }));
    expect(elsewhere.caseId).not.toBe(first.caseId);
    expect(neighbour.caseId).not.toBe(first.caseId);
    expect(neighbour.decision).toBe('new');
    expect(store.cases.count()).toBe(3);
    expect(store.letters.unprinted().length + store.letters.pending().length).toBe(3);
  });

  it('keeps a worker’s correction when a later machine reading disagrees', () => {
    const first = commit(extraction('court_notice', MUELLER));
    store.cases.writeField(
      first.caseId,
      { name: 'monthlyRent', valueJson: JSON.stringify(70000), confidence: 1, source: 'worker', documentId: null, page: null, bboxJson: null, correctedBy: 'sachbearbeitung' },
      NOW.toISOString(),
    );
    commit(extraction('hearing_summons', { court: MUELLER.court, fileNumber: MUELLER.fileNumber, monthlyRent: 68500, hearing: MUELLER.hearing }, 0.99));
    expect(currentFields(store, first.caseId).get('monthlyRent')).toMatchObject({ value: 70000, source: 'worker' });
    const read = store.events.forCase(first.caseId).filter((e) => e.kind === 'fields-read').at(-1)!;
    expect(JSON.parse(read.details_json!).kept).toEqual(expect.arrayContaining([{ name: 'monthlyRent', why: 'worker-correction' }]));
  });

  it('links a new notice to the household’s case closed within two years and flags it', () => {
    const old = commit(extraction('court_notice', MUELLER), new Date('2024-02-01T09:00:00.000Z'));
    store.cases.update(old.caseId, { status: 'closed', closed_at: '2024-06-30T00:00:00.000Z' }, '2024-06-30T00:00:00.000Z');
    const again = commit(extraction('court_notice', { ...MUELLER, fileNumber: '3 C 99/25', hearing: { date: '2025-05-13', time: '11:00', room: null } }));
    expect(again.caseId).not.toBe(old.caseId);
    expect(store.cases.get(again.caseId)!.earlier_case_id).toBe(old.caseId);
    expect(kinds(again.caseId)).toContain('earlier-case');
  });

  it('records a possible match for a worker instead of joining when the evidence is in the middle band', () => {
    const first = commit(extraction('court_notice', MUELLER));
    // Same flat, same family name, another given name: the spouse named alone, or a relative's own tenancy?
    const unclear = commit(extraction('court_notice', { tenants: [{ name: 'Helga Müller-Lüdenscheidt', birthDate: null }], address: MUELLER.address }));
    expect(unclear.decision).toBe('possible');
    expect(unclear.caseId).not.toBe(first.caseId);
    expect(store.cases.openPossibleMatches(unclear.caseId)).toEqual([expect.objectContaining({ candidate_case_id: first.caseId })]);
    expect(store.cases.get(unclear.caseId)!.needs_review).toBe(1);
  });
});
