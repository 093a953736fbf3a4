/**
 * The noise bench of `npm run bench:ocr` (issue 23): the pages of samples/noise (15 noise profiles, made by a
 * generator written without reading the reader), read by us and by the native `tesseract` CLI on the same raw
 * files. Per profile: CER, WER and BoW miss against the printed text, ours vs native; whole-CLI wall time per
 * single-page file (`intake extract --json <file>` vs `tesseract <file> - -l deu`, both with start-up, run one
 * after the other page by page so both see the same machine load) and their peak RSS; and the time of each
 * pre-processing step per page, as the reader logs it ('page read', `steps`).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';
import { readingOrder } from '../src/adapters/ocr-page.adapter.js';
import type { Word } from '../src/core/page.js';
import type { Logger } from '../src/pipeline/ports.js';
import { textError, type TextError } from './text-error.js';

const run = promisify(execFile);
const out = (line = '') => process.stdout.write(`${line}\n`);

interface NoisePage {
  id: string;
  file: string;
  profile: string;
  truth: string;
}

export interface NoiseOptions {
  /** The bench folder (manifest.json, images, <id>.txt). */
  dir: string;
  /** dist/src/cli/intake.js */
  cli: string;
  /** Only these profiles (all when empty). */
  only: string[];
  /** Skip the whole-CLI timing (accuracy and step times only). */
  noCli: boolean;
  /** Time the whole CLIs on at most this many pages of each profile (all when undefined). */
  cliPerProfile?: number;
  /** Read the pages in turn until this many are read, for RSS growth (default: each page once). */
  pages?: number;
  /** A line per page: its error rate, time and the reader's decisions. */
  verbose: boolean;
  /** Pages after which the OCR worker is replaced (the service's default is 200). */
  recycleAfterPages: number;
}

interface PageFigures {
  profile: string;
  /** Our words in the reader's order (rows top to bottom, left to right across columns). */
  ours: TextError;
  /** The native CLI's words in the same row order (from its TSV boxes). */
  native?: TextError;
  /** The native CLI's text in its own block order (what `tesseract <file> - -l deu` prints). */
  nativeBlocks?: TextError;
  readMs: number;
  cliMs?: number;
  nativeMs?: number;
  cliRssKb?: number;
  nativeRssKb?: number;
  steps: Record<string, number>;
}

/** A logger that keeps the reader's per-page step times and drops everything else. */
function stepCollector(): { logger: Logger; take: () => Record<string, unknown>[] } {
  let pages: Record<string, unknown>[] = [];
  const logger: Logger = {
    child: () => logger,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    debug: (obj, msg) => {
      if (msg === 'page read' && obj['steps']) pages.push(obj);
    },
  };
  return {
    logger,
    take: () => {
      const taken = pages;
      pages = [];
      return taken;
    },
  };
}

/** Wall time (ms), peak RSS (kB) and stdout of a command, measured by GNU time. */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; rssKb: number; stdout: string }> {
  const started = process.hrtime.bigint();
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', '@@rss %M', command, ...args], { env, maxBuffer: 32 * 1048576 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = Number(/@@rss (\d+)/.exec(stderr)?.[1] ?? 0);
  return { ms, rssKb, stdout };
}

/** The words of tesseract's TSV output (level 5 rows), in its own order, with boxes relative to the page. */
function tsvWords(tsv: string): Word[] {
  const rows = tsv.split('\n').map((line) => line.split('\t'));
  const page = rows.find((r) => r[0] === '1');
  const width = Number(page?.[8] ?? 1) || 1;
  const height = Number(page?.[9] ?? 1) || 1;
  return rows
    .filter((r) => r[0] === '5' && (r[11] ?? '').trim() !== '')
    .map((r) => {
      const [left, top, w, h] = [6, 7, 8, 9].map((i) => Number(r[i]));
      return { text: r[11]!.trim(), bbox: [left! / width, top! / height, (left! + w!) / width, (top! + h!) / height], confidence: Number(r[10]) / 100 };
    });
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}`;

export async function benchNoise(options: NoiseOptions): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(options.dir, 'manifest.json'), 'utf8')) as { pages: NoisePage[] };
  const pages = manifest.pages.filter((p) => options.only.length === 0 || options.only.includes(p.profile));
  const truthOf = (page: NoisePage) => readFileSync(path.join(options.dir, page.truth), 'utf8');
  out(`noise bench: ${path.relative(process.cwd(), options.dir) || options.dir}, ${pages.length} pages in ${new Set(pages.map((p) => p.profile)).size} profiles`);

  // 1. Our reader in this process: the text for the error rates, the step times, RSS over the pages.
  const steps = stepCollector();
  const reader = createDocumentReader({ workers: 1, maxPages: 50, maxPixels: 200_000_000, pageTimeoutMs: 180_000, recycleAfterPages: options.recycleAfterPages, cacheDir: null, logger: steps.logger });
  const figures = new Map<string, PageFigures>();
  const rss: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const count = options.pages ?? pages.length;
  try {
    for (let i = 0; i < count; i++) {
      const page = pages[i % pages.length]!;
      const t = process.hrtime.bigint();
      const read = await reader.read(readFileSync(path.join(options.dir, page.file)));
      const readMs = Number(process.hrtime.bigint() - t) / 1e6;
      rss.push(process.memoryUsage().rss);
      if (process.env['BENCH_MEMORY_TRACE']) {
        const m = process.memoryUsage();
        process.stderr.write(`${i + 1} rss ${Math.round(m.rss / 1048576)} heap ${Math.round(m.heapUsed / 1048576)} external ${Math.round(m.external / 1048576)} arrayBuffers ${Math.round(m.arrayBuffers / 1048576)}\n`);
      }
      const pageSteps: Record<string, number> = {};
      const logged = steps.take();
      for (const entry of logged) for (const [k, v] of Object.entries(entry['steps'] as Record<string, number>)) pageSteps[k] = (pageSteps[k] ?? 0) + v;
      if (figures.has(page.id)) continue;
      const text = read.pages.map((p) => p.words.map((w) => w.text).join(' ')).join('\n');
      figures.set(page.id, { profile: page.profile, ours: textError(text, truthOf(page)), readMs, steps: pageSteps });
      if (options.verbose) {
        const { steps: _steps, page: _page, ...decisions } = logged[0] ?? {};
        out(`  ${page.id.padEnd(22)} CER ${pct(figures.get(page.id)!.ours.cer).padStart(5)}  ${Math.round(readMs)} ms  ${JSON.stringify(decisions)}`);
      }
    }
  } finally {
    clearInterval(sampler);
    await reader.close();
  }
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
  out(`ours in-process: ${rss.length} pages, 1 worker; peak RSS ${mb(peak)}; RSS after first quarter ${mb(mean(rss.slice(0, quarter)))}, last quarter ${mb(mean(rss.slice(-quarter)))}`);
  // Growth on the same pages: the quarters hold different profiles (a photo needs more memory than a fax), so
  // with --pages beyond one pass, each pass over the same pages is compared with the first.
  const passes = Math.floor(rss.length / pages.length);
  if (passes >= 2) {
    const passMeans = Array.from({ length: passes }, (_, k) => mean(rss.slice(k * pages.length, (k + 1) * pages.length)));
    out(`  RSS mean per pass over the same ${pages.length} pages: ${passMeans.map(mb).join(' → ')} (growth ${mb(passMeans.at(-1)! - passMeans[0]!)} from the first pass to the last)`);
  }

  // 2. Whole CLI vs native CLI, page by page, one process at a time (ours, then native, on the same file).
  if (!options.noCli) {
    const toTime = new Set(pages.filter((page) => options.cliPerProfile === undefined || pages.filter((p) => p.profile === page.profile).indexOf(page) < options.cliPerProfile));
    for (const page of pages) {
      const file = path.join(options.dir, page.file);
      const entry = figures.get(page.id)!;
      if (toTime.has(page)) {
        const ours = await timed(process.execPath, [options.cli, 'extract', '--json', file], { ...process.env, INTAKE_OCR_WORKERS: '1', INTAKE_LOG_LEVEL: 'warn' });
        Object.assign(entry, { cliMs: ours.ms, cliRssKb: ours.rssKb });
      }
      // TSV: the same recognition as the plain text output, with each word's box, so its words can be put in
      // our reading order too (the truth's order is the letter's blocks; both readers differ from it alike).
      const native = await timed('tesseract', [file, '-', '-l', 'deu', 'tsv'], { ...process.env, OMP_THREAD_LIMIT: '1' });
      const words = tsvWords(native.stdout);
      Object.assign(entry, {
        nativeMs: native.ms,
        nativeRssKb: native.rssKb,
        native: textError(readingOrder(words).map((w) => w.text).join(' '), truthOf(page)),
        nativeBlocks: textError(words.map((w) => w.text).join(' '), truthOf(page)),
      });
      if (options.verbose) {
        const cli = entry.cliMs === undefined ? '' : `CLI ${Math.round(entry.cliMs)} ms, `;
        out(`  ${page.id.padEnd(22)} ${cli}native ${Math.round(native.ms)} ms, CER ours ${pct(entry.ours.cer)}, native ${pct(entry.native!.cer)} (blocks ${pct(entry.nativeBlocks!.cer)})`);
      }
    }
  }
  printTable([...figures.values()]);
}

function printTable(figures: PageFigures[]): void {
  const profiles = [...new Set(figures.map((f) => f.profile))];
  const withNative = figures.some((f) => f.native);
  out('');
  out('Error rates in % (ours / native, both in the same row order; "nat blk": native in its own block order, as it prints),');
  out('whole-CLI wall ms per single-page file (ours / native, start-up included), in-process read ms, peak RSS of the CLIs');
  out(`profile            n   CER ours/nat  nat blk    WER ours/nat    BoW ours/nat   CLI ms ours/nat  ratio  read ms  peak RSS MB ours/nat`);
  const row = (name: string, rows: PageFigures[]) => {
    const m = (f: (x: PageFigures) => number | undefined) => mean(rows.map(f).filter((x): x is number => x !== undefined));
    const pair = (a: number, b: number) => `${pct(a).padStart(6)} /${withNative ? pct(b).padStart(5) : '    -'}`;
    // Both CLIs' times over the pages our CLI was timed on (--cli-per-profile), one after the other.
    const timedRows = rows.filter((f) => f.cliMs !== undefined);
    const cli = mean(timedRows.map((f) => f.cliMs!));
    const nat = mean(timedRows.map((f) => f.nativeMs!));
    const rssOurs = Math.max(0, ...timedRows.map((f) => f.cliRssKb ?? 0)) / 1024;
    const rssNative = Math.max(0, ...timedRows.map((f) => f.nativeRssKb ?? 0)) / 1024;
    out(
      `${name.padEnd(18)} ${String(rows.length).padStart(2)} ${pair(m((f) => f.ours.cer), m((f) => f.native?.cer))}  ${withNative ? pct(m((f) => f.nativeBlocks?.cer)).padStart(7) : '      -'}  ${pair(m((f) => f.ours.wer), m((f) => f.native?.wer))}  ${pair(m((f) => f.ours.bowMiss), m((f) => f.native?.bowMiss))}` +
        `  ${cli ? `${Math.round(cli).toString().padStart(6)} /${Math.round(nat).toString().padStart(6)}  ${(cli / nat).toFixed(2)}` : '      -        -     -'}  ${Math.round(m((f) => f.readMs)).toString().padStart(7)}  ${rssOurs ? `${Math.round(rssOurs)} / ${Math.round(rssNative)}` : '-'}`,
    );
  };
  for (const profile of profiles) row(profile, figures.filter((f) => f.profile === profile));
  row('all', figures);

  // Where the time goes: each step's mean ms per page (over all pages of the profile, 0 where it did not run).
  const stepNames = [...new Set(figures.flatMap((f) => Object.keys(f.steps)))];
  out('');
  out(`step ms per page  ${stepNames.map((s) => s.padStart(9)).join('')}`);
  for (const profile of [...profiles, 'all']) {
    const rows = profile === 'all' ? figures : figures.filter((f) => f.profile === profile);
    out(`${profile.padEnd(18)}${stepNames.map((s) => Math.round(mean(rows.map((f) => f.steps[s] ?? 0))).toString().padStart(9)).join('')}`);
  }
  out('');
}
