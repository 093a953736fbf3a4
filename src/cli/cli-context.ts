import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createRootLogger, type PinoLogger } from '../adapters/logger.adapter.js';
import type { Config } from '../config/config.schema.js';
import { loadConfig } from '../config/load-config.js';
import { isIntakeError } from '../core/errors.js';

/** Flags every command understands (they override the environment). */
export const COMMON_OPTIONS = {
  'watch-dir': { type: 'string' },
  'data-dir': { type: 'string' },
  'templates-dir': { type: 'string' },
  config: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'log-level': { type: 'string' },
  polling: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface CommandContext {
  config: Config;
  logger: PinoLogger;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseCommand(
  argv: string[],
  options: ParseArgsConfig['options'] = {},
  { loggerLevel, quietOnTerminal }: { loggerLevel?: string; quietOnTerminal?: boolean } = {},
): CommandContext {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const config = loadConfig({ flags: values });
  const logger = createRootLogger(loggerLevel ?? (quietOnTerminal ? terminalLevel(config.logLevel, values) : config.logLevel));
  return { config, logger, values, positionals: parsed.positionals };
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/**
 * For commands that draw a progress line on a terminal: info lines would only push it around, so the log
 * shows warnings and errors there — unless --log-level asks for more. Off a terminal nothing changes.
 */
function terminalLevel(level: string, values: Record<string, string | boolean | undefined>): string {
  if (!process.stderr.isTTY || values['log-level'] !== undefined) return level;
  return LEVELS.indexOf(level) < LEVELS.indexOf('warn') ? 'warn' : level;
}

/** Prints an error for a person (German) and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`Aufruf fehlerhaft: ${error.message}\nHilfe: intake --help`);
    return 2;
  }
  if (isIntakeError(error)) {
    console.error(`Fehler (${error.code}): ${error.message}`);
    return error.kind === 'config' ? 78 : 1;
  }
  console.error(`Unerwarteter Fehler: ${(error as Error)?.name ?? 'Error'}. Details im Protokoll.`);
  console.error((error as Error)?.stack?.split('\n').slice(1, 6).join('\n') ?? '');
  return 1;
}
