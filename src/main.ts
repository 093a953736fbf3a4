/**
 * Composition root: the only place that knows every concrete part. Loads nothing itself —
 * callers (the CLI) pass the parsed config and a logger.
 */
import path from 'node:path';
import { createSeparatorFinder } from './adapters/barcode.adapter.js';
import { createDocumentReader } from './adapters/document-reader.adapter.js';
import { FsFileStore } from './adapters/file-store.adapter.js';
import { createMailer } from './adapters/mail.adapter.js';
import { createLetterMaker } from './adapters/letter-maker.adapter.js';
import type { PinoLogger } from './adapters/logger.adapter.js';
import type { Config } from './config/config.schema.js';
import { applyStoredSettings } from './config/sender-setup.js';
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
  /** The configuration with the settings saved in the web UI on top; replaced when an admin saves them. */
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

export function readerFor(config: Config, logger: Logger, cacheDir?: string): DocumentReader {
  return createDocumentReader({
    workers: config.ocr.workers,
    maxPages: config.ocr.maxPages,
    maxPixels: config.ocr.maxPixels,
    pageTimeoutMs: config.ocr.pageTimeoutMs,
    recycleAfterPages: config.ocr.recycleAfterPages,
    cacheDir,
    logger: logger.child({ component: 'reader' }),
  });
}

/** The configuration as loaded, with the settings saved in the web UI (SQLite) on top. */
export function withStoredSettings(config: Config, store: SqliteStore): Config {
  return applyStoredSettings(config, store.settings.values());
}

/** Opens the store and builds the pipeline (no watcher, no web): what `process` and `start` share. */
export async function openApp(loaded: Config, rootLogger: PinoLogger, clock: Clock = () => new Date()): Promise<App> {
  const logger = rootLogger as unknown as Logger;
  const db = openDatabase(databaseFile(loaded));
  const store = new SqliteStore(db);
  const config = withStoredSettings(loaded, store);
  const failedDir = path.join(config.watchDir, FAILED_DIR_NAME);
  const files = new FsFileStore({ dataDir: config.dataDir, failedDir });
  // The sender is asked at each letter: details an admin saves in the web UI apply without a restart.
  const letters = await createLetterMaker({ templatesDir: config.letters.templatesDir, sender: () => app.config.sender, defaultVariant: config.letters.defaultVariant });
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
  const app: App = {
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
  return app;
}

/** The long-running service: recover the spool, resume the queue, watch the folder. */
export async function startService(app: App): Promise<{ watcher: FolderWatcher; stop(): Promise<void> }> {
  const { config, spool, runner, letterStage, logger } = app;
  await spool.recover();
  runner.start();
  await letterStage.renderPending();
  // The sender may have been set in the config file since the last start.
  await letterStage.redoDrafts();
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
  // The notifier and the mailer bind their own `component`; binding it here too printed the key twice.
  const notifications = startNotifications({
    store: new NotifyRepository(app.db),
    config,
    logger,
    clock: app.clock,
    // The team address is read at each mail: an admin may change it in the web UI.
    mailer: createMailer({ dataDir: config.dataDir, get mail() { return app.config.mail; } }, logger),
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
