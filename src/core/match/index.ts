export * from './normalize.js';
export { isCommonFamilyName } from './common-names.js';
export {
  blockingKeys, comparePart, scoreHousehold, DEFAULT_JOIN_THRESHOLD, DEFAULT_REVIEW_THRESHOLD,
  type AddressLevel, type HouseholdFacts, type HouseholdScore, type NamePartLevel,
} from './household.js';
export {
  decideMatch, normalizeCourt, normalizeFileNumber, DEFAULT_MATCH_OPTIONS,
  type MatchCandidate, type MatchDecision, type MatchInput, type MatchOptions, type PossibleCandidate,
} from './decide.js';
