/**
 * Retention: cases closed longer ago than the retention period lose their personal data —
 * originals, page images, letter PDFs, fields, file numbers, match keys, read results, note texts
 * and event details — while the anonymised statistics (dates, town, outcome, hearing yes/no)
 * stay, so the evaluation report gives the same figures before and after. Files go first
 * (idempotent), then the rows in one transaction, then the database file is compacted; a crash
 * in between is repaired by running the purge again. Logs name ids and counts only.
 * Why and how long: docs/domain.md, "Data protection".
 */
import type { Clock, Logger } from './ports.js';

export interface RetentionStore {
  candidates(closedBefore: string): { caseId: string; closedAt: string }[];
  targets(caseIds: string[]): { documentIds: string[]; originals: string[]; letterIds: string[]; letterFiles: string[] };
  purge(caseIds: string[], at: string): void;
  /** Failed files (belonging to no case) received before the cutoff, not yet purged. */
  failedBefore(before: string): { documentId: string; failedPath: string | null }[];
  purgeFailed(documentIds: string[]): void;
  /** VACUUM + WAL checkpoint; false when another connection kept it from finishing. */
  compact(): boolean;
}

/** The file side of a purge (implemented over the data dir in src/cli/purge.command.ts). */
export interface PurgeFiles {
  /** Page images of these documents (dataDir/pages/<docId>-*.png) that exist. */
  pageImages(documentIds: string[]): Promise<string[]>;
  /** Per-case letter folders (dataDir/letters/<caseId>) that exist. */
  letterDirs(caseIds: string[]): Promise<string[]>;
  /** Combined print jobs (dataDir/print) last written before `before`. */
  printJobsBefore(before: Date): Promise<string[]>;
  /** Those of these paths that exist. */
  existing(paths: string[]): Promise<string[]>;
  /** Removes a file or folder; false if it was not there. */
  remove(target: string): Promise<boolean>;
}

export interface PurgeResult {
  dryRun: boolean;
  /** Cases closed before this moment are purged. */
  closedBefore: string;
  caseIds: string[];
  documentIds: string[];
  letterIds: string[];
  /** Failed files (no case) received before the cutoff: their names and copies in the failed folder go. */
  failedDocumentIds: string[];
  /** Files and folders removed (or, in a dry run, that would be removed). Failed files keep their arrival name: show them by document id. */
  files: string[];
  /** Whether the database file was rebuilt (false in a dry run or when another process held it). */
  compacted: boolean;
}

/** now minus `years` (fractions in whole months). */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - Math.round(years * 12));
  return cutoff;
}

export async function runPurge(
  deps: { store: RetentionStore; files: PurgeFiles; clock: Clock; logger: Logger },
  options: { retentionYears: number; dryRun: boolean },
): Promise<PurgeResult> {
  const log = deps.logger.child({ stage: 'purge' });
  const now = deps.clock();
  const cutoff = retentionCutoff(now, options.retentionYears);
  const caseIds = deps.store.candidates(cutoff.toISOString()).map((c) => c.caseId);
  const targets = deps.store.targets(caseIds);
  const failed = deps.store.failedBefore(cutoff.toISOString());
  const failedFiles = failed.flatMap((f) => (f.failedPath ? [f.failedPath, `${f.failedPath}.error.txt`] : []));
  const files = [
    ...(await deps.files.existing(failedFiles)),
    ...targets.originals,
    ...targets.letterFiles,
    ...(await deps.files.pageImages(targets.documentIds)),
    ...(await deps.files.letterDirs(caseIds)),
    ...(await deps.files.printJobsBefore(cutoff)),
  ];
  const unique = [...new Set(files)];
  const result: PurgeResult = {
    dryRun: options.dryRun,
    closedBefore: cutoff.toISOString(),
    caseIds,
    documentIds: targets.documentIds,
    letterIds: targets.letterIds,
    failedDocumentIds: failed.map((f) => f.documentId),
    files: unique,
    compacted: false,
  };
  if (options.dryRun) {
    log.info({ cases: caseIds.length, documents: targets.documentIds.length, files: unique.length, dryRun: true }, 'purge planned');
    return result;
  }
  // Paths are not logged: a failed file keeps the name it arrived with, which may name a tenant.
  let removed = 0;
  for (const file of unique) if (await deps.files.remove(file)) removed += 1;
  log.info({ removedFiles: removed }, 'files removed');
  if (caseIds.length > 0) {
    deps.store.purge(caseIds, now.toISOString());
    for (const caseId of caseIds) log.info({ caseId }, 'case purged');
  }
  if (failed.length > 0) {
    deps.store.purgeFailed(failed.map((f) => f.documentId));
    for (const f of failed) log.info({ docId: f.documentId }, 'failed file purged');
  }
  result.compacted = deps.store.compact();
  if (!result.compacted) log.warn({}, 'database busy: file not compacted; run the purge again when the service is stopped');
  log.info({ cases: caseIds.length, documents: targets.documentIds.length, files: unique.length, compacted: result.compacted }, 'purge done');
  return result;
}
