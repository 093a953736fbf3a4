import { openDatabase } from '../db/connection.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { databaseFile } from '../main.js';
import { listCases } from '../pipeline/case-query.js';
import { DEADLINE_LABELS } from '../core/deadlines/labels.js';
import { parseCommand } from './cli-context.js';

export const CASES_HELP = `intake cases [--json]
  Listet die Fälle, dringendste zuerst (nächste offene Frist). --json: ein JSON-Array.`;

export async function casesCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, { json: { type: 'boolean' } });
  const db = openDatabase(databaseFile(config));
  try {
    const cases = listCases(new SqliteStore(db), new Date().toISOString().slice(0, 10));
    if (values['json']) {
      process.stdout.write(`${JSON.stringify(cases)}\n`);
      return 0;
    }
    if (cases.length === 0) process.stdout.write('Keine Fälle.\n');
    for (const c of cases) {
      const urgency = c.urgency ? `${DEADLINE_LABELS[c.urgency.kind] ?? c.urgency.kind} in ${c.urgency.daysLeft} Tagen (${c.urgency.date})` : 'keine offene Frist';
      const review = c.needsReview ? '  [prüfen]' : '';
      process.stdout.write(`${c.id}  ${c.status.padEnd(8)} ${urgency}  ${c.address?.postalCode ?? '-----'} ${c.address?.city ?? ''}${review}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
