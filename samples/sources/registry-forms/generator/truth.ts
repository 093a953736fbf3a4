/** The 16 truth fields and the shared pieces of the document context. */
import type { DocPlan, Household } from './model.js';
import { fileNumber } from './model.js';
import { truthAddress, truthTenants, type TenantTruth } from './parties.js';
import type { CourtKey } from './places.js';
import type { Rng } from './rng.js';
import { COURTS } from './senders.js';
import type { Writer } from './writer.js';

export interface TruthFields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: TenantTruth[] | null;
  address: ReturnType<typeof truthAddress> | null;
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

export function emptyTruth(): TruthFields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null, claimReceived: null,
    claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null, judgmentKind: null, judgmentDate: null,
    vacateDeadline: null, ordinaryTermination: null,
  };
}

export function courtName(key: CourtKey): string {
  return `Amtsgericht ${COURTS[key].place}`;
}

export interface Ctx {
  w: Writer;
  h: Household;
  plan: DocPlan;
  rng: Rng;
}

/** What a court notice carries by default (the layout adjusts what it did not print). */
export function noticeTruth(h: Household, withBirth: boolean): TruthFields {
  return {
    ...emptyTruth(),
    court: courtName(h.court),
    fileNumber: fileNumber(h.fileNo),
    tenants: truthTenants(h.tenants, withBirth),
    address: truthAddress(h.flat),
    landlord: h.landlord.name,
    claimReceived: h.claimReceived,
    claimServed: h.servedInNotice ? h.claimServed : null,
    monthlyRent: h.rent,
    arrears: h.arrears,
    hearing: h.hearingInNotice && h.hearing ? { ...h.hearing } : null,
  };
}

export interface Layout {
  name: string;
  render(c: Ctx): TruthFields;
}

/** A printed file number the way a court's software spaces it. */
export function printedFileNo(h: Household, style: 'std' | 'tight' | 'slash-spaced' | 'tight-both'): string {
  const f = h.fileNo;
  switch (style) {
    case 'std': return `${f.dept} C ${f.serial}/${f.yy}`;
    case 'tight': return `${f.dept}C ${f.serial}/${f.yy}`;
    case 'slash-spaced': return `${f.dept} C ${f.serial} / ${f.yy}`;
    case 'tight-both': return `${f.dept}C${f.serial}/${f.yy}`;
  }
}
