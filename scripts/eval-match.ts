/**
 * `npm run eval:match` (issue 5): runs `intake process` over the matching corpus (samples/match) into a
 * fresh data dir and prints pairwise precision, recall and F1 of documents grouped into cases against the
 * truth's case keys, the wrong joins (document pairs of different households put into one case), and the
 * cases with other than exactly one first-contact letter.
 *
 * Usage: node dist/scripts/eval-match.js [--corpus samples/match] [--keep]
 *        node dist/scripts/eval-match.js --source <name>   a source of samples/sources.json: its documents in the order
 *                                                          they arrive, households from its manifest
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/config/load-config.js';

interface TruthEntry {
  file: string;
  caseKey: string;
  kind: string;
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  wrongPairs: [string, string][];
}

/** Pairwise clustering scores: a pair counts when both documents are in one case (predicted) or one household (truth). */
export function pairwise(items: { id: string; truth: string; predicted: string }[]): PairScore {
  let tp = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  const wrongPairs: [string, string][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const sameTruth = a.truth === b.truth;
      const samePredicted = a.predicted === b.predicted;
      if (sameTruth) truePairs += 1;
      if (samePredicted) predictedPairs += 1;
      if (sameTruth && samePredicted) tp += 1;
      if (samePredicted && !sameTruth) wrongPairs.push([a.id, b.id]);
    }
  }
  const precision = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const recall = truePairs === 0 ? 1 : tp / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, wrongPairs };
}

function cli(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [path.join(packageRoot(), 'dist/src/cli/intake.js'), ...args], {
    env: { ...process.env, INTAKE_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`intake ${args[0]} beendet mit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, source: { type: 'string' }, keep: { type: 'boolean' } } });
  const { corpus, truth } = values.source ? sourceTruth(values.source) : matchTruth(values.corpus);
  const root = mkdtempSync(path.join(tmpdir(), 'intake-eval-match-'));
  const env = { INTAKE_DATA_DIR: path.join(root, 'data'), INTAKE_WATCH_DIR: path.join(root, 'watch-folder') };
  try {
    const started = Date.now();
    // In truth order, one file after the other, as the documents would arrive over weeks.
    const lines = cli(['process', '--json', ...truth.map((t) => path.join(corpus, t.file))], env)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; status: string; caseId: string | null; error?: { code: string } });
    const byFile = new Map(lines.map((l) => [path.basename(l.file), l]));
    const items = truth.map((t) => {
      const line = byFile.get(t.file);
      return { id: t.file, truth: t.caseKey, predicted: line?.caseId ?? `unassigned:${t.file}`, kind: t.kind, status: line?.status ?? 'missing' };
    });
    const cases = JSON.parse(cli(['cases', '--json'], env)) as { id: string; letters: { kind: string }[] }[];
    const score = pairwise(items);
    const households = new Set(truth.map((t) => t.caseKey)).size;
    const badLetters = cases.filter((c) => c.letters.filter((l) => l.kind === 'first_contact').length !== 1);
    const wrongHouseholdPairs = new Set(score.wrongPairs.map(([a, b]) => [items.find((i) => i.id === a)!.truth, items.find((i) => i.id === b)!.truth].sort().join('+')));
    const failed = items.filter((i) => i.status !== 'case' && i.status !== 'duplicate');
    const split = new Map<string, Set<string>>();
    for (const i of items) split.set(i.truth, (split.get(i.truth) ?? new Set()).add(i.predicted));
    const splitHouseholds = [...split.entries()].filter(([, s]) => s.size > 1);
    process.stdout.write(
      [
        `eval:match: ${items.length} Dokumente, ${households} Haushalte → ${cases.length} Fälle (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `paarweise: Präzision ${score.precision.toFixed(3)}, Trefferquote ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)} (Ziel ≥ 0,99) — ${score.predictedPairs} zusammengeführte Paare, ${score.truePairs} richtige`,
        `falsche Zusammenführungen verschiedener Haushalte: ${wrongHouseholdPairs.size}${wrongHouseholdPairs.size ? ` (${[...wrongHouseholdPairs].join(', ')})` : ''} (Ziel 0)`,
        `Fälle mit ≠ 1 Erstkontakt-Brief: ${badLetters.length} (Ziel 0)`,
        `nicht verarbeitet: ${failed.length}${failed.length ? ` (${failed.map((f) => f.id).join(', ')})` : ''}`,
        `Haushalte auf mehrere Fälle verteilt: ${splitHouseholds.length}${splitHouseholds.length ? ` (${splitHouseholds.map(([k]) => `${k}: ${items.filter((i) => i.truth === k).map((i) => i.kind).join('/')}`).join('; ')})` : ''}`,
        '',
      ].join('\n'),
    );
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
    else process.stdout.write(`Daten behalten in ${root}\n`);
  }
}

function matchTruth(dir: string | undefined): { corpus: string; truth: TruthEntry[] } {
  const corpus = path.resolve(dir ?? path.join(packageRoot(), 'samples', 'match'));
  return { corpus, truth: (JSON.parse(readFileSync(path.join(corpus, 'truth.json'), 'utf8')) as { documents: TruthEntry[] }).documents };
}

/** A source's documents as they would arrive (manifest `arrival`), each household a case. */
function sourceTruth(name: string): { corpus: string; truth: TruthEntry[] } {
  const registry = JSON.parse(readFileSync(path.join(packageRoot(), 'samples', 'sources.json'), 'utf8')) as { sources: { name: string; corpus: string }[] };
  const source = registry.sources.find((s) => s.name === name);
  if (!source) throw new Error(`Quelle ${name} steht nicht in samples/sources.json`);
  const corpus = path.join(packageRoot(), source.corpus);
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string; household: string; kind: string; arrival: string }[] };
  const ordered = [...manifest.documents].sort((a, b) => a.arrival.localeCompare(b.arrival) || a.id.localeCompare(b.id));
  return { corpus, truth: ordered.map((d) => ({ file: d.file, caseKey: d.household, kind: d.kind })) };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
