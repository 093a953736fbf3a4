import { existsSync } from 'node:fs';
import { createBackup } from '../adapters/backup.adapter.js';
import { configSourceFiles } from '../config/load-config.js';
import { databaseFile } from '../main.js';
import { databaseTools } from './backup-tools.js';
import { parseCommand, UsageError } from './cli-context.js';

export const BACKUP_HELP = `intake backup --to <ordner> [--keep <anzahl>] [--json]
  Sichert Datenbank (konsistente Kopie im laufenden Betrieb), Originale, Seitenbilder, Briefe, Vorlagen und
  Einstellungen in <ordner>/intake-backup-<zeit>/, prüft die Sicherung (Datenbankprüfung, Prüfsummen) und
  behält die letzten <anzahl> (Standard INTAKE_BACKUP_KEEP = 7).`;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;

export async function backupCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, { to: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean' } });
  const to = values['to'] as string | undefined;
  if (!to) throw new UsageError('--to <ordner> fehlt');
  const keep = values['keep'] === undefined ? config.backup.keep : Number(values['keep']);
  if (!Number.isInteger(keep) || keep < 1) throw new UsageError('--keep muss eine ganze Zahl ab 1 sein');
  const live = databaseFile(config);
  if (!existsSync(live)) throw new UsageError(`keine Datenbank in ${config.dataDir}`);
  const extras = [{ name: 'templates', source: config.letters.templatesDir }, ...configSourceFiles({ flags: values }).map((f) => ({ name: f.name, source: f.file }))];
  // No secrets in the backup's copy of the settings: the SMTP password is left out.
  const effectiveConfig = { ...config, mail: { ...config.mail, smtpUrl: config.mail.smtpUrl?.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') } };
  const result = await createBackup({
    dataDir: config.dataDir,
    to,
    keep,
    extras,
    effectiveConfig,
    now: new Date(),
    db: databaseTools(live, config.storage.busyTimeoutMs),
  });
  const { manifest } = result;
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, manifest.database.size);
  if (values['json']) {
    process.stdout.write(
      `${JSON.stringify({ dir: result.dir, createdAt: manifest.createdAt, cases: manifest.database.cases, documents: manifest.database.documents, files: manifest.files.length, bytes, ms: result.ms, removed: result.removed })}\n`,
    );
  } else {
    process.stdout.write(
      [
        `Sicherung erstellt und geprüft: ${result.dir}`,
        `  Datenbank: ${manifest.database.cases} Fälle, ${manifest.database.documents} Dokumente (Prüfung: ${manifest.database.integrity})`,
        `  Dateien:   ${manifest.files.length} (${mb(bytes)} mit Datenbank), Prüfsummen gelesen und verglichen`,
        `  Dauer:     ${(result.ms / 1000).toFixed(1).replace('.', ',')} s`,
        ...(result.removed.length > 0 ? [`  Entfernt (mehr als ${keep} Sicherungen): ${result.removed.join(', ')}`] : []),
        '',
      ].join('\n'),
    );
  }
  return 0;
}
