/**
 * `npm run bench:storage` (issue 25): measures the two storage targets with the real service.
 *
 * 1. Disk full (needs root: mounts a tmpfs): the data folder on a 3 MB tmpfs, 30 text-layer notices of
 *    different households dropped at once into the watch folder of an `intake watch` child; when the
 *    service reports the pause, the tmpfs is grown to 64 MB. Prints when it paused, whether the process
 *    ever exited, what ended in failed/, the cases and letters, and the storage alerts in the outbox.
 * 2. Backup under load: a synthetic store of 10,000 cases and 2,000 documents (originals, letters and
 *    page words of realistic size), filled through the repositories; then `intake backup` runs while the
 *    service works through a burst of 30 notices; the backup is restored with `intake restore` into an
 *    empty folder and checked: integrity_check of the restored copy, and every document finished before
 *    the backup started is there with its original and its letter (bytes compared by SHA-256).
 *
 * Usage: node dist/scripts/bench-storage.js [--skip-full] [--skip-backup] [--cases 10000] [--documents 2000] [--keep]
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import PDFDocument from 'pdfkit';
import { readServiceState } from '../src/adapters/service-state.adapter.js';
import { loadConfig, packageRoot } from '../src/config/load-config.js';
import { emptyFields, type ExtractionResult } from '../src/core/extraction.schema.js';
import { openDatabase } from '../src/db/connection.js';
import { SqliteStore } from '../src/db/sqlite.store.js';
import { commitDocument } from '../src/pipeline/commit.stage.js';

const CLI = path.join(packageRoot(), 'dist/src/cli/intake.js');
const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SYLLABLES = ['ber', 'man', 'kow', 'lin', 'sch', 'ulz', 'dor', 'fel', 'gra', 'hen', 'ist', 'jan', 'ker', 'lod', 'mir', 'nov', 'oss', 'pet', 'rau', 'sel'];

/** A distinct family name for household i (no two households share one, so each notice opens its own case). */
function family(i: number): string {
  const a = SYLLABLES[i % 20]!;
  const b = SYLLABLES[Math.floor(i / 20) % 20]!;
  const c = SYLLABLES[Math.floor(i / 400) % 20]!;
  const name = `${a}${b}${c}${Math.floor(i / 8000) || ''}`;
  return name[0]!.toUpperCase() + name.slice(1);
}

// Names the extraction knows as names (the synthetic store's made-up names are written as fields, not read).
const NOTICE_FAMILIES = ['Albers', 'Brandt', 'Claasen', 'Dietz', 'Eckert', 'Franke', 'Grewe', 'Hollmann', 'Ibsen', 'Jansen', 'Kuhlmann', 'Lorenz', 'Mertens', 'Nolte', 'Oswald', 'Pohl', 'Quast', 'Rieger', 'Sander', 'Thiel', 'Ulrich', 'Vogt', 'Wendt', 'Zander', 'Arndt', 'Bode', 'Conrad', 'Daum', 'Ebert', 'Fuchs', 'Gerber', 'Haas'];
const NOTICE_GIVEN = ['Karl', 'Anna', 'Peter', 'Maria', 'Thomas', 'Sabine', 'Klaus', 'Petra'];

/** A labelled-lines court notice with a text layer (as test/support/notice-pdf.ts writes it), household i. */
function noticePdf(i: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, left: 70, right: 55, bottom: 50 }, info: { Title: 'Mitteilung', CreationDate: new Date(0) } });
  doc.registerFont('Regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('Bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Bold').fontSize(14).text('Amtsgericht Gummersbach');
  doc.font('Regular').fontSize(9).text('Amtsgericht Gummersbach · Postfach 10 01 20 · 51601 Gummersbach');
  doc.moveDown(1.5).fontSize(10).text('Kreisverwaltung – Sozialamt').text('Moltkestraße 42').text('51643 Gummersbach').moveDown(1);
  doc.text(`Geschäftsnummer: ${1 + (i % 40)} C ${5000 + i}/25`, { align: 'right' }).text('Datum: 12.03.2025', { align: 'right' }).moveDown(1);
  doc.font('Bold').fontSize(12).text('Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII');
  doc.font('Regular').fontSize(10).moveDown(0.5).text('In dem Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:').moveDown(0.8);
  const line = (label: string, value: string) => {
    const y = doc.y;
    doc.text(label, 70, y, { width: 200 });
    const afterLabel = doc.y;
    doc.text(value, 280, y, { width: 260 });
    doc.y = Math.max(afterLabel, doc.y) + 4;
    doc.x = 70;
  };
  const name = NOTICE_FAMILIES[i % NOTICE_FAMILIES.length]!;
  const given = NOTICE_GIVEN[Math.floor(i / NOTICE_FAMILIES.length) % NOTICE_GIVEN.length]!;
  line('Tag des Eingangs der Klage:', '10.03.2025');
  line('Klägerin:', 'Wohnungsbau Oberberg GmbH, Am Markt 3, 51643 Gummersbach');
  line('Beklagte:', `Herrn ${given} ${name}`);
  line('Anschrift der Wohnung:', `${name}weg ${1 + (i % 90)}, 51674 Wiehl`);
  line('Monatliche Miete:', '685,00 €');
  line('Mietrückstand:', '2.055,00 €');
  line('Termin zur mündlichen Verhandlung:', 'Dienstag, 22.04.2025, 10:30 Uhr, Saal 104');
  doc.moveDown(1.5).text('Mit freundlichen Grüßen');
  doc.end();
  return done;
}

function startService(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [CLI, 'watch'], { env: { ...process.env, INTAKE_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
}

function run(args: string[], env: Record<string, string>): { code: number; stdout: string; ms: number } {
  const started = Date.now();
  try {
    const stdout = execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, INTAKE_LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
    return { code: 0, stdout, ms: Date.now() - started };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, stdout: `${e.stdout ?? ''}${e.stderr ?? ''}`, ms: Date.now() - started };
  }
}

function counts(dataDir: string): { done: number; failed: number; cases: number; letters: number; lettersPerCase: number[] } {
  const db = new Database(path.join(dataDir, 'intake.sqlite'), { readonly: true });
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      done: n("SELECT count(*) FROM documents WHERE status = 'done'"),
      failed: n("SELECT count(*) FROM documents WHERE status = 'failed'"),
      cases: n('SELECT count(*) FROM cases'),
      letters: n("SELECT count(*) FROM letters WHERE status = 'ready'"),
      lettersPerCase: db.prepare('SELECT (SELECT count(*) FROM letters l WHERE l.case_id = c.id) FROM cases c').pluck().all() as number[],
    };
  } finally {
    db.close();
  }
}

/** Finished documents only (cheap enough to poll on a large store). */
function doneCount(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'intake.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM documents WHERE status = 'done'").pluck().get() as number;
  } finally {
    db.close();
  }
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

async function diskFull(root: string): Promise<void> {
  if (process.getuid?.() !== 0) {
    process.stdout.write('1) Datenträger voll: übersprungen (braucht root für mount -t tmpfs)\n');
    return;
  }
  const dataDir = path.join(root, 'full-data');
  const watchDir = path.join(root, 'full-watch');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(watchDir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dataDir]);
  try {
    const env = {
      INTAKE_DATA_DIR: dataDir,
      INTAKE_WATCH_DIR: watchDir,
      INTAKE_STABLE_MS: '300',
      INTAKE_OCR_WORKERS: '1',
      INTAKE_MIN_FREE_MB: '0.3',
      INTAKE_STORAGE_RETRY_MS: '500',
      INTAKE_STORAGE_RETRY_MAX_MS: '5000',
      INTAKE_ALERT_BATCH_MINUTES: '600',
    };
    const child = startService(env);
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));
    await sleep(3000);
    const notices = await Promise.all(Array.from({ length: 30 }, (_, i) => noticePdf(i)));
    const started = Date.now();
    notices.forEach((pdf, i) => {
      const target = path.join(watchDir, `Scan ${i}.pdf`);
      writeFileSync(`${target}.part`, pdf);
      renameSync(`${target}.part`, target);
    });
    while (readServiceState(dataDir)?.health.status !== 'paused' && Date.now() - started < 120_000) await sleep(100);
    const pausedAfter = Date.now() - started;
    const atPause = counts(dataDir);
    const status = run(['status'], env);
    await sleep(3000);
    const grownAt = Date.now();
    execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);
    let c = counts(dataDir);
    while ((c.done < 30 || c.letters < 30) && Date.now() - grownAt < 180_000) {
      await sleep(200);
      c = counts(dataDir);
    }
    const resumedMs = Date.now() - grownAt;
    const alerts = list(path.join(dataDir, 'outbox')).filter((n) => readFileSync(path.join(dataDir, 'outbox', n), 'utf8').includes('X-Intake-Kind: storage'));
    const aliveThroughout = exited === undefined;
    child.kill('SIGTERM');
    await new Promise((r) => (exited !== undefined ? r(null) : child.once('exit', r)));
    process.stdout.write(
      [
        '1) Datenordner auf 3-MB-tmpfs, 30 Mitteilungen auf einmal:',
        `   Pause nach ${(pausedAfter / 1000).toFixed(1)} s bei ${atPause.done} fertigen Dokumenten; intake status meldete (Exit ${status.code}):`,
        ...status.stdout.split('\n').slice(0, 3).map((l) => `     ${l}`),
        `   nach Vergrößerung auf 64 MB: alle fertig nach ${(resumedMs / 1000).toFixed(1)} s`,
        `   Ergebnis: ${c.done} Dokumente fertig, ${c.cases} Fälle, ${c.letters} Briefe (je Fall: ${[...new Set(c.lettersPerCase)].join('/')}), ` +
          `${c.failed} fehlgeschlagen, failed/: ${list(path.join(watchDir, 'failed')).length} Dateien, Ablageordner übrig: ${list(watchDir).length}, Spool übrig: ${list(path.join(dataDir, 'spool')).length}`,
        `   Dienstprozess ${aliveThroughout ? 'lief durchgehend' : `BEENDET (Exit ${exited})`}; Speicher-Alarm-Mails im Ausgang: ${alerts.length}`,
        '',
      ].join('\n'),
    );
  } finally {
    execFileSync('umount', ['-l', dataDir]);
  }
}

/** A synthetic store through the repositories: `documents` cases from a committed notice each, the rest without documents. */
async function fillStore(dataDir: string, totalCases: number, documents: number): Promise<void> {
  const config = loadConfig({ env: { INTAKE_DATA_DIR: dataDir } });
  const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
  const store = new SqliteStore(db);
  const letterPdf = await noticePdf(999_999); // about the size of a real letter's PDF
  const pageWords = JSON.stringify(
    [{ number: 1, width: 2480, height: 3508, rotation: 0, words: Array.from({ length: 260 }, (_, w) => ({ text: `Wort${w}`, bbox: [0.1, 0.2, 0.15, 0.21], confidence: 0.93 })) }],
  );
  const settings = { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de' };
  const writeLetter = (caseId: string, at: string) => {
    const letter = store.letters.forCase(caseId)[0];
    if (!letter) return;
    const file = path.join(dataDir, 'letters', caseId, `${caseId}-erstkontakt.pdf`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.concat([letterPdf, Buffer.from(`\n%${caseId}\n`)]));
    store.letters.markReady(letter.id, file, '{}', at);
  };
  // Some synthetic households are alike enough to be joined: cases are added until there are `totalCases`.
  for (let i = 0; i < documents || store.cases.count() < totalCases; i++) {
    const at = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 5).toISOString();
    const fields = emptyFields();
    const set = (name: string, value: unknown) => ((fields as Record<string, unknown>)[name] = { value, confidence: 0.95, page: 1, bbox: [0.1, 0.1, 0.3, 0.12] });
    set('court', 'Amtsgericht Gummersbach');
    set('fileNumber', `${1 + (i % 40)} C ${i}/2${i % 6}`);
    set('tenants', [{ name: `Karl ${family(i)}`, birthDate: null }]);
    set('address', { street: `${family(i)}weg`, houseNumber: String(1 + (i % 90)), postalCode: '51674', city: 'Wiehl', addition: null });
    set('claimReceived', at.slice(0, 10));
    if (i < documents) {
      const original = Buffer.concat([letterPdf.subarray(0, 2500), Buffer.from(`\n%notice ${i}\n`)]);
      const hash = sha256(original);
      const originalPath = path.join(dataDir, 'originals', hash.slice(0, 2), `${hash}.pdf`);
      mkdirSync(path.dirname(originalPath), { recursive: true });
      writeFileSync(originalPath, original);
      const extraction: ExtractionResult = { file: `scan-${i}.pdf`, sha256: hash, documentType: 'court_notice', pages: [1, 1], text: { source: 'text-layer', confidence: 1 }, fields, warnings: [] };
      const id = `dsyn${String(i).padStart(6, '0')}`;
      store.documents.insertReceived({ id, sha256: hash, originalName: `scan-${i}.pdf`, origin: 'watch', size: original.length, spoolPath: `/nirgends/${id}`, receivedAt: at });
      const doc = store.documents.claimNext(new Date(Date.UTC(2030, 0, 1)).toISOString())!;
      const outcome = commitDocument(store, { doc, extraction, pagesJson: pageWords, mimeType: 'application/pdf', originalPath, readAt: at, extractedAt: at }, settings, new Date(at));
      store.documents.clearSpoolPath(id);
      writeLetter(outcome.caseId, at);
    } else {
      store.transaction(() => {
        const caseId = store.cases.create(at);
        for (const [name, value] of Object.entries(fields)) {
          if (value) store.cases.writeField(caseId, { name, valueJson: JSON.stringify((value as { value: unknown }).value), confidence: 0.95, source: 'machine', documentId: null, page: null, bboxJson: null, correctedBy: null }, at);
        }
        store.cases.addFileNumber(caseId, `${1 + (i % 40)} C ${i}/2${i % 6}`, 'Amtsgericht Gummersbach');
        store.letters.createFirstContact(caseId, config.letters.defaultVariant, at);
        writeLetter(caseId, at);
      });
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function duSize(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

async function backupUnderLoad(root: string, totalCases: number, documents: number): Promise<void> {
  const dataDir = path.join(root, 'big-data');
  const watchDir = path.join(root, 'big-watch');
  const backupDir = path.join(root, 'sicherungen');
  const restoredDir = path.join(root, 'wiederhergestellt');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(watchDir, { recursive: true });
  let started = Date.now();
  await fillStore(dataDir, totalCases, documents);
  const fillMs = Date.now() - started;
  const dbBytes = statSync(path.join(dataDir, 'intake.sqlite')).size;
  const env = { INTAKE_DATA_DIR: dataDir, INTAKE_WATCH_DIR: watchDir, INTAKE_STABLE_MS: '300', INTAKE_OCR_WORKERS: '1', INTAKE_ALERT_BATCH_MINUTES: '600' };
  const child = startService(env);
  await sleep(4000);
  const notices = await Promise.all(Array.from({ length: 30 }, (_, i) => noticePdf(100 + i)));
  notices.forEach((pdf, i) => {
    const target = path.join(watchDir, `Scan ${i}.pdf`);
    writeFileSync(`${target}.part`, pdf);
    renameSync(`${target}.part`, target);
  });
  // Let the burst get going, then take the backup while it runs.
  while (doneCount(dataDir) < documents + 1) await sleep(20);
  const live = new Database(path.join(dataDir, 'intake.sqlite'), { readonly: true });
  const finishedBefore = live.prepare("SELECT id, original_path FROM documents WHERE status = 'done'").all() as { id: string; original_path: string }[];
  const lettersBefore = live.prepare("SELECT case_id, path FROM letters WHERE status = 'ready'").all() as { case_id: string; path: string }[];
  live.close();
  const backup = run(['backup', '--to', backupDir, '--json'], env);
  const duringBurst = doneCount(dataDir);
  while (doneCount(dataDir) < documents + 30) await sleep(200);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  const backupInfo = backup.code === 0 ? (JSON.parse(backup.stdout) as { dir: string; files: number; bytes: number; ms: number }) : null;

  started = Date.now();
  const restore = run(['restore', '--from', backupDir], { ...env, INTAKE_DATA_DIR: restoredDir });
  const restoreMs = Date.now() - started;
  const restoredDb = new Database(path.join(restoredDir, 'intake.sqlite'), { readonly: true });
  const integrity = (restoredDb.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  const docs = new Map((restoredDb.prepare("SELECT id, original_path FROM documents WHERE status = 'done'").all() as { id: string; original_path: string }[]).map((r) => [r.id, r.original_path]));
  const letters = new Map((restoredDb.prepare("SELECT case_id, path FROM letters WHERE status = 'ready'").all() as { case_id: string; path: string }[]).map((r) => [r.case_id, r.path]));
  const restoredCases = restoredDb.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  restoredDb.close();
  let missing = 0;
  for (const doc of finishedBefore) {
    const restoredPath = docs.get(doc.id);
    if (!restoredPath || !existsSync(restoredPath) || sha256(readFileSync(restoredPath)) !== sha256(readFileSync(doc.original_path))) missing += 1;
  }
  let missingLetters = 0;
  for (const letter of lettersBefore) {
    const restoredPath = letters.get(letter.case_id);
    if (!restoredPath || !existsSync(restoredPath) || sha256(readFileSync(restoredPath)) !== sha256(readFileSync(letter.path))) missingLetters += 1;
  }
  process.stdout.write(
    [
      `2) Sicherung unter Last: Bestand ${totalCases} Fälle, ${documents} Dokumente (gefüllt in ${(fillMs / 1000).toFixed(0)} s; Datenbank ${(dbBytes / 1048576).toFixed(1)} MB, Datenordner ${(duSize(dataDir) / 1048576).toFixed(0)} MB)`,
      `   intake backup während 30 Mitteilungen verarbeitet wurden: Exit ${backup.code}, ${backupInfo ? `${(backupInfo.ms / 1000).toFixed(1)} s (Prozess ${(backup.ms / 1000).toFixed(1)} s), ${backupInfo.files} Dateien, ${(backupInfo.bytes / 1048576).toFixed(0)} MB` : backup.stdout}`,
      `   fertig vor Beginn der Sicherung: ${finishedBefore.length} Dokumente (${finishedBefore.length - documents} des Bursts), ${lettersBefore.length} Briefe; am Ende der Sicherung: ${duringBurst} Dokumente (${duringBurst - documents} des Bursts)`,
      `   intake restore in leeren Ordner: Exit ${restore.code}, ${(restoreMs / 1000).toFixed(1)} s; integrity_check der Kopie: ${integrity}; Fälle ${restoredCases}`,
      `   davon fehlend oder abweichend: ${missing} Dokumente (Original per SHA-256 verglichen), ${missingLetters} Briefe`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'skip-full': { type: 'boolean' }, 'skip-backup': { type: 'boolean' }, cases: { type: 'string', default: '10000' }, documents: { type: 'string', default: '2000' }, keep: { type: 'boolean' } },
  });
  const root = mkdtempSync(path.join(tmpdir(), 'intake-bench-storage-'));
  try {
    if (!values['skip-full']) await diskFull(root);
    if (!values['skip-backup']) await backupUnderLoad(root, Number(values.cases), Number(values.documents));
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
    else process.stdout.write(`Ordner behalten: ${root}\n`);
  }
}

await main();
