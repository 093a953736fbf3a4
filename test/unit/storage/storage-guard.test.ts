import { describe, expect, it } from 'vitest';
import { IntakeError } from '../../../src/core/errors.js';
import { storageFaultOf } from '../../../src/core/storage-fault.js';
import { StorageGuard, type Fault } from '../../../src/pipeline/storage-guard.js';
import { silentLogger } from '../../support/temp-app.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const errno = (code: string) => Object.assign(new Error(code), { code });

/** A guard whose probe answers from `disk.broken`; alerts are recorded. */
function guardWith(settings: { alertQuietMs?: number } = {}) {
  const disk = { broken: true, probes: 0 };
  const alerts: Fault[] = [];
  const resumed: string[] = [];
  const guard = new StorageGuard({
    probe: {
      checkData: async () => {
        disk.probes += 1;
        if (disk.broken) throw errno('ENOSPC');
      },
    },
    clock: () => new Date(),
    logger: silentLogger(),
    settings: { retryBaseMs: 20, retryMaxMs: 80, ...settings },
    alert: async (fault) => {
      alerts.push(fault);
    },
  });
  guard.onResume(async (scope) => {
    resumed.push(scope);
  });
  return { guard, disk, alerts, resumed };
}

describe('which errors are storage faults', () => {
  it.each([
    ['ENOSPC', 'STORAGE_FULL'],
    ['EDQUOT', 'STORAGE_FULL'],
    ['EROFS', 'STORAGE_READ_ONLY'],
    ['EACCES', 'STORAGE_DENIED'],
    ['EIO', 'STORAGE_IO'],
    ['SQLITE_FULL', 'STORAGE_FULL'],
    ['SQLITE_BUSY', 'STORAGE_BUSY'],
    ['SQLITE_BUSY_SNAPSHOT', 'STORAGE_BUSY'],
    ['SQLITE_LOCKED', 'STORAGE_BUSY'],
    ['SQLITE_IOERR_WRITE', 'STORAGE_IO'],
    ['SQLITE_READONLY_DBMOVED', 'STORAGE_READ_ONLY'],
    ['SQLITE_CORRUPT', 'STORAGE_CORRUPT'],
  ])('takes %s for %s', (code, expected) => {
    expect(storageFaultOf(errno(code))).toBe(expected);
  });

  it('leaves the file’s own errors alone (a missing file, a constraint, a bad PDF)', () => {
    expect(storageFaultOf(errno('ENOENT'))).toBeNull();
    expect(storageFaultOf(errno('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFaultOf(new IntakeError('CORRUPT_FILE', 'kaputt'))).toBeNull();
  });
});

describe('the storage guard', () => {
  it('pauses on a storage fault, checks again with growing gaps, alerts once, and resumes when the check passes', async () => {
    const { guard, disk, alerts, resumed } = guardWith();
    expect(guard.report(errno('SQLITE_FULL'))).toBe(true);
    expect(guard.state()).toMatchObject({ status: 'paused', faults: [{ scope: 'data', code: 'STORAGE_FULL' }] });
    await sleep(300);
    const probesWhileBroken = disk.probes;
    // 0, 20, 40, 80, 80 … ms: about six checks in 300 ms, not a busy loop.
    expect(probesWhileBroken).toBeGreaterThanOrEqual(3);
    expect(probesWhileBroken).toBeLessThan(10);
    expect(alerts).toHaveLength(1);
    expect(resumed).toEqual([]);

    disk.broken = false;
    await sleep(150);
    expect(guard.state().status).toBe('ok');
    expect(guard.state().lastRecovery).toMatchObject({ scope: 'data', code: 'STORAGE_FULL' });
    expect(resumed).toEqual(['data']);
    expect(alerts).toHaveLength(1);
    guard.stop();
  });

  it('does not alert for a fault its own first check cannot confirm (the next document just goes on)', async () => {
    const { guard, disk, alerts, resumed } = guardWith();
    disk.broken = false;
    guard.report(errno('EIO'));
    await sleep(50);
    expect(guard.state().status).toBe('ok');
    expect(resumed).toEqual(['data']);
    expect(alerts).toEqual([]);
    guard.stop();
  });

  it('mails one alert, not two, when the disk fills again right after it was freed', async () => {
    const { guard, disk, alerts } = guardWith();
    guard.report(errno('ENOSPC'));
    await sleep(50);
    disk.broken = false;
    await sleep(100);
    disk.broken = true;
    guard.report(errno('ENOSPC'));
    await sleep(200);
    expect(guard.state().status).toBe('paused');
    expect(alerts).toHaveLength(1);
    guard.stop();
  });

  it('keeps an alert that could not be written (outbox on the full disk) and sends it with a later check', async () => {
    let outboxFull = true;
    const sent: string[] = [];
    const disk = { broken: true };
    const guard = new StorageGuard({
      probe: {
        checkData: async () => {
          if (disk.broken) throw errno('ENOSPC');
        },
      },
      clock: () => new Date(),
      logger: silentLogger(),
      settings: { retryBaseMs: 20, retryMaxMs: 40 },
      alert: async (fault) => {
        if (outboxFull) throw errno('ENOSPC');
        sent.push(fault.code);
      },
    });
    guard.report(errno('ENOSPC'));
    await sleep(100);
    expect(sent).toEqual([]);
    outboxFull = false;
    disk.broken = false;
    await sleep(100);
    expect(sent).toEqual(['STORAGE_FULL']);
    guard.stop();
  });

  it('reports the watch folder’s state without probing the data folder', async () => {
    const { guard, disk, alerts, resumed } = guardWith();
    guard.watchFolderLost('WATCH_FOLDER_MISSING');
    expect(guard.intakePaused).toBe(true);
    expect(guard.dataPaused).toBe(false);
    await guard.watchFolderBack();
    expect(guard.state().status).toBe('ok');
    expect(resumed).toEqual(['watch']);
    expect(alerts.map((a) => a.code)).toEqual(['WATCH_FOLDER_MISSING']);
    expect(disk.probes).toBe(0);
    guard.stop();
  });
});
