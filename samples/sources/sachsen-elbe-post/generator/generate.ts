/** sachsen-elbe-post: synthetic eviction-related post of an invented Saxon Fachstelle.
 * node dist/samples/sources/sachsen-elbe-post/generator/generate.js --seed 1 --out <dir> */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Rng } from './rng.js';
import { Doc, A4W, overlaps } from './render.js';
import type { FontKey, Rect } from './render.js';
import { makeHousehold, emptyFields } from './model.js';
import type { Fields, Household } from './model.js';
import type { Ctx, DocType } from './common.js';
import { courtName } from './common.js';
import { NOTICE_FAMILIES } from './notice.js';
import { SUMMONS_FORMS, SUMMONS_NAMES } from './summons.js';
import { eviction } from './eviction.js';
import { judgment } from './judgment.js';
import { cover, jobcenterDarlehen, kuendigung, kuendigungAnwalt, mahnung, raeumungsaufforderung, sozialamtBrief } from './other.js';
import { addDays, fmtDate, stampDate, workday } from './fmt.js';
import { FACHSTELLE, WORKERS } from './data.js';
import * as scan from './scan.js';
import type { Profile } from './scan.js';

type Step = 'N' | 'S' | 'J' | 'E' | 'K' | 'KA' | 'M' | 'Z' | 'RA' | 'D' | 'SO' | 'CV' | 'R';
type Kind = 'plain' | 'with-cover' | 'rescan';

interface Spec {
  key: string;
  h: Household;
  step: Exclude<Step, 'R'>;
  type: DocType;
  kind: Kind;
  letterDate: string;
  arrival: string;
  opt: Record<string, string | number | boolean>;
  rescanOf?: Spec;
  coverBy?: 'jobcenter' | 'sozialamt' | 'stadt';
  coverDate?: string;
  profile?: Profile;
  pages?: number;
  id?: string;
}

const TYPE_OF: Record<Exclude<Step, 'R'>, DocType> = {
  N: 'court_notice', S: 'hearing_summons', J: 'judgment', E: 'eviction_notice',
  K: 'other', KA: 'other', M: 'other', Z: 'other', RA: 'other', D: 'other', SO: 'other', CV: 'other',
};

const CHAINS: [Step[], number][] = [
  [['N', 'S', 'J', 'E'], 5], [['N', 'S'], 6], [['N', 'R'], 5], [['K', 'N'], 4], [['N', 'J'], 3], [['J', 'E'], 3],
  [['E', 'R'], 2], [['M', 'K', 'N'], 2], [['N', 'D'], 3], [['N', 'S', 'E'], 2], [['S', 'R'], 1], [['Z', 'N'], 2],
  [['N'], 25], [['S'], 10], [['E'], 11], [['J'], 4], [['K'], 5], [['KA'], 3], [['Z'], 2], [['M'], 3], [['RA'], 2],
  [['D'], 2], [['SO'], 2], [['CV'], 3],
];

function argv(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : def;
}

function plan(seed: number): Spec[] {
  const R = new Rng(`sachsen-elbe-post:${seed}`);
  const chains: Step[][] = [];
  for (const [c, n] of CHAINS) for (let i = 0; i < n; i++) chains.push(c);
  R.shuffle(chains);
  const specs: Spec[] = [];
  chains.forEach((chain, hi) => {
    const hid = `H${String(hi + 1).padStart(3, '0')}`;
    const base = addDays('2024-05-06', R.int(0, 300));
    const hr = R.fork(hid);
    const h = makeHousehold(hr, hid, base);
    const hasS = chain.includes('S');
    let prev: Spec | null = null;
    chain.forEach((step, si) => {
      if (step === 'R') {
        if (!prev) throw new Error('rescan without original');
        const o: Spec = prev;
        specs.push({ ...o, key: `${hid}-${si}`, kind: 'rescan', arrival: addDays(o.arrival, hr.int(5, 30)), rescanOf: o, opt: { ...o.opt } });
        return;
      }
      const opt: Record<string, string | number | boolean> = {};
      let letter: string;
      switch (step) {
        case 'N': {
          letter = workday(addDays(h.claimReceived, hr.int(2, 8)));
          opt.hearing = !hasS && hr.chance(0.4);
          opt.served = hr.chance(0.3);
          opt.birth = hr.chance(0.4);
          opt.page2 = hr.chance(0.5);
          if (opt.hearing) letter = workday(addDays(h.hearingSet, hr.int(1, 4)));
          if (opt.served && letter <= h.claimServed) letter = workday(addDays(h.claimServed, hr.int(1, 4)));
          const rr = hr.next();
          opt.recipient = rr < 0.4 ? 'jobcenter' : rr < 0.7 ? 'sozialamt' : 'fachstelle';
          break;
        }
        case 'S':
          letter = h.hearingSet;
          opt.refClaim = hr.chance(0.55);
          opt.continued = hr.chance(0.3);
          opt.recipient = hr.pick(['jobcenter', 'sozialamt', 'fachstelle']);
          break;
        case 'J': letter = workday(addDays(h.judgment.date, hr.int(3, 10))); break;
        case 'E': letter = h.eviction.letter; opt.birth = hr.chance(0.4); break;
        case 'K': case 'KA': letter = h.kuendigung; opt.page2 = hr.chance(0.4); break;
        case 'M': letter = workday(addDays(h.kuendigung, -hr.int(25, 40))); break;
        case 'Z': letter = workday(addDays(h.kuendigung, -hr.int(45, 70))); break;
        case 'RA': letter = workday(addDays(h.kuendigung, hr.int(20, 30))); break;
        case 'D': letter = workday(addDays(h.claimReceived, hr.int(20, 40))); opt.jcKind = hr.chance(0.7) ? 'bescheid' : 'unterlagen'; opt.mentionOrd = hr.chance(0.6); break;
        case 'SO': letter = workday(addDays(h.kuendigung, hr.int(8, 30))); break;
        case 'CV': letter = workday(addDays(h.claimReceived, hr.int(5, 12))); opt.coverBy = hr.pick(['jobcenter', 'sozialamt']); opt.coverDate = letter; break;
      }
      const s: Spec = { key: `${hid}-${si}`, h, step, type: TYPE_OF[step], kind: 'plain', letterDate: letter, arrival: workday(addDays(letter, hr.int(2, 6))), opt };
      specs.push(s);
      prev = s;
    });
  });
  // cover letters
  const pickCover = (step: Step, n: number, by: () => 'jobcenter' | 'sozialamt' | 'stadt'): void => {
    const cands = specs.filter((s) => s.step === step && s.kind === 'plain' && !specs.some((x) => x.rescanOf === s));
    R.shuffle(cands);
    for (const s of cands.slice(0, n)) {
      s.kind = 'with-cover';
      s.coverBy = by();
      s.coverDate = workday(addDays(s.letterDate, R.int(3, 9)));
      s.arrival = workday(addDays(s.coverDate, R.int(1, 4)));
      s.opt.coverBy = s.coverBy;
      s.opt.coverDate = s.coverDate;
      if (step === 'N' || step === 'S') s.opt.recipient = s.coverBy === 'jobcenter' ? 'jobcenter' : 'sozialamt';
    }
  };
  const jcOrSa = (): 'jobcenter' | 'sozialamt' => (R.chance(0.6) ? 'jobcenter' : 'sozialamt');
  pickCover('N', 22, jcOrSa);
  pickCover('S', 3, jcOrSa);
  pickCover('J', 2, jcOrSa);
  pickCover('E', 2, () => 'stadt');
  pickCover('K', 1, () => 'jobcenter');
  // a rescan keeps its original's content options
  for (const s of specs) if (s.rescanOf) s.opt = { ...s.rescanOf.opt, coverBy: '', coverDate: '' };
  specs.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.key < b.key ? -1 : 1));
  specs.forEach((s, i) => { s.id = `s${String(i + 1).padStart(3, '0')}`; });
  return specs;
}

interface Rendered { pdf: Buffer; texts: string[][]; fields: Fields; fieldPages: Record<string, number>; layout: string; pages: number; sender: string }

interface Extras { stamp: boolean; note: boolean; fax: boolean; r: Rng }

function forwardedLabel(s: Spec): { typeLabel: string; az: string | null; court: string | null } {
  const h = s.h;
  switch (s.type) {
    case 'court_notice': return { typeLabel: 'Mitteilung nach § 22 Abs. 9 SGB II', az: h.az, court: courtName(h.court) };
    case 'hearing_summons': return { typeLabel: 'Terminsnachricht', az: h.az, court: courtName(h.court) };
    case 'judgment': return { typeLabel: 'Urteilsabschrift', az: h.az, court: courtName(h.court) };
    case 'eviction_notice': return { typeLabel: 'Mitteilung des Gerichtsvollziehers über einen Räumungstermin', az: h.dr, court: null };
    default: return { typeLabel: 'Kündigungsschreiben der Vermieterin', az: null, court: null };
  }
}

async function render(s: Spec, ex: Extras | null): Promise<Rendered> {
  const h = s.h;
  const d = new Doc(s.id ?? s.key, new Date(`${s.arrival}T07:30:00Z`));
  const c: Ctx = { r: new Rng(`content:${s.rescanOf ? s.rescanOf.key : s.key}`), h, fields: emptyFields(), letterDate: s.letterDate, opt: s.opt };
  let layout = '';
  let sender = '';
  if (s.step === 'CV') {
    d.startDocument();
    const fw = forwardedLabel({ ...s, type: 'court_notice' });
    layout = cover(d, c, { ...fw, date: s.letterDate }, true);
    sender = s.opt.coverBy === 'jobcenter' ? h.authority.jobcenter : h.authority.sozial;
  } else {
    if (s.kind === 'with-cover') {
      d.addPage();
      const cr: Ctx = { ...c, r: new Rng(`cover:${s.key}`), fields: emptyFields(), letterDate: s.coverDate ?? s.letterDate, opt: { ...s.opt, enclosed: s.pages ? s.pages - 1 : 0 } };
      cover(d, cr, { ...forwardedLabel(s), date: s.letterDate }, false);
    }
    d.startDocument();
    switch (s.step) {
      case 'N': {
        const fam = h.court.notice;
        NOTICE_FAMILIES[fam](d, c);
        layout = `mizi-${fam}`;
        sender = courtName(h.court);
        break;
      }
      case 'S': {
        const i = h.court.summons;
        const fn = SUMMONS_FORMS[i];
        if (!fn) throw new Error('summons form');
        fn(d, c);
        layout = SUMMONS_NAMES[i] ?? 'summons';
        sender = courtName(h.court);
        break;
      }
      case 'J': layout = judgment(d, c); sender = courtName(h.court); break;
      case 'E': layout = eviction(d, c); sender = `${h.bailiff.title} ${h.bailiff.name}`; break;
      case 'K': layout = kuendigung(d, c); sender = h.landlord.manager ?? h.landlord.name; break;
      case 'KA': layout = kuendigungAnwalt(d, c); sender = h.lawfirm?.name ?? 'Tröger, Menzel & Partner Rechtsanwälte mbB'; break;
      case 'M': layout = mahnung(d, c, 'mahnung'); sender = h.landlord.manager ?? h.landlord.name; break;
      case 'Z': layout = mahnung(d, c, 'erinnerung'); sender = h.landlord.manager ?? h.landlord.name; break;
      case 'RA': layout = raeumungsaufforderung(d, c); sender = h.landlord.name; break;
      case 'D': layout = jobcenterDarlehen(d, c); sender = h.authority.jobcenter; break;
      case 'SO': layout = sozialamtBrief(d, c); sender = h.authority.sozial; break;
    }
  }
  const pages = d.page + 1;
  if (ex) addExtras(d, s, ex, pages);
  const pdf = await d.end();
  return { pdf, texts: d.texts, fields: c.fields, fieldPages: d.fieldPages as Record<string, number>, layout, pages, sender };
}

const NOTES = ['Wv. {d}', 'z.K. {w}', 'HB anbieten!', 'eilt', 'Termin notiert', 'Tel. Mieterin 0176 {n}', 'bitte Rückruf JC', 'Akte angelegt {d}', 'an {w}', 'Schonfrist prüfen!'];

function freeSpot(boxes: Rect[], w: number, h: number, cands: [number, number][]): [number, number] {
  let best: [number, number] = cands[0] ?? [360, 30];
  let bestHits = Infinity;
  for (const [x, y] of cands) {
    const r = { x, y, w, h };
    const hits = boxes.filter((b) => overlaps(r, b)).length;
    if (hits < bestHits) { best = [x, y]; bestHits = hits; }
    if (hits === 0) break;
  }
  return best;
}

function addExtras(d: Doc, s: Spec, ex: Extras, pages: number): void {
  const r = ex.r;
  if (ex.fax) {
    const time = `${String(r.int(7, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    const faxDate = addDays(s.arrival, -r.int(0, 1));
    const who = s.kind === 'with-cover' ? (s.coverBy === 'stadt' ? s.h.authority.ordnung.split(', ')[0] ?? '' : s.h.authority.jobcenter) : s.type === 'eviction_notice' ? `GV ${s.h.bailiff.name}` : s.type === 'other' ? s.h.authority.jobcenter : courtName(s.h.court);
    const num = `+49 ${r.int(30, 3799)} ${r.int(100000, 999999)}`;
    for (let p = 0; p < pages; p++) {
      d.switchTo(p);
      const style = r.int(0, 1);
      const line = style === 0
        ? `${fmtDate(faxDate, 'dmy')} ${time}   FAX ${num}   ${who.toUpperCase()}   S. ${String(p + 1).padStart(2, '0')}/${String(pages).padStart(2, '0')}`
        : `Von: ${num}  An: ${FACHSTELLE.fax}  ${fmtDate(faxDate, 'dmyShort')} ${time}  Seite ${p + 1}`;
      d.t(18, 5, line, { f: 'mono', s: 7.2, fit: A4W - 36 });
    }
  }
  if (ex.stamp) {
    d.switchTo(0);
    const w = 150, hgt = 58;
    const [x, y] = freeSpot(d.boxes[0] ?? [], w, hgt, [[395, 96], [380, 20], [300, 290], [60, 730], [360, 740], [395, 150], [40, 18]]);
    const color = r.pick(['#c0392b', '#1f4e9c', '#6b2a8a']);
    const st = r.int(0, 2);
    const lines = [r.pick(['EINGEGANGEN', 'Eingang', 'EINGANG']), stampDate(s.arrival, st), r.pick(['Fachstelle Wohnungssicherung', 'FS Wohnen – Posteingang', 'Netzwerk Wohnen e.V.'])];
    if (r.chance(0.4)) lines.push(`Reg.-Nr. ${s.arrival.slice(0, 4)}/${r.int(100, 2999)}`);
    const deg = r.float(-7, 7);
    d.rotated(x + w / 2, y + hgt / 2, deg, () => {
      d.pdf.save().lineWidth(1.6).strokeColor(color).roundedRect(x, y, w, 14 + lines.length * 12, 5).stroke().restore();
      lines.forEach((l, i) => {
        d.pdf.font(i === 1 ? 'monoB' : 'sansB').fontSize(i === 1 ? 11 : 8).fillColor(color);
        const tw = d.pdf.widthOfString(l);
        d.pdf.text(l, x + (w - tw) / 2, y + 6 + i * 12, { lineBreak: false });
        d.record(l, { x, y: y + 6 + i * 12, w, h: 12 });
      });
    });
  }
  if (ex.note) {
    const p = r.chance(0.6) ? 0 : pages - 1;
    d.switchTo(p);
    const tmpl = r.pick(NOTES);
    const text = tmpl.replace('{d}', fmtDate(addDays(s.arrival, r.int(7, 21)), 'dmyShort').replace(/\.\d+$/, '.')).replace('{w}', r.pick(WORKERS)).replace('{n}', `${r.int(1000, 9999)} ${r.int(100, 999)}`);
    const f: FontKey = 'hand';
    const w = d.width(text, f, 15) + 10;
    const [x, y] = freeSpot(d.boxes[p] ?? [], w, 24, [[330, 250], [70, 770], [330, 780], [60, 260], [420, 420], [90, 60]]);
    d.rotated(x, y, r.float(-8, 5), () => {
      d.t(x, y, text, { f, s: r.float(13, 16), color: r.pick(['#1a2f8a', '#203060', '#2b2b2b']) });
    });
  }
}

// --------------------------------------------------------------------------------------
const PROFILE_SHARE: [Profile, number][] = [
  ['text-pdf', 35], ['scan-gray-jpg', 9], ['scan-bilevel-png', 7], ['fax-g4-tiff', 11], ['skewed-jpg', 4], ['skewed-pdf', 4],
  ['rotated-png', 3], ['rotated-pdf', 3], ['phone-photo-jpg', 8], ['image-pdf', 10], ['gray-tiff', 6],
];

function assignProfiles(specs: Spec[], R: Rng): void {
  const n = specs.length;
  const remaining = new Map<Profile, number>(PROFILE_SHARE.map(([p, w]) => [p, (w / 100) * n]));
  // multi-page documents first: they have fewer choices
  const order = R.shuffle([...specs]).sort((a, b) => (b.pages ?? 1) - (a.pages ?? 1));
  for (const s of order) {
    const multi = (s.pages ?? 1) > 1;
    const avoid = s.rescanOf?.profile ?? specs.find((x) => x.rescanOf === s)?.profile;
    const cands = PROFILE_SHARE.map(([p]) => p).filter((p) => !(multi && scan.SINGLE_ONLY.includes(p)) && p !== avoid);
    const w = cands.map((p) => [p, Math.max(0.05, remaining.get(p) ?? 0)] as const);
    const p = R.weighted(w);
    s.profile = p;
    remaining.set(p, (remaining.get(p) ?? 0) - 1);
  }
}

async function produce(pdf: Buffer, profile: Profile, r: Rng, tmp: string, date: Date, title: string): Promise<Buffer> {
  switch (profile) {
    case 'text-pdf': return pdf;
    case 'scan-gray-jpg': {
      const [g] = scan.rasterize(pdf, 300, tmp);
      if (!g) throw new Error('raster');
      scan.paperAndNoise(g, r, r.int(232, 248), r.float(3, 7), r.int(10, 35));
      const b = await scan.blur(g, r.float(0.4, 0.8));
      return scan.grayJpeg(await scan.rotateKeep(b, r.float(-0.6, 0.6)), r.int(55, 70), 300);
    }
    case 'scan-bilevel-png': {
      const [g] = scan.rasterize(pdf, 300, tmp);
      if (!g) throw new Error('raster');
      scan.paperAndNoise(g, r, 250, r.float(8, 16));
      scan.specks(g, r, r.int(20, 120), 2.2);
      const b = await scan.blur(g, r.float(0.5, 0.9));
      return scan.bilevelPng(await scan.rotateKeep(b, r.float(-0.5, 0.5)), r.int(120, 165), 300);
    }
    case 'fax-g4-tiff': {
      const gs = scan.rasterize(pdf, 200, tmp);
      const out = [];
      for (const g of gs) {
        scan.paperAndNoise(g, r, 252, r.float(8, 18));
        let b = await scan.blur(g, r.float(0.5, 0.8));
        b = await scan.rotateKeep(b, r.float(-1.2, 1.2));
        scan.specks(b, r, r.int(60, 260), 1.8);
        scan.dropouts(b, r, r.int(3, 14));
        scan.erode(b, r, r.float(0.01, 0.05));
        out.push(b);
      }
      return scan.g4Tiff(out, r.int(125, 160), 200);
    }
    case 'skewed-jpg': {
      const [g] = scan.rasterize(pdf, 300, tmp);
      if (!g) throw new Error('raster');
      scan.paperAndNoise(g, r, r.int(236, 250), r.float(3, 6), r.int(10, 30));
      const sk = await scan.rotateKeep(g, (r.chance(0.5) ? 1 : -1) * r.float(1, 4), 250);
      return scan.grayJpeg(await scan.blur(sk, 0.5), r.int(58, 70), 300);
    }
    case 'skewed-pdf': case 'image-pdf': case 'rotated-pdf': {
      const dpi = profile === 'image-pdf' && r.chance(0.4) ? 300 : 200;
      const gs = scan.rasterize(pdf, dpi, tmp);
      const rot = profile === 'rotated-pdf' ? r.pick([90, 180, 270] as const) : null;
      const jpgs = [];
      for (let [i, g] of gs.entries()) {
        scan.paperAndNoise(g, r, r.int(234, 250), r.float(3, 7), r.int(10, 30));
        if (profile === 'skewed-pdf') g = await scan.rotateKeep(g, (r.chance(0.5) ? 1 : -1) * r.float(1, 4), 248);
        else g = await scan.rotateKeep(g, r.float(-0.5, 0.5), 248);
        if (rot && (i === 0 || r.chance(0.7))) g = await scan.rotateRight(g, rot);
        g = await scan.blur(g, r.float(0.4, 0.7));
        jpgs.push({ buf: await scan.grayJpeg(g, r.int(55, 68), dpi), w: g.w, h: g.h, dpi });
      }
      return scan.imagePdf(jpgs, date, title);
    }
    case 'rotated-png': {
      const [g0] = scan.rasterize(pdf, 300, tmp);
      if (!g0) throw new Error('raster');
      scan.paperAndNoise(g0, r, 250, r.float(6, 12));
      const g = await scan.rotateRight(await scan.blur(g0, 0.6), r.pick([90, 180, 270] as const));
      return scan.bilevelPng(g, r.int(125, 160), 300);
    }
    case 'phone-photo-jpg': {
      const [g] = scan.rasterize(pdf, 200, tmp);
      if (!g) throw new Error('raster');
      scan.paperAndNoise(g, r, r.int(238, 252), 2, r.int(20, 45));
      return scan.phonePhoto(g, r);
    }
    case 'gray-tiff': {
      const gs = scan.rasterize(pdf, 200, tmp);
      const out = [];
      for (const g of gs) {
        scan.paperAndNoise(g, r, r.int(230, 246), r.float(3, 6), r.int(15, 35));
        scan.unevenLight(g, r, r.float(0.05, 0.15));
        out.push(await scan.rotateKeep(await scan.blur(g, 0.5), r.float(-0.8, 0.8), 240));
      }
      return scan.grayTiff(out, 200);
    }
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const seed = Number(argv('seed', '1'));
  const out = argv('out', 'samples/sources/sachsen-elbe-post/corpus');
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (/^s\d{3}\.|^manifest\.json$/.test(f)) fs.rmSync(path.join(out, f));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sachsen-elbe-'));
  const specs = plan(seed);
  // pass 1: page counts
  for (const s of specs) s.pages = (await render(s, null)).pages;
  assignProfiles(specs, new Rng(`profiles:${seed}`));
  const manifest: Record<string, unknown>[] = [];
  for (const s of specs) {
    const id = s.id ?? '';
    const profile = s.profile ?? 'text-pdf';
    const er = new Rng(`extras:${seed}:${id}`);
    const scanned = profile !== 'text-pdf';
    const ex: Extras = { stamp: scanned && er.chance(0.9), note: scanned && er.chance(0.35), fax: profile === 'fax-g4-tiff', r: er };
    const rd = await render(s, ex);
    const date = new Date(`${s.arrival}T09:00:00Z`);
    const bin = await produce(rd.pdf, profile, new Rng(`scan:${seed}:${id}`), path.join(tmp, id), date, id);
    const file = `${id}.${scan.extOf(profile)}`;
    fs.writeFileSync(path.join(out, file), bin);
    const truth = {
      id, file, documentType: s.type, profile, layout: rd.layout, pages: rd.pages,
      fields: rd.fields, fieldPages: rd.fieldPages,
      pageTexts: rd.texts.map((lines) => lines.join('\n')),
    };
    fs.writeFileSync(path.join(out, `${id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    manifest.push({ id, file, truth: `${id}.truth.json`, type: s.type, layout: rd.layout, profile, pages: rd.pages, sender: rd.sender, household: s.h.id, kind: s.kind, arrival: s.arrival });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify({ source: 'sachsen-elbe-post', generator: 'samples/sources/sachsen-elbe-post/generator/generate.ts', seed, count: manifest.length, documents: manifest }, null, 2)}\n`);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stderr.write(`generated ${manifest.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
