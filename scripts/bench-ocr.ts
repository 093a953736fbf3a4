/**
 * `npm run bench:ocr`: the reader against the native `tesseract` CLI.
 *
 * Main table (default): the noise bench samples/noise (issue 23, see bench-ocr-noise.ts): per noise profile
 * CER/WER/BoW ours vs native, whole-CLI ms per single-page file ours vs native with start-up, peak RSS, and
 * each pre-processing step's time per page. Then the text-layer path (ms per page).
 *
 * With --corpus [dir] (issue 3): throughput and accuracy on the scanned samples (samples/corpus: every
 * profile but text-pdf), against the native CLI measured in the same run on the same page images
 * (OMP_THREAD_LIMIT=1, as many processes as our pool has workers): pages per minute, p50/p95 ms per page,
 * peak RSS and RSS drift (first vs last quarter), and per scan profile ms per page and character accuracy.
 *
 * Usage: npm run build && node dist/scripts/bench-ocr.js [--noise dir] [--only fax-specks,blur] [--no-cli] [--pages N]
 *        node dist/scripts/bench-ocr.js --corpus [dir] [--pages N] [--workers 2] [--recycle 100] [--no-native] [--generated]
 *   --pages N: read the pages/scans in turn until N pages are read (default: each once); RSS growth shows over many.
 *   --no-cli: noise bench without the whole-CLI timing (accuracy and step times only).
 *   --cli-per-profile N: time the whole CLIs on the first N pages of each noise profile only.
 *   --verbose: a line per noise page (its error rate, time, the reader's measures and decisions).
 *   --generated: instead of the corpus, one clean generated notice page (pdfkit → pdftoppm), N times.
 * Native reference: Debian/Ubuntu `apt-get install tesseract-ocr tesseract-ocr-deu poppler-utils`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';
import { packageRoot } from '../src/config/load-config.js';
import { MALLOC_ENV } from '../src/config/malloc-env.js';
import { benchNoise } from './bench-ocr-noise.js';

const run = promisify(execFile);
const out = (line = '') => process.stdout.write(`${line}\n`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'no-native': { type: 'boolean', default: false },
    generated: { type: 'boolean', default: false },
    'text-pages': { type: 'string', default: '100' },
    recycle: { type: 'string', default: '100' },
    corpus: { type: 'boolean', default: false },
    noise: { type: 'string' },
    only: { type: 'string' },
    'no-cli': { type: 'boolean', default: false },
    'no-text': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'cli-per-profile': { type: 'string' },
  },
});
const workers = Number(values.workers);
const pageCount = values.pages === undefined ? undefined : Number(values.pages);

/** Fictional notice text (no real people), long enough to fill most of an A4 page. */
const NOTICE = [
  'Amtsgericht Gummersbach',
  'Moltkestraße 6, 51643 Gummersbach',
  'Az.: 12 C 345/25 Datum: 12.03.2025',
  'Mitteilung über die Erhebung einer Räumungsklage nach § 22 Abs. 9 SGB II',
  'In dem Rechtsstreit der Wohnbau Beispiel GmbH, vertreten durch die Geschäftsführerin, gegen Frau Erika Musterfrau, geboren am 03.04.1971, wegen Räumung der Wohnung Hauptstraße 12a, 51674 Wiehl, wird mitgeteilt, dass die Klage am 10.03.2025 bei Gericht eingegangen ist.',
  'Die Klage stützt sich auf einen Mietrückstand in Höhe von 2.055,00 EUR bei einer monatlichen Miete von 685,00 EUR einschließlich der Vorauszahlungen auf die Betriebskosten. Die fristlose Kündigung wurde mit Schreiben vom 14.02.2025 erklärt.',
  'Termin zur mündlichen Verhandlung ist bestimmt auf Dienstag, den 22.04.2025 um 10:30 Uhr, Saal 104, im Gebäude des Amtsgerichts. Die Mitteilung erfolgt, damit der Träger der Grundsicherung prüfen kann, ob die Übernahme der Mietschulden in Betracht kommt.',
  'Bitte beachten Sie, dass die Räumungsklage unzulässig werden kann, wenn der Rückstand innerhalb von zwei Monaten nach Zustellung der Klage vollständig ausgeglichen wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet.',
  'Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gültig. Rückfragen richten Sie bitte unter Angabe des Aktenzeichens an die Geschäftsstelle der Abteilung 12.',
];

function noticePdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, left: 70, right: 60, bottom: 60 }, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    NOTICE.forEach((line, i) => {
      doc.font(i === 0 || i === 3 ? 'Helvetica-Bold' : 'Helvetica').fontSize(i === 0 ? 15 : 11).text(line, { align: 'left' });
      doc.moveDown(0.8);
    });
  }
  doc.end();
  return done;
}

/** One file to read, with what the native CLI reads for each of its pages. */
interface Scan {
  /** Scan profile of the sample (gray-300, fax-200, photo, …) or `generated`. */
  profile: string;
  bytes: Buffer;
  /** Ground-truth text per page (null: none known). */
  truths: (string | null)[];
  /** Per page, an image file of that page for the native CLI. */
  pageImages: string[];
}

async function generatedScans(dir: string): Promise<Scan[]> {
  const pdfPath = path.join(dir, 'notice.pdf');
  writeFileSync(pdfPath, await noticePdf(1));
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', pdfPath, path.join(dir, 'notice')]);
  const imagePath = path.join(dir, 'notice.png');
  const bytes = readFileSync(imagePath);
  return Array.from({ length: pageCount ?? 20 }, (_, i) => ({ profile: 'generated', bytes, truths: [NOTICE.join(' ')], pageImages: [imagePath] }));
}

interface ManifestEntry {
  file: string;
  truth: string;
  profile: string;
  pages: number;
}

/**
 * The scanned documents of a sample corpus (samples/corpus: every profile but text-pdf), with their
 * ground-truth page texts. The native CLI gets each page as the scanner stored it: a JPEG/PNG as is, a TIFF
 * page as PNG (same pixels and resolution), a scanned PDF page rendered at 300 dpi gray by pdftoppm.
 */
async function corpusScans(corpus: string, dir: string): Promise<Scan[]> {
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
  const scans: Scan[] = [];
  for (const entry of manifest.documents.filter((e) => e.profile !== 'text-pdf')) {
    const file = path.join(corpus, entry.file);
    const bytes = readFileSync(file);
    const truth = JSON.parse(readFileSync(path.join(corpus, entry.truth), 'utf8')) as { pageTexts?: string[] };
    const stem = path.join(dir, path.basename(entry.file).replace(/\.[^.]+$/, ''));
    const pageImages: string[] = [];
    for (let page = 0; page < entry.pages; page++) {
      if (/\.(jpe?g|png)$/i.test(entry.file) && entry.pages === 1) {
        pageImages.push(file);
      } else if (/\.pdf$/i.test(entry.file)) {
        execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', String(page + 1), '-l', String(page + 1), file, `${stem}-${page + 1}`]);
        pageImages.push(`${stem}-${page + 1}.png`);
      } else {
        const target = `${stem}-${page + 1}.png`;
        await sharp(bytes, { page, pages: 1 }).withMetadata().png({ compressionLevel: 1 }).toFile(target);
        pageImages.push(target);
      }
    }
    scans.push({ profile: entry.profile, bytes, truths: Array.from({ length: entry.pages }, (_, i) => truth.pageTexts?.[i] ?? null), pageImages });
  }
  return scans;
}

/** The scans in turn, as often as needed for at least `pages` pages. */
function cycle(scans: Scan[], pages: number | undefined): Scan[] {
  if (pages === undefined || scans.length === 0) return scans;
  const list: Scan[] = [];
  for (let total = 0, i = 0; total < pages; i++) {
    const scan = scans[i % scans.length]!;
    list.push(scan);
    total += scan.truths.length;
  }
  return list;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** 1 − edit distance / length of the truth (character accuracy, as in the ISRI OCR tools). */
function charAccuracy(ocr: string, truth: string): number {
  const a = normalise(ocr);
  const b = normalise(truth);
  if (b.length === 0) return a.length === 0 ? 1 : 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return Math.max(0, 1 - prev[b.length]! / b.length);
}

/** This process's peak RSS as the kernel counted it (Linux /proc), or "n/a". */
function highWaterMark(): string {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? mb(Number(kb) * 1024) : 'n/a';
  } catch {
    return 'n/a';
  }
}

/** The glibc malloc settings this run has (npm run bench:ocr sets those of src/config/malloc-env.ts). */
function mallocSettings(): string {
  const set = Object.keys(MALLOC_ENV).filter((name) => process.env[name]).map((name) => `${name}=${process.env[name]}`);
  return set.length ? set.join(' ') : 'malloc: glibc defaults';
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Runs `task` over items with `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

/** Per-page figures of one run, by scan profile. */
type ByProfile = Map<string, { ms: number[]; accuracy: number[] }>;

function record(by: ByProfile, profile: string, ms: number, truth: string | null | undefined, text: string): void {
  let entry = by.get(profile);
  if (!entry) by.set(profile, (entry = { ms: [], accuracy: [] }));
  entry.ms.push(ms);
  if (truth) entry.accuracy.push(charAccuracy(text, truth));
}

const allOf = (by: ByProfile, key: 'ms' | 'accuracy') => [...by.values()].flatMap((entry) => entry[key]);

async function benchOurs(scans: Scan[]) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const reader = createDocumentReader({ workers, maxPages: 500, maxPixels: 200_000_000, pageTimeoutMs: 180_000, recycleAfterPages: Number(values.recycle), cacheDir: null });
  const by: ByProfile = new Map();
  const rssAfter: number[] = [];
  let pages = 0;
  const started = Date.now();
  try {
    await pool(scans, workers, async (scan) => {
      const t = Date.now();
      const doc = await reader.read(scan.bytes);
      const ms = Date.now() - t;
      pages += doc.pages.length;
      doc.pages.forEach((page, i) => record(by, scan.profile, ms / doc.pages.length, scan.truths[i], page.words.map((w) => w.text).join(' ')));
      rssAfter.push(process.memoryUsage().rss);
    });
  } finally {
    await reader.close();
    clearInterval(sampler);
  }
  const wall = Date.now() - started;
  const quarter = Math.max(1, Math.floor(rssAfter.length / 4));
  return { pages, wall, by, peak, rssFirst: mean(rssAfter.slice(0, quarter)), rssLast: mean(rssAfter.slice(-quarter)) };
}

/**
 * The native CLI on the same page images, page by page, as many processes at once as we have workers:
 * with Debian's own model (tessdata_fast, a smaller network) or — with `tessdataDir` — with the very model
 * our workers load (@tesseract.js-data/deu 4.0.0_best_int, unpacked), so the ratio compares engines.
 */
async function benchNative(scans: Scan[], tessdataDir?: string) {
  const pages = scans.flatMap((scan) => scan.pageImages.map((image, i) => ({ image, profile: scan.profile, truth: scan.truths[i] })));
  const by: ByProfile = new Map();
  const started = Date.now();
  const model = tessdataDir ? ['--tessdata-dir', tessdataDir, '--oem', '1'] : [];
  await pool(pages, workers, async (page) => {
    const t = Date.now();
    const { stdout } = await run('tesseract', [page.image, 'stdout', '-l', 'deu', '--psm', '3', ...model], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 16 * 1048576,
    });
    record(by, page.profile, Date.now() - t, page.truth, stdout);
  });
  return { pages: pages.length, wall: Date.now() - started, by };
}

async function benchTextLayer(pages: number) {
  const pdf = await noticePdf(10);
  const reader = createDocumentReader({ workers, maxPages: 500, maxPixels: 100_000_000, pageTimeoutMs: 60_000, recycleAfterPages: 100, cacheDir: null });
  const times: number[] = [];
  try {
    await reader.read(pdf); // warm-up (pdfjs fonts)
    for (let read = 0; read < Math.ceil(pages / 10); read++) {
      const t = Date.now();
      const doc = await reader.read(pdf);
      if (doc.pages.some((p) => p.source !== 'text-layer')) throw new Error('text-layer page went to OCR');
      times.push((Date.now() - t) / doc.pages.length);
    }
  } finally {
    await reader.close();
  }
  return times.sort((a, b) => a - b);
}

const pct = (xs: number[]) => (xs.length ? `${(mean(xs) * 100).toFixed(2)} %` : 'n/a');

type NativeRun = Awaited<ReturnType<typeof benchNative>>;

/**
 * Per scan profile: mean latency per page (both sides run `workers` pages at once) and character accuracy,
 * ours and — where it ran — native with our model (`same`, mean of its runs) and with Debian's.
 */
function printProfiles(ours: ByProfile, same: NativeRun[], debian: NativeRun | null): void {
  const withNative = same.length > 0;
  out('');
  out(`profile        pages   ours ms${withNative ? '  native* ms  ratio*' : ''}   ours acc${withNative ? '  native* acc  native acc' : ''}`);
  for (const [profile, entry] of [...ours.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const oursMs = mean(entry.ms);
    let row = `${profile.padEnd(14)} ${String(entry.ms.length).padStart(5)} ${Math.round(oursMs).toString().padStart(9)}`;
    if (withNative) {
      const nativeMs = mean(same.flatMap((r) => r.by.get(profile)?.ms ?? []));
      row += ` ${Math.round(nativeMs).toString().padStart(11)} ${(oursMs / nativeMs).toFixed(2).padStart(7)}`;
    }
    row += ` ${pct(entry.accuracy).padStart(10)}`;
    if (withNative) row += ` ${pct(same[0]!.by.get(profile)?.accuracy ?? []).padStart(12)} ${pct(debian?.by.get(profile)?.accuracy ?? []).padStart(11)}`;
    out(row);
  }
  out('');
}

async function main(): Promise<void> {
  if (!values.corpus && !values.generated) {
    await benchNoise({
      dir: path.resolve(values.noise ?? path.join(packageRoot(), 'samples', 'noise')),
      cli: path.join(packageRoot(), 'dist', 'src', 'cli', 'intake.js'),
      only: values.only ? values.only.split(',') : [],
      noCli: values['no-cli'],
      pages: pageCount,
      verbose: values.verbose,
      cliPerProfile: values['cli-per-profile'] === undefined ? undefined : Number(values['cli-per-profile']),
      recycleAfterPages: Number(values.recycle),
    });
    if (!values['no-text']) {
      const text = await benchTextLayer(Number(values['text-pages']));
      out(`text PDF: p50 ${percentile(text, 50).toFixed(1)} ms/page, p95 ${percentile(text, 95).toFixed(1)} ms/page (10-page PDF, no OCR)`);
    }
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-ocr-'));
  try {
    const corpus = path.resolve(positionals[0] ?? path.join(packageRoot(), 'samples', 'corpus'));
    const scans = cycle(values.generated ? await generatedScans(dir) : await corpusScans(corpus, dir), values.generated ? undefined : pageCount);
    const pageTotal = scans.reduce((sum, scan) => sum + scan.truths.length, 0);
    out(`bench-ocr: ${values.generated ? 'generated notice page' : path.relative(process.cwd(), corpus) || corpus}, ${scans.length} files, ${pageTotal} scanned pages, ${workers} workers, node ${process.version}, ${mallocSettings()}`);

    // The native reference with our model runs before and after ours (the machine may be shared); its mean is used.
    const native = async (tessdataDir?: string) => {
      try {
        return await benchNative(scans, tessdataDir);
      } catch (error) {
        out(`native  : skipped (${(error as Error).message.split('\n')[0]}); install tesseract-ocr and tesseract-ocr-deu`);
        return null;
      }
    };
    const nativeRuns: NativeRun[] = [];
    let sameModelDir = '';
    if (!values['no-native']) {
      // The very model our workers load (.traineddata.gz in the npm package), unpacked for the CLI.
      sameModelDir = path.join(dir, 'tessdata');
      mkdirSync(sameModelDir, { recursive: true });
      const packaged = path.join(path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int', 'deu.traineddata.gz');
      writeFileSync(path.join(sameModelDir, 'deu.traineddata'), gunzipSync(readFileSync(packaged)));
      const before = await native(sameModelDir);
      if (before) nativeRuns.push(before);
    }

    const ours = await benchOurs(scans);
    const perMinute = (ours.pages / ours.wall) * 60_000;
    const latencies = allOf(ours.by, 'ms').sort((a, b) => a - b);
    out(`ours    : ${ours.pages} pages in ${(ours.wall / 1000).toFixed(1)} s = ${perMinute.toFixed(1)} pages/min, ${(ours.wall / ours.pages / 1000).toFixed(2)} s/page wall`);
    out(`          latency per page p50 ${Math.round(percentile(latencies, 50))} ms, p95 ${Math.round(percentile(latencies, 95))} ms (${workers} in flight)`);
    out(`          peak RSS ${mb(ours.peak)} sampled every 100 ms, ${highWaterMark()} by the kernel (VmHWM: short spikes too); RSS after first quarter ${mb(ours.rssFirst)}, last quarter ${mb(ours.rssLast)}`);
    out(`          character accuracy ${pct(allOf(ours.by, 'accuracy'))}`);

    let debian: NativeRun | null = null;
    if (nativeRuns.length > 0) {
      const after = await native(sameModelDir);
      if (after) nativeRuns.push(after);
      debian = await native();
      const nativeWall = mean(nativeRuns.map((r) => r.wall));
      const same = nativeRuns[0]!;
      out(`native* : ${same.pages} pages in ${nativeRuns.map((r) => (r.wall / 1000).toFixed(1)).join(' s / ')} s (before / after ours) = ${((same.pages / nativeWall) * 60_000).toFixed(1)} pages/min (tesseract CLI with our model deu 4.0.0_best_int, OMP_THREAD_LIMIT=1, ${workers} processes)`);
      out(`          character accuracy ${pct(allOf(same.by, 'accuracy'))}`);
      out(`ratio*  : ours/native with the same model, wall time per page ${(ours.wall / ours.pages / (nativeWall / same.pages)).toFixed(2)}`);
      if (debian) {
        out(`native  : ${debian.pages} pages in ${(debian.wall / 1000).toFixed(1)} s = ${((debian.pages / debian.wall) * 60_000).toFixed(1)} pages/min (tesseract CLI, Debian's deu model)`);
        out(`          character accuracy ${pct(allOf(debian.by, 'accuracy'))}; ratio ours/native ${(ours.wall / ours.pages / (debian.wall / debian.pages)).toFixed(2)}`);
      }
    }
    printProfiles(ours.by, nativeRuns, debian);

    const text = await benchTextLayer(Number(values['text-pages']));
    out(`text PDF: p50 ${percentile(text, 50).toFixed(1)} ms/page, p95 ${percentile(text, 95).toFixed(1)} ms/page (10-page PDF, no OCR)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
