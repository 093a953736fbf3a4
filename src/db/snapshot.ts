/**
 * The database side of backups: a consistent copy made with SQLite's online backup API while the
 * service keeps writing (WAL: the copy reads one snapshot, the service is never blocked), and the
 * path rewrite a restore into another data folder needs (the store keeps absolute paths).
 */
import Database from 'better-sqlite3';

/** Copies `source` (a live store) to `target` with the online backup API; returns the copy's counts. */
export async function snapshotDatabase(source: string, target: string, busyTimeoutMs: number): Promise<{ pages: number }> {
  const db = new Database(source, { fileMustExist: true });
  let pages = 0;
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    await db.backup(target, {
      // After the first 100 pages, the rest in one step: a copy that another connection's write would
      // restart page by page could chase a busy store for ever; one step reads one snapshot.
      progress: ({ totalPages }) => {
        pages = totalPages;
        return 1 << 30;
      },
    });
  } finally {
    db.close();
  }
  // The copy stands alone: one file, no -wal/-shm next to it (the store turns WAL on again when opened).
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return { pages };
}

export interface StoreSummary {
  cases: number;
  documents: number;
  finishedDocuments: number;
  letters: number;
}

/** What a copy holds (for the manifest and the restore's report); ids only. */
export function summarizeStore(file: string): StoreSummary {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      cases: count('SELECT count(*) FROM cases'),
      documents: count('SELECT count(*) FROM documents'),
      finishedDocuments: count("SELECT count(*) FROM documents WHERE status IN ('done', 'split', 'duplicate', 'failed', 'joined')"),
      letters: count('SELECT count(*) FROM letters'),
    };
  } finally {
    db.close();
  }
}

/** Files under the data folder a copy refers to (originals, letters, spool entries), as absolute paths. */
export function referencedFiles(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const paths = db
      .prepare(
        `SELECT original_path FROM documents WHERE original_path IS NOT NULL
         UNION SELECT spool_path FROM documents WHERE spool_path IS NOT NULL
         UNION SELECT path FROM letters WHERE path IS NOT NULL`,
      )
      .pluck()
      .all() as string[];
    return paths;
  } finally {
    db.close();
  }
}

/** A restore into another folder: every stored path under `from` now lives under `to`. */
export function rewriteDataPaths(file: string, from: string, to: string): number {
  if (from === to) return 0;
  const db = new Database(file, { fileMustExist: true });
  try {
    const prefix = from.endsWith('/') ? from : `${from}/`;
    const target = to.endsWith('/') ? to : `${to}/`;
    const move = (table: string, column: string) =>
      db
        .prepare(`UPDATE ${table} SET ${column} = ? || substr(${column}, ?) WHERE substr(${column}, 1, ?) = ?`)
        .run(target, prefix.length + 1, prefix.length, prefix).changes;
    return db.transaction(() => move('documents', 'original_path') + move('documents', 'spool_path') + move('letters', 'path'))();
  } finally {
    db.close();
  }
}
