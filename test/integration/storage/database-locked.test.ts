import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, startService, type App } from '../../../src/main.js';
import { createWebApp } from '../../../src/web/server.js';
import { dropFile, householdNotices, outboxMails, until } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let app: App;
let service: Awaited<ReturnType<typeof startService>>;

beforeAll(async () => {
  dirs = tempDirs('intake-locked-');
  const env = {
    INTAKE_WATCH_DIR: dirs.watchDir,
    INTAKE_DATA_DIR: dirs.dataDir,
    INTAKE_STABLE_MS: '200',
    INTAKE_OCR_WORKERS: '1',
    INTAKE_DB_BUSY_TIMEOUT_MS: '200',
    INTAKE_STORAGE_RETRY_MS: '200',
    INTAKE_STORAGE_RETRY_MAX_MS: '400',
    INTAKE_ALERT_BATCH_MINUTES: '60',
  };
  app = await openApp(loadConfig({ env, cwd: dirs.root }), createRootLogger('silent', { pretty: false }));
  service = await startService(app);
});
afterAll(async () => {
  await service?.stop();
  dirs.cleanup();
});

describe('a database locked by another writer for longer than the busy timeout (SQLITE_BUSY, a real lock)', () => {
  it('pauses with the reason on /health, in the web banner and in one mail, then processes the notice when the lock goes', async () => {
    const [notice] = await householdNotices(1);
    const web = createWebApp(app);
    expect((await web.request('/health')).status).toBe(200);

    // Another program holds the write lock (e.g. a script in a long transaction).
    const other = new Database(path.join(dirs.dataDir, 'intake.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO notify_state (key, value) VALUES ('test.lock', 'x')").run();
    try {
      dropFile(dirs.watchDir, 'gesperrt.pdf', notice!);
      await until(() => app.guard.state().status === 'paused', 20_000, 'the pause');
      const health = await web.request('/health');
      expect(health.status).toBe(503);
      const body = (await health.json()) as { status: string; faults: { scope: string; code: string; message: string }[] };
      expect(body.status).toBe('paused');
      expect(body.faults[0]).toMatchObject({ scope: 'data', code: 'STORAGE_BUSY' });
      expect(body.faults[0]!.message).toContain('gesperrt');

      const page = await (await web.request('/login')).text();
      expect(page).toContain('Eingang angehalten');
      expect(page).toContain('STORAGE_BUSY');
      await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 10_000, 'the alert');
      expect(app.store.documents.countByStatus().failed).toBe(0);
    } finally {
      other.exec('COMMIT');
      other.close();
    }

    await until(() => app.store.cases.count() === 1, 30_000, 'the notice after the lock went');
    expect(app.guard.state().status).toBe('ok');
    expect((await web.request('/health')).status).toBe(200);
    expect(await (await web.request('/login')).text()).not.toContain('Eingang angehalten');
    expect(app.store.documents.countByStatus()).toMatchObject({ done: 1, failed: 0, received: 0, processing: 0 });
    expect(outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage')).toHaveLength(1);
  });
});
