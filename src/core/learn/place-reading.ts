/**
 * Reading what stands at a place of a page: the line nearest the place, the words from the place's left edge to
 * the right as long as they follow one another (a table's next column is a wide gap away), parsed by the typed
 * parser of the candidate that stands there. The same reading is used to learn (a place is remembered only if it
 * reads back the value the worker gave), to find a typed value on the page, and to apply what was learned.
 */
import { buildLines } from '../extract/layout.js';
import { cleanPartyName } from '../extract/parties.js';
import type { Gazetteer } from '../gazetteer.js';
import type { BBox, Page, Word } from '../page.js';
import { findAddresses, normaliseStreet } from '../parse/address.parser.js';
import { findCourts } from '../parse/court.parser.js';
import { findDates } from '../parse/date.parser.js';
import { parseFileNumber } from '../parse/file-number.parser.js';
import { findMoney } from '../parse/money.parser.js';
import { parseNames } from '../parse/name.parser.js';
import { repairDigits } from '../parse/ocr-repair.js';
import { findTimes } from '../parse/time.parser.js';
import type { CandidateType } from './field-parts.js';

/** Words further apart than this (page widths) belong to different cells. */
const CELL_GAP = 0.03;
/** How far right of the remembered box a value may run: names and streets vary in length, dates hardly. */
const RUN_ON: Record<CandidateType, number> = {
  date: 0.08, time: 0.04, money: 0.05, fileNumber: 0.06, postalCode: 0.03, houseNumber: 0.03,
  name: 0.35, party: 0.4, street: 0.3, city: 0.25, court: 0.3,
};

const linesCache = new WeakMap<Page, Word[][]>();

/** The page's lines (layout.ts), once per page. */
export function linesOf(page: Page): Word[][] {
  let lines = linesCache.get(page);
  if (!lines) {
    lines = buildLines(page.words.filter((w) => w.text.trim()));
    linesCache.set(page, lines);
  }
  return lines;
}

export const centreY = (b: BBox): number => (b[1] + b[3]) / 2;

/** The lines whose middle lies within about a line's height of the box's middle, nearest first. */
export function linesNear(page: Page, box: BBox): Word[][] {
  const cy = centreY(box);
  const tolerance = Math.max(box[3] - box[1], 0.012);
  return linesOf(page)
    .map((line) => {
      const mids = line.map((w) => centreY(w.bbox)).sort((a, b) => a - b);
      return { line, distance: Math.abs(mids[Math.floor(mids.length / 2)]! - cy) };
    })
    .filter((l) => l.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance)
    .map((l) => l.line);
}

/** The line whose middle is nearest the box's middle, within about a line's height; null when none is. */
export function lineAt(page: Page, box: BBox): Word[] | null {
  return linesNear(page, box)[0] ?? null;
}

/**
 * The words of a value that starts at the box's left edge on its line (see the header). Where OCR's boxes cut a
 * table row into two lines (label cell and value cell), the nearest line with a word at the box is taken.
 */
export function wordsAt(page: Page, box: BBox, type: CandidateType, runOn = RUN_ON[type]): Word[] {
  for (const line of linesNear(page, box)) {
    const start = line.findIndex((w) => w.bbox[2] > box[0] + 0.002 && w.bbox[0] < box[2]);
    if (start < 0) continue;
    const out = [line[start]!];
    // A street's leading small words ("Im Langen Feld", "Auf der Brück") just left of the place belong to it.
    for (let i = start - 1; type === 'street' && i >= 0 && out.length < 6; i--) {
      const w = line[i]!;
      if (!STREET_LEAD.test(w.text) || out[0]!.bbox[0] - w.bbox[2] > CELL_GAP) break;
      out.unshift(w);
    }
    const limit = box[2] + runOn;
    for (let i = start + 1; i < line.length; i++) {
      const w = line[i]!;
      if (w.bbox[0] - out.at(-1)!.bbox[2] > CELL_GAP || w.bbox[0] > limit) break;
      out.push(w);
    }
    return out;
  }
  return [];
}

const STREET_LEAD = /^(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Alte[nr]?|Neue[nr]?|Hinter|Vor|Bei|Obere[r]?|Untere[r]?|Große|Kleine|Lange|Hohe|St\.|Sankt|der|die|dem|den|des)$/;
const STREET_AND_NUMBER = /^(\p{Lu}[\p{L}.'’ -]*?\p{L}\.?)\s*(\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?)(?=[\s,;]|$)/u;
const HOUSE_NUMBER = /^(\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?)(?=[\s,;]|$)/;
const TOWN = /^(?:\d{5}\s+)?((?:\p{Lu}[\p{L}.-]*)(?:\s(?:an der|am|im|in der|a\.\s?d\.|\p{Lu}[\p{L}.-]*))*)/u;

const ADDRESS_TYPES: ReadonlySet<CandidateType> = new Set(['street', 'houseNumber', 'postalCode', 'city']);

/** An address part from a text that starts with the part: the address parser on the whole, else the part alone. */
function addressPart(type: CandidateType, t: string, gazetteer: Gazetteer): string | null {
  const whole = findAddresses(t, gazetteer)[0];
  if (whole && whole.start <= 2) return whole.address[type as 'street' | 'houseNumber' | 'postalCode' | 'city'];
  const repaired = repairDigits(t);
  const street = STREET_AND_NUMBER.exec(t);
  const postal = /(?<!\d)(\d{5})(?!\d)/.exec(repaired);
  switch (type) {
    case 'street':
      return street ? normaliseStreet(street[1]!.trim()) : null;
    case 'houseNumber': {
      const number = street?.[2] ?? HOUSE_NUMBER.exec(repaired)?.[1];
      return number ? number.replace(/\s/g, '') : null;
    }
    case 'postalCode':
      return postal?.[1] ?? null;
    default: {
      // A town is what follows the postal code; without one, only a town of the service area.
      const m = TOWN.exec((postal ? t.slice(postal.index + 5) : t).replace(/^[^\p{L}]+/u, ''));
      const town = m ? m[1]!.replace(/[.,;:]+$/, '') : null;
      if (!town || postal) return town;
      const known = gazetteer.towns.find((g) => town === g.name || town.startsWith(`${g.name} `));
      return known ? known.name : null;
    }
  }
}

/**
 * The values of one kind in a text, in order: the first is the value that starts the text; later ones are read
 * where a part follows another on its line (a tenant's birth date after the name, the time after the date).
 */
export function candidatesOf(type: CandidateType, text: string, gazetteer: Gazetteer): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  const one = (v: string | null | undefined) => (v ? [v] : []);
  switch (type) {
    case 'date':
      return findDates(t).map((d) => d.iso);
    case 'time':
      return findTimes(t).map((m) => m.value);
    case 'money':
      return findMoney(t).map((m) => String(m.cents));
    case 'fileNumber':
      return one(parseFileNumber(t));
    case 'name':
      return parseNames(t).map((n) => n.name);
    case 'party':
      return one(cleanPartyName(t));
    case 'court':
      return findCourts(t, gazetteer).map((c) => c.value);
    default:
      return ADDRESS_TYPES.has(type) ? one(addressPart(type, t, gazetteer)) : [];
  }
}

/** The text of words, as one line. */
export const textOf = (words: readonly Word[]): string => words.map((w) => w.text).join(' ');

/** The value of one kind at a place: the words there, parsed. */
export function readAt(page: Page, box: BBox, type: CandidateType, gazetteer: Gazetteer): { value: string; words: Word[] } | null {
  const words = wordsAt(page, box, type);
  if (words.length === 0) return null;
  const value = candidatesOf(type, textOf(words), gazetteer)[0];
  return value === undefined ? null : { value, words };
}

export function boxOf(words: readonly Word[]): BBox {
  return [
    Math.min(...words.map((w) => w.bbox[0])),
    Math.min(...words.map((w) => w.bbox[1])),
    Math.max(...words.map((w) => w.bbox[2])),
    Math.max(...words.map((w) => w.bbox[3])),
  ];
}
