import { Hono, type Context } from 'hono';
import type { Config } from '../../config/config.schema.js';
import { applyStoredSettings, parseSettingsForm, unsetSenderFields, type StoredSettings } from '../../config/sender-setup.js';
import { errorPage } from '../views/error.view.js';
import type { Flash } from '../views/layout.view.js';
import { settingsPage } from '../views/settings.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

/** The form's values from the configuration in effect. */
function currentValues(config: Config): Record<string, string> {
  const { sender } = config;
  return {
    name: sender.name,
    department: sender.department ?? '',
    street: sender.street,
    postalCode: sender.postalCode,
    city: sender.city,
    phone: sender.phone,
    email: sender.email,
    officeHours: sender.officeHours,
    contactPerson: sender.contactPerson,
    mailTo: config.mail.to,
  };
}

/** Names of the settings that differ (sender.phone, mail.to …): what the audit log records, never the values. */
function changedSettings(config: Config, next: Required<StoredSettings>): string[] {
  const changed: string[] = [];
  const before = config.sender as Record<string, unknown>;
  for (const [key, value] of Object.entries(next.sender)) if ((before[key] ?? '') !== value) changed.push(`sender.${key}`);
  if (config.sender.department && next.sender.department === undefined) changed.push('sender.department');
  if (config.mail.to !== next.mailTo) changed.push('mail.to');
  return changed;
}

/** Admins only: the sender details and the team's mail address, kept in SQLite (a restart keeps them). */
export function settingsRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { app } = deps;
  const forbidden = (c: Context<WebEnv>) =>
    c.html(errorPage('Keine Berechtigung', 'Die Einstellungen können nur Admins ändern.', pageUser(c.get('session'))).toString(), 403);

  const render = (c: Context<WebEnv>, values: Record<string, string>, errors: Record<string, string>, flash: Flash | null, status: 200 | 400) =>
    c.html(
      settingsPage({ user: pageUser(c.get('session')), flash, values, errors, unset: unsetSenderFields(app.config.sender), saved: app.store.settings.rows() }).toString(),
      status,
    );

  routes.get('/admin/settings', (c) => {
    if (c.get('session').role !== 'admin') return forbidden(c);
    const redone = Number(c.req.query('redone') ?? 'NaN');
    const flash: Flash | null =
      c.req.query('msg') === 'saved'
        ? { kind: 'ok', text: `Gespeichert.${redone > 0 ? ` ${redone} noch nicht gedruckte${redone === 1 ? 'r Brief wurde' : ' Briefe wurden'} mit den neuen Absenderangaben neu erstellt.` : ''}` }
        : null;
    return render(c, currentValues(app.config), {}, flash, 200);
  });

  routes.post('/admin/settings', async (c) => {
    const session = c.get('session');
    if (session.role !== 'admin') return forbidden(c);
    const result = parseSettingsForm(await c.req.parseBody());
    if (!result.ok) return render(c, result.values, result.errors, null, 400);
    const changed = changedSettings(app.config, result.settings);
    const at = deps.clock().toISOString();
    const next = applyStoredSettings(app.config, result.settings);
    app.store.transaction(() => {
      app.store.settings.put('sender', result.settings.sender, at, session.userName);
      app.store.settings.put('mailTo', result.settings.mailTo, at, session.userName);
      app.store.events.record({ at, actor: session.userName, kind: 'settings-changed', details: { settings: changed } });
    });
    app.config = next;
    const redone = await app.letterStage.redoDrafts();
    return c.redirect(`/admin/settings?msg=saved&redone=${redone}`, 303);
  });

  return routes;
}
