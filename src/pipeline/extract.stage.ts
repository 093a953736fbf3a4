import type { ExtractionResult } from '../core/extraction.schema.js';
import { extractDocument } from '../core/extract/extract-document.js';
import type { Gazetteer } from '../core/gazetteer.js';
import type { BBox, Page, ReadDocument } from '../core/page.js';
import { nameWordTargets, withForeignLetters } from '../core/extract/foreign-letters.js';
import { fileNumberLineTargets, registerNumeralTargets, withRegisterNumerals, withRereadLines, type LineReread } from '../core/extract/line-reread.js';
import { lacksNumeral } from '../core/parse/file-number.parser.js';
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
 * buildExtraction with the second reads that mend what the first read of an OCR page got wrong:
 * - a document's own file number not read although its label was: the label's line is cut out and read once
 *   more as one line (line-reread.ts);
 * - a bailiff's DR number whose Roman numeral was read unsurely: its line is read once more, and a numeral with
 *   a stroke more is taken ("DR II" → "DR III"; line-reread.ts);
 * - the tenants' names where the German OCR model cannot spell them (ş ı ğ ç ł ą …): the name's words are
 *   re-read by the reader's name models, and accents they confirm go into the page's words (foreign-letters.ts).
 * After each, the extraction runs once more on the corrected pages. Returns the read with the corrected words,
 * so what is stored, shown and re-extracted later carries them too. A second read that fails leaves the
 * extraction as it was: it never fails the document.
 */
export async function extractWithRereads(
  file: string,
  sha256: string,
  read: ReadDocument,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadWords' | 'rereadLines'>,
  context: { gazetteer: Gazetteer; today?: string },
  logger?: Logger,
): Promise<{ extraction: ExtractionResult; read: ReadDocument }> {
  let current = { extraction: buildExtraction(file, sha256, read, context), read };
  const lines = await rereadFileNumberLines(current.read, current.extraction, bytes, reader, logger);
  if (lines) current = { extraction: buildExtraction(file, sha256, lines, context), read: lines };
  const numerals = await rereadRegisterNumerals(current.read, current.extraction, bytes, reader, logger);
  if (numerals) current = { extraction: buildExtraction(file, sha256, numerals, context), read: numerals };
  const names = await rereadNames(current.read, current.extraction, bytes, reader, logger);
  if (names) current = { extraction: buildExtraction(file, sha256, names, context), read: names };
  return current;
}

/** The read with the file-number lines read again (null: nothing to read again, or nothing changed). */
async function rereadFileNumberLines(
  read: ReadDocument,
  first: ExtractionResult,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadLines'>,
  logger?: Logger,
): Promise<ReadDocument | null> {
  const wantRegister = first.documentType === 'eviction_notice';
  // A bailiff's register number without its numeral ("DR 2922/26") may have lost it to the scan: read its line again.
  if (first.fields.fileNumber && !(wantRegister && lacksNumeral(first.fields.fileNumber.value))) return null;
  return rereadLinesOfPages(read, bytes, reader, logger, 'file-number line', (page) => {
    const targets = fileNumberLineTargets(page, wantRegister);
    return { boxes: targets.map((t) => t.bbox), patch: (rereads) => withRereadLines(page, targets, rereads, wantRegister) };
  });
}

/** The read with a DR number's unsure numeral read again with its line (null: nothing to read again, or nothing changed). */
async function rereadRegisterNumerals(
  read: ReadDocument,
  first: ExtractionResult,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadLines'>,
  logger?: Logger,
): Promise<ReadDocument | null> {
  const register = first.fields.fileNumber?.value;
  if (!register?.startsWith('DR ')) return null;
  return rereadLinesOfPages(read, bytes, reader, logger, 'register number', (page) => {
    const targets = registerNumeralTargets(page, register);
    return { boxes: targets.map((t) => t.bbox), patch: (rereads) => withRegisterNumerals(page, targets, rereads, register) };
  });
}

/**
 * Each page's lines that `plan` picks, read again as single lines and patched in by it. A failed second read
 * leaves its page as first read. Null when no page changed.
 */
async function rereadLinesOfPages(
  read: ReadDocument,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadLines'>,
  logger: Logger | undefined,
  what: string,
  plan: (page: Page) => { boxes: BBox[]; patch: (rereads: (LineReread | null)[]) => Page | null },
): Promise<ReadDocument | null> {
  if (!reader.rereadLines) return null;
  let changed = false;
  const pages: Page[] = [];
  for (const page of read.pages) {
    const { boxes, patch } = plan(page);
    if (boxes.length === 0) {
      pages.push(page);
      continue;
    }
    try {
      const patched = patch(await reader.rereadLines(bytes, page, boxes));
      changed ||= patched !== null;
      pages.push(patched ?? page);
    } catch (error) {
      logger?.warn({ page: page.number, err: (error as Error).name }, `second read of a ${what} failed; kept as first read`);
      pages.push(page);
    }
  }
  return changed ? { ...read, pages } : null;
}

/** The read with the tenants' names' accents from a second read (null: nothing to read again, or nothing changed). */
async function rereadNames(
  read: ReadDocument,
  first: ExtractionResult,
  bytes: Buffer,
  reader: Pick<DocumentReader, 'rereadWords'>,
  logger?: Logger,
): Promise<ReadDocument | null> {
  const tenants = first.fields.tenants;
  const page = tenants ? read.pages.find((p) => p.number === tenants.page) : undefined;
  if (!tenants || !page || page.source !== 'ocr' || !reader.rereadWords) return null;
  const targets = nameWordTargets(page, tenants.value.map((t) => t.name), tenants.bbox);
  if (targets.length === 0) return null;
  let patched;
  try {
    const rereads = await reader.rereadWords(bytes, page, targets);
    patched = withForeignLetters(page, targets, rereads);
  } catch (error) {
    logger?.warn({ page: page.number, err: (error as Error).name }, 'second read of names failed; names kept as first read');
    return null;
  }
  return patched ? { ...read, pages: read.pages.map((p) => (p === page ? patched : p)) } : null;
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
