/**
 * Looks at the data folder the way the service needs it: there, writable, with room left. Used at
 * start-up (a German message naming the folder and what to do) and while intake is paused by a
 * storage fault (the guard's re-check). The probe writes a small file of its own and removes it.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, statfs, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { IntakeError } from '../core/errors.js';
import type { StorageProbe } from '../pipeline/storage-guard.js';

const PROBE_BYTES = 16 * 1024;
const WRITTEN_FOLDERS = ['spool', 'originals', 'letters', 'pages', 'outbox', 'print'];

/** Free bytes for an unprivileged writer on the file system of `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const info = await statfs(dir);
  return Number(info.bavail) * Number(info.bsize);
}

/** Writes, syncs and removes a small file in `dir`; throws the file system's own error (ENOSPC, EROFS …). */
export async function writeProbe(dir: string): Promise<void> {
  const file = path.join(dir, `.storage-probe-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(file, 'wx');
    await handle.writeFile(Buffer.alloc(PROBE_BYTES, 0x20));
    await handle.sync();
  } finally {
    await handle?.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
  }
}

function noSpace(free: number, minFreeBytes: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`only ${free} bytes free, ${minFreeBytes} wanted`), { code: 'ENOSPC' });
}

/** The runtime probe: room above the reserve, a real write in the folder, a real write in the database. */
export function createStorageProbe(options: { dataDir: string; minFreeBytes: number; writeDatabase: () => void }): StorageProbe {
  return {
    async checkData() {
      const free = await freeBytes(options.dataDir);
      if (free < options.minFreeBytes) throw noSpace(free, options.minFreeBytes);
      await writeProbe(options.dataDir);
      // The folders the pipeline writes into must take new entries too (permissions may differ there).
      for (const sub of WRITTEN_FOLDERS) {
        await access(path.join(options.dataDir, sub), constants.W_OK | constants.X_OK).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      }
      options.writeDatabase();
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;

/**
 * Start-up check of the data folder. A missing folder is created only when `createIfMissing` (the
 * built-in default ./data of a first start); a configured folder that is missing is more likely an
 * unmounted drive, and a fresh empty store there would hide the real one.
 */
export async function checkDataFolder(dataDir: string, options: { minFreeBytes: number; createIfMissing: boolean }): Promise<void> {
  const info = await stat(dataDir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (!info && options.createIfMissing) {
    await mkdir(dataDir, { recursive: true });
  } else if (!info || !info.isDirectory()) {
    throw new IntakeError(
      'DATA_DIR_MISSING',
      `Der Datenordner ${dataDir} fehlt. Ist das Laufwerk eingehängt? Bei einer neuen Einrichtung den Ordner anlegen ` +
        `(mkdir -p ${dataDir}, Eigentümer: der Dienstbenutzer) oder eine Sicherung zurückspielen (intake restore --from <Sicherung>).`,
    );
  }
  try {
    await writeProbe(dataDir);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new IntakeError('DATA_DIR_FULL', `Der Datenordner ${dataDir} ist voll (${code}). Bitte auf diesem Datenträger Platz schaffen oder ihn vergrößern, dann den Dienst neu starten.`, { cause });
    }
    throw new IntakeError(
      'DATA_DIR_READ_ONLY',
      `In den Datenordner ${dataDir} kann nicht geschrieben werden (${code}). Bitte prüfen, ob der Datenträger schreibbar eingehängt ist ` +
        `und der Dienstbenutzer Schreibrechte hat (z. B. chown -R <dienstbenutzer> ${dataDir}), dann den Dienst neu starten.`,
      { cause },
    );
  }
  const free = await freeBytes(dataDir);
  if (free < options.minFreeBytes) {
    throw new IntakeError(
      'DATA_DIR_FULL',
      `Auf dem Datenträger des Datenordners ${dataDir} sind nur ${mb(free)} frei, mindestens ${mb(options.minFreeBytes)} werden gebraucht ` +
        `(INTAKE_MIN_FREE_MB). Bitte Platz schaffen oder den Datenträger vergrößern, dann den Dienst neu starten.`,
    );
  }
}
