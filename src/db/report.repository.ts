/**
 * SQL behind the evaluation report, the team mails and the retention purge (issue 9).
 * Reads only what those need: dates, towns, states, ids — no names, addresses or file numbers.
 */
import type { MailCase } from '../core/mail/mail.types.js';
import type { ReportInput } from '../core/report/report.types.js';
import type { Db } from './connection.js';

/** Contact attempts that count as personal contact (reached, not by letter or e-mail). */
export const PERSONAL_CONTACT_CHANNELS = ['phone', 'visit', 'office'] as const;

export class ReportRepository {
  constructor(private readonly db: Db) {}

  /** Facts of every case and every received document (the report filters by month). */
  facts(): ReportInput {
    const channels = PERSONAL_CONTACT_CHANNELS.map((c) => `'${c}'`).join(',');
    const cases = this.db
      .prepare(
        `SELECT c.created_at AS createdAt, c.city AS town, c.status, c.outcome,
           (SELECT MIN(d.received_at) FROM documents d WHERE d.case_id = c.id) AS firstNoticeAt,
           CASE WHEN c.purged_at IS NOT NULL THEN COALESCE(c.had_hearing, 0)
                ELSE EXISTS (SELECT 1 FROM case_fields f WHERE f.case_id = c.id AND f.name = 'hearing') END AS hadHearing,
           (SELECT MIN(l.printed_at) FROM letters l WHERE l.case_id = c.id) AS firstLetterAt,
           (SELECT MIN(n.at) FROM case_notes n WHERE n.case_id = c.id AND n.kind = 'contact' AND n.reached = 1
              AND n.channel IN (${channels})) AS firstPersonalContactAt
         FROM cases c ORDER BY c.created_at, c.id`,
      )
      .all() as (Omit<ReportInput['cases'][number], 'hadHearing'> & { hadHearing: number })[];
    const notices = this.db
      .prepare(
        `SELECT d.received_at AS receivedAt, c.city AS town FROM documents d LEFT JOIN cases c ON c.id = d.case_id
         WHERE d.status = 'done' ORDER BY d.received_at`,
      )
      .all() as ReportInput['notices'];
    return { cases: cases.map((c) => ({ ...c, hadHearing: c.hadHearing === 1 })), notices };
  }
}

/** What the notifier reads, and its small persistent state. */
export class NotifyRepository {
  constructor(private readonly db: Db) {}

  getState(key: string): string | undefined {
    return this.db.prepare('SELECT value FROM notify_state WHERE key = ?').pluck().get(key) as string | undefined;
  }

  setState(key: string, value: string): void {
    this.db.prepare('INSERT INTO notify_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Open cases created after the watermark (created_at, id), oldest first. */
  casesCreatedAfter(createdAt: string, id: string): { id: string; createdAt: string }[] {
    return this.db
      .prepare(
        `SELECT id, created_at AS createdAt FROM cases
         WHERE (created_at > ? OR (created_at = ? AND id > ?)) AND status <> 'closed' ORDER BY created_at, id`,
      )
      .all(createdAt, createdAt, id) as { id: string; createdAt: string }[];
  }

  latestCase(): { id: string; createdAt: string } | undefined {
    return this.db.prepare('SELECT id, created_at AS createdAt FROM cases ORDER BY created_at DESC, id DESC LIMIT 1').get() as
      | { id: string; createdAt: string }
      | undefined;
  }

  mailCase(id: string, today: string): MailCase | undefined {
    const row = this.db.prepare('SELECT id, needs_review FROM cases WHERE id = ?').get(id) as { id: string; needs_review: number } | undefined;
    if (!row) return undefined;
    const next = this.db
      .prepare('SELECT kind, date, estimated FROM case_deadlines WHERE case_id = ? AND date >= ? ORDER BY date, kind LIMIT 1')
      .get(id, today) as { kind: string; date: string; estimated: number } | undefined;
    return { id: row.id, needsReview: row.needs_review === 1, nextDeadline: next ? { kind: next.kind, date: next.date, estimated: next.estimated === 1 } : null };
  }

  /** Deadlines of open cases from `today` to `until` (ISO dates, inclusive), nearest first. */
  dueBetween(today: string, until: string): { caseId: string; kind: string; date: string; estimated: boolean }[] {
    const rows = this.db
      .prepare(
        `SELECT d.case_id AS caseId, d.kind, d.date, d.estimated FROM case_deadlines d JOIN cases c ON c.id = d.case_id
         WHERE c.status <> 'closed' AND d.date >= ? AND d.date <= ? ORDER BY d.date, d.case_id, d.kind`,
      )
      .all(today, until) as { caseId: string; kind: string; date: string; estimated: number }[];
    return rows.map((r) => ({ ...r, estimated: r.estimated === 1 }));
  }

  needsReviewIds(): string[] {
    return this.db.prepare("SELECT id FROM cases WHERE needs_review = 1 AND status <> 'closed' ORDER BY created_at, id").pluck().all() as string[];
  }

  openFailedCount(): number {
    return this.db.prepare("SELECT COUNT(*) FROM documents WHERE status = 'failed' AND dismissed_at IS NULL").pluck().get() as number;
  }

  unprintedLetterCount(): number {
    return this.db.prepare("SELECT COUNT(*) FROM letters WHERE status = 'ready' AND printed_at IS NULL").pluck().get() as number;
  }
}

/** What a purged document's original name becomes. */
export const PURGED_NAME = '(gelöscht)';

export interface PurgeCandidate {
  caseId: string;
  closedAt: string;
}

/** The files and rows a purge touches, by id and path (paths name hashes and ids only). */
export interface PurgeTargets {
  documentIds: string[];
  originals: string[];
  letterIds: string[];
  letterFiles: string[];
}

/** Retention: find closed cases past the period and strip their personal data, keeping the statistics. */
export class RetentionRepository {
  constructor(private readonly db: Db) {}

  candidates(closedBefore: string): PurgeCandidate[] {
    return this.db
      .prepare(
        `SELECT id AS caseId, closed_at AS closedAt FROM cases
         WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ? AND purged_at IS NULL ORDER BY closed_at, id`,
      )
      .all(closedBefore) as PurgeCandidate[];
  }

  targets(caseIds: string[]): PurgeTargets {
    const ids = new Set(caseIds);
    const documentIds: string[] = [];
    const originals = new Set<string>();
    const letterIds: string[] = [];
    const letterFiles: string[] = [];
    const docs = this.db.prepare('SELECT id, original_path FROM documents WHERE case_id = ? ORDER BY id');
    // An original is removed only if no document of a case that stays refers to it.
    const othersUsing = this.db.prepare('SELECT case_id FROM documents WHERE original_path = ?').pluck();
    for (const caseId of caseIds) {
      for (const doc of docs.all(caseId) as { id: string; original_path: string | null }[]) {
        documentIds.push(doc.id);
        if (!doc.original_path) continue;
        const users = othersUsing.all(doc.original_path) as (string | null)[];
        if (users.every((c) => c !== null && ids.has(c))) originals.add(doc.original_path);
      }
      for (const letter of this.db.prepare('SELECT id, path FROM letters WHERE case_id = ? ORDER BY id').all(caseId) as { id: string; path: string | null }[]) {
        letterIds.push(letter.id);
        if (letter.path) letterFiles.push(letter.path);
      }
    }
    return { documentIds, originals: [...originals], letterIds, letterFiles };
  }

  /** Strips the personal data of these cases in one transaction; counts and dates for the report stay. */
  purge(caseIds: string[], at: string): void {
    const db = this.db;
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      for (const caseId of caseIds) {
        const hadHearing = db.prepare("SELECT EXISTS (SELECT 1 FROM case_fields WHERE case_id = ? AND name = 'hearing')").pluck().get(caseId) as number;
        const docIds = db.prepare('SELECT id FROM documents WHERE case_id = ?').pluck().all(caseId) as string[];
        db.prepare('DELETE FROM case_fields WHERE case_id = ?').run(caseId);
        db.prepare('DELETE FROM case_file_numbers WHERE case_id = ?').run(caseId);
        // The search text holds names and the address: only the case id stays findable.
        db.prepare('UPDATE case_search SET text = lower(case_id) WHERE case_id = ?').run(caseId);
        db.prepare('DELETE FROM case_match_keys WHERE case_id = ?').run(caseId);
        db.prepare('DELETE FROM case_deadlines WHERE case_id = ?').run(caseId);
        db.prepare("UPDATE possible_matches SET explanation = '' WHERE case_id = ? OR candidate_case_id = ?").run(caseId, caseId);
        db.prepare('UPDATE letters SET path = NULL, content_json = NULL, reason = NULL WHERE case_id = ?').run(caseId);
        db.prepare("UPDATE case_notes SET text = '' WHERE case_id = ?").run(caseId);
        db.prepare('UPDATE events SET details_json = NULL WHERE case_id = ?').run(caseId);
        // Other cases' history may quote a comparison with this household: keep the ids, drop the explanation.
        db.prepare(
          `UPDATE events SET details_json = json_remove(details_json, '$.explanation')
           WHERE details_json IS NOT NULL AND json_valid(details_json) AND instr(details_json, ?) > 0`,
        ).run(JSON.stringify(caseId));
        for (const docId of docIds) {
          db.prepare('UPDATE events SET details_json = NULL WHERE document_id = ?').run(docId);
          db.prepare(
            `UPDATE documents SET original_name = '${PURGED_NAME}', extraction_json = NULL, pages_json = NULL, original_path = NULL,
               spool_path = NULL, failed_path = NULL, error_message = NULL WHERE id = ?`,
          ).run(docId);
        }
        db.prepare('UPDATE cases SET purged_at = ?, had_hearing = ?, updated_at = ? WHERE id = ?').run(at, hadHearing, at, caseId);
      }
      // Rows of a batch scan that belong to no case (the batch itself, parts a worker joined away) and copies
      // of such a batch dropped again: their arrival name may name a tenant. They go once no part of the
      // batch is in a case that keeps its data.
      const caseless = db
        .prepare(
          `SELECT d.id FROM documents d
           WHERE d.case_id IS NULL AND d.status IN ('split', 'joined') AND d.original_name <> '${PURGED_NAME}'
             AND NOT EXISTS (
               SELECT 1 FROM documents p JOIN cases c ON c.id = p.case_id
               WHERE p.batch_id = COALESCE(d.batch_id, d.id) AND c.purged_at IS NULL)`,
        )
        .pluck()
        .all() as string[];
      const copies = caseless.length
        ? (db
            .prepare(`SELECT id FROM documents WHERE status = 'duplicate' AND case_id IS NULL AND duplicate_of IN (SELECT value FROM json_each(?))`)
            .pluck()
            .all(JSON.stringify(caseless)) as string[])
        : [];
      for (const docId of [...caseless, ...copies]) {
        db.prepare('UPDATE events SET details_json = NULL WHERE document_id = ?').run(docId);
        db.prepare(
          `UPDATE documents SET original_name = '${PURGED_NAME}', extraction_json = NULL, pages_json = NULL, original_path = NULL,
             spool_path = NULL, failed_path = NULL, error_message = NULL WHERE id = ?`,
        ).run(docId);
      }
    })();
  }

  /** Failed files (no case) received before `before` whose name and paths are still stored. */
  failedBefore(before: string): { documentId: string; failedPath: string | null }[] {
    return this.db
      .prepare(
        `SELECT id AS documentId, failed_path AS failedPath FROM documents
         WHERE status = 'failed' AND case_id IS NULL AND received_at < ? AND original_name <> '${PURGED_NAME}' ORDER BY received_at, id`,
      )
      .all(before) as { documentId: string; failedPath: string | null }[];
  }

  /** Forgets the names, paths and read results of failed files (their ids, dates and error codes stay). */
  purgeFailed(documentIds: string[]): void {
    const db = this.db;
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      for (const id of documentIds) {
        db.prepare(
          `UPDATE documents SET original_name = '${PURGED_NAME}', error_message = NULL, failed_path = NULL, spool_path = NULL,
             original_path = NULL, extraction_json = NULL, pages_json = NULL WHERE id = ?`,
        ).run(id);
        db.prepare('UPDATE events SET details_json = NULL WHERE document_id = ?').run(id);
      }
    })();
  }

  /** Rebuilds the file so deleted values do not linger in free pages, and empties the WAL. */
  compact(): boolean {
    try {
      this.db.exec('VACUUM');
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    } catch (error) {
      // Another process (the running service) holds the database: purged values are zeroed
      // (secure_delete), but the file is rebuilt only on the next purge.
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
      throw error;
    }
  }
}
