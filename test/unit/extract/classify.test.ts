import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../src/core/extract/classify.js';
import { foldCase } from '../../../src/core/extract/text-view.js';

const classify = (text: string) => classifyDocument(foldCase(text));

describe('classifyDocument', () => {
  it.each([
    ['Mitteilung nach § 22 Abs. 9 SGB II über den Eingang einer Räumungsklage', 'court_notice'],
    ['Mitteilung in Zivilsachen (MiZi) Räumungsrechtsstreit', 'court_notice'],
    ['Mitteilung gemäß § 15a BSHG', 'court_notice'],
    ['Amtsgericht Gummersbach\nTerminsmitteilung\nTermin zur mündlichen Verhandlung', 'hearing_summons'],
    ['Amtsgericht Wiehl\nLadung zum Termin zur mündlichen Verhandlung', 'hearing_summons'],
    ['Im Namen des Volkes\nVersäumnisurteil\nDer Beklagte wird verurteilt, die Wohnung zu räumen', 'judgment'],
    ['Gerichtsvollzieherin Kraus\nDR II 1234/25\nMitteilung über einen Räumungstermin', 'eviction_notice'],
    ['Gerichtsvollzieher Lang, DR I 405/25, Raeumungstermin', 'eviction_notice'],
    ['Fristlose Kündigung des Mietverhältnisses, hilfsweise ordentliche Kündigung', 'other'],
    // Specks of the scan in the heading words do not hide them.
    ['Amtsgericht Waldbröl\nTermin. zur mündlichen Verhandlung ist bestimmt auf Montag', 'hearing_summons'],
    ['Amtsgericht Siegburg\nMitteilung gem. § 22 Abs. 9 SGB-II', 'court_notice'],
  ])('classifies %j as %s', (text, type) => {
    expect(classify(text)).toBe(type);
  });
});

describe('classifyDocument on a landlord letter', () => {
  it('keeps a termination that threatens a Räumungsklage as other', () => {
    expect(classify('Kündigung\nAndernfalls werden wir Räumungsklage erheben.')).toBe('other');
  });
});

describe('classifyDocument on a benefits authority’s own letter', () => {
  it.each([
    ['Jobcenter Halle (Saale)\nTeam Leistung 14\nÜbernahme von Mietschulden nach § 22 Abs. 8 SGB II\nuns liegt eine Mitteilung des Amtsgerichts über eine gegen Sie erhobene Räumungsklage vor'],
    ['Bezirksamt Neukölln von Berlin\nAmt für Soziales\nÜbernahme von Mietschulden nach § 36 Abs. 1 SGB XII\nMitteilung des Amtsgerichts Neukölln über eine Räumungsklage (Az. 14 C 126/25)'],
  ])('keeps a letter under the authority’s letterhead that retells the notice as other', (text) => {
    expect(classify(text)).toBe('other');
  });

  it('still reads a court’s notice addressed to the authority as a court notice', () => {
    expect(classify('Amtsgericht Neukölln\nAn das Jobcenter Berlin Neukölln\nMitteilung nach § 22 Abs. 9 SGB II über den Eingang einer Räumungsklage')).toBe('court_notice');
  });
});
