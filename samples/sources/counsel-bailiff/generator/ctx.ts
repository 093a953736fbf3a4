/** The context every template receives, and small shared helpers for court paperwork. */
import type { Builder } from './builder.js';
import type { Rng } from './rng.js';
import type { DocPlan, Household, Person } from './model.js';
import { COURTS, FIRMS, LANDLORDS, AUTHORITIES, type Court, type Landlord, type Firm } from './senders.js';
import { fmtDate } from './format.js';

export interface Ctx { b: Builder; h: Household; rng: Rng; plan: DocPlan }

export function courtOf(h: Household): Court {
  const c = COURTS[h.region];
  if (!c) throw new Error(`no court for ${h.region}`);
  return c;
}
export function landlordOf(h: Household): Landlord {
  const l = LANDLORDS[h.landlordKey];
  if (!l) throw new Error(`landlord ${h.landlordKey}`);
  return l;
}
export function lawyerOf(h: Household): Firm | null {
  return h.lawyerKey ? FIRMS[h.lawyerKey] ?? null : null;
}
export function fileNo(h: Household, style: 'std' | 'tight' | 'spaced' = 'std'): string {
  const { dept, serial, year } = h.fileNumber;
  if (style === 'tight') return `${dept}C ${serial}/${year}`;
  if (style === 'spaced') return `${dept} C ${serial} / ${year}`;
  return `${dept} C ${serial}/${year}`;
}
export function fileNoTruth(h: Household): string {
  return fileNo(h, 'std');
}
export function drTruth(h: Household): string {
  return h.drNumber;
}
export function landlordBlock(l: Landlord, withRep: boolean): string {
  const name = l.kind === 'person' ? l.printed.replace(/^Herrn /, 'Herr ') : l.printed;
  return `${name}${withRep && l.rep ? `, ${l.rep}` : ''}, ${l.street}, ${l.postal} ${l.city}`;
}
export function landlordShort(l: Landlord): string {
  return l.kind === 'person' ? l.name.replace(/^Dr\. /, '').split(' ').slice(-1)[0] ?? l.name : l.name;
}
export function lawyerLine(f: Firm): string {
  return `Rechtsanwälte ${f.lines[0]?.replace('KESSLER & BRANDT', 'Kessler & Brandt') ?? ''}, ${f.street}, ${f.postal} ${f.city}`;
}
/** "Yılmaz u. a." style short title of the case */
export function caseTitle(h: Household, l: Landlord, sep = './.'): string {
  const first = h.tenants[0] as Person;
  return `${landlordShort(l)} ${sep} ${first.family}${h.tenants.length > 1 ? ' u. a.' : ''}`;
}
export function authorityLines(h: Household, rng: Rng): string[] {
  const a = h.authorityKey ? AUTHORITIES[h.authorityKey] : undefined;
  if (!a) return ['Sozialamt', h.town.city];
  if (a.key === 'jc-oberberg' && rng.chance(0.35)) return ['Oberbergischer Kreis', 'Der Landrat', 'Amt für Soziale Angelegenheiten', 'Moltkestraße 42', '51643 Gummersbach'];
  return [...a.name, a.street, `${a.postal} ${a.city}`];
}
export const CLERKS = ['Koch', 'Schneider-Adams', 'Brückner', 'Yavuz', 'Lehmkuhl', 'Pohl', 'Marx', 'Feldhoff', 'Zimmermann', 'Nowicki'];
export const JUDGES = ['Dr. Neumann', 'Hagedorn', 'Dr. Stratmann-Ley', 'Wienecke', 'Bauer', 'Dr. Ohlendorf', 'Kaminski', 'Reuter'];
export function hearingPhrase(date: string, time: string, timeStyle: 'colon' | 'dot', dateStyle: 'long' | 'num' | 'numWeekday' | 'longWeekdayDen'): string {
  return `${fmtDate(date, dateStyle)}, ${timeStyle === 'dot' ? time.replace(':', '.') : time} Uhr`;
}
