/**
 * `npm run bench:ocr` (issue 3): OCR throughput of the document reader on 300-dpi gray A4 scans, and the
 * text-layer path on digital PDFs. Prints pages per minute, p50/p95 ms per page, peak RSS and RSS drift
 * (first vs last quarter), character accuracy against the ground truth, and — as a reference measured in
 * the same run — the native `tesseract` CLI (OMP_THREAD_LIMIT=1, as many processes as our pool has workers).
 *
 * Usage: npm run build && node dist/scripts/bench-ocr.js [folder] [--pages 20] [--workers 2] [--recycle 100] [--no-native]
 *   folder: scans to read (PDF/TIFF/JPEG/PNG); `<name>.txt` next to a scan is used as its ground truth.
 *   Without a folder, notice pages are generated (pdfkit → pdftoppm at 300 dpi, gray).
 * Native reference: Debian/Ubuntu `apt-get install tesseract-ocr tesseract-ocr-deu poppler-utils`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';

const run = promisify(execFile);
const out = (line = '') => process.stdout.write(`${line}\n`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string', default: '20' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'no-native': { type: 'boolean', default: false },
    'text-pages': { type: 'string', default: '100' },
    recycle: { type: 'string', default: '100' },
  },
});
const workers = Number(values.workers);
const pageCount = Number(values.pages);

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

interface Scan {
  name: string;
  bytes: Buffer;
  truth: string | null;
  /** A PNG/JPEG/TIFF file the native CLI can read, when the scan is one. */
  imagePath: string | null;
}

async function generatedScans(dir: string): Promise<Scan[]> {
  const pdfPath = path.join(dir, 'notice.pdf');
  writeFileSync(pdfPath, await noticePdf(1));
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', pdfPath, path.join(dir, 'notice')]);
  const imagePath = path.join(dir, 'notice.png');
  const bytes = readFileSync(imagePath);
  return Array.from({ length: pageCount }, (_, i) => ({ name: `generated-${i + 1}`, bytes, truth: NOTICE.join(' '), imagePath }));
}

function folderScans(folder: string): Scan[] {
  return readdirSync(folder)
    .filter((f) => /\.(pdf|tiff?|jpe?g|png)$/i.test(f))
    .sort()
    .map((f) => {
      const full = path.join(folder, f);
      const truthPath = full.replace(/\.[^.]+$/, '.txt');
      return {
        name: f,
        bytes: readFileSync(full),
        truth: existsSync(truthPath) ? readFileSync(truthPath, 'utf8') : null,
        imagePath: /\.(png|jpe?g|tiff?)$/i.test(f) ? full : null,
      };
    });
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

async function benchOurs(scans: Scan[]) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const reader = createDocumentReader({ workers, maxPages: 500, maxPixels: 100_000_000, pageTimeoutMs: 120_000, recycleAfterPages: Number(values.recycle), cacheDir: null });
  const perPage: number[] = [];
  const rssAfter: number[] = [];
  const accuracies: number[] = [];
  let pages = 0;
  const started = Date.now();
  try {
    await pool(scans, workers, async (scan) => {
      const t = Date.now();
      const doc = await reader.read(scan.bytes);
      const ms = Date.now() - t;
      pages += doc.pages.length;
      for (let i = 0; i < doc.pages.length; i++) perPage.push(ms / doc.pages.length);
      rssAfter.push(process.memoryUsage().rss);
      if (scan.truth) accuracies.push(charAccuracy(doc.pages.map((p) => p.words.map((w) => w.text).join(' ')).join(' '), scan.truth));
    });
  } finally {
    await reader.close();
    clearInterval(sampler);
  }
  const wall = Date.now() - started;
  const quarter = Math.max(1, Math.floor(rssAfter.length / 4));
  return { pages, wall, perPage: perPage.sort((a, b) => a - b), peak, rssFirst: mean(rssAfter.slice(0, quarter)), rssLast: mean(rssAfter.slice(-quarter)), accuracy: accuracies.length ? mean(accuracies) : null };
}

/**
 * The native CLI, with Debian's own model (tessdata_fast, a smaller network) or — with `tessdataDir` — with the
 * very model our workers load (@tesseract.js-data/deu 4.0.0_best_int, unpacked), so the ratio compares engines.
 */
async function benchNative(scans: Scan[], tessdataDir?: string) {
  const images = scans.filter((s) => s.imagePath);
  const accuracies: number[] = [];
  const started = Date.now();
  const model = tessdataDir ? ['--tessdata-dir', tessdataDir, '--oem', '1'] : [];
  await pool(images, workers, async (scan) => {
    const { stdout } = await run('tesseract', [scan.imagePath!, 'stdout', '-l', 'deu', '--psm', '3', ...model], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 16 * 1048576,
    });
    if (scan.truth) accuracies.push(charAccuracy(stdout, scan.truth));
  });
  return { pages: images.length, wall: Date.now() - started, accuracy: accuracies.length ? mean(accuracies) : null };
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

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-ocr-'));
  try {
    const folder = positionals[0];
    const scans = folder ? folderScans(folder) : await generatedScans(dir);
    out(`bench-ocr: ${scans.length} files, ${workers} workers, node ${process.version}`);

    // The machine may be shared: the native reference runs before and after ours, and its mean is used.
    const runNative = !values['no-native'];
    const nativeRuns: Awaited<ReturnType<typeof benchNative>>[] = [];
    const tryNative = async () => {
      try {
        nativeRuns.push(await benchNative(scans));
      } catch (error) {
        out(`native  : skipped (${(error as Error).message.split('\n')[0]}); install tesseract-ocr and tesseract-ocr-deu`);
      }
    };
    if (runNative) await tryNative();

    const ours = await benchOurs(scans);
    const perMinute = (ours.pages / ours.wall) * 60_000;
    out(`ours    : ${ours.pages} pages in ${(ours.wall / 1000).toFixed(1)} s = ${perMinute.toFixed(1)} pages/min, ${(ours.wall / ours.pages / 1000).toFixed(2)} s/page wall`);
    out(`          latency per page p50 ${Math.round(percentile(ours.perPage, 50))} ms, p95 ${Math.round(percentile(ours.perPage, 95))} ms (${workers} in flight)`);
    out(`          peak RSS ${mb(ours.peak)}; RSS after first quarter ${mb(ours.rssFirst)}, last quarter ${mb(ours.rssLast)}`);
    if (ours.accuracy !== null) out(`          character accuracy ${(ours.accuracy * 100).toFixed(2)} %`);

    if (runNative && nativeRuns.length > 0) await tryNative();
    const nativePages = nativeRuns[0]?.pages ?? 0;
    if (nativeRuns.length > 0 && nativePages === 0) out('native  : skipped (no image files; PDFs would need rendering first)');
    if (nativePages > 0) {
      const nativeWall = mean(nativeRuns.map((r) => r.wall));
      const accuracy = nativeRuns[0]!.accuracy;
      out(`native  : ${nativePages} pages in ${nativeRuns.map((r) => (r.wall / 1000).toFixed(1)).join(' s / ')} s (before / after ours) = ${((nativePages / nativeWall) * 60_000).toFixed(1)} pages/min (tesseract CLI, Debian's deu model, OMP_THREAD_LIMIT=1, ${workers} processes)`);
      if (accuracy !== null) out(`          character accuracy ${(accuracy * 100).toFixed(2)} %`);
      out(`ratio   : ours/native wall time per page ${(ours.wall / ours.pages / (nativeWall / nativePages)).toFixed(2)}`);
      // The same engine comparison with our model: unpack the .traineddata.gz the workers load.
      const sameModelDir = path.join(dir, 'tessdata');
      mkdirSync(sameModelDir, { recursive: true });
      const packaged = path.join(path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int', 'deu.traineddata.gz');
      writeFileSync(path.join(sameModelDir, 'deu.traineddata'), gunzipSync(readFileSync(packaged)));
      const same = await benchNative(scans, sameModelDir);
      out(`native* : ${same.pages} pages in ${(same.wall / 1000).toFixed(1)} s = ${((same.pages / same.wall) * 60_000).toFixed(1)} pages/min (tesseract CLI with our model, deu 4.0.0_best_int)`);
      if (same.accuracy !== null) out(`          character accuracy ${(same.accuracy * 100).toFixed(2)} %`);
      out(`ratio*  : ours/native with the same model ${(ours.wall / ours.pages / (same.wall / same.pages)).toFixed(2)}`);
    }

    const text = await benchTextLayer(Number(values['text-pages']));
    out(`text PDF: p50 ${percentile(text, 50).toFixed(1)} ms/page, p95 ${percentile(text, 95).toFixed(1)} ms/page (10-page PDF, no OCR)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
