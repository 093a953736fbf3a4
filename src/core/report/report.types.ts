/**
 * Plain facts the evaluation report is computed from. They carry no names, streets, house
 * numbers, file numbers or birth dates: only dates, the town and the case's state.
 */
export interface CaseFact {
  /** ISO timestamp the case was opened (its month is the case's cohort). */
  createdAt: string;
  /** Town of the flat (cases.city), null when unknown. */
  town: string | null;
  status: string;
  outcome: string | null;
  /** When the first document of the case arrived (the notice). */
  firstNoticeAt: string | null;
  hadHearing: boolean;
  /** When the first letter to the household was printed (first contact). */
  firstLetterAt: string | null;
  /** First contact attempt that reached the household in person (phone, visit, office). */
  firstPersonalContactAt: string | null;
}

/** One received document (no duplicates, no failed files), with the town of its case. */
export interface NoticeFact {
  receivedAt: string;
  town: string | null;
}

export interface ReportInput {
  cases: CaseFact[];
  notices: NoticeFact[];
}

export interface ReportOptions {
  /** First and last month, YYYY-MM, inclusive. */
  from: string;
  to: string;
  /** Counts 1 … minCount-1 are suppressed; towns with fewer new cases are merged. */
  minCount: number;
}

export const OUTCOME_KEYS = ['flatKept', 'flatLost', 'moved', 'notReached', 'unknown', 'open'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** One line of the report. `null` means suppressed (a count too small to show). */
export interface ReportRow {
  month: string;
  /** A town, ALL_TOWNS or OTHER_TOWNS. */
  town: string;
  notices: number | null;
  newCases: number | null;
  withHearing: number | null;
  firstContactCases: number | null;
  medianDaysToFirstContact: number | null;
  personalContactCases: number | null;
  medianDaysToPersonalContact: number | null;
  outcomes: Record<OutcomeKey, number | null>;
  /**
   * Counts hidden although they are not small, so that a small count hidden beside them cannot be recomputed from
   * a sum ("notices", "newCases", … "outcome:flatKept"). Shown as "x", not as "<k": the value may be large.
   */
  recomputable?: string[];
}

export interface Report {
  from: string;
  to: string;
  minCount: number;
  rows: ReportRow[];
}

export const ALL_TOWNS = 'Alle Orte';
export const OTHER_TOWNS = 'Übrige Orte';
export const UNKNOWN_TOWN = 'Ort unbekannt';
