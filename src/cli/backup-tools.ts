/** The database side of backup and restore (db/snapshot.ts, db/integrity.ts), as the backup adapter wants it. */
import type { DatabaseTools } from '../adapters/backup.adapter.js';
import { checkDatabaseFile } from '../db/integrity.js';
import { referencedFiles, rewriteDataPaths, snapshotDatabase, summarizeStore } from '../db/snapshot.js';

export function databaseTools(liveFile: string, busyTimeoutMs: number): DatabaseTools {
  return {
    snapshot: async (target) => {
      await snapshotDatabase(liveFile, target, busyTimeoutMs);
    },
    integrity: (file) => {
      const result = checkDatabaseFile(file, { full: true });
      return result.ok ? 'ok' : result.problems.slice(0, 3).join('; ');
    },
    summarize: summarizeStore,
    referencedFiles,
    rewritePaths: rewriteDataPaths,
  };
}
