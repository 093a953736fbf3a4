/** Turns household stories into an ordered list of documents (the inbox). */
import type { Rng } from './rng.js';
import { addDays, daysBetween, endOfMonth, workday, type Day } from './fmt.js';
import { authorityFor, household, pickCourt, type DocSpec, type Household, type Kind } from './story.js';
import type { DocumentType } from '../../../../src/core/extraction.schema.js';

type Base = DocSpec['base'];

const TYPE_OF: Record<Base, DocumentType> = {
  notice: 'court_notice', summons: 'hearing_summons', judgment: 'judgment', bailiff: 'eviction_notice',
  termination: 'other', reminder: 'other', 'jc-letter': 'other', 'cover-only': 'other',
};

type Template = 'notice' | 'notice-summons' | 'notice-judgment' | 'full' | 'termination-notice' | 'forwarded' | 'single-other' | 'single-bailiff' | 'single-judgment' | 'single-summons' | 'old-notice';

const TEMPLATES: [Template, number][] = [
  ['notice', 22], ['notice-summons', 9], ['notice-judgment', 4], ['full', 8], ['termination-notice', 5], ['forwarded', 8],
  ['single-other', 15], ['single-bailiff', 8], ['single-judgment', 4], ['single-summons', 4], ['old-notice', 4],
];

const TARGET: Record<DocumentType, number> = { court_notice: 0.4, hearing_summons: 0.15, eviction_notice: 0.15, judgment: 0.1, other: 0.2 };

const LEADS: Record<DocumentType, [Template, number][]> = {
  court_notice: [['notice', 10], ['old-notice', 8], ['forwarded', 4], ['termination-notice', 2], ['notice-summons', 3]],
  hearing_summons: [['notice-summons', 3], ['single-summons', 2]],
  eviction_notice: [['full', 3], ['single-bailiff', 2]],
  judgment: [['notice-judgment', 2], ['single-judgment', 1]],
  other: [['single-other', 4], ['termination-notice', 1]],
};

/** Picks the next household's story so that the type mix follows TARGET (with some randomness). */
function chooseTemplate(rng: Rng, docs: DocSpec[]): Template {
  if (rng.chance(0.25)) return rng.weighted(TEMPLATES);
  const n = docs.length + 3;
  let best: DocumentType = 'court_notice';
  let bestDef = -Infinity;
  for (const t of rng.shuffle(Object.keys(TARGET) as DocumentType[])) {
    const def = TARGET[t] * n - docs.filter((d) => d.type === t).length;
    if (def > bestDef) {
      bestDef = def;
      best = t;
    }
  }
  return rng.weighted(LEADS[best]);
}

interface Step {
  base: Base;
  date: Day;
  lag: number;
  withHearing?: boolean;
  withServed?: boolean;
  forwarded?: boolean;
}

function noticeStep(rng: Rng, h: Household, withHearing: boolean): Step {
  const withServed = rng.chance(0.3);
  const date = withServed ? workday(addDays(h.claimServed, rng.int(1, 6))) : workday(addDays(h.claimReceived, rng.int(1, 8)));
  if (withHearing) h.hearing.date = workday(addDays(date, rng.int(30, 70)));
  return { base: 'notice', date, lag: rng.int(2, 7), withHearing, withServed };
}

function summonsStep(rng: Rng, h: Household, after: Day): Step {
  let date = workday(addDays(h.claimServed, rng.int(1, 12)));
  if (date <= after) date = workday(addDays(after, rng.int(4, 12)));
  if (addDays(date, 21) > h.hearing.date) h.hearing.date = workday(addDays(date, rng.int(24, 45)));
  return { base: 'summons', date, lag: rng.int(2, 6) };
}

function fixJudgment(h: Household): void {
  const j = h.judgment;
  if (!j) return;
  let date = j.date;
  if (j.kind !== 'versaeumnisurteil' || date > h.hearing.date) date = h.hearing.date;
  if (date < addDays(h.claimServed, 14)) date = workday(addDays(h.claimServed, 21));
  const delta = daysBetween(j.date, date);
  if (delta === 0) return;
  j.date = date;
  if (j.deadline) j.deadline = endOfMonth(addDays(j.deadline, delta), 0);
  if (h.eviction) {
    h.eviction.letter = workday(addDays(h.eviction.letter, delta));
    h.eviction.date = workday(addDays(h.eviction.date, delta));
  }
}

export function planCorpus(rng: Rng, count: number, obkShare: number): DocSpec[] {
  const docs: DocSpec[] = [];
  let hh = 0;
  while (docs.length < count) {
    hh++;
    const t = chooseTemplate(rng, docs);
    const needBailiff = t === 'full' || t === 'single-bailiff';
    let court = pickCourt(rng, needBailiff, obkShare);
    for (let i = 0; i < 20 && t === 'forwarded' && !authorityFor(court); i++) court = pickCourt(rng, false, obkShare);
    if (t === 'forwarded' && !authorityFor(court)) continue;
    const h = household(rng, `hh${String(hh).padStart(3, '0')}`, court, {
      old: t === 'old-notice',
      judgment: t === 'notice-judgment' || t === 'single-judgment' || t === 'full',
      eviction: t === 'full' || t === 'single-bailiff',
    });
    const steps: Step[] = [];
    const termination = (): Step => ({ base: 'termination', date: h.termination, lag: rng.int(3, 20) });
    switch (t) {
      case 'notice':
      case 'old-notice':
        steps.push(noticeStep(rng, h, rng.chance(0.4)));
        break;
      case 'forwarded':
        steps.push({ ...noticeStep(rng, h, rng.chance(0.35)), forwarded: true, lag: rng.int(6, 16) });
        if (rng.chance(0.3)) steps.push(summonsStep(rng, h, steps[0]?.date ?? h.claimReceived));
        break;
      case 'notice-summons':
      case 'notice-judgment':
      case 'full': {
        if (rng.chance(0.25)) steps.push(termination());
        const n = noticeStep(rng, h, false);
        steps.push(n);
        if (t === 'notice-summons' || rng.chance(0.6)) steps.push(summonsStep(rng, h, n.date));
        fixJudgment(h);
        if (t !== 'notice-summons' && h.judgment && (t === 'notice-judgment' || rng.chance(0.6))) steps.push({ base: 'judgment', date: h.judgment.date, lag: rng.int(6, 18) });
        if (t === 'full' && h.eviction) steps.push({ base: 'bailiff', date: h.eviction.letter, lag: rng.int(2, 8) });
        break;
      }
      case 'termination-notice':
        if (rng.chance(0.4)) steps.push({ base: 'reminder', date: workday(addDays(h.termination, -rng.int(15, 40))), lag: rng.int(2, 9) });
        steps.push(termination());
        steps.push(noticeStep(rng, h, rng.chance(0.3)));
        if (rng.chance(0.3)) steps.push({ base: 'jc-letter', date: workday(addDays(h.claimReceived, rng.int(10, 25))), lag: rng.int(2, 6) });
        break;
      case 'single-other': {
        const b = rng.weighted([['termination', 45], ['reminder', 15], ['jc-letter', 20], ['cover-only', 20]] as const);
        if (b === 'termination') steps.push(termination());
        else if (b === 'reminder') steps.push({ base: 'reminder', date: workday(addDays(h.termination, -rng.int(15, 40))), lag: rng.int(2, 9) });
        else if (b === 'jc-letter') steps.push({ base: 'jc-letter', date: workday(addDays(h.claimReceived, rng.int(3, 25))), lag: rng.int(2, 6) });
        else steps.push({ base: 'cover-only', date: workday(addDays(h.claimReceived, rng.int(6, 16))), lag: rng.int(2, 6) });
        break;
      }
      case 'single-bailiff':
        if (h.eviction) steps.push({ base: 'bailiff', date: h.eviction.letter, lag: rng.int(2, 8) });
        break;
      case 'single-judgment':
        fixJudgment(h);
        if (h.judgment) steps.push({ base: 'judgment', date: h.judgment.date, lag: rng.int(6, 18) });
        break;
      case 'single-summons':
        steps.push(summonsStep(rng, h, h.claimReceived));
        break;
    }
    // jc-letter and cover-only need an authority; fall back to a termination letter
    for (const s of steps) if ((s.base === 'jc-letter' || s.base === 'cover-only') && !authorityFor(court)) s.base = 'termination';
    for (const s of steps) if (s.base === 'termination') s.date = h.termination;
    steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const hhDocs: DocSpec[] = [];
    let lastArrival = '0000-00-00';
    for (const s of steps) {
      let arrival = addDays(s.date, s.lag);
      if (arrival <= lastArrival) arrival = addDays(lastArrival, 1);
      lastArrival = arrival;
      const spec: DocSpec = {
        id: '', type: TYPE_OF[s.base], kind: s.forwarded ? 'forwarded-copy' : (s.base as Kind), household: h, letterDate: s.date, arrival,
        paperSeed: rng.int(1, 2 ** 31), withHearing: s.withHearing ?? false, withServed: s.withServed ?? false,
        forwardedBy: s.forwarded ? authorityFor(court) : null, rescanOf: null, base: s.base,
      };
      hhDocs.push(spec);
      // sometimes the same paper reaches the service again (tenant brings the copy, second scan)
      if (['notice', 'summons', 'bailiff', 'judgment'].includes(s.base) && !s.forwarded && rng.chance(0.1)) {
        const arr2 = addDays(arrival, rng.int(1, 15));
        lastArrival = arr2;
        hhDocs.push({ ...spec, kind: 'rescan', arrival: arr2, rescanOf: 'prev' });
      }
    }
    for (const d of hhDocs) {
      if (docs.length >= count) break;
      d.id = `d${String(docs.length + 1).padStart(3, '0')}`;
      if (d.rescanOf === 'prev') d.rescanOf = docs[docs.length - 1]?.id ?? null;
      docs.push(d);
    }
  }
  return docs;
}
