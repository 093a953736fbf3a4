/**
 * A field's value as its parts, the way the review desk edits it (the keys of web/field-forms.ts rawOf): 'v' for
 * one-value fields, 'name0'/'birth0'… per tenant, 'street'/'houseNumber'/'postalCode'/'city' for the address,
 * 'date'/'time' for hearing and eviction date (a hearing's room is not learned). The layout memory learns and reads per part; each part has
 * the kind of candidate that stands there. Values here are compared and rebuilt, never stored by the memory.
 */
import type { Address, EvictionDate, Hearing, Tenant } from '../extraction.schema.js';

/** What stands at a remembered place: which typed parser reads it. */
export type CandidateType = 'date' | 'time' | 'money' | 'fileNumber' | 'name' | 'party' | 'street' | 'houseNumber' | 'postalCode' | 'city' | 'court';

/** Fields the layout memory learns (one value each, or parts of one). */
export const LEARNED_FIELDS = [
  'court', 'fileNumber', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing',
  'evictionDate', 'judgmentDate', 'vacateDeadline',
] as const;
export type LearnedField = (typeof LEARNED_FIELDS)[number];

export const isLearnedField = (name: string): name is LearnedField => (LEARNED_FIELDS as readonly string[]).includes(name);

const SINGLE_TYPES: Partial<Record<LearnedField, CandidateType>> = {
  court: 'court',
  fileNumber: 'fileNumber',
  landlord: 'party',
  claimReceived: 'date',
  claimServed: 'date',
  judgmentDate: 'date',
  vacateDeadline: 'date',
  monthlyRent: 'money',
  arrears: 'money',
};

export const ADDRESS_PARTS = ['street', 'houseNumber', 'postalCode', 'city'] as const;

/** The candidate type of a field's part, or null when the part is not learned (an address addition, a typo'd key). */
export function partType(field: LearnedField, part: string): CandidateType | null {
  const single = SINGLE_TYPES[field];
  if (single) return part === 'v' ? single : null;
  if (field === 'tenants') return /^name\d$/.test(part) ? 'name' : /^birth\d$/.test(part) ? 'date' : null;
  if (field === 'address') return (ADDRESS_PARTS as readonly string[]).includes(part) ? (part as CandidateType) : null;
  if (part === 'date') return 'date';
  return part === 'time' ? 'time' : null;
}

/** A value's learned parts as comparable strings (dates ISO, money in cents); empty parts left out. */
export function partValues(field: LearnedField, value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, v: unknown) => {
    if (v !== null && v !== undefined && String(v) !== '') out[key] = String(v);
  };
  if (value === null || value === undefined) return out;
  switch (field) {
    case 'tenants':
      (value as Tenant[]).forEach((t, i) => {
        put(`name${i}`, t.name);
        put(`birth${i}`, t.birthDate);
      });
      return out;
    case 'address': {
      const a = value as Address;
      for (const key of ADDRESS_PARTS) put(key, a[key]);
      return out;
    }
    case 'hearing':
    case 'evictionDate': {
      const h = value as Partial<Hearing> & EvictionDate;
      put('date', h.date);
      put('time', h.time);
      if (field === 'hearing') put('room', h.room);
      return out;
    }
    default:
      put('v', value);
      return out;
  }
}

/**
 * The field's value with learned parts put in: `base` (the extractor's value, or null) supplies what the memory
 * did not read. Null when the parts do not make a whole value (an address without its postal code).
 */
export function withParts(field: LearnedField, base: unknown, parts: Record<string, string>): unknown {
  switch (field) {
    case 'tenants': {
      const tenants = ((base as Tenant[] | null) ?? []).map((t) => ({ ...t }));
      for (let i = 0; i < 8; i++) {
        const name = parts[`name${i}`];
        const birth = parts[`birth${i}`];
        if (name === undefined && birth === undefined) continue;
        const current = tenants[i] ?? (name !== undefined ? { name, birthDate: null } : undefined);
        if (!current) continue;
        if (name !== undefined) current.name = name;
        if (birth !== undefined) current.birthDate = birth;
        tenants[i] = current;
      }
      const whole = tenants.filter((t): t is Tenant => t !== undefined);
      return whole.length > 0 && whole.length === tenants.length ? whole : null;
    }
    case 'address': {
      const a = { ...((base as Address | null) ?? { addition: null }) } as Partial<Address>;
      for (const key of ADDRESS_PARTS) if (parts[key] !== undefined) a[key] = parts[key];
      return ADDRESS_PARTS.every((key) => a[key]) ? { street: a.street, houseNumber: a.houseNumber, postalCode: a.postalCode, city: a.city, addition: a.addition ?? null } : null;
    }
    case 'hearing':
    case 'evictionDate': {
      const h = { ...((base as Record<string, unknown> | null) ?? {}) };
      for (const key of ['date', 'time', 'room']) if (parts[key] !== undefined) h[key] = parts[key];
      if (!h['date']) return null;
      return field === 'hearing' ? { date: h['date'], time: h['time'] ?? null, room: h['room'] ?? null } : { date: h['date'], time: h['time'] ?? null };
    }
    case 'monthlyRent':
    case 'arrears':
      return parts['v'] !== undefined ? Number(parts['v']) : base;
    default:
      return parts['v'] ?? base;
  }
}
