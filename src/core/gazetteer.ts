/** The service area: courts, towns and postal codes (configuration, see config/gazetteer.ts). */
export interface Gazetteer {
  /** Court places, e.g. "Gummersbach" (the court is "Amtsgericht Gummersbach"). */
  courts: string[];
  /** Towns with their postal codes. */
  towns: { name: string; postalCodes: string[] }[];
  /** Every postal code of the country (not part of the JSON configuration; added when the config is loaded). */
  nationalPostalCodes?: ReadonlySet<string>;
}
