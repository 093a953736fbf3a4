import { describe, expect, it } from 'vitest';
import { pageSignals } from '../../../src/core/split/index.js';
import { pageFromLines } from '../../support/page-factory.js';
import { bailiff, coverLetter, noticeFirst } from './stack-pages.js';

const signals = (lines: string[]) => pageSignals(pageFromLines(lines));

describe('pageSignals', () => {
  it.each([
    ['Seite 1 von 2', { index: 1, total: 2 }],
    ['Seite l von 2', { index: 1, total: 2 }],
    ['Blatt 2/3', { index: 2, total: 3 }],
    ['- 2 -', { index: 2, total: null }],
    ['Seite 3', { index: 3, total: null }],
  ])('reads the page marker "%s"', (marker, expected) => {
    expect(signals(['Text der Seite mit genug Wörtern für eine echte Seite', marker]).marker).toEqual(expected);
  });

  it('does not take "Seite 2" inside a sentence for a page marker', () => {
    expect(signals(['Die Einzelheiten entnehmen Sie bitte der Aufstellung auf Seite 2 dieses Schreibens.']).marker).toBeNull();
  });

  it('reads sender, recipient block, heading, date and file number of a court notice', () => {
    expect(signals(noticeFirst('12 C 345/25'))).toMatchObject({
      sender: 'court',
      recipient: true,
      heading: true,
      dated: true,
      cover: false,
      headerFileNumbers: ['12 C 345/25'],
    });
  });

  it('tells a bailiff letterhead and a DR number', () => {
    expect(signals(bailiff())).toMatchObject({ sender: 'bailiff', headerFileNumbers: ['DR II 1234/25'] });
  });

  it('recognises a Jobcenter forwarding letter as a cover letter, but not a court notice sent to the Sozialamt', () => {
    expect(signals(coverLetter())).toMatchObject({ sender: 'authority', cover: true });
    expect(signals(noticeFirst()).cover).toBe(false);
  });

  it('recognises a town’s own forwarding letter as a cover letter ("Landeshauptstadt …", "Stadt …")', () => {
    for (const head of ['Landeshauptstadt München', 'Stadt Leipzig']) {
      const page = [head, 'Sozialreferat – Wohnungssicherung', ...coverLetter().slice(2).map((l) => l.replace('Jobcenter', 'Sozialreferat'))];
      expect(signals(page)).toMatchObject({ sender: 'authority', cover: true });
    }
  });
});
