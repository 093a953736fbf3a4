/** Learned layouts per sender, and resetting them (admin only; see roles.middleware). */
import { Hono } from 'hono';
import { z } from 'zod';
import { learnedPage, LEARNED_PATH } from '../views/learned.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

const senderKeySchema = z.string().regex(/^sk-[0-9a-f]{16}$/);

export function adminLearnedRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;

  const show = (user: ReturnType<typeof pageUser>, msg: string | undefined) => {
    const senders = store.layout.senders().map((sender) => ({ sender, memory: store.layout.forSender(sender.sender_key) }));
    const flash = msg === 'reset' ? ({ kind: 'ok', text: 'Das Gelernte dieses Absenders wurde gelöscht.' } as const) : null;
    return learnedPage({ user, flash, senders }).toString();
  };

  routes.get('/gelernt', (c) => c.html(show(pageUser(c.get('session')), c.req.query('msg'))));
  // The earlier placeholder's address.
  routes.get('/layouts', (c) => c.html(show(pageUser(c.get('session')), undefined)));

  routes.post('/gelernt/:senderKey/reset', (c) => {
    const key = senderKeySchema.safeParse(c.req.param('senderKey'));
    if (!key.success) return c.text('Unbekannter Absender.', 404);
    const user = pageUser(c.get('session'));
    store.transaction(() => {
      const rows = store.layout.reset(key.data);
      store.events.record({ at: deps.clock().toISOString(), actor: user.name, kind: 'layout-memory-reset', details: { senderKey: key.data, rows } });
    });
    return c.redirect(`${LEARNED_PATH}?msg=reset`, 303);
  });

  return routes;
}
