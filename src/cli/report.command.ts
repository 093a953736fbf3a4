import { openDatabase } from '../db/connection.js';
import { ReportRepository } from '../db/report.repository.js';
import { buildReport, isMonth } from '../core/report/report.builder.js';
import { reportToCsv } from '../core/report/report.csv.js';
import { databaseFile } from '../main.js';
import { parseCommand, UsageError } from './cli-context.js';

export const REPORT_HELP = `intake report --from JJJJ-MM --to JJJJ-MM [--format csv|json] [--min-count <zahl>]
  Anonymisierte Auswertung je Monat und Ort: eingegangene Mitteilungen, neue Fälle, Fälle mit
  Verhandlungstermin, Median der Tage bis zum Erstkontakt (Brief gedruckt) und bis zum ersten
  persönlichen Kontakt, Ergebnisse. Zahlen unter --min-count (Standard INTAKE_REPORT_MIN_COUNT = 3)
  werden als „<3“ ausgegeben, kleine Orte unter „Übrige Orte“ zusammengefasst.
  CSV (Standard): Trennzeichen „;“, Dezimalkomma, UTF-8 mit BOM (für Excel).`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { config, values } = parseCommand(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    'min-count': { type: 'string' },
  });
  const from = values['from'];
  const to = values['to'];
  if (typeof from !== 'string' || !isMonth(from)) throw new UsageError('--from JJJJ-MM fehlt oder ist ungültig');
  if (typeof to !== 'string' || !isMonth(to)) throw new UsageError('--to JJJJ-MM fehlt oder ist ungültig');
  if (to < from) throw new UsageError('--to liegt vor --from');
  const format = values['format'] ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format muss csv oder json sein');
  const minCountRaw = values['min-count'];
  const minCount = typeof minCountRaw === 'string' ? Number(minCountRaw) : config.report.minCount;
  if (!Number.isInteger(minCount) || minCount < 1) throw new UsageError('--min-count muss eine ganze Zahl ab 1 sein');
  const db = openDatabase(databaseFile(config));
  try {
    const report = buildReport(new ReportRepository(db).facts(), { from, to, minCount });
    process.stdout.write(format === 'json' ? `${JSON.stringify(report)}\n` : reportToCsv(report));
    return 0;
  } finally {
    db.close();
  }
}
