/**
 * The review desk on a document found in a batch scan: its page images are the batch's pages by
 * number, and the split can be corrected from the case view (signed in, with the CSRF token).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, type App } from '../../../src/main.js';
import type { DocumentRow } from '../../../src/pipeline/store.port.js';
import { hashPassword } from '../../../src/web/password.hasher.js';
import { PAGE_IMAGE_WIDTH } from '../../../src/web/routes/asset.routes.js';
import { createWebApp } from '../../../src/web/server.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';
import { cookiesOf, csrfOf } from '../web/web-fixture.js';

const STACK = path.resolve('samples/stacks/stack-01.pdf');

let dirs: TempDirs;
let app: App;
let web: ReturnType<typeof createWebApp>;
let cookie: string;
let csrf: string;
let parts: DocumentRow[];

const get = (url: string) => web.request(url, { headers: { cookie } });
const post = (url: string, form: Record<string, string>) =>
  web.request(url, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf, ...form }) });

/** Mean gray value per 16×16 cell: equal images give equal fingerprints, different pages do not. */
async function fingerprint(png: Buffer): Promise<number[]> {
  const { data } = await sharp(png).grayscale().resize(16, 16, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  return [...data];
}

beforeAll(async () => {
  dirs = tempDirs('intake-batch-web-');
  const config = loadConfig({ env: { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_OCR_WORKERS: '1' }, cwd: dirs.root });
  app = await openApp(config, createRootLogger('silent', { pretty: false }));
  app.runner.start();
  const registration = await app.spool.claim(STACK, 'stack-01.pdf', 'cli');
  app.runner.wake();
  await app.runner.whenIdle();
  parts = app.store.documents.partsOf(registration.documentId);
  app.store.auth.addUser('anna', 'worker', await hashPassword('richtig-langes-passwort'), new Date().toISOString());
  web = createWebApp(app);
  const form = await web.request('/login');
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'anna', password: 'richtig-langes-passwort' }),
  });
  cookie = cookiesOf(res);
  csrf = csrfOf(await (await get('/')).text());
});
afterAll(async () => {
  await app?.close();
  dirs?.cleanup();
});

describe('a case whose document came in a batch scan', () => {
  it('shows that document’s pages as the batch’s pages with the same numbers, and no other page of the batch', async () => {
    const part = parts.find((p) => p.page_first! > 1 && p.page_last! > p.page_first!)!;
    const page = await (await get(`/cases/${part.case_id}`)).text();
    for (let n = part.page_first!; n <= part.page_last!; n++) expect(page).toContain(`/documents/${part.id}/pages/${n}`);
    expect(page).not.toContain(`/documents/${part.id}/pages/1"`);
    expect(page).toContain(`Seiten ${part.page_first}–${part.page_last} eines Stapel-Scans`);

    const batchBytes = readFileSync(STACK);
    const shown = await get(`/documents/${part.id}/pages/${part.page_first}`);
    expect(shown.status).toBe(200);
    const image = Buffer.from(await shown.arrayBuffer());
    expect(await fingerprint(image)).toEqual(await fingerprint(await app.reader.renderPage(batchBytes, part.page_first!, PAGE_IMAGE_WIDTH)));
    expect(await fingerprint(image)).not.toEqual(await fingerprint(await app.reader.renderPage(batchBytes, 1, PAGE_IMAGE_WIDTH)));
    // Pages outside the document's range are not served under its id.
    expect((await get(`/documents/${part.id}/pages/1`)).status).toBe(404);
  });

  it('moves the last page to the next document with the page’s button, and back', async () => {
    const part = parts.find((p) => p.page_last! > p.page_first! && parts.indexOf(p) < parts.length - 1)!;
    const next = parts[parts.indexOf(part) + 1]!;
    const view = await (await get(`/cases/${part.case_id}`)).text();
    expect(view).toContain(`action="/cases/${part.case_id}/documents/${part.id}/move-page"`);
    expect(view).toContain('Seite zum nächsten Schreiben');

    const moved = await post(`/cases/${part.case_id}/documents/${part.id}/move-page`, { page: String(part.page_last), direction: 'next' });
    expect(moved.status).toBe(303);
    expect(app.store.documents.get(next.id)).toMatchObject({ page_first: part.page_last, page_last: next.page_last });
    expect((await get(`/documents/${next.id}/pages/${part.page_last}`)).status).toBe(200);

    // Without the CSRF token nothing happens; a document of another case is not found through this case.
    const forged = await web.request(`/cases/${next.case_id}/documents/${next.id}/move-page`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ page: String(part.page_last), direction: 'previous' }),
    });
    expect(forged.status).toBe(403);
    expect((await post(`/cases/${part.case_id}/documents/${next.id}/move-page`, { page: String(part.page_last), direction: 'previous' })).status).toBe(404);

    const back = await post(`/cases/${next.case_id}/documents/${next.id}/move-page`, { page: String(part.page_last), direction: 'previous' });
    expect(back.status).toBe(303);
    expect(app.store.documents.get(part.id)).toMatchObject({ page_first: part.page_first, page_last: part.page_last });
    expect(app.store.events.forCase(part.case_id!).filter((e) => e.kind === 'batch-page-moved' && e.actor === 'anna')).toHaveLength(2);
  });

  it('starts a new document at a page and joins it back with the buttons of the case view', async () => {
    const part = parts.find((p) => p.page_last! > p.page_first!)!;
    const view = await (await get(`/cases/${part.case_id}`)).text();
    expect(view).toContain('Hier beginnt ein neues Schreiben');
    const split = await post(`/cases/${part.case_id}/documents/${part.id}/split-at`, { page: String(part.page_last) });
    expect(split.status).toBe(303);
    const live = app.store.documents.partsOf(part.batch_id!);
    expect(live).toHaveLength(parts.length + 1);
    const created = live.find((p) => p.page_first === part.page_last && p.id !== part.id)!;
    expect(app.store.documents.get(part.id)).toMatchObject({ page_first: part.page_first, page_last: part.page_last! - 1 });

    const withJoin = await (await get(`/cases/${part.case_id}`)).text();
    expect(withJoin).toContain(`action="/cases/${part.case_id}/documents/${part.id}/join"`);
    const joined = await post(`/cases/${part.case_id}/documents/${part.id}/join`, { direction: 'next' });
    expect(joined.status).toBe(303);
    expect(app.store.documents.get(part.id)).toMatchObject({ page_first: part.page_first, page_last: part.page_last });
    expect(app.store.documents.get(created.id)).toMatchObject({ status: 'joined', joined_into: part.id });
    expect(app.store.documents.partsOf(part.batch_id!)).toHaveLength(parts.length);
  });

  it('refuses to move a page that is not at the edge of its document, with a German message', async () => {
    const part = parts.find((p) => p.page_last! > p.page_first! && parts.indexOf(p) > 0)!;
    const res = await post(`/cases/${part.case_id}/documents/${part.id}/move-page`, { page: String(part.page_last), direction: 'previous' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nur die erste Seite eines Schreibens kann zum vorigen wechseln.');
  });
});
