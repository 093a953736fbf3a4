/**
 * The running service's state for `intake status` (another process): a small JSON file in the data
 * folder, written in place into space taken at start-up. Overwriting blocks the file already owns
 * needs no new space, so the state can still be told when the disk is full. Writing is best effort.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { HealthState } from '../pipeline/storage-guard.js';
import { writeFileAtomic } from './file-store.adapter.js';

export const SERVICE_STATE_FILE = 'service-state.json';
const SIZE = 8192;

export interface ServiceState {
  pid: number;
  startedAt: string;
  updatedAt: string;
  /** False after a clean stop. */
  running: boolean;
  health: HealthState;
}

export function serviceStateFile(dataDir: string): string {
  return path.join(dataDir, SERVICE_STATE_FILE);
}

export class ServiceStateWriter {
  private fd: number | undefined;
  private state: ServiceState;

  constructor(
    private readonly file: string,
    health: HealthState,
    now: Date,
  ) {
    this.state = { pid: process.pid, startedAt: now.toISOString(), updatedAt: now.toISOString(), running: true, health };
  }

  /** Takes the file's space (start-up: the data folder was checked writable) and writes the first state. */
  async open(): Promise<void> {
    await writeFileAtomic(this.file, Buffer.alloc(SIZE, 0x20));
    this.fd = openSync(this.file, 'r+');
    this.flush();
  }

  update(health: HealthState, now: Date): void {
    this.state = { ...this.state, health, updatedAt: now.toISOString() };
    this.flush();
  }

  close(now: Date): void {
    this.state = { ...this.state, running: false, updatedAt: now.toISOString() };
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    if (this.fd === undefined) return;
    let json = JSON.stringify(this.state);
    // Too many faults to fit: keep the status and the first fault (the reason that matters).
    if (Buffer.byteLength(json) > SIZE) json = JSON.stringify({ ...this.state, health: { ...this.state.health, faults: this.state.health.faults.slice(0, 1) } });
    const bytes = Buffer.alloc(SIZE, 0x20);
    bytes.write(json, 0, 'utf8');
    try {
      writeSync(this.fd, bytes, 0, SIZE, 0);
    } catch {
      // Best effort: `intake status` then shows the last state it could read, with its time.
    }
  }
}

/** The state as last written, or null when there is none (never started here, or unreadable). */
export function readServiceState(dataDir: string): ServiceState | null {
  try {
    return JSON.parse(readFileSync(serviceStateFile(dataDir), 'utf8').trim()) as ServiceState;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the state is still alive (same machine). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
