import { lstat } from 'node:fs/promises';

interface Observation {
  size: number;
  mtimeMs: number;
  timer: NodeJS.Timeout;
}

/**
 * Hands a file over only when it is complete: no events for `stableMs` and size and mtime
 * unchanged between two looks (scanners open and close files several times, network copies
 * write in chunks). A file that vanishes before it settles is forgotten.
 */
export class StabilityTracker {
  private readonly observed = new Map<string, Observation>();

  constructor(
    private readonly stableMs: number,
    private readonly onStable: (file: string) => void,
  ) {}

  get pending(): number {
    return this.observed.size;
  }

  has(file: string): boolean {
    return this.observed.has(file);
  }

  /** Call on every add/change event (or when a rescan sees the file). */
  async touch(file: string): Promise<void> {
    const stats = await lstat(file).catch(() => null);
    const previous = this.observed.get(file);
    if (previous) clearTimeout(previous.timer);
    if (!stats) {
      this.observed.delete(file);
      return;
    }
    const timer = setTimeout(() => void this.check(file), this.stableMs);
    this.observed.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, timer });
  }

  forget(file: string): void {
    const previous = this.observed.get(file);
    if (previous) clearTimeout(previous.timer);
    this.observed.delete(file);
  }

  private async check(file: string): Promise<void> {
    const seen = this.observed.get(file);
    if (!seen) return;
    const stats = await lstat(file).catch(() => null);
    if (!stats) {
      this.observed.delete(file);
      return;
    }
    if (stats.size !== seen.size || stats.mtimeMs !== seen.mtimeMs) {
      await this.touch(file);
      return;
    }
    this.observed.delete(file);
    this.onStable(file);
  }

  close(): void {
    for (const { timer } of this.observed.values()) clearTimeout(timer);
    this.observed.clear();
  }
}
