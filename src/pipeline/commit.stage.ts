import type { SenderFeatures } from '../core/learn/sender-key.js';
import { CASE_FIELD_NAMES, mergeFields, type CurrentField, type MergeResult } from '../core/cases/merge-fields.js';
import { reviewReasons } from '../core/cases/review.js';
import { computeDeadlines } from '../core/deadlines/deadlines.js';
import type { Address, ExtractionResult, Tenant } from '../core/extraction.schema.js';
import { decideMatch, type MatchCandidate, type MatchDecision } from '../core/match/decide.js';
import { rememberDecisions, type DecidedMatch, type RememberedDecisions } from '../core/match/remembered.js';
import { blockingKeys, type HouseholdFacts } from '../core/match/household.js';
import type { DocumentRow, IntakeStore } from './store.port.js';

export interface CommitSettings {
  joinThreshold: number;
  reviewThreshold: number;
  earlierCaseYears: number;
  serviceEstimateDays: number;
  defaultLetterVariant: string;
}

export interface CommitInput {
  doc: DocumentRow;
  extraction: ExtractionResult;
  pagesJson: string;
  mimeType: string;
  originalPath: string;
  readAt: string;
  extractedAt: string;
  /** Pages stored for the document; default: the extraction's page range (a batch part may skip blank pages). */
  pageCount?: number;
  /** The document's sender (learn.stage.ts senderOf): its key is stored with the document, its label for the admin page. */
  sender?: { key: string; label: string | null; features?: SenderFeatures } | null;
  /** Fields whose value came from (or was confirmed by) learned layout, from how many corrections. */
  learned?: readonly { field: string; learnedFrom: number }[];
}

export interface CommitOutcome {
  caseId: string;
  decision: MatchDecision['kind'];
  newCase: boolean;
}

const SYSTEM = 'system';


/**
 * Writes what one document read into a case: the machine's field values with provenance (mergeFields keeps
 * a worker's correction) and the document's file numbers. Returns the merge, for the case history.
 */
export function writeReadings(
  store: IntakeStore,
  caseId: string,
  documentId: string,
  extraction: ExtractionResult,
  at: string,
  learned: readonly { field: string; learnedFrom: number }[] = [],
): MergeResult {
  const merge = mergeFields(currentFields(store, caseId), extraction.fields, extraction.documentType);
  for (const update of merge.updates) {
    store.cases.writeField(
      caseId,
      {
        name: update.name,
        valueJson: JSON.stringify(update.value),
        confidence: update.confidence,
        source: 'machine',
        documentId,
        page: update.page,
        bboxJson: update.bbox ? JSON.stringify(update.bbox) : null,
        correctedBy: null,
        learnedFrom: learned.find((l) => l.field === update.name)?.learnedFrom ?? null,
      },
      at,
    );
  }
  const court = extraction.fields.court?.value ?? null;
  const own = extraction.fields.fileNumber?.value;
  if (own) store.cases.addFileNumber(caseId, own, extraction.documentType === 'eviction_notice' ? null : court);
  for (const number of extraction.fields.relatedFileNumbers?.value ?? []) store.cases.addFileNumber(caseId, number, court);
  return merge;
}

/** A case's current fields as a map name → { value, confidence, source }. */
export function currentFields(store: IntakeStore, caseId: string): Map<string, CurrentField> {
  return new Map(
    store.cases
      .fields(caseId)
      .map((row) => [row.name, { value: JSON.parse(row.value_json) as unknown, confidence: row.confidence, source: row.source }]),
  );
}

export function householdOf(fields: ReadonlyMap<string, CurrentField>): HouseholdFacts {
  return {
    tenants: (fields.get('tenants')?.value as Tenant[] | undefined) ?? [],
    address: (fields.get('address')?.value as Address | undefined) ?? null,
  };
}

/**
 * Workers' decisions around these cases: decided rows touching them, following confirmed joins both ways
 * (a case joined into a candidate, the case a candidate was joined into) until no new case turns up.
 */
export function rememberedAround(store: IntakeStore, caseIds: readonly string[]): RememberedDecisions {
  const known = new Set(caseIds);
  const rows = new Map<string, DecidedMatch>();
  let frontier = [...known];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const row of store.cases.decidedMatches(frontier)) {
      rows.set(`${row.caseId}\u0000${row.candidateCaseId}\u0000${row.decision}`, row);
      if (row.decision !== 'joined') continue;
      for (const id of [row.caseId, row.candidateCaseId]) {
        if (known.has(id)) continue;
        known.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return rememberDecisions([...rows.values()], (id) => store.cases.get(id)?.outcome === 'merged');
}

/**
 * Matches one read document to a case and writes everything in one transaction: the case
 * (new or joined), field updates with provenance, file numbers, match keys, deadlines, the
 * first-contact letter request (new cases only), review flags, the document's outcome and the
 * history events. Synchronous on purpose: nothing interleaves between candidate look-up and write.
 */
export function commitDocument(store: IntakeStore, input: CommitInput, settings: CommitSettings, now: Date): CommitOutcome {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const { doc, extraction } = input;
  const fields = extraction.fields;

  return store.transaction(() => {
    const household: HouseholdFacts = { tenants: fields.tenants?.value ?? [], address: fields.address?.value ?? null };
    const ownNumbers = fields.fileNumber ? [fields.fileNumber.value] : [];
    const relatedNumbers = fields.relatedFileNumbers?.value ?? [];
    const found = store.cases.candidateIds([...ownNumbers, ...relatedNumbers], blockingKeys(household));
    const memory = rememberedAround(store, found);
    // A case a worker joined into another one is matched as that one: its facts still vouch for the household.
    const liveOf = (id: string) => {
      const live = memory.liveCaseOf(id);
      return live === id || store.cases.get(live) ? live : id;
    };
    const liveIds = [...new Set(found.map(liveOf))];
    const candidates = liveIds.map((caseId): MatchCandidate => {
      const row = store.cases.get(caseId)!;
      const joinedCases = memory.joinedInto(caseId).map((joined) => ({
        caseId: joined.caseId,
        household: householdOf(currentFields(store, joined.caseId)),
        decidedBy: joined.decidedBy,
        decidedAt: joined.decidedAt,
      }));
      return {
        caseId,
        fileNumbers: store.cases.fileNumbers(caseId),
        household: householdOf(currentFields(store, caseId)),
        createdAt: row.created_at,
        closedAt: row.closed_at,
        ...(joinedCases.length > 0 ? { joinedCases } : {}),
      };
    });
    const decision = decideMatch(
      { fileNumbers: ownNumbers, relatedFileNumbers: relatedNumbers, court: fields.court?.value ?? null, household },
      candidates,
      {
        joinThreshold: settings.joinThreshold,
        reviewThreshold: settings.reviewThreshold,
        rejectedCaseIds: [],
        knownDifferent: memory.knownDifferent,
        today,
        earlierCaseDays: Math.round(settings.earlierCaseYears * 365.25),
      },
    );

    let caseId: string;
    const newCase = decision.kind !== 'join';
    if (decision.kind === 'join') {
      caseId = decision.caseId;
      store.events.record({
        at,
        actor: SYSTEM,
        kind: 'document-joined',
        caseId,
        documentId: doc.id,
        details: { rule: decision.rule, score: decision.score, explanation: decision.explanation, ...(decision.remembered ? { remembered: decision.remembered } : {}) },
      });
    } else {
      caseId = store.cases.create(at);
      store.events.record({ at, actor: SYSTEM, kind: 'case-created', caseId, documentId: doc.id });
      if (decision.kind === 'possible') {
        for (const candidate of decision.candidates) {
          store.cases.recordPossibleMatch({ documentId: doc.id, caseId, candidateCaseId: candidate.caseId, score: candidate.score, explanation: candidate.explanation, at });
          store.events.record({
            at,
            actor: SYSTEM,
            kind: 'possible-match',
            caseId,
            documentId: doc.id,
            details: { candidateCaseId: candidate.caseId, score: candidate.score, explanation: candidate.explanation },
          });
        }
      }
      if (decision.kind === 'possible') {
        for (const left of decision.excluded ?? []) {
          store.events.record({
            at,
            actor: SYSTEM,
            kind: 'match-excluded',
            caseId,
            documentId: doc.id,
            details: { candidateCaseId: left.caseId, preferredCaseId: left.preferredCaseId, decidedBy: left.decidedBy, decidedAt: left.decidedAt },
          });
        }
      }
      const earlier = decision.earlierCases[0];
      if (earlier) {
        store.cases.update(caseId, { earlier_case_id: earlier.caseId }, at);
        store.events.record({
          at,
          actor: SYSTEM,
          kind: 'earlier-case',
          caseId,
          documentId: doc.id,
          details: { earlierCaseId: earlier.caseId, score: earlier.score, years: settings.earlierCaseYears },
        });
      }
    }

    // Fields, with provenance (a worker's correction stays), and file numbers.
    const merge = writeReadings(store, caseId, doc.id, extraction, at, input.learned);
    if (merge.updates.length > 0 || merge.kept.length > 0) {
      store.events.record({
        at,
        actor: SYSTEM,
        kind: 'fields-read',
        caseId,
        documentId: doc.id,
        details: {
          updated: merge.updates.map((u) => ({ field: u.name, why: u.why, confidence: u.confidence })),
          kept: merge.kept,
        },
      });
    }

    refreshDerived(store, caseId, settings, now);
    if (newCase) store.letters.createFirstContact(caseId, settings.defaultLetterVariant, at);
    updateReviewFlag(store, caseId, at);

    store.documents.markDone(doc.id, {
      caseId,
      originalPath: input.originalPath,
      mimeType: input.mimeType,
      documentType: extraction.documentType,
      pageCount: input.pageCount ?? extraction.pages[1] - extraction.pages[0] + 1,
      textSource: extraction.text.source,
      textConfidence: extraction.text.confidence,
      extractionJson: JSON.stringify(extraction),
      pagesJson: input.pagesJson,
      readAt: input.readAt,
      extractedAt: input.extractedAt,
      at,
      senderKey: input.sender?.key ?? null,
    });
    if (input.sender) store.layout.noteSender(input.sender.key, input.sender.label, at, input.sender.features ? JSON.stringify(input.sender.features) : null);
    return { caseId, decision: decision.kind, newCase };
  });
}

/** Recomputes what follows from a case's fields: match keys, deadlines, town columns. */
export function refreshDerived(store: IntakeStore, caseId: string, settings: Pick<CommitSettings, 'serviceEstimateDays'>, now: Date): void {
  const at = now.toISOString();
  const fields = currentFields(store, caseId);
  const household = householdOf(fields);
  store.cases.replaceMatchKeys(caseId, blockingKeys(household));
  const value = <T>(name: (typeof CASE_FIELD_NAMES)[number]) => (fields.get(name)?.value as T | undefined) ?? null;
  const deadlines = computeDeadlines(
    {
      hearing: value('hearing'),
      claimServed: value('claimServed'),
      claimReceived: value('claimReceived'),
      evictionDate: value('evictionDate'),
      vacateDeadline: value('vacateDeadline'),
    },
    { today: at.slice(0, 10), serviceEstimateDays: settings.serviceEstimateDays },
  );
  store.cases.replaceDeadlines(
    caseId,
    deadlines.map((d) => ({ kind: d.kind, date: d.date, time: d.time, estimated: d.estimated ? 1 : 0, label: d.label })),
  );
  store.cases.update(caseId, { postal_code: household.address?.postalCode ?? null, city: household.address?.city ?? null }, at);
}

export function updateReviewFlag(store: IntakeStore, caseId: string, at: string): void {
  const reasons = reviewReasons({
    fields: currentFields(store, caseId),
    openPossibleMatches: store.cases.openPossibleMatches(caseId).length,
    letterBlocked: store.letters.forCase(caseId).some((l) => l.status === 'blocked'),
  });
  store.cases.update(caseId, { needs_review: reasons.length > 0 ? 1 : 0 }, at);
}
