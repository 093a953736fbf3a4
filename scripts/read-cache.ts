/**
 * The evals' read cache: what the reader read of a file (pages, words, boxes), kept per SHA-256 of its bytes, so
 * a second run measures extraction without OCR again. Second reads (rereadWords, rereadLines) and page renders
 * pass through to the real reader: they are part of what is measured.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Of } from '../src/adapters/file-store.adapter.js';
import type { ReadDocument } from '../src/core/page.js';
import type { DocumentReader } from '../src/pipeline/ports.js';

/** A reader that replays recorded reads from `dir` and records new ones there; without a dir, the reader itself. */
export function cachedReader(dir: string | null): (reader: DocumentReader) => DocumentReader {
  return (reader) => {
    if (!dir) return reader;
    mkdirSync(dir, { recursive: true });
    return {
      async read(bytes, options) {
        const file = path.join(dir, `${sha256Of(bytes)}.json`);
        if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ReadDocument;
        const read = await reader.read(bytes, options);
        writeFileSync(file, JSON.stringify(read));
        return read;
      },
      renderPage: (bytes, page, width, rotation) => reader.renderPage(bytes, page, width, rotation),
      ...(reader.rereadWords ? { rereadWords: reader.rereadWords.bind(reader) } : {}),
      ...(reader.rereadLines ? { rereadLines: reader.rereadLines.bind(reader) } : {}),
      close: () => reader.close(),
    };
  };
}
