/**
 * The report as CSV for spreadsheet programs used in German offices: `;` as separator, decimal
 * comma, CRLF line ends, a UTF-8 byte-order mark (so Excel reads umlauts right), one header row.
 * Suppressed counts are written as "<k" (e.g. "<3"); a count hidden only so that a small one beside it cannot be
 * recomputed from a sum as "x"; missing medians as an empty cell.
 */
import { OUTCOME_KEYS, type OutcomeKey, type Report, type ReportRow } from './report.types.js';

const OUTCOME_HEADERS: Record<OutcomeKey, string> = {
  flatKept: 'Ergebnis Wohnung erhalten',
  flatLost: 'Ergebnis Wohnung verloren',
  moved: 'Ergebnis umgezogen/eigene Lösung',
  notReached: 'Ergebnis nicht erreicht/abgelehnt',
  unknown: 'Ergebnis unbekannt',
  open: 'Fall offen',
};

export const REPORT_CSV_HEADER = [
  'Monat',
  'Ort',
  'Mitteilungen eingegangen',
  'Neue Fälle',
  'Fälle mit Verhandlungstermin',
  'Fälle mit Erstkontakt (Brief)',
  'Median Tage bis Erstkontakt',
  'Fälle mit persönlichem Kontakt',
  'Median Tage bis persönlicher Kontakt',
  ...OUTCOME_KEYS.map((k) => OUTCOME_HEADERS[k]),
];

function cell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function reportToCsv(report: Report): string {
  const count = (row: ReportRow, v: number | null, key: string) => (v === null ? (row.recomputable?.includes(key) ? 'x' : `<${report.minCount}`) : String(v));
  const decimal = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));
  const lines = [REPORT_CSV_HEADER.map(cell).join(';')];
  for (const row of report.rows) {
    lines.push(
      [
        row.month,
        row.town,
        count(row, row.notices, 'notices'),
        count(row, row.newCases, 'newCases'),
        count(row, row.withHearing, 'withHearing'),
        count(row, row.firstContactCases, 'firstContactCases'),
        decimal(row.medianDaysToFirstContact),
        count(row, row.personalContactCases, 'personalContactCases'),
        decimal(row.medianDaysToPersonalContact),
        ...OUTCOME_KEYS.map((k) => count(row, row.outcomes[k], `outcome:${k}`)),
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
