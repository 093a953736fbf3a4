import { Hono } from 'hono';
import { worklistPage, type WorklistFilters } from '../views/worklist.view.js';
import { pageUser, todayOf, type WebDeps, type WebEnv } from '../web-context.js';
import { flashFrom } from './case.routes.js';

export const WORKLIST_PAGE_SIZE = 100;

const text = (value: string | undefined, max = 100) => (value ?? '').trim().slice(0, max);

export function worklistRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;

  routes.get('/', (c) => {
    const filters: WorklistFilters = {
      search: text(c.req.query('q'), 200),
      needsReview: c.req.query('review') === '1',
      city: text(c.req.query('city')),
      assignedTo: text(c.req.query('worker')),
      status: c.req.query('status') === undefined ? 'open' : text(c.req.query('status')),
      page: Math.max(1, Math.min(100_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1)),
    };
    const today = todayOf(deps.clock());
    const { total, rows } = store.cases.worklist({
      today,
      needsReview: filters.needsReview,
      city: filters.city || undefined,
      assignedTo: filters.assignedTo || undefined,
      status: filters.status || undefined,
      search: filters.search || undefined,
      limit: WORKLIST_PAGE_SIZE,
      offset: (filters.page - 1) * WORKLIST_PAGE_SIZE,
    });
    const page = worklistPage({
      user: pageUser(c.get('session')),
      flash: flashFrom(c, deps),
      today,
      rows,
      total,
      pageSize: WORKLIST_PAGE_SIZE,
      filters,
      cities: store.cases.cities(),
      workers: [...new Set([...deps.auth.activeUserNames(), ...store.cases.assignees()])].sort(),
    });
    return c.html(page.toString());
  });

  return routes;
}
