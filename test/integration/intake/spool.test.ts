import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spoolFor, tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
beforeEach(() => {
  dirs = tempDirs('intake-spool-');
});
afterEach(() => dirs.cleanup());

describe('the spool', () => {
  it('takes a file out of the watch folder and registers it under its original name', async () => {
    const { db, store, spool } = spoolFor(dirs);
    const file = path.join(dirs.watchDir, 'Scan 0001 – Müller.pdf');
    writeFileSync(file, '%PDF-1.4 test');
    const registration = await spool.claim(file, 'Scan 0001 – Müller.pdf', 'watch');
    expect(registration.kind).toBe('received');
    expect(existsSync(file)).toBe(false);
    const row = store.documents.get(registration.documentId)!;
    expect(row.original_name).toBe('Scan 0001 – Müller.pdf');
    expect(readFileSync(row.spool_path!, 'utf8')).toBe('%PDF-1.4 test');
    db.close();
  });

  it('records identical bytes as a duplicate of the first copy, before any work', async () => {
    const { db, store, spool } = spoolFor(dirs);
    writeFileSync(path.join(dirs.watchDir, 'a.pdf'), 'same bytes');
    writeFileSync(path.join(dirs.watchDir, 'b.pdf'), 'same bytes');
    const first = await spool.claim(path.join(dirs.watchDir, 'a.pdf'), 'a.pdf', 'watch');
    const second = await spool.claim(path.join(dirs.watchDir, 'b.pdf'), 'b.pdf', 'watch');
    expect(second).toMatchObject({ kind: 'duplicate', duplicateOf: first.documentId });
    expect(store.documents.listDuplicates()).toHaveLength(1);
    expect(readdirSync(spool.dir)).toEqual([first.documentId]);
    db.close();
  });

  it('moves an empty file to the failed folder with a German reason', async () => {
    const { db, store, spool } = spoolFor(dirs);
    writeFileSync(path.join(dirs.watchDir, 'leer.pdf'), '');
    const registration = await spool.claim(path.join(dirs.watchDir, 'leer.pdf'), 'leer.pdf', 'watch');
    expect(registration).toMatchObject({ kind: 'failed', code: 'EMPTY_FILE' });
    expect(readFileSync(path.join(dirs.failedDir, 'leer.pdf.error.txt'), 'utf8')).toContain('Die Datei ist leer');
    expect(store.documents.get(registration.documentId)?.status).toBe('failed');
    db.close();
  });

  it('does not follow a symlink that points outside; the link itself goes to the failed folder', async () => {
    const { db, spool } = spoolFor(dirs);
    const outside = path.join(dirs.root, 'secret.pdf');
    writeFileSync(outside, 'outside the watch folder');
    symlinkSync(outside, path.join(dirs.watchDir, 'link.pdf'));
    const registration = await spool.claim(path.join(dirs.watchDir, 'link.pdf'), 'link.pdf', 'watch');
    expect(registration).toMatchObject({ kind: 'failed', code: 'NOT_A_FILE' });
    expect(readFileSync(outside, 'utf8')).toBe('outside the watch folder');
    expect(readFileSync(path.join(dirs.failedDir, 'link.pdf.error.txt'), 'utf8')).toContain('NOT_A_FILE');
    db.close();
  });

  it('after a crash registers what was moved but not recorded, and releases what was recorded and finished', async () => {
    const { db, store, spool } = spoolFor(dirs);
    // Crash between rename and insert: a spool entry without a row.
    mkdirSync(path.join(spool.dir, 'dorphan1'), { recursive: true });
    writeFileSync(path.join(spool.dir, 'dorphan1', 'verloren.pdf'), 'not lost');
    // Crash between commit and release: a finished row whose spool entry is still there.
    writeFileSync(path.join(dirs.watchDir, 'done.pdf'), 'finished');
    const done = await spool.claim(path.join(dirs.watchDir, 'done.pdf'), 'done.pdf', 'watch');
    db.prepare("UPDATE documents SET status = 'done' WHERE id = ?").run(done.documentId);

    expect(await spool.recover()).toEqual({ registered: 1, released: 1 });
    expect(store.documents.get('dorphan1')).toMatchObject({ status: 'received', original_name: 'verloren.pdf' });
    expect(existsSync(path.join(spool.dir, done.documentId))).toBe(false);
    expect(await spool.recover()).toEqual({ registered: 0, released: 0 });
    db.close();
  });
});
