/** Entry point: plans households, renders every document, scans it per profile, writes truth and manifest. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawCover } from './covers.js';
import { addDirt } from './dirt.js';
import { addDays, dmy } from './fmt.js';
import type { DocPlan, Profile } from './model.js';
import { Rng } from './rng.js';
import { scan } from './scan.js';
import { COURTS, SERVICE } from './senders.js';
import { FORWARD_WHAT, chooseLayout } from './senders-map.js';
import { planCorpus } from './story.js';
import { Writer } from './writer.js';

const SOURCE = 'registry-forms';

function args(): { out: string; seed: number; count: number } {
  const a = process.argv.slice(2);
  const get = (k: string): string | undefined => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
  return {
    out: path.resolve(get('--out') ?? path.join(root, 'samples/sources', SOURCE, 'corpus')),
    seed: Number(get('--seed') ?? 1),
    count: Number(get('--count') ?? 160),
  };
}

const TARGET: Record<Profile, number> = { 'text-pdf': 0.33, 'scan-300': 0.12, 'fax-200': 0.12, skew: 0.1, rotated: 0.1, photo: 0.1, 'multi-page': 0.13 };

function pickProfile(counts: Record<Profile, number>, done: number, allowed: Profile[], rng: Rng): Profile {
  let best: Profile = allowed[0] ?? 'scan-300';
  let bestScore = -Infinity;
  for (const p of allowed) {
    const score = TARGET[p] * (done + 1) - counts[p] + rng.float(0, 0.6);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

async function main(): Promise<void> {
  const { out, seed, count } = args();
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (/^d\d+\./.test(f) || f === 'manifest.json') fs.rmSync(path.join(out, f));
  const rng = new Rng(seed);
  const plans = planCorpus(rng.fork(1), count);
  const counts: Record<Profile, number> = { 'text-pdf': 0, 'scan-300': 0, 'fax-200': 0, skew: 0, rotated: 0, photo: 0, 'multi-page': 0 };
  const profileBySeed = new Map<number, Profile>();
  const docs: unknown[] = [];
  for (const [n, plan] of plans.entries()) {
    const crng = new Rng(plan.seed);
    const srng = new Rng(plan.scanSeed);
    const h = plan.household;
    const w = new Writer(`${plan.type} ${plan.id}`, new Date(`${plan.letterDate}T09:00:00Z`));
    const { sender: innerSender, layout } = chooseLayout(plan, crng.fork(7));
    let sender = innerSender;
    let layoutName = layout.name;
    if (plan.forwarded) {
      drawCover(w, plan, crng.fork(9), FORWARD_WHAT[plan.base]);
      w.newPage();
      sender = h.authority.key;
      layoutName = `${h.authority.key}-weiterleitung+${layout.name}`;
    }
    const fields = layout.render({ w, h, plan, rng: crng.fork(3) });
    const pages = w.pageCount;
    let allowed = (Object.keys(TARGET) as Profile[]).filter((p) => p !== 'multi-page' || pages > 1);
    if (h.era !== 'current') allowed = allowed.filter((p) => p !== 'text-pdf');
    if (plan.kind === 'rescan') {
      const orig = profileBySeed.get(plan.seed);
      allowed = allowed.filter((p) => p !== orig && p !== 'text-pdf');
    }
    if (pages > 1 && counts['multi-page'] < TARGET['multi-page'] * (n + 1) && allowed.includes('multi-page') && srng.chance(0.6)) allowed = ['multi-page'];
    const profile = pickProfile(counts, n, allowed, srng);
    counts[profile] += 1;
    if (plan.kind !== 'rescan') profileBySeed.set(plan.seed, profile);
    if (profile !== 'text-pdf') {
      const forwardedOrFs = plan.forwarded || srng.chance(0.4);
      const courtDoc = ['notice', 'summons', 'judgment'].includes(plan.base);
      const viaAuthority = plan.forwarded || !courtDoc;
      const faxFrom = viaAuthority ? h.authority.name : `Amtsgericht ${COURTS[h.court].place}`;
      const faxNo = viaAuthority ? h.authority.fax : COURTS[h.court].fax;
      addDirt(w, srng.fork(5), {
        stampText: forwardedOrFs ? [SERVICE.lines[0]?.toUpperCase() ?? 'EINGANG', 'EINGANG'] : [h.authority.name.toUpperCase(), 'Eingegangen'],
        arrival: plan.arrival,
        faxHeader: profile === 'fax-200' ? `${dmy(addDays(plan.arrival, -1))} ${String(srng.int(7, 16)).padStart(2, '0')}:${String(srng.int(0, 59)).padStart(2, '0')}  FAX ${faxNo}  ${faxFrom}` : null,
      });
    }
    const pageTexts = w.pageLines.map((ls) => ls.join('\n'));
    const pdf = await w.end();
    const res = await scan(pdf, profile, srng.fork(11), pages);
    const file = `${plan.id}.${res.ext}`;
    fs.writeFileSync(path.join(out, file), res.data);
    const truth = { id: plan.id, file, documentType: plan.type, profile, layout: layoutName, pages, fields, pageTexts };
    fs.writeFileSync(path.join(out, `${plan.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    docs.push({ id: plan.id, file, truth: `${plan.id}.truth.json`, type: plan.type, layout: layoutName, profile, pages, sender, household: h.key, kind: plan.kind, arrival: plan.arrival });
    process.stdout.write(`${plan.id} ${plan.type} ${profile} ${file} ${crypto.createHash('sha256').update(res.data).digest('hex').slice(0, 8)}\n`);
  }
  const manifest = { source: SOURCE, generator: `samples/sources/${SOURCE}/generator/generate.ts`, seed, count: docs.length, documents: docs };
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
