import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isAlive, readServiceState } from '../adapters/service-state.adapter.js';
import { freeBytes } from '../adapters/storage-probe.adapter.js';
import { toIntakeError } from '../core/errors.js';
import { openDatabase } from '../db/connection.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { databaseFile } from '../main.js';
import type { Fault } from '../pipeline/storage-guard.js';
import { parseCommand } from './cli-context.js';

export const STATUS_HELP = `intake status [--json]
  Zeigt den Zustand des Dienstes (läuft, angehalten wegen eines Speicherfehlers mit Grund, beendet),
  Warteschlange, laufende Verarbeitung, heute fehlgeschlagene Dateien und die letzte erfolgreiche Verarbeitung.
  Exit-Code 3, solange der Dienst wegen eines Speicherfehlers angehalten ist.`;

/** Exit code while the service reports a storage fault (monitoring can alert on it). */
export const PAUSED_EXIT_CODE = 3;

type ServiceView = { state: 'ok' | 'paused' | 'stopped'; pid: number | null; since: string | null; faults: Fault[] };

function serviceView(dataDir: string): ServiceView {
  const saved = readServiceState(dataDir);
  if (!saved || !saved.running || !isAlive(saved.pid)) return { state: 'stopped', pid: null, since: saved?.updatedAt ?? null, faults: [] };
  return { state: saved.health.status, pid: saved.pid, since: saved.startedAt, faults: saved.health.faults };
}

function queueCounts(file: string, busyTimeoutMs: number) {
  const db = openDatabase(file, { busyTimeoutMs });
  try {
    const store = new SqliteStore(db);
    const counts = store.documents.countByStatus();
    const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    return {
      queued: counts.received,
      inProgress: counts.processing,
      done: counts.done,
      duplicates: counts.duplicate,
      splitBatches: counts.split,
      failed: counts.failed,
      failedToday: store.documents.failedSince(today),
      lastSuccessAt: store.documents.lastDoneAt(),
      cases: store.cases.count(),
    };
  } finally {
    db.close();
  }
}

const STATE_TEXT = { ok: 'läuft', paused: 'ANGEHALTEN (Speicherfehler, siehe unten)', stopped: 'läuft nicht' } as const;

export async function statusCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, { json: { type: 'boolean' } });
  const service = serviceView(config.dataDir);
  const spoolDir = path.join(config.dataDir, 'spool');
  let counts: ReturnType<typeof queueCounts> | null = null;
  let databaseError: string | null = null;
  try {
    counts = queueCounts(databaseFile(config), config.storage.busyTimeoutMs);
  } catch (error) {
    databaseError = toIntakeError(error).code;
  }
  const free = await freeBytes(config.dataDir).catch(() => null);
  const status = {
    service: service.state,
    servicePid: service.pid,
    faults: service.faults.map(({ scope, code, message, since }) => ({ scope, code, message, since })),
    ...(counts ?? {}),
    databaseError,
    dataDirFreeBytes: free,
    spoolEntries: existsSync(spoolDir) ? readdirSync(spoolDir).length : 0,
    waitingInWatchFolder: existsSync(config.watchDir)
      ? readdirSync(config.watchDir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).length
      : 0,
  };
  if (values['json']) {
    process.stdout.write(`${JSON.stringify(status)}\n`);
  } else {
    const lines = [`Dienst:                   ${STATE_TEXT[service.state]}${service.pid ? ` (PID ${service.pid})` : ''}`];
    for (const fault of service.faults) {
      lines.push(`  ${fault.scope === 'data' ? 'Datenordner' : 'Ablageordner'} seit ${fault.since}: ${fault.code}`, `  ${fault.message}`);
    }
    if (counts) {
      lines.push(
        `Warteschlange:            ${counts.queued}`,
        `In Verarbeitung:          ${counts.inProgress}`,
        `Im Ablageordner wartend:  ${status.waitingInWatchFolder}`,
        `Verarbeitet:              ${counts.done} (davon Duplikate gesondert: ${counts.duplicates})`,
        `Stapel-Scans aufgeteilt:  ${counts.splitBatches}`,
        `Fehlgeschlagen:           ${counts.failed} (heute: ${counts.failedToday})`,
        `Fälle:                    ${counts.cases}`,
        `Letzte Verarbeitung:      ${counts.lastSuccessAt ?? '–'}`,
      );
    } else {
      lines.push(`Datenbank:                nicht lesbar (${databaseError})`, `Im Ablageordner wartend:  ${status.waitingInWatchFolder}`);
    }
    lines.push(`Frei im Datenordner:      ${free === null ? '–' : `${(free / 1048576).toFixed(1).replace('.', ',')} MB`}`, '');
    process.stdout.write(lines.join('\n'));
  }
  return service.state === 'paused' ? PAUSED_EXIT_CODE : 0;
}
