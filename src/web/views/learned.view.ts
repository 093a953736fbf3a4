/** The admin page of learned layouts: per sender what the desk learned from corrections, and resetting it. */
import { memoryConfidence } from '../../core/learn/layout-memory.js';
import { isCaseFieldName } from '../../pipeline/review.actions.js';
import type { LayoutMemoryRow, LayoutSenderRow } from '../../pipeline/store.port.js';
import { html, type SafeHtml } from '../html.js';
import { adminPage } from './admin.view.js';
import { FIELD_LABELS, germanDateTime, percent } from './format.js';
import { csrfField, type Flash, type PageUser } from './layout.view.js';

export const LEARNED_PATH = '/admin/gelernt';

export interface LearnedSender {
  sender: LayoutSenderRow;
  memory: LayoutMemoryRow[];
}

const fieldLabel = (field: string) => (isCaseFieldName(field) ? FIELD_LABELS[field] : field === 'fileNumber' ? 'Aktenzeichen' : field);

/** Per field: the corrections that taught it, how often it read right or wrong (the most of its parts), its confidence (the least). */
function fieldRows(memory: LayoutMemoryRow[]): SafeHtml[] {
  const fields = [...new Set(memory.map((m) => m.field))];
  return fields.map((field) => {
    const parts = memory.filter((m) => m.field === field);
    const most = (key: 'corrections' | 'hits' | 'misses') => Math.max(...parts.map((p) => p[key]));
    const confidence = Math.min(...parts.map((p) => memoryConfidence(p)));
    return html`<tr><td>${fieldLabel(field)}</td><td class="num">${most('corrections')}</td><td class="num">${most('hits')}</td><td class="num">${most('misses')}</td><td class="num">${percent(confidence)}</td></tr>`;
  });
}

export function learnedPage(input: { user: PageUser; flash: Flash | null; senders: LearnedSender[] }): SafeHtml {
  const { user, senders } = input;
  const sections = senders.map(({ sender, memory }, i) => {
    const title = sender.label ?? 'Absender ohne lesbaren Namen';
    return html`<section class="box" aria-labelledby="sender-${i}">
  <h2 id="sender-${i}">${title}</h2>
  <p class="muted">${sender.documents} ${sender.documents === 1 ? 'Dokument' : 'Dokumente'} · zuletzt ${germanDateTime(sender.last_seen_at)} · Kennung ${sender.sender_key}</p>
  ${
    memory.length === 0
      ? html`<p>Noch nichts gelernt.</p>`
      : html`<table class="list">
    <caption class="skip">Gelernte Felder: ${title}</caption>
    <thead><tr><th scope="col">Feld</th><th scope="col">gelernt aus Korrekturen</th><th scope="col">danach richtig</th><th scope="col">danach falsch</th><th scope="col">Sicherheit</th></tr></thead>
    <tbody>${fieldRows(memory)}</tbody>
  </table>
  <form method="post" action="${LEARNED_PATH}/${sender.sender_key}/reset">${csrfField(user.csrf)}
    <button type="submit" class="secondary" aria-label="Gelerntes für ${title} zurücksetzen">Zurücksetzen</button>
  </form>`
  }
</section>`;
  });
  const body = html`<h1>Gelernte Layouts</h1>
<p>Aus jeder Korrektur am Prüfplatz merkt sich das Programm für den Absender, <strong>wo</strong> ein Feld auf seinem Formular steht und welche Beschriftungen daneben stehen – nie den Wert selbst. Beim nächsten Schreiben desselben Absenders liest es dort nach. „Zurücksetzen“ löscht alles, was für einen Absender gelernt wurde.</p>
${senders.length === 0 ? html`<p class="muted">Noch keine Absender erkannt.</p>` : sections}`;
  return adminPage('Gelernte Layouts', LEARNED_PATH, body, { user, flash: input.flash });
}
