import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp } from '../../../src/main.js';
import { startWebServer } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from './notice-dates.js';
import { webFixture, type WebFixture } from './web-fixture.js';

const PASSWORD = 'ein-sicheres-passwort';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let fx: WebFixture;
let server: Awaited<ReturnType<typeof startWebServer>>;
let browser: Browser;
let caseId: string;

beforeAll(async () => {
  fx = await webFixture('intake-web-setup-');
  await fx.addUser('ada', 'admin', PASSWORD);
  await fx.addUser('wim', 'worker', PASSWORD);
  caseId = await fx.ingest(await renderNoticePdf(noticeIn(10)), 'notice.pdf');
  server = await startWebServer(fx.app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: BROWSER_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fx?.close();
});

async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
  // en-US on purpose: the desk speaks German whatever the browser's language.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Benutzername').fill(name);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`${server.url}/`);
  return { context, page };
}

/** The letter as the desk serves it, as text (pdftotext). */
async function letterText(context: BrowserContext): Promise<string> {
  const letter = fx.app.store.letters.forCase(caseId)[0]!;
  const response = await context.request.get(`${server.url}/letters/${letter.id}`);
  expect(response.status()).toBe(200);
  const file = path.join(fx.dirs.root, `letter-${Date.now()}.pdf`);
  writeFileSync(file, await response.body());
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('first-run setup of the sender details', () => {
  it('shows a worker no setup banner and refuses them the settings page', async () => {
    const { context, page } = await signedIn('wim');
    expect(await page.locator('.setup-banner').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Einstellungen' }).count()).toBe(0);
    const response = await page.goto(`${server.url}/admin/settings`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Keine Berechtigung');
    const post = await context.request.post(`${server.url}/admin/settings`, { form: { name: 'X' } });
    expect(post.status()).toBe(403);
    await context.close();
  });

  it('marks letters MUSTER until an admin has entered the sender, then makes them again without the mark', async () => {
    const { context, page } = await signedIn('ada');
    const before = await letterText(context);
    expect(before).toContain('MUSTER – nicht versenden');
    expect(before).toContain('02261 000000');

    // The banner on every page leads to the settings page.
    await expect.poll(() => page.locator('.setup-banner').innerText()).toContain('Absenderangaben der Briefe sind noch Beispielwerte');
    await page.goto(`${server.url}/failed`);
    await page.locator('.setup-banner').getByRole('link', { name: 'Absenderangaben eintragen' }).click();
    await page.waitForURL(`${server.url}/admin/settings`);
    expect(await page.getByLabel('Telefon').inputValue()).toBe('02261 000000');

    // A wrong e-mail address and a phone number still the example's: not saved, each field says why.
    await page.getByLabel('Name der Stelle').fill('Fachstelle für Wohnungsnotfälle Oberberg');
    await page.getByLabel('Straße und Hausnummer').fill('Moltkestraße 42');
    await page.getByLabel('E-Mail', { exact: true }).fill('wohnungssicherung(at)kreis');
    await page.getByLabel('Sprechzeiten').fill('Mo–Fr 8.30–12 Uhr, Do 14–17 Uhr');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.locator('[role=alert]').innerText()).toContain('Nicht gespeichert: 2 Felder');
    expect(await page.locator('#setting-email-error').innerText()).toBe('Bitte eine gültige E-Mail-Adresse eingeben.');
    expect(await page.locator('#setting-phone-error').innerText()).toContain('Beispielwert');
    expect(await page.getByLabel('E-Mail', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Straße und Hausnummer').inputValue()).toBe('Moltkestraße 42');
    expect(await letterText(context)).toContain('MUSTER – nicht versenden');

    await page.getByLabel('E-Mail', { exact: true }).fill('wohnungssicherung@kreis.test');
    await page.getByLabel('Telefon').fill('02261 88-4410');
    await page.getByLabel(/Mail-Adresse des Teams/).fill('team-wohnen@kreis.test');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.locator('.flash').first().innerText()).toBe('Gespeichert. 1 noch nicht gedruckter Brief wurde mit den neuen Absenderangaben neu erstellt.');
    expect(await page.locator('main').innerText()).toContain('Absenderangaben: ');

    await page.goto(`${server.url}/`);
    expect(await page.locator('.setup-banner').count()).toBe(0);
    const after = await letterText(context);
    expect(after).not.toContain('MUSTER');
    expect(after).toContain('02261 88-4410');
    expect(after).toContain('Moltkestraße 42');
    await context.close();
  });

  it('records who changed which settings in the audit log, without the values', () => {
    const events = fx.app.store.db.prepare("SELECT actor, details_json FROM events WHERE kind = 'settings-changed'").all() as { actor: string; details_json: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toBe('ada');
    const details = JSON.parse(events[0]!.details_json) as { settings: string[] };
    expect(details.settings).toEqual(expect.arrayContaining(['sender.name', 'sender.street', 'sender.phone', 'sender.email', 'sender.officeHours', 'mail.to']));
    expect(events[0]!.details_json).not.toContain('4410');
  });

  it('keeps the saved settings over a restart, ahead of the defaults', async () => {
    const config = loadConfig({ env: { INTAKE_WATCH_DIR: fx.dirs.watchDir, INTAKE_DATA_DIR: fx.dirs.dataDir, INTAKE_OCR_WORKERS: '1' }, cwd: fx.dirs.root });
    expect(config.sender.phone).toBe('02261 000000');
    const restarted = await openApp(config, createRootLogger('silent', { pretty: false }));
    try {
      expect(restarted.config.sender).toMatchObject({ phone: '02261 88-4410', street: 'Moltkestraße 42', email: 'wohnungssicherung@kreis.test' });
      expect(restarted.config.mail.to).toBe('team-wohnen@kreis.test');
    } finally {
      await restarted.close();
    }
  });
});
