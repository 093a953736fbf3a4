/**
 * `npm run eval`: extraction accuracy against ground truth, through the same code path as `intake extract`
 * (reader → extraction → second reads).
 *
 * One corpus (default samples/corpus): per field, scan profile, document type, layout and split, and how far
 * confidence can be trusted.
 *   node dist/scripts/eval.js [--corpus samples/corpus] [--split tune|heldout] [--profile …] [--only <id-substring>] [--failures]
 *
 * By source (`npm run eval -- --by-source`): every source of samples/sources.json, each written by another author.
 * A source the extraction was tuned on (`tuned: true`) gives optimistic figures; the figures of the others are
 * what a new sender's notices can expect, and the worst of them is the one to report.
 *   node dist/scripts/eval.js --by-source [--source <name>] [--failures] [--detail]
 *
 * Common options:
 *   --read-cache <dir>  keep what the reader read (pages, words, boxes) per file hash, so a second run measures
 *                       extraction changes in seconds without OCR (reading speed then means nothing)
 *   --no-rereads        skip the second reads of lines and names (for quick cached runs; figures then differ a little)
 *   --values <file>     one JSON line per value read (field, confidence, verdict; no text) for calibration work
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDocumentReader } from '../src/adapters/document-reader.adapter.js';
import { sha256Of } from '../src/adapters/file-store.adapter.js';
import { loadConfig, packageRoot } from '../src/config/load-config.js';
import { isIntakeError } from '../src/core/errors.js';
import type { ExtractionResult } from '../src/core/extraction.schema.js';
import type { Gazetteer } from '../src/core/gazetteer.js';
import { buildExtraction, extractWithRereads } from '../src/pipeline/extract.stage.js';
import type { DocumentReader } from '../src/pipeline/ports.js';
import { cachedReader } from './read-cache.js';

interface ManifestEntry {
  id: string;
  file: string;
  truth?: string;
  type: string;
  layout: string;
  profile: string;
  split?: 'tune' | 'heldout';
  pages: number;
}

interface Truth {
  documentType: string;
  fields: Record<string, unknown>;
}

export interface SourceEntry {
  name: string;
  corpus: string;
  author: string;
  tuned: boolean;
}

export const EVAL_FIELDS = [
  'court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'monthlyRent', 'arrears', 'hearing', 'evictionDate',
] as const;

/** The fields a worker acts on first. */
export const KEY_FIELDS = ['court', 'fileNumber', 'tenants', 'address', 'hearing', 'evictionDate'] as const;

/** Profile name of documents with a text layer (no OCR). */
const DIGITAL = 'text-pdf';

type Verdict = 'right' | 'wrong' | 'missed' | 'spurious' | 'both-null';

/** Key-order-independent JSON, so {a,b} and {b,a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export function judge(expected: unknown, actual: unknown): Verdict {
  const e = expected ?? null;
  const a = actual ?? null;
  if (e === null && a === null) return 'both-null';
  if (e === null) return 'spurious';
  if (a === null) return 'missed';
  return canonical(e) === canonical(a) ? 'right' : 'wrong';
}

interface DocOutcome {
  entry: ManifestEntry;
  error: string | null;
  typeRight: boolean;
  verdicts: Record<string, Verdict>;
  confidences: Record<string, number | null>;
  /** Time of the pure extraction step alone (no reading, no second reads). */
  extractMs: number;
  mismatches: { field: string; expected: unknown; actual: unknown }[];
  /** Tenants right once letters outside the German alphabet lose their accents (ş→s, ą→a, ł→l, ı→i). */
  tenantsRightButAccents: boolean;
}

/** Folds letters the German OCR model cannot produce; ä, ö, ü, ß stay as they are. */
export function foldForeignAccents(text: string): string {
  return text
    .replace(/[^\p{ASCII}äöüÄÖÜß]/gu, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i');
}

interface RunOptions {
  /** The reader, behind the read cache when --read-cache names one. */
  reader: DocumentReader;
  gazetteer: Gazetteer;
  rereads: boolean;
}

function readManifest(corpus: string): ManifestEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents?: ManifestEntry[] } | ManifestEntry[];
  return Array.isArray(manifest) ? manifest : (manifest.documents ?? []);
}

async function runCorpus(entries: ManifestEntry[], corpus: string, options: RunOptions, workers: number): Promise<DocOutcome[]> {
  const outcomes: DocOutcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        outcomes.push(await evaluate(entry, corpus, options));
        process.stderr.write(`\r${outcomes.length}/${entries.length}`);
      }
    }),
  );
  process.stderr.write('\n');
  return outcomes.sort((a, b) => a.entry.id.localeCompare(b.entry.id));
}

async function evaluate(entry: ManifestEntry, corpus: string, options: RunOptions): Promise<DocOutcome> {
  const truth = JSON.parse(readFileSync(path.join(corpus, entry.truth ?? `${entry.id}.truth.json`), 'utf8')) as Truth;
  const bytes = readFileSync(path.join(corpus, entry.file));
  let result: ExtractionResult;
  let extractMs = 0;
  const context = { gazetteer: options.gazetteer, today: '2025-06-01' };
  try {
    const sha = sha256Of(bytes);
    const read = await options.reader.read(bytes);
    const t0 = performance.now();
    result = buildExtraction(entry.file, sha, read, context);
    extractMs = performance.now() - t0;
    // Second reads (file-number lines, names) are not cached: they are part of what is measured.
    if (options.rereads) result = (await extractWithRereads(entry.file, sha, read, bytes, options.reader, context)).extraction;
  } catch (error) {
    return { entry, error: isIntakeError(error) ? error.code : String(error), typeRight: false, verdicts: {}, confidences: {}, extractMs, mismatches: [], tenantsRightButAccents: false };
  }
  const verdicts: Record<string, Verdict> = {};
  const confidences: Record<string, number | null> = {};
  const mismatches: DocOutcome['mismatches'] = [];
  const fields = result.fields as Record<string, { value: unknown; confidence: number } | null>;
  for (const name of EVAL_FIELDS) {
    const actual = fields[name]?.value ?? null;
    verdicts[name] = judge(truth.fields[name], actual);
    confidences[name] = fields[name]?.confidence ?? null;
    if (verdicts[name] !== 'right' && verdicts[name] !== 'both-null') mismatches.push({ field: name, expected: truth.fields[name] ?? null, actual });
  }
  const tenantsRightButAccents =
    canonical(JSON.parse(foldForeignAccents(JSON.stringify(truth.fields.tenants ?? null)))) === canonical(JSON.parse(foldForeignAccents(JSON.stringify(fields.tenants?.value ?? null))));
  return { entry, error: null, typeRight: result.documentType === truth.documentType, verdicts, confidences, extractMs, mismatches, tenantsRightButAccents };
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const isRight = (v: Verdict | undefined) => v === 'right' || v === 'both-null';

function rightOf(docs: DocOutcome[], fields: readonly string[] = EVAL_FIELDS): number {
  return docs.reduce((n, o) => n + fields.filter((f) => o.verdicts[f] === 'right').length, 0);
}
function scoredOf(docs: DocOutcome[], fields: readonly string[] = EVAL_FIELDS): number {
  return docs.reduce((n, o) => n + (o.error ? fields.length : fields.filter((f) => o.verdicts[f] !== 'both-null').length), 0);
}
function allKeysRight(docs: DocOutcome[]): number {
  return docs.filter((o) => !o.error && KEY_FIELDS.every((k) => isRight(o.verdicts[k]))).length;
}
function groupBy<T>(items: T[], key: (t: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}
/** Values read at ≥ 0.9 (taken without review), how many of them are right, and how many values were read at all. */
function confident(docs: DocOutcome[]): { right: number; total: number; read: number } {
  let right = 0;
  let total = 0;
  let read = 0;
  for (const o of docs) {
    for (const name of EVAL_FIELDS) {
      const c = o.confidences[name];
      if (c === null || c === undefined) continue;
      read += 1;
      if (c < 0.9) continue;
      total += 1;
      if (o.verdicts[name] === 'right') right += 1;
    }
  }
  return { right, total, read };
}

/** The per-corpus report (fields, profiles, types, layouts, calibration bands), for each split present. */
function reportCorpus(outcomes: DocOutcome[], out: string[]): void {
  const errors = outcomes.filter((o) => o.error);
  if (errors.length) out.push(`nicht lesbar: ${errors.map((o) => `${o.entry.id} (${o.error})`).join(', ')}`);
  const splits = groupBy(outcomes, (o) => o.entry.split ?? 'all');
  for (const [split, docs] of splits) {
    const title = split === 'tune' ? 'Abstimmungsteil (tune)' : split === 'heldout' ? 'zurückgehaltener Teil (heldout)' : 'alle';
    out.push('', `== ${title}: ${docs.length} Dokumente ==`);
    out.push(`Dokumenttyp richtig: ${pct(docs.filter((o) => o.typeRight).length, docs.length)}`);
    out.push(`Dokumente mit allen Schlüsselfeldern richtig (${KEY_FIELDS.join(', ')}): ${pct(allKeysRight(docs), docs.length)}`);
    out.push(`Schlüsselfelder richtig: ${pct(rightOf(docs, KEY_FIELDS), scoredOf(docs, KEY_FIELDS))}`);
    out.push('Feld                  richtig   falsch  fehlt  zuviel   Genauigkeit');
    for (const name of EVAL_FIELDS) {
      const t = { right: 0, wrong: 0, missed: 0, spurious: 0 };
      for (const o of docs) {
        if (o.error) t.missed += 1;
        else if (o.verdicts[name] !== 'both-null') t[o.verdicts[name] as keyof typeof t] += 1;
      }
      const n = t.right + t.wrong + t.missed + t.spurious;
      out.push(`${name.padEnd(20)} ${String(t.right).padStart(7)} ${String(t.wrong).padStart(8)} ${String(t.missed).padStart(6)} ${String(t.spurious).padStart(7)}   ${pct(t.right, n)}`);
    }
    const accentsOnly = docs.filter((o) => o.verdicts.tenants === 'wrong' && o.tenantsRightButAccents).length;
    out.push(`  davon tenants nur ohne Akzente falsch (ş ç ł ą …, vom deutschen OCR-Modell nicht gelesen): ${accentsOnly}`);
    out.push(`${'alle Felder'.padEnd(20)} ${pct(rightOf(docs), scoredOf(docs))}`);
    out.push('', 'nach Scan-Profil: alle Felder | je Schlüsselfeld | Dokumente mit allen Schlüsselfeldern');
    out.push(`  ${''.padEnd(26)} ${'alle'.padStart(6)}  ${KEY_FIELDS.map((k) => k.slice(0, 8).padStart(8)).join(' ')}`);
    for (const [profile, group] of groupBy(docs, (o) => o.entry.profile)) {
      const perKey = KEY_FIELDS.map((k) => pct(rightOf(group, [k]), scoredOf(group, [k])).padStart(8)).join(' ');
      out.push(`  ${profile.padEnd(26)} ${pct(rightOf(group), scoredOf(group))}  ${perKey}  ${pct(allKeysRight(group), group.length)} (${group.length} Dok.)`);
    }
    for (const [label, key] of [['Dokumenttyp', (o: DocOutcome) => o.entry.type], ['Layout', (o: DocOutcome) => o.entry.layout]] as const) {
      out.push(`nach ${label}: alle Felder | Dokumente mit allen Schlüsselfeldern (alle Profile / digital)`);
      for (const [name, group] of groupBy(docs, key)) {
        const digital = group.filter((o) => o.entry.profile === DIGITAL);
        out.push(`  ${name.padEnd(26)} ${pct(rightOf(group), scoredOf(group))}  ${pct(allKeysRight(group), group.length)} / ${pct(allKeysRight(digital), digital.length)}  (${group.length} Dok., ${digital.length} digital)`);
      }
    }
    out.push('Verlässlichkeit der Konfidenz (gelesene Werte; ab 0,9 ohne Prüfhinweis):');
    const bands = [['≥ 0,9', 0.9, 1.01], ['0,85–0,9', 0.85, 0.9], ['0,8–0,85', 0.8, 0.85], ['0,6–0,8', 0.6, 0.8], ['< 0,6', 0, 0.6]] as const;
    let read = 0;
    const rows = bands.map(([label, lo, hi]) => {
      let right = 0;
      let total = 0;
      for (const o of docs) {
        for (const name of EVAL_FIELDS) {
          const c = o.confidences[name];
          if (c === null || c === undefined || c < lo || c >= hi) continue;
          total += 1;
          if (o.verdicts[name] === 'right') right += 1;
        }
      }
      read += total;
      return { label, right, total };
    });
    for (const { label, right, total } of rows) out.push(`  Konfidenz ${label.padEnd(9)} ${pct(right, total)} richtig (${total} Werte, ${pct(total, read).trim()} der gelesenen)`);
    // Which fields the sure but wrong values are (counts only: the calibration's weak spots by field, not documents).
    const sureWrong = EVAL_FIELDS.map((name) => {
      const sure = docs.filter((o) => (o.confidences[name] ?? 0) >= 0.9);
      return { name, wrong: sure.filter((o) => o.verdicts[name] !== 'right').length, sure: sure.length };
    }).filter((f) => f.wrong > 0);
    if (sureWrong.length) out.push(`  falsch ab 0,9 je Feld: ${sureWrong.map((f) => `${f.name} ${f.wrong}/${f.sure}`).join(', ')}`);
    // Which parts of a sure but wrong address or hearing differ, and how a sure but wrong amount lies against the true one.
    for (const name of ['address', 'hearing']) {
      const parts = sureWrongKinds(docs, name, (want, got) => {
        const [w, g] = [want, got] as [Record<string, unknown> | null, Record<string, unknown> | null];
        if (!w || !g) return [w ? 'ganz fehlt' : 'ganz zuviel'];
        return Object.keys(w)
          .filter((key) => JSON.stringify(w[key]) !== JSON.stringify(g[key]))
          .map((key) => key + (g[key] === null ? ' fehlt' : w[key] === null ? ' zuviel' : ' anders'));
      });
      if (parts.size) out.push(`  davon ${name}-Teile: ${[...parts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
    for (const name of ['monthlyRent', 'arrears']) {
      const how = sureWrongKinds(docs, name, (want, got) => [want === null ? 'zuviel' : got === null ? 'fehlt' : (got as number) < (want as number) ? 'kleiner' : 'größer']);
      if (how.size) out.push(`  davon ${name}: ${[...how].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
  }
}

/**
 * Counts, over the documents whose `field` was read at ≥ 0.9 and is wrong, the kinds `classify` gives each (its true
 * and its read value): how the calibration fails, without naming a document.
 */
function sureWrongKinds(docs: DocOutcome[], field: string, classify: (want: unknown, got: unknown) => string[]): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const o of docs) {
    if ((o.confidences[field] ?? 0) < 0.9 || o.verdicts[field] === 'right') continue;
    const m = o.mismatches.find((x) => x.field === field);
    for (const kind of classify(m?.expected ?? null, m?.actual ?? null)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return kinds;
}

function reportFailures(outcomes: DocOutcome[], out: string[]): void {
  out.push('', 'Abweichungen:');
  for (const o of outcomes) {
    for (const m of o.mismatches) {
      const sure = (o.confidences[m.field] ?? 0) >= 0.9 ? ' [sicher]' : '';
      out.push(`  ${o.entry.id} ${m.field}${sure}: erwartet ${JSON.stringify(m.expected)} gelesen ${JSON.stringify(m.actual)}`);
    }
  }
}

/** One line per source, then the worst of the sources the extraction was not tuned on. */
function reportSources(results: { source: SourceEntry; outcomes: DocOutcome[] }[], out: string[]): void {
  out.push('', '== nach Quelle (jede von einem anderen Autor; „abgestimmt“ = beim Ändern der Extraktion angesehen, Zahlen geschönt) ==');
  const header = ['Quelle', 'abgest.', 'Dok.', 'Schlüssel', 'digital', 'alle SF', 'alle SF dig', 'Mieter', '≥0,9 richtig', '≥0,9 Anteil', 'ms/Seite'];
  out.push(header.map((h, i) => (i === 0 ? h.padEnd(18) : h.padStart(12))).join(''));
  const rows: { tuned: boolean; figures: number[] }[] = [];
  for (const { source, outcomes } of results) {
    const digital = outcomes.filter((o) => o.entry.profile === DIGITAL);
    const conf = confident(outcomes);
    const pages = outcomes.reduce((n, o) => n + o.entry.pages, 0);
    const figures = [
      rightOf(outcomes, KEY_FIELDS) / Math.max(1, scoredOf(outcomes, KEY_FIELDS)),
      rightOf(digital, KEY_FIELDS) / Math.max(1, scoredOf(digital, KEY_FIELDS)),
      allKeysRight(outcomes) / Math.max(1, outcomes.length),
      allKeysRight(digital) / Math.max(1, digital.length),
      rightOf(outcomes, ['tenants']) / Math.max(1, scoredOf(outcomes, ['tenants'])),
      conf.total ? conf.right / conf.total : 1,
      conf.read ? conf.total / conf.read : 0,
    ];
    rows.push({ tuned: source.tuned, figures });
    const ms = outcomes.reduce((n, o) => n + o.extractMs, 0) / Math.max(1, pages);
    out.push(
      [
        source.name.padEnd(18),
        (source.tuned ? 'ja' : 'nein').padStart(12),
        String(outcomes.length).padStart(12),
        ...figures.map((f) => `${(100 * f).toFixed(1)}%`.padStart(12)),
        ms.toFixed(1).padStart(12),
      ].join(''),
    );
  }
  const held = rows.filter((r) => !r.tuned);
  if (held.length) {
    const worst = held[0]!.figures.map((_, i) => Math.min(...held.map((r) => r.figures[i]!)));
    out.push(['schlechteste nicht abgestimmte'.padEnd(42), ''.padStart(12), ...worst.map((f) => `${(100 * f).toFixed(1)}%`.padStart(12))].join(''));
  }
  out.push('Schlüssel = Schlüsselfelder richtig; alle SF = Dokumente mit allen Schlüsselfeldern richtig; digital = Profil text-pdf;');
  out.push('≥0,9 Anteil = Anteil der gelesenen Werte, die ohne Prüfhinweis übernommen werden.');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' }, split: { type: 'string' }, profile: { type: 'string' }, only: { type: 'string' }, failures: { type: 'boolean' },
      workers: { type: 'string' }, 'read-cache': { type: 'string' }, values: { type: 'string' }, 'by-source': { type: 'boolean' }, source: { type: 'string' },
      detail: { type: 'boolean' }, 'no-rereads': { type: 'boolean' }, 'with-split': { type: 'boolean' },
    },
  });
  const config = loadConfig({ env: {} });
  const workers = Number(values.workers ?? Math.min(availableParallelism(), 8));
  const reader = cachedReader(values['read-cache'] ? path.resolve(values['read-cache']) : null)(
    createDocumentReader({ workers, maxPages: 50, maxPixels: 200_000_000, pageTimeoutMs: 180_000, recycleAfterPages: 200, cacheDir: null }),
  );
  const options: RunOptions = { reader, gazetteer: config.gazetteer, rereads: !values['no-rereads'] };
  const filter = (entries: ManifestEntry[]) =>
    entries.filter((e) => (!values.split || e.split === values.split) && (!values.profile || e.profile === values.profile) && (!values.only || e.id.includes(values.only)));
  const out: string[] = [];
  const started = Date.now();
  try {
    if (values['by-source']) {
      const registry = JSON.parse(readFileSync(path.join(packageRoot(), 'samples', 'sources.json'), 'utf8')) as { sources: SourceEntry[] };
      const results: { source: SourceEntry; outcomes: DocOutcome[] }[] = [];
      for (const source of registry.sources.filter((s) => !values.source || s.name === values.source)) {
        const corpus = path.join(packageRoot(), source.corpus);
        if (!existsSync(path.join(corpus, 'manifest.json'))) {
          out.push(`Quelle ${source.name}: kein Korpus unter ${source.corpus}`);
          continue;
        }
        process.stderr.write(`${source.name}: `);
        const outcomes = await runCorpus(filter(readManifest(corpus)), corpus, options, workers);
        results.push({ source, outcomes });
        if (values.detail) {
          out.push('', `#### Quelle ${source.name} (${source.tuned ? 'abgestimmt' : 'nicht abgestimmt'})`);
          reportCorpus(outcomes.map((o) => ({ ...o, entry: { ...o.entry, split: undefined } })), out);
        }
        if (values.failures) {
          out.push('', `#### Abweichungen in ${source.name}`);
          reportFailures(outcomes, out);
        }
      }
      reportSources(results, out);
      if (values.values) writeValues(path.resolve(values.values), results.flatMap((r) => r.outcomes.map((o) => ({ ...o, source: r.source.name }))));
    } else {
      const corpus = path.resolve(values.corpus ?? path.join(packageRoot(), 'samples', 'corpus'));
      const entries = filter(readManifest(corpus));
      const outcomes = await runCorpus(entries, corpus, options, workers);
      const pages = outcomes.reduce((n, o) => n + o.entry.pages, 0);
      out.push(`eval: ${outcomes.length} Dokumente, ${pages} Seiten in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      reportCorpus(outcomes, out);
      if (values.failures) reportFailures(outcomes, out);
      if (values.values) writeValues(path.resolve(values.values), outcomes.map((o) => ({ ...o, source: path.basename(corpus) })));
    }
  } finally {
    await reader.close();
  }
  process.stdout.write(`${out.join('\n')}\n`);
  // `npm run eval` also measures batch splitting on samples/stacks; not when the run is about sources
  // (`npm run eval -- --by-source`: npm hands the extra flags to this script, which runs first).
  if (values['with-split'] && !values['by-source'] && !values.source) {
    execFileSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-split.js')], { stdio: 'inherit' });
  }
}

/** One JSON line per value read: source, document, profile, layout, type, field, confidence and verdict (no values). */
function writeValues(file: string, outcomes: (DocOutcome & { source: string })[]): void {
  const lines: string[] = [];
  for (const o of outcomes) {
    const { id, split, profile, layout, type } = o.entry;
    for (const field of EVAL_FIELDS) {
      const confidence = o.confidences[field];
      if (confidence === null || confidence === undefined) continue;
      lines.push(JSON.stringify({ source: o.source, id, split, profile, layout, type, field, confidence, verdict: o.verdicts[field] }));
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
