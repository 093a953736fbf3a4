/**
 * `npm run bench:watch` (issue 7): drops N scanned one-page notices into a real watch folder of a real
 * `intake watch` child process at once and prints whether every file is accounted for, the throughput
 * against the OCR pool's own pages per minute (the reader alone, fed as many pages at once as it lets into the
 * pool, 8 pages per worker and at least 16 after a warm-up), and the service's peak RSS.
 * With `--kill`, the service is killed with SIGKILL at a random moment of the burst and restarted; the
 * same accounting must hold and the database must pass PRAGMA integrity_check.
 *
 * The service runs with the malloc settings of src/config/malloc-env.ts, as `npm start` and the README's
 * systemd unit start it; `--malloc-arenas 0` measures it with glibc's defaults instead.
 *
 * With `--log FILE`, the service logs (stderr) at level info into FILE: each document's commit line says where its
 * time went (readMs, extractMs, ms), each letter's line its rendering time.
 *
 * Usage: node dist/scripts/bench-watch.js [--files 300] [--workers 2] [--kill] [--keep] [--malloc-arenas N] [--log FILE]
 * Needs pdftoppm (poppler-utils) to make the scans.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';
import { packageRoot } from '../src/config/load-config.js';
import { MALLOC_ENV } from '../src/config/malloc-env.js';
import { openDatabase } from '../src/db/connection.js';

// A Unicode font: pdfkit's built-in Helvetica has no ı or ş, and "Yılmaz" would be printed (and scanned) as garbage.
const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = path.join(FONT_DIR, 'DejaVuSans.ttf');
const FONT_BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const FAMILY = ['Albers', 'Brandt', 'Çelik', 'Dietz', 'Eckert', 'Franke', 'Grewe', 'Hollmann', 'Ibsen', 'Jansen', 'Kowalczyk', 'Lorenz', 'Yılmaz', 'Nowak', 'Otten', 'Pohl', 'Quast', 'Richter', 'Schäfer', 'Thiel'];
const GIVEN = ['Anna', 'Bernd', 'Ewa', 'Mehmet', 'Olga', 'Peter', 'Maria', 'Thomas', 'Ayşe', 'Jan', 'Sabine', 'Ali', 'Irina', 'Klaus', 'Petra'];
const TOWNS: [string, string][] = [['51674', 'Wiehl'], ['51643', 'Gummersbach'], ['51588', 'Nümbrecht'], ['51545', 'Waldbröl'], ['51789', 'Lindlar']];
const STREETS = ['Hauptstraße', 'Kölner Str.', 'Am Sonnenhang', 'Lindenweg', 'Bahnhofstraße', 'Im Wiesengrund'];

function noticePdf(i: number): Promise<Buffer> {
  const family = FAMILY[i % FAMILY.length]!;
  const given = GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]!;
  const [postalCode, city] = TOWNS[i % TOWNS.length]!;
  const street = `${STREETS[i % STREETS.length]} ${1 + (i % 97)}`;
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, left: 70, right: 55, bottom: 50 }, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(FONT_BOLD).fontSize(14).text('Amtsgericht Gummersbach');
  doc.font(FONT).fontSize(9).text('Amtsgericht Gummersbach · Postfach 10 01 20 · 51601 Gummersbach');
  doc.moveDown(1.5).fontSize(11).text('Kreisverwaltung – Sozialamt\nMoltkestraße 42\n51643 Gummersbach');
  doc.moveDown(1).text(`Geschäftsnummer: ${10 + (i % 40)} C ${100 + i}/25`, { align: 'right' });
  doc.moveDown(1).font(FONT_BOLD).fontSize(12).text('Mitteilung nach § 22 Abs. 9 SGB II');
  doc.font(FONT).fontSize(11).moveDown(0.5);
  doc.text(`Beim Amtsgericht ist am 10.03.2025 eine Klage auf Räumung der Wohnung eingegangen.`);
  doc.moveDown(0.5).text(`Beklagte: ${i % 2 ? 'Frau' : 'Herrn'} ${given} ${family}`);
  doc.text(`Anschrift der Wohnung: ${street}, ${postalCode} ${city}`);
  doc.text(`Monatliche Miete: ${(500 + (i % 300)).toLocaleString('de-DE')},00 €`);
  doc.text(`Mietrückstand: ${(1500 + 7 * i).toLocaleString('de-DE')},00 €`);
  doc.text(`Termin zur mündlichen Verhandlung: ${10 + (i % 18)}.05.2025, 10:30 Uhr, Saal ${100 + (i % 9)}`);
  doc.end();
  return done;
}

/** N distinct scans (300 dpi gray PNG with a little noise), cached between runs. */
async function makeScans(count: number): Promise<string[]> {
  const dir = path.join(tmpdir(), 'intake-bench-watch-scans-v2');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `scan-${String(i).padStart(4, '0')}.png`);
    if (!existsSync(file)) {
      const pdfPath = path.join(dir, `n-${i}.pdf`);
      writeFileSync(pdfPath, await noticePdf(i));
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', pdfPath, path.join(dir, `raw-${i}`)]);
      const raw = path.join(dir, `raw-${i}.png`);
      await sharp(raw).rotate(0.4 * ((i % 5) - 2), { background: '#fff' }).blur(0.6).png({ compressionLevel: 6 }).toFile(file);
      rmSync(raw);
      rmSync(pdfPath);
    }
    files.push(file);
  }
  return files;
}

async function ocrBaseline(files: string[], workers: number): Promise<number> {
  const reader = createDocumentReader({ workers, maxPages: 50, maxPixels: 100_000_000, pageTimeoutMs: 120_000, recycleAfterPages: 200, cacheDir: null });
  try {
    await reader.read(readFileSync(files[0]!)); // warm-up: workers and model loaded once
    const sample = files.slice(1, 1 + Math.max(workers * 8, 16));
    const started = Date.now();
    let next = 0;
    // As many pages at once as the reader lets into the pool (workers + 1): the pool's full speed.
    await Promise.all(
      Array.from({ length: workers + 1 }, async () => {
        while (next < sample.length) await reader.read(readFileSync(sample[next++]!));
      }),
    );
    return (sample.length / (Date.now() - started)) * 60_000;
  } finally {
    await reader.close();
  }
}

interface Counts {
  done: number;
  duplicate: number;
  failed: number;
  cases: number;
  letters: number;
}

function counts(dataDir: string): Counts {
  const file = path.join(dataDir, 'intake.sqlite');
  if (!existsSync(file)) return { done: 0, duplicate: 0, failed: 0, cases: 0, letters: 0 };
  const db = openDatabase(file);
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      done: n("SELECT count(*) FROM documents WHERE status = 'done'"),
      duplicate: n("SELECT count(*) FROM documents WHERE status = 'duplicate'"),
      failed: n("SELECT count(*) FROM documents WHERE status = 'failed'"),
      cases: n('SELECT count(*) FROM cases'),
      letters: n("SELECT count(*) FROM letters WHERE status = 'ready'"),
    };
  } finally {
    db.close();
  }
}

function rssMb(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

let MALLOC_ARENAS: string | null = '2';
let LOG_FD: number | null = null;

function startService(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(packageRoot(), 'dist/src/cli/intake.js'), 'watch'], {
    // As `npm start` and the systemd unit in README run it (see src/config/malloc-env.ts); --malloc-arenas 0
    // leaves glibc's defaults.
    env: { ...process.env, ...(MALLOC_ARENAS ? { ...MALLOC_ENV, MALLOC_ARENA_MAX: MALLOC_ARENAS } : {}), INTAKE_LOG_LEVEL: LOG_FD === null ? 'warn' : 'info', ...env },
    stdio: ['ignore', 'ignore', LOG_FD ?? 'inherit'],
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '300' },
      workers: { type: 'string' },
      kill: { type: 'boolean' },
      keep: { type: 'boolean' },
      'malloc-arenas': { type: 'string', default: process.env['MALLOC_ARENA_MAX'] ?? '2' },
      log: { type: 'string' },
    },
  });
  if (values.log) LOG_FD = openSync(values.log, 'a');
  MALLOC_ARENAS = values['malloc-arenas'] === '0' ? null : values['malloc-arenas'];
  const total = Number(values.files);
  const workers = Number(values.workers ?? Math.min(availableParallelism(), 8));
  process.stdout.write(
    `bench:watch: ${total} scanned one-page files, ${workers} OCR workers${values.kill ? ', kill -9 mid-burst' : ''}, ${MALLOC_ARENAS ? `MALLOC_ARENA_MAX=${MALLOC_ARENAS} MALLOC_MMAP_THRESHOLD_=${MALLOC_ENV['MALLOC_MMAP_THRESHOLD_']}` : 'malloc: glibc defaults'}\n`,
  );
  const scans = await makeScans(total);
  const baseline = await ocrBaseline(scans, workers);
  process.stdout.write(`OCR pool alone: ${baseline.toFixed(1)} pages/min\n`);

  const root = mkdtempSync(path.join(tmpdir(), 'intake-bench-watch-'));
  const watchDir = path.join(root, 'watch-folder');
  const dataDir = path.join(root, 'data');
  mkdirSync(watchDir, { recursive: true });
  const env = { INTAKE_WATCH_DIR: watchDir, INTAKE_DATA_DIR: dataDir, INTAKE_OCR_WORKERS: String(workers), INTAKE_STABLE_MS: '500' };
  let child = startService(env);
  let peakMb = 0;
  await sleep(2000);

  const started = Date.now();
  for (const [i, scan] of scans.entries()) {
    const target = path.join(watchDir, `Scan ${String(i).padStart(4, '0')}.png`);
    writeFileSync(`${target}.part`, readFileSync(scan));
    renameSync(`${target}.part`, target);
  }
  const expectedMs = (total / baseline) * 60_000;
  const killAt = values.kill ? started + expectedMs * (0.1 + 0.5 * Math.random()) : Infinity;
  let restarts = 0;
  const deadline = started + expectedMs * 3 + 120_000;
  let last = 0;
  for (;;) {
    const c = counts(dataDir);
    const accounted = c.done + c.duplicate + c.failed;
    peakMb = Math.max(peakMb, rssMb(child.pid!).hwm);
    if (accounted >= total) break;
    if (Date.now() > deadline) {
      process.stdout.write(`ABGEBROCHEN: nach ${(Date.now() - started) / 1000} s erst ${accounted}/${total} verbucht\n`);
      break;
    }
    if (Date.now() >= killAt && restarts === 0) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      process.stdout.write(`kill -9 nach ${((Date.now() - started) / 1000).toFixed(1)} s bei ${accounted}/${total}; Neustart\n`);
      child = startService(env);
      restarts += 1;
    }
    if (Date.now() - last > 30_000) {
      process.stdout.write(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${accounted}/${total}, RSS ${rssMb(child.pid!).rss.toFixed(0)} MB\n`);
      last = Date.now();
    }
    await sleep(250);
  }
  const elapsedMs = Date.now() - started;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const c = counts(dataDir);
  const left = readdirSync(watchDir).filter((n) => n !== 'failed').length;
  const spool = existsSync(path.join(dataDir, 'spool')) ? readdirSync(path.join(dataDir, 'spool')).length : 0;
  const db = openDatabase(path.join(dataDir, 'intake.sqlite'));
  const integrity = db.prepare('PRAGMA integrity_check').pluck().get() as string;
  db.close();
  const rate = (total / elapsedMs) * 60_000;
  const accounted = c.done + c.duplicate + c.failed;
  process.stdout.write(
    [
      `verbucht: ${accounted}/${total} (Fälle-Dokumente ${c.done}, Duplikate ${c.duplicate}, fehlgeschlagen ${c.failed}); Fälle ${c.cases}, Briefe ${c.letters}; ` +
        `im Ablageordner übrig ${left}, im Spool übrig ${spool} — ${accounted === total && left === 0 && spool === 0 && c.letters === c.cases ? 'nichts verloren, nichts doppelt' : 'FEHLER'}`,
      `Durchsatz: ${rate.toFixed(1)} Seiten/min = ${((rate / baseline) * 100).toFixed(0)} % des OCR-Pools (Ziel ≥ 90 %) in ${(elapsedMs / 1000).toFixed(0)} s`,
      `Spitzen-RSS des Dienstes: ${peakMb.toFixed(0)} MB (Ziel < 800 MB)`,
      `PRAGMA integrity_check: ${integrity}`,
      '',
    ].join('\n'),
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

await main();
