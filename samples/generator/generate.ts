/**
 * Entry: writes the sample corpus with ground truth.
 *   node dist/samples/generator/generate.js [--out samples/corpus] [--count 100] [--seed N] [--only doc-001,doc-002]
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planCorpus, DEFAULT_SEED, type PlannedDoc } from './plan.js';
import type { NameSet } from './pools.js';
import { Rng } from './prng.js';
import { renderProfile } from './scan-profiles.js';
import type { Manifest, ManifestEntry, Truth } from './truth.schema.js';

export interface GenerateOptions {
  outDir: string;
  count?: number;
  seed?: number;
  /** Only these ids (the plan is still made for the whole corpus, so content is identical). */
  only?: string[];
  /** 'unlisted': the pools' names with foreign letters swapped for names off the name list (UNLISTED_NAMES). */
  names?: NameSet;
}

async function writeDoc(doc: PlannedDoc, outDir: string): Promise<ManifestEntry> {
  const out = await renderProfile(doc.profile, doc.pages, new Rng(doc.renderSeed));
  const file = `${doc.id}.${out.ext}`;
  await writeFile(join(outDir, file), out.data);
  const truth: Truth = {
    id: doc.id, file, documentType: doc.type, split: doc.split, profile: doc.profile, layout: doc.layout,
    pages: doc.pages.length, fields: doc.fields, pageTexts: doc.pageTexts,
  };
  const truthFile = `${doc.id}.truth.json`;
  await writeFile(join(outDir, truthFile), `${JSON.stringify(truth, null, 2)}\n`);
  return {
    id: doc.id, file, truth: truthFile, type: doc.type, layout: doc.layout, profile: doc.profile, split: doc.split,
    pages: doc.pages.length, coverLetter: doc.coverLetter, tenants: doc.caseFile.tenants.length, hearing: doc.fields.hearing !== null,
  };
}

export async function generateCorpus(options: GenerateOptions): Promise<Manifest> {
  const count = options.count ?? 100;
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planCorpus(count, seed, options.names).filter((d) => !options.only || options.only.includes(d.id));
  await mkdir(options.outDir, { recursive: true });
  if (!options.only) {
    for (const name of await readdir(options.outDir)) if (/^doc-\d{3}\./.test(name) || name === 'manifest.json') await rm(join(options.outDir, name));
  }
  const documents: ManifestEntry[] = [];
  for (const doc of plan) documents.push(await writeDoc(doc, options.outDir));
  const manifest: Manifest = { seed, count: documents.length, documents };
  await writeFile(join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function parseArgs(argv: string[]): GenerateOptions {
  const opts: GenerateOptions = { outDir: resolve('samples/corpus') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`Wert fehlt für ${arg}`);
      return v;
    };
    if (arg === '--out') opts.outDir = resolve(next());
    else if (arg === '--count') opts.count = Number(next());
    else if (arg === '--seed') opts.seed = Number(next());
    else if (arg === '--only') opts.only = next().split(',');
    else if (arg === '--names') {
      const names = next();
      if (names !== 'common' && names !== 'unlisted') throw new Error(`--names: common oder unlisted, nicht ${names}`);
      opts.names = names;
    }
    else throw new Error(`Unbekannte Option: ${arg}`);
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  generateCorpus(opts).then(
    (m) => console.log(`${m.count} Dokumente in ${opts.outDir} erzeugt (${((Date.now() - started) / 1000).toFixed(1)} s).`),
    (err: unknown) => {
      console.error('Erzeugung fehlgeschlagen:', err);
      process.exitCode = 1;
    },
  );
}
