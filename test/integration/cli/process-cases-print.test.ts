import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { runCli } from '../../support/run-cli.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
const SENDER = {
  name: 'Fachstelle für Wohnungsnotfälle Oberberg',
  street: 'Moltkestraße 42',
  postalCode: '51643',
  city: 'Gummersbach',
  phone: '02261 88-4410',
  email: 'wohnungssicherung@kreis.test',
  officeHours: 'Mo–Fr 8.30–12 Uhr, Do 14–17 Uhr',
  contactPerson: 'Ihre Fachstelle',
};
let env: Record<string, string>;
const files: Record<string, string> = {};

interface CaseJson {
  id: string;
  status: string;
  court: string | null;
  fileNumbers: string[];
  tenants: { name: string }[];
  address: { postalCode: string; city: string } | null;
  hearing: { date: string } | null;
  deadlines: { kind: string; date: string }[];
  documents: { sha256: string; originalName: string; documentType: string | null; receivedAt: string; status: string }[];
  letters: { kind: string; path: string | null; createdAt: string; printedAt: string | null }[];
}

beforeAll(async () => {
  dirs = tempDirs('intake-cli-process-');
  env = { INTAKE_DATA_DIR: dirs.dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1' };
  files['wiehl'] = path.join(dirs.root, 'wiehl.pdf');
  files['nuembrecht'] = path.join(dirs.root, 'nuembrecht.pdf');
  writeFileSync(files['wiehl'], await renderNoticePdf());
  writeFileSync(
    files['nuembrecht'],
    await renderNoticePdf({ ...SAMPLE_NOTICE, fileNumber: '7 C 88/25', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' }),
  );
});
afterAll(() => dirs.cleanup());

describe('intake process, cases and letters print', () => {
  it('processes files in place into cases with letters, and a second run recognises them as already received', async () => {
    const first = await runCli(['process', '--json', files['wiehl']!, files['nuembrecht']!], env);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; caseId: string; newCase: boolean });
    expect(lines.map((l) => [l.file, l.status, l.newCase])).toEqual([
      [files['wiehl'], 'case', true],
      [files['nuembrecht'], 'case', true],
    ]);
    // `process` leaves the files where they are.
    expect(existsSync(files['wiehl']!)).toBe(true);

    const again = await runCli(['process', '--json', files['wiehl']!], env);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ status: 'duplicate', caseId: lines[0]!.caseId });
  });

  it('lists the cases as one JSON array in the documented shape', async () => {
    const result = await runCli(['cases', '--json'], env);
    expect(result.code).toBe(0);
    const cases = JSON.parse(result.stdout) as CaseJson[];
    expect(cases).toHaveLength(2);
    const wiehl = cases.find((c) => c.address?.city === 'Wiehl')!;
    expect(wiehl).toMatchObject({ status: 'new', court: 'Amtsgericht Gummersbach', fileNumbers: ['12 C 345/25'], hearing: { date: '2025-04-22' } });
    expect(wiehl.tenants.map((t) => t.name)).toEqual(['Jürgen Müller-Lüdenscheidt']);
    // The notice, and the second drop of the same bytes listed as "already received".
    expect(wiehl.documents).toEqual([
      expect.objectContaining({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), originalName: 'wiehl.pdf', documentType: 'court_notice', status: 'done' }),
      expect.objectContaining({ originalName: 'wiehl.pdf', status: 'duplicate' }),
    ]);
    expect(wiehl.documents[1]!.sha256).toBe(wiehl.documents[0]!.sha256);
    expect(wiehl.letters).toEqual([expect.objectContaining({ kind: 'first_contact', path: expect.stringMatching(/^\//), printedAt: null })]);
    expect(existsSync(wiehl.letters[0]!.path!)).toBe(true);
    expect(wiehl.deadlines.map((d) => d.kind)).toContain('hearing');
  });

  it('refuses to print while the sender is the example, naming the settings, and leaves the MUSTER letters unprinted', async () => {
    const letterPath = (JSON.parse((await runCli(['cases', '--json'], env)).stdout) as CaseJson[])[0]!.letters[0]!.path!;
    expect(execFileSync('pdftotext', [letterPath, '-'], { encoding: 'utf8' })).toContain('MUSTER – nicht versenden');
    const refused = await runCli(['letters', 'print'], env);
    expect(refused.code).toBe(78);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Briefe werden nicht gedruckt: Die Absenderangaben sind noch Beispielwerte (Einstellung sender.name, sender.street, sender.phone, sender.email, sender.officeHours)');
    const cases = JSON.parse((await runCli(['cases', '--json'], env)).stdout) as CaseJson[];
    expect(cases.every((c) => c.letters[0]!.printedAt === null)).toBe(true);
  });

  it('prints every unprinted letter into one PDF sorted by postal code, marks them printed, and prints nothing twice', async () => {
    // The sender set in a config file: the letters made as MUSTER are made again with it before printing.
    const configFile = path.join(dirs.root, 'intake.config.json');
    writeFileSync(configFile, JSON.stringify({ sender: SENDER }));
    env = { ...env, INTAKE_CONFIG: configFile };
    const print = await runCli(['letters', 'print', '--json'], env);
    expect(print.code).toBe(0);
    const job = JSON.parse(print.stdout) as { path: string; letters: number };
    expect(job.letters).toBe(2);
    const text = execFileSync('pdftotext', ['-layout', job.path, '-'], { encoding: 'utf8' });
    // 51588 Nümbrecht before 51674 Wiehl.
    expect(text.indexOf('51588 Nümbrecht')).toBeGreaterThan(-1);
    expect(text.indexOf('51588 Nümbrecht')).toBeLessThan(text.indexOf('51674 Wiehl'));
    expect(text).not.toContain('MUSTER');
    expect(text).toContain('02261 88-4410');

    const cases = JSON.parse((await runCli(['cases', '--json'], env)).stdout) as CaseJson[];
    expect(cases.every((c) => c.letters[0]!.printedAt !== null)).toBe(true);

    const nothing = await runCli(['letters', 'print'], env);
    expect(nothing.stdout).toContain('Keine ungedruckten Briefe');

    const wiehl = cases.find((c) => c.address?.city === 'Wiehl')!;
    const reprint = await runCli(['letters', 'print', '--reprint', wiehl.id, '--json'], env);
    const again = JSON.parse(reprint.stdout) as { path: string; letters: number };
    expect(again.letters).toBe(1);
    expect(path.basename(again.path)).toContain(wiehl.id);
    expect(execFileSync('pdftotext', [again.path, '-'], { encoding: 'utf8' })).toContain('Jürgen Müller-Lüdenscheidt');
  });
});
