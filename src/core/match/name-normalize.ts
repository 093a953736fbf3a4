/**
 * Name folding for comparison: DIN 5007-2 umlauts, other diacritics, titles, particles, OCR confusions.
 * Everything returned here is a comparison key, never text to show.
 */

const SPECIAL_LETTERS: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  ł: 'l', Ł: 'l', ı: 'i', İ: 'i', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th',
};

/** Words that are titles or salutations, not part of a name (compared after folding, dots removed). */
const TITLES = new Set([
  'herr', 'herrn', 'frau', 'hr', 'fr', 'dr', 'prof', 'professor', 'doktor', 'dipl', 'ing', 'diplom', 'med', 'rer', 'nat',
  'phil', 'jur', 'mag', 'eheleute', 'familie', 'fam',
]);

/** Particles that belong to the family name ("Ludwig van Beethoven" → family "van beethoven"). */
const PARTICLES = new Set(['von', 'van', 'de', 'di', 'da', 'del', 'della', 'der', 'den', 'zu', 'zum', 'zur', 'ter', 'ten', 'vom', 'le', 'la', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'und']);

/** Folds letters per DIN 5007-2 and strips other diacritics; lower-case; keeps digits, hyphens, spaces. */
export function foldLetters(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL_LETTERS[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Digits inside a name are OCR misreadings of letters (Mül1er, Kowa1czyk, 5chmidt). */
function repairDigitsInName(s: string): string {
  return s.replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's').replace(/8/g, 'b');
}

/** Folded words of a name with titles dropped; hyphenated parts stay joined by '-'. */
function nameWords(s: string): string[] {
  return repairDigitsInName(foldLetters(s))
    .replace(/[–—‐]/g, '-')
    .replace(/[^a-z\s,-]/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0 && !TITLES.has(w));
}

/**
 * Comparison form of a name: DIN 5007-2 (ä→ae, ö→oe, ü→ue, ß→ss), other diacritics folded (ş→s, ı→i, ł→l, ç→c),
 * lower-case, titles (Herr, Frau, Dr., Prof.) dropped, punctuation removed, hyphens to spaces.
 */
export function foldName(s: string): string {
  return nameWords(s).join(' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface SplitName {
  /** Folded given names, e.g. ["marie", "luise"] for "Marie-Luise". */
  given: string[];
  /** Folded family name with particles, hyphens as spaces: "mueller luedenscheidt", "van der berg". */
  family: string;
}

/**
 * Splits a full name into folded given names and family name. "Nachname, Vorname" is honoured;
 * otherwise the last word is the family name, together with any particles right before it.
 * A single word counts as the family name ("Herr Müller").
 */
export function splitName(full: string): SplitName {
  const comma = full.indexOf(',');
  if (comma > 0) {
    const familyWords = nameWords(full.slice(0, comma));
    const givenWords = nameWords(full.slice(comma + 1));
    if (familyWords.length > 0 && givenWords.length > 0) {
      return { given: givenWords.flatMap((w) => w.split('-')).filter(Boolean), family: familyWords.join(' ').replace(/-/g, ' ') };
    }
  }
  const words = nameWords(full);
  if (words.length === 0) return { given: [], family: '' };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  if (start === 1 && PARTICLES.has(words[0]!)) start = 0;
  const family = words.slice(start).join(' ').replace(/-/g, ' ');
  const given = words.slice(0, start).flatMap((w) => w.split('-')).filter(Boolean);
  return { given, family };
}

/**
 * Canonical form for OCR-tolerant comparison of folded text: classes of letters OCR confuses collapse to one
 * (0/o, 1/l/i, 5/s, 8/b, rn/m, ii/ü), and ue/ae/oe collapse to u/a/o so that "Miiller", "Muller", "Mueller" meet.
 * Both sides of a comparison must go through it; the result is not readable text.
 */
export function ocrFold(s: string): string {
  return foldLetters(s)
    .replace(/ii/g, 'u')
    .replace(/rn/g, 'm')
    .replace(/ue/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/0/g, 'o')
    .replace(/[1il|!]/g, 'l')
    .replace(/5/g, 's')
    .replace(/8/g, 'b')
    .replace(/[^a-z0-9]/g, '');
}
