/** Validates the corpus: schema, truth values present in the printed text, no line off the page, files present. */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fieldsSchema, DOCUMENT_TYPES } from '../../../../src/core/extraction.schema.js';
import { plan } from './plan.js';
import { buildDoc } from './build.js';
import { MIN_MARGIN, type TextOp } from './page.js';
import { dateForms, moneyForms, timeForms } from './fmt.js';
import { abbrevStreet } from './common.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.resolve(here, '../../../../../samples/sources/suedwest-post');
const PROFILES = ['text-pdf', 'scan-300', 'fax-200', 'skew', 'rotated', 'photo', 'multi-page'];

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}
const U = (s: string) => s.toLocaleUpperCase('de');
const squash = (s: string) => U(s).replace(/\s+/g, '');

async function main(): Promise<void> {
  const dir = path.resolve(arg('dir', path.join(sourceDir, 'corpus')));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { seed: number; count: number; documents: Record<string, unknown>[] };
  const errors: string[] = [];
  const err = (id: string, m: string) => errors.push(`${id}: ${m}`);
  let lastArrival = '';
  const specs = plan(manifest.seed, manifest.count);
  if (specs.length !== manifest.documents.length) errors.push(`manifest has ${manifest.documents.length} documents, plan ${specs.length}`);

  for (const [i, doc] of manifest.documents.entries()) {
    const id = String(doc.id);
    for (const k of ['id', 'file', 'truth', 'type', 'layout', 'profile', 'pages', 'sender', 'household', 'kind', 'arrival']) if (doc[k] === undefined) err(id, `manifest entry lacks ${k}`);
    if (String(doc.arrival) < lastArrival) err(id, 'manifest not in arrival order');
    lastArrival = String(doc.arrival);
    const file = path.join(dir, String(doc.file));
    if (!fs.existsSync(file)) { err(id, 'file missing'); continue; }
    const truth = JSON.parse(fs.readFileSync(path.join(dir, String(doc.truth)), 'utf8')) as { id: string; file: string; documentType: string; profile: string; layout: string; pages: number; fields: Record<string, unknown>; fieldPages: Record<string, number>; pageTexts: string[] };
    if (truth.id !== id || truth.file !== doc.file) err(id, 'truth id/file mismatch');
    if (!(DOCUMENT_TYPES as readonly string[]).includes(truth.documentType) || truth.documentType !== doc.type) err(id, 'bad documentType');
    if (!PROFILES.includes(truth.profile)) err(id, 'bad profile');
    if (Object.keys(truth.fields).length !== 16) err(id, 'fields must have 16 keys');
    // The truth holds plain values; the schema checks them in extraction's shape.
    const asFound = Object.fromEntries(Object.entries(truth.fields).map(([k, value]) => [k, value === null ? null : { value, confidence: 1, page: truth.fieldPages[k] ?? 1, bbox: null }]));
    const parsed = fieldsSchema.safeParse(asFound);
    if (!parsed.success) err(id, `schema: ${parsed.error.message.slice(0, 300)}`);
    if (truth.pageTexts.length !== truth.pages || truth.pages !== doc.pages) err(id, 'page count mismatch');
    // page count of the file itself
    const ext = path.extname(file);
    let filePages = 1;
    if (ext === '.pdf') filePages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1] ?? 0);
    else filePages = (await sharp(file).metadata()).pages ?? 1;
    if (filePages !== truth.pages) err(id, `file has ${filePages} pages, truth ${truth.pages}`);
    if (truth.profile === 'multi-page' && truth.pages < 2) err(id, 'multi-page document with one page');

    // every value printed on the page the truth names
    const f = asFound as Record<string, { value: unknown; page: number } | null>;
    const pageText = (k: string): string => {
      const p = f[k]?.page ?? 1;
      const t = truth.pageTexts[p - 1];
      if (t === undefined) { err(id, `${k}: page ${p} out of range`); return ''; }
      return t;
    };
    const has = (k: string, needles: string[], label: string) => {
      const t = U(pageText(k));
      if (!needles.some((n) => t.includes(U(n)))) err(id, `${k}: ${label} not printed (${needles[0]})`);
    };
    const hasDate = (k: string, iso: string) => has(k, dateForms(iso), `date ${iso}`);
    const v = <T>(k: string) => (f[k] ? (f[k]?.value as T) : null);
    const court = v<string>('court'); if (court) has('court', [court], 'court');
    const fno = v<string>('fileNumber'); if (fno) { if (!squash(pageText('fileNumber')).includes(squash(fno))) err(id, `fileNumber ${fno} not printed`); if (/\s{2,}/.test(fno)) err(id, 'fileNumber not normalised'); }
    const rel = v<string[]>('relatedFileNumbers'); if (rel) for (const r of rel) if (!squash(pageText('relatedFileNumbers')).includes(squash(r))) err(id, `relatedFileNumber ${r} not printed`);
    const ten = v<{ name: string; birthDate: string | null }[]>('tenants');
    if (ten) for (const tn of ten) {
      for (const tok of tn.name.split(/\s+/)) has('tenants', [tok], `name part ${tok}`);
      if (/^(Herr|Frau|Herrn|Dr\.)\s/.test(tn.name)) err(id, 'tenant name carries a title');
      if (tn.birthDate) hasDate('tenants', tn.birthDate);
    }
    const adr = v<{ street: string; houseNumber: string; postalCode: string; city: string; addition: string | null }>('address');
    if (adr) {
      has('address', [adr.street, abbrevStreet(adr.street)], 'street');
      if (!squash(pageText('address')).includes(squash(adr.houseNumber))) err(id, `houseNumber ${adr.houseNumber} not printed`);
      if (/\s/.test(adr.houseNumber)) err(id, 'houseNumber has spaces');
      has('address', [`${adr.postalCode} ${adr.city}`], 'postal code + city');
      if (adr.addition) has('address', [adr.addition], 'addition');
      if (!PLZ_OK(adr.postalCode, adr.city)) err(id, `postal code ${adr.postalCode} does not belong to ${adr.city}`);
    }
    const ll = v<string>('landlord'); if (ll) { has('landlord', [ll], 'landlord'); if (/^(Herr|Frau)\s/.test(ll)) err(id, 'landlord with Herr/Frau'); }
    for (const k of ['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']) { const d = v<string>(k); if (d) hasDate(k, d); }
    for (const k of ['monthlyRent', 'arrears']) { const c = v<number>(k); if (c !== null) has(k, moneyForms(c), `amount ${c}`); }
    const hr = v<{ date: string; time: string | null; room: string | null }>('hearing');
    if (hr) { hasDate('hearing', hr.date); if (hr.time) has('hearing', timeForms(hr.time), 'time'); if (hr.room) has('hearing', [hr.room], 'room'); }
    const ev = v<{ date: string; time: string | null }>('evictionDate');
    if (ev) { hasDate('evictionDate', ev.date); if (ev.time) has('evictionDate', timeForms(ev.time), 'time'); }
    const jk = v<string>('judgmentKind');
    if (jk) has('judgmentKind', [jk === 'versaeumnisurteil' ? 'Versäumnisurteil' : jk === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil'], 'judgment kind');
    const ot = v<boolean>('ordinaryTermination');
    if (ot === true) has('ordinaryTermination', ['hilfsweise'], 'hilfsweise');
    if (ot === false) { has('ordinaryTermination', ['fristlos'], 'fristlos'); if (U(pageText('ordinaryTermination')).includes('HILFSWEISE')) err(id, 'false ordinaryTermination but "hilfsweise" printed'); }
    // type-specific expectations
    if (truth.documentType === 'judgment' && f.hearing) err(id, 'judgment must not carry a hearing');
    if (truth.documentType === 'eviction_notice' && (!f.evictionDate || !f.relatedFileNumbers)) err(id, 'eviction notice without eviction date / title');
    if (truth.documentType === 'court_notice' && (!f.claimReceived || !f.court)) err(id, 'court notice without claimReceived/court');

    // rebuild the page models: same printed text, and no line wider than the printable area
    const spec = specs[i];
    if (!spec || spec.id !== id) { err(id, 'plan/manifest mismatch'); continue; }
    const built = buildDoc(spec);
    const texts = built.pages.map((p) => p.lines.join('\n'));
    if (JSON.stringify(texts) !== JSON.stringify(truth.pageTexts)) err(id, 'pageTexts differ from the rebuilt document');
    built.pages.forEach((p, pi) => {
      for (const op of p.ops) {
        if (op.t !== 'text' || op.rot !== 0) continue;
        const t = op as TextOp;
        const s = t.runs.map((r) => r.s).join('');
        if (t.x < MIN_MARGIN - 0.5 || t.x + t.w > p.w - MIN_MARGIN + 0.5) err(id, `page ${pi + 1}: line runs off the printable area (x=${t.x.toFixed(1)}, w=${t.w.toFixed(1)}): ${s.slice(0, 60)}`);
      }
    });
  }
  const size = manifest.documents.reduce((a, d) => a + fs.statSync(path.join(dir, String(d.file))).size, 0);
  console.log(`${manifest.documents.length} documents, ${(size / 1e6).toFixed(1)} MB of document files`);
  if (errors.length) { console.log(errors.slice(0, 80).join('\n')); console.log(`${errors.length} errors`); process.exit(1); }
  console.log('0 errors');
}

import { COURTS } from './data.js';
function PLZ_OK(plz: string, city: string): boolean {
  return COURTS.some((c) => c.towns.some((t) => t.city === city && t.postal.includes(plz)));
}

main().catch((e) => { console.error(e); process.exit(1); });
