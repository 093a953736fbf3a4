/** Case data of one household and the truth collector. */
import type { CourtInfo, Person, Lawyer, Bailiff, Authority } from './data.js';
import type { Page } from './page.js';

export interface Flat { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null }
export interface Landlord { name: string; kind: 'housing' | 'company' | 'private'; female: boolean; street: string; postal: string; city: string; phone: string }
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export interface Case {
  household: string;
  court: CourtInfo;
  tenants: Person[];
  flat: Flat;
  rooms: string;
  landlord: Landlord;
  lawyer: Lawyer | null;
  authority: Authority;
  bailiff: Bailiff | null;
  rent: number;
  arrearsMahnung: number;
  arrearsTermination: number;
  arrearsClaim: number;
  arrearsJudgment: number;
  leaseStart: string;
  fileNo: string;
  mahnungDate: string;
  terminationDate: string;
  ordinaryTermination: boolean;
  ordinaryEnd: string;
  claimDate: string; // date of the claim document (Klageschrift)
  claimReceived: string;
  claimServed: string;
  hearing: { date: string; time: string; room: string | null };
  judgment: { kind: JudgmentKind; date: string; vacate: string | null };
  eviction: { dr: string; letterDate: string; date: string; time: string };
  customerNo: string;
  bgNo: string;
  contractNo: string;
}

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
export type OtherVariant = 'mahnung' | 'kuendigung-hv' | 'kuendigung-ra' | 'kuendigung-privat' | 'jc-schreiben';
export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';

export interface DocSpec {
  c: Case;
  type: DocType;
  variant: OtherVariant | null;
  /** letter date printed on the main document */
  letterDate: string;
  arrival: string;
  cover: boolean;
  rescan: boolean;
  noticeShowsHearing: boolean;
  noticeShowsServed: boolean;
  jcMentionsOrdinary: boolean;
  profile: Profile;
  id: string;
  sender: string;
  layout: string;
  kind: string;
  seed: number;
}

export type FieldName = 'court' | 'fileNumber' | 'relatedFileNumbers' | 'tenants' | 'address' | 'landlord' | 'claimReceived' | 'claimServed' | 'monthlyRent' | 'arrears' | 'hearing' | 'evictionDate' | 'judgmentKind' | 'judgmentDate' | 'vacateDeadline' | 'ordinaryTermination';
export const FIELD_NAMES: FieldName[] = ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination'];

export class Truth {
  values: Partial<Record<FieldName, { value: unknown; page: number }>> = {};
  set(k: FieldName, value: unknown, page: number): void {
    if (!this.values[k]) this.values[k] = { value, page };
  }
  shift(n: number): void {
    for (const v of Object.values(this.values)) if (v) v.page += n;
  }
  /** The truth's fields as plain values (what extraction must find), null where the document does not carry them. */
  toFields(): Record<FieldName, unknown> {
    const out = {} as Record<FieldName, unknown>;
    for (const k of FIELD_NAMES) out[k] = this.values[k]?.value ?? null;
    return out;
  }
  /** The page (1-based) each carried field is printed on, for the check. */
  toPages(): Partial<Record<FieldName, number>> {
    const out: Partial<Record<FieldName, number>> = {};
    for (const k of FIELD_NAMES) if (this.values[k]) out[k] = this.values[k]!.page;
    return out;
  }
}

export interface Built { pages: Page[]; truth: Truth; layout: string; sender: string }

export function tenantTruth(c: Case, withBirth: boolean): { name: string; birthDate: string | null }[] {
  return c.tenants.map((p) => ({ name: `${p.given} ${p.surname}`, birthDate: withBirth ? p.birthDate : null }));
}
export function flatTruth(c: Case, withAddition = true): Flat {
  return { ...c.flat, addition: withAddition ? c.flat.addition : null };
}
