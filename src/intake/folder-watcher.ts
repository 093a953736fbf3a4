import { watch, type FSWatcher } from 'chokidar';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { toIntakeError } from '../core/errors.js';
import type { Logger } from '../pipeline/ports.js';
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
  private folderPresent = true;
  private readonly ignoredSubfolders = new Set<string>();
  private closed = false;

  constructor(
    private readonly settings: WatcherSettings,
    private readonly deps: { spool: Spool; logger: Logger; onRegistered: (registration: Registration) => void },
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
    await mkdir(this.settings.watchDir, { recursive: true });
    await this.startWatcher();
    await this.rescan();
    this.timers.push(setInterval(() => void this.rescan(), this.settings.rescanIntervalMs));
    this.timers.push(setInterval(() => void this.checkFolder(), this.settings.healthIntervalMs ?? 2_000));
    for (const timer of this.timers) timer.unref();
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
    this.inFlight.add(file);
    this.claimChain = this.claimChain.then(async () => {
      try {
        const registration = await this.deps.spool.claim(file, this.relative(file), 'watch');
        this.deps.onRegistered(registration);
      } catch (error) {
        const code = toIntakeError(error).code;
        // Gone before we could take it (moved away by a person, or a second event): nothing to do.
        if (code !== 'FILE_VANISHED') this.deps.logger.warn({ code }, 'could not claim a file; it stays in the watch folder and is tried again');
      } finally {
        this.inFlight.delete(file);
      }
    });
  }

  /** Walks the folder and feeds every candidate file to the tracker (catches missed events). */
  async rescan(): Promise<void> {
    if (this.closed) return;
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

  /** A network share may vanish and come back: restart the watcher and rescan when it does. */
  private async checkFolder(): Promise<void> {
    if (this.closed) return;
    const present = await stat(this.settings.watchDir).then((s) => s.isDirectory(), () => false);
    if (!present && this.folderPresent) {
      this.folderPresent = false;
      this.deps.logger.error({}, 'watch folder is not reachable; waiting for it to come back');
    } else if (present && !this.folderPresent) {
      this.folderPresent = true;
      this.deps.logger.warn({}, 'watch folder is back; restarting the watcher');
      await this.watcher?.close();
      await this.startWatcher();
      await this.rescan();
    }
  }

  /** Stops watching; claims already started finish (a claim is a rename plus a row). */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.tracker.close();
    await this.watcher?.close();
    await this.claimChain;
  }
}
