/**
 * String similarity for name matching: Jaro-Winkler and Kölner Phonetik (Postel 1969).
 * Pure functions on strings; callers fold names first (see name-normalize.ts).
 */

/** Jaro-Winkler similarity in 0..1 (prefix scale 0.1, prefix length at most 4). Two empty strings score 1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const VOWELS = new Set(['A', 'E', 'I', 'J', 'O', 'U', 'Y']);

/** Upper-case letters A–Z only; umlauts to their base vowel, ß to S, other diacritics stripped. */
function phoneticLetters(s: string): string {
  return s
    .replace(/ß/g, 'S')
    .replace(/[łŁ]/g, 'L')
    .replace(/[ıİ]/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function codeFor(prev: string, c: string, next: string, atStart: boolean): string {
  if (VOWELS.has(c)) return '0';
  switch (c) {
    case 'H':
      return '';
    case 'B':
      return '1';
    case 'P':
      return next === 'H' ? '3' : '1';
    case 'D':
    case 'T':
      return 'CSZ'.includes(next) && next !== '' ? '8' : '2';
    case 'F':
    case 'V':
    case 'W':
      return '3';
    case 'G':
    case 'K':
    case 'Q':
      return '4';
    case 'C':
      if (atStart) return next !== '' && 'AHKLOQRUX'.includes(next) ? '4' : '8';
      if (prev !== '' && 'SZ'.includes(prev)) return '8';
      return next !== '' && 'AHKOQUX'.includes(next) ? '4' : '8';
    case 'X':
      return prev !== '' && 'CKQ'.includes(prev) ? '8' : '48';
    case 'L':
      return '5';
    case 'M':
    case 'N':
      return '6';
    case 'R':
      return '7';
    case 'S':
    case 'Z':
      return '8';
    default:
      return '';
  }
}

/**
 * Kölner Phonetik code of a name or phrase. Letters only are coded (hyphens and spaces ignored, as in the
 * published example Müller-Lüdenscheidt → 65752682); repeated codes collapse, '0' survives only at the start.
 */
export function colognePhonetic(s: string): string {
  const letters = phoneticLetters(s);
  let raw = '';
  for (let i = 0; i < letters.length; i++) {
    raw += codeFor(letters[i - 1] ?? '', letters[i]!, letters[i + 1] ?? '', i === 0);
  }
  let collapsed = '';
  for (const d of raw) if (collapsed[collapsed.length - 1] !== d) collapsed += d;
  return collapsed.length === 0 ? '' : collapsed[0] + collapsed.slice(1).replace(/0/g, '');
}
