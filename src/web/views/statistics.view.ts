/**
 * The statistics page: the figures of `intake report` for a chosen period and town, as SVG charts
 * (bars per month, outcome shares) and tables, with the report's small-count suppression. Laid out
 * to print on one A4 page (see the print rules in styles.ts).
 */
import { ALL_TOWNS, OUTCOME_KEYS, type OutcomeKey, type ReportRow } from '../../core/report/report.types.js';
import { html, type SafeHtml } from '../html.js';
import { MONTH_HINT, MONTH_PATTERN } from '../german-input.js';
import { barChart, shareBar } from './charts.view.js';
import { layout, type Flash, type PageUser } from './layout.view.js';

export const OUTCOME_TEXT: Record<OutcomeKey, string> = {
  flatKept: 'Wohnung erhalten',
  flatLost: 'Wohnung verloren',
  moved: 'eigene Lösung / umgezogen',
  notReached: 'nicht erreicht / abgelehnt',
  unknown: 'Ergebnis unbekannt',
  open: 'noch offen',
};
const OUTCOME_COLORS: Record<OutcomeKey, string> = {
  flatKept: '#1e6b35',
  flatLost: '#a4262c',
  moved: '#0b5cad',
  notReached: '#8a5a00',
  unknown: '#5f6b7a',
  open: '#7b5ea7',
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

/** "2025-09" → "Sep 25". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year?.slice(2) ?? ''}`;
}

export interface StatisticsForm {
  /** As typed (MM.JJJJ). */
  from: string;
  to: string;
  town: string;
}

export interface StatisticsModel {
  user: PageUser;
  flash: Flash | null;
  form: StatisticsForm;
  /** Valid period shown (YYYY-MM), null when the form was invalid. */
  period: { from: string; to: string } | null;
  minCount: number;
  /** The chosen town's line per month (null: merged into "Übrige Orte" that month). */
  monthly: { month: string; row: ReportRow | null }[];
  /** The whole period: "Alle Orte" first, then the towns, then "Übrige Orte". */
  periodRows: ReportRow[];
  towns: string[];
  csvHref: string;
}

const cell = (v: number | null, k: number) => (v === null ? html`<span title="weniger als ${k} – aus Datenschutzgründen nicht gezeigt">&lt;${k}</span>` : String(v));
const days = (v: number | null) => (v === null ? '–' : String(v).replace('.', ','));

function figuresTable(id: string, caption: string, first: string, rows: { label: string; row: ReportRow | null }[], k: number): SafeHtml {
  return html`<table class="list stats" id="${id}">
<caption>${caption}</caption>
<thead><tr><th scope="col">${first}</th><th scope="col">Mitteilungen</th><th scope="col">Neue Fälle</th><th scope="col">mit Termin</th><th scope="col">Erstkontakt (Brief)</th><th scope="col">Median Tage bis Erstkontakt</th><th scope="col">persönlich erreicht</th><th scope="col">Median Tage bis persönlich</th>${OUTCOME_KEYS.map(
    (o) => html`<th scope="col">${OUTCOME_TEXT[o]}</th>`,
  )}</tr></thead>
<tbody>${rows.map(({ label, row }) =>
    row
      ? html`<tr><th scope="row">${label}</th><td>${cell(row.notices, k)}</td><td>${cell(row.newCases, k)}</td><td>${cell(row.withHearing, k)}</td><td>${cell(row.firstContactCases, k)}</td><td>${days(row.medianDaysToFirstContact)}</td><td>${cell(row.personalContactCases, k)}</td><td>${days(row.medianDaysToPersonalContact)}</td>${OUTCOME_KEYS.map(
          (o) => html`<td>${cell(row.outcomes[o], k)}</td>`,
        )}</tr>`
      : html`<tr><th scope="row">${label}</th><td colspan="${7 + OUTCOME_KEYS.length}" class="muted">unter „Übrige Orte“ zusammengefasst (zu wenige Fälle)</td></tr>`,
  )}</tbody></table>`;
}

export function statisticsPage(m: StatisticsModel): SafeHtml {
  const k = m.minCount;
  const suppressed = `<${k}`;
  const townOption = (town: string) => html`<option value="${town}" ${town === m.form.town ? 'selected' : ''}>${town}</option>`;
  const filters = html`<form class="filters no-print" method="get" action="/statistics" aria-label="Zeitraum und Ort wählen">
  <label for="s-from">von Monat (${MONTH_HINT})<input id="s-from" name="from" value="${m.form.from}" size="8" inputmode="numeric" placeholder="${MONTH_HINT}" pattern="${MONTH_PATTERN}" title="Monat als ${MONTH_HINT}"></label>
  <label for="s-to">bis Monat (${MONTH_HINT})<input id="s-to" name="to" value="${m.form.to}" size="8" inputmode="numeric" placeholder="${MONTH_HINT}" pattern="${MONTH_PATTERN}" title="Monat als ${MONTH_HINT}"></label>
  <label for="s-town">Ort<select id="s-town" name="town">${[ALL_TOWNS, ...m.towns].map(townOption)}</select></label>
  <button type="submit">Anzeigen</button>
  ${m.period ? html`<a class="button secondary" href="${m.csvHref}" download>CSV herunterladen</a>` : ''}
</form>`;
  if (!m.period) return layout('Statistik', html`<h1>Statistik</h1>${filters}`, { user: m.user, flash: m.flash });
  const months = m.monthly.map((x) => monthLabel(x.month));
  const series = (pick: (r: ReportRow) => number | null) => m.monthly.map((x) => (x.row ? pick(x.row) : null));
  const total = m.periodRows.find((r) => r.town === m.form.town) ?? null;
  const periodText = m.period.from === m.period.to ? monthLabel(m.period.from) : `${monthLabel(m.period.from)} – ${monthLabel(m.period.to)}`;
  const shares = total
    ? OUTCOME_KEYS.map((o) => {
        const count = total.outcomes[o];
        const share = count !== null && total.newCases ? Math.round((count / total.newCases) * 100) : null;
        return { o, count, share };
      })
    : [];
  const body = html`<h1>Statistik <span class="muted">${m.form.town}, ${periodText}</span></h1>
${filters}
<p class="muted small">Erstkontakt = erster Brief gedruckt; persönlich erreicht = ein Kontaktversuch per Telefon, Hausbesuch oder im Büro, der den Haushalt erreicht hat. Zahlen unter ${k} werden als „&lt;${k}“ gezeigt, Orte mit weniger als ${k} neuen Fällen im Monat unter „Übrige Orte“ zusammengefasst (wie bei „intake report“). Monat = Eingang der Mitteilung bzw. Anlage des Falls.</p>
<div class="charts">
<figure class="chart-box">
  <figcaption>Mitteilungen, neue Fälle und Fälle mit Verhandlungstermin je Monat</figcaption>
  ${barChart({
    id: 'chart-cases',
    title: `Mitteilungen, neue Fälle und Fälle mit Termin je Monat, ${m.form.town}`,
    description: 'Balken je Monat; die Zahlen stehen auch in der Tabelle unten.',
    categories: months,
    series: [
      { label: 'Mitteilungen eingegangen', color: '#12355b', values: series((r) => r.notices) },
      { label: 'Neue Fälle', color: '#0b7a75', values: series((r) => r.newCases) },
      { label: 'mit Verhandlungstermin', color: '#a35200', values: series((r) => r.withHearing) },
    ],
    suppressedText: suppressed,
  })}
</figure>
<figure class="chart-box">
  <figcaption>Median der Tage von der Mitteilung bis zum Erstkontakt (Brief gedruckt)</figcaption>
  ${barChart({
    id: 'chart-days',
    title: `Median Tage bis zum Erstkontakt je Monat, ${m.form.town}`,
    description: `Balken je Monat; ohne Balken: weniger als ${k} Fälle mit Erstkontakt.`,
    categories: months,
    series: [{ label: 'Median Tage bis Erstkontakt', color: '#5b3f8c', values: series((r) => (r.medianDaysToFirstContact === null ? null : r.medianDaysToFirstContact)) }],
    suppressedText: '–',
    height: 150,
  })}
</figure>
<figure class="chart-box">
  <figcaption>Ergebnisse der neuen Fälle im Zeitraum (Anteile)</figcaption>
  ${shareBar({
    id: 'chart-outcomes',
    title: `Ergebnisse der ${total?.newCases ?? suppressed} neuen Fälle, ${periodText}`,
    description: shares.map((s) => `${OUTCOME_TEXT[s.o]}: ${s.count === null ? suppressed : s.count}`).join('; '),
    total: total?.newCases ?? null,
    segments: shares.map((s) => ({ label: OUTCOME_TEXT[s.o], color: OUTCOME_COLORS[s.o], count: s.count })),
  })}
  <ul class="legend">${shares.map(
    (s) => html`<li><span class="swatch swatch-${s.o}" aria-hidden="true"></span>${OUTCOME_TEXT[s.o]}: <strong>${s.count === null ? suppressed : s.count}</strong>${s.share !== null ? ` (${s.share} %)` : ''}</li>`,
  )}</ul>
</figure>
</div>
${figuresTable('table-months', `Je Monat – ${m.form.town}`, 'Monat', m.monthly.map((x) => ({ label: monthLabel(x.month), row: x.row })), k)}
${figuresTable('table-towns', `Zeitraum ${periodText} – je Ort`, 'Ort', m.periodRows.map((r) => ({ label: r.town, row: r })), k)}
<p class="muted small print-only">Stand: Prüfplatz Fachstelle, anonymisierte Auswertung (kleinste gezeigte Zahl ${k}).</p>`;
  return layout('Statistik', body, { user: m.user, flash: m.flash });
}
