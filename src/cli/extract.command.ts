import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSeparatorFinder } from '../adapters/barcode.adapter.js';
import { sha256Of } from '../adapters/file-store.adapter.js';
import { extractionResultSchema } from '../core/extraction.schema.js';
import { toIntakeError } from '../core/errors.js';
import { readerFor } from '../adapters/document-reader.adapter.js';
import { extractWithRereads } from '../pipeline/extract.stage.js';
import { partDocument, splitBatch } from '../pipeline/split.stage.js';
import type { Logger } from '../pipeline/ports.js';
import { parseCommand, UsageError } from './cli-context.js';

export const EXTRACT_HELP = `intake extract <datei...> [--json]
  Liest die Dateien (Textebene oder Texterkennung) und zeigt, was erkannt wurde.
  Schreibt nichts in den Datenordner. Mit --json: eine JSON-Zeile je Datei (JSON Lines) auf stdout;
  ein Stapel-Scan mit mehreren Schreiben ergibt eine Zeile je Schreiben (pages: seine Seiten im Stapel).`;

/**
 * Reads and extracts; one JSON line per file in input order — per document found in it when the file
 * is a batch scan (each line with its `pages` in the batch); exit 1 if any file failed.
 */
export async function extractCommand(argv: string[]): Promise<number> {
  const { config, logger, values, positionals } = parseCommand(argv, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('mindestens eine Datei angeben');
  const reader = readerFor(config, logger as unknown as Logger);
  const separators = createSeparatorFinder((bytes, page, width) => reader.renderPage(bytes, page, width), config.split.separatorCode);
  let failures = 0;
  try {
    for (const file of positionals) {
      try {
        const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
          throw error.code === 'EISDIR' ? Object.assign(new Error('directory'), { code: 'EISDIR' }) : error;
        });
        const read = await reader.read(bytes);
        const sha256 = sha256Of(bytes);
        const context = { gazetteer: config.gazetteer, today: new Date().toISOString().slice(0, 10) };
        const split = await splitBatch(read, bytes, separators);
        const documents = split ? split.parts.map((part) => partDocument(read, part.pages)) : [read];
        // All lines of a file are built before any is printed: a failure gives one error line, never half a batch.
        const results = [];
        for (const doc of documents) {
          results.push(extractionResultSchema.parse((await extractWithRereads(file, sha256, doc, bytes, reader, context, logger as unknown as Logger)).extraction));
        }
        for (const result of results) {
          if (values['json']) process.stdout.write(`${JSON.stringify(result)}\n`);
          else process.stdout.write(formatHuman(result, results.length > 1));
        }
      } catch (thrown) {
        failures += 1;
        const error = toIntakeError(thrown);
        const message = (thrown as NodeJS.ErrnoException)?.code === 'EISDIR' ? 'Ist ein Ordner, keine Datei.' : error.message;
        if (values['json']) process.stdout.write(`${JSON.stringify({ file, error: { code: error.code, message } })}\n`);
        else process.stdout.write(`${path.basename(file)}: Fehler ${error.code}: ${message}\n`);
      }
    }
  } finally {
    await reader.close();
  }
  return failures > 0 ? 1 : 0;
}

function formatHuman(result: ReturnType<typeof extractionResultSchema.parse>, inBatch: boolean): string {
  const pages = inBatch ? `S. ${result.pages[0]}–${result.pages[1]} im Stapel` : `${result.pages[1]} S.`;
  const lines = [`${result.file}  [${result.documentType}, ${pages}, ${result.text.source}]`];
  for (const [name, reading] of Object.entries(result.fields)) {
    if (!reading) continue;
    lines.push(`  ${name.padEnd(20)} ${JSON.stringify(reading.value)}  (${Math.round(reading.confidence * 100)} %)`);
  }
  for (const warning of result.warnings) lines.push(`  ! ${warning.message}`);
  return `${lines.join('\n')}\n`;
}
