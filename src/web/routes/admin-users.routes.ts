/** People who may sign in: add, set a new password, disable and enable (admin only; see roles.middleware). */
import { Hono, type Context } from 'hono';
import type { UserRole } from '../../db/auth.repository.js';
import { hashPassword, MIN_PASSWORD_LENGTH, USER_NAME } from '../password.hasher.js';
import type { Flash } from '../views/layout.view.js';
import { usersPage } from '../views/admin.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

const FLASH: Record<string, Flash> = {
  added: { kind: 'ok', text: 'Person hinzugefügt.' },
  password: { kind: 'ok', text: 'Passwort neu gesetzt; offene Anmeldungen dieser Person sind beendet.' },
  disabled: { kind: 'ok', text: 'Zugang gesperrt; offene Anmeldungen sind beendet.' },
  enabled: { kind: 'ok', text: 'Zugang entsperrt.' },
};

const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : '');

export function adminUserRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { auth } = deps;
  const events = deps.app.store.events;

  const show = (c: Context<WebEnv>, status: 200 | 404 | 409 | 422, flash: Flash | null, form?: { name: string; role: string }) =>
    c.html(usersPage({ user: pageUser(c.get('session')), flash, users: auth.users(), form }).toString(), status);
  const record = (c: Context<WebEnv>, kind: string, details: Record<string, unknown>) =>
    events.record({ at: deps.clock().toISOString(), actor: c.get('session').userName, kind, details });

  routes.get('/users', (c) => show(c, 200, FLASH[c.req.query('msg') ?? ''] ?? null));

  routes.post('/users', async (c) => {
    const form = await c.req.parseBody();
    const name = str(form['name']).trim();
    const role = form['role'] === 'admin' ? 'admin' : form['role'] === 'worker' ? 'worker' : undefined;
    const password = str(form['password'], 1000);
    const error = (text: string) => show(c, 422, { kind: 'error', text }, { name, role: role ?? 'worker' });
    if (!USER_NAME.test(name)) return error('Der Benutzername braucht 2 bis 64 Zeichen: Buchstaben, Ziffern, . _ @ -');
    if (!role) return error('Bitte eine Rolle wählen.');
    if (password.length < MIN_PASSWORD_LENGTH) return error(`Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen haben.`);
    if (auth.userByName(name)) return error(`„${name}“ gibt es schon.`);
    auth.addUser(name, role as UserRole, await hashPassword(password), deps.clock().toISOString());
    record(c, 'user-added', { user: name, role });
    return c.redirect('/admin/users?msg=added', 303);
  });

  routes.post('/users/:name/password', async (c) => {
    const name = c.req.param('name');
    if (!auth.userByName(name)) return show(c, 404, { kind: 'error', text: 'Diese Person gibt es nicht.' });
    const password = str((await c.req.parseBody())['password'], 1000);
    if (password.length < MIN_PASSWORD_LENGTH) return show(c, 422, { kind: 'error', text: `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen haben.` });
    auth.setPassword(name, await hashPassword(password));
    // Everyone signed in as this person must sign in again with the new password (the admin's own session stays).
    if (name !== c.get('session').userName) auth.deleteSessionsOf(name);
    record(c, 'user-password-reset', { user: name });
    return c.redirect('/admin/users?msg=password', 303);
  });

  routes.post('/users/:name/disable', (c) => {
    const name = c.req.param('name');
    const target = auth.userByName(name);
    if (!target) return show(c, 404, { kind: 'error', text: 'Diese Person gibt es nicht.' });
    if (name === c.get('session').userName) return show(c, 409, { kind: 'error', text: 'Den eigenen Zugang kann man nicht sperren.' });
    if (target.role === 'admin' && target.disabled_at === null && auth.countActiveAdmins() <= 1) {
      return show(c, 409, { kind: 'error', text: 'Die letzte aktive Verwaltungsperson kann nicht gesperrt werden.' });
    }
    if (auth.setDisabled(name, deps.clock().toISOString())) record(c, 'user-disabled', { user: name });
    return c.redirect('/admin/users?msg=disabled', 303);
  });

  routes.post('/users/:name/enable', (c) => {
    const name = c.req.param('name');
    if (!auth.userByName(name)) return show(c, 404, { kind: 'error', text: 'Diese Person gibt es nicht.' });
    if (auth.setDisabled(name, null)) record(c, 'user-enabled', { user: name });
    return c.redirect('/admin/users?msg=enabled', 303);
  });

  return routes;
}
