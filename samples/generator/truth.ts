/** Ground truth of a generated document, derived from its CaseFile and type. */
import type { DocumentType } from '../../src/core/extraction.schema.js';
import type { CaseFile } from './case-file.js';
import type { LayoutId } from './layouts/layout.types.js';
import type { TruthFields } from './truth.schema.js';

export function truthFields(c: CaseFile, type: DocumentType, layout: LayoutId): TruthFields {
  const court = `Amtsgericht ${c.court.place}`;
  const tenants = c.tenants.map((p) => ({ name: `${p.given} ${p.family}`, birthDate: c.style.showBirth ? p.birthDate : null }));
  const address = { street: c.flat.street, houseNumber: c.flat.houseNumber, postalCode: c.flat.postalCode, city: c.flat.city, addition: c.flat.addition };
  const hearing = c.hearing ? { date: c.hearing.date, time: c.hearing.time, room: c.hearing.room } : null;
  const none: TruthFields = {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants, address, landlord: c.landlord.name,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
  switch (type) {
    case 'court_notice':
      return { ...none, court, fileNumber: c.fileNumber, claimReceived: c.claimReceived, claimServed: c.claimServed, monthlyRent: c.monthlyRent, arrears: c.arrears, hearing };
    case 'hearing_summons':
      return { ...none, court, fileNumber: c.fileNumber, claimReceived: c.claimReceived, hearing };
    case 'eviction_notice':
      return {
        ...none, court, fileNumber: c.drNumber, relatedFileNumbers: [c.fileNumber], evictionDate: { date: c.eviction.date, time: c.eviction.time },
        judgmentKind: c.judgmentKind, judgmentDate: c.judgmentDate,
      };
    case 'judgment':
      return { ...none, court, fileNumber: c.fileNumber, arrears: c.arrears, judgmentKind: c.judgmentKind, judgmentDate: c.judgmentDate, vacateDeadline: c.vacateDeadline };
    case 'other':
      return {
        ...none,
        tenants: c.tenants.map((p) => ({ name: `${p.given} ${p.family}`, birthDate: null })),
        monthlyRent: c.monthlyRent,
        arrears: c.arrears,
        ordinaryTermination: layout === 'prose' ? c.ordinaryTermination : c.ordinaryTermination ? true : null,
      };
  }
}
