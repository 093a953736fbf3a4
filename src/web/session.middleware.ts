/**
 * Security for every request: headers (strict CSP without unsafe-inline), the session check
 * (only /login, /health and the static assets are public), CSRF on every POST, and the
 * cookie helpers. HTTP status codes live here and in the routes, nowhere else.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionUser } from '../db/auth.repository.js';
import type { WebDeps, WebEnv } from './web-context.js';

export const PUBLIC_PATHS = new Set(['/login', '/health', '/static/app.js', '/static/app.css', '/favicon.ico']);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    // A PDF gets none: Chrome's PDF viewer does not run in a CSP sandbox; nosniff keeps it from being read as HTML.
    if (!h.has('Content-Security-Policy') && !h.get('content-type')?.startsWith('application/pdf')) h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts.
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (c.get('secure')) h.set('Strict-Transport-Security', 'max-age=31536000');
    // Social data: nothing private is kept by browser or proxy caches.
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}

export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-intake_session' : 'intake_session';
}
export function loginCsrfCookieName(secure: boolean): string {
  return secure ? '__Host-intake_login' : 'intake_login';
}

export function setSessionCookie(c: Context<WebEnv>, deps: WebDeps, token: string): void {
  setCookie(c, sessionCookieName(deps.secure), token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.secure,
    path: '/',
    maxAge: deps.sessionTtlMinutes * 60,
  });
}

export function clearSessionCookie(c: Context<WebEnv>, deps: WebDeps): void {
  deleteCookie(c, sessionCookieName(deps.secure), { path: '/', secure: deps.secure, httpOnly: true, sameSite: 'Strict' });
}

export function sessionToken(c: Context<WebEnv>, deps: WebDeps): string | undefined {
  return getCookie(c, sessionCookieName(deps.secure));
}

/**
 * A request from another site never changes anything. Browsers say where a request comes from in
 * Sec-Fetch-Site; older ones only in Origin. Clients sending neither still need the CSRF token.
 */
function crossSite(c: Context<WebEnv>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== c.req.header('host');
  } catch {
    return true;
  }
}

function refuse(c: Context<WebEnv>): Response {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    const path = new URL(c.req.url).pathname;
    // Pages go to the sign-in; images, letters and anything else get an empty 401.
    const isPage = path === '/' || path.startsWith('/cases/') || path === '/failed' || path === '/statistics' || path === '/admin' || path.startsWith('/admin/') || /^\/batches\/[^/]+$/.test(path);
    if (isPage) {
      const next = encodeURIComponent(path === '/' ? '/' : path);
      return c.redirect(`/login?next=${next}`, 303);
    }
  }
  return c.body(null, 401);
}

/** Loads the session (sliding expiry), refuses everything else without one, checks CSRF on POST. */
export function requireSession(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    c.set('secure', deps.secure);
    const path = new URL(c.req.url).pathname;
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && crossSite(c)) return c.body(null, 403);
    if (PUBLIC_PATHS.has(path)) return next();
    const token = sessionToken(c, deps);
    const now = deps.clock();
    const session: SessionUser | undefined = token ? deps.auth.liveSession(tokenHash(token), now.toISOString()) : undefined;
    if (!session) {
      if (token) clearSessionCookie(c, deps);
      return refuse(c);
    }
    if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) {
      // Sliding expiry: the row and the cookie both live another full idle period.
      deps.auth.touchSession(session.tokenHash, now.toISOString(), new Date(now.getTime() + deps.sessionTtlMinutes * 60_000).toISOString());
      setSessionCookie(c, deps, token!);
    }
    c.set('session', session);
    if (method === 'POST') {
      const form = await c.req.parseBody();
      const sent = typeof form['_csrf'] === 'string' ? form['_csrf'] : c.req.header('x-csrf-token');
      if (!sameToken(sent, session.csrfToken)) return c.text('Sicherheitsprüfung fehlgeschlagen. Bitte die Seite neu laden.', 403);
    }
    return next();
  };
}
