/**
 * Storage faults are waiting, not failing. When the data folder or the database fails (disk full,
 * read-only, I/O error, no permission, locked, damaged) or the watch folder drops out, intake pauses:
 * nothing is claimed, every file stays where it is (watch folder or spool), one alert goes out, and
 * the fault is checked again with backoff. When the check passes, the resume steps run (hand back
 * the held documents, register orphaned spool entries, render pending letters, rescan the folder)
 * and intake goes on as if nothing happened.
 *
 * The guard itself never writes to the store while a fault is open; it only asks the probe, which
 * tries a small write of its own and reports whether it worked.
 */
import { toIntakeError } from '../core/errors.js';
import type { Clock, Logger } from './ports.js';

export type FaultScope = 'data' | 'watch';

export interface Fault {
  scope: FaultScope;
  /** Stable code: STORAGE_FULL, STORAGE_IO, … for the data folder; WATCH_FOLDER_MISSING … for the watch folder. */
  code: string;
  /** German, for staff (no paths of documents, no social data). */
  message: string;
  since: string;
  checks: number;
  nextCheckAt: string | null;
}

export interface HealthState {
  /** 'ok': intake runs; 'paused': at least one fault is open and intake waits. */
  status: 'ok' | 'paused';
  faults: Fault[];
  /** The last fault that cleared, for status output ("seit … wieder in Betrieb"). */
  lastRecovery: { scope: FaultScope; code: string; since: string; until: string } | null;
}

/** Checks that the data folder and the database take writes again; throws the fault if not. */
export interface StorageProbe {
  checkData(): Promise<void>;
}

export interface GuardSettings {
  /** First re-check after this many ms, doubling up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** At most one alert per scope within this many ms (a disk that fills again right after it was freed). */
  alertQuietMs?: number;
}

type Alert = (fault: Fault) => Promise<void>;

const WATCH_MESSAGES: Record<string, string> = {
  WATCH_FOLDER_MISSING: 'Der Ablageordner ist nicht erreichbar (Netzlaufwerk getrennt oder Ordner entfernt). Neue Dateien werden übernommen, sobald er wieder da ist.',
  WATCH_FOLDER_DENIED: 'Dem Dienst fehlen Rechte im Ablageordner. Neue Dateien werden übernommen, sobald die Rechte wieder stimmen.',
};

export class StorageGuard {
  private readonly faults = new Map<FaultScope, Fault>();
  private readonly resumeSteps: ((scope: FaultScope) => Promise<void>)[] = [];
  private readonly changeListeners: ((state: HealthState) => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private lastRecovery: HealthState['lastRecovery'] = null;
  /** Alerts not yet delivered (the outbox may sit on the full disk): retried on every check. */
  private readonly unsentAlerts = new Map<FaultScope, Fault>();
  private readonly lastAlertAt = new Map<FaultScope, number>();
  private stopped = false;
  private recentEpisodes = 0;
  private checkAgain = false;

  constructor(
    private readonly deps: { probe: StorageProbe; clock: Clock; logger: Logger; settings: GuardSettings; alert?: Alert },
  ) {}

  get paused(): boolean {
    return this.faults.size > 0;
  }

  /** Whether documents may be claimed and worked on (the data folder is fine). */
  get dataPaused(): boolean {
    return this.faults.has('data');
  }

  /** Whether the watcher may claim files (both folders are fine). */
  get intakePaused(): boolean {
    return this.faults.size > 0;
  }

  state(): HealthState {
    return { status: this.paused ? 'paused' : 'ok', faults: [...this.faults.values()].map((f) => ({ ...f })), lastRecovery: this.lastRecovery };
  }

  onResume(step: (scope: FaultScope) => Promise<void>): void {
    this.resumeSteps.push(step);
  }

  onChange(listener: (state: HealthState) => void): void {
    this.changeListeners.push(listener);
  }

  /** Sets the alert sender later (the mailer is built after the pipeline). */
  setAlert(alert: Alert): void {
    this.deps.alert = alert;
  }

  /**
   * Call with anything thrown on a data-folder path. A storage fault pauses intake (true is returned:
   * the caller must not treat it as the file's failure); anything else is left to the caller (false).
   */
  report(thrown: unknown): boolean {
    const error = toIntakeError(thrown);
    if (!error.storageFault) return false;
    if (this.stopped) return true;
    const open = this.faults.get('data');
    if (open) {
      if (open.code !== error.code) this.deps.logger.warn({ code: error.code, open: open.code }, 'another storage fault while paused');
      return true;
    }
    const fault: Fault = { scope: 'data', code: error.code, message: error.message, since: this.now(), checks: 0, nextCheckAt: null };
    this.faults.set('data', fault);
    this.deps.logger.error({ code: error.code, errno: causeCode(error.cause) }, 'storage fault: intake paused, every file stays where it is');
    // A fault that comes back right after it cleared is not checked at once again (no loop of pause and resume).
    const lastUntil = this.lastRecovery?.scope === 'data' ? Date.parse(this.lastRecovery.until) : Number.NEGATIVE_INFINITY;
    this.recentEpisodes = this.deps.clock().getTime() - lastUntil < 60_000 ? this.recentEpisodes + 1 : 0;
    const { retryBaseMs, retryMaxMs } = this.deps.settings;
    this.schedule(this.recentEpisodes === 0 ? 0 : Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(this.recentEpisodes - 1, 20)));
    // The check passes, yet the work keeps failing on the storage (a store full for the work but not for
    // the check's small write): after the third fault in a row that is confirmed enough for an alert.
    if (this.recentEpisodes >= 2) this.queueAlert(fault);
    this.changed();
    return true;
  }

  /** The watcher found its folder gone or unusable; it checks again by itself and calls `watchFolderBack`. */
  watchFolderLost(code: 'WATCH_FOLDER_MISSING' | 'WATCH_FOLDER_DENIED'): void {
    if (this.stopped || this.faults.get('watch')?.code === code) return;
    const fault: Fault = { scope: 'watch', code, message: WATCH_MESSAGES[code]!, since: this.now(), checks: 0, nextCheckAt: null };
    this.faults.set('watch', fault);
    this.deps.logger.error({ code }, 'watch folder unusable: intake paused');
    this.changed();
    this.queueAlert(fault);
    void this.sendAlerts();
  }

  async watchFolderBack(): Promise<void> {
    const fault = this.faults.get('watch');
    if (!fault) return;
    this.faults.delete('watch');
    this.lastRecovery = { scope: 'watch', code: fault.code, since: fault.since, until: this.now() };
    this.deps.logger.warn({ code: fault.code, since: fault.since }, 'watch folder is back: intake resumes');
    this.changed();
    await this.runResumeSteps('watch');
    await this.sendAlerts();
  }

  /** Runs the data check now (tests, `whenIdle` of a CLI run). Resolves after the check and its resume steps. */
  async checkNow(): Promise<void> {
    if (!this.faults.has('data')) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const fault = this.faults.get('data');
    if (fault) fault.nextCheckAt = new Date(this.deps.clock().getTime() + delayMs).toISOString();
    this.timer = setTimeout(() => void this.check(), delayMs);
    this.timer.unref();
  }

  /** One check at a time; a check asked for while one runs (a timer, a new fault) runs right after it. */
  private check(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    const run = (async () => {
      do {
        this.checkAgain = false;
        await this.runCheck();
      } while (this.checkAgain && !this.stopped);
    })().finally(() => {
      this.checking = undefined;
    });
    this.checking = run;
    return run;
  }

  private async runCheck(): Promise<void> {
    const fault = this.faults.get('data');
    if (!fault || this.stopped) return;
    try {
      await this.deps.probe.checkData();
    } catch (thrown) {
      const error = toIntakeError(thrown);
      fault.checks += 1;
      if (error.storageFault && error.code !== fault.code) {
        fault.code = error.code;
        fault.message = error.message;
      }
      // Confirmed by a check of its own: now it is worth an alert.
      if (fault.checks === 1) this.queueAlert(fault);
      const { retryBaseMs, retryMaxMs } = this.deps.settings;
      const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(fault.checks - 1, 20));
      this.deps.logger.warn({ code: error.code, checks: fault.checks, retryInMs: delay }, 'storage still unusable');
      await this.sendAlerts();
      this.schedule(delay);
      this.changed();
      return;
    }
    this.faults.delete('data');
    this.lastRecovery = { scope: 'data', code: fault.code, since: fault.since, until: this.now() };
    this.deps.logger.warn({ code: fault.code, since: fault.since, checks: fault.checks }, 'storage usable again: intake resumes');
    this.changed();
    await this.runResumeSteps('data');
    await this.sendAlerts();
  }

  private async runResumeSteps(scope: FaultScope): Promise<void> {
    for (const step of this.resumeSteps) {
      if (this.stopped) return;
      try {
        await step(scope);
      } catch (thrown) {
        // A step that hits the fault again pauses once more; anything else is logged and the next step runs.
        if (!this.report(thrown)) this.deps.logger.error({ code: toIntakeError(thrown).code }, 'resume step failed');
        if (this.faults.has('data')) return;
      }
    }
  }

  private queueAlert(fault: Fault): void {
    const last = this.lastAlertAt.get(fault.scope);
    const quiet = this.deps.settings.alertQuietMs ?? 3_600_000;
    if (last !== undefined && this.deps.clock().getTime() - last < quiet) {
      this.deps.logger.info({ scope: fault.scope, code: fault.code }, 'storage alert not repeated within the quiet period');
      return;
    }
    this.lastAlertAt.set(fault.scope, this.deps.clock().getTime());
    this.unsentAlerts.set(fault.scope, fault);
  }

  private async sendAlerts(): Promise<void> {
    const alert = this.deps.alert;
    if (!alert) return;
    for (const [scope, fault] of [...this.unsentAlerts]) {
      try {
        await alert({ ...fault });
        this.unsentAlerts.delete(scope);
        this.deps.logger.info({ scope, code: fault.code }, 'storage alert sent');
      } catch (thrown) {
        this.deps.logger.warn({ scope, code: toIntakeError(thrown).code }, 'storage alert not sent yet; tried again with the next check');
      }
    }
  }

  private changed(): void {
    const state = this.state();
    for (const listener of this.changeListeners) {
      try {
        listener(state);
      } catch (thrown) {
        this.deps.logger.warn({ code: toIntakeError(thrown).code }, 'health listener failed');
      }
    }
  }
}

function causeCode(cause: unknown): string | undefined {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
