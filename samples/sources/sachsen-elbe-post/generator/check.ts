/** Checks a generated sachsen-elbe-post corpus:
 * node dist/samples/sources/sachsen-elbe-post/generator/check.js [corpusDir] */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { fieldValueSchemas } from '../../../../src/core/extraction.schema.js';
import type { FieldName } from '../../../../src/core/extraction.schema.js';
import { TOWNS } from './data.js';
import { dateVariants, fold, moneyVariants, streetVariants, timeVariants } from './fmt.js';

const FIELDS = Object.keys(fieldValueSchemas) as FieldName[];

const CARRIES: Record<string, FieldName[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};

const PROFILES = ['text-pdf', 'scan-gray-jpg', 'scan-bilevel-png', 'fax-g4-tiff', 'skewed-jpg', 'skewed-pdf', 'rotated-png', 'rotated-pdf', 'phone-photo-jpg', 'image-pdf', 'gray-tiff'];

interface Truth {
  id: string; file: string; documentType: string; profile: string; layout: string; pages: number;
  fields: Record<string, unknown>; fieldPages: Record<string, number>; pageTexts: string[];
}
interface Entry { id: string; file: string; truth: string; type: string; layout: string; profile: string; pages: number; sender: string; household: string; kind: string; arrival: string }

const errors: string[] = [];
const err = (id: string, m: string): void => { errors.push(`${id}: ${m}`); };

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** variant occurs in text with no digit glued to either side */
function hasBounded(text: string, variants: string[]): boolean {
  const t = fold(text);
  return variants.some((v) => new RegExp(`(?<![\\d])${esc(fold(v))}(?![\\d])`).test(t));
}

function has(text: string, s: string): boolean {
  return fold(text).includes(fold(s));
}

function nameOnPage(text: string, name: string): boolean {
  if (has(text, name)) return true;
  const tok = name.split(' ');
  for (let k = 1; k < tok.length; k++) {
    const given = tok.slice(0, k).join(' ');
    const surname = tok.slice(k).join(' ');
    if (has(text, `${surname}, ${given}`)) return true;
    if (has(text, given) && has(text, surname)) return true;
  }
  return false;
}

const ORD = /(?<!außer)ordentlich/i;

function valueOnPage(f: FieldName, v: unknown, text: string, allText: string): string | null {
  const t = text;
  switch (f) {
    case 'court': {
      const s = String(v);
      return has(t, s) || has(t, s.replace('Amtsgericht ', 'Amtsgerichts ')) ? null : `court "${s}" not on page`;
    }
    case 'fileNumber': {
      const s = String(v).replace(/\s+/g, '');
      return fold(t).replace(/\s+/g, '').includes(fold(s)) ? null : `fileNumber "${String(v)}" not on page`;
    }
    case 'relatedFileNumbers':
      for (const a of v as string[]) if (!fold(t).replace(/\s+/g, '').includes(fold(a.replace(/\s+/g, '')))) return `related "${a}" not on page`;
      return null;
    case 'tenants':
      for (const p of v as { name: string; birthDate: string | null }[]) {
        if (!nameOnPage(t, p.name)) return `tenant "${p.name}" not on page`;
        if (p.birthDate && !hasBounded(t, dateVariants(p.birthDate))) return `birth date ${p.birthDate} of ${p.name} not on page`;
      }
      return null;
    case 'address': {
      const a = v as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
      if (!streetVariants(a.street).some((s) => has(t, s))) return `street "${a.street}" not on page`;
      const hn = a.houseNumber.replace(/^(\d+)([a-z])$/i, '$1 ?$2');
      if (!new RegExp(`(?<![\\d])${hn.includes(' ?') ? hn : esc(hn)}(?![\\d])`, 'i').test(fold(t))) return `house number "${a.houseNumber}" not on page`;
      if (!hasBounded(t, [a.postalCode])) return `postal code ${a.postalCode} not on page`;
      if (!has(t, `${a.postalCode} ${a.city}`)) return `"${a.postalCode} ${a.city}" not on page`;
      if (a.addition && !has(t, a.addition)) return `addition "${a.addition}" not on page`;
      return null;
    }
    case 'landlord':
      return has(t, String(v)) ? null : `landlord "${String(v)}" not on page`;
    case 'claimReceived': case 'claimServed': case 'judgmentDate': case 'vacateDeadline':
      return hasBounded(t, dateVariants(String(v))) ? null : `${f} ${String(v)} not on page`;
    case 'monthlyRent': case 'arrears':
      return hasBounded(t, moneyVariants(Number(v))) ? null : `${f} ${String(v)} not on page`;
    case 'hearing': case 'evictionDate': {
      const hv = v as { date: string; time: string | null; room?: string | null };
      if (!hasBounded(t, dateVariants(hv.date))) return `${f} date ${hv.date} not on page`;
      if (hv.time && !hasBounded(t, timeVariants(hv.time))) return `${f} time ${hv.time} not on page`;
      if (hv.room && !has(t, hv.room)) return `${f} room "${hv.room}" not on page`;
      return null;
    }
    case 'judgmentKind': {
      const s = fold(t).replace(/\s+/g, '');
      const k = String(v);
      if (k === 'versaeumnisurteil') return s.includes('versäumnisurteil') ? null : 'Versäumnisurteil not on page';
      if (k === 'anerkenntnisurteil') return s.includes('anerkenntnisurteil') || s.includes('teilanerkenntnis') ? null : 'Anerkenntnisurteil not on page';
      return s.includes('urteil') ? null : 'Urteil not on page';
    }
    case 'ordinaryTermination':
      if (v === true) return ORD.test(t) ? null : 'ordinary termination not mentioned on page';
      if (!/fristlos|außerordentlich/i.test(t)) return 'termination (fristlos) not on page';
      return ORD.test(allText) ? 'ordinaryTermination false but document mentions an ordinary termination' : null;
  }
}

const PLZ = new Map<string, string[]>(TOWNS.map((t) => [t.city, t.plz]));

/** text-layer comparison ignores whitespace: pdftotext rebuilds word gaps from glyph positions
 * (letter-spaced headings like "U r t e i l" or "- 2 -" come out without spaces) */
function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0]+/g, '');
}

async function pageCount(file: string): Promise<number> {
  if (file.endsWith('.pdf')) {
    const info = execFileSync('pdfinfo', [file]).toString();
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  }
  if (file.endsWith('.tif')) return (await sharp(file).metadata()).pages ?? 1;
  await sharp(file).metadata();
  return 1;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'samples/sources/sachsen-elbe-post/corpus';
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { source: string; generator: string; seed: number; count: number; documents: Entry[] };
  if (manifest.source !== 'sachsen-elbe-post') err('manifest', 'source');
  if (manifest.generator !== 'samples/sources/sachsen-elbe-post/generator/generate.ts') err('manifest', 'generator');
  if (manifest.count !== manifest.documents.length) err('manifest', 'count');
  const truths = new Map<string, Truth>();
  const files = new Set(fs.readdirSync(dir));
  let i = 0;
  for (const e of manifest.documents) {
    i++;
    const id = e.id;
    if (id !== `s${String(i).padStart(3, '0')}`) err(id, 'ids not in order');
    if (!files.has(e.file) || !files.has(e.truth)) { err(id, 'file missing'); continue; }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.arrival)) err(id, 'arrival');
    if (!['plain', 'with-cover', 'rescan'].includes(e.kind)) err(id, 'kind');
    if (!PROFILES.includes(e.profile)) err(id, `profile ${e.profile}`);
    const tr = JSON.parse(fs.readFileSync(path.join(dir, e.truth), 'utf8')) as Truth;
    truths.set(id, tr);
    for (const k of ['id', 'file', 'documentType', 'profile', 'layout', 'pages', 'fields', 'fieldPages', 'pageTexts']) if (!(k in tr)) err(id, `truth lacks ${k}`);
    if (tr.id !== id || tr.file !== e.file || tr.documentType !== e.type || tr.profile !== e.profile || tr.layout !== e.layout || tr.pages !== e.pages) err(id, 'manifest and truth disagree');
    if (!(tr.documentType in CARRIES)) err(id, `type ${tr.documentType}`);
    const carries = CARRIES[tr.documentType] ?? [];
    // fields
    for (const f of FIELDS) {
      if (!(f in tr.fields)) { err(id, `field ${f} missing`); continue; }
      const v = tr.fields[f];
      if (v === null) { if (f in tr.fieldPages) err(id, `fieldPages has null field ${f}`); continue; }
      if (!carries.includes(f)) err(id, `${tr.documentType} must not carry ${f}`);
      const res = fieldValueSchemas[f].safeParse(v);
      if (!res.success) err(id, `${f} does not parse: ${res.error.message}`);
    }
    for (const k of Object.keys(tr.fields)) if (!FIELDS.includes(k as FieldName)) err(id, `unknown field ${k}`);
    // pages
    const real = await pageCount(path.join(dir, e.file));
    if (real !== tr.pages) err(id, `page count ${real} != ${tr.pages}`);
    if (tr.pageTexts.length !== tr.pages) err(id, 'pageTexts length != pages');
    const offset = e.kind === 'with-cover' ? 1 : 0;
    const docPages = tr.pages - offset;
    const allText = tr.pageTexts.slice(offset).join('\n');
    for (const f of FIELDS) {
      const v = tr.fields[f];
      if (v === null || v === undefined) continue;
      const p = tr.fieldPages[f];
      if (typeof p !== 'number' || p < 1 || p > docPages) { err(id, `fieldPages.${f} = ${String(p)} outside 1..${docPages}`); continue; }
      const problem = valueOnPage(f, v, tr.pageTexts[offset + p - 1] ?? '', allText);
      if (problem) err(id, `${problem} (page ${p})`);
    }
    // postal codes
    const a = tr.fields.address as { postalCode: string; city: string } | null;
    if (a) {
      const plz = PLZ.get(a.city);
      if (!plz) err(id, `unknown town ${a.city}`);
      else if (!plz.includes(a.postalCode)) err(id, `postal code ${a.postalCode} does not belong to ${a.city}`);
    }
    // text layer
    if (e.profile === 'text-pdf') {
      const txt = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, e.file), '-']).toString());
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, e.file), '-']).toString().split('\f').map(norm);
      tr.pageTexts.forEach((pt, pi) => {
        for (const line of pt.split('\n')) {
          const l = norm(line);
          if (!l) continue;
          if (!(pages[pi] ?? '').includes(l)) err(id, `text layer of page ${pi + 1} lacks "${l}"${txt.includes(l) ? ' (found on another page)' : ''}`);
        }
      });
    } else if (!/\.(jpg|png|tif)$/.test(e.file) && e.file.endsWith('.pdf')) {
      const txt = execFileSync('pdftotext', [path.join(dir, e.file), '-']).toString().trim();
      if (txt.length > 0) err(id, 'image-only PDF has a text layer');
    }
  }
  // rescans share their original's fields
  for (const e of manifest.documents) {
    if (e.kind !== 'rescan') continue;
    const idx = manifest.documents.indexOf(e);
    const orig = manifest.documents.slice(0, idx).filter((o) => o.household === e.household && o.type === e.type && o.layout === e.layout && o.kind !== 'rescan');
    if (orig.length !== 1) { err(e.id, `rescan has ${orig.length} originals`); continue; }
    const o = orig[0] as Entry;
    const a = truths.get(e.id), b = truths.get(o.id);
    if (JSON.stringify(a?.fields) !== JSON.stringify(b?.fields)) err(e.id, `rescan fields differ from ${o.id}`);
    if (JSON.stringify(a?.fieldPages) !== JSON.stringify(b?.fieldPages)) err(e.id, `rescan fieldPages differ from ${o.id}`);
    if (e.profile === o.profile) err(e.id, 'rescan has the same profile as its original');
  }
  const counts = (k: keyof Entry): string => {
    const m = new Map<string, number>();
    for (const d of manifest.documents) m.set(String(d[k]), (m.get(String(d[k])) ?? 0) + 1);
    return [...m.entries()].sort().map(([x, n]) => `${x}=${n}`).join(' ');
  };
  process.stdout.write(`documents: ${manifest.documents.length}\ntypes: ${counts('type')}\nkinds: ${counts('kind')}\nprofiles: ${counts('profile')}\n`);
  for (const m of errors.slice(0, 200)) process.stdout.write(`ERROR ${m}\n`);
  process.stdout.write(`${errors.length} errors\n`);
  process.exit(errors.length ? 1 : 0);
}

void main();
