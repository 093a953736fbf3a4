/**
 * The README cannot drift: every command line of its "Quick start" and "Commands" sections runs here, in
 * README order, from a fresh copy of the package (the files a clone has, plus the built dist/ and this
 * checkout's node_modules) in a temp folder, so ./data and ./watch-folder are the copy's own. Lines added
 * to those sections later are picked up by parsing the code blocks; a block that shows no commands must be
 * marked as ```text.
 *
 * `npx intake …` goes through a `npx` on the PATH that runs the command the package's own package.json
 * names under "bin" — what npx resolves to in the package folder — without npx's few seconds of start-up
 * per line. `npm install` is not run (the copy is installed already). Long-running commands (start,
 * watch, npm start) run until they are ready and are then stopped with SIGTERM, which must end them cleanly.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeCommands } from '../../support/readme-commands.js';
import { REPO_ROOT } from '../../support/run-cli.js';

const SECTIONS = ['Quick start', 'Commands'];
const PASSWORD = 'readme-test-passwort';
/** Lines not run, and why. The test fails if one of them leaves the README, so this list cannot rot either. */
const NOT_RUN: Record<string, string> = {
  'npm install': 'the copy is installed already (node_modules of this checkout, dist/ built by npm test)',
};
const LONG_RUNNING = /^(npm start|npx intake (start|watch))(\s|$)/;

let root: string;
let copy: string;
let env: Record<string, string>;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'intake-readme-'));
  copy = path.join(root, 'eviction-intake');
  mkdirSync(copy);
  // What a fresh clone holds: the tracked files (and new ones not ignored), nothing of data/ or watch-folder/.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && statSync(path.join(REPO_ROOT, f), { throwIfNoEntry: false })?.isFile());
  for (const file of files) cpSync(path.join(REPO_ROOT, file), path.join(copy, file));
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const pkg = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  writeFileSync(
    path.join(bin, 'npx'),
    `#!/bin/sh\nif [ "$1" = intake ]; then shift; exec "${process.execPath}" "${path.join(copy, pkg.bin['intake']!)}" "$@"; fi\necho "README test: only npx intake is provided" >&2\nexit 127\n`,
  );
  chmodSync(path.join(bin, 'npx'), 0o755);

  // A service whose first-run setup is done: the sender comes from a config file outside the copy.
  const configFile = path.join(root, 'intake.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      sender: { name: 'Fachstelle Wohnen Testkreis', street: 'Amtsweg 3', postalCode: '51643', city: 'Gummersbach', phone: '02261 12345', email: 'fachstelle@testkreis.test', officeHours: 'Mo–Fr 9–12 Uhr', contactPerson: 'Ihre Fachstelle' },
    }),
  );
  port = await freePort();
  env = {
    PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? root,
    INTAKE_CONFIG: configFile,
    INTAKE_PORT: String(port),
    INTAKE_OCR_WORKERS: '1',
  };
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  output: string;
}

/** Runs one README line with bash in the copy; the password prompt of `user add` gets one on stdin. */
function runLine(line: string, timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], { cwd: copy, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(`${PASSWORD}\n`);
  });
}

/** Runs a service line until it says it is ready (and the web UI answers), then stops it with SIGTERM. */
function runService(line: string): Promise<Run & { answered: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so SIGTERM reaches bash, npm and the launcher alike (as Ctrl+C would).
    const child = spawn('bash', ['-c', line], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let answered: number | null = null;
    let stopping = false;
    const web = !/\bwatch\b/.test(line);
    const check = async () => {
      // The last line the service prints once its SIGTERM handler is in place.
      if (stopping || !output.includes('Beenden mit Strg+C.')) return;
      stopping = true;
      if (web) answered = (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status ?? null;
      process.kill(-child.pid!, 'SIGTERM');
    };
    const onData = (d: Buffer) => {
      output += d.toString();
      void check();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, output, answered, signal });
    });
  });
}

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const commands = readmeCommands(readme, SECTIONS);

describe('the README’s command lines, run from a fresh copy of the package', () => {
  it('shows commands in both sections, and every line it does not run is still in it', () => {
    expect(commands.filter((c) => c.section === 'Quick start').length).toBeGreaterThan(1);
    expect(commands.filter((c) => c.section === 'Commands').length).toBeGreaterThan(5);
    for (const line of Object.keys(NOT_RUN)) expect(commands.map((c) => c.line)).toContain(line);
  });

  it('runs every line in README order with exit code 0', async () => {
    const failures: string[] = [];
    for (const { section, line } of commands) {
      if (NOT_RUN[line]) continue;
      if (LONG_RUNNING.test(line)) {
        const run = await runService(line);
        // The service must end cleanly; npm itself, signalled along with it as by Ctrl+C, may end by the signal.
        const ended = run.code === 0 || (line.startsWith('npm ') && run.signal === 'SIGTERM');
        if (!ended || !run.output.includes('"msg":"stopped"')) failures.push(`[${section}] ${line}: exit ${run.code ?? run.signal}\n${run.output.slice(-1500)}`);
        if (!/\bwatch\b/.test(line) && run.answered !== 200) failures.push(`[${section}] ${line}: web UI answered ${run.answered}`);
        continue;
      }
      const run = await runLine(line);
      if (run.code !== 0) failures.push(`[${section}] ${line}: exit ${run.code}\n${run.output.slice(-1500)}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
