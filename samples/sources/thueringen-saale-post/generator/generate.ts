/**
 * Generator of the "thueringen-saale-post" sample set: synthetic eviction-related post reaching an invented
 * Fachstelle in Thüringen. Usage: node generate.js --seed 1 --out <dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { Rng, hashString } from './rng.js';
import { buildWorld, type DocPlan } from './world.js';
import { Ctx } from './common.js';
import { noticeTemplate } from './forms-notice.js';
import { summonsTemplate } from './forms-summons.js';
import { judgmentTemplate } from './forms-judgment.js';
import { evictionTemplate } from './forms-bailiff.js';
import { otherTemplate, coverPage } from './forms-letters.js';
import { pageText, type PageModel } from './sheet.js';
import { PROFILES, PROFILE_WEIGHTS, SINGLE_PAGE_ONLY, addOverlays, cleanupTmp, extensionFor, produce, type Profile } from './scan.js';
import { FIELD_NAMES, TYPE_FIELDS, type FieldName, type TruthFields } from './truth.js';
import { addDays, fmtDate, workday } from './fmt.js';
import type { FontSetName } from './data.js';

interface Built {
  d: DocPlan;
  pages: PageModel[];
  coverPages: number;
  fields: TruthFields;
  fieldPages: Partial<Record<FieldName, number>>;
  layout: string;
  sender: string;
}

const LETTER_FONTS: readonly FontSetName[] = ['libSans', 'dvSans', 'libSerif', 'narrow', 'dvCond', 'dvSerif'];
const BAILIFF_FONTS: Record<string, FontSetName> = { tabelle: 'libSans', brief: 'dvSerif', formblatt: 'dvSans', kurz: 'narrow', schreibmaschine: 'libSans' };

function fontFor(d: DocPlan): FontSetName {
  const c = d.hh.c;
  switch (d.type) {
    case 'court_notice': case 'hearing_summons': case 'judgment': return c.court.fontSet;
    case 'eviction_notice': return BAILIFF_FONTS[c.eviction.bailiff.form] ?? 'libSans';
    default:
      if (d.sub === 'darlehen' || d.sub === 'sozial' || d.sub === 'cover-only') return c.authority.kind === 'jc' ? 'libSans' : 'dvSans';
      return LETTER_FONTS[hashString(c.landlord.name) % LETTER_FONTS.length] as FontSetName;
  }
}

function forwardedText(d: DocPlan): string {
  const c = d.hh.c;
  switch (d.type) {
    case 'court_notice': return `die Mitteilung des Amtsgerichts ${c.court.town} vom ${fmtDate(d.letterDate, 'num')}`;
    case 'hearing_summons': return `die Terminsnachricht des Amtsgerichts ${c.court.town}`;
    case 'judgment': return `eine Abschrift der Entscheidung des Amtsgerichts ${c.court.town}`;
    case 'eviction_notice': return 'die Mitteilung der Gerichtsvollzieherin / des Gerichtsvollziehers über einen Räumungstermin';
    default: return 'ein Schreiben';
  }
}

function build(d: DocPlan, seed: number): Built {
  const rng = new Rng(hashString(`${seed}|${d.id}|doc`));
  const x = new Ctx(d, rng, fontFor(d));
  switch (d.type) {
    case 'court_notice': noticeTemplate(x); break;
    case 'hearing_summons': summonsTemplate(x); break;
    case 'judgment': judgmentTemplate(x); break;
    case 'eviction_notice': evictionTemplate(x); break;
    case 'other': otherTemplate(x); break;
  }
  const allowed = TYPE_FIELDS[d.type];
  for (const k of FIELD_NAMES) {
    if (x.f[k] !== null && !allowed.includes(k)) throw new Error(`${d.id}: field ${k} not allowed for ${d.type}`);
  }
  const fieldPages: Partial<Record<FieldName, number>> = {};
  for (const k of FIELD_NAMES) {
    if (x.f[k] === null) continue;
    const p = x.s.marks[k];
    if (p === undefined) throw new Error(`${d.id}: ${x.layout}: field ${k} set but never marked`);
    fieldPages[k] = p;
  }
  let pages = x.s.pages;
  let coverPages = 0;
  let layout = x.layout;
  let sender = x.sender;
  if (d.kind === 'with-cover') {
    const cov = coverPage(d, new Rng(hashString(`${seed}|${d.id}|cover`)), rng.pick(['sans', 'dvSans', 'serif'] as const), forwardedText(d), pages.length, false);
    pages = [...cov.sheet.pages, ...pages];
    coverPages = cov.sheet.pages.length;
    layout = `${cov.layout}+${layout}`;
    sender = `${cov.sender} / ${sender}`;
  }
  return { d, pages, coverPages, fields: x.f, fieldPages, layout, sender };
}

function assignProfiles(built: Built[], seed: number): Map<string, Profile> {
  const rng = new Rng(hashString(`${seed}|profiles`));
  const totalW = PROFILES.reduce((s, p) => s + PROFILE_WEIGHTS[p], 0);
  const target: Record<string, number> = {};
  let sum = 0;
  for (const p of PROFILES) { target[p] = Math.round((PROFILE_WEIGHTS[p] * built.length) / totalW); sum += target[p] as number; }
  target['text-pdf'] = (target['text-pdf'] as number) + built.length - sum;
  const count: Record<string, number> = Object.fromEntries(PROFILES.map((p) => [p, 0]));
  const out = new Map<string, Profile>();
  // constrained documents (single page) first would starve multi-page ones of nothing; go in a fixed shuffled order,
  // multi-page documents first so that the single-page-only profiles stay available for single pages
  const rank = (b: Built): number => (b.d.rescanOf ? 2 : b.pages.length > 1 ? 0 : 1);
  const order = rng.shuffle([...built]).sort((a, b) => rank(a) - rank(b));
  for (const b of order) {
    let allowed = PROFILES.filter((p) => b.pages.length === 1 || !SINGLE_PAGE_ONLY.includes(p));
    if (b.d.rescanOf) {
      const orig = out.get(b.d.rescanOf.id);
      allowed = allowed.filter((p) => p !== orig && p !== 'text-pdf');
    }
    let best: Profile = allowed[0] as Profile;
    let bestScore = -Infinity;
    for (const p of allowed) {
      const score = ((target[p] as number) - (count[p] as number)) / Math.max(1, target[p] as number) + rng.next() * 0.01;
      if (score > bestScore) { bestScore = score; best = p; }
    }
    out.set(b.d.id, best);
    count[best] = (count[best] as number) + 1;
  }
  return out;
}

function faxNumberFor(d: DocPlan): { number: string; sender: string } {
  const c = d.hh.c;
  if (d.kind === 'with-cover') return { number: c.authority.phone.replace(/-?\d+$/, '-199').replace(/^0/, '+49 '), sender: c.authority.name.split(',')[0]?.toUpperCase() ?? '' };
  if (d.type === 'eviction_notice') return { number: c.eviction.bailiff.phone.replace(/^0/, '+49 '), sender: `GV ${c.eviction.bailiff.name.toUpperCase()}` };
  if (d.type === 'other') return { number: c.landlord.phone.replace(/^0/, '+49 '), sender: (c.landlord.short ?? c.landlord.name).toUpperCase().slice(0, 28) };
  return { number: c.court.phone.replace(/-0$/, '-500').replace(/^0/, '+49 '), sender: `AG ${c.court.town.toUpperCase()}` };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (k: string, def: string): string => { const i = args.indexOf(k); return i >= 0 && args[i + 1] ? (args[i + 1] as string) : def; };
  const seed = Number(get('--seed', '1'));
  const outDir = get('--out', 'samples/sources/thueringen-saale-post/corpus');
  const t0 = Date.now();
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (/^s\d{3}\./.test(f) || f === 'manifest.json') fs.rmSync(path.join(outDir, f));

  const { docs } = buildWorld(seed);
  const built = new Map<string, Built>();
  for (const d of docs) {
    if (d.rescanOf) {
      const o = built.get(d.rescanOf.id);
      if (!o) throw new Error(`${d.id}: original not built`);
      built.set(d.id, { ...o, d });
    } else built.set(d.id, build(d, seed));
  }
  const list = docs.map((d) => built.get(d.id) as Built);
  const profiles = assignProfiles(list, seed);

  const manifestDocs: unknown[] = [];
  const results: { id: string; truth: unknown; file: string; buffer: Buffer }[] = [];
  const work = async (b: Built): Promise<void> => {
    const d = b.d;
    const profile = profiles.get(d.id) as Profile;
    const rng = new Rng(hashString(`${seed}|${d.id}|scan`));
    const scanned = profile !== 'text-pdf';
    const fax = profile === 'fax-tiff'
      ? { date: rng.chance(0.6) ? d.arrival : workday(addDays(d.arrival, -3)), time: `${String(rng.int(7, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`, ...faxNumberFor(d) }
      : null;
    const pages = scanned ? addOverlays(b.pages, d.arrival, { stamp: true, notePage: rng.chance(0.35) ? rng.int(0, b.pages.length - 1) : null, fax }, rng) : b.pages;
    const meta = { title: `${d.id}`, date: d.arrival, producer: d.type === 'other' ? 'Office-Druck 7.1' : 'Justiz-Druckdienst 4.2' };
    const prod = await produce(profile, pages, meta, rng);
    if (prod.pages !== pages.length) throw new Error(`${d.id}: page count ${prod.pages} != ${pages.length}`);
    const ext = extensionFor(profile, pages.length);
    const file = `${d.id}.${ext}`;
    const fields: Record<string, unknown> = {};
    for (const k of FIELD_NAMES) fields[k] = b.fields[k];
    const truth = {
      id: d.id, file, documentType: d.type, profile, layout: b.layout, pages: pages.length,
      fields, fieldPages: b.fieldPages, pageTexts: pages.map(pageText),
    };
    results.push({ id: d.id, truth, file, buffer: prod.buffer });
    manifestDocs.push({ id: d.id, file, truth: `${d.id}.truth.json`, type: d.type, layout: b.layout, profile, pages: pages.length, sender: b.sender, household: d.hh.id, kind: d.kind, arrival: d.arrival });
  };
  // two workers; each document has its own random stream, so order of completion does not matter
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const b = list[next++] as Built;
      await work(b);
    }
  };
  await Promise.all([worker(), worker()]);
  results.sort((a, b) => a.id.localeCompare(b.id));
  for (const r of results) {
    fs.writeFileSync(path.join(outDir, r.file), r.buffer);
    fs.writeFileSync(path.join(outDir, `${r.id}.truth.json`), `${JSON.stringify(r.truth, null, 2)}\n`);
  }
  (manifestDocs as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
  const manifest = {
    source: 'thueringen-saale-post',
    generator: 'samples/sources/thueringen-saale-post/generator/generate.ts',
    seed, count: manifestDocs.length, documents: manifestDocs,
  };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cleanupTmp();
  process.stdout.write(`wrote ${manifestDocs.length} documents to ${outDir} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((e: unknown) => {
  cleanupTmp();
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
