import { html, type SafeHtml } from '../html.js';
import { layout } from './layout.view.js';

export function loginPage(options: { csrf: string; next: string; error?: string; name?: string; noUsers?: boolean }): SafeHtml {
  return layout(
    'Anmelden',
    html`<section class="login" aria-labelledby="login-title">
  <h1 id="login-title">Anmelden</h1>
  ${options.error ? html`<p class="flash error" role="alert">${options.error}</p>` : ''}
  ${options.noUsers ? html`<p class="flash error" role="status">Es ist noch niemand angelegt. Auf dem Server: <code>intake user add &lt;name&gt; --role admin</code></p>` : ''}
  <form method="post" action="/login">
    <input type="hidden" name="_csrf" value="${options.csrf}">
    <input type="hidden" name="next" value="${options.next}">
    <label for="username">Benutzername <input id="username" name="username" autocomplete="username" required value="${options.name ?? ''}" data-autofocus></label>
    <label for="password">Passwort <input id="password" name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">Anmelden</button>
  </form>
</section>`,
  );
}
