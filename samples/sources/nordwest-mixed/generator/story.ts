// Households and their paper trail: who lives where, who sues, and which documents arrive when.
import { Rng } from './rng.js';
import { addDays, addMonths, workday, parseIso, toIso } from './fmt.js';
import {
  BAILIFFS, COURTS, FAMILY, GIVEN_F, GIVEN_M, LANDLORDS, LAWYERS, PRIVATE_LANDLORDS, TOWNS_NORTH, TOWNS_OBK,
  type BailiffInfo, type CourtInfo, type LandlordInfo, type LawyerInfo, type Town,
} from './data.js';

export interface Person { given: string; family: string; birth: string | null; sex: 'f' | 'm'; dr: boolean }
export interface Flat { street: string; houseNo: string; houseNoPrinted: string; plz: string; city: string; addition: string | null }
export interface Landlord { name: string; info: LandlordInfo | null; street: string; plz: string; city: string; lawyer: LawyerInfo | null }
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Household {
  key: string;
  region: 'obk' | 'north';
  town: Town;
  tenants: Person[];
  flat: Flat;
  landlord: Landlord;
  court: CourtInfo;
  fileNo: string;
  rent: number;
  arrears: number;
  termDate: string;
  withOrdinary: boolean;
  claimReceived: string;
  claimServed: string;
  hearing: { date: string; time: string; room: string };
  hearingKnownAtNotice: boolean;
  judgment: { kind: JudgmentKind; date: string; vacate: string | null; payCents: number | null };
  bailiff: BailiffInfo | null;
  dr: string;
  eviction: { letterDate: string; date: string; time: string };
}

export type Step = 'reminder' | 'termination' | 'notice' | 'summons' | 'judgment' | 'bailiff' | 'jcletter' | 'cover';

function person(r: Rng, family?: string): Person {
  const sex = r.chance(0.55) ? 'f' : 'm';
  const given = r.pick(sex === 'f' ? GIVEN_F : GIVEN_M);
  const y = r.int(1948, 2003);
  const birth = toIso(new Date(Date.UTC(y, r.int(0, 11), r.int(1, 28), 12)));
  return { given, family: family ?? r.pick(FAMILY), birth, sex, dr: r.chance(0.03) };
}

const ADDITIONS = ['2. OG links', '1. OG rechts', 'EG', 'Whg. 12', 'Whg. 3', 'DG', '3. OG Mitte', 'Hinterhaus', 'Souterrain', '4. Etage rechts'];

function flat(r: Rng, town: Town): Flat {
  const n = r.int(1, 148);
  const style = r.int(0, 9);
  let houseNo = String(n);
  let printed = houseNo;
  if (style < 2) {
    const l = r.pick(['a', 'b', 'c']);
    houseNo = `${n}${l}`;
    printed = r.chance(0.5) ? `${n} ${l}` : houseNo;
  } else if (style === 2) {
    houseNo = `${n}-${n + 2}`;
    printed = r.chance(0.5) ? `${n} - ${n + 2}` : houseNo;
  }
  const addition = r.chance(0.4) ? r.pick(ADDITIONS) : null;
  return { street: r.pick(town.streets), houseNo, houseNoPrinted: printed, plz: r.pick(town.plz), city: town.city, addition };
}

/** Full street name for the truth: "Str." -> "Straße", "str." -> "straße". */
export function fullStreet(s: string): string {
  return s.replace(/Str\.$/, 'Straße').replace(/str\.$/, 'straße').replace(/Str\. /, 'Straße ');
}

const LAWYER_BY_COURT: Record<string, string[]> = {
  'ag-gm': ['ra-heuser'], 'ag-wf': ['ra-heuser'], 'ag-wb': ['ra-heuser'], 'ag-hh': ['ra-lueth', 'ra-brinkmann'], 'ag-ki': ['ra-lueth'],
  'ag-hb': ['ra-brinkmann'], 'ag-ks': ['ra-brinkmann', 'ra-heuser'],
};

function landlordFor(r: Rng, town: Town): Landlord {
  const lawyers = LAWYERS.filter((l) => LAWYER_BY_COURT[town.court]!.includes(l.key));
  const companies = LANDLORDS.filter((l) =>
    town.court === 'ag-ki' ? l.style === 'coop-kiel' : town.court === 'ag-hh' ? l.style === 'hh-company'
      : town.court === 'ag-ks' ? l.style === 'ks-company' : ['ag-gm', 'ag-wf', 'ag-wb'].includes(town.court) ? ['coop-obk', 'municipal-obk'].includes(l.style) : false);
  if (companies.length && r.chance(0.6)) {
    const info = r.pick(companies);
    const lawyer = r.chance(0.3) ? r.pick(lawyers) : null;
    return { name: info.name, info, street: info.street, plz: info.plz, city: info.city, lawyer };
  }
  const name = r.pick(PRIVATE_LANDLORDS);
  const t = r.pick([...TOWNS_OBK, ...TOWNS_NORTH].filter((x) => x.court === town.court));
  return { name, info: null, street: `${r.pick(['Lindenallee', 'Birkenweg', 'Am Hang', 'Parkstraße', 'Rosenstr.'])} ${r.int(1, 60)}`, plz: r.pick(t.plz), city: t.city, lawyer: r.chance(0.75) ? r.pick(lawyers) : null };
}

const ROOMS: Record<string, string[]> = {
  nrw: ['Saal 1', 'Saal 2', 'Sitzungssaal 104', 'Saal 11, EG'],
  hh: ['Saal 2.05', 'Raum 1.12', 'Sitzungssaal 3, 1. OG'],
  ki: ['Saal 121', 'Sitzungssaal 112, 1. OG', 'Saal 8'],
  hb: ['Saal 341', 'Raum 217'],
  ks: ['Saal E 05', 'Saal 110', 'Sitzungssaal D 114'],
};

export function makeHousehold(r: Rng, key: string, ok: (t: Town) => boolean, wantObk: boolean, needHearing: boolean): Household {
  let towns = (wantObk ? TOWNS_OBK : TOWNS_NORTH).filter(ok);
  if (!towns.length) towns = [...TOWNS_OBK, ...TOWNS_NORTH].filter(ok);
  const town = r.pick(towns);
  const court = COURTS[town.court];
  const first = person(r);
  const tenants = [first];
  const nT = r.weighted([[1, 55], [2, 35], [3, 10]] as const);
  for (let i = 1; i < nT; i++) {
    const p = person(r, r.chance(0.7) ? first.family : undefined);
    if (i === 1 && p.family === first.family) p.sex = first.sex === 'f' ? 'm' : 'f';
    if (p.given === first.given) p.given = p.sex === 'f' ? 'Hatice' : 'Yusuf';
    if (p.sex === 'f' && !GIVEN_F.includes(p.given)) p.given = r.pick(GIVEN_F);
    if (p.sex === 'm' && !GIVEN_M.includes(p.given)) p.given = r.pick(GIVEN_M);
    if (p.given === first.given) p.given = p.sex === 'f' ? 'Hatice' : 'Yusuf';
    tenants.push(p);
  }
  const rent = r.int(34, 115) * 1000 + r.pick([0, 0, 50, 580, 790, 1210, 4500]);
  const arrears = rent * r.int(2, 5) + r.pick([0, 0, 12345, 4870, 21099]);
  const base = toIso(new Date(Date.UTC(2024, 2 + r.int(0, 18), r.int(1, 28), 12)));
  const termDate = workday(base);
  const claimReceived = workday(addDays(termDate, r.int(18, 65)));
  const claimServed = workday(addDays(claimReceived, r.int(4, 18)));
  const hearingDate = workday(addDays(claimReceived, r.int(38, 80)));
  const hearing = { date: hearingDate, time: r.pick(['09:00', '09:15', '09:30', '10:00', '10:30', '11:00', '11:45', '13:30', '14:00']), room: r.pick(ROOMS[court.family]!) };
  const kind = r.weighted([['versaeumnisurteil', 45], ['raeumungsurteil', 35], ['anerkenntnisurteil', 20]] as const);
  const hearingKnownAtNotice = r.chance(0.35);
  const jDate = kind === 'versaeumnisurteil' && !needHearing && !hearingKnownAtNotice && r.chance(0.5) ? workday(addDays(claimServed, r.int(25, 40))) : hearingDate;
  let vacate: string | null = null;
  if (kind !== 'versaeumnisurteil' && r.chance(0.5)) {
    const d = parseIso(addMonths(jDate, r.int(1, 4)));
    vacate = toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 12)));
  }
  const payCents = r.chance(0.75) ? arrears + (r.chance(0.4) ? rent : 0) : null;
  const bailiff = town.bailiff ? BAILIFFS[town.bailiff] : null;
  const evLetter = workday(addDays(vacate ?? jDate, r.int(35, 110)));
  const evDate = workday(addDays(evLetter, r.int(22, 45)));
  const yy = (iso: string): string => iso.slice(2, 4);
  return {
    key, region: TOWNS_OBK.includes(town) ? 'obk' : 'north', town, tenants, flat: flat(r, town), landlord: landlordFor(r, town), court,
    fileNo: `${r.pick(court.depts)} C ${r.int(40, 2400)}/${yy(claimReceived)}`,
    rent, arrears, termDate, withOrdinary: r.chance(0.6), claimReceived, claimServed, hearing,
    hearingKnownAtNotice,
    judgment: { kind, date: jDate, vacate, payCents },
    bailiff, dr: `DR ${bailiff?.dr ?? 'II'} ${r.int(120, 2900)}/${yy(evLetter)}`,
    eviction: { letterDate: evLetter, date: evDate, time: r.pick(['08:00', '08:30', '09:00', '09:30', '10:00', '11:00', '11:30']) },
  };
}
