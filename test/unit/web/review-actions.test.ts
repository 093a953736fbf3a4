import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import {
  addNote,
  assignCase,
  confirmCase,
  correctField,
  resolvePossibleMatch,
  setStatus,
  type ActionContext,
} from '../../../src/pipeline/review.actions.js';

let store: SqliteStore;
const now = new Date('2026-03-02T09:00:00.000Z');
const at = now.toISOString();
const ctx = (): ActionContext => ({ store, actor: 'anna', now, settings: { serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' } });

const TENANTS = [{ name: 'Ewa Kowalczyk', birthDate: null }];
const ADDRESS = { street: 'Am Sonnenhang', houseNumber: '4', postalCode: '51588', city: 'Nümbrecht', addition: null };

function machineField(caseId: string, name: string, value: unknown, confidence: number, documentId: string | null = null) {
  store.cases.writeField(caseId, { name, valueJson: JSON.stringify(value), confidence, source: 'machine', documentId, page: 1, bboxJson: '[0.1,0.2,0.3,0.25]', correctedBy: null }, at);
}

function caseWithDocument(docId: string): string {
  const caseId = store.cases.create(at);
  store.documents.insertReceived({ id: docId, sha256: docId.padEnd(64, '0'), originalName: `${docId}.pdf`, origin: 'cli', size: 1, spoolPath: `/spool/${docId}`, receivedAt: at });
  store.documents.moveToCase(docId, caseId);
  return caseId;
}

beforeEach(() => {
  store = new SqliteStore(openDatabase(':memory:'));
});

describe('correcting a field', () => {
  it('stores the worker’s value with name and source, keeps the word box, and logs the field name only', () => {
    const id = caseWithDocument('d1');
    machineField(id, 'tenants', TENANTS, 0.6, 'd1');
    const result = correctField(ctx(), id, 'tenants', [{ name: 'Ewa Kowalczyk-Nowak', birthDate: '1980-02-03' }]);
    expect(result.ok).toBe(true);
    const field = store.cases.fields(id).find((f) => f.name === 'tenants')!;
    expect(field).toMatchObject({ source: 'worker', corrected_by: 'anna', confidence: 1, document_id: 'd1', bbox_json: '[0.1,0.2,0.3,0.25]' });
    const event = store.events.forCase(id).find((e) => e.kind === 'field-corrected')!;
    expect(event.actor).toBe('anna');
    expect(event.details_json).toContain('"field":"tenants"');
    expect(event.details_json).not.toContain('Kowalczyk');
  });

  it('points the field at the words a worker took the value from (click to fill), around all parts on that page', () => {
    const id = caseWithDocument('d1');
    machineField(id, 'address', ADDRESS, 0.6, 'd1');
    const result = correctField(ctx(), id, 'address', { ...ADDRESS, houseNumber: '14' }, {
      street: { documentId: 'd1', page: 2, bbox: [0.1, 0.4, 0.3, 0.42] },
      houseNumber: { documentId: 'd1', page: 2, bbox: [0.31, 0.4, 0.34, 0.42] },
      city: { documentId: 'd1', page: 2, bbox: [0.2, 0.43, 0.35, 0.45] },
    });
    expect(result.ok).toBe(true);
    const field = store.cases.fields(id).find((f) => f.name === 'address')!;
    expect(field).toMatchObject({ document_id: 'd1', page: 2 });
    expect(JSON.parse(field.bbox_json!)).toEqual([0.1, 0.4, 0.35, 0.45]);
  });

  it('recomputes the deadlines when the hearing date is corrected', () => {
    const id = store.cases.create(at);
    machineField(id, 'hearing', { date: '2026-04-01', time: '10:30', room: null }, 0.7);
    correctField(ctx(), id, 'hearing', { date: '2026-03-20', time: '09:00', room: 'Saal 2' });
    expect(store.cases.deadlines(id).find((d) => d.kind === 'hearing')).toMatchObject({ date: '2026-03-20', time: '09:00' });
  });

  it('refuses a value that does not fit the schema, with German messages, and changes nothing', () => {
    const id = store.cases.create(at);
    machineField(id, 'address', ADDRESS, 0.7);
    const result = correctField(ctx(), id, 'address', { ...ADDRESS, postalCode: '5158' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', issues: ['PLZ: fünfstellige Postleitzahl'] });
    expect(JSON.parse(store.cases.fields(id)[0]!.value_json).postalCode).toBe('51588');
  });

  it('does not let a required field be cleared', () => {
    const id = store.cases.create(at);
    machineField(id, 'tenants', TENANTS, 0.7);
    expect(correctField(ctx(), id, 'tenants', null)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('asks for the letter again unless it has been printed', () => {
    const id = store.cases.create(at);
    machineField(id, 'tenants', TENANTS, 0.95);
    store.letters.createFirstContact(id, 'first-contact.de', at);
    const letterId = store.letters.forCase(id)[0]!.id;
    store.letters.markReady(letterId, '/letters/x.pdf', '{}', at);
    expect(correctField(ctx(), id, 'landlord', 'Wohnbau GmbH')).toMatchObject({ ok: true, pendingLetterIds: [letterId] });
    expect(store.letters.get(letterId)!.status).toBe('pending');
    store.letters.markReady(letterId, '/letters/x.pdf', '{}', at);
    store.letters.markPrinted([letterId], at);
    expect(correctField(ctx(), id, 'landlord', 'Andere GmbH')).toMatchObject({ ok: true, pendingLetterIds: [], printedLetter: true });
    expect(store.letters.get(letterId)!.status).toBe('ready');
  });
});

describe('confirming a case', () => {
  it('refuses while the tenants are missing', () => {
    const id = store.cases.create(at);
    machineField(id, 'address', ADDRESS, 0.95);
    expect(confirmCase(ctx(), id)).toMatchObject({ ok: false, code: 'conflict', issues: ['tenants'] });
  });

  it('counts machine readings as confirmed, clears the review flag and requests the first-contact letter', () => {
    const id = store.cases.create(at);
    machineField(id, 'tenants', TENANTS, 0.6);
    machineField(id, 'address', ADDRESS, 0.8);
    store.cases.update(id, { needs_review: 1 }, at);
    const result = confirmCase(ctx(), id);
    expect(result).toMatchObject({ ok: true, pendingLetterIds: [`${id}-erstkontakt`] });
    expect(store.cases.fields(id).every((f) => f.confidence === 1)).toBe(true);
    expect(store.cases.get(id)!.needs_review).toBe(0);
    expect(store.events.forCase(id).at(-1)).toMatchObject({ kind: 'case-confirmed', actor: 'anna' });
  });

  it('waits for open possible matches to be decided', () => {
    const a = caseWithDocument('d1');
    const b = caseWithDocument('d2');
    machineField(b, 'tenants', TENANTS, 0.95);
    machineField(b, 'address', ADDRESS, 0.95);
    store.cases.recordPossibleMatch({ documentId: 'd2', caseId: b, candidateCaseId: a, score: 0.8, explanation: 'Name ähnlich', at });
    expect(confirmCase(ctx(), b)).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('deciding a possible match', () => {
  it('remembers a rejection so the pair is not proposed again', () => {
    const a = caseWithDocument('d1');
    const b = caseWithDocument('d2');
    store.cases.recordPossibleMatch({ documentId: 'd2', caseId: b, candidateCaseId: a, score: 0.8, explanation: 'Name ähnlich', at });
    expect(resolvePossibleMatch(ctx(), b, a, 'reject')).toMatchObject({ ok: true, targetCaseId: b });
    expect(store.cases.rejectedCandidates(b)).toEqual([a]);
    expect(store.cases.rejectedCandidates(a)).toEqual([b]);
    expect(resolvePossibleMatch(ctx(), b, a, 'join')).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('joins: the documents, file numbers and missing fields move to the other case, this one closes as merged', () => {
    const a = caseWithDocument('d1');
    const b = caseWithDocument('d2');
    machineField(a, 'tenants', TENANTS, 0.95);
    machineField(b, 'tenants', TENANTS, 0.9);
    machineField(b, 'hearing', { date: '2026-04-01', time: null, room: null }, 0.9);
    store.cases.addFileNumber(b, '12 C 345/26', 'Amtsgericht Gummersbach');
    store.letters.createFirstContact(b, 'first-contact.de', at);
    store.cases.recordPossibleMatch({ documentId: 'd2', caseId: b, candidateCaseId: a, score: 0.8, explanation: 'Name gleich', at });
    expect(resolvePossibleMatch(ctx(), b, a, 'join')).toMatchObject({ ok: true, targetCaseId: a });
    expect(store.documents.forCase(a).map((d) => d.id).sort()).toEqual(['d1', 'd2']);
    expect(store.cases.fileNumbers(a).map((f) => f.number)).toEqual(['12 C 345/26']);
    expect(store.cases.fields(a).map((f) => f.name).sort()).toEqual(['hearing', 'tenants']);
    expect(store.cases.deadlines(a).some((d) => d.kind === 'hearing')).toBe(true);
    expect(store.cases.get(b)).toMatchObject({ status: 'closed', outcome: 'merged', needs_review: 0 });
    expect(store.letters.forCase(b)[0]!.status).toBe('blocked');
  });
});

describe('status, assignment and notes', () => {
  it('closes a case only with an outcome', () => {
    const id = store.cases.create(at);
    expect(setStatus(ctx(), id, 'closed', null)).toMatchObject({ ok: false, code: 'invalid' });
    expect(setStatus(ctx(), id, 'closed', 'flat_kept').ok).toBe(true);
    expect(store.cases.get(id)).toMatchObject({ status: 'closed', outcome: 'flat_kept', closed_at: at });
    expect(setStatus(ctx(), id, 'counselling', 'flat_kept').ok).toBe(true);
    expect(store.cases.get(id)).toMatchObject({ status: 'counselling', outcome: null, closed_at: null });
  });

  it('assigns only people who can sign in', () => {
    const id = store.cases.create(at);
    expect(assignCase(ctx(), id, 'mallory', ['anna']).ok).toBe(false);
    expect(assignCase(ctx(), id, 'anna', ['anna']).ok).toBe(true);
    expect(store.cases.get(id)!.assigned_to).toBe('anna');
  });

  it('keeps a note’s text in the case and out of the history details', () => {
    const id = store.cases.create(at);
    const result = addNote(ctx(), id, { kind: 'contact', channel: 'phone', reached: false, text: 'Frau K. nicht erreicht, Mailbox' });
    expect(result.ok).toBe(true);
    expect(store.cases.notes(id)[0]).toMatchObject({ kind: 'contact', channel: 'phone', reached: 0, author: 'anna' });
    const event = store.events.forCase(id).at(-1)!;
    expect(event.kind).toBe('contact-attempt');
    expect(event.details_json).not.toContain('Mailbox');
    expect(addNote(ctx(), id, { kind: 'note', text: '   ' }).ok).toBe(false);
  });
});
