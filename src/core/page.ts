/**
 * What a reader produces from a file: pages with words and their positions.
 * Coordinates are page-relative (0..1, origin top-left), so the same box works
 * for the text layer, an OCR image of any resolution and the review UI's overlay.
 */
export type BBox = readonly [x0: number, y0: number, x1: number, y1: number];

export interface Word {
  text: string;
  bbox: BBox;
  /** 0..1; text-layer words have 1. */
  confidence: number;
}

export interface Line {
  words: Word[];
  bbox: BBox;
}

export interface Page {
  /** 1-based number of the page in the file. */
  number: number;
  /** Page size in PDF points (1/72 inch); for images, pixels converted at the detected dpi. */
  widthPt: number;
  heightPt: number;
  source: 'text-layer' | 'ocr';
  /** Words in reading order (top-to-bottom, left-to-right). */
  words: Word[];
  /** Degrees the page was turned to read it upright (0, 90, 180, 270), plus small deskew. */
  rotation: number;
  /** Mean word confidence 0..1 (1 for text layer). */
  confidence: number;
}

export interface ReadDocument {
  mimeType: 'application/pdf' | 'image/tiff' | 'image/jpeg' | 'image/png';
  pages: Page[];
}
