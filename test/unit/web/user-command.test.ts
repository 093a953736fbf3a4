import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userCommand } from '../../../src/cli/user.command.js';
import { openDatabase } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { verifyPassword } from '../../../src/web/password.hasher.js';

let dir: string;
const args = () => ['--data-dir', path.join(dir, 'data'), '--watch-dir', path.join(dir, 'watch'), '--log-level', 'silent'];
const stdin = (text: string) => Object.assign(Readable.from([Buffer.from(text)]), { isTTY: false });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-user-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function userRow(name: string) {
  const db = openDatabase(path.join(dir, 'data', 'intake.sqlite'));
  try {
    return new SqliteStore(db).auth.userByName(name);
  } finally {
    db.close();
  }
}

describe('intake user add', () => {
  it('adds a worker with a scrypt hash of the password read from stdin', async () => {
    expect(await userCommand(['add', 'bert', '--role', 'worker', ...args()], stdin('ein-langes-passwort\n'))).toBe(0);
    const user = userRow('bert')!;
    expect(user.role).toBe('worker');
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain('ein-langes-passwort');
    expect(await verifyPassword('ein-langes-passwort', user.password_hash)).toBe(true);
    expect(await verifyPassword('ein-anderes-passwort', user.password_hash)).toBe(false);
  });

  it('refuses a short password, a missing role and a second user of the same name', async () => {
    await expect(userCommand(['add', 'bert', '--role', 'worker', ...args()], stdin('kurz\n'))).rejects.toThrow('mindestens 10 Zeichen');
    await expect(userCommand(['add', 'bert', ...args()], stdin('ein-langes-passwort\n'))).rejects.toThrow('--role');
    expect(await userCommand(['add', 'bert', '--role', 'admin', ...args()], stdin('ein-langes-passwort\n'))).toBe(0);
    expect(await userCommand(['add', 'BERT', '--role', 'admin', ...args()], stdin('ein-langes-passwort\n'))).toBe(1);
  });
});
