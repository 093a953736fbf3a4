import type {
  BatchResult,
  DocumentResult,
  DocumentRow,
  DocumentStatus,
  DocumentStore,
  NewDocument,
  NewPart,
  PartReading,
} from '../pipeline/store.port.js';
import type { Db } from './connection.js';

/** SQL for the documents table: the queue of work, its per-stage timestamps and its outcomes. */
export class DocumentRepository implements DocumentStore {
  constructor(private readonly db: Db) {}

  get(id: string): DocumentRow | undefined {
    return this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  }

  /** The live copy of these bytes (not a duplicate, not a failed attempt). */
  findPrimaryBySha(sha256: string): DocumentRow | undefined {
    return this.db
      .prepare("SELECT * FROM documents WHERE sha256 = ? AND duplicate_of IS NULL AND status <> 'failed' AND batch_id IS NULL")
      .get(sha256) as
      | DocumentRow
      | undefined;
  }

  findBySpoolPath(spoolPath: string): DocumentRow | undefined {
    return this.db.prepare('SELECT * FROM documents WHERE spool_path = ?').get(spoolPath) as DocumentRow | undefined;
  }

  insertReceived(doc: NewDocument): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, sha256, original_name, origin, size, status, spool_path, received_at)
         VALUES (@id, @sha256, @originalName, @origin, @size, 'received', @spoolPath, @receivedAt)`,
      )
      .run(doc);
  }

  insertDuplicate(doc: NewDocument, of: DocumentRow, at: string): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, sha256, original_name, origin, size, status, duplicate_of, case_id, document_type,
                                received_at, done_at)
         VALUES (@id, @sha256, @originalName, @origin, @size, 'duplicate', @of, @caseId, @documentType, @receivedAt, @at)`,
      )
      .run({ ...doc, of: of.id, caseId: of.case_id, documentType: of.document_type, at });
  }

  /** A file refused before any work (empty, not a regular file): recorded straight as failed. */
  insertFailed(doc: Omit<NewDocument, 'spoolPath'>, code: string, message: string, failedPath: string | null, at: string): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, sha256, original_name, origin, size, status, error_code, error_message, failed_path,
                                received_at, done_at)
         VALUES (@id, @sha256, @originalName, @origin, @size, 'failed', @code, @message, @failedPath, @receivedAt, @at)`,
      )
      .run({ ...doc, code, message, failedPath, at });
  }

  /** Takes the next document that is due, marking it 'processing'. */
  claimNext(now: string): DocumentRow | undefined {
    return this.db.transaction(() => {
      const row = this.db
        .prepare(
          `SELECT * FROM documents WHERE status = 'received' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           ORDER BY received_at, id LIMIT 1`,
        )
        .get(now) as DocumentRow | undefined;
      if (!row) return undefined;
      this.db.prepare("UPDATE documents SET status = 'processing', attempts = attempts + 1 WHERE id = ?").run(row.id);
      return { ...row, status: 'processing' as const, attempts: row.attempts + 1 };
    })();
  }

  /** After a crash: whatever was in progress goes back to the queue. */
  requeueInterrupted(): number {
    return this.db.prepare("UPDATE documents SET status = 'received' WHERE status = 'processing'").run().changes;
  }

  /** Hands a document back without counting the attempt (shutdown). */
  handBack(id: string, at: string | null = null): void {
    this.db
      .prepare("UPDATE documents SET status = 'received', attempts = MAX(attempts - 1, 0), next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?")
      .run(at, id);
  }

  noteError(id: string, code: string, message: string): void {
    this.db.prepare('UPDATE documents SET error_code = ?, error_message = ? WHERE id = ?').run(code, message, id);
  }

  nextDueAt(): string | undefined {
    return this.db
      .prepare("SELECT MIN(next_attempt_at) FROM documents WHERE status = 'received' AND next_attempt_at IS NOT NULL")
      .pluck()
      .get() as string | undefined;
  }

  retryLater(id: string, at: string, code: string, message: string): void {
    this.db
      .prepare(
        "UPDATE documents SET status = 'received', next_attempt_at = ?, error_code = ?, error_message = ? WHERE id = ?",
      )
      .run(at, code, message, id);
  }

  markFailed(id: string, code: string, message: string, failedPath: string | null, at: string): void {
    this.db
      .prepare(
        `UPDATE documents SET status = 'failed', error_code = ?, error_message = ?, failed_path = ?, spool_path = NULL,
           done_at = ? WHERE id = ?`,
      )
      .run(code, message, failedPath, at, id);
  }

  markDone(id: string, result: DocumentResult): void {
    this.db
      .prepare(
        `UPDATE documents SET status = 'done', case_id = @caseId, original_path = @originalPath, mime_type = @mimeType,
           document_type = @documentType, page_count = @pageCount, text_source = @textSource,
           text_confidence = @textConfidence, extraction_json = @extractionJson, pages_json = @pagesJson,
           read_at = @readAt, extracted_at = @extractedAt, matched_at = @at, done_at = @at,
           error_code = NULL, error_message = NULL, sender_key = @senderKey
         WHERE id = @id`,
      )
      .run({ ...result, senderKey: result.senderKey ?? null, id });
  }

  clearSpoolPath(id: string): void {
    this.db.prepare('UPDATE documents SET spool_path = NULL WHERE id = ?').run(id);
  }

  /** Documents whose spool entry should already be gone (finished, but the process stopped before release). */
  withStaleSpool(): DocumentRow[] {
    return this.db
      .prepare("SELECT * FROM documents WHERE spool_path IS NOT NULL AND status IN ('done','duplicate','failed','split')")
      .all() as DocumentRow[];
  }

  forCase(caseId: string): DocumentRow[] {
    return this.db.prepare('SELECT * FROM documents WHERE case_id = ? ORDER BY received_at, id').all(caseId) as DocumentRow[];
  }

  countByStatus(): Record<DocumentStatus, number> {
    const counts: Record<DocumentStatus, number> = { received: 0, processing: 0, done: 0, duplicate: 0, failed: 0, split: 0, joined: 0 };
    for (const row of this.db.prepare('SELECT status, COUNT(*) AS n FROM documents GROUP BY status').all() as {
      status: DocumentStatus;
      n: number;
    }[]) {
      counts[row.status] = row.n;
    }
    return counts;
  }

  failedSince(since: string): number {
    return this.db.prepare("SELECT COUNT(*) FROM documents WHERE status = 'failed' AND done_at >= ?").pluck().get(since) as number;
  }

  lastDoneAt(): string | null {
    return (this.db.prepare("SELECT MAX(done_at) FROM documents WHERE status = 'done'").pluck().get() as string | null) ?? null;
  }

  listFailed(): DocumentRow[] {
    return this.db.prepare("SELECT * FROM documents WHERE status = 'failed' ORDER BY done_at DESC").all() as DocumentRow[];
  }

  listDuplicates(): DocumentRow[] {
    return this.db.prepare("SELECT * FROM documents WHERE status = 'duplicate' ORDER BY received_at DESC").all() as DocumentRow[];
  }

  listOpenFailed(): DocumentRow[] {
    return this.db
      .prepare("SELECT * FROM documents WHERE status = 'failed' AND dismissed_at IS NULL ORDER BY done_at DESC, id")
      .all() as DocumentRow[];
  }

  dismissFailed(id: string, by: string, at: string): boolean {
    return (
      this.db
        .prepare("UPDATE documents SET dismissed_at = ?, dismissed_by = ? WHERE id = ? AND status = 'failed' AND dismissed_at IS NULL")
        .run(at, by, id).changes === 1
    );
  }

  moveToCase(id: string, caseId: string): void {
    this.db.prepare('UPDATE documents SET case_id = ? WHERE id = ?').run(caseId, id);
  }

  insertPart(part: NewPart): void {
    const { batch } = part;
    this.db
      .prepare(
        `INSERT INTO documents (id, sha256, original_name, origin, size, status, attempts, received_at, batch_id, page_first, page_last)
         VALUES (@id, @sha256, @originalName, @origin, @size, 'processing', 1, @receivedAt, @batchId, @pageFirst, @pageLast)`,
      )
      .run({
        id: part.id,
        sha256: batch.sha256,
        originalName: batch.original_name,
        origin: batch.origin,
        size: batch.size,
        receivedAt: batch.received_at,
        batchId: batch.id,
        pageFirst: part.pageFirst,
        pageLast: part.pageLast,
      });
  }

  markSplit(id: string, result: BatchResult): void {
    this.db
      .prepare(
        `UPDATE documents SET status = 'split', mime_type = @mimeType, page_count = @pageCount, extraction_json = @splitJson,
           read_at = @readAt, extracted_at = @at, done_at = @at, error_code = NULL, error_message = NULL
         WHERE id = @id`,
      )
      .run({ ...result, id });
  }

  partsOf(batchId: string): DocumentRow[] {
    return this.db
      .prepare("SELECT * FROM documents WHERE batch_id = ? AND status = 'done' ORDER BY page_first, id")
      .all(batchId) as DocumentRow[];
  }

  updateSplitSummary(batchId: string, json: string): void {
    this.db.prepare("UPDATE documents SET extraction_json = ? WHERE id = ? AND status = 'split'").run(json, batchId);
  }

  updatePart(id: string, reading: PartReading): void {
    this.db
      .prepare(
        `UPDATE documents SET document_type = @documentType, page_count = @pageCount, page_first = @pageFirst, page_last = @pageLast,
           text_source = @textSource, text_confidence = @textConfidence, extraction_json = @extractionJson, pages_json = @pagesJson,
           extracted_at = @at
         WHERE id = @id AND batch_id IS NOT NULL`,
      )
      .run({
        id,
        documentType: reading.documentType,
        pageCount: reading.pageCount,
        pageFirst: reading.pageFirst,
        pageLast: reading.pageLast,
        textSource: reading.textSource,
        textConfidence: reading.textConfidence,
        extractionJson: reading.extractionJson,
        pagesJson: reading.pagesJson,
        at: reading.at,
      });
  }

  markJoined(id: string, into: string, at: string): void {
    this.db
      .prepare(
        `UPDATE documents SET status = 'joined', joined_into = ?, case_id = NULL, original_path = NULL, pages_json = NULL,
           extraction_json = NULL, page_count = NULL, done_at = ?
         WHERE id = ? AND batch_id IS NOT NULL`,
      )
      .run(into, at, id);
  }
}
