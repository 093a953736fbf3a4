import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatcher, type WatcherSettings } from '../../../src/intake/folder-watcher.js';
import type { Registration } from '../../../src/intake/spool.js';
import { silentLogger, spoolFor, tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let watcher: FolderWatcher | undefined;
let close: (() => void) | undefined;

beforeEach(() => {
  dirs = tempDirs('intake-watch-');
});
afterEach(async () => {
  await watcher?.close();
  close?.();
  dirs.cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(50);
  }
}

async function startWatcher(overrides: Partial<WatcherSettings> = {}) {
  const { db, store, spool } = spoolFor(dirs);
  close = () => db.close();
  const registrations: Registration[] = [];
  watcher = new FolderWatcher(
    { watchDir: dirs.watchDir, failedDirName: 'failed', polling: false, pollIntervalMs: 200, stableMs: 400, rescanIntervalMs: 60_000, subfolders: 'process', healthIntervalMs: 200, ...overrides },
    { spool, logger: silentLogger(), onRegistered: (r) => registrations.push(r) },
  );
  await watcher.start();
  return { store, registrations };
}

describe('the folder watcher', () => {
  it('picks up files that were already in the folder at start', async () => {
    writeFileSync(path.join(dirs.watchDir, 'vorher.pdf'), 'was here first');
    const { registrations } = await startWatcher();
    await until(() => registrations.length === 1);
    expect(existsSync(path.join(dirs.watchDir, 'vorher.pdf'))).toBe(false);
  });

  it('waits until a slowly written file is complete and takes it exactly once', async () => {
    const { store, registrations } = await startWatcher();
    const file = path.join(dirs.watchDir, 'langsam.pdf');
    writeFileSync(file, 'chunk-0;');
    for (let i = 1; i <= 8; i++) {
      await sleep(150);
      appendFileSync(file, `chunk-${i};`);
    }
    await until(() => registrations.length >= 1);
    await sleep(800);
    expect(registrations).toHaveLength(1);
    const row = store.documents.get(registrations[0]!.documentId)!;
    expect(row.size).toBe(Buffer.byteLength('chunk-0;') + 8 * Buffer.byteLength('chunk-1;'));
  });

  it('takes names with spaces, umlauts, emoji, newlines, leading dashes and dots; ignores temp and hidden files', async () => {
    const { store, registrations } = await startWatcher();
    const names = ['mit leer zeichen.pdf', 'Räumung ß.pdf', 'foto 📷.jpg', 'zeile\numbruch.pdf', '-rf.pdf', 'bericht..final.pdf', '%2F..%2F..pdf'];
    names.forEach((name, i) => writeFileSync(path.join(dirs.watchDir, name), `content ${i}`));
    writeFileSync(path.join(dirs.watchDir, 'halb.pdf.part'), 'partial');
    writeFileSync(path.join(dirs.watchDir, '.versteckt.pdf'), 'hidden');
    writeFileSync(path.join(dirs.watchDir, 'Thumbs.db'), 'junk');
    await until(() => registrations.length === names.length);
    await sleep(600);
    expect(registrations).toHaveLength(names.length);
    const stored = registrations.map((r) => store.documents.get(r.documentId)!.original_name).sort();
    expect(stored).toEqual([...names].sort());
    expect(existsSync(path.join(dirs.watchDir, 'halb.pdf.part'))).toBe(true);
  });

  it('processes files in subfolders when configured, and leaves them (with a warning) when not', async () => {
    mkdirSync(path.join(dirs.watchDir, 'scanner-2'));
    writeFileSync(path.join(dirs.watchDir, 'scanner-2', 'a.pdf'), 'in a subfolder');
    const first = await startWatcher();
    await until(() => first.registrations.length === 1);
    expect(first.store.documents.get(first.registrations[0]!.documentId)!.original_name).toBe(path.join('scanner-2', 'a.pdf'));
    await watcher!.close();
    close!();

    writeFileSync(path.join(dirs.watchDir, 'scanner-2', 'b.pdf'), 'left alone');
    const second = await startWatcher({ subfolders: 'ignore' });
    await sleep(1200);
    expect(second.registrations).toHaveLength(0);
    expect(watcher!.ignoredSubfolderCount).toBe(1);
    expect(existsSync(path.join(dirs.watchDir, 'scanner-2', 'b.pdf'))).toBe(true);
  });

  it('goes on when the watch folder disappears and comes back', async () => {
    const { registrations } = await startWatcher();
    rmSync(dirs.watchDir, { recursive: true });
    await sleep(600);
    mkdirSync(dirs.watchDir);
    await sleep(600);
    writeFileSync(path.join(dirs.watchDir, 'danach.pdf'), 'after the share came back');
    await until(() => registrations.length === 1);
  });

  it('takes a file renamed into the folder from a temp name only once, under its final name', async () => {
    const { store, registrations } = await startWatcher();
    const temp = path.join(dirs.watchDir, 'scan.pdf.tmp');
    writeFileSync(temp, 'scanner writes a temp file first');
    await sleep(200);
    renameSync(temp, path.join(dirs.watchDir, 'scan.pdf'));
    await until(() => registrations.length === 1);
    await sleep(600);
    expect(registrations).toHaveLength(1);
    expect(store.documents.get(registrations[0]!.documentId)!.original_name).toBe('scan.pdf');
  });
});
