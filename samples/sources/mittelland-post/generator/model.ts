import type { Agency, Bailiff, Court, Landlord, Lawyer } from './data.js';
import { fmtDate, type DateStyle } from './lib.js';

export type Person = { given: string; family: string; birth: string; sex: 'm' | 'f' };
export type JudgmentKind = 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil';

export type Case = {
  hh: string;
  court: Court;
  city: string;
  postal: string;
  street: string;
  houseNo: string; // truth form
  houseNoPrinted: string;
  addition: string | null;
  tenants: Person[];
  landlord: Landlord;
  lawyer: Lawyer | null;
  rent: number;
  arrears: number;
  judgmentArrears: number | null;
  fileNo: string;
  termination: { date: string; ordinary: boolean; ordinaryTo: string };
  reminderDate: string;
  claimReceived: string;
  claimServed: string;
  hearing: { date: string; time: string; room: string };
  judgment: { kind: JudgmentKind; date: string; vacate: string | null; pastHearing: string | null; judge: string };
  eviction: { date: string; time: string; bailiff: Bailiff; dr: string; letter: string };
  agency: Agency;
  customerNo: string;
  bgNo: string;
  rooms: number;
  sqm: number;
};

export type NameStyle = 'full' | 'comma' | 'upper' | 'upper-comma' | 'titled';
export function fmtName(p: Person, style: NameStyle): string {
  switch (style) {
    case 'full': return `${p.given} ${p.family}`;
    case 'comma': return `${p.family}, ${p.given}`;
    case 'upper': return `${p.given} ${p.family.toUpperCase()}`;
    case 'upper-comma': return `${p.family.toUpperCase()}, ${p.given}`;
    case 'titled': return `${p.sex === 'f' ? 'Frau' : 'Herr'} ${p.given} ${p.family}`;
  }
}
export const fullName = (p: Person): string => `${p.given} ${p.family}`;
export function birthStr(p: Person, style: 'geb' | 'star' | 'geboren', ds: DateStyle = 'dmy'): string {
  const d = fmtDate(p.birth, ds);
  return style === 'geb' ? `geb. ${d}` : style === 'star' ? `* ${d}` : `geboren am ${d}`;
}
/** "Max und Erika Mustermann" when all share the family name, else "A und B" */
export function tenantsInline(ps: Person[], titled: boolean): string {
  const fam = ps[0]?.family ?? '';
  if (ps.length === 2 && ps.every((p) => p.family === fam) && !titled) return `${ps[0]?.given} und ${ps[1]?.given} ${fam}`;
  const names = ps.map((p) => (titled ? fmtName(p, 'titled') : fullName(p)));
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}
export function streetLine(c: Case, abbr: boolean): string {
  let s = c.street;
  if (abbr && /Straße$/.test(s)) s = s.replace(/ Straße$/, ' Str.').replace(/straße$/, 'str.');
  return `${s} ${c.houseNoPrinted}`;
}
export const cityLine = (c: Case): string => `${c.postal} ${c.city}`;
export function landlordPrinted(l: Landlord, titled: boolean): string {
  return titled && l.salutation ? `${l.salutation} ${l.name}` : l.name;
}
export function isFemaleLandlordCo(l: Landlord): boolean {
  return !l.person || l.salutation === 'Frau';
}
