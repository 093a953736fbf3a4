import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { packageRoot } from '../config/load-config.js';
import { IntakeError } from '../core/errors.js';
import { NAME_LANGUAGES, type NameLanguage } from '../core/extract/foreign-letters.js';
import type { Logger } from '../pipeline/ports.js';

const require = createRequire(import.meta.url);
/** Language data shipped as npm packages (`.traineddata.gz`): nothing is downloaded at run time. */
const DEU_LANG_PATH = path.join(path.dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int');
/** OSD runs on the legacy engine; its data lives in the package's `4.0.0` folder. */
const OSD_LANG_PATH = path.join(path.dirname(require.resolve('@tesseract.js-data/osd/package.json')), '4.0.0');
/**
 * The name languages (NAME_LANGUAGES, foreign-letters.ts) read tenants' names a second time: their models
 * know the letters the German model cannot output (ş ç ğ ı of Turkish; ł ą ę ś ń ź ż of Polish; ă ș ț of
 * Romanian; č ć đ š ž of Croatian; é è ç ï of French). Each is an npm package under @tesseract.js-data and gets
 * a worker of its own: a worker with both "tur+pol" let the first language's reading win on ties and gave
 * "Dabrowska" where Polish alone reads "Dąbrowska"; the other order lost "Koç".
 */

/** Our worker thread script: tesseract.js' own, plus a garbage collection after each page (see the file). */
const WORKER_SCRIPT = path.join(packageRoot(), 'src', 'adapters', 'ocr-worker.cjs');

const nameLangPath = (lang: NameLanguage) => path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int');
const WORKER_START_TIMEOUT_MS = 60_000;

export interface OcrPoolOptions {
  workers: number;
  pageTimeoutMs: number;
  recycleAfterPages: number;
  cacheDir?: string | null;
  logger?: Logger;
}

/** Pixel box [x0, y0, x1, y1] in the image handed to tesseract. */
export type PixelBox = [number, number, number, number];

export interface OcrWord {
  text: string;
  bbox: PixelBox;
  /** 0..1 */
  confidence: number;
}

export interface OcrLine {
  words: OcrWord[];
  bbox: PixelBox;
  /** dy/dx of the baseline: > 0 when the line runs downhill to the right. */
  slope: number;
}

/** A pixel rectangle of the image handed to tesseract (after `rotateRadians` is applied). */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Orientation {
  /** Clockwise turn that makes the page upright. */
  degrees: 0 | 90 | 180 | 270;
  confidence: number;
}

interface Slot {
  id: number;
  worker: Promise<Worker> | null;
  /** The user_defined_dpi the worker was last set to. */
  dpi?: number;
  busy: boolean;
  retire: boolean;
  /** Rejects the job running on this slot (set while one runs). */
  cancel?: (error: IntakeError) => void;
}

interface Waiter {
  resolve: (slot: Slot) => void;
  reject: (error: IntakeError) => void;
}

const closedError = () => new IntakeError('OCR_FAILED', 'Die Texterkennung wurde beendet (Dienst fährt herunter). Die Datei wird erneut versucht.');

/**
 * A fixed pool of long-lived tesseract.js workers (German, LSTM), started on first use, recycled after
 * `recycleAfterPages` pages (wasm memory only grows), with a hard per-page time limit: a worker that
 * overruns is terminated (its thread is killed) and replaced on the next page. A separate single
 * legacy-engine worker answers orientation questions (OSD); it is only started when a page needs it and
 * ends when no other page waits for it.
 *
 * Our own small pool instead of tesseract.js' Scheduler: the scheduler cannot drop one stuck worker.
 */
export class OcrPool {
  private readonly slots: Slot[];
  private readonly waiters: Waiter[] = [];
  private readonly osd: Slot = { id: -1, worker: null, busy: false, retire: false };
  private readonly osdWaiters: Waiter[] = [];
  /** One worker per name language, each with its own queue. */
  private readonly names = NAME_LANGUAGES.map((lang, i) => ({ lang, slot: { id: -2 - i, worker: null, busy: false, retire: false } as Slot, waiters: [] as Waiter[] }));
  private pagesSinceRecycle = 0;
  private closed = false;

  constructor(private readonly options: OcrPoolOptions) {
    const count = Math.max(1, Math.floor(options.workers));
    this.slots = Array.from({ length: count }, (_, id) => ({ id, worker: null, busy: false, retire: false }));
  }

  private started = 0;

  /** How many workers were started so far, recycled and replaced ones included (text-layer PDFs start none). */
  get startedWorkers(): number {
    return this.started;
  }

  /**
   * Starts a page worker now, when none runs, without waiting for it: called when a scanned page is found, so
   * the worker loads its model while the page is decoded and measured. Nothing starts for text-layer PDFs.
   */
  warmUp(): void {
    const idle = this.slots.find((slot) => !slot.worker && !slot.busy);
    if (!idle || this.closed) return;
    void this.workerOf(idle, () => this.startOcrWorker(idle.id)).catch(() => undefined);
  }

  /**
   * OCR of one page image (PGM, PNG or JPEG bytes) with PSM 3 (automatic layout), tesseract told the image's
   * resolution `dpi` (its layout filters are sized by it); lines in tesseract's reading order.
   */
  async recognize(image: Buffer, dpi: number, rotateRadians = 0): Promise<OcrLine[]> {
    const slot = await this.acquire(this.slots, this.waiters);
    try {
      const worker = await this.workerOf(slot, () => this.startOcrWorker(slot.id));
      if (this.closed) throw closedError();
      await this.withTimeout(slot, this.setDpi(slot, worker, dpi));
      const started = Date.now();
      const result = await this.withTimeout(slot, worker.recognize(image, { rotateRadians }, { blocks: true, text: false }));
      this.options.logger?.debug({ worker: slot.id, ms: Date.now() - started }, 'ocr page');
      this.countPage();
      return toLines(result.data.blocks ?? []);
    } finally {
      this.release(slot, this.waiters);
    }
  }

  /**
   * Reads a cut-out line of a page again with the page model as a single line (PSM 7), on a page worker:
   * for a line the page's layout analysis garbled. The worker is set back to PSM 3 before it reads a page;
   * a worker that cannot be set back is replaced. Not counted as a page for recycling.
   */
  async recognizeLine(image: Buffer, dpi: number): Promise<OcrWord[]> {
    const slot = await this.acquire(this.slots, this.waiters);
    try {
      const worker = await this.workerOf(slot, () => this.startOcrWorker(slot.id));
      if (this.closed) throw closedError();
      try {
        const reading = (async () => {
          await this.setDpi(slot, worker, dpi);
          await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE });
          return worker.recognize(image, {}, { blocks: true, text: false });
        })();
        const result = await this.withTimeout(slot, reading);
        return toLines(result.data.blocks ?? []).flatMap((line) => line.words);
      } finally {
        // A worker that timed out is gone already (slot.worker null); nothing to set back.
        if (slot.worker) {
          await this.withTimeout(slot, worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO })).catch(() => {
            slot.retire = true;
          });
        }
      }
    } finally {
      this.release(slot, this.waiters);
    }
  }

  /**
   * Reads one small region of a page image again (as a single line) with each of the name languages asked
   * for, in NAME_LANGUAGES order: one reading per language. Their workers are started on first use and
   * recycled with the others.
   */
  async recognizeRegion(image: Buffer, rectangle: PixelRect, dpi: number, languages: readonly NameLanguage[]): Promise<{ lang: NameLanguage; words: OcrWord[] }[]> {
    const readings: { lang: NameLanguage; words: OcrWord[] }[] = [];
    const asked = this.names.filter((n) => languages.includes(n.lang));
    // The languages asked read the region: their workers start together (each ~0.5 s), not one after the other.
    for (const { lang, slot } of asked) {
      if (!slot.worker && !slot.busy && !this.closed) void this.workerOf(slot, () => this.startNamesWorker(lang)).catch(() => undefined);
    }
    for (const { lang, slot: nameSlot, waiters } of asked) {
      const slot = await this.acquire([nameSlot], waiters);
      try {
        const worker = await this.workerOf(slot, () => this.startNamesWorker(lang));
        if (this.closed) throw closedError();
        await this.withTimeout(slot, this.setDpi(slot, worker, dpi));
        const result = await this.withTimeout(slot, worker.recognize(image, { rectangle }, { blocks: true, text: false }));
        readings.push({ lang, words: toLines(result.data.blocks ?? []).flatMap((line) => line.words) });
      } finally {
        this.release(slot, waiters);
      }
    }
    return readings;
  }

  /** Orientation and script detection on a (reduced) page image. */
  async detectOrientation(image: Buffer): Promise<Orientation> {
    const slot = await this.acquire([this.osd], this.osdWaiters);
    try {
      const worker = await this.workerOf(slot, () => this.startOsdWorker());
      if (this.closed) throw closedError();
      const result = await this.withTimeout(slot, worker.detect(image));
      const degrees = result.data.orientation_degrees;
      const confidence = result.data.orientation_confidence ?? 0;
      return { degrees: degrees === 90 || degrees === 180 || degrees === 270 ? degrees : 0, confidence };
    } finally {
      // Few pages need OSD, and its legacy-engine worker held ~100 MB for good: it goes when no page waits
      // for it, and the next turned page starts it again (~0.3 s).
      if (this.osdWaiters.length === 0) slot.retire = true;
      this.release(slot, this.osdWaiters);
    }
  }

  /** Terminates every worker; pages still running or waiting fail with OCR_FAILED instead of hanging. */
  async close(): Promise<void> {
    this.closed = true;
    const nameWaiters = this.names.flatMap((n) => n.waiters.splice(0));
    for (const waiter of [...this.waiters.splice(0), ...this.osdWaiters.splice(0), ...nameWaiters]) waiter.reject(closedError());
    const all = [...this.slots, this.osd, ...this.names.map((n) => n.slot)];
    for (const slot of all) slot.cancel?.(closedError());
    await Promise.all(all.map((slot) => this.terminate(slot)));
  }

  private async acquire(slots: Slot[], waiters: Waiter[]): Promise<Slot> {
    if (this.closed) throw closedError();
    const idle = slots.find((slot) => !slot.busy);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    return new Promise<Slot>((resolve, reject) => waiters.push({ resolve, reject }));
  }

  private release(slot: Slot, waiters: Waiter[]): void {
    if (slot.retire) {
      slot.retire = false;
      void this.terminate(slot);
    }
    const next = waiters.shift();
    if (next) {
      // Hand the slot straight to the next page: it stays busy.
      next.resolve(slot);
      return;
    }
    slot.busy = false;
  }

  private nextToRetire = 0;

  /**
   * Recycling is staggered: every recycleAfterPages / workers pages one worker (in turn) is replaced, so
   * each still lives about recycleAfterPages pages of the pool, but never are all replaced at once (a new
   * worker grows its memory before the old one's is given back: all at once was the RSS peak).
   */
  private countPage(): void {
    this.pagesSinceRecycle += 1;
    if (this.pagesSinceRecycle < Math.max(1, Math.round(this.options.recycleAfterPages / this.slots.length))) return;
    this.pagesSinceRecycle = 0;
    const slot = this.slots[this.nextToRetire % this.slots.length]!;
    slot.retire = true;
    // The orientation and name workers go with the first worker's turn.
    if (this.nextToRetire % this.slots.length === 0) {
      for (const other of [this.osd, ...this.names.map((n) => n.slot)]) {
        if (!other.busy) void this.terminate(other);
        other.retire = other.busy;
      }
    }
    this.nextToRetire += 1;
    this.options.logger?.info({ worker: slot.id }, 'ocr worker recycled');
  }

  /** Tells the slot's worker the resolution of the next image, when it differs from the last. */
  private async setDpi(slot: Slot, worker: Worker, dpi: number): Promise<void> {
    const value = Math.round(Math.min(1200, Math.max(70, dpi)));
    if (slot.dpi === value) return;
    await worker.setParameters({ user_defined_dpi: String(value) });
    slot.dpi = value;
  }

  private async workerOf(slot: Slot, start: () => Promise<Worker>): Promise<Worker> {
    if (!slot.worker) {
      slot.dpi = undefined;
      const starting = start();
      slot.worker = starting;
      starting.catch(() => {
        if (slot.worker === starting) slot.worker = null;
      });
    }
    return slot.worker;
  }

  private async withTimeout<T>(slot: Slot, job: Promise<T>): Promise<T> {
    job.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      slot.cancel = reject;
      timer = setTimeout(() => {
        this.options.logger?.warn({ worker: slot.id, timeoutMs: this.options.pageTimeoutMs }, 'ocr page timed out; worker replaced');
        void this.terminate(slot);
        reject(new IntakeError('OCR_TIMEOUT', `Die Texterkennung einer Seite hat länger als ${Math.round(this.options.pageTimeoutMs / 1000)} s gedauert und wurde abgebrochen.`));
      }, this.options.pageTimeoutMs);
    });
    try {
      return await Promise.race([job, timeout]);
    } catch (error) {
      if (error instanceof IntakeError) throw error;
      throw new IntakeError('OCR_FAILED', 'Die Texterkennung ist fehlgeschlagen. Die Datei wird erneut versucht.', { cause: error });
    } finally {
      clearTimeout(timer);
      slot.cancel = undefined;
    }
  }

  private async terminate(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    if (!worker) return;
    try {
      await (await worker).terminate();
    } catch {
      // A worker that failed to start has nothing to terminate.
    }
  }

  private workerOptions(langPath: string, extra: Record<string, unknown> = {}) {
    const cacheDir = this.options.cacheDir;
    return {
      langPath,
      workerPath: WORKER_SCRIPT,
      gzip: true,
      cacheMethod: cacheDir ? 'write' : 'none',
      ...(cacheDir ? { cachePath: cacheDir } : {}),
      // Without an errorHandler a failing worker throws inside tesseract.js' message handler (#1075).
      errorHandler: (error: unknown) => this.options.logger?.error({ err: String(error).slice(0, 200) }, 'ocr worker error'),
      ...extra,
    };
  }

  private async startOcrWorker(id: number): Promise<Worker> {
    const started = Date.now();
    const worker = await startWithin(createWorker('deu', OEM.LSTM_ONLY, this.workerOptions(DEU_LANG_PATH)));
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, debug_file: '/dev/null' });
    this.started += 1;
    this.options.logger?.debug({ worker: id, ms: Date.now() - started }, 'ocr worker started');
    return worker;
  }

  private async startNamesWorker(lang: NameLanguage): Promise<Worker> {
    const started = Date.now();
    const worker = await startWithin(createWorker(lang, OEM.LSTM_ONLY, this.workerOptions(nameLangPath(lang))));
    // debug_file: on an empty crop tesseract prints its statistics to stdout, where our JSON logs go.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, debug_file: '/dev/null' });
    this.started += 1;
    this.options.logger?.debug({ worker: lang, ms: Date.now() - started }, 'ocr worker started');
    return worker;
  }

  private async startOsdWorker(): Promise<Worker> {
    const worker = await startWithin(
      createWorker('osd', OEM.TESSERACT_ONLY, this.workerOptions(OSD_LANG_PATH, { legacyCore: true, legacyLang: true })),
    );
    // debug_file: on a near-empty page OSD prints "Too few characters. Skipping this page" to stderr.
    await worker.setParameters({ debug_file: '/dev/null' });
    this.started += 1;
    return worker;
  }
}

async function startWithin(starting: Promise<Worker>): Promise<Worker> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('worker start timed out')), WORKER_START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([starting, timeout]);
  } catch (error) {
    starting.then((w) => w.terminate()).catch(() => undefined);
    throw new IntakeError('OCR_FAILED', 'Die Texterkennung konnte nicht gestartet werden (Sprachdaten prüfen).', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; confidence: number; bbox: Box }[]; bbox: Box; baseline: Box }[] }[];
}
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function toLines(blocks: TesseractBlock[]): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words
          .filter((word) => word.text.trim() !== '')
          .map((word) => ({
            text: word.text.trim(),
            bbox: [word.bbox.x0, word.bbox.y0, word.bbox.x1, word.bbox.y1] as PixelBox,
            confidence: Math.min(1, Math.max(0, word.confidence / 100)),
          }));
        if (words.length === 0) continue;
        const dx = line.baseline.x1 - line.baseline.x0;
        lines.push({
          words,
          bbox: [line.bbox.x0, line.bbox.y0, line.bbox.x1, line.bbox.y1],
          slope: dx > 0 ? (line.baseline.y1 - line.baseline.y0) / dx : 0,
        });
      }
    }
  }
  return lines;
}
