#!/usr/bin/env node
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MALLOC_ENV } from '../config/malloc-env.js';

/**
 * `npm start`: runs `intake start …` in a child process whose environment has the malloc settings of
 * MALLOC_ENV (each unless already set: fewer arenas, large blocks mapped on their own; the reasons and
 * measurements are in config/malloc-env.ts). They must be in the environment before the process starts,
 * hence the child. Signals are passed on; the exit code is the child's.
 */
const intake = path.join(path.dirname(fileURLToPath(import.meta.url)), 'intake.js');
const args = process.argv.slice(2);
// Its own process group: Ctrl+C in a terminal signals the whole foreground group, and a service that got
// SIGINT from the terminal and again from here would take the second one as "quit now", not "finish".
// (kill -9 of this launcher leaves the service running; systemd starts intake.js itself, see README.)
const child = spawn(process.execPath, [intake, ...(args.length ? args : ['start'])], {
  stdio: 'inherit',
  detached: true,
  env: { ...MALLOC_ENV, ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
