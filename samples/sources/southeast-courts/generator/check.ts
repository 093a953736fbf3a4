/** Validates a generated corpus: truth files against the project's field schemas, manifest coherence, and that truth values are printed. */
import fs from 'node:fs';
import path from 'node:path';
import { fieldValueSchemas, FIELD_NAMES, DOCUMENT_TYPES } from '../../../../src/core/extraction.schema.js';
import { dLong, dNum, money } from './fmt.js';

const dir = path.resolve(process.argv[2] ?? 'samples/sources/southeast-courts/corpus');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>[]; count: number };
let errors = 0;
const warn: string[] = [];
const fail = (id: string, msg: string): void => {
  errors++;
  console.error(`${id}: ${msg}`);
};

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  return [dNum(iso), dLong(iso), `${Number(d)}.${Number(m)}.${y?.slice(2)}`];
}

for (const doc of manifest.documents) {
  const id = String(doc.id);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, String(doc.truth)), 'utf8')) as {
    id: string; file: string; documentType: string; profile: string; pages: number; fields: Record<string, unknown>; pageTexts: string[];
  };
  if (!fs.existsSync(path.join(dir, String(doc.file)))) fail(id, 'file missing');
  if (truth.id !== id || truth.file !== doc.file || truth.profile !== doc.profile || truth.pages !== doc.pages) fail(id, 'manifest/truth mismatch');
  if (!(DOCUMENT_TYPES as readonly string[]).includes(truth.documentType)) fail(id, 'bad type');
  if (truth.pageTexts.length !== truth.pages) fail(id, 'pageTexts length');
  const keys = Object.keys(truth.fields).sort();
  if (JSON.stringify(keys) !== JSON.stringify([...FIELD_NAMES].sort())) fail(id, `field keys ${keys.join(',')}`);
  for (const k of FIELD_NAMES) {
    const v = truth.fields[k];
    if (v === null) continue;
    const r = fieldValueSchemas[k].safeParse(v);
    if (!r.success) fail(id, `${k}: ${r.error.message}`);
  }
  // printed-ness checks
  const text = truth.pageTexts.join('\n');
  const sq = squash(text);
  const f = truth.fields as Record<string, any>;
  const has = (s: string): boolean => sq.includes(squash(s));
  if (f.fileNumber && !has(f.fileNumber)) fail(id, `fileNumber ${f.fileNumber} not printed`);
  for (const r of f.relatedFileNumbers ?? []) if (!has(r)) fail(id, `related ${r} not printed`);
  if (f.court && !has(f.court.replace('Amtsgericht ', ''))) fail(id, `court ${f.court} not printed`);
  for (const t of f.tenants ?? []) {
    const parts = String(t.name).split(' ');
    const fam = parts[parts.length - 1] ?? '';
    if (!has(fam)) fail(id, `tenant ${t.name} not printed`);
    if (t.birthDate && !dateForms(t.birthDate).some(has)) fail(id, `birth ${t.birthDate} not printed`);
  }
  if (f.address) {
    if (!has(f.address.postalCode)) fail(id, 'postal code not printed');
    if (!has(f.address.houseNumber)) fail(id, `house number ${f.address.houseNumber} not printed`);
    if (f.address.addition && !has(f.address.addition)) fail(id, 'addition not printed');
  }
  if (f.landlord && !has(f.landlord)) fail(id, `landlord ${f.landlord} not printed`);
  for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']) if (f[k] && !dateForms(f[k]).some(has)) fail(id, `${k} ${f[k]} not printed`);
  for (const k of ['monthlyRent', 'arrears']) if (f[k] !== null && f[k] !== undefined && !has(money(f[k])) && !has(money(f[k], '')) && !(f[k] % 100 === 0 && has(`${money(f[k]).slice(0, -3)} EUR`))) fail(id, `${k} ${f[k]} not printed`);
  if (f.hearing && !dateForms(f.hearing.date).some(has)) fail(id, `hearing ${f.hearing.date} not printed`);
  if (f.hearing?.room && !has(f.hearing.room)) fail(id, 'room not printed');
  if (f.evictionDate && !dateForms(f.evictionDate.date).some(has)) fail(id, 'eviction date not printed');
  const type = truth.documentType;
  if (type === 'court_notice' && (!f.court || !f.fileNumber || !f.tenants || !f.claimReceived)) fail(id, 'notice lacks core fields');
  if (type === 'eviction_notice' && (!f.evictionDate || !f.relatedFileNumbers)) fail(id, 'eviction notice lacks core fields');
  if (type === 'judgment' && (!f.judgmentKind || !f.judgmentDate)) fail(id, 'judgment lacks core fields');
  if (type === 'hearing_summons' && !f.hearing) fail(id, 'summons lacks hearing');
}
// arrival order inside households
const byHh = new Map<string, string[]>();
for (const d of manifest.documents) byHh.set(String(d.household), [...(byHh.get(String(d.household)) ?? []), String(d.arrival)]);
for (const [hh, arr] of byHh) if (arr.some((a, i) => i > 0 && a < (arr[i - 1] ?? ''))) fail(hh, 'arrivals out of order');
if (manifest.count !== manifest.documents.length) fail('manifest', 'count mismatch');
for (const w of warn) console.warn(w);
console.log(`${manifest.documents.length} documents checked, ${errors} error(s)`);
process.exit(errors ? 1 : 0);
