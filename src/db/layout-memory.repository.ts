import type { LayoutMemoryRow, LayoutMemoryStore, LayoutSenderRow } from '../pipeline/store.port.js';
import type { Db } from './connection.js';

/** SQL for the layout memory and the senders it is kept for (decisions live in core/learn and the pipeline). */
export class LayoutMemoryRepository implements LayoutMemoryStore {
  constructor(private readonly db: Db) {}

  forSender(senderKey: string): LayoutMemoryRow[] {
    return this.db.prepare('SELECT * FROM layout_memory WHERE sender_key = ? ORDER BY field, part').all(senderKey) as LayoutMemoryRow[];
  }

  /**
   * A part's place, taught anew: its hits vouched for the place it replaces, so they start again (its misses stay:
   * a memory that was wrong keeps that record).
   */
  teach(senderKey: string, field: string, part: string, featuresJson: string, at: string): void {
    this.db
      .prepare(
        `INSERT INTO layout_memory (sender_key, field, part, features_json, corrections, updated_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (sender_key, field, part) DO UPDATE SET features_json = excluded.features_json,
           corrections = corrections + 1, hits = 0, updated_at = excluded.updated_at`,
      )
      .run(senderKey, field, part, featuresJson, at);
  }

  count(senderKey: string, field: string, part: string, outcome: 'hit' | 'miss', at: string): void {
    const column = outcome === 'hit' ? 'hits' : 'misses';
    this.db
      .prepare(`UPDATE layout_memory SET ${column} = ${column} + 1, updated_at = ? WHERE sender_key = ? AND field = ? AND part = ?`)
      .run(at, senderKey, field, part);
  }

  noteSender(senderKey: string, label: string | null, at: string, featuresJson: string | null = null): void {
    this.db
      .prepare(
        `INSERT INTO layout_senders (sender_key, label, features_json, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (sender_key) DO UPDATE SET label = COALESCE(excluded.label, label),
           features_json = COALESCE(features_json, excluded.features_json), last_seen_at = excluded.last_seen_at`,
      )
      .run(senderKey, label, featuresJson, at, at);
  }

  senders(): LayoutSenderRow[] {
    return this.db
      .prepare(
        `SELECT s.sender_key, s.label, s.features_json, s.first_seen_at, s.last_seen_at,
           (SELECT COUNT(*) FROM documents d WHERE d.sender_key = s.sender_key) AS documents
         FROM layout_senders s ORDER BY s.last_seen_at DESC, s.sender_key`,
      )
      .all() as LayoutSenderRow[];
  }

  reset(senderKey: string): number {
    return this.db.prepare('DELETE FROM layout_memory WHERE sender_key = ?').run(senderKey).changes;
  }
}
