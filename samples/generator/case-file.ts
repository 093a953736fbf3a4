/** The facts behind one generated document, drawn from the pools with a per-document PRNG. */
import { addDays, nextWorkday, type DateStyle, type MoneyStyle, type TimeStyle } from './german-format.js';
import {
  ADDITIONS, BAILIFFS, UNLISTED_NAMES, type NameSet, FAMILY, GIVEN_F, GIVEN_M, HELDOUT_COURTS, JOBCENTERS, LANDLORD_COMPANIES, LANDLORD_PEOPLE,
  LANDLORD_STREETS, LAWYERS, ROOMS, STREETS, TUNE_COURTS, familyFor, type CourtInfo,
} from './pools.js';
import type { Rng } from './prng.js';

export type Split = 'tune' | 'heldout';

export interface Person {
  title: 'Herr' | 'Frau';
  given: string;
  family: string;
  birthDate: string | null;
}

export interface Flat {
  street: string;
  streetPrinted: string;
  houseNumber: string;
  houseNumberPrinted: string;
  postalCode: string;
  city: string;
  addition: string | null;
}

export interface CaseFile {
  court: CourtInfo;
  fileNumber: string;
  fileNumberPrinted: string;
  tenants: Person[];
  flat: Flat;
  landlord: { name: string; title: 'Herr' | 'Frau' | null; street: string; postal: string; city: string };
  lawyer: (typeof LAWYERS)[number] | null;
  jobcenter: (typeof JOBCENTERS)[number];
  customerNumber: string;
  letterDate: string;
  claimReceived: string;
  claimServed: string | null;
  monthlyRent: number;
  arrears: number;
  hearing: { date: string; time: string; room: string } | null;
  judgmentKind: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';
  judgmentDate: string;
  pastHearing: string;
  vacateDeadline: string | null;
  eviction: { date: string; time: string };
  drNumber: string;
  bailiff: { name: string; title: string; street: string; postal: string; city: string };
  ordinaryTermination: boolean;
  style: { date: DateStyle; money: MoneyStyle; time: TimeStyle; familyFirst: boolean; showBirth: boolean };
}

function person(rng: Rng, sex: 'f' | 'm', names: NameSet, family?: string): Person {
  const swap = (name: string) => (names === 'unlisted' ? (UNLISTED_NAMES.get(name) ?? name) : name);
  const given = swap(rng.pick(sex === 'f' ? GIVEN_F : GIVEN_M));
  const fam = familyFor(family ?? swap(rng.pick(FAMILY)), sex);
  const year = rng.int(1948, 2001);
  const birth = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { title: sex === 'f' ? 'Frau' : 'Herr', given, family: fam, birthDate: birth };
}

function houseNumber(rng: Rng): { value: string; printed: string } {
  const n = rng.int(1, 148);
  const r = rng.next();
  if (r < 0.2) {
    const letter = rng.pick(['a', 'b', 'c']);
    return { value: `${n}${letter}`, printed: rng.chance(0.3) ? `${n} ${letter}` : `${n}${letter}` };
  }
  if (r < 0.32) return { value: `${n}-${n + 2}`, printed: `${n}-${n + 2}` };
  return { value: String(n), printed: String(n) };
}

function isoIn(rng: Rng, fromIso: string, spanDays: number): string {
  return nextWorkday(addDays(fromIso, rng.int(0, spanDays)));
}

export function makeCaseFile(rng: Rng, split: Split, tenantCount: 1 | 2, names: NameSet = 'common'): CaseFile {
  const court = rng.pick(split === 'tune' ? TUNE_COURTS : HELDOUT_COURTS);
  const town = rng.pick(court.towns);
  const street = rng.pick(STREETS);
  const abbreviate = street.short !== null && rng.chance(0.5);
  const hn = houseNumber(rng);
  const first = person(rng, rng.chance(0.5) ? 'f' : 'm', names);
  const tenants = [first];
  if (tenantCount === 2) {
    const sameFamily = rng.chance(0.6);
    tenants.push(person(rng, first.title === 'Frau' ? 'm' : 'f', names, sameFamily ? first.family.replace(/ka$/, 'ki').replace(/(ov|ow)a$/, '$1') : undefined));
  }
  const company = rng.chance(0.65);
  const landlordStreet = rng.pick(LANDLORD_STREETS);
  const landlordTown = rng.pick([...court.towns, { name: 'Köln', postal: '50667' }]);
  const year = rng.pick([2025, 2026]);
  const claimReceived = isoIn(rng, `${year}-01-05`, 300);
  const letterDate = nextWorkday(addDays(claimReceived, rng.int(1, 6)));
  const rent = rng.int(38, 140) * 500 + (rng.chance(0.4) ? rng.int(1, 99) : 0);
  const months = rng.int(2, 6);
  const extra = rng.chance(0.3) ? rng.int(1, 40000) : 0;
  const hearingDate = isoIn(rng, addDays(letterDate, 21), 40);
  const judgmentDate = isoIn(rng, addDays(letterDate, 50), 30);
  const dept = rng.pick([3, 12, 21, 5, 421, 8, 34, 2]);
  const serial = rng.int(12, 2400);
  const yy = String(year).slice(2);
  const fileNumber = `${dept} C ${serial}/${yy}`;
  const printedVariant = rng.next();
  const fileNumberPrinted = printedVariant < 0.8 ? fileNumber : printedVariant < 0.9 ? `${dept} C ${serial} / ${yy}` : `${dept}C ${serial}/${yy}`;
  const kind = rng.pick(['raeumungsurteil', 'versaeumnisurteil', 'anerkenntnisurteil'] as const);
  const bailiff = { ...rng.pick(BAILIFFS), postal: court.postal, city: court.place };
  const drRoman = rng.pick(['I', 'II', 'III']);
  return {
    court,
    fileNumber,
    fileNumberPrinted,
    tenants,
    flat: {
      street: street.full,
      streetPrinted: abbreviate && street.short ? street.short : street.full,
      houseNumber: hn.value,
      houseNumberPrinted: hn.printed,
      postalCode: town.postal,
      city: town.name,
      addition: rng.chance(0.35) ? rng.pick(ADDITIONS) : null,
    },
    landlord: company
      ? { name: rng.pick(LANDLORD_COMPANIES), title: null, street: landlordStreet, postal: landlordTown.postal, city: landlordTown.name }
      : (() => {
          const name = rng.pick(LANDLORD_PEOPLE);
          const female = /^(Gisela|Helga|Ingrid)/.test(name);
          return { name, title: female ? ('Frau' as const) : ('Herr' as const), street: landlordStreet, postal: landlordTown.postal, city: landlordTown.name };
        })(),
    lawyer: rng.chance(0.6) ? rng.pick(LAWYERS) : null,
    jobcenter: rng.pick(split === 'tune' ? JOBCENTERS.slice(0, 3) : JOBCENTERS.slice(3)),
    customerNumber: `${rng.int(10000, 99999)}BG${String(rng.int(1, 9999999)).padStart(7, '0')}`,
    letterDate,
    claimReceived,
    claimServed: rng.chance(0.3) ? nextWorkday(addDays(claimReceived, rng.int(3, 10))) : null,
    monthlyRent: rent,
    arrears: rent * months + extra,
    hearing: rng.chance(0.6) ? { date: hearingDate, time: `${String(rng.int(8, 14)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`, room: rng.pick(ROOMS) } : null,
    judgmentKind: kind,
    judgmentDate,
    pastHearing: nextWorkday(addDays(judgmentDate, -rng.int(7, 21))),
    vacateDeadline: kind !== 'versaeumnisurteil' && rng.chance(0.5) ? addDays(judgmentDate, rng.int(45, 120)) : null,
    eviction: { date: isoIn(rng, addDays(letterDate, 25), 30), time: `${String(rng.int(8, 11)).padStart(2, '0')}:${rng.pick(['00', '30'])}` },
    drNumber: `DR ${drRoman} ${rng.int(100, 2999)}/${yy}`,
    bailiff,
    ordinaryTermination: rng.chance(0.5),
    style: {
      date: rng.pick(['numeric', 'numeric', 'written', 'numeric-short'] as const),
      money: rng.pick(['euro-sign', 'eur', 'sign-first', 'euro-word'] as const),
      time: rng.pick(['colon', 'dot', 'hour-only'] as const),
      familyFirst: rng.chance(0.25),
      showBirth: rng.chance(0.6),
    },
  };
}
