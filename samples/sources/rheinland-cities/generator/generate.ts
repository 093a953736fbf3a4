import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { Rng } from './rng.js';
import { planCorpus, type DocPlan } from './plan.js';
import { decorate, renderContent } from './render.js';
import { faxify, g4Tiff, graySharp, imagePdf, paper, photo, rasterize } from './scan.js';

type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';

function args(): { out: string; seed: number; count: number } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/samples/sources/<name>/generator -> samples/sources/<name>/corpus
  const repo = path.resolve(here, '../../../../..');
  let out = path.join(repo, 'samples/sources/rheinland-cities/corpus');
  let seed = 1; let count = 160;
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const v = a[i + 1];
    if (a[i] === '--out' && v) { out = path.resolve(v); i++; }
    else if (a[i] === '--seed' && v) { seed = Number(v); i++; }
    else if (a[i] === '--count' && v) { count = Number(v); i++; }
  }
  return { out, seed, count };
}

function chooseProfile(rng: Rng, pages: number, avoid: string | null): Profile {
  for (;;) {
    const p = pages > 1
      ? rng.weighted([['text-pdf', 35], ['multi-page', 65]] as const)
      : rng.weighted([['text-pdf', 30], ['scan-300', 15], ['fax-200', 15], ['skew', 13], ['rotated', 9], ['photo', 13]] as const);
    if (p !== avoid) return p;
  }
}

async function produce(plan: DocPlan, profile: Profile, rng: Rng, base: string, out: string): Promise<{ file: string; pageTexts: string[]; pages: number; fields: unknown; layout: string; sender: string }> {
  let r = renderContent(plan, 2);
  if (plan.forward) r = renderContent(plan, r.sheet.pageCount);
  if (profile !== 'text-pdf') decorate(r, plan, profile, rng);
  if (r.sheet.overflow.length > 0) console.warn(`${base}: overflow ${r.sheet.overflow.join(' | ')}`);
  const pageTexts = r.sheet.pageTexts();
  const pages = r.sheet.pageCount;
  const pdf = await r.sheet.toBuffer();
  let file: string;
  const write = (ext: string, buf: Buffer): string => { const f = `${base}.${ext}`; writeFileSync(path.join(out, f), buf); return f; };
  switch (profile) {
    case 'text-pdf': file = write('pdf', pdf); break;
    case 'scan-300': {
      const [pg] = await rasterize(pdf, 300);
      if (!pg) throw new Error('no page');
      const img = graySharp(paper(pg, rng, { tone: rng.float(0.9, 0.97), dust: rng.float(2, 8), noise: 0 })).blur(rng.float(0.4, 0.8)).withMetadata({ density: 300 });
      file = rng.chance(0.7) ? write('jpg', await img.jpeg({ quality: rng.int(55, 72) }).toBuffer()) : write('png', await img.png({ palette: true, colours: 16 }).toBuffer());
      break;
    }
    case 'fax-200': {
      const [pg] = await rasterize(pdf, 200);
      if (!pg) throw new Error('no page');
      file = write('tif', await g4Tiff([faxify(pg, rng)], 200));
      break;
    }
    case 'skew': {
      const dpi = rng.pick([200, 250]);
      const [pg] = await rasterize(pdf, dpi);
      if (!pg) throw new Error('no page');
      const angle = (rng.chance(0.5) ? 1 : -1) * rng.float(1, 5);
      const buf = await graySharp(paper(pg, rng, { tone: rng.float(0.9, 0.97), dust: 4, noise: 10 })).png().toBuffer();
      const img = sharp(buf).rotate(angle, { background: { r: 235, g: 235, b: 235 } }).withMetadata({ density: dpi });
      file = write('jpg', await img.jpeg({ quality: rng.int(60, 72) }).toBuffer());
      break;
    }
    case 'rotated': {
      const [pg] = await rasterize(pdf, 200);
      if (!pg) throw new Error('no page');
      const angle = rng.pick([90, 180, 270]);
      const buf = await graySharp(paper(pg, rng, { tone: rng.float(0.92, 0.98), dust: 3, noise: 0 })).png().toBuffer();
      const img = sharp(buf).rotate(angle).withMetadata({ density: 200 });
      file = rng.chance(0.6) ? write('jpg', await img.jpeg({ quality: 70 }).toBuffer()) : write('png', await img.png({ palette: true, colours: 16 }).toBuffer());
      break;
    }
    case 'photo': {
      const dpi = rng.pick([150, 170]);
      const [pg] = await rasterize(pdf, dpi);
      if (!pg) throw new Error('no page');
      const ph = photo(pg, rng);
      const img = sharp(Buffer.from(ph.data), { raw: { width: ph.width, height: ph.height, channels: 3 } }).blur(0.6);
      file = write('jpg', await img.withMetadata({ density: dpi }).jpeg({ quality: rng.int(50, 68) }).toBuffer());
      break;
    }
    case 'multi-page': {
      const pgs = await rasterize(pdf, 200);
      if (rng.chance(0.45)) file = write('tif', await g4Tiff(pgs.map((g) => faxify(g, rng)), 200));
      else {
        const flip = rng.chance(0.3) ? rng.int(0, pgs.length - 1) : -1;
        const jpegs: Buffer[] = [];
        for (let i = 0; i < pgs.length; i++) {
          const g = pgs[i];
          if (!g) continue;
          let s = graySharp(paper(g, rng, { tone: rng.float(0.9, 0.97), dust: 4, noise: 0 }));
          if (i === flip) s = sharp(await s.png().toBuffer()).rotate(180);
          else if (rng.chance(0.3)) s = sharp(await s.png().toBuffer()).rotate(rng.float(-2.5, 2.5), { background: { r: 230, g: 230, b: 230 } }).resize(g.width, g.height, { fit: 'fill' });
          jpegs.push(await s.jpeg({ quality: rng.int(50, 62) }).withMetadata({ density: 200 }).toBuffer());
        }
        file = write('pdf', await imagePdf(jpegs));
      }
      break;
    }
  }
  return { file, pageTexts, pages, fields: r.fields, layout: r.layout, sender: r.sender };
}

async function main(): Promise<void> {
  const { out, seed, count } = args();
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (/^d\d{3}\./.test(f) || f === 'manifest.json') rmSync(path.join(out, f));
  const plans = planCorpus(seed, count);
  const rng = new Rng(seed * 7919 + 17);
  const documents: unknown[] = [];
  const profileOf = new Map<DocPlan, Profile>();
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    if (!plan) continue;
    const id = `d${String(i + 1).padStart(3, '0')}`;
    const pagesNow = renderContent(plan, 2).sheet.pageCount + (plan.forward ? 0 : 0);
    const profile = chooseProfile(rng, pagesNow, plan.rescanOf ? (profileOf.get(plan.rescanOf) ?? null) : null);
    profileOf.set(plan, profile);
    const res = await produce(plan, profile, new Rng(rng.seed()), id, out);
    const truth = { id, file: res.file, documentType: plan.type, profile, layout: res.layout, pages: res.pages, fields: res.fields, pageTexts: res.pageTexts };
    writeFileSync(path.join(out, `${id}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
    documents.push({ id, file: res.file, truth: `${id}.truth.json`, type: plan.type, layout: res.layout, profile, pages: res.pages, sender: res.sender, household: plan.household.key, kind: plan.kind, arrival: plan.arrival });
    if ((i + 1) % 20 === 0) console.log(`${i + 1}/${plans.length}`);
  }
  const manifest = { source: 'rheinland-cities', generator: 'samples/sources/rheinland-cities/generator/generate.ts', seed, count: documents.length, documents };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`wrote ${documents.length} documents to ${out}`);
}

await main();
