/**
 * Self-check of a generated corpus: every truth file validates against the project's field
 * schemas, holds all 16 keys, matches the manifest, and its values can be found in the page text.
 * Usage: node dist/samples/sources/counsel-bailiff/generator/check.js [corpusDir]
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldValueSchemas, FIELD_NAMES, documentTypeSchema } from '../../../../src/core/extraction.schema.js';
import { fmtDate, MONTHS } from './format.js';

interface ManifestDoc { id: string; file: string; truth: string; type: string; profile: string; pages: number; sender: string; household: string; layout: string; kind: string; arrival: string }

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../../../samples/sources/counsel-bailiff/corpus'));
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: ManifestDoc[]; count: number };
let errors = 0;
let warnings = 0;
const fail = (id: string, msg: string): void => { errors++; console.log(`ERROR ${id}: ${msg}`); };
const warn = (id: string, msg: string): void => { warnings++; console.log(`warn  ${id}: ${msg}`); };

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  const forms: string[] = [fmtDate(iso, 'num'), fmtDate(iso, 'numShort'), fmtDate(iso, 'numNoPad'), fmtDate(iso, 'long')];
  const stamp = ['JAN', 'FEB', 'MRZ', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'];
  forms.push(`${String(d).padStart(2, '0')}. ${stamp[(m ?? 1) - 1]}. ${y}`, `${d}. ${MONTHS[(m ?? 1) - 1]} ${y}`);
  return forms;
}
function moneyForms(cents: number): string[] {
  const e = Math.floor(cents / 100);
  const c = String(cents % 100).padStart(2, '0');
  return [`${String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${c}`, `${e},${c}`];
}

if (manifest.count !== manifest.documents.length) fail('manifest', 'count differs from documents');
for (const d of manifest.documents) {
  if (!existsSync(path.join(dir, d.file))) fail(d.id, `missing file ${d.file}`);
  const t = JSON.parse(readFileSync(path.join(dir, d.truth), 'utf8')) as { id: string; file: string; documentType: string; profile: string; pages: number; layout: string; fields: Record<string, unknown>; pageTexts: string[] };
  if (t.id !== d.id || t.file !== d.file || t.documentType !== d.type || t.profile !== d.profile || t.pages !== d.pages || t.layout !== d.layout) fail(d.id, 'truth header differs from manifest');
  if (!documentTypeSchema.safeParse(t.documentType).success) fail(d.id, 'bad documentType');
  if (t.pageTexts.length !== t.pages) fail(d.id, `pageTexts ${t.pageTexts.length} != pages ${t.pages}`);
  const keys = Object.keys(t.fields).sort();
  if (keys.join() !== [...FIELD_NAMES].sort().join()) fail(d.id, `field keys ${keys.join()}`);
  for (const k of FIELD_NAMES) {
    const v = t.fields[k];
    if (v === null) continue;
    const r = fieldValueSchemas[k].safeParse(v);
    if (!r.success) fail(d.id, `${k}: ${r.error.message}`);
  }
  // Values must be printed somewhere.
  const text = t.pageTexts.join('\n');
  const flat = squash(text);
  const f = t.fields as Record<string, any>;
  const has = (forms: string[]): boolean => forms.some((x) => flat.includes(squash(x)));
  if (f.fileNumber && !flat.includes(squash(f.fileNumber))) fail(d.id, `fileNumber ${f.fileNumber} not in text`);
  for (const r of (f.relatedFileNumbers as string[] | null) ?? []) if (!flat.includes(squash(r))) fail(d.id, `related ${r} not in text`);
  if (f.court && !text.includes(String(f.court).replace('Amtsgericht ', ''))) fail(d.id, `court ${f.court} not in text`);
  for (const tn of (f.tenants as { name: string; birthDate: string | null }[] | null) ?? []) {
    const parts = tn.name.split(' ');
    if (!parts.every((p) => text.includes(p))) fail(d.id, `tenant ${tn.name} not in text`);
    if (tn.birthDate && !has(dateForms(tn.birthDate))) fail(d.id, `birth ${tn.birthDate} not in text`);
  }
  if (f.address) {
    const a = f.address as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
    const st = a.street.replace(/ Straße$/, ' Str').replace(/straße$/, 'str');
    if (!flat.includes(squash(st))) fail(d.id, `street ${a.street} not in text`);
    if (!flat.includes(squash(`${a.postalCode} ${a.city}`))) fail(d.id, `postal/city ${a.postalCode} ${a.city} not in text`);
    if (a.addition && !text.includes(a.addition)) fail(d.id, `addition ${a.addition} not in text`);
    if (!flat.includes(squash(`${a.houseNumber}`))) fail(d.id, `house number ${a.houseNumber}`);
  }
  if (f.landlord && !flat.includes(squash(f.landlord))) fail(d.id, `landlord ${f.landlord} not in text`);
  for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']) if (f[k] && !has(dateForms(f[k]))) fail(d.id, `${k} ${f[k]} not in text`);
  for (const k of ['monthlyRent', 'arrears']) if (f[k] !== null && !has(moneyForms(f[k]))) fail(d.id, `${k} ${f[k]} not in text`);
  if (f.hearing) {
    if (!has(dateForms(f.hearing.date))) fail(d.id, `hearing date ${f.hearing.date}`);
    if (f.hearing.time && !has([f.hearing.time, f.hearing.time.replace(':', '.')])) fail(d.id, `hearing time ${f.hearing.time}`);
    if (f.hearing.room && !text.includes(f.hearing.room)) fail(d.id, `hearing room ${f.hearing.room}`);
  }
  if (f.evictionDate) {
    if (!has(dateForms(f.evictionDate.date))) fail(d.id, `eviction date ${f.evictionDate.date}`);
    if (f.evictionDate.time && !has([f.evictionDate.time, f.evictionDate.time.replace(':', '.')])) fail(d.id, `eviction time`);
  }
  if (f.ordinaryTermination === true && !/hilfsweise|fristgemäß/i.test(text)) fail(d.id, 'ordinaryTermination true but not mentioned');
  if (f.ordinaryTermination !== true && /hilfsweise (ordentlich|die ordentliche)|hilfsweise fristgemäß|hilfsweise kündigen/i.test(text)) fail(d.id, 'mentions hilfsweise ordentliche but truth not true');
  if (d.type === 'court_notice' && (!f.claimReceived || !f.fileNumber || !f.tenants)) warn(d.id, 'court notice without core fields');
}
// Household coherence: same names / address / landlord across documents; arrivals in order.
const byHh = new Map<string, ManifestDoc[]>();
for (const d of manifest.documents) byHh.set(d.household, [...(byHh.get(d.household) ?? []), d]);
for (const [hh, ds] of byHh) {
  const sigs = new Set<string>();
  for (const d of ds) {
    const t = JSON.parse(readFileSync(path.join(dir, d.truth), 'utf8')) as { fields: Record<string, any> };
    if (t.fields.tenants) sigs.add((t.fields.tenants as { name: string }[]).map((x) => x.name).join('|'));
  }
  if (sigs.size > 1) fail(hh, `tenant names differ across documents: ${[...sigs].join(' / ')}`);
  const arr = ds.map((d) => d.arrival);
  if (arr.join() !== [...arr].sort().join()) fail(hh, 'arrivals out of order');
}
console.log(`${manifest.documents.length} documents checked: ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
