/**
 * Matching speed check (issue 5: one document against 100,000 cases in < 50 ms).
 * Generates households, indexes their blocking keys in a Map (key → case ids, standing in for the SQLite
 * index the store uses), then for each probe document looks up candidates by its keys — at most `perKeyLimit`
 * per key, as the store does — and runs decideMatch on them. No full scan.
 * Candidate rows are kept as JSON and parsed per look-up, so no folded name is cached between documents.
 * Run with `npm run bench -- match`.
 */
import { blockingKeys, type HouseholdFacts } from '../src/core/match/household.js';
import { decideMatch, DEFAULT_MATCH_OPTIONS, type MatchCandidate } from '../src/core/match/decide.js';

export interface MatchBenchResult {
  cases: number;
  documents: number;
  indexMs: number;
  /** Mean over the documents after the first WARM_UP (JIT warm-up excluded). */
  msPerDocument: number;
  p95MsPerDocument: number;
  maxMsPerDocument: number;
  meanCandidates: number;
  joined: number;
}

const COMMON = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Yılmaz', 'Kaya', 'Nowak'];
const SYLLABLES = ['ka', 'lo', 'wi', 'ber', 'sch', 'ner', 'ow', 'ski', 'mann', 'ter', 'ak', 'dem', 'ir', 'zy', 'rin', 'hol', 'ste', 'gen', 'ko', 'vic'];
const GIVEN = ['Anna', 'Hans', 'Ewa', 'Mehmet', 'Olga', 'Peter', 'Maria', 'Thomas', 'Ayşe', 'Jan', 'Sabine', 'Ali', 'Irina', 'Klaus', 'Petra', 'Jürgen'];
const TOWNS: [string, string][] = [
  ['51702', 'Bergneustadt'], ['51766', 'Engelskirchen'], ['51643', 'Gummersbach'], ['51645', 'Gummersbach'], ['42499', 'Hückeswagen'],
  ['51789', 'Lindlar'], ['51709', 'Marienheide'], ['51597', 'Morsbach'], ['51588', 'Nümbrecht'], ['42477', 'Radevormwald'],
  ['51580', 'Reichshof'], ['51545', 'Waldbröl'], ['51674', 'Wiehl'], ['51688', 'Wipperfürth'],
];
const STREET_ENDINGS = ['straße', 'weg', 'gasse', 'ring', 'allee'];

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeHousehold(r: () => number): HouseholdFacts {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const family = r() < 0.15 ? pick(COMMON) : (() => {
    const n = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  })();
  const tenants = [{ name: `${pick(GIVEN)} ${family}`, birthDate: r() < 0.3 ? `19${50 + Math.floor(r() * 50)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}` : null }];
  if (r() < 0.4) tenants.push({ name: `${pick(GIVEN)} ${family}`, birthDate: null });
  const [postalCode, city] = pick(TOWNS);
  const street = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(STREET_ENDINGS)}`;
  return {
    tenants,
    address: { street: street[0]!.toUpperCase() + street.slice(1), houseNumber: String(1 + Math.floor(r() * 120)), postalCode, city, addition: null },
  };
}

const WARM_UP = 20;

export function benchMatch(caseCount = 100_000, documentCount = 500, perKeyLimit = 200): MatchBenchResult {
  const r = rng(42);
  const cases: MatchCandidate[] = [];
  const index = new Map<string, string[]>();
  // Rows are stored as JSON and parsed per look-up, as a store would: no object survives between documents.
  const byId = new Map<string, string>();
  const t0 = performance.now();
  for (let i = 0; i < caseCount; i++) {
    const c: MatchCandidate = { caseId: `c${i}`, fileNumbers: [{ court: 'Amtsgericht Gummersbach', number: `${1 + (i % 40)} C ${i}/25` }], household: makeHousehold(r), createdAt: '2025-01-01', closedAt: null };
    cases.push(c);
    byId.set(c.caseId, JSON.stringify(c));
    for (const key of blockingKeys(c.household)) {
      const ids = index.get(key);
      if (ids) ids.push(c.caseId);
      else index.set(key, [c.caseId]);
    }
  }
  const indexMs = performance.now() - t0;

  // Half the documents are rescans of existing households (OCR-garbled), half are new households.
  const documents = Array.from({ length: documentCount }, (_, i) => {
    if (i % 2 === 1) return makeHousehold(r);
    const source = cases[Math.floor(r() * cases.length)]!.household;
    return { ...source, tenants: source.tenants.map((t) => ({ ...t, name: t.name.replace(/l/g, '1') })) };
  });

  const times: number[] = [];
  let candidateTotal = 0;
  let joined = 0;
  documents.forEach((household, i) => {
    const start = performance.now();
    const ids = new Set<string>();
    for (const key of blockingKeys(household)) for (const id of (index.get(key) ?? []).slice(0, perKeyLimit)) ids.add(id);
    const candidates = [...ids].map((id) => JSON.parse(byId.get(id)!) as MatchCandidate);
    const decision = decideMatch({ fileNumbers: [], court: null, household }, candidates, DEFAULT_MATCH_OPTIONS);
    const ms = performance.now() - start;
    if (i >= WARM_UP) times.push(ms);
    candidateTotal += candidates.length;
    if (decision.kind === 'join') joined++;
  });
  times.sort((a, b) => a - b);
  return {
    cases: caseCount, documents: documentCount, indexMs: Math.round(indexMs),
    msPerDocument: times.reduce((a, b) => a + b, 0) / times.length,
    p95MsPerDocument: times[Math.floor(times.length * 0.95)]!,
    maxMsPerDocument: times[times.length - 1]!,
    meanCandidates: candidateTotal / documentCount, joined,
  };
}
