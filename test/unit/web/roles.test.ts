/**
 * Roles on the server: every route under /admin refuses a worker (GET and POST alike), and every
 * other route is one this test knows about — a new route must be placed on one side or the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from '../../integration/web/notice-dates.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../../integration/web/web-fixture.js';

const PASSWORD = 'richtig-langes-passwort';
let fx: WebFixture;
let web: ReturnType<typeof createWebApp>;
let worker: { cookie: string; csrf: string };
let admin: { cookie: string; csrf: string };
let caseId: string;
let clara: { cookie: string; csrf: string };


async function signIn(name: string, password = PASSWORD): Promise<{ cookie: string; csrf: string }> {
  const form = await web.request('/login');
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: name, password }),
  });
  const cookie = cookiesOf(res);
  const page = await (await web.request('/', { headers: { cookie } })).text();
  return { cookie, csrf: page.includes('name="_csrf"') ? csrfOf(page) : '' };
}

const as = (who: { cookie: string; csrf: string }) => ({
  get: (url: string) => web.request(url, { headers: { cookie: who.cookie } }),
  post: (url: string, form: Record<string, string> = {}) =>
    web.request(url, { method: 'POST', headers: { cookie: who.cookie }, body: new URLSearchParams({ _csrf: who.csrf, ...form }) }),
});

/** Every non-admin route a signed-in worker may use (method and path as registered). */
const WORKER_ROUTES = [
  'GET /',
  'GET /batches/:id',
  'GET /batches/:id/pages/:page',
  'GET /cases/:id',
  'GET /documents/:id/pages/:page',
  'GET /failed',
  'GET /favicon.ico',
  'GET /health',
  'GET /letters/:id',
  'GET /login',
  'GET /static/app.css',
  'GET /static/app.js',
  'GET /statistics',
  'GET /statistics.csv',
  'POST /batches/:id/pages/:page/restore',
  'POST /cases/:id/assign',
  'POST /cases/:id/confirm',
  'POST /cases/:id/documents/:documentId/join',
  'POST /cases/:id/documents/:documentId/move-page',
  'POST /cases/:id/documents/:documentId/split',
  'POST /cases/:id/documents/:documentId/split-at',
  'POST /cases/:id/fields/:name',
  'POST /cases/:id/matches/:candidate',
  'POST /cases/:id/notes',
  'POST /cases/:id/status',
  'POST /failed/:id/dismiss',
  'POST /failed/:id/retry',
  'POST /login',
  'POST /logout',
];

const routesOf = () => [...new Set(web.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
const concrete = (path: string) => path.replace(':name', 'anna').replace(':variant', 'first-contact.de').replace(/:[a-zA-Z]+/g, 'x');

beforeAll(async () => {
  fx = await webFixture('intake-web-roles-');
  await fx.addUser('anna', 'worker', PASSWORD);
  await fx.addUser('bert', 'admin', PASSWORD);
  caseId = await fx.ingest(await renderNoticePdf(noticeIn(10)), 'a.pdf');
  web = createWebApp(fx.app);
  worker = await signIn('anna');
  admin = await signIn('bert');
});
afterAll(async () => fx?.close());

describe('roles on every route', () => {
  it('knows every route: the admin group under /admin, and the worker routes listed here', () => {
    const all = routesOf();
    const adminRoutes = all.filter((r) => r.split(' ')[1]!.startsWith('/admin'));
    expect(adminRoutes.length).toBeGreaterThanOrEqual(10);
    expect(all.filter((r) => !adminRoutes.includes(r))).toEqual(WORKER_ROUTES);
  });

  it('refuses a worker on each admin route, GET or POST, before anything happens', async () => {
    const adminRoutes = routesOf().filter((r) => r.split(' ')[1]!.startsWith('/admin'));
    const eventsBefore = fx.app.store.events.search({}, 1, 0).total;
    for (const route of adminRoutes) {
      const [method, path] = route.split(' ') as [string, string];
      const url = concrete(path);
      const res = method === 'GET' ? await as(worker).get(url) : await as(worker).post(url, { name: 'mallory', role: 'admin', password: 'ein-langes-passwort', confirm: '1', source: 'x' });
      expect(res.status, route).toBe(403);
      expect(await res.text(), route).toContain('Keine Berechtigung');
    }
    expect(fx.app.store.auth.userByName('mallory')).toBeUndefined();
    expect(fx.app.store.events.search({}, 1, 0).total).toBe(eventsBefore);
  });

  it('lets an admin open every admin page', async () => {
    for (const path of ['/admin', '/admin/users', '/admin/audit', '/admin/purge', '/admin/templates', '/admin/templates/first-contact.de', '/admin/layouts']) {
      expect((await as(admin).get(path)).status, path).toBe(200);
    }
  });

  it('shows admins the Verwaltung link and workers not', async () => {
    expect(await (await as(admin).get('/')).text()).toContain('href="/admin"');
    expect(await (await as(worker).get('/')).text()).not.toContain('href="/admin"');
  });
});

describe('people on the admin page', () => {
  it('adds a person, never shows a password hash, and the new person can sign in', async () => {
    const res = await as(admin).post('/admin/users', { name: 'clara', role: 'worker', password: 'clara-ihr-passwort' });
    expect(res.status).toBe(303);
    const page = await (await as(admin).get('/admin/users')).text();
    expect(page).toContain('clara');
    for (const u of fx.app.store.auth.users()) expect(page).not.toContain(u.password_hash.split('$').at(-1)!);
    expect(page).not.toContain('scrypt');
    clara = await signIn('clara', 'clara-ihr-passwort');
    expect(clara.csrf).not.toBe('');
    expect(fx.app.store.events.search({ kind: 'user-added' }, 10, 0).rows[0]).toMatchObject({ actor: 'bert' });
  });

  it('refuses a short password and a taken name with a German message', async () => {
    const short = await as(admin).post('/admin/users', { name: 'dora', role: 'worker', password: 'kurz' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('mindestens 10 Zeichen');
    const taken = await as(admin).post('/admin/users', { name: 'anna', role: 'worker', password: 'ein-langes-passwort' });
    expect(await taken.text()).toContain('gibt es schon');
  });

  it('resets a password: the old one stops working and open sessions end', async () => {
    expect((await as(admin).post('/admin/users/clara/password', { password: 'neues-passwort-123' })).status).toBe(303);
    expect((await as(clara).get('/')).status).toBe(303);
    expect((await signIn('clara', 'clara-ihr-passwort')).csrf).toBe('');
    clara = await signIn('clara', 'neues-passwort-123');
    expect(clara.csrf).not.toBe('');
  });

  it('disables a person (their session ends at once) and enables them again', async () => {
    expect((await as(clara).get('/')).status).toBe(200);
    expect((await as(admin).post('/admin/users/clara/disable')).status).toBe(303);
    expect((await as(clara).get('/')).status).toBe(303);
    expect(await (await as(admin).get('/admin/users')).text()).toContain('gesperrt seit');
    expect((await as(admin).post('/admin/users/clara/enable')).status).toBe(303);
    expect(fx.app.store.auth.userByName('clara')!.disabled_at).toBeNull();
  });

  it('does not let an admin lock themselves out', async () => {
    const res = await as(admin).post('/admin/users/bert/disable');
    expect(res.status).toBe(409);
    expect(fx.app.store.auth.userByName('bert')!.disabled_at).toBeNull();
  });
});

describe('the audit log across cases', () => {
  it('lists who viewed which case, filtered by person and by a German date range', async () => {
    await as(worker).get(`/cases/${caseId}`);
    const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('.');
    const page = await (await as(admin).get(`/admin/audit?actor=anna&kind=case-viewed&from=${today}&to=${today}`)).text();
    expect(page).toContain(`/cases/${caseId}`);
    expect(page).toContain('Fall angesehen');
    const none = await (await as(admin).get('/admin/audit?actor=anna&to=01.01.2020')).text();
    expect(none).toContain('Keine Einträge');
    const bad = await as(admin).get('/admin/audit?from=2020-13-45');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('TT.MM.JJJJ');
  });
});

describe('the purge from the admin page', () => {
  it('shows the dry-run list first and deletes only after confirming that list', async () => {
    const long = new Date(Date.now() - 5 * 365 * 86_400_000).toISOString();
    const old = await fx.ingest(await renderNoticePdf(noticeIn(10, { fileNumber: '4 C 9/21', tenants: [{ title: 'Frau', name: 'Olga Alt' }], street: 'Talweg 1' })), 'alt.pdf');
    fx.app.store.cases.update(old, { status: 'closed', outcome: 'flat_kept', closed_at: long }, long);
    const plan = await (await as(admin).get('/admin/purge')).text();
    expect(plan).toContain(`/cases/${old}`);
    expect(fx.app.store.cases.fields(old).length).toBeGreaterThan(0);
    const unconfirmed = await as(admin).post('/admin/purge', { plan: `${old},|` });
    expect(unconfirmed.status).toBe(422);
    const stale = await as(admin).post('/admin/purge', { plan: '|', confirm: '1' });
    expect(stale.status).toBe(409);
    expect(fx.app.store.cases.fields(old).length).toBeGreaterThan(0);
    const done = await as(admin).post('/admin/purge', { plan: `${old},|`, confirm: '1' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Gelöscht: 1 Fall/Fälle');
    expect(fx.app.store.cases.fields(old)).toEqual([]);
    expect(fx.app.store.events.search({ kind: 'purge-run' }, 1, 0).rows[0]).toMatchObject({ actor: 'bert' });
  });
});

describe('letter templates on the admin page', () => {
  it('saves a changed template, in use for the next letter, and refuses a broken one with its line', async () => {
    const source = (await fx.app.templates.source('first-contact.de'))!;
    const changed = source.replace('{{salutation}}', '{{salutation}}\n\nGeänderte Vorlage.');
    expect((await as(admin).post('/admin/templates/first-contact.de', { source: changed })).status).toBe(303);
    expect(await fx.app.templates.source('first-contact.de')).toContain('Geänderte Vorlage.');
    const broken = await as(admin).post('/admin/templates/first-contact.de', { source: `${source}\n{{mieter}}` });
    expect(broken.status).toBe(422);
    expect(await broken.text()).toContain('mieter');
    expect(await fx.app.templates.source('first-contact.de')).toContain('Geänderte Vorlage.');
    expect((await as(admin).post('/admin/templates/first-contact.de', { source, saveAs: 'first-contact.de-kurz' })).status).toBe(303);
    expect(await fx.app.templates.list()).toContain('first-contact.de-kurz');
    expect((await as(admin).post('/admin/templates/first-contact.de', { source, saveAs: '../evil' })).status).toBe(422);
  });
});
