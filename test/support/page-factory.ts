import type { Page, Word } from '../../src/core/page.js';

export interface PageOptions {
  number?: number;
  source?: Page['source'];
  /** Confidence of every word (default 1), or a function per word. */
  confidence?: number | ((text: string) => number);
  /** Vertical offset of table cells after the first (page fraction), as OCR boxes of separate blocks drift. */
  cellJitter?: number;
  /** Shuffle words so the reading order is not trusted (deterministic). */
  shuffle?: boolean;
}

const CHAR_W = 0.0075;
const LINE_H = 0.012;
const LINE_STEP = 0.02;

/**
 * Builds a page from text lines, so tests need no PDF. Words get boxes from their position
 * in the line; " | " splits a line into table cells placed at x = 0.1, 0.45, 0.7.
 */
export function pageFromLines(lines: string[], options: PageOptions = {}): Page {
  const words: Word[] = [];
  const confidenceOf = (t: string) =>
    typeof options.confidence === 'function' ? options.confidence(t) : (options.confidence ?? 1);
  lines.forEach((line, li) => {
    const y0 = 0.05 + li * LINE_STEP;
    const cells = line.split(' | ');
    const starts = cells.length > 1 ? [0.1, 0.45, 0.7] : [0.1];
    cells.forEach((cell, ci) => {
      let x = starts[ci] ?? 0.1 + ci * 0.3;
      const y = y0 + (ci > 0 ? (options.cellJitter ?? 0) * (li % 2 ? 1 : -1) : 0);
      for (const token of cell.split(/\s+/).filter(Boolean)) {
        const w = token.length * CHAR_W;
        words.push({ text: token, bbox: [x, y, x + w, y + LINE_H], confidence: confidenceOf(token) });
        x += w + CHAR_W;
      }
    });
  });
  if (options.shuffle) {
    for (let i = words.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
  }
  const mean = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 1;
  return {
    number: options.number ?? 1,
    widthPt: 595,
    heightPt: 842,
    source: options.source ?? 'text-layer',
    words,
    rotation: 0,
    confidence: mean,
  };
}

/** Several pages from blocks of lines, numbered from 1. */
export function pagesFromBlocks(blocks: string[][], options: Omit<PageOptions, 'number'> = {}): Page[] {
  return blocks.map((lines, i) => pageFromLines(lines, { ...options, number: i + 1 }));
}
