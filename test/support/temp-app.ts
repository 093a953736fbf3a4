import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRootLogger } from '../../src/adapters/logger.adapter.js';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { SqliteStore } from '../../src/db/sqlite.store.js';
import { Spool } from '../../src/intake/spool.js';
import type { Logger } from '../../src/pipeline/ports.js';

/** A throw-away data dir and watch folder with a real SQLite file. */
export interface TempDirs {
  root: string;
  watchDir: string;
  dataDir: string;
  failedDir: string;
  cleanup(): void;
}

export function tempDirs(prefix = 'intake-'): TempDirs {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const watchDir = path.join(root, 'watch-folder');
  const dataDir = path.join(root, 'data');
  mkdirSync(watchDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  return { root, watchDir, dataDir, failedDir: path.join(watchDir, 'failed'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const silentLogger = (): Logger => createRootLogger('silent', { pretty: false }) as unknown as Logger;

export function spoolFor(dirs: TempDirs): { db: Db; store: SqliteStore; spool: Spool } {
  const db = openDatabase(path.join(dirs.dataDir, 'intake.sqlite'));
  const store = new SqliteStore(db);
  const spool = new Spool({ store, dataDir: dirs.dataDir, failedDir: dirs.failedDir, clock: () => new Date(), logger: silentLogger() });
  return { db, store, spool };
}

/** A real SQLite file with the real migrations in a throw-away dir; `reopen` closes and opens it again (a restart). */
export interface TempStore {
  db: Db;
  store: SqliteStore;
  reopen(): void;
  /** Closes the database and removes the dir. */
  cleanup(): void;
}

export function tempStore(prefix = 'intake-'): TempStore {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const file = path.join(dir, 'intake.sqlite');
  const db = openDatabase(file);
  const temp: TempStore = {
    db,
    store: new SqliteStore(db),
    reopen() {
      temp.db.close();
      temp.db = openDatabase(file);
      temp.store = new SqliteStore(temp.db);
    },
    cleanup() {
      temp.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}
