import { isGivenNameWord } from '../extract/given-names.js';
import { findDates, MONTH_WORD } from './date.parser.js';

export interface ParsedTenant {
  name: string;
  birthDate: string | null;
}

/**
 * The words that address a person before the name, as a pattern source: "Herr", "Herrn", "Frau", and "Herrn" as
 * OCR reads it in small or faxed print, its "rn" run together into an "m" ("Herm Sven Müller"). Before a name,
 * "Herm" is that misread title, not a name.
 */
export const ADDRESS_TITLE = String.raw`Herrn?|Herm|Frau`;
/**
 * Where a person's birth date is announced, with the words up to the date: "geb.", "geboren am", and the asterisk forms
 * print ("(* 05.10.74)", "* 05.10.74"). A pattern source, for the parser here and the party sections.
 */
export const BIRTH_MARK = String.raw`(?:\bgeb(?:oren|\.)?|\(?\s*\*\s*(?=\d))\s*(?:am\s*)?`;
const BIRTH = new RegExp(BIRTH_MARK, 'i');
/**
 * What closes a list's number, as a pattern source: "1.", "2)", "3.)", with a space before it or none. Used wherever a
 * list of persons is read (here and in the party sections).
 */
export const LIST_MARK = String.raw`\s?(?:\.?\)|\.)`;
/** Academic titles inside an entry, also after the comma of "Family, Given" ("Nowak, Dr. Michał", "Prof. Dr. Eva Roth"). */
const ACADEMIC_TITLE = /(?<![\p{L}.-])(?:Prof\.|Dr\.(?:\s?(?:med|jur|phil|rer\.\s?nat)\.)?|Dipl\.-\p{L}+\.?)\s*/gu;
/** The particles that start a family name ("van der Meer", "De Luca", "El Khatib", "Lo Presti"; in capitals as forms print the family name: "VAN DER MEULEN"), as a pattern source. */
export const FAMILY_PARTICLE = String.raw`(?:[Vv]on|[Vv]an|[Dd]e|[Dd]i|[Dd]u|zu|der|den|[Ll]a|[Ll]e|[Dd]a|ter|vom|[Aa]l|[Ee]l|Lo|VON|VAN|DE|DI|DU|ZU|DER|DEN|LA|LE|DA|TER|VOM|AL|EL|LO)`;
/**
 * Where one person of a list ends and the next begins: a list number, "und", "&", ";", " / ", a comma before a title
 * or a whole name, after a whole name (a particle and one word that start an entry are a family name: "De Luca, Ana
 * Paula").
 */
const PERSON_SEPARATOR = new RegExp(
  String.raw`(?:^|[,;]?\s)\d{1,2}${LIST_MARK}\s+|\s+und\s+|\s+u\.\s+|\s*&\s*|;\s*|\s+\/\s+|,\s+(?=(?:Herrn?|Frau)\b)|(?<=\p{L}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)(?<!(?:(?:^|[,;:(])\s*|\d[.)]\s*|(?:Herrn?|Frau)\s+)${FAMILY_PARTICLE}\s+\p{Lu}[\p{L}'’-]+),\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[^\s,]*\s*(?:,|$|geb|\p{Ll}))`,
  'u',
);
/** Titles before a name, whole words only: "Frauke", "Hermann" and "Herrmann" are names. */
const TITLES = new RegExp(String.raw`\b(?:(?:${ADDRESS_TITLE}|Eheleute|Ehepaar|Geschwister)(?!\p{L})|Fr\.|Hr\.|Dr\.|Prof\.|Dipl\.-[A-Za-zäöü]+\.?|Dipl\.|med\.|rer\.\s?nat\.|jur\.|Ing\.)\s*`, 'gu');
const ROLE = new RegExp(String.raw`\b((?:weitere[rn]?\s+)?Beteiligte[rn]?|Beklagte[rn]?|beklagte Partei|Mieter(?:in|innen)?|Schuldner(?:in)?|Räumungsschuldner(?:in)?)\s*(zu\s*\d+${LIST_MARK}?)?\s*:?`, 'gi');
/** The labels of a name's field or column ("Name:", "Name, Vorname", "Familienname / Vorname"): never part of a name. */
const NAME_LABEL = /\b(?:Vor|Nach|Familien|Zu)?[Nn]ame(?:\s*[,/]\s*(?:Vor|Nach)?[Nn]ame)?\b\s*:?/g;
const NOISE = /\b(gesamtschuldnerisch|als Gesamtschuldner|beide|jeweils|sowie|vertreten durch.*$)\b/gi;
const NOT_A_NAME = /\b(GmbH|AG|KG|eG|mbH|Amtsgerichts?|Gerichts?|Gerichtsvollzieher\p{L}*|Rechtsanw\p{L}*|Jobcenters?|Sozialamt|Straße|Str\.|Wohnung|Klage|Kläger\p{L}*|Landkreis|Kreis|Stadt|Genossenschaft|Verwaltung|Partei|Direktor\p{L}*|Richter\p{L}*|Präsident\p{L}*|Prozessbevollm\p{L}*|OG|DG|Obergeschoss|Erdgeschoss|Dachgeschoss|Untergeschoss|Etage|Hinterhaus|Vorderhaus|Seitenflügel|Souterrain)\b/iu;
/** Whether each part of a (double) word is a given name of the lexicon ("Klaus-Dieter", "Ute"). */
const isGivenNameEachPart = (word: string) => word.split('-').every(isGivenNameWord);
/** Two or more single given names in a comma list that goes on with "und" and a name. */
const GIVEN_NAME_LIST = /(?<![\p{L}-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:,\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)+(?=\sund\s\p{Lu})/gu;
/** Small words inside a name ("van der Meer", "al-Hassan"): kept, never a name on their own. */
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'du', 'zu', 'zur', 'zum', 'der', 'den', 'la', 'le', 'da', 'dos', 'ter', 'vom', 'al', 'el', 'bin', 'ibn']);
const NAME_TOKEN = /^(?:(?:al|el|ben|bin|abu|ibn)-)?\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]*)*\.?$/u;

/**
 * OCR reads an S with a hook or accent (Ş, ś) as "$" or as "s$": "$ahin", "Wis$niewska" (Wiśniewska).
 * After an s the "$" is the accent's speck; elsewhere inside a word an s, at its start an S; a "$" beside
 * digits (an amount) stays.
 */
export function repairDollarS(text: string): string {
  return text
    .replace(/(?<=[sS])\$(?=\p{L})/gu, '')
    .replace(/(?<=\p{L})\$(?=\p{L})/gu, 's')
    .replace(/(?<![\p{L}\d])\$(?=\p{Ll}{2})/gu, 'S');
}

/**
 * OCR's misread letters in names: "$" for an S with a hook (repairDollarS), "]" or ")" for a final j ("Serge]",
 * "Serge)" for Sergej), zero for a first O ("0lga"), "!" for an l or ł at a word's end ("Pawe!", "Pawe!t"),
 * "!" or "|" for a first I ("!wanow", "!)wanowa", "|wanowa"), and "ss" for the s of a Polish "-ski"/"-ska"
 * ("Lewandowsski", "Dabrowsski": the German model's reading of a tightly set "sk"; Polish writes no "ssk").
 * A first capital I read as a small l ("lonut", "lbrahim": the two look alike in sans-serif type) is mended only
 * where the mended word is a given name of the lexicon, or a family name written before a given name of it
 * ("lonescu, loana"), so "laut" or "lebt" stay as they are.
 * Used on a tenants block and on a single word of the page (the second read of names looks for the words so).
 */
export function repairNameLetters(text: string): string {
  return repairDollarS(text)
    .replace(/(?<![\p{L}\d])l(\p{Ll}{3,})(?!\p{L})/gu, (word, rest: string) => (isGivenNameWord(`I${rest}`) ? `I${rest}` : word))
    // A family name written first ("lonescu, Ioana"): no family name starts with a small letter but a particle.
    .replace(/(?<![\p{L}\d])l(\p{Ll}{3,})(?=,\s*(\p{Lu}\p{Ll}+))/gu, (word, rest: string, given: string) => (isGivenNameWord(given) ? `I${rest}` : word))
    .replace(/(?<=\p{Ll})ss(?=k[aiy](?!\p{L}))/gu, 's')
    .replace(/(?<=\p{Ll})\](?=[\s,.;]|$)/gu, 'j')
    // ")" too, unless it closes a bracket ("(geb. Meier)").
    .replace(/(?<=\p{Ll})\)(?=[\s,.;]|$)/gu, (bracket, at: number, all: string) => (unclosed(all.slice(0, at)) ? bracket : 'j'))
    .replace(/(?<![\p{L}\d])0(?=\p{Ll}{2})/gu, 'O')
    .replace(/(?<=\p{Lu}\p{Ll}+)!(?=t?(?:[\s,;.]|$))/gu, 'l')
    .replace(/(?<![\p{L}\d!|])[!|]\)?(?=\p{Ll}{2})/gu, 'I');
}

/** Whether a text leaves a round bracket open. */
function unclosed(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** "MÜLLER-LÜDENSCHEIDT" → "Müller-Lüdenscheidt"; mixed-case tokens stay as written. */
function fromCaps(token: string): string {
  if (token.length < 3 || token !== token.toUpperCase()) return token;
  return token
    .split('-')
    .map((p) => p.charAt(0) + p.slice(1).toLowerCase())
    .join('-');
}

/** Particles written small in a name (German and Dutch: "von der Heyde", "van Dijk"); the others start with a capital ("Di Stefano", "Al Ahmad"). */
const SMALL_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'vom', 'zu', 'zum', 'zur', 'der', 'den', 'ter']);

/** A particle printed in capitals as names are written ("VON DER HEYDE" → "von der"; "DI" → "Di"). */
function particleFromCaps(token: string): string {
  if (token !== token.toUpperCase()) return token;
  const small = token.toLowerCase();
  return SMALL_PARTICLES.has(small) ? small : small.charAt(0).toUpperCase() + small.slice(1);
}

/**
 * "Mustermann, Max" (court forms list the family name first) → "Max Mustermann", also with two given names
 * ("Großmann, Maik Jürgen"); a family name may start
 * with a particle, also a capitalised one ("Di Stefano, Ayşe", "de Vries, Rüdiger").
 */
function surnameFirst(text: string): string {
  return text.replace(
    SURNAME_FIRST,
    (_m, lead: string, family: string, given: string) => `${lead}${given} ${family}`,
  );
}

/** A date's day and month, the month as a number or by name ("14.11.", "1. Januar"), as a pattern source. */
export const DAY_MONTH = String.raw`\d{1,2}\.\s?(?:\d{1,2}\.|(?:${MONTH_WORD.slice(1, -1)})(?!\p{L}))`;

/** A capitalised word of a name, hyphenated parts included. */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** A family name's word, also in capitals as forms print it ("YILMAZ, Ayşe"). */
const FAMILY_WORD = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?`;
/** What may follow a person's name in an entry: a comma, the end, the birth date ("geb.", "(* …", "* …", the date alone, its month also by name). */
const ENTRY_GOES_ON = String.raw`(?=\s*(?:,|$|geb|\(?\s*\*|${DAY_MONTH}))`;
/** "Family, Given" at an entry's start, after a list number or a title. */
const SURNAME_FIRST = new RegExp(String.raw`^(\s*(?:\d{1,2}${LIST_MARK}\s*)?(?:(?:Herrn?|Frau|Dr\.)\s+)*)((?:${FAMILY_PARTICLE}\s+)*${FAMILY_WORD}),\s+(${WORD}(?:\s${WORD})?)${ENTRY_GOES_ON}`, 'u');
/**
 * A family name of two words written first ("Lo Bianco, Maria Grazia", "Lo Presti, Giuseppe"): told from two whole
 * names in a comma list ("Anna Schmidt, Max Müller", "Jetmir Krasniqi, Ana Krasniqi") by the given-name lexicon: every
 * word after the comma is a given name, no word before it is.
 */
const TWO_WORD_FAMILY_FIRST = new RegExp(String.raw`(^\s*|[;(]\s*|\d{1,2}${LIST_MARK}\s+|\bund\s+)(${FAMILY_WORD}\s${FAMILY_WORD}),\s+(${WORD}(?:\s${WORD})?)${ENTRY_GOES_ON}`, 'gu');

/** A comma list of single words ("Al-Hassan, Ahmad, Al-Hassan, Rania"), told apart into persons by surnameFirstPairs. */
const WORD_LIST = new RegExp(String.raw`${FAMILY_WORD}(?:,\s${FAMILY_WORD}){3,}(?!\p{L})(?!,\s*\p{Lu})`, 'gu');

/**
 * Persons written family name first in one comma list ("Al-Hassan, Ahmad, Al-Hassan, Rania"): where the words
 * alternate between a family name and a given name of the lexicon, each pair is one person (a semicolon parts them).
 */
function surnameFirstPairs(text: string): string {
  return text.replace(WORD_LIST, (list) => {
    const words = list.split(/,\s/);
    if (words.length % 2 || !words.every((w, i) => isGivenNameEachPart(w) === (i % 2 === 1))) return list;
    return words.flatMap((w, i) => (i % 2 ? [] : [`${w}, ${words[i + 1]}`])).join('; ');
  });
}

function twoWordFamilyFirst(text: string): string {
  return text.replace(TWO_WORD_FAMILY_FIRST, (match, lead: string, family: string, given: string) =>
    given.split(' ').every(isGivenNameEachPart) && !family.split(' ').some(isGivenNameEachPart) ? `${lead}${given} ${family}` : match,
  );
}

/** German words that start sentences and phrases and are never part of a name ("Gegen Ihre Person", "Den Beschluss"). */
const FUNCTION_WORDS = new Set(
  ('der die das den dem des ein eine einen einem einer eines sie ihr ihre ihren ihrem ihrer ihres ihnen wir uns euch es er sich mit von zu ' +
    'im in am an auf für durch gegen über unter nach vor bei aus dieser diese dieses diesem diesen jede jeder jedes alle beide wenn dass ob ' +
    'hiermit hierbei sowie und oder aber auch nur noch schon sehr bitte mit freundlichen grüßen sehr geehrte geehrter hochachtungsvoll ' +
    'um zum zur vom beim wird werden wurde ist sind hat haben kann können soll muss gemäß laut wegen seit bis ab als wie so').split(' '),
);

/** Small words that may follow "Herr"/"Frau" in a sentence and are no first name. */
const NOT_A_FIRST_NAME = new Set(['und', 'oder', 'bzw', 'geb', 'verh', 'wohnhaft', 'sowie', 'als', 'sind', 'ist', 'hat', 'wird']);

function cleanOne(raw: string): string | null {
  const tokens = raw
    // OCR's small first letter of a first name right after the title ("Frau tucja Celik": the German model
    // read Ł as t); the second read of names can then give it its letter back ("Łucja").
    .replace(/\b(Herrn?|Frau)\s+(\p{Ll}{3,})(?=\s+\p{Lu})/gu, (match, title: string, first: string) =>
      PARTICLES.has(first) || NOT_A_FIRST_NAME.has(first) ? match : `${title} ${first.charAt(0).toUpperCase()}${first.slice(1)}`,
    )
    .replace(TITLES, ' ')
    .replace(/[,;:()]/g, ' ')
    .split(/\s+/)
    // A quote mark of the scan before or after a name ("Lucja’"), unlike the apostrophe inside one (O’Brien).
    // A hyphen after the last letter: OCR's reading of a comma or a speck, or a line's hyphen that led nowhere.
    .map((t) => t.replace(/^[’'‘‚`´]+|[’'‘`´]+$/gu, '').replace(/(?<=\p{L})-+$/u, ''))
    .filter(Boolean);
  const kept: string[] = [];
  for (const t of tokens) {
    if (PARTICLES.has(t.toLowerCase()) && kept.length > 0) {
      // A particle starts the family name after the given names ("Kevin zur Nieden", "Maik Jürgen von Berg", "van
      // der Meer"); after a family name it is the sentence's preposition ("Frau Anna Schmidt zur Kenntnis").
      const last = kept[kept.length - 1]!;
      // A capitalised one may begin or be the family name itself ("Rosaria Di Stefano", "Duc Anh Le").
      if (kept.length === 1 || /^\p{Lu}/u.test(t) || PARTICLES.has(last.toLowerCase()) || kept.every(isGivenNameEachPart)) kept.push(particleFromCaps(t));
      else break;
    }
    else if (FUNCTION_WORDS.has(t.toLowerCase())) {
      if (kept.length >= 2) break;
      kept.length = 0;
    } else if (NAME_TOKEN.test(t) && !/\.$/.test(t)) kept.push(fromCaps(t));
    else if (kept.length >= 2) break;
    // A word that is no name after a single one ("Sehr geehrte Frau …"): what came before was no name either.
    else kept.length = 0;
  }
  // A particle ends no name ("… van"), but a capitalised one may be the family name itself ("Duc Anh Le").
  while (kept.length && PARTICLES.has(kept[kept.length - 1]!)) kept.pop();
  if (kept.length < 2) return kept.length === 1 ? kept[0]! : null;
  return kept.join(' ');
}

/**
 * A numeric date whose day or month starts with OCR's 9, 8 or 6 for a 0 ("geb. 93.12.1991" on a fax): no day
 * or month starts so, so the digit can only be a misread 0. Used where the date as read is no date at all.
 */
function leadingZeroRepaired(text: string): string {
  return text
    .replace(/(?<![\d.])[689](\d)(?= ?\. ?\d{1,2} ?\. ?\d{2,4}(?!\d))/, '0$1')
    .replace(/(?<=(?<![\d.])\d{1,2} ?\. ?)[689](\d)(?= ?\. ?\d{2,4}(?!\d))/, '0$1');
}

/** A dot that ends a title's abbreviation ("Dr.", "Dipl.", "med.") is no speck between the parts of a name. */
const NOT_AN_ABBREVIATION = String.raw`(?<!\b(?:Prof|Dipl|Ing|Dr|Fr|Hr|med|jur|nat|rer))`;
/** A speck's dot between given and family name ("Gül.Sahin"). */
const SPECK_IN_NAME = new RegExp(String.raw`${NOT_AN_ABBREVIATION}(?<=\p{Lu}\p{Ll}+)\.(?=\p{Lu}\p{Ll})`, 'gu');
/** A speck's dot after a given name, before the family name that ends the entry ("Marius. Turcanu, geb. …", "Rosaria. De Luca: geboren …"). */
const SPECK_BEFORE_FAMILY_NAME = new RegExp(String.raw`${NOT_AN_ABBREVIATION}(?<=(?:^|\s)\p{Lu}\p{Ll}{2,})\.(?=\s(?:${FAMILY_PARTICLE}\s)*\p{Lu}[\p{Ll}'’-]+(?:\s*[,:]|\s+geb|\s*$))`, 'gu');

/**
 * Tenant names from a text block: titles removed, particles and double names kept,
 * "1. Max Mustermann, 2. Erika Mustermann" and "Max und Erika Mustermann" split,
 * "geb. 03.04.1971" read as the birth date.
 */
export function parseNames(text: string): ParsedTenant[] {
  // A speck between given and family name ("Gül.Sahin", not after a title's abbreviation) or after a particle
  // ("de. Vries"); a speck of a table ruling after the last name ("Krüger, Svetlana⇥."); a semicolon for the
  // comma before "geb." ("Kuznetsov; geb. 02.03.1978"), which would otherwise part a person from the birth date.
  const flat = repairNameLetters(text)
    .replace(ACADEMIC_TITLE, '')
    .replace(/(?<=(?:^|\s)(?:von|van|de|di|du|zu|der|den|la|le|da|dos|ter|vom))\.(?=\s+\p{Lu})/gu, '')
    .replace(/;(?=\s*geb(?:oren|\.)?\s)/g, ',')
    // Specks beside a comma ("Kleinjung,. Marco", "Kaya.,Emre"): the comma.
    .replace(/(?<=\p{L})[.'‘’\x60´]*,[.'‘’\x60´]+|(?<=\p{Ll})[.'‘’\x60´]+,/gu, ',')
    .replace(SPECK_IN_NAME, ' ')
    // … or before the family name that ends the entry ("Marius. Turcanu, geb. 12.08.1969").
    .replace(SPECK_BEFORE_FAMILY_NAME, '')
    .replace(/\s+[.,;:'‘’`´|_]+\s*$/u, '')
    .replace(/\s+/g, ' ')
    // Given names sharing the family name that ends their list ("Klaus-Dieter, Ute und Jessica Wagner"): the
    // list's commas are its "und", so each borrows the family name as a couple's first name does.
    .replace(GIVEN_NAME_LIST, (list) => (list.split(/,\s+/).every(isGivenNameEachPart) ? list.replace(/,\s+/g, ' und ') : list))
    .replace(ROLE, ' ')
    .replace(NAME_LABEL, ' ')
    .replace(NOISE, ' ')
    // OCR's semicolon for the comma of "Family, Given": one family name, one given name, then a comma, "geb."
    // or the end ("Wöjcik; Uwe, geb. …"); a semicolon between two persons has a whole name before it ("Kaya, Ama; Kaya, Emre").
    .replace(/(?<![\p{L},-] ?)(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?); (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:,|$|geb))/gu, '$1, ');
  const ordered = twoWordFamilyFirst(surnameFirstPairs(flat));
  // Each person of a list may be written family name first ("1. Müller, Max, geb. … 2. Schmidt, Erika, geb. …").
  const parts = ordered
    .split(PERSON_SEPARATOR)
    .map((p) => surnameFirst(p.trim()))
    .filter(Boolean);
  const out: ParsedTenant[] = [];
  for (const part of parts) {
    const birth = BIRTH.exec(part);
    let namePart = part;
    let birthDate: string | null = null;
    if (birth) {
      namePart = part.slice(0, birth.index);
      const after = part.slice(birth.index);
      birthDate = findDates(after)[0]?.iso ?? findDates(leadingZeroRepaired(after))[0]?.iso ?? null;
    }
    namePart = namePart.split(/,\s*|\s+wohnhaft\b|\s+in\s+\d/)[0] ?? '';
    // The name as read up to the first word that is none; then checked ("Herrn Marcel Weiß habe ich aufgrund des
    // Urteils des Amtsgerichts …" is Marcel Weiß, not dropped for the court named later).
    const name = cleanOne(namePart.split(/\d/)[0]!);
    if (!name || NOT_A_NAME.test(name)) continue;
    out.push({ name, birthDate });
  }
  // "Max und Erika Mustermann": a lone first name joined by "und" to the next person borrows that one's family name;
  // a lone word elsewhere is what is left of a name OCR half lost, and is dropped.
  const couples = new Set([...flat.matchAll(/(?:^|[\s(])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=\s+(?:und|u\.|&)\s+\p{Lu})/gu)].map((m) => m[1]!));
  // From the end, so a list of first names borrows the family name along the chain.
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!.name.split(' ');
    // The family name is the last word, with the particles before it ("van der Meer"); a second given name stays.
    if (!cur.name.includes(' ') && next.length > 1 && couples.has(cur.name)) {
      let first = next.length - 1;
      while (first > 1 && PARTICLES.has(next[first - 1]!.toLowerCase())) first--;
      cur.name = `${cur.name} ${next.slice(first).join(' ')}`;
    }
  }
  return out.filter((t) => t.name.includes(' '));
}
