import path from 'node:path';
import { openApp } from '../main.js';
import type { DocumentOutcome } from '../pipeline/runner.js';
import type { Registration } from '../intake/spool.js';
import type { DocumentStore } from '../pipeline/store.port.js';
import { parseCommand, UsageError } from './cli-context.js';
import { progressLine, type ProgressLine } from './progress-line.js';

export const PROCESS_HELP = `intake process <datei...> [--json]
  Verarbeitet die Dateien vollständig (speichern, lesen, Fall zuordnen, Brief) wie der Ordnerdienst,
  ohne sie zu verschieben. Ausgabe: eine Zeile je Datei (mit --json als JSON Lines); ein Stapel-Scan
  mit mehreren Schreiben nennt jedes Schreiben mit seinen Seiten und seinem Fall.`;

export async function processCommand(argv: string[]): Promise<number> {
  // On a terminal: one progress line instead of the info log lines (warnings still show).
  const terminal = Boolean(process.stderr.isTTY);
  const { config, logger, values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, { quietOnTerminal: true });
  if (positionals.length === 0) throw new UsageError('mindestens eine Datei angeben');
  const app = await openApp(config, logger);
  const outcomes = new Map<string, DocumentOutcome>();
  /** Which command-line position a document belongs to, for the progress line. */
  const positionOf = new Map<string, number>();
  const progress: ProgressLine | null = terminal ? progressLine(process.stderr, positionals) : null;
  app.runner.onOutcome((outcome) => {
    if (outcome.kind === 'retry') return;
    outcomes.set(outcome.documentId, outcome);
    const index = positionOf.get(outcome.documentId);
    if (index !== undefined) progress?.finished(index);
  });
  let exitCode = 0;
  try {
    await app.spool.recover();
    app.runner.start();
    const registrations: { file: string; registration: Registration | { kind: 'error'; code: string; message: string } }[] = [];
    for (const [index, file] of positionals.entries()) {
      progress?.started(index);
      try {
        const registration = await app.spool.claim(path.resolve(file), path.basename(file), 'cli');
        registrations.push({ file, registration });
        if (registration.kind === 'duplicate') progress?.finished(index);
        else positionOf.set(registration.documentId, index);
      } catch (error) {
        const err = error as NodeJS.ErrnoException;
        registrations.push({ file, registration: { kind: 'error', code: err.code === 'ENOENT' ? 'FILE_VANISHED' : 'IO_ERROR', message: err.code === 'ENOENT' ? 'Datei nicht gefunden.' : 'Datei nicht lesbar.' } });
        progress?.finished(index);
      }
      app.runner.wake();
    }
    await app.runner.whenIdle();
    progress?.stop();
    const fault = app.guard.state().faults.find((f) => f.scope === 'data');
    if (fault) {
      // The files were copied, never moved: they are all still where they were.
      process.stderr.write(`Verarbeitung angehalten (${fault.code}): ${fault.message}\nBitte den Befehl wiederholen, wenn der Fehler behoben ist.\n`);
      return 75;
    }
    for (const { file, registration } of registrations) {
      const line = describe(file, registration, outcomes, app.store.documents);
      if (line.status === 'failed') exitCode = 1;
      process.stdout.write(values['json'] ? `${JSON.stringify(line)}\n` : `${file}: ${line.text}\n`);
    }
  } finally {
    progress?.stop();
    await app.close();
  }
  return exitCode;
}

interface ProcessLine {
  file: string;
  status: 'case' | 'split' | 'duplicate' | 'failed';
  documentId: string | null;
  caseId: string | null;
  newCase?: boolean;
  /** A batch scan: the documents found in it, each with its pages in the batch and its case. */
  parts?: { documentId: string; pages: [number, number]; caseId: string | null; newCase: boolean }[];
  error?: { code: string; message: string };
  text: string;
}

function describe(
  file: string,
  registration: Registration | { kind: 'error'; code: string; message: string },
  outcomes: Map<string, DocumentOutcome>,
  documents: Pick<DocumentStore, 'get' | 'partsOf'>,
): ProcessLine {
  const getDocument = (id: string) => documents.get(id);
  if (registration.kind === 'error') {
    return { file, status: 'failed', documentId: null, caseId: null, error: { code: registration.code, message: registration.message }, text: `Fehler ${registration.code}: ${registration.message}` };
  }
  if (registration.kind === 'duplicate') {
    return { file, status: 'duplicate', documentId: registration.documentId, caseId: registration.caseId, text: `bereits eingegangen (Fall ${registration.caseId ?? '–'})` };
  }
  const row = getDocument(registration.documentId);
  const outcome = outcomes.get(registration.documentId);
  if (row?.status === 'split') {
    const isNew = new Map(outcome?.kind === 'split' ? outcome.parts.map((p) => [p.documentId, p.newCase]) : []);
    const parts = documents.partsOf(row.id).map((p) => ({
      documentId: p.id,
      pages: [p.page_first ?? 1, p.page_last ?? 1] as [number, number],
      caseId: p.case_id,
      newCase: isNew.get(p.id) ?? false,
    }));
    const text = `Stapel mit ${parts.length} Schreiben: ${parts
      .map((p) => `S. ${p.pages[0]}–${p.pages[1]} ${p.newCase ? 'neuer Fall' : 'zu Fall'} ${p.caseId ?? '–'}`)
      .join('; ')}`;
    return { file, status: 'split', documentId: row.id, caseId: null, parts, text };
  }
  if (row?.status === 'done' && row.case_id) {
    const isNew = outcome?.kind === 'done' ? outcome.newCase : false;
    return { file, status: 'case', documentId: registration.documentId, caseId: row.case_id, newCase: isNew, text: `${isNew ? 'neuer Fall' : 'zugeordnet zu Fall'} ${row.case_id}` };
  }
  const code = row?.error_code ?? 'INTERNAL';
  const message = row?.error_message ?? 'unbekannter Zustand';
  return { file, status: 'failed', documentId: registration.documentId, caseId: null, error: { code, message }, text: `Fehler ${code}: ${message}` };
}
