import type { Gazetteer } from '../gazetteer.js';
import { compareKey, levenshtein } from './ocr-repair.js';

export interface CourtMatch {
  value: string;
  start: number;
  end: number;
  /** Whether the place was found in the gazetteer (exactly or by a small OCR repair). */
  known: boolean;
  exact: boolean;
}

/** First words of two-word places ("Bergisch Gladbach", "Bad Honnef"): never a place on their own. */
export const PLACE_FIRST_WORDS = String.raw`Bad|Bergisch|Sankt|St\.|Schwäbisch|Hann\.|Bernkastel|Neustadt`;
// Spaces only (never a line break) inside the name: "Amtsgericht Wipperfürth\nIM NAMEN DES VOLKES" is not "… im Namen".
// A department's name may stand between court and place, where a letterhead's two lines were read as one
// ("Amtsgericht Zivilabteilung Wipperfürth"), or the state's name beside the coat of arms ("AMTSGERICHT Freistaat
// Sachsen LEIPZIG"). OCR's zero for a first O is read as the O.
// "AG Neuwied" for the court too, where no company name runs into it ("Wohnungsgesellschaft Oberland AG").
const COURT = new RegExp(
  String.raw`(?:\bA ?M ?T ?S ?G ?E ?R ?I ?C ?H ?T(?:E?S)?|(?<![\p{L}.,&-][ \t]?)(?<!\p{Lu}\p{Ll}+[ \t])\bAG\b\.?)[ \t]+(?:(?:Zivilabteilung|Zweigstelle|Familiengericht|Vollstreckungsgericht|Freistaat[ \t]+[A-ZÄÖÜ][a-zäöü]+)[ \t]+)?((?:(?:${PLACE_FIRST_WORDS}|Landstuhl)\s+(?:[;:,|]\s+)?)?(?:(?:[A-ZÄÖÜ]|0(?=[a-zäöü]))[A-Za-zÄÖÜäöüß.-]+)(?: (?:an der|am|im|in der|a\. ?d\.) [A-ZÄÖÜ][A-Za-zÄÖÜäöüß.-]+)?)(?:[ \t]?(\([A-ZÄÖÜ][a-zäöü]+\.?\)))?`,
  'giu',
);
/** Words in brackets after a court's place that name a part of the court, not of the town. */
const QUALIFIER_NOT_PLACE = /^\((?:Abteilung|Abt|Zivil\p{L}*|Familien\p{L}*|Zweigstelle|Nebenstelle|Außenstelle|Mahn\p{L}*|Vollstreckung\p{L}*|Insolvenz\p{L}*|Grundbuch\p{L}*|Nachlass\p{L}*|Betreuung\p{L}*|Registergericht|Geschäftsstelle)\.?\)$/u;
const PLACE_PREFIX = new RegExp(`^(?:${PLACE_FIRST_WORDS})$`, 'i');
const NOT_PLACE = /^(und|der|die|das|den|dem|des|in|ist|hat|wird|zu|vom|mit|teilt|gibt|Postfach|Geschäftsstelle|Abteilung)$/i;

function titleCase(word: string): string {
  return word
    .split(/([\s-])/)
    .map((w) => (/^(an|der|am|im|in|a\.|d\.)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

/** "AMTSGERICHT GUMMERSBACH", "des Amtsgerichts Gummersbach" → "Amtsgericht Gummersbach", fuzzy-matched to the gazetteer. */
export function findCourts(text: string, gazetteer: Gazetteer): CourtMatch[] {
  const out: CourtMatch[] = [];
  for (const m of text.matchAll(COURT)) {
    // The short form only where the place ends its phrase ("AG Neuwied, 4 C 1152/25", "(AG Neuwied)").
    if (/^AG\b/.test(m[0]) && !/^\s*(?:[,;)\n]|$|\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // OCR's zero for a place's O ("Amtsgericht 0lpe").
    // A speck's dot joining the place to the next word ("Erfurt.ist") ends the place.
    const raw = m[1]!.replace(/\s+[;:,|](?=\s)/g, '').replace(/\s+/g, ' ').replace(/\.(?=\p{Ll}).*$/u, '').replace(/[.,-]+$/, '').replace(/^0(?=\p{Ll})/u, 'O');
    const [first, second] = raw.split(' ');
    if (PLACE_PREFIX.test(first!) && (second === undefined || NOT_PLACE.test(second))) continue;
    if (NOT_PLACE.test(raw) || raw.length < 3 || /(stra(ß|ss)e|str\.|weg|platz|allee)$/i.test(raw)) continue;
    // The place is written like the word "Amtsgericht" before it, or capitalised: "des Amtsgerichts nach § 22" names no
    // place, and "Amtsgericht RLP" an abbreviation unless the gazetteer knows it.
    const head = m[0].slice(0, m[0].length - m[1]!.length);
    if (/^\p{Ll}/u.test(raw) && head !== head.toLowerCase()) continue;
    const shouted = raw === raw.toUpperCase() && head !== head.toUpperCase();
    // A river or region that is part of the town's name ("Frankfurt (Oder)", "Halle (Saale)", "Halle (Westf.)"); a
    // department in brackets ("(Zivilabteilung)") is none.
    const qualifier = m[2] && /^\(\p{Lu}/u.test(m[2]) && !QUALIFIER_NOT_PLACE.test(m[2]) ? ` (${titleCase(m[2].slice(1, -1))})` : '';
    const place = (raw === raw.toUpperCase() || raw === raw.toLowerCase() ? titleCase(raw) : raw) + qualifier;
    const key = compareKey(place);
    let best: { name: string; dist: number } | null = null;
    for (const c of gazetteer.courts) {
      const dist = levenshtein(key, compareKey(c));
      if (!best || dist < best.dist) best = { name: c, dist };
    }
    const known = !!best && best.dist <= Math.max(1, Math.floor(key.length / 6));
    if (shouted && !known) continue;
    out.push({
      value: `Amtsgericht ${known ? best!.name : place}`,
      start: m.index,
      end: m.index + m[0].length,
      known,
      exact: known && best!.dist === 0,
    });
  }
  return out;
}

export function parseCourt(text: string, gazetteer: Gazetteer): string | null {
  return findCourts(text, gazetteer)[0]?.value ?? null;
}
