import { createRequire } from 'node:module';

/**
 * Every German postal code (Deutsche Post's list, npm package `german-postal-codes`): a town outside the
 * service area's gazetteer is still checked against it.
 */
export const NATIONAL_POSTAL_CODES: ReadonlySet<string> = new Set(createRequire(import.meta.url)('german-postal-codes') as string[]);
