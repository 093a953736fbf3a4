import { ADDITIONS, BAILIFFS, COURTS, LANDLORDS, STREETS, TOWNS, femaleFamily, nameData, type CourtKey, type Origins } from './data.js';
import { addDays, addMonths, workday } from './format.js';
import type { Household, Kind, Person } from './model.js';
import type { Rng } from './prng.js';

/** Households and the order in which their papers reach the inbox. */

const COURT_WEIGHTS: readonly (readonly [CourtKey, number])[] = [
  ['ag-gm', 18], ['ag-wipp', 21], ['ag-wald', 14], ['ag-wup', 24], ['ag-ge', 23],
];

function person(rng: Rng, origin: Origins, gender: 'm' | 'f', family?: string): Person {
  const names = nameData();
  const given = rng.pick(names.given[origin][gender]);
  const fam = family ?? femaleOrNot(origin, gender, rng.pick(names.family[origin]));
  const year = rng.int(1952, 2003);
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { given, family: fam, gender, birthDate, title: origin === 'de' && rng.chance(0.04) ? 'Dr.' : null };
}

function femaleOrNot(origin: Origins, gender: 'm' | 'f', family: string): string {
  return gender === 'f' ? femaleFamily(origin, family) : family;
}

function tenants(rng: Rng): Person[] {
  const origin = rng.weighted(nameData().weights);
  const n = rng.weighted([[1, 60], [2, 33], [3, 7]] as const);
  const first = person(rng, origin, rng.chance(0.55) ? 'f' : 'm');
  if (n === 1) return [first];
  if (n === 2 && rng.chance(0.6)) {
    const other = first.gender === 'f' ? 'm' : 'f';
    const fam = origin === 'pl' || origin === 'ru' ? null : first.family;
    return [first, person(rng, origin, other, fam ?? undefined)];
  }
  const out = [first];
  while (out.length < n) out.push(person(rng, rng.chance(0.7) ? origin : rng.weighted(nameData().weights), rng.chance(0.5) ? 'f' : 'm'));
  return out;
}

function houseNumber(rng: Rng): string {
  const n = rng.int(1, 148);
  const r = rng.next();
  if (r < 0.2) return `${n}${rng.pick(['a', 'b', 'c'])}`;
  if (r < 0.27) return `${n}-${n + rng.pick([1, 2, 4])}`;
  return String(n);
}

function euros(rng: Rng, min: number, max: number): number {
  const whole = rng.int(min, max);
  return whole * 100 + (rng.chance(0.45) ? 0 : rng.int(1, 99));
}

export function makeHousehold(rng: Rng, index: number): Household {
  const court = rng.weighted(COURT_WEIGHTS);
  const courtData = COURTS[court];
  const town = rng.pick(TOWNS[court]);
  const region = court === 'ag-wup' || court === 'ag-ge' ? 'ruhr' : 'ob';
  const landlords = LANDLORDS.filter((l) => l.region === region && (region === 'ob' || (court === 'ag-wup') === (l.city === 'Wuppertal')));
  const landlord = rng.pick(landlords);
  const claimReceived = workday(addDays('2024-09-02', rng.int(0, 640)));
  const yy = claimReceived.slice(2, 4);
  const fileNumber = `${rng.pick(courtData.departments)} C ${rng.int(...courtData.serialRange)}/${yy}`;
  const baseRent = euros(rng, 290, 820);
  const monthlyRent = baseRent + euros(rng, 95, 290);
  const months = rng.int(2, 7);
  const arrears = monthlyRent * months - (rng.chance(0.5) ? rng.int(0, monthlyRent - 1000) : 0);
  const claimServed = addDays(claimReceived, rng.int(7, 24));
  const early = rng.chance(0.28);
  const hearingDate = workday(addDays(claimReceived, rng.int(early ? 28 : 45, early ? 55 : 80)));
  const hearing = { date: hearingDate, time: `${String(rng.int(8, 13)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45', '00', '30'])}`, room: rng.pick(courtData.rooms) };
  const kind = rng.weighted([['versaeumnisurteil', 45], ['anerkenntnisurteil', 20], ['raeumungsurteil', 35]] as const);
  const judgmentDate = kind === 'raeumungsurteil' ? workday(addDays(hearingDate, rng.int(14, 28))) : hearingDate;
  const granted = (kind === 'raeumungsurteil' && rng.chance(0.55)) || (kind === 'anerkenntnisurteil' && rng.chance(0.35));
  const vacateDeadline = granted ? addDays(addMonths(judgmentDate.slice(0, 8) + '01', rng.int(3, 5)), -1) : null;
  const evLetter = workday(addDays(vacateDeadline ?? judgmentDate, rng.int(vacateDeadline ? 4 : 40, vacateDeadline ? 21 : 95)));
  const bailiff = Object.values(BAILIFFS).find((b) => b.court === court);
  const dr = `DR ${bailiff?.register ?? 'II'} ${rng.int(120, 2480)}/${evLetter.slice(2, 4)}`;
  const addition = rng.chance(0.4) ? rng.pick(ADDITIONS) : null;
  return {
    key: `h${String(index + 1).padStart(3, '0')}`,
    court,
    tenants: tenants(rng),
    flat: { street: rng.pick(STREETS), houseNumber: houseNumber(rng), postalCode: rng.pick(town.postalCodes), city: town.city, addition },
    landlord,
    fileNumber,
    terminationDate: workday(addDays(claimReceived, -rng.int(21, 75))),
    claimReceived,
    claimServed,
    monthlyRent,
    baseRent,
    arrears,
    earlyHearing: early ? hearing : null,
    hearing,
    judgment: { kind, date: judgmentDate, vacateDeadline, ordersPayment: kind !== 'anerkenntnisurteil' ? rng.chance(0.8) : rng.chance(0.3) },
    eviction: { dr, letterDate: evLetter, date: workday(addDays(evLetter, rng.int(23, 44))), time: `${String(rng.int(8, 11)).padStart(2, '0')}:${rng.pick(['00', '00', '30', '15', '45'])}` },
    customerNo: `${rng.int(10000, 99999)}BG${String(rng.int(1, 9999999)).padStart(7, '0')}`,
    ordinaryTermination: rng.chance(0.55),
  };
}

/** Story templates: the papers of one household in arrival order. */
export function storyFor(rng: Rng, hh: Household): Kind[] {
  const hasBailiff = Object.values(BAILIFFS).some((b) => b.court === hh.court);
  const canRemind = hh.landlord.key === 'll-aggertal' || hh.landlord.key === 'll-emscherblick';
  const multi = rng.chance(0.42);
  if (!multi) {
    return [rng.weighted([
      ['notice', 40], ['summons', 15], ['judgment', 8], [hasBailiff ? 'bailiff' : 'termination', 16],
      ['termination', 15], [canRemind ? 'reminder' : 'termination', 6], ['jc-letter', 6], ['cover-alone', 4],
    ] as const)];
  }
  const t = rng.weighted([
    ['term-notice', 10], ['notice-summons', 14], ['notice-summons-judgment', 8], ['notice-judgment-bailiff', 7],
    ['notice-fwd', 8], ['notice-rescan', 5], ['judgment-bailiff', 7], ['remind-term-notice-summons', 5],
    ['bailiff-rescan', 6], ['full', 6], ['jc-notice', 5], ['bailiff-fwd', 6], ['fwd-summons', 6], ['term-rescan', 4],
  ] as const);
  const story: Kind[] = (() => {
    switch (t) {
      case 'term-notice': return ['termination', 'notice'];
      case 'notice-summons': return ['notice', 'summons'];
      case 'notice-summons-judgment': return ['notice', 'summons', 'judgment'];
      case 'notice-judgment-bailiff': return ['notice', 'judgment', 'bailiff'];
      case 'notice-fwd': return ['notice', 'forwarded-copy'];
      case 'notice-rescan': return ['notice', 'rescan'];
      case 'judgment-bailiff': return ['judgment', 'bailiff'];
      case 'remind-term-notice-summons': return [canRemind ? 'reminder' : 'termination', ...(canRemind ? ['termination'] as const : []), 'notice', 'summons'];
      case 'bailiff-rescan': return ['bailiff', 'rescan'];
      case 'full': return ['termination', 'notice', 'summons', 'judgment', 'bailiff'];
      case 'jc-notice': return ['notice', 'jc-letter'];
      case 'bailiff-fwd': return ['bailiff', 'forwarded-copy'];
      case 'fwd-summons': return ['forwarded-copy', 'summons'];
      case 'term-rescan': return ['termination', 'rescan', 'notice'];
    }
  })();
  return hasBailiff ? story : story.filter((k) => k !== 'bailiff');
}
