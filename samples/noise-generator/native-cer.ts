// Runs Debian's native `tesseract <file> - -l deu` on every bench page and reports CER/WER against the truth.
// Usage: node dist/samples/noise-generator/native-cer.js [--dir samples/noise] [--upright] [--json out.json] [--only a,b]
// --upright rotates rot90/180/270 pages back first (a readability check, not the benchmark condition).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

const run = promisify(execFile);

interface ManifestPage { id: string; file: string; profile: string; rotation: number; truth: string }

export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** Share of truth words (as a multiset) missing from the output: insensitive to reading order. */
export function bagOfWordsMiss(hypWords: string[], refWords: string[]): number {
  const bag = new Map<string, number>();
  for (const w of hypWords) bag.set(w, (bag.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of refWords) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else missing++;
  }
  return missing / Math.max(1, refWords.length);
}

export function errorRates(hyp: string, ref: string): { cer: number; wer: number; bowMiss: number; refChars: number; charEdits: number } {
  const h = normalise(hyp);
  const r = normalise(ref);
  const charEdits = levenshtein([...h], [...r]);
  const hw = h.split(' ').filter(Boolean);
  const rw = r.split(' ').filter(Boolean);
  const wer = levenshtein(hw, rw) / Math.max(1, rw.length);
  return { cer: charEdits / Math.max(1, [...r].length), wer, bowMiss: bagOfWordsMiss(hw, rw), refChars: [...r].length, charEdits };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = path.resolve(arg('dir') ?? 'samples/noise');
  const upright = process.argv.includes('--upright');
  const only = arg('only')?.split(',');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { pages: ManifestPage[] };
  const tmp = mkdtempSync(path.join(tmpdir(), 'native-cer-'));
  const rows: { id: string; profile: string; cer: number; wer: number; bowMiss: number; refChars: number; charEdits: number }[] = [];
  try {
    for (const p of manifest.pages) {
      if (only && !only.includes(p.profile)) continue;
      let file = path.join(dir, p.file);
      if (upright && p.rotation !== 0) {
        const fixed = path.join(tmp, `${p.id}.png`);
        await sharp(file).rotate(360 - p.rotation).png().toFile(fixed);
        file = fixed;
      }
      const { stdout } = await run('tesseract', [file, '-', '-l', 'deu'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
      const truth = readFileSync(path.join(dir, p.truth), 'utf8');
      const r = errorRates(stdout, truth);
      rows.push({ id: p.id, profile: p.profile, ...r });
      process.stdout.write(`${p.id.padEnd(24)} CER ${(r.cer * 100).toFixed(1).padStart(6)} %  WER ${(r.wer * 100).toFixed(1).padStart(6)} %  BoW miss ${(r.bowMiss * 100).toFixed(1).padStart(6)} %\n`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const profiles = [...new Set(rows.map((r) => r.profile))];
  const summary = profiles.map((profile) => {
    const rs = rows.filter((r) => r.profile === profile);
    const mean = (k: 'cer' | 'wer' | 'bowMiss'): number => rs.reduce((a, r) => a + r[k], 0) / rs.length;
    const pooled = rs.reduce((a, r) => a + r.charEdits, 0) / rs.reduce((a, r) => a + r.refChars, 0);
    return { profile, pages: rs.length, meanCer: mean('cer'), pooledCer: pooled, meanWer: mean('wer'), meanBowMiss: mean('bowMiss') };
  });
  process.stdout.write(`\n${'profile'.padEnd(20)} pages  mean CER  pooled CER  mean WER  BoW miss\n`);
  for (const s of summary) {
    process.stdout.write(`${s.profile.padEnd(20)} ${String(s.pages).padStart(5)}  ${(s.meanCer * 100).toFixed(1).padStart(7)} %  ${(s.pooledCer * 100).toFixed(1).padStart(8)} %  ${(s.meanWer * 100).toFixed(1).padStart(6)} %  ${(s.meanBowMiss * 100).toFixed(1).padStart(6)} %\n`);
  }
  const json = arg('json');
  if (json) writeFileSync(json, `${JSON.stringify({ upright, summary, pages: rows }, null, 2)}\n`);
}

await main();
