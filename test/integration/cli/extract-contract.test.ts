import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionErrorLineSchema, extractionResultSchema } from '../../../src/core/extraction.schema.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { runCli } from '../../support/run-cli.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
beforeAll(() => {
  dirs = tempDirs('intake-cli-');
});
afterAll(() => dirs.cleanup());

describe('intake extract --json (the contract other tools rely on)', () => {
  it('prints one schema-valid JSON line per file in input order, an error line for an unreadable file, and exits 1', async () => {
    const notice = path.join(dirs.root, 'mitteilung.pdf');
    writeFileSync(notice, await renderNoticePdf());
    const notPdf = path.join(dirs.root, 'brief.pdf');
    writeFileSync(notPdf, 'Dies ist nur Text, kein PDF.');
    const env = { INTAKE_DATA_DIR: path.join(dirs.root, 'data'), INTAKE_WATCH_DIR: dirs.watchDir };

    const result = await runCli(['extract', '--json', notice, notPdf, notice], env);

    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    const first = extractionResultSchema.parse(lines[0]);
    expect(first.file).toBe(notice);
    expect(first.text.source).toBe('text-layer');
    expect(first.documentType).toBe('court_notice');
    expect(first.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(first.fields.court?.value).toBe('Amtsgericht Gummersbach');
    expect(first.fields.tenants?.value).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: '1971-04-03' }]);
    expect(first.fields.address?.value).toEqual({ street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: null });
    expect(first.fields.hearing?.value).toEqual({ date: '2025-04-22', time: '10:30', room: 'Saal 104' });
    expect(first.fields.monthlyRent?.value).toBe(68500);
    expect(first.fields.arrears?.value).toBe(205500);
    const error = extractionErrorLineSchema.parse(lines[1]);
    expect(error).toEqual({ file: notPdf, error: { code: 'UNSUPPORTED_TYPE', message: expect.any(String) } });
    expect(extractionResultSchema.parse(lines[2]).sha256).toBe(first.sha256);
    // Writes nothing to the data dir; logs stay off stdout.
    expect(existsSync(path.join(dirs.root, 'data', 'intake.sqlite'))).toBe(false);
  });

  it('exits 0 when every file was read', async () => {
    const notice = path.join(dirs.root, 'ok.pdf');
    writeFileSync(notice, await renderNoticePdf());
    const result = await runCli(['extract', '--json', notice], { INTAKE_DATA_DIR: path.join(dirs.root, 'data2') });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('stops with a German message naming an invalid setting', async () => {
    const result = await runCli(['cases'], { INTAKE_PORT: 'abc', INTAKE_DATA_DIR: path.join(dirs.root, 'data3') });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('Ungültige Einstellung INTAKE_PORT');
  });
});
