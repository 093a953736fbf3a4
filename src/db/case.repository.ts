import type { Address, Tenant } from '../core/extraction.schema.js';
import { normalizeFileNumber } from '../core/match/decide.js';
import { caseSearchText, searchTerms } from '../core/search/search-text.js';
import type {
  CaseFieldRow,
  DecidedMatch,
  CaseNoteRow,
  CaseRow,
  CaseStore,
  DeadlineRow,
  FieldWrite,
  PossibleMatchInput,
  PossibleMatchRow,
  WorklistQuery,
  WorklistRow,
} from '../pipeline/store.port.js';
import type { Db } from './connection.js';

/** Up to this many search matches, each match's nearest deadline is looked up by index; above, one grouped pass is cheaper. */
const CORRELATED_UP_TO = 2_000;

/** Fields whose values the worklist search looks at. */
const SEARCHED_FIELDS = new Set(['tenants', 'address']);

/** SQL for cases and what hangs off them: fields, file numbers, match keys, deadlines, possible matches. */
export class CaseRepository implements CaseStore {
  constructor(private readonly db: Db) {
    this.fillMissingSearchRows();
  }

  /** The folded search text of a case, computed again from its fields and file numbers. */
  refreshSearch(caseId: string): void {
    const fieldValue = <T>(name: string): T | null => {
      const json = this.db.prepare('SELECT value_json FROM case_fields WHERE case_id = ? AND name = ?').pluck().get(caseId, name) as string | undefined;
      try {
        return json ? (JSON.parse(json) as T) : null;
      } catch {
        return null;
      }
    };
    const text = caseSearchText({
      id: caseId,
      tenants: fieldValue<Tenant[]>('tenants'),
      address: fieldValue<Address>('address'),
      fileNumbers: this.fileNumbers(caseId).map((n) => n.number),
    });
    this.db.prepare('INSERT INTO case_search (case_id, text) VALUES (?, ?) ON CONFLICT(case_id) DO UPDATE SET text = excluded.text').run(caseId, text);
  }

  /** After an upgrade (or a purge), cases without a search row get one; a no-op otherwise. */
  private fillMissingSearchRows(): void {
    const missing = this.db.prepare('SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_search)').pluck().all() as string[];
    if (missing.length > 0) this.db.transaction(() => missing.forEach((id) => this.refreshSearch(id)))();
  }

  /** New case id of the form FS-2026-0042 (readable, says nothing about the household). */
  create(at: string): string {
    const year = Number(at.slice(0, 4));
    const next = this.db
      .prepare(
        `INSERT INTO case_counter (year, last) VALUES (?, 1)
         ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
      )
      .pluck()
      .get(year) as number;
    const id = `FS-${year}-${String(next).padStart(4, '0')}`;
    this.db.prepare("INSERT INTO cases (id, status, created_at, updated_at) VALUES (?, 'new', ?, ?)").run(id, at, at);
    this.refreshSearch(id);
    return id;
  }

  get(id: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  }

  fields(caseId: string): CaseFieldRow[] {
    return this.db.prepare('SELECT * FROM case_fields WHERE case_id = ? ORDER BY name').all(caseId) as CaseFieldRow[];
  }

  writeField(caseId: string, field: FieldWrite, at: string): void {
    this.db
      .prepare(
        `INSERT INTO case_fields (case_id, name, value_json, confidence, source, document_id, page, bbox_json, corrected_by, updated_at, learned_from)
         VALUES (@caseId, @name, @valueJson, @confidence, @source, @documentId, @page, @bboxJson, @correctedBy, @at, @learnedFrom)
         ON CONFLICT(case_id, name) DO UPDATE SET value_json = excluded.value_json, confidence = excluded.confidence,
           source = excluded.source, document_id = excluded.document_id, page = excluded.page,
           bbox_json = excluded.bbox_json, corrected_by = excluded.corrected_by, updated_at = excluded.updated_at,
           learned_from = excluded.learned_from`,
      )
      .run({ ...field, learnedFrom: field.learnedFrom ?? null, caseId, at });
    if (SEARCHED_FIELDS.has(field.name)) this.refreshSearch(caseId);
  }

  addFileNumber(caseId: string, number: string, court: string | null): void {
    this.db
      .prepare(
        `INSERT INTO case_file_numbers (case_id, number, number_key, court) VALUES (?, ?, ?, ?)
         ON CONFLICT(case_id, number_key) DO UPDATE SET court = COALESCE(case_file_numbers.court, excluded.court)`,
      )
      .run(caseId, number, normalizeFileNumber(number), court);
    this.refreshSearch(caseId);
  }

  fileNumbers(caseId: string): { number: string; court: string | null }[] {
    return this.db.prepare('SELECT number, court FROM case_file_numbers WHERE case_id = ? ORDER BY rowid').all(caseId) as {
      number: string;
      court: string | null;
    }[];
  }

  replaceMatchKeys(caseId: string, keys: string[]): void {
    this.db.prepare('DELETE FROM case_match_keys WHERE case_id = ?').run(caseId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO case_match_keys (case_id, key) VALUES (?, ?)');
    for (const key of keys) insert.run(caseId, key);
  }

  /** Case ids sharing a file number or a blocking key: the candidate set for matching (index look-ups only). */
  candidateIds(fileNumbers: string[], keys: string[], limit = 200): string[] {
    const ids = new Set<string>();
    const byNumber = this.db.prepare('SELECT case_id FROM case_file_numbers WHERE number_key = ?').pluck();
    for (const number of fileNumbers) for (const id of byNumber.all(normalizeFileNumber(number)) as string[]) ids.add(id);
    const byKey = this.db.prepare('SELECT case_id FROM case_match_keys WHERE key = ? LIMIT ?').pluck();
    for (const key of keys) {
      for (const id of byKey.all(key, limit) as string[]) ids.add(id);
      if (ids.size >= limit) break;
    }
    return [...ids];
  }

  replaceDeadlines(caseId: string, deadlines: Omit<DeadlineRow, 'case_id'>[]): void {
    this.db.prepare('DELETE FROM case_deadlines WHERE case_id = ?').run(caseId);
    const insert = this.db.prepare(
      'INSERT INTO case_deadlines (case_id, kind, date, time, estimated, label) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const d of deadlines) insert.run(caseId, d.kind, d.date, d.time, d.estimated, d.label);
  }

  deadlines(caseId: string): DeadlineRow[] {
    return this.db.prepare('SELECT * FROM case_deadlines WHERE case_id = ? ORDER BY date').all(caseId) as DeadlineRow[];
  }

  update(
    caseId: string,
    patch: Partial<Pick<CaseRow, 'status' | 'outcome' | 'assigned_to' | 'letter_variant' | 'earlier_case_id' | 'needs_review' | 'postal_code' | 'city' | 'closed_at'>>,
    at: string,
  ): void {
    const keys = Object.keys(patch);
    if (keys.length === 0) return;
    const sets = keys.map((k) => `${k} = @${k}`).join(', ');
    this.db.prepare(`UPDATE cases SET ${sets}, updated_at = @at WHERE id = @id`).run({ ...patch, at, id: caseId });
  }

  /**
   * Case ids by urgency: the nearest deadline on or after `today` first, cases without an open
   * deadline after them (newest first).
   */
  idsByUrgency(today: string, options: { limit?: number; offset?: number } = {}): string[] {
    return this.db
      .prepare(
        `SELECT c.id FROM cases c
         LEFT JOIN (SELECT case_id, MIN(date) AS next FROM case_deadlines WHERE date >= ? GROUP BY case_id) d
           ON d.case_id = c.id
         ORDER BY d.next IS NULL, d.next, c.created_at DESC, c.id
         LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(today, options.limit ?? -1, options.offset ?? 0) as string[];
  }

  recordPossibleMatch(input: PossibleMatchInput): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO possible_matches (document_id, case_id, candidate_case_id, score, explanation, created_at)
         VALUES (@documentId, @caseId, @candidateCaseId, @score, @explanation, @at)`,
      )
      .run(input);
  }

  /** Pairs a worker has already said are different households. */
  rejectedCandidates(caseId: string): string[] {
    return this.db
      .prepare(
        `SELECT candidate_case_id FROM possible_matches WHERE case_id = ? AND decision = 'rejected'
         UNION SELECT case_id FROM possible_matches WHERE candidate_case_id = ? AND decision = 'rejected'`,
      )
      .pluck()
      .all(caseId, caseId) as string[];
  }

  decidedMatches(caseIds: readonly string[]): DecidedMatch[] {
    if (caseIds.length === 0) return [];
    return this.db
      .prepare(
        `SELECT case_id AS caseId, candidate_case_id AS candidateCaseId, decision, decided_by AS decidedBy, decided_at AS decidedAt
         FROM possible_matches
         WHERE decision IS NOT NULL
           AND (case_id IN (SELECT value FROM json_each(@ids)) OR candidate_case_id IN (SELECT value FROM json_each(@ids)))
         ORDER BY decided_at, id`,
      )
      .all({ ids: JSON.stringify(caseIds) }) as DecidedMatch[];
  }

  openPossibleMatches(caseId: string): { candidate_case_id: string; score: number; explanation: string }[] {
    return this.db
      .prepare(
        'SELECT candidate_case_id, score, explanation FROM possible_matches WHERE case_id = ? AND decision IS NULL ORDER BY score DESC',
      )
      .all(caseId) as { candidate_case_id: string; score: number; explanation: string }[];
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM cases').pluck().get() as number;
  }

  worklist(query: WorklistQuery): { total: number; rows: WorklistRow[] } {
    const where: string[] = [];
    const params: Record<string, unknown> = { today: query.today };
    if (query.needsReview) where.push('c.needs_review = 1');
    if (query.city) {
      where.push('c.city = @city');
      params['city'] = query.city;
    }
    if (query.assignedTo) {
      where.push(query.assignedTo === '-' ? 'c.assigned_to IS NULL' : 'c.assigned_to = @assignedTo');
      params['assignedTo'] = query.assignedTo;
    }
    if (query.status === 'open') where.push("c.status <> 'closed'");
    else if (query.status) {
      where.push('c.status = @status');
      params['status'] = query.status;
    }
    // Every word of the search must occur in the case's folded search text (core/search: case, umlauts, ß, spaces of file numbers).
    const terms = searchTerms(query.search ?? '');
    terms.forEach((term, i) => {
      params[`like${i}`] = `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      where.push(`s.text LIKE @like${i} ESCAPE '\\'`);
    });
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const from = terms.length > 0 ? 'FROM case_search s JOIN cases c ON c.id = s.case_id' : 'FROM cases c';
    // The LIKEs scan one short text per case (a few ms over 10,000); counting first lets the ordering fetch one page only.
    const total = this.db.prepare(`SELECT COUNT(*) ${from} ${filter}`).pluck().get(params) as number;
    // Few matches: the nearest deadline of each match by its index (case_id); many (or no search): one grouped pass.
    const pageIds = this.db
      .prepare(
        terms.length > 0 && total <= CORRELATED_UP_TO
          ? `SELECT c.id, (SELECT MIN(d.date) FROM case_deadlines d WHERE d.case_id = c.id AND d.date >= @today) AS next
             ${from} ${filter}
             ORDER BY next IS NULL, next, c.created_at DESC, c.id
             LIMIT @limit OFFSET @offset`
          : `WITH next AS (SELECT case_id, MIN(date) AS date FROM case_deadlines WHERE date >= @today GROUP BY case_id)
             SELECT c.id ${from} LEFT JOIN next n ON n.case_id = c.id
             ${filter}
             ORDER BY n.date IS NULL, n.date, c.created_at DESC, c.id
             LIMIT @limit OFFSET @offset`,
      )
      .pluck()
      .all({ ...params, limit: query.limit, offset: query.offset }) as string[];
    const position = new Map(pageIds.map((id, i) => [id, i]));
    const rows = (
      this.db
        .prepare(
          `SELECT c.id, c.status, c.outcome, c.assigned_to, c.needs_review, c.postal_code, c.city, c.created_at,
             (SELECT value_json FROM case_fields WHERE case_id = c.id AND name = 'tenants') AS tenants_json,
             (SELECT value_json FROM case_fields WHERE case_id = c.id AND name = 'address') AS address_json,
             (SELECT group_concat(number, char(31)) FROM case_file_numbers WHERE case_id = c.id) AS file_numbers,
             (SELECT group_concat(kind || '|' || date || '|' || estimated, ';')
                FROM (SELECT kind, date, estimated FROM case_deadlines WHERE case_id = c.id AND date >= ? ORDER BY date, kind)) AS open_deadlines
           FROM cases c WHERE c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(query.today, JSON.stringify(pageIds)) as WorklistRow[]
    ).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    return { total, rows };
  }

  nextNeedingReview(today: string, exceptId?: string): string | undefined {
    return this.db
      .prepare(
        `SELECT c.id FROM cases c
         LEFT JOIN (SELECT case_id, MIN(date) AS next FROM case_deadlines WHERE date >= ? GROUP BY case_id) d ON d.case_id = c.id
         WHERE c.needs_review = 1 AND c.id <> ?
         ORDER BY d.next IS NULL, d.next, c.created_at DESC, c.id LIMIT 1`,
      )
      .pluck()
      .get(today, exceptId ?? '') as string | undefined;
  }

  possibleMatches(caseId: string): PossibleMatchRow[] {
    return this.db
      .prepare('SELECT * FROM possible_matches WHERE case_id = ? ORDER BY decision IS NOT NULL, score DESC, id')
      .all(caseId) as PossibleMatchRow[];
  }

  decidePossibleMatch(caseId: string, candidateCaseId: string, decision: 'joined' | 'rejected', by: string, at: string): number {
    return this.db
      .prepare(
        `UPDATE possible_matches SET decision = ?, decided_by = ?, decided_at = ?
         WHERE case_id = ? AND candidate_case_id = ? AND decision IS NULL`,
      )
      .run(decision, by, at, caseId, candidateCaseId).changes;
  }

  addNote(note: Omit<CaseNoteRow, 'id'>): number {
    const result = this.db
      .prepare(
        `INSERT INTO case_notes (case_id, kind, channel, reached, text, author, at)
         VALUES (@case_id, @kind, @channel, @reached, @text, @author, @at)`,
      )
      .run(note);
    return Number(result.lastInsertRowid);
  }

  notes(caseId: string): CaseNoteRow[] {
    return this.db.prepare('SELECT * FROM case_notes WHERE case_id = ? ORDER BY id DESC').all(caseId) as CaseNoteRow[];
  }

  cities(): string[] {
    return this.db.prepare('SELECT DISTINCT city FROM cases WHERE city IS NOT NULL ORDER BY city').pluck().all() as string[];
  }

  assignees(): string[] {
    return this.db
      .prepare('SELECT DISTINCT assigned_to FROM cases WHERE assigned_to IS NOT NULL ORDER BY assigned_to')
      .pluck()
      .all() as string[];
  }

  deleteField(caseId: string, name: string): void {
    this.db.prepare('DELETE FROM case_fields WHERE case_id = ? AND name = ?').run(caseId, name);
    if (SEARCHED_FIELDS.has(name)) this.refreshSearch(caseId);
  }

  clearFileNumbers(caseId: string): void {
    this.db.prepare('DELETE FROM case_file_numbers WHERE case_id = ?').run(caseId);
    this.refreshSearch(caseId);
  }
}
