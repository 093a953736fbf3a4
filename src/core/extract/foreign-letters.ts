import type { BBox, Page, Word } from '../page.js';
import { repairDollarS, repairNameLetters } from '../parse/name.parser.js';
import { fuzzyKey } from './fuzzy.js';
import { givenNameLanguages, givenNameSpellings, isVietnameseGivenName } from './given-names.js';
import { hasLetterOutsideGerman, KNOWN_FOREIGN_NAMES } from './name-lexicon.js';

/**
 * Tenants' names with letters outside the German alphabet (Şahin, Yıldız, Łucja, Wróbel) come out of the
 * German OCR model without their accents: its alphabet has no ş ı ł ą. A second read of just the name's
 * words with models that have them can give the accents back. The rules here decide which words to read
 * again and what to take from the second read: only an accent on the same base letter (or, from a confident
 * second read, a foreign letter the German model is known to take for another: t for ł, h for ń), never any
 * other change, so a second read can give a name its accents but never turn it into another name.
 */

/**
 * The name languages: each has an OCR model (an npm package under @tesseract.js-data) that writes letters of
 * tenants' names the German model cannot, and a second read of a name's words asks the languages the name
 * shows a sign of (nameLanguagesOf).
 */
export const NAME_LANGUAGES = ['tur', 'pol', 'ron', 'hrv', 'fra', 'vie'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** The foreign letters each model can write: a reading by a model without the letter is no vote against it, nor may it add one. */
const ALPHABET: Readonly<Record<NameLanguage | 'deu', string>> = {
  deu: 'äöüÄÖÜß',
  tur: 'çğıöşüÇĞİÖŞÜ',
  pol: 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ',
  // Romanian writes ș ț with a comma below; its model also writes the older cedilla forms (see inItsSpelling).
  ron: 'ăâîșțşţĂÂÎȘȚŞŢ',
  hrv: 'čćđšžČĆĐŠŽ',
  fra: 'àâçéèêëîïôûùüÀÂÇÉÈÊËÎÏÔÛÙÜ',
  vie: 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ',
};

/** Letters that are no base letter with a mark (NFD keeps them whole), with the letter the German model reads for them. */
const UNMARKED_BASE: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/**
 * Letters the second read may restore (those of the name languages), each with the bare letter the German
 * model reads in its place. Umlauts are here too: on photos and faxes the German model sometimes loses their
 * dots ("Oztürk"). ó where the German model read ö ("Wöjcik") has a rule of its own (acuteForUmlaut).
 */
const FOREIGN_TO_BASE: ReadonlyMap<string, string> = new Map(
  // Not İ: the dot over a capital I is too small to read on a scan; the Turkish model put it on "Iwanow".
  [...new Set([...NAME_LANGUAGES.flatMap((lang) => [...ALPHABET[lang]]), ...ALPHABET.deu].filter((c) => c !== 'İ' && c !== 'ß'))].map((letter) => [letter, baseLetter(letter)] as const),
);

function baseLetter(letter: string): string {
  return UNMARKED_BASE[letter] ?? letter.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Other letters the German model reads in place of a foreign one, from the eval's failures: ł as t, tl, lt or i
 * ("Matgorzata", "Matlgorzata", "Pawetl", "Pawelt", "Maigorzata"), a first Ł as t or Lt ("tucja", "Ltucja"), ń
 * as h, ni or hn ("Zielihska", "Zieliniska", "Zielihnska"), ğ as gd, dg, gj, jd, d or j ("Dogdan", "Dodgan",
 * "Dogjan", "Dojdan", "Dodan", "Dojan"); and on photos an umlaut twice, with and without its dots ("Muüller").
 * A letter with a hook or caron the German model does not know often comes out as its capital, alone or beside
 * the small one ("KovaCevic", "KovaCcevic", "SneZana", "SnezZana", "DordeviCc"), or as G for č ("KovaGcevic").
 * And a mark over a, o or u that the German model took for umlaut dots (umlautFor). Taken only from a trusted
 * second read (confusionTrusted).
 */
const CONFUSED_WITH: ReadonlyMap<string, readonly string[]> = new Map([
  ['ł', ['t', 'tl', 'lt', 'i']],
  ['Ł', ['t', 'T', 'Lt']],
  ['ń', ['h', 'ni', 'hn']],
  ['ğ', ['gd', 'dg', 'gj', 'jd', 'd', 'j']],
  ['ü', ['uü', 'üu']],
  ['ö', ['oö', 'öo']],
  ['ä', ['aä', 'äa']],
  ['č', ['C', 'Cc', 'cC', 'Gc']],
  ['ć', ['C', 'Cc', 'cC']],
  ['š', ['S', 'Ss', 'sS']],
  ['ž', ['Z', 'Zz', 'zZ']],
]);
/**
 * The German umlaut read for a Romanian, French or Vietnamese letter with a mark over a, o or u: "Mädälina" for
 * Mădălina, "Vän Tüng" for Văn Tùng, "Hä" for Hà. Not for Polish ó, which has a rule of its own (acuteForUmlaut).
 */
function umlautFor(letter: string): string | undefined {
  if (![...UMLAUT_MARKED].includes(letter)) return undefined;
  return { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' }[baseLetter(letter)];
}
const UMLAUT_MARKED = (ALPHABET.ron + ALPHABET.fra + ALPHABET.vie).replace(/[óÓ]/g, '');

/** A sign inside a word that stands for no letter of a name (an apostrophe or hyphen does). */
const SIGN = /^[^\p{L}\d\s'’-]$/u;

/**
 * How far a confident second read (MIN_CONFUSION_CONFIDENCE) must be surer than the first read of a word to put a
 * foreign letter in place of any letter of it: a letter the German model did not know comes out as any other,
 * and unsure ("PetroviE" 0.11, "PETROVIG" 0.73, "HadZie" 0.26 where the Croatian model reads "Petrović" 0.96,
 * "PETROVIĆ" 0.93, "Hadžić" 0.95).
 */
const ANY_LETTER_MARGIN = 0.15;

/** Whether a second-read word is confident and clearly surer than the first read of the page's word (ANY_LETTER_MARGIN). */
function outreads(reading: Reread['words'][number], word: Word): boolean {
  return reading.confidence >= MIN_CONFUSION_CONFIDENCE && beats(reading.confidence, word.confidence, ANY_LETTER_MARGIN);
}

/** A second read this confident is trusted with a confused letter. */
const MIN_CONFUSION_CONFIDENCE = 0.8;
/** A less confident one only when it is at least this confident and beats every other reading by CONFUSION_MARGIN. */
const MIN_WINNING_CONFUSION_CONFIDENCE = 0.65;
const CONFUSION_MARGIN = 0.08;

/**
 * Whether a second-read word may put a confused letter into the German reading `original` (ł for t): it is
 * confident, or it is fairly confident and clearly beats the readings of the models that could have written
 * that letter. The German model and the Turkish one cannot write ł, so their "Pawet" (0.92 and 0.79) says
 * nothing against Polish "Paweł" (0.75); they can write ü, so for "Muüller" they count.
 */
export function confusionTrusted(word: Reread['words'][number], original: string, firstReadConfidence: number, others: Reread['words']): boolean {
  if (word.confidence >= MIN_CONFUSION_CONFIDENCE) return true;
  if (word.confidence < MIN_WINNING_CONFUSION_CONFIDENCE || word.lang === undefined) return false;
  const added = addedLetters(original, core(word.text).letters).filter((c) => CONFUSED_WITH.has(c));
  const couldWrite = (lang: string) => added.length === 0 || added.some((c) => (ALPHABET as Record<string, string>)[lang]?.includes(c));
  const rivals = [
    ...(couldWrite('deu') ? [firstReadConfidence] : []),
    ...others.filter((o) => o.lang !== word.lang && (o.lang === undefined || couldWrite(o.lang)) && core(o.text).letters.length >= 2).map((o) => o.confidence),
  ];
  return beats(word.confidence, Math.max(0, ...rivals), CONFUSION_MARGIN);
}

/**
 * Whether confidence `a` is ahead of `b` by `margin` or more. Confidences come in hundredths; their difference
 * in floating point falls just short of the margin (0.95 - 0.92 = 0.02999…), which is no reason to lose.
 */
function beats(a: number, b: number, margin: number): boolean {
  return Math.round((a - b) * 1000) / 1000 >= margin;
}

/** Letters of `reread` that `original` does not have (NFC). */
function addedLetters(original: string, reread: string): string[] {
  const own = original.normalize('NFC');
  return [...reread.normalize('NFC')].filter((c) => !own.includes(c));
}

/** At most this many words of a page are read again (a name's words, each where it stands nearest the field). */
const MAX_WORDS_PER_PAGE = 12;
/** A word of the second read below this confidence is not trusted with an accent. */
const MIN_REREAD_CONFIDENCE = 0.5;

/**
 * What the second read saw in one word's box, every name language's reading together: usually the word,
 * sometimes with specks of its neighbours.
 */
export interface Reread {
  words: {
    text: string;
    /** 0..1 */
    confidence: number;
    /** The name language whose model read it, where known. */
    lang?: NameLanguage;
  }[];
}

/**
 * ó and ö look alike, and each model reads the one its alphabet has: the German model reads "Wójcik" as
 * "Wöjcik", the Polish model reads "Jörg" as "Jórg". Turkish and German have ö, so on a German name a
 * reading with ö is as confident as the Polish one with ó or more (eval: Jörg Turkish 0.92 vs Polish 0.88,
 * Björn 0.90 vs 0.86; on a photo Jörg German 0.96, Turkish 0.78, Polish 0.93); on a Polish name the Polish
 * reading wins clearly over Turkish and is surer than German (Wójcik 0.96 vs Turkish 0.92 and 0.23, German
 * 0.88; 0.94 vs Turkish 0.89, German 0.92).
 */
const MIN_ACUTE_CONFIDENCE = 0.9;
const ACUTE_MARGIN = 0.03;

/**
 * The word with ó for the ö the German model read (with `firstReadConfidence`), from a confident Polish
 * reading that the Turkish reading with ö does not match (MIN_ACUTE_CONFIDENCE, ACUTE_MARGIN) and that is
 * surer than the German first read; other accents of that reading come along as in mergeForeignLetters.
 * Null otherwise.
 */
export function acuteForUmlaut(letters: string, words: Reread['words'], firstReadConfidence = 0): string | null {
  const own = [...letters.normalize('NFC')];
  if (!own.some((c) => c === 'ö' || c === 'Ö')) return null;
  const withUmlaut = Math.max(0, ...words.filter((w) => w.lang === 'tur' && core(w.text.normalize('NFC')).letters === own.join('')).map((w) => w.confidence));
  for (const word of words) {
    if (word.lang !== 'pol' || word.confidence < MIN_ACUTE_CONFIDENCE || !beats(word.confidence, withUmlaut, ACUTE_MARGIN)) continue;
    if (word.confidence <= firstReadConfidence) continue;
    const read = [...core(word.text.normalize('NFC')).letters];
    if (read.length !== own.length) continue;
    const swapped = own.map((c, i) => ((c === 'ö' && read[i] === 'ó') || (c === 'Ö' && read[i] === 'Ó') ? read[i]! : c)).join('');
    if (swapped === own.join('')) continue;
    const merged = swapped === read.join('') ? swapped : mergeForeignLetters(swapped, word.text);
    if (merged) return merged;
  }
  return null;
}

/**
 * A word spelled from the list of known names carries at most this confidence: the name model was unsure of
 * its letters. It pulls the tenants field below 0.9, so the field is marked for review (0.70–0.85 on the
 * eleven eval documents it mended).
 */
const KNOWN_SPELLING_CONFIDENCE = 0.6;

/**
 * A known name (KNOWN_FOREIGN_NAMES, or a given name of the lexicon spelled with a letter outside German) that a
 * second reading spells, at any confidence, where the German reading `letters` is that name without its foreign
 * letters (as mergeForeignLetters allows, and ó read as ö): "Lucja" + Polish "Łucja" (0.1), "Matgorzata" +
 * "Małgorzata" (0.2), "SneZana" + Croatian "Snežana" (0.63). Null when no reading spells one.
 */
export function knownSpelling(letters: string, words: Reread['words']): string | null {
  const own = letters.normalize('NFC');
  const withoutUmlaut = own.replace(/ö/g, 'o').replace(/Ö/g, 'O');
  for (const word of words) {
    const spelling = core(word.text.normalize('NFC')).letters;
    if (!isKnownSpelling(spelling)) continue;
    if (mergeForeignLetters(own, spelling) === spelling || mergeForeignLetters(withoutUmlaut, spelling) === spelling) return spelling;
  }
  return null;
}

/**
 * A word of a second read as its language spells it: Romanian ș and ț take a comma below, which the Romanian
 * model also writes as the older cedilla ("Dumitraşcu" for Dumitrașcu); ţ is no Turkish letter, so it is
 * Romanian whichever model read it.
 */
function inItsSpelling(word: Reread['words'][number]): string {
  const text = word.text.replace(/ţ/g, 'ț').replace(/Ţ/g, 'Ț');
  return word.lang === 'ron' ? text.replace(/ş/g, 'ș').replace(/Ş/g, 'Ș') : text;
}

/**
 * Splits a word of a second read into leading punctuation, its letters (with inner hyphens/apostrophes) and
 * trailing punctuation; a "$" is read as s ("Wis$niewska"), while a "!" stays punctuation ("Łucja!").
 */
function core(text: string): { before: string; letters: string; after: string } {
  return split(repairDollarS(text), text);
}

/**
 * The same for a word of the page, read as the name parser reads it ("Wis$niewska", "Pawe!" with "!" for ł), so
 * the word is found and merged as the parser took it.
 */
function pageCore(text: string): { before: string; letters: string; after: string } {
  return split(repairNameLetters(text), text);
}

function split(repaired: string, text: string): { before: string; letters: string; after: string } {
  const match = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u.exec(repaired);
  return { before: match?.[1] ?? '', letters: match?.[2] ?? text, after: match?.[3] ?? '' };
}

/**
 * The original word with the accents of the second read where, letter by letter, the second read differs
 * only by a foreign accent on the same base letter (or, when `confusions` are trusted, by a foreign letter
 * the German model reads as another: CONFUSED_WITH, umlautFor, a sign; or, when `anyLetter` is, by a foreign
 * letter for any one letter of another base: an accent swapped on the same base, "Jórg" for "Jörg", is none of
 * these); null when it adds none or differs in anything else.
 */
export function mergeForeignLetters(original: string, reread: string, confusions = true, anyLetter = false): string | null {
  const a = [...original.normalize('NFC')];
  const b = [...core(reread.normalize('NFC')).letters];
  // Letter by letter, where a confused letter may stand for two of the original ("tl" for ł).
  const align = (i: number, j: number): string[] | null => {
    if (i === a.length || j === b.length) return i === a.length && j === b.length ? [] : null;
    const letter = a[i]!;
    const other = b[j]!;
    if (other === letter) {
      const rest = align(i + 1, j + 1);
      return rest && [letter, ...rest];
    }
    const base = FOREIGN_TO_BASE.get(other);
    // A letter the German model wrote as a sign, after its base letter or alone ("Lefe&vre", "Lef&vre" for Lefèvre).
    const withSign = base !== undefined && SIGN.test(a[i + base.length] ?? '') ? base + a[i + base.length] : undefined;
    const sign = SIGN.test(letter) ? letter : undefined;
    const options = [base, ...(confusions ? [...(CONFUSED_WITH.get(other) ?? []), umlautFor(other), withSign, sign] : []), ...(anyLetter && base !== undefined && baseLetter(letter) !== base ? [letter] : [])];
    for (const stands of options) {
      if (stands === undefined || a.slice(i, i + stands.length).join('') !== stands) continue;
      const rest = align(i + stands.length, j + 1);
      if (rest) return [other, ...rest];
    }
    return null;
  };
  const merged = align(0, 0)?.join('');
  return merged === undefined || merged === a.join('') ? null : merged;
}

/** A word of the page worth reading again: it is (part of) a tenant's name as the extraction took it. */
export interface NameWordTarget {
  /** Index into page.words. */
  wordIndex: number;
  bbox: BBox;
  /** The name languages to read it with. */
  languages: NameLanguage[];
}

/**
 * Turkish and Polish, the most frequent name languages, read together: also every word the first read was unsure
 * of in a name that shows no sign of a language. A word it wrote with a sign inside ("Lefe&vre") is read with every
 * language: the sign stands for a letter the German model did not know, and such words are few.
 */
const TURKISH_POLISH: NameLanguage[] = ['tur', 'pol'];
/** The letters outside German of Turkish and Polish (ö and ü are German too). */
const TURKISH_POLISH_LETTERS = [...(ALPHABET.tur + ALPHABET.pol)].filter((c) => !ALPHABET.deu.includes(c)).join('');

/**
 * The words of `page` that spell the tenants' names and may hold a letter the German model cannot write: every
 * occurrence of each such word, nearest to the field's box first, at most MAX_WORDS_PER_PAGE in all, each with
 * the languages to read it with. The second read costs a model and a read per word and language, so it is kept
 * for the names that show a sign of such a letter (nameLanguagesOf: every word, with the name's languages) and
 * for words the first read was unsure of or wrote with a sign inside ("Wis$niewska", "Pawe!", "KovaCevic");
 * "Anna Schneider" read at 0.95 is not read again. Words that could not carry a foreign letter (no base letter of
 * one) are left out.
 */
export function nameWordTargets(page: Page, names: string[], near: BBox | null): NameWordTarget[] {
  // In any case: the name parser capitalises a first name OCR read in lower case ("tucja" → "Tucja").
  const tokensOf = (name: string) =>
    name
      .split(/\s+/)
      .map((token) => pageCore(token).letters)
      .filter((token) => token.length >= 2 && [...token].some((c) => BASE_LETTERS.has(c)))
      .map((token) => token.toLowerCase());
  const signed = new Map<string, Set<NameLanguage>>();
  const unsureOnly = new Set<string>();
  for (const name of names) {
    const languages = nameLanguagesOf(name);
    for (const token of tokensOf(name)) {
      if (languages.length === 0) unsureOnly.add(token);
      else for (const lang of languages) signed.set(token, (signed.get(token) ?? new Set()).add(lang));
    }
  }
  if (signed.size === 0 && unsureOnly.size === 0) return [];
  const found: { wordIndex: number; bbox: BBox; languages: NameLanguage[]; distance: number }[] = [];
  page.words.forEach((word, wordIndex) => {
    const letters = pageCore(word.text).letters.toLowerCase();
    // A word the parser cut at a sign inside it is found by the letters before the sign ("Lefe" in "Lefe&vre").
    const token = [letters, headBeforeSign(letters)].find((t) => t !== undefined && (signed.has(t) || unsureOnly.has(t)));
    if (token === undefined) return;
    const languages = signed.get(token);
    if (!languages && !firstReadUnsure(word)) return;
    const unsigned = innerSign(word) ? [...NAME_LANGUAGES] : TURKISH_POLISH;
    found.push({ wordIndex, bbox: word.bbox, languages: languages ? NAME_LANGUAGES.filter((l) => languages.has(l)) : unsigned, distance: near ? distanceToBox(word, near) : 0 });
  });
  return found
    .sort((x, y) => x.distance - y.distance)
    .slice(0, MAX_WORDS_PER_PAGE)
    .map(({ wordIndex, bbox, languages }) => ({ wordIndex, bbox, languages }));
}

/** The letters of a word before a sign inside it, at least two ("lefe" of "lefe&vre"); undefined without such a sign. */
function headBeforeSign(letters: string): string | undefined {
  const at = [...letters].findIndex((c) => SIGN.test(c));
  return at >= 2 ? [...letters].slice(0, at).join('') : undefined;
}

/** Below this first-read confidence a name word is read again whatever its name looks like (lost umlaut dots, a glyph the model did not know). */
const UNSURE_BELOW = 0.85;

/** A word the first read was unsure of, or wrote with a sign inside: a mark, or a capital after a small letter ("KovaCevic", "SneZana"). */
function firstReadUnsure(word: Word): boolean {
  return word.confidence < UNSURE_BELOW || innerSign(word) || /\p{Ll}\p{Lu}/u.test(inner(word));
}

/** Whether the first read wrote a sign inside a word ("Wis$niewska", "Lefe&vre"). */
function innerSign(word: Word): boolean {
  return /[^\p{L}'’-]/u.test(inner(word));
}

/** A word without the signs around it. */
function inner(word: Word): string {
  return split(word.text, word.text).letters;
}

/** Whether a word is a known name spelled with a letter outside German: of KNOWN_FOREIGN_NAMES, or a given name of the lexicon. */
function isKnownSpelling(word: string): boolean {
  return KNOWN_FOREIGN_NAMES.has(word) || (givenNameSpellings(word).includes(word) && hasLetterOutsideGerman(word));
}

/** The known names by their fuzzyKey: the spellings the German model's reading of each stands for. */
const KNOWN_BY_KEY: ReadonlyMap<string, readonly string[]> = [...KNOWN_FOREIGN_NAMES.keys()].reduce(
  (byKey, name) => byKey.set(fuzzyKey(name), [...(byKey.get(fuzzyKey(name)) ?? []), name]),
  new Map<string, string[]>(),
);

/**
 * The languages of the known names (KNOWN_FOREIGN_NAMES) a word is as the German model writes it: without its
 * letters, or with a confused one ("Matgorzata").
 */
function knownNameLanguages(letters: string): NameLanguage[] {
  const exact = KNOWN_BY_KEY.get(fuzzyKey(letters))?.at(-1);
  if (exact) return [KNOWN_FOREIGN_NAMES.get(exact)!];
  const word = letters.toLowerCase();
  return [...KNOWN_FOREIGN_NAMES].filter(([name]) => mergeForeignLetters(word, name.toLowerCase()) !== null).map(([, lang]) => lang);
}

/**
 * Family-name endings and the languages they are a sign of: Polish (-ski, -cka, -wicz, -czyk, -czak) and Turkish
 * (-oğlu), whose names often hold ł ń ś ż or ğ ı ş; Romanian (-escu, -așcu, -eanu, -anu, -aru: ă ș ț); South
 * Slavic (-ić, -vić, read -ic: č ć đ š ž).
 */
const FAMILY_ENDINGS: readonly (readonly [RegExp, readonly NameLanguage[]])[] = [
  [/(?:sk[aiy]|ck[aiy]|wicz|czyk|czak|o[gğ]lu)$/iu, ['tur', 'pol']],
  [/\p{L}{2}(?:escu|[aă][sșş]cu|eanu|anu|aru)$/iu, ['ron']],
  [/\p{L}{3}i[cćč]$/iu, ['hrv']],
];

/**
 * The name languages whose letters a name shows a sign of (NAME_LANGUAGES order), none for a German name: a
 * known name without its letters ("Sahin", "Wisniewska", "Traore"), a given name of a name language that
 * is not also German ("Ayse", "Grzegorz", "Mădălina", "Snežana", "Aïcha"), a family-name ending (FAMILY_ENDINGS).
 * Turkish and Polish go together: their readings are weighed against each other (acuteForUmlaut), and a Turkish
 * given name makes the family name likely Turkish too, which is why every word of the name is read.
 */
export function nameLanguagesOf(name: string): NameLanguage[] {
  const languages = new Set<NameLanguage>();
  for (const token of name.split(/\s+/)) {
    const letters = pageCore(token).letters;
    const signs = [
      ...knownNameLanguages(letters),
      ...new Set([letters, ...letters.split('-')].flatMap(givenNameLanguages)),
      ...FAMILY_ENDINGS.filter(([ending]) => ending.test(letters)).flatMap(([, langs]) => langs),
    ];
    for (const lang of signs) for (const each of lang === 'tur' || lang === 'pol' ? TURKISH_POLISH : [lang]) languages.add(each);
  }
  return NAME_LANGUAGES.filter((lang) => languages.has(lang));
}

/**
 * Whether a name is likely read without letters it is spelled with: a word is a known name or given name of the
 * lexicon spelled with a letter outside German, but not the way it was read ("Celik" for Çelik, "Madalina" for
 * Mădălina; "Stefan" is a spelling of its own); a Romanian or South Slavic family-name ending with none of that
 * language's letters in the name ("Rädulescu" for Rădulescu, "Hadzic" for Hadžić, "Turcanu" for Țurcanu); a
 * Turkish or Polish name (nameLanguagesOf) with none of either language's letters ("Mehmet Ali Demirtas" for
 * Demirtaş); or a Vietnamese given name ("Thu Hä Pham" for Thu Hà Phạm), whose tone marks even a second read misses.
 * On a scan, such a name is not sure.
 */
export function lacksKnownLetters(name: string): boolean {
  const words = name.split(/[\s-]+/).map((token) => pageCore(token).letters);
  const spelledOtherwise = (word: string) => {
    const spellings = [...givenNameSpellings(word), ...(KNOWN_BY_KEY.get(fuzzyKey(word)) ?? [])];
    return !spellings.includes(word) && spellings.some((spelling) => /[^A-Za-zÄÖÜäöüß]/.test(spelling));
  };
  const endingWithout = (word: string) => FAMILY_ENDINGS.some(([ending, langs]) => ending.test(word) && langs.every((lang) => !TURKISH_POLISH.includes(lang) && ![...name].some((c) => ALPHABET[lang].includes(c))));
  if (words.some((word) => spelledOtherwise(word) || endingWithout(word) || isVietnameseGivenName(word))) return true;
  // A Turkish or Polish name with none of the letters of either language ("Mehmet Ali Demirtas" for Demirtaş).
  const languages = nameLanguagesOf(name);
  return languages.length > 0 && languages.every((lang) => TURKISH_POLISH.includes(lang)) && ![...name].some((c) => TURKISH_POLISH_LETTERS.includes(c));
}

/** Letters that may stand for a foreign one: the base letters and the letters of the confusions. */
const BASE_LETTERS = new Set([...FOREIGN_TO_BASE.values(), ...[...CONFUSED_WITH.values()].flat().flatMap((s) => [...s])]);

function distanceToBox(word: Word, box: BBox): number {
  const cx = (word.bbox[0] + word.bbox[2]) / 2;
  const cy = (word.bbox[1] + word.bbox[3]) / 2;
  const dx = Math.max(box[0] - cx, 0, cx - box[2]);
  const dy = Math.max(box[1] - cy, 0, cy - box[3]);
  return Math.hypot(dx, dy);
}

/**
 * The page with the accents of the second reads put into the target words (punctuation around a word kept);
 * null when no word changed.
 */
export function withForeignLetters(page: Page, targets: NameWordTarget[], rereads: (Reread | null)[]): Page | null {
  const merges = new Map<number, string>();
  // Words spelled from the name list (knownSpelling) on a reading too unsure to trust alone.
  const unsure = new Set<number>();
  targets.forEach((target, i) => {
    const reread = rereads[i];
    const word = page.words[target.wordIndex];
    if (!reread || !word) return;
    const letters = pageCore(word.text).letters;
    // The word of the second read that spells the same name with accents, the most confident where the
    // languages read it differently; specks of the neighbours ("|", "I", "ı") that came in with the margin
    // are passed over.
    const merged =
      reread.words
        .filter((w) => w.confidence >= MIN_REREAD_CONFIDENCE)
        .sort((x, y) => y.confidence - x.confidence)
        .map((w) => {
          const merged = mergeForeignLetters(letters, inItsSpelling(w), confusionTrusted(w, letters, word.confidence, reread.words), outreads(w, word));
          if (!merged) return null;
          const added = addedLetters(letters, merged);
          // A model adds only letters of its language (or umlauts): the Polish model's "Josć" is no Polish name.
          if (w.lang && !added.every((c) => ALPHABET[w.lang!].includes(c) || ALPHABET.deu.includes(c))) return null;
          // An umlaut the German model could have written but did not, in a word it read more confidently
          // ("Uwe" 0.93; Turkish "Üwe" 0.61), stays out.
          return added.some((c) => ALPHABET.deu.includes(c)) && w.confidence < word.confidence ? null : merged;
        })
        .find((m) => m !== null) ?? acuteForUmlaut(letters, reread.words, word.confidence);
    if (merged) {
      merges.set(target.wordIndex, merged);
      return;
    }
    const known = knownSpelling(letters, reread.words);
    if (known) {
      merges.set(target.wordIndex, known);
      unsure.add(target.wordIndex);
    }
  });
  // A name written twice on the page ("Rüdiger Koç und Ayşe Koç") is one name: an accent read in one place
  // goes to the other places the second read saw less well, unless two places disagree.
  const byLetters = new Map<string, Set<string>>();
  const unsureLetters = new Set<string>();
  for (const [index, merged] of merges) {
    const letters = pageCore(page.words[index]!.text).letters;
    byLetters.set(letters, (byLetters.get(letters) ?? new Set()).add(merged));
    if (unsure.has(index)) unsureLetters.add(letters);
  }
  for (const target of targets) {
    if (merges.has(target.wordIndex)) continue;
    const letters = pageCore(page.words[target.wordIndex]!.text).letters;
    const spellings = byLetters.get(letters);
    if (spellings?.size !== 1) continue;
    merges.set(target.wordIndex, [...spellings][0]!);
    if (unsureLetters.has(letters)) unsure.add(target.wordIndex);
  }
  if (merges.size === 0) return null;
  const words = page.words.map((word, index) => {
    const merged = merges.get(index);
    if (merged === undefined) return word;
    const parts = pageCore(word.text);
    const confidence = unsure.has(index) ? Math.min(word.confidence, KNOWN_SPELLING_CONFIDENCE) : word.confidence;
    return { ...word, text: parts.before + merged + parts.after, confidence };
  });
  return { ...page, words };
}
