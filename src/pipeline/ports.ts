/**
 * Ports: what the pipeline needs from the outside world, as types only.
 * Adapters (src/adapters) and repositories (src/db) implement them; only main.ts wires them.
 */
import type { ReadDocument } from '../core/page.js';

export interface ReadOptions {
  /** Called between pages so a shutdown can stop a long document. */
  signal?: AbortSignal;
}

/** Turns a file's bytes into pages with positioned words (text layer or OCR). */
export interface DocumentReader {
  read(bytes: Buffer, options?: ReadOptions): Promise<ReadDocument>;
  /** Renders one page as PNG for the review UI (1-based page number, width in pixels). */
  renderPage(bytes: Buffer, page: number, widthPx: number): Promise<Buffer>;
  close(): Promise<void>;
}
