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
  /** The dropped pages as read (blank pages have few words): kept so a worker can restore one. */
  dropped: Page[];
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
  const dropped = read.pages.filter((p) => result.droppedPages.includes(p.number));
  return { parts: partsOf(read.pages, result), droppedPages: result.droppedPages, separatorPages: [...separatorPages].sort((a, b) => a - b), dropped };
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

/** What the batch row keeps of the split (stored in its extraction_json). */
export interface SplitSummary {
  parts: { documentId: string; pages: [number, number]; reason: string; confidence: number }[];
  droppedPages: number[];
  separatorPages: number[];
  /** The dropped blank pages as read (absent in batches split before this was kept). */
  droppedPageData?: Page[];
  /** Dropped pages a worker put back into a document. */
  restoredPages?: number[];
}

/**
 * What the batch row keeps of the split: ranges, reasons, dropped pages. The few words of a dropped
 * blank page are kept with it, and the batch row is purged with its parts' cases.
 */
export function splitSummary(split: BatchSplit, partIds: string[]): string {
  const separators = new Set(split.separatorPages);
  const summary: SplitSummary = {
    parts: split.parts.map((p, i) => ({ documentId: partIds[i]!, pages: p.range, reason: p.reason, confidence: p.confidence })),
    droppedPages: split.droppedPages,
    separatorPages: split.separatorPages,
    droppedPageData: split.dropped.filter((p) => !separators.has(p.number)),
  };
  return JSON.stringify(summary);
}

/** The stored summary of a batch row, or undefined when there is none. */
export function readSplitSummary(json: string | null): SplitSummary | undefined {
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as SplitSummary;
    return Array.isArray(parsed.parts) && Array.isArray(parsed.droppedPages) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
