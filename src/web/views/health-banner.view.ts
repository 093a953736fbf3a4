import type { HealthState } from '../../pipeline/storage-guard.js';
import { html, type SafeHtml } from '../html.js';
import { germanDateTime } from './format.js';

/** The banner every page shows while intake is paused by a storage fault (reason and since when). */
export function healthBanner(state: HealthState): SafeHtml {
  if (state.status === 'ok') return html``;
  return html`<div class="flash error storage-banner" role="alert">
  <strong>Eingang angehalten.</strong>
  ${state.faults.map((f) => html`<span>${f.scope === 'data' ? 'Datenordner' : 'Ablageordner'}: ${f.message} (Code ${f.code}, seit ${germanDateTime(f.since)})</span> `)}
  <span>Es geht keine Datei verloren; die Verarbeitung läuft von selbst weiter, sobald der Fehler behoben ist.</span>
</div>`;
}
