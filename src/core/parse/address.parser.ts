import type { Address } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import { PLACE_FIRST_WORDS } from './court.parser.js';
import { compareKey, levenshtein, repairDigits, wordsPattern } from './ocr-repair.js';

export interface AddressMatch {
  address: Address;
  start: number;
  end: number;
  /** 'ok' town and postal code agree; 'repaired' postal code fixed from the gazetteer; 'mismatch' they disagree; 'unknown' town not in the gazetteer. */
  postalCheck: 'ok' | 'repaired' | 'mismatch' | 'unknown';
}

const STREET_SUFFIX = /(stra(ß|ss|b)e|str\.?|weg|platz|pl\.|allee|ring|gasse|damm|ufer|pfad|steig|hof|berg|markt|chaussee|wall|graben|feld|garten|h(ö|oe)he|hang|tal|grund|kamp|winkel|br(ü|ue)ck|acker|siefen|bach|wiese|heide|park|stieg|busch|kreuz|tor|dorf|hagen|leite|blick|mühle|muehle)$/i;
/** The prepositions a street's name may start with ("Am Markt", "Beim Alten Wasserturm", "Hinterm Hof"). */
const STREET_PREPOSITION = 'Am|An|Auf|Bei|Beim|Hinter|Hinterm|Im|In|Über|Unter|Unterm|Vor|Vorm|Zum|Zur';
const PREPOSITION_ONLY = new RegExp(`^(?:${STREET_PREPOSITION})$`);
const STREET_LEAD = new RegExp(`^(?:${STREET_PREPOSITION}|Alte|Alter|Alten|Neue|Neuer|Neuen|Obere|Untere|Oberer|Unterer|Große|Kleine|Lange|Hohe|St\\.|Sankt|der|die|dem|den|des|Dr\\.)$`);
const HOUSE_NO = /(\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?)$/;
/** A segment that is only a house number ("132", "5-7", "12 a"). */
const HOUSE_ONLY = /^\d{1,4}\s?[a-zA-Z]?(?:\s?[-–]\s?\d{1,4}[a-zA-Z]?)?$/;
// The words that place a flat in its house, one list for reading an addition and for noticing one was missed:
// floors and their parts of a house, units, and parts of a building named with a letter or number ("Haus B").
const FLOOR_WORDS = 'Erdgeschoss|Untergeschoss|Dachgeschoss|Souterrain|Hochparterre|Parterre|Mansarde';
// A part of a house is a compound of where it stands and what it is ("Rückgebäude", "Seitenflügel", "Hinterhaus").
const HOUSE_PART_WORDS = '(?:Vorder|Hinter|Rück|Seiten|Garten|Hof|Neben|Quer|Mittel)(?:haus|gebäude|flügel|bau)|Anbau|Einliegerwohnung|Dachwohnung|Kellerwohnung';
// A unit's abbreviation keeps its dot, or OCR lost it before the number ("App 4").
const UNIT_WORDS = String.raw`(?:Whg|App|Apt)(?:\.|(?=\s?\d))|Apartment|Appartement|Wohnung Nr\.|Wohneinheit`;
const NAMED_PART_WORDS = 'Aufgang|Eingang|Haus|Gebäude|Block|Treppenhaus';
// Each kind of addition is short ("Eingang der Klageschrift bei Gericht …" is a label, not "Eingang B").
const ADDITION = new RegExp(
  String.raw`(c\/o\s[^\n,\t]{2,40}|bei\s[A-ZÄÖÜ][^\n,\t]{1,40}|\d{1,2}\.{1,2}\s?(?:[O0]G|Obergeschoss|Etage|Stock)[^\n,\t]*|(?:EG|DG|UG|${FLOOR_WORDS}|${HOUSE_PART_WORDS}|${UNIT_WORDS})[^\n,\t]{0,30}|(?:${NAMED_PART_WORDS})\s[A-Z0-9]{1,2}\b(?!\.\d)[^\n,\t]{0,20}|(?:links|rechts|Mitte)\b)`,
);
/**
 * A word that places a flat in its house, as OCR may leave it ("2. 0G", "3.0G", "Whg 7", "Souterrain"): where such
 * a word stands on a page whose address was read without an addition, the addition may have been missed. Not "UG",
 * which a landlord's company form ("… UG (haftungsbeschränkt)") writes far more often than a floor; not "links",
 * "rechts" or "Mitte" alone, which any text may hold.
 */
const FLAT_PLACE = new RegExp(
  String.raw`(?:^|[\s,(])(?:[\dlI]{1,2}\.{0,2}\s?(?:[O0]G|Obergeschoss|Etage|Stock|Geschoss)|EG|DG|${FLOOR_WORDS}|${HOUSE_PART_WORDS}|${UNIT_WORDS}|Whg|Wohnung\s+(?:Nr\.?\s*)?\d{1,3}|(?:${NAMED_PART_WORDS})\s+[A-Z\d]{1,2}(?!\.\d)|c\/o)(?=$|[\s,.)])`,
);

export function namesFlatPlace(text: string): boolean {
  return FLAT_PLACE.test(text);
}

/** A segment that is only an addition ("Whg. 12", "App. 7", "2. OG links"): no street, even with its number. */
const ADDITION_ONLY = new RegExp(`^\\s*${ADDITION.source}\\s*$`);

export function normaliseStreet(street: string): string {
  return street
    .replace(/\s+/g, ' ')
    .replace(/Str\.?$/, 'Straße')
    .replace(/str\.?$/, 'straße')
    .replace(/Str\.(?=[\s-])/g, 'Straße')
    .replace(/str\.(?=[\s-])/g, 'straße')
    .replace(/strabe$/, 'straße')
    .replace(/([a-zäöü])Pl\.?$/, '$1platz')
    // A speck after a written-out name ("Zur Alten Mühle." + "1, EG rechts" on the next line).
    .replace(/(\p{Ll}{3})\.$/u, '$1')
    .trim();
}

const MONTH_NAME = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/** An addition as printed, with OCR's zero for the O of "OG", its doubled dot and a trailing speck mended. */
function cleanAddition(raw: string): string {
  return raw.trim().replace(/(\d)\.\./, '$1.').replace(/(\d\.\s?)0G\b/, '$1OG').replace(/\s+[^\p{L}\d]+$/u, '');
}

/** A street's word that names no street by itself. */
const GENERIC_WORD = /^(?:Stra(?:ß|ss|b)e|Str\.?|Weg|Platz|Allee|Ring|Gasse|Damm|Chaussee|Ufer|Markt|Steig|Pfad|Wall|Graben)$/;

function splitStreet(before: string): { street: string; houseNumber: string; offset: number } | null {
  // OCR's l, I, L or | for the 1 that starts a house number ("Kölner Str. L6b"): no street ends in such a word.
  before = before.trimEnd().replace(/(^|\s)[lIL|](\d{1,3}\s?[a-zA-Z]?)$/, '$11$2');
  const m = HOUSE_NO.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index).trimEnd();
  // A speck of the scan before or after a word ("‚Zur Alten Mühle", "In der‘ Au") is no part of the street.
  const tokens = head
    .split(/\s+/)
    .map((t) => t.replace(/^[‚‘’'`´|]+/u, '').replace(/(?<=\p{L})[‚‘’'`´]+$/u, ''))
    .filter(Boolean);
  if (!tokens.length) return null;
  let i = tokens.length - 1;
  if (!STREET_SUFFIX.test(tokens[i]!) && !/^[A-ZÄÖÜ]/.test(tokens[i]!)) return null;
  // extend over leading words: prepositions, articles, adjectives like "Kölner"
  while (i > 0) {
    const prev = tokens[i - 1]!;
    // "Kölner Straße", "Rheinische Straße", "Alten Weg": an adjective names a street whose own word is generic.
    if (STREET_LEAD.test(prev) || (/^[A-ZÄÖÜ][a-zäöüß]+(?:er|e|en)$/.test(prev) && GENERIC_WORD.test(tokens[i]!))) i--;
    else if (/^[A-ZÄÖÜ][a-zäöüß]+er$/.test(prev) && STREET_SUFFIX.test(tokens[i]!)) i--;
    else break;
  }
  // A street that starts with a preposition names it with the words after it ("Im Langen Feld", "An der Alten Kirche").
  const lead = tokens.slice(Math.max(0, i - 3), i).findLastIndex((t) => PREPOSITION_ONLY.test(t));
  if (lead >= 0) {
    const from = Math.max(0, i - 3) + lead;
    if (tokens.slice(from + 1, i).every((t) => /^(?:\p{Lu}[\p{Ll}ß-]+|der|die|den|dem)$/u.test(t))) i = from;
  }
  const street = tokens.slice(i).join(' ');
  // Three letters at least, and no month of a date before a postal code ("15. Januar 2026, 04315 Leipzig").
  if (!/^[A-ZÄÖÜ]/.test(street) || (street.match(/\p{L}/gu)?.length ?? 0) < 3 || MONTH_NAME.test(street)) return null;
  // A house number's letter is written small (DIN 5008: "12a"); OCR or a form may give it as a capital ("33C").
  return { street: normaliseStreet(street), houseNumber: m[1]!.replace(/\s+/g, '').toLowerCase(), offset: head.lastIndexOf(tokens[i]!) };
}

/**
 * Town and postal code checked against each other in the gazetteer. A town one letter off a known one
 * ("Reichshor") is that town when the postal code is one of its own: then the gazetteer's spelling is taken.
 */
function checkPostal(postal: string, city: string, gazetteer: Gazetteer): { postalCode: string; city: string; check: AddressMatch['postalCheck'] } {
  const key = compareKey(city);
  const town = gazetteer.towns.find((t) => compareKey(t.name) === key) ?? gazetteer.towns.find((t) => levenshtein(compareKey(t.name), key) <= 1);
  if (!town) return { postalCode: postal, city, check: 'unknown' };
  if (postal.length === 6) {
    // A speck read as a digit ("515838 Nümbrecht"): one digit less must give one of the town's own codes.
    const codes = new Set(Array.from(postal, (_, i) => postal.slice(0, i) + postal.slice(i + 1)).filter((code) => town.postalCodes.includes(code)));
    return codes.size === 1 ? { postalCode: [...codes][0]!, city: key.length >= 5 ? town.name : city, check: 'repaired' } : { postalCode: postal, city, check: 'mismatch' };
  }
  if (town.postalCodes.includes(postal)) return { postalCode: postal, city: key.length >= 5 ? town.name : city, check: 'ok' };
  const near = town.postalCodes.filter((p) => levenshtein(p, postal) === 1);
  if (near.length === 1) return { postalCode: near[0]!, city, check: 'repaired' };
  return { postalCode: postal, city, check: 'mismatch' };
}

function cleanCity(raw: string): string {
  const tokens = raw.trim().split(/\s+/);
  const kept: string[] = [];
  for (const t of tokens) {
    // A bracket after the town is its part ("Werder (Havel)", "Hennef (Sieg)") unless it holds an addition
    // ("Dresden (Whg. 12)", "Radevormwald (bei Bayraktar)").
    const bracket = t.startsWith('(') ? /^\(([^)]*)\)?/.exec(raw.trim().slice(raw.trim().indexOf(t)))?.[1] ?? '' : '';
    if (t.startsWith('(') && (ADDITION_ONLY.test(bracket) || !kept.length)) break;
    if (/^[A-ZÄÖÜ(][\wÄÖÜäöüß.()/-]*$/.test(t) || (kept.length && /^(an|am|im|in|der|bei|ob)$/.test(t))) kept.push(t);
    else break;
    if (kept.length >= 4) break;
  }
  while (kept.length && /^(an|am|im|in|der|bei|ob)$/.test(kept[kept.length - 1]!)) kept.pop();
  // A bracket the town did not open closes a sentence's ("(Räumung der Wohnung …, 13589 Berlin)").
  return kept.join(' ').replace(/^([^(]*?)\).*$/, '$1').replace(/[.,]$/, '');
}

/** How many characters of `raw` the cleaned `city` spans (the words may be separated by a line break there). */
function rawLength(raw: string, city: string): number {
  const re = new RegExp(wordsPattern(city));
  const m = re.exec(raw);
  return m ? m.index + m[0].length : city.length;
}

// A postal code, not the end of a telephone number after its hyphen or slash ("0231 9260-41199", "02261/41199"); on a
// fax its digits may come apart ("4 4369 Dortmund"), which counts only where the joined code is a real one.
const POSTAL_TOWN = new RegExp(
  String.raw`(?<![\d.,/-])(?:D-\s?)?(\d{5,6}|\d \d{4}|\d\d \d{3})(?:(?:[ \t]*\n[ \t]*[;:|'‘’·][ \t]*){1,2}\n?[ \t]*|[.,]?\s+)((?:(?:${PLACE_FIRST_WORDS})\s+)?[A-ZÄÖÜ][^\n,\t]*)`,
  'g',
);

/** A street's generic word standing first on a line ("Straße 54-56"): a street only with what ended the line before. */
const BARE_STREET = /^(?:Stra(?:ß|ss|b)e|Str\.?|Weg|Platz|Allee|Gasse|Damm|Chaussee|Ring|Ufer|Wall|Graben|Markt)(?![\p{L}])/u;

/**
 * The words that may begin a street at the end of a line ("… Wohnung Am", "… Wohnung In der"), from a capital;
 * before a bare "Straße" on the next line also the adjective that names it ("… wohnhaft in Kölner").
 */
function streetLead(line: string, next: string): string[] {
  const previous = line.trim().split(/\s+/);
  const lead: string[] = [];
  if (BARE_STREET.test(next) && /^[A-ZÄÖÜ][a-zäöüß]+er$/.test(previous[previous.length - 1] ?? '')) lead.unshift(previous.pop()!);
  while (previous.length && lead.length < 3 && STREET_LEAD.test(previous[previous.length - 1]!)) lead.unshift(previous.pop()!);
  while (lead.length && !/^[A-ZÄÖÜ]/.test(lead[0]!)) lead.shift();
  return lead;
}

/** The line above line `li`, past lines of specks only ("wohnhaft Am" + "—" + "Sonnenhang 12"); null at the top. */
function lineAbove(lines: string[], li: number): string | null {
  for (let i = li - 1; i >= 0; i--) if (!/^[\s—–\-_;:|'‘’.,·]*$/.test(lines[i]!)) return lines[i]!;
  return null;
}

/** The whole additions after a town's comma, up to the next segment that is none ("4. OG, Whg. 17, bestehend …"). */
function additionAfterTown(after: string): string | null {
  if (!/^,\s/.test(after)) return null;
  const parts: string[] = [];
  for (const segment of after.slice(1).split(',').slice(0, 2)) {
    if (!ADDITION_ONLY.test(segment.replace(/\n/g, ' '))) break;
    parts.push(segment.replace(/\s+/g, ' ').trim());
  }
  return parts.length ? parts.join(', ') : null;
}

/**
 * A line's segments: what its commas part, but not inside brackets ("Sudetenstraße 2 (Hinterhaus, 1. OG)"), and
 * what a slash between spaces parts ("Magdeburger Str. 79 a / 2. OG links"; "5/7" is one house number).
 */
function segmentsOf(line: string): string[] {
  return line.split(/(?:,\s*|\s+\/\s+)(?![^()]*\))/);
}

/** All postal addresses in a text: street (abbreviations written out), house number, addition, postal code, city. */
export function findAddresses(text: string, gazetteer: Gazetteer): AddressMatch[] {
  const repaired = repairDigits(text);
  const out: AddressMatch[] = [];
  // A two-word town may wrap after its first word ("51465 Bergisch\nGladbach"); a town wrapped onto the next
  // line may start with a speck of a table ruling, or have one or two on lines of their own ("53721\n;\nSiegburg").
  // A speck may also add a digit to the code ("516883 Wipperfürth"): see checkPostal.
  for (const m of repaired.matchAll(POSTAL_TOWN)) {
    let city = cleanCity(m[2]!.replace(/\s+/g, ' '));
    if (!city) continue;
    const windowStart = Math.max(0, m.index - 160);
    // A floor wrapped after its number or before its side ("Straße 80, 1.\nOG Mitte", "2. OG\nlinks") is one
    // addition: the break becomes a space (same length, so positions stay). OCR's comma for a floor's dot
    // ("98, 2, OG links") becomes the dot, so the floor is not split off as a segment.
    const before = text
      .slice(windowStart, m.index)
      .replace(/(?<![\d.,])(\d{1,2}),(?=[ \t]?(?:[O0]G|Obergeschoss|Etage|Stock)\b)/g, '$1.')
      .replace(/(\d{1,2}\.)\n(?=[ \t]*(?:[O0]G|Obergeschoss|Etage|Stock)\b)/g, '$1 ')
      .replace(/(\b(?:[O0]G|Obergeschoss|Etage|Stock|EG|DG|UG))\n(?=[ \t]*(?:links|rechts|Mitte)\b)/g, '$1 ')
      // Prose joins the street to its town with "in" ("Sudetenstraße 140 (Whg. 14) in 37083 Göttingen").
      .replace(/(?<=\S)\s+in\s*$/, (joiner) => ' '.repeat(joiner.length));
    const lines = before.split(/\n|\t/);
    // Where each line of the text starts among these cells: the walk back goes over up to four lines of text, each
    // with all its cells (a window's street in the first cell, a letter's info block beside it: "Mallinckrodtstr. 55
    // ⇥ Telefax: ⇥ 0231 9260-41199").
    const newlineBefore = [false, ...[...before.matchAll(/\n|\t/g)].map((sep) => sep[0] === '\n')];
    let addition: string | null = null;
    let found: ReturnType<typeof splitStreet> = null;
    /** The words of the street's segment before the street ("die Wohnung im Souterrain des Hauses"). */
    let foundLead = '';
    let consumed = before.length;
    for (let li = lines.length - 1, back = 0; li >= 0 && back < 4; back += newlineBefore[li] ? 1 : 0, li--) {
      const lineText = lines[li]!;
      consumed -= lineText.length + (li < lines.length - 1 ? 1 : 0);
      // A separator between street and town ("Elberfelder Straße 16 / 42477 Radevormwald") ends the street's segment.
      const segments = segmentsOf(lineText.replace(/\s+[/·|–-]\s*$/, ''));
      for (let si = segments.length - 1; si >= 0; si--) {
        // Specks of a scan before the street ("_Talstraße 125", "| Hauptstr. 5") are no part of it.
        let seg = segments[si]!.trim().replace(/^[_|\\'‘’\x60´*•·]+\s*/, '');
        if (!seg) continue;
        // An addition in brackets after the house number ("Talstr. 5-9 (1. Etage links)", "28c (Hinterhaus)").
        const bracketed = /^(.*\d\s?[a-zA-Z]?)\s*\(([^()]{2,30})\)$/.exec(seg);
        if (bracketed && bracketed[2]!.split(/,\s*/).every((part) => ADDITION_ONLY.test(part))) {
          seg = bracketed[1]!;
          addition ??= bracketed[2]!;
        }
        // Only what follows a label is the street: "Anschrift der Wohnung: Hauptstraße 1" → "Hauptstraße 1",
        // while "Mieternummer: 8932-34" or "Telefon: 02204 …" leave no street at all.
        const own = seg.includes(':') ? seg.slice(seg.lastIndexOf(':') + 1).trim() : seg;
        let s = ADDITION_ONLY.test(seg) ? null : splitStreet(own);
        const direct = s;
        // "wohnhaft Wiesengrund\n132, 57489 Drolshagen": the number wrapped onto the next line.
        const above = lineAbove(lines, li);
        if (!s && si === 0 && HOUSE_ONLY.test(seg) && above !== null) {
          const previous = above.split(/,\s*/).pop()!.trim().split(/\s+/);
          for (let take = Math.min(4, previous.length); take >= 1 && !s; take--) s = splitStreet(`${previous.slice(-take).join(' ')} ${seg}`);
        }
        // "Kölner Str, 54": OCR's comma for the abbreviation's dot.
        if (!s && si > 0 && HOUSE_ONLY.test(seg) && STREET_SUFFIX.test(segments[si - 1]!.trim().split(/\s+/).pop() ?? '')) {
          s = splitStreet(`${segments[si - 1]!.trim()} ${seg}`);
        }
        // "die Wohnung Am\nSonnenhang 130", "Auf\nder Brück 129", "In der\nAu 37", "in Kölner\nStraße 54": the
        // street's first words ended the line before. They join when the street then starts with them; "Au",
        // "der Brück" or "Straße" alone is no street.
        if (si === 0 && above !== null && !seg.includes(':')) {
          const lead = streetLead(above, seg);
          const joined = lead.length ? splitStreet(`${lead.join(' ')} ${seg}`) : null;
          if (joined && joined.offset === 0) s = joined;
        }
        if (s) {
          found = s;
          if (s === direct) foundLead = own.slice(0, s.offset);
          break;
        }
        const add = ADDITION.exec(seg);
        // OCR's zero for the O of "OG" ("2. 0G links").
        // OCR's doubled dot ("1.. OG").
        // A speck after it ("Souterrain *").
        // Several whole additions in a row are one ("Seitenflügel, 3. OG rechts").
        if (add && !addition) addition = add[1]!;
        else if (add && ADDITION_ONLY.test(seg)) addition = `${seg}, ${addition}`;
      }
      if (found) {
        // An addition on the line above the street ("c/o Meier", "3. OG Mitte" in a window), or before it in the
        // sentence ("die Wohnung im Souterrain des Hauses Vollmerhauser Straße 1").
        // A window's line shares its row with the info block beside it ("Hinterhaus ⇥ Zimmer 4.01"): for a street in
        // its line's first cell, the line above is that line's first cell.
        const preceding = before.slice(0, consumed);
        const lineStart = preceding.lastIndexOf('\n') + 1;
        const firstCell = !preceding.slice(lineStart).includes('\t');
        const prevLine = (firstCell && lineStart > 0 ? preceding.slice(0, lineStart - 1).split('\n').pop()!.split('\t')[0]! : (lines[li - 1] ?? '')).trim();
        // "c/o" ends a line, "bei" starts one; neither holds a number ("Eingang … bei Gericht …… 16.06.2025" is no addition).
        const co = /(?:^|\s)(c\/o\s[^\d]{2,40})$|^(bei\s[^\d]{2,40})$/.exec(prevLine) ?? (ADDITION_ONLY.test(prevLine) ? [prevLine, prevLine] : null);
        // The street's first words may have ended that line ("… des Hauses Bahnhofstraße" + "100, 51766 …").
        const inHouse = new RegExp(`\\bim\\s+(${ADDITION.source})\\s+des\\s+Hauses(?:\\s+[\\p{L}.-]+){0,3}\\s*$`, 'u').exec((before.slice(0, before.length - lines.slice(li).join('\n').length) + foundLead).slice(-80));
        if (co && !addition) addition = (co[1] ?? co[2]!).trim();
        else if (inHouse && !addition) addition = inHouse[1]!.trim();
        break;
      }
    }
    if (!found) continue;
    // An addition in brackets after the town ("Dresden (Whg. 12)", "Radevormwald (bei Bayraktar)").
    const bracket = /^[^(\n]*?\(([^)\n]{2,30})\)/.exec(m[2]!.slice(0, 80));
    if (!addition && bracket && ADDITION_ONLY.test(bracket[1]!)) addition = bracket[1]!;
    let end = m.index + m[0].length - m[2]!.length + rawLength(m[2]!, city);
    // A town's bracketed part wrapped onto the next line ("06110 Halle" + "(Saale)"), nothing after the town on its
    // line, and not an addition there.
    const wrapped = city.includes('(') ? null : /^[ \t]*\n[ \t]*\((\p{Lu}[\p{L}.]{1,14})\)(?=[\s,.;]|$)/u.exec(text.slice(end, end + 40));
    if (wrapped && !ADDITION_ONLY.test(wrapped[1]!)) {
      city = `${city} (${wrapped[1]})`;
      end += wrapped[0].length;
    }
    // An addition after the town and a comma, as a judgment's tenor writes it ("die Wohnung Wiehlstraße 4, 51766
    // Engelskirchen, 2. OG links, bestehend aus …", "…, 50825 Köln, Whg. 12, bestehend …").
    if (!addition) addition = additionAfterTown(text.slice(end, end + 60));
    if (addition) addition = cleanAddition(addition);
    const postal = m[1]!.replace(' ', '');
    const checked = checkPostal(postal, city, gazetteer);
    // Six digits are a postal code only when one digit less is the town's own; digits a fax put apart only when joined
    // they are a real code.
    if (postal.length === 6 && checked.check !== 'repaired') continue;
    if (postal !== m[1] && checked.check !== 'ok' && !gazetteer.nationalPostalCodes?.has(postal)) continue;
    const streetPos = text.lastIndexOf(found.street.split(' ')[0]!.slice(0, 3), m.index);
    out.push({
      address: { street: found.street, houseNumber: found.houseNumber, postalCode: checked.postalCode, city: checked.city, addition },
      start: Math.max(windowStart, streetPos >= windowStart ? streetPos : Math.max(windowStart, consumed + windowStart)),
      end,
      postalCheck: checked.check,
    });
  }
  // reverse order in prose: "wohnhaft in 51674 Wiehl, Hauptstraße 12"
  for (const m of repaired.matchAll(/(?<![\d.,])(\d{5})\s+([A-ZÄÖÜ][^\n,\t]*),\s*([A-ZÄÖÜ][^\n,\t]*?\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?)(?![\d])/g)) {
    if (out.some((o) => o.end > m.index && o.start <= m.index)) continue;
    const city = cleanCity(m[2]!);
    const s = splitStreet(text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length));
    if (!city || !s) continue;
    const checked = checkPostal(m[1]!, city, gazetteer);
    out.push({
      address: { street: s.street, houseNumber: s.houseNumber, postalCode: checked.postalCode, city: checked.city, addition: null },
      start: m.index,
      end: m.index + m[0].length,
      postalCheck: checked.check,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}