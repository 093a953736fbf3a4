/**
 * Checks a generated corpus: truth files against the project's field schemas, printed-value
 * consistency (every truth value must appear on the page text in some printed form),
 * household story order, image metadata, and summary counts.
 * Usage: node dist/samples/sources/rheinland-cities/generator/check.js [corpusDir]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { DOCUMENT_TYPES, FIELD_NAMES, fieldValueSchemas, type FieldName } from '../../../../src/core/extraction.schema.js';
import { fmtDate, fmtMoney, type DateStyle, type MoneyStyle } from './format.js';

interface ManifestDoc { id: string; file: string; truth: string; type: string; layout: string; profile: string; pages: number; sender: string; household: string; kind: string; arrival: string }
interface Truth { id: string; file: string; documentType: string; profile: string; layout: string; pages: number; fields: Record<string, unknown>; pageTexts: string[] }

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../../../samples/sources/rheinland-cities/corpus'));
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { count: number; documents: ManifestDoc[] };
const errors: string[] = [];
const err = (id: string, m: string): void => { errors.push(`${id}: ${m}`); };
const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

const DATE_STYLES: DateStyle[] = ['dot', 'long', 'wlong', 'wdot', 'short', 'dotshort', 'wlongNoDen'];
const MONEY_STYLES: MoneyStyle[] = ['eur', 'EUR', 'preEur', 'euro', 'preEUR', 'plainEUR'];
const hasDate = (text: string, iso: string): boolean => DATE_STYLES.some((s) => text.includes(fmtDate(iso, s)));
const hasMoney = (text: string, cents: number): boolean => MONEY_STYLES.some((s) => text.includes(fmtMoney(cents, s).replace(/ ?(€|EUR|Euro) ?/g, '')));
const streetVariants = (street: string): string[] => [street, street.replace(/ Straße$/, ' Str.'), street.replace(/straße$/, 'str.')];

function printed(id: string, t: Truth): void {
  const text = t.pageTexts.join('\n').replace(/\n/g, ' ');
  const flat = squash(text);
  const f = t.fields;
  const need = (ok: boolean, what: string): void => { if (!ok) err(id, `not printed: ${what}`); };
  if (typeof f.court === 'string') need(text.includes(f.court.replace('Amtsgericht ', '')), `court ${f.court}`);
  if (typeof f.fileNumber === 'string') need(flat.includes(squash(f.fileNumber)), `fileNumber ${f.fileNumber}`);
  for (const r of (f.relatedFileNumbers as string[] | null) ?? []) need(flat.includes(squash(r)), `related ${r}`);
  for (const p of (f.tenants as { name: string; birthDate: string | null }[] | null) ?? []) {
    for (const part of p.name.split(' ')) need(text.includes(part), `tenant part ${part}`);
    if (p.birthDate) need(hasDate(text, p.birthDate), `birth ${p.birthDate}`);
  }
  const a = f.address as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  if (a) {
    need(streetVariants(a.street).some((s) => text.includes(s)), `street ${a.street}`);
    need(flat.includes(squash(a.houseNumber)), `house ${a.houseNumber}`);
    need(text.includes(`${a.postalCode} ${a.city}`), `town ${a.postalCode} ${a.city}`);
    if (a.addition) need(text.includes(a.addition), `addition ${a.addition}`);
  }
  if (typeof f.landlord === 'string') need(text.includes(f.landlord), `landlord ${f.landlord}`);
  for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline'] as const) {
    const v = f[k];
    if (typeof v === 'string') need(hasDate(text, v), `${k} ${v}`);
  }
  for (const k of ['monthlyRent', 'arrears'] as const) {
    const v = f[k];
    if (typeof v === 'number') need(hasMoney(text, v), `${k} ${v}`);
  }
  const hearing = f.hearing as { date: string; time: string | null; room: string | null } | null;
  if (hearing) {
    need(hasDate(text, hearing.date), `hearing date ${hearing.date}`);
    if (hearing.time) need(text.includes(hearing.time) || text.includes(hearing.time.replace(':', '.')), `hearing time ${hearing.time}`);
    if (hearing.room) need(text.includes(hearing.room), `hearing room ${hearing.room}`);
  }
  const ev = f.evictionDate as { date: string; time: string | null } | null;
  if (ev) {
    need(hasDate(text, ev.date), `eviction date ${ev.date}`);
    if (ev.time) need(text.includes(ev.time) || text.includes(ev.time.replace(':', '.')), `eviction time ${ev.time}`);
  }
  if (f.ordinaryTermination === true) need(/hilfsweise/i.test(text), 'hilfsweise ordentliche Kündigung');
}

function checkTruth(d: ManifestDoc): void {
  const tp = path.join(dir, d.truth);
  if (!existsSync(tp)) { err(d.id, 'truth missing'); return; }
  if (!existsSync(path.join(dir, d.file))) err(d.id, 'file missing');
  const t = JSON.parse(readFileSync(tp, 'utf8')) as Truth;
  if (t.id !== d.id || t.file !== d.file || t.documentType !== d.type || t.profile !== d.profile || t.layout !== d.layout || t.pages !== d.pages) err(d.id, 'truth/manifest mismatch');
  if (!(DOCUMENT_TYPES as readonly string[]).includes(t.documentType)) err(d.id, `bad type ${t.documentType}`);
  const keys = Object.keys(t.fields).sort();
  if (keys.join() !== [...FIELD_NAMES].sort().join()) err(d.id, `field keys ${keys.join()}`);
  for (const k of FIELD_NAMES) {
    const v = t.fields[k];
    if (v === null) continue;
    const r = fieldValueSchemas[k as FieldName].safeParse(v);
    if (!r.success) err(d.id, `${k} invalid: ${r.error.message}`);
  }
  if (t.pageTexts.length !== t.pages) err(d.id, 'pageTexts length != pages');
  const f = t.fields;
  if ((f.relatedFileNumbers !== null) !== (t.documentType === 'eviction_notice')) err(d.id, 'relatedFileNumbers only for eviction notices');
  if (f.judgmentKind !== null && !['judgment', 'eviction_notice'].includes(t.documentType)) err(d.id, 'judgmentKind on wrong type');
  if (t.documentType === 'eviction_notice' && (f.evictionDate === null || !String(f.fileNumber).startsWith('DR '))) err(d.id, 'eviction notice without DR/evictionDate');
  if (t.documentType === 'hearing_summons' && f.hearing === null) err(d.id, 'summons without hearing');
  if (t.documentType === 'court_notice' && (f.claimReceived === null || f.arrears === null)) err(d.id, 'notice incomplete');
  printed(d.id, t);
}

async function checkImage(d: ManifestDoc): Promise<string> {
  if (!/\.(jpg|png|tif)$/.test(d.file)) return '';
  const m = await sharp(path.join(dir, d.file), { pages: -1 }).metadata();
  const pages = m.pages ?? 1;
  if (pages !== d.pages) err(d.id, `image pages ${pages} != ${d.pages}`);
  if (d.profile !== 'photo' && !m.density) err(d.id, 'no density');
  return `${d.profile}:${m.format}:${m.density ?? '-'}dpi`;
}

const count = (key: (d: ManifestDoc) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const d of manifest.documents) out[key(d)] = (out[key(d)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
};

const imageKinds = new Map<string, number>();
for (const d of manifest.documents) {
  checkTruth(d);
  const k = await checkImage(d);
  if (k) imageKinds.set(k, (imageKinds.get(k) ?? 0) + 1);
}
const byHouse = new Map<string, ManifestDoc[]>();
for (const d of manifest.documents) byHouse.set(d.household, [...(byHouse.get(d.household) ?? []), d]);
for (const [h, docs] of byHouse) for (let i = 1; i < docs.length; i++) if ((docs[i]?.arrival ?? '') <= (docs[i - 1]?.arrival ?? '')) err(h, 'arrival order');
const multi = [...byHouse.values()].filter((l) => l.length > 1).length;
const bytes = readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

console.log(JSON.stringify({
  documents: manifest.documents.length, households: byHouse.size, multiDocHouseholds: multi,
  multiShare: Math.round((multi / byHouse.size) * 100) / 100, bytes,
  type: count((d) => d.type), profile: count((d) => d.profile), sender: count((d) => d.sender),
  kind: count((d) => d.kind), layout: count((d) => d.layout), pages: count((d) => String(d.pages)),
  images: Object.fromEntries([...imageKinds].sort()),
}, null, 1));
if (errors.length > 0) { console.log(errors.slice(0, 60).join('\n')); console.log(`${errors.length} problem(s)`); process.exitCode = 1; }
else console.log('all checks passed');
