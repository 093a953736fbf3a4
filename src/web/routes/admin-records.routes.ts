/** The audit log across cases and the retention purge (admin only; see roles.middleware). */
import { Hono } from 'hono';
import { parseGermanDate } from '../german-input.js';
import { auditPage, purgePage, type AuditFilters } from '../views/audit.view.js';
import type { Flash } from '../views/layout.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

export const AUDIT_PAGE_SIZE = 100;

const text = (value: string | undefined, max = 100) => (value ?? '').trim().slice(0, max);
const planOf = (ids: { caseIds: string[]; failedDocumentIds: string[] }) => [...ids.caseIds, '|', ...ids.failedDocumentIds].join(',');

export function adminRecordRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;

  routes.get('/audit', (c) => {
    const filters: AuditFilters = {
      actor: text(c.req.query('actor')),
      kind: text(c.req.query('kind')),
      caseId: text(c.req.query('case'), 40),
      from: text(c.req.query('from'), 20),
      to: text(c.req.query('to'), 20),
      page: Math.max(1, Math.min(100_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1)),
    };
    const from = filters.from ? parseGermanDate(filters.from) : undefined;
    const to = filters.to ? parseGermanDate(filters.to) : undefined;
    const invalid = [filters.from && !from ? 'von' : '', filters.to && !to ? 'bis' : ''].filter(Boolean);
    const flash: Flash | null = invalid.length > 0 ? { kind: 'error', text: `Datum „${invalid.join('“ und „')}“ bitte als TT.MM.JJJJ eingeben, z. B. 23.09.2025.` } : null;
    const { total, rows } = store.events.search(
      { actor: filters.actor || undefined, kind: filters.kind || undefined, caseId: filters.caseId || undefined, from, to },
      AUDIT_PAGE_SIZE,
      (filters.page - 1) * AUDIT_PAGE_SIZE,
    );
    const { actors, kinds } = store.events.actorsAndKinds();
    const page = auditPage({ user: pageUser(c.get('session')), flash, filters, rows, total, pageSize: AUDIT_PAGE_SIZE, actors, kinds });
    return c.html(page.toString(), invalid.length > 0 ? 422 : 200);
  });

  /** Always the dry run first: the list of what would go. */
  routes.get('/purge', async (c) => {
    const plan = await deps.app.purge(true);
    return c.html(purgePage({ user: pageUser(c.get('session')), flash: null, plan, retentionYears: deps.app.config.retention.years }).toString());
  });

  /** Runs the purge only if the plan shown is still the plan (else the new list is shown to check again). */
  routes.post('/purge', async (c) => {
    const form = await c.req.parseBody();
    const user = pageUser(c.get('session'));
    const retentionYears = deps.app.config.retention.years;
    const plan = await deps.app.purge(true);
    if (form['confirm'] !== '1') {
      return c.html(purgePage({ user, flash: { kind: 'error', text: 'Bitte bestätigen, dass die Liste geprüft ist.' }, plan, retentionYears }).toString(), 422);
    }
    if (form['plan'] !== planOf(plan)) {
      return c.html(purgePage({ user, flash: { kind: 'error', text: 'Die Liste hat sich seit dem Probelauf geändert. Bitte die neue Liste prüfen.' }, plan, retentionYears }).toString(), 409);
    }
    const done = await deps.app.purge(false);
    store.events.record({
      at: deps.clock().toISOString(),
      actor: user.name,
      kind: 'purge-run',
      details: { cases: done.caseIds.length, documents: done.documentIds.length, failed: done.failedDocumentIds.length, files: done.files.length },
    });
    const after = await deps.app.purge(true);
    return c.html(purgePage({ user, flash: null, plan: after, retentionYears, done }).toString());
  });

  return routes;
}
