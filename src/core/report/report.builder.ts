/**
 * The evaluation report: per month (of receipt for notices, of opening for cases), for all
 * towns together and per town, with small counts suppressed so no household can be singled out.
 *
 * Anonymisation rules (k = minCount):
 * - a town with fewer than k new cases in a month is merged into "Übrige Orte";
 * - any count from 1 to k-1 is suppressed (null), medians over fewer than k cases too;
 * - secondary suppression: where a suppressed count could be recomputed from a sum (the outcome
 *   cells add up to the new cases; the town rows add up to "Alle Orte"), the next smallest
 *   count of that sum is suppressed as well.
 * Cases closed as 'merged' (joined into another case) are not separate households and are left out.
 */
import { ALL_TOWNS, OTHER_TOWNS, OUTCOME_KEYS, UNKNOWN_TOWN, type CaseFact, type NoticeFact, type OutcomeKey, type Report, type ReportInput, type ReportOptions, type ReportRow } from './report.types.js';

const DAY_MS = 86_400_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** Every month from `from` to `to` (YYYY-MM, inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const end = to;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) return out;
    out.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Calendar days between two ISO timestamps (their UTC dates). */
export function daysBetweenIso(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function outcomeKey(fact: Pick<CaseFact, 'status' | 'outcome'>): OutcomeKey {
  if (fact.status !== 'closed') return 'open';
  switch (fact.outcome) {
    case 'flat_kept':
      return 'flatKept';
    case 'flat_lost':
      return 'flatLost';
    case 'moved':
      return 'moved';
    case 'not_reached':
      return 'notReached';
    default:
      return 'unknown';
  }
}

const townOf = (town: string | null): string => (town && town.trim().length > 0 ? town.trim() : UNKNOWN_TOWN);

/** Exact figures for one group of cases and notices. */
export function exactRow(month: string, town: string, cases: CaseFact[], notices: NoticeFact[]): ReportRow & { medianN: [number, number] } {
  const outcomes = Object.fromEntries(OUTCOME_KEYS.map((k) => [k, 0])) as Record<OutcomeKey, number>;
  const toLetter: number[] = [];
  const toPersonal: number[] = [];
  for (const fact of cases) {
    outcomes[outcomeKey(fact)] += 1;
    if (fact.firstNoticeAt && fact.firstLetterAt) toLetter.push(daysBetweenIso(fact.firstNoticeAt, fact.firstLetterAt));
    if (fact.firstNoticeAt && fact.firstPersonalContactAt) toPersonal.push(daysBetweenIso(fact.firstNoticeAt, fact.firstPersonalContactAt));
  }
  return {
    month,
    town,
    notices: notices.length,
    newCases: cases.length,
    withHearing: cases.filter((c) => c.hadHearing).length,
    firstContactCases: toLetter.length,
    medianDaysToFirstContact: median(toLetter),
    personalContactCases: toPersonal.length,
    medianDaysToPersonalContact: median(toPersonal),
    outcomes,
    medianN: [toLetter.length, toPersonal.length],
  };
}

/** The report with every figure exact (for checks; never hand this out). */
export function buildExactRows(input: ReportInput, options: Pick<ReportOptions, 'from' | 'to' | 'minCount'>): (ReportRow & { medianN: [number, number] })[] {
  const cases = input.cases.filter((c) => c.outcome !== 'merged');
  const rows: (ReportRow & { medianN: [number, number] })[] = [];
  for (const month of monthsBetween(options.from, options.to)) {
    const monthCases = cases.filter((c) => c.createdAt.slice(0, 7) === month);
    const monthNotices = input.notices.filter((n) => n.receivedAt.slice(0, 7) === month);
    rows.push(exactRow(month, ALL_TOWNS, monthCases, monthNotices));
    const towns = [...new Set([...monthCases.map((c) => townOf(c.town)), ...monthNotices.map((n) => townOf(n.town))])].sort((a, b) => a.localeCompare(b, 'de'));
    const shown = towns.filter((t) => t !== UNKNOWN_TOWN && monthCases.filter((c) => townOf(c.town) === t).length >= options.minCount);
    for (const town of shown) {
      rows.push(exactRow(month, town, monthCases.filter((c) => townOf(c.town) === town), monthNotices.filter((n) => townOf(n.town) === town)));
    }
    const rest = (town: string | null) => !shown.includes(townOf(town));
    const otherCases = monthCases.filter((c) => rest(c.town));
    const otherNotices = monthNotices.filter((n) => rest(n.town));
    if (shown.length > 0 && (otherCases.length > 0 || otherNotices.length > 0)) {
      rows.push(exactRow(month, OTHER_TOWNS, otherCases, otherNotices));
    }
  }
  return rows;
}

type CountKey = 'notices' | 'newCases' | 'withHearing' | 'firstContactCases' | 'personalContactCases' | `outcome:${OutcomeKey}`;
const COUNT_KEYS: CountKey[] = ['notices', 'newCases', 'withHearing', 'firstContactCases', 'personalContactCases', ...OUTCOME_KEYS.map((k) => `outcome:${k}` as const)];

function getCount(row: ReportRow, key: CountKey): number | null {
  return key.startsWith('outcome:') ? row.outcomes[key.slice(8) as OutcomeKey] : (row[key as Exclude<CountKey, `outcome:${string}`>] as number | null);
}
function suppress(row: ReportRow, key: CountKey): void {
  if (key.startsWith('outcome:')) row.outcomes[key.slice(8) as OutcomeKey] = null;
  else (row as unknown as Record<string, number | null>)[key] = null;
}

/**
 * In a group of cells whose sum is shown, a lone suppressed cell could be recomputed: hide the
 * smallest other non-zero cell too, or, if there is none, the sum. Returns true if it hid something.
 */
function protectSum(cells: { row: ReportRow; key: CountKey; exact: number }[], sum: { row: ReportRow; key: CountKey }): boolean {
  if (getCount(sum.row, sum.key) === null) return false;
  const hidden = cells.filter((c) => getCount(c.row, c.key) === null && c.exact > 0);
  if (hidden.length !== 1) return false;
  const partner = cells.filter((c) => getCount(c.row, c.key) !== null && c.exact > 0).sort((a, b) => a.exact - b.exact)[0];
  if (partner) suppress(partner.row, partner.key);
  else suppress(sum.row, sum.key);
  return true;
}

/** The anonymised report. */
export function buildReport(input: ReportInput, options: ReportOptions): Report {
  const k = options.minCount;
  const exact = buildExactRows(input, options);
  const rows: ReportRow[] = exact.map(({ medianN, ...row }) => ({ ...row, outcomes: { ...row.outcomes } }));
  const exactOf = new Map<ReportRow, ReportRow>(rows.map((row, i) => [row, exact[i]!]));
  for (const [i, row] of rows.entries()) {
    for (const key of COUNT_KEYS) {
      const value = getCount(row, key);
      if (value !== null && value > 0 && value < k) suppress(row, key);
    }
    const [nLetter, nPersonal] = exact[i]!.medianN;
    if (nLetter < k) row.medianDaysToFirstContact = null;
    if (nPersonal < k) row.medianDaysToPersonalContact = null;
  }
  // Each step only hides cells, so this ends; the bound is a guard.
  for (let pass = 0; pass < 100; pass++) {
    let changed = false;
    for (const row of rows) {
      const cells = OUTCOME_KEYS.map((o) => ({ row, key: `outcome:${o}` as CountKey, exact: getCount(exactOf.get(row)!, `outcome:${o}`)! }));
      if (protectSum(cells, { row, key: 'newCases' })) changed = true;
    }
    for (const month of new Set(rows.map((r) => r.month))) {
      const monthRows = rows.filter((r) => r.month === month);
      const total = monthRows.find((r) => r.town === ALL_TOWNS)!;
      const parts = monthRows.filter((r) => r !== total);
      if (parts.length === 0) continue;
      for (const key of COUNT_KEYS) {
        const cells = parts.map((row) => ({ row, key, exact: getCount(exactOf.get(row)!, key)! }));
        if (protectSum(cells, { row: total, key })) changed = true;
      }
    }
    if (!changed) break;
  }
  return { from: options.from, to: options.to, minCount: k, rows };
}

/**
 * The whole period as one line per town (and "Alle Orte"), anonymised by the same rules as a
 * month: the facts of the period are counted as if they fell in one month. `month` of these rows
 * reads "YYYY-MM – YYYY-MM".
 */
export function buildPeriodRows(input: ReportInput, options: ReportOptions): ReportRow[] {
  const inPeriod = (iso: string) => iso.slice(0, 7) >= options.from && iso.slice(0, 7) <= options.to;
  const pinned = `${options.from}-01T00:00:00.000Z`;
  const cases = input.cases.filter((c) => inPeriod(c.createdAt)).map((c) => ({ ...c, createdAt: pinned }));
  const notices = input.notices.filter((n) => inPeriod(n.receivedAt)).map((n) => ({ ...n, receivedAt: pinned }));
  const label = options.from === options.to ? options.from : `${options.from} – ${options.to}`;
  return buildReport({ cases, notices }, { ...options, to: options.from }).rows.map((row) => ({ ...row, month: label }));
}
