// A document to render: its household, sender, layout, profile, flags of what it prints, and its truth.
import type { DocumentType } from '../../../../src/core/extraction.schema.js';
import type { ForwarderInfo } from './data.js';
import { fullStreet, type Household, type Person, type Step } from './story.js';

export const PROFILES = ['text-pdf', 'scan-300', 'fax-200', 'skew', 'rotated', 'photo', 'multi-page'] as const;
export type Profile = (typeof PROFILES)[number];

export interface Flags {
  birth: boolean;
  served: boolean;
  hearing: boolean;
  address: boolean;
  rent: boolean;
  arrears: boolean;
  claimRef: boolean;
  landlord: boolean;
  ordinary: boolean;
}

export interface DocSpec {
  id: string;
  hh: Household;
  step: Step;
  type: DocumentType;
  kind: string;
  sender: string;
  layout: string;
  profile: Profile;
  letterDate: string;
  arrival: string;
  forwarder: ForwarderInfo | null;
  flags: Flags;
  seed: number;
  /** Printed pages (filled in after rendering). */
  pages: number;
}

export const tenantName = (p: Person): string => `${p.given} ${p.family}`;

export function truthAddress(hh: Household): Record<string, unknown> {
  const f = hh.flat;
  return { street: fullStreet(f.street), houseNumber: f.houseNo, postalCode: f.plz, city: f.city, addition: f.addition };
}

export function truthFields(s: DocSpec): Record<string, unknown> {
  const hh = s.hh;
  const F: Record<string, unknown> = {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
  const tenants = hh.tenants.map((p) => ({ name: tenantName(p), birthDate: s.flags.birth ? p.birth : null }));
  const f = s.flags;
  switch (s.type) {
    case 'court_notice':
      Object.assign(F, {
        court: hh.court.name, fileNumber: hh.fileNo, tenants, address: truthAddress(hh), landlord: hh.landlord.name,
        claimReceived: hh.claimReceived, claimServed: f.served ? hh.claimServed : null,
        monthlyRent: hh.rent, arrears: hh.arrears, hearing: f.hearing ? { ...hh.hearing } : null,
      });
      break;
    case 'hearing_summons':
      Object.assign(F, {
        court: hh.court.name, fileNumber: hh.fileNo, tenants, address: f.address ? truthAddress(hh) : null,
        landlord: hh.landlord.name, claimReceived: f.claimRef ? hh.claimReceived : null, hearing: { ...hh.hearing },
      });
      break;
    case 'judgment':
      Object.assign(F, {
        court: hh.court.name, fileNumber: hh.fileNo, tenants, address: truthAddress(hh), landlord: hh.landlord.name,
        arrears: hh.judgment.payCents, judgmentKind: hh.judgment.kind, judgmentDate: hh.judgment.date, vacateDeadline: hh.judgment.vacate,
      });
      break;
    case 'eviction_notice':
      Object.assign(F, {
        court: hh.court.name, fileNumber: hh.dr, relatedFileNumbers: [hh.fileNo], tenants, address: truthAddress(hh),
        landlord: hh.landlord.name, evictionDate: { date: hh.eviction.date, time: hh.eviction.time },
        judgmentKind: hh.judgment.kind, judgmentDate: hh.judgment.date,
      });
      break;
    case 'other':
      Object.assign(F, {
        tenants, address: f.address ? truthAddress(hh) : null, landlord: f.landlord ? hh.landlord.name : null,
        monthlyRent: f.rent ? hh.rent : null, arrears: f.arrears ? hh.arrears : null,
        ordinaryTermination: s.step === 'termination' ? hh.withOrdinary : f.ordinary ? true : null,
      });
      if (f.claimRef) Object.assign(F, { court: hh.court.name, fileNumber: hh.fileNo });
      break;
  }
  return F;
}
