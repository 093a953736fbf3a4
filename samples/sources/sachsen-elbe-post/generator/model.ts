/** Households and their cases: the facts every document of a household is printed from. */
import { Rng } from './rng.js';
import { AUTHORITIES, BAILIFFS, COURTS, FLAT_ADDITIONS, FLAT_STREETS, LANDLORDS, LAWFIRMS, NAMES, ORIGIN_WEIGHTS, TOWNS, TOWN_WEIGHTS, feminineSurname } from './data.js';
import type { Authority, Bailiff, Court, Landlord, LawFirm, Origin, Town } from './data.js';
import { addDays, workday } from './fmt.js';
import type { FieldName } from '../../../../src/core/extraction.schema.js';

export interface Person { given: string; surname: string; sex: 'm' | 'f'; birth: string; origin: Origin }
export interface Flat { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null }

export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Household {
  id: string;
  tenants: Person[];
  flat: Flat;
  town: Town;
  landlord: Landlord;
  lawfirm: LawFirm | null;
  court: Court;
  authority: Authority;
  bailiff: Bailiff;
  rent: number;
  coldRent: number;
  arrears: number;
  months: number;
  az: string;
  dr: string;
  kuendigung: string;
  claimReceived: string;
  claimServed: string;
  hearing: { date: string; time: string; room: string };
  hearingSet: string;
  judgment: { date: string; kind: JudgmentKind; amount: number | null; vacate: string | null; partial: boolean };
  eviction: { date: string; time: string; letter: string };
  kundennr: string;
  bgnr: string;
  hilfsweise: boolean;
  contractDate: string;
}

export type Fields = Record<FieldName, unknown>;

export const FIELD_KEYS: FieldName[] = ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination'];

export function emptyFields(): Fields {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, null])) as Fields;
}

function person(r: Rng, origin: Origin, sex: 'm' | 'f', surname: string | null, birthFrom: number, birthTo: number): Person {
  const pool = NAMES[origin];
  const given = r.pick(sex === 'm' ? pool.m : pool.f);
  let s = surname ?? r.pick(pool.s);
  if (sex === 'f' && surname === null) s = feminineSurname(origin, s);
  if (sex === 'm' && origin === 'ru') s = s.replace(/owa$/, 'ow').replace(/ewa$/, 'ew');
  const y = r.int(birthFrom, birthTo);
  const birth = `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return { given, surname: s, sex, birth, origin };
}

function birthRange(origin: Origin): [number, number] {
  if (origin === 'de-old') return [1938, 1958];
  if (origin === 'de-young') return [1988, 2004];
  if (origin === 'de') return [1960, 1982];
  return [1962, 2002];
}

export function makeTenants(r: Rng): Person[] {
  const origin = r.weighted(ORIGIN_WEIGHTS);
  const [a, b] = birthRange(origin);
  const n = r.weighted([[1, 52], [2, 33], [3, 10], [4, 5]] as const);
  const first = person(r, origin, r.chance(0.55) ? 'm' : 'f', null, a, b);
  const out = [first];
  if (n >= 2) {
    // partner: mostly same origin and surname (couple), sometimes a different surname
    const sex = first.sex === 'm' ? 'f' : 'm';
    const same = r.chance(0.7);
    const o2: Origin = r.chance(0.85) ? origin : r.weighted(ORIGIN_WEIGHTS);
    let sur: string | null = same ? first.surname : null;
    if (same && sex === 'f') sur = feminineSurname(origin, first.surname);
    if (same && sex === 'm' && (origin === 'pl' || origin === 'cz' || origin === 'ru')) sur = null;
    const [a2, b2] = birthRange(o2);
    out.push(person(r, o2, sex, sur, Math.max(a2, Number(first.birth.slice(0, 4)) - 8), Math.min(b2 + 4, Number(first.birth.slice(0, 4)) + 8)));
  }
  for (let i = 2; i < n; i++) {
    // adult children or flatmates
    const y0 = Number(first.birth.slice(0, 4)) + 19;
    const child = person(r, origin, r.chance(0.5) ? 'm' : 'f', null, Math.min(y0, 2005), Math.min(y0 + 6, 2006));
    if (r.chance(0.7)) child.surname = child.sex === 'f' ? feminineSurname(origin, first.surname.replace(/ska$/, 'ski').replace(/ová$/, '')) : first.surname;
    if (origin === 'cz' && child.sex === 'm') child.surname = first.sex === 'm' ? first.surname : child.surname;
    out.push(child);
  }
  return out;
}

function houseNumber(r: Rng): string {
  const n = r.weighted([[r.int(1, 40), 6], [r.int(41, 160), 2]] as const);
  const kind = r.weighted([['plain', 10], ['letter', 3], ['range', 1]] as const);
  if (kind === 'letter') return `${n}${r.pick(['a', 'b', 'c'])}`;
  if (kind === 'range') return `${n}-${n + 2}`;
  return String(n);
}

export function pickTown(r: Rng): Town {
  return r.weighted(TOWNS.map((t) => [t, TOWN_WEIGHTS[t.city] ?? 1.4] as const));
}

export function makeHousehold(r: Rng, id: string, base: string): Household {
  const town = pickTown(r);
  const court = COURTS[town.court];
  if (!court) throw new Error(`no court ${town.court}`);
  const authority = AUTHORITIES[town.district];
  if (!authority) throw new Error(`no authority ${town.district}`);
  const lls = LANDLORDS.filter((l) => l.district.includes(town.district));
  const landlord = r.pick(lls.length ? lls : LANDLORDS);
  const lawfirm = r.chance(0.55) ? r.pick(LAWFIRMS) : null;
  const bs = BAILIFFS.filter((b) => b.court === town.court);
  const bailiff = bs.length ? r.pick(bs) : { ...r.pick(BAILIFFS), court: town.court, city: court.town, plz: court.plz };
  const tenants = makeTenants(r);
  const flat: Flat = {
    street: r.pick(FLAT_STREETS),
    houseNumber: houseNumber(r),
    postalCode: r.pick(town.plz),
    city: town.city,
    addition: r.chance(0.45) ? r.pick(FLAT_ADDITIONS) : null,
  };
  const coldRent = r.int(24, 62) * 1000 + r.pick([0, 0, 500, 250, 790, 1234 % 100]);
  const utilities = r.int(60, 220) * 100 + r.pick([0, 0, 50, 75]);
  const rent = coldRent + utilities;
  const months = r.int(2, 7);
  const arrears = rent * months - r.pick([0, 0, 0, r.int(1, 300) * 100 + r.int(0, 99)]) + r.pick([0, 0, r.int(20, 180) * 100 + r.int(0, 99)]);
  const kuendigung = workday(base);
  const claimReceived = workday(addDays(kuendigung, r.int(18, 60)));
  const claimServed = workday(addDays(claimReceived, r.int(8, 26)));
  const hearingSet = workday(addDays(claimReceived, r.int(9, 30)));
  const hDate = workday(addDays(hearingSet, r.int(24, 55)));
  const hTime = `${String(r.int(8, 13)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45', '00', '30'])}`;
  const hearing = { date: hDate, time: hTime, room: r.pick(court.rooms) };
  const kind = r.weighted([['versaeumnisurteil', 5], ['raeumungsurteil', 4], ['anerkenntnisurteil', 2]] as const) as JudgmentKind;
  let jDate = hDate;
  if (kind === 'versaeumnisurteil' && r.chance(0.5)) jDate = workday(addDays(claimServed, r.int(25, 40)));
  if (kind === 'raeumungsurteil' && r.chance(0.5)) jDate = workday(addDays(hDate, r.int(14, 28)));
  if (kind === 'anerkenntnisurteil' && r.chance(0.5)) jDate = workday(addDays(claimServed, r.int(18, 35)));
  let vacate: string | null = null;
  if (kind !== 'versaeumnisurteil' && r.chance(0.55)) {
    const d = new Date(`${addDays(jDate, r.int(45, 120)).slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    vacate = d.toISOString().slice(0, 10);
  }
  const amount = r.chance(0.8) ? arrears + r.pick([0, rent, rent * 2]) : null;
  const partial = kind === 'anerkenntnisurteil' && r.chance(0.35);
  const evLetter = workday(addDays(vacate ?? jDate, r.int(30, 90)));
  const evDate = workday(addDays(evLetter, r.int(22, 42)));
  const evTime = `${String(r.int(8, 11)).padStart(2, '0')}:${r.pick(['00', '30', '00', '15'])}`;
  const yy = claimReceived.slice(2, 4);
  const az = `${r.pick(court.depts)} C ${r.int(60, 2800)}/${yy}`;
  const dr = `DR ${r.pick(['I', 'II', 'II', 'III'])} ${r.int(80, 3900)}/${evLetter.slice(2, 4)}`;
  const kundennr = `${r.int(100, 999)}${r.pick(['A', 'B', 'C', 'D', 'E'])}${r.int(100000, 999999)}`;
  const bgnr = `${r.int(10000, 99999)}BG${String(r.int(1, 9999999)).padStart(7, '0')}`;
  const contractDate = `${r.int(1994, 2022)}-${String(r.int(1, 12)).padStart(2, '0')}-01`;
  return {
    id, tenants, flat, town, landlord, lawfirm, court, authority, bailiff, rent, coldRent, arrears, months, az, dr,
    kuendigung, claimReceived, claimServed, hearing, hearingSet,
    judgment: { date: jDate, kind, amount, vacate, partial },
    eviction: { date: evDate, time: evTime, letter: evLetter },
    kundennr, bgnr, hilfsweise: r.chance(0.55), contractDate,
  };
}

export function fullName(p: Person): string {
  return `${p.given} ${p.surname}`;
}
