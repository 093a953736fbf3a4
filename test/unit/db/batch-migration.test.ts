import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Db } from '../../../src/db/connection.js';
import { MIGRATIONS } from '../../../src/db/migrations.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';

let dir: string;
let file: string;
let db: Db;
const at = '2025-03-12T08:00:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-migrate-'));
  file = path.join(dir, 'intake.sqlite');
});
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A store as it was before batch splitting: migrations 1–3 only, with a case, a document, a field and a duplicate. */
function storeAtVersion3(): Db {
  const old = new Database(file);
  old.pragma('foreign_keys = ON');
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((m) => m.version <= 3)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, at);
  }
  old.prepare("INSERT INTO cases (id, created_at, updated_at) VALUES ('FS-2025-0001', ?, ?)").run(at, at);
  old.prepare(
    `INSERT INTO documents (id, sha256, original_name, origin, size, status, case_id, received_at, dismissed_by)
     VALUES ('d1', ?, 'a.pdf', 'watch', 10, 'done', 'FS-2025-0001', ?, 'anna')`,
  ).run('a'.repeat(64), at);
  old.prepare(
    `INSERT INTO documents (id, sha256, original_name, origin, size, status, duplicate_of, case_id, received_at)
     VALUES ('d2', ?, 'b.pdf', 'watch', 10, 'duplicate', 'd1', 'FS-2025-0001', ?)`,
  ).run('a'.repeat(64), at);
  old.prepare(
    `INSERT INTO case_fields (case_id, name, value_json, confidence, source, document_id, updated_at)
     VALUES ('FS-2025-0001', 'court', '"Amtsgericht Wiehl"', 0.9, 'machine', 'd1', ?)`,
  ).run(at);
  return old;
}

describe('migration 4 (batch split)', () => {
  it('rebuilds the documents table keeping every row and reference, with foreign keys on again afterwards', () => {
    storeAtVersion3().close();
    db = openDatabase(file);
    expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const store = new SqliteStore(db);
    expect(store.documents.get('d1')).toMatchObject({ status: 'done', case_id: 'FS-2025-0001', dismissed_by: 'anna', batch_id: null });
    expect(store.documents.get('d2')).toMatchObject({ status: 'duplicate', duplicate_of: 'd1' });
    expect(store.cases.fields('FS-2025-0001')[0]).toMatchObject({ document_id: 'd1' });
    // Foreign keys still guard the rebuilt table.
    expect(() => db.prepare("UPDATE documents SET case_id = 'FS-1999-0001' WHERE id = 'd1'").run()).toThrow(/FOREIGN KEY/);
  });

  it('lets the parts of a batch share its sha256 while a second live copy of the same bytes is still refused', () => {
    db = openDatabase(file);
    const store = new SqliteStore(db);
    const sha = 'b'.repeat(64);
    store.documents.insertReceived({ id: 'batch', sha256: sha, originalName: 'stapel.pdf', origin: 'watch', size: 10, spoolPath: '/spool/batch/x.pdf', receivedAt: at });
    const batch = store.documents.get('batch')!;
    store.documents.insertPart({ id: 'batch-p1', batch, pageFirst: 1, pageLast: 2 });
    store.documents.insertPart({ id: 'batch-p3', batch, pageFirst: 3, pageLast: 3 });
    store.documents.markSplit('batch', { mimeType: 'application/pdf', pageCount: 3, splitJson: '{}', readAt: at, at });
    expect(store.documents.get('batch')!.status).toBe('split');
    expect(store.documents.findPrimaryBySha(sha)!.id).toBe('batch');
    expect(() =>
      store.documents.insertReceived({ id: 'again', sha256: sha, originalName: 'x.pdf', origin: 'watch', size: 10, spoolPath: '/spool/again/x.pdf', receivedAt: at }),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE documents SET status = 'bogus' WHERE id = 'batch'").run()).toThrow(/CHECK/);
  });

  it('is applied once: opening the store again changes nothing', () => {
    db = openDatabase(file);
    const before = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'documents'").pluck().get();
    migrate(db);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'documents'").pluck().get()).toBe(before);
  });
});
