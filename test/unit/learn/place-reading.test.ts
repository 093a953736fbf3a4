import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer.js';
import { locatePart } from '../../../src/core/learn/layout-memory.js';
import { readAt } from '../../../src/core/learn/place-reading.js';
import type { BBox, Page } from '../../../src/core/page.js';
import { pageFromLines } from '../../support/page-factory.js';

const GAZETTEER: Gazetteer = { courts: ['Neuwied'], towns: [{ name: 'Neuwied', postalCodes: ['56564'] }, { name: 'Puderbach', postalCodes: ['56305'] }] };

const wordBox = (page: Page, text: string, nth = 0): BBox => page.words.filter((w) => w.text.replace(/,$/, '') === text)[nth]!.bbox;

describe('reading a place', () => {
  it('reads a town only after its postal code or as a town of the service area, never the next words of a form', () => {
    const page = pageFromLines(['Kirchgasse 41-43, Dachgeschoss', '56305 Puderbach', 'Monatliche Miete 450,00 EUR', 'Neuwied']);
    expect(readAt(page, wordBox(page, 'Puderbach'), 'city', GAZETTEER)?.value).toBe('Puderbach');
    expect(readAt(page, wordBox(page, '56305'), 'city', GAZETTEER)?.value).toBe('Puderbach');
    expect(readAt(page, wordBox(page, 'Monatliche'), 'city', GAZETTEER)).toBeNull();
    expect(readAt(page, wordBox(page, 'Dachgeschoss'), 'city', GAZETTEER)).toBeNull();
    expect(readAt(page, wordBox(page, 'Neuwied'), 'city', GAZETTEER)?.value).toBe('Neuwied');
  });

  it('keeps the small words a street starts with when the place lies on the next word', () => {
    const page = pageFromLines(['wohnhaft Im Langen Feld 33, 56305 Puderbach']);
    expect(readAt(page, wordBox(page, 'Langen'), 'street', GAZETTEER)?.value).toBe('Im Langen Feld');
    expect(readAt(page, wordBox(page, 'Langen'), 'houseNumber', GAZETTEER)).toBeNull();
  });

  it('finds a typed town beside the street of the flat, not the court’s town in the letterhead', () => {
    const page = pageFromLines(['Amtsgericht Neuwied', 'Deichtorplatz 8, 56564 Neuwied', '', 'Beklagte: Maik Schmitz', 'Wohnung: Mühlenweg 25b', '56564 Neuwied']);
    const street = locatePart([page], 'address', 'street', 'Mühlenweg', GAZETTEER)!;
    expect(street.bbox).toEqual(wordBox(page, 'Mühlenweg'));
    expect(locatePart([page], 'address', 'city', 'Neuwied', GAZETTEER, street)!.bbox).toEqual(wordBox(page, 'Neuwied', 2));
  });
});
