import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport, reportToCsv, REPORT_CSV_HEADER } from '../../../src/core/report/index.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { ReportRepository } from '../../../src/db/report.repository.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { buildReportStore, HOUSEHOLDS } from './report-store.fixture.js';

let dir: string;
let db: Db;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-report-'));
  db = openDatabase(path.join(dir, 'data', 'intake.sqlite'));
  store = new SqliteStore(db);
  buildReportStore(store, path.join(dir, 'data'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (report: ReturnType<typeof buildReport>, month: string, town: string) => report.rows.find((r) => r.month === month && r.town === town);

describe('the evaluation report on a generated store', () => {
  it('gives the hand-computed exact figures per month and town when nothing is suppressed', () => {
    const report = buildReport(new ReportRepository(db).facts(), { from: '2025-01', to: '2025-03', minCount: 1 });
    expect(report.rows.map((r) => `${r.month} ${r.town}`)).toEqual([
      '2025-01 Alle Orte',
      '2025-01 Gummersbach',
      '2025-01 Lindlar',
      '2025-01 Wiehl',
      '2025-02 Alle Orte',
      '2025-02 Gummersbach',
      '2025-02 Wiehl',
      '2025-03 Alle Orte',
    ]);
    // January: A (+ a joined summons), B, C, D, E. Letters after 2, 4, 1, 7 days; personal contact after 7 (A, phone), 10 (B, visit), 14 (D, office).
    expect(row(report, '2025-01', 'Alle Orte')).toEqual({
      month: '2025-01',
      town: 'Alle Orte',
      notices: 6,
      newCases: 5,
      withHearing: 3,
      firstContactCases: 4,
      medianDaysToFirstContact: 3,
      personalContactCases: 3,
      medianDaysToPersonalContact: 10,
      outcomes: { flatKept: 1, flatLost: 1, moved: 1, notReached: 0, unknown: 0, open: 2 },
    });
    expect(row(report, '2025-01', 'Wiehl')).toMatchObject({ notices: 4, newCases: 3, withHearing: 2, medianDaysToFirstContact: 2, medianDaysToPersonalContact: 8.5, outcomes: { flatKept: 1, flatLost: 1, open: 1 } });
    expect(row(report, '2025-01', 'Lindlar')).toMatchObject({ notices: 1, newCases: 1, withHearing: 0, firstContactCases: 0, medianDaysToFirstContact: null, outcomes: { open: 1 } });
    // February: F (letter after 2 days, visit not reached) and G (letter after 10 days; reached by e-mail only: not personal).
    expect(row(report, '2025-02', 'Alle Orte')).toMatchObject({
      notices: 2,
      newCases: 2,
      withHearing: 1,
      firstContactCases: 2,
      medianDaysToFirstContact: 6,
      personalContactCases: 0,
      medianDaysToPersonalContact: null,
      outcomes: { flatKept: 0, flatLost: 0, moved: 0, notReached: 1, unknown: 0, open: 1 },
    });
    expect(row(report, '2025-03', 'Alle Orte')).toMatchObject({ notices: 0, newCases: 0, medianDaysToFirstContact: null });
  });

  it('merges small towns and suppresses small counts with the default minimum of three', () => {
    const report = buildReport(new ReportRepository(db).facts(), { from: '2025-01', to: '2025-02', minCount: 3 });
    expect(report.rows.map((r) => `${r.month} ${r.town}`)).toEqual(['2025-01 Alle Orte', '2025-01 Wiehl', '2025-01 Übrige Orte', '2025-02 Alle Orte']);
    expect(row(report, '2025-01', 'Alle Orte')).toMatchObject({ notices: 6, newCases: 5, withHearing: 3, medianDaysToFirstContact: 3, medianDaysToPersonalContact: 10, outcomes: { flatKept: null, open: null, notReached: 0 } });
    const other = row(report, '2025-01', 'Übrige Orte')!;
    expect(other).toMatchObject({ notices: null, newCases: null, withHearing: null, medianDaysToFirstContact: null });
    // Wiehl's counts could be recomputed from the total minus "Übrige Orte": they are hidden too.
    expect(row(report, '2025-01', 'Wiehl')).toMatchObject({ notices: null, newCases: null, medianDaysToPersonalContact: null });
    expect(row(report, '2025-02', 'Alle Orte')).toMatchObject({ notices: null, newCases: null, medianDaysToFirstContact: null });
  });

  it('writes CSV with a header row, semicolons, decimal commas, "<3" for small counts and "x" for counts hidden against recomputation, and no personal data', () => {
    const csv = reportToCsv(buildReport(new ReportRepository(db).facts(), { from: '2025-01', to: '2025-02', minCount: 3 }));
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(REPORT_CSV_HEADER.join(';'));
    expect(lines[1]).toBe('2025-01;Alle Orte;6;5;3;4;3;3;10;<3;<3;<3;0;0;<3');
    expect(lines).toHaveLength(5);
    // Wiehl's 4 notices and 3 new cases are hidden only so that "Übrige Orte" cannot be recomputed: "x", not "<3".
    expect(lines[2]).toMatch(/^2025-01;Wiehl;x;x;/);
    const exact = reportToCsv(buildReport(new ReportRepository(db).facts(), { from: '2025-01', to: '2025-01', minCount: 1 }));
    expect(exact).toContain('2025-01;Wiehl;4;3;2;3;2;2;8,5;1;1;0;0;0;1');
    for (const h of HOUSEHOLDS) {
      for (const secret of [h.name, h.street, h.fileNumber]) expect(csv + exact).not.toContain(secret);
    }
  });
});
