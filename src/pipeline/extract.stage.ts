import type { ExtractionResult } from '../core/extraction.schema.js';
import { extractDocument } from '../core/extract/extract-document.js';
import type { Gazetteer } from '../core/gazetteer.js';
import type { ReadDocument } from '../core/page.js';

/**
 * Turns a read document into the public extraction result (the `extract --json` contract).
 * `pages` is the range of its page numbers: [1, n] for a file, e.g. [3, 4] for a document found in a batch.
 */
export function buildExtraction(
  file: string,
  sha256: string,
  read: ReadDocument,
  context: { gazetteer: Gazetteer; today?: string },
): ExtractionResult {
  const { documentType, fields, warnings } = extractDocument(read.pages, context);
  const sources = new Set(read.pages.map((p) => p.source));
  const source = sources.size > 1 ? 'mixed' : read.pages[0]?.source ?? 'text-layer';
  const confidence = read.pages.length
    ? read.pages.reduce((sum, p) => sum + p.confidence, 0) / read.pages.length
    : 0;
  return {
    file,
    sha256,
    documentType,
    pages: pageRange(read),
    text: { source, confidence: Math.round(confidence * 1000) / 1000 },
    fields,
    warnings,
  };
}

/** First and last page number of a read document (1-based); [1, 1] when it has no pages. */
export function pageRange(read: Pick<ReadDocument, 'pages'>): [number, number] {
  if (read.pages.length === 0) return [1, 1];
  const numbers = read.pages.map((p) => p.number);
  return [Math.min(...numbers), Math.max(...numbers)];
}

/** File extension for the content-addressed original, from the detected type. */
export function extensionFor(mimeType: ReadDocument['mimeType']): string {
  switch (mimeType) {
    case 'application/pdf':
      return 'pdf';
    case 'image/tiff':
      return 'tif';
    case 'image/jpeg':
      return 'jpg';
    case 'image/png':
      return 'png';
  }
}
