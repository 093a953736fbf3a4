/** Normalisation and similarity functions for matching (one import point). */
export { foldName, foldLetters, ocrFold, splitName, type SplitName } from './name-normalize.js';
export { colognePhonetic, jaroWinkler } from './string-similarity.js';
export { normalizeStreet, normalizeCity, splitHouseNumber, type HouseNumber } from './street-normalize.js';
