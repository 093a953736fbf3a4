import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { IntakeError } from '../../../src/core/errors.js';

const cwd = '/srv/intake';

function configError(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('works with zero setup: ./watch-folder, ./data, 127.0.0.1:8080', () => {
    const config = loadConfig({ env: {}, cwd });
    expect(config.watchDir).toBe(path.join(cwd, 'watch-folder'));
    expect(config.dataDir).toBe(path.join(cwd, 'data'));
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8080);
    expect(config.gazetteer.courts).toContain('Gummersbach');
    expect(config.letters.templatesDir).toMatch(/templates$/);
  });

  it('takes settings from the environment and lets CLI flags win over it', () => {
    const env = { INTAKE_WATCH_DIR: '/mnt/scanner', INTAKE_DATA_DIR: 'var', INTAKE_PORT: '9090', INTAKE_POLLING: 'true' };
    const fromEnv = loadConfig({ env, cwd });
    expect(fromEnv.watchDir).toBe('/mnt/scanner');
    expect(fromEnv.dataDir).toBe(path.join(cwd, 'var'));
    expect(fromEnv.port).toBe(9090);
    expect(fromEnv.watch.polling).toBe(true);
    const withFlags = loadConfig({ env, cwd, flags: { 'watch-dir': '/tmp/in', 'data-dir': '/tmp/data' } });
    expect(withFlags.watchDir).toBe('/tmp/in');
    expect(withFlags.dataDir).toBe('/tmp/data');
  });

  it('stops with one German message naming the environment variable of an invalid value', () => {
    const error = configError(() => loadConfig({ env: { INTAKE_PORT: 'achtzig' }, cwd }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(/^Ungültige Einstellung INTAKE_PORT: /);
    expect(error.message).toContain('"achtzig"');
  });

  it('names the CLI flag when the invalid value came from a flag', () => {
    const error = configError(() => loadConfig({ env: { INTAKE_PORT: '8080' }, flags: { port: '70000' }, cwd }));
    expect(error.message).toMatch(/^Ungültige Einstellung --port: /);
  });

  it('lists the allowed values of a choice', () => {
    const error = configError(() => loadConfig({ env: { INTAKE_SUBFOLDERS: 'maybe' }, cwd }));
    expect(error.message).toContain('INTAKE_SUBFOLDERS');
    expect(error.message).toContain('"process"');
    expect(error.message).toContain('"ignore"');
  });

  it('refuses a review threshold above the join threshold', () => {
    const error = configError(() => loadConfig({ env: { INTAKE_MATCH_JOIN: '0.5', INTAKE_MATCH_REVIEW: '0.8' }, cwd }));
    expect(error.message).toContain('INTAKE_MATCH_REVIEW');
  });

  it('says which config file is missing', () => {
    const error = configError(() => loadConfig({ env: { INTAKE_CONFIG: 'gibt-es-nicht.json' }, cwd }));
    expect(error.message).toContain('INTAKE_CONFIG');
    expect(error.message).toContain('gibt-es-nicht.json');
  });
});
