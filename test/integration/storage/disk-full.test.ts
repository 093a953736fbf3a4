import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { readServiceState } from '../../../src/adapters/service-state.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, startService } from '../../../src/main.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { dropFile, householdNotices, IS_ROOT, mountTmpfs, outboxMails, storeCounts, until, type StoreCounts } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

const COUNT = 30;
let dirs: TempDirs;
let notices: Buffer[];
let service: ReturnType<typeof startCli> | undefined;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  dirs = tempDirs('intake-full-');
  notices = await householdNotices(COUNT);
});
afterAll(() => {
  // A test that timed out must not leave its service behind.
  if (service && service.exitCode === null) service.kill('SIGKILL');
  for (const cleanup of cleanups.reverse()) cleanup();
  dirs.cleanup();
});

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
const env = () => ({
  INTAKE_DATA_DIR: dirs.dataDir,
  INTAKE_WATCH_DIR: dirs.watchDir,
  INTAKE_STABLE_MS: '200',
  INTAKE_OCR_WORKERS: '1',
  INTAKE_MIN_FREE_MB: '0.3',
  INTAKE_STORAGE_RETRY_MS: '200',
  INTAKE_STORAGE_RETRY_MAX_MS: '1000',
  // New-case alerts are collected for an hour: the only alert in this test is the storage alert.
  INTAKE_ALERT_BATCH_MINUTES: '60',
});

/** What must hold once the store can grow again: every notice a case with one letter, nothing failed, nothing left over. */
function expectAllThrough(done: StoreCounts): void {
  expect(done).toMatchObject({ done: COUNT, failed: 0, received: 0, processing: 0, cases: COUNT, letters: COUNT });
  expect(done.lettersPerCase.every((n) => n === 1)).toBe(true);
  expect(files(dirs.failedDir)).toEqual([]);
  expect(files(dirs.watchDir).filter((n) => n !== 'failed')).toEqual([]);
  expect(files(path.join(dirs.dataDir, 'spool'))).toEqual([]);
  const alerts = outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage');
  expect(alerts).toHaveLength(1);
  expect(alerts[0]!.text).toContain('STORAGE_FULL');
}

const allThrough = () => {
  const counts = storeCounts(dirs.dataDir);
  return counts && counts.done === COUNT && counts.letters === COUNT ? counts : null;
};

/** Root: the data folder is a real 3 MB tmpfs, the service a real `intake watch` process; the tmpfs grows to 64 MB. */
async function onARealSmallDisk(): Promise<void> {
  const disk = mountTmpfs(dirs.dataDir, '3m');
  cleanups.push(disk.unmount);
  service = startCli(['watch'], env());
  const child = service;
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code ?? -1));
  try {
    await until(() => child.output().includes('Beenden mit Strg+C'), 20_000, 'service start');
    notices.forEach((pdf, i) => dropFile(dirs.watchDir, `Scan ${i}.pdf`, pdf));

    await until(() => readServiceState(dirs.dataDir)?.health.status === 'paused', 60_000, 'the service to pause');
    const pausedStatus = await runCli(['status', '--json'], env());
    expect(pausedStatus.code).toBe(3);
    const paused = JSON.parse(pausedStatus.stdout) as { service: string; faults: { code: string; scope: string }[] };
    expect(paused.service).toBe('paused');
    expect(paused.faults[0]).toMatchObject({ scope: 'data', code: 'STORAGE_FULL' });
    expect(exitCode).toBeUndefined();
    const atPause = storeCounts(dirs.dataDir);
    expect(atPause?.failed ?? 0).toBe(0);
    expect(atPause?.done ?? 0, 'the disk must fill while work is still open').toBeLessThan(COUNT);
    expect(files(dirs.failedDir)).toEqual([]);
    await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 20_000, 'the alert');

    disk.grow('64m');
    expectAllThrough(await until(allThrough, 90_000, 'all 30 to finish after the disk grew'));
    expect(exitCode).toBeUndefined();
    expect(readServiceState(dirs.dataDir)?.health).toMatchObject({ status: 'ok', faults: [] });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (exitCode !== undefined ? r(null) : child.once('exit', r)));
  }
  expect(exitCode).toBe(0);
}

/** Without root no file system can be mounted: SQLite's own page limit fills the store (a real SQLITE_FULL), in this process. */
async function withAFullDatabase(): Promise<void> {
  const app = await openApp(loadConfig({ env: env(), cwd: dirs.root }), createRootLogger('silent', { pretty: false }));
  const running = await startService(app);
  try {
    app.db.pragma(`max_page_count = ${(app.db.pragma('page_count', { simple: true }) as number) + 60}`);
    notices.forEach((pdf, i) => dropFile(dirs.watchDir, `Scan ${i}.pdf`, pdf));
    await until(() => app.guard.state().status === 'paused', 60_000, 'the pause');
    expect(app.guard.state().faults[0]).toMatchObject({ scope: 'data', code: 'STORAGE_FULL' });
    expect(app.store.documents.countByStatus().done).toBeLessThan(COUNT);
    expect(app.store.documents.countByStatus().failed).toBe(0);
    expect(files(dirs.failedDir)).toEqual([]);
    await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 20_000, 'the alert');

    app.db.pragma('max_page_count = 1073741823');
    expectAllThrough(await until(allThrough, 90_000, 'all 30 to finish after the limit was raised'));
    expect(app.guard.state().status).toBe('ok');
  } finally {
    await running.stop();
  }
}

describe('a data folder that fills up during a burst of 30 notices, then grows', () => {
  it(
    IS_ROOT
      ? 'pauses instead of failing, keeps every file, mails one alert, and finishes all 30 (real 3 MB tmpfs, real service process; root)'
      : 'pauses instead of failing, keeps every file, mails one alert, and finishes all 30 (not root: SQLite page limit instead of a small file system)',
    async () => {
      if (IS_ROOT) await onARealSmallDisk();
      else await withAFullDatabase();
    },
    150_000,
  );
});
