/**
 * `npm run eval:learning` (issue 24): does the desk learn from a worker's corrections? Processes a source's
 * documents in the order they arrive into a fresh store, through the real pipeline (`intake process`'s app).
 * After each document a simulated worker reviews its case as on the desk: decides possible matches by the
 * truth's households, corrects every field that differs from the document's truth through the same action the
 * UI calls (correctField), with click-to-fill positions taken from the page words that hold the true value, and
 * confirms the case. Run twice: with learning, and without (what was learned is reset after every document, as
 * the admin page's reset does). Prints documents fully right (every key field) over each sender's sequence.
 *
 * A sender is the truth's sender and form (manifest `sender` + `layout`): one office's one form.
 *
 * Usage: node dist/scripts/eval-learning.js [--source ruhr-inbox] [--read-cache dir] [--mode both|with|without] [--limit n]
 *   [--profile text-pdf,…] (only documents of these scan profiles: a fast loop without OCR) [--detail] (per document
 *   of a tuned source: what the memory gave, and which key fields were wrong — never on a held-out source)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRootLogger } from '../src/adapters/logger.adapter.js';
import { loadConfig, packageRoot } from '../src/config/load-config.js';
import type { Page } from '../src/core/page.js';
import { openApp, type App } from '../src/main.js';
import { confirmCase, correctField, resolvePossibleMatch, type ActionContext } from '../src/pipeline/review.actions.js';
import { judge, KEY_FIELDS } from './eval.js';
import { learnedOf, resetLearning, type Learned } from './learning-hooks.js';
import { classOf, diagnose, type RowReading } from './learning-diagnosis.js';
import { cachedReader } from './read-cache.js';
import { positionsOf } from './value-positions.js';

interface Entry {
  id: string;
  file: string;
  truth?: string;
  sender: string;
  layout: string;
  household: string;
  arrival: string;
  profile: string;
}

interface Truth {
  documentType: string;
  fields: Record<string, unknown>;
}

/** The fields a worker checks and corrects on the desk (those with a value form). */
const CORRECTED = [
  'court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing', 'evictionDate',
  'judgmentDate', 'vacateDeadline',
] as const;

interface DocResult {
  entry: Entry;
  /** 1-based place of the document in its sender's sequence. */
  nth: number;
  fullyRight: boolean;
  /** Key fields not right as the document was read (before the worker's review). */
  wrongKeys: string[];
  failed: boolean;
  learned: { field: string; confidence: number; right: boolean }[];
  corrections: number;
  /** Corrected fields with a page position for every part (clicked), and those typed (some part found nowhere). */
  clicked: number;
  /** The fields as read (with the memory applied, in the run with learning). */
  fields: Record<string, unknown>;
  confidences: Record<string, number>;
  truth: Record<string, unknown>;
  /** What each remembered place read (--detail only). */
  readings: RowReading[];
}

function sourceEntries(name: string): { corpus: string; entries: Entry[]; tuned: boolean } {
  const registry = JSON.parse(readFileSync(path.join(packageRoot(), 'samples', 'sources.json'), 'utf8')) as { sources: { name: string; corpus: string; tuned: boolean }[] };
  const source = registry.sources.find((s) => s.name === name);
  if (!source) throw new Error(`Quelle ${name} steht nicht in samples/sources.json`);
  const corpus = path.join(packageRoot(), source.corpus);
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: Entry[] };
  const entries = [...manifest.documents].sort((a, b) => a.arrival.localeCompare(b.arrival) || a.id.localeCompare(b.id));
  return { corpus, entries, tuned: source.tuned };
}

interface StoredDocument {
  id: string;
  case_id: string | null;
  status: string;
  extraction_json: string | null;
  pages_json: string | null;
}

/** The documents a file became: itself, or the letters a batch scan was cut into. */
function documentsOf(app: App, documentId: string): StoredDocument[] {
  const row = app.store.documents.get(documentId) as StoredDocument | undefined;
  if (!row) return [];
  if (row.status === 'split') return app.store.documents.partsOf(row.id).map((p) => app.store.documents.get(p.id) as StoredDocument).filter((p) => p.case_id);
  return [row];
}

/** The notice among the parts (the one of the truth's type), else the last part (a cover letter comes first). */
function noticeOf(parts: StoredDocument[], truth: Truth): StoredDocument | undefined {
  const typed = parts.find((p) => p.extraction_json && (JSON.parse(p.extraction_json) as { documentType: string }).documentType === truth.documentType);
  return typed ?? parts[parts.length - 1];
}

async function run(corpus: string, entries: Entry[], learning: boolean, readCache: string | null, baseline?: DocResult[]): Promise<DocResult[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'intake-eval-learning-'));
  const config = loadConfig({ env: { INTAKE_DATA_DIR: path.join(root, 'data'), INTAKE_WATCH_DIR: path.join(root, 'watch-folder') } });
  const app = await openApp(config, createRootLogger('error'), () => new Date(), { wrapReader: cachedReader(readCache) });
  const ctx = (): ActionContext => ({
    store: app.store,
    actor: 'eval',
    now: new Date(),
    settings: { serviceEstimateDays: config.deadlines.serviceEstimateDays, defaultLetterVariant: config.letters.defaultVariant },
    gazetteer: config.gazetteer,
  });
  const householdsOfCase = new Map<string, Set<string>>();
  const seen = new Map<string, number>();
  const results: DocResult[] = [];
  try {
    await app.spool.recover();
    app.runner.start();
    for (const [index, entry] of entries.entries()) {
      const truth = JSON.parse(readFileSync(path.join(corpus, entry.truth ?? `${entry.id}.truth.json`), 'utf8')) as Truth;
      const sender = `${entry.sender}/${entry.layout}`;
      const nth = (seen.get(sender) ?? 0) + 1;
      seen.set(sender, nth);
      const registration = await app.spool.claim(path.join(corpus, entry.file), entry.file, 'cli');
      app.runner.wake();
      await app.runner.whenIdle();
      const notice = registration.kind === 'duplicate' ? undefined : noticeOf(documentsOf(app, registration.documentId), truth);
      if (!notice?.case_id || !notice.extraction_json) {
        results.push({ entry, nth, fullyRight: false, wrongKeys: [...KEY_FIELDS], failed: true, learned: [], corrections: 0, clicked: 0, fields: {}, confidences: {}, truth: truth.fields, readings: [] });
        continue;
      }
      const fields = (JSON.parse(notice.extraction_json) as { fields: Record<string, { value: unknown } | null> }).fields;
      const wrongKeys = KEY_FIELDS.filter((k) => !['right', 'both-null'].includes(judge(truth.fields[k], fields[k]?.value ?? null)));
      const fullyRight = wrongKeys.length === 0;
      const learned = learnedOf(app, notice.id).map((l: Learned) => ({ ...l, right: judge(truth.fields[l.field], fields[l.field]?.value ?? null) === 'right' }));
      const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.value ?? null]));
      const confidences = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as { confidence?: number } | null)?.confidence ?? 0]));
      const before = baseline?.[index];
      const readings = before && notice.pages_json ? diagnose(app.store.layout, JSON.parse(notice.pages_json) as Page[], truth.fields, before.fields, config.gazetteer).map((x) => ({ ...x, extractedConfidence: before.confidences[x.field] ?? 0 })) : [];
      const { corrections, clicked } = review(app, ctx, notice, truth, entry.household, householdsOfCase);
      results.push({ entry, nth, fullyRight, wrongKeys, failed: false, learned, corrections, clicked, fields: values, confidences, truth: truth.fields, readings });
      if (!learning) resetLearning(app);
      process.stderr.write(`\r${learning ? 'mit' : 'ohne'} Lernen: ${index + 1}/${entries.length}`);
    }
    process.stderr.write('\n');
  } finally {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

/** The simulated worker: possible matches by household, every wrong field corrected with its page position, then confirmed. */
function review(
  app: App,
  ctx: () => ActionContext,
  notice: StoredDocument,
  truth: Truth,
  household: string,
  householdsOfCase: Map<string, Set<string>>,
): { corrections: number; clicked: number } {
  let caseId = notice.case_id!;
  for (const match of app.store.cases.openPossibleMatches(caseId)) {
    const same = householdsOfCase.get(match.candidate_case_id)?.has(household) ?? false;
    const result = resolvePossibleMatch(ctx(), caseId, match.candidate_case_id, same ? 'join' : 'reject');
    if (result.ok && same) caseId = result.targetCaseId;
  }
  const households = householdsOfCase.get(caseId) ?? new Set<string>();
  households.add(household);
  householdsOfCase.set(caseId, households);
  const pages = notice.pages_json ? (JSON.parse(notice.pages_json) as Page[]) : [];
  const current = new Map(app.store.cases.fields(caseId).map((f) => [f.name, JSON.parse(f.value_json) as unknown]));
  let corrections = 0;
  let clicked = 0;
  for (const name of CORRECTED) {
    const expected = truth.fields[name] ?? null;
    if (expected === null || judge(expected, current.get(name) ?? null) === 'right') continue;
    const { positions, complete } = positionsOf(name, expected, pages, notice.id);
    const result = correctField(ctx(), caseId, name, expected, positions);
    if (result.ok) corrections += 1;
    if (result.ok && complete) clicked += 1;
  }
  confirmCase(ctx(), caseId);
  return { corrections, clicked };
}

/** Per document where the runs differ or learning gave a wrong value: for looking into a tuned source only. */
function detail(runs: { label: string; results: DocResult[] }[]): string[] {
  const out = ['', 'Einzelheiten (nur abgestimmte Quellen):'];
  const [without, withL] = runs.length === 2 ? runs : [undefined, runs[0]!];
  withL!.results.forEach((r, i) => {
    const w = without?.results[i];
    const wrongLearned = r.learned.filter((l) => !l.right);
    if (w && w.fullyRight === r.fullyRight && wrongLearned.length === 0 && r.wrongKeys.length === 0) return;
    const learned = r.learned.map((l) => `${l.field}${l.right ? '' : '✗'}@${l.confidence}`).join(' ');
    out.push(`${r.entry.id} ${r.entry.sender}/${r.entry.layout} #${r.nth} ${r.entry.profile}: ohne [${w?.wrongKeys.join(',') ?? '?'}] mit [${r.wrongKeys.join(',')}] gelernt {${learned}}`);
    for (const k of r.wrongKeys) out.push(`    ${k}: gelesen ${JSON.stringify(r.fields[k] ?? null)} wahr ${JSON.stringify(r.truth[k] ?? null)}`);
    for (const x of r.readings) if (classOf(x) !== 'beide richtig') out.push(`    ${x.field}.${x.part} c=${x.confidence}: ${classOf(x)} — gelesen ${JSON.stringify(x.read)} wahr ${JSON.stringify(x.truth)} extrahiert ${JSON.stringify(x.extracted)}@${x.extractedConfidence}`);
  });
  const classes = new Map<string, number>();
  for (const x of withL!.results.filter((r) => r.nth > 1).flatMap((r) => r.readings)) classes.set(classOf(x), (classes.get(classOf(x)) ?? 0) + 1);
  out.push('', 'Lesungen gelernter Stellen ab dem 2. Dokument, nach Klasse:', ...[...classes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`));
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '    – ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(source: string, runs: { label: string; results: DocResult[] }[]): string[] {
  const out = [`Lernen aus Korrekturen — Quelle ${source} (${runs[0]!.results.length} Dokumente in Eingangsreihenfolge; Absender = Absender + Vordruck laut Wahrheit)`];
  const after = (r: DocResult) => r.nth > 3;
  out.push(`${''.padEnd(34)}${runs.map((r) => r.label.padStart(16)).join('')}`);
  const row = (label: string, pick: (r: DocResult) => boolean) =>
    out.push(`${label.padEnd(34)}${runs.map((run) => { const docs = run.results.filter(pick); return `${pct(docs.filter((d) => d.fullyRight).length, docs.length)} (${docs.length})`.padStart(16); }).join('')}`);
  row('alle Dokumente', () => true);
  for (const nth of [1, 2, 3, 4]) row(`${nth}. Dokument des Absenders`, (r) => r.nth === nth);
  row('5. und spätere', (r) => r.nth >= 5);
  row('nach 3 korrigierten (Ziel ≥ 97 %)', after);
  for (const run of runs) {
    const learned = run.results.flatMap((r) => r.learned);
    const sure = learned.filter((l) => l.confidence >= 0.9);
    out.push(`${run.label}: gelernte Werte ${learned.length}, davon richtig ${pct(learned.filter((l) => l.right).length, learned.length)}; mit Konfidenz ≥ 0,9: ${pct(sure.filter((l) => l.right).length, sure.length)} von ${sure.length} (Ziel ≥ 99,5 %); Korrekturen ${run.results.reduce((n, r) => n + r.corrections, 0)} (davon jedes Teil im Scan angeklickt: ${run.results.reduce((n, r) => n + r.clicked, 0)}); nicht verarbeitet ${run.results.filter((r) => r.failed).length}`);
  }
  for (const run of runs) {
    const later = run.results.filter(after);
    out.push(`${run.label}, ab dem 4. Dokument je Absender falsch oder fehlend: ${KEY_FIELDS.map((k) => `${k} ${later.filter((r) => r.wrongKeys.includes(k)).length}`).join(', ')}`);
  }
  out.push('', `Je Absender, ab dem 4. Dokument (alle Schlüsselfelder richtig):`);
  const senders = [...new Set(runs[0]!.results.map((r) => `${r.entry.sender}/${r.entry.layout}`))];
  for (const sender of senders) {
    const cells = runs.map((run) => {
      const docs = run.results.filter((r) => `${r.entry.sender}/${r.entry.layout}` === sender && after(r));
      return `${docs.filter((d) => d.fullyRight).length}/${docs.length}`.padStart(16);
    });
    const total = runs[0]!.results.filter((r) => `${r.entry.sender}/${r.entry.layout}` === sender).length;
    if (total > 3) out.push(`  ${`Absender ${senders.indexOf(sender) + 1} (${total} Dok.)`.padEnd(32)}${cells.join('')}`);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, 'read-cache': { type: 'string' }, mode: { type: 'string' }, limit: { type: 'string' }, profile: { type: 'string' }, detail: { type: 'boolean' } },
  });
  const source = values.source ?? 'ruhr-inbox';
  const { corpus, entries: every, tuned } = sourceEntries(source);
  const profiles = values.profile ? new Set(values.profile.split(',')) : null;
  const all = profiles ? every.filter((e) => profiles.has(e.profile)) : every;
  const entries = values.limit ? all.slice(0, Number(values.limit)) : all;
  if (values.detail && !tuned) throw new Error(`--detail nur für abgestimmte Quellen: ${source} ist zurückgehalten`);
  const mode = values.mode ?? 'both';
  const readCache = values['read-cache'] ? path.resolve(values['read-cache']) : null;
  const runs: { label: string; results: DocResult[] }[] = [];
  const started = Date.now();
  if (mode !== 'with') runs.push({ label: 'ohne Lernen', results: await run(corpus, entries, false, readCache) });
  if (mode !== 'without') runs.push({ label: 'mit Lernen', results: await run(corpus, entries, true, readCache, values.detail ? runs[0]?.results : undefined) });
  console.log(report(source, runs).join('\n'));
  if (values.detail) console.log(detail(runs).join('\n'));
  console.log(`Dauer: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
