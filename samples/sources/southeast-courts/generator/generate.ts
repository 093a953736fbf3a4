/** Entry point: node dist/samples/sources/southeast-courts/generator/generate.js [--out dir] [--seed n] [--count n] */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';
import { planCorpus } from './plan.js';
import { renderDoc, type Dirt } from './render.js';
import { applyProfile, type Profile } from './raster.js';
import { addDays, dNum } from './fmt.js';
import { authorityFor, type DocSpec } from './story.js';
import { LAWYERS, bailiff } from './senders.js';

const SOURCE = 'southeast-courts';
const here = path.dirname(fileURLToPath(import.meta.url));
// dist/samples/sources/<name>/generator -> samples/sources/<name>/corpus
const repoRoot = path.resolve(here, '../../../../..');
const defaultOut = path.join(repoRoot, 'samples/sources', SOURCE, 'corpus');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const SINGLE: [Profile, number][] = [['text-pdf', 31], ['scan-300', 14], ['fax-200', 11], ['skew', 14], ['rotated', 10], ['photo', 13]];
const MULTI: [Profile, number][] = [['text-pdf', 35], ['fax-200', 22], ['multi-page', 43]];

function faxHeader(spec: DocSpec, sender: string, rng: Rng): string {
  const h = spec.household;
  let who = `AG ${h.court.place}`;
  let phone = h.court.phone.replace(/-0$/, '-299');
  if (spec.forwardedBy || spec.base === 'jc-letter' || spec.base === 'cover-only') {
    const a = spec.forwardedBy ?? authorityFor(h.court);
    who = a?.head[0] ?? who;
    phone = a ? a.phone.replace(/-\d+$/, '-199') : phone;
  } else if (spec.base === 'bailiff' && h.court.bailiff) {
    const b = bailiff(h.court.bailiff);
    who = `GV ${b.name}`;
    phone = b.phone.replace(/\d$/, '9');
  } else if (spec.base === 'termination' || spec.base === 'reminder') {
    const lw = LAWYERS.find((l) => l.key === sender);
    who = (lw ? lw.name : h.landlord.name).slice(0, 34);
    phone = lw ? lw.phone.replace(/\d$/, '8') : `0${rng.int(300, 999)} ${rng.int(100000, 999999)}`;
  }
  const day = addDays(spec.arrival, -rng.int(0, 1));
  return `${dNum(day)} ${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}  FAX ${phone}  ${who}`;
}

async function main(): Promise<void> {
  const out = path.resolve(arg('out', defaultOut));
  const seed = Number(arg('seed', '1'));
  const count = Number(arg('count', '160'));
  const rng = new Rng(seed);
  const specs = planCorpus(rng.fork(), count, 0.3);
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (/^d\d+\.|^manifest\.json$/.test(f)) fs.rmSync(path.join(out, f));
  const profRng = rng.fork();
  const usedProfile = new Map<string, Profile>();
  const documents: Record<string, unknown>[] = [];
  for (const spec of specs) {
    const clean = await renderDoc(spec, null);
    let profile = profRng.weighted(clean.pages > 1 ? MULTI : SINGLE);
    const prev = spec.rescanOf ? usedProfile.get(spec.rescanOf) : undefined;
    let guard = 0;
    while (prev && profile === prev && guard++ < 20) profile = profRng.weighted(clean.pages > 1 ? MULTI : SINGLE);
    usedProfile.set(spec.id, profile);
    let rendered = clean;
    if (profile !== 'text-pdf') {
      const dr = new Rng(spec.paperSeed ^ 0x1234567);
      const fax = profile === 'fax-200';
      const dirt: Dirt = {
        stamp: dr.chance(0.45), handwriting: dr.chance(0.25), highlighter: !fax && dr.chance(0.2), holes: dr.chance(0.25), staple: dr.chance(0.15),
        faxHeader: fax ? faxHeader(spec, clean.sender, dr) : null,
      };
      rendered = await renderDoc(spec, dirt);
    }
    const enc = await applyProfile(profile, rendered.pdf, new Rng(spec.paperSeed ^ 0xbeef ^ Number(spec.id.slice(1))));
    const file = `${spec.id}.${enc.ext}`;
    fs.writeFileSync(path.join(out, file), enc.data);
    const truth = {
      id: spec.id, file, documentType: spec.type, profile, layout: rendered.layout, pages: rendered.pages,
      fields: rendered.truth, pageTexts: rendered.pageTexts,
    };
    fs.writeFileSync(path.join(out, `${spec.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    documents.push({
      id: spec.id, file, truth: `${spec.id}.truth.json`, type: spec.type, layout: rendered.layout, profile, pages: rendered.pages,
      sender: rendered.sender, household: spec.household.key, kind: spec.kind, arrival: spec.arrival,
      ...(spec.rescanOf ? { rescanOf: spec.rescanOf } : {}), scan: enc.note,
    });
    process.stdout.write(`${spec.id} ${spec.type} ${rendered.layout} ${profile} ${enc.data.length}\n`);
  }
  const manifest = { source: SOURCE, generator: `samples/sources/${SOURCE}/generator/generate.ts`, seed, count: documents.length, documents };
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
