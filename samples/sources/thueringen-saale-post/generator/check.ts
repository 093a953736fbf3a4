/**
 * Checker for the thueringen-saale-post corpus. Usage: node check.js [corpusDir]
 * Verifies truth shapes against src/core/extraction.schema.ts, field/type rules, that every value is printed on
 * its page (pageTexts), text layers of text PDFs (pdftotext), postal codes, page counts and rescans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { fieldValueSchemas, FIELD_NAMES, DOCUMENT_TYPES } from '../../../../src/core/extraction.schema.js';
import { TOWNS } from './data.js';

const require = createRequire(import.meta.url);
const TYPE_FIELDS: Record<string, readonly string[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};
const MONTHS = ['JANUAR', 'FEBRUAR', 'MÄRZ', 'APRIL', 'MAI', 'JUNI', 'JULI', 'AUGUST', 'SEPTEMBER', 'OKTOBER', 'NOVEMBER', 'DEZEMBER'];

const errors: string[] = [];
const err = (id: string, msg: string): void => { errors.push(`${id}: ${msg}`); };

const up = (s: string): string => s.normalize('NFC').toUpperCase().replace(/\s+/g, ' ');
const strip = (s: string): string => s.normalize('NFC').toUpperCase().replace(/\s+/g, '');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function dateVariants(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0'), yy = String(y).slice(2);
  const mon = MONTHS[m - 1] as string;
  return [`${dd}.${mm}.${y}`, `${d}.${m}.${y}`, `${dd}.${mm}.${yy}`, `${d}.${m}.${yy}`, `${d}. ${mon} ${y}`, `${dd}. ${mon} ${y}`];
}
function hasDate(text: string, iso: string): boolean {
  return dateVariants(iso).some((v) => new RegExp(`(^|[^0-9.])${esc(v)}($|[^0-9])`).test(text));
}
function moneyVariants(c: number): string[] {
  const eur = Math.floor(c / 100), ct = String(c % 100).padStart(2, '0');
  const grouped = String(eur).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const v = [`${grouped},${ct}`, `${eur},${ct}`];
  if (c % 100 === 0) v.push(`${grouped} EUR`, `${grouped} €`, `${grouped} EURO`);
  return v;
}
function hasMoney(text: string, c: number): boolean {
  return moneyVariants(c).some((v) => new RegExp(`(^|[^0-9.,])${esc(v)}($|[^0-9,])`).test(text));
}
function timeVariants(t: string): string[] {
  const [h, m] = t.split(':').map(Number) as [number, number];
  const mm = String(m).padStart(2, '0');
  const v = [`${String(h).padStart(2, '0')}:${mm}`, `${h}:${mm}`, `${h}.${mm}`, `${String(h).padStart(2, '0')}.${mm}`];
  if (m === 0) v.push(`${h} UHR`);
  return v;
}
function hasTime(text: string, t: string): boolean {
  return timeVariants(t).some((v) => new RegExp(`(^|[^0-9.:])${esc(v)}($|[^0-9])`).test(text));
}
function hasWord(text: string, w: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${esc(up(w))}($|[^\\p{L}])`, 'u').test(text);
}
function streetVariants(st: string): string[] {
  return [st, st.replace(/Straße\b/, 'Str.'), st.replace(/straße\b/, 'str.')].map(up);
}

type Json = Record<string, unknown>;

function printed(field: string, value: unknown, page: string): string | null {
  const t = up(page);
  const ts = strip(page);
  switch (field) {
    case 'court':
    case 'landlord':
      return t.includes(up(value as string)) ? null : `"${value as string}" not printed`;
    case 'fileNumber':
      return ts.includes(strip(value as string)) ? null : `file number ${value as string} not printed`;
    case 'relatedFileNumbers':
      for (const f of value as string[]) if (!ts.includes(strip(f))) return `related file number ${f} not printed`;
      return null;
    case 'tenants':
      for (const tn of value as { name: string; birthDate: string | null }[]) {
        for (const tok of tn.name.split(' ')) if (!hasWord(t, tok)) return `tenant name part "${tok}" of ${tn.name} not printed`;
        if (tn.birthDate && !hasDate(t, tn.birthDate)) return `birth date ${tn.birthDate} of ${tn.name} not printed`;
      }
      return null;
    case 'address': {
      const a = value as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
      const streetOk = streetVariants(a.street).some((sv) => ts.includes(strip(`${sv}${a.houseNumber}`)));
      if (!streetOk) return `street+number ${a.street} ${a.houseNumber} not printed`;
      if (!t.includes(up(`${a.postalCode} ${a.city}`))) return `${a.postalCode} ${a.city} not printed`;
      if (a.addition && !t.includes(up(a.addition))) return `addition ${a.addition} not printed`;
      return null;
    }
    case 'claimReceived': case 'claimServed': case 'judgmentDate': case 'vacateDeadline':
      return hasDate(t, value as string) ? null : `date ${value as string} not printed`;
    case 'monthlyRent': case 'arrears':
      return hasMoney(t, value as number) ? null : `amount ${value as number} not printed`;
    case 'hearing': {
      const h = value as { date: string; time: string | null; room: string | null };
      if (!hasDate(t, h.date)) return `hearing date ${h.date} not printed`;
      if (h.time && !hasTime(t, h.time)) return `hearing time ${h.time} not printed`;
      if (h.room && !t.includes(up(h.room))) return `room ${h.room} not printed`;
      return null;
    }
    case 'evictionDate': {
      const e = value as { date: string; time: string | null };
      if (!hasDate(t, e.date)) return `eviction date ${e.date} not printed`;
      if (e.time && !hasTime(t, e.time)) return `eviction time ${e.time} not printed`;
      return null;
    }
    case 'judgmentKind': {
      const word = { raeumungsurteil: 'URTEIL', versaeumnisurteil: 'VERSÄUMNISURTEIL', anerkenntnisurteil: 'ANERKENNTNISURTEIL' }[value as string] ?? '?';
      return ts.includes(word) ? null : `judgment kind ${value as string} not printed`;
    }
    case 'ordinaryTermination':
      if (value === true) return /HILFSWEISE[^.]{0,60}ORDENTLICH/.test(t) ? null : 'no "hilfsweise … ordentlich" on page';
      if (/HILFSWEISE[^.]{0,60}ORDENTLICH|ORDENTLICHE KÜNDIGUNG/.test(t)) return 'false, but an ordinary termination is mentioned';
      return t.includes('FRISTLOS') ? null : 'false, but no "fristlos" on page';
    default:
      return `unknown field ${field}`;
  }
}

async function filePages(file: string): Promise<number> {
  if (file.endsWith('.pdf')) {
    const out = execFileSync('pdfinfo', [file]).toString();
    return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
  }
  const m = await sharp(file, { pages: -1 }).metadata();
  return m.pages ?? 1;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'samples/sources/thueringen-saale-post/corpus';
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Json;
  const docs = manifest.documents as Json[];
  if (manifest.source !== 'thueringen-saale-post') err('manifest', 'wrong source');
  if (manifest.generator !== 'samples/sources/thueringen-saale-post/generator/generate.ts') err('manifest', 'wrong generator path');
  if (manifest.count !== docs.length) err('manifest', 'count mismatch');

  // postal codes of the hand-made table must exist (german-postal-codes list) and be unique to their town
  const known = new Set(JSON.parse(fs.readFileSync(require.resolve('german-postal-codes/index.json'), 'utf8')) as string[]);
  for (const t of TOWNS) for (const p of t.plz) if (!known.has(p)) err('towns', `${t.name}: ${p} is not a German postal code`);

  const truths = new Map<string, Json>();
  let prevArrival = '';
  docs.forEach((d, i) => {
    const id = d.id as string;
    if (id !== `s${String(i + 1).padStart(3, '0')}`) err(id, 'ids not consecutive');
    if ((d.arrival as string) < prevArrival) err(id, 'arrival order');
    prevArrival = d.arrival as string;
  });

  for (const d of docs) {
    const id = d.id as string;
    const file = path.join(dir, d.file as string);
    if (!fs.existsSync(file)) { err(id, 'file missing'); continue; }
    const tp = path.join(dir, d.truth as string);
    if (!fs.existsSync(tp)) { err(id, 'truth missing'); continue; }
    const truth = JSON.parse(fs.readFileSync(tp, 'utf8')) as Json;
    truths.set(id, truth);
    for (const k of ['id', 'file', 'documentType', 'profile', 'layout', 'pages', 'fields', 'fieldPages', 'pageTexts']) if (!(k in truth)) err(id, `truth lacks ${k}`);
    if (truth.id !== id || truth.file !== d.file) err(id, 'truth id/file mismatch');
    if (truth.documentType !== d.type || truth.profile !== d.profile || truth.layout !== d.layout) err(id, 'truth/manifest mismatch');
    if (!(DOCUMENT_TYPES as readonly string[]).includes(truth.documentType as string)) err(id, 'bad document type');
    const fields = truth.fields as Json;
    const fieldPages = truth.fieldPages as Record<string, number>;
    const pageTexts = truth.pageTexts as string[];
    const keys = Object.keys(fields);
    if (keys.length !== FIELD_NAMES.length || FIELD_NAMES.some((k) => !(k in fields))) err(id, 'fields must have exactly the 16 keys');
    const allowed = TYPE_FIELDS[truth.documentType as string] ?? [];
    // pages
    const n = await filePages(file);
    if (n !== truth.pages || n !== d.pages || pageTexts.length !== n) err(id, `page counts: file ${n}, truth ${String(truth.pages)}, manifest ${String(d.pages)}, texts ${pageTexts.length}`);
    const cover = d.kind === 'with-cover' ? 1 : 0;
    if (cover && !(truth.layout as string).startsWith('anschreiben-')) err(id, 'with-cover layout must start with the cover');
    for (const k of FIELD_NAMES) {
      const v = fields[k];
      if (v === null || v === undefined) {
        if (fieldPages[k] !== undefined) err(id, `fieldPages for null field ${k}`);
        continue;
      }
      if (!allowed.includes(k)) err(id, `field ${k} not carried by ${truth.documentType as string}`);
      const r = fieldValueSchemas[k].safeParse(v);
      if (!r.success) err(id, `field ${k} fails schema: ${r.error.issues.map((x) => x.message).join('; ')}`);
      const p = fieldPages[k];
      if (p === undefined) { err(id, `no fieldPage for ${k}`); continue; }
      const pt = pageTexts[p - 1 + cover];
      if (pt === undefined) { err(id, `fieldPage ${p} of ${k} out of range`); continue; }
      const why = printed(k, v, pt);
      if (why) err(id, `${k} (page ${p}): ${why}`);
    }
    const a = fields.address as { postalCode: string; city: string } | null;
    if (a) {
      const town = TOWNS.find((t) => t.name === a.city);
      if (!town || !town.plz.includes(a.postalCode)) err(id, `postal code ${a.postalCode} does not belong to ${a.city}`);
    }
    // text layer
    if (truth.profile === 'text-pdf') {
      for (let p = 1; p <= n; p++) {
        const layout = strip(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-']).toString());
        const raw = strip(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-']).toString());
        for (const line of (pageTexts[p - 1] ?? '').split('\n')) {
          const sl = strip(line);
          if (sl && !layout.includes(sl) && !raw.includes(sl)) err(id, `page ${p}: text layer lacks line "${line}"`);
        }
      }
    }
  }
  // rescans share the fields of their original (same household, type and layout, earlier, not a rescan)
  for (const d of docs) {
    if (d.kind !== 'rescan') continue;
    const orig = docs.find((o) => o.household === d.household && o.type === d.type && o.layout === d.layout && o.kind !== 'rescan' && (o.id as string) < (d.id as string));
    if (!orig) { err(d.id as string, 'rescan without original'); continue; }
    const a = truths.get(d.id as string), b = truths.get(orig.id as string);
    if (!a || !b) continue;
    if (JSON.stringify(a.fields) !== JSON.stringify(b.fields)) err(d.id as string, `rescan fields differ from ${orig.id as string}`);
    if (JSON.stringify(a.fieldPages) !== JSON.stringify(b.fieldPages)) err(d.id as string, `rescan fieldPages differ from ${orig.id as string}`);
    if (d.profile === orig.profile) err(d.id as string, 'rescan has the same profile as its original');
  }

  const count = (k: string): Record<string, number> => docs.reduce<Record<string, number>>((acc, d) => { const v = String(d[k]); acc[v] = (acc[v] ?? 0) + 1; return acc; }, {});
  process.stdout.write(`documents: ${docs.length}\n`);
  process.stdout.write(`types: ${JSON.stringify(count('type'))}\nkinds: ${JSON.stringify(count('kind'))}\nprofiles: ${JSON.stringify(count('profile'))}\n`);
  for (const e of errors.slice(0, 200)) process.stdout.write(`ERROR ${e}\n`);
  process.stdout.write(`${errors.length} errors\n`);
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(2);
});
