/**
 * Everything under /admin: admin only, enforced for the whole group by roles.middleware (before
 * any of these handlers runs) — a worker gets 403 on each of them, GET or POST.
 */
import { Hono } from 'hono';
import { adminIndexPage } from '../views/admin.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';
import { adminLearnedRoutes } from './admin-learned.routes.js';
import { adminRecordRoutes } from './admin-records.routes.js';
import { adminTemplateRoutes } from './admin-templates.routes.js';
import { adminUserRoutes } from './admin-users.routes.js';

export function adminRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  routes.get('/', (c) => c.html(adminIndexPage(pageUser(c.get('session'))).toString()));
  routes.route('/', adminUserRoutes(deps));
  routes.route('/', adminRecordRoutes(deps));
  routes.route('/', adminTemplateRoutes(deps));
  routes.route('/', adminLearnedRoutes(deps));
  return routes;
}
