import type { EventInput, EventLog, EventRow } from '../pipeline/store.port.js';
import type { Db } from './connection.js';

export interface AuditFilter {
  actor?: string;
  kind?: string;
  caseId?: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
}

/**
 * The audit log and case history. `actor` is 'system' for machine work or a user name.
 * Details carry ids, codes, scores and field names — never the values of personal fields.
 */
export class EventRepository implements EventLog {
  constructor(private readonly db: Db) {}

  record(event: EventInput): void {
    this.db
      .prepare('INSERT INTO events (at, actor, kind, case_id, document_id, details_json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        event.at,
        event.actor,
        event.kind,
        event.caseId ?? null,
        event.documentId ?? null,
        event.details ? JSON.stringify(event.details) : null,
      );
  }

  forCase(caseId: string): EventRow[] {
    return this.db.prepare('SELECT * FROM events WHERE case_id = ? ORDER BY id').all(caseId) as EventRow[];
  }

  /** The audit log across cases, newest first, with optional filters (ISO dates, inclusive). */
  search(filter: AuditFilter, limit: number, offset: number): { total: number; rows: EventRow[] } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.actor) {
      where.push('actor = @actor');
      params['actor'] = filter.actor;
    }
    if (filter.kind) {
      where.push('kind = @kind');
      params['kind'] = filter.kind;
    }
    if (filter.caseId) {
      where.push('case_id = @caseId');
      params['caseId'] = filter.caseId;
    }
    if (filter.from) {
      where.push('at >= @from');
      params['from'] = filter.from;
    }
    if (filter.to) {
      // "to" is a day: everything before the next midnight (UTC timestamps; the day boundary is the server's UTC day).
      where.push('substr(at, 1, 10) <= @to');
      params['to'] = filter.to;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT COUNT(*) FROM events ${clause}`).pluck().get(params) as number;
    const rows = this.db.prepare(`SELECT * FROM events ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as EventRow[];
    return { total, rows };
  }

  /** Distinct actors and kinds (filter choices). */
  actorsAndKinds(): { actors: string[]; kinds: string[] } {
    return {
      actors: this.db.prepare('SELECT DISTINCT actor FROM events ORDER BY actor').pluck().all() as string[],
      kinds: this.db.prepare('SELECT DISTINCT kind FROM events ORDER BY kind').pluck().all() as string[],
    };
  }

  forDocument(documentId: string): EventRow[] {
    return this.db.prepare('SELECT * FROM events WHERE document_id = ? ORDER BY id').all(documentId) as EventRow[];
  }
}
