/**
 * Backups of a running service and their restore. A backup is a folder `intake-backup-<time>` with
 * the database (a consistent copy, see db/snapshot.ts), every file of the data folder (originals,
 * letters, page images, spool, outbox …), the letter templates and the configuration, and a
 * manifest with each file's size and SHA-256. It is written as `<name>.partial`, verified (integrity
 * check of the copy, every hash read back, every file the copy refers to present), and only then
 * renamed; the oldest verified backups beyond `keep` are removed afterwards.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { IntakeError } from '../core/errors.js';

export const BACKUP_PREFIX = 'intake-backup-';
export const MANIFEST = 'manifest.json';
export const DATABASE_NAME = 'intake.sqlite';

export interface ManifestFile {
  /** Relative to the backup folder, '/'-separated. */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  /** The data folder the backup was taken from (stored paths are rewritten from it on restore). */
  dataDir: string;
  database: { file: string; sha256: string; size: number; integrity: string; cases: number; documents: number; finishedDocuments: number; letters: number };
  files: ManifestFile[];
}

/** What the database side provides (db/snapshot.ts, db/integrity.ts), handed in by the CLI. */
export interface DatabaseTools {
  snapshot(target: string): Promise<void>;
  /** 'ok' or the first problems found. */
  integrity(file: string): string;
  summarize(file: string): { cases: number; documents: number; finishedDocuments: number; letters: number };
  referencedFiles(file: string): string[];
  rewritePaths(file: string, from: string, to: string): number;
}

/** Parts of the data folder not worth keeping: the live database (copied on its own), OCR cache, the service's state and alert reserve, temp files. */
function skipped(relative: string): boolean {
  const top = relative.split('/')[0]!;
  if (top.startsWith(DATABASE_NAME) || top === 'cache' || top === 'service-state.json' || top === 'alert-reserve.bin') return true;
  const base = path.posix.basename(relative);
  return base.endsWith('.tmp') || base.startsWith('.storage-probe');
}

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, relative)));
    else if (entry.isFile()) out.push(relative);
  }
  return out;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies one file and hashes the bytes as they pass (the source may change later; the copy is what counts). */
async function copyHashed(from: string, to: string): Promise<{ size: number; sha256: string }> {
  await mkdir(path.dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const source = createReadStream(from);
  source.on('data', (chunk) => {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  });
  await pipeline(source, createWriteStream(to, { flags: 'wx' }));
  return { size, sha256: hash.digest('hex') };
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export interface BackupOptions {
  dataDir: string;
  to: string;
  keep: number;
  /** Folders and files kept next to the data: letter templates, the config file, the gazetteer. */
  extras: { name: string; source: string }[];
  /** The effective configuration (secrets removed), written as config/effective-config.json. */
  effectiveConfig: unknown;
  now: Date;
  db: DatabaseTools;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
  removed: string[];
  ms: number;
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const name = `${BACKUP_PREFIX}${stamp(options.now)}`;
  const finalDir = path.join(options.to, name);
  const workDir = `${finalDir}.partial`;
  await mkdir(options.to, { recursive: true });
  if (await stat(finalDir).then(() => true, () => false)) {
    throw new IntakeError('BACKUP_INVALID', `Im Zielordner gibt es schon eine Sicherung ${name}. Bitte einen Moment warten und erneut starten.`);
  }
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  try {
    // The database first: every file it refers to exists before it commits, so the files copied after it are complete for it.
    const dbFile = path.join(workDir, DATABASE_NAME);
    await options.db.snapshot(dbFile);
    const integrity = options.db.integrity(dbFile);
    if (integrity !== 'ok') throw new IntakeError('DATABASE_CORRUPT', `Die Kopie der Datenbank besteht die Prüfung nicht (${integrity}). Die Datenbank selbst prüfen (intake start meldet Schäden).`);
    const dbStat = await stat(dbFile);
    const files: ManifestFile[] = [];
    for (const relative of await listFiles(options.dataDir)) {
      if (skipped(relative)) continue;
      const copied = await copyHashed(path.join(options.dataDir, relative), path.join(workDir, 'files', relative)).catch((error: NodeJS.ErrnoException) => {
        // Gone between listing and copying (a spool entry released, a temp file renamed): not part of this backup.
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (copied) files.push({ path: `files/${relative}`, ...copied });
    }
    for (const extra of options.extras) {
      const info = await stat(extra.source);
      const sources = info.isDirectory() ? (await listFiles(extra.source)).map((f) => [path.join(extra.source, f), `${extra.name}/${f}`]) : [[extra.source, extra.name]];
      for (const [from, relative] of sources) files.push({ path: relative!, ...(await copyHashed(from!, path.join(workDir, relative!))) });
    }
    const configCopy = path.join(workDir, 'config', 'effective-config.json');
    await mkdir(path.dirname(configCopy), { recursive: true });
    await writeFile(configCopy, `${JSON.stringify(options.effectiveConfig, null, 2)}\n`);
    files.push({ path: 'config/effective-config.json', size: (await stat(configCopy)).size, sha256: await sha256OfFile(configCopy) });
    const manifest: Manifest = {
      format: 1,
      createdAt: options.now.toISOString(),
      dataDir: options.dataDir,
      database: { file: DATABASE_NAME, size: dbStat.size, sha256: await sha256OfFile(dbFile), integrity, ...options.db.summarize(dbFile) },
      files,
    };
    await writeFile(path.join(workDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await verifyBackup(workDir, options.db);
    await rename(workDir, finalDir);
    const removed = await prune(options.to, options.keep, name);
    return { dir: finalDir, manifest, removed, ms: Date.now() - started };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** Problems of a backup folder (empty when it is complete and intact): hashes, database check, referenced files. */
export async function backupProblems(dir: string, db: Pick<DatabaseTools, 'integrity' | 'referencedFiles'>): Promise<string[]> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return [`${MANIFEST} fehlt oder ist unlesbar`];
  }
  const problems: string[] = [];
  const dbFile = path.join(dir, manifest.database.file);
  if ((await sha256OfFile(dbFile).catch(() => null)) !== manifest.database.sha256) problems.push('Datenbank: Prüfsumme stimmt nicht');
  else {
    const integrity = db.integrity(dbFile);
    if (integrity !== 'ok') problems.push(`Datenbank: ${integrity}`);
  }
  for (const file of manifest.files) {
    const actual = await sha256OfFile(path.join(dir, file.path)).catch(() => null);
    if (actual !== file.sha256) problems.push(`${file.path}: ${actual === null ? 'fehlt' : 'Prüfsumme stimmt nicht'}`);
  }
  if (problems.length === 0) {
    const present = new Set(manifest.files.map((f) => f.path));
    const prefix = manifest.dataDir.endsWith('/') ? manifest.dataDir : `${manifest.dataDir}/`;
    for (const referenced of db.referencedFiles(dbFile)) {
      if (!referenced.startsWith(prefix)) continue;
      const relative = `files/${referenced.slice(prefix.length)}`;
      // A spool entry may be released between the database copy and the file copy; its document then is finished later.
      if (!present.has(relative) && !relative.startsWith('files/spool/')) problems.push(`${relative}: in der Datenbank genannt, aber nicht gesichert`);
    }
  }
  return problems;
}

export async function verifyBackup(dir: string, db: Pick<DatabaseTools, 'integrity' | 'referencedFiles'>): Promise<void> {
  const problems = await backupProblems(dir, db);
  if (problems.length > 0) {
    throw new IntakeError('BACKUP_INVALID', `Die Sicherung ${dir} ist nicht vollständig oder beschädigt: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (und ${problems.length - 5} weitere)` : ''}.`);
  }
}

/** Verified backups in `root`, oldest first. */
export async function listBackups(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && e.name.startsWith(BACKUP_PREFIX) && !e.name.endsWith('.partial'))
    .map((e) => e.name)
    .sort();
}

async function prune(root: string, keep: number, current: string): Promise<string[]> {
  const all = await listBackups(root);
  const old = all.filter((n) => n !== current).slice(0, Math.max(0, all.length - keep));
  for (const name of old) await rm(path.join(root, name), { recursive: true, force: true });
  return old;
}

/** `from` is a backup folder, or a folder of backups (then the newest is taken). */
export async function resolveBackup(from: string): Promise<string> {
  if (await stat(path.join(from, MANIFEST)).then(() => true, () => false)) return from;
  const newest = (await listBackups(from)).at(-1);
  if (!newest) throw new IntakeError('BACKUP_INVALID', `In ${from} liegt keine Sicherung (kein ${MANIFEST}, kein Ordner ${BACKUP_PREFIX}…).`);
  return path.join(from, newest);
}

export interface RestoreResult {
  backup: string;
  manifest: Manifest;
  configDir: string;
  rewritten: number;
}

/**
 * Restores a verified backup into an empty (or missing) data folder. Templates and configuration go
 * to <data>/restore-config/ (they are not put in place silently: the README says where they belong).
 */
export async function restoreBackup(options: { from: string; dataDir: string; db: DatabaseTools }): Promise<RestoreResult> {
  const backup = await resolveBackup(options.from);
  const existing = await readdir(options.dataDir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  if (existing.length > 0) {
    throw new IntakeError(
      'RESTORE_TARGET_NOT_EMPTY',
      `Der Datenordner ${options.dataDir} ist nicht leer (${existing.length} Einträge). Eine Sicherung wird nur in einen leeren Ordner zurückgespielt, ` +
        'damit nichts überschrieben wird. Den alten Ordner umbenennen und einen leeren anlegen.',
    );
  }
  await verifyBackup(backup, options.db);
  const manifest = JSON.parse(await readFile(path.join(backup, MANIFEST), 'utf8')) as Manifest;
  await mkdir(options.dataDir, { recursive: true });
  const configDir = path.join(options.dataDir, 'restore-config');
  for (const file of manifest.files) {
    const target = file.path.startsWith('files/') ? path.join(options.dataDir, file.path.slice('files/'.length)) : path.join(configDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(backup, file.path), target);
  }
  const dbTarget = path.join(options.dataDir, DATABASE_NAME);
  await copyFile(path.join(backup, manifest.database.file), dbTarget);
  const rewritten = options.db.rewritePaths(dbTarget, manifest.dataDir, options.dataDir);
  const integrity = options.db.integrity(dbTarget);
  if (integrity !== 'ok') throw new IntakeError('DATABASE_CORRUPT', `Die zurückgespielte Datenbank besteht die Prüfung nicht (${integrity}).`);
  return { backup, manifest, configDir, rewritten };
}
