/** Households with coherent stories, and the plan of which documents of them reach the inbox. */
import { Rng } from './rng.js';
import { NAME_POOLS, ORIGIN_WEIGHTS } from './names.js';
import { TOWNS, COURT_TOWNS, ADDITIONS } from './places.js';
import { LANDLORDS_BY_REGION, LAWYER_OF, COURTS, BAILIFFS, AUTHORITY_OF_COURT } from './senders.js';
import { addDays, addWorkdays, endOfMonth, workday, yearShort } from './format.js';
import type { DocPlan, DocType, Household, Part, Person, Story, JudgmentKind } from './model.js';

const REGION_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ag-gummersbach', 14], ['ag-wipperfuerth', 11], ['ag-waldbroel', 8],
  ['ag-dortmund', 24], ['ag-leipzig', 18], ['ag-mannheim', 7], ['none-north', 8],
];
const BAILIFF_OF: Record<string, string> = { 'ag-gummersbach': 'gv-gummersbach', 'ag-wipperfuerth': 'gv-wipperfuerth', 'ag-dortmund': 'gv-dortmund', 'ag-mannheim': 'gv-mannheim' };
const LETTER_LANDLORDS = new Set(['leppetal', 'nordstern']);

function person(rng: Rng, origin: string, gender: 'm' | 'f', family: readonly [string, string] | null, minYear = 1952, maxYear = 2003): Person {
  const pool = NAME_POOLS[origin] ?? NAME_POOLS.german;
  if (!pool) throw new Error('no name pool');
  const fam = family ?? rng.pick(pool.family);
  const y = rng.int(minYear, maxYear);
  const birth = `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { given: rng.pick(gender === 'm' ? pool.male : pool.female), family: gender === 'm' ? fam[0] : fam[1], gender, birth, dr: rng.chance(0.02) };
}

function tenantsFor(rng: Rng): Person[] {
  const origin = rng.weighted(ORIGIN_WEIGHTS);
  const pool = NAME_POOLS[origin];
  if (!pool) throw new Error('pool');
  const n = rng.weighted([[1, 58], [2, 36], [3, 6]] as const);
  const first = person(rng, origin, rng.chance(0.5) ? 'm' : 'f', null);
  if (n === 1) return [first];
  const fam = pool.family.find((f) => f[0] === first.family || f[1] === first.family) ?? [first.family, first.family];
  const sameName = rng.chance(0.75);
  const partner = person(rng, sameName ? origin : rng.weighted(ORIGIN_WEIGHTS), first.gender === 'm' ? 'f' : 'm', sameName ? fam : null);
  const list = first.gender === 'm' || rng.chance(0.3) ? [first, partner] : [partner, first];
  if (n === 3) list.push(person(rng, origin, rng.chance(0.5) ? 'm' : 'f', fam, 2000, 2006));
  return list;
}

function houseNumber(rng: Rng): string {
  const n = rng.int(1, 148);
  const r = rng.next();
  if (r < 0.18) return `${n}${rng.pick(['a', 'b', 'c'])}`;
  if (r < 0.25) return `${n}-${n + rng.pick([1, 2, 4])}`;
  return String(n);
}

function storyFor(rng: Rng, rent: number): Story {
  const claimReceived = workday(addDays('2024-11-04', rng.int(0, 640)));
  const termination = workday(addDays(claimReceived, -rng.int(20, 70)));
  const reminder = workday(addDays(termination, -rng.int(12, 40)));
  const reminderArrears = rent * rng.int(1, 2) + (rng.chance(0.4) ? rng.int(1, 40) * 1000 : 0);
  const terminationArrears = reminderArrears + rent * rng.int(0, 1) + (rng.chance(0.3) ? rng.int(0, 9999) : 0);
  const claimArrears = terminationArrears + rent * rng.int(0, 2);
  const served = addWorkdays(claimReceived, rng.int(6, 24));
  const servedInNotice = rng.chance(0.32);
  const noticeDate = servedInNotice ? addWorkdays(served, rng.int(1, 5)) : addWorkdays(claimReceived, rng.int(1, 7));
  const hearingDate = addWorkdays(claimReceived, rng.int(38, 85));
  const hearing = { date: hearingDate, time: `${String(rng.int(8, 13)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45', '00', '30'])}`, room: '' };
  const hearingInNotice = rng.chance(0.38);
  const summonsDate = addWorkdays(noticeDate, rng.int(4, 20));
  const judgmentKind = rng.weighted<JudgmentKind>([['versaeumnisurteil', 45], ['anerkenntnisurteil', 20], ['raeumungsurteil', 35]]);
  let judgmentDate = hearingDate;
  if (judgmentKind === 'versaeumnisurteil' && rng.chance(0.45)) judgmentDate = addWorkdays(served, rng.int(22, 35));
  if (judgmentKind === 'raeumungsurteil' && rng.chance(0.5)) judgmentDate = addWorkdays(hearingDate, rng.int(10, 21));
  const vacateP = judgmentKind === 'versaeumnisurteil' ? 0.15 : 0.5;
  const vacate = rng.chance(vacateP) ? endOfMonth(judgmentDate, rng.int(1, 3)) : null;
  const judgmentArrears = rng.chance(0.75) ? claimArrears + (rng.chance(0.4) ? rent * rng.int(1, 2) : 0) : null;
  const bailiffBase = vacate ? addDays(vacate, rng.int(3, 25)) : addDays(judgmentDate, rng.int(35, 100));
  const bailiffDate = workday(bailiffBase);
  const eviction = { date: addWorkdays(bailiffDate, rng.int(22, 45)), time: `${String(rng.int(7, 11)).padStart(2, '0')}:${rng.pick(['00', '30', '15', '00', '45'])}` };
  const jcDate = addWorkdays(noticeDate, rng.int(3, 12));
  const jcReceived = addWorkdays(noticeDate, rng.int(1, 3));
  const fwdDate = addWorkdays(jcReceived, rng.int(1, 5));
  return { reminder, termination, ordinary: rng.chance(0.55), reminderArrears, terminationArrears, claimReceived, claimArrears, noticeDate, served, servedInNotice, hearing, hearingInNotice, summonsDate, judgmentKind, judgmentDate, vacate, judgmentArrears, bailiffDate, eviction, jcDate, jcReceived, fwdDate };
}

export function makeHousehold(rng: Rng, key: string, region: string): Household {
  const townKey = rng.pick(COURT_TOWNS[region] ?? ['bremen']);
  const town = TOWNS[townKey];
  if (!town) throw new Error(`town ${townKey}`);
  const landlordKey = rng.pick(LANDLORDS_BY_REGION[region] ?? ['nordstern']);
  const rent = rng.int(340, 1150) * 100 + (rng.chance(0.55) ? rng.int(1, 99) : 0);
  const story = storyFor(rng, rent);
  const court = COURTS[region];
  const dept = court ? rng.pick(court.departments) : rng.int(2, 19);
  const courtName = court?.name ?? (region === 'ag-mannheim' ? 'Amtsgericht Mannheim' : `Amtsgericht ${town.city}`);
  if (court) story.hearing.room = rng.pick(court.rooms);
  const bailiffKey = BAILIFF_OF[region] ?? null;
  const bailiff = bailiffKey ? BAILIFFS[bailiffKey] : undefined;
  return {
    key, region, town,
    tenants: tenantsFor(rng),
    flat: { street: rng.pick(town.streets), houseNumber: houseNumber(rng), postalCode: rng.pick(town.postalCodes), city: town.city, addition: rng.chance(0.3) ? rng.pick(ADDITIONS) : null },
    landlordKey, lawyerKey: LAWYER_OF[landlordKey] ?? null, rent,
    fileNumber: { dept, serial: rng.int(12, 2380), year: yearShort(story.claimReceived) },
    titleCourt: courtName,
    bailiffKey,
    drNumber: bailiff ? `${bailiff.dr} ${rng.int(40, 2900)}/${yearShort(story.bailiffDate)}` : '',
    authorityKey: AUTHORITY_OF_COURT[region] ?? null,
    customerNo: `${rng.int(10, 99)}${rng.pick(['2', '5', '7'])}0${rng.int(1, 9)}//${String(rng.int(1000000, 9999999))}`,
    story, seed: Math.floor(rng.next() * 1e9),
  };
}

export function typeOfPart(p: Part): DocType {
  switch (p) {
    case 'notice': case 'notice-fwd': return 'court_notice';
    case 'summons': return 'hearing_summons';
    case 'judgment': return 'judgment';
    case 'bailiff': return 'eviction_notice';
    default: return 'other';
  }
}

function canDo(h: Household, p: Part): boolean {
  const hasCourt = COURTS[h.region] !== undefined;
  const lettering = h.lawyerKey !== null || LETTER_LANDLORDS.has(h.landlordKey);
  switch (p) {
    case 'notice': case 'summons': case 'judgment': return hasCourt;
    case 'notice-fwd': case 'jcletter': case 'cover': return hasCourt && h.authorityKey !== null;
    case 'bailiff': return h.bailiffKey !== null;
    case 'mahnung': case 'kuendigung': return lettering;
    case 'rescan': return true;
  }
}

const MULTI: readonly (readonly [readonly Part[], number])[] = [
  [['notice', 'summons'], 8], [['notice', 'summons', 'judgment'], 4], [['notice', 'judgment', 'bailiff'], 3],
  [['kuendigung', 'notice'], 4], [['notice', 'rescan'], 4], [['judgment', 'bailiff'], 3], [['notice-fwd', 'summons', 'bailiff'], 3],
  [['mahnung', 'kuendigung', 'notice-fwd'], 2], [['bailiff', 'rescan'], 3], [['notice-fwd', 'jcletter'], 2],
  [['notice', 'summons', 'judgment', 'bailiff'], 2], [['kuendigung', 'jcletter'], 1], [['summons', 'rescan'], 2],
  [['mahnung', 'kuendigung'], 3], [['notice-fwd', 'rescan'], 1], [['kuendigung', 'notice', 'summons'], 2],
];
const SINGLE: readonly (readonly [readonly Part[], number])[] = [
  [['notice'], 10], [['notice-fwd'], 5], [['summons'], 5], [['judgment'], 4], [['bailiff'], 5],
  [['kuendigung'], 4], [['mahnung'], 3], [['jcletter'], 4], [['cover'], 3],
];

function arrivalOf(h: Household, p: Part, rng: Rng): string {
  const s = h.story;
  const after = (d: string, a: number, b: number): string => workday(addDays(d, rng.int(a, b)));
  switch (p) {
    case 'mahnung': return after(s.reminder, 3, 20);
    case 'kuendigung': return after(s.termination, 3, 18);
    case 'notice': return after(s.noticeDate, 2, 6);
    case 'notice-fwd': return after(s.fwdDate, 2, 6);
    case 'jcletter': case 'cover': return after(s.jcDate, 2, 6);
    case 'summons': return after(s.summonsDate, 2, 7);
    case 'judgment': return after(s.judgmentDate, 8, 18);
    case 'bailiff': return after(s.bailiffDate, 2, 6);
    case 'rescan': return '';
  }
}

/** Bailiff notices in a scenario, counting a rescan that directly follows one. */
function bailiffCount(parts: readonly Part[]): number {
  return parts.filter((p, i) => p === 'bailiff' || (p === 'rescan' && parts[i - 1] === 'bailiff')).length;
}

/** Plan the inbox: households and their documents, with the type mix of the brief. */
export function planDocuments(rng: Rng, count: number): DocPlan[] {
  const budget: Record<DocType, number> = {
    court_notice: Math.round(count * 0.4), hearing_summons: Math.round(count * 0.15), eviction_notice: Math.round(count * 0.15),
    judgment: Math.round(count * 0.1), other: 0,
  };
  budget.other = count - budget.court_notice - budget.hearing_summons - budget.eviction_notice - budget.judgment;
  const plans: DocPlan[] = [];
  const senderUse = new Map<string, number>();
  const bailiffCap = Math.ceil(budget.eviction_notice / 4);
  const letterCap = Math.ceil(budget.other / 6) + 1;
  let hh = 0;
  let guard = 0;
  while (plans.length < count && guard++ < 100000) {
    const region = rng.weighted(REGION_WEIGHTS);
    const h = makeHousehold(rng.fork(hh + 1), `hh${String(hh + 1).padStart(3, '0')}`, region);
    const multi = rng.chance(0.42);
    const fits = (parts: readonly Part[]): boolean => {
      const need: Record<DocType, number> = { court_notice: 0, hearing_summons: 0, eviction_notice: 0, judgment: 0, other: 0 };
      let prev: Part | null = null;
      for (const p of parts) {
        if (!canDo(h, p)) return false;
        const t = p === 'rescan' ? (prev ? typeOfPart(prev) : 'other') : typeOfPart(p);
        need[t] += 1;
        prev = p;
      }
      if (!(Object.keys(need) as DocType[]).every((t) => need[t] <= budget[t])) return false;
      // keep single senders from crowding out the others (soft caps per bailiff / letter writer)
      const bailiffDocs = bailiffCount(parts);
      if (bailiffDocs > 0 && (senderUse.get(h.bailiffKey ?? '') ?? 0) + bailiffDocs > bailiffCap) return false;
      const letters = parts.filter((p) => p === 'mahnung' || p === 'kuendigung').length;
      const writer = h.lawyerKey ?? h.landlordKey;
      if (letters > 0 && (senderUse.get(writer) ?? 0) + letters > letterCap) return false;
      return true;
    };
    const boost = (parts: readonly Part[]): number => {
      let w = 1;
      if (parts.includes('bailiff') && (senderUse.get(h.bailiffKey ?? '') ?? 0) < 4) w *= 4;
      if ((parts.includes('mahnung') || parts.includes('kuendigung')) && (senderUse.get(h.lawyerKey ?? h.landlordKey) ?? 0) < 3) w *= 4;
      return w;
    };
    const options = (multi ? MULTI : SINGLE).filter(([parts]) => fits(parts)).map(([parts, w]) => [parts, w * boost(parts)] as const);
    if (options.length === 0) continue;
    const parts = rng.weighted(options);
    hh++;
    if (h.bailiffKey) senderUse.set(h.bailiffKey, (senderUse.get(h.bailiffKey) ?? 0) + bailiffCount(parts));
    for (const p of parts) {
      if (p === 'mahnung' || p === 'kuendigung') senderUse.set(h.lawyerKey ?? h.landlordKey, (senderUse.get(h.lawyerKey ?? h.landlordKey) ?? 0) + 1);
    }
    let last: DocPlan | null = null;
    for (const p of parts) {
      const original: DocPlan | null = p === 'rescan' ? last : null;
      const type = original ? original.type : typeOfPart(p);
      let arrival = original ? addDays(original.arrival, rng.int(1, 21)) : arrivalOf(h, p, rng);
      if (last && arrival <= last.arrival) arrival = addDays(last.arrival, rng.int(1, 4));
      const kindMap: Record<Part, string> = { notice: 'notice', 'notice-fwd': 'forwarded-copy', summons: 'summons', judgment: 'judgment', bailiff: 'bailiff', mahnung: 'reminder', kuendigung: 'termination', jcletter: 'authority-letter', cover: 'cover-letter', rescan: 'rescan' };
      const plan: DocPlan = { id: '', type, part: original ? original.part : p, kind: kindMap[p], household: h, original, arrival, seed: original ? original.seed : Math.floor(rng.next() * 1e9) };
      budget[type] -= 1;
      plans.push(plan);
      last = plan;
    }
  }
  plans.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : 0));
  plans.forEach((p, i) => { p.id = `d${String(i + 1).padStart(3, '0')}`; });
  return plans;
}
