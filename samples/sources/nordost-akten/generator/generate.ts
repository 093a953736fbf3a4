/**
 * nordost-akten: a synthetic inbox of eviction-related post for an invented Fachstelle in
 * Berlin, Brandenburg, Mecklenburg-Vorpommern and Sachsen-Anhalt.
 *
 *   node dist/samples/sources/nordost-akten/generator/generate.js [--seed=1] [--out=DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COURTS } from './data.js';
import { makeCase, type CaseData } from './model.js';
import { Sheet } from './sheet.js';
import { Rng, addDays, workday, fmtDate, MONTHS_ABBR } from './util.js';
import { FIELD_KEYS, fam, type Fields } from './common.js';
import { renderNotice, renderSummons, renderJudgment } from './court.js';
import { renderEviction, renderTermination, renderReminder, renderJcLetter, renderSaLetter, renderCover } from './others.js';
import { degrade, EXT, MULTI_OK, SINGLE_OK, type Profile } from './degrade.js';
import { printed } from './match.js';
import type { Office } from './data.js';

type Sub = 'CN' | 'HS' | 'JU' | 'EN' | 'OT:term' | 'OT:rem' | 'OT:jc' | 'OT:sa';
const TYPE: Record<Sub, string> = { CN: 'court_notice', HS: 'hearing_summons', JU: 'judgment', EN: 'eviction_notice', 'OT:term': 'other', 'OT:rem': 'other', 'OT:jc': 'other', 'OT:sa': 'other' };

interface Plan {
  key: string;
  c: CaseData;
  sub: Sub;
  letterDate: string;
  arrival: string;
  cover: { office: Office; date: string } | null;
  kind: 'plain' | 'with-cover' | 'rescan';
  of: Plan | null;
  pages: number;
  profile: Profile | null;
  id: string;
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SEED = Number(args.seed ?? 1);
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../../..');
const OUT = path.resolve(args.out ?? path.join(ROOT, 'samples/sources/nordost-akten/corpus'));

function hash(s: string): number {
  let h = 2166136261 ^ SEED;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h >>> 0;
}

const MULTI: Sub[][] = [
  ...Array<Sub[]>(8).fill(['CN', 'HS']),
  ...Array<Sub[]>(5).fill(['OT:term', 'CN']),
  ...Array<Sub[]>(4).fill(['CN', 'HS', 'JU']),
  ...Array<Sub[]>(3).fill(['CN', 'HS', 'JU', 'EN']),
  ...Array<Sub[]>(3).fill(['JU', 'EN']),
  ...Array<Sub[]>(3).fill(['OT:rem', 'OT:term', 'CN']),
  ...Array<Sub[]>(3).fill(['CN', 'OT:jc']),
  ...Array<Sub[]>(3).fill(['EN', 'OT:sa']),
  ...Array<Sub[]>(2).fill(['OT:term', 'CN', 'HS']),
  ...Array<Sub[]>(2).fill(['CN', 'JU']),
  ...Array<Sub[]>(2).fill(['HS', 'EN']),
  ...Array<Sub[]>(2).fill(['CN', 'HS', 'EN']),
];
const SINGLES: [Sub, number][] = [['CN', 28], ['HS', 4], ['JU', 3], ['EN', 12], ['OT:term', 7], ['OT:rem', 3], ['OT:jc', 4], ['OT:sa', 2]];

function letterDate(c: CaseData, sub: Sub): string {
  switch (sub) {
    case 'CN': return c.noticeDate;
    case 'HS': return c.summonsDate;
    case 'JU': return c.judgment.date;
    case 'EN': return c.eviction.letterDate;
    case 'OT:term': return c.termination.date;
    case 'OT:rem': return c.reminder.date;
    case 'OT:jc': return c.jcLetterDate;
    case 'OT:sa': return c.saLetterDate;
  }
}

const FORWARDED: Record<string, string> = {
  CN: 'Mitteilung des Amtsgerichts über den Eingang einer Räumungsklage',
  HS: 'Terminsnachricht des Amtsgerichts',
  JU: 'Abschrift des Räumungsurteils',
  EN: 'Mitteilung der Gerichtsvollzieherin/des Gerichtsvollziehers über einen Räumungstermin',
};

function plan(rng: Rng): Plan[] {
  const groups: Sub[][] = [...MULTI.map((g) => [...g])];
  for (const [s, n] of SINGLES) for (let i = 0; i < n; i++) groups.push([s]);
  rng.shuffle(groups);
  const courts = rng.shuffle([...COURTS]);
  const plans: Plan[] = [];
  groups.forEach((g, i) => {
    const court = courts[i % courts.length]!;
    const c = makeCase(rng.fork(i), i + 1, court, '2024-10-07', 290);
    if (g.includes('HS')) c.hearingInNotice = false;
    for (const sub of g) {
      const ld = letterDate(c, sub);
      const lag = sub === 'JU' ? rng.int(6, 20) : sub.startsWith('OT:t') || sub === 'OT:rem' ? rng.int(3, 14) : rng.int(2, 5);
      plans.push({ key: `${c.hh}-${sub}`, c, sub, letterDate: ld, arrival: workday(addDays(ld, lag)), cover: null, kind: 'plain', of: null, pages: 0, profile: null, id: '' });
    }
  });
  // cover letters: 20 notices, 5 eviction notices, 3 summonses, 2 judgments
  for (const [sub, n] of [['CN', 20], ['EN', 5], ['HS', 3], ['JU', 2]] as [Sub, number][]) {
    const cands = rng.shuffle(plans.filter((p) => p.sub === sub));
    for (const p of cands.slice(0, n)) {
      const office = p.sub === 'EN' && rng.chance(0.6) ? p.c.court.sozialamt : p.c.office;
      const date = workday(addDays(p.letterDate, rng.int(3, 9)));
      p.cover = { office, date };
      p.kind = 'with-cover';
      p.arrival = workday(addDays(date, rng.int(1, 3)));
    }
  }
  // rescans of five earlier documents
  const pool = rng.shuffle(plans.filter((p) => p.sub !== 'OT:sa'));
  const picked: Plan[] = [];
  for (const want of ['CN', 'EN', 'HS', 'OT:term', 'CN'] as Sub[]) {
    const p = pool.find((q) => q.sub === want && !picked.includes(q));
    if (p) picked.push(p);
  }
  for (const p of picked) plans.push({ ...p, key: `${p.key}-rescan`, kind: 'rescan', of: p, arrival: workday(addDays(p.arrival, rng.int(4, 25))) });
  plans.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.key < b.key ? -1 : 1));
  plans.forEach((p, i) => (p.id = `n${String(i + 1).padStart(3, '0')}`));
  return plans;
}

function senderOf(p: Plan): { sender: string; layout: string } {
  const c = p.c;
  const ck = c.court.key;
  switch (p.sub) {
    case 'CN': return { sender: c.court.name, layout: `${ck}/notice-${c.court.notice}` };
    case 'HS': return { sender: c.court.name, layout: `${ck}/summons-${c.court.summons}` };
    case 'JU': return { sender: c.court.name, layout: `${ck}/judgment-${c.court.judgment}` };
    case 'EN': return { sender: `${c.bailiff.title} ${c.bailiff.name}`, layout: `${c.bailiff.key}/${c.bailiff.design}` };
    case 'OT:term':
      if (c.termination.byLawyer && c.lawyer) return { sender: c.lawyer.firm, layout: `ra-${c.lawyer.key}/termination` };
      return { sender: c.landlord.name, layout: `ll-${c.landlord.key}/termination-${c.landlord.design}` };
    case 'OT:rem': return { sender: c.landlord.name, layout: `ll-${c.landlord.key}/reminder-${c.landlord.design}` };
    case 'OT:jc': return { sender: c.office.name, layout: `${c.office.key}/arrears-letter-${c.office.design}` };
    case 'OT:sa': return { sender: c.court.sozialamt.name, layout: `${c.court.sozialamt.key}/eviction-alert-${c.court.sozialamt.design}` };
  }
}

interface Extras { stamp: boolean; fax: string | null; arrival: string }

async function build(p: Plan, ex: Extras | null): Promise<{ pdf: Buffer; texts: string[]; fields: Fields; start: number }> {
  const base = p.of ?? p;
  const rng = new Rng(hash(base.key));
  const date = new Date(`${base.cover?.date ?? base.letterDate}T09:${String(hash(base.key) % 60).padStart(2, '0')}:00Z`);
  const sh = new Sheet(fam('sans'), { title: 'Schreiben', author: senderOf(base).sender, creator: 'Fachverfahren Druckausgabe', date });
  let start = 0;
  if (base.cover) {
    renderCover(sh, base.c, rng.fork(7), base.cover.office, base.cover.date, FORWARDED[base.sub]!, base.letterDate);
    sh.newPage();
    start = 1;
  }
  const r = rng.fork(1);
  let fields: Fields;
  switch (base.sub) {
    case 'CN': fields = renderNotice(sh, base.c, r); break;
    case 'HS': fields = renderSummons(sh, base.c, r); break;
    case 'JU': fields = renderJudgment(sh, base.c, r); break;
    case 'EN': fields = renderEviction(sh, base.c, r); break;
    case 'OT:term': fields = renderTermination(sh, base.c, r); break;
    case 'OT:rem': fields = renderReminder(sh, base.c, r); break;
    case 'OT:jc': fields = renderJcLetter(sh, base.c, r); break;
    case 'OT:sa': fields = renderSaLetter(sh, base.c, r); break;
  }
  if (ex) {
    const er = new Rng(hash(`${p.key}-extras`));
    const n = sh.pageCount;
    if (ex.fax) {
      const t = `${String(er.int(7, 15)).padStart(2, '0')}:${String(er.int(0, 59)).padStart(2, '0')}`;
      for (let i = 0; i < n; i++) {
        sh.goto(i);
        sh.t(8, 3.2, `${fmtDate(addDays(ex.arrival, -1), 'dmy2')} ${t}   ${ex.fax}   S. ${String(i + 1).padStart(2, '0')}/${String(n).padStart(2, '0')}`, { size: 7.5, font: 'lmono' });
      }
    }
    if (ex.stamp) {
      sh.goto(0);
      const ang = er.int(-9, 7);
      const x = er.int(128, 150);
      const y = er.int(30, 38);
      sh.opacity(0.75);
      const a = ex.arrival;
      const d = new Date(`${a}T00:00:00Z`);
      const m = MONTHS_ABBR[d.getUTCMonth()]!.replace('.', '').toUpperCase().slice(0, 3);
      sh.rotText(x, y, ang, 'EINGEGANGEN', { size: 10, bold: true, color: '#b02020', font: 'sansB' });
      sh.rotText(x + 2, y + 5.5, ang, `${d.getUTCDate()}. ${m}. ${d.getUTCFullYear()}`, { size: 11, bold: true, color: '#b02020', font: 'monoB' });
      sh.rotText(x, y + 11, ang, 'Fachstelle Wohnraumsicherung', { size: 6.5, color: '#b02020', font: 'sans' });
      sh.opacity(1);
    }
  }
  const texts = sh.pageTexts();
  const pdf = await sh.finish();
  return { pdf, texts, fields, start };
}

function faxLine(p: Plan): string {
  const base = p.of ?? p;
  if (base.cover) return `${base.cover.office.phone}  ${base.cover.office.name}`;
  if (base.sub === 'EN') return `${base.c.bailiff.phone}  GV ${base.c.bailiff.name}`;
  if (base.sub.startsWith('OT')) return `${base.c.office.phone}  ${base.c.office.name}`;
  return `${base.c.court.fax}  ${base.c.court.name}`;
}

const QUOTA: [Profile, number][] = [
  ['text-pdf', 55], ['scan-300-jpeg', 16], ['scan-300-png', 9], ['fax-200-tiff-g4', 18], ['skewed-jpeg', 8], ['skewed-pdf', 6],
  ['rotated-png', 6], ['rotated-pdf', 4], ['phone-photo-jpeg', 11], ['image-pdf', 15], ['tiff-multipage', 12],
];

function assignProfiles(plans: Plan[], rng: Rng): void {
  const orig = plans.filter((p) => p.kind !== 'rescan');
  const left = new Map(QUOTA);
  const take = (p: Plan, pr: Profile) => {
    p.profile = pr;
    left.set(pr, left.get(pr)! - 1);
  };
  const multi = rng.shuffle(orig.filter((p) => p.pages > 1));
  const single = rng.shuffle(orig.filter((p) => p.pages === 1));
  for (const pr of ['tiff-multipage', 'skewed-pdf', 'rotated-pdf'] as Profile[]) for (const p of multi.filter((q) => !q.profile)) if (left.get(pr)! > 0) take(p, pr);
  for (const pr of ['scan-300-jpeg', 'scan-300-png', 'skewed-jpeg', 'rotated-png', 'phone-photo-jpeg'] as Profile[]) for (const p of single.filter((q) => !q.profile)) if (left.get(pr)! > 0) take(p, pr);
  const rest = rng.shuffle(orig.filter((q) => !q.profile));
  const pool: Profile[] = [];
  for (const [pr, n] of left) for (let i = 0; i < n; i++) pool.push(pr);
  rng.shuffle(pool);
  for (const p of rest) {
    const i = pool.findIndex((pr) => (p.pages > 1 ? MULTI_OK[pr] : SINGLE_OK[pr]));
    const pr = i >= 0 ? pool.splice(i, 1)[0]! : 'text-pdf';
    p.profile = pr;
  }
  for (const p of plans.filter((q) => q.kind === 'rescan')) {
    const cands: Profile[] = (p.pages > 1 ? ['fax-200-tiff-g4', 'image-pdf', 'skewed-pdf'] : ['phone-photo-jpeg', 'fax-200-tiff-g4', 'scan-300-jpeg', 'skewed-jpeg']) as Profile[];
    p.profile = rng.pick(cands.filter((c) => c !== p.of!.profile));
  }
}

async function main(): Promise<void> {
  const rng = new Rng(SEED);
  const plans = plan(rng);
  // first pass: page counts
  const errs: string[] = [];
  for (const p of plans) {
    const b = await build(p, null);
    p.pages = b.texts.length;
    for (const k of FIELD_KEYS) {
      const v = b.fields[k];
      if (v !== null && !b.texts.slice(b.start).some((t) => printed(k, v, t))) errs.push(`${p.key}: ${k} not printed: ${JSON.stringify(v)}`);
    }
  }
  if (errs.length) {
    console.error(errs.join('\n'));
    process.exit(1);
  }
  if (args.plan) return;
  assignProfiles(plans, rng.fork(99));
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nordost-akten-'));
  const manifest: Record<string, unknown>[] = [];
  for (const p of plans) {
    const profile = p.profile!;
    const scanned = profile !== 'text-pdf';
    const ex: Extras | null = scanned ? { stamp: new Rng(hash(p.key + 's')).chance(0.75), fax: profile === 'fax-200-tiff-g4' ? faxLine(p) : null, arrival: p.arrival } : null;
    const b = await build(p, ex);
    const file = `${p.id}.${EXT[profile]}`;
    const bytes = scanned ? await degrade(b.pdf, profile, new Rng(hash(p.key + 'd')), tmp, new Date(`${p.arrival}T08:00:00Z`)) : b.pdf;
    fs.writeFileSync(path.join(OUT, file), bytes);
    const fieldPages: Record<string, number> = {};
    for (const k of FIELD_KEYS) {
      const v = b.fields[k];
      if (v === null) continue;
      let pg = -1;
      for (let i = b.start; i < b.texts.length; i++) if (printed(k, v, b.texts[i]!)) { pg = i + 1; break; }
      if (pg < 0) throw new Error(`${p.id} ${p.key}: ${k} not printed: ${JSON.stringify(v)}`);
      fieldPages[k] = pg;
    }
    const { sender, layout } = senderOf(p);
    const truth = { id: p.id, file, documentType: TYPE[p.sub], profile, layout, pages: b.texts.length, fields: b.fields, fieldPages, pageTexts: b.texts };
    fs.writeFileSync(path.join(OUT, `${p.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    const base = p.of ?? p;
    manifest.push({
      id: p.id, file, truth: `${p.id}.truth.json`, type: TYPE[p.sub], layout, profile, pages: b.texts.length, sender, household: p.c.hh, kind: p.kind,
      arrival: p.arrival,
      ...(base.cover ? { coverSender: base.cover.office.name, coverLayout: `${base.cover.office.key}/cover-${base.cover.office.design}` } : {}),
      ...(p.of ? { rescanOf: p.of.id } : {}),
    });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const out = { source: 'nordost-akten', generator: 'samples/sources/nordost-akten/generator/generate.ts', seed: SEED, count: manifest.length, documents: manifest };
  fs.writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`nordost-akten: ${manifest.length} documents written to ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
