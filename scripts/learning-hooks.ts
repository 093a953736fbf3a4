/** What the learning eval asks of the layout memory. */
import type { App } from '../src/main.js';

export interface Learned {
  field: string;
  confidence: number;
}

/** The case fields a document gave whose value came from (or was confirmed by) learned layout, with their confidence. */
export function learnedOf(app: App, documentId: string): Learned[] {
  return app.db
    .prepare('SELECT name AS field, confidence FROM case_fields WHERE document_id = ? AND learned_from IS NOT NULL')
    .all(documentId) as Learned[];
}

/** Forgets everything learned, sender by sender, as the admin page's reset does. */
export function resetLearning(app: App): void {
  for (const sender of app.store.layout.senders()) app.store.layout.reset(sender.sender_key);
}
