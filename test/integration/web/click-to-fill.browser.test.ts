/**
 * Click to fill in a real browser: a worker focuses a field's input, clicks (or drags across) the words
 * on the page image, saves; the case keeps the value and where it stands on the page.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../src/web/server.js';
import { axeViolations } from '../../support/axe.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from './notice-dates.js';
import { webFixture, type WebFixture } from './web-fixture.js';

const PASSWORD = 'ein-sicheres-passwort';
const SHOTS = process.env['INTAKE_SCREENSHOTS'] ?? '/tmp';
type OverlayWord = [string, number, number, number, number];

let fx: WebFixture;
let server: Awaited<ReturnType<typeof startWebServer>>;
let browser: Browser;
let page: Page;
let caseId: string;
let docId: string;

beforeAll(async () => {
  fx = await webFixture('intake-web-click-');
  await fx.addUser('anna', 'worker', PASSWORD);
  caseId = await fx.ingest(
    await renderNoticePdf(noticeIn(12, { fileNumber: '3 C 1024/26', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' })),
    'klick.pdf',
  );
  docId = fx.app.store.documents.forCase(caseId)[0]!.id;
  server = await startWebServer(fx.app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--lang=de-DE'] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'de-DE' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/login?next=${encodeURIComponent(`/cases/${caseId}`)}`);
  await page.getByLabel('Benutzername').fill('anna');
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`${server.url}/cases/${caseId}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fx?.close();
});

/** The overlay's words of the first page, as the page carries them (one a line: box in ten-thousandths, text). */
async function overlayWords(): Promise<OverlayWord[]> {
  const data = (await page.locator('.page-frame').first().getAttribute('data-words'))!;
  return data.split('\n').map((line) => {
    const [, x0, y0, x1, y1, text] = /^(\d+) (\d+) (\d+) (\d+) (.+)$/.exec(line)!;
    return [text!, Number(x0) / 1e4, Number(y0) / 1e4, Number(x1) / 1e4, Number(y1) / 1e4];
  });
}

/** Index of `text` in the overlay (the first one after `after` words, if given). */
function indexOf(words: OverlayWord[], text: string, after = -1): number {
  const index = words.findIndex((w, i) => i > after && w[0] === text);
  expect(index, text).toBeGreaterThanOrEqual(0);
  return index;
}

/** The id of the element that has the focus. */
const focusedId = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id);

const wordBox = (index: number) => page.locator(`.page-frame .word[data-i="${index}"]`).first();

async function dragAcross(from: number, to: number): Promise<void> {
  await wordBox(from).scrollIntoViewIfNeeded();
  const a = (await wordBox(from).boundingBox())!;
  const b = (await wordBox(to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** The box around the words, as stored on the page (0..1). */
function unionOf(words: OverlayWord[], indices: number[]): number[] {
  const boxes = indices.map((i) => words[i]!);
  return [Math.min(...boxes.map((w) => w[1])), Math.min(...boxes.map((w) => w[2])), Math.max(...boxes.map((w) => w[3])), Math.max(...boxes.map((w) => w[4]))];
}

const field = (name: string) => fx.app.store.cases.fields(caseId).find((f) => f.name === name)!;

function expectBoxNear(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(4);
  actual.forEach((n, i) => expect(n).toBeCloseTo(expected[i]!, 3));
}

describe('click to fill on the case view', () => {
  it('shows the hint and lays the page’s words over the image, hidden from screen readers and out of the tab order', async () => {
    await expect.poll(() => page.locator('.pick-hint').isVisible()).toBe(true);
    expect(await page.locator('.pick-hint').innerText()).toBe('Tipp: Feld anklicken, dann Wort im Scan anklicken – oder über mehrere Wörter ziehen.');
    const words = await overlayWords();
    expect(await page.locator('.page-frame').first().locator('.word').count()).toBe(words.length);
    expect(await page.locator('.word-layer').first().getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.word-layer [tabindex], .word-layer a, .word-layer button, .word-layer input').count()).toBe(0);
    expect(await page.locator('.page-frame img').first().getAttribute('alt')).toContain('Seite 1');
  });

  it('puts a tenant’s name dragged across on the page into the focused name input and stores where it stands', async () => {
    const words = await overlayWords();
    const first = indexOf(words, 'Ewa');
    const last = indexOf(words, 'Kowalczyk', first);
    const input = page.locator('#f-tenants-name0');
    await input.fill('falsch gelesen');
    await dragAcross(first, last);
    expect(await input.inputValue()).toBe('Ewa Kowalczyk');
    expect(await focusedId()).toBe('f-tenants-name0');
    await input.press('Enter');
    await page.waitForURL(/saved=tenants/);
    const row = field('tenants');
    expect((JSON.parse(row.value_json) as { name: string }[]).map((t) => t.name)).toEqual(['Ewa Kowalczyk']);
    expect(row.source).toBe('worker');
    expect([row.document_id, row.page]).toEqual([docId, 1]);
    expectBoxNear(JSON.parse(row.bbox_json!) as number[], unionOf(words, [first, last]));
  });

  it('fills each address part from its words (click, Shift+click), keeps Tab order and the focus, and stores the address with its place', async () => {
    // The machine read the address somewhere else on the page (a wrong place the worker's clicks must replace).
    const read = field('address');
    const elsewhere = [0.05, 0.9, 0.2, 0.93];
    fx.app.store.cases.writeField(
      caseId,
      { name: 'address', valueJson: read.value_json, confidence: 0.5, source: 'machine', documentId: docId, page: 1, bboxJson: JSON.stringify(elsewhere), correctedBy: null },
      new Date().toISOString(),
    );
    await page.goto(`${server.url}/cases/${caseId}`);
    expect(JSON.parse((await page.locator('#f-address').getAttribute('data-bbox'))!)).toEqual(elsewhere);
    const words = await overlayWords();
    const sonnenhang = indexOf(words, 'Sonnenhang');
    const am = sonnenhang - 1;
    expect(words[am]![0]).toBe('Am');
    const number = indexOf(words, '4,', sonnenhang);
    const postal = indexOf(words, '51588');
    const city = indexOf(words, 'Nümbrecht', postal);

    const street = page.locator('#f-address-street');
    await street.fill('');
    await wordBox(am).click();
    expect(await street.inputValue()).toBe('Am');
    await wordBox(sonnenhang).click({ modifiers: ['Shift'] });
    expect(await street.inputValue()).toBe('Am Sonnenhang');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('f-address-houseNumber');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await wordBox(number).click();
    expect(await page.locator('#f-address-houseNumber').inputValue()).toBe('4');
    await page.locator('#f-address-postalCode').fill('');
    await wordBox(postal).click();
    expect(await page.locator('#f-address-postalCode').inputValue()).toBe('51588');
    const cityInput = page.locator('#f-address-city');
    await cityInput.fill('');
    await wordBox(city).click();
    expect(await cityInput.inputValue()).toBe('Nümbrecht');
    await wordBox(postal).hover();
    await page.screenshot({ path: path.join(SHOTS, 'web-click-to-fill.png') });
    expect(await focusedId()).toBe('f-address-city');
    await cityInput.press('Enter');
    await page.waitForURL(/saved=address/);

    const row = field('address');
    expect(JSON.parse(row.value_json)).toEqual({ street: 'Am Sonnenhang', houseNumber: '4', postalCode: '51588', city: 'Nümbrecht', addition: null });
    expect([row.document_id, row.page]).toEqual([docId, 1]);
    const expected = unionOf(words, [am, sonnenhang, number, postal, city]);
    expectBoxNear(JSON.parse(row.bbox_json!) as number[], expected);
    // After the reload the field's highlight points at the words taken.
    expectBoxNear(JSON.parse((await page.locator('#f-address').getAttribute('data-bbox'))!) as number[], expected);
  });

  it('keeps the words taken when the correction comes back rejected, so saving the fixed form stores their place', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    const words = await overlayWords();
    const last = indexOf(words, 'Kowalczyk');
    const input = page.locator('#f-tenants-name0');
    await input.focus();
    await wordBox(last).click();
    expect(await input.inputValue()).toBe('Kowalczyk');
    await page.locator('#f-tenants-birth0').fill('31.02.2020');
    await page.locator('#f-tenants-birth0').press('Enter');
    await expect.poll(() => page.locator('#f-tenants .errors').isVisible()).toBe(true);
    expect(await input.inputValue()).toBe('Kowalczyk');
    await page.locator('#f-tenants-birth0').fill('03.04.1971');
    await page.locator('#f-tenants-birth0').press('Enter');
    await page.waitForURL(/saved=tenants/);
    const row = field('tenants');
    expect(JSON.parse(row.value_json)).toEqual([{ name: 'Kowalczyk', birthDate: '1971-04-03' }]);
    expectBoxNear(JSON.parse(row.bbox_json!) as number[], unionOf(words, [last]));
  });

  it('keeps a taken position when one letter is fixed by hand and drops it when the text is typed over', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    const words = await overlayWords();
    const input = page.locator('#f-address-city');
    await input.focus();
    await wordBox(indexOf(words, 'Nümbrecht')).click();
    const position = page.locator('#f-address input[type=hidden][name="pos.city"]');
    expect(await position.count()).toBe(1);
    await input.press('End');
    await input.press('Backspace');
    await input.press('t');
    expect(await position.count()).toBe(1);
    await input.fill('Waldbröl');
    expect(await position.count()).toBe(0);
  });

  it('passes the accessibility check with the overlay while a field is being filled', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.locator('#f-address-city').focus();
    await expect.poll(() => page.locator('.pages.picking').count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  });

  it('works as before without JavaScript: no overlay, no hint, the form saves', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 1000 }, storageState: await page.context().storageState() });
    const noScript = await context.newPage();
    await noScript.goto(`${server.url}/cases/${caseId}`);
    expect(await noScript.locator('.word-layer').count()).toBe(0);
    expect(await noScript.locator('.pick-hint').isVisible()).toBe(false);
    await noScript.locator('#f-address-city').fill('Waldbröl');
    await noScript.locator('#f-address').getByRole('button', { name: 'Speichern' }).click();
    await noScript.waitForURL(/saved=address/);
    expect((JSON.parse(field('address').value_json) as { city: string }).city).toBe('Waldbröl');
    await context.close();
  });
});
