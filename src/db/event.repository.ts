import type { EventInput, EventLog, EventRow } from '../pipeline/store.port.js';
import type { Db } from './connection.js';

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

  forDocument(documentId: string): EventRow[] {
    return this.db.prepare('SELECT * FROM events WHERE document_id = ? ORDER BY id').all(documentId) as EventRow[];
  }
}
