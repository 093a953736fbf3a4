/**
 * One progress line for `intake process` on a terminal: "3 von 40 · aktuell: scan-0004.pdf · noch etwa 2 min",
 * rewritten in place (carriage return + erase line) instead of a stream of info lines. Off a terminal the
 * command keeps its log lines and this line is never drawn.
 */

export interface ProgressState {
  /** Files finished (case, batch, duplicate or failed). */
  done: number;
  total: number;
  /** The file being worked on (the first unfinished one in argument order), if any. */
  current: string | null;
  /** Milliseconds since the first file was handed over. */
  elapsedMs: number;
  /** Milliseconds from the first hand-over to the last finished file (the pace so far); default elapsedMs. */
  elapsedAtLastDoneMs?: number;
}

/**
 * "noch etwa 40 s", "noch etwa 3 min", "noch etwa 1 h 5 min"; null before anything is finished. The pace is
 * the time per finished file so far; the time since the last one finished counts down from it.
 */
export function timeLeft(state: Pick<ProgressState, 'done' | 'total' | 'elapsedMs' | 'elapsedAtLastDoneMs'>): string | null {
  if (state.done === 0 || state.done >= state.total) return null;
  const atLastDone = state.elapsedAtLastDoneMs ?? state.elapsedMs;
  const leftMs = (atLastDone / state.done) * (state.total - state.done) - (state.elapsedMs - atLastDone);
  const seconds = Math.max(1, Math.round(leftMs / 1000));
  if (seconds < 60) return `noch etwa ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `noch etwa ${minutes} min`;
  return `noch etwa ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The line itself, cut to the terminal's width (the file name is shortened first, from the left). */
export function formatProgress(state: ProgressState, columns = 80): string {
  const head = `${state.done} von ${state.total}`;
  const left = timeLeft(state);
  const tail = left ? ` · ${left}` : '';
  if (!state.current) return `${head}${tail}`.slice(0, columns - 1);
  const room = columns - 1 - head.length - tail.length - ' · aktuell: '.length;
  const name = state.current.length <= room ? state.current : room > 1 ? `…${state.current.slice(-(room - 1))}` : '';
  return `${head} · aktuell: ${name}${tail}`.slice(0, columns - 1);
}

export interface ProgressLine {
  /** The file at this position of the command line was handed over to the pipeline. */
  started(index: number): void;
  /** The file at this position is finished, whatever its outcome. */
  finished(index: number): void;
  /** Erases the line (before the command prints its results). */
  stop(): void;
}

/** Draws the line on a terminal stream; redraws each second so the time left moves. */
export function progressLine(
  stream: { write(text: string): unknown; columns?: number },
  files: string[],
  clock: () => number = Date.now,
): ProgressLine {
  const open = new Set<number>();
  const finished = new Set<number>();
  let firstStart: number | null = null;
  let lastDone: number | null = null;
  let stopped = false;
  // A pseudo-terminal may report 0 columns.
  const columns = () => Math.max(40, stream.columns || 80);
  const draw = () => {
    if (stopped) return;
    const first = [...open].sort((a, b) => a - b)[0];
    const state: ProgressState = {
      done: finished.size,
      total: files.length,
      current: first === undefined ? null : files[first]!,
      elapsedMs: firstStart === null ? 0 : clock() - firstStart,
      elapsedAtLastDoneMs: firstStart === null || lastDone === null ? 0 : lastDone - firstStart,
    };
    stream.write(`\r\x1b[K${formatProgress(state, columns())}`);
  };
  const timer = setInterval(draw, 1000);
  timer.unref();
  draw();
  return {
    started(index) {
      firstStart ??= clock();
      if (!finished.has(index)) open.add(index);
      draw();
    },
    finished(index) {
      open.delete(index);
      finished.add(index);
      lastDone = clock();
      draw();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      stream.write('\r\x1b[K');
    },
  };
}
