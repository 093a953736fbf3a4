import { toIntakeError } from '../core/errors.js';
import type { Address, Hearing, Tenant } from '../core/extraction.schema.js';
import type { LetterContent } from '../core/letter/letter.types.js';
import { currentFields, updateReviewFlag } from './commit.stage.js';
import type { Clock, FileStore, LetterMaker, LetterModel, Logger } from './ports.js';
import type { IntakeStore, LetterRow } from './store.port.js';

/**
 * Renders pending letters: builds the letter model from the case's fields, asks the letter maker
 * for a PDF, stores it under the case id. A case lacking data gets no letter and says why.
 */
export class LetterStage {
  constructor(
    private readonly deps: { store: IntakeStore; files: FileStore; letters: LetterMaker; clock: Clock; logger: Logger },
  ) {}

  modelFor(caseId: string, date: string): LetterModel {
    const fields = currentFields(this.deps.store, caseId);
    const value = <T>(name: string) => (fields.get(name)?.value as T | undefined) ?? null;
    return {
      caseId,
      date,
      tenants: value<Tenant[]>('tenants') ?? [],
      address: value<Address>('address'),
      hearing: value<Hearing>('hearing'),
      court: value<string>('court'),
    };
  }

  async render(letter: LetterRow): Promise<void> {
    const { store, files, letters, clock } = this.deps;
    const logger = this.deps.logger.child({ caseId: letter.case_id, letterId: letter.id, stage: 'letter' });
    const now = clock();
    const at = now.toISOString();
    const outcome = await letters.make(this.modelFor(letter.case_id, at.slice(0, 10)), letter.variant);
    if (!outcome.ok) {
      // Each entry is a German sentence of its own ("Keine Anschrift der Wohnung bekannt: …").
      const reason = `Kein Brief erstellt. ${outcome.missing.join(' ')}`;
      store.transaction(() => {
        store.letters.markBlocked(letter.id, reason);
        store.events.record({ at, actor: 'system', kind: 'letter-blocked', caseId: letter.case_id, details: { letterId: letter.id, missing: outcome.missing } });
        updateReviewFlag(store, letter.case_id, at);
      });
      logger.warn({ missing: outcome.missing }, 'letter blocked');
      return;
    }
    const path = await files.writeLetter(letter.case_id, letter.kind === 'first_contact' ? 'erstkontakt' : letter.kind, outcome.pdf);
    store.transaction(() => {
      store.letters.markReady(letter.id, path, outcome.contentJson, at);
      store.events.record({ at, actor: 'system', kind: 'letter-created', caseId: letter.case_id, details: { letterId: letter.id, variant: letter.variant } });
      updateReviewFlag(store, letter.case_id, at);
    });
    logger.info({ bytes: outcome.pdf.length, ms: clock().getTime() - now.getTime() }, 'letter ready');
  }

  /**
   * Letters made while the sender was still the example carry the draft mark. Once the sender is set
   * (web UI or config file), those not printed yet are made again with it; returns how many.
   */
  async redoDrafts(): Promise<number> {
    const { store, letters, clock } = this.deps;
    if (letters.draft()) return 0;
    const drafts = store.letters.unprinted().filter((letter) => isDraft(letter.content_json));
    if (drafts.length === 0) return 0;
    const at = clock().toISOString();
    store.transaction(() => {
      for (const letter of drafts) {
        store.letters.requestRender(letter.id);
        store.events.record({ at, actor: 'system', kind: 'letter-redone', caseId: letter.case_id, details: { letterId: letter.id, reason: 'sender-set' } });
      }
    });
    this.deps.logger.info({ letters: drafts.length }, 'draft letters made again with the sender');
    await this.renderPending();
    return drafts.length;
  }

  private inFlight: Promise<number> | null = null;
  private again = false;

  /**
   * Renders every pending letter (after a commit, a correction or a restart). Single-flight: calls
   * while a run is going on join it and cause one more pass, so no letter is rendered twice at once.
   * A letter that fails to render stays pending (logged by id) and is tried on the next pass.
   * A storage fault ends the pass and is thrown: every letter not yet written stays pending.
   */
  renderPending(): Promise<number> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    // `.finally` runs as a microtask, so it clears the flag only after it was set — even when the
    // pass finishes without awaiting anything (nothing pending).
    const run = this.drain().finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async drain(): Promise<number> {
    let count = 0;
    do {
      this.again = false;
      for (const letter of this.deps.store.letters.pending()) {
        try {
          await this.render(letter);
          count += 1;
        } catch (thrown) {
          const error = toIntakeError(thrown);
          // The disk or the database failed, not the letter: it stays pending, and the caller pauses intake.
          if (error.storageFault) throw error;
          if (error.retryable) {
            this.deps.logger.error({ caseId: letter.case_id, letterId: letter.id, code: error.code }, 'letter could not be rendered; it stays pending');
          } else {
            this.deps.store.letters.markBlocked(letter.id, `Brief konnte nicht erstellt werden (${error.code}): ${error.message}`);
            this.deps.logger.error({ caseId: letter.case_id, letterId: letter.id, code: error.code }, 'letter blocked by an error');
          }
        }
      }
    } while (this.again);
    return count;
  }
}

function isDraft(contentJson: string | null): boolean {
  if (!contentJson) return false;
  return Boolean((JSON.parse(contentJson) as Partial<LetterContent>).draftMark);
}
