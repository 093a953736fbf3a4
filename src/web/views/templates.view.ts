/** Letter templates on the admin pages: the list and one template's source to edit. */
import { html, type SafeHtml } from '../html.js';
import { adminPage } from './admin.view.js';
import { csrfField, type Flash, type PageUser } from './layout.view.js';

export function templatesPage(input: { user: PageUser; flash: Flash | null; variants: string[]; defaultVariant: string }): SafeHtml {
  const body = html`<h1>Briefvorlagen</h1>
<p class="muted">Jede Vorlage ist eine Briefvariante. Platzhalter und Aufbau stehen in <code>templates/README.md</code>;
eine Vorlage wird beim Speichern geprüft und gilt ab dem nächsten erstellten Brief.</p>
<ul>${input.variants.map(
    (v) => html`<li><a href="/admin/templates/${v}">${v}</a>${v === input.defaultVariant ? html` <span class="badge">Standard</span>` : ''}</li>`,
  )}</ul>`;
  return adminPage('Briefvorlagen', '/admin/templates', body, { user: input.user, flash: input.flash });
}

export function templateEditPage(input: { user: PageUser; flash: Flash | null; variant: string; source: string; errors?: string[] }): SafeHtml {
  const { user, variant } = input;
  const body = html`<h1>Briefvorlage ${variant}</h1>
<form method="post" action="/admin/templates/${variant}" class="template-form">${csrfField(user.csrf)}
  <label for="tpl-source">Text der Vorlage<textarea id="tpl-source" name="source" rows="28" cols="90" spellcheck="true">${input.source}</textarea></label>
  ${input.errors ? html`<ul class="errors" role="alert">${input.errors.map((e) => html`<li>${e}</li>`)}</ul>` : ''}
  <label for="tpl-as">Speichern als (Name der Variante; leer lassen = diese Vorlage ändern)<input id="tpl-as" name="saveAs" size="30" spellcheck="false" pattern="[a-z0-9][a-z0-9.\\-]{0,60}"></label>
  <div><button type="submit">Prüfen und speichern</button> <a class="button secondary" href="/admin/templates">Zurück</a></div>
</form>`;
  return adminPage(`Vorlage ${variant}`, '/admin/templates', body, { user, flash: input.flash });
}
