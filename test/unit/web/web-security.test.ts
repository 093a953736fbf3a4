import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../src/web/server.js';
import { html } from '../../../src/web/html.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from '../../integration/web/notice-dates.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../../integration/web/web-fixture.js';

let fx: WebFixture;
let caseId: string;
let docId: string;
let letterId: string;
const PASSWORD = 'richtig-langes-passwort';

beforeAll(async () => {
  fx = await webFixture('intake-web-unit-');
  await fx.addUser('anna', 'worker', PASSWORD);
  caseId = await fx.ingest(await renderNoticePdf(noticeIn(10)), 'scan.pdf');
  docId = fx.app.store.documents.forCase(caseId)[0]!.id;
  letterId = fx.app.store.letters.forCase(caseId)[0]!.id;
});
afterAll(async () => fx?.close());


async function signIn(web: ReturnType<typeof createWebApp>, name = 'anna', password = PASSWORD) {
  const form = await web.request('/login');
  const loginCookie = cookiesOf(form);
  const res = await web.request('/login', {
    method: 'POST',
    headers: { cookie: loginCookie },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: name, password, next: '/' }),
  });
  return { res, cookie: cookiesOf(res) };
}

describe('the html template', () => {
  it('escapes every interpolated value, so OCR text cannot become markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(html`<a href="/x?q=${'" onmouseover="x'}">`.toString()).not.toContain('" onmouseover');
  });
});

describe('the review desk without a session', () => {
  it('answers /health and shows the sign-in form with inputs named username and password', async () => {
    const web = createWebApp(fx.app);
    expect((await web.request('/health')).status).toBe(200);
    const login = await (await web.request('/login')).text();
    expect(login).toContain('name="username"');
    expect(login).toContain('name="password"');
  });

  it('refuses a case, a page image and a letter without any of their content', async () => {
    const web = createWebApp(fx.app);
    const casePage = await web.request(`/cases/${caseId}`);
    expect(casePage.status).toBe(303);
    expect(casePage.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/cases/${caseId}`)}`);
    expect(await casePage.text()).toBe('');
    for (const url of [`/documents/${docId}/pages/1`, `/letters/${letterId}`]) {
      const res = await web.request(url);
      expect(res.status).toBe(401);
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
    const post = await web.request(`/cases/${caseId}/confirm`, { method: 'POST', body: new URLSearchParams({}) });
    expect(post.status).toBe(401);
  });

  it('sends a strict CSP without unsafe-inline and the other security headers', async () => {
    const res = await createWebApp(fx.app).request('/login');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and opens the worklist', async () => {
    const web = createWebApp(fx.app);
    const { res, cookie } = await signIn(web);
    expect(res.status).toBe(303);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('intake_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const list = await web.request('/', { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(caseId);
  });

  it('marks the cookie Secure with a __Host- name when configured for TLS', async () => {
    const { res } = await signIn(createWebApp(fx.app, { secureCookies: true }));
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-intake_session='))!;
    expect(setCookie).toMatch(/Secure/);
  });

  it('refuses a sign-in without the form token of the sign-in page', async () => {
    const res = await createWebApp(fx.app).request('/login', { method: 'POST', body: new URLSearchParams({ username: 'anna', password: PASSWORD }) });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('intake_session='))).toBe(false);
  });

  it('stops trying after five wrong passwords, even when the sixth is right', async () => {
    const web = createWebApp(fx.app, { rateLimit: { windowMs: 60_000, maxPerName: 5, maxPerAddress: 100 } });
    for (let i = 0; i < 5; i++) expect((await signIn(web, 'anna', `falsch-${i}-xxxxxxxx`)).res.status).toBe(401);
    const blocked = await signIn(web);
    expect(blocked.res.status).toBe(429);
    expect(await blocked.res.text()).toContain('Zu viele fehlgeschlagene Anmeldeversuche');
  });

  it('never redirects to another site after signing in', async () => {
    const web = createWebApp(fx.app);
    const form = await web.request('/login?next=//evil.example/x');
    const res = await web.request('/login', {
      method: 'POST',
      headers: { cookie: cookiesOf(form) },
      body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'anna', password: PASSWORD, next: '//evil.example/x' }),
    });
    expect(res.headers.get('location')).toBe('/');
  });

  it('keeps an active session alive past the idle time, and signs out for good', async () => {
    let now = Date.now();
    const web = createWebApp(fx.app, { clock: () => new Date(now), sessionTtlMinutes: 30 });
    const { cookie } = await signIn(web);
    for (let i = 0; i < 3; i++) {
      now += 20 * 60_000;
      expect((await web.request('/', { headers: { cookie } })).status).toBe(200);
    }
    const csrf = csrfOf(await (await web.request('/', { headers: { cookie } })).text());
    expect((await web.request('/logout', { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf }) })).status).toBe(303);
    expect((await web.request('/', { headers: { cookie } })).status).toBe(303);
  });

  it('ends the session after the idle time', async () => {
    let now = Date.now();
    const web = createWebApp(fx.app, { clock: () => new Date(now), sessionTtlMinutes: 30 });
    const { cookie } = await signIn(web);
    expect((await web.request('/', { headers: { cookie } })).status).toBe(200);
    now += 31 * 60_000;
    const res = await web.request('/', { headers: { cookie } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/login/);
  });
});

describe('changing a case', () => {
  it('refuses a form without the session’s CSRF token and one sent from another site', async () => {
    const web = createWebApp(fx.app);
    const { cookie } = await signIn(web);
    const page = await (await web.request(`/cases/${caseId}`, { headers: { cookie } })).text();
    const before = fx.app.store.cases.fields(caseId).find((f) => f.name === 'landlord')!.value_json;
    const noToken = await web.request(`/cases/${caseId}/fields/landlord`, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ v: 'Andere GmbH' }) });
    expect(noToken.status).toBe(403);
    const crossSite = await web.request(`/cases/${caseId}/fields/landlord`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', host: 'localhost' },
      body: new URLSearchParams({ v: 'Andere GmbH', _csrf: csrfOf(page) }),
    });
    expect(crossSite.status).toBe(403);
    expect(fx.app.store.cases.fields(caseId).find((f) => f.name === 'landlord')!.value_json).toBe(before);
  });

  it('shows a German message and keeps the input when a correction does not fit the schema', async () => {
    const web = createWebApp(fx.app);
    const { cookie } = await signIn(web);
    const csrf = csrfOf(await (await web.request(`/cases/${caseId}`, { headers: { cookie } })).text());
    const res = await web.request(`/cases/${caseId}/fields/address`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ _csrf: csrf, street: 'Hauptstraße', houseNumber: '12a', postalCode: '5167', city: 'Wiehl', addition: '' }),
    });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('PLZ: fünfstellige Postleitzahl');
    expect(page).toContain('value="5167"');
    expect(JSON.parse(fx.app.store.cases.fields(caseId).find((f) => f.name === 'address')!.value_json).postalCode).toBe('51674');
  });
});
