import { existsSync } from 'node:fs';
import { createMailer } from '../adapters/mail.adapter.js';
import type { Config } from '../config/config.schema.js';
import { composeDigest, composeTestMail } from '../core/mail/mail.composer.js';
import { openDatabase } from '../db/connection.js';
import { NotifyRepository } from '../db/report.repository.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { databaseFile, withStoredSettings } from '../main.js';
import { digestInput, localDay } from '../pipeline/notify.stage.js';
import type { Logger } from '../pipeline/ports.js';
import { parseCommand, UsageError } from './cli-context.js';

export const MAIL_HELP = `intake mail test|digest|flush
  test: schickt eine Testnachricht an MAIL_TO; digest: schickt die Tagesübersicht jetzt;
  flush: versucht, die Mails im Ordner outbox zuzustellen. Ohne SMTP_URL landen Mails als .eml
  in <Datenordner>/outbox.`;

export async function mailCommand(argv: string[]): Promise<number> {
  const { config: loaded, logger, positionals } = parseCommand(argv);
  const action = positionals[0];
  if (positionals.length !== 1 || !['test', 'digest', 'flush'].includes(action!)) throw new UsageError('intake mail test|digest|flush');
  const config = teamAddressSaved(loaded);
  const mailer = createMailer(config, logger as unknown as Logger);
  try {
    if (action === 'flush') {
      const { delivered, waiting } = await mailer.flushOutbox();
      process.stdout.write(`Zugestellt: ${delivered}, noch im Postausgang: ${waiting}\n`);
      return waiting > 0 && mailer.smtpConfigured ? 1 : 0;
    }
    let mail;
    if (action === 'test') mail = composeTestMail({ baseUrl: config.mail.baseUrl, now: new Date().toISOString() });
    else {
      const db = openDatabase(databaseFile(config));
      try {
        mail = composeDigest(digestInput(new NotifyRepository(db), localDay(new Date())), { baseUrl: config.mail.baseUrl });
      } finally {
        db.close();
      }
    }
    const result = await mailer.send(mail);
    process.stdout.write(
      result.delivered ? `Mail an ${config.mail.to} verschickt.\n` : `Kein Versand möglich (${mailer.smtpConfigured ? 'Server nicht erreichbar' : 'SMTP_URL nicht gesetzt'}); als ${result.outboxFile} im Postausgang abgelegt.\n`,
    );
    return 0;
  } finally {
    await mailer.close();
  }
}

/** The team address an admin saved in the web UI wins over the config file and MAIL_TO (as in the service). */
function teamAddressSaved(config: Config): Config {
  if (!existsSync(databaseFile(config))) return config;
  const db = openDatabase(databaseFile(config));
  try {
    return withStoredSettings(config, new SqliteStore(db));
  } finally {
    db.close();
  }
}
