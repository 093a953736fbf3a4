import { chmodSync, mkdirSync, openSync, writeSync, closeSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { isIntakeError } from '../../../src/core/errors.js';
import { openDatabase } from '../../../src/db/connection.js';
import { preflight } from '../../../src/main.js';
import { runCli } from '../../support/run-cli.js';
import { IS_ROOT, mountTmpfs } from '../../support/small-disk.js';
import { tempDirs } from '../../support/temp-app.js';

const dirs = tempDirs('intake-startup-');
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  dirs.cleanup();
});

/** `intake watch` with this data folder; it must refuse to start, so it returns by itself. */
const startWith = (dataDir: string, extra: Record<string, string> = {}) =>
  runCli(['watch'], { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1', ...extra });

/** The same checks in this process (each CLI start costs seconds): the German message and the code it would print. */
async function refusal(dataDir: string, extra: Record<string, string> = {}): Promise<{ code: string; kind: string; message: string }> {
  const config = loadConfig({ env: { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir, ...extra }, cwd: dirs.root });
  try {
    await preflight(config);
  } catch (error) {
    if (isIntakeError(error)) return { code: error.code, kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('the start-up checks let it pass');
}

describe('start-up checks of the data folder and the database', () => {
  it('refuses a configured data folder that is missing: one German message naming it and what to do, exit code 78', async () => {
    const missing = path.join(dirs.root, 'nicht-eingehaengt', 'data');
    const result = await startWith(missing);
    expect(result.code).toBe(78);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('DATA_DIR_MISSING');
    expect(result.stderr).toContain(missing);
    expect(result.stderr).toContain('Ist das Laufwerk eingehängt?');
  });

  it(
    IS_ROOT ? 'refuses a data folder on a read-only file system (a real tmpfs mounted ro, root)' : 'refuses a data folder without write permission (chmod, not root)',
    async () => {
      const dataDir = path.join(dirs.root, 'ro-data');
      if (IS_ROOT) cleanups.push(mountTmpfs(dataDir, '1m', { readOnly: true }).unmount);
      else {
        mkdirSync(dataDir);
        chmodSync(dataDir, 0o555);
      }
      const result = await refusal(dataDir);
      expect(result).toMatchObject({ code: 'DATA_DIR_READ_ONLY', kind: 'config' });
      expect(result.message).toContain(dataDir);
      expect(result.message).toContain(IS_ROOT ? 'EROFS' : 'EACCES');
    },
  );

  it(
    IS_ROOT ? 'refuses a data folder on a full disk (a real 1 MB tmpfs filled up, root)' : 'refuses a data folder whose disk has less room than INTAKE_MIN_FREE_MB (not root)',
    async () => {
      const dataDir = path.join(dirs.root, 'full-data');
      if (IS_ROOT) {
        cleanups.push(mountTmpfs(dataDir, '1m').unmount);
        fillUp(path.join(dataDir, 'ballast.bin'));
      } else mkdirSync(dataDir);
      const result = await refusal(dataDir, IS_ROOT ? { INTAKE_MIN_FREE_MB: '0' } : { INTAKE_MIN_FREE_MB: '1000000' });
      expect(result).toMatchObject({ code: 'DATA_DIR_FULL', kind: 'config' });
      expect(result.message).toContain(dataDir);
      expect(result.message).toContain('Platz schaffen');
    },
  );

  it('refuses a disk with less free room than the configured reserve', async () => {
    const dataDir = path.join(dirs.root, 'reserve-data');
    mkdirSync(dataDir);
    const result = await refusal(dataDir, { INTAKE_MIN_FREE_MB: '1000000' });
    expect(result.code).toBe('DATA_DIR_FULL');
    expect(result.message).toContain('INTAKE_MIN_FREE_MB');
  });

  it('refuses a damaged database and points to the restore', async () => {
    const dataDir = path.join(dirs.root, 'corrupt-data');
    const file = path.join(dataDir, 'intake.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE ballast (n INTEGER PRIMARY KEY, text TEXT)');
    const insert = db.prepare('INSERT INTO ballast (text) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`zeile ${i} `.repeat(20));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over pages in the middle of the file (a disk that wrote garbage).
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    for (let at = Math.floor(size / 3); at < (2 * size) / 3; at += 4096 * 7) writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, at + 100);
    closeSync(fd);

    const result = await refusal(dataDir);
    expect(result).toMatchObject({ code: 'DATABASE_CORRUPT', kind: 'config' });
    expect(result.message).toContain('intake restore --from');
    expect(result.message).toContain(file);
  });

  it('refuses a database file that is no database at all', async () => {
    const dataDir = path.join(dirs.root, 'garbage-data');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'intake.sqlite'), Buffer.alloc(8192, 0x42));
    expect((await refusal(dataDir)).code).toBe('DATABASE_CORRUPT');
  });

  it('lets a data folder with room and a healthy store pass (integrity_check ok)', async () => {
    const dataDir = path.join(dirs.root, 'healthy-data');
    openDatabase(path.join(dataDir, 'intake.sqlite')).close();
    const config = loadConfig({ env: { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir }, cwd: dirs.root });
    await expect(preflight(config)).resolves.toBeUndefined();
  });
});

/** Writes until the file system says ENOSPC. */
function fillUp(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
