/**
 * The deadlines workers live by (docs/domain.md, "Deadlines") and a case's urgency: its nearest open deadline.
 */
import { addDays, addMonthsClamped, assertIsoDate, daysBetween } from './iso-date.js';

export type DeadlineKind = 'hearing' | 'grace_period_end' | 'eviction' | 'vacate_deadline' | 'enforcement_protection' | 'vacate_extension';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date. */
  date: string;
  /** "HH:MM" or null. */
  time: string | null;
  /** True when derived from an estimate (grace period from the receipt date). */
  estimated: boolean;
  /** German label for lists and letters. */
  label: string;
}

export interface DeadlineFacts {
  hearing: { date: string; time: string | null } | null;
  claimServed: string | null;
  claimReceived: string | null;
  evictionDate: { date: string; time: string | null } | null;
  /** End of the Räumungsfrist granted in the judgment (§ 721 ZPO). */
  vacateDeadline: string | null;
}

export interface DeadlineOptions {
  /** ISO date; kept for callers that compute urgency in the same breath (not needed for the dates themselves). */
  today: string;
  /** Estimated days from receipt of the claim at court to service on the tenant, used when only receipt is known. */
  serviceEstimateDays: number;
}

export const DEFAULT_SERVICE_ESTIMATE_DAYS = 14;

/**
 * End of the grace period (Schonfrist, § 569 Abs. 3 Nr. 2 BGB): two months after service, §§ 187 Abs. 1, 188 Abs. 2, 3 BGB.
 * The day of service is not counted; the period ends on the day with the same number two months later, or on the
 * last day of that month if it has no such day (31 Dec → 28/29 Feb). No § 193 shift for weekends/holidays.
 */
export function graceEnd(servedIso: string): string {
  return addMonthsClamped(assertIsoDate(servedIso), 2);
}

const ORDER: DeadlineKind[] = ['enforcement_protection', 'vacate_extension', 'grace_period_end', 'hearing', 'eviction', 'vacate_deadline'];

/** All deadlines that follow from the facts, sorted by date (then by how much can still be done). */
export function computeDeadlines(facts: DeadlineFacts, options: DeadlineOptions): Deadline[] {
  const out: Deadline[] = [];
  if (facts.hearing !== null) {
    out.push({ kind: 'hearing', date: assertIsoDate(facts.hearing.date), time: facts.hearing.time, estimated: false, label: 'Termin zur mündlichen Verhandlung' });
  }
  if (facts.claimServed !== null) {
    out.push({ kind: 'grace_period_end', date: graceEnd(facts.claimServed), time: null, estimated: false, label: 'Ende der Schonfrist (§ 569 Abs. 3 Nr. 2 BGB)' });
  } else if (facts.claimReceived !== null) {
    const served = addDays(assertIsoDate(facts.claimReceived), options.serviceEstimateDays);
    out.push({
      kind: 'grace_period_end', date: graceEnd(served), time: null, estimated: true,
      label: `Ende der Schonfrist (§ 569 Abs. 3 Nr. 2 BGB), geschätzt: Zustellung ca. ${options.serviceEstimateDays} Tage nach Klageeingang angenommen`,
    });
  }
  if (facts.evictionDate !== null) {
    const date = assertIsoDate(facts.evictionDate.date);
    out.push({ kind: 'eviction', date, time: facts.evictionDate.time, estimated: false, label: 'Räumungstermin' });
    out.push({
      kind: 'enforcement_protection', date: addDays(date, -14), time: null, estimated: false,
      label: 'Letzter Tag für einen Antrag auf Vollstreckungsschutz (§ 765a ZPO, zwei Wochen vor dem Räumungstermin)',
    });
  }
  if (facts.vacateDeadline !== null) {
    const date = assertIsoDate(facts.vacateDeadline);
    out.push({ kind: 'vacate_deadline', date, time: null, estimated: false, label: 'Ende der Räumungsfrist (§ 721 ZPO)' });
    out.push({
      kind: 'vacate_extension', date: addDays(date, -14), time: null, estimated: false,
      label: 'Letzter Tag für einen Antrag auf Verlängerung der Räumungsfrist (§ 721 Abs. 3 ZPO)',
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** The nearest deadline on or after today (a deadline today is still open), or null when none is left. */
export function urgency(deadlines: Deadline[], today: string): { date: string; kind: DeadlineKind; daysLeft: number } | null {
  const day = assertIsoDate(today);
  let best: Deadline | null = null;
  for (const d of deadlines) {
    if (d.date < day) continue;
    if (best === null || d.date < best.date || (d.date === best.date && ORDER.indexOf(d.kind) < ORDER.indexOf(best.kind))) best = d;
  }
  return best === null ? null : { date: best.date, kind: best.kind, daysLeft: daysBetween(day, best.date) };
}
