import { describe, expect, it } from 'vitest';
import { buildDocText } from '../../../src/core/extract/layout.js';
import { makeView } from '../../../src/core/extract/text-view.js';
import { pageFromLines } from '../../support/page-factory.js';

/** The cues found on each word of one line. */
function cuesOf(line: string): Record<string, string[]> {
  const view = makeView(buildDocText([pageFromLines([line])]));
  const out: Record<string, string[]> = {};
  for (const hit of view.cues) (out[view.text.slice(hit.start, hit.end)] ??= []).push(hit.cue);
  return out;
}

describe('label words as forms print them', () => {
  it.each([
    // Umlauts written out, as forms in capitals and typewriter fonts print them.
    ['KLAEGER/IN', 'KLAEGER', 'landlord'],
    ['RAEUMUNGSOBJEKT', 'RAEUMUNGSOBJEKT', 'flat'],
    ['RUECKSTAND MIETE', 'RUECKSTAND', 'arrears'],
    ['Mietrückstandes', 'Mietrückstandes', 'arrears'],
    ['Terminsbenachrichtigung', 'Terminsbenachrichtigung', 'hearing'],
    ['Geschäftszimmer 2.14', 'Geschäftszimmer', 'addressOther'],
    ['für den Haushalt Jacqueline Köhler', 'Haushalt', 'tenant'],
  ])('%s: %s labels %s', (line, word, cue) => {
    expect(cuesOf(line)[word]).toEqual([cue]);
  });

  it('reads a river in a company name as no hearing room ("Saale-Wohnbau GmbH"), the word "Saal" as one', () => {
    expect(cuesOf('Saale-Wohnbau GmbH')['Saale'] ?? []).not.toContain('room');
    expect(cuesOf('Saal 1.214')['Saal']).toEqual(['room']);
  });
});
