import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ExtractionResult, type Fields } from '../../../src/core/extraction.schema.js';
import type { SqliteStore } from '../../../src/db/sqlite.store.js';
import { commitDocument, type CommitSettings } from '../../../src/pipeline/commit.stage.js';
import { resolvePossibleMatch } from '../../../src/pipeline/review.actions.js';
import { eventDetails } from '../../../src/web/views/case-panels.view.js';
import { tempStore, type TempStore } from '../../support/temp-app.js';

/**
 * A worker's decisions on possible matches, consulted by the real commit path against a real SQLite file:
 * "not the same household" keeps the other household out of later proposals, "same household" lets a later
 * notice join without asking again; both survive a restart and are told in the case history in German.
 */
let temp: TempStore;
let store: SqliteStore;
let seq = 0;

const SETTINGS: CommitSettings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' };
const DAY1 = new Date('2025-03-14T09:00:00.000Z');
const DAY2 = new Date('2025-03-18T09:00:00.000Z');
const DAY3 = new Date('2025-03-25T09:00:00.000Z');

beforeEach(() => {
  temp = tempStore('intake-remembered-');
  store = temp.store;
});
afterEach(() => temp.cleanup());

function restart(): void {
  temp.reopen();
  store = temp.store;
}

type Plain = Partial<{ [K in keyof Fields]: NonNullable<Fields[K]>['value'] }>;

function extraction(plain: Plain): ExtractionResult {
  const fields = emptyFields();
  for (const [name, value] of Object.entries(plain)) {
    (fields as Record<string, unknown>)[name] = { value, confidence: 0.95, page: 1, bbox: [0.1, 0.1, 0.3, 0.12] };
  }
  seq += 1;
  return { file: `doc-${seq}.pdf`, sha256: seq.toString(16).padStart(64, '0'), documentType: 'court_notice', pages: [1, 1], text: { source: 'text-layer', confidence: 1 }, fields, warnings: [] };
}

/** Registers, claims and commits a document as the runner does. */
function commit(plain: Plain, now = DAY1) {
  const result = extraction(plain);
  const id = `doc-${seq}`;
  store.documents.insertReceived({ id, sha256: result.sha256, originalName: result.file, origin: 'watch', size: 100, spoolPath: `/spool/${id}/${result.file}`, receivedAt: now.toISOString() });
  const doc = store.documents.claimNext(now.toISOString())!;
  const at = now.toISOString();
  return commitDocument(store, { doc, extraction: result, pagesJson: '[]', mimeType: 'application/pdf', originalPath: `/originals/${result.sha256}.pdf`, readAt: at, extractedAt: at }, SETTINGS, now);
}

/** The worker's decision through the same action the review desk's button calls. */
function decide(caseId: string, candidateCaseId: string, decision: 'join' | 'reject', now = DAY2) {
  const result = resolvePossibleMatch({ store, actor: 'mfischer', now, settings: SETTINGS }, caseId, candidateCaseId, decision);
  expect(result.ok).toBe(true);
}

const HOUSE = { street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: null };
const person = (name: string) => [{ name, birthDate: null }];
// Two brothers' households in one house: alike enough that the matcher asks, different flats and tenancies.
const JUERGEN = { tenants: person('Jürgen Müller-Lüdenscheidt'), address: HOUSE } satisfies Plain;
const JOERG = { tenants: person('Jörg Müller-Lüdenscheidt'), address: HOUSE } satisfies Plain;
// A hearing summons naming the tenant without the flat's address: it can never join alone, only be proposed.
const JUERGEN_NO_ADDRESS = { tenants: person('Jürgen Müller-Lüdenscheidt') } satisfies Plain;
const JOERG_NO_ADDRESS = { tenants: person('Jörg Müller-Lüdenscheidt') } satisfies Plain;

const proposed = (caseId: string) => store.cases.openPossibleMatches(caseId).map((m) => m.candidate_case_id).sort();
const history = (caseId: string, kind: string) =>
  store.events.forCase(caseId).filter((e) => e.kind === kind).map((e) => eventDetails(e));

/** Jürgen's case A, Jörg's case B, and the worker's "not the same household" for the pair. */
function rejectedBrothers() {
  const a = commit(JUERGEN).caseId;
  const b = commit(JOERG);
  expect(b.decision).toBe('possible');
  expect(proposed(b.caseId)).toEqual([a]);
  decide(b.caseId, a, 'reject');
  return { a, b: b.caseId };
}

describe('remembered match decisions in the commit path', () => {
  it('does not propose a household a worker called different when a further notice of the other household scores against both', () => {
    const { a, b } = rejectedBrothers();
    const later = commit(JUERGEN_NO_ADDRESS, DAY3);
    expect(later).toMatchObject({ decision: 'possible', newCase: true });
    expect(proposed(later.caseId)).toEqual([a]);
    expect(history(later.caseId, 'match-excluded')).toEqual([
      `Fall ${b} nicht vorgeschlagen: am 18.03.2025 von mfischer als anderer Haushalt als Fall ${a} entschieden`,
    ]);
    const kept = store.cases.openPossibleMatches(later.caseId)[0]!;
    expect(kept.explanation).toContain(`Fall ${b} nicht vorgeschlagen: laut Entscheidung am 18.03.2025 von mfischer ein anderer Haushalt als dieser Fall`);
  });

  it('proposes both households of the pair to such a notice while no worker has decided (the case the memory changes)', () => {
    const a = commit(JUERGEN).caseId;
    const b = commit(JOERG).caseId;
    const later = commit(JUERGEN_NO_ADDRESS, DAY3);
    expect(proposed(later.caseId)).toEqual([a, b].sort());
  });

  it('consults the rejection from either side of the pair, after a restart of the service', () => {
    const { a, b } = rejectedBrothers();
    restart();
    const joergs = commit(JOERG_NO_ADDRESS, DAY3);
    expect(proposed(joergs.caseId)).toEqual([b]);
    // Jürgen's summons may be asked about Jörg's new, undecided summons case, never about Jörg's case B.
    const juergens = commit(JUERGEN_NO_ADDRESS, DAY3);
    expect(proposed(juergens.caseId)).toEqual([a, joergs.caseId].sort());
    expect(proposed(juergens.caseId)).not.toContain(b);
  });

  it('keeps a rejection when the rejected case is later joined into another one: the case it lives in stays apart', () => {
    const a = commit(JUERGEN).caseId;
    commit(JOERG); // Jörg's case B, its proposal against A left undecided
    const b = store.cases.idsByUrgency('2025-03-14').find((id) => id !== a)!;
    const summons = commit(JUERGEN_NO_ADDRESS, DAY2);
    expect(proposed(summons.caseId)).toEqual([a, b].sort());
    decide(summons.caseId, b, 'reject', DAY2);
    decide(summons.caseId, a, 'join', DAY2);
    expect(store.cases.get(summons.caseId)).toMatchObject({ status: 'closed', outcome: 'merged' });

    const again = commit(JUERGEN_NO_ADDRESS, DAY3);
    expect(proposed(again.caseId)).toEqual([a]);
    expect(history(again.caseId, 'match-excluded')).toEqual([
      `Fall ${b} nicht vorgeschlagen: am 18.03.2025 von mfischer als anderer Haushalt als Fall ${a} entschieden`,
    ]);
  });

  it('remembers a confirmed join: a later notice for the spouse joins the household’s case without a new proposal, and the history says why', () => {
    const a = commit(JUERGEN).caseId;
    // The wife named alone: same flat, same family name, another given name — the matcher asks.
    const wife = commit({ tenants: person('Helga Müller-Lüdenscheidt'), address: HOUSE });
    expect(proposed(wife.caseId)).toEqual([a]);
    decide(wife.caseId, a, 'join');

    restart();
    const helgasSummons = commit({ tenants: person('Helga Müller-Lüdenscheidt'), address: HOUSE }, DAY3);
    expect(helgasSummons).toMatchObject({ caseId: a, decision: 'join', newCase: false });
    // Not mistaken for an earlier, closed case of the household either: the merged case lives on in A.
    expect(store.cases.get(a)!.earlier_case_id).toBeNull();
    const joined = store.events.forCase(a).filter((e) => e.kind === 'document-joined');
    expect(joined).toHaveLength(1);
    expect(JSON.parse(joined[0]!.details_json!)).toMatchObject({ rule: 'household', remembered: { viaCaseId: wife.caseId, decidedBy: 'mfischer' } });
    expect(eventDetails(joined[0]!)).toBe(
      `derselbe Haushalt wie Fall ${wife.caseId}, der am 18.03.2025 von mfischer mit diesem Fall zusammengeführt wurde (gemerkte Entscheidung)`,
    );
    expect(store.letters.forCase(a)).toHaveLength(1);

    // The other half of the household joins as before, on its own evidence.
    const juergens = commit(JUERGEN, DAY3);
    expect(juergens).toMatchObject({ caseId: a, decision: 'join' });
  });
});
