import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { CLI, REPO_ROOT, runCli, startCli } from '../../support/run-cli.js';
import { topLevelKeys } from '../../support/json-keys.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
const files: string[] = [];

beforeAll(async () => {
  dirs = tempDirs('intake-terminal-');
  files.push(path.join(dirs.root, 'wiehl.pdf'), path.join(dirs.root, 'nuembrecht.pdf'));
  writeFileSync(files[0]!, await renderNoticePdf());
  writeFileSync(
    files[1]!,
    await renderNoticePdf({ ...SAMPLE_NOTICE, fileNumber: '7 C 88/25', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' }),
  );
});
afterAll(() => dirs.cleanup());

/** Runs the CLI inside a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function runInTerminal(args: string[], env: Record<string, string>): Promise<string> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', SHELL: '/bin/sh', TERM: 'xterm', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`exit ${code}: ${output}`))));
    child.stdin.end();
  });
}

describe('what intake process shows while it works', () => {
  it('draws one progress line on a terminal (n of N, the current file) instead of info log lines', async () => {
    const dataDir = path.join(dirs.root, 'tty-data');
    const output = await runInTerminal(['process', ...files], { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1', INTAKE_LOG_LEVEL: 'info' });
    expect(output).toContain('\r\x1b[K0 von 2 · aktuell: ');
    // Both files are read at once; whichever finishes first, the other one is then the current file.
    expect(output).toMatch(/\r\x1b\[K1 von 2 · aktuell: \S*(wiehl|nuembrecht)\.pdf · noch etwa \d+ s/);
    expect(output).toContain('\r\x1b[K2 von 2');
    expect(output).not.toContain('document received');
    expect(output).not.toContain('new case');
    // The results are still printed, one line per file.
    expect(output).toMatch(/wiehl\.pdf: neuer Fall FS-\d{4}-\d+/);
    expect(output).toMatch(/nuembrecht\.pdf: neuer Fall FS-\d{4}-\d+/);
  });

  it('keeps the info log lines and draws no progress line when the output is not a terminal', async () => {
    const dataDir = path.join(dirs.root, 'pipe-data');
    const result = await runCli(['process', ...files], { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_OCR_WORKERS: '1', INTAKE_LOG_LEVEL: 'info' });
    expect(result.code).toBe(0);
    const messages = result.stderr.trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((m) => m === 'document received')).toHaveLength(2);
    expect(messages.filter((m) => m === 'new case')).toHaveLength(2);
    expect(result.stderr).not.toContain('von 2');
    expect(result.stderr).not.toContain('\x1b[K');
  });
});

describe('the service’s log lines', () => {
  it('carry each key once, also the mailer’s and the notifier’s component; the start-up lines name the first-run setup', async () => {
    const dataDir = path.join(dirs.root, 'watch-data');
    const watchDir = path.join(dirs.root, 'watch-in');
    // The service refuses a configured data folder that is not there (only the default ./data is created).
    mkdirSync(dataDir, { recursive: true });
    const service = startCli(['watch'], { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: watchDir, INTAKE_OCR_WORKERS: '1', INTAKE_STABLE_MS: '200', INTAKE_ALERT_BATCH_MINUTES: '0' });
    const exited = new Promise<number | null>((resolve) => service.on('exit', (code) => resolve(code)));
    try {
      const end = Date.now() + 60_000;
      const waitFor = async (text: string) => {
        while (!service.output().includes(text)) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${text}: ${service.output()}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await waitFor('"msg":"watching"');
      writeFileSync(path.join(watchDir, 'scan.pdf'), await renderNoticePdf());
      await waitFor('"msg":"new-case alert"');
    } finally {
      service.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(service.output()).toContain('Ersteinrichtung: Die Absenderangaben der Briefe sind noch Beispielwerte');
    expect(readdirSync(path.join(dataDir, 'outbox')).filter((name) => name.includes('-alert-'))).toHaveLength(1);
    const lines = service.output().split('\n').filter((line) => line.startsWith('{'));
    const mailLine = lines.find((line) => line.includes('"msg":"mail written to outbox"'))!;
    expect(topLevelKeys(mailLine).filter((k) => k === 'component')).toEqual(['component']);
    expect(JSON.parse(mailLine)).toMatchObject({ component: 'mail' });
    const alertLine = lines.find((line) => line.includes('"msg":"new-case alert"'))!;
    expect(JSON.parse(alertLine)).toMatchObject({ component: 'notify' });
    for (const line of lines) {
      const keys = topLevelKeys(line);
      expect(new Set(keys).size, line).toBe(keys.length);
    }
  });
});

/** A scanned page (image only, no text layer) with one short word on it: too little for orientation detection. */
async function nearlyEmptyScanPdf(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1654" height="2339"><rect width="100%" height="100%" fill="white"/><text x="200" y="300" font-size="40" font-family="DejaVu Sans">Anlage</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.image(png, 0, 0, { width: 595.28 });
    doc.end();
  });
}

describe('tesseract inside the reader', () => {
  it('keeps its own "Too few characters" remark of orientation detection off the terminal', async () => {
    const file = path.join(dirs.root, 'anlage.pdf');
    writeFileSync(file, await nearlyEmptyScanPdf());
    // The page image of a scanned page whose turn is not known yet (the review desk after a restart) asks OSD.
    const script = `
      import { readFileSync } from 'node:fs';
      import { readerFor } from './dist/src/main.js';
      import { loadConfig } from './dist/src/config/load-config.js';
      import { createRootLogger } from './dist/src/adapters/logger.adapter.js';
      const reader = readerFor(loadConfig({ env: { INTAKE_OCR_WORKERS: '1' }, cwd: ${JSON.stringify(dirs.root)} }), createRootLogger('warn', { pretty: false }));
      const image = await reader.renderPage(readFileSync(${JSON.stringify(file)}), 1, 600);
      await reader.close();
      process.stdout.write('rendered ' + image.length);`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', () => resolve({ stdout: out, stderr: err }));
    });
    expect(stdout).toMatch(/^rendered \d+$/);
    expect(stderr).toBe('');
  });
});
