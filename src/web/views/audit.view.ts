/** The admin's audit log across cases and the purge page (dry-run list first). */
import type { EventRow } from '../../pipeline/store.port.js';
import type { PurgeResult } from '../../pipeline/purge.stage.js';
import { html, type SafeHtml } from '../html.js';
import { DATE_HINT, DATE_PATTERN } from '../german-input.js';
import { adminPage } from './admin.view.js';
import { EVENT_LABELS, eventDetails } from './case-panels.view.js';
import { germanDate, germanDateTime } from './format.js';
import { csrfField, type Flash, type PageUser } from './layout.view.js';

export interface AuditFilters {
  actor: string;
  kind: string;
  caseId: string;
  /** As typed (TT.MM.JJJJ). */
  from: string;
  to: string;
  page: number;
}

function option(value: string, text: string, selected: string): SafeHtml {
  return html`<option value="${value}" ${value === selected ? 'selected' : ''}>${text}</option>`;
}

function pageLink(f: AuditFilters, page: number): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries({ actor: f.actor, kind: f.kind, case: f.caseId, from: f.from, to: f.to })) if (value) p.set(key, value);
  p.set('page', String(page));
  return `/admin/audit?${p.toString()}`;
}

export function auditPage(input: {
  user: PageUser;
  flash: Flash | null;
  filters: AuditFilters;
  rows: EventRow[];
  total: number;
  pageSize: number;
  actors: string[];
  kinds: string[];
}): SafeHtml {
  const { filters: f, rows, total } = input;
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const body = html`<h1>Protokoll <span class="muted">(${total} ${total === 1 ? 'Eintrag' : 'Einträge'}, neueste zuerst)</span></h1>
<form class="filters" method="get" action="/admin/audit" aria-label="Protokoll filtern">
  <label for="a-actor">Wer<select id="a-actor" name="actor">${option('', 'alle', f.actor)}${input.actors.map((a) => option(a, a === 'system' ? 'System' : a, f.actor))}</select></label>
  <label for="a-kind">Was<select id="a-kind" name="kind">${option('', 'alles', f.kind)}${input.kinds.map((k) => option(k, EVENT_LABELS[k] ?? k, f.kind))}</select></label>
  <label for="a-case">Fall<input id="a-case" name="case" value="${f.caseId}" size="14" spellcheck="false"></label>
  <label for="a-from">von (${DATE_HINT})<input id="a-from" name="from" value="${f.from}" size="10" inputmode="numeric" placeholder="${DATE_HINT}" pattern="${DATE_PATTERN}" title="Datum als ${DATE_HINT}"></label>
  <label for="a-to">bis (${DATE_HINT})<input id="a-to" name="to" value="${f.to}" size="10" inputmode="numeric" placeholder="${DATE_HINT}" pattern="${DATE_PATTERN}" title="Datum als ${DATE_HINT}"></label>
  <button type="submit">Filtern</button>
  <a class="button secondary" href="/admin/audit">Zurücksetzen</a>
</form>
${
  rows.length === 0
    ? html`<p>Keine Einträge.</p>`
    : html`<table class="list history">
  <caption class="skip">Protokolleinträge</caption>
  <thead><tr><th scope="col">Zeit</th><th scope="col">Wer</th><th scope="col">Was</th><th scope="col">Fall</th><th scope="col">Dokument</th></tr></thead>
  <tbody>${rows.map(
    (e) => html`<tr><td>${germanDateTime(e.at)}</td><td>${e.actor === 'system' ? 'System' : e.actor}</td>
    <td>${EVENT_LABELS[e.kind] ?? e.kind}${eventDetails(e) ? html` – ${eventDetails(e)}` : ''}</td>
    <td>${e.case_id ? html`<a href="/cases/${e.case_id}">${e.case_id}</a>` : ''}</td><td class="id">${e.document_id ?? ''}</td></tr>`,
  )}</tbody></table>`
}
<nav class="pager" aria-label="Seiten des Protokolls">
  ${f.page > 1 ? html`<a href="${pageLink(f, f.page - 1)}" rel="prev">← neuere</a>` : ''}
  <span>Seite ${f.page} von ${pages}</span>
  ${f.page < pages ? html`<a href="${pageLink(f, f.page + 1)}" rel="next">ältere →</a>` : ''}
</nav>`;
  return adminPage('Protokoll', '/admin/audit', body, { user: input.user, flash: input.flash });
}

/** The plan (dry run) with its lists, and the button that runs exactly this plan. */
export function purgePage(input: { user: PageUser; flash: Flash | null; plan: PurgeResult; retentionYears: number; done?: PurgeResult }): SafeHtml {
  const { plan, user, done } = input;
  const nothing = plan.caseIds.length === 0 && plan.failedDocumentIds.length === 0 && plan.files.length === 0;
  const body = html`<h1>Löschen nach Aufbewahrungsfrist</h1>
${
  done
    ? html`<p class="flash" role="status">Gelöscht: ${done.caseIds.length} Fall/Fälle, ${done.documentIds.length} Dokument(e), ${done.letterIds.length} Brief(e),
      ${done.failedDocumentIds.length} fehlgeschlagene Datei(en), ${done.files.length} Datei(en)/Ordner.
      ${done.compacted ? 'Datenbank komprimiert.' : 'Die Datenbank wird gerade benutzt und wurde nicht komprimiert; „intake purge“ bei gestopptem Dienst holt das nach.'}</p>`
    : ''
}
<p>Gelöscht werden die personenbezogenen Daten aller Fälle, die vor dem <strong>${germanDate(plan.closedBefore)}</strong> abgeschlossen wurden
(Aufbewahrung ${input.retentionYears} Jahre), und fehlgeschlagene Dateien von vor diesem Tag. Die anonymen Zahlen der Statistik bleiben.</p>
<h2>Probelauf: das würde gelöscht</h2>
${
  nothing
    ? html`<p>Nichts zu löschen.</p>`
    : html`<ul>
  <li>${plan.caseIds.length} Fall/Fälle: ${plan.caseIds.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="/cases/${id}">${id}</a>`)}</li>
  <li>${plan.documentIds.length} Dokument(e), ${plan.letterIds.length} Brief(e)</li>
  <li>${plan.failedDocumentIds.length} fehlgeschlagene Datei(en)${plan.failedDocumentIds.length > 0 ? html`: ${plan.failedDocumentIds.join(', ')}` : ''}</li>
  <li>${plan.files.length} Datei(en)/Ordner im Datenordner</li>
</ul>
<form method="post" action="/admin/purge" class="box">${csrfField(user.csrf)}
  <input type="hidden" name="plan" value="${[...plan.caseIds, '|', ...plan.failedDocumentIds].join(',')}">
  <label class="check" for="purge-confirm"><input id="purge-confirm" type="checkbox" name="confirm" value="1" required> Ich habe die Liste geprüft; diese Daten endgültig löschen.</label>
  <button type="submit">Jetzt löschen</button>
</form>`
}`;
  return adminPage('Löschen', '/admin/purge', body, { user, flash: input.flash });
}
