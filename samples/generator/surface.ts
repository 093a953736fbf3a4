/** How names, addresses, dates and amounts of a CaseFile are printed. */
import type { CaseFile, Person } from './case-file.js';
import { formatDate, formatMoney, formatTime, type DateStyle } from './german-format.js';

export function fullName(p: Person, familyFirst = false): string {
  return familyFirst ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`;
}

export function titled(p: Person, familyFirst = false): string {
  return familyFirst ? fullName(p, true) : `${p.title} ${fullName(p)}`;
}

export function birth(c: CaseFile, p: Person): string {
  return c.style.showBirth && p.birthDate ? `, geb. ${formatDate(p.birthDate, 'numeric')}` : '';
}

/** "Max und Erika Mustermann" / "Herr Max Mustermann und Frau Erika Nowak" / "Frau Ewa Kowalczyk". */
export function tenantsInline(c: CaseFile): string {
  const [a, b] = c.tenants as [Person, Person | undefined];
  if (!b) return `${titled(a)}${birth(c, a)}`;
  if (a.family === b.family && !c.style.showBirth) return `${a.given} und ${b.given} ${a.family}`;
  return `${titled(a)}${birth(c, a)}, und ${titled(b)}${birth(c, b)}`;
}

/** One line per tenant, numbered when there are two. */
export function tenantLines(c: CaseFile): string[] {
  if (c.tenants.length === 1) {
    const p = c.tenants[0] as Person;
    return [`${titled(p, c.style.familyFirst)}${birth(c, p)}`];
  }
  return c.tenants.map((p, i) => `${i + 1}. ${titled(p, c.style.familyFirst)}${birth(c, p)}`);
}

export function streetLine(c: CaseFile): string {
  return `${c.flat.streetPrinted} ${c.flat.houseNumberPrinted}`;
}

export function townLine(c: CaseFile): string {
  return `${c.flat.postalCode} ${c.flat.city}`;
}

export function flatInline(c: CaseFile): string {
  const add = c.flat.addition ? `, ${c.flat.addition}` : '';
  return `${streetLine(c)}${add}, ${townLine(c)}`;
}

export function flatLines(c: CaseFile): string[] {
  return c.flat.addition ? [`${streetLine(c)}, ${c.flat.addition}`, townLine(c)] : [streetLine(c), townLine(c)];
}

export function landlordInline(c: CaseFile): string {
  const l = c.landlord;
  return `${l.title ? `${l.title} ` : ''}${l.name}, ${l.street}, ${l.postal} ${l.city}`;
}

export function lawyerInline(c: CaseFile): string | null {
  return c.lawyer ? `${c.lawyer.name}, ${c.lawyer.street}, ${c.lawyer.postal} ${c.lawyer.city}` : null;
}

export function date(c: CaseFile, iso: string, style: DateStyle = c.style.date): string {
  return formatDate(iso, style);
}

export function money(c: CaseFile, cents: number): string {
  return formatMoney(cents, c.style.money);
}

export function hearingText(c: CaseFile, withRoom = true): string {
  const h = c.hearing;
  if (!h) return 'noch nicht bestimmt';
  const style: DateStyle = c.style.date === 'written' ? 'weekday-written' : c.style.date === 'numeric-short' ? 'numeric-short' : 'weekday-numeric';
  return `${formatDate(h.date, style)}, ${formatTime(h.time, c.style.time)}${withRoom ? `, ${h.room}` : ''}`;
}

export function evictionText(c: CaseFile): string {
  const style: DateStyle = c.style.date === 'written' ? 'weekday-written' : 'weekday-numeric';
  return `${formatDate(c.eviction.date, style)}, ${formatTime(c.eviction.time, c.style.time)}`;
}

export function courtName(c: CaseFile): string {
  return `Amtsgericht ${c.court.place}`;
}

export const JUDGMENT_TITLES = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' } as const;
