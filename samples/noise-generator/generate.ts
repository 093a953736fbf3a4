// Generates the noisy-scan OCR bench: page images, their printed text, and manifest.json.
// Usage (from the repository root, after building): node dist/samples/noise-generator/generate.js [--seed N] [--out DIR] [--pages N] [--only a,b]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import sharp from 'sharp';
import { DOC_KINDS, DOC_KIND_LIST } from './documents.js';
import { createRng, hashSeed } from './prng.js';
import { PROFILES, type Rotation } from './profiles.js';
import { renderPage } from './render.js';

export const DEFAULT_SEED = 20251206;

export interface ManifestPage { id: string; file: string; profile: string; dpi: number; rotation: Rotation; truth: string; kind: string; params: Record<string, number | string> }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function generate(seed: number, outDir: string, pagesPerProfile: number, only?: string[]): Promise<ManifestPage[]> {
  sharp.concurrency(1);
  sharp.cache(false);
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/\.(png|jpg|tif|txt)$|^manifest\.json$/.test(f)) rmSync(path.join(outDir, f));
  const pages: ManifestPage[] = [];
  for (const [p, profile] of PROFILES.entries()) {
    if (only && !only.includes(profile.name)) continue;
    for (let i = 0; i < pagesPerProfile; i++) {
      const id = `${profile.name}-${String(i + 1).padStart(2, '0')}`;
      const kind = DOC_KIND_LIST[(p + i) % DOC_KIND_LIST.length] ?? 'court-notice';
      const contentRng = createRng(hashSeed(seed, 'content', profile.name, i));
      const noiseRng = createRng(hashSeed(seed, 'noise', profile.name, i));
      let page = DOC_KINDS[kind](contentRng);
      if (profile.prepare) page = profile.prepare(page, noiseRng);
      const raster = await renderPage(page, profile.renderDpi);
      const out = await profile.degrade(raster, noiseRng, page, i);
      const file = `${id}.${out.ext}`;
      writeFileSync(path.join(outDir, file), out.buffer);
      writeFileSync(path.join(outDir, `${id}.txt`), `${page.truth.join('\n')}\n`);
      pages.push({ id, file, profile: profile.name, dpi: out.dpi, rotation: out.rotation, truth: `${id}.txt`, kind, params: out.params });
      process.stdout.write(`${file} ${Math.round(out.buffer.length / 1024)} KB\n`);
    }
  }
  const manifest = { generator: 'samples/noise-generator/generate.ts', seed, pages };
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return pages;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const seed = Number(arg('seed') ?? DEFAULT_SEED);
  const outDir = path.resolve(arg('out') ?? 'samples/noise');
  const pagesPerProfile = Number(arg('pages') ?? 4);
  const only = arg('only')?.split(',');
  const t0 = Date.now();
  const pages = await generate(seed, outDir, pagesPerProfile, only);
  process.stdout.write(`${pages.length} pages in ${outDir} (seed ${seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
