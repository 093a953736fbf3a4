/**
 * Ports: what the pipeline needs from the outside world, as types only.
 * Adapters (src/adapters) and repositories (src/db) implement them; only main.ts wires them.
 */
import type { NameLanguage, Reread } from '../core/extract/foreign-letters.js';
import type { LineReread } from '../core/extract/line-reread.js';
import type { BBox, Page, ReadDocument } from '../core/page.js';

export interface ReadOptions {
  /** Called between pages so a shutdown can stop a long document. */
  signal?: AbortSignal;
}

/** Turns a file's bytes into pages with positioned words (text layer or OCR). */
export interface DocumentReader {
  read(bytes: Buffer, options?: ReadOptions): Promise<ReadDocument>;
  /**
   * Renders one page as PNG for the review UI (1-based page number, width in pixels). `rotation` is the page's
   * rotation as read (Page.rotation): the image is turned and straightened by it, so the word boxes fit.
   * Without it the quarter turn comes from the last read or orientation detection, and no skew is corrected.
   */
  renderPage(bytes: Buffer, page: number, widthPx: number, rotation?: number): Promise<Buffer>;
  /**
   * Reads words of an OCR page again with models that know letters outside German (ş ı ğ ç ł ą ś ń ó ă ț č đ é …).
   * `page` is the page as read; each word has a page-relative box on it and the name languages to read it
   * with; one reading per word (null: none).
   */
  rereadWords?(bytes: Buffer, page: Page, words: { bbox: BBox; languages: readonly NameLanguage[] }[]): Promise<(Reread | null)[]>;
  /**
   * Reads lines of an OCR page again, each cut out and read on its own as a single line with the page model.
   * Boxes as for rereadWords; the words read come back with boxes on the page.
   */
  rereadLines?(bytes: Buffer, page: Page, boxes: BBox[]): Promise<(LineReread | null)[]>;
  close(): Promise<void>;
}

/** Finds separator sheets of a batch scan: pages that carry the configured code (QR). */
export interface SeparatorFinder {
  /** Looks only at the given pages (1-based) of the file and returns those that are separator sheets. */
  find(bytes: Buffer, pages: number[]): Promise<Set<number>>;
}

/** The slice of pino the pipeline uses (child loggers carry { docId, stage }). */
export interface Logger {
  child(bindings: Record<string, unknown>): Logger;
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
  debug(obj: Record<string, unknown>, msg?: string): void;
}

export type Clock = () => Date;

/** Files under the data dir and the failed folder. Paths returned are absolute. */
export interface FileStore {
  readSpool(spoolPath: string): Promise<Buffer>;
  /** Keeps the original content-addressed by sha256 (idempotent). */
  keepOriginal(sha256: string, bytes: Buffer, extension: string): Promise<string>;
  /** Removes a spool entry once the store has committed. */
  releaseSpool(spoolPath: string): Promise<void>;
  /** Moves a spooled file to the failed folder with a German `.error.txt`; returns the new path. */
  moveToFailed(spoolPath: string, originalName: string, errorText: string): Promise<string>;
  writeLetter(caseId: string, name: string, pdf: Buffer): Promise<string>;
  /** A combined print job (several letters in one PDF) under the data dir's print folder. */
  writePrintJob(name: string, pdf: Buffer): Promise<string>;
}

/** What the letter stage hands to the letter maker: case data, no file numbers of the court. */
export interface LetterModel {
  caseId: string;
  /** ISO date of the letter. */
  date: string;
  tenants: { name: string; birthDate: string | null }[];
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  court: string | null;
}

/** `contentJson` is the typeset content, kept with the letter so a print run reproduces it exactly. */
export type LetterOutcome = { ok: true; pdf: Buffer; contentJson: string } | { ok: false; missing: string[] };

/** Templates + PDF rendering behind one call (adapters/letter-maker). */
export interface LetterMaker {
  variants(): string[];
  /** Reads the templates again (after an admin saved one); a broken set keeps the old one and throws. */
  reload?(): Promise<void>;
  /** True while the sender is still the example of a fresh install: letters made now carry a draft mark. */
  draft(): boolean;
  make(model: LetterModel, variant: string): Promise<LetterOutcome>;
  /** One PDF of several letters (each starting on a new page), from their stored `contentJson`. */
  combine(contentJsons: string[]): Promise<Buffer>;
}
