import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, startService, type App } from '../../../src/main.js';
import { listCases } from '../../../src/pipeline/case-query.js';
import { renderNoticePdf, SAMPLE_NOTICE } from '../../support/notice-pdf.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

let dirs: TempDirs;
let app: App;
let service: Awaited<ReturnType<typeof startService>>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(probe: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(100);
  }
}
const today = () => new Date().toISOString().slice(0, 10);

/** A valid PNG header declaring 30,000 × 30,000 pixels (1 bit gray): tiny on disk, huge when decoded. */
function hugePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const size = 30_000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // gray
  const rows = deflateSync(Buffer.alloc(size * (size / 8 + 1)), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

function blankPagesPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < pages; i++) doc.addPage();
  doc.end();
  return done;
}

beforeAll(async () => {
  dirs = tempDirs('intake-bad-');
  const config = loadConfig({
    env: { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_STABLE_MS: '300', INTAKE_OCR_WORKERS: '1', INTAKE_MAX_PAGES: '50' },
    cwd: dirs.root,
  });
  app = await openApp(config, createRootLogger('silent', { pretty: false }));
  service = await startService(app);
});
afterAll(async () => {
  await service?.stop();
  dirs.cleanup();
});

describe('bad input dropped into the watch folder', () => {
  it('ends each bad file in failed/ with its code and a German reason, and goes on with good files', async () => {
    const notice = await renderNoticePdf();
    const plain = path.join(dirs.root, 'plain.pdf');
    writeFileSync(plain, notice);
    const encrypted = path.join(dirs.root, 'encrypted.pdf');
    execFileSync('qpdf', ['--encrypt', 'geheim', 'geheim', '256', '--', plain, encrypted]);

    const bad: Record<string, { bytes: Buffer; code: string }> = {
      'leer.pdf': { bytes: Buffer.alloc(0), code: 'EMPTY_FILE' },
      'abgeschnitten.pdf': { bytes: notice.subarray(0, Math.floor(notice.length / 3)), code: 'CORRUPT_FILE' },
      'verschluesselt.pdf': { bytes: readFileSync(encrypted), code: 'ENCRYPTED_PDF' },
      'dreitausend Seiten.pdf': { bytes: await blankPagesPdf(3000), code: 'TOO_MANY_PAGES' },
      'riesig.png': { bytes: hugePng(), code: 'IMAGE_TOO_LARGE' },
      'notiz.pdf': { bytes: Buffer.from('Bitte Frau Meier zurückrufen.\n', 'utf8'), code: 'UNSUPPORTED_TYPE' },
    };
    for (const [name, { bytes }] of Object.entries(bad)) writeFileSync(path.join(dirs.watchDir, name), bytes);

    for (const [name, { code }] of Object.entries(bad)) {
      const report = path.join(dirs.failedDir, `${name}.error.txt`);
      await until(() => existsSync(report));
      const text = readFileSync(report, 'utf8');
      expect(text, name).toContain(code);
      expect(text, name).toContain('Was tun?');
      expect(existsSync(path.join(dirs.failedDir, name)), name).toBe(true);
    }
    expect(readdirSync(dirs.watchDir).filter((n) => n !== 'failed')).toEqual([]);

    // The service is still working.
    writeFileSync(path.join(dirs.watchDir, 'gut.pdf'), notice);
    await until(() => listCases(app.store, today()).length === 1);
  });

  it('takes the same file dropped twice at once as one case and one duplicate', async () => {
    const bytes = await renderNoticePdf({ ...SAMPLE_NOTICE, fileNumber: '3 C 77/25', tenants: [{ title: 'Frau', name: 'Ayşe Yılmaz' }], street: 'Kölner Str. 5-7', postalCode: '51643', city: 'Gummersbach' });
    writeFileSync(path.join(dirs.watchDir, 'kopie 1.pdf'), bytes);
    writeFileSync(path.join(dirs.watchDir, 'kopie 2.pdf'), bytes);
    await until(() => listCases(app.store, today()).length === 2 && app.store.documents.listDuplicates().length === 1);
    const theCase = listCases(app.store, today()).find((c) => c.fileNumbers.includes('3 C 77/25'))!;
    expect(theCase.letters).toHaveLength(1);
  });

  it('forgets a file removed before it was complete, without a failure', async () => {
    const file = path.join(dirs.watchDir, 'weg.pdf');
    writeFileSync(file, (await renderNoticePdf()).subarray(0, 500));
    await sleep(100);
    rmSync(file);
    mkdirSync(path.join(dirs.watchDir, 'Unterordner'));
    writeFileSync(path.join(dirs.watchDir, 'Unterordner', 'danach.pdf'), await renderNoticePdf({ ...SAMPLE_NOTICE, fileNumber: '9 C 1/25', tenants: [{ title: 'Herrn', name: 'Piotr Wiśniewski' }], street: 'Lindenweg 3', postalCode: '51588', city: 'Nümbrecht' }));
    await until(() => listCases(app.store, today()).length === 3);
    expect(existsSync(path.join(dirs.failedDir, 'weg.pdf.error.txt'))).toBe(false);
    // Only the six bad files of the first test are failures; the removed file left no trace.
    expect(app.store.documents.countByStatus().failed).toBe(6);
  });
});
