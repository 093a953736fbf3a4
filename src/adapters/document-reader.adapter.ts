import { createHash } from 'node:crypto';
import type { Config } from '../config/config.schema.js';
import { IntakeError } from '../core/errors.js';
import type { NameLanguage, Reread } from '../core/extract/foreign-letters.js';
import type { LineReread } from '../core/extract/line-reread.js';
import type { BBox, Page, ReadDocument } from '../core/page.js';
import type { DocumentReader, Logger, ReadOptions } from '../pipeline/ports.js';
import { detectFileType } from './file-type.adapter.js';
import {
  decodeImagePage,
  decodeRenderedPage,
  halfSizePng,
  inspectImage,
  OCR_DPI,
  renderImagePage,
  rgbaToPng,
  cropGray,
  rotateFree,
  rotateQuarter,
  straightenPng,
  toPgm,
  type GrayImage,
  type SourcePage,
} from './image-prep.adapter.js';
import { ocrPage, readingOrder, type ReadFrame } from './ocr-page.adapter.js';
import { OcrPool } from './ocr-pool.adapter.js';
import { prepareImage, StepTimes } from './page-plan.js';
import { MIN_TEXT_LAYER_CHARS, openPdf, type PdfFile } from './pdf-reader.adapter.js';

export interface ReaderOptions {
  /** tesseract workers (config ocr.workers, default = cores). */
  workers: number;
  /** TOO_MANY_PAGES above this. */
  maxPages: number;
  /** Per page; sharp limitInputPixels; IMAGE_TOO_LARGE. */
  maxPixels: number;
  /** OCR_TIMEOUT per page; a stuck worker is terminated and replaced. */
  pageTimeoutMs: number;
  /** Recycle the worker pool after this many OCR pages. */
  recycleAfterPages: number;
  /** FILE_TOO_LARGE. */
  maxFileBytes?: number;
  /** tesseract cachePath (inside the data dir) or null = no cache. */
  cacheDir?: string | null;
  /** Log only ids/counts/timings, never text. */
  logger?: Logger;
}

/** The reader as the configuration asks for it (`cacheDir`: tesseract's cache, none when not given). */
export function readerFor(config: Pick<Config, 'ocr'>, logger: Logger, cacheDir?: string): DocumentReader {
  return createDocumentReader({
    workers: config.ocr.workers,
    maxPages: config.ocr.maxPages,
    maxPixels: config.ocr.maxPixels,
    pageTimeoutMs: config.ocr.pageTimeoutMs,
    recycleAfterPages: config.ocr.recycleAfterPages,
    cacheDir,
    logger: logger.child({ component: 'reader' }),
  });
}

/** Pages turned by a quarter turn during the last reads, so renderPage shows what the boxes refer to. */
const TURN_CACHE_SIZE = 64;
/**
 * The images the last OCR pages were read from (~9 MB each at 300 dpi, a deskewed one a little more), kept
 * for the second reads (file-number lines, names) that follow the read: without them each page would be
 * decoded, prepared and turned again (a deskewing turn of a whole page alone takes ~0.2 s).
 */
const IMAGE_CACHE_SIZE = 4;

/**
 * The document reader: file bytes → pages with positioned words. PDF pages with a real text layer are read
 * without OCR; scanned PDF pages and images are prepared with sharp and read by a lazily started tesseract pool.
 */
export function createDocumentReader(options: ReaderOptions): DocumentReader {
  const pool = new OcrPool(options);
  const turns = new Map<string, Map<number, number>>();
  const logger = options.logger;
  const concurrency = Math.max(1, Math.floor(options.workers));

  // Scanned pages being prepared or read, over all documents read at once: one more than the OCR workers,
  // so a page is prepared while the workers read. Each holds its page images (a rendered PDF page: ~45 MB).
  const inFlight = limitConcurrency(concurrency + 1);

  const images = new Map<string, ReadFrame>();
  const keepImage = (key: string, pageNumber: number, image: ReadFrame) => {
    images.set(`${key}:${pageNumber}`, image);
    if (images.size > IMAGE_CACHE_SIZE) images.delete(images.keys().next().value as string);
  };

  const remember = (key: string, pageNumber: number, turn: number) => {
    let entry = turns.get(key);
    if (!entry) {
      entry = new Map();
      turns.set(key, entry);
      if (turns.size > TURN_CACHE_SIZE) turns.delete(turns.keys().next().value as string);
    }
    entry.set(pageNumber, turn);
  };

  const checkSize = (bytes: Buffer) => {
    if (options.maxFileBytes !== undefined && bytes.length > options.maxFileBytes) {
      throw new IntakeError(
        'FILE_TOO_LARGE',
        `Die Datei ist zu groß (${Math.ceil(bytes.length / 1048576)} MB, erlaubt sind ${Math.floor(options.maxFileBytes / 1048576)} MB).`,
      );
    }
  };

  /** 300 dpi, lowered for poster-sized pages so a rendered page stays within maxPixels. */
  function renderDpi(widthPt: number, heightPt: number): number {
    const squareInches = Math.max((widthPt / 72) * (heightPt / 72), 1e-6);
    const dpi = Math.min(OCR_DPI, Math.floor(Math.sqrt(options.maxPixels / squareInches)));
    if (dpi < 72) throw new IntakeError('IMAGE_TOO_LARGE', 'Eine PDF-Seite ist zu groß, um sie für die Texterkennung aufzubereiten.');
    return dpi;
  }

  /** A scanned PDF page rendered at OCR resolution, as a gray source page; its size is the PDF page's. */
  async function decodePdfPage(pdf: PdfFile, n: number, size: { widthPt: number; heightPt: number }): Promise<SourcePage> {
    const dpi = renderDpi(size.widthPt, size.heightPt);
    const rendered = await pdf.renderAtDpi(n, dpi);
    const decoded = await decodeRenderedPage(rendered.rgba, rendered.width, rendered.height, dpi);
    return { ...decoded, widthPt: size.widthPt, heightPt: size.heightPt };
  }

  /**
   * A scanned page: decoded and read within the in-flight limit; its turn and upright image are kept. The
   * page's steps and their times (ms) are logged (debug 'page read'; bench:ocr sums them).
   */
  function readScanned(key: string, n: number, decode: () => Promise<SourcePage>): Promise<Page> {
    pool.warmUp();
    return inFlight(async () => {
      const steps = new StepTimes();
      const source = await steps.time('decode', decode);
      const outcome = await ocrPage(pool, source, n, steps);
      remember(key, n, outcome.quarterTurn);
      keepImage(key, n, outcome.frame);
      const plan = outcome.plan;
      logger?.debug(
        {
          page: n,
          dpi: Math.round(source.dpi),
          bilevel: source.bilevel,
          ...(plan ? { measures: plan.measures, despeckle: plan.despeckle, destreak: plan.destreak, fillDropouts: plan.fillDropouts, flatten: plan.flatten, stretch: plan.stretch, scale: Math.round(plan.scale * 100) / 100 } : {}),
          turn: outcome.quarterTurn,
          keptPlain: outcome.keptPlain,
          confidence: Math.round(outcome.page.confidence * 100) / 100,
          steps: steps.ms,
        },
        'page read',
      );
      return outcome.page;
    });
  }

  /**
   * Cuts boxes (on the page as read) out of the image the page was read from and reads each on its own: a
   * small image per box, so no whole page is copied to a worker again. The image is the one kept from the
   * read, or the page prepared again and turned as it was for the read. `toPage` maps a pixel box of a
   * crop back to the page's 0..1 boxes.
   */
  async function readCrops<T>(
    bytes: Buffer,
    page: Page,
    boxes: BBox[],
    cache: { keepImage: boolean },
    read: (crop: GrayImage, toPage: (box: [number, number, number, number]) => BBox, dpi: number, index: number) => Promise<T | null>,
  ): Promise<(T | null)[]> {
    if (page.source !== 'ocr' || boxes.length === 0) return boxes.map(() => null);
    checkSize(bytes);
    const cached = `${hashOf(bytes)}:${page.number}`;
    let kept = images.get(cached);
    if (!cache.keepImage) images.delete(cached);
    if (!kept) {
      kept = await preparedAgain(bytes, page);
      if (cache.keepImage) keepImage(hashOf(bytes), page.number, kept);
    }
    const { frame, width, height, dx, dy, dpi } = kept;
    const readings: (T | null)[] = [];
    for (const [index, box] of boxes.entries()) {
      const rect = paddedRect(box, width, height);
      const crop = cropGray(frame, rect.left + dx, rect.top + dy, rect.width, rect.height);
      const toPage = (b: [number, number, number, number]): BBox => [
        (b[0] + rect.left) / width,
        (b[1] + rect.top) / height,
        (b[2] + rect.left) / width,
        (b[3] + rect.top) / height,
      ];
      readings.push(await read(crop, toPage, dpi, index));
    }
    return readings;
  }

  /** A page's image prepared again and turned as its read was: by its quarter turn, then against its skew. */
  async function preparedAgain(bytes: Buffer, page: Page): Promise<ReadFrame> {
    const turn = quarterTurnOf(page.rotation);
    let source: SourcePage;
    if (detectFileType(bytes) === 'application/pdf') {
      const pdf = await openPdf(bytes, options.maxPages);
      try {
        source = await decodePdfPage(pdf, page.number, await pdf.textPage(page.number));
      } finally {
        await pdf.close();
      }
    } else {
      source = await decodeImagePage(bytes, page.number - 1, options.maxPixels);
    }
    const prepared = await prepareImage(source);
    const upright = turn === 0 ? prepared : await rotateQuarter(prepared, turn);
    // A deskewed page: its boxes are in the frame tesseract turned by this angle about the centre.
    // sharp turns the same way on a larger canvas; the centre moves by half the growth.
    const deskew = Math.round((page.rotation - turn) * 10) / 10;
    const frame = deskew === 0 ? upright : await rotateFree(upright, deskew);
    return { frame, width: upright.width, height: upright.height, dx: (frame.width - upright.width) / 2, dy: (frame.height - upright.height) / 2, dpi: prepared.dpi };
  }

  async function readPdf(bytes: Buffer, key: string, signal: AbortSignal | undefined): Promise<Page[]> {
    const pdf = await openPdf(bytes, options.maxPages);
    try {
      return await mapPages(pdf.pageCount, concurrency, signal, async (n) => {
        const text = await pdf.textPage(n);
        if (text.wordChars >= MIN_TEXT_LAYER_CHARS) {
          return { number: n, widthPt: text.widthPt, heightPt: text.heightPt, source: 'text-layer', words: readingOrder(text.words), rotation: 0, confidence: 1 };
        }
        return readScanned(key, n, () => decodePdfPage(pdf, n, text));
      });
    } finally {
      await pdf.close();
    }
  }

  async function readImage(bytes: Buffer, key: string, signal: AbortSignal | undefined): Promise<Page[]> {
    const info = await inspectImage(bytes, options.maxPixels);
    if (info.pages > options.maxPages) {
      throw new IntakeError('TOO_MANY_PAGES', `Das Dokument hat ${info.pages} Seiten; erlaubt sind höchstens ${options.maxPages}.`);
    }
    return mapPages(info.pages, concurrency, signal, (n) => readScanned(key, n, () => decodeImagePage(bytes, n - 1, options.maxPixels)));
  }

  /** Quarter turn of a scanned page: from the last read, else asked from OSD. */
  async function turnOf(key: string, pageNumber: number, image: () => Promise<GrayImage>): Promise<number> {
    const known = turns.get(key)?.get(pageNumber);
    if (known !== undefined) return known;
    const orientation = await pool.detectOrientation(await halfSizePng(await image()));
    return orientation.confidence >= 2 ? orientation.degrees : 0;
  }

  async function renderPdfPage(pdf: PdfFile, key: string, pageNumber: number, widthPx: number, knownTurn: number | undefined): Promise<Buffer> {
    const text = await pdf.textPage(pageNumber);
    let turn = 0;
    if (text.wordChars < MIN_TEXT_LAYER_CHARS) {
      turn = knownTurn ?? (await turnOf(key, pageNumber, () => decodePdfPage(pdf, pageNumber, text)));
    }
    const rendered = await pdf.render(pageNumber, turn === 90 || turn === 270 ? Math.round((widthPx * text.widthPt) / text.heightPt) : widthPx);
    return rgbaToPng(rendered.rgba, rendered.width, rendered.height, turn);
  }

  return {
    async read(bytes: Buffer, readOptions: ReadOptions = {}): Promise<ReadDocument> {
      checkSize(bytes);
      const mimeType = detectFileType(bytes);
      const started = Date.now();
      const key = hashOf(bytes);
      const pages = mimeType === 'application/pdf' ? await readPdf(bytes, key, readOptions.signal) : await readImage(bytes, key, readOptions.signal);
      logger?.info(
        { mimeType, pages: pages.length, ocrPages: pages.filter((p) => p.source === 'ocr').length, ms: Date.now() - started },
        'document read',
      );
      return { mimeType, pages };
    },

    async renderPage(bytes: Buffer, pageNumber: number, widthPx: number, rotation?: number): Promise<Buffer> {
      checkSize(bytes);
      const mimeType = detectFileType(bytes);
      const key = hashOf(bytes);
      const width = Math.max(16, Math.min(6000, Math.round(widthPx)));
      const known = rotation === undefined ? undefined : quarterTurnOf(rotation);
      let png: Buffer;
      if (mimeType === 'application/pdf') {
        const pdf = await openPdf(bytes, options.maxPages);
        try {
          if (pageNumber < 1 || pageNumber > pdf.pageCount) throw pageMissing(pageNumber);
          png = await renderPdfPage(pdf, key, pageNumber, width, known);
        } finally {
          await pdf.close();
        }
      } else {
        const info = await inspectImage(bytes, options.maxPixels);
        if (pageNumber < 1 || pageNumber > info.pages) throw pageMissing(pageNumber);
        const turn = known ?? (await turnOf(key, pageNumber, () => decodeImagePage(bytes, pageNumber - 1, options.maxPixels)));
        png = await renderImagePage(bytes, pageNumber - 1, width, turn, options.maxPixels);
      }
      // A page read straightened: shown straightened the same way, in a frame of its size, as its boxes are.
      const deskew = rotation === undefined ? 0 : Math.round((rotation - known!) * 10) / 10;
      return deskew === 0 ? png : straightenPng(png, deskew);
    },

    async rereadWords(bytes: Buffer, page: Page, targets: { bbox: BBox; languages: readonly NameLanguage[] }[]): Promise<(Reread | null)[]> {
      // The names' second read is the last use of the page image: it leaves the cache.
      const boxes = targets.map((t) => t.bbox);
      return readCrops(bytes, page, boxes, { keepImage: false }, async (crop, _toPage, dpi, index) => {
        const byLanguage = await pool.recognizeRegion(toPgm(crop), { left: 0, top: 0, width: crop.width, height: crop.height }, dpi, targets[index]!.languages);
        const words = byLanguage.flatMap(({ lang, words }) => words.map((w) => ({ text: w.text, confidence: w.confidence, lang })));
        return words.length === 0 ? null : { words };
      });
    },

    async rereadLines(bytes: Buffer, page: Page, boxes: BBox[]): Promise<(LineReread | null)[]> {
      // The names may be read again after the lines: the page image stays cached for them.
      return readCrops(bytes, page, boxes, { keepImage: true }, async (crop, toPage, dpi) => {
        const words = await pool.recognizeLine(toPgm(crop), dpi);
        return words.length === 0 ? null : { words: words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: toPage(w.bbox) })) };
      });
    },

    async close(): Promise<void> {
      await pool.close();
    },
  };
}

/** The quarter turn (0, 90, 180, 270) within a page's rotation as read (the rest is deskewing). */
function quarterTurnOf(rotation: number): number {
  return (((Math.round(rotation / 90) * 90) % 360) + 360) % 360;
}

/** A word box in pixels with a margin of white around it (tesseract reads a word badly when cut tight). */
function paddedRect(box: BBox, width: number, height: number) {
  const h = (box[3] - box[1]) * height;
  const left = Math.max(0, Math.floor(box[0] * width - h * 0.5));
  const top = Math.max(0, Math.floor(box[1] * height - h * 0.3));
  const right = Math.min(width, Math.ceil(box[2] * width + h * 0.5));
  const bottom = Math.min(height, Math.ceil(box[3] * height + h * 0.3));
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

function pageMissing(pageNumber: number): IntakeError {
  return new IntakeError('INTERNAL', `Seite ${pageNumber} gibt es in diesem Dokument nicht.`);
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Runs the tasks given to it at most `limit` at a time, the others in the order they came. */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < limit) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // A waiting task takes over this one's place; otherwise the place is free.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** Runs `task` for pages 1..count with at most `limit` at once; checks `signal` before each page. */
async function mapPages(count: number, limit: number, signal: AbortSignal | undefined, task: (n: number) => Promise<Page>): Promise<Page[]> {
  const results: Page[] = new Array<Page>(count);
  let next = 1;
  let failed = false;
  const run = async () => {
    while (next <= count && !failed) {
      signal?.throwIfAborted();
      const n = next++;
      try {
        results[n - 1] = await task(n);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // allSettled: pages already in flight finish before the caller closes the PDF; then the first error wins.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, count) }, run));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
