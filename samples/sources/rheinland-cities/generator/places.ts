/** Towns, postal codes, streets (fictional house numbers) and the courts serving them. */
export type CourtKey =
  | 'koeln' | 'duesseldorf' | 'bonn' | 'duisburg' | 'essen' | 'leverkusen'
  | 'gummersbach' | 'wipperfuerth' | 'waldbroel';

export interface Town {
  city: string;
  postalCodes: readonly string[];
  court: CourtKey;
  oberberg: boolean;
}

export const TOWNS: readonly Town[] = [
  { city: 'Köln', postalCodes: ['50667', '50733', '50765', '50823', '50825', '51063', '51065', '51103', '51107', '51147', '50969'], court: 'koeln', oberberg: false },
  { city: 'Düsseldorf', postalCodes: ['40210', '40217', '40231', '40233', '40589', '40595', '40625', '40472', '40549'], court: 'duesseldorf', oberberg: false },
  { city: 'Bonn', postalCodes: ['53111', '53113', '53117', '53119', '53123', '53225', '53229', '53175', '53177'], court: 'bonn', oberberg: false },
  { city: 'Duisburg', postalCodes: ['47051', '47053', '47055', '47119', '47137', '47169', '47228', '47259'], court: 'duisburg', oberberg: false },
  { city: 'Essen', postalCodes: ['45127', '45139', '45143', '45145', '45326', '45329', '45355', '45307', '45276'], court: 'essen', oberberg: false },
  { city: 'Leverkusen', postalCodes: ['51371', '51373', '51375', '51377', '51379', '51381'], court: 'leverkusen', oberberg: false },
  { city: 'Gummersbach', postalCodes: ['51643', '51645', '51647'], court: 'gummersbach', oberberg: true },
  { city: 'Bergneustadt', postalCodes: ['51702'], court: 'gummersbach', oberberg: true },
  { city: 'Engelskirchen', postalCodes: ['51766'], court: 'gummersbach', oberberg: true },
  { city: 'Marienheide', postalCodes: ['51709'], court: 'gummersbach', oberberg: true },
  { city: 'Wiehl', postalCodes: ['51674'], court: 'gummersbach', oberberg: true },
  { city: 'Wipperfürth', postalCodes: ['51688'], court: 'wipperfuerth', oberberg: true },
  { city: 'Hückeswagen', postalCodes: ['42499'], court: 'wipperfuerth', oberberg: true },
  { city: 'Radevormwald', postalCodes: ['42477'], court: 'wipperfuerth', oberberg: true },
  { city: 'Lindlar', postalCodes: ['51789'], court: 'wipperfuerth', oberberg: true },
  { city: 'Waldbröl', postalCodes: ['51545'], court: 'waldbroel', oberberg: true },
  { city: 'Nümbrecht', postalCodes: ['51588'], court: 'waldbroel', oberberg: true },
  { city: 'Morsbach', postalCodes: ['51597'], court: 'waldbroel', oberberg: true },
  { city: 'Reichshof', postalCodes: ['51580'], court: 'waldbroel', oberberg: true },
];

/** Street names (full written form). Urban and small-town lists. */
export const CITY_STREETS: readonly string[] = [
  'Venloer Straße', 'Neusser Straße', 'Kalker Hauptstraße', 'Taunusstraße', 'Merianstraße', 'Florastraße',
  'Tannenbuscher Allee', 'Oppelner Straße', 'Weseler Straße', 'Kaiser-Wilhelm-Straße', 'Altenessener Straße',
  'Bonner Straße', 'Hochstraße', 'Am Ginsterpfad', 'Auf dem Hügel', 'Dr.-Simons-Straße', 'Kölner Landstraße',
  'Heinrich-Lübke-Straße', 'Liverpooler Platz', 'An der Rennbahn', 'Ostpreußenstraße', 'Gneisenaustraße',
  'Rheinallee', 'Im Mittelfeld', 'Friedrich-Ebert-Straße', 'Breslauer Straße', 'Vogelsanger Weg', 'Hagebuttenweg',
];
export const TOWN_STREETS: readonly string[] = [
  'Kaiserstraße', 'Hückeswagener Straße', 'Am Sonnenhang', 'Auf der Brück', 'Bergstraße', 'Wiehlstraße',
  'Hauptstraße', 'Im Bruch', 'Zum Aggerblick', 'Lindenweg', 'Dr.-Goldenberg-Straße', 'Kölner Straße',
  'Bahnhofstraße', 'Talstraße', 'An der Bever', 'Steinmüllerallee', 'Homburger Straße', 'Am Wiedenhof',
];

export const ADDITIONS: readonly string[] = [
  '2. OG links', 'EG rechts', '1. OG Mitte', 'Whg. 12', 'Whg. 4', 'DG', '3. Etage rechts', 'Hinterhaus', 'Souterrain', '4. OG, Whg. 17',
];

export interface CourtInfo {
  key: CourtKey;
  name: string; // "Amtsgericht Köln"
  place: string;
  street: string;
  postal: string;
  poBox: string | null;
  phone: string;
  departments: readonly number[];
  rooms: readonly string[];
  venue: string; // where hearings take place
}

export const COURTS: Record<CourtKey, CourtInfo> = {
  koeln: { key: 'koeln', name: 'Amtsgericht Köln', place: 'Köln', street: 'Luxemburger Straße 101', postal: '50939', poBox: 'Postfach 10 27 43, 50467 Köln', phone: '0221 93 18-0', departments: [201, 204, 208, 212, 215, 221], rooms: ['Saal 6', 'Saal 112', 'Saal 217', 'Saal 14'], venue: 'Luxemburger Straße 101, 50939 Köln' },
  duesseldorf: { key: 'duesseldorf', name: 'Amtsgericht Düsseldorf', place: 'Düsseldorf', street: 'Werdener Straße 1', postal: '40227', poBox: 'Postfach 10 19 62, 40010 Düsseldorf', phone: '0211 71 64-0', departments: [23, 27, 29, 31, 38], rooms: ['Sitzungssaal E.112', 'Sitzungssaal 2.120', 'Sitzungssaal A 3.103'], venue: 'Werdener Straße 1, 40227 Düsseldorf' },
  bonn: { key: 'bonn', name: 'Amtsgericht Bonn', place: 'Bonn', street: 'Wilhelmstraße 23', postal: '53111', poBox: null, phone: '0228 48 27-0', departments: [101, 104, 109, 112], rooms: ['Saal 0.11', 'Saal 1.04', 'Saal W 2.17'], venue: 'Wilhelmstraße 23, 53111 Bonn' },
  duisburg: { key: 'duisburg', name: 'Amtsgericht Duisburg', place: 'Duisburg', street: 'König-Heinrich-Platz 1', postal: '47051', poBox: 'Postfach 10 08 37, 47008 Duisburg', phone: '0203 61 55-0', departments: [7, 49, 52, 53, 79], rooms: ['Saal 105', 'Saal 201', 'Saal 148'], venue: 'König-Heinrich-Platz 1, 47051 Duisburg' },
  essen: { key: 'essen', name: 'Amtsgericht Essen', place: 'Essen', street: 'Zweigertstraße 52', postal: '45130', poBox: null, phone: '0201 39 74-0', departments: [11, 13, 15, 18, 20], rooms: ['Sitzungssaal N 107', 'Sitzungssaal 203', 'Saal 3'], venue: 'Zweigertstraße 52, 45130 Essen' },
  leverkusen: { key: 'leverkusen', name: 'Amtsgericht Leverkusen', place: 'Leverkusen', street: 'Gerichtsstraße 9', postal: '51379', poBox: 'Postfach 20 04 18, 51354 Leverkusen', phone: '02171 58 32-0', departments: [22, 24, 26], rooms: ['Saal 1', 'Saal 14', 'Sitzungssaal 2, 1. OG'], venue: 'Gerichtsstraße 9, 51379 Leverkusen' },
  gummersbach: { key: 'gummersbach', name: 'Amtsgericht Gummersbach', place: 'Gummersbach', street: 'Moltkestraße 6', postal: '51643', poBox: 'Postfach 10 07 22, 51607 Gummersbach', phone: '02261 47 19-0', departments: [1, 10, 11, 12, 15], rooms: ['Sitzungssaal 1', 'Sitzungssaal 12, 1. OG', 'Saal 104'], venue: 'Moltkestraße 6, 51643 Gummersbach' },
  wipperfuerth: { key: 'wipperfuerth', name: 'Amtsgericht Wipperfürth', place: 'Wipperfürth', street: 'Gaulstraße 22', postal: '51688', poBox: null, phone: '02267 63 02-0', departments: [2, 9], rooms: ['Saal 1', 'Saal 2 (Erdgeschoss)'], venue: 'Gaulstraße 22, 51688 Wipperfürth' },
  waldbroel: { key: 'waldbroel', name: 'Amtsgericht Waldbröl', place: 'Waldbröl', street: 'Gerichtsstraße 1', postal: '51545', poBox: 'Postfach 13 27, 51538 Waldbröl', phone: '02291 84 16-0', departments: [3, 6, 13], rooms: ['Sitzungssaal I', 'Sitzungssaal II', 'Raum 109'], venue: 'Gerichtsstraße 1, 51545 Waldbröl' },
};

/** Abbreviate a street the way a form or a clerk would type it. */
export function abbreviateStreet(street: string, style: 'full' | 'str' | 'lower'): string {
  if (style === 'full') return street;
  if (/ Straße$/.test(street)) return street.replace(/ Straße$/, ' Str.');
  if (/straße$/.test(street)) return street.replace(/straße$/, style === 'lower' ? 'str.' : 'str.');
  return street;
}
