import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Hono } from 'hono';
import { failedPage } from '../views/failed.view.js';
import type { Flash } from '../views/layout.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

const FLASH: Record<string, Flash> = {
  retried: { kind: 'ok', text: 'Die Datei liegt wieder in der Warteschlange.' },
  dismissed: { kind: 'ok', text: 'Von der Liste genommen.' },
  gone: { kind: 'error', text: 'Die Datei liegt nicht mehr im Ordner „failed“.' },
};

export function failedRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;

  routes.get('/failed', (c) => {
    const flash = FLASH[c.req.query('msg') ?? ''] ?? null;
    return c.html(failedPage({ user: pageUser(c.get('session')), flash, rows: store.documents.listOpenFailed() }).toString());
  });

  routes.post('/failed/:id/dismiss', (c) => {
    const doc = store.documents.get(c.req.param('id'));
    const actor = c.get('session').userName;
    const at = deps.clock().toISOString();
    if (doc && store.documents.dismissFailed(doc.id, actor, at)) {
      store.events.record({ at, actor, kind: 'failed-dismissed', documentId: doc.id });
    }
    return c.redirect('/failed?msg=dismissed', 303);
  });

  /** Back through the spool: a new document row; the failed row stays as history and leaves the list. */
  routes.post('/failed/:id/retry', async (c) => {
    const doc = store.documents.get(c.req.param('id'));
    if (!doc || doc.status !== 'failed' || doc.dismissed_at != null) return c.redirect('/failed', 303);
    if (!doc.failed_path || !existsSync(doc.failed_path)) return c.redirect('/failed?msg=gone', 303);
    const actor = c.get('session').userName;
    const registration = await deps.app.spool.claim(doc.failed_path, doc.original_name, 'watch');
    await rm(`${doc.failed_path}.error.txt`, { force: true });
    const at = deps.clock().toISOString();
    store.documents.dismissFailed(doc.id, actor, at);
    store.events.record({ at, actor, kind: 'failed-retried', documentId: doc.id, details: { newDocumentId: registration.documentId } });
    deps.app.runner.wake();
    return c.redirect('/failed?msg=retried', 303);
  });

  return routes;
}
