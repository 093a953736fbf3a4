import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page, Word } from '../../src/core/page.js';

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Test helper: pages with word boxes from a PDF's text layer (pdfjs text items split into words,
 * x spread by character count). Lets extraction tests run on real layouts without the reader adapter.
 */
export async function pagesFromPdf(data: Uint8Array): Promise<Page[]> {
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const view = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const words: Word[] = [];
    for (const raw of content.items as unknown[]) {
      const item = raw as TextItemLike;
      if (!item.str?.trim()) continue;
      const [, , , d, e, f] = item.transform as [number, number, number, number, number, number];
      const h = item.height || Math.abs(d);
      const perChar = item.width / Math.max(1, item.str.length);
      let offset = 0;
      for (const token of item.str.split(/(\s+)/)) {
        if (token.trim()) {
          const x0 = e + offset * perChar;
          const x1 = x0 + token.length * perChar;
          words.push({
            text: token,
            bbox: [x0 / view.width, (view.height - f - h) / view.height, x1 / view.width, (view.height - f) / view.height],
            confidence: 1,
          });
        }
        offset += token.length;
      }
    }
    pages.push({ number: n, widthPt: view.width, heightPt: view.height, source: 'text-layer', words, rotation: 0, confidence: 1 });
  }
  await pdf.destroy();
  return pages;
}
