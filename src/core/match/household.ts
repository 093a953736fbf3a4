/**
 * Household comparison: blocking keys for candidate look-up and a 0..1 score with levels and a German,
 * name-free explanation for the case history.
 */
import { isCommonFamilyName } from './common-names.js';
import { colognePhonetic, jaroWinkler } from './string-similarity.js';
import { ocrFold, splitName, type SplitName } from './name-normalize.js';
import { normalizeCity, normalizeStreet, splitHouseNumber } from './street-normalize.js';

export interface HouseholdFacts {
  tenants: { name: string; birthDate: string | null }[];
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
}

/** Comparison level of one name part. */
export type NamePartLevel = 'exact' | 'jw92' | 'jw88' | 'phonetic' | 'jw70' | 'none' | 'missing' | 'initial' | 'part';
export type AddressLevel = 'same-house' | 'same-street' | 'same-postal-code' | 'different' | 'unknown';

export interface HouseholdScore {
  /** 0..1; see decide.ts for the thresholds and the rules on top of it. */
  score: number;
  /** "family:<level>;given:<level>" of the best tenant pair, plus ";swapped" / ";birth-same" / ";birth-differs". */
  nameLevel: string;
  /** Family-name level of the best tenant pair alone (the rules in decide.ts look at it). */
  familyLevel: NamePartLevel;
  addressLevel: AddressLevel;
  /** German, levels only — never names or addresses. */
  explanation: string;
}

/** Default thresholds, chosen from the labelled pairs in test/unit/match/labelled-pairs.ts. */
export const DEFAULT_JOIN_THRESHOLD = 0.9;
export const DEFAULT_REVIEW_THRESHOLD = 0.6;

const FAMILY_WEIGHT: Record<NamePartLevel, number> = {
  exact: 1, jw92: 0.95, jw88: 0.85, part: 0.85, phonetic: 0.8, jw70: 0.4, none: 0, missing: 0, initial: 0,
};
const GIVEN_WEIGHT: Record<NamePartLevel, number> = {
  exact: 1, jw92: 0.95, jw88: 0.85, part: 0.85, phonetic: 0.8, initial: 0.75, missing: 0.75, jw70: 0.35, none: 0,
};

/** A folded name part with its OCR-folded form and (lazily) its phonetic code. */
interface Part {
  text: string;
  ocr: string;
  phonetic?: string;
}

function part(text: string): Part {
  return { text, ocr: ocrFold(text) };
}

function phoneticOf(p: Part): string {
  p.phonetic ??= colognePhonetic(p.text);
  return p.phonetic;
}

function compareParts(a: Part, b: Part): NamePartLevel {
  if (a.text === '' || b.text === '') return 'missing';
  if (a.text === b.text) return 'exact';
  const jw = jaroWinkler(a.ocr, b.ocr);
  if (jw >= 0.92) return 'jw92';
  if (a.text.includes(' ') || b.text.includes(' ')) {
    const aWords = a.text.split(' ');
    const bWords = b.text.split(' ');
    if (aWords.length !== bWords.length && (aWords.every((w) => bWords.includes(w)) || bWords.every((w) => aWords.includes(w)))) {
      return 'part';
    }
  }
  if (jw >= 0.88) return 'jw88';
  const pa = phoneticOf(a);
  if (pa !== '' && pa === phoneticOf(b)) return 'phonetic';
  if (jw >= 0.7) return 'jw70';
  return 'none';
}

/** Level of two folded name strings (OCR classes folded before Jaro-Winkler). */
export function comparePart(a: string, b: string): NamePartLevel {
  return compareParts(part(a), part(b));
}

const ORDER: NamePartLevel[] = ['exact', 'jw92', 'jw88', 'part', 'phonetic', 'initial', 'missing', 'jw70', 'none'];

function compareGiven(a: Part[], b: Part[]): NamePartLevel {
  if (a.length === 0 || b.length === 0) return 'missing';
  let best: NamePartLevel = 'none';
  for (const x of a) {
    for (const y of b) {
      const level = x.text.length === 1 || y.text.length === 1 ? (x.text[0] === y.text[0] ? 'initial' : 'none') : compareParts(x, y);
      if (ORDER.indexOf(level) < ORDER.indexOf(best)) best = level;
      if (best === 'exact') return best;
    }
  }
  return best;
}

interface Person {
  family: Part;
  given: Part[];
  /** Given names as one part and family words as parts, for the swapped comparison. */
  givenJoined: Part;
  familyWords: Part[];
  common: boolean;
  birthDate: string | null;
}

interface PreparedAddress {
  street: string;
  streetOcr: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

interface Prepared {
  persons: Person[];
  address: PreparedAddress | null;
}

const prepared = new WeakMap<HouseholdFacts, Prepared>();

/**
 * Folds every name and the address once per facts object (the document is compared with many candidates).
 * Facts are treated as immutable: a changed object must be a new object.
 */
function prepare(facts: HouseholdFacts): Prepared {
  const cached = prepared.get(facts);
  if (cached) return cached;
  const persons: Person[] = [];
  for (const tenant of facts.tenants) {
    const split: SplitName = splitName(tenant.name);
    if (split.family === '') continue;
    persons.push({
      family: part(split.family),
      given: split.given.map(part),
      givenJoined: part(split.given.join(' ')),
      familyWords: split.family.split(' ').map(part),
      common: isCommonFamilyName(split.family),
      birthDate: tenant.birthDate,
    });
  }
  const a = facts.address;
  const street = a === null ? '' : normalizeStreet(a.street);
  const result: Prepared = {
    persons,
    address: a === null ? null : {
      street, streetOcr: ocrFold(street), houseNumber: a.houseNumber, postalCode: a.postalCode.trim(), city: normalizeCity(a.city),
    },
  };
  prepared.set(facts, result);
  return result;
}

interface PersonMatch {
  p: number;
  family: NamePartLevel;
  given: NamePartLevel;
  swapped: boolean;
  common: boolean;
  birth: 'same' | 'differs' | 'unknown';
}

function personScore(family: NamePartLevel, given: NamePartLevel, common: boolean): number {
  const familyWeight = FAMILY_WEIGHT[family] * (common && (family === 'exact' || family === 'jw92') ? 0.9 : 1);
  const p = 0.55 * familyWeight + 0.45 * GIVEN_WEIGHT[given];
  if (family === 'none' || family === 'missing') return Math.min(p, 0.3);
  if (family === 'jw70') return Math.min(p, 0.35);
  return p;
}

function comparePersons(a: Person, b: Person): PersonMatch {
  const common = a.common || b.common;
  const straightFamily = compareParts(a.family, b.family);
  const straightGiven = compareGiven(a.given, b.given);
  let best: PersonMatch = {
    p: personScore(straightFamily, straightGiven, common), family: straightFamily, given: straightGiven,
    swapped: false, common, birth: 'unknown',
  };
  if (best.p < 1 && a.given.length > 0 && b.given.length > 0) {
    const swappedFamily = compareParts(a.family, b.givenJoined);
    const swappedGiven = compareGiven(a.given, b.familyWords);
    const p = personScore(swappedFamily, swappedGiven, common) - 0.01;
    if (p > best.p) best = { p, family: swappedFamily, given: swappedGiven, swapped: true, common, birth: 'unknown' };
  }
  if (a.birthDate !== null && b.birthDate !== null) {
    best.birth = a.birthDate === b.birthDate ? 'same' : 'differs';
    best.p = best.birth === 'same' ? Math.min(1, best.p + 0.05) : Math.min(best.p, 0.5);
  }
  return best;
}

function compareNames(a: Prepared, b: Prepared): PersonMatch | null {
  let best: PersonMatch | null = null;
  for (const x of a.persons) {
    for (const y of b.persons) {
      const m = comparePersons(x, y);
      if (best === null || m.p > best.p) best = m;
    }
  }
  return best;
}

function houseNumbersEqual(a: string, b: string): 'same' | 'suffix-differs' | 'differs' {
  const x = splitHouseNumber(a);
  const y = splitHouseNumber(b);
  if (x.number === null || y.number === null) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 'same' : 'differs';
  const xEnd = x.rangeEnd ?? x.number;
  const yEnd = y.rangeEnd ?? y.number;
  const overlap = x.number <= yEnd && y.number <= xEnd;
  if (!overlap) return 'differs';
  if (x.rangeEnd !== null || y.rangeEnd !== null) return 'same';
  return x.suffix === y.suffix ? 'same' : 'suffix-differs';
}

function compareAddresses(a: PreparedAddress | null, b: PreparedAddress | null): { level: AddressLevel; note: string } {
  if (a === null || b === null) return { level: 'unknown', note: 'Adresse: auf einer Seite unbekannt' };
  const samePostal = a.postalCode === b.postalCode;
  const sameCity = a.city === b.city;
  const locality = samePostal ? 'PLZ gleich' : sameCity ? 'PLZ verschieden, Ort gleich' : 'PLZ und Ort verschieden';
  if (!samePostal && !sameCity) return { level: 'different', note: `Adresse: ${locality}` };
  const streetExact = a.street === b.street;
  const streetSimilar = streetExact || jaroWinkler(a.streetOcr, b.streetOcr) >= 0.93;
  if (!streetSimilar) return { level: 'same-postal-code', note: `Adresse: andere Straße, ${locality}` };
  const streetText = streetExact ? 'gleiche Straße' : 'ähnliche Straße (Jaro-Winkler ≥ 0,93)';
  const number = houseNumbersEqual(a.houseNumber, b.houseNumber);
  if (number === 'same') return { level: 'same-house', note: `Adresse: ${streetText} und Hausnummer, ${locality}` };
  const numberText = number === 'suffix-differs' ? 'Hausnummer mit anderem Zusatz' : 'andere Hausnummer';
  return { level: 'same-street', note: `Adresse: ${streetText}, ${numberText}, ${locality}` };
}

const LEVEL_TEXT: Record<NamePartLevel, string> = {
  exact: 'gleich', jw92: 'Jaro-Winkler ≥ 0,92', jw88: 'Jaro-Winkler ≥ 0,88', phonetic: 'Kölner Phonetik gleich',
  jw70: 'Jaro-Winkler ≥ 0,70', none: 'verschieden', missing: 'fehlt', initial: 'Initiale passt', part: 'Teil eines Doppelnamens gleich',
};

const ADDRESS_BASE: Record<AddressLevel, number> = {
  'same-house': 0.3, 'same-street': 0.2, unknown: 0.2, 'same-postal-code': 0.1, different: 0,
};

function formatScore(x: number): string {
  return x.toFixed(2).replace('.', ',');
}

/** Compares two households: best tenant pair (order swapped, one of several tenants) and the flat's address. */
export function scoreHousehold(a: HouseholdFacts, b: HouseholdFacts): HouseholdScore {
  const pa = prepare(a);
  const pb = prepare(b);
  const names = compareNames(pa, pb);
  const address = compareAddresses(pa.address, pb.address);
  const p = names?.p ?? 0;
  const score = Math.round((ADDRESS_BASE[address.level] + 0.7 * p) * 1000) / 1000;
  let nameText = 'Name: auf einer Seite kein Name';
  let nameLevel = 'family:missing;given:missing';
  if (names !== null) {
    nameLevel = `family:${names.family};given:${names.given}${names.swapped ? ';swapped' : ''}` +
      (names.birth === 'unknown' ? '' : `;birth-${names.birth}`);
    nameText = `Name: Nachname ${LEVEL_TEXT[names.family]}${names.common ? ' (häufiger Nachname)' : ''}, Vorname ${LEVEL_TEXT[names.given]}` +
      (names.swapped ? ' (Vor-/Nachname vertauscht)' : '') +
      (names.birth === 'same' ? ', Geburtsdatum gleich' : names.birth === 'differs' ? ', Geburtsdatum verschieden' : '');
  }
  return {
    score,
    nameLevel,
    familyLevel: names?.family ?? 'missing',
    addressLevel: address.level,
    explanation: `${nameText}; ${address.note}; Wert ${formatScore(score)}`,
  };
}

/**
 * Strict blocking keys: a candidate shares at least one key with the document if it can match at all.
 * pf:<PLZ>:<first two letters of family>, ph:<Kölner Phonetik of family>, ad:<PLZ>:<street>:<number>,
 * sc:<street>:<number>:<town>, bp:<birth date>:<phonetic family>. Keys are comparison forms, not readable text.
 */
export function blockingKeys(facts: HouseholdFacts): string[] {
  const keys = new Set<string>();
  const postal = facts.address?.postalCode.trim() ?? '';
  for (const tenant of facts.tenants) {
    const { family } = splitName(tenant.name);
    if (family === '') continue;
    const compact = family.replace(/ /g, '');
    const phonetic = colognePhonetic(family);
    if (postal !== '') keys.add(`pf:${postal}:${compact.slice(0, 2)}`);
    if (phonetic !== '') keys.add(`ph:${phonetic}`);
    if (tenant.birthDate !== null && phonetic !== '') keys.add(`bp:${tenant.birthDate}:${phonetic}`);
  }
  if (facts.address !== null) {
    const street = normalizeStreet(facts.address.street);
    const number = splitHouseNumber(facts.address.houseNumber).number;
    if (street !== '' && number !== null) {
      if (postal !== '') keys.add(`ad:${postal}:${street}:${number}`);
      keys.add(`sc:${street}:${number}:${normalizeCity(facts.address.city)}`);
    }
  }
  return [...keys];
}
