import type { Address, Hearing, Tenant } from '../core/extraction.schema.js';
import { currentFields } from './commit.stage.js';
import type { IntakeStore } from './store.port.js';

/** One case as `intake cases --json` prints it (and as the web UI reads it). */
export interface CaseSummary {
  id: string;
  status: string;
  outcome: string | null;
  needsReview: boolean;
  court: string | null;
  fileNumbers: string[];
  tenants: Tenant[];
  address: Address | null;
  hearing: Hearing | null;
  evictionDate: { date: string; time: string | null } | null;
  earlierCaseId: string | null;
  urgency: { kind: string; date: string; daysLeft: number } | null;
  deadlines: { kind: string; date: string; time: string | null; estimated: boolean; label: string }[];
  documents: { id: string; sha256: string; originalName: string; documentType: string | null; receivedAt: string; status: string }[];
  letters: { kind: string; variant: string; status: string; reason: string | null; path: string | null; createdAt: string; printedAt: string | null }[];
  createdAt: string;
}

const DAY_MS = 86_400_000;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

export function caseSummary(store: IntakeStore, caseId: string, today: string): CaseSummary | undefined {
  const row = store.cases.get(caseId);
  if (!row) return undefined;
  const fields = currentFields(store, caseId);
  const value = <T>(name: string) => (fields.get(name)?.value as T | undefined) ?? null;
  const deadlines = store.cases.deadlines(caseId).map((d) => ({
    kind: d.kind,
    date: d.date,
    time: d.time,
    estimated: d.estimated === 1,
    label: d.label,
  }));
  const next = deadlines.filter((d) => d.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
  const duplicates = new Map<string, number>();
  const documents = store.documents.forCase(caseId).map((d) => {
    if (d.status === 'duplicate') duplicates.set(d.sha256, (duplicates.get(d.sha256) ?? 0) + 1);
    return {
      id: d.id,
      sha256: d.sha256,
      originalName: d.original_name,
      documentType: d.document_type,
      receivedAt: d.received_at,
      status: d.status,
    };
  });
  return {
    id: row.id,
    status: row.status,
    outcome: row.outcome,
    needsReview: row.needs_review === 1,
    court: value<string>('court'),
    fileNumbers: store.cases.fileNumbers(caseId).map((f) => f.number),
    tenants: value<Tenant[]>('tenants') ?? [],
    address: value<Address>('address'),
    hearing: value<Hearing>('hearing'),
    evictionDate: value<{ date: string; time: string | null }>('evictionDate'),
    earlierCaseId: row.earlier_case_id,
    urgency: next ? { kind: next.kind, date: next.date, daysLeft: daysBetween(today, next.date) } : null,
    deadlines,
    documents,
    letters: store.letters.forCase(caseId).map((l) => ({
      kind: l.kind,
      variant: l.variant,
      status: l.status,
      reason: l.reason,
      path: l.path,
      createdAt: l.created_at,
      printedAt: l.printed_at,
    })),
    createdAt: row.created_at,
  };
}

/** All cases, most urgent first. */
export function listCases(store: IntakeStore, today: string): CaseSummary[] {
  return store.cases.idsByUrgency(today).map((id) => caseSummary(store, id, today)!);
}
