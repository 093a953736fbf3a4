import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (and creates) the store: WAL, foreign keys, busy timeout, migrations applied in order.
 * A write that waits longer than `busyTimeoutMs` for another writer fails with SQLITE_BUSY (a storage fault).
 */
export function openDatabase(file: string, options: { busyTimeoutMs?: number } = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
  migrate(db);
  return db;
}

class ProbeRollback extends Error {}

/**
 * The storage guard's check that the store takes writes again: one real write (a row of the small state
 * table), and room to grow — 64 KB written and rolled back, which needs free pages or a file that can grow
 * (an update in place would pass on a store that is full).
 */
export function probeWrite(db: Db, at: string): void {
  db.prepare("INSERT INTO notify_state (key, value) VALUES ('storage.probe', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(at);
  try {
    db.transaction(() => {
      db.prepare("INSERT INTO notify_state (key, value) VALUES ('storage.probe.room', zeroblob(65536))").run();
      throw new ProbeRollback();
    })();
  } catch (error) {
    if (!(error instanceof ProbeRollback)) throw error;
  }
}

export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    // Rebuilding a table others refer to needs foreign keys off (they cannot change inside a transaction);
    // the references are checked before the migration commits.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.rebuildsTables && foreignKeys) db.pragma('foreign_keys = OFF');
    try {
      // IMMEDIATE, and asked again inside: another process opening the store at the same moment (the service
      // starting while `intake status` looks) may have applied it since `applied` was read.
      db.transaction(() => {
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version)) return;
        db.exec(migration.sql);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`migration ${migration.version} would break foreign keys`);
        }
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      }).immediate();
    } finally {
      if (migration.rebuildsTables && foreignKeys) db.pragma('foreign_keys = ON');
    }
  }
}
