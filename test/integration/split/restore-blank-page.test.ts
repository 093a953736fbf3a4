/**
 * Putting a blank page the split dropped back into a document of the batch (the batch page of the
 * review desk): only a dropped page, only into a document next to it or around it, only once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSplitSummary } from '../../../src/pipeline/split.stage.js';
import type { DocumentRow } from '../../../src/pipeline/store.port.js';
import { createWebApp } from '../../../src/web/server.js';
import { stackPdf } from '../../support/stack-pdf.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../web/web-fixture.js';

let fx: WebFixture;
let web: ReturnType<typeof createWebApp>;
let cookie: string;
let csrf: string;
let batchId: string;
let parts: DocumentRow[];

const get = (url: string) => web.request(url, { headers: { cookie } });
const restore = (page: number, document: string) =>
  web.request(`/batches/${batchId}/pages/${page}/restore`, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf, document }) });

beforeAll(async () => {
  fx = await webFixture('intake-restore-');
  await fx.addUser('anna', 'worker', 'richtig-langes-passwort');
  // Notice, empty back, notice, empty back, notice.
  fx.app.runner.start();
  batchId = (await fx.app.spool.claim(await stackPdf(fx.dirs.root, 'n_n_n'), 'stapel.pdf', 'cli')).documentId;
  fx.app.runner.wake();
  await fx.app.runner.whenIdle();
  parts = fx.app.store.documents.partsOf(batchId);
  web = createWebApp(fx.app);
  const form = await web.request('/login');
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'anna', password: 'richtig-langes-passwort' }),
  });
  cookie = cookiesOf(res);
  csrf = csrfOf(await (await get('/')).text());
}, 60_000);
afterAll(async () => fx?.close());

describe('a blank page dropped from a batch scan', () => {
  it('is listed with the reasons of the split and can be seen, unlike the pages of documents', async () => {
    expect(parts.map((p) => [p.page_first, p.page_last])).toEqual([[1, 1], [3, 3], [5, 5]]);
    const page = await (await get(`/batches/${batchId}`)).text();
    expect(page).toContain('Entfernte leere Seiten (2)');
    expect(page).toContain('Briefkopf eines Gerichts');
    expect(page).toContain('Als letzte Seite zu Schreiben 1');
    expect(page).toContain('Als erste Seite zu Schreiben 2');
    expect((await get(`/batches/${batchId}/pages/2`)).headers.get('content-type')).toBe('image/png');
    expect((await get(`/batches/${batchId}/pages/1`)).status).toBe(404);
    const casePage = await (await get(`/cases/${parts[1]!.case_id}`)).text();
    expect(casePage).toContain(`href="/batches/${batchId}"`);
    expect(casePage).toMatch(/getrennt wegen: [^(]*Briefkopf eines Gerichts/);
  });

  it('goes back only into a document next to it, and only a page that was dropped', async () => {
    expect((await restore(2, parts[2]!.id)).status).toBe(409);
    expect((await restore(3, parts[1]!.id)).status).toBe(409);
    expect((await restore(2, 'nonexistent')).status).toBe(404);
    expect(fx.app.store.documents.partsOf(batchId).map((p) => [p.page_first, p.page_last])).toEqual([[1, 1], [3, 3], [5, 5]]);
  });

  it('joins the document before it, which is read again, and cannot be restored twice', async () => {
    expect((await restore(2, parts[0]!.id)).status).toBe(303);
    const after = fx.app.store.documents.partsOf(batchId);
    expect(after.map((p) => [p.page_first, p.page_last])).toEqual([[1, 2], [3, 3], [5, 5]]);
    expect(JSON.parse(after[0]!.pages_json!).map((p: { number: number }) => p.number)).toEqual([1, 2]);
    expect(readSplitSummary(fx.app.store.documents.get(batchId)!.extraction_json)!.restoredPages).toEqual([2]);
    expect((await restore(2, parts[0]!.id)).status).toBe(409);
    expect(fx.app.store.events.forCase(parts[0]!.case_id!).some((e) => e.kind === 'batch-page-restored')).toBe(true);
  });

  it('is restored as an empty page for a batch split before dropped pages were kept', async () => {
    const batch = fx.app.store.documents.get(batchId)!;
    const { droppedPageData: _kept, ...older } = readSplitSummary(batch.extraction_json)!;
    fx.app.store.documents.updateSplitSummary(batchId, JSON.stringify(older));
    expect((await restore(4, parts[2]!.id)).status).toBe(303);
    const third = fx.app.store.documents.partsOf(batchId)[2]!;
    expect([third.page_first, third.page_last]).toEqual([4, 5]);
    expect(JSON.parse(third.pages_json!)[0]).toMatchObject({ number: 4, words: [] });
  });
});
