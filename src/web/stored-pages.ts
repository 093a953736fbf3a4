/**
 * The pages of a document as the case view shows them, from the stored reading (documents.pages_json):
 * number, height/width, and the words with their boxes for the click-to-fill overlay. The boxes are those
 * of the page as read (turned upright and straightened), which is how the page image is rendered.
 */
export const A4_ASPECT = 297 / 210;

/** A word of a page as the case view's click-to-fill overlay gets it: text and box (0..1 of the page, as shown). */
export type PageWord = [text: string, x0: number, y0: number, x1: number, y1: number];

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The stored words of a page with a box in 0..1 (anything else is left out: the overlay must fit the image). */
function overlayWords(words: unknown): PageWord[] {
  if (!Array.isArray(words)) return [];
  const out: PageWord[] = [];
  for (const w of words as { text?: unknown; bbox?: unknown }[]) {
    const b = w?.bbox;
    if (typeof w?.text !== 'string' || w.text.trim() === '' || !Array.isArray(b) || b.length !== 4) continue;
    if (!b.every((n) => typeof n === 'number' && n >= 0 && n <= 1)) continue;
    out.push([w.text, ...(b as number[]).map(round4)] as PageWord);
  }
  return out;
}

/**
 * The words as the page-frame's data-words attribute carries them: one line per word, `x0 y0 x1 y1 text`
 * with the box in ten-thousandths of the page. Compact (no quotes to escape): a page of 450 words is ~15 KB.
 */
export function encodeOverlayWords(words: readonly PageWord[]): string {
  return words.map(([text, ...box]) => `${box.map((n) => Math.round(n * 10_000)).join(' ')} ${text.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** Number, height/width and words of each page from the stored reading (turned pages swap sides). */
export function storedPages(pagesJson: string | null): { number: number; aspect: number; words: PageWord[] }[] {
  if (!pagesJson) return [];
  try {
    const pages = JSON.parse(pagesJson) as { number?: number; widthPt?: number; heightPt?: number; rotation?: number; words?: unknown }[];
    return pages.map((p, i) => {
      const number = p.number ?? i + 1;
      const words = overlayWords(p.words);
      if (!p.widthPt || !p.heightPt) return { number, aspect: A4_ASPECT, words };
      const turned = Math.round((p.rotation ?? 0) / 90) % 2 === 1;
      return { number, aspect: turned ? p.widthPt / p.heightPt : p.heightPt / p.widthPt, words };
    });
  } catch {
    return [];
  }
}
