/** Entry: node dist/samples/sources/suedwest-post/generator/generate.js --out <dir> --seed <n> --count <n> */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plan } from './plan.js';
import { buildDoc } from './build.js';
import { renderPdf } from './page.js';
import { Rng } from './rng.js';
import { scan300, fax200, skewScan, rotatedScan, photo, multiPage, type ScanOut } from './scan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// dist/samples/sources/suedwest-post/generator -> samples/sources/suedwest-post
const sourceDir = path.resolve(here, '../../../../../samples/sources/suedwest-post');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}

async function main(): Promise<void> {
  const out = path.resolve(arg('out', path.join(sourceDir, 'corpus')));
  const seed = Number(arg('seed', '1'));
  const count = Number(arg('count', '160'));
  const t0 = Date.now();
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (/^d\d{3}\.|^manifest\.json$/.test(f)) fs.rmSync(path.join(out, f));
  const specs = plan(seed, count);
  const manifest = { source: 'suedwest-post', generator: 'samples/sources/suedwest-post/generator', seed, count: specs.length, documents: [] as unknown[] };
  for (const d of specs) {
    const bd = buildDoc(d);
    const pdf = await renderPdf(bd.pages, `${d.id}`);
    const rng = new Rng(d.seed ^ 0x5a5a5a);
    let res: ScanOut;
    switch (d.profile) {
      case 'text-pdf': res = { ext: 'pdf', data: pdf }; break;
      case 'scan-300': res = await scan300(pdf, bd.pages.length, rng); break;
      case 'fax-200': res = await fax200(pdf, bd.pages.length, rng); break;
      case 'skew': res = await skewScan(pdf, bd.pages.length, rng); break;
      case 'rotated': res = await rotatedScan(pdf, bd.pages.length, rng); break;
      case 'photo': res = await photo(pdf, bd.pages.length, rng); break;
      case 'multi-page': res = await multiPage(pdf, bd.pages.length, rng, d.id); break;
    }
    const file = `${d.id}.${res.ext}`;
    fs.writeFileSync(path.join(out, file), res.data);
    const truth = {
      id: d.id, file, documentType: d.type, profile: d.profile, layout: bd.built.layout, pages: bd.pages.length,
      fields: bd.built.truth.toFields(),
      fieldPages: bd.built.truth.toPages(),
      pageTexts: bd.pages.map((p) => p.lines.join('\n')),
    };
    fs.writeFileSync(path.join(out, `${d.id}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
    manifest.documents.push({
      id: d.id, file, truth: `${d.id}.truth.json`, type: d.type, layout: bd.built.layout, profile: d.profile, pages: bd.pages.length,
      sender: bd.built.sender, household: d.c.household, kind: d.kind, arrival: d.arrival,
      ...(bd.coverSender ? { coverSender: bd.coverSender, coverLayout: bd.coverLayout } : {}),
    });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`wrote ${specs.length} documents to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e) => { console.error(e); process.exit(1); });
