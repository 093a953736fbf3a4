/**
 * Street and house-number normalisation for comparing German addresses.
 */
import { foldLetters } from './name-normalize.js';

/**
 * Comparison key of a street name: folded (ä→ae, ß→ss), lower-case; Str./Str/str./straße/strasse/StraBe → "strasse";
 * "Dr.-" and "Dr " forms alike; spaces, hyphens and dots removed ("Dr.-Ottmar-Kohler-Str." = "Dr. Ottmar Kohler Straße").
 * A house number accidentally left at the end is dropped.
 */
export function normalizeStreet(s: string): string {
  return foldLetters(s.replace(/ß/g, 'ss').replace(/(?<=[a-zäöü])B(?=e\b)/g, 'ss'))
    .replace(/\s+\d+\s*[a-z]?(\s*[-–/]\s*\d+\s*[a-z]?)?\s*$/, '')
    .replace(/str(a(ss|b)e)?\b\.?/g, 'strasse')
    .replace(/\bpl\.(?=\s|$)/g, 'platz')
    .replace(/\bdoktor\b/g, 'dr')
    .replace(/[\s.\-–'’]+/g, '');
}

export interface HouseNumber {
  /** Leading number, or null when none could be read. */
  number: number | null;
  /** Letter or other addition after the number, lower-case, without spaces ("a", "/1"); "" if none. */
  suffix: string;
  /** End of a range ("5-7" → 7); null for a single number. */
  rangeEnd: number | null;
}

/** Splits "12a" → 12 + "a", "5-7" → 5..7, "12 A" → 12 + "a"; OCR O/l/I inside the digits are read as 0/1. */
export function splitHouseNumber(s: string): HouseNumber {
  const t = s.trim().toLowerCase().replace(/\s+/g, '');
  const m = /^([0-9][0-9oli|]*|[oli|][0-9][0-9oli|]*)(.*)$/.exec(t);
  if (!m) return { number: null, suffix: t, rangeEnd: null };
  const digits = (x: string): number => Number(x.replace(/o/g, '0').replace(/[li|]/g, '1'));
  const number = digits(m[1]!);
  const rest = m[2]!;
  const range = /^[-–](\d+)([a-z]?)$/.exec(rest);
  if (range) return { number, suffix: range[2] ?? '', rangeEnd: Number(range[1]) };
  return { number, suffix: rest.replace(/^[-.]/, ''), rangeEnd: null };
}

/** Folded town name for comparison ("Gummersbach-Derschlag" keeps both parts, spaces removed). */
export function normalizeCity(s: string): string {
  return foldLetters(s).replace(/[^a-z]/g, '');
}
