/**
 * The most frequent German family names (folded). Exact agreement on one of them says less about
 * identity than agreement on a rare name, so household scoring weighs it lower.
 */
const COMMON_FAMILY_NAMES = new Set([
  'mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'schulz', 'hoffmann',
  'schaefer', 'koch', 'bauer', 'richter', 'klein', 'wolf', 'schroeder', 'neumann', 'schwarz', 'zimmermann',
  'braun', 'krueger', 'hofmann', 'hartmann', 'lange', 'schmitt', 'werner', 'schmitz', 'krause', 'meier',
  'lehmann', 'schmid', 'schulze', 'maier', 'koehler', 'herrmann', 'koenig', 'walter', 'mayer', 'huber',
  'kaiser', 'fuchs', 'peters', 'lang', 'scholz', 'moeller', 'weiss', 'jung', 'hahn', 'schubert',
  'vogel', 'friedrich', 'keller', 'guenther', 'frank', 'berger', 'winkler', 'roth', 'beck', 'lorenz',
  'baumann', 'franke', 'albrecht', 'schuster', 'simon', 'ludwig', 'boehm', 'winter', 'kraus', 'martin',
  'schumacher', 'kraemer', 'vogt', 'stein', 'jaeger', 'otto', 'sommer', 'gross', 'seidel', 'heinrich',
  'brandt', 'haas', 'schreiber', 'graf', 'schulte', 'dietrich', 'ziegler', 'kuhn', 'kuehn', 'pohl',
  'engel', 'horn', 'busch', 'bergmann', 'thomas', 'voigt', 'sauer', 'arnold', 'wolff', 'pfeiffer',
  // frequent in the service area's population beyond the German top 100
  'yilmaz', 'kaya', 'demir', 'sahin', 'celik', 'nowak', 'kowalski', 'wojcik', 'ivanov', 'smirnov',
]);

/** True when the folded family name is among the most frequent ones. */
export function isCommonFamilyName(foldedFamily: string): boolean {
  return COMMON_FAMILY_NAMES.has(foldedFamily);
}
