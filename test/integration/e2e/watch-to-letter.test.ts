import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
async function until<T>(probe: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(100);
  }
}

beforeAll(async () => {
  dirs = tempDirs('intake-e2e-');
  const config = loadConfig({ env: { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_STABLE_MS: '300', INTAKE_OCR_WORKERS: '1' }, cwd: dirs.root });
  app = await openApp(config, createRootLogger('silent', { pretty: false }));
  service = await startService(app);
});
afterAll(async () => {
  await service?.stop();
  dirs.cleanup();
});

const today = () => new Date().toISOString().slice(0, 10);

describe('a digital court notice dropped into the watch folder', () => {
  it('becomes a case with the notice’s fields and a first-contact letter that names the tenant', async () => {
    writeFileSync(path.join(dirs.watchDir, 'Scan 2025-03-12.pdf'), await renderNoticePdf());

    const [found] = await until(() => {
      const cases = listCases(app.store, today());
      return cases.length === 1 && cases[0]!.letters[0]?.status === 'ready' ? cases : undefined;
    });
    const theCase = found!;
    expect(existsSync(path.join(dirs.watchDir, 'Scan 2025-03-12.pdf'))).toBe(false);
    expect(theCase.court).toBe('Amtsgericht Gummersbach');
    expect(theCase.fileNumbers).toEqual(['12 C 345/25']);
    expect(theCase.tenants.map((t) => t.name)).toEqual(['Jürgen Müller-Lüdenscheidt']);
    expect(theCase.address).toMatchObject({ street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl' });
    expect(theCase.hearing).toMatchObject({ date: '2025-04-22', time: '10:30' });
    expect(theCase.documents).toHaveLength(1);

    const letter = theCase.letters[0]!;
    expect(letter.kind).toBe('first_contact');
    expect(path.basename(letter.path!)).toBe(`${theCase.id}-erstkontakt.pdf`);
    const text = execFileSync('pdftotext', ['-layout', letter.path!, '-'], { encoding: 'utf8' });
    expect(text).toContain('Jürgen Müller-Lüdenscheidt');
    expect(text).toContain('Hauptstraße 12a');
    expect(text).toContain('51674 Wiehl');
    expect(text).not.toContain('undefined');
  });

  it('records the same file dropped again as a duplicate: no second case, no second letter', async () => {
    const original = readdirSync(path.join(dirs.dataDir, 'originals'), { recursive: true }).find((f) => String(f).endsWith('.pdf'))!;
    copyFileSync(path.join(dirs.dataDir, 'originals', String(original)), path.join(dirs.watchDir, 'nochmal.pdf'));
    await until(() => app.store.documents.listDuplicates().length === 1);
    const cases = listCases(app.store, today());
    expect(cases).toHaveLength(1);
    expect(cases[0]!.letters).toHaveLength(1);
  });

  it('joins a later notice with the same Aktenzeichen (hearing moved) to the case without a second letter', async () => {
    const later = await renderNoticePdf({ ...SAMPLE_NOTICE, hearing: 'Dienstag, 06.05.2025, 09:00 Uhr, Saal 2', received: '10.03.2025', rent: '685,00 €' });
    writeFileSync(path.join(dirs.watchDir, 'ladung.pdf'), later);
    const cases = await until(() => {
      const list = listCases(app.store, today());
      return list[0]?.documents.filter((d) => d.status === 'done').length === 2 ? list : undefined;
    });
    expect(cases).toHaveLength(1);
    expect(cases[0]!.hearing).toMatchObject({ date: '2025-05-06', time: '09:00' });
    expect(cases[0]!.letters).toHaveLength(1);
  });

  it('moves an unreadable file to failed/ with a German reason and keeps running', async () => {
    writeFileSync(path.join(dirs.watchDir, 'kaputt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n% truncated');
    await until(() => existsSync(path.join(dirs.failedDir, 'kaputt.pdf.error.txt')));
    const report = readFileSync(path.join(dirs.failedDir, 'kaputt.pdf.error.txt'), 'utf8');
    expect(report).toContain('CORRUPT_FILE');
    expect(report).toContain('Was tun?');
    writeFileSync(path.join(dirs.watchDir, 'danach.pdf'), await renderNoticePdf({ ...SAMPLE_NOTICE, fileNumber: '7 C 88/25', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' }));
    await until(() => listCases(app.store, today()).length === 2);
  });
});
