import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renderNoticePdf, SAMPLE_NOTICE } from './notice-pdf.js';

/**
 * Real small file systems need root (mount); CI runs as root. INTAKE_TEST_NOT_ROOT=1 runs the stand-ins a
 * user without root gets (only meaningful for tests whose stand-in does not depend on file permissions).
 */
export const IS_ROOT = process.getuid?.() === 0 && process.env['INTAKE_TEST_NOT_ROOT'] !== '1';

/** Mounts a tmpfs of `size` (e.g. '3m') on `dir`; returns how to grow it, make it read-only, and unmount it. */
export function mountTmpfs(dir: string, size: string, options: { readOnly?: boolean } = {}) {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755${options.readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  return {
    grow: (to: string) => execFileSync('mount', ['-o', `remount,size=${to}`, dir]),
    unmount: () => {
      try {
        execFileSync('umount', ['-l', dir]);
      } catch {
        // already gone
      }
    },
  };
}

const FAMILIES = ['Albers', 'Brandt', 'Claasen', 'Dietz', 'Eckert', 'Franke', 'Grewe', 'Hollmann', 'Ibsen', 'Jansen', 'Kuhlmann', 'Lorenz', 'Mertens', 'Nolte', 'Oswald', 'Pohl', 'Quast', 'Rieger', 'Sander', 'Thiel', 'Ulrich', 'Vogt', 'Wendt', 'Xander', 'Yilmaz', 'Zander', 'Arndt', 'Bode', 'Conrad', 'Daum', 'Ebert', 'Fuchs'];

/** `count` notices of different households (each must become its own case with its own letter). */
export async function householdNotices(count: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length]!;
    out.push(
      await renderNoticePdf({
        ...SAMPLE_NOTICE,
        fileNumber: `${i + 1} C ${200 + i}/25`,
        tenants: [{ title: 'Herr', name: `Karl ${family}${i >= FAMILIES.length ? 'er' : ''}` }],
        street: `${family}weg ${i + 1}`,
      }),
    );
  }
  return out;
}

/** Drops a file as a scanner's SMB copy would finish: written under a temp name, renamed in. */
export function dropFile(watchDir: string, name: string, bytes: Buffer): void {
  const target = path.join(watchDir, name);
  writeFileSync(`${target}.part`, bytes);
  renameSync(`${target}.part`, target);
}

export interface StoreCounts {
  received: number;
  processing: number;
  done: number;
  failed: number;
  cases: number;
  letters: number;
  lettersPerCase: number[];
}

/** Counts straight from the SQLite file (read-only, its own connection). */
export function storeCounts(dataDir: string): StoreCounts | null {
  const file = path.join(dataDir, 'intake.sqlite');
  if (!existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 2000');
    const count = (sql: string) => (db!.prepare(sql).pluck().get() as number) ?? 0;
    return {
      received: count("SELECT count(*) FROM documents WHERE status = 'received'"),
      processing: count("SELECT count(*) FROM documents WHERE status = 'processing'"),
      done: count("SELECT count(*) FROM documents WHERE status = 'done'"),
      failed: count("SELECT count(*) FROM documents WHERE status = 'failed'"),
      cases: count('SELECT count(*) FROM cases'),
      letters: count("SELECT count(*) FROM letters WHERE status = 'ready'"),
      lettersPerCase: db.prepare('SELECT (SELECT count(*) FROM letters l WHERE l.case_id = c.id) FROM cases c').pluck().all() as number[],
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The .eml files in the outbox with their X-Intake-Kind. */
export function outboxMails(dataDir: string): { file: string; kind: string; text: string }[] {
  const dir = path.join(dataDir, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.eml'))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return { file, kind: /^X-Intake-Kind: (\S+)/m.exec(text)?.[1] ?? '', text };
    });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await sleep(100);
  }
}
