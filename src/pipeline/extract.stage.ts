import type { ExtractionResult } from '../core/extraction.schema.js';
import { extractDocument } from '../core/extract/extract-document.js';
import type { Gazetteer } from '../core/gazetteer.js';
import type { ReadDocument } from '../core/page.js';
import { nameWordTargets, withForeignLetters } from '../core/extract/foreign-letters.js';
import type { DocumentReader, Logger } from './ports.js';

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

/**
 * buildExtraction, then the tenants' names read again where the German OCR model cannot spell them
 * (ş ı ğ ç ł ą …): the name's words on an OCR page are re-read by the reader's name models, accents they
 * confirm go into the page's words, and the extraction runs once more on the corrected page. Returns the
 * read with those words, so what is stored, shown and re-extracted later carries the accents too. A
 * second read that fails leaves the first extraction as it was: it never fails the document.
 */
export async function extractWithNameRereads(
  file: string,
  sha256: string,
  read: ReadDocument,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadWords'>,
  context: { gazetteer: Gazetteer; today?: string },
  logger?: Logger,
): Promise<{ extraction: ExtractionResult; read: ReadDocument }> {
  const first = buildExtraction(file, sha256, read, context);
  const tenants = first.fields.tenants;
  const page = tenants ? read.pages.find((p) => p.number === tenants.page) : undefined;
  if (!tenants || !page || page.source !== 'ocr' || !reader.rereadWords) return { extraction: first, read };
  const targets = nameWordTargets(page, tenants.value.map((t) => t.name), tenants.bbox);
  if (targets.length === 0) return { extraction: first, read };
  let patched;
  try {
    const rereads = await reader.rereadWords(bytes, page, targets.map((t) => t.bbox));
    patched = withForeignLetters(page, targets, rereads);
  } catch (error) {
    logger?.warn({ page: page.number, err: (error as Error).name }, 'second read of names failed; names kept as first read');
    return { extraction: first, read };
  }
  if (!patched) return { extraction: first, read };
  const corrected: ReadDocument = { ...read, pages: read.pages.map((p) => (p === page ? patched : p)) };
  return { extraction: buildExtraction(file, sha256, corrected, context), read: corrected };
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
