import { DEADLINE_LABELS } from '../../core/deadlines/labels.js';
import { CASE_FIELD_NAMES, type CaseFieldName } from '../../core/cases/merge-fields.js';
import { REVIEW_CONFIDENCE, type ReviewReason } from '../../core/cases/review.js';
import type { CaseSummary } from '../../pipeline/case-query.js';
import { isCaseFieldName, REQUIRED_FIELDS, type FieldPositions } from '../../pipeline/review.actions.js';
import type { CaseFieldRow, CaseNoteRow, CaseRow, EventRow, LetterRow, PossibleMatchRow } from '../../pipeline/store.port.js';
import { fieldInputs, rawOf, type RawForm } from '../field-forms.js';
import { html, type SafeHtml } from '../html.js';
import { encodeOverlayWords, type PageWord } from '../stored-pages.js';
import { historyPanel, lettersPanel, matchesPanel, notesPanel, statusPanel } from './case-panels.view.js';
import { DOCUMENT_TYPE_LABELS, FIELD_LABELS, germanDate, germanDateTime, inDays, percent } from './format.js';
import { csrfField, layout, type Flash, type PageUser } from './layout.view.js';
import { statusText } from './worklist.view.js';

export interface PageImage {
  documentId: string;
  page: number;
  pageCount: number;
  label: string;
  /** Height / width of the page, so the browser keeps its space while the image loads. */
  aspect: number;
  /** The page's words with their boxes, for click to fill (the client script lays them over the image); none: no overlay. */
  words?: PageWord[];
  /** A document found in a batch scan: `page` is the page's number in the batch; the tools to correct the split. */
  batch?: {
    /** The document's first and last page in the batch. */
    range: [number, number];
    canMovePrevious: boolean;
    canMoveNext: boolean;
    canSplitHere: boolean;
  };
}

export interface CaseViewModel {
  user: PageUser;
  flash: Flash | null;
  today: string;
  row: CaseRow;
  summary: CaseSummary;
  fields: CaseFieldRow[];
  pages: PageImage[];
  letters: LetterRow[];
  matches: PossibleMatchRow[];
  notes: CaseNoteRow[];
  events: EventRow[];
  workers: string[];
  /** Why the case needs a person's look (empty: nothing open). */
  reasons: ReviewReason[];
  /** Documents of this case found in a batch scan: their pages there and whether neighbours exist to join. */
  batchParts?: Map<string, { range: [number, number]; hasPrevious: boolean; hasNext: boolean; batchId: string; reason: string | null }>;
  /** A rejected correction: the submitted strings go back into the form with the messages. */
  fieldError?: { name: CaseFieldName; raw: RawForm; messages: string[]; positions?: FieldPositions };
}

/** "gelernt aus 4 Korrekturen": a machine value that came from (or was confirmed by) this sender's learned layout. */
function learnedNote(row: CaseViewModel['fields'][number] | undefined): SafeHtml | string {
  const n = row?.source === 'machine' ? (row.learned_from ?? 0) : 0;
  if (n <= 0) return '';
  return html`<span class="learned muted" title="Aus dem gelernten Layout dieses Absenders gelesen">gelernt aus ${n} ${n === 1 ? 'Korrektur' : 'Korrekturen'}</span>`;
}

function fieldForm(model: CaseViewModel, name: CaseFieldName): SafeHtml {
  const row = model.fields.find((f) => f.name === name);
  const error = model.fieldError?.name === name ? model.fieldError : undefined;
  const value = row ? (JSON.parse(row.value_json) as unknown) : null;
  const raw = error ? error.raw : rawOf(name, value);
  const missing = !row && REQUIRED_FIELDS.includes(name);
  const low = row !== undefined && row.source === 'machine' && row.confidence < REVIEW_CONFIDENCE;
  const id = `f-${name}`;
  const state = !row
    ? missing
      ? 'fehlt – bitte eintragen'
      : 'nicht gelesen'
    : row.source === 'worker'
      ? `korrigiert von ${row.corrected_by ?? '?'}, ${germanDateTime(row.updated_at)}`
      : low
        ? 'unsicher gelesen – bitte prüfen'
        : 'maschinell gelesen';
  const classes = ['field', low || missing || error ? 'attention' : '', missing ? 'missing' : ''].filter(Boolean).join(' ');
  return html`<form class="${classes}" id="${id}" method="post" action="/cases/${model.row.id}/fields/${name}" data-field="${name}" ${error ? 'data-autofocus' : ''}
      ${error?.positions && Object.keys(error.positions).length > 0 ? html`data-positions="${JSON.stringify(error.positions)}"` : ''}
      ${row?.document_id ? html`data-doc="${row.document_id}"` : ''} ${row?.page ? html`data-page="${row.page}"` : ''} ${row?.bbox_json ? html`data-bbox="${row.bbox_json}"` : ''}>
  ${csrfField(model.user.csrf)}
  <fieldset>
    <legend><span>${FIELD_LABELS[name]}</span>${
      row ? html`<span class="conf ${low ? 'low' : ''}" title="Sicherheit der Erkennung">Sicherheit ${percent(row.confidence)}</span>` : ''
    }${learnedNote(row)}<span class="state">${state}</span></legend>
    ${fieldInputs(name, id, raw)}
    ${error ? html`<ul class="errors" role="alert">${error.messages.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
    <div class="actions"><button type="submit" class="secondary" tabindex="-1">Speichern</button><span class="muted">oder Eingabetaste</span></div>
  </fieldset>
</form>`;
}

function reasonText(reason: ReviewReason): string {
  const label = (field: string) => (isCaseFieldName(field) ? FIELD_LABELS[field] : field);
  switch (reason.code) {
    case 'missing-field':
      return `${label(reason.field)} fehlt`;
    case 'low-confidence':
      return `${label(reason.field)}: unsicher gelesen`;
    case 'possible-match':
      return 'Möglicher Treffer mit einem anderen Fall: bitte entscheiden';
    case 'letter-blocked':
      return 'Der Brief konnte nicht erstellt werden';
  }
}

/** Buttons under a page of a batch document: move it to the neighbouring document, or start a new one here. */
function batchTools(caseId: string, p: PageImage, csrf: string): SafeHtml | string {
  const b = p.batch;
  if (!b || !(b.canMovePrevious || b.canMoveNext || b.canSplitHere)) return '';
  const action = `/cases/${caseId}/documents/${p.documentId}`;
  const button = (path: string, text: string, fields: SafeHtml) =>
    html`<form method="post" action="${action}/${path}">${csrfField(csrf)}<input type="hidden" name="page" value="${p.page}">${fields}<button type="submit" class="secondary">${text}</button></form>`;
  return html`<div class="batch-tools" aria-label="Stapel-Trennung korrigieren">
    ${b.canMovePrevious ? button('move-page', 'Seite zum vorigen Schreiben', html`<input type="hidden" name="direction" value="previous">`) : ''}
    ${b.canMoveNext ? button('move-page', 'Seite zum nächsten Schreiben', html`<input type="hidden" name="direction" value="next">`) : ''}
    ${b.canSplitHere ? button('split-at', 'Hier beginnt ein neues Schreiben', html``) : ''}
  </div>`;
}

function pageFigure(p: PageImage, caseId: string, csrf: string): SafeHtml {
  const caption = p.batch
    ? html`${p.label} – Seite ${p.page} im Stapel (dieses Schreiben: Seiten ${p.batch.range[0]}–${p.batch.range[1]})`
    : html`${p.label} – Seite ${p.page} von ${p.pageCount}`;
  return html`<figure>
  <figcaption>${caption}</figcaption>
  <div class="page-frame" data-doc="${p.documentId}" data-page="${p.page}" ${p.words?.length ? html`data-words="${encodeOverlayWords(p.words)}"` : ''}>
    <img src="/documents/${p.documentId}/pages/${p.page}" width="1200" height="${Math.round(1200 * p.aspect)}" alt="${p.label}, Seite ${p.page}" loading="${p.page > 1 ? 'lazy' : 'eager'}">
    <div class="bbox-mark" hidden></div>
  </div>
  ${batchTools(caseId, p, csrf)}
</figure>`;
}

/** Read fields and required ones stay in view; fields no document carried wait behind a disclosure. */
function shownOpen(model: CaseViewModel, name: CaseFieldName): boolean {
  return model.fields.some((f) => f.name === name) || REQUIRED_FIELDS.includes(name);
}

export function casePage(model: CaseViewModel): SafeHtml {
  const { summary, row, user } = model;
  const unread = CASE_FIELD_NAMES.filter((name) => !shownOpen(model, name));
  const facts = html`<div class="facts">
    ${summary.fileNumbers.map((n) => html`<span class="badge">Az. ${n}</span>`)}
    <span class="badge">${statusText(row.status, row.outcome)}</span>
    ${row.assigned_to ? html`<span class="badge">zuständig: ${row.assigned_to}</span>` : ''}
    ${row.needs_review === 1 ? html`<span class="badge review">prüfen</span>` : html`<span class="badge ok">nichts offen</span>`}
    ${summary.earlierCaseId ? html`<span class="badge near">früherer Fall: <a href="/cases/${summary.earlierCaseId}">${summary.earlierCaseId}</a></span>` : ''}
  </div>`;
  const deadlines = summary.deadlines.length
    ? html`<ul>${summary.deadlines.map(
        (d) => html`<li><strong>${DEADLINE_LABELS[d.kind] ?? d.kind}</strong>: ${germanDate(d.date)}${d.time ? html`, ${d.time} Uhr` : ''}
          ${d.date >= model.today ? html`(${inDays(Math.round((Date.parse(d.date) - Date.parse(model.today)) / 86_400_000))})` : html`(vorbei)`}
          <span class="muted">– ${d.label}</span></li>`,
      )}</ul>`
    : html`<p class="muted">Keine Fristen bekannt.</p>`;
  const canSplit = summary.documents.filter((d) => d.status === 'done').length > 1;
  const joinForm = (documentId: string, direction: 'previous' | 'next', text: string) =>
    html`<form method="post" action="/cases/${row.id}/documents/${documentId}/join">${csrfField(user.csrf)}<input type="hidden" name="direction" value="${direction}"><button type="submit" class="secondary">${text}</button></form>`;
  const batchInfo = (documentId: string) => {
    const part = model.batchParts?.get(documentId);
    if (!part) return '';
    return html` – Seiten ${part.range[0]}–${part.range[1]} eines Stapel-Scans${
      part.reason ? html`, getrennt wegen: ${part.reason}` : ''
    } (<a href="/batches/${part.batchId}">Stapel ansehen: Merkmale jeder Seite, entfernte leere Seiten</a>)${
      part.hasPrevious ? joinForm(documentId, 'previous', 'Mit dem vorigen Schreiben des Stapels zusammenführen') : ''
    }${part.hasNext ? joinForm(documentId, 'next', 'Mit dem nächsten Schreiben des Stapels zusammenführen') : ''}`;
  };
  const documents = html`<ul>${summary.documents.map(
    (d) => html`<li>${DOCUMENT_TYPE_LABELS[d.documentType ?? ''] ?? 'Dokument'} – „${d.originalName}“, eingegangen ${germanDateTime(d.receivedAt)}${
      d.status === 'duplicate' ? ' (Duplikat)' : ''
    }${batchInfo(d.id)}${
      canSplit && d.status === 'done'
        ? html`<form method="post" action="/cases/${row.id}/documents/${d.id}/split">${csrfField(user.csrf)}<button type="submit" class="secondary">Als eigenen Fall abtrennen</button></form>`
        : ''
    }</li>`,
  )}</ul>`;
  const body = html`<div class="case">
<section class="pages" aria-label="Seiten der Dokumente" tabindex="0">
  ${model.pages.some((p) => p.words?.length) ? html`<p class="pick-hint" hidden>Tipp: Feld anklicken, dann Wort im Scan anklicken – oder über mehrere Wörter ziehen.</p>` : ''}
  ${model.pages.length > 0 ? model.pages.map((p) => pageFigure(p, row.id, user.csrf)) : html`<p>Keine Seitenbilder vorhanden.</p>`}
</section>
<section class="side" aria-labelledby="case-title">
  <h1 id="case-title">Fall ${row.id}</h1>
  ${facts}
  ${model.reasons.length > 0 ? html`<ul class="reasons" aria-label="Zu prüfen">${model.reasons.map((r) => html`<li>${reasonText(r)}</li>`)}</ul>` : ''}
  <div class="box"><h2>Fristen</h2>${deadlines}</div>
  ${matchesPanel(row.id, model.matches, user.csrf)}
  <h2>Gelesene Angaben</h2>
  <p class="muted">Tab wechselt zum nächsten Feld, Eingabetaste speichert das Feld. <kbd>?</kbd> zeigt alle Tastenkürzel.</p>
  ${CASE_FIELD_NAMES.filter((name) => shownOpen(model, name)).map((name) => fieldForm(model, name))}
  ${
    unread.length > 0
      ? html`<details class="more-fields" ${unread.includes(model.fieldError?.name as CaseFieldName) ? 'open' : ''}>
    <summary>Weitere Angaben eintragen (nicht gelesen: ${unread.map((n) => FIELD_LABELS[n]).join(', ')})</summary>
    ${unread.map((name) => fieldForm(model, name))}
  </details>`
      : ''
  }
  <form id="confirm-form" class="confirm" method="post" action="/cases/${row.id}/confirm">${csrfField(user.csrf)}
    <button type="submit">Bestätigen und nächster Fall</button><span class="muted"><kbd>Strg</kbd>+<kbd>Eingabe</kbd> – erstellt den Erstkontakt-Brief (neu)</span>
  </form>
  <div class="box"><h2>Briefe</h2>${lettersPanel(model.letters)}</div>
  ${statusPanel(row, model.workers, user.csrf)}
  ${notesPanel(row.id, model.notes, user.csrf)}
  <div class="box"><h2>Dokumente</h2>${documents}</div>
  ${historyPanel(model.events)}
</section>
</div>
<div id="shortcut-help" role="dialog" aria-labelledby="help-title" hidden>
  <h2 id="help-title">Tastenkürzel</h2>
  <ul><li><kbd>Tab</kbd> nächstes Feld, <kbd>Umschalt</kbd>+<kbd>Tab</kbd> voriges</li>
  <li><kbd>Eingabe</kbd> Feld speichern</li>
  <li><kbd>Strg</kbd>+<kbd>Eingabe</kbd> Fall bestätigen und nächsten Fall öffnen</li>
  <li><kbd>?</kbd> diese Hilfe, <kbd>Esc</kbd> schließen</li></ul>
  <button type="button" class="secondary">Schließen</button>
</div>`;
  return layout(`Fall ${row.id}`, body, { user, flash: model.flash });
}
