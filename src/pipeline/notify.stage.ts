/**
 * Team notifications: one alert per batch of new cases (collected for `alertBatchMinutes`, not one
 * mail per document), the daily digest at `digestTime` (server's local time), and retries of the
 * outbox with backoff. State (what was alerted, which day's digest went out) lives in SQLite, so a
 * restart neither repeats nor loses a mail. Nothing here blocks intake: mails are sent from timers
 * and a failing server only fills the outbox.
 *
 * Wiring (main.ts, startService):
 *   const mailer = createMailer(config, logger);
 *   const notifications = startNotifications({ store: new NotifyRepository(app.db), config, logger, clock, mailer });
 *   runner.onOutcome((o) => { if (o.kind === 'done' && o.newCase) notifications.notifyNewCase(o.caseId); });
 *   … on shutdown: await notifications.stop();   // also closes the mailer
 */
import { composeAlert, composeDigest } from '../core/mail/mail.composer.js';
import type { DigestInput, MailCase, Mailer, SendResult } from '../core/mail/mail.types.js';
import type { Clock, Logger } from './ports.js';

/** What the notifier reads from the store (implemented by NotifyRepository in src/db/report.repository.ts). */
export interface NotifyStore {
  getState(key: string): string | undefined;
  setState(key: string, value: string): void;
  casesCreatedAfter(createdAt: string, id: string): { id: string; createdAt: string }[];
  latestCase(): { id: string; createdAt: string } | undefined;
  mailCase(id: string, today: string): MailCase | undefined;
  dueBetween(today: string, until: string): { caseId: string; kind: string; date: string; estimated: boolean }[];
  needsReviewIds(): string[];
  openFailedCount(): number;
  unprintedLetterCount(): number;
}

export interface NotifySettings {
  alertBatchMinutes: number;
  /** HH:MM, local time. */
  digestTime: string;
  baseUrl: string;
}

export interface NotifyDeps {
  store: NotifyStore;
  config: { mail: NotifySettings };
  logger: Logger;
  clock: Clock;
  mailer: Mailer;
  /** How often to look for cases created by another process (ms); default 60 s. */
  pollMs?: number;
  /** First outbox retry delay (ms), doubling up to one hour; default 30 s. */
  retryBaseMs?: number;
}

export interface Notifications {
  /** A case was opened: an alert goes out once the batch window has passed. */
  notifyNewCase(caseId?: string): void;
  /** Sends the alert for all not yet alerted cases now (if any). */
  sendPendingAlert(): Promise<SendResult | null>;
  /** Sends the digest now (does not count as the scheduled one). */
  sendDigestNow(): Promise<SendResult>;
  stop(): Promise<void>;
}

export const DIGEST_WINDOW_DAYS = 14;
const WATERMARK = 'alert.watermark';
const DIGEST_DAY = 'digest.lastDay';
const MAX_RETRY_MS = 3_600_000;

/** The local calendar day of a moment, ISO (YYYY-MM-DD). */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The next moment (local time) at HH:MM strictly after `now`. */
export function nextDigestAt(now: Date, digestTime: string): Date {
  const [h, m] = digestTime.split(':').map(Number) as [number, number];
  const at = new Date(now);
  at.setHours(h, m, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at;
}

/** The digest's content for `today`, from the store. */
export function digestInput(store: NotifyStore, today: string): DigestInput {
  return {
    today,
    windowDays: DIGEST_WINDOW_DAYS,
    dueSoon: store.dueBetween(today, addDays(today, DIGEST_WINDOW_DAYS)),
    needsReview: store
      .needsReviewIds()
      .map((id) => store.mailCase(id, today))
      .filter((c): c is MailCase => c !== undefined)
      .sort((a, b) => (a.nextDeadline?.date ?? '9999').localeCompare(b.nextDeadline?.date ?? '9999') || a.id.localeCompare(b.id)),
    failedFiles: store.openFailedCount(),
    unprintedLetters: store.unprintedLetterCount(),
  };
}

export function startNotifications(deps: NotifyDeps): Notifications {
  const { store, mailer, clock } = deps;
  const settings = deps.config.mail;
  const log = deps.logger.child({ component: 'notify' });
  const batchMs = settings.alertBatchMinutes * 60_000;
  const retryBaseMs = deps.retryBaseMs ?? 30_000;
  let stopped = false;
  let alertTimer: NodeJS.Timeout | undefined;
  let digestTimer: NodeJS.Timeout | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  let retryMs = retryBaseMs;
  const inFlight = new Set<Promise<unknown>>();

  // First start: alert only about cases that arrive from now on, not the whole history.
  if (store.getState(WATERMARK) === undefined) {
    const latest = store.latestCase();
    store.setState(WATERMARK, JSON.stringify(latest ? [latest.createdAt, latest.id] : ['', '']));
  }

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  const pending = () => {
    const [createdAt, id] = JSON.parse(store.getState(WATERMARK)!) as [string, string];
    return store.casesCreatedAfter(createdAt, id);
  };

  function scheduleFlush(delayMs: number): void {
    if (stopped || flushTimer) return;
    flushTimer = setTimeout(() => {
      flushTimer = undefined;
      void track(
        mailer.flushOutbox().then(
          ({ waiting }) => {
            if (waiting > 0 && mailer.smtpConfigured) {
              retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
              scheduleFlush(retryMs);
            } else retryMs = retryBaseMs;
          },
          (error: unknown) => {
            log.error({ code: (error as NodeJS.ErrnoException).code ?? 'OUTBOX_FAILED' }, 'outbox check failed');
            scheduleFlush(Math.min((retryMs *= 2), MAX_RETRY_MS));
          },
        ),
      );
    }, delayMs);
    flushTimer.unref();
  }

  async function send(mail: Parameters<Mailer['send']>[0]): Promise<SendResult> {
    const result = await mailer.send(mail);
    if (!result.delivered && mailer.smtpConfigured) scheduleFlush(retryMs);
    return result;
  }

  async function sendPendingAlert(): Promise<SendResult | null> {
    const fresh = pending();
    if (fresh.length === 0) return null;
    const today = localDay(clock());
    const cases = fresh.map((c) => store.mailCase(c.id, today)).filter((c): c is MailCase => c !== undefined);
    const last = fresh.at(-1)!;
    // Move the watermark first: a crash after this loses at most one alert, never repeats one in a loop.
    store.setState(WATERMARK, JSON.stringify([last.createdAt, last.id]));
    const result = await send(composeAlert(cases, { baseUrl: settings.baseUrl, today }));
    log.info({ cases: cases.length, delivered: result.delivered }, 'new-case alert');
    return result;
  }

  function scheduleAlert(): void {
    if (stopped || alertTimer) return;
    alertTimer = setTimeout(() => {
      alertTimer = undefined;
      void track(sendPendingAlert()).catch((error: unknown) => log.error({ code: (error as NodeJS.ErrnoException).code ?? 'ALERT_FAILED' }, 'alert failed'));
    }, batchMs);
    alertTimer.unref();
  }

  async function sendDigest(scheduled: boolean): Promise<SendResult> {
    const today = localDay(clock());
    if (scheduled) store.setState(DIGEST_DAY, today);
    const input = digestInput(store, today);
    const result = await send(composeDigest(input, { baseUrl: settings.baseUrl }));
    log.info({ dueSoon: input.dueSoon.length, needsReview: input.needsReview.length, failedFiles: input.failedFiles, delivered: result.delivered }, 'digest');
    return result;
  }

  function scheduleDigest(): void {
    if (stopped) return;
    const now = clock();
    const today = localDay(now);
    const todayAt = nextDigestAt(new Date(now.getFullYear(), now.getMonth(), now.getDate(), 0, 0, 0, -1), settings.digestTime);
    // Missed today's digest (service was down at that time)? Send it now.
    const due = now.getTime() >= todayAt.getTime() && store.getState(DIGEST_DAY) !== today;
    const delay = due ? 0 : nextDigestAt(now, settings.digestTime).getTime() - now.getTime();
    digestTimer = setTimeout(() => {
      digestTimer = undefined;
      void track(sendDigest(true))
        .catch((error: unknown) => log.error({ code: (error as NodeJS.ErrnoException).code ?? 'DIGEST_FAILED' }, 'digest failed'))
        .finally(() => {
          // Past the digest minute before rescheduling, so it is not sent twice.
          setTimeout(scheduleDigest, 1_000).unref();
        });
    }, Math.min(delay, 2_147_000_000));
    digestTimer.unref();
  }

  const poll = setInterval(() => {
    if (pending().length > 0) scheduleAlert();
  }, deps.pollMs ?? 60_000);
  poll.unref();
  scheduleDigest();
  scheduleFlush(0);
  if (pending().length > 0) scheduleAlert();

  return {
    notifyNewCase() {
      scheduleAlert();
    },
    sendPendingAlert: () => track(sendPendingAlert()),
    sendDigestNow: () => track(sendDigest(false)),
    async stop() {
      stopped = true;
      clearInterval(poll);
      for (const timer of [alertTimer, digestTimer, flushTimer]) if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
      await mailer.close();
    },
  };
}
