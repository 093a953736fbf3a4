/** The case view's side panels: letters, possible matches, status, notes, history. */
import { isCaseFieldName, CASE_OUTCOMES, CASE_STATUSES, CONTACT_CHANNELS } from '../../pipeline/review.actions.js';
import type { CaseNoteRow, CaseRow, EventRow, LetterRow, PossibleMatchRow } from '../../pipeline/store.port.js';
import { html, type SafeHtml } from '../html.js';
import { FIELD_LABELS, germanDateTime, OUTCOME_LABELS, STATUS_LABELS } from './format.js';
import { csrfField } from './layout.view.js';

const CHANNEL_LABELS: Record<string, string> = { letter: 'Brief', phone: 'Telefon', visit: 'Hausbesuch', office: 'Termin im Büro', email: 'E-Mail' };

export function lettersPanel(letters: LetterRow[]): SafeHtml {
  if (letters.length === 0) return html`<p class="muted">Noch kein Brief angelegt – er entsteht beim Bestätigen.</p>`;
  return html`<ul>${letters.map((l) => {
    const kind = l.kind === 'first_contact' ? 'Erstkontakt-Brief' : l.kind;
    if (l.status === 'ready') {
      const draft = l.content_json?.includes('"draftMark"') ? html` – <strong>MUSTER, nicht versenden</strong> (Absenderangaben fehlen noch)` : '';
      return html`<li>${kind} (${l.variant}) – bereit${draft}${l.rendered_at ? html`, erstellt ${germanDateTime(l.rendered_at)}` : ''}${l.printed_at ? html`, gedruckt ${germanDateTime(l.printed_at)}` : ''}:
        <a href="/letters/${l.id}" target="_blank" rel="noopener" data-letter-link>Brief öffnen (PDF)</a></li>`;
    }
    if (l.status === 'blocked') return html`<li>${kind}: <strong>nicht erstellt</strong> – ${l.reason ?? ''}</li>`;
    return html`<li>${kind}: wird erstellt …</li>`;
  })}</ul>`;
}

export function matchesPanel(caseId: string, matches: PossibleMatchRow[], csrf: string): SafeHtml {
  if (matches.length === 0) return html``;
  return html`<section class="box" aria-labelledby="matches-title"><h2 id="matches-title">Mögliche Treffer</h2>
  <ul>${matches.map(
    (m) => html`<li>Fall <a href="/cases/${m.candidate_case_id}">${m.candidate_case_id}</a> – Übereinstimmung ${Math.round(m.score * 100)} %: ${m.explanation}
    ${
      m.decision === null
        ? html`<form method="post" action="/cases/${caseId}/matches/${m.candidate_case_id}">${csrfField(csrf)}
        <button type="submit" name="decision" value="join">Zusammenführen</button>
        <button type="submit" name="decision" value="reject" class="secondary">Anderer Haushalt</button></form>`
        : html` – <em>${m.decision === 'joined' ? 'zusammengeführt' : 'abgelehnt'} von ${m.decided_by ?? ''}</em>`
    }</li>`,
  )}</ul></section>`;
}

export function statusPanel(row: CaseRow, workers: string[], csrf: string): SafeHtml {
  return html`<section class="box" aria-labelledby="status-title"><h2 id="status-title">Status und Zuständigkeit</h2>
  <form method="post" action="/cases/${row.id}/status">${csrfField(csrf)}
    <label for="status-select">Status<select id="status-select" name="status">${CASE_STATUSES.map(
      (s) => html`<option value="${s}" ${row.status === s ? 'selected' : ''}>${STATUS_LABELS[s]}</option>`,
    )}</select></label>
    <label for="outcome-select">Ergebnis (bei „abgeschlossen“)<select id="outcome-select" name="outcome"><option value="">—</option>${CASE_OUTCOMES.map(
      (o) => html`<option value="${o}" ${row.outcome === o ? 'selected' : ''}>${OUTCOME_LABELS[o]}</option>`,
    )}</select></label>
    <button type="submit" class="secondary">Status speichern</button>
  </form>
  <form method="post" action="/cases/${row.id}/assign">${csrfField(csrf)}
    <label for="assign-select">Zuständig<select id="assign-select" name="assignee"><option value="">niemand</option>${workers.map(
      (w) => html`<option value="${w}" ${row.assigned_to === w ? 'selected' : ''}>${w}</option>`,
    )}</select></label>
    <button type="submit" class="secondary">Zuweisen</button>
  </form></section>`;
}

export function notesPanel(caseId: string, notes: CaseNoteRow[], csrf: string): SafeHtml {
  return html`<section class="box" aria-labelledby="notes-title"><h2 id="notes-title">Notizen und Kontaktversuche</h2>
  <form method="post" action="/cases/${caseId}/notes">${csrfField(csrf)}
    <input type="hidden" name="kind" value="contact">
    <label for="contact-channel">Kontaktversuch<select id="contact-channel" name="channel">${CONTACT_CHANNELS.map((c) => html`<option value="${c}">${CHANNEL_LABELS[c]}</option>`)}</select></label>
    <label for="contact-reached">Erreicht?<select id="contact-reached" name="reached"><option value="0">nicht erreicht</option><option value="1">erreicht</option></select></label>
    <label for="contact-text">Bemerkung<input id="contact-text" name="text" maxlength="5000"></label>
    <button type="submit" class="secondary">Kontaktversuch eintragen</button>
  </form>
  <form method="post" action="/cases/${caseId}/notes">${csrfField(csrf)}
    <input type="hidden" name="kind" value="note">
    <label for="note-text">Notiz<textarea id="note-text" name="text" maxlength="5000" rows="3" cols="40"></textarea></label>
    <button type="submit" class="secondary">Notiz speichern</button>
  </form>
  ${
    notes.length === 0
      ? html`<p class="muted">Noch keine Notizen.</p>`
      : html`<ul>${notes.map(
          (n) => html`<li><strong>${germanDateTime(n.at)}, ${n.author}:</strong> ${
            n.kind === 'contact' ? html`${CHANNEL_LABELS[n.channel ?? ''] ?? n.channel} – ${n.reached ? 'erreicht' : 'nicht erreicht'}${n.text ? ': ' : ''}` : ''
          }${n.text}</li>`,
        )}</ul>`
  }</section>`;
}

export const EVENT_LABELS: Record<string, string> = {
  'document-received': 'Datei eingegangen',
  'case-created': 'Fall angelegt',
  'document-joined': 'Dokument dem Fall zugeordnet',
  'possible-match': 'möglicher Treffer gefunden',
  'earlier-case': 'früherer Fall desselben Haushalts erkannt',
  'fields-read': 'Felder maschinell gelesen',
  'letter-created': 'Brief erstellt',
  'letter-blocked': 'Brief nicht erstellt',
  'letter-redone': 'Brief mit den eingestellten Absenderangaben neu erstellt',
  'field-corrected': 'Feld korrigiert',
  'field-cleared': 'Feld geleert',
  'case-confirmed': 'Fall bestätigt',
  'status-changed': 'Status geändert',
  'case-assigned': 'Zuständigkeit geändert',
  'note-added': 'Notiz eingetragen',
  'contact-attempt': 'Kontaktversuch eingetragen',
  'match-rejected': 'möglicher Treffer abgelehnt',
  'case-joined': 'Fälle zusammengeführt',
  'document-split': 'Dokument als eigener Fall abgetrennt',
  'case-viewed': 'Fall angesehen',
  'letter-opened': 'Brief geöffnet',
  'page-viewed': 'Seitenbild angesehen',
  'signed-in': 'angemeldet',
  'signed-out': 'abgemeldet',
  'user-added': 'Person hinzugefügt',
  'user-password-reset': 'Passwort neu gesetzt',
  'user-disabled': 'Zugang gesperrt',
  'user-enabled': 'Zugang entsperrt',
  'purge-run': 'Daten nach Aufbewahrungsfrist gelöscht',
  'template-saved': 'Briefvorlage gespeichert',
  'batch-page-restored': 'leere Seite eines Stapels wiederhergestellt',
  'batch-page-moved': 'Seite eines Stapels verschoben',
  'batch-parts-joined': 'Schreiben eines Stapels zusammengeführt',
  'batch-part-split': 'neues Schreiben im Stapel begonnen',
  'statistics-exported': 'Statistik als CSV geladen',
  'batch-viewed': 'Stapel-Scan angesehen',
  'batch-split': 'Stapel-Scan in Schreiben getrennt',
  'document-found-in-batch': 'Schreiben in einem Stapel-Scan gefunden',
  'case-closed-empty': 'Fall ohne Dokument geschlossen',
  'case-reopened': 'Fall wieder geöffnet',
  'document-failed': 'Datei nicht lesbar',
  'duplicate-received': 'Datei doppelt eingegangen',
  'failed-dismissed': 'fehlgeschlagene Datei erledigt',
  'failed-retried': 'fehlgeschlagene Datei erneut versucht',
  'letter-printed': 'Brief gedruckt',
  'letter-reprinted': 'Brief erneut gedruckt',
};

const fieldLabel = (name: unknown) => (typeof name === 'string' && isCaseFieldName(name) ? FIELD_LABELS[name] : String(name));

export function eventDetails(event: EventRow): string {
  if (!event.details_json) return '';
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(event.details_json) as Record<string, unknown>;
  } catch {
    return '';
  }
  switch (event.kind) {
    case 'field-corrected':
    case 'field-cleared':
      return fieldLabel(d['field']);
    case 'fields-read': {
      const updated = (d['updated'] as { field: string }[] | undefined) ?? [];
      return updated.map((u) => fieldLabel(u.field)).join(', ');
    }
    case 'case-confirmed': {
      const fields = (d['confirmedFields'] as string[] | undefined) ?? [];
      return fields.length > 0 ? `bestätigt: ${fields.map(fieldLabel).join(', ')}` : '';
    }
    case 'status-changed':
      return `${STATUS_LABELS[d['to'] as keyof typeof STATUS_LABELS] ?? String(d['to'])}${d['outcome'] ? ` (${OUTCOME_LABELS[d['outcome'] as keyof typeof OUTCOME_LABELS] ?? String(d['outcome'])})` : ''}`;
    case 'case-assigned':
      return d['to'] ? `an ${String(d['to'])}` : 'niemand';
    case 'possible-match':
    case 'match-rejected':
      return `Fall ${String(d['candidateCaseId'] ?? '')}`;
    case 'case-joined':
      return d['into'] ? `in Fall ${String(d['into'])}` : `aus Fall ${String(d['from'] ?? '')}`;
    case 'document-split':
      return d['into'] ? `in Fall ${String(d['into'])}` : `aus Fall ${String(d['from'] ?? '')}`;
    case 'earlier-case':
      return `Fall ${String(d['earlierCaseId'] ?? '')}`;
    case 'letter-blocked':
      return ((d['missing'] as string[] | undefined) ?? []).join(' ');
    case 'user-added':
      return `${String(d['user'] ?? '')} (${String(d['role'] ?? '')})`;
    case 'user-password-reset':
    case 'user-disabled':
    case 'user-enabled':
      return String(d['user'] ?? '');
    case 'template-saved':
      return String(d['variant'] ?? '');
    case 'purge-run':
      return `${String(d['cases'] ?? 0)} Fall/Fälle, ${String(d['files'] ?? 0)} Datei(en)`;
    case 'batch-page-restored':
      return `Seite ${String(d['page'] ?? '')}`;
    default:
      return '';
  }
}

export function historyPanel(events: EventRow[]): SafeHtml {
  const pageViews = events.filter((e) => e.kind === 'page-viewed').length;
  // Repeated views by the same person in a row show as one line with a count.
  const shown: { event: EventRow; times: number }[] = [];
  for (const event of events) {
    if (event.kind === 'page-viewed') continue;
    const last = shown.at(-1);
    if (last && event.kind === 'case-viewed' && last.event.kind === 'case-viewed' && last.event.actor === event.actor) {
      last.times += 1;
      last.event = event;
    } else shown.push({ event, times: 1 });
  }
  shown.reverse();
  return html`<section class="box" aria-labelledby="history-title"><h2 id="history-title">Verlauf</h2>
  <table class="history"><thead><tr><th scope="col">Zeit</th><th scope="col">Wer</th><th scope="col">Was</th></tr></thead>
  <tbody>${shown.map(
    ({ event: e, times }) => html`<tr><td>${germanDateTime(e.at)}</td><td>${e.actor === 'system' ? 'System' : e.actor}</td><td>${EVENT_LABELS[e.kind] ?? e.kind}${
      eventDetails(e) ? html` – ${eventDetails(e)}` : ''
    }${times > 1 ? html` (${times}×)` : ''}</td></tr>`,
  )}</tbody></table>
  <p class="muted">Seitenabrufe (Bilder) im Protokoll: ${pageViews}</p></section>`;
}
