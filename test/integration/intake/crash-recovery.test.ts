import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/connection.js';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let env: Record<string, string>;
const FAMILIES = ['Albers', 'Brandt', 'Claasen', 'Dietz', 'Eckert', 'Franke', 'Grewe', 'Hollmann', 'Ibsen', 'Jansen', 'Kuhlmann', 'Lorenz'];
const COUNT = FAMILIES.length;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function dbCounts(): { done: number; failed: number; duplicate: number; cases: number; letters: number; processing: number } {
  const file = path.join(dirs.dataDir, 'intake.sqlite');
  if (!existsSync(file)) return { done: 0, failed: 0, duplicate: 0, cases: 0, letters: 0, processing: 0 };
  const db = openDatabase(file);
  try {
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    return {
      done: count("SELECT count(*) FROM documents WHERE status = 'done'"),
      failed: count("SELECT count(*) FROM documents WHERE status = 'failed'"),
      duplicate: count("SELECT count(*) FROM documents WHERE status = 'duplicate'"),
      processing: count("SELECT count(*) FROM documents WHERE status = 'processing'"),
      cases: count('SELECT count(*) FROM cases'),
      letters: count("SELECT count(*) FROM letters WHERE status = 'ready'"),
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dirs = tempDirs('intake-crash-');
  env = { INTAKE_DATA_DIR: dirs.dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_STABLE_MS: '200', INTAKE_OCR_WORKERS: '1' };
  // Twelve different households, so every file must end as its own case with its own letter.
  for (let i = 0; i < COUNT; i++) {
    const pdf = await renderNoticePdf({
      ...SAMPLE_NOTICE,
      fileNumber: `${i + 1} C ${100 + i}/25`,
      tenants: [{ title: 'Herr', name: `Karl ${FAMILIES[i]}` }],
      street: `${FAMILIES[i]}weg ${i + 1}`,
    });
    writeFileSync(path.join(dirs.root, `notice-${i}.pdf`), pdf);
  }
});
afterAll(() => dirs.cleanup());

describe('a crash of the service (kill -9) in the middle of a batch', () => {
  it('loses nothing and processes nothing twice after the restart', async () => {
    const first = startCli(['watch'], env);
    try {
      await sleep(1500);
      for (let i = 0; i < COUNT; i++) {
        // Write elsewhere and rename in, as a scanner's SMB copy would finish.
        const target = path.join(dirs.watchDir, `Scan ${i}.pdf`);
        writeFileSync(`${target}.part`, readFileSync(path.join(dirs.root, `notice-${i}.pdf`)));
        renameSync(`${target}.part`, target);
      }
      // Kill as soon as the first document is committed: the rest is queued, claimed or in flight.
      const end = Date.now() + 60_000;
      while (dbCounts().done < 1 && Date.now() < end) await sleep(20);
    } finally {
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
    }
    const atCrash = dbCounts();
    expect(atCrash.done).toBeGreaterThanOrEqual(1);
    expect(atCrash.done, "the kill must come while work is still open").toBeLessThan(COUNT);

    const second = startCli(['watch'], env);
    try {
      const end = Date.now() + 90_000;
      while (dbCounts().done + dbCounts().failed < COUNT && Date.now() < end) await sleep(200);
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }

    const after = dbCounts();
    expect(after).toMatchObject({ done: COUNT, failed: 0, duplicate: 0, processing: 0, cases: COUNT, letters: COUNT });
    // Every file left the watch folder, nothing is left in the spool, no file ended in failed/.
    expect(readdirSync(dirs.watchDir).filter((n) => n !== 'failed')).toEqual([]);
    expect(existsSync(dirs.failedDir) ? readdirSync(dirs.failedDir) : []).toEqual([]);
    const spool = path.join(dirs.dataDir, 'spool');
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);

    const status = JSON.parse((await runCli(['status', '--json'], env)).stdout) as Record<string, number>;
    expect(status).toMatchObject({ queued: 0, inProgress: 0, done: COUNT, cases: COUNT, spoolEntries: 0 });
  });
});
