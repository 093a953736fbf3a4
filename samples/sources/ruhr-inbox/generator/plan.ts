import { addDays, workday } from './format.js';
import { baseLayout, coverFor } from './layouts/index.js';
import type { DocSpec, Household, Kind } from './model.js';
import type { Rng } from './prng.js';
import { makeHousehold, storyFor } from './story.js';

/** The inbox: households, their papers in arrival order, letter dates and arrival days. */

type BaseKind = DocSpec['base'];

function letterDate(kind: BaseKind, hh: Household, rng: Rng, noticeDate: string): string {
  switch (kind) {
    case 'notice': return noticeDate;
    case 'summons': {
      if (hh.earlyHearing) return workday(addDays(noticeDate, rng.int(0, 3)));
      const d = workday(addDays(hh.hearing.date, -rng.int(18, 30)));
      return d > noticeDate ? d : workday(addDays(noticeDate, 3));
    }
    case 'judgment': return workday(addDays(hh.judgment.date, rng.int(3, 12)));
    case 'bailiff': return hh.eviction.letterDate;
    case 'termination': return hh.terminationDate;
    case 'reminder': return workday(addDays(hh.terminationDate, -rng.int(14, 28)));
    case 'jc-letter': return workday(addDays(noticeDate, rng.int(6, 15)));
    case 'cover-alone': return workday(addDays(noticeDate, rng.int(4, 12)));
  }
}

function arrivalLag(kind: Kind, rng: Rng): number {
  switch (kind) {
    case 'termination': case 'reminder': return rng.int(4, 20);
    case 'judgment': return rng.int(3, 14);
    case 'rescan': return rng.int(1, 15);
    default: return rng.int(2, 5);
  }
}

export function planInbox(rng: Rng, count: number): DocSpec[] {
  const docs: DocSpec[] = [];
  let hi = 0;
  while (docs.length < count) {
    const hr = rng.fork(hi);
    const hh = makeHousehold(hr, hi);
    hi++;
    const story = storyFor(hr, hh);
    const noticeAfterService = hr.chance(0.3) && hh.claimServed !== null;
    const noticeDate = workday(noticeAfterService && hh.claimServed ? addDays(hh.claimServed, hr.int(1, 6)) : addDays(hh.claimReceived, hr.int(1, 7)));
    let prev: DocSpec | null = null;
    let lastArrival = '0000-00-00';
    for (const kind of story) {
      if (docs.length >= count) break;
      const base: BaseKind | null = kind === 'rescan' ? prev?.base ?? null : kind === 'forwarded-copy' ? prev?.base ?? 'notice' : kind;
      if (!base) continue;
      const choice = baseLayout(base, hh);
      const baseDate = kind === 'rescan' && prev ? prev.letterDate : letterDate(base, hh, hr, noticeDate);
      let date = baseDate;
      let sender = choice.sender;
      let layout = choice.layout;
      let forwardedBy: string | null = null;
      if (kind === 'forwarded-copy') {
        const cover = coverFor(hh);
        date = workday(addDays(baseDate, hr.int(4, 12)));
        sender = cover.sender;
        layout = `${cover.layout}+${choice.layout}`;
        forwardedBy = cover.sender;
      }
      if (kind === 'rescan' && prev) {
        sender = prev.sender;
        layout = prev.layout;
        date = prev.letterDate;
      }
      let arrival = addDays(kind === 'rescan' && prev ? prev.arrival : date, arrivalLag(kind, hr));
      if (arrival <= lastArrival) arrival = addDays(lastArrival, hr.int(1, 4));
      arrival = workday(arrival);
      lastArrival = arrival;
      const spec: DocSpec = {
        id: `d${String(docs.length + 1).padStart(3, '0')}`,
        type: choice.type,
        kind,
        base,
        layout,
        sender,
        hh,
        profile: 'text-pdf',
        letterDate: date,
        baseDate: kind === 'rescan' && prev ? prev.baseDate : baseDate,
        arrival,
        forwardedBy,
        rescanOf: kind === 'rescan' && prev ? prev.id : null,
        seed: hr.int(1, 2 ** 30),
      };
      if (kind === 'rescan' && prev) spec.seed = prev.seed;
      docs.push(spec);
      prev = spec;
    }
  }
  return docs;
}
