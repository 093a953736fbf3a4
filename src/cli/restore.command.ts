import { restoreBackup } from '../adapters/backup.adapter.js';
import { databaseFile } from '../main.js';
import { databaseTools } from './backup-tools.js';
import { parseCommand, UsageError } from './cli-context.js';

export const RESTORE_HELP = `intake restore --from <sicherung> [--data-dir <leerer ordner>]
  Spielt eine Sicherung (ein Ordner intake-backup-…, oder der Ordner mit den Sicherungen: dann die neueste)
  nach Prüfung in einen leeren Datenordner zurück. Ein nicht leerer Datenordner wird nicht angetastet.`;

export async function restoreCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, { from: { type: 'string' } });
  const from = values['from'] as string | undefined;
  if (!from) throw new UsageError('--from <sicherung> fehlt');
  const result = await restoreBackup({ from, dataDir: config.dataDir, db: databaseTools(databaseFile(config), config.storage.busyTimeoutMs) });
  const { manifest } = result;
  process.stdout.write(
    [
      `Wiederhergestellt: ${result.backup}`,
      `  Stand der Sicherung: ${manifest.createdAt}`,
      `  Nach:                ${config.dataDir}`,
      `  Datenbank:           ${manifest.database.cases} Fälle, ${manifest.database.documents} Dokumente (Prüfung nach dem Zurückspielen: ok)`,
      `  Dateien:             ${manifest.files.length}`,
      `  Vorlagen und Einstellungen der Sicherung: ${result.configDir}`,
      '  (bei Bedarf nach INTAKE_TEMPLATES_DIR bzw. an den Ort der Konfigurationsdatei kopieren)',
      'Danach den Dienst starten: intake start (die Start-Prüfung testet die Datenbank noch einmal).',
      '',
    ].join('\n'),
  );
  return 0;
}
