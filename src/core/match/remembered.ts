/**
 * What workers decided about possible matches, as facts the matcher consults on every later document:
 * "joined" means two cases are one household (the first lives on in the second), "rejected" means two
 * households are different. Decisions follow merges: a rejection of a case that was later joined into
 * another one holds for the case it now lives in. Pure: the caller reads the decided rows.
 */

export interface DecidedMatch {
  caseId: string;
  candidateCaseId: string;
  decision: 'joined' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Who decided and when (no personal data: a worker's sign-in name and a timestamp). */
export interface DecisionStamp {
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Two live cases a worker said are different households (possibly through cases joined into them). */
export interface KnownDifferent extends DecisionStamp {
  caseIds: [string, string];
}

export interface RememberedDecisions {
  /** The case a case lives on in after joins (itself when it was never joined into another). */
  liveCaseOf(caseId: string): string;
  /** The join that took `caseId` into another case, if any. */
  joinOf(caseId: string): (DecisionStamp & { into: string }) | undefined;
  /** Cases that live on in `caseId` (joined into it, directly or through another join), with their join's stamp. */
  joinedInto(caseId: string): (DecisionStamp & { caseId: string })[];
  /** Rejections between live cases, each pair once. */
  knownDifferent: KnownDifferent[];
}

/**
 * Folds decided rows into live cases. `isMerged(id)` says whether a case was closed as joined into
 * another; a "joined" row of a case that is not (any more) merged does not redirect it.
 */
export function rememberDecisions(rows: readonly DecidedMatch[], isMerged: (caseId: string) => boolean): RememberedDecisions {
  const joins = new Map<string, DecisionStamp & { into: string }>();
  for (const row of rows) {
    if (row.decision !== 'joined' || row.caseId === row.candidateCaseId || !isMerged(row.caseId)) continue;
    joins.set(row.caseId, { into: row.candidateCaseId, decidedBy: row.decidedBy, decidedAt: row.decidedAt });
  }
  const liveCaseOf = (caseId: string): string => {
    const seen = new Set<string>();
    let current = caseId;
    while (joins.has(current) && !seen.has(current)) {
      seen.add(current);
      current = joins.get(current)!.into;
    }
    return current;
  };
  const knownDifferent: KnownDifferent[] = [];
  const seenPairs = new Set<string>();
  for (const row of rows) {
    if (row.decision !== 'rejected') continue;
    const a = liveCaseOf(row.caseId);
    const b = liveCaseOf(row.candidateCaseId);
    if (a === b) continue;
    const key = [a, b].sort().join('\u0000');
    if (seenPairs.has(key)) continue;
    seenPairs.add(key);
    knownDifferent.push({ caseIds: [a, b], decidedBy: row.decidedBy, decidedAt: row.decidedAt });
  }
  const joinedInto = (caseId: string) =>
    [...joins.entries()]
      .filter(([from]) => from !== caseId && liveCaseOf(from) === caseId)
      .map(([from, join]) => ({ caseId: from, decidedBy: join.decidedBy, decidedAt: join.decidedAt }));
  return { liveCaseOf, joinOf: (caseId) => joins.get(caseId), joinedInto, knownDifferent };
}

/** "am 14.03.2025 von mfischer" — who decided and when, for the case history. */
export function stampText(stamp: DecisionStamp): string {
  const date = stamp.decidedAt ? `${stamp.decidedAt.slice(8, 10)}.${stamp.decidedAt.slice(5, 7)}.${stamp.decidedAt.slice(0, 4)}` : null;
  return [date ? `am ${date}` : null, stamp.decidedBy ? `von ${stamp.decidedBy}` : null].filter(Boolean).join(' ') || 'früher';
}
