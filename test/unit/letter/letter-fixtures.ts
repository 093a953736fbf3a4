import type { LetterModel, SenderDetails } from '../../../src/core/letter/index.js';

export const sender: SenderDetails = {
  name: 'Fachstelle Wohnungssicherung',
  department: 'Soziale Dienste',
  street: 'Kleppingstraße 21',
  postalCode: '44135',
  city: 'Dortmund',
  phone: '0231 50-12345',
  email: 'wohnen@example.org',
  officeHours: 'Mo–Do 9–12 Uhr, Do 14–17 Uhr',
  contactPerson: 'Zeynep Çelik',
};

export function model(over: Partial<LetterModel> = {}): LetterModel {
  return {
    caseId: 'F-2025-0042',
    date: '2025-04-10',
    tenants: [{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }],
    address: { street: 'Hauptstraße', houseNumber: '12a', postalCode: '44137', city: 'Dortmund', addition: null },
    hearing: { date: '2025-04-22', time: '10:30', room: 'A 101' },
    court: 'Amtsgericht Dortmund',
    sender,
    ...over,
  };
}
