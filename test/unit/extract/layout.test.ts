import { describe, expect, it } from 'vitest';
import { buildDocText, buildLines, evidenceOf } from '../../../src/core/extract/layout.js';
import { pageFromLines } from '../../support/page-factory.js';

describe('buildDocText', () => {
  it('rebuilds lines from positions, not from the reading order', () => {
    const page = pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25'], { shuffle: true });
    expect(buildDocText([page]).text).toBe('Amtsgericht Gummersbach\nAktenzeichen: 12 C 345/25');
  });

  it('joins a word hyphenated across lines', () => {
    const page = pageFromLines(['eine Räumungs-', 'klage gegen']);
    expect(buildDocText([page]).text).toBe('eine Räumungsklage gegen');
  });

  it('does not join a role marker between dashes to the next line as if it were hyphenated', () => {
    const page = pageFromLines(['-Beklagte-', 'hat das Amtsgericht']);
    expect(buildDocText([page]).text).toBe('-Beklagte-\nhat das Amtsgericht');
  });

  it('keeps the hyphen of a double name broken across lines', () => {
    const page = pageFromLines(['Jürgen Müller-', 'Lüdenscheidt']);
    expect(buildDocText([page]).text).toBe('Jürgen Müller-Lüdenscheidt');
  });

  it('separates table columns with a tab', () => {
    const page = pageFromLines(['Aktenzeichen | 12 C 345/25']);
    expect(buildDocText([page]).text).toBe('Aktenzeichen\t12 C 345/25');
  });

  it('maps a character range back to the union box and mean confidence of its words', () => {
    const page = pageFromLines(['Saal 104'], { confidence: (t) => (t === 'Saal' ? 0.8 : 1) });
    const doc = buildDocText([page]);
    const ev = evidenceOf(doc, 0, doc.text.length)!;
    expect(ev.page).toBe(1);
    expect(ev.confidence).toBeCloseTo(0.9);
    expect(ev.bbox[0]).toBeCloseTo(page.words[0]!.bbox[0]);
    expect(ev.bbox[2]).toBeCloseTo(page.words[1]!.bbox[2]);
  });

  it('groups words of slightly different heights into one line', () => {
    const lines = buildLines([
      { text: 'B', bbox: [0.5, 0.102, 0.55, 0.114], confidence: 1 },
      { text: 'A', bbox: [0.1, 0.1, 0.15, 0.112], confidence: 1 },
      { text: 'C', bbox: [0.1, 0.13, 0.15, 0.142], confidence: 1 },
    ]);
    expect(lines.map((l) => l.map((w) => w.text).join(' '))).toEqual(['A B', 'C']);
  });
});
