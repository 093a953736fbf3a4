/**
 * Checks a generated corpus: truth files against the project's field schemas, manifest consistency,
 * page counts of the files, and that every truth value can be found in the printed page texts.
 * Run: node dist/samples/sources/land-und-kreis/generator/check.js [corpus dir]
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fieldValueSchemas, FIELD_NAMES, documentTypeSchema } from '../../../../src/core/extraction.schema.js';

interface ManifestDoc { id: string; file: string; truth: string; type: string; layout: string; profile: string; pages: number; sender: string; household: string; kind: string; arrival: string }
interface Truth { id: string; file: string; documentType: string; profile: string; layout: string; pages: number; fields: Record<string, unknown>; pageTexts: string[] }

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'];

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const p = (n: number): string => String(n).padStart(2, '0');
  const yy = String(y).slice(2);
  return [`${p(d)}.${p(m)}.${y}`, `${p(d)}.${p(m)}.${yy}`, `${d}.${m}.${yy}`, `${d}. ${MONTHS[m - 1]} ${y}`, `${d}. ${MONTHS_SHORT[m - 1]} ${y}`];
}
function moneyForms(cents: number): string[] {
  const e = Math.floor(cents / 100);
  const c = String(cents % 100).padStart(2, '0');
  const g = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [`${g},${c}`, `${e},${c}`, ...(cents % 100 === 0 ? [`${g} EUR`] : [])];
}
const norm = (s: string): string => s.replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
const squash = (s: string): string => s.replace(/\s+/g, '').toLocaleLowerCase('de-DE');

function fileNoFound(fn: string, text: string): boolean {
  return squash(text).includes(squash(fn));
}

async function pagesOf(file: string): Promise<number> {
  if (file.endsWith('.pdf')) {
    const out = execFileSync('pdfinfo', [file]).toString();
    return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
  }
  const m = await sharp(file, { pages: -1 }).metadata();
  return m.pages ?? 1;
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../../../samples/sources/land-und-kreis/corpus'));
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { count: number; documents: ManifestDoc[] };
  const problems: string[] = [];
  const bad = (id: string, msg: string): void => void problems.push(`${id}: ${msg}`);
  if (manifest.count !== manifest.documents.length) problems.push('manifest count mismatch');
  let bytes = 0;
  for (const md of manifest.documents) {
    const fp = path.join(dir, md.file);
    if (!existsSync(fp)) { bad(md.id, 'file missing'); continue; }
    bytes += statSync(fp).size;
    const t = JSON.parse(readFileSync(path.join(dir, md.truth), 'utf8')) as Truth;
    if (t.id !== md.id || t.file !== md.file || t.documentType !== md.type || t.profile !== md.profile || t.layout !== md.layout || t.pages !== md.pages) bad(md.id, 'truth/manifest mismatch');
    if (!documentTypeSchema.safeParse(t.documentType).success) bad(md.id, 'bad documentType');
    const keys = Object.keys(t.fields).sort();
    if (keys.join(',') !== [...FIELD_NAMES].sort().join(',')) bad(md.id, `field keys ${keys.join(',')}`);
    for (const k of FIELD_NAMES) {
      const v = t.fields[k];
      if (v === null) continue;
      const r = fieldValueSchemas[k].safeParse(v);
      if (!r.success) bad(md.id, `${k} invalid: ${r.error.message}`);
    }
    if (t.pageTexts.length !== t.pages) bad(md.id, 'pageTexts length');
    const real = await pagesOf(fp);
    if (real !== t.pages) bad(md.id, `file has ${real} pages, truth ${t.pages}`);
    // every truth value must be printed somewhere
    const text = t.pageTexts.join('\n');
    const ntext = norm(text);
    const has = (s: string): boolean => ntext.includes(norm(s));
    const anyDate = (iso: string): boolean => dateForms(iso).some(has);
    const f = t.fields as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (f.court && !has(String(f.court).replace('Amtsgericht ', ''))) bad(md.id, 'court place not printed');
    if (f.fileNumber && !fileNoFound(f.fileNumber, text)) bad(md.id, `fileNumber ${f.fileNumber} not printed`);
    for (const r of (f.relatedFileNumbers ?? []) as string[]) if (!fileNoFound(r, text)) bad(md.id, `related ${r} not printed`);
    for (const p of (f.tenants ?? []) as { name: string; birthDate: string | null }[]) {
      for (const part of p.name.split(' ')) if (!has(part)) bad(md.id, `tenant name part ${part} not printed`);
      if (p.birthDate && !anyDate(p.birthDate)) bad(md.id, `birth date ${p.birthDate} not printed`);
    }
    if (f.address) {
      const a = f.address as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
      const stem = a.street.replace(/(S|s)traße$/, '');
      if (!has(stem)) bad(md.id, `street ${a.street} not printed`);
      if (!squash(text).includes(squash(a.houseNumber))) bad(md.id, 'house number not printed');
      if (!has(`${a.postalCode} ${a.city}`)) bad(md.id, 'postcode+city not printed');
      if (a.addition && !has(a.addition)) bad(md.id, 'addition not printed');
    }
    if (f.landlord && !has(f.landlord) && !has(String(f.landlord).toLocaleUpperCase('de-DE'))) bad(md.id, `landlord ${f.landlord} not printed`);
    for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline'] as const) if (f[k] && !anyDate(f[k])) bad(md.id, `${k} ${f[k]} not printed`);
    for (const k of ['monthlyRent', 'arrears'] as const) if (typeof f[k] === 'number' && !moneyForms(f[k]).some(has)) bad(md.id, `${k} ${f[k]} not printed`);
    if (f.hearing) {
      if (!anyDate(f.hearing.date)) bad(md.id, 'hearing date not printed');
      if (f.hearing.time && !has(f.hearing.time) && !has(String(f.hearing.time).replace(':', '.'))) bad(md.id, 'hearing time not printed');
      if (f.hearing.room && !has(f.hearing.room)) bad(md.id, 'hearing room not printed');
    }
    if (f.evictionDate) {
      if (!anyDate(f.evictionDate.date)) bad(md.id, 'eviction date not printed');
      if (f.evictionDate.time && !has(f.evictionDate.time) && !has(String(f.evictionDate.time).replace(':', '.'))) bad(md.id, 'eviction time not printed');
    }
    if (f.ordinaryTermination === true && !/hilfsweise/i.test(text)) bad(md.id, 'ordinary termination not printed');
    if (f.ordinaryTermination === false && /hilfsweise/i.test(text)) bad(md.id, 'hilfsweise printed but truth false');
  }
  // household story order
  const byHh = new Map<string, ManifestDoc[]>();
  for (const d of manifest.documents) byHh.set(d.household, [...(byHh.get(d.household) ?? []), d]);
  for (const [hk, ds] of byHh) for (let i = 1; i < ds.length; i++) if ((ds[i] as ManifestDoc).arrival <= (ds[i - 1] as ManifestDoc).arrival) problems.push(`${hk}: arrival order`);
  console.log(`${manifest.documents.length} documents, ${(bytes / 1048576).toFixed(1)} MB of document files, ${byHh.size} households`);
  console.log(problems.length === 0 ? 'OK: no problems' : problems.join('\n'));
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
