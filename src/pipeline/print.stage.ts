import type { Clock, FileStore, LetterMaker } from './ports.js';
import type { IntakeStore, LetterRow } from './store.port.js';

export interface PrintJob {
  /** Absolute path of the combined PDF, or null when there was nothing to print. */
  path: string | null;
  letterIds: string[];
  caseIds: string[];
}

/** Post-office order: by postal code (letters for one delivery area lie together), then case id. */
function byPostalCode(store: IntakeStore, letters: LetterRow[]): LetterRow[] {
  const key = (l: LetterRow) => `${store.cases.get(l.case_id)?.postal_code ?? '99999'}|${l.case_id}|${l.id}`;
  return [...letters].sort((a, b) => key(a).localeCompare(key(b)));
}

function jobName(at: Date, suffix: string): string {
  return `druck-${at.toISOString().replace(/[:.]/g, '-').slice(0, 19)}${suffix}`;
}

/**
 * `intake letters print`: one PDF with every ready letter not printed yet, sorted by postal code,
 * each letter typeset from the content frozen when it was made. The letters are marked printed
 * only after the PDF is on disk, so a failed write prints them again next time.
 */
export async function printUnprinted(deps: { store: IntakeStore; files: FileStore; letters: LetterMaker; clock: Clock }): Promise<PrintJob> {
  const { store, files, letters, clock } = deps;
  const due = byPostalCode(store, store.letters.unprinted().filter((l) => l.content_json !== null));
  if (due.length === 0) return { path: null, letterIds: [], caseIds: [] };
  const now = clock();
  const pdf = await letters.combine(due.map((l) => l.content_json!));
  const path = await files.writePrintJob(jobName(now, ''), pdf);
  const at = now.toISOString();
  store.transaction(() => {
    store.letters.markPrinted(
      due.map((l) => l.id),
      at,
    );
    for (const letter of due) {
      store.events.record({ at, actor: 'system', kind: 'letter-printed', caseId: letter.case_id, details: { letterId: letter.id, job: path.split(/[\\/]/).pop() } });
    }
  });
  return { path, letterIds: due.map((l) => l.id), caseIds: [...new Set(due.map((l) => l.case_id))] };
}

/** `intake letters print --reprint <case>`: the case's ready letters again, printed or not; the first print time is kept. */
export async function reprintCase(
  deps: { store: IntakeStore; files: FileStore; letters: LetterMaker; clock: Clock },
  caseId: string,
): Promise<PrintJob> {
  const { store, files, letters, clock } = deps;
  const ready = store.letters.forCase(caseId).filter((l) => l.status === 'ready' && l.content_json !== null);
  if (ready.length === 0) return { path: null, letterIds: [], caseIds: [] };
  const now = clock();
  const pdf = await letters.combine(ready.map((l) => l.content_json!));
  const path = await files.writePrintJob(jobName(now, `-${caseId}`), pdf);
  const at = now.toISOString();
  store.transaction(() => {
    const unprinted = ready.filter((l) => l.printed_at === null).map((l) => l.id);
    if (unprinted.length > 0) store.letters.markPrinted(unprinted, at);
    for (const letter of ready) {
      store.events.record({ at, actor: 'system', kind: 'letter-reprinted', caseId, details: { letterId: letter.id, job: path.split(/[\\/]/).pop() } });
    }
  });
  return { path, letterIds: ready.map((l) => l.id), caseIds: [caseId] };
}
