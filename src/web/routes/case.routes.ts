import { Hono, type Context } from 'hono';
import { reviewReasons } from '../../core/cases/review.js';
import { caseSummary } from '../../pipeline/case-query.js';
import { currentFields } from '../../pipeline/commit.stage.js';
import {
  addNote,
  assignCase,
  confirmCase,
  correctField,
  isCaseFieldName,
  recordView,
  resolvePossibleMatch,
  setStatus,
  splitOffDocument,
  type ActionResult,
} from '../../pipeline/review.actions.js';
import type { CaseFieldName } from '../../core/cases/merge-fields.js';
import { joinParts, movePage, splitPartAt, type BatchActionResult } from '../../pipeline/batch-review.actions.js';
import { readSplitSummary } from '../../pipeline/split.stage.js';
import type { DocumentRow } from '../../pipeline/store.port.js';
import { parseFieldForm, type RawForm } from '../field-forms.js';
import { POSITION_PREFIX, positionsFromForm, withoutPositions } from '../field-positions.js';
import { A4_ASPECT, storedPages } from '../stored-pages.js';
import { casePage, type CaseViewModel, type PageImage } from '../views/case.view.js';
import { DOCUMENT_TYPE_LABELS } from '../views/format.js';
import type { Flash } from '../views/layout.view.js';
import { actionContext, batchActionContext, pageUser, todayOf, type WebDeps, type WebEnv } from '../web-context.js';
import { errorPage } from '../views/error.view.js';

const MAX_PAGES_SHOWN = 12;

/** Messages after a redirect come as codes, never as text from the request. */
const FLASH: Record<string, string> = {
  'field-saved': 'Feld gespeichert.',
  'status-saved': 'Status gespeichert.',
  'assigned': 'Zuständigkeit gespeichert.',
  'note-saved': 'Eintrag gespeichert.',
  'match-rejected': 'Als anderer Haushalt vermerkt; dieser Vorschlag kommt nicht wieder.',
  'joined': 'Fälle zusammengeführt.',
  'confirmed': 'Fall bestätigt.',
  'split': 'Dokument als eigener Fall abgetrennt; dies ist der neue Fall.',
  'page-moved': 'Seite verschoben; die Schreiben wurden neu ausgewertet.',
  'parts-joined': 'Schreiben zusammengeführt und neu ausgewertet.',
  'part-split': 'Neues Schreiben ab dieser Seite angelegt und zugeordnet.',
  'letter-printed': 'Gespeichert. Der Brief war schon gedruckt und wurde nicht neu erstellt.',
};

export function flashFrom(c: Context<WebEnv>, deps: WebDeps): Flash | null {
  const code = c.req.query('msg');
  const text = code ? FLASH[code] : undefined;
  if (!text) return null;
  const done = c.req.query('done');
  if (code === 'confirmed' && done && deps.app.store.cases.get(done)) {
    const letter = deps.app.store.letters.forCase(done).find((l) => l.status === 'ready');
    return {
      kind: 'ok',
      text: `Fall ${done} bestätigt.`,
      link: letter ? { href: `/letters/${letter.id}`, text: 'Brief öffnen (PDF)' } : { href: `/cases/${done}`, text: 'zum Fall' },
    };
  }
  return { kind: 'ok', text };
}

function formStrings(form: Record<string, unknown>): RawForm {
  const raw: RawForm = {};
  for (const [key, value] of Object.entries(form)) if (typeof value === 'string' && key !== '_csrf') raw[key] = value.slice(0, 500);
  return raw;
}

export function caseRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const { store } = deps.app;
  const logger = deps.app.logger.child({ component: 'web-case' });

  function model(c: Context<WebEnv>, caseId: string, extra: Partial<CaseViewModel> = {}): CaseViewModel | undefined {
    const now = deps.clock();
    const today = todayOf(now);
    const row = store.cases.get(caseId);
    const summary = caseSummary(store, caseId, today);
    if (!row || !summary) return undefined;
    const pages: PageImage[] = [];
    const batchParts: NonNullable<CaseViewModel['batchParts']> = new Map();
    /** A batch document's pages by their batch numbers, and which corrections of the split each page offers. */
    const batchPages = (doc: DocumentRow, stored: ReturnType<typeof storedPages>, label: string): PageImage[] => {
      const parts = store.documents.partsOf(doc.batch_id!);
      const index = parts.findIndex((p) => p.id === doc.id);
      const hasPrevious = index > 0;
      const hasNext = index >= 0 && index < parts.length - 1;
      const range: [number, number] = [doc.page_first ?? 1, doc.page_last ?? 1];
      const summary = readSplitSummary(store.documents.get(doc.batch_id!)?.extraction_json ?? null);
      const reason = summary?.parts.find((p) => p.pages[0] === range[0])?.reason ?? null;
      batchParts.set(doc.id, { range, hasPrevious, hasNext, batchId: doc.batch_id!, reason });
      return stored.map((p, i) => ({
        documentId: doc.id,
        page: p.number,
        pageCount: doc.page_count ?? stored.length,
        label,
        aspect: p.aspect,
        words: p.words,
        batch: {
          range,
          canMovePrevious: i === 0 && hasPrevious && stored.length > 1,
          canMoveNext: i === stored.length - 1 && hasNext && stored.length > 1,
          canSplitHere: i > 0,
        },
      }));
    };
    for (const doc of store.documents.forCase(caseId)) {
      if (doc.status !== 'done' || !doc.page_count) continue;
      const label = DOCUMENT_TYPE_LABELS[doc.document_type ?? ''] ?? 'Dokument';
      if (doc.batch_id) {
        // A document found in a batch: its pages by their number in the batch, with the tools to correct the split.
        pages.push(...batchPages(doc, storedPages(doc.pages_json), label).slice(0, Math.max(0, MAX_PAGES_SHOWN - pages.length)));
        continue;
      }
      const stored = storedPages(doc.pages_json);
      for (let page = 1; page <= doc.page_count && pages.length < MAX_PAGES_SHOWN; page++) {
        const aspect = stored[page - 1]?.aspect ?? A4_ASPECT;
        pages.push({ documentId: doc.id, page, pageCount: doc.page_count, label, aspect, words: stored[page - 1]?.words ?? [] });
      }
    }
    const letters = store.letters.forCase(caseId);
    const reasons = reviewReasons({
      fields: currentFields(store, caseId),
      openPossibleMatches: store.cases.openPossibleMatches(caseId).length,
      letterBlocked: letters.some((l) => l.status === 'blocked'),
    });
    return {
      user: pageUser(c.get('session')),
      flash: flashFrom(c, deps),
      today,
      row,
      summary,
      fields: store.cases.fields(caseId),
      pages,
      letters,
      reasons,
      matches: store.cases.possibleMatches(caseId),
      notes: store.cases.notes(caseId),
      events: store.events.forCase(caseId),
      workers: deps.auth.activeUserNames(),
      batchParts,
      ...extra,
    };
  }

  /** The page numbers a document of this case shows (a batch part: its pages in the batch); undefined for any other document. */
  function pagesOfCase(caseId: string, documentId: string): { first: number; last: number } | undefined {
    const doc = store.documents.get(documentId);
    if (!doc || doc.case_id !== caseId || doc.status !== 'done' || !doc.page_count) return undefined;
    return doc.batch_id ? { first: doc.page_first ?? 1, last: doc.page_last ?? 0 } : { first: 1, last: doc.page_count };
  }

  const notFound = (c: Context<WebEnv>) => c.html(errorPage('Fall nicht gefunden', 'Diesen Fall gibt es nicht.', pageUser(c.get('session'))).toString(), 404);

  /**
   * Renders letters an action put back to 'pending', so the PDF is ready when the page reloads.
   * Through the stage's single-flight pass: never at the same time as the pipeline's own run.
   */
  async function renderLetters(ids: string[]): Promise<void> {
    if (ids.length > 0) await deps.app.letterStage.renderPending();
  }

  function failure(c: Context<WebEnv>, caseId: string, result: Extract<ActionResult, { ok: false }>, fieldError?: CaseViewModel['fieldError']) {
    if (result.code === 'not-found') return notFound(c);
    const m = model(c, caseId, {
      fieldError,
      flash: { kind: 'error', text: [result.message, ...(fieldError ? [] : (result.issues ?? []))].join(' ') },
    });
    return m ? c.html(casePage(m).toString(), 422) : notFound(c);
  }

  routes.get('/cases/:id', (c) => {
    const caseId = c.req.param('id');
    const m = model(c, caseId);
    if (!m) return notFound(c);
    recordView(store, m.user.name, deps.clock(), { kind: 'case-viewed', caseId });
    return c.html(casePage(m).toString());
  });

  routes.post('/cases/:id/fields/:name', async (c) => {
    const caseId = c.req.param('id');
    const name = c.req.param('name');
    if (!isCaseFieldName(name)) return notFound(c);
    const form = await c.req.parseBody();
    const raw = withoutPositions(formStrings(form));
    const parsed = parseFieldForm(name, raw);
    const positions = positionsFromForm(name, form, raw, (documentId) => pagesOfCase(caseId, documentId));
    // A rejected correction goes back with its positions, so the words clicked need not be clicked again.
    const fieldError = (messages: string[]) => ({ name: name as CaseFieldName, raw, messages, positions });
    if (!parsed.ok) return failure(c, caseId, { ok: false, code: 'invalid', message: 'Der Wert ist ungültig.' }, fieldError(parsed.messages));
    const offered = Object.keys(form).filter((key) => key.startsWith(POSITION_PREFIX)).length;
    if (offered > Object.keys(positions).length) logger.info({ caseId, field: name, dropped: offered - Object.keys(positions).length }, 'click-to-fill positions dropped');
    const result = correctField(actionContext(deps, c.get('session')), caseId, name, parsed.value, positions);
    if (!result.ok) return failure(c, caseId, result, fieldError(result.issues ?? [result.message]));
    await renderLetters(result.pendingLetterIds);
    // The saved field as a parameter, not a #fragment: scrolling to a fragment would take the focus away again.
    return c.redirect(`/cases/${encodeURIComponent(caseId)}?msg=${result.printedLetter ? 'letter-printed' : 'field-saved'}&saved=${name}`, 303);
  });

  routes.post('/cases/:id/confirm', async (c) => {
    const caseId = c.req.param('id');
    const result = confirmCase(actionContext(deps, c.get('session')), caseId);
    if (!result.ok) return failure(c, caseId, result);
    await renderLetters(result.pendingLetterIds);
    logger.info({ caseId, letters: result.pendingLetterIds.length }, 'case confirmed');
    const next = store.cases.nextNeedingReview(todayOf(deps.clock()), caseId);
    const done = encodeURIComponent(caseId);
    return c.redirect(next ? `/cases/${encodeURIComponent(next)}?msg=confirmed&done=${done}` : `/?msg=confirmed&done=${done}`, 303);
  });

  routes.post('/cases/:id/status', async (c) => {
    const caseId = c.req.param('id');
    const form = await c.req.parseBody();
    const status = typeof form['status'] === 'string' ? form['status'] : '';
    const outcome = typeof form['outcome'] === 'string' && form['outcome'] !== '' ? form['outcome'] : null;
    const result = setStatus(actionContext(deps, c.get('session')), caseId, status, outcome);
    if (!result.ok) return failure(c, caseId, result);
    return c.redirect(`/cases/${encodeURIComponent(caseId)}?msg=status-saved#status-title`, 303);
  });

  routes.post('/cases/:id/assign', async (c) => {
    const caseId = c.req.param('id');
    const form = await c.req.parseBody();
    const assignee = typeof form['assignee'] === 'string' && form['assignee'] !== '' ? form['assignee'] : null;
    const result = assignCase(actionContext(deps, c.get('session')), caseId, assignee, deps.auth.activeUserNames());
    if (!result.ok) return failure(c, caseId, result);
    return c.redirect(`/cases/${encodeURIComponent(caseId)}?msg=assigned#status-title`, 303);
  });

  routes.post('/cases/:id/notes', async (c) => {
    const caseId = c.req.param('id');
    const form = await c.req.parseBody();
    const kind = form['kind'] === 'contact' ? 'contact' : 'note';
    const result = addNote(actionContext(deps, c.get('session')), caseId, {
      kind,
      text: typeof form['text'] === 'string' ? form['text'] : '',
      channel: typeof form['channel'] === 'string' ? form['channel'] : null,
      reached: form['reached'] === '1',
    });
    if (!result.ok) return failure(c, caseId, result);
    return c.redirect(`/cases/${encodeURIComponent(caseId)}?msg=note-saved#notes-title`, 303);
  });

  routes.post('/cases/:id/matches/:candidate', async (c) => {
    const caseId = c.req.param('id');
    const form = await c.req.parseBody();
    const decision = form['decision'] === 'join' ? 'join' : form['decision'] === 'reject' ? 'reject' : undefined;
    if (!decision) return failure(c, caseId, { ok: false, code: 'invalid', message: 'Bitte „Zusammenführen“ oder „Anderer Haushalt“ wählen.' });
    const result = resolvePossibleMatch(actionContext(deps, c.get('session')), caseId, c.req.param('candidate'), decision);
    if (!result.ok) return failure(c, caseId, result);
    await renderLetters(result.pendingLetterIds);
    return c.redirect(`/cases/${encodeURIComponent(result.targetCaseId)}?msg=${decision === 'join' ? 'joined' : 'match-rejected'}`, 303);
  });

  routes.post('/cases/:id/documents/:documentId/split', async (c) => {
    const caseId = c.req.param('id');
    const result = splitOffDocument(actionContext(deps, c.get('session')), caseId, c.req.param('documentId'));
    if (!result.ok) return failure(c, caseId, result);
    await renderLetters(result.pendingLetterIds);
    return c.redirect(`/cases/${encodeURIComponent(result.newCaseId)}?msg=split`, 303);
  });

  /** After a correction of a batch split: render letters, stay on this case if it still exists with documents. */
  async function afterBatchAction(c: Context<WebEnv>, caseId: string, result: BatchActionResult, msg: string) {
    if (!result.ok) return failure(c, caseId, result);
    await renderLetters(result.pendingLetterIds);
    logger.info({ caseId, documents: result.documentIds, cases: result.caseIds }, 'batch split corrected');
    const stays = store.documents.forCase(caseId).some((d) => d.status === 'done');
    const target = stays ? caseId : (result.caseIds.find((id) => id !== caseId) ?? caseId);
    return c.redirect(`/cases/${encodeURIComponent(target)}?msg=${msg}`, 303);
  }

  /** The document must belong to the case in the address (no acting on another case's documents through it). */
  function partOfCase(caseId: string, documentId: string): boolean {
    const doc = store.documents.get(documentId);
    return doc !== undefined && doc.case_id === caseId && doc.batch_id !== null && doc.batch_id !== undefined;
  }

  const pageOf = (form: Record<string, unknown>) => (typeof form['page'] === 'string' && /^\d{1,4}$/.test(form['page']) ? Number(form['page']) : NaN);
  const directionOf = (form: Record<string, unknown>) => (form['direction'] === 'previous' ? 'previous' : form['direction'] === 'next' ? 'next' : undefined);

  routes.post('/cases/:id/documents/:documentId/move-page', async (c) => {
    const caseId = c.req.param('id');
    const documentId = c.req.param('documentId');
    if (!partOfCase(caseId, documentId)) return notFound(c);
    const form = await c.req.parseBody();
    const direction = directionOf(form);
    if (!direction) return failure(c, caseId, { ok: false, code: 'invalid', message: 'Bitte „voriges“ oder „nächstes“ Schreiben wählen.' });
    return afterBatchAction(c, caseId, movePage(batchActionContext(deps, c.get('session')), documentId, pageOf(form), direction), 'page-moved');
  });

  routes.post('/cases/:id/documents/:documentId/join', async (c) => {
    const caseId = c.req.param('id');
    const documentId = c.req.param('documentId');
    if (!partOfCase(caseId, documentId)) return notFound(c);
    const direction = directionOf(await c.req.parseBody());
    if (!direction) return failure(c, caseId, { ok: false, code: 'invalid', message: 'Bitte „voriges“ oder „nächstes“ Schreiben wählen.' });
    return afterBatchAction(c, caseId, joinParts(batchActionContext(deps, c.get('session')), documentId, direction), 'parts-joined');
  });

  routes.post('/cases/:id/documents/:documentId/split-at', async (c) => {
    const caseId = c.req.param('id');
    const documentId = c.req.param('documentId');
    if (!partOfCase(caseId, documentId)) return notFound(c);
    const page = pageOf(await c.req.parseBody());
    return afterBatchAction(c, caseId, splitPartAt(batchActionContext(deps, c.get('session')), documentId, page), 'part-split');
  });

  return routes;
}
