import { pino, type Logger as PinoLogger } from 'pino';

export type { PinoLogger };

/**
 * The one root logger. JSON lines when stderr is not a terminal (journald, files), a short
 * readable line when it is. Always on stderr: stdout belongs to CLI output (JSON Lines). On a terminal
 * each line first erases the line the cursor is on, so a command's progress line (cli/progress-line.ts)
 * never runs into a log line; the progress line is drawn again below it.
 * Log ids, hashes, counts and codes only — never names, addresses or file numbers.
 */
export function createRootLogger(level: string, options: { pretty?: boolean } = {}): PinoLogger {
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  if (!pretty) return pino({ level, base: { service: 'eviction-intake' } }, pino.destination({ fd: 2, sync: true }));
  const erase = process.stderr.isTTY ? '\r\x1b[K' : '';
  return pino(
    { level, base: undefined, timestamp: false },
    {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        const { level: lvl, msg, time: _time, ...rest } = entry;
        const tag = pino.levels.labels[lvl as number] ?? String(lvl);
        const context = Object.entries(rest)
          .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          .join(' ');
        process.stderr.write(`${erase}${new Date().toISOString().slice(11, 19)} ${tag.padEnd(5)} ${String(msg ?? '')} ${context}\n`);
      },
    },
  );
}
