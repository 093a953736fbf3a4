/** OCR confusions inside digit groups: O/o→0, l/I/|→1, S→5, B→8 (1:1 so offsets survive). */
const DIGIT_LOOKALIKE: Record<string, string> = { O: '0', o: '0', D: '0', l: '1', I: '1', '|': '1', i: '1', S: '5', s: '5', B: '8', Z: '2' };

/**
 * A table's ruling glued to a number's first digit ("|21. Mai 2026", "|1.411,90 €") as the space it stands for:
 * it is no 1. Keeps the length, so offsets survive.
 */
export function withoutRulings(text: string): string {
  return text.replace(/(?<=^|\s)\|(?=\d)/g, ' ');
}

/** Repairs tokens that are mostly digits (at least two real digits); keeps the length. */
/** A pattern for these words as printed, with any run of white space (a line break too) between them. */
export function wordsPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

export function repairDigits(text: string): string {
  return text.replace(/[0-9OolISBDZi|][0-9OolISBDZi|.,:/-]*[0-9OolISBDZi|]/g, (tok) => {
    const digits = (tok.match(/\d/g) ?? []).length;
    const letters = (tok.match(/[OolISBDZi|]/g) ?? []).length;
    if (digits < 1 || letters > digits) return tok;
    return tok.replace(/[OolISBDZi|]/g, (c) => DIGIT_LOOKALIKE[c] ?? c);
  });
}

/** Lower case with umlauts folded to the base letter; 1:1 so offsets survive. */
export function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += FOLD[lower] ?? (lower.length === 1 ? lower : ch);
  }
  return out;
}

const FOLD: Record<string, string> = {
  ä: 'a', ö: 'o', ü: 'u', ß: 's', ı: 'i', é: 'e', è: 'e', ş: 's', ğ: 'g', ł: 'l', ś: 's', ç: 'c', ą: 'a', ć: 'c', ę: 'e', ń: 'n', ó: 'o', ź: 'z', ż: 'z',
};

/** DIN 5007-2 style key for comparisons: lower case, ä→ae, ß→ss, no punctuation or spaces. */
export function compareKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
