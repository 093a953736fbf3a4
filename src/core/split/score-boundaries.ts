export interface BoundaryScore {
  /** Share of found document starts that are true starts (1 when nothing was found and nothing was expected). */
  precision: number;
  /** Share of true document starts that were found. */
  recall: number;
  /** Documents whose whole range [first, last] matches the truth exactly. */
  exactDocuments: number;
  truthDocuments: number;
  foundDocuments: number;
}

/**
 * Compares found page ranges with the truth. A boundary is the first page of a document (the first document
 * of a batch counts too, so a batch of one document scores 1/1 when found as one). Ranges are 1-based, inclusive.
 */
export function scoreBoundaries(truth: [number, number][], found: [number, number][]): BoundaryScore {
  const truthStarts = new Set(truth.map(([first]) => first));
  const foundStarts = new Set(found.map(([first]) => first));
  const hits = [...foundStarts].filter((p) => truthStarts.has(p)).length;
  const truthRanges = new Set(truth.map(([a, b]) => `${a}-${b}`));
  return {
    precision: foundStarts.size ? hits / foundStarts.size : truthStarts.size ? 0 : 1,
    recall: truthStarts.size ? hits / truthStarts.size : 1,
    exactDocuments: found.filter(([a, b]) => truthRanges.has(`${a}-${b}`)).length,
    truthDocuments: truth.length,
    foundDocuments: found.length,
  };
}
