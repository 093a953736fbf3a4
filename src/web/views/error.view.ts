import { html, type SafeHtml } from '../html.js';
import { layout, type PageUser } from './layout.view.js';

export function errorPage(title: string, text: string, user?: PageUser): SafeHtml {
  return layout(title, html`<h1>${title}</h1><p>${text}</p><p><a href="/">Zur Arbeitsliste</a></p>`, { user });
}
