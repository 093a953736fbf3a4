export { pageSignals, type PageSignals, type SenderKind } from './page-signals.js';
export { scoreBoundaries, type BoundaryScore } from './score-boundaries.js';
export { separatorCandidates, splitPages, type SplitDocument, type SplitOptions, type SplitResult } from './split-pages.js';
