/**
 * Composition root: the only place that knows every concrete part. Loads nothing itself —
 * callers (the CLI) pass the parsed config and a logger.
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createSeparatorFinder } from './adapters/barcode.adapter.js';
import { readerFor } from './adapters/document-reader.adapter.js';
import { FsFileStore, writeFileAtomic } from './adapters/file-store.adapter.js';
import { createMailer } from './adapters/mail.adapter.js';
import { ServiceStateWriter, serviceStateFile } from './adapters/service-state.adapter.js';
import { checkDataFolder, createStorageProbe } from './adapters/storage-probe.adapter.js';
import { createLetterMaker } from './adapters/letter-maker.adapter.js';
import { dataDirPurgeFiles } from './adapters/purge-files.adapter.js';
import { createTemplateAdmin, type TemplateAdmin } from './adapters/template-store.adapter.js';
import type { PinoLogger } from './adapters/logger.adapter.js';

export { readerFor };
import type { Config } from './config/config.schema.js';
import { applyStoredSettings } from './config/sender-setup.js';
import { defaultDataDir } from './config/load-config.js';
import { IntakeError, toIntakeError } from './core/errors.js';
import { composeStorageAlert } from './core/mail/mail.composer.js';
import { openDatabase, probeWrite, type Db } from './db/connection.js';
import { checkDatabaseFile } from './db/integrity.js';
import { NotifyRepository, ReportRepository, RetentionRepository } from './db/report.repository.js';
import { SqliteStore } from './db/sqlite.store.js';
import { FolderWatcher } from './intake/folder-watcher.js';
import { Spool } from './intake/spool.js';
import { LetterStage } from './pipeline/letter.stage.js';
import { startNotifications } from './pipeline/notify.stage.js';
import type { Clock, DocumentReader, Logger } from './pipeline/ports.js';
import { runPurge, type PurgeResult } from './pipeline/purge.stage.js';
import { PipelineRunner } from './pipeline/runner.js';
import { StorageGuard } from './pipeline/storage-guard.js';
import type { ReportInput } from './core/report/report.types.js';

export const FAILED_DIR_NAME = 'failed';

export interface App {
  config: Config;
  db: Db;
  store: SqliteStore;
  reader: DocumentReader;
  spool: Spool;
  runner: PipelineRunner;
  letterStage: LetterStage;
  /** Pauses intake on storage faults and resumes it; its state is what /health and `intake status` show. */
  guard: StorageGuard;
  logger: Logger;
  clock: Clock;
  /** The retention purge over this app's data dir (the admin page; `intake purge` does the same). */
  purge(dryRun: boolean): Promise<PurgeResult>;
  /** The anonymisable facts behind `intake report` and the statistics page. */
  reportFacts(): ReportInput;
  /** Letter templates of the configured folder; a saved one is in use for the next letter. */
  templates: TemplateAdmin;
  close(): Promise<void>;
}

/** Space kept in the data folder for one alert mail when its disk is full (see startService). */
export const ALERT_RESERVE_FILE = 'alert-reserve.bin';

async function keepAlertReserve(file: string): Promise<void> {
  const there = await stat(file).then((info) => info.size >= 65536, () => false);
  if (!there) await writeFileAtomic(file, Buffer.alloc(65536));
}

export function databaseFile(config: Config): string {
  return path.join(config.dataDir, 'intake.sqlite');
}


/**
 * Start-up checks of the service: the data folder is there (only the zero-setup ./data is created),
 * writable and has room; the database passes its integrity check (quick_check on large stores).
 * Each failure is one IntakeError of kind 'config' with a German message naming the folder and what to do.
 */
export async function preflight(config: Config): Promise<void> {
  await checkDataFolder(config.dataDir, {
    minFreeBytes: config.storage.minFreeMb * 1048576,
    createIfMissing: config.dataDir === defaultDataDir(),
  });
  const file = databaseFile(config);
  const integrity = checkDatabaseFile(file);
  if (!integrity.ok) {
    throw new IntakeError(
      'DATABASE_CORRUPT',
      `Die Datenbank ${file} ist beschädigt (${integrity.mode}: ${integrity.problems.slice(0, 3).join('; ')}). ` +
        'Der Dienst startet nicht, damit nichts Falsches dazukommt. Wiederherstellen: den Datenordner beiseite legen ' +
        `(mv ${config.dataDir} ${config.dataDir}.defekt), einen leeren anlegen und die letzte Sicherung zurückspielen: ` +
        `intake restore --from <Sicherung> --data-dir ${config.dataDir} (README: Wiederherstellung).`,
    );
  }
}

/** The configuration as loaded, with the settings saved in the web UI (SQLite) on top. */
export function withStoredSettings(config: Config, store: SqliteStore): Config {
  return applyStoredSettings(config, store.settings.values());
}

/** Opens the store and builds the pipeline (no watcher, no web): what `process` and `start` share. */
export interface AppOptions {
  /** Wraps the reader the config gives (an evaluation replays recorded reads of its corpus). */
  wrapReader?: (reader: DocumentReader) => DocumentReader;
}

export async function openApp(loaded: Config, rootLogger: PinoLogger, clock: Clock = () => new Date(), options: AppOptions = {}): Promise<App> {
  const logger = rootLogger as unknown as Logger;
  const db = openDatabase(databaseFile(loaded), { busyTimeoutMs: loaded.storage.busyTimeoutMs });
  const store = new SqliteStore(db);
  const config = withStoredSettings(loaded, store);
  const guard = new StorageGuard({
    probe: createStorageProbe({
      dataDir: config.dataDir,
      minFreeBytes: config.storage.minFreeMb * 1048576,
      writeDatabase: () => probeWrite(db, clock().toISOString()),
    }),
    clock,
    logger: logger.child({ component: 'storage' }),
    settings: { retryBaseMs: config.storage.retryBaseMs, retryMaxMs: config.storage.retryMaxMs },
  });
  const failedDir = path.join(config.watchDir, FAILED_DIR_NAME);
  const files = new FsFileStore({ dataDir: config.dataDir, failedDir });
  // The sender is asked at each letter: details an admin saves in the web UI apply without a restart.
  const letters = await createLetterMaker({ templatesDir: config.letters.templatesDir, sender: () => app.config.sender, defaultVariant: config.letters.defaultVariant });
  const configured = readerFor(config, logger, path.join(config.dataDir, 'cache'));
  const reader = options.wrapReader ? options.wrapReader(configured) : configured;
  const letterStage = new LetterStage({ store, files, letters, clock, logger });
  const runner = new PipelineRunner({
    store,
    reader,
    files,
    letterStage,
    clock,
    logger,
    guard,
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
  // First resume step: documents held by the fault go back to the queue.
  guard.onResume(async (scope) => {
    if (scope === 'data') runner.resume();
  });
  const retention = new RetentionRepository(db);
  const reports = new ReportRepository(db);
  const app: App = {
    config,
    db,
    store,
    reader,
    spool,
    runner,
    letterStage,
    guard,
    logger,
    clock,
    purge: (dryRun) => runPurge({ store: retention, files: dataDirPurgeFiles(config.dataDir), clock, logger }, { retentionYears: config.retention.years, dryRun }),
    reportFacts: () => reports.facts(),
    templates: createTemplateAdmin(config.letters.templatesDir, async () => letters.reload?.()),
    async close() {
      guard.stop();
      await runner.stop();
      await reader.close();
      db.close();
    },
  };
  return app;
}

/** The long-running service: recover the spool, resume the queue, watch the folder. */
export async function startService(app: App): Promise<{ watcher: FolderWatcher; stop(): Promise<void> }> {
  const { config, spool, runner, letterStage, logger, guard } = app;
  const stateFile = new ServiceStateWriter(serviceStateFile(config.dataDir), guard.state(), app.clock());
  await stateFile.open();
  guard.onChange((state) => stateFile.update(state, app.clock()));
  await spool.recover();
  runner.start();
  await letterStage.renderPending().catch((error: unknown) => {
    if (!guard.report(error)) logger.error({ code: toIntakeError(error).code }, 'pending letters not rendered');
  });
  // The sender may have been set in the config file since the last start.
  await letterStage.redoDrafts().catch((error: unknown) => {
    if (!guard.report(error)) logger.error({ code: toIntakeError(error).code }, 'draft letters not made again');
  });
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
      healthIntervalMs: config.watch.checkIntervalMs,
    },
    {
      spool,
      gate: guard,
      logger: logger.child({ component: 'watcher' }),
      onRegistered: (registration) => {
        if (registration.kind === 'duplicate') duplicates += 1;
        runner.wake();
      },
    },
  );
  // New-case alerts (batched) and the daily digest: counts, dates and links only, never names.
  // The notifier and the mailer bind their own `component`; binding it here too printed the key twice.
  // The team address is read at each mail: an admin may change it in the web UI.
  const mailer = createMailer({ dataDir: config.dataDir, get mail() { return app.config.mail; } }, logger);
  const notifications = startNotifications({
    store: new NotifyRepository(app.db),
    config,
    logger,
    clock: app.clock,
    mailer,
  });
  // One mail per fault, by SMTP or into the outbox. The outbox lives on the data folder's disk: when that
  // is full, the space kept for this moment is given up so the alert can still be written.
  const reserve = path.join(config.dataDir, ALERT_RESERVE_FILE);
  await keepAlertReserve(reserve).catch(() => undefined);
  guard.setAlert(async (fault) => {
    const mail = composeStorageAlert(fault, { baseUrl: config.mail.baseUrl });
    try {
      await mailer.send(mail);
    } catch (error) {
      if (!toIntakeError(error).storageFault) throw error;
      await rm(reserve, { force: true });
      await mailer.send(mail);
    }
  });
  // After a fault: whatever was moved into the spool but not yet recorded is registered, letters that
  // could not be written are made, and the watch folder is read again for the files that waited there.
  guard.onResume(async () => {
    await keepAlertReserve(reserve).catch(() => undefined);
    await watcher.idle();
    await spool.recover();
    runner.wake();
    await letterStage.renderPending();
    await watcher.rescan();
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
      guard.stop();
      await watcher.close();
      await notifications.stop();
      await app.close();
      stateFile.close(app.clock());
    },
  };
}
