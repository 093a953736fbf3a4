// Helpers shared by the layouts: how names, parties and addresses get printed.
import type { Household, Person } from './story.js';
import { fmtDate } from './fmt.js';

export const salutation = (p: Person): string => (p.sex === 'f' ? 'Frau' : 'Herr');
export const salutationDat = (p: Person): string => (p.sex === 'f' ? 'Frau' : 'Herrn');
const dr = (p: Person): string => (p.dr ? 'Dr. ' : '');

export type NameStyle = 'plain' | 'rev' | 'caps-rev' | 'caps-family' | 'titled' | 'titled-rev';
export function nameOf(p: Person, style: NameStyle): string {
  switch (style) {
    case 'plain': return `${dr(p)}${p.given} ${p.family}`;
    case 'rev': return `${p.family}, ${dr(p)}${p.given}`;
    case 'caps-rev': return `${p.family.toLocaleUpperCase('de-DE')}, ${p.given}`;
    case 'caps-family': return `${dr(p)}${p.given} ${p.family.toLocaleUpperCase('de-DE')}`;
    case 'titled': return `${salutation(p)} ${dr(p)}${p.given} ${p.family}`;
    case 'titled-rev': return `${salutation(p)} ${p.family}, ${dr(p)}${p.given}`;
  }
}

export function birthSuffix(p: Person, on: boolean, style: 'geb' | 'paren' | 'star' = 'geb'): string {
  if (!on || !p.birth) return '';
  const d = fmtDate(p.birth, 'dd.mm.yyyy');
  return style === 'geb' ? `, geb. ${d}` : style === 'paren' ? ` (geb. am ${d})` : `, * ${d}`;
}

/** True when the tenants are a couple sharing a family name (print "Eheleute …"). */
export function isCouple(hh: Household): boolean {
  const [a, b] = hh.tenants;
  return hh.tenants.length === 2 && !!a && !!b && a.family === b.family && a.sex !== b.sex;
}

/** "Anna und Piotr Nowak" or "Anna Nowak und Omar Haddad" or "A, B und C". */
export function namesInline(hh: Household, titled = false): string {
  const ps = hh.tenants;
  if (isCouple(hh) && !titled) return `${ps[0]!.given} und ${ps[1]!.given} ${ps[1]!.family}`;
  const names = ps.map((p) => (titled ? `${salutationDat(p)} ${nameOf(p, 'plain')}` : nameOf(p, 'plain')));
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

export function abbreviate(street: string): string {
  return street.replace(/Straße$/, 'Str.').replace(/straße$/, 'str.');
}

export function streetLine(hh: Household, abbr = false): string {
  const s = abbr ? abbreviate(hh.flat.street) : hh.flat.street;
  return `${s} ${hh.flat.houseNoPrinted}`;
}
export const cityLine = (hh: Household): string => `${hh.flat.plz} ${hh.flat.city}`;
export function addressInline(hh: Household, abbr = false): string {
  const add = hh.flat.addition ? `, ${hh.flat.addition}` : '';
  return `${streetLine(hh, abbr)}${add}, ${cityLine(hh)}`;
}

/** The landlord as party, with its seat. */
export function landlordInline(hh: Household): string {
  const l = hh.landlord;
  return `${l.name}, ${l.street}, ${l.plz} ${l.city}`;
}
export const landlordPlural = (hh: Household): boolean => / und /.test(hh.landlord.name) || /^Erbengemeinschaft/.test(hh.landlord.name);

export function plural(hh: Household, one: string, many: string): string {
  return hh.tenants.length > 1 ? many : one;
}
