/**
 * Extraction speed (the pure step after reading): every document of samples/corpus, its ground-truth page
 * texts laid out as words with boxes, through extractDocument. Prints ms per page; never asserts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, packageRoot } from '../src/config/load-config.js';
import { extractDocument } from '../src/core/extract/extract-document.js';
import type { Page, Word } from '../src/core/page.js';

/** A page from text lines: one word box per token, 0.02 of the page per line; a tab starts a new cell. */
function pageOf(text: string, number: number): Page {
  const words: Word[] = [];
  text.split('\n').forEach((line, row) => {
    const y = 0.03 + row * 0.02;
    line.split('\t').forEach((cell, column) => {
      let x = 0.08 + column * 0.35;
      for (const token of cell.split(/\s+/).filter(Boolean)) {
        const width = token.length * 0.0075;
        words.push({ text: token, bbox: [x, y, x + width, y + 0.012], confidence: 0.95 });
        x += width + 0.0075;
      }
    });
  });
  return { number, widthPt: 595, heightPt: 842, source: 'ocr', words, rotation: 0, confidence: 0.95 };
}

export function benchExtract(rounds = 5): { documents: number; pages: number; msPerPage: number; p95MsPerDocument: number; maxMsPerPage: number } {
  const corpus = path.join(packageRoot(), 'samples', 'corpus');
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: { truth: string }[] };
  const documents = manifest.documents.map((entry) => {
    const truth = JSON.parse(readFileSync(path.join(corpus, entry.truth), 'utf8')) as { pageTexts: string[] };
    return truth.pageTexts.map((text, i) => pageOf(text, i + 1));
  });
  const context = { gazetteer: loadConfig({ env: {} }).gazetteer, today: '2025-06-01' };
  for (const pages of documents) extractDocument(pages, context); // warm-up (JIT)
  const perDocument: number[] = [];
  const perPage: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const pages of documents) {
      const t0 = performance.now();
      extractDocument(pages, context);
      const ms = performance.now() - t0;
      perDocument.push(ms);
      perPage.push(ms / pages.length);
    }
  }
  const pages = documents.reduce((sum, d) => sum + d.length, 0);
  const total = perDocument.reduce((sum, ms) => sum + ms, 0);
  perDocument.sort((a, b) => a - b);
  return {
    documents: documents.length,
    pages,
    msPerPage: total / (pages * rounds),
    p95MsPerDocument: perDocument[Math.floor(perDocument.length * 0.95)] ?? 0,
    maxMsPerPage: Math.max(...perPage),
  };
}
