import type { CourtKey, Landlord } from './data.js';

export type DocumentType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Person {
  given: string;
  family: string;
  gender: 'm' | 'f';
  birthDate: string;
  title: string | null;
}

export interface Flat {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string | null;
}

export interface Hearing {
  date: string;
  time: string;
  room: string;
}

export interface Household {
  key: string;
  court: CourtKey;
  tenants: Person[];
  flat: Flat;
  landlord: Landlord;
  fileNumber: string;
  terminationDate: string;
  claimReceived: string;
  claimServed: string | null;
  monthlyRent: number;
  baseRent: number;
  arrears: number;
  /** Hearing already set when the court wrote its first notice. */
  earlyHearing: Hearing | null;
  hearing: Hearing;
  judgment: { kind: JudgmentKind; date: string; vacateDeadline: string | null; ordersPayment: boolean };
  eviction: { dr: string; letterDate: string; date: string; time: string };
  customerNo: string;
  ordinaryTermination: boolean;
}

export type Kind = 'notice' | 'summons' | 'judgment' | 'bailiff' | 'termination' | 'reminder' | 'jc-letter' | 'cover-alone' | 'forwarded-copy' | 'rescan';

export interface DocSpec {
  id: string;
  type: DocumentType;
  kind: Kind;
  /** What the forwarded copy / rescan carries. */
  base: Exclude<Kind, 'forwarded-copy' | 'rescan'>;
  layout: string;
  sender: string;
  hh: Household;
  profile: Profile;
  letterDate: string;
  /** Letter date of the carried paper (differs from letterDate for a forwarded copy). */
  baseDate: string;
  arrival: string;
  forwardedBy: string | null;
  rescanOf: string | null;
  seed: number;
}

/** Set by a layout while it prints; the truth is built from these afterwards. */
export interface Printed {
  birth: boolean;
  addition: boolean;
  served: boolean;
  hearing: boolean;
  received: boolean;
  address: boolean;
  rent: boolean;
  arrears: boolean;
  ordinary: boolean | null;
  courtCase: boolean;
  landlord: boolean;
}

export function defaultPrinted(): Printed {
  return { birth: false, addition: false, served: false, hearing: false, received: true, address: true, rent: true, arrears: true, ordinary: null, courtCase: false, landlord: true };
}
