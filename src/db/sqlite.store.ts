import type { IntakeStore } from '../pipeline/store.port.js';
import { AuthRepository } from './auth.repository.js';
import { CaseRepository } from './case.repository.js';
import type { Db } from './connection.js';
import { DocumentRepository } from './document.repository.js';
import { EventRepository } from './event.repository.js';
import { LayoutMemoryRepository } from './layout-memory.repository.js';
import { LetterRepository } from './letter.repository.js';
import { SettingsRepository } from './settings.repository.js';

export class SqliteStore implements IntakeStore {
  readonly documents: DocumentRepository;
  readonly cases: CaseRepository;
  readonly letters: LetterRepository;
  readonly events: EventRepository;
  readonly layout: LayoutMemoryRepository;
  /** Users and sessions of the review desk (web only; not part of the pipeline's IntakeStore). */
  readonly auth: AuthRepository;
  /** Settings made in the web UI (sender details, team mail address). */
  readonly settings: SettingsRepository;

  constructor(readonly db: Db) {
    this.documents = new DocumentRepository(db);
    this.cases = new CaseRepository(db);
    this.letters = new LetterRepository(db);
    this.events = new EventRepository(db);
    this.layout = new LayoutMemoryRepository(db);
    this.auth = new AuthRepository(db);
    this.settings = new SettingsRepository(db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
