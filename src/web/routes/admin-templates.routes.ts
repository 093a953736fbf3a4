/** Letter templates (admin only; see roles.middleware). */
import { Hono } from 'hono';
import { IntakeError } from '../../core/errors.js';
import { errorPage } from '../views/error.view.js';
import { templateEditPage, templatesPage } from '../views/templates.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

export function adminTemplateRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { templates } = deps.app;

  routes.get('/templates', async (c) => {
    const flash = c.req.query('msg') === 'saved' ? ({ kind: 'ok', text: 'Vorlage gespeichert; sie gilt ab dem nächsten Brief.' } as const) : null;
    const page = templatesPage({ user: pageUser(c.get('session')), flash, variants: await templates.list(), defaultVariant: deps.app.config.letters.defaultVariant });
    return c.html(page.toString());
  });

  routes.get('/templates/:variant', async (c) => {
    const variant = c.req.param('variant');
    const source = await templates.source(variant);
    const user = pageUser(c.get('session'));
    if (source === undefined) return c.html(errorPage('Vorlage nicht gefunden', 'Diese Briefvorlage gibt es nicht.', user).toString(), 404);
    return c.html(templateEditPage({ user, flash: null, variant, source }).toString());
  });

  routes.post('/templates/:variant', async (c) => {
    const variant = c.req.param('variant');
    const user = pageUser(c.get('session'));
    if ((await templates.source(variant)) === undefined) return c.html(errorPage('Vorlage nicht gefunden', 'Diese Briefvorlage gibt es nicht.', user).toString(), 404);
    const form = await c.req.parseBody();
    const source = typeof form['source'] === 'string' ? form['source'].slice(0, 50_000) : '';
    const saveAs = typeof form['saveAs'] === 'string' && form['saveAs'].trim() !== '' ? form['saveAs'].trim() : variant;
    try {
      await templates.save(saveAs, source);
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      const page = templateEditPage({ user, flash: { kind: 'error', text: 'Die Vorlage wurde nicht gespeichert.' }, variant, source, errors: [error.message] });
      return c.html(page.toString(), 422);
    }
    deps.app.store.events.record({ at: deps.clock().toISOString(), actor: user.name, kind: 'template-saved', details: { variant: saveAs } });
    return c.redirect('/admin/templates?msg=saved', 303);
  });


  return routes;
}
