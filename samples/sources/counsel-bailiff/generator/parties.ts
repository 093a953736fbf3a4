/** Printing parties and addresses in the many ways senders do, and their normalised truth. */
import type { Rng } from './rng.js';
import type { Flat, Person, TruthFields } from './model.js';
import { fmtDate, type DateStyle } from './format.js';

export function fullName(p: Person): string {
  return `${p.dr ? 'Dr. ' : ''}${p.given} ${p.family}`;
}
export function salutation(p: Person, dative = false): string {
  return p.gender === 'm' ? (dative ? 'Herrn' : 'Herr') : 'Frau';
}
export function titled(p: Person, dative = false): string {
  return `${salutation(p, dative)} ${fullName(p)}`;
}
export function familyFirst(p: Person): string {
  return `${p.family}, ${p.dr ? 'Dr. ' : ''}${p.given}`;
}
export function tenantTruth(ts: Person[], withBirth: boolean): NonNullable<TruthFields['tenants']> {
  return ts.map((t) => ({ name: `${t.given} ${t.family}`, birthDate: withBirth ? t.birth : null }));
}
export function birthSuffix(p: Person, style: DateStyle = 'num', word = 'geb.'): string {
  return `, ${word} ${fmtDate(p.birth, style)}`;
}
export function allSameFamily(ts: Person[]): boolean {
  return ts.every((t) => t.family === ts[0]?.family);
}
/** "Mehmet und Ayşe Yılmaz" / "Mehmet Yılmaz und Ayşe Demir" / "A, B und C X" */
export function joinedNames(ts: Person[], withTitles = false, dative = false): string {
  const fam = allSameFamily(ts) && ts.length > 1 && !withTitles;
  const names = ts.map((t) => (fam ? `${t.dr ? 'Dr. ' : ''}${t.given}` : withTitles ? titled(t, dative) : fullName(t)));
  const last = ts[ts.length - 1];
  const joined = names.length === 1 ? names[0] ?? '' : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1] ?? ''}`;
  return fam && last ? `${joined} ${last.family}` : joined;
}
export function canEheleute(ts: Person[]): boolean {
  return ts.length === 2 && allSameFamily(ts) && ts[0]?.gender !== ts[1]?.gender;
}

export function abbreviateStreet(street: string): string {
  if (/ Straße$/.test(street)) return street.replace(/ Straße$/, ' Str.');
  if (/straße$/.test(street)) return street.replace(/straße$/, 'str.');
  return street;
}
export interface AddrStyle { abbreviate: boolean; spacedNumber: boolean }
export function pickAddrStyle(rng: Rng): AddrStyle {
  return { abbreviate: rng.chance(0.4), spacedNumber: rng.chance(0.3) };
}
export function streetLine(f: Flat, s: AddrStyle): string {
  const st = s.abbreviate ? abbreviateStreet(f.street) : f.street;
  let no = f.houseNumber;
  if (s.spacedNumber) no = no.replace(/^(\d+)([a-z])$/, '$1 $2').replace(/^(\d+)-(\d+)$/, '$1 - $2');
  return `${st} ${no}`;
}
export function cityLine(f: Flat): string {
  return `${f.postalCode} ${f.city}`;
}
/** One-line address, addition after the street when present. */
export function flatOneLine(f: Flat, s: AddrStyle, withAddition = true): string {
  const add = withAddition && f.addition ? `, ${f.addition}` : '';
  return `${streetLine(f, s)}${add}, ${cityLine(f)}`;
}
export function flatTruth(f: Flat, withAddition = true): Flat {
  return { ...f, addition: withAddition ? f.addition : null };
}
