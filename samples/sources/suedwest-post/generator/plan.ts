/** Households, their case timelines and the list of documents that reach the inbox. */
import { Rng } from './rng.js';
import { COURTS, NAMES, ORIGIN_WEIGHTS, STREETS, ADDITIONS, HOUSING, PRIVATE_LANDLORDS_M, PRIVATE_LANDLORDS_F, LANDLORD_COMPANIES, PRIVATE_STREETS, LAWYERS, BAILIFFS, AUTHORITIES, type Person, type CourtInfo } from './data.js';
import type { Case, DocSpec, DocType, OtherVariant, Profile, JudgmentKind, Landlord } from './model.js';
import { addDays, workday, lastOfMonth, isoToUtc, utcToIso } from './fmt.js';
import { courtRoom } from './court.js';

const LETTER_HOUSING = ['mannheim', 'saarbruecken', 'darmstadt'];
const LETTER_LAWYER = ['mannheim', 'darmstadt', 'freiburg'];
const BAILIFF_COURTS = BAILIFFS.map((b) => b.court);

type Step = DocType | 'rescan' | `other:${OtherVariant | 'kuendigung'}`;
interface Pattern { steps: Step[]; n: number }
const MULTI: Pattern[] = [
  { steps: ['court_notice', 'hearing_summons', 'judgment', 'eviction_notice'], n: 5 },
  { steps: ['court_notice', 'hearing_summons', 'judgment'], n: 4 },
  { steps: ['judgment', 'eviction_notice'], n: 4 },
  { steps: ['court_notice', 'hearing_summons'], n: 7 },
  { steps: ['other:kuendigung', 'court_notice'], n: 7 },
  { steps: ['other:kuendigung', 'court_notice', 'hearing_summons'], n: 3 },
  { steps: ['court_notice', 'rescan'], n: 5 },
  { steps: ['other:mahnung', 'other:kuendigung-hv'], n: 3 },
  { steps: ['court_notice', 'eviction_notice'], n: 2 },
];

function pickWeighted<T>(rng: Rng, items: [T, number][]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of items) { r -= w; if (r <= 0) return v; }
  return (items[items.length - 1] as [T, number])[0];
}

function randDate(rng: Rng, from: string, to: string): string {
  const a = isoToUtc(from), b = isoToUtc(to);
  return utcToIso(a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000);
}

function makePerson(rng: Rng, origin: keyof typeof NAMES, female: boolean, surname?: string, minYear = 1950, maxYear = 2002): Person {
  const pool = NAMES[origin];
  const given = rng.pick(female ? pool.f : pool.m);
  let sur = surname ?? rng.pick(pool.sur);
  if (female && pool.surF) sur = pool.surF(sur);
  const birth = randDate(rng, `${minYear}-01-01`, `${maxYear}-12-31`);
  return { given, surname: sur, female, birthDate: birth };
}

function makeTenants(rng: Rng): Person[] {
  const origin = pickWeighted(rng, ORIGIN_WEIGHTS);
  const r = rng.next();
  if (r < 0.58) return [makePerson(rng, origin, rng.chance(0.55))];
  if (r < 0.85) {
    const m = makePerson(rng, origin, false);
    const baseSur = NAMES[origin].surF ? m.surname : m.surname;
    const f = makePerson(rng, origin, true, baseSur);
    if (NAMES[origin].surF) f.surname = NAMES[origin].surF(m.surname);
    return rng.chance(0.5) ? [m, f] : [f, m];
  }
  if (r < 0.95) {
    const o2 = rng.chance(0.6) ? origin : pickWeighted(rng, ORIGIN_WEIGHTS);
    return [makePerson(rng, origin, rng.chance(0.5)), makePerson(rng, o2, rng.chance(0.5))];
  }
  const parent = makePerson(rng, origin, rng.chance(0.6), undefined, 1955, 1975);
  const child = makePerson(rng, origin, rng.chance(0.5), parent.surname, 1998, 2005);
  if (NAMES[origin].surF) child.surname = child.female ? NAMES[origin].surF(parent.female ? baseMasc(parent.surname) : parent.surname) : (parent.female ? baseMasc(parent.surname) : parent.surname);
  const third = rng.chance(0.5) ? [makePerson(rng, origin, !parent.female, parent.female ? baseMasc(parent.surname) : parent.surname, 1955, 1975)] : [];
  if (third[0] && NAMES[origin].surF && third[0].female) third[0].surname = NAMES[origin].surF(third[0].surname);
  return [parent, ...third, child];
}
function baseMasc(s: string): string {
  // inverse of the feminine surname rules (good enough for the invented pools)
  if (/ska$|cka$|dzka$/.test(s)) return s.slice(0, -1) + 'i';
  if (/(ova|eva|ina|owa|ewa)$/.test(s)) return s.slice(0, -1);
  if (/aja$/.test(s)) return s.slice(0, -3) + 'ij';
  if (/ou$/.test(s)) return s.slice(0, -2) + 'os';
  return s;
}

function makeFlat(rng: Rng, court: CourtInfo) {
  const town = rng.chance(0.8) ? (court.towns[0] as CourtInfo['towns'][number]) : rng.pick(court.towns);
  const postal = rng.pick(town.postal);
  let hn = String(rng.int(1, 140));
  const r = rng.next();
  if (r < 0.18) hn += rng.pick(['a', 'b', 'c']);
  else if (r < 0.24) hn = `${hn}-${Number(hn) + 2}`;
  return { street: rng.pick(STREETS), houseNumber: hn, postalCode: postal, city: town.city, addition: rng.chance(0.45) ? rng.pick(ADDITIONS) : null };
}

function makeLandlord(rng: Rng, court: CourtInfo, forceHousing: boolean, forcePrivate: boolean): Landlord {
  const town = court.towns[0] as CourtInfo['towns'][number];
  const housing = (HOUSING[court.key] ?? [])[0];
  const r = rng.next();
  if (forceHousing || (!forcePrivate && r < 0.35 && housing)) {
    const h = housing ?? { name: rng.pick(LANDLORD_COMPANIES), street: 'Hauptstraße 1', postal: court.postal, city: court.city, phone: '' };
    return { name: h.name, kind: 'housing', female: true, street: h.street, postal: h.postal, city: h.city, phone: h.phone };
  }
  if (!forcePrivate && r < 0.65) {
    return { name: rng.pick(LANDLORD_COMPANIES), kind: 'company', female: true, street: `${rng.pick(['Industriestraße', 'Am Hafen', 'Gewerbepark', 'Bahnhofplatz'])} ${rng.int(1, 60)}`, postal: rng.pick(town.postal), city: town.city, phone: `0${rng.int(600, 799)} ${rng.int(100000, 999999)}` };
  }
  const female = rng.chance(0.4);
  const name = rng.pick(female ? PRIVATE_LANDLORDS_F : PRIVATE_LANDLORDS_M);
  const t2 = rng.pick(court.towns);
  return { name, kind: 'private', female, street: rng.pick(PRIVATE_STREETS), postal: rng.pick(t2.postal), city: t2.city, phone: `0${rng.int(600, 799)} ${rng.int(10000, 99999)}` };
}

function cents(rng: Rng): number {
  return rng.pick([0, 0, 0, 0, 50, 20, 80, 35, 10, 90]);
}

export function makeCase(rng: Rng, hid: string, court: CourtInfo, opts: { letter: OtherVariant | null; claimFrom: string; claimTo: string }): Case {
  const tenants = makeTenants(rng);
  const flat = makeFlat(rng, court);
  const landlord = makeLandlord(rng, court, opts.letter === 'kuendigung-hv' || opts.letter === 'mahnung', opts.letter === 'kuendigung-privat');
  const needLawyer = opts.letter === 'kuendigung-ra';
  const lawyer = needLawyer || (landlord.kind !== 'private' ? rng.chance(0.7) : rng.chance(0.5)) ? (LAWYERS[court.key] ?? [])[0] ?? null : null;
  const rent = (rng.int(38, 115) * 10 + rng.pick([0, 0, 5, 2, 7])) * 100 + cents(rng);
  const monthsT = rng.int(2, 4);
  const arrearsTermination = monthsT * rent - (rng.chance(0.4) ? rng.int(5, 200) * 100 + cents(rng) : 0);
  const arrearsMahnung = Math.max(rent, arrearsTermination - rent);
  const arrearsClaim = arrearsTermination + rng.int(0, 2) * rent;
  const arrearsJudgment = arrearsClaim + rng.int(0, 2) * rent;
  const claimReceived = workday(randDate(rng, opts.claimFrom, opts.claimTo));
  const terminationDate = workday(addDays(claimReceived, -rng.int(25, 70)));
  const mahnungDate = workday(addDays(terminationDate, -rng.int(18, 40)));
  const claimDate = workday(addDays(claimReceived, -rng.int(1, 6)));
  const claimServed = workday(addDays(claimReceived, rng.int(6, 21)));
  const hearingDate = workday(addDays(claimReceived, rng.int(38, 80)));
  const hearing = { date: hearingDate, time: `${String(rng.pick([8, 9, 9, 10, 10, 11, 13, 14])).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45', '00', '30'])}`, room: courtRoom(court.key, rng) };
  const kind: JudgmentKind = pickWeighted(rng, [['versaeumnisurteil', 5], ['raeumungsurteil', 4], ['anerkenntnisurteil', 2]] as [JudgmentKind, number][]);
  const jDate = kind === 'raeumungsurteil' ? workday(addDays(hearingDate, rng.int(14, 24))) : kind === 'versaeumnisurteil' ? hearingDate : workday(addDays(hearingDate, -rng.int(0, 10)));
  const vacate = kind !== 'versaeumnisurteil' && rng.chance(0.6) ? lastOfMonth(addDays(jDate, rng.int(50, 120))) : null;
  const evLetter = workday(addDays(vacate ?? jDate, rng.int(vacate ? 5 : 35, vacate ? 30 : 90)));
  const evDate = workday(addDays(evLetter, rng.int(22, 45)));
  const bailiff = BAILIFFS.find((b) => b.court === court.key) ?? null;
  const authority = AUTHORITIES[court.key];
  if (!authority) throw new Error('no authority');
  const yy = claimReceived.slice(2, 4);
  const fileNo = `${rng.pick(court.dept)} C ${rng.int(court.key === 'mannheim' || court.key === 'karlsruhe' ? 200 : 40, court.key === 'mannheim' ? 3900 : 1900)}/${yy}`;
  const ordinaryTermination = rng.chance(0.6);
  return {
    household: hid, court, tenants, flat, rooms: rng.pick(['2 Zimmern, Küche, Bad', '3 Zimmern, Küche, Bad und Balkon', '1 Zimmer, Kochnische, Dusche/WC', '4 Zimmern, Küche, Bad, Kellerabteil', '2 Zimmern, Küche, Diele, Bad']),
    landlord, lawyer, authority, bailiff, rent, arrearsMahnung, arrearsTermination, arrearsClaim, arrearsJudgment,
    leaseStart: `${rng.int(2008, 2022)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
    fileNo, mahnungDate, terminationDate, ordinaryTermination, ordinaryEnd: lastOfMonth(addDays(terminationDate, rng.int(88, 95))),
    claimDate, claimReceived, claimServed, hearing, judgment: { kind, date: jDate, vacate },
    eviction: { dr: `DR ${bailiff?.reg ?? 'II'} ${rng.int(120, 2999)}/${evLetter.slice(2, 4)}`, letterDate: evLetter, date: evDate, time: `${String(rng.pick([8, 8, 9, 9, 10, 11])).padStart(2, '0')}:${rng.pick(['00', '30', '00', '15'])}` },
    customerNo: `${rng.int(100, 999)}.${rng.int(10000, 99999)}`,
    bgNo: `${court.postal.slice(0, 3)}${rng.int(10, 99)}//${String(rng.int(1, 99999)).padStart(7, '0')}`,
    contractNo: `${rng.int(10, 99)}-${rng.int(1000, 9999)}-${rng.int(10, 99)}`,
  };
}

export interface PlanOpts { count: number }

/** Build the caseload; returns documents in arrival order with ids. */
export function plan(seed: number, count: number): DocSpec[] {
  const rng = new Rng(seed);
  const target = { court_notice: 0, hearing_summons: 0, eviction_notice: 0, judgment: 0, other: 0 };
  const scale = count / 160;
  target.court_notice = Math.round(60 * scale); target.hearing_summons = Math.round(25 * scale); target.eviction_notice = Math.round(25 * scale); target.judgment = Math.round(15 * scale);
  target.other = count - target.court_notice - target.hearing_summons - target.eviction_notice - target.judgment;
  const used = { court_notice: 0, hearing_summons: 0, eviction_notice: 0, judgment: 0, other: 0 };
  const households: Step[][] = [];
  for (const p of MULTI) {
    for (let i = 0; i < Math.max(0, Math.round(p.n * scale)); i++) {
      const types = p.steps.map((s) => (s === 'rescan' ? 'court_notice' : s.startsWith('other') ? 'other' : s)) as DocType[];
      if (types.some((t) => used[t] + types.filter((x) => x === t).length > target[t])) continue;
      types.forEach((t) => used[t]++);
      households.push(p.steps);
    }
  }
  for (const t of Object.keys(target) as DocType[]) {
    while (used[t] < target[t]) { households.push([t === 'other' ? 'other:any' as Step : t]); used[t]++; }
  }
  rng.shuffle(households);

  const specs: Omit<DocSpec, 'id' | 'profile' | 'sender' | 'layout' | 'kind'>[] = [];
  households.forEach((steps, hi) => {
    const hid = `h${String(hi + 1).padStart(3, '0')}`;
    const hr = rng.fork(hid);
    const hasEviction = steps.includes('eviction_notice');
    const otherStep = steps.find((s) => s.startsWith('other')) as string | undefined;
    let letter: OtherVariant | null = null;
    let courtKeys = COURTS.map((c) => c.key);
    if (hasEviction) courtKeys = BAILIFF_COURTS;
    if (otherStep) {
      const v = otherStep.split(':')[1];
      const options: OtherVariant[] = v === 'mahnung' || v === 'kuendigung-hv' ? ['kuendigung-hv'] : v === 'kuendigung' ? ['kuendigung-hv', 'kuendigung-ra', 'kuendigung-privat'] : ['mahnung', 'kuendigung-hv', 'kuendigung-ra', 'kuendigung-privat', 'jc-schreiben', 'jc-schreiben'];
      letter = hr.pick(options);
      if (v === 'mahnung') letter = 'kuendigung-hv';
      if (letter === 'kuendigung-hv' || letter === 'mahnung') courtKeys = courtKeys.filter((k) => LETTER_HOUSING.includes(k));
      if (letter === 'kuendigung-ra') courtKeys = courtKeys.filter((k) => LETTER_LAWYER.includes(k));
      if (courtKeys.length === 0) courtKeys = LETTER_HOUSING;
      if (v === 'any' && letter === 'kuendigung-hv' && hr.chance(0.4)) letter = 'mahnung';
    }
    const ck = hr.pick(courtKeys);
    const court = COURTS.find((c) => c.key === ck) as CourtInfo;
    const long = hasEviction || steps.includes('judgment');
    const c = makeCase(hr, hid, court, { letter: letter === 'jc-schreiben' ? null : letter, claimFrom: long ? '2024-06-01' : '2024-09-20', claimTo: long ? '2025-03-15' : '2025-08-20' });
    let noticeArrival = '';
    for (const st of steps) {
      const base = { c, rescan: false, cover: false, noticeShowsHearing: false, noticeShowsServed: false, jcMentionsOrdinary: false, variant: null as OtherVariant | null, seed: hr.int(1, 2 ** 30) };
      if (st === 'court_notice') {
        const showsHearing = hr.chance(0.35);
        const letterDate = showsHearing ? workday(addDays(c.claimReceived, hr.int(9, 20))) : workday(addDays(c.claimReceived, hr.int(1, 8)));
        const showsServed = showsHearing ? hr.chance(0.6) : hr.chance(0.15) && c.claimServed < letterDate;
        const arrival = addDays(letterDate, hr.int(2, 6));
        noticeArrival = arrival;
        specs.push({ ...base, type: 'court_notice', letterDate, arrival, noticeShowsHearing: showsHearing, noticeShowsServed: showsServed && c.claimServed <= letterDate });
      } else if (st === 'rescan') {
        const prev = specs[specs.length - 1];
        if (!prev) continue;
        specs.push({ ...prev, rescan: true, arrival: addDays(noticeArrival, hr.int(4, 25)), seed: hr.int(1, 2 ** 30) });
      } else if (st === 'hearing_summons') {
        const letterDate = workday(addDays(c.claimReceived, hr.int(21, 30)));
        specs.push({ ...base, type: 'hearing_summons', letterDate, arrival: addDays(letterDate, hr.int(2, 7)) });
      } else if (st === 'judgment') {
        const letterDate = addDays(c.judgment.date, hr.int(2, 9));
        specs.push({ ...base, type: 'judgment', letterDate, arrival: addDays(letterDate, hr.int(3, 10)) });
      } else if (st === 'eviction_notice') {
        specs.push({ ...base, type: 'eviction_notice', letterDate: c.eviction.letterDate, arrival: addDays(c.eviction.letterDate, hr.int(2, 6)) });
      } else {
        const v = st.split(':')[1];
        const variant: OtherVariant = v === 'mahnung' ? 'mahnung' : (letter ?? 'kuendigung-hv');
        const letterDate = variant === 'mahnung' ? c.mahnungDate : variant === 'jc-schreiben' ? workday(addDays(c.terminationDate, hr.int(10, 30))) : c.terminationDate;
        specs.push({ ...base, type: 'other', variant, letterDate, arrival: addDays(letterDate, hr.int(2, 12)), jcMentionsOrdinary: variant === 'jc-schreiben' && c.ordinaryTermination && hr.chance(0.6) });
      }
    }
  });
  specs.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : a.c.household < b.c.household ? -1 : a.c.household > b.c.household ? 1 : 0));

  // profiles: multi-page first (cover letters or two-page judgments), then the rest
  const prof: Record<Profile, number> = { 'text-pdf': 55, 'scan-300': 20, 'fax-200': 25, skew: 15, rotated: 12, photo: 15, 'multi-page': 18 };
  const total = Object.values(prof).reduce((a, b) => a + b, 0);
  const pool: Profile[] = [];
  for (const [k, v] of Object.entries(prof) as [Profile, number][]) for (let i = 0; i < Math.round((v * count) / total); i++) pool.push(k);
  while (pool.length < count) pool.push('text-pdf');
  pool.length = count;
  const pr = rng.fork('profiles');
  const idx = pr.shuffle(specs.map((_, i) => i));
  const profiles: (Profile | null)[] = specs.map(() => null);
  const take = (p: Profile): boolean => { const k = pool.indexOf(p); if (k < 0) return false; pool.splice(k, 1); return true; };
  const coverable = (s: (typeof specs)[number]) => s.type === 'court_notice' || s.type === 'hearing_summons' || s.type === 'eviction_notice';
  const twoPage = (s: (typeof specs)[number]) => s.type === 'judgment' && s.c.judgment.kind === 'raeumungsurteil';
  const covers = specs.map(() => false);
  // two-page judgments need a multi-page capable profile
  for (const i of idx) {
    const s = specs[i]!;
    if (twoPage(s)) profiles[i] = take('multi-page') ? 'multi-page' : take('text-pdf') ? 'text-pdf' : take('fax-200') ? 'fax-200' : 'text-pdf';
  }
  for (const i of idx) {
    const s = specs[i]!;
    if (profiles[i] || !coverable(s)) continue;
    if (pool.includes('multi-page')) { take('multi-page'); profiles[i] = 'multi-page'; covers[i] = true; }
  }
  let nCoverText = Math.round(count / 16), nCoverFax = Math.round(count / 16);
  for (const i of idx) {
    const s = specs[i]!;
    if (profiles[i] || !coverable(s)) continue;
    if (nCoverText > 0 && take('text-pdf')) { profiles[i] = 'text-pdf'; covers[i] = true; nCoverText--; }
    else if (nCoverFax > 0 && take('fax-200')) { profiles[i] = 'fax-200'; covers[i] = true; nCoverFax--; }
  }
  const rest = pr.shuffle(pool.slice());
  for (let i = 0; i < specs.length; i++) if (!profiles[i]) profiles[i] = rest.pop() ?? 'text-pdf';

  return specs.map((s, i) => {
    const kind = s.rescan ? 'rescan' : covers[i] ? 'with-cover' : 'single';
    return { ...s, cover: covers[i] ?? false, profile: profiles[i] as Profile, id: `d${String(i + 1).padStart(3, '0')}`, sender: '', layout: '', kind };
  });
}
