/**
 * A batch scan on the review desk: every page of the stack, which document it went to and why the
 * split fell there (the page signals the splitter read), and the blank pages it dropped, each with
 * its image and a button to put it back into a neighbouring document.
 */
import type { PageSignals } from '../../core/split/index.js';
import { html, type SafeHtml } from '../html.js';
import { germanDateTime } from './format.js';
import { csrfField, layout, type Flash, type PageUser } from './layout.view.js';

const SENDER_TEXT: Record<string, string> = {
  court: 'Briefkopf eines Gerichts',
  bailiff: 'Briefkopf Gerichtsvollzieher/in',
  authority: 'Briefkopf einer Behörde',
  other: 'Briefkopf',
};

/** The signals of a page as short German phrases (what the splitter saw). */
export function signalTexts(s: PageSignals): string[] {
  const out: string[] = [];
  if (s.blank) out.push('leer');
  if (s.separatorText) out.push('Trennblatt (Aufdruck)');
  if (s.marker) out.push(`Seitenangabe „Seite ${s.marker.index}${s.marker.total ? ` von ${s.marker.total}` : ''}“`);
  if (s.sender) out.push(SENDER_TEXT[s.sender] ?? 'Briefkopf');
  if (s.recipient) out.push('Anschriftfeld');
  if (s.heading) out.push('Überschrift');
  if (s.salutation) out.push('Anrede');
  if (s.dated) out.push('Briefdatum');
  if (s.judgmentHead) out.push('Urteilskopf');
  if (s.cover) out.push('Weiterleitung einer Behörde');
  if (s.headerFileNumbers.length > 0) out.push('Aktenzeichen im Kopf');
  return out;
}

export interface BatchPageLine {
  page: number;
  /** The document the page belongs to now, if any. */
  part: { id: string; caseId: string | null; index: number } | null;
  /** 'start' (a document begins here), 'continues', 'blank' (dropped), 'separator' (dropped), 'restored'. */
  kind: 'start' | 'continues' | 'blank' | 'separator' | 'restored';
  /** Why a document starts here (the splitter's reason, or a worker's correction). */
  reason: string | null;
  signals: string[] | null;
  /** For a dropped blank page: the documents it may go back to. */
  restoreTo: { documentId: string; text: string }[];
}

export function batchPage(input: { user: PageUser; flash: Flash | null; batchId: string; originalName: string; receivedAt: string; pageCount: number; lines: BatchPageLine[] }): SafeHtml {
  const { user, lines } = input;
  const dropped = lines.filter((l) => l.kind === 'blank');
  const row = (l: BatchPageLine) => html`<tr class="${l.kind}">
  <th scope="row">${l.page}</th>
  <td>${l.part ? html`Schreiben ${l.part.index}${l.part.caseId ? html` – <a href="/cases/${l.part.caseId}">Fall ${l.part.caseId}</a>` : ''}` : html`<span class="muted">keinem Schreiben zugeordnet</span>`}</td>
  <td>${
    l.kind === 'start'
      ? html`<strong>Beginn eines Schreibens</strong>${l.reason ? html`: ${l.reason}` : ''}`
      : l.kind === 'continues'
        ? 'Folgeseite'
        : l.kind === 'blank'
          ? html`<strong>leer – entfernt</strong>`
          : l.kind === 'separator'
            ? 'Trennblatt – entfernt'
            : 'leere Seite, wiederhergestellt'
  }</td>
  <td>${l.signals === null ? html`<span class="muted">nicht gespeichert</span>` : l.signals.length > 0 ? l.signals.join(', ') : html`<span class="muted">keine</span>`}</td>
</tr>`;
  const body = html`<h1>Stapel-Scan <span class="muted">„${input.originalName}“, ${input.pageCount} Seiten, eingegangen ${germanDateTime(input.receivedAt)}</span></h1>
<p class="muted">So wurde der Stapel getrennt: Ein Schreiben beginnt, wo die Merkmale einer ersten Seite zusammenkommen (Briefkopf, Anschriftfeld, Überschrift, Anrede, „Seite 1 von …“, ein anderes Aktenzeichen); leere Seiten (Rückseiten) und Trennblätter werden entfernt. Eine falsche Trennung lässt sich im Fall korrigieren.</p>
<table class="list batch">
  <caption class="skip">Seiten des Stapels</caption>
  <thead><tr><th scope="col">Seite</th><th scope="col">Schreiben</th><th scope="col">Entscheidung</th><th scope="col">Merkmale der Seite</th></tr></thead>
  <tbody>${lines.map(row)}</tbody>
</table>
<h2 id="dropped-title">Entfernte leere Seiten (${dropped.length})</h2>
${
  dropped.length === 0
    ? html`<p class="muted">Keine.</p>`
    : html`<div class="dropped" aria-labelledby="dropped-title">${dropped.map(
        (l) => html`<figure class="dropped-page">
  <figcaption>Seite ${l.page} – als leer erkannt${l.signals && l.signals.length > 1 ? html` (${l.signals.filter((t) => t !== 'leer').join(', ')})` : ''}</figcaption>
  <img src="/batches/${input.batchId}/pages/${l.page}" width="240" height="340" alt="Seite ${l.page} des Stapels (als leer entfernt)" loading="lazy">
  ${l.restoreTo.map(
    (t) => html`<form method="post" action="/batches/${input.batchId}/pages/${l.page}/restore">${csrfField(user.csrf)}<input type="hidden" name="document" value="${t.documentId}"><button type="submit" class="secondary">${t.text}</button></form>`,
  )}
</figure>`,
      )}</div>`
}`;
  return layout('Stapel-Scan', body, { user, flash: input.flash });
}
