/**
 * Versioned schema. Append new migrations; never edit one that has shipped.
 * Times are ISO-8601 UTC strings; money in integer cents; JSON in *_json columns.
 */
export const MIGRATIONS: { version: number; name: string; sql: string; rebuildsTables?: boolean }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE case_counter (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL DEFAULT 'new',
  outcome TEXT,
  assigned_to TEXT,
  letter_variant TEXT,
  earlier_case_id TEXT REFERENCES cases(id),
  needs_review INTEGER NOT NULL DEFAULT 0,
  postal_code TEXT,
  city TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX cases_status ON cases(status);

-- Deadlines per case (core/deadlines); urgency = the nearest one not yet past, computed at query time.
CREATE TABLE case_deadlines (
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  time TEXT,
  estimated INTEGER NOT NULL DEFAULT 0,
  label TEXT NOT NULL,
  PRIMARY KEY (case_id, kind)
);
CREATE INDEX case_deadlines_date ON case_deadlines(date, case_id);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  original_name TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('watch','cli')),
  size INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('received','processing','done','duplicate','failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  error_code TEXT,
  error_message TEXT,
  duplicate_of TEXT REFERENCES documents(id),
  case_id TEXT REFERENCES cases(id),
  spool_path TEXT,
  original_path TEXT,
  failed_path TEXT,
  mime_type TEXT,
  document_type TEXT,
  page_count INTEGER,
  text_source TEXT,
  text_confidence REAL,
  extraction_json TEXT,
  pages_json TEXT,
  received_at TEXT NOT NULL,
  read_at TEXT,
  extracted_at TEXT,
  matched_at TEXT,
  done_at TEXT
);
CREATE INDEX documents_sha ON documents(sha256);
-- One live copy per content; failed attempts stay as history and the same bytes may be tried again.
CREATE UNIQUE INDEX documents_sha_primary ON documents(sha256) WHERE duplicate_of IS NULL AND status <> 'failed';
CREATE INDEX documents_queue ON documents(status, next_attempt_at);
CREATE INDEX documents_case ON documents(case_id);

-- One row per case and field: the value in force, where it came from, and who corrected it.
CREATE TABLE case_fields (
  case_id TEXT NOT NULL REFERENCES cases(id),
  name TEXT NOT NULL,
  value_json TEXT NOT NULL,
  confidence REAL NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('machine','worker')),
  document_id TEXT REFERENCES documents(id),
  page INTEGER,
  bbox_json TEXT,
  corrected_by TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (case_id, name)
);

CREATE TABLE case_file_numbers (
  case_id TEXT NOT NULL REFERENCES cases(id),
  number TEXT NOT NULL,
  -- Comparison form (no spaces or dots, upper case): "12 C 345/25" and "12C345/25" meet here.
  number_key TEXT NOT NULL,
  court TEXT,
  PRIMARY KEY (case_id, number_key)
);
CREATE INDEX case_file_numbers_key ON case_file_numbers(number_key);

-- Blocking keys for household matching (see core/match): candidates come from an index, not a scan.
CREATE TABLE case_match_keys (
  case_id TEXT NOT NULL REFERENCES cases(id),
  key TEXT NOT NULL,
  PRIMARY KEY (key, case_id)
);

CREATE TABLE possible_matches (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  candidate_case_id TEXT NOT NULL REFERENCES cases(id),
  score REAL NOT NULL,
  explanation TEXT NOT NULL,
  decision TEXT CHECK (decision IN ('joined','rejected')),
  decided_by TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (document_id, candidate_case_id)
);

CREATE TABLE letters (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  variant TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending','ready','blocked')),
  reason TEXT,
  path TEXT,
  -- The rendered content (JSON), frozen when the letter was made: a print run re-typesets it unchanged.
  content_json TEXT,
  created_at TEXT NOT NULL,
  rendered_at TEXT,
  printed_at TEXT
);
CREATE UNIQUE INDEX letters_one_first_contact ON letters(case_id) WHERE kind = 'first_contact';

-- Audit and history: every machine reading, join, correction and view, with who and when.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  case_id TEXT,
  document_id TEXT,
  details_json TEXT
);
CREATE INDEX events_case ON events(case_id, id);
CREATE INDEX events_document ON events(document_id, id);
`,
  },
  {
    version: 2,
    name: 'review-desk',
    sql: `
-- Staff who may sign in to the review desk. Passwords: scrypt, stored as "scrypt$N$r$p$salt$hash" (base64).
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('admin','worker')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);

-- Signed-in sessions. Only the SHA-256 of the cookie token is stored; the CSRF token belongs to the session.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- Notes and contact attempts on a case (social data: shown in the case view, never logged).
CREATE TABLE case_notes (
  id INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('note','contact')),
  channel TEXT,
  reached INTEGER,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes(case_id, id);

-- Failed files a worker has looked at and dismissed from the failed-files page.
ALTER TABLE documents ADD COLUMN dismissed_at TEXT;
ALTER TABLE documents ADD COLUMN dismissed_by TEXT;

CREATE INDEX case_fields_name ON case_fields(name, case_id);
CREATE INDEX cases_assigned ON cases(assigned_to);
CREATE INDEX cases_city ON cases(city);
`,
  },
  {
    version: 3,
    name: 'notify-and-retention',
    sql: `
-- Small key/value state of the notifier (last alert watermark, last digest day): survives restarts.
CREATE TABLE notify_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Retention: when a case's personal data was purged, and what the report still needs of it.
ALTER TABLE cases ADD COLUMN purged_at TEXT;
ALTER TABLE cases ADD COLUMN had_hearing INTEGER;
CREATE INDEX cases_closed ON cases(status, closed_at);
`,
  },
  {
    version: 4,
    name: 'batch-split',
    // The status CHECK gains 'split' and 'joined', which SQLite can only do by rebuilding the table
    // (the documented 12-step way: foreign keys off for this migration, checked before commit).
    rebuildsTables: true,
    sql: `
CREATE TABLE documents_v4 (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  original_name TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('watch','cli')),
  size INTEGER NOT NULL,
  -- 'split': a batch scan whose documents are rows of their own (batch_id = this row);
  -- 'joined': a part of a batch a worker joined into the part before it (joined_into).
  status TEXT NOT NULL CHECK (status IN ('received','processing','done','duplicate','failed','split','joined')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  error_code TEXT,
  error_message TEXT,
  duplicate_of TEXT REFERENCES documents(id),
  case_id TEXT REFERENCES cases(id),
  spool_path TEXT,
  original_path TEXT,
  failed_path TEXT,
  mime_type TEXT,
  document_type TEXT,
  page_count INTEGER,
  text_source TEXT,
  text_confidence REAL,
  extraction_json TEXT,
  pages_json TEXT,
  received_at TEXT NOT NULL,
  read_at TEXT,
  extracted_at TEXT,
  matched_at TEXT,
  done_at TEXT,
  dismissed_at TEXT,
  dismissed_by TEXT,
  -- A document found inside a batch scan: the batch's row (same sha256) and its pages there (1-based, inclusive).
  batch_id TEXT REFERENCES documents(id),
  page_first INTEGER,
  page_last INTEGER,
  joined_into TEXT REFERENCES documents(id)
);
INSERT INTO documents_v4 (id, sha256, original_name, origin, size, status, attempts, next_attempt_at, error_code, error_message,
  duplicate_of, case_id, spool_path, original_path, failed_path, mime_type, document_type, page_count, text_source,
  text_confidence, extraction_json, pages_json, received_at, read_at, extracted_at, matched_at, done_at, dismissed_at, dismissed_by)
SELECT id, sha256, original_name, origin, size, status, attempts, next_attempt_at, error_code, error_message,
  duplicate_of, case_id, spool_path, original_path, failed_path, mime_type, document_type, page_count, text_source,
  text_confidence, extraction_json, pages_json, received_at, read_at, extracted_at, matched_at, done_at, dismissed_at, dismissed_by
FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v4 RENAME TO documents;
CREATE INDEX documents_sha ON documents(sha256);
-- One live copy per content; the parts of a batch carry the batch's sha256 and are not copies of it.
CREATE UNIQUE INDEX documents_sha_primary ON documents(sha256) WHERE duplicate_of IS NULL AND status <> 'failed' AND batch_id IS NULL;
CREATE INDEX documents_queue ON documents(status, next_attempt_at);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_batch ON documents(batch_id, page_first);
`,
  },
  {
    version: 5,
    name: 'case-search',
    sql: `
-- The folded text a case is found by in the worklist search (core/search): names, address, file numbers.
-- Kept by the case repository whenever those change; rows missing after an upgrade are filled on open.
CREATE TABLE case_search (
  case_id TEXT PRIMARY KEY REFERENCES cases(id),
  text TEXT NOT NULL
);
`,
  },
  {
    version: 6,
    name: 'settings',
    sql: `
-- Settings made in the web UI (sender details, team mail address): one JSON value per key, with who and when.
-- They override the config file and the environment (config/sender-setup.ts).
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
`,
  },
  {
    version: 7,
    name: 'layout-memory',
    sql: `
-- Each read document's sender key (core/learn/sender-key.ts): a hash of its issuer and form words, no text.
ALTER TABLE documents ADD COLUMN sender_key TEXT;
CREATE INDEX documents_sender ON documents(sender_key);
-- Possible matches are looked up from either side (open ones of a case, decisions around candidates).
CREATE INDEX possible_matches_case ON possible_matches(case_id);
CREATE INDEX possible_matches_candidate ON possible_matches(candidate_case_id);

-- What workers' corrections taught about a sender's form, per field part (core/learn/layout-memory.ts):
-- the part's candidate type, page, box and the label stems next to it. Never a value: no personal data.
CREATE TABLE layout_memory (
  sender_key TEXT NOT NULL,
  field TEXT NOT NULL,
  part TEXT NOT NULL,
  features_json TEXT NOT NULL,
  corrections INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0,
  misses INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (sender_key, field, part)
);
-- The senders seen, with a label made of the issuer's and the form's words only ("Amtsgericht Köln · Ladung").
CREATE TABLE layout_senders (
  sender_key TEXT PRIMARY KEY,
  label TEXT,
  -- The features the key was made of (issuer kind and folded name, form and label words: no variable text), so
  -- a document whose key OCR changed a little finds this sender again (core/learn/sender-key.ts senderLikeness).
  features_json TEXT,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
-- A case field whose value came from (or was confirmed by) learned layout: from how many corrections.
ALTER TABLE case_fields ADD COLUMN learned_from INTEGER;
`,
  },
];
