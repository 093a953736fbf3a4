/**
 * Which errors are faults of the server's storage rather than of a file: a full or read-only disk, an I/O
 * error, missing permissions on the data folder, a database that is full, locked beyond its busy timeout,
 * or damaged. They pause intake (see pipeline/storage-guard.ts); they never fail a document.
 *
 * Node's fs errors carry an errno name in `code` (ENOSPC …); better-sqlite3's SqliteError carries the
 * extended result code there (SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT …).
 */
export type StorageFaultCode = 'STORAGE_FULL' | 'STORAGE_READ_ONLY' | 'STORAGE_DENIED' | 'STORAGE_IO' | 'STORAGE_BUSY' | 'STORAGE_CORRUPT';

const ERRNO: Record<string, StorageFaultCode> = {
  ENOSPC: 'STORAGE_FULL',
  EDQUOT: 'STORAGE_FULL',
  EFBIG: 'STORAGE_FULL',
  EROFS: 'STORAGE_READ_ONLY',
  EACCES: 'STORAGE_DENIED',
  EPERM: 'STORAGE_DENIED',
  EIO: 'STORAGE_IO',
  ESTALE: 'STORAGE_IO',
  ENOTCONN: 'STORAGE_IO',
};

/** Primary SQLite result codes (the part of an extended code before its second underscore). */
const SQLITE: Record<string, StorageFaultCode> = {
  SQLITE_FULL: 'STORAGE_FULL',
  SQLITE_READONLY: 'STORAGE_READ_ONLY',
  SQLITE_PERM: 'STORAGE_DENIED',
  SQLITE_CANTOPEN: 'STORAGE_DENIED',
  SQLITE_IOERR: 'STORAGE_IO',
  SQLITE_BUSY: 'STORAGE_BUSY',
  SQLITE_LOCKED: 'STORAGE_BUSY',
  SQLITE_CORRUPT: 'STORAGE_CORRUPT',
  SQLITE_NOTADB: 'STORAGE_CORRUPT',
};

export const STORAGE_MESSAGES: Record<StorageFaultCode, string> = {
  STORAGE_FULL: 'Der Speicher des Datenordners ist voll. Die Verarbeitung pausiert, bis wieder Platz ist; keine Datei geht verloren.',
  STORAGE_READ_ONLY: 'Der Datenordner ist schreibgeschützt. Die Verarbeitung pausiert, bis er wieder beschreibbar ist; keine Datei geht verloren.',
  STORAGE_DENIED: 'Dem Dienst fehlen Schreibrechte im Datenordner. Die Verarbeitung pausiert, bis die Rechte stimmen; keine Datei geht verloren.',
  STORAGE_IO: 'Lese- oder Schreibfehler des Datenträgers. Die Verarbeitung pausiert, bis der Datenträger wieder arbeitet; keine Datei geht verloren.',
  STORAGE_BUSY: 'Die Datenbank ist länger als erlaubt gesperrt. Die Verarbeitung pausiert und wird danach fortgesetzt; keine Datei geht verloren.',
  STORAGE_CORRUPT: 'Die Datenbank meldet Schäden. Die Verarbeitung pausiert; bitte die IT informieren (Wiederherstellung aus der Sicherung, siehe README).',
};

export function storageFaultOf(error: unknown): StorageFaultCode | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_')) {
    const primary = code.split('_').slice(0, 2).join('_');
    return SQLITE[primary] ?? null;
  }
  return ERRNO[code] ?? null;
}
