import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailCommand } from '../../../src/cli/mail.command.js';
import { openDatabase } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { buildReportStore, HOUSEHOLDS } from '../report/report-store.fixture.js';
import { decodedText, startSmtpSink } from './smtp-sink.js';

let dir: string;
let dataDir: string;
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-mail-cli-'));
  dataDir = path.join(dir, 'data');
  const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
  buildReportStore(new SqliteStore(db), dataDir);
  db.close();
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await sink?.close();
  sink = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  const code = await mailCommand([...argv, '--data-dir', dataDir, '--watch-dir', path.join(dir, 'watch'), '--log-level', 'silent']);
  vi.restoreAllMocks();
  return { code, out };
}

const outbox = () => (existsSync(path.join(dataDir, 'outbox')) ? readdirSync(path.join(dataDir, 'outbox')) : []);

describe('intake mail', () => {
  it('sends to the team address an admin saved in the web UI, ahead of MAIL_TO', async () => {
    const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
    new SqliteStore(db).settings.put('mailTo', 'team-wohnen@kreis.test', new Date().toISOString(), 'ada');
    db.close();
    sink = await startSmtpSink();
    vi.stubEnv('SMTP_URL', `smtp://team:geheim@127.0.0.1:${sink.port}`);
    vi.stubEnv('MAIL_TO', 'alt@kreis.test');
    expect((await run(['test'])).out).toBe('Mail an team-wohnen@kreis.test verschickt.\n');
    expect(sink.mails.map((m) => m.to)).toEqual([['team-wohnen@kreis.test']]);
  });

  it('puts the test mail and the digest into the outbox when no SMTP_URL is set, and flush delivers them later', async () => {
    expect((await run(['test'])).out).toContain('SMTP_URL nicht gesetzt');
    expect((await run(['digest'])).code).toBe(0);
    expect(outbox()).toHaveLength(2);

    sink = await startSmtpSink();
    vi.stubEnv('SMTP_URL', `smtp://team:geheim@127.0.0.1:${sink.port}`);
    vi.stubEnv('MAIL_TO', 'fachstelle@team.test');
    const flushed = await run(['flush']);
    expect(flushed.out).toBe('Zugestellt: 2, noch im Postausgang: 0\n');
    expect(sink.mails.map((m) => m.to)).toEqual([['fachstelle@team.test'], ['fachstelle@team.test']]);
    const digest = await run(['digest']);
    expect(digest.out).toBe('Mail an fachstelle@team.test verschickt.\n');
    const texts = sink.mails.map((m) => decodedText(m.raw));
    expect(texts.at(-1)).toMatch(/Subject: Tagesübersicht/);
    for (const text of texts) for (const h of HOUSEHOLDS) expect(text).not.toContain(h.name);
  });
});
