/**
 * The statistics page and its CSV: the figures of `intake report` (same anonymisation) for a period
 * and a town. The CSV holds exactly the lines the page shows: the chosen town per month, then the
 * whole period per town — in the report's CSV format.
 */
import { Hono, type Context } from 'hono';
import { buildPeriodRows, buildReport, monthsBetween } from '../../core/report/report.builder.js';
import { reportToCsv } from '../../core/report/report.csv.js';
import { ALL_TOWNS, OTHER_TOWNS, type ReportRow } from '../../core/report/report.types.js';
import { germanMonthInput, parseGermanMonth } from '../german-input.js';
import { statisticsPage, type StatisticsForm, type StatisticsModel } from '../views/statistics.view.js';
import { pageUser, type WebDeps, type WebEnv } from '../web-context.js';

/** At most a year on one page: bars, the monthly table and the towns fit one printed A4 page. */
export const MAX_MONTHS = 12;

interface Shown {
  model: StatisticsModel;
  /** The lines shown, for the CSV (empty when the form was invalid). */
  rows: ReportRow[];
}

function defaultPeriod(now: Date): { from: string; to: string } {
  const to = now.toISOString().slice(0, 7);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to };
}

export function statisticsRoutes(deps: WebDeps): Hono<WebEnv> {
  const routes = new Hono<WebEnv>();
  const minCount = deps.app.config.report.minCount;

  function shown(c: Context<WebEnv>): Shown {
    const fallback = defaultPeriod(deps.clock());
    const form: StatisticsForm = {
      from: (c.req.query('from') ?? germanMonthInput(fallback.from)).trim().slice(0, 10),
      to: (c.req.query('to') ?? germanMonthInput(fallback.to)).trim().slice(0, 10),
      town: (c.req.query('town') ?? ALL_TOWNS).trim().slice(0, 100) || ALL_TOWNS,
    };
    const from = parseGermanMonth(form.from);
    const to = parseGermanMonth(form.to);
    const base = { user: pageUser(c.get('session')), form, minCount, monthly: [], periodRows: [], towns: [], csvHref: '' };
    const invalid = (text: string): Shown => ({ model: { ...base, flash: { kind: 'error', text }, period: null }, rows: [] });
    if (!from || !to) return invalid('Monate bitte als MM.JJJJ eingeben, z. B. 01.2025 bis 12.2025.');
    if (to < from) return invalid('Der Monat „bis“ liegt vor dem Monat „von“.');
    if (monthsBetween(from, to).length > MAX_MONTHS) return invalid(`Bitte höchstens ${MAX_MONTHS} Monate wählen (eine Druckseite).`);
    const facts = deps.app.reportFacts();
    const periodRows = buildPeriodRows(facts, { from, to, minCount });
    const towns = periodRows.map((r) => r.town).filter((t) => t !== ALL_TOWNS && t !== OTHER_TOWNS);
    const town = [ALL_TOWNS, ...towns].includes(form.town) ? form.town : ALL_TOWNS;
    const report = buildReport(facts, { from, to, minCount });
    const monthly = monthsBetween(from, to).map((month) => ({ month, row: report.rows.find((r) => r.month === month && r.town === town) ?? null }));
    const params = new URLSearchParams({ from: germanMonthInput(from), to: germanMonthInput(to), town });
    return {
      model: { ...base, form: { ...form, town }, flash: null, period: { from, to }, monthly, periodRows, towns, csvHref: `/statistics.csv?${params.toString()}` },
      rows: [...monthly.flatMap((x) => (x.row ? [x.row] : [])), ...periodRows],
    };
  }

  routes.get('/statistics', (c) => {
    const { model } = shown(c);
    return c.html(statisticsPage(model).toString(), model.period ? 200 : 422);
  });

  routes.get('/statistics.csv', (c) => {
    const { model, rows } = shown(c);
    if (!model.period) return c.text(model.flash?.text ?? 'Ungültiger Zeitraum.', 422);
    const csv = reportToCsv({ from: model.period.from, to: model.period.to, minCount, rows });
    deps.app.store.events.record({ at: deps.clock().toISOString(), actor: c.get('session').userName, kind: 'statistics-exported', details: { from: model.period.from, to: model.period.to } });
    const name = `statistik-${model.period.from}-${model.period.to}.csv`;
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` });
  });

  return routes;
}
