import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from '../../../src/adapters/mail.adapter.js';
import type { Config } from '../../../src/config/config.schema.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { NotifyRepository } from '../../../src/db/report.repository.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { startNotifications, type Notifications } from '../../../src/pipeline/notify.stage.js';
import { silentLogger } from '../../support/temp-app.js';
import { commitHouseholdDocument, HOUSEHOLDS } from '../report/report-store.fixture.js';
import { decodedText, startSmtpSink, type ReceivedMail } from './smtp-sink.js';

let dir: string;
let dataDir: string;
let db: Db;
let store: SqliteStore;
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
let notifications: Notifications | undefined;

const TODAY = new Date('2025-02-12T06:00:00.000Z');

function mailConfig(smtpUrl: string | undefined): Pick<Config, 'dataDir' | 'mail'> {
  return { dataDir, mail: { smtpUrl, from: 'Fachstelle Eingang <eingang@fachstelle.test>', to: 'team@fachstelle.test', digestTime: '07:30', alertBatchMinutes: 0, baseUrl: 'https://intake.fachstelle.test' } };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-mail-'));
  dataDir = path.join(dir, 'data');
  db = openDatabase(path.join(dataDir, 'intake.sqlite'));
  store = new SqliteStore(db);
});
afterEach(async () => {
  await notifications?.stop();
  notifications = undefined;
  await sink?.close();
  sink = undefined;
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

function expectNothingPersonal(mails: string[]): void {
  for (const text of mails) {
    for (const h of HOUSEHOLDS) {
      for (const secret of [h.name, h.name.split(' ').at(-1)!, h.street, h.fileNumber, h.fileNumber.replace(/\s/g, '')]) {
        expect(text.includes(secret), secret).toBe(false);
      }
    }
  }
}

const outbox = () => (existsSync(path.join(dataDir, 'outbox')) ? readdirSync(path.join(dataDir, 'outbox')).filter((n) => n.endsWith('.eml')) : []);

describe('team mails over a real SMTP server', () => {
  it('sends one alert for a batch of new cases, with links and deadlines but no names, streets or file numbers', async () => {
    sink = await startSmtpSink();
    const mailer = createMailer(mailConfig(`smtp://team:geheim@127.0.0.1:${sink.port}`), silentLogger());
    notifications = startNotifications({ store: new NotifyRepository(db), config: mailConfig(undefined), logger: silentLogger(), clock: () => TODAY, mailer });
    const caseIds = HOUSEHOLDS.slice(0, 3).map((h) => commitHouseholdDocument(store, dataDir, h, 'court_notice', h.receivedAt).caseId);
    for (const id of caseIds) notifications.notifyNewCase(id);
    await until(() => sink!.mails.length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.mails).toHaveLength(1);
    const mail = sink.mails[0]!;
    expect(mail).toMatchObject({ from: 'eingang@fachstelle.test', to: ['team@fachstelle.test'], user: 'team' });
    const text = decodedText(mail.raw);
    expect(text).toMatch(/Subject: .*3 neue F/);
    for (const id of caseIds) expect(text).toContain(`https://intake.fachstelle.test/cases/${id}`);
    expect(text).toContain('Verhandlungstermin am 20.02.2025');
    expectNothingPersonal([mail.raw, text]);
    // Already alerted: a later check sends nothing new.
    expect(await notifications.sendPendingAlert()).toBeNull();
  });

  it('sends the daily digest with deadlines of the next 14 days, cases to review and failed files', async () => {
    sink = await startSmtpSink();
    for (const h of HOUSEHOLDS) commitHouseholdDocument(store, dataDir, h, 'court_notice', h.receivedAt);
    store.documents.insertFailed({ id: 'doc-failed', sha256: 'f'.repeat(64), originalName: `${HOUSEHOLDS[0]!.name}.pdf`, origin: 'watch', size: 1, receivedAt: TODAY.toISOString() }, 'UNREADABLE', 'Datei unlesbar', null, TODAY.toISOString());
    const mailer = createMailer(mailConfig(`smtp://team:geheim@127.0.0.1:${sink.port}`), silentLogger());
    notifications = startNotifications({ store: new NotifyRepository(db), config: mailConfig(undefined), logger: silentLogger(), clock: () => TODAY, mailer });
    const result = await notifications.sendDigestNow();
    expect(result.delivered).toBe(true);
    const text = decodedText(sink.mails.at(-1)!.raw);
    // Hearings between 12.02. and 26.02.2025: only A's (20.02.).
    expect(text).toMatch(/Fristen in den n.chsten 14 Tagen: \d+/);
    expect(text).toContain('Verhandlungstermin am 20.02.2025, in 8 Tagen');
    expect(text).not.toContain('03.03.2025');
    expect(text).toContain('Nicht verarbeitete Dateien: 1');
    expect(text).toContain('https://intake.fachstelle.test/failed');
    expectNothingPersonal(sink.mails.map((m) => m.raw).concat(text));
  });

  it('writes mails to the outbox when no server answers, and delivers them once it does', async () => {
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const mailer = createMailer(mailConfig(`smtp://team:geheim@127.0.0.1:${port}`), silentLogger(), { timeoutMs: 2000 });
    const started = Date.now();
    const result = await mailer.send({ kind: 'test', subject: 'Testnachricht', text: 'Hallo Team' });
    expect(result.delivered).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(outbox()).toEqual([result.outboxFile]);
    expect(readFileSync(path.join(dataDir, 'outbox', result.outboxFile!), 'utf8')).toContain('Subject: Testnachricht');
    expect(await mailer.flushOutbox()).toEqual({ delivered: 0, waiting: 1 });

    sink = await startSmtpSink(port);
    expect(await mailer.flushOutbox()).toEqual({ delivered: 1, waiting: 0 });
    expect(outbox()).toEqual([]);
    expect(sink.mails).toHaveLength(1);
    expect(sink.mails[0]!.raw).toContain('Subject: Testnachricht');
    expect(sink.mails[0]!.to).toEqual(['team@fachstelle.test']);
    await mailer.close();
  });

  it('keeps mails as .eml in the outbox when no SMTP_URL is set (a new install needs no mail server)', async () => {
    const mailer = createMailer(mailConfig(undefined), silentLogger());
    notifications = startNotifications({ store: new NotifyRepository(db), config: mailConfig(undefined), logger: silentLogger(), clock: () => TODAY, mailer });
    const h = HOUSEHOLDS[3]!;
    commitHouseholdDocument(store, dataDir, h, 'court_notice', h.receivedAt);
    notifications.notifyNewCase();
    await until(() => outbox().length === 1);
    const eml = readFileSync(path.join(dataDir, 'outbox', outbox()[0]!), 'utf8');
    expect(eml).toMatch(/Subject: .*1 neuer Fall/);
    expect(eml).toContain('To: team@fachstelle.test');
    expect(mailer.smtpConfigured).toBe(false);
    expectNothingPersonal([eml, decodedText(eml)]);
  });

  it('upgrades an smtp:// connection with STARTTLS before it authenticates when requireTLS is set', async () => {
    sink = await startSmtpSink(0, { starttls: true });
    const url = `smtp://team:geheim@127.0.0.1:${sink.port}?requireTLS=true&tls.rejectUnauthorized=false`;
    const mailer = createMailer(mailConfig(url), silentLogger());
    expect(await mailer.send({ kind: 'test', subject: 'Testnachricht', text: 'Hallo' })).toEqual({ delivered: true });
    expect(sink.mails[0]).toMatchObject({ secure: true, user: 'team' });
    await mailer.close();
  });

  it('refuses a wrong password without losing the mail', async () => {
    sink = await startSmtpSink();
    const mailer = createMailer(mailConfig(`smtp://team:falsch@127.0.0.1:${sink.port}`), silentLogger());
    const result = await mailer.send({ kind: 'test', subject: 'Testnachricht', text: 'Hallo' });
    expect(result.delivered).toBe(false);
    expect(sink.mails).toEqual([] as ReceivedMail[]);
    expect(outbox()).toHaveLength(1);
    await mailer.close();
  });
});
