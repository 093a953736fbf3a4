// Checker for the mittelland-post corpus.
// Usage: node dist/samples/sources/mittelland-post/generator/check.js [--dir DIR]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { fieldValueSchemas } from '../../../../src/core/extraction.schema.js';
import { compact, fieldOnText, FIELD_KEYS, norm, type Fields } from './lib.js';
import { COURTS } from './data.js';

const args = process.argv.slice(2);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO = path.resolve(HERE, '../../../../..');
const di = args.indexOf('--dir');
const DIR = path.resolve(di >= 0 ? (args[di + 1] as string) : path.join(REPO, 'samples/sources/mittelland-post/corpus'));

const CARRIES: Record<string, (keyof Fields)[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};
const REQUIRED: Record<string, (keyof Fields)[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'monthlyRent', 'arrears'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'evictionDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'judgmentKind', 'judgmentDate'],
  other: ['tenants'],
};

type Truth = { id: string; file: string; documentType: string; profile: string; layout: string; pages: number; fields: Record<string, unknown>; fieldPages: Record<string, number>; pageTexts: string[] };
type Entry = { id: string; file: string; truth: string; type: string; layout: string; profile: string; pages: number; sender: string; household: string; kind: string; arrival: string; rescanOf?: string };

async function filePages(f: string): Promise<number> {
  const ext = path.extname(f).toLowerCase();
  if (ext === '.pdf') {
    const out = execFileSync('pdfinfo', [f]).toString();
    const m = /Pages:\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : -1;
  }
  if (ext === '.tif' || ext === '.tiff') return (await sharp(f, { pages: -1 }).metadata()).pages ?? 1;
  await sharp(f).metadata();
  return 1;
}

function pdfTextPages(f: string, n: number): string[] {
  const out: string[] = [];
  for (let p = 1; p <= n; p++) out.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-raw', '-enc', 'UTF-8', f, '-']).toString());
  return out;
}

async function main(): Promise<void> {
  const errors: string[] = [];
  const warn: string[] = [];
  const err = (id: string, m: string): void => { errors.push(`${id}: ${m}`); };
  const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { source: string; count: number; seed: number; documents: Entry[] };
  if (manifest.source !== 'mittelland-post') err('manifest', 'source');
  if (manifest.count !== manifest.documents.length) err('manifest', `count ${manifest.count} != ${manifest.documents.length}`);
  const ids = new Set<string>();
  let prev = '';
  const postalOk = new Map<string, Set<string>>();
  for (const c of COURTS) for (const t of c.towns) postalOk.set(t.city, new Set(t.codes));
  const stats = { byType: {} as Record<string, number>, byProfile: {} as Record<string, number>, byKind: {} as Record<string, number> };
  const byHousehold = new Map<string, Entry[]>();
  const truthById = new Map<string, Truth>();
  for (const e of manifest.documents) {
    if (ids.has(e.id)) err(e.id, 'duplicate id');
    ids.add(e.id);
    if (e.arrival < prev) err(e.id, 'manifest not in arrival order');
    prev = e.arrival;
    stats.byType[e.type] = (stats.byType[e.type] ?? 0) + 1;
    stats.byProfile[e.profile] = (stats.byProfile[e.profile] ?? 0) + 1;
    stats.byKind[e.kind] = (stats.byKind[e.kind] ?? 0) + 1;
    byHousehold.set(e.household, [...(byHousehold.get(e.household) ?? []), e]);
    const fpath = path.join(DIR, e.file);
    if (!fs.existsSync(fpath)) { err(e.id, `missing file ${e.file}`); continue; }
    let t: Truth;
    try { t = JSON.parse(fs.readFileSync(path.join(DIR, e.truth), 'utf8')) as Truth; } catch (x) { err(e.id, `truth unreadable: ${String(x)}`); continue; }
    truthById.set(e.id, t);
    for (const k of ['id', 'file', 'documentType', 'profile', 'layout', 'pages'] as const) {
      const mk = k === 'documentType' ? 'type' : k;
      if ((t as unknown as Record<string, unknown>)[k] !== (e as unknown as Record<string, unknown>)[mk]) err(e.id, `truth.${k} != manifest.${mk}`);
    }
    const keys = Object.keys(t.fields).sort();
    const want = [...FIELD_KEYS].sort();
    if (JSON.stringify(keys) !== JSON.stringify(want)) err(e.id, `field keys ${keys.join(',')}`);
    for (const k of FIELD_KEYS) {
      const v = t.fields[k];
      if (v === null || v === undefined) continue;
      const res = fieldValueSchemas[k].safeParse(v);
      if (!res.success) err(e.id, `${k} fails schema: ${res.error.issues.map((i) => i.message).join('; ')}`);
      if (!CARRIES[t.documentType]?.includes(k)) err(e.id, `${k} set but ${t.documentType} does not carry it`);
    }
    for (const k of REQUIRED[t.documentType] ?? []) if (t.fields[k] === null) err(e.id, `${k} required for ${t.documentType} but null`);
    // pages
    const np = await filePages(fpath);
    if (np !== t.pages || np !== e.pages || t.pageTexts.length !== np) err(e.id, `pages: file ${np}, truth ${t.pages}, manifest ${e.pages}, pageTexts ${t.pageTexts.length}`);
    if ((e.profile === 'text-pdf') !== (path.extname(e.file) === '.pdf' && e.profile === 'text-pdf')) err(e.id, 'profile/file mismatch');
    // printed values
    const all = t.pageTexts.join('\n');
    for (const k of FIELD_KEYS) {
      const v = t.fields[k];
      if (v === null || v === undefined) continue;
      const pg = t.fieldPages[k];
      if (!pg || pg < 1 || pg > t.pages) { err(e.id, `fieldPages.${k} missing/out of range`); continue; }
      if (k === 'ordinaryTermination' && v === false) {
        const why = fieldOnText(k, false as never, all);
        if (why) err(e.id, why);
        continue;
      }
      const onPage = fieldOnText(k, v as never, t.pageTexts[pg - 1] ?? '');
      if (onPage) {
        const onAll = fieldOnText(k, v as never, all);
        if (onAll) err(e.id, `not printed: ${onAll}`);
        else warn.push(`${e.id}: ${k} spread over pages (fieldPages=${pg})`);
      }
    }
    for (const k of Object.keys(t.fieldPages)) if (t.fields[k] === null) err(e.id, `fieldPages.${k} for a null field`);
    // postal code belongs to town
    const a = t.fields.address as { postalCode: string; city: string } | null;
    if (a && !postalOk.get(a.city)?.has(a.postalCode)) err(e.id, `postal code ${a.postalCode} not in table for ${a.city}`);
    // the text layer of text PDFs agrees with pageTexts
    if (e.profile === 'text-pdf') {
      const real = pdfTextPages(fpath, np).map((s) => compact(s));
      t.pageTexts.forEach((pt, i) => {
        for (const line of pt.split('\n')) {
          const cl = compact(line);
          if (cl && !(real[i] ?? '').includes(cl)) {
            // tolerate lines the text extractor splits differently: every word must be there
            const words = norm(line).split(' ').filter((w) => w.length > 0);
            if (!words.every((w) => (real[i] ?? '').includes(compact(w)))) err(e.id, `page ${i + 1} line not in PDF text layer: "${line.slice(0, 60)}"`);
          }
        }
      });
    } else if (e.profile === 'text-pdf' || (path.extname(e.file) === '.pdf')) {
      // image-only PDFs must not carry a text layer
      const txt = execFileSync('pdftotext', [fpath, '-']).toString().trim();
      if (txt.length > 0) err(e.id, 'image PDF has a text layer');
    }
  }
  // rescans: same truth as their original, other profile
  for (const e of manifest.documents.filter((x) => x.kind === 'rescan')) {
    const o = manifest.documents.find((x) => x.id === e.rescanOf);
    if (!o) { err(e.id, 'rescanOf missing'); continue; }
    if (o.household !== e.household || o.profile === e.profile) err(e.id, 'rescan household/profile');
    if (JSON.stringify(truthById.get(o.id)?.fields) !== JSON.stringify(truthById.get(e.id)?.fields)) err(e.id, 'rescan truth differs from original');
  }
  const files = fs.readdirSync(DIR).filter((f) => /^m\d{3}\./.test(f) && !f.endsWith('.truth.json'));
  if (files.length !== manifest.documents.length) err('corpus', `${files.length} document files on disk vs ${manifest.documents.length} in manifest`);
  const sizes = [...byHousehold.values()].map((v) => v.length);
  console.log(`documents: ${manifest.documents.length}, households: ${byHousehold.size} (multi-document: ${sizes.filter((n) => n > 1).length})`);
  console.log('types:', JSON.stringify(stats.byType));
  console.log('profiles:', JSON.stringify(stats.byProfile));
  console.log('kinds:', JSON.stringify(stats.byKind));
  if (warn.length) console.log(`notes: ${warn.length}\n  ${warn.slice(0, 20).join('\n  ')}`);
  if (errors.length) { console.log(`ERRORS: ${errors.length}\n  ${errors.slice(0, 80).join('\n  ')}`); process.exitCode = 1; } else console.log('0 errors');
}

await main();
