import { BAILIFFS, COURTS } from './data.js';
import type { DocSpec, Household, Printed } from './model.js';

/** Ground truth of one document, built from the household and what its layout printed. */

export interface TruthFields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: { name: string; birthDate: string | null }[] | null;
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil' | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}

function empty(): TruthFields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
}

function parties(hh: Household, p: Printed): Pick<TruthFields, 'tenants' | 'address' | 'landlord'> {
  return {
    tenants: hh.tenants.map((t) => ({ name: `${t.given} ${t.family}`, birthDate: p.birth ? t.birthDate : null })),
    address: p.address ? { ...hh.flat, addition: p.addition ? hh.flat.addition : null } : null,
    landlord: p.landlord ? hh.landlord.name : null,
  };
}

/** Amounts that "other" letters print depend on when they were written. */
export function letterAmounts(spec: DocSpec): { arrears: number } {
  const hh = spec.hh;
  if (spec.base === 'reminder') return { arrears: Math.max(hh.monthlyRent, hh.arrears - 2 * hh.monthlyRent) };
  if (spec.base === 'termination') return { arrears: Math.max(hh.monthlyRent * 2, hh.arrears - hh.monthlyRent) };
  return { arrears: hh.arrears };
}

export function buildTruth(spec: DocSpec, p: Printed): TruthFields {
  const hh = spec.hh;
  const f = { ...empty(), ...parties(hh, p) };
  const court = COURTS[hh.court].name;
  switch (spec.type) {
    case 'court_notice':
      f.court = court;
      f.fileNumber = hh.fileNumber;
      f.claimReceived = p.received ? hh.claimReceived : null;
      f.claimServed = p.served ? hh.claimServed : null;
      f.monthlyRent = p.rent ? hh.monthlyRent : null;
      f.arrears = p.arrears ? hh.arrears : null;
      f.hearing = p.hearing && hh.earlyHearing ? { ...hh.earlyHearing } : null;
      break;
    case 'hearing_summons':
      f.court = court;
      f.fileNumber = hh.fileNumber;
      f.claimReceived = p.received ? hh.claimReceived : null;
      f.hearing = { ...hh.hearing };
      break;
    case 'judgment':
      f.court = court;
      f.fileNumber = hh.fileNumber;
      f.arrears = hh.judgment.ordersPayment ? hh.arrears : null;
      f.judgmentKind = hh.judgment.kind;
      f.judgmentDate = hh.judgment.date;
      f.vacateDeadline = hh.judgment.vacateDeadline;
      break;
    case 'eviction_notice': {
      const b = Object.values(BAILIFFS).find((x) => x.court === hh.court);
      f.court = b ? COURTS[b.court].name : court;
      f.fileNumber = hh.eviction.dr;
      f.relatedFileNumbers = [hh.fileNumber];
      f.evictionDate = { date: hh.eviction.date, time: hh.eviction.time };
      f.judgmentKind = hh.judgment.kind;
      f.judgmentDate = hh.judgment.date;
      break;
    }
    case 'other':
      f.monthlyRent = p.rent ? hh.monthlyRent : null;
      f.arrears = p.arrears ? letterAmounts(spec).arrears : null;
      f.ordinaryTermination = p.ordinary;
      if (p.courtCase) {
        f.court = court;
        f.fileNumber = hh.fileNumber;
      }
      break;
  }
  return f;
}
