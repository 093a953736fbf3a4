/** The admins' settings page: the sender details the letters print and the team's mail address. */
import { SETTINGS_FORM_FIELDS } from '../../config/sender-setup.js';
import type { SettingRow } from '../../db/settings.repository.js';
import { html, type SafeHtml } from '../html.js';
import { germanDateTime } from './format.js';
import { csrfField, layout, type Flash, type PageUser } from './layout.view.js';

export interface SettingsPageInput {
  user: PageUser;
  flash: Flash | null;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Required sender fields still holding the example's value. */
  unset: string[];
  saved: SettingRow[];
}

const MULTILINE = new Set(['officeHours']);

function field(name: string, label: string, required: boolean, value: string, error: string | undefined): SafeHtml {
  const id = `setting-${name}`;
  const described = error ? `${id}-error` : undefined;
  const attrs = html`id="${id}" name="${name}" ${required ? html`required aria-required="true"` : ''} ${error ? html`aria-invalid="true" aria-describedby="${described}"` : ''}`;
  const input = MULTILINE.has(name) ? html`<textarea ${attrs} rows="2">${value}</textarea>` : html`<input ${attrs} value="${value}"${name === 'email' ? html` type="email"` : ''}>`;
  return html`<div class="setting${error ? ' invalid' : ''}"><label for="${id}">${label}${required ? '' : html` <span class="muted">(freiwillig)</span>`}</label>
  ${input}${error ? html`<p class="field-error" id="${described}">${error}</p>` : ''}</div>`;
}

export function settingsPage(input: SettingsPageInput): SafeHtml {
  const { user, values, errors, unset } = input;
  const errorCount = Object.keys(errors).length;
  const body = html`<h1>Einstellungen</h1>
${
  unset.length > 0
    ? html`<p class="flash error" role="status">Die Absenderangaben sind noch Beispielwerte. Bis sie eingetragen sind, tragen alle Briefe den Vermerk „MUSTER – nicht versenden“ und <code>intake letters print</code> druckt nichts.</p>`
    : ''
}
${errorCount > 0 ? html`<p class="flash error" role="alert">Nicht gespeichert: ${errorCount === 1 ? 'ein Feld ist' : `${errorCount} Felder sind`} nicht richtig ausgefüllt.</p>` : ''}
<form method="post" action="/admin/settings" class="settings" novalidate>
  ${csrfField(user.csrf)}
  <fieldset><legend>Absender der Briefe</legend>
  <p class="muted">So steht die Fachstelle im Briefkopf, im Infoblock und in der Fußzeile jedes Erstkontakt-Briefs. Briefe, die noch nicht gedruckt sind, werden beim Speichern mit den neuen Angaben neu erstellt.</p>
  ${SETTINGS_FORM_FIELDS.filter((f) => f.name !== 'mailTo').map((f) => field(f.name, f.label, f.required, values[f.name] ?? '', errors[f.name]))}
  </fieldset>
  <fieldset><legend>Benachrichtigungen</legend>
  ${SETTINGS_FORM_FIELDS.filter((f) => f.name === 'mailTo').map((f) => field(f.name, f.label, f.required, values[f.name] ?? '', errors[f.name]))}
  </fieldset>
  <button type="submit">Speichern</button>
</form>
${
  input.saved.length > 0
    ? html`<h2>Zuletzt geändert</h2><ul>${input.saved.map(
        (row) => html`<li>${row.key === 'sender' ? 'Absenderangaben' : 'Mail-Adresse des Teams'}: ${germanDateTime(row.updated_at)} von ${row.updated_by}</li>`,
      )}</ul>`
    : html`<p class="muted">Noch nichts in der Weboberfläche gespeichert: Es gelten die Werte aus der Konfigurationsdatei bzw. die Voreinstellungen.</p>`
}`;
  return layout('Einstellungen', body, { user, flash: input.flash });
}

/** The banner admins see on every page while the sender is the example. */
export function setupBanner(): SafeHtml {
  return html`<p class="flash error setup-banner" role="status">Ersteinrichtung: Die Absenderangaben der Briefe sind noch Beispielwerte – Briefe tragen den Vermerk „MUSTER – nicht versenden“ und werden nicht gedruckt. <a href="/admin/settings">Absenderangaben eintragen</a></p>`;
}
