import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, startService, type App } from '../../../src/main.js';
import { dropFile, householdNotices, IS_ROOT, mountTmpfs, outboxMails, until } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let app: App;
let service: Awaited<ReturnType<typeof startService>>;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  dirs = tempDirs('intake-ro-');
  const env = {
    INTAKE_WATCH_DIR: dirs.watchDir,
    INTAKE_DATA_DIR: dirs.dataDir,
    INTAKE_STABLE_MS: '100',
    INTAKE_OCR_WORKERS: '1',
    INTAKE_STORAGE_RETRY_MS: '100',
    INTAKE_STORAGE_RETRY_MAX_MS: '300',
    INTAKE_ALERT_BATCH_MINUTES: '60',
  };
  app = await openApp(loadConfig({ env, cwd: dirs.root }), createRootLogger('silent', { pretty: false }));
  service = await startService(app);
});
afterAll(async () => {
  await service?.stop();
  for (const cleanup of cleanups.reverse()) cleanup();
  dirs.cleanup();
});


describe('the letters folder turning read-only while the service runs', () => {
  it(
    IS_ROOT
      ? 'keeps the committed case, pauses with STORAGE_READ_ONLY, and writes the letter once the folder is writable again (a real read-only tmpfs mounted over it, root)'
      : 'keeps the committed case, pauses with STORAGE_DENIED, and writes the letter once the folder is writable again (not root: chmod a-w instead of a read-only mount)',
    async () => {
      const [notice] = await householdNotices(1);
      const lettersDir = path.join(dirs.dataDir, 'letters');
      mkdirSync(lettersDir, { recursive: true });
      let restore: () => void;
      if (IS_ROOT) {
        const readOnly = mountTmpfs(lettersDir, '1m', { readOnly: true });
        cleanups.push(readOnly.unmount);
        restore = readOnly.unmount;
      } else {
        chmodSync(lettersDir, 0o555);
        restore = () => chmodSync(lettersDir, 0o755);
        cleanups.push(restore);
      }
      dropFile(dirs.watchDir, 'schreibschutz.pdf', notice!);
      await until(() => app.guard.state().status === 'paused', 20_000, 'the pause');
      expect(app.guard.state().faults[0]).toMatchObject({ scope: 'data', code: IS_ROOT ? 'STORAGE_READ_ONLY' : 'STORAGE_DENIED' });
      await until(() => outboxMails(dirs.dataDir).some((m) => m.kind === 'storage'), 10_000, 'the alert');
      // The document was committed before the letter failed: it stays a case, and its letter waits.
      expect(app.store.documents.countByStatus()).toMatchObject({ done: 1, failed: 0 });
      expect(app.store.letters.pending()).toHaveLength(1);

      restore();
      await until(() => app.store.letters.pending().length === 0, 20_000, 'the letter');
      expect(app.guard.state().status).toBe('ok');
      expect(app.store.documents.countByStatus()).toMatchObject({ done: 1, failed: 0 });
      expect(outboxMails(dirs.dataDir).filter((m) => m.kind === 'storage')).toHaveLength(1);
    },
  );
});
