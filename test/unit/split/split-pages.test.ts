import { describe, expect, it } from 'vitest';
import { separatorCandidates, splitPages } from '../../../src/core/split/index.js';
import { pageFromLines } from '../../support/page-factory.js';
import {
  bailiff,
  blank,
  coverLetter,
  judgment,
  noticeFirst,
  noticeSecond,
  separatorSheet,
  stack,
  summons,
  termination,
} from './stack-pages.js';

const ranges = (pages: ReturnType<typeof stack>, separatorPages?: ReadonlySet<number>) =>
  splitPages(pages, separatorPages ? { separatorPages } : {}).documents.map((d) => d.pages);

describe('splitPages', () => {
  it('keeps a single one-page notice as one document', () => {
    const result = splitPages(stack([noticeFirst()]));
    expect(result.documents).toEqual([{ pages: [1, 1], reason: 'Anfang des Stapels', confidence: 1 }]);
    expect(result.droppedPages).toEqual([]);
  });

  it('starts a new document at each page with a court or bailiff letterhead', () => {
    expect(ranges(stack([noticeFirst('12 C 345/25'), summons(), bailiff(), noticeFirst('7 C 88/25')]))).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('keeps "Seite 1 von 2" and "Seite 2 von 2" together and starts again at the next "Seite 1 von 2"', () => {
    const pages = stack([
      noticeFirst('12 C 345/25', 'Seite 1 von 2'),
      noticeSecond(null, 'Seite 2 von 2'),
      noticeFirst('4 C 17/25', 'Seite 1 von 2'),
      noticeSecond(null, 'Seite 2 von 2'),
    ]);
    const result = splitPages(pages);
    expect(result.documents.map((d) => d.pages)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(result.documents[1]!.reason).toContain('Seite 1 von 2');
    expect(result.documents[0]!.confidence).toBeGreaterThan(0.9);
  });

  it('keeps a page without letterhead that repeats the Aktenzeichen with the page before', () => {
    expect(ranges(stack([noticeFirst('12 C 345/25'), noticeSecond('12 C 345/25'), summons('3 C 1024/24')]))).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('keeps "- 2 -" pages with the page before even when the letterhead is repeated', () => {
    const second = ['Amtsgericht Gummersbach', '- 2 -', ...noticeSecond('12 C 345/25')];
    expect(ranges(stack([noticeFirst('12 C 345/25'), second]))).toEqual([[1, 2]]);
  });

  it('starts a new document when the next page has its own letterhead and a different Aktenzeichen', () => {
    expect(ranges(stack([noticeFirst('12 C 345/25'), noticeFirst('12 C 346/25')]))).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('starts a judgment after a notice of the same case although the Aktenzeichen is the same', () => {
    expect(ranges(stack([noticeFirst('12 C 345/25'), noticeSecond('12 C 345/25'), judgment('12 C 345/25')]))).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('does not start a document at a letterhead page while the open one still lacks its announced second page', () => {
    const pageTwo = ['Amtsgericht Gummersbach', ...noticeSecond(null)];
    expect(ranges(stack([noticeFirst('12 C 345/25', 'Seite 1 von 2'), pageTwo]))).toEqual([[1, 2]]);
  });

  it('drops blank duplex backs and keeps the ranges of the documents around them', () => {
    const pages = stack([noticeFirst('12 C 345/25'), blank(), noticeSecond('12 C 345/25'), blank(), summons(), blank()]);
    const result = splitPages(pages);
    expect(result.documents.map((d) => d.pages)).toEqual([
      [1, 3],
      [5, 5],
    ]);
    expect(result.droppedPages).toEqual([2, 4, 6]);
  });

  it('treats OCR specks and "Diese Seite bleibt leer" as blank pages', () => {
    const specks = pageFromLines(['.', "'", 'i ,'], { number: 2, source: 'ocr', confidence: 0.3 });
    const leer = pageFromLines(['Diese Seite bleibt leer.'], { number: 3 });
    const first = pageFromLines(noticeFirst(), { number: 1 });
    const result = splitPages([first, specks, leer]);
    expect(result.droppedPages).toEqual([2, 3]);
    expect(result.documents.map((d) => d.pages)).toEqual([[1, 1]]);
  });

  it('joins a Jobcenter cover letter with the notice it forwards', () => {
    const result = splitPages(stack([coverLetter(), noticeFirst('12 C 345/25'), noticeSecond('12 C 345/25'), summons()]));
    expect(result.documents.map((d) => d.pages)).toEqual([
      [1, 3],
      [4, 4],
    ]);
    expect(result.documents[0]!.reason).toContain('Anschreiben');
  });

  it('joins a cover letter with one notice only, and two cover letters in a row stay apart', () => {
    expect(ranges(stack([coverLetter(), noticeFirst('12 C 345/25'), noticeFirst('7 C 88/25')]))).toEqual([
      [1, 2],
      [3, 3],
    ]);
    expect(ranges(stack([coverLetter(), coverLetter(), noticeFirst()]))).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('joins a cover letter across a blank back with a multi-page notice', () => {
    const pages = stack([coverLetter(), blank(), noticeFirst('12 C 345/25', 'Seite 1 von 2'), noticeSecond(null, 'Seite 2 von 2'), bailiff()]);
    expect(ranges(pages)).toEqual([
      [1, 4],
      [5, 5],
    ]);
  });

  it('starts a landlord termination letter as its own document', () => {
    expect(ranges(stack([noticeFirst(), termination()]))).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('starts a judgment whose head is the Geschäftsnummer and "Im Namen des Volkes" instead of a letterhead', () => {
    const judgmentHead = [
      'Geschäftsnummer: 5 C 238/26',
      'Verkündet am: 01.06.2026',
      'Urkundsbeamtin: Justizbeschäftigte Beispiel',
      '',
      'Amtsgericht Gummersbach',
      'IM NAMEN DES VOLKES',
      'Anerkenntnisurteil',
      'In dem Rechtsstreit',
    ];
    const result = splitPages(stack([noticeFirst('12 C 345/25'), noticeSecond(null), judgmentHead]));
    expect(result.documents.map((d) => d.pages)).toEqual([
      [1, 2],
      [3, 3],
    ]);
    expect(result.documents[1]!.reason).toContain('Urteilskopf');
  });

  it("starts a landlord's reminder with a company letterhead, a dated recipient block and a heading", () => {
    const reminder = [
      'Aggertal Wohnbau eG',
      'Hohenzollernring 12 · 51597 Morsbach',
      '',
      'Herr Karl Beispiel | Datum: 10.02.2026',
      'Auf der Brück 113 a',
      '51597 Morsbach',
      '',
      'Letzte Mahnung vor Kündigung',
      'Offener Betrag: | 2.702,04 €',
    ];
    expect(ranges(stack([noticeFirst(), noticeSecond(null), reminder]))).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('drops separator pages and always splits there, even inside what reads as one document', () => {
    const pages = stack([noticeFirst('12 C 345/25'), ['Sonderseite ohne Text'], noticeSecond('12 C 345/25'), ['x'], summons()]);
    const result = splitPages(pages, { separatorPages: new Set([2, 4]) });
    expect(result.documents.map((d) => d.pages)).toEqual([
      [1, 1],
      [3, 3],
      [5, 5],
    ]);
    expect(result.documents[1]).toMatchObject({ reason: 'nach Trennblatt', confidence: 1 });
    expect(result.droppedPages).toEqual([2, 4]);
  });

  it('recognises a printed separator sheet by its text and can be told not to', () => {
    const pages = stack([noticeFirst(), separatorSheet(), noticeSecond()]);
    expect(ranges(pages)).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(splitPages(pages, { separatorText: false }).documents.map((d) => d.pages)).toEqual([[1, 3]]);
  });

  it('keeps an unbroken run of pages together after a separator even when the first one is weak', () => {
    const pages = stack([noticeFirst(), separatorSheet(), noticeSecond(null), noticeSecond(null)]);
    expect(ranges(pages)).toEqual([
      [1, 1],
      [3, 4],
    ]);
  });

  it('reads OCR-garbled letterheads and headings', () => {
    const garbled = noticeFirst('7 C 88/25').map((l) => l.replace('Amtsgericht', 'Amtsgerlcht').replace('Mitteilung', 'Mitte1lung'));
    expect(ranges(stack([noticeFirst('12 C 345/25'), noticeSecond('12 C 345/25'), garbled]))).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('gives no documents for a batch of blank pages', () => {
    expect(splitPages(stack([blank(), blank()]))).toEqual({ documents: [], droppedPages: [1, 2] });
  });
});

describe('separatorCandidates', () => {
  it('names the nearly empty and "Trennblatt" pages and skips full letters', () => {
    expect(separatorCandidates(stack([noticeFirst(), separatorSheet(), blank(), summons()]))).toEqual([2, 3]);
  });
});
