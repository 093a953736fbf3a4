import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/index.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { ReportRepository, RetentionRepository } from '../../../src/db/report.repository.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { dataDirPurgeFiles } from '../../../src/adapters/purge-files.adapter.js';
import { runPurge } from '../../../src/pipeline/purge.stage.js';
import { silentLogger } from '../../support/temp-app.js';
import { buildReportStore, HOUSEHOLDS } from '../report/report-store.fixture.js';

let dir: string;
let dataDir: string;
let dbFile: string;
let db: Db;
let store: SqliteStore;
let ids: Map<string, string>;

/** Three years after 2026-06-02: A, B, D (closed March–May 2025) are due; F (closed 2025-06-01) too; C, E, G are open. */
const NOW = new Date('2028-06-02T12:00:00.000Z');
const PURGED = ['A', 'B', 'D', 'F'];
const KEPT = ['C', 'E', 'G'];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-purge-'));
  dataDir = path.join(dir, 'data');
  dbFile = path.join(dataDir, 'intake.sqlite');
  db = openDatabase(dbFile);
  store = new SqliteStore(db);
  ids = buildReportStore(store, dataDir);
  // A print job from 2025 (all letters in one PDF) and a fresh one.
  mkdirSync(path.join(dataDir, 'print'), { recursive: true });
  const oldJob = path.join(dataDir, 'print', 'druck-2025-01-27.pdf');
  writeFileSync(oldJob, `%PDF ${HOUSEHOLDS.map((h) => h.name).join(' ')}`);
  utimesSync(oldJob, new Date('2025-01-27T10:00:00Z'), new Date('2025-01-27T10:00:00Z'));
  writeFileSync(path.join(dataDir, 'print', 'druck-2028-06-01.pdf'), '%PDF new');
  // Failed files (no case): one from 2025 named after a tenant, one from last week.
  const failedDir = path.join(dir, 'watch-folder', 'failed');
  mkdirSync(failedDir, { recursive: true });
  for (const [id, name, at] of [
    ['doc-failed-old', `${FAILED_TENANT}.pdf`, '2025-02-01T08:00:00.000Z'],
    ['doc-failed-new', 'scan-neu.pdf', '2028-05-28T08:00:00.000Z'],
  ] as const) {
    const file = path.join(failedDir, name);
    writeFileSync(file, `%PDF ${name}`);
    writeFileSync(`${file}.error.txt`, 'Die Datei ist beschädigt.');
    store.documents.insertFailed({ id, sha256: id.padEnd(64, '0'), originalName: name, origin: 'watch', size: 10, receivedAt: at }, 'PDF_DAMAGED', 'Die Datei ist beschädigt.', file, at);
  }
});

const FAILED_TENANT = 'Räumung Hannelore Zwiebelmann';
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const purge = (dryRun: boolean) =>
  runPurge({ store: new RetentionRepository(db), files: dataDirPurgeFiles(dataDir), clock: () => NOW, logger: silentLogger() }, { retentionYears: 3, dryRun });

const report = (minCount: number) => buildReport(new ReportRepository(db).facts(), { from: '2025-01', to: '2025-03', minCount });

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const secretsOf = (keys: string[]) =>
  HOUSEHOLDS.filter((h) => keys.includes(h.key)).flatMap((h) => [h.name, h.street, h.fileNumber, h.fileNumber.replace(/\s/g, '').toUpperCase()]);

describe('intake purge (retention)', () => {
  it('in a dry run lists the cases and files due and changes nothing', async () => {
    const before = { report: report(1), fields: db.prepare('SELECT COUNT(*) FROM case_fields').pluck().get(), files: filesUnder(dataDir).sort() };
    const result = await purge(true);
    expect(result.dryRun).toBe(true);
    expect(result.caseIds).toEqual(PURGED.map((k) => ids.get(k)).sort());
    expect(result.files.some((f) => f.endsWith('druck-2025-01-27.pdf'))).toBe(true);
    expect(result.files.some((f) => f.includes(`letters${path.sep}${ids.get('A')}`))).toBe(true);
    expect(result.files.filter((f) => f.includes(`${path.sep}pages${path.sep}`))).toHaveLength(5); // A has two documents
    for (const file of result.files) expect(existsSync(file)).toBe(true);
    expect(report(1)).toEqual(before.report);
    expect(db.prepare('SELECT COUNT(*) FROM case_fields').pluck().get()).toBe(before.fields);
    expect(filesUnder(dataDir).sort()).toEqual(before.files);
    expect(db.prepare('SELECT COUNT(*) FROM cases WHERE purged_at IS NOT NULL').pluck().get()).toBe(0);
    expect(result.failedDocumentIds).toEqual(['doc-failed-old']);
    expect(store.documents.get('doc-failed-old')!.original_name).toBe(`${FAILED_TENANT}.pdf`);
  });

  it('removes every trace of the purged households from the database file and the data dir, and keeps the report figures', async () => {
    const before = { exact: report(1), anonymised: report(3) };
    const result = await purge(false);
    expect(result.caseIds).toEqual(PURGED.map((k) => ids.get(k)).sort());
    expect(result.compacted).toBe(true);

    // The statistics stay exactly the same.
    expect(report(1)).toEqual(before.exact);
    expect(report(3)).toEqual(before.anonymised);

    // Rows: nothing personal of the purged cases is left; open cases are untouched.
    for (const key of PURGED) {
      const caseId = ids.get(key)!;
      expect(store.cases.fields(caseId)).toEqual([]);
      expect(store.cases.fileNumbers(caseId)).toEqual([]);
      expect(store.documents.forCase(caseId).every((d) => d.extraction_json === null && d.pages_json === null && d.original_path === null)).toBe(true);
      expect(store.letters.forCase(caseId).every((l) => l.path === null && l.content_json === null)).toBe(true);
      expect(store.cases.get(caseId)).toMatchObject({ status: 'closed', city: HOUSEHOLDS.find((h) => h.key === key)!.city });
    }
    for (const key of KEPT) expect(store.cases.fields(ids.get(key)!).length).toBeGreaterThan(0);

    // The database file (and its WAL, after a checkpoint) holds none of their names, streets or file numbers.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat([readFileSync(dbFile), existsSync(`${dbFile}-wal`) ? readFileSync(`${dbFile}-wal`) : Buffer.alloc(0)]);
    for (const secret of [...secretsOf(PURGED), FAILED_TENANT]) expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    expect(existsSync(path.join(dir, 'watch-folder', 'failed', `${FAILED_TENANT}.pdf`))).toBe(false);
    expect(existsSync(path.join(dir, 'watch-folder', 'failed', 'scan-neu.pdf'))).toBe(true);
    expect(store.documents.get('doc-failed-new')!.original_name).toBe('scan-neu.pdf');
    expect(store.documents.get('doc-failed-old')).toMatchObject({ status: 'failed', error_code: 'PDF_DAMAGED', failed_path: null });
    // …while the open cases' data is still there (the search would find it).
    for (const secret of secretsOf(KEPT).slice(0, 1)) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(true);

    // Data dir: originals, page images, letters and the old print job are gone; open cases' files stay.
    const leftover = filesUnder(dataDir).filter((f) => !f.startsWith(dbFile));
    for (const file of leftover) {
      const content = readFileSync(file);
      for (const secret of secretsOf(PURGED)) expect(content.includes(Buffer.from(secret, 'utf8')), `${path.relative(dataDir, file)} ${secret}`).toBe(false);
    }
    expect(existsSync(path.join(dataDir, 'print', 'druck-2028-06-01.pdf'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'letters', ids.get('C')!))).toBe(true);
    expect(leftover.filter((f) => f.includes(`${path.sep}originals${path.sep}`))).toHaveLength(KEPT.length);
    for (const file of result.files) expect(existsSync(file)).toBe(false);
  });

  it('purges nothing more on a second run and leaves cases closed within the period alone', async () => {
    await purge(false);
    const again = await purge(false);
    expect(again.caseIds).toEqual([]);
    const early = await runPurge(
      { store: new RetentionRepository(db), files: dataDirPurgeFiles(dataDir), clock: () => new Date('2027-06-02T00:00:00Z'), logger: silentLogger() },
      { retentionYears: 3, dryRun: true },
    );
    expect(early.caseIds).toEqual([]);
    expect(statSync(dbFile).size).toBeGreaterThan(0);
  });
});
