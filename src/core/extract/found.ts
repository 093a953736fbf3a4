import type { BBox } from '../page.js';
import { evidenceOf, unionBox } from './layout.js';
import type { View } from './text-view.js';

/** A value read from the document, with where it stands and how sure we are. */
export interface Found<T> {
  value: T;
  confidence: number;
  page: number;
  bbox: BBox;
  start: number;
}

/**
 * A field's confidence: how sure its role is (`strength`, see roleConfidence) times the OCR's mean confidence
 * in the words under it (1 on a text layer), kept below 1.
 */
export function found<T>(view: View, value: T, start: number, end: number, strength: number): Found<T> | null {
  const ev = evidenceOf(view.doc, start, end);
  if (!ev) return null;
  return { value, confidence: clamp(strength * ev.confidence), page: ev.page, bbox: ev.bbox, start };
}

/** One value found over several spans (a tenants list): their boxes on the first span's page, mean OCR confidence. */
export function foundOver<T>(view: View, value: T, spans: { start: number; end: number }[], strength: number): Found<T> | null {
  const evs = spans.map((s) => evidenceOf(view.doc, s.start, s.end)).filter((e) => e !== null);
  if (!evs.length) return null;
  const ocr = evs.reduce((s, e) => s + e.confidence, 0) / evs.length;
  return { value, confidence: clamp(strength * ocr), page: evs[0]!.page, bbox: unionBox(evs), start: spans[0]!.start };
}

export function clamp(x: number): number {
  return Math.max(0, Math.min(0.99, Math.round(x * 1000) / 1000));
}
