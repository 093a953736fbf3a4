import { describe, expect, it } from 'vitest';
import { scoreBoundaries } from '../../../src/core/split/index.js';

describe('scoreBoundaries', () => {
  const truth: [number, number][] = [
    [1, 2],
    [3, 3],
    [5, 7],
  ];

  it('scores a perfect split as 1/1 with every range exact', () => {
    expect(scoreBoundaries(truth, truth)).toEqual({ precision: 1, recall: 1, exactDocuments: 3, truthDocuments: 3, foundDocuments: 3 });
  });

  it('loses recall when two documents are merged', () => {
    const s = scoreBoundaries(truth, [
      [1, 3],
      [5, 7],
    ]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.exactDocuments).toBe(1);
  });

  it('loses precision when a document is cut in two', () => {
    const s = scoreBoundaries(truth, [
      [1, 2],
      [3, 3],
      [5, 5],
      [6, 7],
    ]);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBe(1);
  });

  it('counts a right start with a wrong end as a boundary hit but not as an exact document', () => {
    const s = scoreBoundaries(truth, [
      [1, 2],
      [3, 4],
      [5, 7],
    ]);
    expect(s).toMatchObject({ precision: 1, recall: 1, exactDocuments: 2 });
  });

  it('treats an empty truth and an empty result as perfect, and nothing found as zero', () => {
    expect(scoreBoundaries([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreBoundaries(truth, [])).toMatchObject({ precision: 0, recall: 0 });
  });
});
