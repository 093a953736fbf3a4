/** Test helper: does a truth value visibly occur in a document's page texts? */
import { dateForms, moneyForms, timeForms } from '../../../samples/generator/german-format.js';
import type { Truth } from '../../../samples/generator/truth.schema.js';

const squash = (s: string): string => s.replace(/\s+/g, '');

function hasDate(text: string, iso: string): boolean {
  return dateForms(iso).some((f) => text.includes(f));
}

function hasStreet(text: string, street: string): boolean {
  return text.includes(street) || text.includes(street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.'));
}

/** Names of fields whose value is not found in the text (empty when all are). */
export function missingEvidence(truth: Truth): string[] {
  // Line breaks inside a value are normal on paper; compare with single spaces.
  const text = truth.pageTexts.join('\n').replace(/\s+/g, ' ');
  const flat = squash(text);
  const f = truth.fields;
  const missing: string[] = [];
  const need = (ok: boolean, field: string): void => {
    if (!ok) missing.push(field);
  };
  if (f.court) need(text.includes(f.court) || text.includes(f.court.replace('Amtsgericht', 'Amtsgerichts')), 'court');
  if (f.fileNumber) need(flat.includes(squash(f.fileNumber)), 'fileNumber');
  for (const n of f.relatedFileNumbers ?? []) need(flat.includes(squash(n)), 'relatedFileNumbers');
  for (const t of f.tenants ?? []) {
    need(t.name.split(' ').every((part) => text.includes(part)), 'tenants.name');
    if (t.birthDate) need(text.includes(`geb. ${dateForms(t.birthDate)[0]}`), 'tenants.birthDate');
  }
  if (f.address) {
    need(hasStreet(text, f.address.street), 'address.street');
    need(flat.includes(squash(`${f.address.houseNumber}`)), 'address.houseNumber');
    need(text.includes(`${f.address.postalCode} ${f.address.city}`), 'address.postalCode');
    if (f.address.addition) need(text.includes(f.address.addition), 'address.addition');
  }
  if (f.landlord) need(text.includes(f.landlord), 'landlord');
  if (f.claimReceived) need(hasDate(text, f.claimReceived), 'claimReceived');
  if (f.claimServed) need(hasDate(text, f.claimServed), 'claimServed');
  if (f.monthlyRent !== null) need(moneyForms(f.monthlyRent).some((m) => text.includes(m)), 'monthlyRent');
  if (f.arrears !== null) need(moneyForms(f.arrears).some((m) => text.includes(m)), 'arrears');
  if (f.hearing) {
    need(hasDate(text, f.hearing.date), 'hearing.date');
    if (f.hearing.time) need(timeForms(f.hearing.time).some((t) => text.includes(t)), 'hearing.time');
    if (f.hearing.room) need(text.includes(f.hearing.room), 'hearing.room');
  }
  if (f.evictionDate) {
    need(hasDate(text, f.evictionDate.date), 'evictionDate.date');
    if (f.evictionDate.time) need(timeForms(f.evictionDate.time).some((t) => text.includes(t)), 'evictionDate.time');
  }
  if (f.judgmentKind) {
    const word = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' }[f.judgmentKind];
    need(text.includes(word), 'judgmentKind');
  }
  if (f.judgmentDate) need(hasDate(text, f.judgmentDate), 'judgmentDate');
  if (f.vacateDeadline) need(hasDate(text, f.vacateDeadline), 'vacateDeadline');
  if (f.ordinaryTermination !== null) need(/hilfsweise/i.test(text) === f.ordinaryTermination, 'ordinaryTermination');
  return missing;
}
