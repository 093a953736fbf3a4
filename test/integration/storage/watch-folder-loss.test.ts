import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, startService, type App } from '../../../src/main.js';
import { dropFile, householdNotices, IS_ROOT, mountTmpfs, outboxMails, until } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let app: App | undefined;
let service: Awaited<ReturnType<typeof startService>> | undefined;
const cleanups: (() => void)[] = [];

afterEach(async () => {
  await service?.stop();
  service = undefined;
  app = undefined;
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  dirs.cleanup();
});

async function startWith(polling: boolean): Promise<App> {
  const env = {
    INTAKE_WATCH_DIR: dirs.watchDir,
    INTAKE_DATA_DIR: dirs.dataDir,
    INTAKE_STABLE_MS: '200',
    INTAKE_OCR_WORKERS: '1',
    INTAKE_POLLING: String(polling),
    INTAKE_POLL_INTERVAL_MS: '200',
    INTAKE_WATCH_CHECK_MS: '200',
    INTAKE_ALERT_BATCH_MINUTES: '60',
  };
  app = await openApp(loadConfig({ env, cwd: dirs.root }), createRootLogger('silent', { pretty: false }));
  service = await startService(app);
  return app;
}

const watchFault = () => app!.guard.state().faults.find((f) => f.scope === 'watch');
const caseCount = () => app!.store.cases.count();

async function losesAndFindsItsFolder(polling: boolean): Promise<void> {
  dirs = tempDirs('intake-watchloss-');
  const [after] = await householdNotices(1);
  await startWith(polling);

  rmSync(dirs.watchDir, { recursive: true });
  const fault = await until(() => watchFault(), 10_000, 'the pause');
  expect(fault.code).toBe('WATCH_FOLDER_MISSING');
  expect(app!.guard.state().status).toBe('paused');
  await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 10_000, 'the alert');

  mkdirSync(dirs.watchDir);
  await until(() => app!.guard.state().status === 'ok', 10_000, 'the resume');
  dropFile(dirs.watchDir, 'danach.pdf', after!);
  await until(() => caseCount() === 1, 30_000, 'the notice dropped after the folder came back');
  const alerts = outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage');
  expect(alerts).toHaveLength(1);
  expect(alerts[0]!.text).toContain('WATCH_FOLDER_MISSING');
}

describe('a watch folder that vanishes and comes back', () => {
  it('pauses with one alert and picks up files dropped after it was created again (file events)', async () => {
    await losesAndFindsItsFolder(false);
  });

  it('does the same in polling mode (network shares)', async () => {
    await losesAndFindsItsFolder(true);
  });

  it('watches a folder deleted and created again between two checks as the new folder', async () => {
    dirs = tempDirs('intake-watchloss-');
    const [notice] = await householdNotices(1);
    await startWith(false);
    rmSync(dirs.watchDir, { recursive: true });
    mkdirSync(dirs.watchDir);
    // Long enough for a check to see the new folder; inotify still watches the deleted one until then.
    await new Promise((r) => setTimeout(r, 600));
    dropFile(dirs.watchDir, 'neu.pdf', notice!);
    await until(() => caseCount() === 1, 30_000, 'the notice in the new folder');
  });

  it(
    IS_ROOT
      ? 'pauses when the share (a real tmpfs mount) is unmounted, and reads it again once it is mounted (root)'
      : 'reads a share mounted anew (not root: a folder swapped in by rename stands in for the mount; without a real unmount there is no pause to see)',
    async () => {
      dirs = tempDirs('intake-watchloss-');
      const [notice] = await householdNotices(1);
      if (!IS_ROOT) {
        await startWith(true);
        renameSync(dirs.watchDir, `${dirs.watchDir}.alt`);
        mkdirSync(dirs.watchDir);
        dropFile(dirs.watchDir, 'nach-dem-einhaengen.pdf', notice!);
        await until(() => caseCount() === 1, 30_000, 'the notice in the folder swapped in');
        return;
      }
      let share = mountTmpfs(dirs.watchDir, '4m');
      cleanups.push(() => share.unmount());
      await startWith(true);

      share.unmount();
      // The mount point stays as an empty local folder: that is not the share.
      const fault = await until(() => watchFault(), 10_000, 'the pause after the unmount');
      expect(fault.code).toBe('WATCH_FOLDER_MISSING');

      share = mountTmpfs(dirs.watchDir, '4m');
      dropFile(dirs.watchDir, 'nach-dem-einhaengen.pdf', notice!);
      await until(() => app!.guard.state().status === 'ok', 10_000, 'the resume');
      await until(() => caseCount() === 1, 30_000, 'the notice on the share');
      expect(outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage')).toHaveLength(1);
    },
  );
});
