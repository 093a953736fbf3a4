/**
 * The review desk: server-rendered HTML on Hono, served next to the watcher by `intake start`.
 * `createWebApp` builds the routes (tests call `app.request()` on it); `startWebServer` listens.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { App } from '../main.js';
import { LoginRateLimiter, type RateLimitSettings } from './login-rate-limiter.js';
import { assetRoutes } from './routes/asset.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { caseRoutes } from './routes/case.routes.js';
import { failedRoutes } from './routes/failed.routes.js';
import { worklistRoutes } from './routes/worklist.routes.js';
import { requireAdminForAdminPaths } from './roles.middleware.js';
import { adminRoutes } from './routes/admin.routes.js';
import { batchRoutes } from './routes/batch.routes.js';
import { statisticsRoutes } from './routes/statistics.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { requireSession, securityHeaders } from './session.middleware.js';
import { setupNotice } from './setup-notice.middleware.js';
import { errorPage } from './views/error.view.js';
import { healthBanner } from './views/health-banner.view.js';
import type { WebDeps, WebEnv } from './web-context.js';

export interface WebServerOptions {
  host: string;
  port: number;
  /** Secure cookies (and HSTS): set when the desk is served over TLS (e.g. behind a reverse proxy). */
  secureCookies?: boolean;
  /** Idle time after which a session ends (default 480 minutes). */
  sessionTtlMinutes?: number;
  /** For tests: the clock and the sign-in limits. */
  clock?: () => Date;
  rateLimit?: RateLimitSettings;
}

export const DEFAULT_SESSION_TTL_MINUTES = 480;

export function createWebApp(app: App, options: Omit<WebServerOptions, 'host' | 'port'> = {}): Hono<WebEnv> {
  const deps: WebDeps = {
    app,
    auth: app.store.auth,
    secure: options.secureCookies ?? false,
    sessionTtlMinutes: options.sessionTtlMinutes ?? DEFAULT_SESSION_TTL_MINUTES,
    clock: options.clock ?? (() => new Date()),
    limiter: new LoginRateLimiter(options.rateLimit),
  };
  const logger = app.logger.child({ component: 'web' });
  const web = new Hono<WebEnv>();
  web.use('*', securityHeaders());
  web.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Anfrage zu groß.', 413) }));
  web.use('*', requireSession(deps));
  // While intake is paused by a storage fault every page says so at the top (reason and since when).
  web.use('*', async (c, next) => {
    await next();
    const state = app.guard.state();
    if (state.status === 'ok' || !c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
    const page = await c.res.text();
    const marker = '<main id="main" tabindex="-1">';
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Length');
    c.res = new Response(page.replace(marker, `${marker}\n${healthBanner(state).toString()}`), { status: c.res.status, headers });
  });
  web.use('*', requireAdminForAdminPaths());
  web.use('*', setupNotice(deps));
  web.route('/', assetRoutes(deps));
  web.route('/', authRoutes(deps));
  web.route('/', worklistRoutes(deps));
  web.route('/', caseRoutes(deps));
  web.route('/', failedRoutes(deps));
  web.route('/', batchRoutes(deps));
  web.route('/', statisticsRoutes(deps));
  web.route('/admin', adminRoutes(deps));
  web.route('/', settingsRoutes(deps));
  web.notFound((c) => c.html(errorPage('Nicht gefunden', 'Diese Seite gibt es nicht.').toString(), 404));
  web.onError((error, c) => {
    // Names and messages of errors may carry data; log the kind only.
    logger.error({ err: error.name, code: (error as { code?: unknown }).code, path: new URL(c.req.url).pathname.replace(/\/cases\/[^/]+/, '/cases/:id') }, 'request failed');
    return c.html(errorPage('Fehler', 'Es ist ein Fehler aufgetreten. Bitte erneut versuchen; Details stehen im Protokoll.').toString(), 500);
  });
  return web;
}

export async function startWebServer(app: App, options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const web = createWebApp(app, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: web.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${options.secureCookies ? 'https' : 'http'}://${host}:${address.port}`;
  app.logger.info({ url }, 'review desk listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
