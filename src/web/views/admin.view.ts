/** The admin pages' shared parts, the overview and the people page. No password hash is ever rendered. */
import type { UserRow } from '../../db/auth.repository.js';
import { html, type SafeHtml } from '../html.js';
import { MIN_PASSWORD_LENGTH } from '../password.hasher.js';
import { germanDateTime } from './format.js';
import { csrfField, layout, type Flash, type PageUser } from './layout.view.js';

export const ADMIN_PAGES: { href: string; title: string; text: string }[] = [
  { href: '/admin/users', title: 'Personen', text: 'Zugänge anlegen, Passwort neu setzen, sperren und entsperren.' },
  { href: '/admin/audit', title: 'Protokoll', text: 'Wer hat wann welchen Fall angesehen oder geändert – über alle Fälle.' },
  { href: '/admin/purge', title: 'Löschen nach Aufbewahrungsfrist', text: 'Erst die Liste prüfen, dann löschen.' },
  { href: '/admin/templates', title: 'Briefvorlagen', text: 'Vorlagen der Briefe ansehen und ändern.' },
  { href: '/admin/gelernt', title: 'Gelernte Layouts', text: 'Was das Programm aus Korrekturen über die Formulare der Absender gelernt hat; je Absender zurücksetzen.' },
];

/** The sub-navigation of the admin pages. */
export function adminNav(current: string): SafeHtml {
  return html`<nav class="subnav" aria-label="Verwaltung">${ADMIN_PAGES.map(
    (p) => html`<a href="${p.href}" ${p.href === current ? html`aria-current="page"` : ''}>${p.title}</a>`,
  )}</nav>`;
}

export function adminPage(title: string, current: string, body: SafeHtml, options: { user: PageUser; flash?: Flash | null }): SafeHtml {
  return layout(title, html`${adminNav(current)}${body}`, options);
}

export function adminIndexPage(user: PageUser): SafeHtml {
  const body = html`<h1>Verwaltung</h1>
<p class="muted">Nur für die Rolle „admin“.</p>
<ul class="cards">${ADMIN_PAGES.map((p) => html`<li><a href="${p.href}">${p.title}</a><br><span class="muted">${p.text}</span></li>`)}</ul>`;
  return adminPage('Verwaltung', '/admin', body, { user });
}

const ROLE_LABELS: Record<string, string> = { admin: 'Verwaltung (admin)', worker: 'Fachkraft (worker)' };

export function usersPage(input: { user: PageUser; flash: Flash | null; users: UserRow[]; form?: { name: string; role: string } }): SafeHtml {
  const { user, users } = input;
  const rows = users.map((u, i) => {
    const self = u.name === user.name;
    const disabled = u.disabled_at !== null;
    const id = `pw-${i}`;
    return html`<tr>
  <td>${u.name}${self ? html` <span class="muted">(Sie)</span>` : ''}</td>
  <td>${ROLE_LABELS[u.role] ?? u.role}</td>
  <td>${germanDateTime(u.created_at)}</td>
  <td>${disabled ? html`<span class="badge soon">gesperrt seit ${germanDateTime(u.disabled_at!)}</span>` : html`<span class="badge ok">aktiv</span>`}</td>
  <td class="actions">
    <form method="post" action="/admin/users/${u.name}/password">${csrfField(user.csrf)}
      <label for="${id}">Neues Passwort für ${u.name}<input id="${id}" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
      <button type="submit" class="secondary">Passwort setzen</button>
    </form>
    ${
      self
        ? ''
        : html`<form method="post" action="/admin/users/${u.name}/${disabled ? 'enable' : 'disable'}">${csrfField(user.csrf)}
      <button type="submit" class="secondary">${disabled ? 'Entsperren' : 'Sperren'}</button></form>`
    }
  </td>
</tr>`;
  });
  const form = input.form ?? { name: '', role: 'worker' };
  const body = html`<h1>Personen <span class="muted">(${users.length})</span></h1>
<section class="box" aria-labelledby="add-title"><h2 id="add-title">Person hinzufügen</h2>
<form method="post" action="/admin/users">${csrfField(user.csrf)}
  <label for="new-name">Benutzername<input id="new-name" name="name" value="${form.name}" required pattern="[A-Za-z0-9._@\\-]{2,64}" autocomplete="off" spellcheck="false"></label>
  <label for="new-role">Rolle<select id="new-role" name="role">
    <option value="worker" ${form.role === 'worker' ? 'selected' : ''}>${ROLE_LABELS['worker']}</option>
    <option value="admin" ${form.role === 'admin' ? 'selected' : ''}>${ROLE_LABELS['admin']}</option>
  </select></label>
  <label for="new-password">Erstes Passwort (mind. ${MIN_PASSWORD_LENGTH} Zeichen)<input id="new-password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
  <button type="submit">Hinzufügen</button>
</form></section>
<table class="list">
  <caption class="skip">Personen mit Zugang</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Rolle</th><th scope="col">angelegt</th><th scope="col">Zugang</th><th scope="col">Aktionen</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`;
  return adminPage('Personen', '/admin/users', body, { user, flash: input.flash });
}
