/**
 * Batch scans: why a stack was split where it was, and putting a dropped blank page back. Workers
 * may do both (correcting a split is case work). Images of dropped pages are rendered on request and
 * not cached (the cache is purged per document; a dropped page belongs to none).
 */
import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import type { Page } from '../../core/page.js';
import { pageSignals } from '../../core/split/index.js';
import { restoreDroppedPage } from '../../pipeline/batch-review.actions.js';
import { readSplitSummary } from '../../pipeline/split.stage.js';
import type { DocumentRow } from '../../pipeline/store.port.js';
import { batchPage, signalTexts, type BatchPageLine } from '../views/batch.view.js';
import { errorPage } from '../views/error.view.js';
import { batchActionContext, pageUser, type WebDeps, type WebEnv } from '../web-context.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;
const THUMB_WIDTH = 480;

const pagesOf = (doc: DocumentRow): Page[] => {
  try {
    return doc.pages_json ? (JSON.parse(doc.pages_json) as Page[]) : [];
  } catch {
    return [];
  }
};

export function batchRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;
  const logger = deps.app.logger.child({ component: 'web-batch' });

  const load = (id: string) => {
    const batch = SAFE_ID.test(id) ? store.documents.get(id) : undefined;
    const summary = batch?.status === 'split' ? readSplitSummary(batch.extraction_json) : undefined;
    return batch && summary ? { batch, summary, parts: store.documents.partsOf(batch.id) } : undefined;
  };
  const notFound = (c: Context<WebEnv>) => c.html(errorPage('Stapel nicht gefunden', 'Diesen Stapel-Scan gibt es nicht.', pageUser(c.get('session'))).toString(), 404);

  routes.get('/batches/:id', (c) => {
    const loaded = load(c.req.param('id'));
    if (!loaded) return notFound(c);
    const { batch, summary, parts } = loaded;
    const restored = new Set(summary.restoredPages ?? []);
    const separators = new Set(summary.separatorPages);
    const droppedData = new Map((summary.droppedPageData ?? []).map((p) => [p.number, p]));
    // Each part's stored pages are parsed once: which part holds a page, and what was read on it.
    const pageData = new Map<number, Page>(droppedData);
    const partOfPage = new Map<number, number>();
    const firstPages = new Set<number>();
    parts.forEach((p, index) => {
      const pages = pagesOf(p);
      if (pages.length > 0) firstPages.add(Math.min(...pages.map((x) => x.number)));
      for (const page of pages) {
        pageData.set(page.number, page);
        partOfPage.set(page.number, index);
      }
    });
    const lines: BatchPageLine[] = [];
    for (let page = 1; page <= (batch.page_count ?? 0); page++) {
      const index = partOfPage.get(page) ?? -1;
      const part = parts[index];
      const data = pageData.get(page);
      const signals = data ? pageSignals(data) : undefined;
      const dropped = summary.droppedPages.includes(page) && !restored.has(page);
      const separator = separators.has(page) || (dropped && signals?.separatorText === true);
      const first = firstPages.has(page);
      const original = summary.parts.find((s) => s.pages[0] === page);
      const kind: BatchPageLine['kind'] = separator ? 'separator' : dropped ? 'blank' : restored.has(page) ? 'restored' : first ? 'start' : 'continues';
      const before = parts.filter((p) => (p.page_last ?? 0) < page).at(-1);
      const after = parts.find((p) => (p.page_first ?? 0) > page);
      const inside = parts.find((p) => (p.page_first ?? 0) < page && (p.page_last ?? 0) > page);
      const restoreTo =
        kind !== 'blank'
          ? []
          : inside
            ? [{ documentId: inside.id, text: `In Schreiben ${parts.indexOf(inside) + 1} zurücklegen` }]
            : [
                ...(before ? [{ documentId: before.id, text: `Als letzte Seite zu Schreiben ${parts.indexOf(before) + 1}` }] : []),
                ...(after ? [{ documentId: after.id, text: `Als erste Seite zu Schreiben ${parts.indexOf(after) + 1}` }] : []),
              ];
      lines.push({
        page,
        part: part ? { id: part.id, caseId: part.case_id, index: index + 1 } : null,
        kind,
        reason: kind === 'start' ? (original?.reason ?? 'von Hand getrennt') : null,
        signals: signals ? signalTexts(signals) : null,
        restoreTo,
      });
    }
    recordBatchView(c, batch.id);
    const flash = c.req.query('msg') === 'restored' ? ({ kind: 'ok', text: 'Seite wiederhergestellt; das Schreiben wurde neu ausgewertet.' } as const) : null;
    return c.html(
      batchPage({ user: pageUser(c.get('session')), flash, batchId: batch.id, originalName: batch.original_name, receivedAt: batch.received_at, pageCount: batch.page_count ?? 0, lines }).toString(),
    );
  });

  function recordBatchView(c: Context<WebEnv>, batchId: string) {
    store.events.record({ at: deps.clock().toISOString(), actor: c.get('session').userName, kind: 'batch-viewed', documentId: batchId });
  }

  /** Only pages the split dropped (the others are shown under their document's id). */
  routes.get('/batches/:id/pages/:page', async (c) => {
    const loaded = load(c.req.param('id'));
    const page = Number.parseInt(c.req.param('page'), 10);
    if (!loaded || !loaded.summary.droppedPages.includes(page)) return c.body(null, 404);
    const original = loaded.parts.find((p) => p.original_path)?.original_path;
    if (!original) return c.body(null, 404);
    try {
      const png = await deps.app.reader.renderPage(await readFile(original), page, THUMB_WIDTH);
      return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store' });
    } catch (error) {
      logger.error({ docId: loaded.batch.id, page, err: (error as Error).name }, 'page render failed');
      return c.body(null, 500);
    }
  });

  routes.post('/batches/:id/pages/:page/restore', async (c) => {
    const loaded = load(c.req.param('id'));
    if (!loaded) return notFound(c);
    const page = Number.parseInt(c.req.param('page'), 10);
    const form = await c.req.parseBody();
    const target = typeof form['document'] === 'string' ? form['document'] : '';
    const result = restoreDroppedPage(batchActionContext(deps, c.get('session')), loaded.batch.id, page, target);
    if (!result.ok) {
      const status = result.code === 'not-found' ? 404 : 409;
      return c.html(errorPage('Seite nicht wiederhergestellt', result.message, pageUser(c.get('session'))).toString(), status);
    }
    if (result.pendingLetterIds.length > 0) await deps.app.letterStage.renderPending();
    return c.redirect(`/batches/${encodeURIComponent(loaded.batch.id)}?msg=restored`, 303);
  });

  return routes;
}
