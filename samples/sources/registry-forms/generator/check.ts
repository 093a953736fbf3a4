/** Validates a generated corpus: truth against the project's field schemas, manifest consistency, and that truth values are printed. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dLong, dLong0, dmy, dmy2, dmyShort, num } from './fmt.js';

interface SafeParser { safeParse(v: unknown): { success: boolean; error?: unknown } }
interface SchemaModule { fieldValueSchemas: Record<string, SafeParser> }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'samples/sources/registry-forms/corpus'));

function dateForms(iso: string): string[] {
  return [dmy(iso), dmy2(iso), dmyShort(iso), dLong(iso), dLong0(iso)];
}

async function main(): Promise<void> {
  const mod = (await import(pathToFileURL(path.join(root, 'dist/src/core/extraction.schema.js')).href)) as SchemaModule;
  const schemas = mod.fieldValueSchemas;
  const keys = Object.keys(schemas);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>[]; count: number };
  const problems: string[] = [];
  const warn = (id: string, s: string): void => void problems.push(`${id}: ${s}`);
  for (const d of manifest.documents) {
    const id = String(d.id);
    if (!fs.existsSync(path.join(dir, String(d.file)))) warn(id, 'file missing');
    const t = JSON.parse(fs.readFileSync(path.join(dir, String(d.truth)), 'utf8')) as { fields: Record<string, unknown>; pageTexts: string[]; pages: number; documentType: string; profile: string };
    if (t.pageTexts.length !== t.pages) warn(id, `pageTexts ${t.pageTexts.length} != pages ${t.pages}`);
    if (t.documentType !== d.type || t.profile !== d.profile) warn(id, 'manifest/truth mismatch');
    const fk = Object.keys(t.fields).sort();
    if (fk.join() !== [...keys].sort().join()) warn(id, `field keys ${fk.join()}`);
    for (const k of keys) {
      const v = t.fields[k];
      if (v === null) continue;
      const r = schemas[k]?.safeParse(v);
      if (!r?.success) warn(id, `${k} invalid: ${JSON.stringify(v)}`);
    }
    const text = t.pageTexts.join('\n');
    const low = text.replace(/\s+/g, ' ').toLowerCase();
    const has = (s: string): boolean => low.includes(s.replace(/\s+/g, ' ').toLowerCase());
    const f = t.fields;
    const tenants = (f.tenants as { name: string; birthDate: string | null }[] | null) ?? [];
    for (const p of tenants) {
      for (const part of p.name.split(' ')) if (!has(part)) warn(id, `tenant part not printed: ${part}`);
      if (p.birthDate && !dateForms(p.birthDate).some(has)) warn(id, `birth date not printed ${p.birthDate}`);
    }
    for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']) {
      const v = f[k] as string | null;
      if (v && !dateForms(v).some(has)) warn(id, `${k} not printed ${v}`);
    }
    for (const k of ['hearing', 'evictionDate']) {
      const v = f[k] as { date: string; time: string | null } | null;
      if (v && !dateForms(v.date).some(has)) warn(id, `${k} date not printed ${v.date}`);
      if (v?.time && !(has(v.time) || has(v.time.replace(':', '.').replace(/^0/, '')) || has(v.time.replace(/^0/, '')))) warn(id, `${k} time not printed ${v.time}`);
    }
    for (const k of ['monthlyRent', 'arrears']) {
      const v = f[k] as number | null;
      if (v !== null && !(has(num(v)) || has(num(v).replace(/\./g, '')) || has(num(v).replace(/,00$/, '')))) warn(id, `${k} not printed ${v}`);
    }
    const fn = f.fileNumber as string | null;
    if (fn) {
      const m = /(\d+)\/(\d{2})$/.exec(fn);
      if (m && !new RegExp(`${m[1]}\\s*/\\s*${m[2]}`).test(text)) warn(id, `fileNumber not printed ${fn}`);
    }
    const a = f.address as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
    if (a) {
      if (!has(`${a.postalCode} ${a.city}`)) warn(id, 'postal code/city not printed');
      if (!has(a.street.replace(/(S|s)traße$/, ''))) warn(id, `street not printed ${a.street}`);
      if (a.addition && !has(a.addition)) warn(id, `addition not printed ${a.addition}`);
    }
    const l = f.landlord as string | null;
    if (l && !has(l)) warn(id, `landlord not printed ${l}`);
  }
  for (const p of problems) console.log(p);
  const by = (k: string): Record<string, number> => manifest.documents.reduce<Record<string, number>>((acc, d) => ({ ...acc, [String(d[k])]: (acc[String(d[k])] ?? 0) + 1 }), {});
  console.log(JSON.stringify({ count: manifest.documents.length, type: by('type'), profile: by('profile'), sender: by('sender'), layout: by('layout'), kind: by('kind') }, null, 1));
  const OBK = ['51702', '51766', '51643', '51645', '51647', '42499', '51789', '51709', '51597', '51588', '51580', '51545', '51674', '51688', '42477'];
  const flatOf = new Map<string, string>();
  for (const d of manifest.documents) {
    const t = JSON.parse(fs.readFileSync(path.join(dir, String(d.truth)), 'utf8')) as { fields: { address: { postalCode: string } | null } };
    if (t.fields.address) flatOf.set(String(d.household), t.fields.address.postalCode);
  }
  const obk = [...flatOf.values()].filter((p) => OBK.includes(p)).length;
  console.log(`households with a printed flat: ${flatOf.size}, in the Oberbergischer Kreis: ${obk} (${Math.round((100 * obk) / flatOf.size)}%)`);
  const hh = by('household');
  const multi = Object.values(hh).filter((n) => n > 1).length;
  console.log(`households ${Object.keys(hh).length}, with >1 document ${multi} (${Math.round((100 * multi) / Object.keys(hh).length)}%)`);
  console.log(problems.length === 0 ? 'CHECK OK' : `CHECK: ${problems.length} problems`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
