import type { Address, ExtractionWarning, Tenant } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import { findAddresses, namesFlatPlace, type AddressMatch } from '../parse/address.parser.js';
import { findDates } from '../parse/date.parser.js';
import { ADDRESS_TITLE, BIRTH_MARK, DAY_MONTH, LIST_MARK, parseNames, PARTICLES } from '../parse/name.parser.js';
import { wordsPattern } from '../parse/ocr-repair.js';
import { lacksKnownLetters } from './foreign-letters.js';
import { clamp, found, foundOver, type Found } from './found.js';
import { fuzzyKey, levenshtein } from './fuzzy.js';
import { evidenceOf } from './layout.js';
import { isGivenNameWord } from './given-names.js';
import { linksOf } from './links.js';
import { hasLetterOutsideGerman } from './name-lexicon.js';
import { ROLE_WEIGHTS } from './role-weights.js';
import { roleAt, type Section } from './sections.js';
import type { CueHit, Span, View } from './text-view.js';

/**
 * Tenants, landlord and the flat's address from the party sections (sections.ts): the people named in the
 * tenants' sections, the first name in the landlord's, and the address that stands with the tenants or after
 * a word for the flat ("wohnhaft", "Mietobjekt", "Räumung der Wohnung") rather than with anyone else.
 */

/** Scan specks and list numbers before a name ("\t.\t1. Meißner, Jörg", "2) Frau …", "zu 2.:", a table's "1 Lo Bianco, …"). */
const LEADING_NOISE = new RegExp(String.raw`^[\s.,:;'|"“”„‚‘’«»\x60´_*•·-]*(?:(?:\d{1,2}|[il])(?:${LIST_MARK}|\s*,(?=\s*(?:Herrn?|Frau|\p{Lu}\p{Ll}+)\s))\s+|\d{1,2}\s+(?=\p{Lu}\p{Ll}+[\s,])|zu\s*\d+\s*[.):]*\s*)?`, 'iu');
/** A line that holds no name: an address, a house number, "beide wohnhaft …", "c/o …". */
const NOT_NAMES = /^\s*(?:(?:beide|alle|zuletzt)\s+)?(?:wohnhaft|whft?\.|wohnend|c\/o|bei\b|\d)/i;
const BIRTH_ONLY = new RegExp(String.raw`^\s*,?\s*${BIRTH_MARK}`, 'i');
/**
 * A line that ends inside a person's entry: after "geb.", a comma, "und", a title, a title and a first name
 * ("…, und Herr Mustafa"), when the next line goes on with a name or a date rather than a list number or an address.
 */
const DANGLING = /((?:geb(?:oren|\.)?\s*(?:am)?|,|\bund|\bsowie|&|\b(?:Herrn?|Frau)(?:\s+\p{Lu}[\p{Ll}'’-]+)?))[ \t]*\n(?=[ \t]*(?:\p{Lu}\p{Ll}|\d{1,2}\.\s?\d{1,2}\.))/giu;
/** A name's particle after a given name at a line's end: the family name follows on the next line. */
const PARTICLE_AT_END = /(?<=\p{Lu}\p{Ll}+ (?:Von|Van|van|De|de|Di|di|Da|La|Le|Al|El))[ \t]*\n(?=[ \t]*\p{Lu}\p{Ll})/gu;
/**
 * A list's last given name at a line's end, its family name alone on the next line ("…, Zahra Moreau, Jean-Pierre"
 * + "Moreau"): one entry. Only in a list of names written given name first (the entry before has two words; in
 * "Kaya, Ayşe" + "Kaya, Uğur" the comma parts family and given name), and after a given name of the lexicon.
 */
const GIVEN_AT_END = /(\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+,[ \t]*)(\p{Lu}[\p{L}'’-]+)[ \t]*\n(?=[ \t]*\p{Lu}[\p{L}'’-]+[ \t]*(?:,|\n|$))/gu;
const joinGivenAtEnd = (text: string) =>
  text.replace(GIVEN_AT_END, (m, before: string, given: string) => (given.split('-').every(isGivenNameWord) ? `${before}${given} ` : m));

/** Where a person's entry stops naming them: the address, "wohnhaft", an opening bracket. */
const NAME_END = /\s*,?\s*\b(?:wohnhaft|whft?\.|wohnend|in\s+\d{5})\b|\s+\((?!\s*(?:\*|geb))/i;

export interface TenantsRead {
  tenants: Found<Tenant[]>;
  /** Offset after the last name. */
  end: number;
  /** Set when the notice numbers more defendants than were read ("Beklagte zu 2."). */
  numbered?: number;
}

const TITLE = new RegExp(String.raw`\b(?:${ADDRESS_TITLE}|Eheleute|Ehepaar|Familie|Fam\.|Hr\.|Fr\.)\s`);
/** Where the next person's entry of a cell starts: at each title. */
const ENTRY_START = new RegExp(String.raw`(?=\b(?:${ADDRESS_TITLE}|Eheleute|Ehepaar)\s)`);

/** Whether a name starts with a given name of the lexicon (each part of a double first name counts). */
export function isGivenName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return isGivenNameWord(first) || first.split('-').some(isGivenNameWord);
}

/** Where a person's birth date starts: "geb.", "geboren", "(* …", or the date itself (a list's birth column; "1. Januar 1980"). */
const BIRTH_START = new RegExp(String.raw`(?:${BIRTH_MARK}|(?<![\d.])${DAY_MONTH}\s?\d{2,4}(?![\d.])).*$`, 'iu');

function isAddressSegment(segment: string): boolean {
  // A list's number ("2. Agnieszka Nowak (geb. …)") is no house number.
  const core = segment.replace(BIRTH_START, '').replace(new RegExp(String.raw`^\s*\d{1,2}${LIST_MARK}\s+(?=\p{Lu})`, 'u'), '').replace(/(?<![\d\p{L}])0(?=\p{Ll})/gu, 'O');
  return /\d/.test(core) || /\b(wohnhaft|c\/o)\b/i.test(core);
}

/**
 * The part of a line that can hold names: up to its first address-like comma segment, and within that segment up to
 * where its digits start ("Herrn Armin Begović habe ich … vom 28.04.2025", "Herrn Uwe Hüsken ⇥ 0231 …").
 */
function namePartOf(line: string): string {
  let out = '';
  for (const segment of line.replace(/\b(geb),(?=\s*\d)/gi, '$1.').split(/(?<=,)/)) {
    if (isAddressSegment(segment)) {
      const digit = /\s\S*\d/.exec(segment.replace(BIRTH_START, (m) => 'x'.repeat(m.length)));
      // Only after a title: a street is words and a number too ("Im Langen Feld 68").
      if (digit && TITLE.test(segment.slice(0, digit.index))) out += segment.slice(0, digit.index);
      break;
    }
    out += segment;
  }
  return out.split(NAME_END)[0]!;
}

/**
 * Cues that make a cell a label of something else ("Datum: …", "Mieternummer: …", "Az.: …"), or an authority's
 * name (an inbox stamp beside the parties: "FS Wohnraumsicherung …").
 */
const FOREIGN_CELL: ReadonlySet<string> = new Set(['letterDate', 'referenceOther', 'fileNumber', 'dateOther', 'hearing', 'claimReceived', 'monthlyRent', 'arrears', 'official', 'authority']);

/**
 * The cells of a line that can hold names, blanked (same length) where not: a cell that is a label of something
 * else (a letter's info block beside the window: "Datum: …"), or a table's label cell ("(Mieter/in)", or a speck
 * in it read as a letter: "Ä ⇥ 2. Kuznetsov, Rüdiger").
 */
function nameCells(view: View, line: string, at: number, window: boolean): string {
  let offset = 0;
  return line
    .split('\t')
    .map((cell, i) => {
      const start = at + offset;
      offset += cell.length + 1;
      // A letter's address field ends at the middle of the page; right of it stand the info block and sidebars.
      const word = view.doc.charWord[start + cell.length - cell.trimStart().length];
      if (window && i > 0 && word !== undefined && word >= 0 && view.doc.words[word]!.word.bbox[0] > 0.45) return ' '.repeat(cell.length);
      const firstWords = view.cues.filter((h) => h.start >= start && h.start < start + Math.min(cell.length, 24));
      const label =
        firstWords.some((h) => FOREIGN_CELL.has(h.cue)) ||
        (i === 0 && line.includes('\t') && (firstWords.some((h) => h.cue === 'tenant') || !/\p{L}{2}/u.test(cell)));
      if (!label) return cell;
      // A title after the label starts a name after all (the info column read into the window's line).
      const title = /\b(?:Herrn?|Frau|Eheleute)\s/.exec(cell);
      return title ? ' '.repeat(title.index) + cell.slice(title.index) : ' '.repeat(cell.length);
    })
    .join('\t');
}

function personsIn(view: View, section: Section): { persons: Tenant[]; spans: Span[] } {
  const persons: Tenant[] = [];
  const spans: Span[] = [];
  const strongSection = section.kind === 'label' || section.kind === 'marker';
  const raw = view.text.slice(section.start, section.end);
  // An entry that a line break cut ("…, geb." + "14.11.1971", "…, und Herr Mustafa" + "Müller, geb. …", "Herr
  // Giuseppe De" + "Luca") goes on in the next line.
  const lines = section.kind === 'inline' ? [raw.replace(/\n/g, ' ')] : section.kind === 'window' ? raw.split('\n') : joinGivenAtEnd(raw.replace(DANGLING, '$1 ').replace(PARTICLE_AT_END, ' ')).split('\n');
  let offset = section.start;
  for (const rawLine of lines) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    // Each cell on its own: a table row names the person in one column and the birth date or address in others
    // ("1 ⇥ Mößner, Manuela ⇥ 16.04.1957 ⇥ Am Hasenbergl 65-69").
    let cellStart = lineStart;
    let readHere = false;
    for (const rawCell of nameCells(view, rawLine, lineStart, section.kind === 'window').split('\t')) {
      const cellAt = cellStart;
      cellStart += rawCell.length + 1;
      const cleaned = rawCell.replace(LEADING_NOISE, (m) => ' '.repeat(m.length));
      const birthOnly = BIRTH_ONLY.test(cleaned) || (readHere && /^\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*$/.test(cleaned));
      if (birthOnly && persons.length) {
        const iso = findDates(cleaned)[0]?.iso ?? null;
        if (iso && !persons[persons.length - 1]!.birthDate) persons[persons.length - 1]!.birthDate = iso;
        continue;
      }
      if (!cleaned.trim() || NOT_NAMES.test(cleaned)) continue;
      const count = persons.length;
      readPersons(cleaned, cellAt, strongSection, persons, spans);
      readHere ||= persons.length > count;
    }
  }
  return { persons, spans };
}

/** The people of one cell of a party section, each title starting an entry of its own. */
function readPersons(cleaned: string, lineStart: number, strongSection: boolean, persons: Tenant[], spans: Span[]): void {
  {
    // Each title starts an entry of its own ("Ort, Datum: 13.07.2026 ⇥ Herr Dieter Iwanow", a window's line read
    // together with the column beside it).
    let at = 0;
    for (const entry of cleaned.split(ENTRY_START)) {
      const entryStart = at;
      at += entry.length;
      // A sentence's full stop after the last name ("Beklagte: Frau Birgit Zielinska. Klägerin: …").
      const part = namePartOf(entry).replace(/(?<=\p{Ll}{2})\.\s*$/u, '');
      // Where only a word inside a sentence or a letter's window says the role, a name needs a sign of a person of
      // its own: a title, or a given name on the lexicon.
      // A birth date is such a sign too, and one person so named vouches for the others of the same entry
      // ("Rosaria Di Stefano (geb. …) und Antonio La Rosa").
      const all = parseNames(part.replace(/\t/g, ' '));
      const vouched = strongSection || TITLE.test(part) || all.some((p) => isGivenName(p.name) || p.birthDate !== null);
      const parsed = vouched ? all : [];
      if (!parsed.length) continue;
      // The birth date may follow the address on the same line ("…, Hauptstr. 1, 51643 Gummersbach, geb. …").
      const rest = entry.slice(part.length);
      const birth = /\bgeb(?:oren|\.)?\s*(?:am\s*)?/i.exec(rest);
      if (birth && parsed.length === 1 && !parsed[0]!.birthDate) parsed[0]!.birthDate = findDates(rest.slice(birth.index))[0]?.iso ?? null;
      persons.push(...parsed);
      const lead = part.length - part.trimStart().length;
      spans.push({ start: lineStart + entryStart + lead, end: lineStart + entryStart + part.trimEnd().length });
    }
  }
}

/**
 * Each person once. A name that is the whole tail of another's ("Abu Saleh" beside "Samira Abu Saleh": a sentence
 * naming the family, or a given name lost on a scan) is that person, not another one.
 */
/**
 * A tenant's birth date printed where the name stands once more with a birth mark ("Grzegorz Zielinski, geb. am
 * 03.04.1956" under a letter's subject, "Johanna Mayr (geb. 04.07.1967)" where the label was lost): the same person.
 */
function birthDatesElsewhere(view: View, tenants: Tenant[]): void {
  for (const t of tenants) {
    if (t.birthDate) continue;
    const m = new RegExp(String.raw`(?<!\p{L})${wordsPattern(t.name)}\s*[,(]?\s*${BIRTH_MARK}`, 'u').exec(view.text);
    const date = m ? findDates(view.text.slice(m.index + m[0].length, m.index + m[0].length + 14))[0] : undefined;
    if (date && date.start === 0) t.birthDate = date.iso;
  }
}

function dedupe(tenants: Tenant[]): Tenant[] {
  const out: Tenant[] = [];
  for (const t of tenants) {
    const same = out.find((o) => o.name === t.name);
    if (same) same.birthDate ??= t.birthDate;
    else out.push(t);
  }
  return out.filter((t) => {
    const fuller = out.filter((o) => o.name.endsWith(` ${t.name}`));
    if (fuller.length === 1) fuller[0]!.birthDate ??= t.birthDate;
    return fuller.length === 0;
  });
}

/** "Beklagte zu 2.", "Schuldner zu 3)": the highest number a notice gives its defendants. */
const NUMBERED_TENANT = /(?<![a-z])(?:beklagte[rn]?|schuldner(?:in)?)\s*zu[\s.]*(\d)/g;
/** A party section that opens a numbered list ("1. …", "1) …", "1.) …"). */
const FIRST_OF_LIST = new RegExp(String.raw`^[\s:|.‚‘'“]*1${LIST_MARK}\s`);
/** Confidence kept by an address without addition whose block names the flat's place in the house. */
const ADDITION_UNSURE = 0.85;
/** Confidence kept by a tenants list shorter than the notice's numbering says. */
const INCOMPLETE = 0.8;

export function readTenants(view: View, sections: Section[]): TenantsRead | null {
  const tenantSections = sections.filter((s) => s.role === 'tenant');
  // Labelled blocks and rubrum markers say more than a role word in a sentence, and those more than a window.
  const rank = { label: 0, marker: 0, window: 1, inline: 2 } as const;
  // The best kind of section that names anyone (a label over nothing but "—" leaves the window's name).
  const read = tenantSections.map((section) => ({ section, got: personsIn(view, section) })).filter((r) => r.got.persons.length);
  const best = Math.min(...read.map((r) => rank[r.section.kind]));
  const persons: Tenant[] = [];
  const spans: Span[] = [];
  let strength = 1;
  const fuller: { persons: Tenant[]; spans: Span[]; strength: number }[] = [];
  for (const { section, got } of read) {
    if (rank[section.kind] !== best) {
      fuller.push({ ...got, strength: section.strength });
      continue;
    }
    persons.push(...got.persons);
    spans.push(...got.spans);
    strength = Math.min(strength, section.strength);
  }
  if (!persons.length) return null;
  // A summons goes to one defendant, its rubrum names them all ("Herrn Klaus-Dieter Wagner" in the window, "… ./.
  // Klaus-Dieter, Ute und Jessica Wagner" in the text): a weaker section that names every person of the better
  // ones and more is the fuller list of the same household.
  const keysOf = (list: Tenant[]) => new Set(list.map((p) => fuzzyKey(p.name)));
  const keys = keysOf(persons);
  const superset = fuller.find((f) => {
    const theirs = keysOf(f.persons);
    return theirs.size > keys.size && [...keys].every((k) => theirs.has(k));
  });
  if (superset) {
    persons.push(...superset.persons);
    spans.push(...superset.spans);
    strength = Math.min(strength, superset.strength);
  }
  const unique = dedupe(persons);
  birthDatesElsewhere(view, unique);
  const tenants = foundOver(view, unique, spans, strength);
  if (!tenants) return null;
  if (unique.some((t) => unsureLetters(view, t.name, spans))) tenants.confidence = Math.min(tenants.confidence, ROLE_WEIGHTS.unsure);
  if (spans.some((s) => capitalSsUnresolved(view, s))) tenants.confidence = Math.min(tenants.confidence, ROLE_WEIGHTS.unsure);
  const result: TenantsRead = { tenants, end: Math.max(...spans.map((s) => s.end)) };
  // "Beklagte zu 2." somewhere, or a list that starts at "1.": at least that many tenants.
  const listed = tenantSections.some((s) => FIRST_OF_LIST.test(view.text.slice(s.start, s.end))) ? 2 : 0;
  const numbered = Math.max(listed, ...[...view.folded.matchAll(NUMBERED_TENANT)].map((m) => Number(m[1])).filter((n) => n <= 6));
  if (numbered > unique.length) {
    tenants.confidence = clamp(tenants.confidence * INCOMPLETE);
    result.numbered = numbered;
  }
  return result;
}

/**
 * Whether a name in capitals writes "SS" where small letters may write ß ("RÖSSLER": Rößler or Rössler) and the
 * document nowhere spells it in small letters.
 */
function capitalSsUnresolved(view: View, span: Span): boolean {
  return [...view.text.slice(span.start, span.end).matchAll(/(?<!\p{L})\p{Lu}*SS\p{Lu}*(?!\p{L})/gu)].some((m) => {
    const small = m[0].charAt(0) + m[0].slice(1).toLowerCase().replace(/ss/g, '(?:ss|ß)');
    return !new RegExp(`(?<!\\p{L})${small}(?!\\p{L})`, 'u').test(view.text);
  });
}

/** Legal forms that end a company's name (they may come after a comma: "Wohnbau GmbH, & Co. KG"). */
const LEGAL_FORM_WORD = String.raw`(?:GmbH|mbH|KG|AG|eG|e\.\s?G\.|GbR|OHG|UG|SE|KGaA|e\.\s?V\.|e\.\s?K\.|PartG(?:\s?mbB)?)`;
const LEGAL_FORM = new RegExp(String.raw`^(?:${LEGAL_FORM_WORD}|& Co\.? KG|Co\. KG)`);
const ENDS_WITH_LEGAL_FORM = new RegExp(String.raw`(?:^|\s)${LEGAL_FORM_WORD}\.?$`);

/** Small words inside a company's or a person's name ("Gesellschaft für Wohnen mbH", "Bauverein zu Lünen eG", "van der Meer"). */
const INSIDE_NAME: ReadonlySet<string> = new Set(['für', 'der', 'des', 'den', 'dem', 'zu', 'zur', 'am', 'an', 'im', 'in', 'und', 'mbH', 'gGmbH', 'eG', 'mbB', ...PARTICLES]);

/** A name up to the first small word no name holds (the sentence going on: "(Gudrun Zschoche) besteht ein …"). */
function untilSentence(text: string): string {
  // A lone small letter is a speck between two parts of a name ("Karl-Heinz z Dallmayr-Fink"), not a word.
  const parts = text.replace(/(?<=\S)\s+\p{Ll}(?=\s+\p{Lu})/gu, '').split(/(\s+)/);
  let kept = 1;
  for (let i = 2; i < parts.length; i += 2) {
    // A company's name runs to its legal form, whatever a scan did to a capital on the way ("Quartier immobilien GmbH").
    const formFollows = parts.slice(i, i + 6).some((p) => LEGAL_FORM.test(p));
    // "Erbengemeinschaft nach Anna Gschwendtner": heirs are named after the one they inherit from.
    const heirsOf = wordOf(parts[i]!) === 'nach' && /(?:gemeinschaft|nachlass)$/i.test(wordOf(parts[i - 2]!));
    if (/^\p{Ll}/u.test(parts[i]!) && !INSIDE_NAME.has(wordOf(parts[i]!)) && !formFollows && !heirsOf) break;
    kept = i + 1;
  }
  // A small word joins parts of a name, it never ends one ("… Rhein mbH und kündigen").
  while (kept > 1 && /^\p{Ll}/u.test(parts[kept - 1]!) && !LEGAL_FORM.test(parts[kept - 1]!)) kept -= 2;
  return parts.slice(0, kept).join('');
}

/** A sentence's text up to a line that starts a new sentence ("Mandant: Cemal Özdemir-Hartung ⏎ Sehr geehrter …"). */
function untilSentenceLine(text: string): string {
  const lines = text.split('\n');
  for (let k = 1; k < lines.length; k++) {
    const [first, second] = lines[k]!.trim().split(/\s+/);
    if (/\p{L}{2}/u.test(lines.slice(0, k).join(' ')) && first && second && /^\p{Lu}/u.test(first) && /^\p{Ll}/u.test(second) && !INSIDE_NAME.has(wordOf(second))) {
      return lines.slice(0, k).join('\n');
    }
  }
  return text;
}

/** A word without the punctuation around it. */
function wordOf(token: string): string {
  return token.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
}

/** A party's name as printed: without title, article, "vertreten durch …", address or specks. */
export function cleanPartyName(raw: string): string | null {
  const parts = raw
    .replace(LEADING_NOISE, '')
    .replace(/(?<=\p{L})(?:=-|-=|=)(?=\p{Lu})/gu, '-')
    // A comma (or OCR's semicolon for one) ends the name, unless a legal form follows ("Wohnbau GmbH, & Co. KG").
    .split(/[,;]\s*/);
  let value = parts[0]!;
  for (let i = 1; i < parts.length && LEGAL_FORM.test(parts[i]!); i++) value += `, ${parts[i]}`;
  // A company's name ends with its legal form; what follows it is its address ("… Immobilien SE Uferpromenade 55").
  const form = new RegExp(String.raw`^(.*?\s${LEGAL_FORM_WORD}\.?)\s+(?=\p{Lu}|\d)(?!(?:${LEGAL_FORM_WORD}|Co\b))`, 'u').exec(value);
  if (form) value = form[1]!;
  value = value
    .replace(/\s+(?:vertreten durch|vertr\. d\.|gegen|wohnhaft|Prozessbevollm|Postfach|\(|\d{5}\s|[.,‚'’`]{0,2}\/\.).*$/i, '')
    // The sentence goes on after the name ("… Schmallenbach vom 06.12.2024 vorgelegt", "… GmbH hat …"): a date, or
    // the first small word that no name holds.
    .replace(/\s+(?:vom|am|seit)\s+\d.*$|\s+\d{1,2}\.\s?\d{1,2}\..*$/, '')
    .replace(/^.*$/s, untilSentence)
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(?:die|der|dem|den|des|das|Firma|Fa\.)\s+(?=\p{Lu})/iu, '')
    .replace(/^(?:Herrn?|Frau|Eheleute)\s+/, '')
    .replace(/\t.*$/, '')
    .trim()
    .replace(/\s*[‘'’`´:;,.]+$/, (m) => (/\.$/.test(m) && /\b(?:e\.\s?[GVK]|mbH|Co)\.$/.test(value) ? '.' : ''));
  if (value.length < 3 || /^\d/.test(value) || !/\p{L}{2}/u.test(value)) return null;
  if (/^\p{Ll}/u.test(value) && !PARTICLES.has(value.split(/[\s-]/)[0]!)) value = value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}

/**
 * The landlord: the first name in a landlord's section (labelled, rubrum, "Klage der …", a letter's sender). A
 * labelled name that ends its line may go on in the next one when that one starts with the legal form
 * ("Bergische Wohnstätten" + "GmbH, Am Markt 1").
 */
export function readLandlord(view: View, sections: Section[]): Found<string> | null {
  const rank = { label: 0, marker: 0, window: 1, inline: 2 } as const;
  const ordered = sections.filter((s) => s.role === 'landlord').sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start);
  for (const section of ordered) {
    let start = section.start;
    const text = view.text.slice(start, section.end);
    const lines = section.kind === 'inline' ? [untilSentenceLine(text).replace(/\n/g, ' ')] : text.split('\n');
    // The name is on the label's line, or on the next when the label stands alone (or with its title only).
    let index = lines.findIndex((l) => /\p{L}{2}/u.test(l.replace(/^\s*(?:Herrn?|Frau)\s*$/, '')));
    if (index < 0) continue;
    for (let k = 0; k < index; k++) start += lines[k]!.length + 1;
    let lineText = lines[index]!;
    let strength = section.strength;
    if (section.kind === 'window') {
      const sender = windowSender(view, section, lineText);
      if (!sender) continue;
      ({ lineText, start, strength } = { ...sender, strength: strength * sender.factor });
    }
    const offsetInLine = lineText.length - lineText.replace(LEADING_NOISE, '').length;
    // In a sentence the role word may be followed by a verb ("Die Klägerin hat …"): a name starts with a capital,
    // after its article at most ("dass uns die Rheinblick Wohnen SE …").
    if (section.kind === 'inline' && !/^[\s\p{P}]*(?:(?:die|der|den|dem|des)\s+)?(?:\p{Lu}|\d)/u.test(lineText)) continue;
    let value = cleanPartyName(lineText);
    // A street and house number is where a party lives, never its name.
    if (!value || /\s\d{1,4}\s?[a-zA-Z]?$/.test(value)) continue;
    // The line after the name in the document (a table's value cell may stand in the next row).
    const next = lines[index + 1] ?? nextLineText(view, start + lineText.length);
    if (next !== undefined && !lineText.includes(',') && !ENDS_WITH_LEGAL_FORM.test(value)) {
      const head = next.split(',')[0]!.trim();
      if (head && !/\d/.test(head) && head.split(/\s+/).length <= 3 && (LEGAL_FORM.test(head) || ENDS_WITH_LEGAL_FORM.test(head))) value = `${value} ${head}`;
    }
    if (/(?:&|\bund)$/.test(value)) strength *= 0.6;
    const span = { start: start + offsetInLine, end: start + offsetInLine + Math.min(value.length, lineText.length) };
    const landlord = found(view, value, span.start, span.end, strength);
    // A private landlord's name is read as a tenant's is.
    if (landlord && isGivenName(value) && unsureLetters(view, value, [span])) landlord.confidence = Math.min(landlord.confidence, ROLE_WEIGHTS.unsure);
    return landlord;
  }
  return null;
}

/**
 * Whether a person's name read from a scan (`spans`) may hold wrong letters: a letter outside German that OCR read
 * (ı ş ç ł ă …) is as often half read ("Barıs" for Barış), and a name read without the letters it shows a sign of
 * ("Celik", "Sahin", "Mehmet Ali Demirtas") is likely the German model's reading. A person checks.
 */
function unsureLetters(view: View, name: string, spans: Span[]): boolean {
  const scanned = spans.some((s) => (evidenceOf(view.doc, s.start, s.end)?.confidence ?? 1) < 1);
  return scanned && (hasLetterOutsideGerman(name) || lacksKnownLetters(name));
}

/**
 * A letter's sender: the return line's first part, checked against the letterhead's first line. Where the two
 * spell one name a letter or two apart, the better-read one is taken; where the return line is garbled at the
 * sender ("M | ung Dres & Partner GbR"), the letterhead, for review.
 */
function windowSender(view: View, section: Section, returnLine: string): { lineText: string; start: number; factor: number } | null {
  const ret = /^(.*?)\s+[·•+|:–-]\s/.exec(returnLine);
  const fromReturn = { lineText: ret ? ret[1]! : returnLine, start: section.start, factor: 1 };
  const head = view.lines[0];
  if (!head || head.start >= section.start) return fromReturn;
  const headText = view.text.slice(head.start, head.cells[0]!.end);
  const fromHead = { lineText: headText, start: head.start, factor: 0.87 };
  const a = cleanPartyName(fromReturn.lineText);
  const b = cleanPartyName(headText);
  if (!b || a === b) return fromReturn;
  const garbled = !a || /[|]|(?:^|\s)\p{L}(?:\s|$)/u.test(fromReturn.lineText.replace(/\s&\s/g, ' '));
  if (garbled) return fromHead;
  if (!a.includes(' ') || levenshtein(fuzzyKey(a), fuzzyKey(b)) > 2) return fromReturn;
  const confidence = (start: number, length: number) => evidenceOf(view.doc, start, start + length)?.confidence ?? 0;
  return confidence(head.start, headText.length) > confidence(section.start, fromReturn.lineText.length) ? { ...fromHead, factor: 1 } : fromReturn;
}

function nextLineText(view: View, offset: number): string | undefined {
  const line = view.lines[view.lineAt(offset) + 1];
  return line ? view.text.slice(line.start, line.end) : undefined;
}

/** A street's generic word with nothing that names it ("Straße" alone): the naming words were lost. */
const GENERIC_STREET = /^(?:Straße|Weg|Platz|Allee|Gasse|Damm|Chaussee)$/;

interface FlatCandidate {
  match: AddressMatch;
  flat: number;
  other: number;
}

/**
 * The flat's address: of all addresses, the one whose role is most clearly the flat's — standing in the
 * tenants' section, after a word for the flat, or right after the tenants' names — and not in a section of
 * the landlord, counsel, court or authority, nor after "Postfach" or "Hausanschrift".
 */
export function readAddress(
  view: View,
  sections: Section[],
  gazetteer: Gazetteer,
  postalCodes: ReadonlySet<string> | undefined,
  tenantsEnd: number | null,
  warnings: ExtractionWarning[],
): Found<Address> | null {
  const all = findAddresses(view.text, gazetteer);
  const candidates: FlatCandidate[] = all.map((match) => {
    const section = roleAt(sections, match.start);
    const links = linksOf(view, match, ['flat', 'addressOther'], all);
    let flat = links.get('flat')?.strength ?? 0;
    let other = links.get('addressOther')?.strength ?? 0;
    if (section?.role === 'tenant') flat = Math.max(flat, section.strength);
    else if (section) other = Math.max(other, section.strength);
    if (tenantsEnd !== null && match.start >= tenantsEnd - 5 && view.lineAt(match.start) - view.lineAt(tenantsEnd) <= 2) flat = Math.max(flat, 0.9);
    // The hearing's venue: a room before the address on its line ("Saal 230, Bernhard-Göring-Straße 64, …"), or a
    // court room after it ("Gaulstraße 22, 51688 Wipperfürth, Saal 1"; not the flat's "3 Zimmer").
    const line = view.lineAt(match.start);
    const venue = (h: CueHit) => h.cue === 'room' && h.line === line && (h.end <= match.start || (h.start >= match.end && /saal|sitzungs/.test(view.folded.slice(h.start, h.end))));
    if (view.cues.some(venue)) other = Math.max(other, ROLE_WEIGHTS.section.label);
    return { match, flat, other };
  });
  // The flat is often named twice (the parties and the claim, a judgment's tenor); another address rarely is.
  const key = (a: Address) => `${a.street}|${a.houseNumber}|${a.postalCode}`;
  for (const c of candidates) {
    const twins = candidates.filter((o) => o !== c && key(o.match.address) === key(c.match.address));
    if (twins.some((t) => t.flat > t.other)) c.flat = Math.max(c.flat, Math.min(0.95, c.flat + 0.1));
  }
  let chosen = candidates.filter((c) => c.flat > c.other && c.flat >= 0.45).sort((a, b) => b.flat - b.other - (a.flat - a.other) || a.match.start - b.match.start)[0];
  let strength = chosen ? ROLE_WEIGHTS.section.label * Math.min(1, chosen.flat + 0.05) : 0;
  if (!chosen) return null;
  let address = chosen.match.address;
  // The same flat named again with its addition ("die Wohnung Hauptstraße 28-30, Whg. 7, …" in a judgment's tenor,
  // the parties' line without it): the fuller reading.
  const fuller = address.addition === null ? candidates.find((o) => key(o.match.address) === key(address) && o.match.address.addition !== null && o.flat > o.other && o.flat >= 0.45) : undefined;
  if (fuller) address = { ...address, addition: fuller.match.address.addition };
  // A word placing a flat in its house ("3. OG Mitte", "Souterrain", "Whg. 7") on the page, though no addition was
  // read: the addition may be missing, so the address is shown for review.
  if (address.addition === null) {
    // Anywhere in the document (a form's own row "Lage der Wohnung"), but not the court's floor by the hearing room.
    const lines = view.lines.map((l) => view.text.slice(l.start, l.end)).filter((l) => !/saal|sitzung|verhandlung/i.test(l));
    if (lines.some(namesFlatPlace)) {
      strength *= ADDITION_UNSURE;
      warnings.push({ code: 'address_addition_unsure', message: 'Lage der Wohnung (Etage, Zusatz) womöglich nicht gelesen', field: 'address' });
    }
  }
  const check = chosen.match.postalCheck;
  if (check === 'repaired') {
    strength *= 0.85;
    warnings.push({ code: 'postal_code_repaired', message: 'Postleitzahl wurde anhand des Ortes korrigiert', field: 'address' });
  } else if (check === 'mismatch') {
    strength *= 0.7;
    warnings.push({ code: 'postal_code_mismatch', message: 'Postleitzahl passt nicht zum Ort', field: 'address' });
  } else if (check === 'unknown') {
    if (postalCodes && !postalCodes.has(address.postalCode)) {
      strength *= 0.8;
      warnings.push({ code: 'postal_code_unknown', message: 'Postleitzahl gibt es nicht', field: 'address' });
    }
    // A town outside the gazetteer has only the document to check it: the spelling read more often wins.
    const spellings = all.filter((a) => a.address.postalCode === address.postalCode).map((a) => a.address.city);
    const count = (city: string) => spellings.filter((c) => c === city).length;
    const better = spellings.find((c) => c !== address.city && count(c) > count(address.city) && c.length === address.city.length);
    if (better) address = { ...address, city: better };
  }
  // The same flat read more than once with its street or town spelled two ways: the spelling read most often wins;
  // with none read more often than the others, OCR misread one of them and which one is not known.
  const spelled = (a: Address) => `${fuzzyKey(a.street)}|${fuzzyKey(a.city)}`;
  const readings = new Map<string, { address: Address; times: number }>();
  for (const { address: a } of all.filter((o) => o.address.postalCode === address.postalCode && o.address.houseNumber === address.houseNumber)) {
    const seen = readings.get(spelled(a));
    if (seen) seen.times += 1;
    else readings.set(spelled(a), { address: a, times: 1 });
  }
  const times = (a: Address) => readings.get(spelled(a))?.times ?? 0;
  const most = [...readings.values()].reduce<{ address: Address; times: number } | null>((best, r) => (best && best.times >= r.times ? best : r), null);
  if (most && most.times > times(address)) address = { ...address, street: most.address.street, city: most.address.city };
  if ([...readings].some(([key, r]) => key !== spelled(address) && r.times >= times(address))) {
    strength = Math.min(strength, ROLE_WEIGHTS.unsure);
    warnings.push({ code: 'address_spelled_twice', message: 'Anschrift im Schreiben unterschiedlich geschrieben', field: 'address' });
  }
  if (GENERIC_STREET.test(address.street)) {
    strength *= 0.6;
    warnings.push({ code: 'street_incomplete', message: 'Straßenname scheint unvollständig', field: 'address' });
  }
  return found(view, address, chosen.match.start, chosen.match.end, strength);
}
