export * from './report.types.js';
export { buildReport, buildPeriodRows, buildExactRows, monthsBetween, isMonth, median, daysBetweenIso, outcomeKey } from './report.builder.js';
export { reportToCsv, REPORT_CSV_HEADER } from './report.csv.js';
