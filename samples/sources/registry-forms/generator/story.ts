/** Builds households with coherent stories and plans their documents. */
import { addDays, endOfMonth, workday } from './fmt.js';
import type { BailiffData, DocPlan, Era, Household, JudgmentKind, Person } from './model.js';
import { NAME_POOLS, type Sex } from './names.js';
import { ADDITIONS, STREETS, TOWNS, type CourtKey, type Town } from './places.js';
import type { Rng } from './rng.js';
import { AUTHORITIES, BAILIFFS, COURTS, LANDLORDS } from './senders.js';

type Step = 'N' | 'NF' | 'S' | 'SF' | 'J' | 'B' | 'BF' | 'T' | 'M' | 'C' | 'L' | 'R' | 'O';

/** Story templates (steps in story order) with weights; R = rescan of the previous document. */
const STORIES: readonly (readonly [readonly Step[], number])[] = [
  [['N'], 12], [['NF'], 5], [['N', 'S'], 10], [['N', 'S', 'J'], 5], [['N', 'J', 'B'], 4], [['T', 'N'], 5],
  [['T', 'N', 'S'], 2], [['N', 'R'], 4], [['B'], 11], [['BF'], 3], [['J'], 6], [['J', 'B'], 4], [['S'], 5], [['SF'], 1],
  [['T'], 7], [['M', 'T'], 3], [['M'], 2], [['C'], 3], [['L', 'N'], 2], [['L'], 1], [['O'], 7], [['S', 'R'], 1], [['B', 'R'], 1],
  [['NF', 'S'], 2], [['N', 'S', 'J', 'B'], 2],
];

function femaleFamily(family: string): string {
  if (/ski$/.test(family)) return family.replace(/ski$/, 'ska');
  if (/cki$/.test(family)) return family.replace(/cki$/, 'cka');
  if (/ow$/.test(family)) return `${family}a`;
  return family;
}

function person(rng: Rng, sex: Sex, family: string, poolIdx: number, year: number, avoid: readonly Person[] = []): Person {
  const pool = NAME_POOLS[poolIdx] ?? NAME_POOLS[0];
  if (!pool) throw new Error('no name pool');
  const names = (sex === 'm' ? pool.male : pool.female).filter((n) => !avoid.some((p) => p.given === n));
  const given = rng.pick(names.length > 0 ? names : sex === 'm' ? pool.male : pool.female);
  const by = year - rng.int(21, 68);
  const birthDate = `${by}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { given, family: sex === 'f' ? femaleFamily(family) : family, sex, birthDate, title: rng.chance(0.03) ? 'Dr.' : null };
}

function tenants(rng: Rng, year: number): Person[] {
  const poolIdx = NAME_POOLS.indexOf(rng.weighted(NAME_POOLS.map((p) => [p, p.weight] as const)));
  const pool = NAME_POOLS[poolIdx];
  if (!pool) throw new Error('no pool');
  const family = rng.pick(pool.family);
  const n = rng.weighted([[1, 58], [2, 36], [3, 6]] as const);
  const first = person(rng, rng.chance(0.55) ? 'm' : 'f', family, poolIdx, year);
  const out = [first];
  if (n >= 2) {
    const sameName = rng.chance(0.7);
    const fam2 = sameName ? family : rng.pick(rng.pick(NAME_POOLS).family);
    const idx2 = sameName ? poolIdx : NAME_POOLS.findIndex((p) => p.family.includes(fam2));
    out.push(person(rng, first.sex === 'm' ? 'f' : 'm', fam2, idx2 >= 0 ? idx2 : poolIdx, year, out));
  }
  if (n >= 3) out.push(person(rng, rng.chance(0.5) ? 'm' : 'f', family, poolIdx, year - 2, out));
  return out;
}

function pickTown(rng: Rng, court?: CourtKey): Town {
  const towns = court ? TOWNS.filter((t) => t.court === court) : TOWNS;
  return rng.weighted(towns.map((t) => [t, t.weight] as const));
}

function randomDate(rng: Rng, from: string, spanDays: number): string {
  return workday(addDays(from, rng.int(0, spanDays)));
}

const ERA_START: Record<Era, [string, number]> = {
  current: ['2025-01-08', 600], y2009: ['2009-02-02', 500], y2007: ['2006-09-01', 400], y2003: ['2003-03-03', 450],
};
const ERA_COURT: Record<Exclude<Era, 'current'>, CourtKey> = { y2009: 'gummersbach', y2007: 'neuwied', y2003: 'waldbroel' };

export function buildHousehold(rng: Rng, key: string, era: Era): Household {
  const town = era === 'current' ? pickTown(rng) : pickTown(rng, ERA_COURT[era]);
  const court = town.court;
  const [start, span] = ERA_START[era];
  const claimReceived = randomDate(rng, start, span);
  const year = Number(claimReceived.slice(0, 4));
  const street = rng.pick(STREETS);
  const hn = rng.weighted([[String(rng.int(1, 120)), 70], [`${rng.int(1, 60)}${rng.pick(['a', 'b', 'c'])}`, 20], [`${rng.int(1, 30) * 2 + 1}-${0}`, 10]] as const);
  const houseNumber = hn.endsWith('-0') ? `${hn.slice(0, -2)}-${Number(hn.slice(0, -2)) + rng.pick([2, 4])}` : hn;
  const landlords = LANDLORDS.filter((l) => l.courts.includes(court));
  const landlord = rng.pick(landlords);
  const authority = rng.pick(AUTHORITIES.filter((a) => a.courts.includes(court)));
  const rent = rng.chance(0.6) ? rng.int(76, 196) * 500 : rng.int(38000, 98000);
  const months = rng.int(2, 7);
  const arrears = months * rent - (rng.chance(0.5) ? rng.int(0, Math.floor(rent * 0.8)) : 0) + (rng.chance(0.2) ? rng.int(500, 9000) : 0);
  const terminationDate = workday(addDays(claimReceived, -rng.int(18, 75)));
  const claimServed = workday(addDays(claimReceived, rng.int(8, 24)));
  const servedInNotice = rng.chance(0.3);
  const noticeDate = servedInNotice ? workday(addDays(claimServed, rng.int(1, 6))) : workday(addDays(claimReceived, rng.int(1, 9)));
  const c = COURTS[court];
  const summonsDate = workday(addDays(servedInNotice ? noticeDate : claimReceived, rng.int(10, 35)));
  const hearingDate = workday(addDays(summonsDate, rng.int(21, 55)));
  const hearing = { date: hearingDate, time: `${String(rng.int(8, 12)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`, room: rng.pick(c.rooms) };
  const hearingInNotice = rng.chance(0.35);
  const kind: JudgmentKind = rng.weighted([['versaeumnisurteil', 5], ['anerkenntnisurteil', 2], ['raeumungsurteil', 3]] as const);
  const written = kind !== 'raeumungsurteil' && rng.chance(0.4);
  const jDate = written ? workday(addDays(claimServed, rng.int(22, 40))) : hearingDate;
  const vacate = kind !== 'versaeumnisurteil' && rng.chance(0.6) ? endOfMonth(addDays(jDate, rng.int(40, 120))) : null;
  const ordered = arrears + (rng.chance(0.3) ? rent * rng.int(1, 2) : 0);
  const bailiffs = BAILIFFS.filter((b) => b.court === court);
  const start2 = vacate ?? addDays(jDate, rng.int(20, 50));
  const letterDate = workday(addDays(start2, rng.int(5, 60)));
  const bailiff: BailiffData | null = bailiffs.length > 0
    ? { bailiff: rng.pick(bailiffs), drSerial: rng.int(80, 2400), drYy: letterDate.slice(2, 4), letterDate,
      date: workday(addDays(letterDate, rng.int(22, 50))), time: `${String(rng.int(7, 11)).padStart(2, '0')}:${rng.pick(['00', '30', '00', '15', '45'])}` }
    : null;
  return {
    key, era, town, court, tenants: tenants(rng, year),
    flat: { street, houseNumber, addition: rng.chance(0.3) ? rng.pick(ADDITIONS) : null, postalCode: rng.pick(town.postalCodes), city: town.city },
    landlord, authority, rent, arrears, arrearsMonths: months, terminationDate, ordinaryTermination: rng.chance(0.55),
    reminderDate: workday(addDays(terminationDate, -rng.int(14, 40))), claimReceived, claimServed,
    fileNo: { dept: rng.pick(c.departments), serial: rng.int(40, 1900), yy: claimReceived.slice(2, 4) },
    noticeDate, hearing, hearingInNotice, servedInNotice, summonsDate,
    judgment: { kind, date: jDate, vacateDeadline: vacate, ordered, written }, bailiff,
  };
}

const STEP_DOC: Record<Exclude<Step, 'R'>, Pick<DocPlan, 'type' | 'kind' | 'base' | 'forwarded'>> = {
  N: { type: 'court_notice', kind: 'notice', base: 'notice', forwarded: false },
  O: { type: 'court_notice', kind: 'notice', base: 'notice', forwarded: false },
  NF: { type: 'court_notice', kind: 'forwarded-copy', base: 'notice', forwarded: true },
  S: { type: 'hearing_summons', kind: 'summons', base: 'summons', forwarded: false },
  SF: { type: 'hearing_summons', kind: 'forwarded-copy', base: 'summons', forwarded: true },
  J: { type: 'judgment', kind: 'judgment', base: 'judgment', forwarded: false },
  B: { type: 'eviction_notice', kind: 'bailiff', base: 'bailiff', forwarded: false },
  BF: { type: 'eviction_notice', kind: 'forwarded-copy', base: 'bailiff', forwarded: true },
  T: { type: 'other', kind: 'letter', base: 'termination', forwarded: false },
  M: { type: 'other', kind: 'reminder', base: 'reminder', forwarded: false },
  C: { type: 'other', kind: 'cover-letter', base: 'cover-only', forwarded: false },
  L: { type: 'other', kind: 'jobcenter-letter', base: 'jobcenter-letter', forwarded: false },
};

function stepDate(h: Household, step: Exclude<Step, 'R'>): string {
  switch (step) {
    case 'N': case 'O': case 'NF': case 'C': return h.noticeDate;
    case 'S': case 'SF': return h.summonsDate;
    case 'J': return h.judgment?.date ?? h.noticeDate;
    case 'B': case 'BF': return h.bailiff?.letterDate ?? h.noticeDate;
    case 'T': return h.terminationDate;
    case 'M': return h.reminderDate;
    case 'L': return workday(addDays(h.claimReceived, -3));
  }
}

/** Plans documents until `count` is reached. Returns plans sorted by arrival. */
export function planCorpus(rng: Rng, count: number): DocPlan[] {
  const plans: Omit<DocPlan, 'id'>[] = [];
  let hi = 0;
  let oldCount = 0;
  while (plans.length < count) {
    const steps = rng.weighted(STORIES);
    hi += 1;
    let era: Era = 'current';
    if (steps[0] === 'O') {
      era = (['y2003', 'y2009', 'y2007'] as const)[oldCount % 3] ?? 'y2003';
      oldCount += 1;
    }
    const h = buildHousehold(rng.fork(hi), `h${String(hi).padStart(3, '0')}`, era);
    if (steps.some((s) => s === 'B' || s === 'BF') && !h.bailiff) continue;
    let lastArrival = '';
    let prev: Omit<DocPlan, 'id'> | null = null;
    for (const step of steps) {
      if (plans.length >= count) break;
      if (step === 'R') {
        if (!prev) continue;
        const arrival = addDays(prev.arrival, rng.int(1, 20));
        const p: Omit<DocPlan, 'id'> = { ...prev, kind: 'rescan', arrival, scanSeed: rng.int(1, 1e9), rescanOf: plans.indexOf(prev) };
        plans.push(p);
        lastArrival = arrival;
        continue;
      }
      const d = STEP_DOC[step];
      const letterDate = stepDate(h, step);
      let arrival = addDays(letterDate, d.forwarded ? rng.int(6, 15) : rng.int(2, 8));
      if (lastArrival && arrival <= lastArrival) arrival = addDays(lastArrival, rng.int(1, 5));
      const p: Omit<DocPlan, 'id'> = { ...d, household: h, letterDate, arrival, profile: 'text-pdf', seed: rng.int(1, 1e9), scanSeed: rng.int(1, 1e9), rescanOf: null };
      plans.push(p);
      prev = p;
      lastArrival = arrival;
    }
  }
  const sorted = [...plans].sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : 0));
  return sorted.map((p, i) => ({ ...p, id: `d${String(i + 1).padStart(3, '0')}` }));
}
