/**
 * isar-main-post: synthetic eviction-related post for an invented Bavarian prevention service.
 * Usage: node dist/samples/sources/isar-main-post/generator/generate.js --seed 1 --out samples/sources/isar-main-post/corpus
 */
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { Rng, addDays, fmtDate, workday, MONTHS } from './util.js';
import { makeHousehold, type Household } from './model.js';
import { courtNotice, hearingSummons, judgment, evictionNotice, termination, reminder, authorityLetter, coverLetter, type Built, type Fields } from './layouts.js';
import { renderProfile, textWidth, PROFILE_EXT, type PageModel, type Profile, type Op, type FieldKey } from './render.js';
import { FACHSTELLE, COURTS } from './data.js';

type Step = 'notice' | 'summons' | 'judgment' | 'eviction' | 'termination' | 'reminder' | 'jc' | 'soz' | 'coverOnly' | 'rescan';
type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
const STEP_TYPE: Record<Exclude<Step, 'rescan'>, DocType> = { notice: 'court_notice', summons: 'hearing_summons', judgment: 'judgment', eviction: 'eviction_notice', termination: 'other', reminder: 'other', jc: 'other', soz: 'other', coverOnly: 'other' };

interface Plan {
  hh: Household;
  step: Exclude<Step, 'rescan'>;
  type: DocType;
  letterDate: string;
  arrival: string;
  kind: 'plain' | 'with-cover' | 'rescan';
  cover: 'jc' | 'soz' | null;
  coverDate: string | null;
  rescanOf: Plan | null;
  profile: Profile;
  rng: Rng;
  built?: Built;
  id?: string;
}

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}

const PROFILE_WEIGHTS: [Profile, number][] = [
  ['text-pdf', 35], ['gray-jpeg-300', 9], ['bilevel-png-300', 8], ['fax-g4-tiff-200', 11], ['skewed-scan', 9], ['rotated-scan', 7], ['phone-photo', 7], ['image-pdf', 8], ['gray-tiff', 6],
];
function pickProfile(rng: Rng, exclude: Profile[] = []): Profile {
  const list = PROFILE_WEIGHTS.filter(([p]) => !exclude.includes(p));
  const tot = list.reduce((a, [, w]) => a + w, 0);
  let r = rng.next() * tot;
  for (const [p, w] of list) {
    r -= w;
    if (r < 0) return p;
  }
  return (list[list.length - 1] as [Profile, number])[0];
}

function letterDateFor(h: Household, s: Exclude<Step, 'rescan'>): string {
  switch (s) {
    case 'notice':
      return h.noticeDate;
    case 'summons':
      return h.summonsDate;
    case 'judgment':
      return workday(addDays(h.judgment.date, 4));
    case 'eviction':
      return h.eviction.letterDate;
    case 'termination':
      return h.termination.date;
    case 'reminder':
      return h.reminderDate;
    case 'jc':
    case 'soz':
      return h.jcDate;
    case 'coverOnly':
      return workday(addDays(h.noticeDate, 5));
  }
}

function buildPlans(seed: number): Plan[] {
  const rng = new Rng(seed);
  const stories: Step[][] = [];
  const add = (n: number, s: Step[]): void => {
    for (let i = 0; i < n; i++) stories.push(s);
  };
  add(8, ['notice', 'summons']);
  add(6, ['notice', 'summons', 'judgment', 'eviction']);
  add(5, ['notice', 'judgment', 'eviction']);
  add(5, ['termination', 'notice', 'summons']);
  add(6, ['notice', 'rescan']);
  add(3, ['reminder', 'termination']);
  add(3, ['judgment', 'eviction', 'rescan']);
  add(25, ['notice']);
  add(6, ['summons']);
  add(8, ['eviction']);
  add(1, ['judgment']);
  add(9, ['termination']);
  add(4, ['reminder']);
  add(5, ['jc']);
  add(4, ['soz']);
  add(3, ['coverOnly']);
  rng.shuffle(stories);
  const plans: Plan[] = [];
  stories.forEach((story, i) => {
    const hh = makeHousehold(rng.fork(i * 7919 + 13), i, i < COURTS.length ? COURTS[i]?.key : undefined);
    let prev: Plan | null = null;
    for (const s of story) {
      if (s === 'rescan') {
        const o = prev as Plan;
        const p: Plan = { ...o, kind: 'rescan', rescanOf: o, arrival: addDays(o.arrival, rng.int(1, 12)), profile: pickProfile(rng, ['text-pdf', o.profile]), rng: rng.fork(plans.length + 1) };
        plans.push(p);
        continue;
      }
      const letterDate = letterDateFor(hh, s);
      const p: Plan = { hh, step: s, type: STEP_TYPE[s], letterDate, arrival: addDays(letterDate, rng.int(2, 5)), kind: 'plain', cover: null, coverDate: null, rescanOf: null, profile: pickProfile(rng), rng: rng.fork(plans.length + 1) };
      plans.push(p);
      prev = p;
    }
  });
  // cover letters: ~30 court/bailiff documents arrive behind a Jobcenter/Sozialamt letter
  const originals = new Set(plans.filter((p) => p.rescanOf).map((p) => p.rescanOf));
  const quota: Record<string, number> = { notice: 20, summons: 5, judgment: 3, eviction: 2 };
  const cands = rng.shuffle(plans.filter((p) => p.kind === 'plain' && !originals.has(p) && p.step in quota));
  for (const p of cands) {
    if ((quota[p.step] ?? 0) <= 0) continue;
    quota[p.step] = (quota[p.step] ?? 0) - 1;
    p.kind = 'with-cover';
    p.cover = rng.chance(0.55) ? 'jc' : 'soz';
    p.coverDate = workday(addDays(p.letterDate, rng.int(2, 6)));
    p.arrival = addDays(p.coverDate, rng.int(1, 3));
  }
  plans.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.hh.idx - b.hh.idx || (a.kind === 'rescan' ? 1 : 0) - (b.kind === 'rescan' ? 1 : 0)));
  plans.forEach((p, i) => (p.id = `i${String(i + 1).padStart(3, '0')}`));
  return plans;
}

const FORWARDED: Record<string, string> = {
  notice: 'die Mitteilung des Amtsgerichts über eine Räumungsklage',
  summons: 'die Terminsmitteilung des Amtsgerichts',
  judgment: 'eine Abschrift des Räumungsurteils',
  eviction: 'die Mitteilung des Gerichtsvollziehers über den Räumungstermin',
};

function build(p: Plan): Built {
  const r = p.rng.fork(17);
  const toFs = r.chance(0.3) && p.kind !== 'with-cover';
  switch (p.step) {
    case 'notice':
      return courtNotice(p.hh, r, toFs);
    case 'summons':
      return hearingSummons(p.hh, r, toFs);
    case 'judgment':
      return judgment(p.hh, r);
    case 'eviction':
      return evictionNotice(p.hh, r);
    case 'termination':
      return termination(p.hh, r);
    case 'reminder':
      return reminder(p.hh, r);
    case 'jc':
      return authorityLetter(p.hh, r, 'jc');
    case 'soz':
      return authorityLetter(p.hh, r, 'soz');
    case 'coverOnly': {
      const c = coverLetter(p.hh, r, r.chance(0.5) ? 'jc' : 'soz', 'die Mitteilung des Amtsgerichts nach § 22 Abs. 9 SGB II', p.letterDate, false);
      return { pages: c.pages, fields: c.fields, fieldPages: c.fieldPages, layout: 'other/cover-without-enclosure', sender: c.sender };
    }
  }
}

// ---------- stamps, fax headers, notes ----------
function textBoxes(page: PageModel): [number, number, number, number][] {
  return page.ops.filter((o): o is Extract<Op, { k: 't' }> => o.k === 't').map((o) => [o.x, o.y, o.x + o.w, o.y + o.z * 1.25]);
}
function freeSpot(page: PageModel, w: number, h: number, cands: [number, number][]): [number, number] {
  const boxes = textBoxes(page);
  let best = cands[0] as [number, number];
  let bestO = Infinity;
  for (const [x, y] of cands) {
    let o = 0;
    for (const [a, b, c, d] of boxes) {
      const ox = Math.max(0, Math.min(x + w, c) - Math.max(x, a));
      const oy = Math.max(0, Math.min(y + h, d) - Math.max(y, b));
      o += ox * oy;
    }
    if (o < bestO) {
      bestO = o;
      best = [x, y];
    }
  }
  return best;
}
function addStamp(page: PageModel, rng: Rng, date: string): void {
  const v = rng.int(0, 2);
  const lines = v === 0 ? ['EINGEGANGEN', fmtDate(date, 'dmy'), FACHSTELLE.short] : v === 1 ? [FACHSTELLE.name, `Eing. ${fmtDate(date, 'dmyShort')}`] : ['Eingang', `${date.slice(8)}. ${MONTHS[Number(date.slice(5, 7)) - 1]?.slice(0, 3).toUpperCase()} ${date.slice(0, 4)}`, `${FACHSTELLE.short} – Prävention`];
  const w = Math.max(150, ...lines.map((l, i) => textWidth(l, i === 1 ? 'monoB' : 'sansB', i === 1 ? 11 : 9.5))) + 16;
  const h = lines.length * 14 + 10;
  const [x, y] = freeSpot(page, w, h, [[548 - w, 190], [548 - w, 36], [548 - w, 250], [548 - w, 760 - h], [70, 770 - h], [330, 420], [200, 36]]);
  const color = rng.pick(['#b3242b', '#27449a', '#6a2a8f']);
  page.ops.push({ k: 'r', x, y, w, h, lw: 1.6, color, fill: null });
  lines.forEach((l, i) => {
    page.ops.push({ k: 't', x: x + 8, y: y + 6 + i * 14, s: l, f: i === 1 ? 'monoB' : 'sansB', z: i === 1 ? 11 : 9.5, color, rot: 0, w: 0 });
    page.lines.push(l);
  });
}
const NOTES = ['z. K. Team Süd', 'eilt!', 'HB anbieten', 'Akte angelegt', 'tel. nicht erreicht', 'bitte an Fr. Gruber', 'WV 2 Wo.', 'schon bekannt?', 'Hausbesuch!', 'Kopie JC'];
function addNote(page: PageModel, rng: Rng): void {
  const n = rng.pick(NOTES);
  const [x, y] = freeSpot(page, 150, 26, [[380, 300], [80, 780], [370, 700], [380, 470], [90, 214]]);
  page.ops.push({ k: 't', x, y, s: n, f: 'hand', z: 14, color: '#1b2f8c', rot: rng.int(-5, 4), w: 0 });
  page.lines.push(n);
}
function addFaxHeaders(pages: PageModel[], rng: Rng, date: string, from: string): void {
  const t = `${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const no = rng.pick(['+49 89 1554 207', '0911 23790 118', '+49 821 44 0910', '0941 78 200 56', '+49 931 30 555 1']);
  pages.forEach((pg, i) => {
    const s = `${fmtDate(date, 'dmy')} ${t}   FAX ${no}   ${from}   S. ${String(i + 1).padStart(2, '0')}/${String(pages.length).padStart(2, '0')}`;
    pg.ops.push({ k: 't', x: 30, y: 12, s, f: 'mono', z: 7.5, color: '#111', rot: 0, w: 0 });
    pg.lines.unshift(s);
  });
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  const worker = async (): Promise<void> => {
    while (i < items.length) {
      const it = items[i++] as T;
      await fn(it);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
}

function clonePages(pages: PageModel[]): PageModel[] {
  return pages.map((p) => ({ ops: p.ops.map((o) => ({ ...o })), lines: [...p.lines] }));
}

async function main(): Promise<void> {
  const seed = Number(arg('seed', '1'));
  const out = arg('out', 'samples/sources/isar-main-post/corpus');
  const t0 = Date.now();
  sharp.concurrency(1);
  sharp.cache(false);
  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const plans = buildPlans(seed);
  // lay out documents (rescans share their original's layout and stamp)
  const pagesOf = new Map<Plan, PageModel[]>();
  for (const p of plans) {
    if (p.rescanOf) continue;
    const b = build(p);
    p.built = b;
    let pages = clonePages(b.pages);
    if (p.kind === 'with-cover' && p.cover && p.coverDate) {
      const c = coverLetter(p.hh, p.rng.fork(5), p.cover, FORWARDED[p.step] ?? 'ein Schreiben', p.coverDate, true);
      pages = [...c.pages, ...pages];
      b.sender = `${c.sender} (Weiterleitung: ${b.sender})`;
    }
    if ((p.profile === 'gray-jpeg-300' || p.profile === 'bilevel-png-300') && pages.length > 1) p.profile = p.rng.pick<Profile>(['fax-g4-tiff-200', 'image-pdf', 'gray-tiff', 'skewed-scan']);
    if (p.profile !== 'text-pdf') {
      addStamp(pages[0] as PageModel, p.rng.fork(3), p.arrival);
      if (p.rng.chance(0.3)) addNote(pages[0] as PageModel, p.rng.fork(4));
    }
    pagesOf.set(p, pages);
  }
  for (const p of plans) {
    if (!p.rescanOf) continue;
    const o = p.rescanOf;
    p.built = o.built;
    const pages = clonePages(pagesOf.get(o) as PageModel[]);
    if (o.profile === 'text-pdf') addStamp(pages[0] as PageModel, p.rng.fork(3), p.arrival);
    if ((p.profile === 'gray-jpeg-300' || p.profile === 'bilevel-png-300') && pages.length > 1) p.profile = p.rng.pick<Profile>(['fax-g4-tiff-200', 'image-pdf', 'gray-tiff']);
    if (p.rng.chance(0.5)) addNote(pages[0] as PageModel, p.rng.fork(4));
    pagesOf.set(p, pages);
  }
  for (const p of plans) {
    if (p.profile === 'fax-g4-tiff-200') {
      const pages = pagesOf.get(p) as PageModel[];
      // drop an inherited fax header from the original (rescans are fresh scans)
      for (const pg of pages) {
        const idx = pg.ops.findIndex((o) => o.k === 't' && o.f === 'mono' && o.y === 12);
        if (idx >= 0) {
          const s = (pg.ops[idx] as Extract<Op, { k: 't' }>).s;
          pg.ops.splice(idx, 1);
          pg.lines.splice(pg.lines.indexOf(s), 1);
        }
      }
      addFaxHeaders(pages, p.rng.fork(6), addDays(p.arrival, -1), p.cover ? (p.cover === 'jc' ? p.hh.auth.jobcenter : p.hh.auth.social) : (p.built as Built).sender.split(' (')[0] ?? '');
    }
  }
  const manifest: Record<string, unknown>[] = [];
  await pool(plans, 2, async (p) => {
    const b = p.built as Built;
    const pages = pagesOf.get(p) as PageModel[];
    const ext = PROFILE_EXT[p.profile](pages.length);
    const { buf } = await renderProfile(pages, p.profile, p.rng.fork(9), `Dokument ${p.id}`, b.sender);
    const file = `${p.id}.${ext}`;
    writeFileSync(join(out, file), buf);
    const truth = {
      id: p.id,
      file,
      documentType: p.type,
      profile: p.profile,
      layout: b.layout,
      pages: pages.length,
      fields: b.fields as Fields,
      fieldPages: Object.fromEntries(Object.entries(b.fieldPages).filter(([k]) => (b.fields as Record<string, unknown>)[k] !== null)) as Partial<Record<FieldKey, number>>,
      pageTexts: pages.map((pg) => pg.lines.join('\n')),
    };
    writeFileSync(join(out, `${p.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
  });
  for (const p of plans) {
    const b = p.built as Built;
    const pages = pagesOf.get(p) as PageModel[];
    manifest.push({ id: p.id, file: `${p.id}.${PROFILE_EXT[p.profile](pages.length)}`, truth: `${p.id}.truth.json`, type: p.type, layout: b.layout, profile: p.profile, pages: pages.length, sender: b.sender, household: p.hh.id, kind: p.kind, arrival: p.arrival });
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ source: 'isar-main-post', generator: 'samples/sources/isar-main-post/generator/generate.ts', seed, count: plans.length, documents: manifest }, null, 2)}\n`);
  process.stderr.write(`generated ${plans.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
