/**
 * A generated store for the report, purge and mail tests: seven households in three towns over
 * two months, with letters printed, contact attempts and outcomes at known dates. The expected
 * figures in the tests are computed by hand from the table below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyFields, type DocumentType, type ExtractionResult, type Fields } from '../../../src/core/extraction.schema.js';
import type { SqliteStore } from '../../../src/db/sqlite.store.js';
import { commitDocument, type CommitSettings } from '../../../src/pipeline/commit.stage.js';

type Plain = Partial<{ [K in keyof Fields]: NonNullable<Fields[K]>['value'] }>;

export interface Household {
  key: string;
  name: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  fileNumber: string;
  receivedAt: string;
  hearing: string | null;
  letterPrintedAt: string | null;
  contacts: { at: string; channel: string; reached: boolean }[];
  closed: { at: string; outcome: string } | null;
  /** A later document for the same case (same file number). */
  followUpAt?: string;
}

export const HOUSEHOLDS: Household[] = [
  { key: 'A', name: 'Jürgen Müller-Lüdenscheidt', street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', fileNumber: '12 C 345/24', receivedAt: '2025-01-06T09:00:00.000Z', hearing: '2025-02-20', letterPrintedAt: '2025-01-08T10:00:00.000Z', contacts: [{ at: '2025-01-13T10:00:00.000Z', channel: 'phone', reached: true }], closed: { at: '2025-03-01T10:00:00.000Z', outcome: 'flat_kept' }, followUpAt: '2025-01-25T09:00:00.000Z' },
  { key: 'B', name: 'Ewa Kowalczyk', street: 'Bahnhofstraße', houseNumber: '3', postalCode: '51674', city: 'Wiehl', fileNumber: '4 C 11/25', receivedAt: '2025-01-10T09:00:00.000Z', hearing: null, letterPrintedAt: '2025-01-14T10:00:00.000Z', contacts: [{ at: '2025-01-20T10:00:00.000Z', channel: 'visit', reached: true }], closed: { at: '2025-04-01T10:00:00.000Z', outcome: 'flat_lost' } },
  { key: 'C', name: 'Ayşe Yıldırım', street: 'Am Sonnenhang', houseNumber: '4', postalCode: '51674', city: 'Wiehl', fileNumber: '7 C 88/25', receivedAt: '2025-01-15T09:00:00.000Z', hearing: '2025-03-03', letterPrintedAt: '2025-01-16T10:00:00.000Z', contacts: [{ at: '2025-01-17T10:00:00.000Z', channel: 'phone', reached: false }], closed: null },
  { key: 'D', name: 'Wiesław Wiśniewski', street: 'Kölner Straße', houseNumber: '5-7', postalCode: '51643', city: 'Gummersbach', fileNumber: '3 C 1024/25', receivedAt: '2025-01-20T09:00:00.000Z', hearing: '2025-03-10', letterPrintedAt: '2025-01-27T10:00:00.000Z', contacts: [{ at: '2025-02-03T10:00:00.000Z', channel: 'office', reached: true }], closed: { at: '2025-05-02T10:00:00.000Z', outcome: 'moved' } },
  { key: 'E', name: 'Marie-Luise von Brandtstetter', street: 'Auf der Brück', houseNumber: '2', postalCode: '51789', city: 'Lindlar', fileNumber: '9 C 501/25', receivedAt: '2025-01-28T09:00:00.000Z', hearing: null, letterPrintedAt: null, contacts: [], closed: null },
  { key: 'F', name: 'Dimitrios Papadopoulos', street: 'Lindenweg', houseNumber: '17', postalCode: '51674', city: 'Wiehl', fileNumber: '12 C 77/25', receivedAt: '2025-02-03T09:00:00.000Z', hearing: '2025-03-25', letterPrintedAt: '2025-02-05T10:00:00.000Z', contacts: [{ at: '2025-02-10T10:00:00.000Z', channel: 'visit', reached: false }], closed: { at: '2025-06-01T10:00:00.000Z', outcome: 'not_reached' } },
  { key: 'G', name: 'Olga Kusnezowa', street: 'Talstraße', houseNumber: '9', postalCode: '51643', city: 'Gummersbach', fileNumber: '5 C 320/25', receivedAt: '2025-02-10T09:00:00.000Z', hearing: null, letterPrintedAt: '2025-02-20T10:00:00.000Z', contacts: [{ at: '2025-02-21T10:00:00.000Z', channel: 'email', reached: true }], closed: null },
];

export const COMMIT_SETTINGS: CommitSettings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' };

let seq = 0;

function extraction(documentType: DocumentType, plain: Plain): ExtractionResult {
  const fields = emptyFields();
  for (const [name, value] of Object.entries(plain)) {
    (fields as Record<string, unknown>)[name] = { value, confidence: 0.95, page: 1, bbox: [0.1, 0.1, 0.3, 0.12] };
  }
  seq += 1;
  return { file: `scan-${seq}.pdf`, sha256: seq.toString(16).padStart(64, 'a'), documentType, pages: [1, 1], text: { source: 'text-layer', confidence: 1 }, fields, warnings: [] };
}

/**
 * Commits one document as the runner would. The original, a page image and (for letters) the PDF are
 * written under dataDir with the household's name inside, so a purge test can look for it on disk.
 */
export function commitHouseholdDocument(store: SqliteStore, dataDir: string, household: Household, documentType: DocumentType, at: string): { caseId: string; docId: string } {
  const plain: Plain = {
    court: 'Amtsgericht Gummersbach',
    fileNumber: household.fileNumber,
    tenants: [{ name: household.name, birthDate: '1971-04-03' }],
    address: { street: household.street, houseNumber: household.houseNumber, postalCode: household.postalCode, city: household.city, addition: null },
    claimReceived: at.slice(0, 10),
    ...(household.hearing ? { hearing: { date: household.hearing, time: '10:30', room: 'Saal 1' } } : {}),
  };
  const result = extraction(documentType, plain);
  result.file = `${household.name} Räumung.pdf`;
  const id = `doc-${String(seq).padStart(3, '0')}`;
  const original = path.join(dataDir, 'originals', result.sha256.slice(0, 2), `${result.sha256}.pdf`);
  mkdirSync(path.dirname(original), { recursive: true });
  writeFileSync(original, `%PDF-1.4 ${household.name} ${household.street} ${household.houseNumber} ${household.fileNumber}`);
  mkdirSync(path.join(dataDir, 'pages'), { recursive: true });
  writeFileSync(path.join(dataDir, 'pages', `${id}-1.png`), `PNG ${household.name}`);
  store.documents.insertReceived({ id, sha256: result.sha256, originalName: result.file, origin: 'watch', size: 100, spoolPath: `/spool/${id}/x.pdf`, receivedAt: at });
  const doc = store.documents.claimNext(at)!;
  const outcome = commitDocument(
    store,
    { doc, extraction: result, pagesJson: JSON.stringify([{ text: household.name }]), mimeType: 'application/pdf', originalPath: original, readAt: at, extractedAt: at },
    COMMIT_SETTINGS,
    new Date(at),
  );
  return { caseId: outcome.caseId, docId: id };
}

/** Builds the whole store; returns case ids by household key. */
export function buildReportStore(store: SqliteStore, dataDir: string, households: Household[] = HOUSEHOLDS): Map<string, string> {
  const ids = new Map<string, string>();
  for (const h of households) {
    const { caseId } = commitHouseholdDocument(store, dataDir, h, 'court_notice', h.receivedAt);
    ids.set(h.key, caseId);
    if (h.followUpAt) {
      const follow = commitHouseholdDocument(store, dataDir, h, 'hearing_summons', h.followUpAt);
      if (follow.caseId !== caseId) throw new Error('follow-up did not join its case');
    }
    if (h.letterPrintedAt) {
      const letter = store.letters.forCase(caseId)[0]!;
      const pdf = path.join(dataDir, 'letters', caseId, `${caseId}-erstkontakt.pdf`);
      mkdirSync(path.dirname(pdf), { recursive: true });
      writeFileSync(pdf, `%PDF ${h.name} ${h.street}`);
      store.letters.markReady(letter.id, pdf, JSON.stringify({ to: h.name, street: h.street }), h.letterPrintedAt);
      store.letters.markPrinted([letter.id], h.letterPrintedAt);
    }
    for (const c of h.contacts) {
      store.cases.addNote({ case_id: caseId, kind: 'contact', channel: c.channel, reached: c.reached ? 1 : 0, text: `Gespräch mit ${h.name}, ${h.street}`, author: 'sachbearbeitung', at: c.at });
    }
    if (h.closed) store.cases.update(caseId, { status: 'closed', outcome: h.closed.outcome, closed_at: h.closed.at }, h.closed.at);
  }
  return ids;
}
