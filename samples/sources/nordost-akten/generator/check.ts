/**
 * Checks the nordost-akten corpus:
 *   node dist/samples/sources/nordost-akten/generator/check.js [--dir=DIR]
 * - every truth file parses with the plain-value schemas and carries all 16 keys
 * - only the fields of its document type are set; fieldPages point at a page where the value is printed
 * - every non-null value is printed (in pageTexts; for text PDFs also in the PDF's own text layer via pdftotext)
 * - page counts agree between manifest, truth, pageTexts and the file; text PDFs embed their fonts
 * - postal codes belong to the town; rescans carry the truth of the document they rescan
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { z } from 'zod';
import { fieldValueSchemas, documentTypeSchema } from '../../../../src/core/extraction.schema.js';
import { printed } from './match.js';
import { COURTS } from './data.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../../..');
const DIR = path.resolve(args.dir ?? path.join(ROOT, 'samples/sources/nordost-akten/corpus'));

const KEYS = Object.keys(fieldValueSchemas) as (keyof typeof fieldValueSchemas)[];
const ALLOWED: Record<string, string[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};
const PLZ = new Map<string, Set<string>>();
for (const c of COURTS) {
  const s = PLZ.get(c.city) ?? new Set<string>();
  c.flatPlz.forEach((p) => s.add(p));
  PLZ.set(c.city, s);
}

const truthSchema = z.object({
  id: z.string(),
  file: z.string(),
  documentType: documentTypeSchema,
  profile: z.string(),
  layout: z.string(),
  pages: z.number().int().positive(),
  fields: z.object(Object.fromEntries(KEYS.map((k) => [k, fieldValueSchemas[k].nullable()]))).strict(),
  fieldPages: z.record(z.string(), z.number().int().positive()),
  pageTexts: z.array(z.string()),
});

const errors: string[] = [];
const err = (id: string, m: string) => errors.push(`${id}: ${m}`);

async function filePages(file: string): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') {
    const out = execFileSync('pdfinfo', [file]).toString();
    return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? -1);
  }
  if (ext === '.tif') return (await sharp(file).metadata()).pages ?? 1;
  await sharp(file).metadata();
  return 1;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as {
    source: string; seed: number; count: number;
    documents: { id: string; file: string; truth: string; type: string; layout: string; profile: string; pages: number; sender: string; household: string; kind: string; arrival: string; rescanOf?: string; coverSender?: string }[];
  };
  if (manifest.source !== 'nordost-akten') err('manifest', 'source');
  if (manifest.count !== manifest.documents.length) err('manifest', 'count mismatch');
  const listed = new Set<string>();
  const truths = new Map<string, z.infer<typeof truthSchema>>();
  let prevArrival = '';
  for (const d of manifest.documents) {
    listed.add(d.file);
    listed.add(d.truth);
    if (d.arrival < prevArrival) err(d.id, 'manifest not in arrival order');
    prevArrival = d.arrival;
    const fp = path.join(DIR, d.file);
    if (!fs.existsSync(fp)) {
      err(d.id, 'file missing');
      continue;
    }
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(DIR, d.truth), 'utf8'));
    const parsed = truthSchema.safeParse(raw);
    if (!parsed.success) {
      err(d.id, `truth does not parse: ${parsed.error.message.slice(0, 300)}`);
      continue;
    }
    const t = parsed.data;
    truths.set(d.id, t);
    const rawFields = (raw as { fields: Record<string, unknown> }).fields;
    for (const k of KEYS) if (!(k in rawFields)) err(d.id, `field key ${k} missing`);
    if (t.id !== d.id || t.file !== d.file || t.documentType !== d.type || t.profile !== d.profile || t.layout !== d.layout) err(d.id, 'truth/manifest header mismatch');
    const pages = await filePages(fp);
    if (pages !== t.pages || pages !== d.pages || pages !== t.pageTexts.length) err(d.id, `page count: file ${pages}, truth ${t.pages}, manifest ${d.pages}, texts ${t.pageTexts.length}`);
    let pdfTexts: string[] | null = null;
    if (d.profile === 'text-pdf') {
      const fonts = execFileSync('pdffonts', [fp]).toString().split('\n').slice(2).filter((l) => l.trim());
      if (fonts.length === 0) err(d.id, 'text PDF without fonts');
      for (const l of fonts) if (!/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(l)) err(d.id, `font not embedded: ${l}`);
      pdfTexts = [];
      for (let i = 1; i <= pages; i++) pdfTexts.push(execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-enc', 'UTF-8', fp, '-']).toString());
    }
    for (const k of KEYS) {
      const v = t.fields[k];
      const pg = t.fieldPages[k];
      if (v === null) {
        if (pg !== undefined) err(d.id, `fieldPages for null field ${k}`);
        continue;
      }
      if (!ALLOWED[t.documentType]!.includes(k)) err(d.id, `field ${k} set for type ${t.documentType}`);
      if (pg === undefined || pg > t.pages) {
        err(d.id, `no valid fieldPages for ${k}`);
        continue;
      }
      if (!printed(k, v, t.pageTexts[pg - 1]!)) err(d.id, `${k} not printed on page ${pg}: ${JSON.stringify(v)}`);
      if (pdfTexts && !printed(k, v, pdfTexts[pg - 1]!)) err(d.id, `${k} not in the PDF text layer of page ${pg}: ${JSON.stringify(v)}`);
    }
    for (const k of ['court', 'fileNumber', 'tenants', 'address'] as const) if (t.documentType !== 'other' && t.fields[k] === null) err(d.id, `${k} missing`);
    const a = t.fields.address as { postalCode: string; city: string } | null;
    if (a && !PLZ.get(a.city)?.has(a.postalCode)) err(d.id, `postal code ${a.postalCode} not in table for ${a.city}`);
    if (d.kind === 'with-cover' && !d.coverSender) err(d.id, 'cover without coverSender');
  }
  for (const d of manifest.documents) {
    if (d.kind !== 'rescan') continue;
    const o = manifest.documents.find((x) => x.id === d.rescanOf);
    if (!o) {
      err(d.id, 'rescan without original');
      continue;
    }
    if (o.household !== d.household || o.type !== d.type || o.profile === d.profile) err(d.id, 'rescan household/type/profile');
    if (JSON.stringify(truths.get(o.id)?.fields) !== JSON.stringify(truths.get(d.id)?.fields)) err(d.id, 'rescan truth differs from original');
  }
  for (const f of fs.readdirSync(DIR)) if (f !== 'manifest.json' && !listed.has(f)) err(f, 'file not listed in manifest');
  const count = (key: 'type' | 'profile' | 'kind') => Object.entries(manifest.documents.reduce<Record<string, number>>((m, d) => ((m[d[key]] = (m[d[key]] ?? 0) + 1), m), {})).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`documents ${manifest.documents.length}, households ${new Set(manifest.documents.map((d) => d.household)).size}`);
  console.log(`types: ${count('type')}`);
  console.log(`profiles: ${count('profile')}`);
  console.log(`kinds: ${count('kind')}`);
  if (errors.length) {
    console.log(errors.join('\n'));
    console.log(`${errors.length} errors`);
    process.exit(1);
  }
  console.log('0 errors');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
