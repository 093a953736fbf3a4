import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startCli } from '../../support/run-cli.js';
import { tempDirs } from '../../support/temp-app.js';

const dirs = tempDirs('intake-launch-');
afterAll(() => dirs.cleanup());

const waitFor = async (check: () => boolean, ms = 20_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The pids of the direct children of `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

/** `node dist/src/cli/launch.js watch`, as `npm start` runs it; `detached` makes it lead its own process group. */
function startLauncher(dataDir: string, detached = false) {
  // A configured data folder must exist (the service creates only the default ./data itself).
  mkdirSync(path.join(dirs.root, dataDir), { recursive: true });
  const env = { PATH: process.env.PATH ?? '', HOME: dirs.root, INTAKE_LOG_LEVEL: 'info', INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: path.join(dirs.root, dataDir) };
  const launcher = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/src/cli/launch.js'), 'watch'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached });
  let output = '';
  launcher.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  launcher.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => launcher.on('exit', (code) => resolve(code)));
  return { launcher, exited, output: () => output };
}

describe.runIf(process.platform === 'linux')('npm start (src/cli/launch.ts)', () => {
  it('runs the service with the malloc settings (MALLOC_ARENA_MAX=2, MALLOC_MMAP_THRESHOLD_=1 MiB), passes SIGTERM on and exits with its code', async () => {
    const { launcher, exited, output } = startLauncher('data');
    await waitFor(() => output().includes('Beenden mit Strg+C'));

    const [service] = childrenOf(launcher.pid!);
    const serviceEnv = readFileSync(`/proc/${service}/environ`, 'utf8').split('\0');
    expect(serviceEnv).toContain('MALLOC_ARENA_MAX=2');
    expect(serviceEnv).toContain('MALLOC_MMAP_THRESHOLD_=1048576');
    expect(output()).not.toContain('malloc settings not set');

    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');
    expect(() => process.kill(service!, 0)).toThrow();
  });

  it('shuts the service down cleanly on Ctrl+C in a terminal (SIGINT to the whole foreground group)', async () => {
    // The launcher leads a process group of its own, like a shell's foreground job.
    const { launcher, exited, output } = startLauncher('data3', true);
    await waitFor(() => output().includes('Beenden mit Strg+C'));
    process.kill(-launcher.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');
  });

  it('warns when the service is started without them', async () => {
    mkdirSync(path.join(dirs.root, 'data2'), { recursive: true });
    const child = startCli(['watch'], { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: path.join(dirs.root, 'data2') });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(() => child.output().includes('Beenden mit Strg+C'));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(child.output()).toContain('malloc settings not set');
  });
});
