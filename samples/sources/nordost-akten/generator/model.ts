/** Households, their cases and the time line of each case. */
import { BAILIFFS, COURTS, LANDLORDS, LAWYERS, ORIGINS, STREETS, ADDITIONS, type Bailiff, type Court, type Landlord, type Lawyer, type Office } from './data.js';
import { Rng, addDays, workday, endOfMonth } from './util.js';

export interface Person {
  given: string;
  surname: string;
  name: string;
  birth: string;
  gender: 'f' | 'm';
  origin: string;
}

export interface Flat {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string | null;
  /** printed forms chosen once per household (some senders override) */
  houseSpaced: string;
}

export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface CaseData {
  hh: string;
  court: Court;
  tenants: Person[];
  flat: Flat;
  landlord: Landlord;
  lawyer: Lawyer | null;
  bailiff: Bailiff;
  office: Office;
  customerNo: string;
  rent: number;
  rentParts: { net: number; ops: number; heat: number };
  fileNo: string;
  moveIn: string;
  reminder: { date: string; arrears: number; months: string[] };
  termination: { date: string; arrears: number; ordinary: boolean; byLawyer: boolean };
  received: string;
  served: string;
  claimArrears: number;
  streitwert: number;
  noticeDate: string;
  hearing: { date: string; time: string; room: string };
  hearingInNotice: boolean;
  summonsDate: string;
  judgment: { kind: JudgmentKind; date: string; arrears: number | null; vacate: string | null; pastHearing: string | null; interestFrom: string };
  eviction: { dr: string; letterDate: string; date: string; time: string };
  jcLetterDate: string;
  jcArrears: number;
  saLetterDate: string;
}

function weightedOrigin(rng: Rng) {
  const total = ORIGINS.reduce((a, o) => a + o.weight, 0);
  let r = rng.next() * total;
  for (const o of ORIGINS) {
    r -= o.weight;
    if (r < 0) return o;
  }
  return ORIGINS[0]!;
}

function birth(rng: Rng, from: number, to: number): string {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const usedNames = new Set<string>();

/** Polish and Russian surnames take a female form */
function feminine(surname: string, origin: string): string {
  if (origin === 'pl') return surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  if (origin === 'ru') return surname.replace(/ow$/, 'owa').replace(/ew$/, 'ewa');
  return surname;
}

function makePeople(rng: Rng): Person[] {
  for (;;) {
    const o = weightedOrigin(rng);
    const baseSurname = rng.pick(o.surnames);
    const couple = rng.chance(0.38);
    const firstF = rng.chance(0.55);
    const g1: 'f' | 'm' = firstF ? 'f' : 'm';
    const given1 = rng.pick(g1 === 'f' ? o.female : o.male);
    const surname = g1 === 'f' ? feminine(baseSurname, o.key) : baseSurname;
    const key = `${given1} ${surname}`;
    if (usedNames.has(key)) continue;
    usedNames.add(key);
    const p1: Person = { given: given1, surname, name: key, birth: birth(rng, 1956, 2001), gender: g1, origin: o.key };
    if (!couple) return [p1];
    const g2: 'f' | 'm' = g1 === 'f' ? 'm' : 'f';
    const given2 = rng.pick(g2 === 'f' ? o.female : o.male);
    let s2 = g2 === 'f' ? feminine(baseSurname, o.key) : baseSurname;
    if (o.key === 'de' && rng.chance(0.35)) s2 = rng.pick(['Bahr', 'Lindner', 'Tetzlaff', 'Pohl']);
    const p2: Person = { given: given2, surname: s2, name: `${given2} ${s2}`, birth: birth(rng, 1956, 2001), gender: g2, origin: o.key };
    usedNames.add(p2.name);
    return [p1, p2];
  }
}

function makeFlat(rng: Rng, court: Court): Flat {
  const street = rng.pick(STREETS);
  let hn = String(rng.int(1, 148));
  const r = rng.next();
  if (r < 0.18) hn += rng.pick(['a', 'b', 'c']);
  else if (r < 0.24) hn = `${hn}-${Number(hn) + 2}`;
  const houseSpaced = /[a-c]$/.test(hn) && rng.chance(0.5) ? hn.replace(/([a-c])$/, ' $1') : hn;
  return {
    street,
    houseNumber: hn,
    postalCode: rng.pick(court.flatPlz),
    city: court.city,
    addition: rng.chance(0.3) ? rng.pick(ADDITIONS) : null,
    houseSpaced,
  };
}

function hhmm(h: number, m: number): string {
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const usedFiles = new Set<string>();

export function makeCase(rng: Rng, idx: number, court: Court, recvFrom: string, recvSpanDays: number): CaseData {
  const hh = `h${String(idx).padStart(3, '0')}`;
  const tenants = makePeople(rng);
  const flat = makeFlat(rng, court);
  const landlords = LANDLORDS.filter((l) => l.states.includes(court.state));
  const landlord = rng.pick(landlords);
  const lawyers = LAWYERS.filter((l) => l.states.includes(court.state));
  const lawyer = rng.chance(0.7) ? rng.pick(lawyers) : null;
  const bailiff = BAILIFFS.find((b) => b.court === court.key)!;
  const office = rng.chance(0.6) ? court.jobcenter : court.sozialamt;
  const rentCents = rng.int(380, 1120) * 100 + (rng.chance(0.7) ? rng.int(0, 99) : 0);
  const heat = Math.round((rentCents * rng.int(11, 17)) / 100);
  const ops = Math.round((rentCents * rng.int(14, 22)) / 100);
  const net = rentCents - heat - ops;
  const received = workday(addDays(recvFrom, rng.int(0, recvSpanDays)));
  const year = received.slice(2, 4);
  let fileNo = '';
  do {
    fileNo = `${rng.pick(court.depts)} C ${rng.int(12, 2890)}/${year}`;
  } while (usedFiles.has(fileNo));
  usedFiles.add(fileNo);
  const months = rng.int(2, 5);
  const termArrears = rentCents * months - (rng.chance(0.5) ? rng.int(0, Math.floor(rentCents / 100)) * 100 : 0);
  const terminationDate = workday(addDays(received, -rng.int(16, 45)));
  const remDate = workday(addDays(terminationDate, -rng.int(18, 40)));
  const remMonths = months - 1;
  const monthNames: string[] = [];
  for (let i = remMonths; i >= 1; i--) monthNames.push(addDays(remDate, -30 * i + 15).slice(0, 7));
  const claimArrears = termArrears + (rng.chance(0.5) ? rentCents : 0);
  const served = workday(addDays(received, rng.int(6, 21)));
  const noticeDate = workday(addDays(received, rng.int(1, 12)));
  const hearingDate = workday(addDays(received, rng.int(38, 80)));
  const hearingTime = hhmm(rng.int(8, 14), rng.pick([0, 0, 15, 30, 30, 45]));
  const summonsDate = workday(addDays(received, rng.int(13, 30)));
  const kr = rng.next();
  const kind: JudgmentKind = kr < 0.4 ? 'versaeumnisurteil' : kr < 0.62 ? 'anerkenntnisurteil' : 'raeumungsurteil';
  let jDate: string;
  let pastHearing: string | null = hearingDate;
  if (kind === 'versaeumnisurteil' && rng.chance(0.5)) {
    jDate = workday(addDays(received, rng.int(28, 45)));
    pastHearing = null;
  } else if (kind === 'raeumungsurteil') jDate = workday(addDays(hearingDate, rng.int(14, 28)));
  else jDate = hearingDate;
  const vacate = kind !== 'versaeumnisurteil' && rng.chance(0.5) ? endOfMonth(jDate, rng.int(2, 4)) : null;
  const jArrears = rng.chance(0.75) ? claimArrears : null;
  let evLetter = workday(addDays(jDate, rng.int(35, 100)));
  if (vacate) evLetter = workday(addDays(vacate, rng.int(3, 20)));
  const evDate = workday(addDays(evLetter, rng.int(22, 42)));
  const evTime = hhmm(rng.int(7, 11), rng.pick([0, 0, 30, 15]));
  const dr = `DR ${bailiff.register} ${rng.int(120, 2480)}/${evLetter.slice(2, 4)}`;
  const customerNo = office.kind === 'jobcenter' ? `${rng.int(10000, 99999)}BG${String(rng.int(0, 9999999)).padStart(7, '0')}` : `${rng.int(500, 599)}-${rng.int(10000, 99999)}`;
  return {
    hh,
    court,
    tenants,
    flat,
    landlord,
    lawyer,
    bailiff,
    office,
    customerNo,
    rent: rentCents,
    rentParts: { net, ops, heat },
    fileNo,
    moveIn: `${rng.int(2004, 2021)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
    reminder: { date: remDate, arrears: rentCents * remMonths, months: monthNames },
    termination: { date: terminationDate, arrears: termArrears, ordinary: rng.chance(0.55), byLawyer: lawyer !== null && rng.chance(0.4) },
    received,
    served,
    claimArrears,
    streitwert: rentCents * 12 + claimArrears,
    noticeDate,
    hearing: { date: hearingDate, time: hearingTime, room: rng.pick(court.rooms) },
    hearingInNotice: rng.chance(0.45) && noticeDate < hearingDate,
    summonsDate,
    judgment: { kind, date: jDate, arrears: jArrears, vacate, pastHearing, interestFrom: addDays(served, 1) },
    eviction: { dr, letterDate: evLetter, date: evDate, time: evTime },
    jcLetterDate: workday(addDays(noticeDate, rng.int(10, 25))),
    jcArrears: claimArrears + (rng.chance(0.5) ? rentCents : 0),
    saLetterDate: workday(addDays(evLetter, rng.int(5, 12))),
  };
}

export { COURTS };
