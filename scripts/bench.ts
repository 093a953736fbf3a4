/**
 * `npm run bench`: speed figures against the targets of the issues. Prints, never asserts —
 * timing targets do not belong in unit tests on a shared machine.
 * Usage: node dist/scripts/bench.js [match|letters|web|search|extract ...]   (default: all)
 */
import { benchExtract } from './bench-extract.js';
import { benchLetters } from './bench-letters.js';
import { benchMatch } from './bench-match.js';
import { benchWeb } from './bench-web.js';

type Bench = () => Promise<string>;

const BENCHES: Record<string, Bench> = {
  async match() {
    const r = benchMatch(100_000, 500);
    return (
      `match: ${r.cases} cases indexed in ${r.indexMs} ms; ${r.documents} documents: ${r.msPerDocument.toFixed(2)} ms/document ` +
      `(p95 ${r.p95MsPerDocument.toFixed(2)} ms, max ${r.maxMsPerDocument.toFixed(1)} ms), ${r.meanCandidates.toFixed(1)} candidates/document, ` +
      `${r.joined} joined — target < 50 ms/document: ${verdict(r.msPerDocument < 50)}`
    );
  },
  async letters() {
    const r = await benchLetters(200);
    return (
      `letters: ${r.perLetterMs.toFixed(1)} ms/letter — target ≤ 100 ms: ${verdict(r.perLetterMs <= 100)}; ` +
      `200 letters in one PDF: ${r.combinedMs.toFixed(0)} ms (${(r.combinedBytes / 1e6).toFixed(1)} MB) — target < 20 s: ${verdict(r.combinedMs < 20_000)}`
    );
  },
  web: () => benchWeb(),
  search: () => benchWeb(10_000, 30, 'search'),
  async extract() {
    const r = benchExtract();
    return (
      `extract: ${r.documents} documents (${r.pages} pages) of samples/corpus from their page texts: ${r.msPerPage.toFixed(2)} ms/page ` +
      `(p95 ${r.p95MsPerDocument.toFixed(1)} ms/document, slowest page ${r.maxMsPerPage.toFixed(1)} ms) — target < 20 ms/page: ${verdict(r.msPerPage < 20)}`
    );
  },
};

function verdict(ok: boolean): string {
  return ok ? 'erreicht' : 'VERFEHLT';
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) {
      process.stderr.write(`Unbekannter Benchmark "${name}" (vorhanden: ${Object.keys(BENCHES).join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`${await bench()}\n`);
  }
}

await main();
