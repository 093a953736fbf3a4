import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/connection.js';
import type { SqliteStore } from '../../../src/db/sqlite.store.js';
import { tempStore, type TempStore } from '../../support/temp-app.js';

let temp: TempStore;
let db: Db;
let store: SqliteStore;
const T1 = '2025-03-12T08:00:00.000Z';
const T2 = '2025-03-13T08:00:00.000Z';
const KEY = 'sk-0123456789abcdef';
const OTHER = 'sk-fedcba9876543210';

beforeEach(() => {
  temp = tempStore('intake-layout-');
  ({ db, store } = temp);
});
afterEach(() => temp.cleanup());

describe('the layout memory repository', () => {
  it('replaces a part place on each correction, counts corrections, hits and misses, and keeps them over a restart', () => {
    store.layout.teach(KEY, 'tenants', 'name0', '{"box":[0.1,0.2,0.3,0.22]}', T1);
    store.layout.teach(KEY, 'tenants', 'name0', '{"box":[0.1,0.25,0.3,0.27]}', T2);
    store.layout.count(KEY, 'tenants', 'name0', 'hit', T2);
    store.layout.count(KEY, 'tenants', 'name0', 'hit', T2);
    store.layout.count(KEY, 'tenants', 'name0', 'miss', T2);
    store.layout.count(KEY, 'tenants', 'name1', 'hit', T2);
    store.layout.teach(OTHER, 'arrears', 'v', '{}', T1);
    temp.reopen();
    ({ db, store } = temp);
    expect(store.layout.forSender(KEY)).toEqual([
      { sender_key: KEY, field: 'tenants', part: 'name0', features_json: '{"box":[0.1,0.25,0.3,0.27]}', corrections: 2, hits: 2, misses: 1, updated_at: T2 },
    ]);
  });

  it('starts the hits of a place taught anew again: they vouched for the place it replaces; its misses stay', () => {
    store.layout.teach(KEY, 'arrears', 'v', '{"box":[0.1,0.2,0.3,0.22]}', T1);
    store.layout.count(KEY, 'arrears', 'v', 'hit', T1);
    store.layout.count(KEY, 'arrears', 'v', 'hit', T1);
    store.layout.count(KEY, 'arrears', 'v', 'miss', T2);
    store.layout.teach(KEY, 'arrears', 'v', '{"box":[0.5,0.6,0.7,0.62]}', T2);
    expect(store.layout.forSender(KEY)).toMatchObject([{ corrections: 2, hits: 0, misses: 1 }]);
  });

  it('lists senders with their label, first features and documents, and resets one sender only', () => {
    store.layout.noteSender(KEY, 'Amtsgericht Köln · Ladung', T1, '{"first":true}');
    store.layout.noteSender(KEY, null, T2, '{"first":false}');
    store.layout.noteSender(OTHER, null, T1);
    store.documents.insertReceived({ id: 'd1', sha256: 'a'.repeat(64), originalName: 'd1.pdf', origin: 'watch', size: 1, spoolPath: '/spool/d1', receivedAt: T1 });
    const caseId = store.cases.create(T1);
    store.documents.markDone('d1', {
      caseId, originalPath: '/o/d1.pdf', mimeType: 'application/pdf', documentType: 'court_notice', pageCount: 1, textSource: 'text-layer',
      textConfidence: 1, extractionJson: '{}', pagesJson: '[]', readAt: T1, extractedAt: T1, at: T1, senderKey: KEY,
    });
    store.layout.teach(KEY, 'arrears', 'v', '{}', T1);
    store.layout.teach(OTHER, 'arrears', 'v', '{}', T1);
    expect(store.layout.senders()).toEqual([
      { sender_key: KEY, label: 'Amtsgericht Köln · Ladung', features_json: '{"first":true}', first_seen_at: T1, last_seen_at: T2, documents: 1 },
      { sender_key: OTHER, label: null, features_json: null, first_seen_at: T1, last_seen_at: T1, documents: 0 },
    ]);
    expect(store.layout.reset(KEY)).toBe(1);
    expect(store.layout.forSender(KEY)).toEqual([]);
    expect(store.layout.forSender(OTHER)).toHaveLength(1);
  });

  it('looks possible matches up by either case through an index', () => {
    const plan = (sql: string) => JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    expect(plan("SELECT * FROM possible_matches WHERE case_id = 'x'")).toContain('possible_matches_case');
    expect(plan("SELECT * FROM possible_matches WHERE candidate_case_id = 'x'")).toContain('possible_matches_candidate');
    expect(plan("SELECT * FROM documents WHERE sender_key = 'x'")).toContain('documents_sender');
  });
});
