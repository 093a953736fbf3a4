import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from '../../integration/web/notice-dates.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../../integration/web/web-fixture.js';

let fx: WebFixture;
let web: ReturnType<typeof createWebApp>;
let cookie: string;
let csrf: string;
let wiehl: string;
let nuembrecht: string;

const get = async (url: string) => (await web.request(url, { headers: { cookie } })).text();
const post = (url: string, form: Record<string, string>) =>
  web.request(url, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf, ...form }) });
/** Case ids in the worklist's order. */
const listed = (page: string) => [...page.matchAll(/<td class="id"><a href="\/cases\/([^"]+)">/g)].map((m) => m[1]);

beforeAll(async () => {
  fx = await webFixture('intake-web-routes-');
  await fx.addUser('anna', 'worker', 'richtig-langes-passwort');
  await fx.addUser('bert', 'admin', 'richtig-langes-passwort');
  wiehl = await fx.ingest(await renderNoticePdf(noticeIn(30)), 'a.pdf');
  nuembrecht = await fx.ingest(
    await renderNoticePdf(noticeIn(8, { fileNumber: '3 C 1024/26', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' })),
    'b.pdf',
  );
  web = createWebApp(fx.app);
  const form = await web.request('/login');
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'anna', password: 'richtig-langes-passwort' }),
  });
  cookie = cookiesOf(res);
  csrf = csrfOf(await get('/'));
});
afterAll(async () => fx?.close());

describe('the worklist', () => {
  it('sorts by the nearest deadline and filters by town', async () => {
    expect(listed(await get('/'))).toEqual([nuembrecht, wiehl]);
    expect(listed(await get(`/?city=${encodeURIComponent('Nümbrecht')}`))).toEqual([nuembrecht]);
  });

  it('finds a case by name, by file number in any spacing, and by street and house number', async () => {
    expect(listed(await get('/?q=kowalczyk'))).toEqual([nuembrecht]);
    expect(listed(await get(`/?q=${encodeURIComponent('12C345/25')}`))).toEqual([wiehl]);
    expect(listed(await get(`/?q=${encodeURIComponent('Hauptstraße 12a')}`))).toEqual([wiehl]);
    expect(listed(await get('/?q=50%25'))).toEqual([]);
  });

  it('filters by worker and hides closed cases unless asked', async () => {
    expect((await post(`/cases/${wiehl}/assign`, { assignee: 'bert' })).status).toBe(303);
    expect(listed(await get('/?worker=bert'))).toEqual([wiehl]);
    expect(listed(await get('/?worker=-'))).toEqual([nuembrecht]);
    expect((await post(`/cases/${wiehl}/status`, { status: 'closed', outcome: 'flat_kept' })).status).toBe(303);
    expect(listed(await get('/'))).toEqual([nuembrecht]);
    expect(listed(await get('/?status=closed'))).toEqual([wiehl]);
    expect(await get(`/cases/${wiehl}`)).toContain('abgeschlossen: Wohnung erhalten');
    await post(`/cases/${wiehl}/status`, { status: 'counselling', outcome: '' });
  });

  it('shows only cases needing review under “prüfen”', async () => {
    fx.app.store.cases.update(wiehl, { needs_review: 1 }, new Date().toISOString());
    expect(listed(await get('/?review=1'))).toEqual([wiehl]);
  });
});

describe('the case view', () => {
  it('records notes and contact attempts with author, and every view in the history', async () => {
    expect((await post(`/cases/${nuembrecht}/notes`, { kind: 'contact', channel: 'visit', reached: '0', text: 'Niemand öffnete' })).status).toBe(303);
    expect((await post(`/cases/${nuembrecht}/notes`, { kind: 'note', text: 'Vermieter <b>bereit</b> zu warten' })).status).toBe(303);
    const page = await get(`/cases/${nuembrecht}`);
    expect(page).toContain('Hausbesuch – nicht erreicht: Niemand öffnete');
    expect(page).toContain('Vermieter &lt;b&gt;bereit&lt;/b&gt; zu warten');
    expect(page).toContain('Kontaktversuch eingetragen');
    const views = fx.app.store.events.forCase(nuembrecht).filter((e) => e.kind === 'case-viewed');
    expect(views.length).toBeGreaterThan(0);
    expect(views.every((e) => e.actor === 'anna')).toBe(true);
  });

  it('serves a page image once rendered from the cache, only by document id and page number', async () => {
    const doc = fx.app.store.documents.forCase(nuembrecht)[0]!;
    const image = await web.request(`/documents/${doc.id}/pages/1`, { headers: { cookie } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    expect((await web.request(`/documents/${doc.id}/pages/2`, { headers: { cookie } })).status).toBe(404);
    expect((await web.request(`/documents/..%2F..%2Fetc%2Fpasswd/pages/1`, { headers: { cookie } })).status).toBe(404);
  });
});

describe('deciding what belongs together', () => {
  it('remembers a rejected possible match and stops showing it as open', async () => {
    const doc = fx.app.store.documents.forCase(nuembrecht)[0]!;
    fx.app.store.cases.recordPossibleMatch({ documentId: doc.id, caseId: nuembrecht, candidateCaseId: wiehl, score: 0.81, explanation: 'Name ähnlich', at: new Date().toISOString() });
    expect(await get(`/cases/${nuembrecht}`)).toContain('Anderer Haushalt');
    expect((await post(`/cases/${nuembrecht}/matches/${wiehl}`, { decision: 'reject' })).status).toBe(303);
    expect(fx.app.store.cases.rejectedCandidates(nuembrecht)).toEqual([wiehl]);
    const page = await get(`/cases/${nuembrecht}`);
    expect(page).not.toContain('Anderer Haushalt');
    expect(page).toContain('abgelehnt von anna');
  });

  it('joins a possible match, and splits a wrongly joined document off into a case of its own with its own letter', async () => {
    const wrong = await renderNoticePdf(noticeIn(12, { fileNumber: '5 C 77/26', tenants: [{ title: 'Herrn', name: 'Tomasz Nowak' }], street: 'Kölner Str. 5-7', postalCode: '51643', city: 'Gummersbach' }));
    const other = await fx.ingest(wrong, 'falsch.pdf');
    const joined = fx.app.store.documents.forCase(other)[0]!;
    fx.app.store.cases.recordPossibleMatch({ documentId: joined.id, caseId: other, candidateCaseId: wiehl, score: 0.7, explanation: 'Anschrift ähnlich', at: new Date().toISOString() });
    const join = await post(`/cases/${other}/matches/${wiehl}`, { decision: 'join' });
    expect(join.headers.get('location')).toBe(`/cases/${wiehl}?msg=joined`);
    expect(fx.app.store.documents.forCase(wiehl).map((d) => d.id)).toContain(joined.id);
    expect(fx.app.store.cases.get(other)).toMatchObject({ status: 'closed', outcome: 'merged' });

    const res = await post(`/cases/${wiehl}/documents/${joined.id}/split`, {});
    expect(res.status).toBe(303);
    const newCase = /\/cases\/([^?]+)\?msg=split/.exec(res.headers.get('location')!)![1]!;
    expect(fx.app.store.documents.forCase(newCase).map((d) => d.id)).toEqual([joined.id]);
    const city = (id: string) => JSON.parse(fx.app.store.cases.fields(id).find((f) => f.name === 'address')!.value_json).city;
    expect(city(newCase)).toBe('Gummersbach');
    expect(city(wiehl)).toBe('Wiehl');
    expect(fx.app.store.cases.fileNumbers(wiehl).map((f) => f.number)).toEqual(['12 C 345/25']);
    expect(fx.app.store.letters.forCase(newCase)[0]!.status).toBe('ready');
    expect(fx.app.store.events.forCase(wiehl).some((e) => e.kind === 'document-split' && e.actor === 'anna')).toBe(true);
  });
});

describe('the failed-files page', () => {
  it('lists a failed file with its reason and takes it off the list when dismissed', async () => {
    const at = new Date().toISOString();
    fx.app.store.documents.insertFailed(
      { id: 'dfailed1', sha256: '0'.repeat(64), originalName: 'kaputt.pdf', origin: 'watch', size: 0, receivedAt: at },
      'CORRUPT_FILE',
      'Die Datei ist beschädigt.',
      null,
      at,
    );
    const page = await get('/failed');
    expect(page).toContain('kaputt.pdf');
    expect(page).toContain('CORRUPT_FILE');
    expect((await post('/failed/dfailed1/dismiss', {})).status).toBe(303);
    expect(await get('/failed')).not.toContain('kaputt.pdf');
    expect(fx.app.store.events.forDocument('dfailed1').at(-1)).toMatchObject({ kind: 'failed-dismissed', actor: 'anna' });
  });

  it('puts a failed file back into the queue on “Erneut versuchen”', async () => {
    const at = new Date().toISOString();
    mkdirSync(fx.dirs.failedDir, { recursive: true });
    const failedPath = path.join(fx.dirs.failedDir, 'zeitueberschreitung.pdf');
    writeFileSync(failedPath, await renderNoticePdf(noticeIn(15)));
    writeFileSync(`${failedPath}.error.txt`, 'OCR_TIMEOUT');
    fx.app.store.documents.insertFailed(
      { id: 'dfailed2', sha256: '1'.repeat(64), originalName: 'zeitueberschreitung.pdf', origin: 'watch', size: 10, receivedAt: at },
      'OCR_TIMEOUT',
      'Zeitüberschreitung bei der Texterkennung.',
      failedPath,
      at,
    );
    expect(await get('/failed')).toContain('Erneut versuchen');
    expect((await post('/failed/dfailed2/retry', {})).headers.get('location')).toBe('/failed?msg=retried');
    expect(existsSync(failedPath)).toBe(false);
    expect(existsSync(`${failedPath}.error.txt`)).toBe(false);
    expect(fx.app.store.documents.countByStatus().received).toBe(1);
    expect(await get('/failed')).not.toContain('zeitueberschreitung.pdf');
  });
});
