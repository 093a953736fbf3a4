import { IntakeError } from '../core/errors.js';
import type { ReadDocument } from '../core/page.js';

export type DocumentMimeType = ReadDocument['mimeType'];

/**
 * Recognises a document by its first bytes (magic numbers), never by its name.
 * Throws EMPTY_FILE for 0 bytes and UNSUPPORTED_TYPE for anything that is not PDF, TIFF, JPEG or PNG.
 */
export function detectFileType(bytes: Uint8Array): DocumentMimeType {
  if (bytes.length === 0) {
    throw new IntakeError('EMPTY_FILE', 'Die Datei ist leer (0 Byte).');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || pdfHeaderNearStart(bytes)) return 'application/pdf';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  throw new IntakeError(
    'UNSUPPORTED_TYPE',
    'Der Dateityp wird nicht unterstützt. Erlaubt sind PDF, TIFF, JPEG und PNG (erkannt am Inhalt, nicht an der Endung).',
  );
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Some scanners write a few junk bytes (BOM, whitespace) before `%PDF-`; PDF readers accept up to 1 KiB. */
function pdfHeaderNearStart(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 1; i < limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}
