/**
 * Row shapes of the store, as the pipeline sees them. The SQLite repositories in src/db
 * implement the store; the pipeline and the web layer only know these types.
 */
import type { DecidedMatch } from '../core/match/remembered.js';

export type { DecidedMatch };
export type DocumentStatus = 'received' | 'processing' | 'done' | 'duplicate' | 'failed' | 'split' | 'joined';

export interface DocumentRow {
  id: string;
  sha256: string;
  original_name: string;
  origin: 'watch' | 'cli';
  size: number;
  status: DocumentStatus;
  attempts: number;
  next_attempt_at: string | null;
  error_code: string | null;
  error_message: string | null;
  duplicate_of: string | null;
  case_id: string | null;
  spool_path: string | null;
  original_path: string | null;
  failed_path: string | null;
  mime_type: string | null;
  document_type: string | null;
  page_count: number | null;
  text_source: string | null;
  text_confidence: number | null;
  extraction_json: string | null;
  pages_json: string | null;
  received_at: string;
  read_at: string | null;
  extracted_at: string | null;
  matched_at: string | null;
  done_at: string | null;
  /** The sender key of a read document (migration 7). */
  sender_key?: string | null;
  /** Set when a worker took a failed file off the review desk's list (migration 2). */
  dismissed_at?: string | null;
  dismissed_by?: string | null;
  /** A document found in a batch scan (migration 4): the batch's row, and the document's pages there (1-based). */
  batch_id?: string | null;
  page_first?: number | null;
  page_last?: number | null;
  /** A part a worker joined into another part of its batch (status 'joined'). */
  joined_into?: string | null;
}

/** One document found in a batch, as a row of its own (status 'processing' until its commit marks it done). */
export interface NewPart {
  id: string;
  batch: DocumentRow;
  pageFirst: number;
  pageLast: number;
}

/** A part's reading after a worker moved its boundaries. */
export interface PartReading {
  documentType: string;
  pageCount: number;
  pageFirst: number;
  pageLast: number;
  textSource: string;
  textConfidence: number;
  extractionJson: string;
  pagesJson: string;
  at: string;
}

/** What a split batch row keeps: how it was split (ranges, reasons, dropped pages; no personal data). */
export interface BatchResult {
  mimeType: string;
  pageCount: number;
  splitJson: string;
  readAt: string;
  at: string;
}

export interface NewDocument {
  id: string;
  sha256: string;
  originalName: string;
  origin: 'watch' | 'cli';
  size: number;
  spoolPath: string;
  receivedAt: string;
}

export interface CaseRow {
  id: string;
  status: string;
  outcome: string | null;
  assigned_to: string | null;
  letter_variant: string | null;
  earlier_case_id: string | null;
  needs_review: number;
  postal_code: string | null;
  city: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CaseFieldRow {
  case_id: string;
  name: string;
  value_json: string;
  confidence: number;
  source: 'machine' | 'worker';
  document_id: string | null;
  page: number | null;
  bbox_json: string | null;
  corrected_by: string | null;
  updated_at: string;
  /** The value came from (or was confirmed by) learned layout, taught by this many corrections (migration 7). */
  learned_from?: number | null;
}

export interface DeadlineRow {
  case_id: string;
  kind: string;
  date: string;
  time: string | null;
  estimated: number;
  label: string;
}

export interface FieldWrite {
  name: string;
  valueJson: string;
  confidence: number;
  source: 'machine' | 'worker';
  documentId: string | null;
  page: number | null;
  bboxJson: string | null;
  correctedBy: string | null;
  /** See CaseFieldRow.learned_from; null or left out: not from learned layout. */
  learnedFrom?: number | null;
}

export interface LetterRow {
  id: string;
  case_id: string;
  kind: string;
  variant: string;
  status: 'pending' | 'ready' | 'blocked';
  reason: string | null;
  path: string | null;
  content_json: string | null;
  created_at: string;
  rendered_at: string | null;
  printed_at: string | null;
}

export interface EventRow {
  id: number;
  at: string;
  actor: string;
  kind: string;
  case_id: string | null;
  document_id: string | null;
  details_json: string | null;
}

export interface DocumentResult {
  caseId: string | null;
  originalPath: string;
  mimeType: string;
  documentType: string;
  pageCount: number;
  textSource: string;
  textConfidence: number;
  extractionJson: string;
  pagesJson: string;
  readAt: string;
  extractedAt: string;
  at: string;
  /** The document's sender key (core/learn/sender-key.ts), or null when page 1 shows no sender. */
  senderKey?: string | null;
}

export interface PossibleMatchInput {
  documentId: string;
  caseId: string;
  candidateCaseId: string;
  score: number;
  explanation: string;
  at: string;
}

export interface EventInput {
  at: string;
  /** 'system' for machine work, else the user name. */
  actor: string;
  kind: string;
  caseId?: string | null;
  documentId?: string | null;
  /** Ids, codes, scores and field names only — never the values of personal fields. */
  details?: Record<string, unknown>;
}

/** Filters of the review desk's worklist (all optional; `search` matches name, file number, address, case id). */
export interface WorklistQuery {
  today: string;
  needsReview?: boolean;
  city?: string;
  assignedTo?: string;
  /** A status, or 'open' for every status but 'closed'. */
  status?: string;
  search?: string;
  limit: number;
  offset: number;
}

/** One worklist line: enough to render it without further queries. */
export interface WorklistRow {
  id: string;
  status: string;
  outcome: string | null;
  assigned_to: string | null;
  needs_review: number;
  postal_code: string | null;
  city: string | null;
  created_at: string;
  tenants_json: string | null;
  address_json: string | null;
  /** File numbers joined with "\u001f". */
  file_numbers: string | null;
  /** Open deadlines as "kind|date|estimated" joined with ";", nearest first. */
  open_deadlines: string | null;
}

export interface CaseNoteRow {
  id: number;
  case_id: string;
  kind: 'note' | 'contact';
  channel: string | null;
  reached: number | null;
  text: string;
  author: string;
  at: string;
}

export interface PossibleMatchRow {
  id: number;
  document_id: string;
  case_id: string;
  candidate_case_id: string;
  score: number;
  explanation: string;
  decision: 'joined' | 'rejected' | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface DocumentStore {
  get(id: string): DocumentRow | undefined;
  findPrimaryBySha(sha256: string): DocumentRow | undefined;
  findBySpoolPath(spoolPath: string): DocumentRow | undefined;
  insertReceived(doc: NewDocument): void;
  insertDuplicate(doc: NewDocument, of: DocumentRow, at: string): void;
  insertFailed(doc: Omit<NewDocument, 'spoolPath'>, code: string, message: string, failedPath: string | null, at: string): void;
  claimNext(now: string): DocumentRow | undefined;
  requeueInterrupted(): number;
  /** Back to the queue without counting the attempt; `at` (ISO) delays the next claim. */
  handBack(id: string, at?: string | null): void;
  /** Records an error on the row before any file is moved (also a test that the store takes writes). */
  noteError(id: string, code: string, message: string): void;
  nextDueAt(): string | undefined;
  retryLater(id: string, at: string, code: string, message: string): void;
  markFailed(id: string, code: string, message: string, failedPath: string | null, at: string): void;
  markDone(id: string, result: DocumentResult): void;
  clearSpoolPath(id: string): void;
  withStaleSpool(): DocumentRow[];
  forCase(caseId: string): DocumentRow[];
  countByStatus(): Record<DocumentStatus, number>;
  failedSince(since: string): number;
  lastDoneAt(): string | null;
  listFailed(): DocumentRow[];
  listDuplicates(): DocumentRow[];
  /** Failed files nobody has dismissed yet (the review desk's failed-files page). */
  listOpenFailed(): DocumentRow[];
  dismissFailed(id: string, by: string, at: string): boolean;
  /** Moves a document to another case (a join decided by a worker, or a split). */
  moveToCase(id: string, caseId: string): void;
  /** Adds a document found in a batch scan (same sha256 as the batch, which stays the one live copy). */
  insertPart(part: NewPart): void;
  /** The batch scan is done: its documents are rows of their own. */
  markSplit(id: string, result: BatchResult): void;
  /** The live parts of a batch (not joined away), in page order. */
  partsOf(batchId: string): DocumentRow[];
  /** Replaces the split summary a batch row keeps (its extraction_json). */
  updateSplitSummary(batchId: string, json: string): void;
  /** New pages and reading of a part after a worker corrected a split. */
  updatePart(id: string, reading: PartReading): void;
  /** A part joined into another: it keeps no case, pages or reading of its own. */
  markJoined(id: string, into: string, at: string): void;
}

/** One remembered place of a field part on a sender's form (core/learn/layout-memory.ts); no value in it. */
export interface LayoutMemoryRow {
  sender_key: string;
  field: string;
  part: string;
  features_json: string;
  corrections: number;
  hits: number;
  misses: number;
  updated_at: string;
}

/** A sender seen in a read document: its label (issuer and form words only) and how many documents it sent. */
export interface LayoutSenderRow {
  sender_key: string;
  label: string | null;
  features_json: string | null;
  first_seen_at: string;
  last_seen_at: string;
  documents: number;
}

/** The layout memory as the pipeline sees it. */
export interface LayoutMemoryStore {
  forSender(senderKey: string): LayoutMemoryRow[];
  /** A correction taught the part's place: it replaces the remembered one and counts as a correction. */
  teach(senderKey: string, field: string, part: string, featuresJson: string, at: string): void;
  /** The memory read the true value ('hit') or another one ('miss') on a document whose truth is now known. */
  count(senderKey: string, field: string, part: string, outcome: 'hit' | 'miss', at: string): void;
  /** Records a sender seen; the features it was first seen with stay. */
  noteSender(senderKey: string, label: string | null, at: string, featuresJson?: string | null): void;
  senders(): LayoutSenderRow[];
  /** Forgets everything learned for a sender; returns the rows removed. */
  reset(senderKey: string): number;
}

export interface CaseStore {
  create(at: string): string;
  get(id: string): CaseRow | undefined;
  fields(caseId: string): CaseFieldRow[];
  writeField(caseId: string, field: FieldWrite, at: string): void;
  addFileNumber(caseId: string, number: string, court: string | null): void;
  fileNumbers(caseId: string): { number: string; court: string | null }[];
  replaceMatchKeys(caseId: string, keys: string[]): void;
  candidateIds(fileNumbers: string[], keys: string[], limit?: number): string[];
  replaceDeadlines(caseId: string, deadlines: Omit<DeadlineRow, 'case_id'>[]): void;
  deadlines(caseId: string): DeadlineRow[];
  update(
    caseId: string,
    patch: Partial<Pick<CaseRow, 'status' | 'outcome' | 'assigned_to' | 'letter_variant' | 'earlier_case_id' | 'needs_review' | 'postal_code' | 'city' | 'closed_at'>>,
    at: string,
  ): void;
  idsByUrgency(today: string, options?: { limit?: number; offset?: number }): string[];
  recordPossibleMatch(input: PossibleMatchInput): void;
  rejectedCandidates(caseId: string): string[];
  /** Possible matches a worker has decided (joined or rejected) with one of `caseIds` on either side. */
  decidedMatches(caseIds: readonly string[]): DecidedMatch[];
  openPossibleMatches(caseId: string): { candidate_case_id: string; score: number; explanation: string }[];
  count(): number;
  /** The review desk's worklist page, most urgent first, and how many cases match in total. */
  worklist(query: WorklistQuery): { total: number; rows: WorklistRow[] };
  /** The most urgent case that needs review, other than `exceptId`. */
  nextNeedingReview(today: string, exceptId?: string): string | undefined;
  possibleMatches(caseId: string): PossibleMatchRow[];
  decidePossibleMatch(caseId: string, candidateCaseId: string, decision: 'joined' | 'rejected', by: string, at: string): number;
  addNote(note: Omit<CaseNoteRow, 'id'>): number;
  notes(caseId: string): CaseNoteRow[];
  /** Distinct towns and assigned workers (filter choices). */
  cities(): string[];
  assignees(): string[];
  /** Removes a field (a worker cleared it). */
  deleteField(caseId: string, name: string): void;
  /** Removes every file number of a case (before re-deriving them from its documents). */
  clearFileNumbers(caseId: string): void;
}

export interface LetterStore {
  createFirstContact(caseId: string, variant: string, at: string): boolean;
  pending(): LetterRow[];
  get(id: string): LetterRow | undefined;
  forCase(caseId: string): LetterRow[];
  markReady(id: string, path: string, contentJson: string, at: string): void;
  markBlocked(id: string, reason: string): void;
  requestRender(id: string, variant?: string): void;
  unprinted(): LetterRow[];
  markPrinted(ids: string[], at: string): void;
}

export interface EventLog {
  record(event: EventInput): void;
  forCase(caseId: string): EventRow[];
  forDocument(documentId: string): EventRow[];
}

/** The store as the pipeline sees it: repositories plus one synchronous transaction boundary. */
export interface IntakeStore {
  documents: DocumentStore;
  cases: CaseStore;
  letters: LetterStore;
  events: EventLog;
  layout: LayoutMemoryStore;
  /** Runs fn in one SQLite transaction (synchronous: nothing else interleaves). */
  transaction<T>(fn: () => T): T;
}
