/** Households (cases) and their timelines. */
import { Rng, addDays, workday } from './util.js';
import { TOWNS, COURTS, BAILIFFS, NAME_POOLS, POOL_WEIGHTS, STREETS, LANDLORDS, MANAGERS, LAW_FIRMS, authorityFor, courtByKey } from './data.js';
import type { Town, Court, Bailiff, Landlord, Manager, LawFirm, Authority } from './data.js';

export interface Person {
  given: string;
  family: string;
  sex: 'm' | 'f';
  birth: string;
}
export interface Addr {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string | null;
}
export interface HearingT {
  date: string;
  time: string;
  room: string;
}
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';
export interface Household {
  id: string;
  idx: number;
  town: Town;
  court: Court;
  auth: Authority;
  addr: Addr;
  tenants: Person[];
  eheleute: boolean;
  landlord: Landlord;
  manager: Manager | null;
  lawFirm: LawFirm | null;
  rentBase: number;
  rentExtras: number;
  rent: number;
  arrearsMonths: number;
  arrears: number;
  fileNo: string;
  claimReceived: string;
  claimServed: string;
  noticeDate: string;
  noticeHearing: boolean;
  hearing: HearingT;
  summonsDate: string;
  streitwert: number;
  interestFrom: string;
  judgment: { kind: JudgmentKind; date: string; arrears: number; vacate: string | null; written: boolean };
  eviction: { bailiff: Bailiff; dr: string; letterDate: string; date: string; time: string };
  termination: { date: string; ordinary: boolean; ordinaryTo: string; vacateBy: string };
  reminderDate: string;
  jcDate: string;
  customerNo: string;
  bgNo: string;
  rooms: number;
}

function weighted<T extends string>(rng: Rng, w: Record<T, number>): T {
  const entries = Object.entries(w) as [T, number][];
  const tot = entries.reduce((a, [, v]) => a + v, 0);
  let r = rng.next() * tot;
  for (const [k, v] of entries) {
    r -= v;
    if (r < 0) return k;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}
function person(rng: Rng, origin: string, sex: 'm' | 'f', family?: string, ageLo = 22, ageHi = 74): Person {
  const pool = NAME_POOLS.find((p) => p.origin === origin) ?? (NAME_POOLS[0] as (typeof NAME_POOLS)[number]);
  const given = rng.pick(sex === 'm' ? pool.m : pool.f);
  const fam = family ?? rng.pick(pool.fam);
  const y = 2025 - rng.int(ageLo, ageHi);
  const birth = `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { given, family: fam, sex, birth };
}
const ADDITIONS = ['3. OG rechts', '2. OG links', 'EG links', 'Whg. 12', 'Rückgebäude', 'DG', '1. OG Mitte', 'Hinterhaus, 2. OG', 'App. 4', 'Whg. 7, 4. OG', 'Souterrain', '5. OG, Whg. 53'];
const TIMES = ['08:45', '09:00', '09:00', '09:30', '10:00', '10:15', '10:30', '11:00', '11:30', '11:45', '13:30', '14:00', '14:15'];

export function makeHousehold(rng: Rng, idx: number, forceCourt?: string): Household {
  const courtKey = forceCourt ?? weighted(rng, { muenchen: 16, augsburg: 9, nuernberg: 12, fuerth: 6, erlangen: 5, wuerzburg: 7, regensburg: 7, landshut: 5, passau: 5, ingolstadt: 6, rosenheim: 6, bamberg: 5, kempten: 5 });
  const court = courtByKey(courtKey);
  const towns = TOWNS.filter((t) => t.court === courtKey);
  const town = rng.chance(0.6) ? (towns.find((t) => t.city) as Town) : rng.pick(towns);
  const postalCode = rng.pick(town.plz);
  let hn = String(rng.int(1, 128));
  const hr = rng.next();
  if (hr < 0.15) hn += rng.pick(['a', 'b', 'c']);
  else if (hr < 0.2) hn = `${hn}-${Number(hn) + 2}`;
  const addr: Addr = { street: rng.pick(STREETS), houseNumber: hn, postalCode, city: town.name, addition: rng.chance(0.45) ? rng.pick(ADDITIONS) : null };
  // tenants
  const origin = weighted(rng, POOL_WEIGHTS);
  const n = weighted(rng, { '1': 55, '2': 31, '3': 9, '4': 5 });
  const first = person(rng, origin, rng.chance(0.5) ? 'm' : 'f');
  const tenants: Person[] = [first];
  let eheleute = false;
  if (n !== '1') {
    if (rng.chance(0.65)) {
      eheleute = true;
      tenants.push(person(rng, origin, first.sex === 'm' ? 'f' : 'm', first.family));
    } else {
      const o2 = rng.chance(0.6) ? origin : weighted(rng, POOL_WEIGHTS);
      tenants.push(person(rng, o2, first.sex === 'm' ? 'f' : 'm'));
    }
    for (let i = 2; i < Number(n); i++) tenants.push(person(rng, origin, rng.chance(0.5) ? 'm' : 'f', rng.chance(0.7) ? first.family : undefined, 18, 30));
  }
  // no duplicate full names
  const seen = new Set<string>();
  for (const t of tenants) {
    while (seen.has(`${t.given} ${t.family}`)) t.given = `${t.given}-${rng.pick(['Maria', 'Josef', 'Ana', 'Ali'])}`;
    seen.add(`${t.given} ${t.family}`);
  }
  const local = LANDLORDS.filter((l) => TOWNS.find((t) => t.name === l.town)?.court === courtKey);
  const landlord = local.length > 0 && rng.chance(0.7) ? rng.pick(local) : rng.pick(LANDLORDS);
  const manager = landlord.managedBy !== null ? (MANAGERS[landlord.managedBy] as Manager) : null;
  const firms = LAW_FIRMS.filter((f) => TOWNS.find((t) => t.name === f.town)?.court === courtKey);
  const lawFirm = rng.chance(landlord.kind === 'private' || landlord.kind === 'heirs' ? 0.75 : 0.5) ? (firms.length && rng.chance(0.7) ? rng.pick(firms) : rng.pick(LAW_FIRMS)) : null;
  const rentBase = rng.int(340, 1180) * 100 + rng.pick([0, 0, 50, 25, 90, 37]);
  const rentExtras = rng.int(85, 270) * 100 + rng.pick([0, 0, 50, 80]);
  const rent = rentBase + rentExtras;
  const arrearsMonths = rng.int(2, 7);
  const arrears = rent * arrearsMonths - (rng.chance(0.4) ? rng.int(50, 400) * 100 : 0) + (rng.chance(0.2) ? rng.int(20, 180) * 100 + 45 : 0);
  const dept = rng.pick(court.depts);
  const serial = courtKey === 'muenchen' ? rng.int(1200, 24999) : rng.int(100, 3999);
  const fileNo = `${dept} C ${serial}/25`;
  const claimReceived = workday(addDays('2025-01-07', rng.int(0, 220)));
  const claimServed = workday(addDays(claimReceived, rng.int(8, 26)));
  const noticeDate = workday(addDays(claimReceived, rng.int(1, 9)));
  const hearing: HearingT = { date: workday(addDays(claimReceived, rng.int(38, 75))), time: rng.pick(TIMES), room: rng.pick(court.rooms) };
  const summonsDate = workday(addDays(claimReceived, rng.int(12, 24)));
  const kind = weighted<JudgmentKind>(rng, { raeumungsurteil: 40, versaeumnisurteil: 40, anerkenntnisurteil: 20 });
  const written = kind !== 'raeumungsurteil' && rng.chance(0.45);
  const jDate = written ? workday(addDays(claimServed, rng.int(22, 35))) : kind === 'raeumungsurteil' && rng.chance(0.5) ? workday(addDays(hearing.date, rng.int(14, 28))) : hearing.date;
  const jArrears = arrears + (rng.chance(0.5) ? rent * rng.int(1, 2) : 0);
  let vacate: string | null = null;
  if (kind !== 'versaeumnisurteil' && rng.chance(0.45)) {
    const d = addDays(jDate, rng.int(50, 120));
    // end of that month
    const dt = new Date(`${d.slice(0, 8)}01T00:00:00Z`);
    dt.setUTCMonth(dt.getUTCMonth() + 1);
    dt.setUTCDate(0);
    vacate = dt.toISOString().slice(0, 10);
  }
  const bailiffs = BAILIFFS.filter((b) => b.court === courtKey);
  const bailiff = rng.pick(bailiffs);
  const evLetter = workday(addDays(vacate ?? jDate, rng.int(25, 60)));
  const eviction = { bailiff, dr: `${bailiff.drPrefix} ${rng.int(120, 2990)}/${evLetter.slice(2, 4)}`, letterDate: evLetter, date: workday(addDays(evLetter, rng.int(23, 42))), time: rng.pick(['07:30', '08:00', '08:30', '09:00', '09:00', '09:30', '10:00', '11:00', '13:00']) };
  const tDate = workday(addDays(claimReceived, -rng.int(18, 55)));
  const ordinaryTo = (() => {
    const dt = new Date(`${tDate.slice(0, 8)}01T00:00:00Z`);
    dt.setUTCMonth(dt.getUTCMonth() + 4);
    dt.setUTCDate(0);
    return dt.toISOString().slice(0, 10);
  })();
  const termination = { date: tDate, ordinary: rng.chance(0.55), ordinaryTo, vacateBy: workday(addDays(tDate, rng.int(10, 16))) };
  const jcNum = rng.pick(['83501', '84704', '96801', '85301', '91201', '84401', '93102']);
  return {
    id: `H${String(idx + 1).padStart(3, '0')}`,
    idx,
    town,
    court,
    auth: authorityFor(town),
    addr,
    tenants,
    eheleute,
    landlord,
    manager,
    lawFirm,
    rentBase,
    rentExtras,
    rent,
    arrearsMonths,
    arrears,
    fileNo,
    claimReceived,
    claimServed,
    noticeDate,
    noticeHearing: rng.chance(0.35),
    hearing,
    summonsDate,
    streitwert: rentBase * 12 + arrears,
    interestFrom: addDays(claimServed, 1),
    judgment: { kind, date: jDate, arrears: jArrears, vacate, written },
    eviction,
    termination,
    reminderDate: workday(addDays(tDate, -rng.int(14, 40))),
    jcDate: workday(addDays(claimReceived, rng.int(5, 30))),
    customerNo: `${jcNum.slice(0, 3)}${rng.pick(['A', 'B', 'D', 'E'])}${rng.int(100000, 999999)}`,
    bgNo: `${jcNum}//${String(rng.int(1000, 99999)).padStart(7, '0')}`,
    rooms: rng.int(1, 4),
  };
}
export { COURTS };
