import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPES, FIELD_NAMES, fieldValueSchemas } from '../../../../src/core/extraction.schema.js';

/** Validates every truth file of the corpus against the project's field value schemas. */

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../../../samples/sources/ruhr-inbox/corpus'));
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: { id: string; truth: string; file: string; pages: number }[] };
let errors = 0;
for (const d of manifest.documents) {
  const t = JSON.parse(readFileSync(path.join(dir, d.truth), 'utf8')) as { id: string; file: string; documentType: string; pages: number; fields: Record<string, unknown>; pageTexts: string[] };
  const fail = (msg: string): void => {
    errors++;
    process.stdout.write(`${d.id}: ${msg}\n`);
  };
  if (t.id !== d.id || t.file !== d.file) fail('id/file mismatch');
  if (!(DOCUMENT_TYPES as readonly string[]).includes(t.documentType)) fail(`bad type ${t.documentType}`);
  if (t.pageTexts.length !== t.pages || t.pages !== d.pages) fail('page count mismatch');
  const keys = Object.keys(t.fields).sort();
  if (keys.join(',') !== [...FIELD_NAMES].sort().join(',')) fail(`field keys ${keys.join(',')}`);
  for (const k of FIELD_NAMES) {
    const v = t.fields[k];
    if (v === null) continue;
    const r = fieldValueSchemas[k].safeParse(v);
    if (!r.success) fail(`${k}: ${r.error.message}`);
  }
}
process.stdout.write(`${manifest.documents.length} truth files checked, ${errors} problems\n`);
process.exit(errors > 0 ? 1 : 0);
