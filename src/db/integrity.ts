/**
 * The database's own consistency check, run at start-up before anything is written, and on every
 * backup copy. `integrity_check` reads every page and index; on large stores `quick_check` (no index
 * comparison, O(N)) keeps the start fast.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';

/** Stores larger than this get quick_check at start-up instead of the full integrity_check. */
export const QUICK_CHECK_ABOVE_BYTES = 512 * 1024 * 1024;

export type IntegrityResult =
  | { ok: true; mode: 'integrity_check' | 'quick_check' | 'new' }
  | { ok: false; mode: 'integrity_check' | 'quick_check' | 'open'; problems: string[] };

export function checkDatabaseFile(file: string, options: { quickAboveBytes?: number; full?: boolean } = {}): IntegrityResult {
  if (!existsSync(file)) return { ok: true, mode: 'new' };
  const size = statSync(file).size;
  const mode = !options.full && size > (options.quickAboveBytes ?? QUICK_CHECK_ABOVE_BYTES) ? 'quick_check' : 'integrity_check';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma(`${mode}(20)`, { simple: false }) as Record<string, string>[];
    const problems = rows.map((row) => Object.values(row)[0] ?? '').filter((text) => text !== 'ok');
    return problems.length === 0 ? { ok: true, mode } : { ok: false, mode, problems };
  } catch (error) {
    // Not a database at all, or a header too damaged to open: the same refusal.
    return { ok: false, mode: 'open', problems: [String((error as { code?: string }).code ?? (error as Error).name)] };
  } finally {
    db?.close();
  }
}
