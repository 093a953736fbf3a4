import type { LetterRow, LetterStore } from '../pipeline/store.port.js';
import type { Db } from './connection.js';

export class LetterRepository implements LetterStore {
  constructor(private readonly db: Db) {}

  /** At most one first-contact letter per case (unique index); returns false if one exists already. */
  createFirstContact(caseId: string, variant: string, at: string): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO letters (id, case_id, kind, variant, status, created_at)
         VALUES (?, ?, 'first_contact', ?, 'pending', ?)`,
      )
      .run(`${caseId}-erstkontakt`, caseId, variant, at);
    return result.changes === 1;
  }

  pending(): LetterRow[] {
    return this.db.prepare("SELECT * FROM letters WHERE status = 'pending' ORDER BY created_at, id").all() as LetterRow[];
  }

  get(id: string): LetterRow | undefined {
    return this.db.prepare('SELECT * FROM letters WHERE id = ?').get(id) as LetterRow | undefined;
  }

  forCase(caseId: string): LetterRow[] {
    return this.db.prepare('SELECT * FROM letters WHERE case_id = ? ORDER BY created_at, id').all(caseId) as LetterRow[];
  }

  markReady(id: string, path: string, contentJson: string, at: string): void {
    this.db
      .prepare("UPDATE letters SET status = 'ready', path = ?, content_json = ?, reason = NULL, rendered_at = ? WHERE id = ?")
      .run(path, contentJson, at, id);
  }

  markBlocked(id: string, reason: string): void {
    this.db.prepare("UPDATE letters SET status = 'blocked', reason = ? WHERE id = ?").run(reason, id);
  }

  /** Back to 'pending' so the letter stage renders it again (after a correction or a variant change). */
  requestRender(id: string, variant?: string): void {
    this.db
      .prepare("UPDATE letters SET status = 'pending', variant = COALESCE(?, variant) WHERE id = ?")
      .run(variant ?? null, id);
  }

  unprinted(): LetterRow[] {
    return this.db
      .prepare("SELECT * FROM letters WHERE status = 'ready' AND printed_at IS NULL ORDER BY created_at, id")
      .all() as LetterRow[];
  }

  markPrinted(ids: string[], at: string): void {
    const stmt = this.db.prepare('UPDATE letters SET printed_at = ? WHERE id = ?');
    for (const id of ids) stmt.run(at, id);
  }
}
