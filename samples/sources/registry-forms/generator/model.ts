/** The data of one household's story and of one planned document. */
import type { Sex } from './names.js';
import type { CourtKey, Town } from './places.js';
import type { Authority, Bailiff, Landlord } from './senders.js';

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';
export type Era = 'current' | 'y2009' | 'y2007' | 'y2003';
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Person {
  given: string;
  family: string;
  sex: Sex;
  birthDate: string;
  title: 'Dr.' | null;
}

export interface Flat {
  street: string;
  houseNumber: string;
  addition: string | null;
  postalCode: string;
  city: string;
}

export interface FileNo { dept: number; serial: number; yy: string }

export interface Hearing { date: string; time: string; room: string }

export interface JudgmentData {
  kind: JudgmentKind;
  date: string;
  vacateDeadline: string | null;
  ordered: number;
  written: boolean;
}

export interface BailiffData {
  bailiff: Bailiff;
  drSerial: number;
  drYy: string;
  letterDate: string;
  date: string;
  time: string;
}

export interface Household {
  key: string;
  era: Era;
  town: Town;
  court: CourtKey;
  tenants: Person[];
  flat: Flat;
  landlord: Landlord;
  authority: Authority;
  rent: number;
  arrears: number;
  arrearsMonths: number;
  terminationDate: string;
  ordinaryTermination: boolean;
  reminderDate: string;
  claimReceived: string;
  claimServed: string;
  fileNo: FileNo;
  noticeDate: string;
  hearing: Hearing | null;
  hearingInNotice: boolean;
  servedInNotice: boolean;
  summonsDate: string;
  judgment: JudgmentData | null;
  bailiff: BailiffData | null;
}

export type DocKind = 'notice' | 'summons' | 'rescan' | 'forwarded-copy' | 'bailiff' | 'judgment' | 'letter' | 'reminder' | 'cover-letter' | 'jobcenter-letter';

export interface DocPlan {
  id: string;
  household: Household;
  type: DocType;
  kind: DocKind;
  /** what is rendered: the base document kind (a rescan renders its original's kind) */
  base: 'notice' | 'summons' | 'judgment' | 'bailiff' | 'termination' | 'reminder' | 'cover-only' | 'jobcenter-letter';
  forwarded: boolean;
  letterDate: string;
  arrival: string;
  profile: Profile;
  /** content seed, shared by a rescan and its original */
  seed: number;
  /** seed of the scan (dirt, degradation) */
  scanSeed: number;
  /** for a rescan: the id of the original is resolved at generation time */
  rescanOf: number | null;
}

export function fileNumber(f: FileNo): string {
  return `${f.dept} C ${f.serial}/${f.yy}`;
}

export function drNumber(b: BailiffData): string {
  return `DR ${b.bailiff.register} ${b.drSerial}/${b.drYy}`;
}
