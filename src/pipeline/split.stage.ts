/**
 * Batch scans: finds the documents in a file that holds several (a stack through the feeder, a fax
 * of several notices). Separator sheets are looked for only on the few candidate pages, rendered
 * small; the pages themselves decide the rest (core/split). Nothing is read twice: the parts are
 * slices of the pages already read.
 */
import type { Page, ReadDocument } from '../core/page.js';
import { separatorCandidates, splitPages, type SplitResult } from '../core/split/index.js';
import type { SeparatorFinder } from './ports.js';

export interface BatchPart {
  /** First and last page in the batch (1-based, inclusive). */
  range: [number, number];
  /** The part's pages, with their batch page numbers (blank pages and separator sheets left out). */
  pages: Page[];
  /** Why the part starts where it does (German, shown to staff). */
  reason: string;
  confidence: number;
}

export interface BatchSplit {
  parts: BatchPart[];
  droppedPages: number[];
  separatorPages: number[];
}

/**
 * Splits a read file into its documents; null when it holds one document (or none), which the
 * caller then treats exactly as before: one document, all its pages.
 */
export async function splitBatch(read: ReadDocument, bytes: Buffer, separators?: SeparatorFinder): Promise<BatchSplit | null> {
  if (read.pages.length < 2) return null;
  const candidates = separators ? separatorCandidates(read.pages) : [];
  const separatorPages = candidates.length > 0 && separators ? await separators.find(bytes, candidates) : new Set<number>();
  const result = splitPages(read.pages, { separatorPages });
  if (result.documents.length < 2) return null;
  return { parts: partsOf(read.pages, result), droppedPages: result.droppedPages, separatorPages: [...separatorPages].sort((a, b) => a - b) };
}

function partsOf(pages: Page[], result: SplitResult): BatchPart[] {
  const dropped = new Set(result.droppedPages);
  return result.documents.map((d) => ({
    range: d.pages,
    pages: pages.filter((p) => p.number >= d.pages[0] && p.number <= d.pages[1] && !dropped.has(p.number)),
    reason: d.reason,
    confidence: d.confidence,
  }));
}

/** A part as a read document of its own (for extraction). */
export function partDocument(read: Pick<ReadDocument, 'mimeType'>, pages: Page[]): ReadDocument {
  return { mimeType: read.mimeType, pages };
}

/** What the batch row keeps of the split: ranges, reasons, dropped pages (no personal data). */
export function splitSummary(split: BatchSplit, partIds: string[]): string {
  return JSON.stringify({
    parts: split.parts.map((p, i) => ({ documentId: partIds[i], pages: p.range, reason: p.reason, confidence: p.confidence })),
    droppedPages: split.droppedPages,
    separatorPages: split.separatorPages,
  });
}
