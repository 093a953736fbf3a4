import type { BBox, Page, Word } from '../page.js';
import { repairDollarS, repairNameLetters } from '../parse/name.parser.js';
import { fuzzyKey } from './fuzzy.js';
import { isNameLanguageGivenName, isVietnameseGivenName } from './given-names.js';
import { KNOWN_FOREIGN_NAMES } from './name-lexicon.js';

/**
 * Tenants' names with letters outside the German alphabet (Şahin, Yıldız, Łucja, Wróbel) come out of the
 * German OCR model without their accents: its alphabet has no ş ı ł ą. A second read of just the name's
 * words with models that have them can give the accents back. The rules here decide which words to read
 * again and what to take from the second read: only an accent on the same base letter (or, from a confident
 * second read, a foreign letter the German model is known to take for another: t for ł, h for ń), never any
 * other change, so a second read can give a name its accents but never turn it into another name.
 */

/**
 * Letters the second read may restore (Turkish and Polish, the name languages), each with the bare letter the
 * German model reads in its place. Umlauts are here too: on photos and faxes the German model sometimes loses
 * their dots ("Oztürk"). ó where the German model read ö ("Wöjcik") has a rule of its own (acuteForUmlaut).
 */
const FOREIGN_TO_BASE: ReadonlyMap<string, string> = new Map(
  // Not İ: the dot over a capital I is too small to read on a scan; the Turkish model put it on "Iwanow".
  [...'çğışÇĞŞąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜ'].map((letter) => [letter, baseLetter(letter)] as const),
);

function baseLetter(letter: string): string {
  if (letter === 'ı') return 'i';
  if (letter === 'ł') return 'l';
  if (letter === 'Ł') return 'L';
  return letter.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Other letters the German model reads in place of a foreign one, from the eval's failures: ł as t, tl, lt or i
 * ("Matgorzata", "Matlgorzata", "Pawetl", "Pawelt", "Maigorzata"), a first Ł as t or Lt ("tucja", "Ltucja"), ń
 * as h, ni or hn ("Zielihska", "Zieliniska", "Zielihnska"), ğ as gd, dg, gj, jd, d or j ("Dogdan", "Dodgan",
 * "Dogjan", "Dojdan", "Dodan", "Dojan"); and on photos an umlaut twice, with and without its dots ("Muüller").
 * Taken only from a trusted second read (confusionTrusted).
 */
const CONFUSED_WITH: ReadonlyMap<string, readonly string[]> = new Map([
  ['ł', ['t', 'tl', 'lt', 'i']],
  ['Ł', ['t', 'T', 'Lt']],
  ['ń', ['h', 'ni', 'hn']],
  ['ğ', ['gd', 'dg', 'gj', 'jd', 'd', 'j']],
  ['ü', ['uü', 'üu']],
  ['ö', ['oö', 'öo']],
  ['ä', ['aä', 'äa']],
]);
/** A second read this confident is trusted with a confused letter. */
const MIN_CONFUSION_CONFIDENCE = 0.8;
/** A less confident one only when it is at least this confident and beats every other reading by CONFUSION_MARGIN. */
const MIN_WINNING_CONFUSION_CONFIDENCE = 0.65;
const CONFUSION_MARGIN = 0.08;

/** The foreign letters each model can write: a reading by a model without the letter is no vote against it. */
const ALPHABET: Readonly<Record<string, string>> = {
  deu: 'äöüÄÖÜß',
  tur: 'çğıöşüÇĞİÖŞÜ',
  pol: 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ',
};

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
  const couldWrite = (lang: string) => added.length === 0 || added.some((c) => ALPHABET[lang]?.includes(c));
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
    /** The name language whose model read it ('tur', 'pol'), where known. */
    lang?: string;
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
 * A name of KNOWN_FOREIGN_NAMES that a second reading spells, at any confidence, where the German reading
 * `letters` is that name without its foreign letters (as mergeForeignLetters allows, and ó read as ö):
 * "Lucja" + Polish "Łucja" (0.1), "Matgorzata" + "Małgorzata" (0.2). Null when no reading spells one.
 */
export function knownSpelling(letters: string, words: Reread['words']): string | null {
  const own = letters.normalize('NFC');
  const withoutUmlaut = own.replace(/ö/g, 'o').replace(/Ö/g, 'O');
  for (const word of words) {
    const spelling = core(word.text.normalize('NFC')).letters;
    if (!KNOWN_FOREIGN_NAMES.has(spelling)) continue;
    if (mergeForeignLetters(own, spelling) === spelling || mergeForeignLetters(withoutUmlaut, spelling) === spelling) return spelling;
  }
  return null;
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
 * the German model reads as another: CONFUSED_WITH); null when it adds none or differs in anything else.
 */
export function mergeForeignLetters(original: string, reread: string, confusions = true): string | null {
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
    const options = [FOREIGN_TO_BASE.get(other), ...(confusions ? (CONFUSED_WITH.get(other) ?? []) : [])];
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
}

/**
 * The words of `page` that spell the tenants' names and may hold a letter the German model cannot write: every
 * occurrence of each such word, nearest to the field's box first, at most MAX_WORDS_PER_PAGE in all. The second
 * read costs two more models and a read per word, so it is kept for the names that show a sign of such a letter
 * (mayHoldForeignLetters) and for words the first read was unsure of or wrote with a sign inside
 * ("Wis$niewska", "Pawe!"); "Anna Schneider" read at 0.95 is not read again. Words that could not carry a
 * foreign letter (no base letter of one) are left out.
 */
export function nameWordTargets(page: Page, names: string[], near: BBox | null): NameWordTarget[] {
  // In any case: the name parser capitalises a first name OCR read in lower case ("tucja" → "Tucja").
  const tokensOf = (name: string) =>
    name
      .split(/\s+/)
      .map((token) => pageCore(token).letters)
      .filter((token) => token.length >= 2 && [...token].some((c) => BASE_LETTERS.has(c)))
      .map((token) => token.toLowerCase());
  const every = new Set<string>();
  const unsureOnly = new Set<string>();
  for (const name of names) {
    const into = mayHoldForeignLetters(name) ? every : unsureOnly;
    for (const token of tokensOf(name)) into.add(token);
  }
  if (every.size === 0 && unsureOnly.size === 0) return [];
  const found: { wordIndex: number; bbox: BBox; distance: number }[] = [];
  page.words.forEach((word, wordIndex) => {
    const token = pageCore(word.text).letters.toLowerCase();
    if (every.has(token) || (unsureOnly.has(token) && firstReadUnsure(word))) {
      found.push({ wordIndex, bbox: word.bbox, distance: near ? distanceToBox(word, near) : 0 });
    }
  });
  return found
    .sort((x, y) => x.distance - y.distance)
    .slice(0, MAX_WORDS_PER_PAGE)
    .map(({ wordIndex, bbox }) => ({ wordIndex, bbox }));
}

/** Below this first-read confidence a name word is read again whatever its name looks like (lost umlaut dots, a glyph the model did not know). */
const UNSURE_BELOW = 0.85;

function firstReadUnsure(word: Word): boolean {
  const inner = /^[^\p{L}]*(.*?)[^\p{L}]*$/u.exec(word.text)?.[1] ?? '';
  return word.confidence < UNSURE_BELOW || /[^\p{L}'’-]/u.test(inner);
}

const KNOWN_FOREIGN_KEYS: ReadonlySet<string> = new Set([...KNOWN_FOREIGN_NAMES].map(fuzzyKey));

/** Whether a word is a known Turkish or Polish name as the German model writes it: without its letters, or with a confused one ("Matgorzata"). */
function isKnownForeignName(letters: string): boolean {
  if (KNOWN_FOREIGN_KEYS.has(fuzzyKey(letters))) return true;
  const word = letters.toLowerCase();
  for (const name of KNOWN_FOREIGN_NAMES) if (mergeForeignLetters(word, name.toLowerCase()) !== null) return true;
  return false;
}
/**
 * Family-name endings of languages whose letters no model here writes, read without them: Romanian (-escu, -eanu:
 * ă ș ț, read as ä s t) and South Slavic (-ić, -vić read as -ic: č ć đ š ž).
 */
const UNWRITTEN_LANGUAGE_ENDING = /(?:escu|eanu|ic)$/u;

/**
 * Whether a name holds a known Turkish or Polish name without the letters it is spelled with ("Celik" for Çelik,
 * "Sahin" for Şahin, "Ismail" for İsmail), or a name of a language none of the models can write ("Rädulescu" for
 * Rădulescu, "Hadzic" for Hadžić, "Thu Hä Pham" for Thu Hà Phạm): on a scan, the name is likely read without its letters.
 */
export function lacksKnownLetters(name: string): boolean {
  return name
    .split(/[\s-]+/)
    .some((word) => (!KNOWN_FOREIGN_NAMES.has(word) && KNOWN_FOREIGN_KEYS.has(fuzzyKey(word))) || (word.length > 4 && UNWRITTEN_LANGUAGE_ENDING.test(word)) || isVietnameseGivenName(word));
}

/** Family-name endings of Polish (-ski, -cka, -wicz, -czyk, -czak) and Turkish (-oğlu), whose names often hold ł ń ś ż or ğ ı ş. */
const NAME_LANGUAGE_ENDING = /(?:sk[aiy]|ck[aiy]|wicz|czyk|czak|o[gğ]lu)$/iu;

/**
 * Whether a name shows a sign of letters the German model cannot write: a word that is a known Turkish or
 * Polish name without its accents ("Sahin", "Wisniewska"), a Turkish, Kurdish, Polish or Czech given name that
 * is not also German ("Ayse", "Grzegorz"), or a Polish or Turkish family-name ending. Then all its words are read
 * again (a Turkish given name makes the family name likely Turkish too).
 */
export function mayHoldForeignLetters(name: string): boolean {
  return name.split(/\s+/).some((token) => {
    const letters = pageCore(token).letters;
    return isKnownForeignName(letters) || isNameLanguageGivenName(letters) || NAME_LANGUAGE_ENDING.test(letters);
  });
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
          const merged = mergeForeignLetters(letters, w.text, confusionTrusted(w, letters, word.confidence, reread.words));
          // An umlaut the German model could have written but did not, in a word it read more confidently
          // ("Uwe" 0.93; Turkish "Üwe" 0.61), stays out.
          return merged && addedLetters(letters, merged).some((c) => ALPHABET.deu!.includes(c)) && w.confidence < word.confidence ? null : merged;
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
