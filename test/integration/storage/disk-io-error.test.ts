import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsFileStore } from '../../../src/adapters/file-store.adapter.js';
import { createLetterMaker } from '../../../src/adapters/letter-maker.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Db } from '../../../src/db/connection.js';
import { readerFor } from '../../../src/main.js';
import { LetterStage } from '../../../src/pipeline/letter.stage.js';
import type { DocumentReader, FileStore } from '../../../src/pipeline/ports.js';
import { PipelineRunner } from '../../../src/pipeline/runner.js';
import { StorageGuard, type Fault } from '../../../src/pipeline/storage-guard.js';
import { householdNotices, until } from '../../support/small-disk.js';
import { silentLogger, spoolFor, tempDirs, type TempDirs } from '../../support/temp-app.js';

/**
 * EIO cannot be made on a tmpfs or a loop file system without a failing device, so this test puts a
 * double in the file-system layer only: the FileStore port (originals, letters) and the guard's probe
 * fail with a real-looking EIO while `disk.failing` is set. SQLite, the reader and the letters are real.
 */
const disk = { failing: false };
const eio = () => Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', errno: -5, syscall: 'write' });

class FailingDisk implements FileStore {
  constructor(private readonly inner: FileStore) {}
  private check(): void {
    if (disk.failing) throw eio();
  }
  readSpool = (p: string) => this.inner.readSpool(p);
  keepOriginal = async (sha: string, bytes: Buffer, ext: string) => (this.check(), this.inner.keepOriginal(sha, bytes, ext));
  releaseSpool = (p: string) => this.inner.releaseSpool(p);
  moveToFailed = async (p: string, name: string, text: string) => (this.check(), this.inner.moveToFailed(p, name, text));
  writeLetter = async (caseId: string, name: string, pdf: Buffer) => (this.check(), this.inner.writeLetter(caseId, name, pdf));
  writePrintJob = async (name: string, pdf: Buffer) => (this.check(), this.inner.writePrintJob(name, pdf));
}

let dirs: TempDirs;
let db: Db;
let reader: DocumentReader;
let runner: PipelineRunner;
let guard: StorageGuard;
const alerts: Fault[] = [];

beforeAll(async () => {
  dirs = tempDirs('intake-eio-');
  const config = loadConfig({ env: { INTAKE_DATA_DIR: dirs.dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1' }, cwd: dirs.root });
  const parts = spoolFor(dirs);
  db = parts.db;
  const logger = silentLogger();
  const files = new FailingDisk(new FsFileStore({ dataDir: dirs.dataDir, failedDir: dirs.failedDir }));
  const letters = await createLetterMaker({ templatesDir: config.letters.templatesDir, sender: config.sender });
  reader = readerFor(config, logger);
  const letterStage = new LetterStage({ store: parts.store, files, letters, clock: () => new Date(), logger });
  guard = new StorageGuard({
    probe: { checkData: async () => (disk.failing ? Promise.reject(eio()) : undefined) },
    clock: () => new Date(),
    logger,
    settings: { retryBaseMs: 50, retryMaxMs: 200 },
    alert: async (fault) => void alerts.push(fault),
  });
  runner = new PipelineRunner({
    store: parts.store,
    reader,
    files,
    letterStage,
    clock: () => new Date(),
    logger,
    guard,
    settings: {
      concurrency: 2,
      maxAttempts: 2,
      retryBaseMs: 50,
      maxFileBytes: config.ocr.maxFileBytes,
      gazetteer: config.gazetteer,
      joinThreshold: config.match.joinThreshold,
      reviewThreshold: config.match.reviewThreshold,
      earlierCaseYears: config.match.earlierCaseYears,
      serviceEstimateDays: config.deadlines.serviceEstimateDays,
      defaultLetterVariant: config.letters.defaultVariant,
    },
  });
  guard.onResume(async () => {
    runner.resume();
    await letterStage.renderPending();
  });
  const notices = await householdNotices(3);
  for (const [i, pdf] of notices.entries()) {
    const file = path.join(dirs.root, `notice-${i}.pdf`);
    writeFileSync(file, pdf);
    await parts.spool.claim(file, `notice-${i}.pdf`, 'cli');
  }
});
afterAll(async () => {
  guard.stop();
  await runner.stop();
  await reader.close();
  db.close();
  dirs.cleanup();
});

const count = (sql: string) => db.prepare(sql).pluck().get() as number;

describe('a disk that answers EIO (file-system test double: a real EIO needs a failing device)', () => {
  it('holds the documents without failing them, alerts once, and finishes them when the disk works again', async () => {
    disk.failing = true;
    runner.start();
    await until(() => guard.state().status === 'paused', 20_000, 'the pause');
    await until(() => runner.inProgress === 0 && alerts.length === 1, 20_000, 'the alert and nothing in flight');
    expect(guard.state().faults[0]).toMatchObject({ scope: 'data', code: 'STORAGE_IO' });
    expect(count("SELECT count(*) FROM documents WHERE status = 'failed'")).toBe(0);
    expect(count("SELECT count(*) FROM documents WHERE status = 'done'")).toBe(0);
    // The attempt does not count: a fault of the server is no try of the file.
    expect(count('SELECT max(attempts) FROM documents')).toBeLessThanOrEqual(1);
    expect(existsSync(dirs.failedDir) ? readdirSync(dirs.failedDir) : []).toEqual([]);

    disk.failing = false;
    await until(() => count("SELECT count(*) FROM letters WHERE status = 'ready'") === 3, 30_000, 'the three letters');
    expect(count("SELECT count(*) FROM documents WHERE status = 'done'")).toBe(3);
    expect(count("SELECT count(*) FROM documents WHERE status = 'failed'")).toBe(0);
    expect(readdirSync(path.join(dirs.dataDir, 'spool'))).toEqual([]);
    expect(alerts).toHaveLength(1);
  });
});
