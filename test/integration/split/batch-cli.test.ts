import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQr } from '../../../src/adapters/barcode.adapter.js';
import { extractionResultSchema } from '../../../src/core/extraction.schema.js';
import type { StackTruth } from '../../../samples/stacks-generator/stack-truth.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { runCli } from '../../support/run-cli.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

const STACKS = path.resolve('samples/stacks');
const truthOf = (id: string) => JSON.parse(readFileSync(path.join(STACKS, `${id}.truth.json`), 'utf8')) as StackTruth;

let dirs: TempDirs;
let env: Record<string, string>;
beforeAll(() => {
  dirs = tempDirs('intake-batch-cli-');
  env = { INTAKE_DATA_DIR: dirs.dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1' };
});
afterAll(() => dirs.cleanup());

describe('intake extract --json on a batch scan', () => {
  it('prints one schema-valid line per document found, each with its pages in the batch, and one line for a single notice', async () => {
    const truth = truthOf('stack-07');
    const stack = path.join(STACKS, truth.file);
    const notice = path.join(dirs.root, 'mitteilung.pdf');
    writeFileSync(notice, await renderNoticePdf());

    const result = await runCli(['extract', '--json', stack, notice], env);

    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => extractionResultSchema.parse(JSON.parse(l)));
    expect(lines).toHaveLength(truth.documents.length + 1);
    const batchLines = lines.slice(0, -1);
    expect(batchLines.map((l) => l.pages)).toEqual(truth.documents.map((d) => d.pages));
    expect(new Set(batchLines.map((l) => l.file))).toEqual(new Set([stack]));
    expect(new Set(batchLines.map((l) => l.sha256)).size).toBe(1);
    // Fields come from the document's own pages only.
    for (const line of batchLines) {
      const pages = Object.values(line.fields).flatMap((field) => (field ? [field.page] : []));
      expect(pages.every((page) => page >= line.pages[0] && page <= line.pages[1])).toBe(true);
    }
    expect(lines.at(-1)).toMatchObject({ file: notice, pages: [1, 1], documentType: 'court_notice' });
  });
});

describe('intake process on a batch scan', () => {
  it('names each document found with its pages and its new case', async () => {
    const truth = truthOf('stack-01');
    const result = await runCli(['process', '--json', path.join(STACKS, truth.file)], env);
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout.trim()) as { status: string; parts: { pages: number[]; caseId: string; newCase: boolean }[] };
    expect(line.status).toBe('split');
    expect(line.parts.map((p) => p.pages)).toEqual(truth.documents.map((d) => d.pages));
    expect(line.parts.every((p) => p.newCase && /^FS-/.test(p.caseId))).toBe(true);
  });
});

describe('intake separator-sheet', () => {
  it('is a command of intake, listed in the help, and prints the configured separator code by default', async () => {
    const help = await runCli(['--help'], env);
    expect(help.stdout).toContain('intake separator-sheet');
    const out = path.join(dirs.root, 'blatt.pdf');
    const result = await runCli(['separator-sheet', '--out', out], { ...env, INTAKE_SEPARATOR_CODE: 'STAPEL-9' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Code STAPEL-9');
    const prefix = path.join(dirs.root, 'blatt');
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', out, prefix]);
    expect(await decodeQr(readFileSync(`${prefix}.png`))).toBe('STAPEL-9');
  });
});
