/**
 * Issue 26 in a real browser (Debian chromium, English on purpose): forgiving search, a date typed
 * the German way, the statistics page with its CSV and one printed A4 page, a worker refused on every
 * admin page, the batch page with a restored blank page, and axe-core on every page, signed in and out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../src/web/server.js';
import { axeViolations } from '../../support/axe.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { stackPdf } from '../../support/stack-pdf.js';
import { buildReportStore, type Household } from '../report/report-store.fixture.js';
import { noticeIn } from './notice-dates.js';
import { webFixture, type WebFixture } from './web-fixture.js';

const PASSWORD = 'ein-sicheres-passwort';
const SHOTS = process.env['INTAKE_SCREENSHOTS'] ?? '/tmp';

let fx: WebFixture;
let server: Awaited<ReturnType<typeof startWebServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cases: Record<'aydin' | 'mueller' | 'sahin', string> = { aydin: '', mueller: '', sahin: '' };
let batchId: string;

/** Twenty-four households over six months of 2025 in three towns (Lindlar always too small to show). */
function households(): Household[] {
  const towns: [string, string][] = [['51674', 'Wiehl'], ['51643', 'Gummersbach'], ['51789', 'Lindlar']];
  const outcomes = ['flat_kept', 'flat_kept', 'flat_lost', 'moved', 'not_reached', null];
  const counts = [[4, 3, 1], [3, 2, 0], [5, 3, 1], [2, 1, 0], [3, 3, 0], [1, 0, 0]];
  const out: Household[] = [];
  counts.forEach((perTown, month) => {
    perTown.forEach((count, town) => {
      for (let i = 0; i < count; i++) {
        const n = out.length + 1;
        const day = String(3 + i * 4).padStart(2, '0');
        const mm = String(month + 1).padStart(2, '0');
        const outcome = outcomes[n % outcomes.length]!;
        out.push({
          key: `h${n}`,
          name: `Person${'abcdefghijklmnopqrstuvwxyz'[n % 26]}${n} Haushalt${n}`,
          street: `Weg ${n}`,
          houseNumber: String(n),
          postalCode: towns[town]![0],
          city: towns[town]![1],
          fileNumber: `${n} C ${100 + n}/25`,
          receivedAt: `2025-${mm}-${day}T09:00:00.000Z`,
          hearing: n % 2 === 0 ? `2025-${mm}-28` : null,
          letterPrintedAt: `2025-${mm}-${String(Number(day) + 1 + (n % 3)).padStart(2, '0')}T10:00:00.000Z`,
          contacts: n % 3 === 0 ? [] : [{ at: `2025-${mm}-${String(Number(day) + 2 + (n % 4)).padStart(2, '0')}T10:00:00.000Z`, channel: n % 2 ? 'phone' : 'visit', reached: true }],
          closed: outcome ? { at: '2025-08-01T10:00:00.000Z', outcome } : null,
        });
      }
    });
  });
  return out;
}

async function signIn(p: Page, name: string): Promise<void> {
  await p.goto(`${server.url}/login`);
  await p.getByLabel('Benutzername').fill(name);
  await p.getByLabel('Passwort').fill(PASSWORD);
  await p.getByRole('button', { name: 'Anmelden' }).click();
  await p.waitForURL(`${server.url}/`);
}

async function expectAccessible(p: Page, what: string): Promise<void> {
  const violations = await axeViolations(p);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

const listed = async (p: Page) => p.locator('table.list tbody td.id a').allInnerTexts();

beforeAll(async () => {
  fx = await webFixture('intake-web-desk-');
  await fx.addUser('anna', 'worker', PASSWORD);
  await fx.addUser('bert', 'admin', PASSWORD);
  const people = [
    ['aydin', 'Emre Aydın', 'Kölner Str.', '3 C 271/25', 12],
    ['mueller', 'Hans Müller', 'Hauptstraße', '12 C 345/25', 20],
    ['sahin', 'Ayşe Şahin', 'Am Sonnenhang', '7 C 88/26', 30],
  ] as const;
  for (const [key, name, street, fileNumber, days] of people) {
    const id = await fx.ingest(await renderNoticePdf(noticeIn(days, { fileNumber, tenants: [{ title: 'Frau', name }], street: `${street} 5` }), { font: 'dejavu' }), `${key}.pdf`);
    // The search is under test, not the reading: the names exactly as a worker would have corrected them.
    fx.app.store.cases.writeField(id, { name: 'tenants', valueJson: JSON.stringify([{ name, birthDate: null }]), confidence: 1, source: 'worker', documentId: null, page: null, bboxJson: null, correctedBy: 'anna' }, new Date().toISOString());
    cases[key] = id;
  }
  buildReportStore(fx.app.store, fx.dirs.dataDir, households());
  fx.app.runner.start();
  batchId = (await fx.app.spool.claim(await stackPdf(fx.dirs.root, 'n_n'), 'stapel.pdf', 'cli')).documentId;
  fx.app.runner.wake();
  await fx.app.runner.whenIdle();
  server = await startWebServer(fx.app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-US'],
  });
  context = await browser.newContext({ viewport: { width: 1300, height: 900 }, locale: 'en-US', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fx?.close();
});

describe('signed out', () => {
  it('has no accessibility violations on the sign-in page', async () => {
    await page.goto(`${server.url}/statistics`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectAccessible(page, 'login');
  });
});

describe('a worker', () => {
  it('finds cases whatever the accents, umlauts, ß and spaces of the query', async () => {
    await signIn(page, 'anna');
    await expectAccessible(page, 'worklist');
    const expectations: [string, string[]][] = [
      ['aydin', [cases.aydin]],
      ['muller', [cases.mueller]],
      ['sahin', [cases.sahin]],
      ['strasse', [cases.aydin, cases.mueller]],
      ['3C271/25', [cases.aydin]],
      ['Müll', [cases.mueller]],
    ];
    await page.getByLabel('Suche (Name, Aktenzeichen, Anschrift)').fill('aydin');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'aydin');
    for (const [query, expected] of expectations) {
      if (query !== 'aydin') await page.goto(`${server.url}/?q=${encodeURIComponent(query)}`);
      const mine = (await listed(page)).filter((id) => Object.values(cases).includes(id));
      expect(mine.sort(), query).toEqual([...expected].sort());
    }
  });

  it('types a hearing date as 23.09.2025 in an English browser and gets it back the German way', async () => {
    await page.goto(`${server.url}/cases/${cases.aydin}`);
    await expectAccessible(page, 'case view');
    const date = page.locator('#f-hearing-date');
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await date.fill('31.02.2025');
    await date.press('Enter');
    await expect.poll(() => page.locator('#f-hearing .errors').innerText()).toContain('TT.MM.JJJJ');
    await page.locator('#f-hearing-date').fill('23.09.2025');
    await page.locator('#f-hearing-time').fill('9.30');
    await page.locator('#f-hearing-date').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('saved') === 'hearing');
    expect(await page.locator('#f-hearing-date').inputValue()).toBe('23.09.2025');
    expect(await page.locator('#f-hearing-time').inputValue()).toBe('09:30');
    const stored = fx.app.store.cases.fields(cases.aydin).find((f) => f.name === 'hearing')!;
    expect(JSON.parse(stored.value_json)).toMatchObject({ date: '2025-09-23', time: '09:30' });
  });

  it('is refused on every admin page and every admin action', async () => {
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    for (const url of ['/admin', '/admin/users', '/admin/audit', '/admin/purge', '/admin/templates', '/admin/templates/first-contact.de', '/admin/layouts']) {
      const response = await page.goto(`${server.url}${url}`);
      expect(response!.status(), url).toBe(403);
      expect(await page.locator('h1').innerText()).toBe('Keine Berechtigung');
    }
    await expectAccessible(page, '403 page');
    const posts = ['/admin/users', '/admin/users/anna/password', '/admin/users/bert/disable', '/admin/users/bert/enable', '/admin/purge', '/admin/templates/first-contact.de'];
    const statuses = await page.evaluate(
      async ({ posts, csrf }) =>
        Promise.all(
          posts.map(async (url) => {
            const body = new URLSearchParams({ _csrf: csrf, name: 'mallory', role: 'admin', password: 'ein-langes-passwort', confirm: '1', source: 'x' });
            return (await fetch(url, { method: 'POST', body })).status;
          }),
        ),
      { posts, csrf },
    );
    expect(statuses).toEqual(posts.map(() => 403));
    expect(fx.app.store.auth.userByName('mallory')).toBeUndefined();
    expect(fx.app.store.auth.userByName('bert')!.disabled_at).toBeNull();
  });

  it('sees why a batch scan was split where it was, and puts a dropped blank page back', async () => {
    await page.goto(`${server.url}/failed`);
    await expectAccessible(page, 'failed files');
    await page.goto(`${server.url}/batches/${batchId}`);
    await expectAccessible(page, 'batch');
    const row = (n: number) => page.locator('table.batch tbody tr').nth(n - 1);
    expect(await row(1).innerText()).toContain('Beginn eines Schreibens');
    expect(await row(2).innerText()).toContain('leer – entfernt');
    expect(await row(3).innerText()).toMatch(/Beginn eines Schreibens: .*(Briefkopf|Überschrift|Aktenzeichen)/);
    expect(await row(3).innerText()).toContain('Anschriftfeld');
    const image = page.locator('img[alt^="Seite 2 des Stapels"]');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Als letzte Seite zu Schreiben 1' }).click();
    await page.waitForURL((url) => url.searchParams.get('msg') === 'restored');
    expect(await row(2).innerText()).toContain('wiederhergestellt');
    await page.screenshot({ path: path.join(SHOTS, 'stapel.png'), fullPage: true });
    const part = fx.app.store.documents.partsOf(batchId)[0]!;
    expect([part.page_first, part.page_last]).toEqual([1, 2]);
    expect(fx.app.store.events.forCase(part.case_id!).map((e) => e.kind)).toContain('batch-page-restored');
    await page.goto(`${server.url}/cases/${part.case_id}`);
    expect(await page.locator(`img[src="/documents/${part.id}/pages/2"]`).count()).toBe(1);
  });
});

describe('error pages', () => {
  it('stay accessible: a case that does not exist and a month that is none', async () => {
    expect((await page.goto(`${server.url}/cases/FS-1999-9999`))!.status()).toBe(404);
    await expectAccessible(page, '404');
    expect((await page.goto(`${server.url}/statistics?from=13.2025&to=01.2025`))!.status()).toBe(422);
    expect(await page.locator('.flash.error').innerText()).toContain('MM.JJJJ');
    await expectAccessible(page, 'statistics with a wrong month');
  });
});

describe('the statistics page', () => {
  it('shows the figures per month as SVG bars and outcome shares, with small counts hidden', async () => {
    await page.goto(`${server.url}/statistics`);
    await page.getByLabel('von Monat (MM.JJJJ)').fill('01.2025');
    await page.getByLabel('bis Monat (MM.JJJJ)').fill('06.2025');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '01.2025');
    await expectAccessible(page, 'statistics');
    expect(await page.locator('#chart-cases rect').count()).toBeGreaterThan(10);
    expect(await page.locator('#chart-outcomes rect').count()).toBeGreaterThan(2);
    const months = page.locator('#table-months tbody tr');
    expect(await months.count()).toBe(6);
    // January: 8 new cases; June: 1 (shown as <3).
    expect(await months.nth(0).locator('td').nth(1).innerText()).toBe('8');
    expect(await months.nth(5).locator('td').nth(1).innerText()).toBe('<3');
    const towns = await page.locator('#table-towns tbody th').allInnerTexts();
    expect(towns).toEqual(['Alle Orte', 'Gummersbach', 'Wiehl', 'Übrige Orte']);
    await page.screenshot({ path: path.join(SHOTS, 'statistik.png'), fullPage: true });
  });

  it('downloads a CSV with exactly the figures shown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV herunterladen' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]!.slice(0, 4)).toEqual(['Monat', 'Ort', 'Mitteilungen eingegangen', 'Neue Fälle']);
    const shown = async (table: string) =>
      page.locator(`${table} tbody tr`).evaluateAll((rows) =>
        rows.map((r) => [...(r as unknown as { querySelectorAll(s: string): { textContent: string | null }[] }).querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
      );
    const monthRows = await shown('#table-months');
    const townRows = await shown('#table-towns');
    const body = lines.slice(1);
    expect(body).toHaveLength(monthRows.length + townRows.length);
    // Columns of the page: label, then every figure of the CSV line in the same order (an empty median shows as "–").
    const csvFigures = (l: string[]) => l.slice(2).map((v) => (v === '' ? '–' : v));
    monthRows.forEach((row, i) => expect(csvFigures(body[i]!), `month ${row[0]}`).toEqual(row.slice(1)));
    townRows.forEach((row, i) => {
      expect(body[monthRows.length + i]![1]).toBe(row[0]);
      expect(csvFigures(body[monthRows.length + i]!), `town ${row[0]}`).toEqual(row.slice(1));
    });
    expect(body[0]![0]).toBe('2025-01');
    expect(body[monthRows.length]![0]).toBe('2025-01 – 2025-06');
  });

  it('prints a whole year on one A4 page', async () => {
    await page.goto(`${server.url}/statistics?from=01.2025&to=12.2025`);
    expect(await page.locator('#table-months tbody tr').count()).toBe(12);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(path.join(SHOTS, 'statistik.pdf'), pdf);
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
    expect(doc.numPages).toBe(1);
    const first = await doc.getPage(1);
    const [, , width, height] = first.view as [number, number, number, number];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('an admin', () => {
  it('has no accessibility violations on any admin page', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1300, height: 900 }, locale: 'en-US' });
    const admin = await adminContext.newPage();
    await signIn(admin, 'bert');
    for (const url of ['/admin', '/admin/users', '/admin/audit', '/admin/purge', '/admin/templates', '/admin/templates/first-contact.de', '/admin/layouts']) {
      const response = await admin.goto(`${server.url}${url}`);
      expect(response!.status(), url).toBe(200);
      await expectAccessible(admin, url);
    }
    await admin.goto(`${server.url}/admin/users`);
    await admin.screenshot({ path: path.join(SHOTS, 'personen.png'), fullPage: true });
    await admin.goto(`${server.url}/admin/audit`);
    expect(await admin.locator('table.list tbody tr').count()).toBeGreaterThan(5);
    await adminContext.close();
  });
});
