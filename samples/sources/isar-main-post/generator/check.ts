/**
 * Checks the isar-main-post corpus: truth shapes, per-type fields, values printed on their pages,
 * text layers of text PDFs, postal codes, page counts and rescans.
 * Usage: node dist/samples/sources/isar-main-post/generator/check.js [corpusDir]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { fieldValueSchemas, DOCUMENT_TYPES } from '../../../../src/core/extraction.schema.js';
import { TOWNS } from './data.js';
import { dateVariants, moneyVariants, timeVariants } from './util.js';

const require = createRequire(import.meta.url);
const ALL_CODES = new Set<string>(require('german-postal-codes') as string[]);
const FIELDS = Object.keys(fieldValueSchemas) as (keyof typeof fieldValueSchemas)[];
const ALLOWED: Record<string, string[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};
const REQUIRED: Record<string, string[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'evictionDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'judgmentKind', 'judgmentDate'],
  other: [],
};

interface Truth {
  id: string;
  file: string;
  documentType: string;
  profile: string;
  layout: string;
  pages: number;
  fields: Record<string, unknown>;
  fieldPages: Record<string, number>;
  pageTexts: string[];
}
interface Entry {
  id: string;
  file: string;
  truth: string;
  type: string;
  layout: string;
  profile: string;
  pages: number;
  sender: string;
  household: string;
  kind: 'plain' | 'with-cover' | 'rescan';
  arrival: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const compact = (s: string): string => s.toLowerCase().replace(/\s+/g, '');
const anyIn = (hay: string, vs: string[]): boolean => vs.some((v) => compact(hay).includes(compact(v)));
function streetVariants(s: string): string[] {
  return [s, s.replace(/traße$/, 'tr.'), s.replace(/traße$/, 'tr')];
}

function printed(field: string, v: unknown, page: string): string | null {
  const p = norm(page);
  switch (field) {
    case 'court':
    case 'landlord':
      return p.includes(norm(v as string)) ? null : `${field} "${v as string}" not on page`;
    case 'fileNumber':
      return compact(page).includes(compact(v as string)) ? null : `fileNumber ${v as string} not on page`;
    case 'relatedFileNumbers':
      for (const f of v as string[]) if (!compact(page).includes(compact(f))) return `related ${f} not on page`;
      return null;
    case 'tenants':
      for (const t of v as { name: string; birthDate: string | null }[]) {
        for (const tok of t.name.split(/[\s-]+/)) if (tok.length > 1 && !page.includes(tok)) return `tenant token "${tok}" of ${t.name} not on page`;
        if (t.birthDate && !anyIn(page, dateVariants(t.birthDate))) return `birth date ${t.birthDate} not on page`;
      }
      return null;
    case 'address': {
      const a = v as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
      if (!anyIn(page, streetVariants(a.street).map((s) => `${s} ${a.houseNumber}`))) return `street ${a.street} ${a.houseNumber} not on page`;
      if (!anyIn(page, [`${a.postalCode} ${a.city}`])) return `${a.postalCode} ${a.city} not on page`;
      if (a.addition && !anyIn(page, [a.addition])) return `addition ${a.addition} not on page`;
      return null;
    }
    case 'claimReceived':
    case 'claimServed':
    case 'judgmentDate':
    case 'vacateDeadline':
      return anyIn(page, dateVariants(v as string)) ? null : `${field} ${v as string} not on page`;
    case 'monthlyRent':
    case 'arrears':
      return anyIn(page, moneyVariants(v as number)) ? null : `${field} ${v as number} not on page`;
    case 'hearing': {
      const h = v as { date: string; time: string | null; room: string | null };
      if (!anyIn(page, dateVariants(h.date))) return `hearing date ${h.date} not on page`;
      if (h.time && !anyIn(page, timeVariants(h.time))) return `hearing time ${h.time} not on page`;
      if (h.room && !anyIn(page, [h.room])) return `hearing room ${h.room} not on page`;
      return null;
    }
    case 'evictionDate': {
      const e = v as { date: string; time: string | null };
      if (!anyIn(page, dateVariants(e.date))) return `eviction date ${e.date} not on page`;
      if (e.time && !anyIn(page, timeVariants(e.time))) return `eviction time ${e.time} not on page`;
      return null;
    }
    case 'judgmentKind': {
      const k = v as string;
      const word = k === 'versaeumnisurteil' ? 'versäumnisurteil' : k === 'anerkenntnisurteil' ? 'anerkenntnisurteil' : 'urteil';
      if (!p.includes(word)) return `judgment kind ${k} not on page`;
      if (k === 'raeumungsurteil' && (p.includes('versäumnisurteil') || p.includes('anerkenntnisurteil'))) return 'raeumungsurteil but other kind printed';
      return null;
    }
    case 'ordinaryTermination':
      return v === true ? (p.includes('ordentlich') ? null : 'ordinaryTermination true but not mentioned') : p.includes('fristlos') ? null : 'termination letter without "fristlos"';
    default:
      return null;
  }
}

async function pageCount(path: string): Promise<number> {
  if (path.endsWith('.pdf')) {
    const info = execFileSync('pdfinfo', [path]).toString();
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  }
  const m = await sharp(path).metadata();
  return m.pages ?? 1;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'samples/sources/isar-main-post/corpus';
  const man = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { source: string; count: number; documents: Entry[] };
  const errors: string[] = [];
  const err = (id: string, m: string): void => {
    errors.push(`${id}: ${m}`);
  };
  if (man.source !== 'isar-main-post') err('manifest', 'wrong source');
  if (man.count !== man.documents.length) err('manifest', 'count mismatch');
  const truths = new Map<string, Truth>();
  let i = 0;
  let prevArrival = '';
  for (const e of man.documents) {
    i++;
    const expectId = `i${String(i).padStart(3, '0')}`;
    if (e.id !== expectId) err(e.id, `expected id ${expectId}`);
    if (e.arrival < prevArrival) err(e.id, 'not in arrival order');
    prevArrival = e.arrival;
    if (!existsSync(join(dir, e.file))) {
      err(e.id, 'file missing');
      continue;
    }
    const t = JSON.parse(readFileSync(join(dir, e.truth), 'utf8')) as Truth;
    truths.set(e.id, t);
    if (t.id !== e.id || t.file !== e.file || t.documentType !== e.type || t.profile !== e.profile || t.layout !== e.layout || t.pages !== e.pages) err(e.id, 'truth/manifest disagree');
    if (!(DOCUMENT_TYPES as readonly string[]).includes(t.documentType)) err(e.id, `bad type ${t.documentType}`);
    // shapes
    for (const f of FIELDS) {
      if (!(f in t.fields)) {
        err(e.id, `field ${f} missing`);
        continue;
      }
      const v = t.fields[f];
      if (v === null) continue;
      const r = fieldValueSchemas[f].safeParse(v);
      if (!r.success) err(e.id, `field ${f} invalid: ${r.error.message.slice(0, 120)}`);
      if (!(ALLOWED[t.documentType] ?? []).includes(f)) err(e.id, `field ${f} not carried by ${t.documentType}`);
    }
    for (const f of Object.keys(t.fields)) if (!(FIELDS as string[]).includes(f)) err(e.id, `unknown field ${f}`);
    for (const f of REQUIRED[t.documentType] ?? []) if (t.fields[f] === null) err(e.id, `required field ${f} is null`);
    // page counts
    const n = await pageCount(join(dir, e.file));
    if (n !== t.pages) err(e.id, `file has ${n} pages, truth says ${t.pages}`);
    if (t.pageTexts.length !== t.pages) err(e.id, 'pageTexts length != pages');
    // cover letters
    const offset = e.kind === 'with-cover' ? 1 : 0;
    if (e.kind === 'with-cover' && !/übersenden wir/.test(t.pageTexts[0] ?? '')) err(e.id, 'page 1 is not a cover letter');
    if (e.kind === 'with-cover' && t.pages < 2) err(e.id, 'with-cover document has no enclosure');
    // values printed on their pages
    for (const [f, v] of Object.entries(t.fields)) {
      if (v === null) {
        if (f in t.fieldPages) err(e.id, `fieldPages has null field ${f}`);
        continue;
      }
      const pg = t.fieldPages[f];
      if (!pg) {
        err(e.id, `no fieldPage for ${f}`);
        continue;
      }
      const text = t.pageTexts[pg - 1 + offset];
      if (text === undefined) {
        err(e.id, `fieldPage ${pg} of ${f} out of range`);
        continue;
      }
      const m = printed(f, v, text);
      if (m) err(e.id, `p.${pg}: ${m}`);
    }
    // postal code belongs to town
    const a = t.fields.address as { postalCode: string; city: string } | null;
    if (a) {
      const town = TOWNS.find((x) => x.name === a.city);
      if (!town) err(e.id, `unknown town ${a.city}`);
      else if (!town.plz.includes(a.postalCode)) err(e.id, `postal code ${a.postalCode} not in ${a.city}`);
      if (!ALL_CODES.has(a.postalCode)) err(e.id, `postal code ${a.postalCode} does not exist`);
    }
    // text layer
    if (t.profile === 'text-pdf') {
      for (let p = 1; p <= t.pages; p++) {
        const layer = norm(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', join(dir, e.file), '-']).toString());
        for (const line of (t.pageTexts[p - 1] ?? '').split('\n')) if (line.trim() && !layer.includes(norm(line)) && !compact(layer).includes(compact(line))) err(e.id, `p.${p} text layer lacks "${line.slice(0, 60)}"`);
      }
    }
  }
  // rescans share their original's truth
  for (const e of man.documents) {
    if (e.kind !== 'rescan') continue;
    const orig = man.documents.find((o) => o.household === e.household && o.kind !== 'rescan' && o.type === e.type && o.layout === e.layout && o.id < e.id);
    if (!orig) {
      err(e.id, 'rescan without original');
      continue;
    }
    const a = truths.get(e.id);
    const b = truths.get(orig.id);
    if (!a || !b) continue;
    if (JSON.stringify(a.fields) !== JSON.stringify(b.fields) || JSON.stringify(a.fieldPages) !== JSON.stringify(b.fieldPages)) err(e.id, `rescan fields differ from ${orig.id}`);
    if (a.profile === b.profile) err(e.id, 'rescan in the same profile as its original');
  }
  const byType: Record<string, number> = {};
  for (const e of man.documents) byType[e.type] = (byType[e.type] ?? 0) + 1;
  console.log(`${man.documents.length} documents checked`, JSON.stringify(byType));
  for (const m of errors.slice(0, 80)) console.log(m);
  console.log(`${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
