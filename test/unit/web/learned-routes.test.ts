import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildExtraction } from '../../../src/pipeline/extract.stage.js';
import { intakeRead } from '../../../src/pipeline/learn.stage.js';
import { correctField } from '../../../src/pipeline/review.actions.js';
import { createWebApp } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from '../../integration/web/notice-dates.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../../integration/web/web-fixture.js';

/** The admin page of learned layouts through the app's own routes (app.request, no port). */
let fx: WebFixture;
let web: ReturnType<typeof createWebApp>;
let caseId: string;


async function signIn(name: string): Promise<{ cookie: string; csrf: string }> {
  const form = await web.request('/login');
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: name, password: 'richtig-langes-passwort' }),
  });
  const cookie = cookiesOf(res);
  return { cookie, csrf: csrfOf(await (await web.request('/', { headers: { cookie } })).text()) };
}

beforeAll(async () => {
  fx = await webFixture('intake-learned-routes-');
  await fx.addUser('anna', 'worker', 'richtig-langes-passwort');
  await fx.addUser('bert', 'admin', 'richtig-langes-passwort');
  caseId = await fx.ingest(await renderNoticePdf(noticeIn(30)), 'a.pdf');
  await fx.ingest(await renderNoticePdf(noticeIn(9, { fileNumber: '3 C 1024/26', tenants: [{ title: 'Frau', name: 'Ewa Kowalczyk' }], street: 'Am Sonnenhang 4', postalCode: '51588', city: 'Nümbrecht' })), 'b.pdf');
  // A worker's correction typed by hand: the desk finds the arrears on the page and learns their place.
  const result = correctField({ store: fx.app.store, actor: 'anna', now: new Date(), settings: { serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' }, gazetteer: fx.app.config.gazetteer }, caseId, 'arrears', 205500);
  expect(result.ok).toBe(true);
  web = createWebApp(fx.app);
});
afterAll(async () => fx?.close());

describe('a value from learned layout', () => {
  it('says in the case view from how many corrections it was learned', async () => {
    const pdf = await renderNoticePdf(noticeIn(20, { fileNumber: '7 C 88/26', tenants: [{ title: 'Herrn', name: 'Piotr Nowak' }], street: 'Bergstraße 7', postalCode: '51789', city: 'Lindlar' }));
    const read = await fx.app.reader.read(pdf);
    const settings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de', gazetteer: fx.app.config.gazetteer };
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    // The amount read unsure (as from a poor scan): the memory that agrees with it backs it, and says so. (Where
    // the extractor is surer than the memory, an agreeing memory adds nothing and the value is not called learned.)
    const extraction = buildExtraction('c.pdf', sha256, read, { gazetteer: fx.app.config.gazetteer, today: new Date().toISOString().slice(0, 10) });
    const unsure = { ...extraction, fields: { ...extraction.fields, arrears: { ...extraction.fields.arrears!, confidence: 0.6 } } };
    const outcome = intakeRead(fx.app.store, { id: 'dlearned1', file: 'c.pdf', sha256, read, extraction: unsure }, settings, new Date());
    expect(outcome.learned.map((l) => l.field)).toEqual(['arrears']);
    const { cookie } = await signIn('anna');
    const page = await (await web.request(`/cases/${outcome.caseId}`, { headers: { cookie } })).text();
    expect(page).toContain('gelernt aus 1 Korrektur<');
    expect(await (await web.request(`/cases/${caseId}`, { headers: { cookie } })).text()).not.toContain('gelernt aus');
  });
});

describe('the learned layouts page', () => {
  it('lists each sender with its documents and what each field learned, and resets a sender', async () => {
    const { cookie, csrf } = await signIn('bert');
    const page = await (await web.request('/admin/gelernt', { headers: { cookie } })).text();
    expect(page).toContain('Amtsgericht Gummersbach · Mitteilung');
    expect(page).toContain('3 Dokumente');
    expect(page).toMatch(/<td>Mietrückstand<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">50 %<\/td>/);
    expect(page).not.toContain('Kowalczyk');
    expect(await (await web.request('/admin', { headers: { cookie } })).text()).toContain('href="/admin/gelernt"');

    const [sender] = fx.app.store.layout.senders();
    expect(fx.app.store.layout.forSender(sender!.sender_key)).toHaveLength(1);
    const res = await web.request(`/admin/gelernt/${sender!.sender_key}/reset`, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf }) });
    expect(res.status).toBe(303);
    expect(fx.app.store.layout.forSender(sender!.sender_key)).toEqual([]);
    const after = await (await web.request(res.headers.get('location')!, { headers: { cookie } })).text();
    expect(after).toContain('Das Gelernte dieses Absenders wurde gelöscht.');
    expect(after).toContain('Noch nichts gelernt.');
    const events = fx.app.store.events.search({ kind: 'layout-memory-reset' }, 10, 0);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]).toMatchObject({ actor: 'bert' });
  });

  it('refuses a reset without the form token and is admin only', async () => {
    const admin = await signIn('bert');
    const [sender] = fx.app.store.layout.senders();
    const forged = await web.request(`/admin/gelernt/${sender!.sender_key}/reset`, { method: 'POST', headers: { cookie: admin.cookie }, body: new URLSearchParams({}) });
    expect(forged.status).toBe(403);
    const worker = await signIn('anna');
    expect((await web.request('/admin/gelernt', { headers: { cookie: worker.cookie } })).status).toBe(403);
  });
});
