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
