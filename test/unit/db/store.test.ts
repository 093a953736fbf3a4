import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { MIGRATIONS } from '../../../src/db/migrations.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';

let dir: string;
let db: Db;
let store: SqliteStore;
const at = '2025-03-12T08:00:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-store-'));
  db = openDatabase(path.join(dir, 'intake.sqlite'));
  store = new SqliteStore(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const doc = (id: string, sha256: string) => ({ id, sha256, originalName: `${id}.pdf`, origin: 'watch' as const, size: 10, spoolPath: `/spool/${id}/x.pdf`, receivedAt: at });

describe('the SQLite store', () => {
  it('runs its migrations once, in WAL mode with foreign keys', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    db = openDatabase(path.join(dir, 'intake.sqlite'));
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
  });

  it('numbers cases per year without revealing anything about the household', () => {
    expect(store.cases.create(at)).toBe('FS-2025-0001');
    expect(store.cases.create(at)).toBe('FS-2025-0002');
    expect(store.cases.create('2026-01-02T00:00:00.000Z')).toBe('FS-2026-0001');
  });

  it('allows only one first-contact letter per case', () => {
    const caseId = store.cases.create(at);
    expect(store.letters.createFirstContact(caseId, 'de', at)).toBe(true);
    expect(store.letters.createFirstContact(caseId, 'tr', at)).toBe(false);
    expect(store.letters.forCase(caseId)).toHaveLength(1);
  });

  it('keeps one live copy per content: a second insert of the same bytes is refused', () => {
    store.documents.insertReceived(doc('d1', 'a'.repeat(64)));
    expect(() => store.documents.insertReceived(doc('d2', 'a'.repeat(64)))).toThrow(/UNIQUE/);
    store.documents.insertDuplicate(doc('d2', 'a'.repeat(64)), store.documents.get('d1')!, at);
    expect(store.documents.get('d2')).toMatchObject({ status: 'duplicate', duplicate_of: 'd1' });
  });

  it('lets the same bytes be tried again after a failed attempt', () => {
    store.documents.insertReceived(doc('d1', 'b'.repeat(64)));
    store.documents.markFailed('d1', 'OCR_TIMEOUT', 'x', null, at);
    expect(store.documents.findPrimaryBySha('b'.repeat(64))).toBeUndefined();
    store.documents.insertReceived(doc('d2', 'b'.repeat(64)));
    expect(store.documents.findPrimaryBySha('b'.repeat(64))?.id).toBe('d2');
  });

  it('claims due documents oldest first and puts interrupted ones back after a crash', () => {
    store.documents.insertReceived(doc('d1', '1'.repeat(64)));
    store.documents.insertReceived({ ...doc('d2', '2'.repeat(64)), receivedAt: '2025-03-12T09:00:00.000Z' });
    store.documents.retryLater('d1', '2025-03-12T10:00:00.000Z', 'OCR_TIMEOUT', 'x');
    expect(store.documents.claimNext('2025-03-12T09:30:00.000Z')?.id).toBe('d2');
    expect(store.documents.claimNext('2025-03-12T09:30:00.000Z')).toBeUndefined();
    expect(store.documents.claimNext('2025-03-12T10:00:00.000Z')?.id).toBe('d1');
    expect(store.documents.requeueInterrupted()).toBe(2);
    expect(store.documents.countByStatus().received).toBe(2);
  });

  it('sorts cases by their nearest deadline not yet past; cases without one come last', () => {
    const a = store.cases.create(at);
    const b = store.cases.create(at);
    const c = store.cases.create(at);
    store.cases.replaceDeadlines(a, [{ kind: 'hearing', date: '2025-05-20', time: null, estimated: 0, label: 'Termin' }]);
    store.cases.replaceDeadlines(b, [
      { kind: 'hearing', date: '2025-03-01', time: null, estimated: 0, label: 'Termin' },
      { kind: 'grace_period_end', date: '2025-05-10', time: null, estimated: 1, label: 'Schonfrist' },
    ]);
    expect(store.cases.idsByUrgency('2025-03-12')).toEqual([b, a, c]);
  });

  it('finds candidates through file numbers and blocking keys only', () => {
    const a = store.cases.create(at);
    const b = store.cases.create(at);
    store.cases.addFileNumber(a, '12 C 345/25', 'Amtsgericht Gummersbach');
    store.cases.replaceMatchKeys(b, ['pc:51674:mu', 'ph:657']);
    expect(store.cases.candidateIds(['12 C 345/25'], [])).toEqual([a]);
    expect(store.cases.candidateIds([], ['ph:657']).sort()).toEqual([b]);
    expect(store.cases.candidateIds(['1 C 1/25'], ['nothing'])).toEqual([]);
  });
});
