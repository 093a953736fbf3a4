/**
 * Roles on the server: `worker` works cases; `admin` may in addition do everything under /admin
 * (people, the audit log across cases, the purge, letter templates, learned layouts). The check
 * sits in front of the routes, by path, so an admin route added later is refused to workers
 * without having to remember it; test/unit/web/roles.test.ts walks every registered route.
 */
import type { MiddlewareHandler } from 'hono';
import { errorPage } from './views/error.view.js';
import { pageUser, type WebEnv } from './web-context.js';

export const ADMIN_PREFIX = '/admin';

export const isAdminPath = (path: string): boolean => path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);

/** Runs after the session check: a signed-in worker gets 403 on every admin path, whatever the method. */
export function requireAdminForAdminPaths(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (!isAdminPath(path)) return next();
    const session = c.get('session');
    if (session?.role === 'admin') return next();
    const page = errorPage('Keine Berechtigung', 'Diese Seite ist der Verwaltung vorbehalten (Rolle „admin“). Bitte bei Bedarf eine Administratorin oder einen Administrator fragen.', session ? pageUser(session) : undefined);
    return c.html(page.toString(), 403);
  };
}
