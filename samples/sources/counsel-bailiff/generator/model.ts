/** Shared types: households, their story dates, planned documents, truth fields. */
import type { Town } from './places.js';

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';
export type Part = 'notice' | 'notice-fwd' | 'summons' | 'judgment' | 'bailiff' | 'mahnung' | 'kuendigung' | 'jcletter' | 'cover' | 'rescan';

export interface Person { given: string; family: string; gender: 'm' | 'f'; birth: string; dr: boolean }
export interface Flat { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null }
export interface Hearing { date: string; time: string; room: string }

export interface Story {
  reminder: string;
  termination: string;
  ordinary: boolean;
  reminderArrears: number;
  terminationArrears: number;
  claimReceived: string;
  claimArrears: number;
  noticeDate: string;
  served: string;
  servedInNotice: boolean;
  hearing: Hearing;
  hearingInNotice: boolean;
  summonsDate: string;
  judgmentKind: JudgmentKind;
  judgmentDate: string;
  vacate: string | null;
  judgmentArrears: number | null;
  bailiffDate: string;
  eviction: { date: string; time: string };
  jcDate: string;
  /** the authority received the court notice, then forwarded it with a cover letter */
  jcReceived: string;
  fwdDate: string;
}

export interface Household {
  key: string;
  region: string;
  town: Town;
  tenants: Person[];
  flat: Flat;
  landlordKey: string;
  lawyerKey: string | null;
  rent: number;
  fileNumber: { dept: number; serial: number; year: string };
  titleCourt: string; // court name of the title
  bailiffKey: string | null;
  drNumber: string;
  authorityKey: string | null;
  customerNo: string;
  story: Story;
  seed: number;
}

export interface DocPlan {
  id: string;
  type: DocType;
  part: Part;
  kind: string;
  household: Household;
  /** for rescans: the plan of the paper that is scanned again */
  original: DocPlan | null;
  arrival: string;
  seed: number;
}

export interface TruthFields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: { name: string; birthDate: string | null }[] | null;
  address: Flat | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: JudgmentKind | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}

export function emptyTruth(): TruthFields {
  return { court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null, claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null, judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null };
}

/** What a template returns: the truth and the sender/layout it used. */
export interface Rendered { fields: TruthFields; sender: string; layout: string }
