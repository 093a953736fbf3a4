import path from 'node:path';
import { dataDirPurgeFiles } from '../adapters/purge-files.adapter.js';
import { openDatabase } from '../db/connection.js';
import { RetentionRepository } from '../db/report.repository.js';
import { databaseFile } from '../main.js';
import type { Logger } from '../pipeline/ports.js';
import { runPurge } from '../pipeline/purge.stage.js';
import { parseCommand } from './cli-context.js';

export const PURGE_HELP = `intake purge [--dry-run] [--json]
  Löscht die personenbezogenen Daten aller Fälle, die länger als INTAKE_RETENTION_YEARS (Standard 3 Jahre)
  abgeschlossen sind: Originale, Seitenbilder, Briefe, Namen, Anschriften, Aktenzeichen, Notiztexte;
  ebenso fehlgeschlagene Dateien (Ordner failed), die älter als die Aufbewahrungsfrist sind.
  Die anonymisierten Zahlen für „intake report“ bleiben erhalten. --dry-run zeigt nur, was gelöscht würde.`;

export async function purgeCommand(argv: string[]): Promise<number> {
  const { config, logger, values } = parseCommand(argv, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } });
  const db = openDatabase(databaseFile(config));
  try {
    const result = await runPurge(
      { store: new RetentionRepository(db), files: dataDirPurgeFiles(config.dataDir), clock: () => new Date(), logger: logger as unknown as Logger },
      { retentionYears: config.retention.years, dryRun: values['dry-run'] === true },
    );
    const inDataDir = (f: string) => !path.relative(config.dataDir, f).startsWith('..');
    if (values['json']) {
      process.stdout.write(`${JSON.stringify({ ...result, files: result.files.filter(inDataDir) })}\n`);
    } else {
      const verb = result.dryRun ? 'Würde löschen' : 'Gelöscht';
      process.stdout.write(
        [
          `Abgeschlossen vor: ${result.closedBefore.slice(0, 10)} (Aufbewahrung ${config.retention.years} Jahre)`,
          `${verb}: ${result.caseIds.length} Fall/Fälle, ${result.documentIds.length} Dokument(e), ${result.letterIds.length} Brief(e), ${result.failedDocumentIds.length} fehlgeschlagene Datei(en), ${result.files.length} Datei(en)/Ordner`,
          ...result.caseIds.map((id) => `  Fall ${id}`),
          ...result.failedDocumentIds.map((id) => `  fehlgeschlagene Datei ${id}`),
          // Files under the data dir are named by hash or id; files in the failed folder are shown by document id above.
          ...result.files.filter(inDataDir).map((f) => `  ${path.relative(config.dataDir, f)}`),
          result.dryRun
            ? 'Probelauf: nichts wurde verändert.'
            : result.compacted
              ? 'Datenbank komprimiert.'
              : 'Hinweis: Die Datenbank wird gerade benutzt und konnte nicht komprimiert werden. Bitte „intake purge“ bei gestopptem Dienst wiederholen.',
          '',
        ].join('\n'),
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
