import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mailer, OutgoingMail, SendResult } from '../../../src/core/mail/mail.types.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { NotifyRepository } from '../../../src/db/report.repository.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { nextDigestAt, startNotifications, type Notifications } from '../../../src/pipeline/notify.stage.js';
import { silentLogger } from '../../support/temp-app.js';
import { commitHouseholdDocument, HOUSEHOLDS } from '../../integration/report/report-store.fixture.js';

/** A mailer port that records what it is given; `failing` makes it behave like a dead server. */
class RecordingMailer implements Mailer {
  sent: OutgoingMail[] = [];
  outbox: OutgoingMail[] = [];
  failing = false;
  flushes = 0;
  readonly smtpConfigured = true;
  async send(mail: OutgoingMail): Promise<SendResult> {
    if (this.failing) {
      this.outbox.push(mail);
      return { delivered: false, outboxFile: 'x.eml' };
    }
    this.sent.push(mail);
    return { delivered: true };
  }
  async flushOutbox() {
    this.flushes += 1;
    if (this.failing) return { delivered: 0, waiting: this.outbox.length };
    const delivered = this.outbox.length;
    this.sent.push(...this.outbox.splice(0));
    return { delivered, waiting: 0 };
  }
  async close() {}
}

let dir: string;
let db: Db;
let store: SqliteStore;
let mailer: RecordingMailer;
let notifications: Notifications | undefined;

const settings = (alertBatchMinutes = 5) => ({ mail: { alertBatchMinutes, digestTime: '07:30', baseUrl: 'http://127.0.0.1:8080' } });
const start = (batch = 5) =>
  (notifications = startNotifications({ store: new NotifyRepository(db), config: settings(batch), logger: silentLogger(), clock: () => new Date(), mailer, pollMs: 60_000, retryBaseMs: 1_000 }));
const commit = (i: number) => commitHouseholdDocument(store, path.join(dir, 'data'), HOUSEHOLDS[i]!, 'court_notice', new Date().toISOString()).caseId;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(2025, 1, 12, 9, 0, 0)); // 12 Feb 2025, 09:00 local: today's digest time has passed
  dir = mkdtempSync(path.join(tmpdir(), 'intake-notify-'));
  db = openDatabase(path.join(dir, 'data', 'intake.sqlite'));
  store = new SqliteStore(db);
  new NotifyRepository(db).setState('digest.lastDay', '2025-02-12');
  mailer = new RecordingMailer();
});
afterEach(async () => {
  await notifications?.stop();
  notifications = undefined;
  vi.useRealTimers();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the notifier', () => {
  it('collects new cases for the batch window and sends them in one alert', async () => {
    start(5);
    const first = commit(0);
    notifications!.notifyNewCase(first);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    const second = commit(1);
    notifications!.notifyNewCase(second);
    expect(mailer.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(3 * 60_000 + 10);
    expect(mailer.sent.map((m) => m.kind)).toEqual(['alert']);
    expect(mailer.sent[0]!.subject).toBe('Eingang: 2 neue Fälle');
    expect(mailer.sent[0]!.text).toContain(first);
    expect(mailer.sent[0]!.text).toContain(second);
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    expect(mailer.sent).toHaveLength(1);
  });

  it('finds cases opened by another process (intake process) through its poll', async () => {
    start(1);
    commit(2);
    await vi.advanceTimersByTimeAsync(60_000 + 60_000 + 10);
    expect(mailer.sent.map((m) => m.subject)).toEqual(['Eingang: 1 neuer Fall']);
  });

  it('does not alert about the cases that existed before its first start', async () => {
    commit(0);
    start(0);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(mailer.sent).toEqual([]);
  });

  it('sends the digest every day at the configured time, once', async () => {
    start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(mailer.sent).toEqual([]);
    // Tomorrow 07:30 local.
    const tomorrow = nextDigestAt(new Date(), '07:30').getTime() - Date.now();
    await vi.advanceTimersByTimeAsync(tomorrow - 1_000);
    expect(mailer.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(mailer.sent.map((m) => m.kind)).toEqual(['digest']);
    expect(mailer.sent[0]!.subject).toMatch(/^Tagesübersicht 13\.02\.2025/);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(mailer.sent.map((m) => m.subject.slice(0, 25))).toEqual(['Tagesübersicht 13.02.2025', 'Tagesübersicht 14.02.2025']);
  });

  it('sends a missed digest right after a restart, but not a second one the same day', async () => {
    new NotifyRepository(db).setState('digest.lastDay', '2025-02-11');
    start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(mailer.sent.map((m) => m.kind)).toEqual(['digest']);
    await notifications!.stop();
    start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(mailer.sent).toHaveLength(1);
  });

  it('retries the outbox with growing pauses while the server is down, and delivers when it is back', async () => {
    mailer.failing = true;
    start(0);
    notifications!.notifyNewCase(commit(0));
    await vi.advanceTimersByTimeAsync(10);
    expect(mailer.outbox).toHaveLength(1);
    const before = mailer.flushes;
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 10);
    // 1 s, then 2 s, then 4 s: three more attempts, not seven.
    expect(mailer.flushes - before).toBe(3);
    mailer.failing = false;
    await vi.advanceTimersByTimeAsync(8_000 + 10);
    expect(mailer.sent.map((m) => m.kind)).toEqual(['alert']);
    expect(mailer.outbox).toHaveLength(0);
  });
});
