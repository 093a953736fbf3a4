/** Truth value shapes (plain values of src/core/extraction.schema.ts). */
export interface TenantV { name: string; birthDate: string | null }
export interface AddressV { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null }
export interface HearingV { date: string; time: string | null; room: string | null }
export interface EvictionV { date: string; time: string | null }
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';
export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';

export interface TruthFields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: TenantV[] | null;
  address: AddressV | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: HearingV | null;
  evictionDate: EvictionV | null;
  judgmentKind: JudgmentKind | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}
export type FieldName = keyof TruthFields;
export const FIELD_NAMES: readonly FieldName[] = [
  'court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent',
  'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination',
];
export function emptyTruth(): TruthFields {
  return Object.fromEntries(FIELD_NAMES.map((k) => [k, null])) as unknown as TruthFields;
}
/** Which fields a document type may carry (TRUTH-CONVENTIONS.md). */
export const TYPE_FIELDS: Record<DocType, readonly FieldName[]> = {
  court_notice: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing'],
  hearing_summons: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'hearing'],
  eviction_notice: ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'evictionDate', 'judgmentKind', 'judgmentDate'],
  judgment: ['court', 'fileNumber', 'tenants', 'address', 'landlord', 'arrears', 'judgmentKind', 'judgmentDate', 'vacateDeadline'],
  other: ['tenants', 'address', 'landlord', 'monthlyRent', 'arrears', 'ordinaryTermination'],
};
