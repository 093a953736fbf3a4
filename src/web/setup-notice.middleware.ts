import type { MiddlewareHandler } from 'hono';
import { unsetSenderFields } from '../config/sender-setup.js';
import { NOTICE_SLOT } from './views/layout.view.js';
import { setupBanner } from './views/settings.view.js';
import type { WebDeps, WebEnv } from './web-context.js';

/**
 * First-run setup: while the letters' sender is still the example, every page an admin sees carries a
 * banner that leads to the settings page. It fills the layout's notice slot, so every page gets it,
 * whichever route drew it.
 */
export function setupNotice(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    await next();
    const session = c.get('session');
    if (!session || session.role !== 'admin') return;
    if (!c.res.headers.get('content-type')?.startsWith('text/html')) return;
    if (new URL(c.req.url).pathname === '/admin/settings') return;
    if (unsetSenderFields(deps.app.config.sender).length === 0) return;
    const { status } = c.res;
    const page = await c.res.text();
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    // Replaced, not merged: the old response's headers are taken over above.
    c.res = undefined;
    c.res = new Response(page.replace(NOTICE_SLOT, setupBanner().toString()), { status, headers });
  };
}
