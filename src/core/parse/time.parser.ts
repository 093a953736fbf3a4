import { repairDigits } from './ocr-repair.js';

export interface TimeMatch {
  value: string;
  start: number;
  end: number;
}

// A speck between the minutes and "Uhr" ("10.00. Uhr") is passed over.
const TIME = /(?<![\d.,])([01]?\d|2[0-3])(?:\s?[:.]\s?([0-5]\d)[.,]?)?\s?(?:Uhr\b|h\b)|(?<![\d.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d.])/g;

/** Times like "10:30 Uhr", "10.30 Uhr", "9 Uhr", "9:00h", "14:15" → "HH:MM". */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of repairDigits(text).matchAll(TIME)) {
    const hour = m[1] ?? m[3]!;
    const minute = m[2] ?? m[4] ?? '00';
    out.push({ value: `${hour.padStart(2, '0')}:${minute}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function parseTime(text: string): string | null {
  return findTimes(text)[0]?.value ?? null;
}
