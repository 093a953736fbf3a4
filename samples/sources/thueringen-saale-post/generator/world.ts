/** Households, their cases and the post each one produces (the "story"). */
import { Rng } from './rng.js';
import { addDays, workday, endOfMonth, toDays, fromDays, cmpDate } from './fmt.js';
import {
  TOWNS, COURTS, NAMES, ORIGIN_WEIGHTS, FLAT_STREETS, ADDITIONS, LANDLORDS, LAW_FIRMS, MANAGERS, BAILIFFS, AUTHORITIES,
  type Town, type Court, type Origin, type Landlord, type Firm, type Manager, type Bailiff, type Authority,
} from './data.js';
import type { DocType, JudgmentKind } from './truth.js';

export interface Person { given: string; surname: string; female: boolean; birth: string; origin: Origin }
export const fullName = (p: Person): string => `${p.given} ${p.surname}`;

export interface Flat { street: string; houseNumber: string; hnPrint: string; town: Town; plz: string; addition: string | null }

export interface Case {
  courtKey: string;
  court: Court;
  az: string;
  claimReceived: string;
  claimServed: string;
  rent: number;
  arrears: number;
  hearing: { date: string; time: string; room: string } | null;
  judgment: { kind: JudgmentKind; date: string; vacate: string | null; ordered: number | null; pastHearing: string | null };
  eviction: { bailiff: Bailiff; dr: string; date: string; time: string };
  landlord: Landlord;
  lawyer: Firm | null;
  manager: Manager | null;
  authority: Authority;
  ordinaryTermination: boolean;
  terminationDate: string;
  bgNumber: string;
  monthsInArrears: number;
}

export type Sub =
  | 'notice' | 'summons' | 'judgment' | 'eviction'
  | 'kuendigung' | 'mahnung' | 'erinnerung' | 'raeumung' | 'darlehen' | 'sozial' | 'cover-only';

export type Kind = 'plain' | 'with-cover' | 'rescan';

export interface DocPlan {
  hh: Household;
  type: DocType;
  sub: Sub;
  kind: Kind;
  letterDate: string;
  arrival: string;
  rescanOf: DocPlan | null;
  /** notice: hearing already set / service date known */
  noticeHearing: boolean;
  noticeServed: boolean;
  seq: number;
  id: string;
}

export interface Household { id: string; idx: number; tenants: Person[]; flat: Flat; c: Case; docs: DocPlan[] }

const ROOMS: Record<string, readonly string[]> = {};
function roomsFor(courtKey: string, rng: Rng): readonly string[] {
  if (!ROOMS[courtKey]) {
    const r = rng.fork(`rooms-${courtKey}`);
    const style = r.int(0, 4);
    const list: string[] = [];
    for (let i = 0; i < 4; i++) {
      if (style === 0) list.push(`Saal ${r.int(1, 6)}`);
      else if (style === 1) list.push(`Sitzungssaal ${r.int(1, 3)}${r.int(0, 2)}${r.int(1, 9)}`);
      else if (style === 2) list.push(`Raum ${r.int(0, 2)}.${String(r.int(1, 24)).padStart(2, '0')}`);
      else if (style === 3) list.push(`Saal ${r.pick(['A', 'B', 'C', 'E 07', 'E 12', 'II'])}`);
      else list.push(`Zimmer ${r.int(101, 319)}`);
    }
    ROOMS[courtKey] = list;
  }
  return ROOMS[courtKey] as readonly string[];
}

function birth(rng: Rng, range: [number, number]): string {
  const y = rng.int(range[0], range[1]);
  const d = toDays(`${y}-01-01`) + rng.int(0, 364);
  return fromDays(d);
}

function person(rng: Rng, origin: Origin, female: boolean, surnameIdx?: number, bornRange?: [number, number]): Person {
  const pool = NAMES[origin];
  const si = surnameIdx ?? rng.int(0, pool.sur.length - 1);
  const surname = (female && pool.fSur ? pool.fSur[si] : pool.sur[si]) as string;
  return { given: rng.pick(female ? pool.f : pool.m), surname, female, birth: birth(rng, bornRange ?? pool.born), origin };
}

function makeTenants(rng: Rng): Person[] {
  const origin = rng.weighted(ORIGIN_WEIGHTS);
  const n = rng.weighted([[1, 55], [2, 33], [3, 8], [4, 4]] as const);
  const pool = NAMES[origin];
  const si = rng.int(0, pool.sur.length - 1);
  const first = person(rng, origin, rng.chance(0.5), si);
  const out = [first];
  if (n >= 2) {
    const mode = rng.int(0, 9);
    if (mode < 6) out.push(person(rng, origin, !first.female, si, [Number(first.birth.slice(0, 4)) - 6, Number(first.birth.slice(0, 4)) + 6].map((y) => Math.min(y, 2004)) as [number, number]));
    else if (mode < 8) {
      // partner with another surname (another origin now and then)
      const o2 = rng.chance(0.6) ? origin : rng.weighted(ORIGIN_WEIGHTS);
      out.push(person(rng, o2, !first.female));
    } else {
      // hyphenated double name for the partner
      const o = NAMES[origin];
      const p = person(rng, origin, !first.female, si);
      const other = o.sur[(si + 3) % o.sur.length] as string;
      if (!p.surname.includes(' ') && !other.includes(' ')) p.surname = `${other}-${p.surname}`;
      out.push(p);
    }
  }
  const by = Math.max(Number(first.birth.slice(0, 4)) + 20, 1985);
  for (let i = out.length; i < n; i++) out.push(person(rng, origin, rng.chance(0.5), si, [Math.min(by, 2004), 2006]));
  return out;
}

function makeFlat(rng: Rng, town: Town): Flat {
  const street = rng.pick(FLAT_STREETS);
  let hn = String(rng.int(1, 118));
  let hnPrint = hn;
  const r = rng.next();
  if (r < 0.15) { const l = rng.pick(['a', 'b', 'c']); hn = `${hn}${l}`; hnPrint = rng.chance(0.5) ? hn : `${hnPrint} ${l}`; }
  else if (r < 0.22) { const a = rng.int(2, 40); hn = `${a}-${a + 2}`; hnPrint = hn; }
  return { street, houseNumber: hn, hnPrint, town, plz: rng.pick(town.plz), addition: rng.chance(0.45) ? rng.pick(ADDITIONS) : null };
}

// ------------------------------------------------------------- stories
type Step = 'N' | 'S' | 'J' | 'E' | 'Ok' | 'Om' | 'Oe' | 'Or' | 'Oj' | 'Os' | 'Oc' | 'R';
const STORIES: readonly (readonly [readonly Step[], number])[] = [
  [['N'], 30], [['S'], 9], [['E'], 11], [['J'], 3],
  [['Ok'], 7], [['Om'], 3], [['Oe'], 2], [['Or'], 3], [['Oj'], 2], [['Os'], 2], [['Oc'], 2],
  [['Ok', 'N'], 5], [['N', 'S'], 5], [['N', 'R'], 4], [['N', 'S', 'J'], 3], [['N', 'J', 'E'], 2], [['S', 'R'], 2],
  [['Oj', 'N'], 3], [['J', 'E'], 3], [['N', 'S', 'J', 'E'], 2], [['E', 'R'], 4], [['Om', 'Ok', 'N', 'S'], 2],
  [['J', 'R'], 1], [['Ok', 'R'], 1],
];

const SUB_OF: Record<Exclude<Step, 'R'>, [DocType, Sub]> = {
  N: ['court_notice', 'notice'], S: ['hearing_summons', 'summons'], J: ['judgment', 'judgment'], E: ['eviction_notice', 'eviction'],
  Ok: ['other', 'kuendigung'], Om: ['other', 'mahnung'], Oe: ['other', 'erinnerung'], Or: ['other', 'raeumung'], Oj: ['other', 'darlehen'],
  Os: ['other', 'sozial'], Oc: ['other', 'cover-only'],
};

const FALLBACK: readonly Pick<Bailiff, 'title' | 'name' | 'form' | 'dr' | 'female' | 'hours'>[] = [
  { title: 'Gerichtsvollzieher', name: 'Steffen Kirchhof', form: 'formblatt', dr: 'I', female: false, hours: 'Di 9–11 Uhr' },
  { title: 'Obergerichtsvollzieherin', name: 'Martina Ullrich', form: 'brief', dr: 'II', female: true, hours: 'Do 8–10 Uhr' },
  { title: 'Gerichtsvollzieher', name: 'Dirk Schaarschmidt', form: 'kurz', dr: 'I', female: false, hours: 'Mo 13–15 Uhr' },
  { title: 'Gerichtsvollzieherin', name: 'Kerstin Haubold', form: 'tabelle', dr: 'II', female: true, hours: 'Mi 8–11 Uhr' },
  { title: 'Gerichtsvollzieher', name: 'Jan Eichhorn', form: 'schreibmaschine', dr: 'III', female: false, hours: 'Di 14–16 Uhr' },
  { title: 'Gerichtsvollzieherin', name: 'Bianca Lindner', form: 'formblatt', dr: 'I', female: true, hours: 'Fr 8–10 Uhr' },
];
const FB_STREETS = ['Am Mühlgraben 3', 'Hospitalweg 11', 'Neumarktgasse 7', 'Schlossgartenweg 2', 'Töpfersteig 5', 'Am Wehr 9'];
const fbCache: Record<string, Bailiff> = {};
function fallbackBailiff(courtKey: string): Bailiff {
  if (!fbCache[courtKey]) {
    const ct = COURTS[courtKey] as Court;
    const i = Object.keys(COURTS).indexOf(courtKey);
    const f = FALLBACK[i % FALLBACK.length] as (typeof FALLBACK)[number];
    const town = TOWNS.find((t) => t.name === ct.town) as Town;
    fbCache[courtKey] = { ...f, court: courtKey, street: FB_STREETS[i % FB_STREETS.length] as string, plz: town.plz[0] as string, town: ct.town, phone: `${town.area} ${700000 + i * 3137}`, iban: `DE${10 + i} 8205 ${1000 + i * 7} 0000 ${4400 + i * 13} ${10 + i}`, };
  }
  return fbCache[courtKey] as Bailiff;
}

const FIRST_ARRIVAL = '2025-01-06';
const LAST_ARRIVAL = '2025-11-27';

export function buildWorld(seed: number): { households: Household[]; docs: DocPlan[] } {
  const rng = new Rng(seed);
  const stories: Step[][] = [];
  for (const [st, n] of STORIES) for (let i = 0; i < n; i++) stories.push([...st]);
  rng.shuffle(stories);
  const households: Household[] = [];
  const docs: DocPlan[] = [];
  const townWeights = TOWNS.map((t) => [t, t.weight] as const);
  const serials: Record<string, number> = {};

  // every court of the region sends at least one of its own forms: the first court-document stories go round the courts
  const uncovered = Object.keys(COURTS);
  stories.forEach((story, idx) => {
    const r = rng.fork(`hh-${idx}`);
    let town = r.weighted(townWeights);
    if (uncovered.length > 0 && story.some((st) => st === 'N' || st === 'S' || st === 'J')) {
      const ck = uncovered.shift() as string;
      town = r.pick(TOWNS.filter((t) => t.court === ck));
    }
    const courtKey = town.court;
    const court = COURTS[courtKey] as Court;
    const tenants = makeTenants(r);
    const flat = makeFlat(r, town);
    // landlord: prefer local ones, else any
    const local = LANDLORDS.filter((l) => l.town === town.name || COURTS[courtKey]?.town === l.town);
    const landlord = local.length > 0 && r.chance(0.6) ? r.pick(local) : r.pick(LANDLORDS);
    const rent = r.int(26000, 82000) + (r.chance(0.2) ? 0 : r.int(0, 99));
    const months = r.int(2, 7);
    const arrears = rent * months + r.int(0, 9000) + (r.chance(0.3) ? r.int(4000, 25000) : 0);

    // relative offsets (days from claim receipt T0) for each step, to fit the story into the year
    const has = (s: Step): boolean => story.includes(s);
    const hearingOff = r.int(33, 62);
    const judgmentViaHearing = has('S') || r.chance(0.5);
    const kind: JudgmentKind = judgmentViaHearing ? r.weighted([['raeumungsurteil', 50], ['anerkenntnisurteil', 25], ['versaeumnisurteil', 25]] as const) : r.weighted([['versaeumnisurteil', 70], ['anerkenntnisurteil', 30]] as const);
    const judgmentOff = judgmentViaHearing ? hearingOff + (kind === 'raeumungsurteil' ? r.int(14, 28) : 0) : r.int(26, 40);
    const evictionLetterOff = judgmentOff + r.int(28, 70);
    const evictionOff = evictionLetterOff + r.int(22, 38);
    const noticeServed = r.chance(0.28);
    const noticeOff = noticeServed ? r.int(16, 26) : r.int(1, 6);
    const offsets: Record<Step, number> = {
      N: noticeOff, S: r.int(10, 24), J: judgmentOff + r.int(2, 9), E: evictionLetterOff,
      Ok: -r.int(18, 45), Om: -r.int(55, 85), Oe: -r.int(60, 95), Or: -r.int(4, 14), Oj: r.int(14, 32), Os: r.int(8, 30), Oc: r.int(3, 12), R: 0,
    };
    const realSteps = story.filter((s) => s !== 'R');
    const offs = realSteps.map((s) => offsets[s]);
    const minOff = Math.min(...offs);
    const maxOff = Math.max(...offs) + 14;
    const lo = toDays(FIRST_ARRIVAL) - minOff;
    const hi = toDays(LAST_ARRIVAL) - maxOff;
    const T0 = workday(fromDays(r.int(lo, Math.max(lo, hi))));
    const yy = T0.slice(2, 4);
    const dept = r.pick(court.depts);
    serials[courtKey] = (serials[courtKey] ?? r.int(40, 300)) + r.int(3, 60);
    const az = `${dept} C ${serials[courtKey]}/${yy}`;
    const hearingDate = workday(addDays(T0, hearingOff));
    const hasHearing = judgmentViaHearing || has('S');
    const hearing = { date: hearingDate, time: r.pick(['08:30', '09:00', '09:15', '09:30', '09:45', '10:00', '10:30', '11:00', '11:15', '11:30', '13:00', '13:30', '14:00']), room: r.pick(roomsFor(courtKey, rng)) };
    const jDate = judgmentViaHearing && kind !== 'raeumungsurteil' ? hearingDate : workday(addDays(T0, judgmentOff));
    const vacate = (kind === 'raeumungsurteil' && r.chance(0.5)) || (kind === 'anerkenntnisurteil' && r.chance(0.4)) ? endOfMonth(jDate, r.int(1, 3)) : null;
    const ordered = r.chance(0.7) ? arrears + rent * r.int(0, 2) : null;
    const bailiffs = BAILIFFS.filter((b) => b.court === courtKey);
    const bailiff = bailiffs.length > 0 ? r.pick(bailiffs) : fallbackBailiff(courtKey);
    const evLetter = workday(addDays(T0, evictionLetterOff));
    const ev = { bailiff, dr: `DR ${bailiff.dr} ${r.int(80, 2400)}/${evLetter.slice(2, 4)}`, date: workday(addDays(T0, evictionOff)), time: r.pick(['08:00', '08:30', '09:00', '09:00', '09:30', '10:00', '10:30', '11:00', '12:00', '13:00']) };
    const auths = AUTHORITIES.filter((a) => a.courts.includes(courtKey));
    const authority = auths.length > 0 ? r.pick(auths) : r.pick(AUTHORITIES);
    const c: Case = {
      courtKey, court, az, claimReceived: T0, claimServed: workday(addDays(T0, r.int(6, 14))), rent, arrears,
      hearing: hasHearing ? hearing : null,
      judgment: { kind, date: jDate, vacate, ordered, pastHearing: judgmentViaHearing && kind !== 'versaeumnisurteil' ? hearingDate : null },
      eviction: ev, landlord,
      lawyer: r.chance(0.6) ? r.pick(LAW_FIRMS) : null,
      manager: landlord.kind === 'privat' || landlord.kind === 'erben' || (landlord.kind === 'firma' && r.chance(0.5)) ? r.pick(MANAGERS) : null,
      authority, ordinaryTermination: r.chance(0.55), terminationDate: workday(addDays(T0, offsets.Ok < 0 ? offsets.Ok : -r.int(20, 40))),
      bgNumber: `${r.int(10, 99)}${r.int(100, 999)}BG${String(r.int(1000000, 9999999))}`,
      monthsInArrears: months,
    };
    if (c.claimServed && cmpDate(c.claimServed, addDays(T0, noticeOff)) > 0 && noticeServed) c.claimServed = workday(addDays(T0, noticeOff - r.int(2, 6)));
    const hh: Household = { id: `H${String(idx + 1).padStart(3, '0')}`, idx, tenants, flat, c, docs: [] };
    let prev: DocPlan | null = null;
    let seq = 0;
    for (const st of story) {
      if (st === 'R') {
        const o = prev as DocPlan;
        const d: DocPlan = { ...o, kind: 'rescan', rescanOf: o, arrival: workday(addDays(o.arrival, r.int(1, 12))), seq: seq++, id: '' };
        hh.docs.push(d);
        docs.push(d);
        continue;
      }
      const [type, sub] = SUB_OF[st];
      const letterDate = workday(addDays(T0, offsets[st]));
      const d: DocPlan = {
        hh, type, sub, kind: 'plain', letterDate, arrival: workday(addDays(letterDate, r.int(2, 5))), rescanOf: null,
        noticeHearing: st === 'N' && !has('S') && r.chance(0.55), noticeServed: st === 'N' && noticeServed, seq: seq++, id: '',
      };
      hh.docs.push(d);
      docs.push(d);
      prev = d;
    }
    // the notice with hearing set: the hearing must exist and lie after the letter
    for (const d of hh.docs) if (d.noticeHearing && !c.hearing) c.hearing = hearing;
    households.push(hh);
  });

  // cover letters: about 30 documents arrive behind a Jobcenter / Sozialamt letter
  const candidates = docs.filter((d) => d.kind === 'plain' && !docs.some((x) => x.rescanOf === d) && d.type !== 'other');
  const wanted: Record<string, number> = { court_notice: 22, hearing_summons: 4, judgment: 2, eviction_notice: 2 };
  const r2 = rng.fork('covers');
  for (const d of r2.shuffle([...candidates])) {
    if ((wanted[d.type] ?? 0) > 0) {
      wanted[d.type] = (wanted[d.type] ?? 0) - 1;
      d.kind = 'with-cover';
      d.arrival = workday(addDays(d.arrival, r2.int(3, 9)));
    }
  }
  // rescans arrive after their original (a cover delay may have moved the original)
  for (const d of docs) if (d.rescanOf && cmpDate(d.arrival, d.rescanOf.arrival) <= 0) d.arrival = workday(addDays(d.rescanOf.arrival, 2));
  docs.sort((a, b) => cmpDate(a.arrival, b.arrival) || a.hh.idx - b.hh.idx || a.seq - b.seq);
  docs.forEach((d, i) => { d.id = `s${String(i + 1).padStart(3, '0')}`; });
  return { households, docs };
}
