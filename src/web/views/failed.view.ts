import type { DocumentRow } from '../../pipeline/store.port.js';
import { html, type SafeHtml } from '../html.js';
import { germanDateTime } from './format.js';
import { csrfField, layout, type Flash, type PageUser } from './layout.view.js';

export function failedPage(input: { user: PageUser; flash: Flash | null; rows: DocumentRow[] }): SafeHtml {
  const { user, rows } = input;
  const body = html`<h1>Fehlgeschlagene Dateien <span class="muted">(${rows.length})</span></h1>
<p class="muted">Dateien, die nicht gelesen werden konnten. „Erneut versuchen“ legt die Datei aus dem Ordner <code>failed</code> wieder in die Warteschlange; „Erledigt“ nimmt sie von dieser Liste.</p>
${
  rows.length === 0
    ? html`<p>Keine fehlgeschlagenen Dateien.</p>`
    : html`<table class="list"><thead><tr><th scope="col">Datei</th><th scope="col">Zeit</th><th scope="col">Grund</th><th scope="col">Versuche</th><th scope="col">Aktion</th></tr></thead>
<tbody>${rows.map(
        (d) => html`<tr><td>${d.original_name}</td><td>${d.done_at ? germanDateTime(d.done_at) : ''}</td><td><strong>${d.error_code ?? ''}</strong> ${d.error_message ?? ''}</td><td>${d.attempts}</td>
<td>${
          d.failed_path
            ? html`<form method="post" action="/failed/${d.id}/retry">${csrfField(user.csrf)}<button type="submit" class="secondary">Erneut versuchen</button></form>`
            : ''
        }<form method="post" action="/failed/${d.id}/dismiss">${csrfField(user.csrf)}<button type="submit" class="secondary">Erledigt</button></form></td></tr>`,
      )}</tbody></table>`
}`;
  return layout('Fehlgeschlagene Dateien', body, { user, flash: input.flash });
}
