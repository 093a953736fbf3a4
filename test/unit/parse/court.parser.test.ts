import { describe, expect, it } from 'vitest';
import { findCourts, parseCourt } from '../../../src/core/parse/court.parser.js';

const gazetteer = { courts: ['Gummersbach', 'Wipperfürth', 'Waldbröl'], towns: [] };

describe('parseCourt', () => {
  it.each([
    ['AMTSGERICHT GUMMERSBACH', 'Amtsgericht Gummersbach'],
    ['Amtsgericht Gummersbach', 'Amtsgericht Gummersbach'],
    ['Das Amtsgericht Wipperfürth teilt mit', 'Amtsgericht Wipperfürth'],
    ['des Amtsgerichts Waldbröl', 'Amtsgericht Waldbröl'],
    ['Amtsgericht Gummersbaoh', 'Amtsgericht Gummersbach'],
    ['Amtsgericht Wipperfurth', 'Amtsgericht Wipperfürth'],
    ['Amtsgericht Siegburg', 'Amtsgericht Siegburg'],
    ['AMTSGERICHT BERGISCH GLADBACH', 'Amtsgericht Bergisch Gladbach'],
    ['Amtsgericht Bad Homburg', 'Amtsgericht Bad Homburg'],
    ['Amtsgericht Gummersbach Postfach 100', 'Amtsgericht Gummersbach'],
    ['Amtsgericht Frankfurt am Main', 'Amtsgericht Frankfurt am Main'],
    ['Amtsgericht Zivilabteilung Wipperfürth', 'Amtsgericht Wipperfürth'],
    ['beim Amtsgericht 0lpe', 'Amtsgericht Olpe'],
    // a river or region in brackets belongs to the town's name; a department in brackets does not
    ['Amtsgericht Frankfurt (Oder)', 'Amtsgericht Frankfurt (Oder)'],
    ['AMTSGERICHT HALLE (SAALE)', 'Amtsgericht Halle (Saale)'],
    ['Amtsgericht Halle (Westf.), Geschäftsstelle', 'Amtsgericht Halle (Westf.)'],
    ['Amtsgericht Gummersbach (Zivilabteilung)', 'Amtsgericht Gummersbach'],
    ['des Amtsgerichts Waldbröl (Az. 4 C 12/25)', 'Amtsgericht Waldbröl'],
  ])('reads %s as %s', (input, value) => {
    expect(parseCourt(input, gazetteer)).toBe(value);
  });

  it('marks courts outside the gazetteer as unknown', () => {
    expect(findCourts('Amtsgericht Siegburg', gazetteer)[0]?.known).toBe(false);
  });

  it('reads a two-word place over a speck at the line break, and never its first word alone', () => {
    expect(parseCourt('Versäumnisurteil des Amtsgerichts Bergisch\n;\tGladbach vom 09.05.2025', gazetteer)).toBe('Amtsgericht Bergisch Gladbach');
    expect(parseCourt('Urteil des Amtsgerichts Bergisch\nvom 09.05.2025', gazetteer)).toBeNull();
  });

  it('does not read a following word as the place', () => {
    expect(parseCourt('das Amtsgericht teilt mit', gazetteer)).toBeNull();
  });
});

describe('parseCourt on letterheads', () => {
  it('does not read the street under "Amtsgericht" as the place', () => {
    expect(parseCourt('Amtsgericht\nMoltkestraße 6', { courts: [], towns: [] })).toBeNull();
  });
});

describe('a place written unlike a place', () => {
  it('names no court in "des Amtsgerichts nach § 22 Abs. 9 SGB II", nor in an abbreviation the gazetteer does not know', () => {
    expect(findCourts('Weiterleitung: Mitteilung des Amtsgerichts nach § 22 Abs. 9 SGB II', gazetteer)).toEqual([]);
    expect(findCourts('Amtsgericht\tRLP Zivil 19', gazetteer)).toEqual([]);
  });

  it('still reads a court written in capitals throughout', () => {
    expect(findCourts('AMTSGERICHT GUMMERSBACH', gazetteer)[0]?.value).toBe('Amtsgericht Gummersbach');
  });
});

describe('what stands between "Amtsgericht" and its place, and after it', () => {
  it('skips the state beside the coat of arms and ends the place at a speck’s dot', () => {
    const g = { courts: ['Leipzig', 'Erfurt'], towns: [] };
    expect(findCourts('"AMTSGERICHT Freistaat Sachsen LEIPZIG', g)[0]?.value).toBe('Amtsgericht Leipzig');
    expect(findCourts('Das Amtsgericht Erfurt.ist zuständig', g)[0]?.value).toBe('Amtsgericht Erfurt');
  });
});
