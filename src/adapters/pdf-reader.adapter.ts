import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IntakeError } from '../core/errors.js';
import type { Word } from '../core/page.js';
import { textItemWords, type TextItemLike } from './pdf-text-reader.adapter.js';

/** pdfjs' own data folders (standard fonts, CMaps, wasm decoders, ICC profiles): nothing is fetched. */
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataDir = (name: string) => path.join(pdfjsDir, name) + path.sep;

/** Minimum count of letters/digits on a page's text layer to trust it instead of OCR. */
export const MIN_TEXT_LAYER_CHARS = 20;

export interface PdfTextPage {
  widthPt: number;
  heightPt: number;
  words: Word[];
  /** Letters and digits on the text layer. */
  wordChars: number;
}

export interface RenderedPdfPage {
  /** Raw RGBA pixels. */
  rgba: Buffer;
  width: number;
  height: number;
}

/** An opened PDF. Always `close()` it (in finally). */
export interface PdfFile {
  readonly pageCount: number;
  textPage(number: number): Promise<PdfTextPage>;
  /** Renders a page (1-based) so that it is `widthPx` wide, upright per the PDF's /Rotate. */
  render(number: number, widthPx: number): Promise<RenderedPdfPage>;
  /** Renders at a resolution in dots per inch. */
  renderAtDpi(number: number, dpi: number): Promise<RenderedPdfPage>;
  close(): Promise<void>;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<Pdfjs> | undefined;
/**
 * pdfjs, loaded when the first PDF is opened: its legacy build is the largest module the reader has (over a
 * second to load on a busy machine), and `intake extract` on an image never needs it.
 */
function pdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

/**
 * Opens a PDF with the pdfjs legacy build and maps its failures to IntakeErrors:
 * PasswordException → ENCRYPTED_PDF, anything else while opening → CORRUPT_FILE,
 * more pages than `maxPages` → TOO_MANY_PAGES (checked before anything is rendered).
 */
export async function openPdf(bytes: Uint8Array, maxPages: number): Promise<PdfFile> {
  let pdf: PDFDocumentProxy;
  const { getDocument, Util } = await pdfjs();
  const task = getDocument({
    // pdfjs transfers (detaches) the buffer it gets: hand it a copy.
    data: new Uint8Array(bytes),
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
    iccUrl: dataDir('iccs'),
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfOpenError(error);
  }
  if (pdf.numPages > maxPages) {
    await pdf.destroy();
    throw new IntakeError(
      'TOO_MANY_PAGES',
      `Das Dokument hat ${pdf.numPages} Seiten; erlaubt sind höchstens ${maxPages}. Bitte in kleinere Dokumente aufteilen.`,
    );
  }
  return new PdfjsFile(pdf, Util.transform.bind(Util));
}

export function pdfOpenError(error: unknown): IntakeError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new IntakeError('ENCRYPTED_PDF', 'Das PDF ist mit einem Passwort geschützt und kann nicht gelesen werden.', { cause: error });
  }
  return new IntakeError('CORRUPT_FILE', 'Die PDF-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.', { cause: error });
}

function corruptPage(error: unknown): IntakeError {
  if (error instanceof IntakeError) return error;
  return new IntakeError('CORRUPT_FILE', 'Eine Seite der PDF-Datei ist beschädigt und kann nicht gelesen werden.', { cause: error });
}

class PdfjsFile implements PdfFile {
  constructor(
    private readonly pdf: PDFDocumentProxy,
    private readonly transform: Pdfjs['Util']['transform'],
  ) {}

  get pageCount(): number {
    return this.pdf.numPages;
  }

  async textPage(number: number): Promise<PdfTextPage> {
    try {
      const page = await this.pdf.getPage(number);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const words: Word[] = [];
        let wordChars = 0;
        for (const raw of content.items) {
          if (!('str' in raw) || !raw.str.trim()) continue;
          const item: TextItemLike = { ...raw, transform: this.transform(viewport.transform, raw.transform) };
          for (const word of textItemWords(item, viewport.width, viewport.height)) {
            words.push(word);
            wordChars += (word.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
          }
        }
        return { widthPt: viewport.width, heightPt: viewport.height, words, wordChars };
      } finally {
        page.cleanup();
      }
    } catch (error) {
      throw corruptPage(error);
    }
  }

  async render(number: number, widthPx: number): Promise<RenderedPdfPage> {
    return this.renderWith(number, (page) => widthPx / page.getViewport({ scale: 1 }).width);
  }

  async renderAtDpi(number: number, dpi: number): Promise<RenderedPdfPage> {
    return this.renderWith(number, () => dpi / 72);
  }

  private async renderWith(number: number, scaleOf: (page: PDFPageProxy) => number): Promise<RenderedPdfPage> {
    try {
      const page = await this.pdf.getPage(number);
      try {
        const viewport = page.getViewport({ scale: scaleOf(page) });
        const width = Math.max(1, Math.round(viewport.width));
        const height = Math.max(1, Math.round(viewport.height));
        const factory = this.pdf.canvasFactory as CanvasFactoryLike;
        const { canvas, context } = factory.create(width, height);
        try {
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, width, height);
          await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<PDFPageProxy['render']>[0]).promise;
          const image = context.getImageData(0, 0, width, height);
          return { rgba: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), width, height };
        } finally {
          factory.destroy({ canvas, context });
        }
      } finally {
        page.cleanup();
      }
    } catch (error) {
      throw corruptPage(error);
    }
  }

  async close(): Promise<void> {
    await this.pdf.destroy();
  }
}

interface CanvasContextLike {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

interface CanvasFactoryLike {
  create(width: number, height: number): { canvas: unknown; context: CanvasContextLike };
  destroy(pair: { canvas: unknown; context: CanvasContextLike }): void;
}
