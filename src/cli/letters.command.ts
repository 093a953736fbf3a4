import path from 'node:path';
import { FsFileStore } from '../adapters/file-store.adapter.js';
import { createLetterMaker } from '../adapters/letter-maker.adapter.js';
import { openDatabase } from '../db/connection.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { describeUnsetSender, unsetSenderFields } from '../config/sender-setup.js';
import { IntakeError } from '../core/errors.js';
import { databaseFile, FAILED_DIR_NAME, withStoredSettings } from '../main.js';
import { LetterStage } from '../pipeline/letter.stage.js';
import type { Logger } from '../pipeline/ports.js';
import { printUnprinted, reprintCase } from '../pipeline/print.stage.js';
import { parseCommand, UsageError } from './cli-context.js';

export const LETTERS_HELP = `intake letters print [--reprint <fall-id>] [--json]
  Schreibt alle noch nicht gedruckten Briefe in eine PDF-Datei (nach Postleitzahl sortiert),
  markiert sie als gedruckt und gibt den Pfad aus. --reprint: die Briefe eines Falls erneut.`;

export async function lettersCommand(argv: string[]): Promise<number> {
  const { config: loaded, logger, values, positionals } = parseCommand(argv, { reprint: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals[0] !== 'print' || positionals.length > 1) throw new UsageError('intake letters print [--reprint <fall-id>]');
  const db = openDatabase(databaseFile(loaded));
  try {
    const store = new SqliteStore(db);
    const config = withStoredSettings(loaded, store);
    const unset = unsetSenderFields(config.sender);
    if (unset.length > 0) {
      // A household must never get a letter with the example's address, phone or e-mail.
      throw new IntakeError(
        'CONFIG_INVALID',
        `Briefe werden nicht gedruckt: Die Absenderangaben sind noch Beispielwerte (Einstellung ${describeUnsetSender(unset)}). ` +
          'Bitte als Admin in der Weboberfläche unter „Einstellungen“ eintragen oder in der Konfigurationsdatei unter "sender" (siehe README, Konfiguration).',
      );
    }
    const files = new FsFileStore({ dataDir: config.dataDir, failedDir: path.join(config.watchDir, FAILED_DIR_NAME) });
    const letters = await createLetterMaker({ templatesDir: config.letters.templatesDir, sender: config.sender });
    const clock = () => new Date();
    // Letters the service has not rendered yet (e.g. it was stopped) are made now, so none is left out;
    // letters made with the example sender are made again with the real one.
    const stage = new LetterStage({ store, files, letters, clock, logger: logger as unknown as Logger });
    await stage.renderPending();
    await stage.redoDrafts();
    const reprint = values['reprint'];
    if (typeof reprint === 'string' && !store.cases.get(reprint)) throw new UsageError(`Fall ${reprint} gibt es nicht`);
    const job = typeof reprint === 'string' ? await reprintCase({ store, files, letters, clock }, reprint) : await printUnprinted({ store, files, letters, clock });
    if (values['json']) {
      process.stdout.write(`${JSON.stringify({ path: job.path, letters: job.letterIds.length, cases: job.caseIds })}\n`);
    } else if (job.path === null) {
      process.stdout.write(typeof reprint === 'string' ? `Fall ${reprint} hat keinen fertigen Brief.\n` : 'Keine ungedruckten Briefe.\n');
    } else {
      process.stdout.write(`${job.letterIds.length} Brief(e) zum Drucken: ${job.path}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
