import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/connection.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { databaseFile } from '../main.js';
import { parseCommand } from './cli-context.js';

export const STATUS_HELP = `intake status [--json]
  Zeigt Warteschlange, laufende Verarbeitung, heute fehlgeschlagene Dateien und die letzte erfolgreiche Verarbeitung.`;

export async function statusCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, { json: { type: 'boolean' } });
  const db = openDatabase(databaseFile(config));
  try {
    const store = new SqliteStore(db);
    const counts = store.documents.countByStatus();
    const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    const spoolDir = path.join(config.dataDir, 'spool');
    const status = {
      queued: counts.received,
      inProgress: counts.processing,
      done: counts.done,
      duplicates: counts.duplicate,
      splitBatches: counts.split,
      failed: counts.failed,
      failedToday: store.documents.failedSince(today),
      lastSuccessAt: store.documents.lastDoneAt(),
      cases: store.cases.count(),
      spoolEntries: existsSync(spoolDir) ? readdirSync(spoolDir).length : 0,
      waitingInWatchFolder: existsSync(config.watchDir)
        ? readdirSync(config.watchDir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).length
        : 0,
    };
    if (values['json']) {
      process.stdout.write(`${JSON.stringify(status)}\n`);
    } else {
      process.stdout.write(
        [
          `Warteschlange:            ${status.queued}`,
          `In Verarbeitung:          ${status.inProgress}`,
          `Im Ablageordner wartend:  ${status.waitingInWatchFolder}`,
          `Verarbeitet:              ${status.done} (davon Duplikate gesondert: ${status.duplicates})`,
          `Stapel-Scans aufgeteilt:  ${status.splitBatches}`,
          `Fehlgeschlagen:           ${status.failed} (heute: ${status.failedToday})`,
          `Fälle:                    ${status.cases}`,
          `Letzte Verarbeitung:      ${status.lastSuccessAt ?? '–'}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
