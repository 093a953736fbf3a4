import { repairDigits } from './ocr-repair.js';

export interface FileNumberMatch {
  value: string;
  start: number;
  end: number;
  /** A speck of the scan was passed over to read it ("34. C 1189/26"): less certain than a clean match. */
  speck?: boolean;
  /** A register number without its numeral ("DR 1019/25"): printed so by some bailiffs, or a numeral OCR lost. */
  bare?: boolean;
  /**
   * A numeral read as a 1 that touches the serial ("DR 1229/25"): "DR I 229/25" with the gap lost, or serial 1229
   * printed without a numeral. Read as the numeral, but unsure.
   */
  glued?: boolean;
}

// A dot or comma between department and register is a speck of the scan, never part of a file number.
// OCR reads the register letter C as "€" on fax and photo scans ("421 € 40/25"): read, but as a speck.
const AKTENZEICHEN = /(?<![\d/])(\d{1,4})([.,]?)\s?([CHMcm€])\s?(\d{1,6})\s?\/\s?(\d{2})(?!\d)/g;
// The register's Roman numeral as OCR reads it: I, l, 1 and | mixed ("DR Ill 1574/25"); some bailiffs print none
// ("DR 1019/25").
const DR = /\bDR\s?[-.]?\s?(?:(IV|V|[Il1|]{1,3})(\s?[-.]?\s?))?(\d{1,6})\s?\/\s?(\d{2})(?!\d)/g;

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
    let numeral = m[1] ?? '';
    let serial = m[3]!;
    const glued = /1/.test(numeral) && !m[2];
    // No serial starts with 0: a 1 before one is its first digit ("DR 1019/25").
    if (glued && /^1+$/.test(numeral) && serial.startsWith('0')) [numeral, serial] = ['', numeral + serial];
    const roman = numeral.replace(/[1l|]/g, 'I');
    const flag = !roman ? { bare: true } : glued ? { glued: true } : {};
    out.push({ value: `DR ${roman ? `${roman} ` : ''}${repairDigits(serial)}/${m[4]}`, start: m.index, end: m.index + m[0].length, ...flag });
  }
  return out;
}

/** Whether a register number as read ("DR 1019/25") has no numeral: printed so, or a numeral the scan lost. */
export function lacksNumeral(value: string): boolean {
  return /^DR \d/.test(value);
}

export function parseFileNumber(text: string): string | null {
  return findDrNumbers(text)[0]?.value ?? findFileNumbers(text)[0]?.value ?? null;
}
