/**
 * Page images, letters and the static assets. Files are found by id through the store only:
 * no path from a request ever reaches the file system.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { recordView } from '../../pipeline/review.actions.js';
import { CLIENT_SCRIPT } from '../static/client.script.js';
import { STYLES } from '../static/styles.js';
import type { WebDeps, WebEnv } from '../web-context.js';

export const PAGE_IMAGE_WIDTH = 1200;
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The rotation a page was read with (stored with the document), so its image is shown as its boxes are. */
function storedRotation(pagesJson: string | null, page: number): number | undefined {
  if (!pagesJson) return undefined;
  try {
    const pages = JSON.parse(pagesJson) as { number?: number; rotation?: number }[];
    const rotation = pages.find((p, i) => (p.number ?? i + 1) === page)?.rotation;
    return typeof rotation === 'number' && Number.isFinite(rotation) ? rotation : undefined;
  } catch {
    return undefined;
  }
}

export function assetRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store, config } = deps.app;
  const logger = deps.app.logger.child({ component: 'web-assets' });
  const rendering = new Map<string, Promise<Buffer>>();

  routes.get('/static/app.js', (c) => c.body(CLIENT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': IMMUTABLE }));
  routes.get('/static/app.css', (c) => c.body(STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': IMMUTABLE }));
  // For monitoring (no sign-in): 200 while intake runs, 503 while it is paused by a storage fault.
  // Codes, German reasons and times only; no paths, no document data.
  routes.get('/health', (c) => {
    const state = deps.app.guard.state();
    const body = {
      status: state.status,
      faults: state.faults.map(({ scope, code, message, since, checks, nextCheckAt }) => ({ scope, code, message, since, checks, nextCheckAt })),
      waitingDocuments: deps.app.runner.heldCount,
      lastRecovery: state.lastRecovery,
    };
    return c.json(body, state.status === 'ok' ? 200 : 503);
  });
  routes.get('/favicon.ico', (c) => c.body(null, 204));

  /**
   * Renders a page once and keeps the PNG under dataDir/pages; concurrent requests share one render.
   * `rotation` (the page as read, from the stored pages) is looked up only when the page is rendered.
   */
  async function pageImage(docId: string, originalPath: string, page: number, rotation: () => number | undefined): Promise<Buffer> {
    const file = path.join(config.dataDir, 'pages', `${docId}-${page}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) return cached;
    const key = `${docId}-${page}`;
    let job = rendering.get(key);
    if (!job) {
      job = (async () => {
        const png = await deps.app.reader.renderPage(await readFile(originalPath), page, PAGE_IMAGE_WIDTH, rotation());
        await mkdir(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, png);
        await rename(temp, file);
        return png;
      })().finally(() => rendering.delete(key));
      rendering.set(key, job);
    }
    return job;
  }

  routes.get('/documents/:id/pages/:page', async (c) => {
    const id = c.req.param('id');
    const page = Number.parseInt(c.req.param('page'), 10);
    const doc = SAFE_ID.test(id) ? store.documents.get(id) : undefined;
    if (!doc || doc.status !== 'done' || !doc.original_path || !doc.page_count) return c.body(null, 404);
    // A document found in a batch scan shows its pages by their number in the batch file (its original).
    const [first, last] = doc.batch_id ? [doc.page_first ?? 1, doc.page_last ?? 0] : [1, doc.page_count];
    if (!(page >= first && page <= last)) return c.body(null, 404);
    try {
      const png = await pageImage(doc.id, doc.original_path, page, () => storedRotation(doc.pages_json, page));
      recordView(store, c.get('session').userName, deps.clock(), { kind: 'page-viewed', caseId: doc.case_id, documentId: doc.id, details: { page } });
      return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store' });
    } catch (error) {
      logger.error({ docId: doc.id, page, err: (error as Error).name }, 'page render failed');
      return c.body(null, 500);
    }
  });

  routes.get('/letters/:id', async (c) => {
    const letter = store.letters.get(c.req.param('id'));
    if (!letter || letter.status !== 'ready' || !letter.path) return c.text('Brief nicht gefunden.', 404);
    const pdf = await readFile(letter.path).catch(() => undefined);
    if (!pdf) return c.text('Brief nicht gefunden.', 404);
    recordView(store, c.get('session').userName, deps.clock(), { kind: 'letter-opened', caseId: letter.case_id, details: { letterId: letter.id } });
    const name = `${letter.case_id}-${letter.kind === 'first_contact' ? 'erstkontakt' : 'brief'}.pdf`.replace(/[^A-Za-z0-9_.-]/g, '_');
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    });
  });

  return routes;
}
