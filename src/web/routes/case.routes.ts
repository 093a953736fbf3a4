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
import { parseFieldForm, type RawForm } from '../field-forms.js';
import { casePage, type CaseViewModel, type PageImage } from '../views/case.view.js';
import { DOCUMENT_TYPE_LABELS } from '../views/format.js';
import type { Flash } from '../views/layout.view.js';
import { actionContext, pageUser, todayOf, type WebDeps, type WebEnv } from '../web-context.js';
import { errorPage } from '../views/error.view.js';

const MAX_PAGES_SHOWN = 12;
const A4_ASPECT = 297 / 210;

/** Height/width of each page from the stored reading (turned pages swap sides). */
function pageAspects(pagesJson: string | null): number[] {
  if (!pagesJson) return [];
  try {
    const pages = JSON.parse(pagesJson) as { widthPt?: number; heightPt?: number; rotation?: number }[];
    return pages.map((p) => {
      if (!p.widthPt || !p.heightPt) return A4_ASPECT;
      const turned = Math.round((p.rotation ?? 0) / 90) % 2 === 1;
      return turned ? p.widthPt / p.heightPt : p.heightPt / p.widthPt;
    });
  } catch {
    return [];
  }
}

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
    for (const doc of store.documents.forCase(caseId)) {
      if (doc.status !== 'done' || !doc.page_count) continue;
      const aspects = pageAspects(doc.pages_json);
      for (let page = 1; page <= doc.page_count && pages.length < MAX_PAGES_SHOWN; page++) {
        const aspect = aspects[page - 1] ?? A4_ASPECT;
        pages.push({ documentId: doc.id, page, pageCount: doc.page_count, label: DOCUMENT_TYPE_LABELS[doc.document_type ?? ''] ?? 'Dokument', aspect });
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
      ...extra,
    };
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
    const raw = formStrings(await c.req.parseBody());
    const parsed = parseFieldForm(name, raw);
    const fieldError = (messages: string[]) => ({ name: name as CaseFieldName, raw, messages });
    if (!parsed.ok) return failure(c, caseId, { ok: false, code: 'invalid', message: 'Der Wert ist ungültig.' }, fieldError(parsed.messages));
    const result = correctField(actionContext(deps, c.get('session')), caseId, name, parsed.value);
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

  return routes;
}
