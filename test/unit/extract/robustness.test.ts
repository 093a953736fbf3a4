import { describe, expect, it } from 'vitest';
import { fieldsSchema } from '../../../src/core/extraction.schema.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines } from '../../support/page-factory.js';

const context = { gazetteer: { courts: ['Gummersbach'], towns: [{ name: 'Wiehl', postalCodes: ['51674'] }] } };
const VOCAB = ['Amtsgericht', 'Beklagte:', 'gegen', 'Herrn', 'Frau', 'Max', 'Müller', '12', 'C', '345/25', '51674', 'Wiehl', 'Str.', 'Termin', 'Uhr', '10:30', '22.04.2025', '1.234,56', '€', 'wohnhaft', 'geb.', 'Räumungstermin', 'DR', 'II', 'Saal', 'l0O', ',', '-', 'Klägerin:', 'und', '|'];

function noise(seed: number, lines: number): string[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return Array.from({ length: lines }, () => Array.from({ length: 1 + (next() % 9) }, () => VOCAB[next() % VOCAB.length]).join(' '));
}

describe('extractDocument on word salad', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('never throws and always returns schema-valid fields (seed %i)', (seed) => {
    const r = extractDocument([pageFromLines(noise(seed, 30), { source: 'ocr', confidence: 0.7 })], context);
    const parsed = fieldsSchema.safeParse(r.fields);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});
