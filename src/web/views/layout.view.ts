import { createHash } from 'node:crypto';
import { html, trustedHtml, type SafeHtml } from '../html.js';
import { CLIENT_SCRIPT } from '../static/client.script.js';
import { STYLES } from '../static/styles.js';

/** Content hashes: the asset URLs change when the assets do, so they can be cached long. */
export const SCRIPT_VERSION = createHash('sha256').update(CLIENT_SCRIPT).digest('hex').slice(0, 12);
export const STYLE_VERSION = createHash('sha256').update(STYLES).digest('hex').slice(0, 12);

/** Where notices for the whole desk go (the first-run setup banner, web/setup-notice.middleware.ts). */
export const NOTICE_SLOT = '<!--notices-->';

export interface PageUser {
  name: string;
  role: string;
  csrf: string;
}

export interface Flash {
  kind: 'ok' | 'error';
  text: string;
  link?: { href: string; text: string };
}

export function layout(title: string, body: SafeHtml, options: { user?: PageUser; flash?: Flash | null } = {}): SafeHtml {
  const { user, flash } = options;
  return html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Prüfplatz Fachstelle</title>
<link rel="stylesheet" href="/static/app.css?v=${STYLE_VERSION}">
<script src="/static/app.js?v=${SCRIPT_VERSION}" defer></script>
</head>
<body>
<a class="skip" href="#main">Zum Inhalt springen</a>
<header class="top">
  <span class="brand">Prüfplatz Fachstelle</span>
  ${
    user
      ? html`<nav aria-label="Hauptnavigation"><a href="/">Arbeitsliste</a><a href="/failed">Fehlgeschlagene Dateien</a><a href="/statistics">Statistik</a>${
    user.role === 'admin' ? html`<a href="/admin">Verwaltung</a><a href="/admin/settings">Einstellungen</a>` : ''
  }</nav>
  <span>Angemeldet: ${user.name}${user.role === 'admin' ? ' (Verwaltung)' : ''}</span>
  <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${user.csrf}"><button type="submit">Abmelden</button></form>`
      : ''
  }
</header>
<main id="main" tabindex="-1">
${trustedHtml(NOTICE_SLOT)}
${flash ? html`<p class="flash ${flash.kind === 'error' ? 'error' : ''}" role="${flash.kind === 'error' ? 'alert' : 'status'}">${flash.text}${flash.link ? html` <a href="${flash.link.href}">${flash.link.text}</a>` : ''}</p>` : ''}
${body}
</main>
</body>
</html>`;
}

export function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}
