/** Households and their paper trail: who lives where, which case, which documents arrive when. */
import type { Rng } from './rng.js';
import { addDays, endOfMonth, workday, type Day } from './fmt.js';
import { tenants, privateLandlord, type Person } from './people.js';
import { AUTHORITIES, COURTS, LANDLORDS, bailiff, lawyer, type Authority, type Court, type Lawyer } from './senders.js';
import type { DocumentType } from '../../../../src/core/extraction.schema.js';

export interface Flat {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string | null;
  /** how the house number is printed (may contain a space: "12 a") */
  numberPrinted: string;
}

export interface HouseholdLandlord {
  name: string;
  kind: 'coop' | 'municipal' | 'private' | 'company';
  street: string;
  zip: string;
  city: string;
  letterLayout: string | null;
  key: string;
  lawyer: Lawyer | null;
  /** grammatical gender of the landlord (companies: feminine, "die Klägerin") */
  female: boolean;
}

export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Household {
  key: string;
  court: Court;
  tenants: Person[];
  flat: Flat;
  landlord: HouseholdLandlord;
  rent: number;
  arrears: number;
  dept: number;
  serial: number;
  year: Day; // claim year as a day (for yy)
  fileNumber: string;
  old: boolean;
  termination: Day;
  ordinary: boolean;
  claimReceived: Day;
  claimServed: Day;
  hearing: { date: Day; time: string; room: string };
  judgment: { kind: JudgmentKind; date: Day; deadline: Day | null; arrears: number } | null;
  eviction: { dr: string; letter: Day; date: Day; time: string } | null;
}

export type Kind = 'notice' | 'summons' | 'judgment' | 'bailiff' | 'termination' | 'reminder' | 'jc-letter' | 'cover-only' | 'rescan' | 'forwarded-copy';

export interface DocSpec {
  id: string;
  type: DocumentType;
  kind: Kind;
  household: Household;
  letterDate: Day;
  arrival: Day;
  /** seed of the paper (a rescan re-uses the seed of the original) */
  paperSeed: number;
  /** notice: hearing already printed on the notice */
  withHearing: boolean;
  /** notice: claim already served */
  withServed: boolean;
  forwardedBy: Authority | null;
  rescanOf: string | null;
  /** the base kind of what is printed (a rescan of a summons prints a summons) */
  base: Exclude<Kind, 'rescan' | 'forwarded-copy'>;
}

const ADDITIONS = ['2. OG links', '1. OG rechts', 'EG rechts', 'Whg. 12', 'Whg. 7', '3. OG Mitte', 'Hinterhaus', 'Seitenflügel, 3. OG rechts', 'Aufgang B', 'DG', 'App. 4', 'Souterrain'];

function flat(rng: Rng, court: Court, tenantsOf: Person[]): Flat {
  const town = rng.pick(court.towns);
  const street = rng.pick(town.streets);
  const base = rng.int(1, 148);
  const suffixKind = rng.weighted([['none', 60], ['letter', 22], ['range', 10], ['spaced', 8]] as const);
  let houseNumber = String(base);
  let numberPrinted = houseNumber;
  if (suffixKind === 'letter') {
    houseNumber = `${base}${rng.pick(['a', 'b', 'c', 'd'])}`;
    numberPrinted = houseNumber;
  } else if (suffixKind === 'spaced') {
    const l = rng.pick(['a', 'b']);
    houseNumber = `${base}${l}`;
    numberPrinted = `${base} ${l}`;
  } else if (suffixKind === 'range') {
    houseNumber = `${base}-${base + rng.pick([1, 2, 4])}`;
    numberPrinted = houseNumber;
  }
  let addition: string | null = null;
  const r = rng.next();
  if (r < 0.3) addition = rng.pick(ADDITIONS);
  else if (r < 0.36) {
    const host = rng.pick(['Schneider', 'Kuhnert', 'Bayraktar', 'Winkler']);
    addition = tenantsOf.some((t) => t.family === host) ? null : `bei ${host}`;
  } else if (r < 0.4) addition = `c/o ${rng.pick(['Hoffmann', 'Familie Demir', 'Lange'])}`;
  return { street, houseNumber, postalCode: rng.pick(town.zips), city: town.city, addition, numberPrinted };
}

function landlordFor(rng: Rng, court: Court): HouseholdLandlord {
  const options = LANDLORDS.filter((l) => l.families.includes(court.family) && (l.courts.length === 0 || l.courts.includes(court.key)));
  const l = rng.weighted(options.map((x) => [x, x.kind === 'private' ? 2 : 3] as const));
  if (l.kind === 'private') {
    const town = rng.pick(court.towns);
    const { name, female } = privateLandlord(rng);
    const withLawyer = rng.chance(0.5);
    const lw = withLawyer ? lawyerFor(court) : null;
    return { name, kind: 'private', street: `${rng.pick(town.streets)} ${rng.int(2, 90)}`, zip: rng.pick(town.zips), city: town.city, letterLayout: 'private-letter', key: 'private', lawyer: lw, female };
  }
  return { name: l.name, kind: l.kind, street: l.street, zip: l.zip, city: l.city, letterLayout: l.letterLayout, key: l.key, lawyer: l.lawyer && rng.chance(0.75) ? lawyer(l.lawyer) : null, female: true };
}

function lawyerFor(court: Court): Lawyer {
  const map: Record<string, string> = { by: 'ra-stadler', east: 'ra-wendisch', bebb: 'ra-kaya', obk: 'ra-kremer' };
  return lawyer(map[court.family] ?? 'ra-kremer');
}

const TIMES = ['08:30', '09:00', '09:15', '09:30', '09:45', '10:00', '10:30', '11:00', '11:15', '11:30', '12:00', '13:00', '13:30', '14:00', '14:30'];

export function household(rng: Rng, key: string, court: Court, opts: { old: boolean; judgment: boolean; eviction: boolean }): Household {
  const long = opts.judgment || opts.eviction;
  const startYear = opts.old ? rng.pick([2010, 2011, 2012]) : long ? rng.pick([2024, 2025, 2025]) : rng.pick([2024, 2025, 2025, 2026]);
  const span = opts.old ? 300 : startYear === 2026 ? 150 : startYear === 2025 && long ? 140 : 330;
  const termination = workday(addDays(`${startYear}-01-05`, rng.int(0, span)));
  const claimReceived = workday(addDays(termination, rng.int(18, 70)));
  const claimServed = workday(addDays(claimReceived, rng.int(6, 26)));
  const ts = tenants(rng, startYear);
  const rentEuro = rng.int(310, 1390);
  const rent = rentEuro * 100 + rng.pick([0, 0, 0, 50, 12, 38, 75, 90, 45]);
  const months = rng.pick([2, 2, 3, 3, 4, 5, 6, 8]);
  const arrears = rent * months - rng.pick([0, 0, 0, 1520, 4711, 9000, 2385]) + rng.pick([0, 0, 1399, 3350]);
  const dept = rng.pick(court.depts);
  const serial = rng.int(Math.min(40, court.serialMax), court.serialMax);
  const yy = claimReceived.slice(2, 4);
  const hearingDate = workday(addDays(claimServed, rng.int(28, 75)));
  const h: Household = {
    key, court, tenants: ts, flat: flat(rng, court, ts), landlord: landlordFor(rng, court), rent, arrears: Math.max(arrears, rent * 2),
    dept, serial, year: claimReceived, fileNumber: `${dept} C ${serial}/${yy}`, old: opts.old, termination, ordinary: rng.chance(0.6),
    claimReceived, claimServed, hearing: { date: hearingDate, time: rng.pick(TIMES), room: rng.pick(court.rooms) }, judgment: null, eviction: null,
  };
  if (opts.judgment || opts.eviction) {
    const kind = rng.weighted([['versaeumnisurteil', 45], ['anerkenntnisurteil', 20], ['raeumungsurteil', 35]] as const);
    const date = kind === 'versaeumnisurteil' && rng.chance(0.4) ? workday(addDays(claimServed, rng.int(20, 35))) : hearingDate;
    const deadline = kind !== 'versaeumnisurteil' && rng.chance(0.5) ? endOfMonth(date, rng.pick([1, 2, 3])) : null;
    const paid = rng.chance(0.3) ? rng.int(1, 3) * 10000 : 0;
    h.judgment = { kind, date, deadline, arrears: Math.max(h.arrears - paid, rent) };
  }
  if (opts.eviction && h.judgment) {
    const b = court.bailiff ? bailiff(court.bailiff) : null;
    const after = h.judgment.deadline ?? h.judgment.date;
    const letter = workday(addDays(after, rng.int(h.judgment.deadline ? 3 : 40, h.judgment.deadline ? 20 : 110)));
    const date = workday(addDays(letter, rng.int(23, 45)));
    const dr = `DR ${b?.roman ?? 'II'} ${rng.int(100, 2999)}/${letter.slice(2, 4)}`;
    h.eviction = { dr, letter, date, time: rng.pick(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '12:00', '13:00']) };
  }
  return h;
}

export function pickCourt(rng: Rng, needBailiff: boolean, obkShare: number): Court {
  const obk = rng.chance(obkShare);
  const pool = COURTS.filter((c) => (obk ? c.family === 'obk' : c.family !== 'obk') && (!needBailiff || c.bailiff));
  return rng.pick(pool);
}

export function authorityFor(court: Court): Authority | null {
  return AUTHORITIES.find((a) => a.courts.includes(court.key)) ?? null;
}
