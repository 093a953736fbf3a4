import { Rng } from './rng.js';
import { LAWYERS, makeHousehold, type Household } from './model.js';
import type { DocType } from './common.js';
import type { OtherKind } from './other.js';
import { addDays, workday } from './format.js';
import { SUMMONS_FAMILY } from './summons.js';
import { forwarderFor, type ForwarderKey } from './forward.js';
import { bailiffFor } from './bailiff.js';

export interface Step { type: DocType; kind: string; other?: OtherKind; forward?: boolean; rescan?: boolean }
export interface DocPlan {
  household: Household;
  type: DocType;
  kind: string;
  other: OtherKind | null;
  forward: ForwarderKey | null;
  forwardDate: string | null;
  contentSeed: number;
  arrival: string;
  rescanOf: DocPlan | null;
}

const N: Step = { type: 'court_notice', kind: 'notice' };
const S: Step = { type: 'hearing_summons', kind: 'summons' };
const J: Step = { type: 'judgment', kind: 'judgment' };
const B: Step = { type: 'eviction_notice', kind: 'bailiff' };
const o = (k: OtherKind): Step => ({ type: 'other', kind: k === 'settlement' ? 'settlement' : 'letter', other: k });
const fw = (s: Step): Step => ({ ...s, forward: true, kind: 'forwarded-copy' });
const re = (s: Step): Step => ({ ...s, rescan: true, kind: 'rescan' });

/** Story patterns with how many households follow each (for the default count of 160). */
const PATTERNS: readonly [Step[], number][] = [
  [[N], 20], [[fw(N)], 8], [[N, re(N)], 5], [[N, S], 8], [[o('termination'), N], 6], [[o('lawyer-termination'), N], 5],
  [[N, S, J], 4], [[N, S, J, B], 3], [[o('reminder'), o('termination'), N, S], 2], [[S], 4], [[fw(S)], 2],
  [[J, B], 4], [[J], 4], [[fw(J)], 1], [[B], 8], [[fw(B)], 4], [[o('settlement'), B], 3], [[B, re(B)], 1],
  [[o('reminder')], 4], [[o('termination')], 3], [[o('lawyer-termination')], 2], [[o('jobcenter-letter')], 4],
];

function needsBailiff(steps: Step[]): boolean { return steps.some((s) => s.type === 'eviction_notice'); }
function needsForwarder(steps: Step[]): boolean { return steps.some((s) => s.forward || s.other === 'jobcenter-letter'); }

function letterDate(h: Household, s: Step): string {
  switch (s.type) {
    case 'court_notice': return h.noticeDate;
    case 'hearing_summons': return h.summonsDate;
    case 'judgment': return addDays(h.judgment.date, 6);
    case 'eviction_notice': return h.bailiffLetterDate;
    default:
      if (s.other === 'reminder') return h.reminderDate;
      if (s.other === 'jobcenter-letter') return addDays(h.terminationDate, 10);
      if (s.other === 'settlement') return h.judgment.date;
      return h.terminationDate;
  }
}

export function planCorpus(seed: number, count: number): DocPlan[] {
  const rng = new Rng(seed);
  const scale = count / 160;
  const list: Step[][] = [];
  for (const [steps, n] of PATTERNS) for (let i = 0; i < Math.max(1, Math.round(n * scale)); i++) list.push(steps);
  // deterministic shuffle
  for (let i = list.length - 1; i > 0; i--) { const j = rng.int(0, i); const t = list[i]; list[i] = list[j] ?? []; list[j] = t ?? []; }
  // exact count: drop single-document households from the end, or add single notices / letters
  const fill: Step[][] = [[N], [o('reminder')], [B], [S], [fw(N)], [J]];
  let total = list.reduce((n, l) => n + l.length, 0);
  while (total > count) {
    const over = total - count;
    let i = list.map((l) => l.length).lastIndexOf(1);
    if (i < 0) i = list.findLastIndex((l) => l.length <= over);
    if (i < 0) break;
    total -= list[i]?.length ?? 0;
    list.splice(i, 1);
  }
  for (let k = 0; total < count; k++) { list.push(fill[k % fill.length] ?? [N]); total += 1; }
  const docs: DocPlan[] = [];
  let hi = 1;
  for (const steps of list) {
    const oberberg = rng.chance(0.3);
    let filter: string[] | undefined;
    if (needsBailiff(steps)) filter = oberberg ? undefined : ['koeln', 'duisburg'];
    else if (needsForwarder(steps)) filter = oberberg ? undefined : ['koeln', 'duisburg'];
    const needsHearing = steps.some((s) => s.type === 'hearing_summons' || s.other === 'settlement');
    const h = makeHousehold(new Rng(rng.seed()), hi++, oberberg, filter, needsHearing);
    if (SUMMONS_FAMILY[h.court.key] === 'postpone') h.hearingKnownAtNotice = false;
    if (steps.some((s) => s.type === 'judgment' || s.type === 'eviction_notice')) h.judgment.settlement = steps.some((s) => s.other === 'settlement');
    if (steps.some((s) => s.other === 'lawyer-termination') && !h.lawyer) h.lawyer = LAWYERS[h.town.oberberg ? 'ra-hallmann' : 'ra-kessler'] ?? null;
    if (steps.some((s) => s.type === 'eviction_notice') && bailiffFor(h) === null) throw new Error('bailiff region');
    let last = '2000-01-01';
    for (const st of steps) {
      const prev = docs[docs.length - 1];
      const base = letterDate(h, st);
      let arrival: string;
      let forward: ForwarderKey | null = null;
      let forwardDate: string | null = null;
      if (st.rescan && prev) {
        arrival = addDays(prev.arrival, rng.int(1, 6));
      } else if (st.forward) {
        forward = forwarderFor(h);
        forwardDate = addDays(base, rng.int(3, 8));
        arrival = addDays(forwardDate, rng.int(1, 4));
      } else arrival = addDays(base, rng.int(2, 7));
      arrival = workday(arrival);
      if (arrival <= last) arrival = workday(addDays(last, 1));
      last = arrival;
      const rescanOf = st.rescan && prev ? prev : null;
      docs.push({
        household: h, type: st.type, kind: st.kind, other: st.other ?? null, forward, forwardDate,
        contentSeed: rescanOf ? rescanOf.contentSeed : rng.seed(), arrival, rescanOf,
      });
    }
  }
  return docs;
}
