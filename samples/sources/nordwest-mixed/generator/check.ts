// Validates a generated corpus: every truth file against the project's field schemas, plus manifest coverage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPES, fieldValueSchemas, type FieldName } from '../../../../src/core/extraction.schema.js';
import { PROFILES } from './spec.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../../../samples/sources/nordwest-mixed/corpus'));
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  documents: Array<{ id: string; file: string; truth: string; type: string; profile: string; pages: number; household: string; arrival: string; layout: string; sender: string }>;
};
const names = Object.keys(fieldValueSchemas) as FieldName[];
let errors = 0;
const fail = (id: string, msg: string): void => {
  errors++;
  console.error(`${id}: ${msg}`);
};
const count = (key: 'type' | 'profile' | 'layout' | 'sender'): Record<string, number> =>
  manifest.documents.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d[key]]: (acc[d[key]] ?? 0) + 1 }), {});
const lastArrival = new Map<string, string>();
for (const d of manifest.documents) {
  if (!fs.existsSync(path.join(dir, d.file))) fail(d.id, 'file missing');
  const t = JSON.parse(fs.readFileSync(path.join(dir, d.truth), 'utf8')) as { fields: Record<string, unknown>; pageTexts: string[]; pages: number; documentType: string };
  const keys = Object.keys(t.fields).sort();
  if (keys.join() !== [...names].sort().join()) fail(d.id, `field keys ${keys.join()}`);
  for (const n of names) {
    const v = t.fields[n];
    if (v === null) continue;
    const res = fieldValueSchemas[n].safeParse(v);
    if (!res.success) fail(d.id, `${n}: ${res.error.message}`);
  }
  if (t.pageTexts.length !== d.pages || t.pages !== d.pages) fail(d.id, 'page count mismatch');
  if (t.documentType !== d.type) fail(d.id, 'type mismatch');
  const prev = lastArrival.get(d.household);
  if (prev && prev > d.arrival) fail(d.id, `arrival ${d.arrival} before ${prev} in ${d.household}`);
  lastArrival.set(d.household, d.arrival);
  const f = t.fields;
  const printed = t.pageTexts.join('\n');
  if (typeof f.fileNumber === 'string' && !printed.replace(/\s+/g, '').includes((f.fileNumber as string).replace(/\s+/g, ''))) fail(d.id, `fileNumber ${String(f.fileNumber)} not in page text`);
}
for (const ty of DOCUMENT_TYPES) if (!count('type')[ty]) fail('corpus', `no ${ty}`);
for (const p of PROFILES) if (!count('profile')[p]) fail('corpus', `no profile ${p}`);
const households = new Map<string, number>();
for (const d of manifest.documents) households.set(d.household, (households.get(d.household) ?? 0) + 1);
const multi = [...households.values()].filter((n) => n > 1).length;
const OBK = ['Bergneustadt', 'Engelskirchen', 'Gummersbach', 'Hückeswagen', 'Lindlar', 'Marienheide', 'Morsbach', 'Nümbrecht', 'Radevormwald', 'Reichshof', 'Waldbröl', 'Wiehl', 'Wipperfürth'];
const obkHouseholds = new Set<string>();
for (const d of manifest.documents) {
  const t = JSON.parse(fs.readFileSync(path.join(dir, d.truth), 'utf8')) as { fields: { address: { city: string } | null; court: string | null } };
  if ((t.fields.address && OBK.includes(t.fields.address.city)) || /Gummersbach|Wipperfürth|Waldbröl/.test(t.fields.court ?? '')) obkHouseholds.add(d.household);
}
console.log(JSON.stringify({ documents: manifest.documents.length, types: count('type'), profiles: count('profile'), layouts: count('layout'), senders: count('sender'), households: households.size, multiDocHouseholds: multi, obkHouseholds: obkHouseholds.size }, null, 1));
console.log(errors ? `${errors} problem(s)` : 'all truth files valid');
process.exit(errors ? 1 : 0);
