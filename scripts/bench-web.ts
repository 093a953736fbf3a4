/**
 * Review desk speed: server time of the worklist over 10,000 cases (target < 200 ms) and of a case
 * view (target < 100 ms, page images excluded), measured through the real Hono app and SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRootLogger } from '../src/adapters/logger.adapter.js';
import { loadConfig } from '../src/config/load-config.js';
import { openDatabase } from '../src/db/connection.js';
import { ReportRepository } from '../src/db/report.repository.js';
import { SqliteStore } from '../src/db/sqlite.store.js';
import type { App } from '../src/main.js';
import { createWebApp } from '../src/web/server.js';
import { newToken, tokenHash } from '../src/web/session.middleware.js';

const TOWNS: [string, string][] = [
  ['51643', 'Gummersbach'],
  ['51674', 'Wiehl'],
  ['51588', 'Nümbrecht'],
  ['51702', 'Bergneustadt'],
  ['42499', 'Hückeswagen'],
];
const NAMES = ['Müller', 'Schmidt', 'Kowalczyk', 'Yıldız', 'Aydın', 'Wiśniewski', 'Şahin', 'Hoffmann', 'Al-Hassan', 'Schäfer'];
const GIVEN = ['Jürgen', 'Ewa', 'Mehmet', 'Anna', 'Peter', 'Fatma', 'Olga', 'Ali', 'Marie-Luise', 'Tomasz'];

function seed(store: SqliteStore, count: number, now: Date): void {
  const at = now.toISOString();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  store.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = store.cases.create(at);
      const [postalCode, city] = TOWNS[i % TOWNS.length]!;
      const write = (name: string, value: unknown, confidence: number) =>
        store.cases.writeField(id, { name, valueJson: JSON.stringify(value), confidence, source: 'machine', documentId: null, page: 1, bboxJson: '[0.1,0.1,0.3,0.12]', correctedBy: null }, at);
      write('tenants', [{ name: `${GIVEN[i % 10]} ${NAMES[(i * 7) % 10]}-${i}`, birthDate: null }], i % 9 === 0 ? 0.7 : 0.97);
      write('address', { street: `Hauptstraße`, houseNumber: String(1 + (i % 120)), postalCode, city, addition: null }, 0.95);
      write('court', 'Amtsgericht Gummersbach', 0.99);
      store.cases.addFileNumber(id, `${1 + (i % 40)} C ${i + 1}/26`, 'Amtsgericht Gummersbach');
      store.cases.replaceDeadlines(id, [
        { kind: 'hearing', date: day(1 + (i % 90)), time: '10:30', estimated: 0, label: 'Termin zur mündlichen Verhandlung' },
        { kind: 'grace_period_end', date: day(30 + (i % 60)), time: null, estimated: 1, label: 'Ende der Schonfrist (geschätzt)' },
      ]);
      store.cases.update(id, { postal_code: postalCode, city, needs_review: i % 9 === 0 ? 1 : 0, assigned_to: i % 3 === 0 ? 'anna' : null }, at);
    }
  });
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

/** Folded searches of issue 26 (accents, umlauts, ß, file numbers without spaces, parts of names). */
export const FORGIVING_QUERIES = ['aydin', 'muller', 'sahin', 'strasse', '3C271/25', '31C271/26', 'kowal', 'mueller hauptstrasse 12'];

export async function benchWeb(cases = 10_000, runs = 30, only: 'all' | 'search' = 'all'): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'intake-bench-web-'));
  try {
    const config = loadConfig({ env: { INTAKE_DATA_DIR: path.join(root, 'data'), INTAKE_WATCH_DIR: path.join(root, 'watch') }, cwd: root });
    const db = openDatabase(path.join(config.dataDir, 'intake.sqlite'));
    const store = new SqliteStore(db);
    const now = new Date();
    seed(store, cases, now);
    const userId = store.auth.addUser('anna', 'worker', 'scrypt$1$1$1$x$y', now.toISOString());
    const token = newToken();
    store.auth.createSession({
      token_hash: tokenHash(token),
      user_id: userId,
      csrf_token: newToken(24),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    const logger = createRootLogger('silent', { pretty: false });
    // The worklist and case view read config, store and logger only; no reader, runner or letters needed.
    const reports = new ReportRepository(db);
    const app = { config, db, store, logger, reportFacts: () => reports.facts(), close: async () => db.close() } as unknown as App;
    const web = createWebApp(app);
    const headers = { cookie: `intake_session=${token}` };
    const time = async (url: string): Promise<{ median: number; p95: number; bytes: number }> => {
      let bytes = 0;
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const res = await web.request(url, { headers });
        const body = await res.text();
        samples.push(performance.now() - start);
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
        bytes = body.length;
      }
      return { ...stats(samples), bytes };
    };
    if (only === 'search') {
      const results: string[] = [];
      let worst = 0;
      for (const q of FORGIVING_QUERIES) {
        const r = await time(`/?q=${encodeURIComponent(q)}&status=`);
        worst = Math.max(worst, r.p95);
        results.push(`"${q}" ${r.median.toFixed(1)} ms (p95 ${r.p95.toFixed(1)})`);
      }
      db.close();
      return `search: worklist search over ${cases} cases, ${runs} runs each: ${results.join(', ')} — target < 200 ms: ${worst < 200 ? 'erreicht' : 'VERFEHLT'}`;
    }
    const first = await time('/');
    const review = await time('/?review=1&status=open');
    const search = await time(`/?q=${encodeURIComponent('Kowalczyk')}`);
    const deep = await time('/?page=80');
    const statistics = await time('/statistics');
    const oneCase = await time('/cases/' + store.cases.idsByUrgency(now.toISOString().slice(0, 10), { limit: 1 })[0]!);
    db.close();
    const worst = Math.max(first.p95, review.p95, search.p95, deep.p95);
    const f = (x: number) => x.toFixed(1);
    return (
      `web: worklist over ${cases} cases (100/page) median ${f(first.median)} ms (p95 ${f(first.p95)}), ` +
      `"prüfen" filter ${f(review.median)} ms, search ${f(search.median)} ms, page 80 ${f(deep.median)} ms — target < 200 ms: ${worst < 200 ? 'erreicht' : 'VERFEHLT'}; ` +
      `case view ${f(oneCase.median)} ms (p95 ${f(oneCase.p95)}) — target < 100 ms: ${oneCase.p95 < 100 ? 'erreicht' : 'VERFEHLT'}; ` +
      `statistics page (12 months) ${f(statistics.median)} ms (p95 ${f(statistics.p95)})`
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
