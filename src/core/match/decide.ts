/**
 * Tiered matching of a document to existing cases (strongest evidence first, as in Actual Budget):
 * 1. same court and Aktenzeichen, 2. the document's related Aktenzeichen (a bailiff notice naming the title),
 * 3. household score. Rules that keep different households apart are enforced here, on top of the score,
 * and so are a worker's earlier decisions (remembered.ts): a case joined into another one still vouches for
 * its household, and of two households a worker called different only the nearer one is proposed.
 */
import { foldLetters } from './name-normalize.js';
import {
  DEFAULT_JOIN_THRESHOLD, DEFAULT_REVIEW_THRESHOLD, scoreHousehold, type HouseholdFacts, type HouseholdScore,
} from './household.js';
import { stampText, type DecisionStamp, type KnownDifferent } from './remembered.js';

export interface MatchInput {
  /** The document's own file numbers (Aktenzeichen). */
  fileNumbers: string[];
  /** File numbers the document refers to (the title's Aktenzeichen in a bailiff notice); optional. */
  relatedFileNumbers?: string[];
  court: string | null;
  household: HouseholdFacts;
}

export interface MatchCandidate {
  caseId: string;
  fileNumbers: { court: string | null; number: string }[];
  household: HouseholdFacts;
  createdAt: string;
  closedAt: string | null;
  /** Cases a worker joined into this one ("same household"): a document like any of them belongs here too. */
  joinedCases?: JoinedCase[];
}

export interface JoinedCase extends DecisionStamp {
  caseId: string;
  household: HouseholdFacts;
}

/** A candidate left out because a worker said it is another household than a nearer candidate. */
export interface ExcludedCandidate extends DecisionStamp {
  caseId: string;
  preferredCaseId: string;
}

export interface MatchOptions {
  joinThreshold: number;
  reviewThreshold: number;
  /** Cases a worker said are "not the same" for this household/document: never joined, never proposed again. */
  rejectedCaseIds: string[];
  /** Pairs of cases a worker said are different households: of the two, only the nearer one is proposed. */
  knownDifferent?: KnownDifferent[];
  /** ISO date; with it, earlier (closed) cases older than `earlierCaseDays` are not reported. */
  today?: string;
  /** Default 730 (two years: the grace period can be used once in two years). */
  earlierCaseDays?: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  joinThreshold: DEFAULT_JOIN_THRESHOLD,
  reviewThreshold: DEFAULT_REVIEW_THRESHOLD,
  rejectedCaseIds: [],
};

export interface PossibleCandidate {
  caseId: string;
  score: number;
  explanation: string;
}

/** The confirmed join a household join relied on: the document is like `viaCaseId`, which lives on in the joined case. */
export interface RememberedJoin extends DecisionStamp {
  viaCaseId: string;
}

export type MatchDecision =
  | {
    kind: 'join'; caseId: string; rule: 'file-number' | 'related-file-number' | 'household'; score: number; explanation: string;
    remembered?: RememberedJoin;
  }
  | { kind: 'possible'; candidates: PossibleCandidate[]; earlierCases: { caseId: string; score: number }[]; excluded?: ExcludedCandidate[] }
  | { kind: 'new'; earlierCases: { caseId: string; score: number }[] };

/** Comparison form of an Aktenzeichen: upper-case, without spaces and dots ("12 C 345/25" → "12C345/25"). */
export function normalizeFileNumber(s: string): string {
  return s.toUpperCase().replace(/[\s.]+/g, '');
}

/** Comparison form of a court name: "Amtsgericht Gummersbach", "AG Gummersbach" → "gummersbach". */
export function normalizeCourt(s: string): string {
  return foldLetters(s).replace(/^\s*(amtsgericht|ag)\b/, '').replace(/[^a-z]/g, '');
}

const EPSILON = 0.001;

function hasFacts(h: HouseholdFacts): boolean {
  return h.tenants.length > 0 || h.address !== null;
}

/** Highest score the address evidence allows: only the same house can join; another street or town cannot even be proposed. */
function ceiling(s: HouseholdScore, o: MatchOptions): number {
  switch (s.addressLevel) {
    case 'same-house':
      return 1;
    case 'same-street':
    case 'unknown':
      return o.joinThreshold - EPSILON;
    default:
      return o.reviewThreshold - EPSILON;
  }
}

/** Household facts that clearly speak against a file-number match. `strict` when a court is unknown on one side. */
function contradicts(s: HouseholdScore, strict: boolean): boolean {
  const namesDisagree = s.familyLevel === 'none' || (strict && s.familyLevel === 'jw70');
  const addressDisagrees = s.addressLevel === 'different' || s.addressLevel === 'same-postal-code';
  const namesKnown = s.familyLevel !== 'missing';
  const addressKnown = s.addressLevel !== 'unknown';
  if (strict) return (namesKnown && namesDisagree) || (addressKnown && addressDisagrees);
  return namesKnown && addressKnown && namesDisagree && addressDisagrees;
}

interface NumberHit {
  candidate: MatchCandidate;
  courtKnown: boolean;
}

function numberHits(numbers: string[], court: string | null, candidates: MatchCandidate[]): NumberHit[] {
  const wanted = new Set(numbers.map(normalizeFileNumber));
  const ownCourt = court === null ? null : normalizeCourt(court);
  const hits: NumberHit[] = [];
  for (const candidate of candidates) {
    let best: NumberHit | null = null;
    for (const fn of candidate.fileNumbers) {
      if (!wanted.has(normalizeFileNumber(fn.number))) continue;
      const theirCourt = fn.court === null ? null : normalizeCourt(fn.court);
      if (ownCourt !== null && theirCourt !== null && ownCourt !== theirCourt) continue;
      const courtKnown = ownCourt !== null && theirCourt !== null;
      if (best === null || (courtKnown && !best.courtKnown)) best = { candidate, courtKnown };
    }
    if (best !== null) hits.push(best);
  }
  return hits;
}

const RULE_TEXT = {
  'file-number': 'Regel: gleiches Aktenzeichen',
  'related-file-number': 'Regel: Aktenzeichen des Titels im Dokument',
} as const;

function numberTier(
  rule: 'file-number' | 'related-file-number', hits: NumberHit[], input: MatchInput, o: MatchOptions,
): MatchDecision | null {
  if (hits.length === 0) return null;
  const judged = hits.map((hit) => {
    const { s, facts } = scoreCandidate(input, hit.candidate, o);
    const comparable = hasFacts(input.household) && hasFacts(facts);
    const bad = comparable && contradicts(s, !hit.courtKnown);
    const courtText = hit.courtKnown ? 'gleiches Gericht' : 'Gericht auf einer Seite unbekannt';
    return { hit, s, bad, explanation: `${RULE_TEXT[rule]} (${courtText}); Haushalt: ${s.explanation}` };
  });
  const good = judged.filter((j) => !j.bad);
  if (good.length === 1 && judged.length === 1) {
    const j = good[0]!;
    return { kind: 'join', caseId: j.hit.candidate.caseId, rule, score: 1, explanation: j.explanation };
  }
  return {
    kind: 'possible',
    candidates: judged.map((j) => ({
      caseId: j.hit.candidate.caseId,
      score: j.s.score,
      explanation: j.bad ? `${j.explanation}; Haushalt widerspricht dem Aktenzeichen – bitte prüfen` : `${j.explanation}; mehrere Fälle mit diesem Aktenzeichen`,
    })),
    earlierCases: [],
  };
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

interface Scored {
  c: MatchCandidate;
  s: HouseholdScore;
  effective: number;
  facts: HouseholdFacts;
  /** Set when the best evidence is a case a worker joined into this one. */
  via: JoinedCase | null;
}

/** The candidate's best household score over its own facts and those of the cases joined into it. */
function scoreCandidate(input: MatchInput, c: MatchCandidate, o: MatchOptions): Scored {
  const sides: [HouseholdFacts, JoinedCase | null][] = [[c.household, null], ...(c.joinedCases ?? []).map((j): [HouseholdFacts, JoinedCase] => [j.household, j])];
  let best: Scored | null = null;
  for (const [facts, via] of sides) {
    const s = scoreHousehold(input.household, facts);
    const effective = Math.min(s.score, ceiling(s, o));
    if (best === null || effective > best.effective) best = { c, s, effective, facts, via };
  }
  return best!;
}

function householdText(x: Scored): string {
  if (x.via === null) return `Regel: Haushalt; ${x.s.explanation}`;
  return `Regel: Haushalt wie Fall ${x.via.caseId}, der ${stampText(x.via)} als derselbe Haushalt mit diesem Fall zusammengeführt wurde; ${x.s.explanation}`;
}

/**
 * Of two reviewable candidates a worker called different households, the one the document resembles less is
 * left out (it cannot be both); on a tie both stay and say so. Returns the left-out ones and notes per kept id.
 */
function applyKnownDifferent(live: Scored[], o: MatchOptions): { excluded: ExcludedCandidate[]; notes: Map<string, string[]> } {
  const byId = new Map(live.filter((x) => x.effective >= o.reviewThreshold).map((x) => [x.c.caseId, x]));
  const excluded: ExcludedCandidate[] = [];
  const notes = new Map<string, string[]>();
  const note = (id: string, text: string) => notes.set(id, [...(notes.get(id) ?? []), text]);
  for (const pair of o.knownDifferent ?? []) {
    const x = byId.get(pair.caseIds[0]);
    const y = byId.get(pair.caseIds[1]);
    if (!x || !y) continue;
    if (x.effective === y.effective) {
      for (const [a, b] of [[x, y], [y, x]] as const) {
        note(a.c.caseId, `Fall ${b.c.caseId} ist laut Entscheidung ${stampText(pair)} ein anderer Haushalt – höchstens einer der beiden passt`);
      }
      continue;
    }
    const [keep, drop] = x.effective > y.effective ? [x, y] : [y, x];
    if (excluded.some((e) => e.caseId === drop.c.caseId)) continue;
    excluded.push({ caseId: drop.c.caseId, preferredCaseId: keep.c.caseId, decidedBy: pair.decidedBy, decidedAt: pair.decidedAt });
    note(keep.c.caseId, `Fall ${drop.c.caseId} nicht vorgeschlagen: laut Entscheidung ${stampText(pair)} ein anderer Haushalt als dieser Fall`);
  }
  return { excluded, notes };
}

/** Decides where a document belongs. Pure: the caller looks candidates up by blocking keys and file numbers. */
export function decideMatch(input: MatchInput, candidates: MatchCandidate[], options: MatchOptions = DEFAULT_MATCH_OPTIONS): MatchDecision {
  const rejected = new Set(options.rejectedCaseIds);
  const open = candidates.filter((c) => !rejected.has(c.caseId));

  const byNumber = numberTier('file-number', numberHits(input.fileNumbers, input.court, open), input, options);
  if (byNumber !== null) return byNumber;
  const related = input.relatedFileNumbers ?? [];
  const byRelated = numberTier('related-file-number', numberHits(related, input.court, open), input, options);
  if (byRelated !== null) return byRelated;

  const scored = open.map((c) => scoreCandidate(input, c, options)).sort((x, y) => y.effective - x.effective);

  const windowDays = options.earlierCaseDays ?? 730;
  const earlierCases = scored
    .filter((x) => x.c.closedAt !== null && x.effective >= options.reviewThreshold)
    .filter((x) => options.today === undefined || daysBetween(x.c.closedAt!, options.today) <= windowDays)
    .map((x) => ({ caseId: x.c.caseId, score: x.s.score }));

  const allLive = scored.filter((x) => x.c.closedAt === null);
  const { excluded, notes } = applyKnownDifferent(allLive, options);
  const left = new Set(excluded.map((e) => e.caseId));
  const live = allLive.filter((x) => !left.has(x.c.caseId));
  const joinable = live.filter((x) => x.effective >= options.joinThreshold);
  // A join needs the document to stand out on its own evidence: leaving out a rival above the threshold asks a worker instead.
  const rivalLeftOut = allLive.some((x) => left.has(x.c.caseId) && x.effective >= options.joinThreshold);
  if (joinable.length === 1 && !rivalLeftOut) {
    const x = joinable[0]!;
    const remembered = x.via === null ? {} : { remembered: { viaCaseId: x.via.caseId, decidedBy: x.via.decidedBy, decidedAt: x.via.decidedAt } };
    return { kind: 'join', caseId: x.c.caseId, rule: 'household', score: x.s.score, explanation: householdText(x), ...remembered };
  }
  const reviewable = live.filter((x) => x.effective >= options.reviewThreshold).slice(0, 5);
  if (reviewable.length > 0) {
    const many = joinable.length > 1 ? '; mehrere Fälle über der Schwelle – bitte prüfen' : '';
    const noted = (id: string) => (notes.get(id) ?? []).map((t) => `; ${t}`).join('');
    return {
      kind: 'possible',
      candidates: reviewable.map((x) => ({ caseId: x.c.caseId, score: x.s.score, explanation: `${householdText(x)}${many}${noted(x.c.caseId)}` })),
      earlierCases,
      ...(excluded.length > 0 ? { excluded } : {}),
    };
  }
  return { kind: 'new', earlierCases };
}
