/**
 * Search that forgives: what a worker types and what a case holds are both folded to the same
 * comparison text, so case, umlauts, ß/ss and other diacritics do not matter ("aydin" finds
 * "Aydın", "muller" and "mueller" find "Müller", "sahin" finds "Şahin", "strasse" finds "Straße"
 * and "Str."), and a file number matches with or without its spaces ("3C271/25").
 * A case keeps two foldings of its words side by side: diacritics stripped (ü → u) and the
 * DIN 5007-2 spelling (ü → ue); a query is folded by stripping only and found in either.
 */
import type { Address, Tenant } from '../extraction.schema.js';
import { foldLetters } from '../match/name-normalize.js';

/** Letters that NFD does not take apart; ß/ẞ become "ss" like DIN 5007-2. */
const STRIP_LETTERS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ł: 'l', Ł: 'l', ı: 'i', İ: 'i', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd',
};

/** Lower-case with every diacritic stripped: "Müller" → "muller", "Aydın" → "aydin", "Straße" → "strasse". */
export function stripFold(s: string): string {
  let out = '';
  for (const ch of s) out += STRIP_LETTERS[ch] ?? ch;
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** "Kölner Str. 5" also as "kolner strasse 5": abbreviated street words written out. */
function expandStreet(folded: string): string {
  return folded.replace(/str\.?(?=\s|$|\d)/g, 'strasse').replace(/\bpl\.(?=\s|$)/g, 'platz');
}

/** Whitespace collapsed, one line. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface SearchableCase {
  id: string;
  tenants: Tenant[] | null;
  address: Address | null;
  fileNumbers: string[];
}

/**
 * The text a case is searched in (never shown, never logged): case id, tenants' names, the flat's
 * address and the file numbers, each in both foldings, file numbers also without spaces and dots.
 */
export function caseSearchText(c: SearchableCase): string {
  const words: string[] = [c.id];
  for (const t of c.tenants ?? []) words.push(t.name);
  if (c.address) {
    const a = c.address;
    words.push(`${a.street} ${a.houseNumber}`, `${a.postalCode} ${a.city}`);
    if (a.addition) words.push(a.addition);
  }
  words.push(...c.fileNumbers);
  const plain = squash(words.join(' | '));
  const stripped = stripFold(plain);
  const parts = [stripped, foldLetters(plain), expandStreet(stripped), ...c.fileNumbers.map((n) => stripFold(n).replace(/[\s.]+/g, ''))];
  return [...new Set(parts)].join(' | ');
}

/** A query as folded terms, each of which must occur in a case's search text (at most six). */
export function searchTerms(query: string): string[] {
  const terms = stripFold(query)
    .split(/\s+/)
    .map((t) => t.replace(/^[,;]+|[,;]+$/g, ''))
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 6);
}
