import { watch, type FSWatcher } from 'chokidar';
import { constants } from 'node:fs';
import { access, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { toIntakeError } from '../core/errors.js';
import type { Logger } from '../pipeline/ports.js';
import type { StorageGuard } from '../pipeline/storage-guard.js';
import { isIgnoredName, isIgnoredPath } from './ignore-rules.js';
import type { Registration, Spool } from './spool.js';
import { StabilityTracker } from './stability-tracker.js';

export interface WatcherSettings {
  watchDir: string;
  failedDirName: string;
  polling: boolean;
  pollIntervalMs: number;
  stableMs: number;
  rescanIntervalMs: number;
  subfolders: 'process' | 'ignore';
  /** How often to check that the watch folder still exists (it may be a share that drops out). */
  healthIntervalMs?: number;
  /** While the folder is gone, checks back off from healthIntervalMs up to this (default 30 s). */
  healthMaxIntervalMs?: number;
}

/** What the watcher needs of the storage guard: whether to claim, and where to report the folder's state. */
export type IntakeGate = Pick<StorageGuard, 'intakePaused' | 'report' | 'watchFolderLost' | 'watchFolderBack'>;

type FolderState = { ok: true; identity: string; mountPoint: boolean } | { ok: false; code: 'WATCH_FOLDER_MISSING' | 'WATCH_FOLDER_DENIED' };

/**
 * Present, a folder, readable and writable (files are moved out of it): else the reason it is not usable.
 * `wasMountPoint`: the folder was a mount of its own (a network share); when it no longer is, the share
 * was unmounted and what is left is the empty local folder under it — as good as missing.
 */
async function folderState(dir: string, wasMountPoint: boolean): Promise<FolderState> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) return { ok: false, code: 'WATCH_FOLDER_MISSING' };
  const parent = await stat(path.dirname(dir)).catch(() => null);
  const mountPoint = parent !== null && parent.dev !== info.dev;
  if (wasMountPoint && !mountPoint) return { ok: false, code: 'WATCH_FOLDER_MISSING' };
  const usable = await access(dir, constants.R_OK | constants.W_OK | constants.X_OK).then(() => true, () => false);
  if (!usable) return { ok: false, code: 'WATCH_FOLDER_DENIED' };
  // A folder deleted and created again (or a share mounted over it) is another folder: watch it anew.
  // The inode number alone may be reused at once by the new folder; its birth time is not.
  return { ok: true, identity: `${info.dev}:${info.ino}:${info.birthtimeMs}`, mountPoint };
}

/**
 * Watches the drop folder: chokidar events (or polling, for network shares) plus a periodic
 * full rescan, because watchers miss events. Every complete file is claimed into the spool
 * exactly once (an in-flight set guards against a second event for the same file).
 */
export class FolderWatcher {
  private watcher: FSWatcher | undefined;
  private readonly tracker: StabilityTracker;
  private readonly inFlight = new Set<string>();
  private claimChain: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private healthTimer: NodeJS.Timeout | undefined;
  private folderPresent = true;
  private folderIdentity: string | undefined;
  private mountPoint = false;
  private missingChecks = 0;
  private readonly ignoredSubfolders = new Set<string>();
  private closed = false;

  constructor(
    private readonly settings: WatcherSettings,
    private readonly deps: { spool: Spool; logger: Logger; onRegistered: (registration: Registration) => void; gate?: IntakeGate },
  ) {
    this.tracker = new StabilityTracker(settings.stableMs, (file) => this.enqueueClaim(file));
  }

  /** Files waiting to settle plus files being claimed. */
  get pending(): number {
    return this.tracker.pending + this.inFlight.size;
  }

  get ignoredSubfolderCount(): number {
    return this.ignoredSubfolders.size;
  }

  async start(): Promise<void> {
    await mkdir(this.settings.watchDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      this.deps.logger.error({ code: error.code }, 'watch folder cannot be created; waiting for it');
    });
    const state = await folderState(this.settings.watchDir, false);
    if (state.ok) {
      this.folderIdentity = state.identity;
      this.mountPoint = state.mountPoint;
      await this.startWatcher();
      await this.rescan();
    } else {
      this.folderLost(state.code);
    }
    this.timers.push(setInterval(() => void this.rescan(), this.settings.rescanIntervalMs));
    for (const timer of this.timers) timer.unref();
    this.scheduleHealthCheck();
  }

  /** Resolves when the claims already started have finished. */
  async idle(): Promise<void> {
    await this.claimChain;
  }

  private scheduleHealthCheck(): void {
    if (this.closed) return;
    const base = this.settings.healthIntervalMs ?? 2_000;
    // While the folder is gone, look less often (no busy loop on a share that stays away).
    const delay = this.folderPresent ? base : Math.min(this.settings.healthMaxIntervalMs ?? 30_000, base * 2 ** Math.min(this.missingChecks, 10));
    this.healthTimer = setTimeout(() => {
      void this.checkFolder()
        .catch((error: unknown) => this.deps.logger.warn({ code: toIntakeError(error).code }, 'watch folder check failed'))
        .finally(() => this.scheduleHealthCheck());
    }, delay);
    this.healthTimer.unref();
  }

  private relative(file: string): string {
    return path.relative(this.settings.watchDir, file);
  }

  private isIgnored(file: string): boolean {
    const relative = this.relative(file);
    if (relative.startsWith('..')) return true;
    return isIgnoredPath(relative, this.settings.failedDirName);
  }

  private async startWatcher(): Promise<void> {
    const { settings } = this;
    this.watcher = watch(settings.watchDir, {
      ignored: (file: string) => this.isIgnored(file),
      ignoreInitial: true,
      persistent: true,
      followSymlinks: false,
      usePolling: settings.polling,
      interval: settings.pollIntervalMs,
      binaryInterval: settings.pollIntervalMs,
      depth: settings.subfolders === 'process' ? 20 : 0,
      awaitWriteFinish: { stabilityThreshold: Math.max(settings.stableMs, 200), pollInterval: 100 },
    });
    this.watcher.on('add', (file) => void this.seen(file));
    this.watcher.on('change', (file) => void this.seen(file));
    this.watcher.on('unlink', (file) => this.tracker.forget(file));
    this.watcher.on('addDir', (dir) => this.noteSubfolder(dir));
    this.watcher.on('error', (error) => this.deps.logger.warn({ code: toIntakeError(error).code }, 'watcher error'));
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  private noteSubfolder(dir: string): void {
    if (this.settings.subfolders !== 'ignore' || dir === this.settings.watchDir || this.isIgnored(dir)) return;
    const relative = this.relative(dir);
    if (!this.ignoredSubfolders.has(relative)) {
      this.ignoredSubfolders.add(relative);
      this.deps.logger.warn({ subfolders: this.ignoredSubfolders.size }, 'subfolder in the watch folder is ignored (INTAKE_SUBFOLDERS=ignore); its files stay there');
    }
  }

  private async seen(file: string): Promise<void> {
    if (this.closed || this.inFlight.has(file) || this.isIgnored(file)) return;
    await this.tracker.touch(file);
  }

  private enqueueClaim(file: string): void {
    if (this.inFlight.has(file) || this.closed) return;
    // Paused by a storage fault: the file stays in the watch folder; the rescan on resume takes it.
    if (this.deps.gate?.intakePaused) return;
    this.inFlight.add(file);
    this.claimChain = this.claimChain.then(async () => {
      try {
        if (this.deps.gate?.intakePaused) return;
        const registration = await this.deps.spool.claim(file, this.relative(file), 'watch');
        this.deps.onRegistered(registration);
      } catch (error) {
        const code = toIntakeError(error).code;
        // A full or failing data folder pauses intake (the guard checks whether it is the data folder).
        if (this.deps.gate?.report(error)) return;
        // Gone before we could take it (moved away by a person, or a second event): nothing to do.
        if (code !== 'FILE_VANISHED') this.deps.logger.warn({ code }, 'could not claim a file; it stays in the watch folder and is tried again');
      } finally {
        this.inFlight.delete(file);
      }
    });
  }

  /** Walks the folder and feeds every candidate file to the tracker (catches missed events). */
  async rescan(): Promise<void> {
    if (this.closed || this.deps.gate?.intakePaused) return;
    const walk = async (dir: string, depth: number): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (isIgnoredName(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (this.isIgnored(full)) continue;
        if (entry.isDirectory()) {
          if (this.settings.subfolders === 'process') await walk(full, depth + 1);
          else this.noteSubfolder(full);
        } else if (!this.tracker.has(full) && !this.inFlight.has(full)) {
          await this.tracker.touch(full);
        }
      }
    };
    await walk(this.settings.watchDir, 0);
  }

  /**
   * A network share may vanish and come back, a folder may be deleted and made again, its permissions
   * may change: pause while it is unusable, then restart the watcher and rescan when it is back.
   */
  private async checkFolder(): Promise<void> {
    if (this.closed) return;
    const state = await folderState(this.settings.watchDir, this.mountPoint);
    if (!state.ok) {
      this.missingChecks += 1;
      if (this.folderPresent) this.folderLost(state.code);
      return;
    }
    if (this.folderPresent && state.identity === this.folderIdentity) return;
    const wasLost = !this.folderPresent;
    this.folderPresent = true;
    this.missingChecks = 0;
    this.folderIdentity = state.identity;
    this.mountPoint = this.mountPoint || state.mountPoint;
    this.deps.logger.warn({ recreated: !wasLost }, 'watch folder is back; restarting the watcher');
    await this.watcher?.close();
    this.watcher = undefined;
    if (this.closed) return;
    await this.startWatcher();
    if (wasLost) await this.deps.gate?.watchFolderBack();
    await this.rescan();
  }

  private folderLost(code: 'WATCH_FOLDER_MISSING' | 'WATCH_FOLDER_DENIED'): void {
    this.folderPresent = false;
    this.tracker.close();
    // Nothing to watch until it is back (and no watcher left on a share that was unmounted under it).
    const watcher = this.watcher;
    this.watcher = undefined;
    void watcher?.close().catch(() => undefined);
    this.deps.logger.error({ code }, 'watch folder is not usable; waiting for it to come back');
    this.deps.gate?.watchFolderLost(code);
  }

  /** Stops watching; claims already started finish (a claim is a rename plus a row). */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    clearTimeout(this.healthTimer);
    this.tracker.close();
    await this.watcher?.close();
    await this.claimChain;
  }
}
