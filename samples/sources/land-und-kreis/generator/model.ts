/** Households, document plans and the printed-value helpers shared by all layouts. */
import type { Court, Forwarder, Landlord, Lawyer } from './senders.js';
import type { Rng } from './prng.js';

export interface Person {
  given: string;
  family: string;
  birth: string | null;
  male: boolean;
}
export interface Flat {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  addition: string | null;
}
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';
export interface Household {
  key: string;
  court: Court;
  tenants: Person[];
  couple: boolean; // all tenants share a family name and are spouses
  flat: Flat;
  landlord: Landlord;
  lawyer: Lawyer | null;
  rent: number;
  arrears: number;
  fileNumber: string; // normalised
  claimReceived: string;
  claimServed: string;
  hearing: { date: string; time: string; room: string };
  judgment: { kind: JudgmentKind; date: string; vacate: string | null; ordered: number | null; hearingDate: string | null };
  dr: string;
  bailiffLetter: string;
  eviction: { date: string; time: string };
  termination: { date: string; ordinary: boolean; reminderDate: string };
  customerNo: string;
}

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';
export type Profile = 'text-pdf' | 'scan-300' | 'fax-200' | 'skew' | 'rotated' | 'photo' | 'multi-page';
export type InnerKind = 'notice' | 'summons' | 'judgment' | 'bailiff' | 'termination' | 'reminder' | 'jc-letter' | 'cover';

export interface DocPlan {
  id: string;
  h: Household;
  type: DocType;
  kind: string; // manifest kind
  inner: InnerKind;
  forwarder: Forwarder | null; // cover letter as page 1
  letterDate: string;
  arrival: string;
  /** Seed for the content; a rescan reuses the original's seed so the paper is the same. */
  contentSeed: number;
  flags: { hearingOnNotice: boolean; servedOnNotice: boolean; ordinary: boolean };
  profile: Profile;
  sender: string;
  layout: string;
  /** Letter date of the forwarded cover (if any). */
  coverDate: string | null;
}

export interface Fields {
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
export function emptyFields(): Fields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
}

/** Everything a layout needs; layouts register what they print in `f`. */
export interface Ctx {
  h: Household;
  d: DocPlan;
  rng: Rng;
  f: Fields;
}

// ---------- printed forms of names and addresses ----------
export const fullName = (p: Person): string => `${p.given} ${p.family}`;
export const familyFirst = (p: Person): string => `${p.family}, ${p.given}`;
/** Family name in capitals, except where capitals would lose a letter (ß, Turkish dotless ı / dotted İ). */
export const capsFamily = (p: Person): string => (/[ßıİ]/.test(p.family) ? p.family : p.family.toLocaleUpperCase('de-DE'));
export const mrMrs = (p: Person, dative = false): string => (p.male ? (dative ? 'Herrn' : 'Herr') : 'Frau');

export function registerTenants(c: Ctx, withBirth: boolean): void {
  c.f.tenants = c.h.tenants.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birth : null }));
}
/** "Mehmet und Ayşe Yılmaz" (couples) or "Mehmet Yılmaz und Elif Kılıç". */
export function tenantsJoined(h: Household): string {
  const t = h.tenants;
  if (t.length === 1) return fullName(t[0] as Person);
  if (h.couple && t.length === 2) return `${(t[0] as Person).given} und ${(t[1] as Person).given} ${(t[1] as Person).family}`;
  return `${t.slice(0, -1).map(fullName).join(', ')} und ${fullName(t[t.length - 1] as Person)}`;
}

export function streetPrinted(street: string, abbrev: 'none' | 'dot' | 'lower'): string {
  if (abbrev === 'none') return street;
  if (/ Straße$/.test(street)) return street.replace(/ Straße$/, ' Str.');
  if (/-Straße$/.test(street)) return street.replace(/-Straße$/, '-Str.');
  if (/straße$/.test(street)) return street.replace(/straße$/, abbrev === 'lower' ? 'str.' : 'str.');
  return street;
}
export function houseNoPrinted(no: string, spaced: boolean): string {
  if (!spaced) return no;
  return no.replace(/^(\d+)([a-z])$/, '$1 $2').replace(/^(\d+)-(\d+)$/, '$1 - $2');
}
export interface AddrStyle {
  abbrev: 'none' | 'dot' | 'lower';
  spaced: boolean;
  additionSameLine: boolean;
}
/** Returns [street line, city line] (addition appended or as extra line). */
export function flatLines(f: Flat, s: AddrStyle): string[] {
  const street = `${streetPrinted(f.street, s.abbrev)} ${houseNoPrinted(f.houseNumber, s.spaced)}`;
  const city = `${f.postalCode} ${f.city}`;
  if (!f.addition) return [street, city];
  if (f.addition.startsWith('c/o') || f.addition.startsWith('bei')) return [f.addition, street, city];
  return s.additionSameLine ? [`${street}, ${f.addition}`, city] : [street, f.addition, city];
}
export function flatOneLine(f: Flat, s: AddrStyle): string {
  const street = `${streetPrinted(f.street, s.abbrev)} ${houseNoPrinted(f.houseNumber, s.spaced)}`;
  const add = f.addition ? (f.addition.startsWith('c/o') || f.addition.startsWith('bei') ? ` ${f.addition},` : ` (${f.addition}),`) : ',';
  return `${street}${add} ${f.postalCode} ${f.city}`;
}
export function randomAddrStyle(rng: Rng): AddrStyle {
  return { abbrev: rng.pick(['none', 'none', 'dot', 'lower'] as const), spaced: rng.chance(0.3), additionSameLine: rng.chance(0.5) };
}
export function fileNoPrinted(n: string, style: 'std' | 'tight' | 'wide'): string {
  if (style === 'tight') return n.replace(/ C /, 'C ');
  if (style === 'wide') return n.replace('/', ' / ');
  return n;
}
