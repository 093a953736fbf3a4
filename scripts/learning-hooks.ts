/** What the learning eval asks of the layout memory (filled in when the memory lands). */
import type { App } from '../src/main.js';

export interface Learned {
  field: string;
  confidence: number;
}

/** The fields of a document whose value came from learned layout, with their confidence. */
export function learnedOf(_app: App, _documentId: string): Learned[] {
  return [];
}

/** Forgets everything learned (the admin page's reset, for every sender). */
export function resetLearning(_app: App): void {}
