import { IntakeError, toIntakeError } from '../core/errors.js';
import type { Gazetteer } from '../core/gazetteer.js';
import type { ReadDocument } from '../core/page.js';
import { commitBatch, type PartOutcome } from './batch-commit.stage.js';
import { commitDocument, type CommitSettings } from './commit.stage.js';
import { extensionFor, extractWithRereads } from './extract.stage.js';
import { failureReport } from './failure-report.js';
import { applyLearnedLayout } from './learn.stage.js';
import type { LetterStage } from './letter.stage.js';
import type { Clock, DocumentReader, FileStore, Logger, SeparatorFinder } from './ports.js';
import { partDocument, splitBatch, splitSummary, type BatchSplit } from './split.stage.js';
import type { StorageGuard } from './storage-guard.js';
import type { DocumentRow, IntakeStore } from './store.port.js';

export interface RunnerSettings extends CommitSettings {
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  maxFileBytes: number;
  gazetteer: Gazetteer;
}

export type DocumentOutcome =
  | { kind: 'done'; documentId: string; caseId: string; newCase: boolean; decision: string }
  /** A batch scan: each document found in it was committed as a part of its own. */
  | { kind: 'split'; documentId: string; parts: PartOutcome[] }
  | { kind: 'retry'; documentId: string; code: string; at: string }
  /** The server's storage failed: the document waits (status 'processing', its file in the spool) until it works again. */
  | { kind: 'paused'; documentId: string; code: string }
  | { kind: 'failed'; documentId: string; code: string; message: string };

/** A document that meets storage faults again and again waits longer each time (never fails for them). */
const MAX_HOLD_BACKOFF_MS = 600_000;

/**
 * Claims documents from the store (the queue lives in SQLite, so it is bounded in memory and
 * survives restarts), runs read → extract → commit → letter for each, at most `concurrency`
 * at once, and records every outcome. Transient errors are retried with backoff, the rest fail
 * into the failed folder with a German reason. Storage faults (disk full, database locked …) are
 * the server's, not the file's: the document is held without any write, the guard pauses intake,
 * and `resume()` hands the held documents back once the storage works again.
 */
export class PipelineRunner {
  private active = new Map<string, AbortController>();
  private running = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly listeners: ((outcome: DocumentOutcome) => void)[] = [];
  /** Documents stopped by a storage fault: still 'processing' in the store, handed back on resume. */
  private readonly held = new Set<string>();
  /** Storage faults met per document (in memory: it only spaces out the next attempt). */
  private readonly faultsMet = new Map<string, number>();

  constructor(
    private readonly deps: {
      store: IntakeStore;
      reader: DocumentReader;
      files: FileStore;
      letterStage: LetterStage;
      clock: Clock;
      logger: Logger;
      settings: RunnerSettings;
      /** Pauses intake on storage faults and calls `resume()` when they clear. */
      guard: StorageGuard;
      /** Finds separator sheets in batch scans; without it only the pages' own evidence splits a batch. */
      separators?: SeparatorFinder;
    },
  ) {}

  onOutcome(listener: (outcome: DocumentOutcome) => void): void {
    this.listeners.push(listener);
  }

  get inProgress(): number {
    return this.active.size;
  }

  /** Documents waiting for the storage to work again. */
  get heldCount(): number {
    return this.held.size;
  }

  /** Starts claiming work; call `wake()` whenever new work was registered. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const requeued = this.deps.store.documents.requeueInterrupted();
    if (requeued > 0) this.deps.logger.warn({ requeued }, 'documents interrupted by a stop are queued again');
    this.wake();
  }

  wake(): void {
    if (!this.running) return;
    clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    this.fill();
  }

  private fill(): void {
    try {
      this.claimAndSchedule();
    } catch (thrown) {
      // Claiming is a write: on a full or locked store it pauses intake instead of ending the service.
      if (!this.deps.guard.report(thrown)) this.deps.logger.error({ code: toIntakeError(thrown).code }, 'could not claim work');
      if (this.active.size === 0) this.releaseIdleWaiters();
    }
  }

  private claimAndSchedule(): void {
    const { store, clock, settings, guard } = this.deps;
    if (guard.dataPaused) {
      if (this.active.size === 0) this.releaseIdleWaiters();
      return;
    }
    while (this.running && this.active.size < settings.concurrency && !guard.dataPaused) {
      const job = store.documents.claimNext(clock().toISOString());
      if (!job) break;
      const controller = new AbortController();
      this.active.set(job.id, controller);
      void this.processSafely(job, controller.signal).then((outcome) => {
        this.active.delete(job.id);
        if (outcome.kind !== 'paused' && outcome.kind !== 'retry') this.faultsMet.delete(job.id);
        for (const listener of this.listeners) {
          try {
            listener(outcome);
          } catch (thrown) {
            if (!guard.report(thrown)) this.deps.logger.error({ code: toIntakeError(thrown).code }, 'outcome listener failed');
          }
        }
        this.fill();
      });
    }
    if (this.active.size === 0 && guard.dataPaused) {
      this.releaseIdleWaiters();
      return;
    }
    if (this.active.size === 0) {
      const nextDue = store.documents.nextDueAt();
      if (nextDue && this.running) {
        const delay = Math.max(50, Date.parse(nextDue) - clock().getTime());
        this.wakeTimer = setTimeout(() => this.wake(), delay);
        this.wakeTimer.unref();
      } else {
        this.releaseIdleWaiters();
      }
    }
  }

  private releaseIdleWaiters(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /**
   * Resolves when nothing is in progress and nothing is due or scheduled for retry — or when intake
   * is paused by a storage fault with nothing in progress (a CLI run then reports the pause).
   */
  whenIdle(): Promise<void> {
    if (this.active.size === 0 && this.deps.guard.dataPaused) return Promise.resolve();
    if (this.active.size === 0 && !this.deps.store.documents.nextDueAt() && !this.hasQueued()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * The storage works again: held documents go back to the queue (each one that met faults before
   * waits a little longer), and claiming starts again. Throws a storage fault if the store still fails.
   */
  resume(): void {
    const { store, clock, settings } = this.deps;
    for (const id of [...this.held]) {
      const met = (this.faultsMet.get(id) ?? 0) + 1;
      this.faultsMet.set(id, met);
      const waitMs = met <= 1 ? 0 : Math.min(MAX_HOLD_BACKOFF_MS, settings.retryBaseMs * 2 ** Math.min(met - 2, 20));
      store.documents.handBack(id, waitMs > 0 ? new Date(clock().getTime() + waitMs).toISOString() : null);
      this.held.delete(id);
    }
    this.wake();
  }

  private hasQueued(): boolean {
    return this.deps.store.documents.countByStatus().received > 0;
  }

  /** Stops claiming; in-flight documents are aborted and handed back to the queue unless they finish first. */
  async stop(graceMs = 10_000): Promise<void> {
    this.running = false;
    clearTimeout(this.wakeTimer);
    const inFlight = [...this.active.keys()];
    if (inFlight.length === 0) return;
    const deadline = Date.now() + graceMs;
    while (this.active.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const [id, controller] of this.active) {
      controller.abort();
      try {
        this.deps.store.documents.handBack(id);
      } catch (thrown) {
        // Still 'processing' in the store: the next start queues it again (requeueInterrupted).
        this.deps.logger.warn({ docId: id, code: toIntakeError(thrown).code }, 'document not handed back; the next start queues it again');
      }
    }
  }

  /** `process`, and whatever its own error path throws: a storage fault there holds the document too. */
  private async processSafely(job: DocumentRow, signal: AbortSignal): Promise<DocumentOutcome> {
    try {
      return await this.process(job, signal);
    } catch (thrown) {
      const error = toIntakeError(thrown);
      if (this.deps.guard.report(error)) return this.hold(job, error);
      this.deps.logger.error({ docId: job.id, code: error.code, err: describeCause(error) }, 'error path failed; the document is queued again on the next start');
      this.held.add(job.id);
      return { kind: 'paused', documentId: job.id, code: error.code };
    }
  }

  /** No write here: the store may be the thing that is full. The guard was told; resume() hands it back. */
  private hold(job: DocumentRow, error: IntakeError): DocumentOutcome {
    this.held.add(job.id);
    this.deps.logger.child({ docId: job.id }).warn({ code: error.code }, 'storage fault: document waits in the spool');
    return { kind: 'paused', documentId: job.id, code: error.code };
  }

  /** After the commit a letter that cannot be written stays pending; a storage fault pauses intake. */
  private async renderLetters(logger: Logger): Promise<void> {
    try {
      await this.deps.letterStage.renderPending();
    } catch (thrown) {
      if (!this.deps.guard.report(thrown)) logger.error({ code: toIntakeError(thrown).code }, 'letters not rendered; they stay pending');
    }
  }

  private async process(job: DocumentRow, signal: AbortSignal): Promise<DocumentOutcome> {
    const { store, reader, files, clock, settings } = this.deps;
    const logger = this.deps.logger.child({ docId: job.id, sha256: job.sha256.slice(0, 12) });
    const started = clock();
    try {
      if (!job.spool_path) throw new IntakeError('INTERNAL', 'Spool-Eintrag fehlt.');
      const bytes = await files.readSpool(job.spool_path);
      if (bytes.length > settings.maxFileBytes) {
        throw new IntakeError('FILE_TOO_LARGE', `Die Datei ist größer als ${Math.round(settings.maxFileBytes / 1048576)} MB.`);
      }
      const read = await reader.read(bytes, { signal });
      const readAt = clock().toISOString();
      const readMs = Date.parse(readAt) - started.getTime();
      const split = await splitBatch(read, bytes, this.tolerantSeparators(logger));
      if (split) return await this.processBatch(job, bytes, read, readAt, split, signal, logger, started);
      const extracted = await extractWithRereads(
        job.original_name,
        job.sha256,
        read,
        bytes,
        reader,
        { gazetteer: settings.gazetteer, today: readAt.slice(0, 10) },
        logger,
      );
      const corrected = extracted.read;
      const { extraction, sender, learned } = applyLearnedLayout(store.layout, corrected.pages, extracted.extraction, settings.gazetteer);
      const extractedAt = clock().toISOString();
      const extractMs = Date.parse(extractedAt) - Date.parse(readAt);
      const originalPath = await files.keepOriginal(job.sha256, bytes, extensionFor(read.mimeType));
      if (signal.aborted) throw new IntakeError('INTERNAL', 'Verarbeitung wegen Beenden des Dienstes abgebrochen.');
      const outcome = commitDocument(
        store,
        { doc: job, extraction, pagesJson: JSON.stringify(corrected.pages), mimeType: read.mimeType, originalPath, readAt, extractedAt, sender, learned },
        settings,
        clock(),
      );
      // Committed. A spool entry that cannot be removed now is released by recover() on the next start.
      try {
        await files.releaseSpool(job.spool_path);
        store.documents.clearSpoolPath(job.id);
      } catch (error) {
        logger.warn({ code: toIntakeError(error).code }, 'spool entry not released; the next start releases it');
      }
      logger.info(
        {
          stage: 'commit',
          caseId: outcome.caseId,
          decision: outcome.decision,
          documentType: extraction.documentType,
          pages: read.pages.length,
          textSource: extraction.text.source,
          learnedFields: learned.length,
          // Where the time went: the read (OCR included), extraction with its second reads, and the whole.
          readMs,
          extractMs,
          ms: clock().getTime() - started.getTime(),
        },
        outcome.newCase ? 'new case' : 'joined case',
      );
      // The document is committed: from here on nothing may turn it into a failure. Letters that
      // cannot be rendered now stay pending and are tried again (renderPending logs them).
      if (outcome.newCase) await this.renderLetters(logger);
      return { kind: 'done', documentId: job.id, caseId: outcome.caseId, newCase: outcome.newCase, decision: outcome.decision };
    } catch (thrown) {
      if (signal.aborted) {
        return { kind: 'retry', documentId: job.id, code: 'SHUTDOWN', at: clock().toISOString() };
      }
      const error = toIntakeError(thrown);
      if (this.deps.guard.report(error)) return this.hold(job, error);
      return this.fail(job, error, logger);
    }
  }

  /** A page that cannot be rendered for the separator check is no reason to fail the file: it is simply no separator. */
  private tolerantSeparators(logger: Logger): SeparatorFinder | undefined {
    const finder = this.deps.separators;
    if (!finder) return undefined;
    return {
      find: (bytes, pages) =>
        finder.find(bytes, pages).catch((error: unknown) => {
          logger.warn({ code: toIntakeError(error).code, pages: pages.length }, 'separator check failed; pages are split by their content only');
          return new Set<number>();
        }),
    };
  }

  /** A file that holds several documents: each becomes a document of its own, all committed at once. */
  private async processBatch(
    job: DocumentRow,
    bytes: Buffer,
    read: ReadDocument,
    readAt: string,
    split: BatchSplit,
    signal: AbortSignal,
    logger: Logger,
    started: Date,
  ): Promise<DocumentOutcome> {
    const { store, files, clock, settings } = this.deps;
    const today = readAt.slice(0, 10);
    const parts = [];
    for (const part of split.parts) {
      const extracted = await extractWithRereads(
        job.original_name,
        job.sha256,
        partDocument(read, part.pages),
        bytes,
        this.deps.reader,
        { gazetteer: settings.gazetteer, today },
        logger,
      );
      const partRead = extracted.read;
      const { extraction, sender, learned } = applyLearnedLayout(store.layout, partRead.pages, extracted.extraction, settings.gazetteer);
      parts.push({ range: part.range, extraction, pagesJson: JSON.stringify(partRead.pages), pageCount: part.pages.length, sender, learned });
    }
    const extractedAt = clock().toISOString();
    const originalPath = await files.keepOriginal(job.sha256, bytes, extensionFor(read.mimeType));
    if (signal.aborted) throw new IntakeError('INTERNAL', 'Verarbeitung wegen Beenden des Dienstes abgebrochen.');
    const outcomes = commitBatch(
      store,
      {
        batch: job,
        parts,
        mimeType: read.mimeType,
        originalPath,
        pageCount: read.pages.length,
        splitJson: (ids) => splitSummary(split, ids),
        readAt,
        extractedAt,
      },
      settings,
      clock(),
    );
    try {
      await files.releaseSpool(job.spool_path!);
      store.documents.clearSpoolPath(job.id);
    } catch (error) {
      logger.warn({ code: toIntakeError(error).code }, 'spool entry not released; the next start releases it');
    }
    logger.info(
      {
        stage: 'commit',
        pages: read.pages.length,
        parts: outcomes.map((o) => ({ docId: o.documentId, pages: o.pages, caseId: o.caseId, decision: o.decision })),
        droppedPages: split.droppedPages.length,
        separators: split.separatorPages.length,
        ms: clock().getTime() - started.getTime(),
      },
      'batch split',
    );
    if (outcomes.some((o) => o.newCase)) await this.renderLetters(logger);
    return { kind: 'split', documentId: job.id, parts: outcomes };
  }

  private async fail(job: DocumentRow, error: IntakeError, logger: Logger): Promise<DocumentOutcome> {
    const { store, files, clock, settings } = this.deps;
    const now = clock();
    // Before anything is moved: one small write tells whether the store takes writes at all. If it does
    // not, the storage fault it throws holds the document (processSafely) and nothing was moved.
    store.documents.noteError(job.id, error.code, error.message);
    if (error.retryable && job.attempts < settings.maxAttempts) {
      const at = new Date(now.getTime() + settings.retryBaseMs * 2 ** (job.attempts - 1)).toISOString();
      store.documents.retryLater(job.id, at, error.code, error.message);
      logger.warn({ code: error.code, attempt: job.attempts, retryAt: at }, 'transient failure, will retry');
      return { kind: 'retry', documentId: job.id, code: error.code, at };
    }
    if (error.kind === 'internal') logger.error({ code: error.code, err: describeCause(error) }, 'internal error');
    let failedPath: string | null = null;
    if (job.spool_path) {
      try {
        if (job.origin === 'watch') {
          const report = failureReport({ originalName: job.original_name, documentId: job.id, error, attempts: job.attempts, at: now });
          failedPath = await files.moveToFailed(job.spool_path, job.original_name, report);
        } else {
          await files.releaseSpool(job.spool_path);
        }
      } catch (moveError) {
        if (toIntakeError(moveError).storageFault) throw moveError;
        // Nothing is lost: the file stays in the spool and the document is tried again later.
        const at = new Date(now.getTime() + settings.retryBaseMs * 2 ** job.attempts).toISOString();
        store.documents.retryLater(job.id, at, 'IO_ERROR', 'Die Datei konnte nicht in den Ordner „failed“ verschoben werden.');
        logger.error({ code: toIntakeError(moveError).code, retryAt: at }, 'could not move the file to the failed folder; it stays in the spool');
        return { kind: 'retry', documentId: job.id, code: 'IO_ERROR', at };
      }
    }
    store.transaction(() => {
      store.documents.markFailed(job.id, error.code, error.message, failedPath, now.toISOString());
      store.events.record({ at: now.toISOString(), actor: 'system', kind: 'document-failed', documentId: job.id, details: { code: error.code, attempts: job.attempts } });
    });
    logger.warn({ code: error.code, attempts: job.attempts }, 'document failed');
    return { kind: 'failed', documentId: job.id, code: error.code, message: error.message };
  }
}

/** Error class and stack only: library messages may quote file content. */
function describeCause(error: IntakeError): string {
  const cause = error.cause as Error | undefined;
  return cause ? `${cause.name}: ${(cause.stack ?? '').split('\n').slice(1, 4).join(' | ')}` : error.code;
}
