import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServiceState } from '../../../src/adapters/service-state.adapter.js';
import { CLI, runCli } from '../../support/run-cli.js';
import { dropFile, householdNotices, IS_ROOT, outboxMails, storeCounts, until } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

/** Root ignores file permissions: as root the service runs as `nobody`, so that chmod bites for real. */
const NOBODY = 65534;
let dirs: TempDirs;
let notices: Buffer[];
let service: ReturnType<typeof spawn> | undefined;

beforeAll(async () => {
  dirs = tempDirs('intake-perm-');
  if (IS_ROOT) for (const dir of [dirs.root, dirs.watchDir, dirs.dataDir]) chownSync(dir, NOBODY, NOBODY);
  notices = await householdNotices(2);
});
afterAll(() => {
  // A test that timed out must not leave its service behind.
  if (service && service.exitCode === null) service.kill('SIGKILL');
  chmodSync(dirs.watchDir, 0o755);
  dirs.cleanup();
});

const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: dirs.root,
  INTAKE_LOG_LEVEL: 'info',
  INTAKE_DATA_DIR: dirs.dataDir,
  INTAKE_WATCH_DIR: dirs.watchDir,
  INTAKE_STABLE_MS: '200',
  INTAKE_OCR_WORKERS: '1',
  INTAKE_STORAGE_RETRY_MS: '200',
  INTAKE_STORAGE_RETRY_MAX_MS: '500',
  INTAKE_WATCH_CHECK_MS: '200',
  INTAKE_ALERT_BATCH_MINUTES: '60',
});

/** What the service last wrote for `intake status` (cheaper to poll than the CLI). */
const faults = () => readServiceState(dirs.dataDir)?.health.faults ?? [];

describe('permissions taken away while the service runs (real EACCES)', () => {
  it(`pauses for a spool folder and a watch folder it may not write, and resumes when the rights are back (service as ${IS_ROOT ? 'user nobody' : 'the test user'})`, async () => {
    service = spawn(process.execPath, [CLI, 'watch'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'], ...(IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}) });
    let output = '';
    let exitCode: number | null | undefined;
    service.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    service.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    service.on('exit', (code) => (exitCode = code ?? -1));
    const spool = path.join(dirs.dataDir, 'spool');
    try {
      await until(() => output.includes('Beenden mit Strg+C'), 20_000, 'service start');

      chmodSync(spool, 0o555);
      dropFile(dirs.watchDir, 'erste.pdf', notices[0]!);
      await until(() => faults().length > 0, 20_000, 'the pause for the spool');
      expect(faults()).toEqual([expect.objectContaining({ scope: 'data', code: 'STORAGE_DENIED' })]);
      const status = await runCli(['status'], env());
      expect(status.code).toBe(3);
      expect(status.stdout).toContain('ANGEHALTEN');
      expect(status.stdout).toContain('STORAGE_DENIED');
      expect(readdirSync(dirs.watchDir)).toContain('erste.pdf');
      await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 10_000, 'the alert');

      chmodSync(spool, 0o755);
      await until(() => storeCounts(dirs.dataDir)?.done === 1, 30_000, 'the first notice after the rights came back');

      chmodSync(dirs.watchDir, 0o000);
      await until(() => faults().length > 0, 20_000, 'the pause for the watch folder');
      expect(faults()).toEqual([expect.objectContaining({ scope: 'watch', code: 'WATCH_FOLDER_DENIED' })]);
      chmodSync(dirs.watchDir, 0o755);
      await until(() => faults().length === 0, 20_000, 'the resume');
      dropFile(dirs.watchDir, 'zweite.pdf', notices[1]!);
      await until(() => storeCounts(dirs.dataDir)?.letters === 2, 30_000, 'the second notice and its letter');

      expect(storeCounts(dirs.dataDir)).toMatchObject({ done: 2, failed: 0, cases: 2, letters: 2 });
      expect(existsSync(dirs.failedDir) ? readdirSync(dirs.failedDir) : []).toEqual([]);
      const alerts = outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage');
      expect(alerts.map((m) => /Code (\w+)/.exec(m.text)?.[1]).sort()).toEqual(['STORAGE_DENIED', 'WATCH_FOLDER_DENIED']);
      expect(exitCode).toBeUndefined();
    } finally {
      chmodSync(spool, 0o755);
      chmodSync(dirs.watchDir, 0o755);
      service.kill('SIGTERM');
      await new Promise((r) => (exitCode !== undefined ? r(null) : service!.once('exit', r)));
    }
    expect(exitCode).toBe(0);
  }, 120_000);
});
