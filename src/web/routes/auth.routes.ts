import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie, setCookie } from 'hono/cookie';
import { dummyHash, verifyPassword } from '../password.hasher.js';
import {
  clearSessionCookie,
  loginCsrfCookieName,
  newToken,
  sameToken,
  sessionToken,
  setSessionCookie,
  tokenHash,
} from '../session.middleware.js';
import { loginPage } from '../views/login.view.js';
import type { WebDeps, WebEnv } from '../web-context.js';

/** Only local paths: "/cases/FS-2026-0001", never "//evil.example" or "https://…". */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[\w\-/.?=&%]*$/.test(next) ? next : '/';
}

function clientAddress(c: Context<WebEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unbekannt';
  } catch {
    return 'unbekannt';
  }
}

export function authRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const logger = deps.app.logger.child({ component: 'web-auth' });

  /** The sign-in form carries a token matching a short-lived cookie (login CSRF). */
  const showLogin = (c: Context<WebEnv>, status: 200 | 401 | 403 | 429, extra: { error?: string; name?: string; next?: string } = {}) => {
    const csrf = newToken(24);
    setCookie(c, loginCsrfCookieName(deps.secure), csrf, { httpOnly: true, sameSite: 'Strict', secure: deps.secure, path: '/', maxAge: 3600 });
    const noUsers = deps.auth.countUsers() === 0;
    return c.html(loginPage({ csrf, next: safeNext(extra.next ?? c.req.query('next')), error: extra.error, name: extra.name, noUsers }).toString(), status);
  };

  routes.get('/login', (c) => showLogin(c, 200));

  routes.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form['username'] === 'string' ? form['username'].trim().slice(0, 100) : '';
    const password = typeof form['password'] === 'string' ? form['password'].slice(0, 1000) : '';
    const next = safeNext(form['next']);
    if (!sameToken(typeof form['_csrf'] === 'string' ? form['_csrf'] : undefined, getCookie(c, loginCsrfCookieName(deps.secure)))) {
      return showLogin(c, 403, { error: 'Die Anmeldeseite war veraltet. Bitte erneut anmelden.', name, next });
    }
    const address = clientAddress(c);
    if (deps.limiter.isBlocked(name, address)) {
      logger.warn({ event: 'login-throttled' }, 'sign-in throttled');
      return showLogin(c, 429, { error: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte in 15 Minuten erneut versuchen.', name, next });
    }
    const user = name ? deps.auth.userByName(name) : undefined;
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
    if (!user || !ok || user.disabled_at !== null) {
      deps.limiter.recordFailure(name, address);
      logger.info({ event: 'login-failed' }, 'sign-in failed');
      return showLogin(c, 401, { error: 'Benutzername oder Passwort ist falsch.', name, next });
    }
    deps.limiter.recordSuccess(name);
    const now = deps.clock();
    const token = newToken();
    deps.auth.deleteExpiredSessions(now.toISOString());
    deps.auth.createSession({
      token_hash: tokenHash(token),
      user_id: user.id,
      csrf_token: newToken(24),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.sessionTtlMinutes * 60_000).toISOString(),
    });
    setSessionCookie(c, deps, token);
    deps.app.store.events.record({ at: now.toISOString(), actor: user.name, kind: 'signed-in' });
    logger.info({ event: 'login', userId: user.id }, 'signed in');
    return c.redirect(next, 303);
  });

  routes.post('/logout', (c) => {
    const token = sessionToken(c, deps);
    if (token) deps.auth.deleteSession(tokenHash(token));
    deps.app.store.events.record({ at: deps.clock().toISOString(), actor: c.get('session').userName, kind: 'signed-out' });
    clearSessionCookie(c, deps);
    return c.redirect('/login', 303);
  });

  return routes;
}
