import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../pipeline/ports.js';

/**
 * mkdir -p that reports why it failed: Node's recursive form answers ENOENT on a read-only file system
 * (measured on Linux, Node 20), which reads as a missing file rather than the read-only disk it is;
 * the plain mkdir of the last folder then gives the real reason (EROFS, EACCES, ENOSPC).
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir).catch((plain: NodeJS.ErrnoException) => {
      throw plain.code === 'ENOENT' ? error : plain;
    });
  }
}

/** Writes a file so that a crash leaves either the old or the new content: temp file, fsync, rename. */
export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  await ensureDir(path.dirname(target));
  // Unique per call: two writers of the same target must not share (and steal) one temp file.
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    // A full disk must not be left fuller by half-written temp files.
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Moves a file, also across file systems (a network share and a local data dir): rename, else copy + unlink. */
export async function moveFile(from: string, to: string): Promise<void> {
  await ensureDir(path.dirname(to));
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
    const handle = await open(to, 'r');
    await handle.sync();
    await handle.close();
    await unlink(from);
  }
}

/** A free name in `dir` for `name`: "scan.pdf", then "scan (2).pdf", "scan (3).pdf" … */
export async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      const handle = await open(candidate, 'wx');
      await handle.close();
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A file name safe in a folder: no path separators, control characters, leading dots or dashes. */
export function safeBaseName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const cleaned = base.replace(/[\u0000-\u001f\u007f/]/g, '_').replace(/^[.\-\s]+/, '').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 200) : 'datei';
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class FsFileStore implements FileStore {
  constructor(private readonly dirs: { dataDir: string; failedDir: string }) {}

  get originalsDir(): string {
    return path.join(this.dirs.dataDir, 'originals');
  }

  get lettersDir(): string {
    return path.join(this.dirs.dataDir, 'letters');
  }

  get printDir(): string {
    return path.join(this.dirs.dataDir, 'print');
  }

  async readSpool(spoolPath: string): Promise<Buffer> {
    return readFile(spoolPath);
  }

  async keepOriginal(sha256: string, bytes: Buffer, extension: string): Promise<string> {
    const target = path.join(this.originalsDir, sha256.slice(0, 2), `${sha256}.${extension}`);
    try {
      const existing = await readFile(target);
      if (sha256Of(existing) === sha256) return target;
    } catch {
      // not there yet
    }
    await writeFileAtomic(target, bytes);
    return target;
  }

  async releaseSpool(spoolPath: string): Promise<void> {
    await rm(path.dirname(spoolPath), { recursive: true, force: true });
  }

  async moveToFailed(spoolPath: string, originalName: string, errorText: string): Promise<string> {
    await ensureDir(this.dirs.failedDir);
    const target = await freeName(this.dirs.failedDir, safeBaseName(originalName));
    try {
      // The reason first: if even that cannot be written, the file stays in the spool and nothing is half moved.
      await writeFileAtomic(`${target}.error.txt`, errorText);
      await moveFile(spoolPath, target).catch(async (error: NodeJS.ErrnoException) => {
        // freeName reserved the name with an empty file; rename over it is fine, copy with EXCL is not.
        if (error.code === 'EEXIST') {
          await unlink(target);
          await moveFile(spoolPath, target);
        } else throw error;
      });
    } catch (error) {
      await unlink(`${target}.error.txt`).catch(() => undefined);
      await removeReservation(target, spoolPath);
      throw error;
    }
    await rm(path.dirname(spoolPath), { recursive: true, force: true });
    return target;
  }

  async writeLetter(caseId: string, name: string, pdf: Buffer): Promise<string> {
    const target = path.join(this.lettersDir, caseId, `${caseId}-${name}.pdf`);
    await writeFileAtomic(target, pdf);
    return target;
  }

  async writePrintJob(name: string, pdf: Buffer): Promise<string> {
    const target = path.join(this.printDir, `${name}.pdf`);
    await writeFileAtomic(target, pdf);
    return target;
  }
}

/** Removes a name reserved by freeName once a move into it failed (only while the source is still there). */
async function removeReservation(target: string, source: string): Promise<void> {
  const sourceThere = await stat(source).then(() => true, () => false);
  if (sourceThere) await unlink(target).catch(() => undefined);
}

export async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

