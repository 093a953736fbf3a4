import { repairDigits } from './ocr-repair.js';

export interface FileNumberMatch {
  value: string;
  start: number;
  end: number;
  /** A speck of the scan was passed over to read it ("34. C 1189/26"): less certain than a clean match. */
  speck?: boolean;
}

// A dot or comma between department and register is a speck of the scan, never part of a file number.
// OCR reads the register letter C as "€" on fax and photo scans ("421 € 40/25"): read, but as a speck.
const AKTENZEICHEN = /(?<![\d/])(\d{1,4})([.,]?)\s?([CHMcm€])\s?(\d{1,6})\s?\/\s?(\d{2})(?!\d)/g;
// The register's Roman numeral as OCR reads it: I, l, 1 and | mixed ("DR Ill 1574/25").
const DR = /\bDR\s?[-.]?\s?(IV|V|[Il1|]{1,3})\s?[-.]?\s?(\d{1,6})\s?\/\s?(\d{2})(?!\d)/g;

/** Court file numbers ("12C345/25", "12 C 345 / 25", "421 C 23576/15", "34. C 1189/26", "421 € 40/25") → "12 C 345/25". */
export function findFileNumbers(text: string): FileNumberMatch[] {
  const repaired = repairDigits(text);
  const out: FileNumberMatch[] = [];
  for (const m of repaired.matchAll(AKTENZEICHEN)) {
    const euro = m[3] === '€';
    const value = `${m[1]} ${euro ? 'C' : m[3]!.toUpperCase()} ${m[4]}/${m[5]}`;
    out.push({ value, start: m.index, end: m.index + m[0].length, ...(m[2] || euro ? { speck: true } : {}) });
  }
  return out;
}

/** Bailiff register numbers ("DR II 1234/25", "DR-II-1234/25", "DR I 405/11") → "DR II 1234/25". */
export function findDrNumbers(text: string): FileNumberMatch[] {
  const out: FileNumberMatch[] = [];
  for (const m of text.matchAll(DR)) {
    const roman = m[1]!.replace(/[1l|]/g, 'I');
    const serial = repairDigits(m[2]!);
    out.push({ value: `DR ${roman} ${serial}/${m[3]}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function parseFileNumber(text: string): string | null {
  return findDrNumbers(text)[0]?.value ?? findFileNumbers(text)[0]?.value ?? null;
}
