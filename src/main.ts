/**
 * Composition root: the only place that knows every concrete part. Loads nothing itself —
 * callers (the CLI) pass the parsed config and a logger.
 */
import path from 'node:path';
import { createSeparatorFinder } from './adapters/barcode.adapter.js';
import { readerFor } from './adapters/document-reader.adapter.js';
import { FsFileStore } from './adapters/file-store.adapter.js';
import { createMailer } from './adapters/mail.adapter.js';
import { createLetterMaker } from './adapters/letter-maker.adapter.js';
import type { PinoLogger } from './adapters/logger.adapter.js';

export { readerFor };
import type { Config } from './config/config.schema.js';
import { openDatabase, type Db } from './db/connection.js';
import { NotifyRepository } from './db/report.repository.js';
import { SqliteStore } from './db/sqlite.store.js';
import { FolderWatcher } from './intake/folder-watcher.js';
import { Spool } from './intake/spool.js';
import { LetterStage } from './pipeline/letter.stage.js';
import { startNotifications } from './pipeline/notify.stage.js';
import type { Clock, DocumentReader, Logger } from './pipeline/ports.js';
import { PipelineRunner } from './pipeline/runner.js';

export const FAILED_DIR_NAME = 'failed';

export interface App {
  config: Config;
  db: Db;
  store: SqliteStore;
  reader: DocumentReader;
  spool: Spool;
  runner: PipelineRunner;
  letterStage: LetterStage;
  logger: Logger;
  clock: Clock;
  close(): Promise<void>;
}

export function databaseFile(config: Config): string {
  return path.join(config.dataDir, 'intake.sqlite');
}


/** Opens the store and builds the pipeline (no watcher, no web): what `process` and `start` share. */
export async function openApp(config: Config, rootLogger: PinoLogger, clock: Clock = () => new Date()): Promise<App> {
  const logger = rootLogger as unknown as Logger;
  const db = openDatabase(databaseFile(config));
  const store = new SqliteStore(db);
  const failedDir = path.join(config.watchDir, FAILED_DIR_NAME);
  const files = new FsFileStore({ dataDir: config.dataDir, failedDir });
  const letters = await createLetterMaker({ templatesDir: config.letters.templatesDir, sender: config.sender, defaultVariant: config.letters.defaultVariant });
  const reader = readerFor(config, logger, path.join(config.dataDir, 'cache'));
  const letterStage = new LetterStage({ store, files, letters, clock, logger });
  const runner = new PipelineRunner({
    store,
    reader,
    files,
    letterStage,
    clock,
    logger,
    separators: createSeparatorFinder((bytes, page, width) => reader.renderPage(bytes, page, width), config.split.separatorCode),
    settings: {
      // One document more than OCR workers: while a document is extracted, committed and its letter made
      // (about 0.3 s of a scanned page's 2.2 s in bench:watch), the next one is read, so no worker waits.
      // The reader still holds at most workers + 1 scanned pages at once.
      concurrency: config.ocr.workers + 1,
      maxAttempts: config.pipeline.maxAttempts,
      retryBaseMs: config.pipeline.retryBaseMs,
      maxFileBytes: config.ocr.maxFileBytes,
      gazetteer: config.gazetteer,
      joinThreshold: config.match.joinThreshold,
      reviewThreshold: config.match.reviewThreshold,
      earlierCaseYears: config.match.earlierCaseYears,
      serviceEstimateDays: config.deadlines.serviceEstimateDays,
      defaultLetterVariant: config.letters.defaultVariant,
    },
  });
  const spool = new Spool({ store, dataDir: config.dataDir, failedDir, clock, logger: logger.child({ component: 'spool' }) });
  return {
    config,
    db,
    store,
    reader,
    spool,
    runner,
    letterStage,
    logger,
    clock,
    async close() {
      await runner.stop();
      await reader.close();
      db.close();
    },
  };
}

/** The long-running service: recover the spool, resume the queue, watch the folder. */
export async function startService(app: App): Promise<{ watcher: FolderWatcher; stop(): Promise<void> }> {
  const { config, spool, runner, letterStage, logger } = app;
  await spool.recover();
  runner.start();
  await letterStage.renderPending();
  let done = 0;
  let failed = 0;
  let duplicates = 0;
  const watcher = new FolderWatcher(
    {
      watchDir: config.watchDir,
      failedDirName: FAILED_DIR_NAME,
      polling: config.watch.polling,
      pollIntervalMs: config.watch.pollIntervalMs,
      stableMs: config.watch.stableMs,
      rescanIntervalMs: config.watch.rescanIntervalMs,
      subfolders: config.watch.subfolders,
    },
    {
      spool,
      logger: logger.child({ component: 'watcher' }),
      onRegistered: (registration) => {
        if (registration.kind === 'duplicate') duplicates += 1;
        runner.wake();
      },
    },
  );
  // New-case alerts (batched) and the daily digest: counts, dates and links only, never names.
  const notifications = startNotifications({
    store: new NotifyRepository(app.db),
    config,
    logger: logger.child({ component: 'notify' }),
    clock: app.clock,
    mailer: createMailer(config, logger.child({ component: 'mail' })),
  });
  runner.onOutcome((outcome) => {
    if (outcome.kind === 'done' && outcome.newCase) notifications.notifyNewCase(outcome.caseId);
    if (outcome.kind === 'done') done += 1;
    if (outcome.kind === 'split') {
      for (const part of outcome.parts) if (part.newCase) notifications.notifyNewCase(part.caseId);
      done += outcome.parts.length;
    }
    if (outcome.kind === 'failed') failed += 1;
    const queued = app.store.documents.countByStatus().received;
    logger.info({ done, failed, duplicates, queued, inProgress: runner.inProgress, waiting: watcher.pending }, 'progress');
  });
  await watcher.start();
  logger.info({ watchDir: config.watchDir, polling: config.watch.polling }, 'watching');
  return {
    watcher,
    async stop() {
      await watcher.close();
      await notifications.stop();
      await app.close();
    },
  };
}
