import { DEADLINE_LABELS } from '../../core/deadlines/labels.js';
import type { Address, Tenant } from '../../core/extraction.schema.js';
import { daysBetween } from '../../pipeline/case-query.js';
import { CASE_STATUSES, type CaseOutcome, type CaseStatus } from '../../pipeline/review.actions.js';
import type { WorklistRow } from '../../pipeline/store.port.js';
import { html, type SafeHtml } from '../html.js';
import { germanDate, inDays, OUTCOME_LABELS, STATUS_LABELS } from './format.js';
import { layout, type Flash, type PageUser } from './layout.view.js';

export interface WorklistFilters {
  needsReview: boolean;
  city: string;
  assignedTo: string;
  status: string;
  search: string;
  page: number;
}

/** Deadline kinds that get a badge in the list (the others show in the case view). */
const BADGE_KINDS = new Set(['hearing', 'grace_period_end', 'eviction', 'vacate_deadline']);

function parseJson<T>(json: string | null): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

export function deadlineBadges(openDeadlines: string | null, today: string): SafeHtml {
  if (!openDeadlines) return html`<span class="muted">keine offene Frist</span>`;
  const badges = openDeadlines
    .split(';')
    .map((entry) => entry.split('|') as [string, string, string])
    .filter(([kind]) => BADGE_KINDS.has(kind))
    .map(([kind, date, estimated]) => {
      const days = daysBetween(today, date);
      const level = days <= 7 ? 'soon' : days <= 21 ? 'near' : '';
      const label = `${DEADLINE_LABELS[kind] ?? kind}${estimated === '1' ? ' (geschätzt)' : ''}`;
      return html`<span class="badge ${level}" title="${label} am ${germanDate(date)}">${label} ${inDays(days)}</span>`;
    });
  return badges.length > 0 ? html`${badges}` : html`<span class="muted">keine offene Frist</span>`;
}

export function statusText(status: string, outcome: string | null): string {
  const base = STATUS_LABELS[status as CaseStatus] ?? status;
  if (outcome === 'merged') return `${base}: zusammengeführt`;
  return outcome ? `${base}: ${OUTCOME_LABELS[outcome as CaseOutcome] ?? outcome}` : base;
}

function row(r: WorklistRow, today: string): SafeHtml {
  const tenants = parseJson<Tenant[]>(r.tenants_json) ?? [];
  const address = parseJson<Address>(r.address_json);
  const numbers = r.file_numbers ? r.file_numbers.split('\u001f') : [];
  return html`<tr>
  <td>${deadlineBadges(r.open_deadlines, today)}</td>
  <td class="id"><a href="/cases/${r.id}">${r.id}</a></td>
  <td>${tenants.length > 0 ? tenants.map((t, i) => html`${i > 0 ? html`<br>` : ''}${t.name}`) : html`<span class="muted">fehlt</span>`}</td>
  <td>${address ? html`${address.street} ${address.houseNumber}<br>${address.postalCode} ${address.city}` : html`<span class="muted">fehlt</span>`}</td>
  <td>${numbers.join(', ')}</td>
  <td>${statusText(r.status, r.outcome)}</td>
  <td>${r.assigned_to ?? html`<span class="muted">–</span>`}</td>
  <td>${r.needs_review === 1 ? html`<span class="badge review">prüfen</span>` : html`<span class="badge ok">nichts offen</span>`}</td>
</tr>`;
}

function option(value: string, text: string, selected: string): SafeHtml {
  return html`<option value="${value}" ${value === selected ? 'selected' : ''}>${text}</option>`;
}

function pageLink(filters: WorklistFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.needsReview) params.set('review', '1');
  if (filters.city) params.set('city', filters.city);
  if (filters.assignedTo) params.set('worker', filters.assignedTo);
  if (filters.status) params.set('status', filters.status);
  params.set('page', String(page));
  return `/?${params.toString()}`;
}

export function worklistPage(input: {
  user: PageUser;
  flash: Flash | null;
  today: string;
  rows: WorklistRow[];
  total: number;
  pageSize: number;
  filters: WorklistFilters;
  cities: string[];
  workers: string[];
}): SafeHtml {
  const { filters, rows, total, pageSize, today } = input;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const body = html`<h1>Arbeitsliste <span class="muted">(${total} ${total === 1 ? 'Fall' : 'Fälle'}, dringendste zuerst)</span></h1>
<form class="filters" method="get" action="/" role="search" aria-label="Fälle filtern">
  <label for="q">Suche (Name, Aktenzeichen, Anschrift)<input id="q" name="q" type="search" value="${filters.search}" size="30"></label>
  <label class="check" for="review"><input id="review" name="review" type="checkbox" value="1" ${filters.needsReview ? 'checked' : ''}> nur „prüfen“</label>
  <label for="city">Ort<select id="city" name="city">${option('', 'alle', filters.city)}${input.cities.map((c) => option(c, c, filters.city))}</select></label>
  <label for="worker">Zuständig<select id="worker" name="worker">${option('', 'alle', filters.assignedTo)}${option('-', 'niemand', filters.assignedTo)}${input.workers.map((w) => option(w, w, filters.assignedTo))}</select></label>
  <label for="status">Status<select id="status" name="status">${option('open', 'offen', filters.status)}${option('', 'alle', filters.status)}${CASE_STATUSES.map((s) => option(s, STATUS_LABELS[s], filters.status))}</select></label>
  <button type="submit">Filtern</button>
  <a class="button secondary" href="/">Zurücksetzen</a>
</form>
${
  rows.length === 0
    ? html`<p>Keine Fälle gefunden.</p>`
    : html`<table class="list">
  <caption class="skip">Fälle, nach Dringlichkeit sortiert</caption>
  <thead><tr><th scope="col">Fristen</th><th scope="col">Fall</th><th scope="col">Mieter/in</th><th scope="col">Anschrift</th><th scope="col">Aktenzeichen</th><th scope="col">Status</th><th scope="col">Zuständig</th><th scope="col">Prüfung</th></tr></thead>
  <tbody>${rows.map((r) => row(r, today))}</tbody>
</table>`
}
<nav class="pager" aria-label="Seiten">
  ${filters.page > 1 ? html`<a href="${pageLink(filters, filters.page - 1)}" rel="prev">← vorherige Seite</a>` : ''}
  <span>Seite ${filters.page} von ${pages}</span>
  ${filters.page < pages ? html`<a href="${pageLink(filters, filters.page + 1)}" rel="next">nächste Seite →</a>` : ''}
</nav>`;
  return layout('Arbeitsliste', body, { user: input.user, flash: input.flash });
}
