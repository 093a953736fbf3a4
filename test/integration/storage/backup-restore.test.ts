import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { createBackup, listBackups, restoreBackup, sha256OfFile } from '../../../src/adapters/backup.adapter.js';
import { databaseTools } from '../../../src/cli/backup-tools.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, preflight, startService, type App } from '../../../src/main.js';
import { runCli } from '../../support/run-cli.js';
import { dropFile, householdNotices, until } from '../../support/small-disk.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let app: App;
let service: Awaited<ReturnType<typeof startService>>;
let notices: Buffer[];
const backups = () => path.join(dirs.root, 'sicherungen');

beforeAll(async () => {
  dirs = tempDirs('intake-backup-');
  notices = await householdNotices(8);
  const env = { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_STABLE_MS: '100', INTAKE_OCR_WORKERS: '1', INTAKE_ALERT_BATCH_MINUTES: '60' };
  app = await openApp(loadConfig({ env, cwd: dirs.root }), createRootLogger('silent', { pretty: false }));
  service = await startService(app);
});
afterAll(async () => {
  await service?.stop();
  dirs.cleanup();
});

const cli = (args: string[], dataDir = dirs.dataDir) => runCli(args, { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir });

function finishedIds(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT id FROM documents WHERE status = 'done' ORDER BY id").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('intake backup and intake restore', () => {
  it('backs up while a burst is processed and restores a copy that passes the checks and holds every document finished before', async () => {
    notices.slice(0, 3).forEach((pdf, i) => dropFile(dirs.watchDir, `vorher-${i}.pdf`, pdf));
    await until(() => app.store.letters.pending().length === 0 && app.store.documents.countByStatus().done === 3, 30_000, 'the first three');
    const finishedBefore = finishedIds(path.join(dirs.dataDir, 'intake.sqlite'));

    notices.slice(3).forEach((pdf, i) => dropFile(dirs.watchDir, `waehrenddessen-${i}.pdf`, pdf));
    const backup = await cli(['backup', '--to', backups()]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('Sicherung erstellt und geprüft');
    const [name] = await listBackups(backups());

    const restoredDir = path.join(dirs.root, 'wiederhergestellt');
    const restore = await cli(['restore', '--from', backups()], restoredDir);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Wiederhergestellt: ${path.join(backups(), name!)}`);

    // The restored store is what the service would start on: its start-up checks pass.
    await expect(preflight(loadConfig({ env: { INTAKE_DATA_DIR: restoredDir, INTAKE_WATCH_DIR: dirs.watchDir }, cwd: dirs.root }))).resolves.toBeUndefined();
    const restoredDb = path.join(restoredDir, 'intake.sqlite');
    const restoredIds = finishedIds(restoredDb);
    for (const id of finishedBefore) expect(restoredIds).toContain(id);
    // Every original and letter of a finished document is there, under the new folder, with the same bytes.
    const db = new Database(restoredDb, { readonly: true });
    const rows = db
      .prepare("SELECT d.original_path AS original, l.path AS letter FROM documents d LEFT JOIN letters l ON l.case_id = d.case_id AND l.status = 'ready' WHERE d.status = 'done'")
      .all() as { original: string; letter: string | null }[];
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(finishedBefore.length);
    for (const row of rows) {
      expect(row.original.startsWith(`${restoredDir}/`)).toBe(true);
      expect(await sha256OfFile(row.original)).toBe(path.basename(row.original).split('.')[0]);
      if (row.letter) expect(existsSync(row.letter) && row.letter.startsWith(`${restoredDir}/`)).toBe(true);
    }
    expect(readdirSync(path.join(restoredDir, 'restore-config', 'templates')).length).toBeGreaterThan(0);
    const effective = JSON.parse(readFileSync(path.join(restoredDir, 'restore-config', 'config', 'effective-config.json'), 'utf8')) as { dataDir: string };
    expect(effective.dataDir).toBe(dirs.dataDir);
  });

  it('refuses to restore into a data folder that is not empty, and leaves it as it is', async () => {
    const busy = path.join(dirs.root, 'belegt');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'notiz.txt'), 'bleibt');
    const tools = databaseTools(path.join(dirs.dataDir, 'intake.sqlite'), 5000);
    await expect(restoreBackup({ from: backups(), dataDir: busy, db: tools })).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY', message: expect.stringContaining('nicht leer') });
    expect(readdirSync(busy)).toEqual(['notiz.txt']);
  });

  it('refuses a backup whose files do not match their checksums', async () => {
    const [name] = await listBackups(backups());
    const manifest = JSON.parse(readFileSync(path.join(backups(), name!, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    const original = manifest.files.find((f) => f.path.startsWith('files/originals/'))!;
    writeFileSync(path.join(backups(), name!, original.path), 'überschrieben');
    const tools = databaseTools(path.join(dirs.dataDir, 'intake.sqlite'), 5000);
    await expect(restoreBackup({ from: path.join(backups(), name!), dataDir: path.join(dirs.root, 'leer'), db: tools })).rejects.toThrow(/Prüfsumme stimmt nicht/);
  });

  it('keeps only the last N backups', async () => {
    const tools = databaseTools(path.join(dirs.dataDir, 'intake.sqlite'), 5000);
    const root = path.join(dirs.root, 'rotation');
    for (const hour of [1, 2, 3]) {
      await createBackup({ dataDir: dirs.dataDir, to: root, keep: 2, extras: [], effectiveConfig: {}, now: new Date(Date.UTC(2026, 0, 5, hour)), db: tools });
    }
    expect(await listBackups(root)).toEqual(['intake-backup-20260105-020000', 'intake-backup-20260105-030000']);
  });
});
