// mittelland-post: deterministic generator of a synthetic inbox of eviction-related post.
// Usage: node dist/samples/sources/mittelland-post/generator/generate.js [--seed 1] [--out DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Doc, mm, PW } from './render.js';
import { addDays, endOfMonth, fieldOnText, FIELD_KEYS, fmtDate, hashSeed, mulberry32, workday, type Fields, type Rng } from './lib.js';
import { BAILIFFS, COURTS, LANDLORDS, LAWYERS, NAME_POOLS, POOL_WEIGHTS, STREETS, ADDITIONS, FACHSTELLE, type Court } from './data.js';
import type { Case, JudgmentKind, Person } from './model.js';
import { hearingForm, judgmentForm, noticeForm } from './forms-court.js';
import { agencyLetterForm, coverOnlyForm, coverPage, evictionForm, reminderForm, terminationForm } from './forms-other.js';
import type { FormCtx, FormFn } from './common.js';
import { degrade, extFor, type Profile } from './degrade.js';

type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
type OtherKind = 'termination' | 'termination-lawyer' | 'reminder' | 'agency-letter' | 'cover-only';
type Kind = 'plain' | 'with-cover' | 'rescan';
type PlanDoc = {
  hh: number; type: DocType; other?: OtherKind; kind: Kind; profile?: Profile; letterDate: string; arrival: string;
  contentSeed: number; rescanOf?: PlanDoc; toFachstelle: boolean; coverDate?: string; id?: string;
};

const args = process.argv.slice(2);
const argOf = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const SEED = Number(argOf('--seed') ?? 1);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO = path.resolve(HERE, '../../../../..');
const OUT = path.resolve(argOf('--out') ?? path.join(REPO, 'samples/sources/mittelland-post/corpus'));

const rng = mulberry32(SEED);

function weighted<T>(r: Rng, items: [T, number][]): T {
  const tot = items.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * tot;
  for (const [v, w] of items) { x -= w; if (x < 0) return v; }
  return (items[items.length - 1] as [T, number])[0];
}

function isoRand(r: Rng, from: string, days: number): string { return addDays(from, r.int(0, days)); }

function makePerson(r: Rng, pool: string, sex: 'm' | 'f', family?: string): Person {
  const P = NAME_POOLS[pool] ?? NAME_POOLS.german!;
  return { given: r.pick(sex === 'm' ? P.given.m : P.given.f), family: family ?? r.pick(P.family), birth: isoRand(r, '1948-01-01', 365 * 54), sex };
}

function makeCase(i: number, court: Court, r: Rng): Case {
  const town = court.towns.length > 1 && r.chance(0.3) ? r.pick(court.towns.slice(1)) : (court.towns[0] as Court['towns'][number]);
  const pool = weighted(r, POOL_WEIGHTS);
  const nT = weighted(r, [[1, 55], [2, 36], [3, 9]] as [number, number][]);
  const first = makePerson(r, pool, r.chance(0.55) ? 'f' : 'm');
  const tenants: Person[] = [first];
  if (nT >= 2) {
    const same = r.chance(0.65);
    const other = makePerson(r, same ? pool : weighted(r, POOL_WEIGHTS), first.sex === 'f' ? 'm' : 'f', same ? first.family : undefined);
    other.birth = addDays(first.birth, r.int(-3000, 3000));
    tenants.push(other);
  }
  if (nT === 3) { const kid = makePerson(r, pool, r.chance(0.5) ? 'f' : 'm', first.family); kid.birth = addDays(first.birth, r.int(7300, 9500)); tenants.push(kid); }
  const landlords = LANDLORDS.filter((l) => l.courts.includes(court.key));
  const landlord = r.pick(landlords);
  const lawyers = LAWYERS.filter((l) => l.courts.includes(court.key));
  const lawyer = lawyers.length && r.chance(0.5) ? r.pick(lawyers) : null;
  const rent = r.chance(0.45) ? r.int(380, 1150) * 100 : r.int(38000, 115000);
  const arrears = rent * r.int(2, 5) + (r.chance(0.6) ? r.int(1000, rent) : 0);
  const claimReceived = workday(isoRand(r, '2024-12-02', 250));
  const termDate = workday(addDays(claimReceived, -r.int(25, 70)));
  const served = workday(addDays(claimReceived, r.int(8, 25)));
  const hearingDate = workday(addDays(claimReceived, r.int(38, 80)));
  const kind = weighted(r, [['versaeumnisurteil', 50], ['raeumungsurteil', 35], ['anerkenntnisurteil', 15]] as [JudgmentKind, number][]);
  const written = kind === 'versaeumnisurteil' && r.chance(0.6);
  const jDate = written ? workday(addDays(served, r.int(18, 35))) : r.chance(0.6) ? hearingDate : workday(addDays(hearingDate, r.int(14, 21)));
  const vacate = (kind === 'raeumungsurteil' && r.chance(0.5)) || (kind === 'anerkenntnisurteil' && r.chance(0.4)) ? endOfMonth(jDate, r.int(2, 4)) : null;
  const evLetter = workday(addDays(vacate ?? jDate, r.int(vacate ? 5 : 35, vacate ? 20 : 80)));
  const evDate = workday(addDays(evLetter, r.int(22, 45)));
  const bailiff = r.pick(BAILIFFS.filter((b) => b.court === court.key));
  const houseBase = String(r.int(1, 148));
  const hv = r.next();
  const [houseNo, houseNoPrinted] = hv < 0.12 ? [`${houseBase}a`, r.chance(0.5) ? `${houseBase} a` : `${houseBase}a`] : hv < 0.18 ? [`${houseBase}-${Number(houseBase) + 2}`, `${houseBase}-${Number(houseBase) + 2}`] : hv < 0.22 ? [`${houseBase}b`, `${houseBase}b`] : [houseBase, houseBase];
  const agency = r.chance(0.78) ? court.agency : court.sozialamt;
  return {
    hh: `h${String(i + 1).padStart(3, '0')}`,
    court, city: town.city, postal: r.pick(town.codes), street: r.pick(STREETS), houseNo, houseNoPrinted,
    addition: r.chance(0.28) ? r.pick(ADDITIONS) : null,
    tenants, landlord, lawyer, rent, arrears,
    judgmentArrears: r.chance(0.7) ? arrears + rent * r.int(1, 3) : null,
    fileNo: `${r.pick(court.dept)} C ${r.int(120, 2980)}/${claimReceived.slice(2, 4)}`,
    termination: { date: termDate, ordinary: r.chance(0.5), ordinaryTo: endOfMonth(termDate, 3) },
    reminderDate: workday(addDays(termDate, -r.int(15, 40))),
    claimReceived, claimServed: served,
    hearing: { date: hearingDate, time: r.pick(['09:00', '09:15', '09:30', '10:00', '10:15', '10:30', '10:45', '11:00', '11:30', '12:00', '13:00', '13:30', '14:00', '14:15', '14:45']), room: r.pick(court.rooms) },
    judgment: { kind, date: jDate, vacate, pastHearing: written ? null : hearingDate, judge: r.pick(court.judges) },
    eviction: { date: evDate, time: r.pick(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00']), bailiff, dr: `${bailiff.reg} ${r.int(180, 2650)}/${evLetter.slice(2, 4)}`, letter: evLetter },
    agency,
    customerNo: `${r.int(100, 999)}D${r.int(100000, 999999)}`,
    bgNo: `${r.int(10000, 99999)}BG${r.int(1000000, 9999999)}`,
    rooms: r.int(1, 4), sqm: r.int(31, 96),
  };
}

// ---------------- plan ----------------
const T = { cn: 'court_notice', hs: 'hearing_summons', ev: 'eviction_notice', j: 'judgment', o: 'other' } as const;
type Slot = { type: DocType; other?: OtherKind };
const S = (type: DocType, other?: OtherKind): Slot => ({ type, other });
const patterns: [Slot[], number][] = [
  [[S(T.cn), S(T.hs)], 10],
  [[S(T.o, 'termination'), S(T.cn)], 6],
  [[S(T.cn), S(T.hs), S(T.j)], 5],
  [[S(T.j), S(T.ev)], 5],
  [[S(T.cn), S(T.j), S(T.ev)], 4],
  [[S(T.o, 'termination-lawyer'), S(T.cn), S(T.hs), S(T.ev)], 3],
  [[S(T.o, 'reminder'), S(T.o, 'termination'), S(T.cn)], 2],
  [[S(T.cn), S(T.o, 'agency-letter')], 3],
];
const singles: [Slot, number][] = [
  [S(T.cn), 24], [S(T.hs), 6], [S(T.ev), 12], [S(T.j), 1],
  [S(T.o, 'termination'), 4], [S(T.o, 'termination-lawyer'), 2], [S(T.o, 'reminder'), 6], [S(T.o, 'agency-letter'), 4], [S(T.o, 'cover-only'), 3],
];

const hhSlots: Slot[][] = [];
for (const [p, n] of patterns) for (let k = 0; k < n; k++) hhSlots.push(p.map((s) => ({ ...s })));
const multiCount = hhSlots.length;
for (const [s, n] of singles) for (let k = 0; k < n; k++) hhSlots.push([{ ...s }]);
// shuffle household order so courts mix
const order = rng.shuffle(hhSlots.map((_, i) => i));
const courtCycle: Court[] = [];
for (let i = 0; i < hhSlots.length; i++) courtCycle.push(COURTS[i % COURTS.length] as Court);
rng.shuffle(courtCycle);

const cases: Case[] = [];
const plan: PlanDoc[] = [];
order.forEach((slotIdx, hi) => {
  const cr = rng.fork(hi);
  const c = makeCase(hi, courtCycle[hi] as Court, cr);
  // lawyer letters need a lawyer
  const slots = hhSlots[slotIdx] as Slot[];
  if (slots.some((s) => s.other === 'termination-lawyer') && !c.lawyer) c.lawyer = LAWYERS.find((l) => l.courts.includes(c.court.key)) ?? (LAWYERS[0] as Case['lawyer']);
  cases.push(c);
  for (const s of slots) {
    let letter: string;
    switch (s.type) {
      case 'court_notice': letter = workday(addDays(c.claimReceived, cr.int(1, 7))); break;
      case 'hearing_summons': letter = workday(addDays(c.claimReceived, cr.int(12, 28))); break;
      case 'judgment': letter = workday(addDays(c.judgment.date, cr.int(2, 8))); break;
      case 'eviction_notice': letter = c.eviction.letter; break;
      default:
        letter = s.other === 'reminder' ? c.reminderDate : s.other === 'agency-letter' ? workday(addDays(c.claimReceived, cr.int(6, 30))) : s.other === 'cover-only' ? workday(addDays(c.claimReceived, cr.int(-10, 5))) : c.termination.date;
    }
    if (s.type === 'hearing_summons' && letter >= c.hearing.date) letter = workday(addDays(c.hearing.date, -14));
    const arrival = workday(addDays(letter, cr.int(2, 6)));
    plan.push({ hh: hi, type: s.type, other: s.other, kind: 'plain', letterDate: letter, arrival, contentSeed: hashSeed(SEED, hi, s.type, s.other ?? '', letter), toFachstelle: false });
  }
});
void multiCount;

// covers: ~30 documents forwarded by the Jobcenter / Sozialamt
const coverQuota: Record<DocType, number> = { court_notice: 20, hearing_summons: 4, eviction_notice: 3, judgment: 2, other: 1 };
for (const d of rng.shuffle([...plan])) {
  if (d.type === 'other' && d.other !== 'termination') continue;
  if ((coverQuota[d.type] ?? 0) > 0) {
    coverQuota[d.type]--;
    d.kind = 'with-cover';
    d.coverDate = workday(addDays(d.letterDate, rng.int(3, 8)));
    d.arrival = workday(addDays(d.coverDate, rng.int(1, 4)));
  }
}
// plain court/bailiff documents: sometimes addressed straight to the Fachstelle
for (const d of plan) if (d.kind === 'plain' && d.type !== 'other') d.toFachstelle = rng.chance(0.35);

// rescans: 5 documents scanned again later
const rescanTargets: PlanDoc[] = [];
const wantRescan: [DocType, number][] = [['court_notice', 3], ['hearing_summons', 1], ['eviction_notice', 1]];
for (const [t, n] of wantRescan) {
  const cands = plan.filter((d) => d.type === t && !rescanTargets.includes(d) && plan.filter((e) => e.hh === d.hh).length >= 2 && plan.filter((e) => e.hh === d.hh).length <= 3);
  for (const d of rng.shuffle(cands).slice(0, n)) rescanTargets.push(d);
}
for (const o of rescanTargets) {
  plan.push({ ...o, kind: 'rescan', rescanOf: o, arrival: workday(addDays(o.arrival, rng.int(3, 20))) });
}

// profiles
const IMG: Profile[] = ['scan-300', 'scan-300-bw', 'fax-200-g4', 'skewed', 'rotated', 'phone-photo', 'image-pdf', 'tiff-multipage'];
const IMG_W: [Profile, number][] = [['scan-300', 18], ['scan-300-bw', 9], ['fax-200-g4', 18], ['skewed', 16], ['rotated', 10], ['phone-photo', 14], ['image-pdf', 12], ['tiff-multipage', 8]];
{
  const nonRescan = rng.shuffle(plan.filter((d) => d.kind !== 'rescan'));
  let textLeft = 55;
  // fewer text PDFs among forwarded documents
  for (const d of nonRescan) {
    const p = d.kind === 'with-cover' ? 0.2 : 0.42;
    if (textLeft > 0 && rng.chance(p)) { d.profile = 'text-pdf'; textLeft--; }
  }
  for (const d of nonRescan) if (!d.profile && textLeft > 0 && d.kind !== 'with-cover') { d.profile = 'text-pdf'; textLeft--; }
  for (const d of nonRescan) if (!d.profile) d.profile = weighted(rng, IMG_W);
  for (const d of plan.filter((x) => x.kind === 'rescan')) {
    const orig = d.rescanOf as PlanDoc;
    d.profile = rng.pick(IMG.filter((p) => p !== orig.profile));
  }
}
void IMG;

plan.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.hh - b.hh || (a.kind === 'rescan' ? 1 : -1)));
plan.forEach((d, i) => { d.id = `m${String(i + 1).padStart(3, '0')}`; });

// ---------------- rendering ----------------
function layoutKey(d: PlanDoc, c: Case): { layout: string; sender: string } {
  switch (d.type) {
    case 'court_notice': return { layout: `ag-${c.court.key}-mitteilung`, sender: c.court.name };
    case 'hearing_summons': return { layout: `ag-${c.court.key}-termin`, sender: c.court.name };
    case 'judgment': return { layout: `ag-${c.court.key}-urteil`, sender: c.court.name };
    case 'eviction_notice': return { layout: c.eviction.bailiff.key, sender: `${c.eviction.bailiff.title} ${c.eviction.bailiff.name}` };
    default:
      if (d.other === 'termination-lawyer' && c.lawyer) return { layout: `${c.lawyer.key}-kuendigung`, sender: c.lawyer.firm };
      if (d.other === 'termination') return { layout: `ll-${c.landlord.key}-kuendigung`, sender: c.landlord.name };
      if (d.other === 'reminder') return { layout: `ll-${c.landlord.key}-mahnung`, sender: c.landlord.name };
      if (d.other === 'agency-letter') return { layout: `${c.agency.key}-mietschulden`, sender: c.agency.name };
      return { layout: `${c.agency.key}-anschreiben`, sender: c.agency.name };
  }
}
function formFor(d: PlanDoc): FormFn {
  switch (d.type) {
    case 'court_notice': return noticeForm;
    case 'hearing_summons': return hearingForm;
    case 'judgment': return judgmentForm;
    case 'eviction_notice': return evictionForm;
    default:
      return d.other === 'termination-lawyer' ? terminationForm(true) : d.other === 'reminder' ? reminderForm : d.other === 'agency-letter' ? agencyLetterForm : d.other === 'cover-only' ? coverOnlyForm : terminationForm(false);
  }
}
const DOC_LABEL: Record<DocType, string> = {
  court_notice: 'die Mitteilung nach § 22 Abs. 9 SGB II', hearing_summons: 'die Terminsnachricht', eviction_notice: 'die Mitteilung über einen Räumungstermin', judgment: 'eine Abschrift des Urteils', other: 'das Kündigungsschreiben',
};

function creation(iso: string, salt: number): Date {
  const [y, m, dd] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2025, (m ?? 1) - 1, dd ?? 1, 7 + (salt % 9), (salt * 7) % 60, (salt * 13) % 60));
}

async function render(d: PlanDoc, c: Case, scanned: boolean, stampRng: Rng): Promise<{ pdf: Buffer; pages: string[]; fields: Fields; mainStart: number }> {
  const base = d.rescanOf ?? d;
  const r = mulberry32(base.contentSeed);
  const doc = new Doc(creation(base.letterDate, base.contentSeed % 97), `${base.type} ${c.hh}`);
  let mainStart = 1;
  if (base.kind === 'with-cover' && base.coverDate) {
    coverPage({ d: doc, r: r.fork(1), c, date: base.coverDate, toFachstelle: true }, base.type === 'other' ? DOC_LABEL.other : DOC_LABEL[base.type].replace('§ 22 Abs. 9 SGB II', c.agency.kind === 'sozialamt' ? '§ 36 Abs. 2 SGB XII' : '§ 22 Abs. 9 SGB II'), base.type === 'other' || base.type === 'eviction_notice' ? null : c.court.name, base.type === 'other' ? null : base.type === 'eviction_notice' ? c.eviction.dr : c.fileNo);
    doc.addPage();
    mainStart = 2;
  }
  const ctx: FormCtx = { d: doc, r: r.fork(2), c, date: base.letterDate, toFachstelle: base.toFachstelle };
  const fields = formFor(base)(ctx);
  const n = doc.pages.length;
  if (scanned) {
    const faxFrom = base.kind === 'with-cover' ? c.agency : null;
    doc.drawOnPage(0, () => {
      const ang = (stampRng.next() - 0.5) * 10;
      doc.stamp(mm(128), mm(76), ang, [stampRng.pick(['EINGEGANGEN', 'Eingang', 'EING.']), fmtDate(d.arrival, stampRng.pick(['dmy', 'long'] as const)), FACHSTELLE.name.replace('Fachstelle ', 'FS ')], stampRng.pick(['#b03030', '#2a3f9a', '#6a2a8a']));
    });
    if (d.profile === 'fax-200-g4') {
      const t = `${String(stampRng.int(7, 16)).padStart(2, '0')}:${String(stampRng.int(0, 59)).padStart(2, '0')}`;
      for (let i = 0; i < n; i++) {
        doc.drawOnPage(i, () => doc.text(mm(10), mm(4), `${fmtDate(addDays(d.arrival, -1), 'dmy')} ${t}   FAX ${faxFrom ? faxFrom.phone.replace(/-\d+$/, '-99') : c.court.phone.replace(/-0$/, '-499')}   ${faxFrom ? faxFrom.name : c.court.name}   S. ${String(i + 1).padStart(2, '0')}/${String(n).padStart(2, '0')}`, { font: 'lmono', size: 7.5 }));
      }
    }
    if (stampRng.chance(0.3)) {
      const pg = stampRng.int(0, n - 1);
      doc.drawOnPage(pg, () => doc.text(PW - mm(45), mm(287), stampRng.pick(['Kopie an SB', 'z.d.A.', 'WV 14 Tage', 'erl.']), { font: 'lserifI', size: 11, color: '#1a237e' }));
    }
  }
  const pdf = await doc.end();
  return { pdf, pages: doc.pages.map((p) => p.join('\n')), fields, mainStart };
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (/^m\d{3}\./.test(f) || f === 'manifest.json') fs.rmSync(path.join(OUT, f));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mittelland-'));
  const manifestDocs: Record<string, unknown>[] = [];
  const errors: string[] = [];
  const one = async (d: PlanDoc): Promise<void> => {
    const c = cases[d.hh] as Case;
    const profile = d.profile as Profile;
    const scanned = profile !== 'text-pdf';
    const stampRng = mulberry32(hashSeed(SEED, d.id ?? '', 'stamp'));
    const { pdf, pages, fields, mainStart } = await render(d, c, scanned, stampRng);
    let buf = pdf; let ext = 'pdf';
    if (scanned) {
      const res = await degrade(pdf, profile, mulberry32(hashSeed(SEED, d.id ?? '', 'degrade')), creation(d.arrival, 3), work, d.id ?? 'x');
      buf = res.buf; ext = res.ext;
    }
    if (ext !== extFor(profile, pages.length)) errors.push(`${d.id}: ext mismatch`);
    const file = `${d.id}.${ext}`;
    fs.writeFileSync(path.join(OUT, file), buf);
    // fieldPages: first page of the document itself (after a cover letter) that prints the value
    const fieldPages: Record<string, number> = {};
    for (const k of FIELD_KEYS) {
      const v = fields[k];
      if (v === null || (k === 'ordinaryTermination' && v === false)) continue;
      let found = 0;
      for (let p = mainStart; p <= pages.length; p++) if (fieldOnText(k, v as never, pages[p - 1] ?? '') === null) { found = p; break; }
      if (!found) {
        // values that are only complete over several pages of the document
        if (fieldOnText(k, v as never, pages.slice(mainStart - 1).join('\n')) === null) found = mainStart;
        else errors.push(`${d.id} ${k}: value not printed`);
      }
      fieldPages[k] = found;
    }
    if (fields.ordinaryTermination === false) fieldPages.ordinaryTermination = mainStart;
    const { layout, sender } = layoutKey(d.rescanOf ?? d, c);
    const truth = { id: d.id, file, documentType: d.type, profile, layout, pages: pages.length, fields, fieldPages, pageTexts: pages };
    fs.writeFileSync(path.join(OUT, `${d.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    const entry: Record<string, unknown> = {
      id: d.id, file, truth: `${d.id}.truth.json`, type: d.type, layout, profile, pages: pages.length, sender, household: c.hh, kind: d.kind, arrival: d.arrival,
    };
    const base = d.rescanOf ?? d;
    if (base.kind === 'with-cover') { entry.coverSender = c.agency.name; entry.coverLayout = `${c.agency.key}-anschreiben`; }
    if (d.rescanOf) entry.rescanOf = d.rescanOf.id;
    entries.set(d.id ?? '', entry);
    process.stdout.write(`${d.id} ${d.type.padEnd(16)} ${profile.padEnd(15)} ${pages.length}p ${file}\n`);
  };
  const entries = new Map<string, Record<string, unknown>>();
  const queue = [...plan];
  const workers = Array.from({ length: Math.max(1, Math.min(8, os.cpus().length)) }, async () => {
    for (let d = queue.shift(); d; d = queue.shift()) await one(d);
  });
  await Promise.all(workers);
  for (const d of plan) manifestDocs.push(entries.get(d.id ?? '') as Record<string, unknown>);
  fs.rmSync(work, { recursive: true, force: true });
  const manifest = { source: 'mittelland-post', generator: 'samples/sources/mittelland-post/generator/generate.ts', seed: SEED, count: manifestDocs.length, documents: manifestDocs };
  fs.writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (errors.length) { console.error(errors.join('\n')); process.exitCode = 1; }
  console.log(`wrote ${manifestDocs.length} documents to ${OUT}`);
}

await main();
