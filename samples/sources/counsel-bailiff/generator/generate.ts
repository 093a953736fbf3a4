/** Entry point: plan the inbox, render every document, age scans, write truth files and the manifest. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';
import { planDocuments } from './story.js';
import { renderPlan } from './render.js';
import { scanAs } from './scan.js';
import { stamp, highlighter, penMarks, punchHoles, staple, faxHeader, stampDate } from './dirt.js';
import { firstStamp, innerStamp, faxIdent } from './receipts.js';
import { addDays, fmtDate } from './format.js';
import type { DocPlan, Profile } from './model.js';
import type { Builder } from './builder.js';

const PROFILES: readonly Profile[] = ['text-pdf', 'scan-300', 'fax-200', 'skew', 'rotated', 'photo', 'multi-page'];
const TARGET: Record<Profile, number> = { 'text-pdf': 0.33, 'scan-300': 0.12, 'fax-200': 0.12, skew: 0.11, rotated: 0.09, photo: 0.11, 'multi-page': 0.12 };

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? def : def;
}

function chooseProfile(rng: Rng, pages: number, counts: Record<Profile, number>, done: number, rescanOf: Profile | null): Profile {
  const fits = PROFILES.filter((p) => (pages > 1 ? p === 'text-pdf' || p === 'multi-page' : p !== 'multi-page'));
  // A rescan is always a scan of the paper, and differs from the first scan where the page count allows.
  const scans = rescanOf ? fits.filter((p) => p !== 'text-pdf') : fits;
  const other = scans.filter((p) => p !== rescanOf);
  const allowed = other.length > 0 ? other : scans;
  let best: Profile = allowed[0] ?? 'text-pdf';
  let bestScore = -Infinity;
  for (const p of allowed) {
    const score = TARGET[p] * (done + 1) - counts[p] + rng.next() * 0.8;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

function addDirt(b: Builder, plan: DocPlan, profile: Profile, sender: string): void {
  const rng = new Rng((plan.seed ^ 0x5eed5) >>> 0);
  const n = b.pageCount;
  const date = stampDate(plan.original?.arrival ?? plan.arrival, rng);
  if (rng.chance(0.75)) stamp(b, 0, rng, firstStamp(plan, date));
  if (plan.part === 'notice-fwd' && n > 1) {
    const inner = innerStamp(plan, plan.household.story.jcReceived);
    if (inner && rng.chance(0.8)) stamp(b, 1, rng, inner);
  }
  for (let p = 0; p < n; p++) {
    if (rng.chance(0.25)) highlighter(b, p, rng);
    if (rng.chance(0.3)) penMarks(b, p, rng);
  }
  const holes = rng.chance(0.3);
  const stapled = n > 1 && rng.chance(0.5);
  for (let p = 0; p < n; p++) {
    if (holes) punchHoles(b, p);
    if (stapled) staple(b, p, rng);
  }
  if (profile === 'fax-200' || (profile === 'multi-page' && rng.chance(0.3))) {
    const frng = new Rng((plan.seed ^ 0xfa4) >>> 0);
    const when = `${fmtDate(addDays(plan.arrival, -frng.int(1, 2)), 'numShort')} ${String(frng.int(7, 16)).padStart(2, '0')}:${String(frng.int(0, 59)).padStart(2, '0')}`;
    for (let p = 0; p < n; p++) faxHeader(b, p, n, `${when}  ${faxIdent(sender)}`);
  }
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const defOut = path.resolve(here, '../../../../../samples/sources/counsel-bailiff/corpus');
  const out = path.resolve(arg('out', defOut));
  const seed = Number(arg('seed', '1'));
  const count = Number(arg('count', '160'));
  mkdirSync(out, { recursive: true });
  const rng = new Rng(seed);
  const plans = planDocuments(rng, count);
  const counts = Object.fromEntries(PROFILES.map((p) => [p, 0])) as Record<Profile, number>;
  const profileOf = new Map<DocPlan, Profile>();
  const docs: unknown[] = [];
  let done = 0;
  for (const plan of plans) {
    const r = renderPlan(plan);
    const b = r.builder;
    const prng = new Rng((plan.seed ^ Math.imul(done + 1, 7919)) >>> 0);
    const exclude = plan.original ? profileOf.get(plan.original) ?? null : null;
    const profile = chooseProfile(prng, b.pageCount, counts, done, exclude);
    counts[profile] += 1;
    profileOf.set(plan, profile);
    done += 1;
    if (profile !== 'text-pdf') addDirt(b, plan, profile, r.sender);
    const pages = b.pageCount;
    const pageTexts = b.pageTexts();
    const pdf = await b.toBuffer();
    const created = new Date(`${plan.arrival}T09:00:00Z`);
    const scan = await scanAs(pdf, profile, prng, created);
    const file = `${plan.id}.${scan.ext}`;
    writeFileSync(path.join(out, file), scan.data);
    const truthName = `${plan.id}.truth.json`;
    writeFileSync(path.join(out, truthName), `${JSON.stringify({ id: plan.id, file, documentType: plan.type, profile, layout: r.layout, pages, fields: r.fields, pageTexts }, null, 2)}\n`);
    docs.push({ id: plan.id, file, truth: truthName, type: plan.type, layout: r.layout, profile, pages, sender: r.sender, household: plan.household.key, kind: plan.kind, arrival: plan.arrival });
  }
  const manifest = { source: 'counsel-bailiff', generator: 'samples/sources/counsel-bailiff/generator/generate.ts', seed, count: docs.length, documents: docs };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${docs.length} documents to ${out}`);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
