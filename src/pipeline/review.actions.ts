/**
 * What a worker does on the review desk, as plain functions over the store: correct a field,
 * confirm a case, set status/outcome, assign, add notes and contact attempts, decide possible
 * matches. Each writes its change, the history event (who and when; field names and ids only,
 * never values) and the derived state (deadlines, review flag, letter re-render) in one transaction.
 * Rendering letters is async and left to the caller: results name the letters to render.
 */
import { CASE_FIELD_NAMES, type CaseFieldName } from '../core/cases/merge-fields.js';
import { fieldValueSchemas, type ExtractionResult } from '../core/extraction.schema.js';
import type { Gazetteer } from '../core/gazetteer.js';
import { refreshDerived, updateReviewFlag, writeReadings } from './commit.stage.js';
import { learnFromCorrection, NO_GAZETTEER, scoreConfirmed } from './learn.stage.js';
import type { CaseRow, DocumentRow, IntakeStore } from './store.port.js';

export interface ActionContext {
  store: IntakeStore;
  /** The signed-in user's name (recorded as actor). */
  actor: string;
  now: Date;
  settings: { serviceEstimateDays: number; defaultLetterVariant: string };
  /** The service area, for reading courts and addresses where the layout memory learns (default: none). */
  gazetteer?: Gazetteer;
}

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; code: ActionErrorCode; message: string; issues?: string[] };
export type ActionErrorCode = 'not-found' | 'invalid' | 'conflict';

export const CASE_STATUSES = ['new', 'contacted', 'counselling', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_OUTCOMES = ['flat_kept', 'flat_lost', 'moved', 'not_reached', 'unknown'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CONTACT_CHANNELS = ['letter', 'phone', 'visit', 'office', 'email'] as const;
/** Fields a case cannot do without (the letter needs them). */
export const REQUIRED_FIELDS: readonly CaseFieldName[] = ['tenants', 'address'];

const notFound = (): ActionResult<never> => ({ ok: false, code: 'not-found', message: 'Fall nicht gefunden.' });

export function isCaseFieldName(name: string): name is CaseFieldName {
  return (CASE_FIELD_NAMES as readonly string[]).includes(name);
}

/** Ids of the case's first-contact letter(s) not yet printed, put back to 'pending'. */
export function requestLetterRender(store: IntakeStore, caseId: string): string[] {
  const ids: string[] = [];
  for (const letter of store.letters.forCase(caseId)) {
    if (letter.printed_at !== null) continue;
    store.letters.requestRender(letter.id);
    ids.push(letter.id);
  }
  return ids;
}

const PART_LABELS: Record<string, string> = {
  name: 'Name',
  birthDate: 'Geburtsdatum',
  street: 'Straße',
  houseNumber: 'Hausnummer',
  postalCode: 'PLZ',
  city: 'Ort',
  addition: 'Zusatz',
  date: 'Datum',
  time: 'Uhrzeit',
  room: 'Saal',
};

/** A zod issue as a German sentence: the schema's own (German) message where it has one. */
function germanIssue(issue: { code: string; path: PropertyKey[]; message: string }): string {
  const part = [...issue.path].reverse().find((p) => typeof p === 'string');
  const prefix = typeof part === 'string' && PART_LABELS[part] ? `${PART_LABELS[part]}: ` : '';
  if (issue.code === 'invalid_format' || issue.code === 'custom') return `${prefix}${issue.message}`;
  if (issue.code === 'too_small') return `${prefix}darf nicht leer sein`;
  if (issue.code === 'invalid_value') return `${prefix}kein zulässiger Wert`;
  return `${prefix}ungültiger Wert`;
}

/** Where a value stands on a page: the document, the page (1-based) and a box in 0..1 page units. */
export interface PagePosition {
  documentId: string;
  page: number;
  bbox: [number, number, number, number];
}

/**
 * Where a worker took a corrected value from (click to fill): one position per input part of the field's
 * form — 'v' for one-input fields, 'name0'/'birth0'… per tenant, 'street'/'houseNumber'/'postalCode'/'city'
 * for the address, 'date'/'time'/'room' for hearing and eviction date (the keys of web/field-forms.ts rawOf).
 * Parts typed by hand have no position.
 */
export type FieldPositions = Partial<Record<string, PagePosition>>;

/** The box around all parts that stand on the first part's page of that document. */
function unionOf(positions: FieldPositions): PagePosition | null {
  const parts = Object.values(positions).filter((p): p is PagePosition => p !== undefined);
  const first = parts[0];
  if (!first) return null;
  const same = parts.filter((p) => p.documentId === first.documentId && p.page === first.page);
  return {
    documentId: first.documentId,
    page: first.page,
    bbox: [
      Math.min(...same.map((p) => p.bbox[0])),
      Math.min(...same.map((p) => p.bbox[1])),
      Math.max(...same.map((p) => p.bbox[2])),
      Math.max(...same.map((p) => p.bbox[3])),
    ],
  };
}

/**
 * A worker's correction: validated with the same zod schema as the extraction, stored with
 * source 'worker' and the worker's name (a later document never overwrites it). `null` clears
 * an optional field. `positions` (click to fill) say where on a page the worker took the parts
 * from: the field then points there instead of where the machine read it.
 */
export function correctField(
  ctx: ActionContext,
  caseId: string,
  name: string,
  value: unknown,
  positions: FieldPositions = {},
): ActionResult<{ pendingLetterIds: string[]; printedLetter: boolean }> {
  const { store, actor } = ctx;
  if (!store.cases.get(caseId)) return notFound();
  if (!isCaseFieldName(name)) return { ok: false, code: 'invalid', message: 'Unbekanntes Feld.' };
  if (value === null && REQUIRED_FIELDS.includes(name)) {
    return { ok: false, code: 'invalid', message: 'Dieses Feld ist Pflicht und kann nicht geleert werden.' };
  }
  let json: string | null = null;
  if (value !== null) {
    const parsed = fieldValueSchemas[name].safeParse(value);
    if (!parsed.success) {
      return { ok: false, code: 'invalid', message: 'Der Wert ist ungültig.', issues: parsed.error.issues.map(germanIssue) };
    }
    json = JSON.stringify(parsed.data);
  }
  const at = ctx.now.toISOString();
  return store.transaction(() => {
    const previous = store.cases.fields(caseId).find((f) => f.name === name);
    const taken = unionOf(positions);
    if (json === null) store.cases.deleteField(caseId, name);
    else {
      store.cases.writeField(
        caseId,
        {
          name,
          valueJson: json,
          confidence: 1,
          source: 'worker',
          // Where the worker took it from, else where the value was read, so the page highlight points at it.
          documentId: taken?.documentId ?? previous?.document_id ?? null,
          page: taken?.page ?? previous?.page ?? null,
          bboxJson: taken ? JSON.stringify(taken.bbox) : (previous?.bbox_json ?? null),
          correctedBy: actor,
        },
        at,
      );
    }
    // The layout memory of the document's sender: scored on the true value, taught where it was not right.
    learnFromCorrection(store, { caseId, field: name, previous, value: json === null ? null : (JSON.parse(json) as unknown), positions, gazetteer: ctx.gazetteer ?? NO_GAZETTEER, at });
    const changed = previous?.value_json !== json;
    store.events.record({
      at,
      actor,
      kind: json === null ? 'field-cleared' : 'field-corrected',
      caseId,
      details: { field: name, changed, previousSource: previous?.source ?? null, previousConfidence: previous?.confidence ?? null },
    });
    refreshDerived(store, caseId, ctx.settings, ctx.now);
    const letters = store.letters.forCase(caseId);
    const pendingLetterIds = changed ? requestLetterRender(store, caseId) : [];
    updateReviewFlag(store, caseId, at);
    return { ok: true as const, pendingLetterIds, printedLetter: changed && letters.some((l) => l.printed_at !== null) };
  });
}

/**
 * The worker has checked every field against the page: machine readings count as confirmed
 * (confidence 1), the first-contact letter is requested (again, unless printed). Refused while
 * required fields are missing or possible matches are undecided.
 */
export function confirmCase(ctx: ActionContext, caseId: string): ActionResult<{ pendingLetterIds: string[] }> {
  const { store, actor } = ctx;
  const row = store.cases.get(caseId);
  if (!row) return notFound();
  const fields = store.cases.fields(caseId);
  const missing = REQUIRED_FIELDS.filter((name) => !fields.some((f) => f.name === name));
  if (missing.length > 0) return { ok: false, code: 'conflict', message: 'Pflichtfelder fehlen.', issues: missing };
  if (store.cases.openPossibleMatches(caseId).length > 0) {
    return { ok: false, code: 'conflict', message: 'Erst über die möglichen Treffer entscheiden.' };
  }
  const at = ctx.now.toISOString();
  return store.transaction(() => {
    const confirmed: string[] = [];
    const unconfirmed = fields.filter((field) => field.source === 'machine' && field.confidence < 1);
    // What the worker checked is the truth the layout memory is scored against (hits and misses; nothing taught).
    scoreConfirmed(store, unconfirmed, ctx.gazetteer ?? NO_GAZETTEER, at);
    for (const field of unconfirmed) {
      store.cases.writeField(
        caseId,
        {
          name: field.name,
          valueJson: field.value_json,
          confidence: 1,
          source: 'machine',
          documentId: field.document_id,
          page: field.page,
          bboxJson: field.bbox_json,
          correctedBy: null,
          learnedFrom: field.learned_from ?? null,
        },
        at,
      );
      confirmed.push(field.name);
    }
    const created = store.letters.createFirstContact(caseId, row.letter_variant ?? ctx.settings.defaultLetterVariant, at);
    const pendingLetterIds = requestLetterRender(store, caseId);
    store.events.record({ at, actor, kind: 'case-confirmed', caseId, details: { confirmedFields: confirmed, letterCreated: created } });
    updateReviewFlag(store, caseId, at);
    return { ok: true as const, pendingLetterIds };
  });
}

/** Status with outcome: 'closed' needs an outcome; any other status clears it. */
export function setStatus(ctx: ActionContext, caseId: string, status: string, outcome: string | null): ActionResult {
  const { store, actor } = ctx;
  const row = store.cases.get(caseId);
  if (!row) return notFound();
  if (!(CASE_STATUSES as readonly string[]).includes(status)) return { ok: false, code: 'invalid', message: 'Unbekannter Status.' };
  if (status === 'closed' && !(CASE_OUTCOMES as readonly string[]).includes(outcome ?? '')) {
    return { ok: false, code: 'invalid', message: 'Zum Abschließen bitte ein Ergebnis wählen.' };
  }
  const at = ctx.now.toISOString();
  const patch: Partial<CaseRow> = {
    status,
    outcome: status === 'closed' ? outcome : null,
    closed_at: status === 'closed' ? (row.closed_at ?? at) : null,
  };
  store.transaction(() => {
    store.cases.update(caseId, patch, at);
    store.events.record({ at, actor, kind: 'status-changed', caseId, details: { from: row.status, to: status, outcome: patch.outcome } });
  });
  return { ok: true };
}

export function assignCase(ctx: ActionContext, caseId: string, assignee: string | null, knownUsers: readonly string[]): ActionResult {
  const { store, actor } = ctx;
  const row = store.cases.get(caseId);
  if (!row) return notFound();
  if (assignee !== null && !knownUsers.includes(assignee)) return { ok: false, code: 'invalid', message: 'Unbekannte Mitarbeiterin / unbekannter Mitarbeiter.' };
  const at = ctx.now.toISOString();
  store.transaction(() => {
    store.cases.update(caseId, { assigned_to: assignee }, at);
    store.events.record({ at, actor, kind: 'case-assigned', caseId, details: { from: row.assigned_to, to: assignee } });
  });
  return { ok: true };
}

/** A free-text note or a contact attempt (channel, reached or not). The text stays in the case, never in events. */
export function addNote(
  ctx: ActionContext,
  caseId: string,
  note: { kind: 'note' | 'contact'; text: string; channel?: string | null; reached?: boolean | null },
): ActionResult<{ noteId: number }> {
  const { store, actor } = ctx;
  if (!store.cases.get(caseId)) return notFound();
  const text = note.text.trim();
  if (note.kind === 'note' && text.length === 0) return { ok: false, code: 'invalid', message: 'Die Notiz ist leer.' };
  if (text.length > 5000) return { ok: false, code: 'invalid', message: 'Die Notiz ist zu lang (höchstens 5000 Zeichen).' };
  const channel = note.kind === 'contact' ? (note.channel ?? null) : null;
  if (note.kind === 'contact' && !(CONTACT_CHANNELS as readonly string[]).includes(channel ?? '')) {
    return { ok: false, code: 'invalid', message: 'Bitte den Weg der Kontaktaufnahme wählen.' };
  }
  const reached = note.kind === 'contact' ? (note.reached ? 1 : 0) : null;
  const at = ctx.now.toISOString();
  const noteId = store.transaction(() => {
    const id = store.cases.addNote({ case_id: caseId, kind: note.kind, channel, reached, text, author: actor, at });
    store.events.record({ at, actor, kind: note.kind === 'contact' ? 'contact-attempt' : 'note-added', caseId, details: { noteId: id, channel, reached } });
    return id;
  });
  return { ok: true, noteId };
}

/**
 * A possible match decided by a worker. 'reject' is remembered (the pair is never proposed
 * again); 'join' moves this case's documents, file numbers and missing fields into the
 * candidate case and closes this one as merged (its unprinted letter is withdrawn).
 */
export function resolvePossibleMatch(
  ctx: ActionContext,
  caseId: string,
  candidateCaseId: string,
  decision: 'join' | 'reject',
): ActionResult<{ targetCaseId: string; pendingLetterIds: string[] }> {
  const { store, actor } = ctx;
  const row = store.cases.get(caseId);
  if (!row || !store.cases.get(candidateCaseId)) return notFound();
  if (!store.cases.openPossibleMatches(caseId).some((m) => m.candidate_case_id === candidateCaseId)) {
    return { ok: false, code: 'conflict', message: 'Über diesen möglichen Treffer ist bereits entschieden.' };
  }
  const at = ctx.now.toISOString();
  return store.transaction(() => {
    if (decision === 'reject') {
      store.cases.decidePossibleMatch(caseId, candidateCaseId, 'rejected', actor, at);
      store.events.record({ at, actor, kind: 'match-rejected', caseId, details: { candidateCaseId } });
      updateReviewFlag(store, caseId, at);
      return { ok: true as const, targetCaseId: caseId, pendingLetterIds: [] };
    }
    store.cases.decidePossibleMatch(caseId, candidateCaseId, 'joined', actor, at);
    const targetFields = new Set(store.cases.fields(candidateCaseId).map((f) => f.name));
    const copied: string[] = [];
    for (const field of store.cases.fields(caseId)) {
      if (targetFields.has(field.name)) continue;
      store.cases.writeField(
        candidateCaseId,
        {
          name: field.name,
          valueJson: field.value_json,
          confidence: field.confidence,
          source: field.source,
          documentId: field.document_id,
          page: field.page,
          bboxJson: field.bbox_json,
          correctedBy: field.corrected_by,
          learnedFrom: field.learned_from ?? null,
        },
        at,
      );
      copied.push(field.name);
    }
    for (const number of store.cases.fileNumbers(caseId)) store.cases.addFileNumber(candidateCaseId, number.number, number.court);
    const documentIds = store.documents.forCase(caseId).map((d) => d.id);
    for (const id of documentIds) store.documents.moveToCase(id, candidateCaseId);
    for (const letter of store.letters.forCase(caseId)) {
      if (letter.printed_at === null) store.letters.markBlocked(letter.id, `Fall mit ${candidateCaseId} zusammengeführt; kein eigener Brief.`);
    }
    store.cases.replaceDeadlines(caseId, []);
    store.cases.update(caseId, { status: 'closed', outcome: 'merged', closed_at: at, needs_review: 0 }, at);
    store.events.record({ at, actor, kind: 'case-joined', caseId, details: { into: candidateCaseId, documentIds, copiedFields: copied } });
    store.events.record({ at, actor, kind: 'case-joined', caseId: candidateCaseId, details: { from: caseId, documentIds, copiedFields: copied } });
    refreshDerived(store, candidateCaseId, ctx.settings, ctx.now);
    const pendingLetterIds = copied.length > 0 ? requestLetterRender(store, candidateCaseId) : [];
    updateReviewFlag(store, candidateCaseId, at);
    return { ok: true as const, targetCaseId: candidateCaseId, pendingLetterIds };
  });
}

/** Writes what the documents read (in order) into a case, as the commit stage does: fields and file numbers. */
export function applyReadings(store: IntakeStore, caseId: string, documents: DocumentRow[], at: string): void {
  for (const doc of documents) writeReadings(store, caseId, doc.id, JSON.parse(doc.extraction_json!) as ExtractionResult, at);
}

/**
 * A document joined to the wrong case: it (and its duplicates) moves to a new case of its own,
 * which gets its own first-contact letter; the old case's machine readings are derived again
 * from the documents that stay (a worker's corrections stay as they are).
 */
export function splitOffDocument(ctx: ActionContext, caseId: string, documentId: string): ActionResult<{ newCaseId: string; pendingLetterIds: string[] }> {
  const { store, actor } = ctx;
  const doc = store.documents.get(documentId);
  if (!store.cases.get(caseId) || !doc || doc.case_id !== caseId) return notFound();
  if (doc.status !== 'done' || !doc.extraction_json) return { ok: false, code: 'conflict', message: 'Nur gelesene Dokumente können abgetrennt werden.' };
  const staying = store.documents.forCase(caseId).filter((d) => d.id !== documentId && d.status === 'done' && d.extraction_json);
  if (staying.length === 0) return { ok: false, code: 'conflict', message: 'Das einzige Dokument eines Falls kann nicht abgetrennt werden.' };
  const at = ctx.now.toISOString();
  return store.transaction(() => {
    const newCaseId = store.cases.create(at);
    const moved: string[] = [];
    for (const d of store.documents.forCase(caseId)) {
      if (d.id !== documentId && d.duplicate_of !== documentId) continue;
      store.documents.moveToCase(d.id, newCaseId);
      moved.push(d.id);
    }
    applyReadings(store, newCaseId, [doc], at);
    for (const field of store.cases.fields(caseId)) if (field.source === 'machine') store.cases.deleteField(caseId, field.name);
    store.cases.clearFileNumbers(caseId);
    applyReadings(store, caseId, staying, at);
    for (const id of [caseId, newCaseId]) refreshDerived(store, id, ctx.settings, ctx.now);
    store.letters.createFirstContact(newCaseId, ctx.settings.defaultLetterVariant, at);
    const pendingLetterIds = [...requestLetterRender(store, caseId), ...store.letters.forCase(newCaseId).map((l) => l.id)];
    store.events.record({ at, actor, kind: 'document-split', caseId, documentId, details: { into: newCaseId, documentIds: moved } });
    store.events.record({ at, actor, kind: 'document-split', caseId: newCaseId, documentId, details: { from: caseId, documentIds: moved } });
    for (const id of [caseId, newCaseId]) updateReviewFlag(store, id, at);
    return { ok: true as const, newCaseId, pendingLetterIds };
  });
}

/** Audit of reads: who looked at a case, a page image or a letter, and when. */
export function recordView(
  store: IntakeStore,
  actor: string,
  at: Date,
  what: { kind: 'case-viewed' | 'page-viewed' | 'letter-opened'; caseId: string | null; documentId?: string | null; details?: Record<string, unknown> },
): void {
  store.events.record({ at: at.toISOString(), actor, kind: what.kind, caseId: what.caseId, documentId: what.documentId ?? null, details: what.details });
}
