import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from './notice-dates.js';
import { webFixture, type WebFixture } from './web-fixture.js';

const XSS = '<img src=x onerror=alert(1)>';
const PASSWORD = 'ein-sicheres-passwort';

let fx: WebFixture;
let server: Awaited<ReturnType<typeof startWebServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const cspErrors: string[] = [];
let urgent: string;
let xssCase: string;

beforeAll(async () => {
  fx = await webFixture('intake-web-browser-');
  await fx.addUser('anna', 'worker', PASSWORD);
  await fx.ingest(await renderNoticePdf(noticeIn(40, { fileNumber: '3 C 1024/26', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' })), 'spaeter.pdf');
  urgent = await fx.ingest(await renderNoticePdf(noticeIn(5)), 'dringend.pdf');
  await fx.ingest(await renderNoticePdf(noticeIn(20, { fileNumber: '7 C 88/26', tenants: [{ title: 'Herrn', name: 'Mehmet Yıldız' }], street: 'Kölner Str. 5-7', postalCode: '51643', city: 'Gummersbach' })), 'mittel.pdf');
  xssCase = await fx.ingest(
    await renderNoticePdf(noticeIn(60, { fileNumber: '9 C 1/26', tenants: [{ title: 'Herrn', name: XSS }], landlord: `${XSS} GmbH, Am Markt 3, 51643 Gummersbach` })),
    `${XSS}.pdf`,
  );
  server = await startWebServer(fx.app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--lang=de-DE'] });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'de-DE' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fx?.close();
});

describe('the review desk in a real browser', () => {
  it('sends an unauthenticated visitor of a case to the sign-in page and back after signing in', async () => {
    await page.goto(`${server.url}/cases/${urgent}`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.content()).not.toContain('Müller-Lüdenscheidt');
    await page.getByLabel('Benutzername').fill('anna');
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${server.url}/cases/${urgent}`);
  });

  it('lists the most urgent case first, with its deadline badge', async () => {
    await page.goto(`${server.url}/`);
    const firstRow = page.locator('table.list tbody tr').first();
    await expect.poll(() => firstRow.locator('td').nth(1).innerText()).toBe(urgent);
    expect(await firstRow.locator('.badge.soon').first().innerText()).toBe('Termin in 5 Tagen');
    expect(await page.locator('table.list tbody tr').count()).toBe(4);
    await page.screenshot({ path: '/tmp/web-worklist.png', fullPage: true });
  });

  it('opens the most urgent case with its page image and marks a field’s word box on focus', async () => {
    await page.locator('table.list tbody tr').first().getByRole('link').click();
    await page.waitForURL(`${server.url}/cases/${urgent}`);
    const image = page.locator('.page-frame img').first();
    await expect.poll(() => image.evaluate((img) => { const i = img as unknown as { complete: boolean; naturalWidth: number }; return i.complete ? i.naturalWidth : 0; })).toBeGreaterThan(500);
    await page.locator('#f-court-v').focus();
    const mark = page.locator('.page-frame .bbox-mark').first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    const markBox = (await mark.boundingBox())!;
    const imageBox = (await image.boundingBox())!;
    // The court's name sits in the top part of the notice.
    expect(markBox.y - imageBox.y).toBeLessThan(imageBox.height * 0.15);
    await page.screenshot({ path: '/tmp/web-case.png', fullPage: false });
  });

  it('saves a corrected field with Enter and records who corrected it', async () => {
    const input = page.locator('#f-landlord-v');
    await input.fill('Wohnungsbau Oberberg AG');
    await input.press('Enter');
    await expect.poll(() => page.locator('.flash').innerText()).toContain('Feld gespeichert');
    const field = fx.app.store.cases.fields(urgent).find((f) => f.name === 'landlord')!;
    expect(JSON.parse(field.value_json)).toBe('Wohnungsbau Oberberg AG');
    expect(field.source).toBe('worker');
    expect(field.corrected_by).toBe('anna');
    expect(await page.locator('#f-landlord .state').innerText()).toContain('korrigiert von anna');
    expect(await page.locator('table.history').innerText()).toContain('Feld korrigiert – Vermieter/in (Kläger)');
    // Nothing else needs attention in this case, so the keyboard lands on "confirm".
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { outerHTML: string } } }).document.activeElement.outerHTML.slice(0, 80)))
      .toContain('Bestätigen und nächster Fall');
  });

  it('confirms with Ctrl+Enter, opens the next case needing review and offers the new letter', async () => {
    await page.locator('#f-court-v').focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.flash').innerText()).toContain(`Fall ${urgent} bestätigt.`);
    expect(new URL(page.url()).pathname).not.toBe(`/cases/${urgent}`);
    await page.screenshot({ path: '/tmp/web-case-review.png', fullPage: false });
    const letter = fx.app.store.letters.forCase(urgent)[0]!;
    expect(letter.status).toBe('ready');
    expect(fx.app.store.events.forCase(urgent).some((e) => e.kind === 'case-confirmed' && e.actor === 'anna')).toBe(true);

    const href = await page.locator('.flash a').getAttribute('href');
    expect(href).toBe(`/letters/${letter.id}`);
    const pdf = await context.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fx.app.store.events.forCase(urgent).some((e) => e.kind === 'letter-opened' && e.actor === 'anna')).toBe(true);

    await page.goto(`${server.url}/cases/${urgent}`);
    expect(await page.locator('[data-letter-link]').getAttribute('href')).toBe(`/letters/${letter.id}`);
    expect(await page.locator('table.history').innerText()).toContain('Fall bestätigt');
    await page.screenshot({ path: '/tmp/web-case-full.png', fullPage: true });
  });

  it('shows a notice’s markup as text and runs nothing', async () => {
    await page.goto(`${server.url}/cases/${xssCase}`);
    expect(await page.locator('#f-landlord-v').inputValue()).toBe(`${XSS} GmbH`);
    expect(await page.locator('body').innerText()).toContain(`${XSS}.pdf`);
    // A worker types the tenant's name as the notice printed it: still only text.
    await page.locator('#f-tenants-name0').fill(XSS);
    await page.locator('#f-tenants-name0').press('Enter');
    await expect.poll(() => page.locator('.flash').innerText()).toContain('Feld gespeichert');
    await page.goto(`${server.url}/?q=GmbH`);
    await page.goto(`${server.url}/`);
    expect(await page.locator('table.list').innerText()).toContain(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  it('refuses a page image and a letter to a browser that is not signed in', async () => {
    const stranger = await browser.newContext();
    const doc = fx.app.store.documents.forCase(urgent)[0]!;
    const letter = fx.app.store.letters.forCase(urgent)[0]!;
    for (const url of [`/documents/${doc.id}/pages/1`, `/letters/${letter.id}`]) {
      const res = await stranger.request.get(`${server.url}${url}`, { maxRedirects: 0 });
      expect(res.status()).toBe(401);
      expect((await res.body()).length).toBe(0);
    }
    await stranger.close();
  });
});
