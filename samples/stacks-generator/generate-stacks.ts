/**
 * Writes batch-scan stacks (5–30 mixed documents in one file) with a truth file of page ranges, for the split eval.
 * Documents come from the sample corpus planner (samples/generator), so layouts are not tuned to the splitter.
 *   node dist/samples/stacks-generator/generate-stacks.js [--out samples/stacks] [--seed N]
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import QRCode from 'qrcode';
import type { PageItem, PageModel } from '../generator/page-model.js';
import { planCorpus, type PlannedDoc } from '../generator/plan.js';
import { Rng } from '../generator/prng.js';
import { textLayerPdf } from '../generator/render-pdf.js';
import { renderProfile } from '../generator/scan-profiles.js';
import type { StackManifest, StackTruth } from './stack-truth.js';

export const DEFAULT_STACK_SEED = 20251125;
export const SEPARATOR_CODE = 'TRENN';

/** What one stack looks like: how many documents, blank backs, separator sheets, text layer or fax scan. */
interface StackPlan {
  id: string;
  docs: number;
  /** 'all': every sheet has a blank back (duplex scan of simplex letters); 'some': a few stray blank pages. */
  blanks: 'none' | 'some' | 'all';
  separators: boolean;
  profile: 'text-pdf' | 'multi-tiff' | 'multi-pdf';
}

const STACKS: StackPlan[] = [
  { id: 'stack-01', docs: 5, blanks: 'none', separators: false, profile: 'text-pdf' },
  { id: 'stack-02', docs: 12, blanks: 'all', separators: false, profile: 'text-pdf' },
  { id: 'stack-03', docs: 20, blanks: 'some', separators: false, profile: 'text-pdf' },
  { id: 'stack-04', docs: 30, blanks: 'none', separators: false, profile: 'text-pdf' },
  { id: 'stack-05', docs: 25, blanks: 'all', separators: false, profile: 'text-pdf' },
  { id: 'stack-06', docs: 15, blanks: 'some', separators: false, profile: 'text-pdf' },
  { id: 'stack-07', docs: 12, blanks: 'some', separators: true, profile: 'text-pdf' },
  { id: 'stack-08', docs: 30, blanks: 'all', separators: true, profile: 'text-pdf' },
  { id: 'stack-09', docs: 6, blanks: 'all', separators: false, profile: 'multi-tiff' },
  { id: 'stack-10', docs: 5, blanks: 'some', separators: true, profile: 'multi-tiff' },
  { id: 'stack-11', docs: 10, blanks: 'some', separators: false, profile: 'multi-tiff' },
  { id: 'stack-12', docs: 5, blanks: 'none', separators: false, profile: 'multi-pdf' },
];

const BLANK: PageModel = { items: [] };

/** The separator sheet as a page model: German text and a big QR code drawn as rules (one per dark run). */
export function separatorPage(code: string): PageModel {
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = 90;
  const cell = side / size;
  const x0 = (210 - side) / 2;
  const y0 = 80;
  const items: PageItem[] = [
    { kind: 'text', x: 42, y: 50, text: 'Trennblatt – nicht entfernen', font: 'sans-bold', size: 24 },
    { kind: 'text', x: 35, y: 62, text: 'Dieses Blatt trennt die Schreiben eines Scan-Stapels.', font: 'sans', size: 12 },
    { kind: 'text', x: 85, y: y0 + side + 15, text: `Code: ${code}`, font: 'sans-bold', size: 18 },
  ];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && qr.modules.get(row, col)) col++;
      const y = y0 + (row + 0.5) * cell;
      items.push({ kind: 'rule', x1: x0 + start * cell, y1: y, x2: x0 + col * cell, y2: y, width: cell * 1.02 });
    }
  }
  return { items };
}

/**
 * Adds "Seite k von n" footers to a multi-page document (courts often print them; the corpus does not).
 * A cover letter in front is the authority's own letter and is not counted.
 */
function withPageMarkers(pages: PageModel[], coverLetter: boolean): PageModel[] {
  const skip = coverLetter ? 1 : 0;
  const total = pages.length - skip;
  return pages.map((p, i) =>
    i < skip
      ? p
      : { items: [...p.items, { kind: 'text', x: 95, y: 287, text: `Seite ${i + 1 - skip} von ${total}`, font: 'sans', size: 8 } satisfies PageItem] },
  );
}

interface Assembled {
  pages: PageModel[];
  truth: StackTruth;
}

function assemble(plan: StackPlan, pool: PlannedDoc[], rng: Rng): Assembled {
  const pages: PageModel[] = [];
  const documents: StackTruth['documents'] = [];
  const blankPages: number[] = [];
  const separatorPages: number[] = [];
  const push = (page: PageModel, kind: 'blank' | 'separator' | 'content') => {
    pages.push(page);
    if (kind === 'blank') blankPages.push(pages.length);
    if (kind === 'separator') separatorPages.push(pages.length);
  };
  for (let d = 0; d < plan.docs; d++) {
    const doc = pool[rng.int(0, pool.length - 1)]!;
    if (plan.separators && d > 0) {
      push(separatorPage(SEPARATOR_CODE), 'separator');
      if (plan.blanks === 'all') push(BLANK, 'blank');
    }
    const markers = doc.pages.length - (doc.coverLetter ? 1 : 0) > 1 && rng.chance(0.5);
    const docPages = markers ? withPageMarkers(doc.pages, doc.coverLetter) : doc.pages;
    let first = 0;
    let last = 0;
    docPages.forEach((page, i) => {
      push(page, 'content');
      if (i === 0) first = pages.length;
      last = pages.length;
      if (plan.blanks === 'all' || (plan.blanks === 'some' && rng.chance(0.2))) push(BLANK, 'blank');
    });
    documents.push({ pages: [first, last], source: doc.id, type: doc.type, coverLetter: doc.coverLetter, pageMarkers: markers });
  }
  return {
    pages,
    truth: { id: plan.id, file: '', profile: plan.profile, separators: plan.separators, separatorCode: SEPARATOR_CODE, pageCount: pages.length, documents, blankPages, separatorPages },
  };
}

export async function generateStacks(outDir: string, seed = DEFAULT_STACK_SEED): Promise<StackManifest> {
  const pool = planCorpus(120, seed);
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(outDir)) if (/^stack-\d{2}/.test(name) || name === 'manifest.json') await rm(join(outDir, name));
  const stacks: StackManifest['stacks'] = [];
  for (const plan of STACKS) {
    const rng = new Rng(seed ^ Number(plan.id.slice(-2)) * 7919);
    const { pages, truth } = assemble(plan, pool, rng.fork('assemble'));
    const out = plan.profile === 'text-pdf' ? { ext: 'pdf', data: await textLayerPdf(pages) } : await renderProfile(plan.profile, pages, rng.fork('scan'));
    truth.file = `${plan.id}.${out.ext}`;
    await writeFile(join(outDir, truth.file), out.data);
    await writeFile(join(outDir, `${plan.id}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
    stacks.push({ id: plan.id, file: truth.file, truth: `${plan.id}.truth.json`, profile: plan.profile, separators: plan.separators, documents: truth.documents.length, pages: truth.pageCount, bytes: out.data.length });
  }
  const manifest: StackManifest = { seed, stacks };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const seedIndex = args.indexOf('--seed');
  const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'samples/stacks') : 'samples/stacks');
  const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : DEFAULT_STACK_SEED;
  generateStacks(outDir, seed).then(
    (m) => console.log(`${m.stacks.length} Stapel in ${outDir} erzeugt (${m.stacks.reduce((s, x) => s + x.bytes, 0)} Bytes).`),
    (err: unknown) => {
      console.error('Erzeugung fehlgeschlagen:', err);
      process.exitCode = 1;
    },
  );
}
