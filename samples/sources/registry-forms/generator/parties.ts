/** How senders print people and flats, and the normalised truth for them. */
import { dmy, dmy2, dLong } from './fmt.js';
import type { Flat, Household, Person } from './model.js';
import { abbreviateStreet, spacedHouseNumber } from './places.js';
import type { Landlord } from './senders.js';

export type NameOrder = 'gf' | 'fg';
export type BirthStyle = 'none' | 'geb' | 'star' | 'geboren-am' | 'paren';

export interface TenantTruth { name: string; birthDate: string | null }

export function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}

export function honor(p: Person, dative = false): string {
  return p.sex === 'm' ? (dative ? 'Herrn' : 'Herr') : 'Frau';
}

function birth(p: Person, style: BirthStyle): string {
  switch (style) {
    case 'none': return '';
    case 'geb': return `, geb. ${dmy(p.birthDate)}`;
    case 'star': return ` (* ${dmy2(p.birthDate)})`;
    case 'geboren-am': return `, geboren am ${dLong(p.birthDate)}`;
    case 'paren': return ` (geb. ${dmy(p.birthDate)})`;
  }
}

/** One person's name as printed. */
export function printName(p: Person, o: { order?: NameOrder; honor?: boolean | 'dative'; birth?: BirthStyle } = {}): string {
  const t = p.title ? `${p.title} ` : '';
  const core = o.order === 'fg' ? `${p.family}, ${t}${p.given}` : `${t}${p.given} ${p.family}`;
  const h = o.honor ? `${honor(p, o.honor === 'dative')} ` : '';
  return `${h}${core}${birth(p, o.birth ?? 'none')}`;
}

/** "Mehmet und Ayşe Yılmaz" or "Eheleute …" when two share a family name; else null. */
export function joinedCouple(ts: readonly Person[], eheleute: boolean): string | null {
  const [a, b] = ts;
  if (ts.length !== 2 || !a || !b || a.family.replace(/a$/, '') !== b.family.replace(/a$/, '') || a.family !== b.family || a.title || b.title) return null;
  return `${eheleute ? 'Eheleute ' : ''}${a.given} und ${b.given} ${a.family}`;
}

export function truthTenants(ts: readonly Person[], withBirth: boolean): TenantTruth[] {
  return ts.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birthDate : null }));
}

export interface StreetStyle { abbr?: boolean; spaced?: boolean }

export function streetLine(f: Flat, s: StreetStyle = {}): string {
  const street = s.abbr ? abbreviateStreet(f.street) : f.street;
  const hn = s.spaced ? spacedHouseNumber(f.houseNumber) : f.houseNumber;
  return `${street} ${hn}`;
}

export function cityLine(f: Flat): string {
  return `${f.postalCode} ${f.city}`;
}

/** The flat on one line: "Kölner Str. 5, 2. OG links, 51643 Gummersbach". */
export function oneLineAddress(f: Flat, s: StreetStyle = {}, sep = ', '): string {
  return [streetLine(f, s), f.addition, cityLine(f)].filter(Boolean).join(sep);
}

/** The flat as lines: street (+ addition inline or on its own line), city. */
export function addressLines(f: Flat, s: StreetStyle & { additionOwnLine?: boolean } = {}): string[] {
  if (!f.addition) return [streetLine(f, s), cityLine(f)];
  if (s.additionOwnLine) return [streetLine(f, s), f.addition, cityLine(f)];
  return [`${streetLine(f, s)}, ${f.addition}`, cityLine(f)];
}

export function truthAddress(f: Flat): { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } {
  return { street: f.street, houseNumber: f.houseNumber, postalCode: f.postalCode, city: f.city, addition: f.addition };
}

export function landlordPrint(l: Landlord, withHonor: boolean): string {
  return withHonor ? l.printName : l.name;
}

export function landlordAddress(l: Landlord): string {
  return `${l.street}, ${l.postalCode} ${l.city}`;
}

/** "Herrn Mehmet Yılmaz und Frau Ayşe Yılmaz" style list in running text. */
export function proseList(ts: readonly Person[], o: { honor?: boolean; birth?: BirthStyle } = {}): string {
  const names = ts.map((p) => printName(p, { honor: o.honor ? 'dative' : false, birth: o.birth ?? 'none' }));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1] ?? ''}`;
}

export function plural(h: Household): boolean {
  return h.tenants.length > 1;
}
