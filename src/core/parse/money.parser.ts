import { repairDigits, withoutRulings } from './ocr-repair.js';

export interface MoneyMatch {
  cents: number;
  start: number;
  end: number;
}

const AMOUNT = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{2}|-{1,2}|—))?';
const CURRENCY = '(?:€|EUR\\b|Euro\\b)';
/**
 * Not the tail of a longer number ("090 €" of a fax's "330,090 €"), nor its head ("€ 330,09" of it); a dot or
 * comma after a word is a speck ("an die Klägerseite.1.369,93 €").
 */
const NOT_AFTER_DIGITS = '(?<!\\d)(?<!\\d[.,])';
const MONEY = new RegExp(
  `${CURRENCY}\\s?${AMOUNT}(?![.,]?\\d)|${NOT_AFTER_DIGITS}${AMOUNT}\\s?${CURRENCY}|${NOT_AFTER_DIGITS}(\\d{1,3}(?:\\.\\d{3})*),(\\d{2}|-)(?!\\d)`,
  'g',
);

function toCents(whole: string, frac: string | undefined): number {
  const euros = Number(whole.replace(/\./g, ''));
  const cents = frac && /^\d{2}$/.test(frac) ? Number(frac) : 0;
  return euros * 100 + cents;
}

/** Amounts like "1.234,56 €", "€ 1.234,56", "650 EUR", "1774,45 Euro", "1.234,-" → integer cents. */
export function findMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  // A table ruling glued to the amount ("Höhe des Mietrückstandes |1.411,90 €").
  for (const m of repairDigits(withoutRulings(text)).matchAll(MONEY)) {
    const whole = m[1] ?? m[3] ?? m[5]!;
    const frac = m[1] ? m[2] : m[3] ? m[4] : m[6];
    out.push({ cents: toCents(whole, frac), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function parseMoney(text: string): number | null {
  return findMoney(text)[0]?.cents ?? null;
}
