import { pino, type Logger as PinoLogger } from 'pino';

export type { PinoLogger };

/**
 * The one root logger. JSON lines when stderr is not a terminal (journald, files), a short
 * readable line when it is. Always on stderr: stdout belongs to CLI output (JSON Lines). On a terminal
 * each line first erases the line the cursor is on, so a command's progress line (cli/progress-line.ts)
 * never runs into a log line; the progress line is drawn again below it.
 * Log ids, hashes, counts and codes only — never names, addresses or file numbers.
 */
export function createRootLogger(level: string, options: { pretty?: boolean; destination?: pino.DestinationStream } = {}): PinoLogger {
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  if (!pretty) {
    return pino({ level, base: { service: 'eviction-intake' }, onChild: oneBindingPerKey }, options.destination ?? pino.destination({ fd: 2, sync: true }));
  }
  const erase = process.stderr.isTTY ? '\r\x1b[K' : '';
  return pino(
    { level, base: undefined, timestamp: false, onChild: oneBindingPerKey },
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

/**
 * pino appends a child's bindings to its parent's as JSON text, so a key bound twice (a component that binds
 * `component` itself, given a logger that has one already) was printed twice in one line. After each child is
 * made, its bindings are written again with every key once; the binding made last wins.
 */
function oneBindingPerKey(child: PinoLogger): void {
  const holder = child as unknown as Record<symbol, string>;
  const chindings = holder[pino.symbols.chindingsSym] ?? '';
  if (chindings === '') return;
  const bindings = JSON.parse(`{${chindings.slice(1)}}`) as Record<string, unknown>;
  const once = Object.entries(bindings).map(([key, value]) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`).join('');
  if (once.length !== chindings.length) holder[pino.symbols.chindingsSym] = once;
}
