/**
 * Split eval: reads each generated stack in samples/stacks with the real reader, finds separator sheets
 * (QR code on the few candidate pages), splits, and prints boundary precision/recall against the truth —
 * for stacks without separator sheets (page evidence only) and with them — plus reading speed in pages/minute.
 *
 * Usage: node dist/scripts/eval-split.js [--stacks samples/stacks] [--only stack-01,stack-02] [--failures] [--workers 2]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectSeparator } from '../src/adapters/barcode.adapter.js';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';
import { scoreBoundaries, separatorCandidates, splitPages } from '../src/core/split/index.js';
import type { StackManifest, StackTruth } from '../samples/stacks-generator/stack-truth.js';

interface StackOutcome {
  truth: StackTruth;
  found: [number, number][];
  pages: number;
  ocrPages: number;
  readMs: number;
  separatorMs: number;
  splitMs: number;
  separatorsFound: number;
}

const RENDER_WIDTH = 640;

async function evalStack(dir: string, truth: StackTruth, reader: ReturnType<typeof createDocumentReader>): Promise<StackOutcome> {
  const bytes = readFileSync(path.join(dir, truth.file));
  const t0 = Date.now();
  const read = await reader.read(bytes);
  const t1 = Date.now();
  const separatorPages = new Set<number>();
  for (const n of separatorCandidates(read.pages)) {
    if (await detectSeparator(await reader.renderPage(bytes, n, RENDER_WIDTH), truth.separatorCode)) separatorPages.add(n);
  }
  const t2 = Date.now();
  const result = splitPages(read.pages, { separatorPages });
  const t3 = Date.now();
  return {
    truth,
    found: result.documents.map((d) => d.pages),
    pages: read.pages.length,
    ocrPages: read.pages.filter((p) => p.source === 'ocr').length,
    readMs: t1 - t0,
    separatorMs: t2 - t1,
    splitMs: t3 - t2,
    separatorsFound: separatorPages.size,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

function summary(label: string, outcomes: StackOutcome[]): void {
  if (!outcomes.length) return;
  let hitsP = 0;
  let foundN = 0;
  let hitsR = 0;
  let truthN = 0;
  let exact = 0;
  for (const o of outcomes) {
    const s = scoreBoundaries(o.truth.documents.map((d) => d.pages), o.found);
    hitsP += s.precision * new Set(o.found.map((f) => f[0])).size;
    foundN += new Set(o.found.map((f) => f[0])).size;
    hitsR += s.recall * o.truth.documents.length;
    truthN += o.truth.documents.length;
    exact += s.exactDocuments;
  }
  const pages = outcomes.reduce((n, o) => n + o.pages, 0);
  const ms = outcomes.reduce((n, o) => n + o.readMs + o.separatorMs + o.splitMs, 0);
  process.stdout.write(
    `${label.padEnd(34)} Stapel ${String(outcomes.length).padStart(2)}  Dokumente ${String(truthN).padStart(4)}  ` +
      `Precision ${pct(foundN ? hitsP / foundN : 1).padStart(7)}  Recall ${pct(truthN ? hitsR / truthN : 1).padStart(7)}  ` +
      `exakt ${exact}/${truthN}  Seiten ${pages}  ${((pages / Math.max(1, ms)) * 60_000).toFixed(0)} Seiten/min\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { stacks: { type: 'string' }, only: { type: 'string' }, failures: { type: 'boolean' }, workers: { type: 'string' } },
  });
  const dir = path.resolve(values.stacks ?? 'samples/stacks');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as StackManifest;
  const only = values.only?.split(',');
  const workers = Number(values.workers ?? Math.min(availableParallelism(), 2));
  const reader = createDocumentReader({ workers, maxPages: 500, maxPixels: 200_000_000, pageTimeoutMs: 180_000, recycleAfterPages: 200, cacheDir: null });
  const outcomes: StackOutcome[] = [];
  try {
    for (const entry of manifest.stacks) {
      if (only && !only.includes(entry.id)) continue;
      const truth = JSON.parse(readFileSync(path.join(dir, entry.truth), 'utf8')) as StackTruth;
      const o = await evalStack(dir, truth, reader);
      outcomes.push(o);
      const s = scoreBoundaries(truth.documents.map((d) => d.pages), o.found);
      process.stdout.write(
        `${truth.id}  ${truth.profile.padEnd(10)} ${truth.separators ? 'Trennblatt' : '          '}  Dokumente ${truth.documents.length}/${o.found.length}  ` +
          `P ${pct(s.precision)}  R ${pct(s.recall)}  exakt ${s.exactDocuments}  Seiten ${o.pages} (OCR ${o.ocrPages})  ` +
          `Lesen ${(o.readMs / 1000).toFixed(1)} s  Trennblätter ${o.separatorsFound}/${truth.separatorPages.length} in ${(o.separatorMs / 1000).toFixed(1)} s  Split ${o.splitMs} ms\n`,
      );
      if (values.failures) {
        const truthKeys = new Set(truth.documents.map((d) => d.pages.join('-')));
        const foundKeys = new Set(o.found.map((f) => f.join('-')));
        const missed = truth.documents.filter((d) => !foundKeys.has(d.pages.join('-'))).map((d) => `${d.pages.join('-')} (${d.type}${d.coverLetter ? ', Anschreiben' : ''}${d.pageMarkers ? ', Seitenangaben' : ''})`);
        const extra = o.found.filter((f) => !truthKeys.has(f.join('-'))).map((f) => f.join('-'));
        if (missed.length || extra.length) process.stdout.write(`    erwartet, nicht gefunden: ${missed.join(', ') || '–'}\n    gefunden, nicht erwartet: ${extra.join(', ') || '–'}\n`);
      }
    }
  } finally {
    await reader.close();
  }
  process.stdout.write('\n');
  summary('ohne Trennblätter, Textebene', outcomes.filter((o) => !o.truth.separators && o.truth.profile === 'text-pdf'));
  summary('ohne Trennblätter, Scan (OCR)', outcomes.filter((o) => !o.truth.separators && o.truth.profile !== 'text-pdf'));
  summary('ohne Trennblätter, alle', outcomes.filter((o) => !o.truth.separators));
  summary('mit Trennblättern', outcomes.filter((o) => o.truth.separators));
  summary('alle Stapel', outcomes);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Split-Auswertung fehlgeschlagen: ${String(error)}\n`);
    process.exit(1);
  },
);
