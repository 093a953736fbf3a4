import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { purgeCommand } from '../../../src/cli/purge.command.js';
import { reportCommand } from '../../../src/cli/report.command.js';
import { UsageError } from '../../../src/cli/cli-context.js';
import { openDatabase } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { buildReportStore, HOUSEHOLDS } from './report-store.fixture.js';

let dir: string;
let dataDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-report-cli-'));
  dataDir = path.join(dir, 'data');
  const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
  buildReportStore(new SqliteStore(db), dataDir);
  db.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  const code = await command([...argv, '--data-dir', dataDir, '--watch-dir', path.join(dir, 'watch'), '--log-level', 'silent']);
  vi.restoreAllMocks();
  return { code, out };
}

describe('intake report and intake purge on the command line', () => {
  it('prints the CSV report by default and JSON with --format json', async () => {
    const csv = await run(reportCommand, ['--from', '2025-01', '--to', '2025-02']);
    expect(csv.code).toBe(0);
    expect(csv.out.startsWith('\ufeffMonat;Ort;Mitteilungen eingegangen;')).toBe(true);
    expect(csv.out).toContain('2025-01;Alle Orte;6;5;3;');
    const json = await run(reportCommand, ['--from', '2025-01', '--to', '2025-01', '--format', 'json', '--min-count', '1']);
    const report = JSON.parse(json.out) as { minCount: number; rows: { town: string; newCases: number }[] };
    expect(report.minCount).toBe(1);
    expect(report.rows.find((r) => r.town === 'Wiehl')!.newCases).toBe(3);
    for (const h of HOUSEHOLDS) expect(csv.out + json.out).not.toContain(h.name);
  });

  it('refuses months that are not YYYY-MM, with a German message', async () => {
    await expect(run(reportCommand, ['--from', '2025-1', '--to', '2025-02'])).rejects.toThrow(UsageError);
    await expect(run(reportCommand, ['--from', '2025-03', '--to', '2025-02'])).rejects.toThrow('--to liegt vor --from');
  });

  it('shows in a dry run what the purge would remove, by case id, and nothing changes', async () => {
    vi.stubEnv('INTAKE_RETENTION_YEARS', '0.5');
    const failed = path.join(dir, 'watch', 'failed', 'Räumung Hannelore Zwiebelmann.pdf');
    mkdirSync(path.dirname(failed), { recursive: true });
    writeFileSync(failed, '%PDF');
    const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
    new SqliteStore(db).documents.insertFailed({ id: 'doc-failed', sha256: 'f'.repeat(64), originalName: path.basename(failed), origin: 'watch', size: 4, receivedAt: '2025-02-01T00:00:00.000Z' }, 'PDF_DAMAGED', 'beschädigt', failed, '2025-02-01T00:00:00.000Z');
    db.close();
    const dry = await run(purgeCommand, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Würde löschen: 4 Fall/Fälle');
    expect(dry.out).toContain('Probelauf: nichts wurde verändert.');
    expect(dry.out).toContain('fehlgeschlagene Datei doc-failed');
    expect(dry.out).not.toContain('Zwiebelmann');
    for (const h of HOUSEHOLDS) expect(dry.out).not.toContain(h.name);
    const again = await run(purgeCommand, ['--json']);
    expect(again.out).not.toContain('Zwiebelmann');
    expect(existsSync(failed)).toBe(false);
    expect(JSON.parse(again.out)).toMatchObject({ dryRun: false, caseIds: expect.arrayContaining([expect.stringMatching(/^FS-2025-/)]) });
    const after = await run(purgeCommand, ['--json']);
    expect(JSON.parse(after.out).caseIds).toEqual([]);
    vi.unstubAllEnvs();
  });
});
