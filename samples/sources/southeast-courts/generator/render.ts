/** Chooses sender and layout for a document spec, renders it to PDF (optionally with paper dirt) and builds the truth. */
import { Rng } from './rng.js';
import { Sheet, MM, type Rect } from './sheet.js';
import { emptyTruth, type Ctx, type TruthFields } from './common.js';
import { noticeBebb, noticeBy, noticeEast, noticeObk, noticeOld } from './notices.js';
import { summonsBebb, summonsBy, summonsEast, summonsObk } from './summons.js';
import { judgmentLayout } from './judgments.js';
import { gvBerlin, gvBy, gvEast, gvObk } from './bailiffs.js';
import { coopLetter, lawyerLetter, municipalLetter, privateLetter } from './letters.js';
import { coverLetter, jcLetter } from './authority.js';
import { authorityFor, type DocSpec } from './story.js';
import { bailiff } from './senders.js';
import { addDays, dNum, workday } from './fmt.js';

export interface Dirt {
  stamp: boolean;
  handwriting: boolean;
  highlighter: boolean;
  holes: boolean;
  staple: boolean;
  faxHeader: string | null;
}

export interface Rendered {
  pdf: Buffer;
  pageTexts: string[];
  truth: TruthFields;
  layout: string;
  sender: string;
  pages: number;
}

type Layout = (c: Ctx) => void;

function pickBase(spec: DocSpec, rng: Rng): { fn: Layout; layout: string; sender: string } {
  const h = spec.household;
  const fam = h.court.family;
  switch (spec.base) {
    case 'notice':
      if (h.old) return { fn: noticeOld, layout: 'old-form-mono', sender: h.court.key };
      return { fn: { by: noticeBy, east: noticeEast, bebb: noticeBebb, obk: noticeObk }[fam], layout: `${fam}-notice`, sender: h.court.key };
    case 'summons':
      return { fn: { by: summonsBy, east: summonsEast, bebb: summonsBebb, obk: summonsObk }[fam], layout: `${fam}-summons`, sender: h.court.key };
    case 'judgment':
      return { fn: judgmentLayout, layout: `${fam}-judgment`, sender: h.court.key };
    case 'bailiff': {
      const b = bailiff(h.court.bailiff ?? '');
      const fn = { 'gv-by': gvBy, 'gv-east': gvEast, 'gv-berlin': gvBerlin, 'gv-obk': gvObk }[b.layout];
      return { fn, layout: b.layout, sender: b.key };
    }
    case 'termination':
    case 'reminder': {
      const l = h.landlord;
      const reminder = spec.base === 'reminder' && l.kind !== 'private';
      if (!reminder && l.lawyer && rng.chance(0.5)) return { fn: lawyerLetter, layout: 'lawyer-letter', sender: l.lawyer.key };
      if (l.kind === 'private') return { fn: privateLetter, layout: 'private-letter', sender: 'private-landlords' };
      if (l.kind === 'coop') return { fn: coopLetter, layout: reminder ? 'coop-mahnung' : 'coop-letter', sender: l.key };
      return { fn: municipalLetter, layout: reminder ? 'municipal-mahnung' : 'municipal-letter', sender: l.key };
    }
    case 'jc-letter': {
      const a = authorityFor(h.court);
      if (!a) throw new Error('no authority');
      return { fn: (c) => jcLetter(c, a), layout: `${a.layout}/own-letter`, sender: a.key };
    }
    case 'cover-only': {
      const a = authorityFor(h.court);
      if (!a) throw new Error('no authority');
      const noticeDate = workday(addDays(h.claimReceived, 2));
      return { fn: (c) => coverLetter(c, a, true, noticeDate < spec.letterDate ? noticeDate : addDays(spec.letterDate, -3)), layout: `${a.layout}/cover-alone`, sender: a.key };
    }
  }
}

export async function renderDoc(spec: DocSpec, dirt: Dirt | null): Promise<Rendered> {
  const rng = new Rng(spec.paperSeed);
  const h = spec.household;
  const choice = pickBase(spec, rng.fork());
  const s = new Sheet(`Schreiben ${spec.id}`, 'southeast-courts');
  const t = emptyTruth();
  let layout = choice.layout;
  let sender = choice.sender;
  if (spec.forwardedBy) {
    const a = spec.forwardedBy;
    const coverDate = workday(addDays(spec.letterDate, rng.int(3, 6)));
    const coverCtx: Ctx = { s, rng: rng.fork(), spec: { ...spec, letterDate: coverDate }, h, t: emptyTruth() };
    coverLetter(coverCtx, a, false, spec.letterDate);
    s.newPage();
    layout = `${a.layout}+${choice.layout}`;
    sender = a.key;
  }
  const ctx: Ctx = { s, rng: rng.fork(), spec, h, t };
  choice.fn(ctx);
  if (spec.base === 'judgment') s.pageNumbers(95, 287, 'dash', { font: 'sans', size: 8 });
  const dirtRng = new Rng(spec.paperSeed ^ 0x5a5a5a ^ (spec.id.charCodeAt(3) * 7919));
  if (dirt) applyDirt(s, dirt, dirtRng, spec);
  const pdf = await s.toBuffer();
  return { pdf, pageTexts: s.texts.map((l) => l.join('\n')), truth: t, layout, sender, pages: s.pageCount };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function freeSpot(s: Sheet, page: number, w: number, h: number, rng: Rng): Rect | null {
  const occ = s.occupied[page] ?? [];
  const cands: Rect[] = [];
  for (let i = 0; i < 60; i++) cands.push({ x: rng.float(15, 195 - w), y: rng.float(30, 280 - h), w, h });
  for (const r of cands) {
    const grown = { x: r.x - 2, y: r.y - 2, w: r.w + 4, h: r.h + 4 };
    if (!occ.some((o) => overlaps(grown, o))) return r;
  }
  return null;
}

function applyDirt(s: Sheet, d: Dirt, rng: Rng, spec: DocSpec): void {
  const doc = s.doc;
  for (let p = 0; p < s.pageCount; p++) {
    s.goTo(p);
    if (d.faxHeader) {
      doc.save().rect(0, 0, 210 * MM, 7 * MM).fill('white').restore();
      const line = `${d.faxHeader}   S. ${p + 1}/${s.pageCount}`;
      doc.fillColor('black').font('mono').fontSize(7.5).text(line, 8 * MM, 2.5 * MM, { lineBreak: false });
      s.texts[p]?.unshift(line);
    }
    if (p === 0 && d.stamp) {
      const r = freeSpot(s, p, 46, 20, rng);
      if (r) {
        const color = rng.pick(['#1f3f9f', '#a02020', '#5a2a8a']);
        const ang = rng.float(-8, 8);
        doc.save().rotate(ang, { origin: [(r.x + r.w / 2) * MM, (r.y + r.h / 2) * MM] }).opacity(0.85);
        doc.lineWidth(1.4).strokeColor(color).roundedRect(r.x * MM, r.y * MM, r.w * MM, r.h * MM, 6).stroke();
        doc.fillColor(color).font('sansB').fontSize(9).text('EINGEGANGEN', r.x * MM, (r.y + 2) * MM, { width: r.w * MM, align: 'center', lineBreak: false });
        doc.font('monoB').fontSize(11).text(dNum(addDays(spec.arrival, -rng.int(0, 1))), r.x * MM, (r.y + 7.5) * MM, { width: r.w * MM, align: 'center', lineBreak: false });
        doc.font('sans').fontSize(6.5).text(rng.pick(['Fachstelle Wohnungssicherung', 'Poststelle', 'Soziale Wohnhilfe', 'Prävention / Wohnen']), r.x * MM, (r.y + 14) * MM, { width: r.w * MM, align: 'center', lineBreak: false });
        doc.restore();
      }
    }
    if (p === 0 && d.handwriting) {
      const r = freeSpot(s, p, 38, 10, rng);
      if (r) {
        doc.save().rotate(rng.float(-10, 4), { origin: [r.x * MM, r.y * MM] }).fillColor('#1a2a6a').opacity(0.9);
        doc.font('arialI').fontSize(rng.float(12, 15)).text(rng.pick(['WV ' + dNum(addDays(spec.arrival, 14)).slice(0, 6), 'Kopie an FS!', 'erl. ' + rng.pick(['Mü', 'KB', 'jh']), 'Hausbesuch?', 'tel. versucht', 'Akte anlegen']), r.x * MM, r.y * MM, { lineBreak: false });
        doc.restore();
      }
      // a tick mark next to the first occupied line of the body
      const occ = s.occupied[p] ?? [];
      const target = occ[Math.min(occ.length - 1, rng.int(8, 20))];
      if (target && target.x > 22) {
        doc.save().lineWidth(1.3).strokeColor('#1a2a6a').moveTo((target.x - 6) * MM, (target.y + 2) * MM).lineTo((target.x - 4.8) * MM, (target.y + 3.6) * MM).lineTo((target.x - 2) * MM, (target.y - 0.5) * MM).stroke().restore();
      }
    }
    if (d.highlighter) {
      const occ = (s.occupied[p] ?? []).filter((o) => o.w > 20 && o.y > 60 && o.y < 250);
      if (occ.length) {
        const o = occ[rng.int(0, occ.length - 1)];
        if (o) doc.save().opacity(0.28).rect((o.x - 1) * MM, (o.y - 0.6) * MM, (o.w + 2) * MM, (o.h + 0.4) * MM).fill('#f2e600').restore();
      }
    }
    if (d.holes) {
      for (const y of [148.5 - 40, 148.5 + 40]) doc.save().circle(9 * MM, y * MM, 2.8 * MM).fill('#2a2a2a').restore();
    }
    if (d.staple && p === 0) {
      doc.save().lineWidth(2).strokeColor('#555555').moveTo(6 * MM, 10 * MM).lineTo(16 * MM, 6 * MM).stroke().restore();
    }
  }
}
