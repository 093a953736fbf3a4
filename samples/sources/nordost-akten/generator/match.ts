/** Is a truth value printed on a page? Used by the generator (fieldPages) and by the checker. */
import { MONTHS, MONTHS_ABBR, WEEKDAYS, dateOf } from './util.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const norm = (s: string) => s.replace(/\s+/g, ' ');
const U = (s: string) => s.toLocaleUpperCase('de-DE');

function hasRe(text: string, re: RegExp): boolean {
  return re.test(norm(text));
}

export function dateVariants(iso: string): string[] {
  const d = dateOf(iso);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  const p = (n: number) => String(n).padStart(2, '0');
  const y2 = String(y).slice(2);
  const v = new Set<string>();
  for (const D of [String(dd), p(dd)]) for (const M of [String(mm), p(mm)]) for (const Y of [String(y), y2]) v.add(`${D}.${M}.${Y}`);
  for (const D of [String(dd), p(dd)]) {
    v.add(`${D}. ${MONTHS[mm - 1]} ${y}`);
    v.add(`${D}. ${MONTHS_ABBR[mm - 1]} ${y}`);
  }
  v.add(iso);
  void WEEKDAYS;
  return [...v];
}

export function hasDate(text: string, iso: string): boolean {
  return dateVariants(iso).some((s) => hasRe(text, new RegExp(`(?<![\\d.])${esc(s)}(?![\\d])`)));
}

export function hasAmount(text: string, cents: number): boolean {
  const e = Math.floor(cents / 100);
  const c = String(cents % 100).padStart(2, '0');
  const grp = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const ints = `(?:${esc(grp)}|${String(e)})`;
  if (cents % 100 !== 0) return hasRe(text, new RegExp(`(?<![\\d.,])${ints},${c}(?!\\d)`));
  return (
    hasRe(text, new RegExp(`(?<![\\d.,])${ints}(?:,00|,-{1,2})(?!\\d)`)) ||
    hasRe(text, new RegExp(`(?<![\\d.,])${ints} ?(?:€|EUR|Euro)`)) ||
    hasRe(text, new RegExp(`(?:€|EUR) ?${ints}(?![\\d,.]\\d)`))
  );
}

export function hasTime(text: string, t: string): boolean {
  const [h, m] = t.split(':') as [string, string];
  const hn = String(Number(h));
  const forms = [`${h}:${m}`, `${hn}:${m}`, `${h}.${m}`, `${hn}.${m}`];
  if (m === '00') forms.push(`${hn} Uhr`, `${h} Uhr`);
  return forms.some((s) => hasRe(text, new RegExp(`(?<![\\d.:])${esc(s)}(?![\\d])`)));
}

export function hasFileNo(text: string, f: string): boolean {
  const compact = (s: string) => s.replace(/\s+/g, '');
  return compact(text).includes(compact(f));
}

export function hasName(text: string, name: string): boolean {
  const T = U(norm(text));
  return name.split(' ').every((tok) => new RegExp(`(?<![\\p{L}])${esc(U(tok))}(?![\\p{L}])`, 'u').test(T));
}

function streetForms(street: string): string[] {
  const f = [street];
  if (/straße$/.test(street)) f.push(street.replace(/straße$/, 'str.'));
  if (/Straße$/.test(street)) f.push(street.replace(/Straße$/, 'Str.'));
  return f;
}

export function hasStreetHouse(text: string, street: string, house: string): boolean {
  const hn = house.split('').map((ch) => esc(ch)).join(' ?');
  return streetForms(street).some((s) => hasRe(text, new RegExp(`${esc(s)} ${hn}(?![\\dA-Za-z])`)));
}

export function hasPlain(text: string, s: string, ci = false): boolean {
  return ci ? U(norm(text)).includes(U(norm(s))) : norm(text).includes(norm(s));
}

export type Val = unknown;

/** true when the value of the field is printed on this page text */
export function printed(field: string, v: Val, text: string): boolean {
  switch (field) {
    case 'court':
      return hasPlain(text, v as string);
    case 'fileNumber':
      return hasFileNo(text, v as string);
    case 'relatedFileNumbers':
      return (v as string[]).every((f) => hasFileNo(text, f));
    case 'tenants':
      return (v as { name: string; birthDate: string | null }[]).every((t) => hasName(text, t.name) && (t.birthDate === null || hasDate(text, t.birthDate)));
    case 'address': {
      const a = v as { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
      return hasStreetHouse(text, a.street, a.houseNumber) && hasPlain(text, `${a.postalCode} ${a.city}`) && (a.addition === null || hasPlain(text, a.addition));
    }
    case 'landlord':
      return hasPlain(text, v as string) || hasName(text, v as string);
    case 'claimReceived':
    case 'claimServed':
    case 'judgmentDate':
    case 'vacateDeadline':
      return hasDate(text, v as string);
    case 'monthlyRent':
    case 'arrears':
      return hasAmount(text, v as number);
    case 'hearing': {
      const h = v as { date: string; time: string | null; room: string | null };
      return hasDate(text, h.date) && (h.time === null || hasTime(text, h.time)) && (h.room === null || hasPlain(text, h.room));
    }
    case 'evictionDate': {
      const e = v as { date: string; time: string | null };
      return hasDate(text, e.date) && (e.time === null || hasTime(text, e.time));
    }
    case 'judgmentKind': {
      const k = v as string;
      if (k === 'versaeumnisurteil') return /Versäumnisurteil/i.test(text);
      if (k === 'anerkenntnisurteil') return /Anerkenntnisurteil/i.test(text);
      return /urteil/i.test(text);
    }
    case 'ordinaryTermination':
      return v === false ? /kündig/i.test(text) : /hilfsweise|ordentlich/i.test(text);
    default:
      return false;
  }
}
