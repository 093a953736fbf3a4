import type { BBox, Word } from '../core/page.js';

/** A pdfjs text item whose transform is already in viewport space (top-left origin, y down). */
export interface TextItemLike {
  str: string;
  /** [a, b, c, d, e, f]: (e, f) is the baseline start; (a, b) the text direction times font size. */
  transform: number[];
  /** Advance width of the whole string in PDF units (text space scaled to user space). */
  width: number;
  height: number;
}

/**
 * Relative glyph advances (Helvetica AFM, 1/1000 em). pdfjs gives only the width of a whole text item;
 * splitting it by these proportions puts word boxes within a fraction of a glyph of the printed words
 * for the sans-serif faces court software uses, much closer than spreading the width by character count.
 */
const NARROW = 'ijl|\'';
const WIDTHS: Record<string, number> = {
  ' ': 278, '!': 278, '"': 355, '#': 556, $: 556, '%': 889, '&': 667, '(': 333, ')': 333, '*': 389,
  '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584,
  '?': 556, '@': 1015, '[': 278, ']': 278, _: 556, '§': 556, '€': 556, '–': 556, '—': 1000, '·': 278,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, k: 500, m: 833, n: 556, o: 556, p: 556,
  q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  ä: 556, ö: 556, ü: 556, Ä: 667, Ö: 778, Ü: 722, ß: 611, é: 556, è: 556,
};

function glyphWidth(ch: string): number {
  if (NARROW.includes(ch)) return 222;
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (/\p{N}/u.test(ch)) return 556;
  if (/\p{Lu}/u.test(ch)) return 700;
  return 556;
}

/** Ascent and descent as fractions of the font size, for a box around the glyphs rather than the line. */
const ASCENT = 0.78;
const DESCENT = 0.22;

/**
 * Splits one text item into words with page-relative boxes (0..1, origin top-left).
 * Handles text running in any of the four directions (rotated pages) by working along the baseline vector.
 */
export function textItemWords(item: TextItemLike, pageWidth: number, pageHeight: number): Word[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  // Unit vectors: along the baseline, and "up" from it (viewport y grows downwards).
  const along = Math.hypot(a, b) || 1;
  const ux = a / along;
  const uy = b / along;
  const upx = c / (Math.hypot(c, d) || 1);
  const upy = d / (Math.hypot(c, d) || 1);
  const chars = Array.from(item.str);
  const total = chars.reduce((sum, ch) => sum + glyphWidth(ch), 0) || 1;
  // `width` is in page units; the text-layer viewport has scale 1, so it is in viewport units too.
  const scale = (item.width > 0 ? item.width : (total / 1000) * fontSize) / total;

  const words: Word[] = [];
  let offset = 0;
  let start = -1;
  let startOffset = 0;
  const flush = (end: number, endOffset: number) => {
    if (start < 0) return;
    const text = chars.slice(start, end).join('');
    words.push({ text, bbox: box(startOffset * scale, endOffset * scale), confidence: 1 });
    start = -1;
  };
  const box = (s0: number, s1: number): BBox => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const s of [s0, s1]) {
      for (const h of [-DESCENT * fontSize, ASCENT * fontSize]) {
        // (c, d) points from the baseline towards the glyph tops (-y in viewport space for upright text).
        xs.push(e + ux * s + upx * h);
        ys.push(f + uy * s + upy * h);
      }
    }
    return [
      clamp(Math.min(...xs) / pageWidth),
      clamp(Math.min(...ys) / pageHeight),
      clamp(Math.max(...xs) / pageWidth),
      clamp(Math.max(...ys) / pageHeight),
    ];
  };
  chars.forEach((ch, i) => {
    if (/\s/u.test(ch)) {
      flush(i, offset);
    } else if (start < 0) {
      start = i;
      startOffset = offset;
    }
    offset += glyphWidth(ch);
  });
  flush(chars.length, offset);
  return words;
}

function clamp(v: number): number {
  return Math.min(1, Math.max(0, v));
}
