import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir, freeName, moveFile, safeBaseName, writeFileAtomic } from '../adapters/file-store.adapter.js';
import { IntakeError } from '../core/errors.js';
import { failureReport } from '../pipeline/failure-report.js';
import type { Clock, Logger } from '../pipeline/ports.js';
import type { IntakeStore } from '../pipeline/store.port.js';

export type Registration =
  | { kind: 'received'; documentId: string }
  | { kind: 'duplicate'; documentId: string; duplicateOf: string; caseId: string | null }
  | { kind: 'failed'; documentId: string; code: string };

/** Sortable, unguessable document id: time in base36 plus randomness. */
export function newDocumentId(now: Date): string {
  return `d${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The spool: a claimed file is moved (watch folder) or copied (CLI) into data/spool/<docId>/
 * under its own name before any work, hashed, and registered in the store — or recognised as a
 * duplicate before any work. After a crash, `recover()` registers what was moved but not yet
 * recorded and releases what was recorded but not yet released.
 */
export class Spool {
  readonly dir: string;

  constructor(
    private readonly deps: { store: IntakeStore; dataDir: string; failedDir: string; clock: Clock; logger: Logger },
  ) {
    this.dir = path.join(deps.dataDir, 'spool');
  }

  async claim(source: string, originalName: string, origin: 'watch' | 'cli'): Promise<Registration> {
    const id = newDocumentId(this.deps.clock());
    const target = path.join(this.dir, id, safeBaseName(originalName));
    await ensureDir(path.dirname(target));
    const info = await lstat(source);
    if (!info.isFile()) {
      // A symlink or other special file: never followed; moved aside with a reason.
      if (origin === 'watch') await moveFile(source, target);
      return this.refuse(id, target, originalName, origin, new IntakeError('NOT_A_FILE', 'Keine gewöhnliche Datei (z. B. eine Verknüpfung); sie wird nicht gelesen.'), origin === 'watch');
    }
    try {
      if (origin === 'watch') await moveFile(source, target);
      else await copyFile(source, target);
    } catch (error) {
      // Not taken (a full disk stops a copy half way): the source is still the one copy, so the spool
      // entry goes. Once moved, the spool holds the only copy and stays; recover() registers it.
      const sourceThere = await lstat(source).then(() => true, () => false);
      if (sourceThere || origin === 'cli') await rm(path.dirname(target), { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    return this.register(id, target, originalName, origin);
  }

  private async register(id: string, spoolPath: string, originalName: string, origin: 'watch' | 'cli'): Promise<Registration> {
    const { store, clock, logger } = this.deps;
    const info = await lstat(spoolPath);
    if (info.size === 0) {
      return this.refuse(id, spoolPath, originalName, origin, new IntakeError('EMPTY_FILE', 'Die Datei ist leer (0 Byte).'), true);
    }
    const sha256 = await sha256File(spoolPath);
    const at = clock().toISOString();
    const doc = { id, sha256, originalName, origin, size: info.size, spoolPath, receivedAt: at };
    const registration = store.transaction((): Registration => {
      const primary = store.documents.findPrimaryBySha(sha256);
      if (primary) {
        store.documents.insertDuplicate(doc, primary, at);
        store.events.record({
          at,
          actor: 'system',
          kind: 'duplicate-received',
          caseId: primary.case_id,
          documentId: id,
          details: { duplicateOf: primary.id },
        });
        return { kind: 'duplicate', documentId: id, duplicateOf: primary.id, caseId: primary.case_id };
      }
      store.documents.insertReceived(doc);
      store.events.record({ at, actor: 'system', kind: 'document-received', documentId: id, details: { origin, size: info.size } });
      return { kind: 'received', documentId: id };
    });
    if (registration.kind === 'duplicate') {
      await rm(path.dirname(spoolPath), { recursive: true, force: true });
      logger.info({ docId: id, duplicateOf: registration.duplicateOf, sha256: sha256.slice(0, 12) }, 'duplicate received');
    } else {
      logger.info({ docId: id, sha256: sha256.slice(0, 12), bytes: info.size, origin }, 'document received');
    }
    return registration;
  }

  /** Fails a file before any work: into the failed folder (watch origin) with its reason, and into the store. */
  private async refuse(
    id: string,
    spoolPath: string,
    originalName: string,
    origin: 'watch' | 'cli',
    error: IntakeError,
    moveAside: boolean,
  ): Promise<Registration> {
    const { store, clock, logger, failedDir } = this.deps;
    const now = clock();
    let failedPath: string | null = null;
    if (origin === 'watch' && moveAside) {
      await ensureDir(failedDir);
      failedPath = await freeName(failedDir, safeBaseName(originalName));
      await moveFile(spoolPath, failedPath).catch(async () => {
        await rm(failedPath!, { force: true });
        await moveFile(spoolPath, failedPath!);
      });
      await writeFileAtomic(`${failedPath}.error.txt`, failureReport({ originalName, documentId: id, error, attempts: 0, at: now }));
    }
    await rm(path.dirname(spoolPath), { recursive: true, force: true });
    store.transaction(() => {
      store.documents.insertFailed(
        { id, sha256: '0'.repeat(64), originalName, origin, size: 0, receivedAt: now.toISOString() },
        error.code,
        error.message,
        failedPath,
        now.toISOString(),
      );
      store.events.record({ at: now.toISOString(), actor: 'system', kind: 'document-failed', documentId: id, details: { code: error.code } });
    });
    logger.warn({ docId: id, code: error.code }, 'file refused');
    return { kind: 'failed', documentId: id, code: error.code };
  }

  /** After a crash or a restart: nothing in the spool is lost, nothing is recorded twice. */
  async recover(): Promise<{ registered: number; released: number }> {
    const { store, logger } = this.deps;
    let released = 0;
    for (const row of store.documents.withStaleSpool()) {
      await rm(path.dirname(row.spool_path!), { recursive: true, force: true });
      store.documents.clearSpoolPath(row.id);
      released += 1;
    }
    let registered = 0;
    await ensureDir(this.dir);
    for (const entry of await readdir(this.dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const entryDir = path.join(this.dir, entry.name);
      if (store.documents.get(entry.name)) continue;
      const files = (await readdir(entryDir)).filter((f) => !f.endsWith('.tmp'));
      if (files.length === 0) {
        await rmdir(entryDir).catch(() => undefined);
        continue;
      }
      await this.register(entry.name, path.join(entryDir, files[0]!), files[0]!, 'watch');
      registered += 1;
    }
    if (registered + released > 0) logger.warn({ registered, released }, 'spool recovered after an interrupted run');
    return { registered, released };
  }
}
