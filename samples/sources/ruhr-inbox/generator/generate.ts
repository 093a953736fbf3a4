import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTHORITIES, BAILIFFS, COURTS, serviceFor } from './data.js';
import { planDirt, type StampSpec } from './dirt.js';
import { addDays } from './format.js';
import type { Ctx } from './layouts/common.js';
import { baseLayout, coverFor } from './layouts/index.js';
import { defaultPrinted, type DocSpec, type Printed, type Profile } from './model.js';
import { produce } from './output.js';
import { planInbox } from './plan.js';
import { Rng } from './prng.js';
import { renderPdf } from './render.js';
import type { Sheet } from './sheet.js';
import { buildTruth } from './truth.js';

/** Entry point: `node generate.js [--out dir] [--seed n] [--count n]`. */

function args(): { out: string; seed: number; count: number } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const a = process.argv.slice(2);
  const get = (k: string): string | undefined => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const root = path.resolve(here, '../../../../..');
  return {
    out: path.resolve(get('--out') ?? path.join(root, 'samples/sources/ruhr-inbox/corpus')),
    seed: Number(get('--seed') ?? 1),
    count: Number(get('--count') ?? 160),
  };
}

function chooseProfile(rng: Rng, pages: number, mustScan: boolean): Profile {
  if (pages > 1) return rng.weighted([['text-pdf', mustScan ? 0 : 42], ['fax-200', 22], ['multi-page', 36]] as const);
  return rng.weighted([['text-pdf', mustScan ? 0 : 38], ['scan-300', 16], ['fax-200', 11], ['skew', 14], ['rotated', 12], ['photo', 18]] as const);
}

function senderLabel(spec: DocSpec): { name: string; fax: string } {
  const hh = spec.hh;
  if (spec.forwardedBy) {
    const a = AUTHORITIES[spec.forwardedBy];
    return { name: (a?.name[0] ?? '').toUpperCase(), fax: (a?.phone ?? '').replace(/-0$/, '-199') };
  }
  if (spec.type === 'eviction_notice') {
    const b = Object.values(BAILIFFS).find((x) => x.court === hh.court);
    return { name: `GV ${b?.name ?? ''}`, fax: b?.phone ?? '' };
  }
  if (spec.type === 'other') return { name: hh.landlord.name.slice(0, 28), fax: hh.landlord.phone };
  const c = COURTS[hh.court];
  return { name: c.name.replace('Amtsgericht', 'AG'), fax: c.phone.replace(/-0$/, '-250') };
}

const PRODUCERS: Record<string, string> = {
  'ag-gm': 'forumSTAR Text 3.4', 'ag-wipp': 'forumSTAR Text 3.4', 'ag-wald': 'MiZi-Vordruck 2008 / JUDICA', 'ag-wup': 'eJustice NRW Druckdienst', 'ag-ge': 'eJustice NRW Druckdienst',
};

async function main(): Promise<void> {
  const { out, seed, count } = args();
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (/^d\d+\.|^manifest\.json$/.test(f)) rmSync(path.join(out, f));
  const rng = new Rng(seed);
  const specs = planInbox(rng.fork(1), count);
  const rescanned = new Set(specs.map((s) => s.rescanOf).filter((x): x is string => x !== null));
  const made = new Map<string, { sheet: Sheet; printed: Printed; profile: Profile }>();
  const manifest: Record<string, unknown>[] = [];
  for (const [index, spec] of specs.entries()) {
    const r = new Rng(spec.seed);
    let sheet: Sheet;
    let printed: Printed;
    const orig = spec.rescanOf ? made.get(spec.rescanOf) : undefined;
    if (orig) {
      sheet = orig.sheet;
      printed = orig.printed;
    } else {
      printed = defaultPrinted();
      const choice = baseLayout(spec.base, spec.hh);
      const inner: Ctx = { spec: { ...spec, letterDate: spec.baseDate }, hh: spec.hh, rng: r, p: printed };
      sheet = choice.fn(inner);
      if (spec.kind === 'forwarded-copy') {
        const cover = coverFor(spec.hh).fn({ spec, hh: spec.hh, rng: r.fork(7), p: printed });
        cover.append(sheet);
        sheet = cover;
      }
    }
    const pr = rng.fork(index + 1000);
    let profile = chooseProfile(pr, sheet.pages.length, rescanned.has(spec.id));
    if (orig) while (profile === orig.profile || profile === 'text-pdf') profile = chooseProfile(pr, sheet.pages.length, true);
    spec.profile = profile;
    made.set(spec.id, { sheet, printed, profile });
    const stamps: StampSpec[] = [];
    if (pr.chance(0.6)) stamps.push({ org: [serviceFor(spec.hh.court).name[0]?.toUpperCase() ?? '', 'Eingang'], date: spec.arrival, page: 0 });
    if (spec.forwardedBy && pr.chance(0.85)) {
      const a = AUTHORITIES[spec.forwardedBy];
      stamps.push({ org: [(a?.name[0] ?? '').toUpperCase(), 'Posteingang'], date: addDays(spec.baseDate, pr.int(2, 4)), page: 1 });
    }
    const label = senderLabel(spec);
    const faxDay = addDays(spec.arrival, -1) > spec.letterDate ? addDays(spec.arrival, -1) : spec.letterDate;
    const fax = profile === 'fax-200' ? { sender: `${label.fax}  ${label.name}`, date: `${faxDay.slice(8, 10)}.${faxDay.slice(5, 7)}.${faxDay.slice(0, 4)}`, time: `${String(pr.int(7, 16)).padStart(2, '0')}:${String(pr.int(0, 59)).padStart(2, '0')}` } : null;
    const dirt = planDirt(sheet, profile, pr, stamps, fax, addDays(spec.arrival, pr.int(2, 14)));
    const producer = PRODUCERS[spec.sender] ?? 'Microsoft Word - Brief';
    const pdf = await renderPdf(sheet, profile === 'text-pdf' ? null : dirt.overlays, spec.type, producer);
    const result = await produce(pdf, profile, pr);
    const file = `${spec.id}.${result.ext}`;
    writeFileSync(path.join(out, file), result.bytes);
    const truth = {
      id: spec.id, file, documentType: spec.type, profile, layout: spec.layout, pages: sheet.pages.length,
      fields: buildTruth(spec, printed), pageTexts: dirt.pageTexts,
    };
    writeFileSync(path.join(out, `${spec.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    manifest.push({
      id: spec.id, file, truth: `${spec.id}.truth.json`, type: spec.type, layout: spec.layout, profile, pages: sheet.pages.length,
      sender: spec.sender, household: spec.hh.key, kind: spec.kind, arrival: spec.arrival,
      ...(spec.forwardedBy ? { forwardedBy: spec.forwardedBy } : {}), ...(spec.rescanOf ? { rescanOf: spec.rescanOf } : {}),
      sha256: createHash('sha256').update(result.bytes).digest('hex'),
    });
    process.stdout.write(`${spec.id} ${spec.type} ${profile} ${file}\n`);
  }
  const m = { source: 'ruhr-inbox', generator: 'samples/sources/ruhr-inbox/generator/generate.ts', seed, count: manifest.length, documents: manifest };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
