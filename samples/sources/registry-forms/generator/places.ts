/** Towns with their real postal codes, the Amtsgericht responsible, and fictional street names. */
export type CourtKey = 'gummersbach' | 'wipperfuerth' | 'waldbroel' | 'siegburg' | 'neuwied';

export interface Town {
  city: string;
  postalCodes: readonly string[];
  court: CourtKey;
  obk: boolean;
  weight: number;
}

export const TOWNS: readonly Town[] = [
  { city: 'Gummersbach', postalCodes: ['51643', '51645', '51647'], court: 'gummersbach', obk: true, weight: 14 },
  { city: 'Bergneustadt', postalCodes: ['51702'], court: 'gummersbach', obk: true, weight: 5 },
  { city: 'Engelskirchen', postalCodes: ['51766'], court: 'gummersbach', obk: true, weight: 4 },
  { city: 'Marienheide', postalCodes: ['51709'], court: 'gummersbach', obk: true, weight: 3 },
  { city: 'Reichshof', postalCodes: ['51580'], court: 'gummersbach', obk: true, weight: 3 },
  { city: 'Wiehl', postalCodes: ['51674'], court: 'gummersbach', obk: true, weight: 4 },
  { city: 'Wipperfürth', postalCodes: ['51688'], court: 'wipperfuerth', obk: true, weight: 5 },
  { city: 'Hückeswagen', postalCodes: ['42499'], court: 'wipperfuerth', obk: true, weight: 3 },
  { city: 'Lindlar', postalCodes: ['51789'], court: 'wipperfuerth', obk: true, weight: 3 },
  { city: 'Radevormwald', postalCodes: ['42477'], court: 'wipperfuerth', obk: true, weight: 5 },
  { city: 'Waldbröl', postalCodes: ['51545'], court: 'waldbroel', obk: true, weight: 5 },
  { city: 'Morsbach', postalCodes: ['51597'], court: 'waldbroel', obk: true, weight: 2 },
  { city: 'Nümbrecht', postalCodes: ['51588'], court: 'waldbroel', obk: true, weight: 3 },
  { city: 'Siegburg', postalCodes: ['53721'], court: 'siegburg', obk: false, weight: 8 },
  { city: 'Troisdorf', postalCodes: ['53840', '53842', '53844'], court: 'siegburg', obk: false, weight: 8 },
  { city: 'Lohmar', postalCodes: ['53797'], court: 'siegburg', obk: false, weight: 2 },
  { city: 'Hennef (Sieg)', postalCodes: ['53773'], court: 'siegburg', obk: false, weight: 3 },
  { city: 'Much', postalCodes: ['53804'], court: 'siegburg', obk: false, weight: 1 },
  { city: 'Neuwied', postalCodes: ['56564', '56566', '56567'], court: 'neuwied', obk: false, weight: 11 },
  { city: 'Dierdorf', postalCodes: ['56269'], court: 'neuwied', obk: false, weight: 2 },
  { city: 'Rengsdorf', postalCodes: ['56579'], court: 'neuwied', obk: false, weight: 1 },
  { city: 'Puderbach', postalCodes: ['56305'], court: 'neuwied', obk: false, weight: 1 },
];

/** Street names (full form); the generator abbreviates "straße" when a sender does. */
export const STREETS: readonly string[] = [
  'Kölner Straße', 'Hauptstraße', 'Bahnhofstraße', 'Am Sonnenhang', 'Auf der Brück', 'Hohenzollernstraße',
  'Dr.-Ottmar-Kohler-Straße', 'Wiesenweg', 'Im Hufeisen', 'Talstraße', 'Lindenstraße', 'Siegener Straße',
  'Zum Steinberg', 'Am Bruch', 'Friedrich-Ebert-Straße', 'Brückenstraße', 'Mühlenweg', 'Kaiserstraße',
  'An der Agger', 'Höhenweg', 'Schulstraße', 'Kirchgasse', 'Oststraße', 'Im Langen Feld', 'Wilhelmstraße',
  'Von-Steinen-Straße', 'Auf dem Hagen', 'Gartenstraße', 'Breslauer Straße', 'Am Vogelsang', 'Wehrstraße',
  'Sankt-Martin-Straße', 'Rosenweg', 'Hindenburgstraße', 'Neue Straße', 'Birkenweg', 'Am alten Bahnhof',
];

export const ADDITIONS: readonly string[] = [
  '2. OG links', 'EG rechts', 'Whg. 12', '1. OG Mitte', 'Dachgeschoss', 'Hinterhaus', '3. OG rechts', 'Souterrain',
  'Whg. 4', '1. Etage links', 'Erdgeschoss', 'App. 7', 'bei Müller', 'c/o Demir',
];

/** "Kölner Straße" → "Kölner Str.", "Hauptstraße" → "Hauptstr."; other names unchanged. */
export function abbreviateStreet(street: string): string {
  return street.replace(/Straße$/, 'Str.').replace(/straße$/, 'str.');
}

/** A house number as a sender prints it: "12a" → "12 a", "5-7" → "5 - 7". */
export function spacedHouseNumber(n: string): string {
  return n.replace(/^(\d+)([a-z])$/, '$1 $2').replace(/^(\d+)-(\d+)$/, '$1 - $2');
}
