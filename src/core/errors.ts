import { STORAGE_MESSAGES, storageFaultOf } from './storage-fault.js';

/**
 * The one error type of the project. `code` is stable (shown to staff, written to
 * `.error.txt`, matched by tests); `message` is German and never carries social data
 * (no names, addresses, file numbers) — only ids and hashes.
 */
export type IntakeErrorKind =
  /** Bad settings: fatal at start-up. */
  | 'config'
  /** The input itself is unusable: do not retry. */
  | 'input'
  /** A passing cause (timeout, disk full, busy): retry with backoff, bounded. */
  | 'transient'
  /** A bug or an unexpected state. */
  | 'internal'
  /**
   * The server's own storage failed (disk full, read-only, I/O error, database locked or full): not the
   * file's fault. Intake pauses, every file stays where it is, and nothing counts as an attempt.
   */
  | 'storage';

export const ERROR_CODES = {
  CONFIG_INVALID: 'config',
  TEMPLATE_INVALID: 'config',
  EMPTY_FILE: 'input',
  UNSUPPORTED_TYPE: 'input',
  CORRUPT_FILE: 'input',
  ENCRYPTED_PDF: 'input',
  TOO_MANY_PAGES: 'input',
  IMAGE_TOO_LARGE: 'input',
  FILE_TOO_LARGE: 'input',
  NOT_A_FILE: 'input',
  FILE_VANISHED: 'input',
  LETTER_DATA_MISSING: 'input',
  OCR_TIMEOUT: 'transient',
  OCR_FAILED: 'transient',
  IO_ERROR: 'transient',
  INTERNAL: 'internal',
  /** Start-up checks of the data folder and the database (fatal: the service does not start). */
  DATA_DIR_MISSING: 'config',
  DATA_DIR_READ_ONLY: 'config',
  DATA_DIR_FULL: 'config',
  DATABASE_CORRUPT: 'config',
  /** intake backup / restore: a backup that does not verify, a restore into a folder that is not empty. */
  BACKUP_INVALID: 'input',
  RESTORE_TARGET_NOT_EMPTY: 'input',
  /** Storage faults while running (see storage-fault.ts for which errno and SQLite codes they stand for). */
  STORAGE_FULL: 'storage',
  STORAGE_READ_ONLY: 'storage',
  STORAGE_DENIED: 'storage',
  STORAGE_IO: 'storage',
  STORAGE_BUSY: 'storage',
  STORAGE_CORRUPT: 'storage',
} as const satisfies Record<string, IntakeErrorKind>;

export type IntakeErrorCode = keyof typeof ERROR_CODES;

export class IntakeError extends Error {
  readonly code: IntakeErrorCode;
  readonly kind: IntakeErrorKind;

  constructor(code: IntakeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IntakeError';
    this.code = code;
    this.kind = ERROR_CODES[code];
  }

  get retryable(): boolean {
    return this.kind === 'transient';
  }

  /** A fault of the server's storage: pause and wait, never fail the file for it. */
  get storageFault(): boolean {
    return this.kind === 'storage';
  }
}

export function isIntakeError(error: unknown): error is IntakeError {
  return error instanceof IntakeError;
}

/** Wraps anything thrown into an IntakeError without leaking its (possibly personal) text. */
export function toIntakeError(error: unknown): IntakeError {
  if (isIntakeError(error)) return error;
  const storage = storageFaultOf(error);
  if (storage) return new IntakeError(storage, STORAGE_MESSAGES[storage], { cause: error });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EMFILE' || code === 'EBUSY' || code === 'EAGAIN') {
    return new IntakeError('IO_ERROR', `Vorübergehender Dateisystemfehler (${code}). Die Datei wird erneut versucht.`, { cause: error });
  }
  if (code === 'ENOENT') {
    return new IntakeError('FILE_VANISHED', 'Die Datei wurde entfernt, bevor sie verarbeitet werden konnte.', { cause: error });
  }
  return new IntakeError('INTERNAL', 'Interner Fehler bei der Verarbeitung. Bitte die Protokolle (Dokument-ID) prüfen.', { cause: error });
}
