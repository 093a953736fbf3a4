import { Rng } from './rng.js';
import { NAME_POOLS, PRIVATE_LANDLORDS } from './names.js';
import { ADDITIONS, CITY_STREETS, COURTS, TOWN_STREETS, TOWNS, type CourtInfo, type Town } from './places.js';
import { addDays, endOfMonth, workday } from './format.js';

export interface Person { given: string; family: string; sex: 'm' | 'f'; birth: string; dr: boolean }
export interface Flat { street: string; houseNumber: string; housePrinted: string; postalCode: string; city: string; addition: string | null }
export interface Party { name: string; street: string; postal: string; city: string; company: boolean }
export interface Lawyer { name: string; short: string; street: string; postal: string; city: string; phone: string }
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Household {
  key: string;
  town: Town;
  court: CourtInfo;
  tenants: Person[];
  married: boolean;
  flat: Flat;
  landlord: Party;
  landlordSender: string;
  lawyer: Lawyer | null;
  rent: number;
  arrears: number;
  reminderDate: string;
  terminationDate: string;
  ordinary: boolean;
  fileNumber: string;
  claimReceived: string;
  claimServed: string | null;
  noticeDate: string;
  hearingKnownAtNotice: boolean;
  hearing: { date: string; time: string; room: string };
  summonsDate: string;
  judgment: { kind: JudgmentKind; date: string; vacate: string | null; arrears: number; settlement: boolean };
  dr: string;
  bailiffLetterDate: string;
  eviction: { date: string; time: string };
}

export const COMPANIES: readonly { key: string; party: Party; regions: readonly string[] }[] = [
  { key: 'lw-rheinufer', party: { name: 'Rheinufer Wohnen GmbH', street: 'Deutzer Werft 14', postal: '50679', city: 'Köln', company: true }, regions: ['koeln', 'leverkusen', 'bonn'] },
  { key: 'lw-ruhrbogen', party: { name: 'Ruhrbogen Wohnungsbau AG', street: 'Am Innenhafen 31', postal: '47059', city: 'Duisburg', company: true }, regions: ['duisburg', 'essen', 'duesseldorf'] },
  { key: 'lw-oberberg', party: { name: 'Oberbergische Siedlungsbau eG', street: 'Hindenburgstraße 58', postal: '51643', city: 'Gummersbach', company: true }, regions: ['gummersbach', 'wipperfuerth', 'waldbroel'] },
];

export const LAWYERS: Record<string, Lawyer> = {
  'ra-kessler': { name: 'Keßler & Özdemir Rechtsanwälte PartG mbB', short: 'RAe Keßler & Özdemir', street: 'Hohenstaufenring 62', postal: '50674', city: 'Köln', phone: '0221 92 44 71-0' },
  'ra-hallmann': { name: 'Rechtsanwältin Dr. Birgit Hallmann', short: 'RAin Dr. Hallmann', street: 'Kaiserstraße 27', postal: '51643', city: 'Gummersbach', phone: '02261 60 77 3' },
  'ra-nordpark': { name: 'Kanzlei am Nordpark Wenzel Rechtsanwälte', short: 'RAe Wenzel', street: 'Kaiserswerther Straße 199', postal: '40474', city: 'Düsseldorf', phone: '0211 43 90 55' },
};

function person(rng: Rng, pool: (typeof NAME_POOLS)[number], sex: 'm' | 'f', family: string, minYear: number, maxYear: number): Person {
  const y = rng.int(minYear, maxYear);
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const d = String(rng.int(1, 28)).padStart(2, '0');
  return { given: rng.pick(sex === 'm' ? pool.male : pool.female), family, sex, birth: `${y}-${m}-${d}`, dr: rng.chance(0.03) };
}

function tenants(rng: Rng): { list: Person[]; married: boolean } {
  const pool = rng.weighted(NAME_POOLS.map((p) => [p, p.origin === 'de' ? 4 : p.origin === 'tr' ? 3 : p.origin === 'nl' ? 0.5 : 1.3] as const));
  const n = rng.weighted([[1, 58], [2, 36], [3, 6]] as const);
  const firstSex = rng.chance(0.5) ? 'm' : 'f';
  const first = person(rng, pool, firstSex, rng.pick(pool.family), 1952, 2001);
  const list = [first];
  let married = false;
  if (n >= 2) {
    married = rng.chance(0.65);
    const other = married ? pool : rng.pick(NAME_POOLS);
    list.push(person(rng, other, firstSex === 'm' ? 'f' : 'm', married ? first.family : rng.pick(other.family), 1955, 2002));
  }
  if (n === 3) list.push(person(rng, pool, rng.chance(0.5) ? 'm' : 'f', first.family, 2002, 2006));
  return { list, married };
}

function flat(rng: Rng, town: Town): Flat {
  const street = rng.pick(town.oberberg ? TOWN_STREETS : CITY_STREETS);
  const base = rng.int(1, town.oberberg ? 60 : 180);
  let houseNumber = String(base);
  let housePrinted = houseNumber;
  const r = rng.next();
  if (r < 0.15) {
    const l = rng.pick(['a', 'b', 'c']);
    houseNumber = `${base}${l}`;
    housePrinted = rng.chance(0.4) ? `${base} ${l}` : houseNumber;
  } else if (r < 0.22) {
    houseNumber = `${base}-${base + 2}`;
    housePrinted = rng.chance(0.3) ? `${base} - ${base + 2}` : houseNumber;
  }
  return { street, houseNumber, housePrinted, postalCode: rng.pick(town.postalCodes), city: town.city, addition: rng.chance(0.4) ? rng.pick(ADDITIONS) : null };
}

function cents(rng: Rng, min: number, max: number): number {
  return rng.int(min, max) * 100 + (rng.chance(0.6) ? rng.int(0, 99) : 0);
}

const TIMES = ['08:45', '09:00', '09:15', '09:30', '10:00', '10:15', '10:30', '11:00', '11:20', '11:45', '12:00', '13:30', '14:00'];

export function makeHousehold(rng: Rng, index: number, wantOberberg: boolean, courtFilter?: readonly string[], needsHearing = false): Household {
  const towns = TOWNS.filter((t) => t.oberberg === wantOberberg && (!courtFilter || courtFilter.includes(t.court)));
  const town = rng.pick(towns.length > 0 ? towns : TOWNS.filter((t) => t.oberberg === wantOberberg));
  const court = COURTS[town.court];
  const t = tenants(rng);
  const companyChoice = COMPANIES.filter((c) => c.regions.includes(town.court));
  const useCompany = rng.chance(0.55) && companyChoice.length > 0;
  const company = useCompany ? rng.pick(companyChoice) : null;
  const privName = rng.pick(PRIVATE_LANDLORDS);
  const privTown = rng.pick(TOWNS.filter((x) => x.oberberg === town.oberberg));
  const landlord: Party = company?.party ?? { name: privName, street: `${rng.pick(town.oberberg ? TOWN_STREETS : CITY_STREETS)} ${rng.int(1, 90)}`, postal: rng.pick(privTown.postalCodes), city: privTown.city, company: false };
  const lawyerKey = town.oberberg ? 'ra-hallmann' : rng.pick(['ra-kessler', 'ra-nordpark']);
  const lawyer = rng.chance(useCompany ? 0.35 : 0.7) ? (LAWYERS[lawyerKey] ?? null) : null;
  const rent = cents(rng, 390, 1180);
  const months = rng.pick([2, 2, 3, 3, 4, 5, 7]);
  const arrears = rent * months - (rng.chance(0.5) ? cents(rng, 0, 200) : 0);
  const claimReceived = workday(addDays('2024-05-06', rng.int(0, 520)));
  const noticeDate = workday(addDays(claimReceived, rng.int(1, 7)));
  let hearingDate = workday(addDays(claimReceived, rng.int(35, 80)));
  const served = rng.chance(0.45) ? workday(addDays(claimReceived, rng.int(4, 12))) : null;
  const noticeDateFixed = served && served > noticeDate ? workday(addDays(served, 1)) : noticeDate;
  const summonsDate = workday(addDays(noticeDateFixed, rng.int(6, 22)));
  if (hearingDate < addDays(summonsDate, 14)) hearingDate = workday(addDays(summonsDate, rng.int(14, 30)));
  const kind: JudgmentKind = rng.weighted([['versaeumnisurteil', 45], ['raeumungsurteil', 35], ['anerkenntnisurteil', 20]] as const);
  const writtenVU = kind === 'versaeumnisurteil' && !needsHearing && rng.chance(0.3);
  const judgmentDate = writtenVU ? workday(addDays(summonsDate, rng.int(14, 30))) : hearingDate;
  const vacate = kind !== 'versaeumnisurteil' && rng.chance(0.55) ? endOfMonth(judgmentDate, rng.int(1, 4)) : null;
  const bailiffLetterDate = workday(addDays(vacate ?? judgmentDate, rng.int(20, 60)));
  const evictionDate = workday(addDays(bailiffLetterDate, rng.int(22, 45)));
  const terminationDate = workday(addDays(claimReceived, -rng.int(18, 60)));
  const dept = rng.pick(court.departments);
  const yy = claimReceived.slice(2, 4);
  return {
    key: `h${String(index).padStart(3, '0')}`,
    town, court, tenants: t.list, married: t.married, flat: flat(rng, town), landlord,
    landlordSender: company?.key ?? 'private-landlord', lawyer, rent, arrears,
    reminderDate: workday(addDays(terminationDate, -rng.int(12, 35))), terminationDate, ordinary: rng.chance(0.6),
    fileNumber: `${dept} C ${rng.int(40, 2400)}/${yy}`, claimReceived, claimServed: served, noticeDate: noticeDateFixed,
    hearingKnownAtNotice: !writtenVU && rng.chance(0.3), hearing: { date: hearingDate, time: rng.pick(TIMES), room: rng.pick(court.rooms) },
    summonsDate,
    judgment: { kind, date: judgmentDate, vacate, arrears: arrears + (rng.chance(0.5) ? rent : 0), settlement: rng.chance(0.15) },
    dr: `DR ${rng.pick(['I', 'II', 'II', 'III'])} ${rng.int(30, 1900)}/${bailiffLetterDate.slice(2, 4)}`,
    bailiffLetterDate,
    eviction: { date: evictionDate, time: rng.pick(['08:00', '08:30', '09:00', '09:30', '10:00', '11:00']) },
  };
}
