/** Fictional people and firms plus real towns / postal codes of the inbox's districts. */

export interface NameParts {
  given: string;
  family: string;
  gender: 'm' | 'f';
}

type Origin = 'de' | 'tr' | 'pl' | 'ru' | 'ar' | 'ro' | 'balkan' | 'it' | 'gr' | 'af';

const GIVEN: Record<Origin, { m: string[]; f: string[] }> = {
  de: {
    m: ['Jürgen', 'Klaus-Peter', 'Stefan', 'Dennis', 'Marco', 'Uwe', 'Kevin', 'Torsten', 'Horst', 'Sven', 'Jörg', 'Björn', 'Hans-Werner'],
    f: ['Sabine', 'Marie-Luise', 'Jessica', 'Nicole', 'Andrea', 'Jacqueline', 'Ursula', 'Chantal', 'Birgit', 'Jana', 'Anne-Kathrin', 'Gisela'],
  },
  tr: {
    m: ['Mehmet', 'Hüseyin', 'Murat', 'Serkan', 'Oğuz', 'İbrahim', 'Çağlar', 'Emre'],
    f: ['Ayşe', 'Fatma', 'Gülşen', 'Elif', 'Şeyma', 'Derya', 'Hülya', 'Özlem'],
  },
  pl: {
    m: ['Łukasz', 'Krzysztof', 'Paweł', 'Tomasz', 'Michał', 'Wojciech', 'Przemysław'],
    f: ['Małgorzata', 'Ewa', 'Agnieszka', 'Katarzyna', 'Joanna', 'Bożena', 'Grażyna'],
  },
  ru: {
    m: ['Dmitrij', 'Sergej', 'Alexander', 'Wladimir', 'Jewgeni', 'Viktor', 'Andrej'],
    f: ['Olga', 'Swetlana', 'Tatjana', 'Natalia', 'Irina', 'Ljudmila', 'Jelena'],
  },
  ar: {
    m: ['Mohammed', 'Ahmad Karim', 'Khaled', 'Yousef', 'Omar', 'Mahmoud', 'Bilal'],
    f: ['Fatima', 'Rania', 'Aisha', 'Nour', 'Layla', 'Samira', 'Hanan'],
  },
  ro: {
    m: ['Ionuț', 'Florin', 'Mihai', 'Gheorghe', 'Adrian', 'Costel'],
    f: ['Ioana', 'Mariana', 'Elena', 'Florentina', 'Roxana', 'Alina'],
  },
  balkan: {
    m: ['Dragan', 'Mirsad', 'Nikola', 'Zoran', 'Edin', 'Goran', 'Armend'],
    f: ['Jasmina', 'Snežana', 'Mirela', 'Vesna', 'Amela', 'Dijana', 'Arta'],
  },
  it: {
    m: ['Giuseppe', 'Salvatore', 'Antonio', 'Francesco', 'Vincenzo'],
    f: ['Giovanna', 'Rosaria', 'Carmela', 'Francesca', 'Anna Maria'],
  },
  gr: {
    m: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikolaos'],
    f: ['Eleni', 'Maria', 'Despina', 'Vasiliki'],
  },
  af: {
    m: ['Kwame', 'Emeka', 'Abdoulaye', 'Tesfaye', 'Joseph', 'Ibrahima'],
    f: ['Ama', 'Chiamaka', 'Aminata', 'Grace', 'Fatoumata', 'Mercy'],
  },
};

const FAMILY: Record<Origin, string[]> = {
  de: ['Schmitz', 'Müller-Lüdenscheidt', 'Kötter', 'Hoffmann', 'Baumgärtner', 'Weiß', 'Schäfer', 'Krüger', 'von der Heydt', 'Dahlhaus', 'Strüßmann', 'Overbeck', 'Bröcker', 'Wöstmann', 'Kleine-Büning', 'Jäger'],
  tr: ['Yılmaz', 'Öztürk', 'Şahin', 'Kılıç', 'Aydoğan', 'Çelik', 'Doğan', 'Güneş', 'Karataş', 'Erdoğdu'],
  pl: ['Kowalczyk', 'Wiśniewski', 'Nowakowski', 'Wójcik', 'Dąbrowski', 'Kamiński', 'Błaszczyk', 'Zieliński'],
  ru: ['Iwanow', 'Schewtschenko', 'Petrowa', 'Kusnezow', 'Smirnow', 'Wolkow', 'Becker-Romanow'],
  ar: ['Al-Hassan', 'Haddad', 'El Khoury', 'Abu Samra', 'Mansour', 'Nasser', 'Al Masri'],
  ro: ['Popescu', 'Ionescu', 'Constantinescu', 'Stănescu', 'Dumitru', 'Lăcătuș'],
  balkan: ['Hodžić', 'Jovanović', 'Petrović', 'Krasniqi', 'Begović', 'Marković', 'Kovačević'],
  it: ['Di Napoli', 'Russo', 'Esposito', 'De Luca', 'Lo Bianco', 'Ferraro'],
  gr: ['Papadopoulos', 'Georgiadis', 'Karagianni', 'Nikolaidis'],
  af: ['Mensah', 'Okonkwo', 'Diallo', 'Bekele', 'Owusu', 'Traoré', 'Nwosu'],
};

const ORIGIN_WEIGHTS: readonly (readonly [Origin, number])[] = [
  ['de', 34], ['tr', 14], ['pl', 10], ['ru', 9], ['ar', 9], ['ro', 6], ['balkan', 7], ['it', 5], ['gr', 3], ['af', 5],
];

export function nameData(): { given: Record<Origin, { m: string[]; f: string[] }>; family: Record<Origin, string[]>; weights: typeof ORIGIN_WEIGHTS } {
  return { given: GIVEN, family: FAMILY, weights: ORIGIN_WEIGHTS };
}

export type Origins = Origin;

/** Female form for Polish/Russian family names where the printed form changes. */
export function femaleFamily(origin: Origin, family: string): string {
  if (origin === 'pl' && family.endsWith('ski')) return family.slice(0, -1) + 'a';
  if (origin === 'ru' && /ow$/.test(family)) return family + 'a';
  return family;
}

export type CourtKey = 'ag-gm' | 'ag-wipp' | 'ag-wald' | 'ag-wup' | 'ag-ge';

export interface Town {
  city: string;
  postalCodes: string[];
}

export const TOWNS: Record<CourtKey, Town[]> = {
  'ag-gm': [
    { city: 'Gummersbach', postalCodes: ['51643', '51645', '51647'] },
    { city: 'Bergneustadt', postalCodes: ['51702'] },
    { city: 'Engelskirchen', postalCodes: ['51766'] },
    { city: 'Wiehl', postalCodes: ['51674'] },
    { city: 'Marienheide', postalCodes: ['51709'] },
  ],
  'ag-wipp': [
    { city: 'Wipperfürth', postalCodes: ['51688'] },
    { city: 'Hückeswagen', postalCodes: ['42499'] },
    { city: 'Radevormwald', postalCodes: ['42477'] },
    { city: 'Lindlar', postalCodes: ['51789'] },
  ],
  'ag-wald': [
    { city: 'Waldbröl', postalCodes: ['51545'] },
    { city: 'Morsbach', postalCodes: ['51597'] },
    { city: 'Nümbrecht', postalCodes: ['51588'] },
    { city: 'Reichshof', postalCodes: ['51580'] },
  ],
  'ag-wup': [
    { city: 'Wuppertal', postalCodes: ['42103', '42105', '42107', '42275', '42277', '42281', '42283', '42285', '42287', '42289', '42327', '42329', '42349', '42389'] },
  ],
  'ag-ge': [
    { city: 'Gelsenkirchen', postalCodes: ['45879', '45881', '45883', '45884', '45886', '45888', '45889', '45891', '45892', '45894', '45896', '45897', '45899'] },
  ],
};

/** Street names in full; `abbr` tells whether the printed form may shorten "straße" to "str.". */
export const STREETS: readonly string[] = [
  'Kölner Straße', 'Hauptstraße', 'Bahnhofstraße', 'Am Sonnenhang', 'Auf der Brück', 'Dr.-Ottmar-Kohler-Straße',
  'Hohenzollernstraße', 'Zum Hohen Hagen', 'Lindenweg', 'Im Wiesengrund', 'Friedrich-Ebert-Straße', 'Talstraße',
  'Schwelmer Straße', 'Weststraße', 'An der Agger', 'Bismarckstraße', 'Heidkamp', 'Overbecker Straße',
  'Bergstraße', 'Uellendahler Straße', 'Kirchweg', 'Hülsenbuscher Weg', 'Zechenstraße', 'Von-Steuben-Straße',
  'Am Bruch', 'Kampstraße', 'Hammerstein', 'Leppestraße', 'Wiesenstraße', 'Gartenstraße', 'Grubenweg',
  'Karl-Marx-Straße', 'Markt', 'Schlägel-und-Eisen-Straße', 'Auf dem Hövel', 'Bockmühle',
];

export const ADDITIONS: readonly string[] = [
  '2. OG links', 'EG rechts', 'Whg. 12', '1. OG Mitte', 'DG', 'Hinterhaus', '3. Etage rechts', 'Souterrain', 'Whg. 4, 1. OG', 'Erdgeschoss links',
];

export interface Court {
  key: CourtKey;
  name: string;
  place: string;
  street: string;
  postalCode: string;
  poBox: string | null;
  phone: string;
  departments: number[];
  serialRange: [number, number];
  rooms: string[];
}

export const COURTS: Record<CourtKey, Court> = {
  'ag-gm': {
    key: 'ag-gm', name: 'Amtsgericht Gummersbach', place: 'Gummersbach', street: 'Moltkestraße 6', postalCode: '51643',
    poBox: 'Postfach 10 01 52, 51601 Gummersbach', phone: '02261 811-0', departments: [3, 11, 14], serialRange: [40, 690],
    rooms: ['Saal 104', 'Saal 12, Erdgeschoss', 'Sitzungssaal 2, 1. OG', 'Saal 106'],
  },
  'ag-wipp': {
    key: 'ag-wipp', name: 'Amtsgericht Wipperfürth', place: 'Wipperfürth', street: 'Gaulstraße 21', postalCode: '51688',
    poBox: 'Postfach 12 40, 51676 Wipperfürth', phone: '02267 8807-0', departments: [1, 9], serialRange: [12, 290],
    rooms: ['Saal 1', 'Saal 2 (Erdgeschoss)', 'Sitzungssaal 3'],
  },
  'ag-wald': {
    key: 'ag-wald', name: 'Amtsgericht Waldbröl', place: 'Waldbröl', street: 'Gerichtsstraße 1', postalCode: '51545',
    poBox: null, phone: '02291 795-0', departments: [2, 6], serialRange: [20, 340],
    rooms: ['Saal 10', 'Sitzungssaal A 1.12', 'Saal 11, 1. Obergeschoss'],
  },
  'ag-wup': {
    key: 'ag-wup', name: 'Amtsgericht Wuppertal', place: 'Wuppertal', street: 'Eiland 2', postalCode: '42103',
    poBox: 'Postfach 20 09 11, 42209 Wuppertal', phone: '0202 498-0', departments: [34, 97, 392], serialRange: [180, 2950],
    rooms: ['Saal N 116', 'Sitzungssaal E 209, 2. Etage', 'Saal 107', 'Saal N 3.14'],
  },
  'ag-ge': {
    key: 'ag-ge', name: 'Amtsgericht Gelsenkirchen', place: 'Gelsenkirchen', street: 'Bochumer Straße 79', postalCode: '45886',
    poBox: 'Postfach 10 01 61, 45801 Gelsenkirchen', phone: '0209 1797-0', departments: [202, 30, 405], serialRange: [90, 2100],
    rooms: ['Saal 217', 'Sitzungssaal 3.07', 'Saal 120 (Erdgeschoss)'],
  },
};

export interface Firm {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  iban: string;
}

/** Landlords (Kläger / Gläubiger). `lawyer` = the firm that represents them in court. */
export interface Landlord extends Firm {
  key: string;
  person: boolean;
  region: 'ob' | 'ruhr';
  lawyer: LawyerKey | null;
  letterSender: string;
}

export type LawyerKey = 'ra-hesse' | 'ra-oezdemir' | 'ra-kranz';

export const LAWYERS: Record<LawyerKey, Firm & { short: string; attorney: string }> = {
  'ra-hesse': { name: 'Hesse, Brandt & Partner Rechtsanwälte mbB', short: 'RAe Hesse, Brandt & Partner', attorney: 'Rechtsanwalt Dr. Matthias Hesse', street: 'Kaiserstraße 27', postalCode: '51643', city: 'Gummersbach', phone: '02261 91 44 70', iban: 'DE12 3845 0000 0012 3456 78' },
  'ra-oezdemir': { name: 'Özdemir & Vogt Rechtsanwälte', short: 'RAe Özdemir & Vogt', attorney: 'Rechtsanwältin Sevgi Özdemir', street: 'Friedrich-Ebert-Straße 140', postalCode: '42117', city: 'Wuppertal', phone: '0202 2 71 93 30', iban: 'DE44 3305 0000 0000 7788 12' },
  'ra-kranz': { name: 'Rechtsanwältin Beate Kranz', short: 'RAin Kranz', attorney: 'Rechtsanwältin Beate Kranz', street: 'Ahstraße 9', postalCode: '45879', city: 'Gelsenkirchen', phone: '0209 14 78 02', iban: 'DE71 4205 0001 0101 2020 33' },
};

export const LANDLORDS: readonly Landlord[] = [
  { key: 'll-aggertal', name: 'Wohnungsbaugenossenschaft Aggertal-Leppe eG', person: false, region: 'ob', lawyer: null, letterSender: 'wbg-aggertal', street: 'Am Leppedamm 14', postalCode: '51766', city: 'Engelskirchen', phone: '02263 9 61 20', iban: 'DE31 3705 0299 0000 4412 90' },
  { key: 'll-heimstatt', name: 'Bergische Heimstatt Wohnungsgesellschaft mbH', person: false, region: 'ob', lawyer: 'ra-hesse', letterSender: 'ra-hesse', street: 'Wilhelmstraße 3', postalCode: '51643', city: 'Gummersbach', phone: '02261 5 02 77-0', iban: 'DE02 3705 0299 0000 1209 55' },
  { key: 'll-wendt', name: 'Klaus-Dieter Wendt', person: true, region: 'ob', lawyer: 'ra-hesse', letterSender: 'ra-hesse', street: 'Im Hagen 31', postalCode: '51674', city: 'Wiehl', phone: '02262 71 03 38', iban: 'DE87 3706 9520 2104 4410 10' },
  { key: 'll-brueckner', name: 'Hannelore Brückner', person: true, region: 'ob', lawyer: null, letterSender: 'private', street: 'Zur Alten Mühle 8', postalCode: '51588', city: 'Nümbrecht', phone: '02293 41 85', iban: 'DE55 3706 9520 3002 1987 00' },
  { key: 'll-aydin', name: 'Murat Aydın', person: true, region: 'ruhr', lawyer: 'ra-oezdemir', letterSender: 'ra-oezdemir', street: 'Wittener Straße 201', postalCode: '42279', city: 'Wuppertal', phone: '0202 64 10 92', iban: 'DE19 3305 0000 0003 9120 44' },
  { key: 'll-emscherblick', name: 'Emscherblick Wohnen GmbH', person: false, region: 'ruhr', lawyer: 'ra-kranz', letterSender: 'emscherblick', street: 'Am Stadthafen 52', postalCode: '45881', city: 'Gelsenkirchen', phone: '0209 38 06-100', iban: 'DE63 4205 0001 0100 5566 21' },
  { key: 'll-wupperbogen', name: 'Wupperbogen Wohnungsgesellschaft mbH', person: false, region: 'ruhr', lawyer: 'ra-oezdemir', letterSender: 'ra-oezdemir', street: 'Döppersberg 19', postalCode: '42103', city: 'Wuppertal', phone: '0202 4 93 11-0', iban: 'DE08 3305 0000 0000 4421 68' },
  { key: 'll-szymanski', name: 'Grundstücksgemeinschaft Szymański GbR', person: false, region: 'ruhr', lawyer: 'ra-kranz', letterSender: 'private', street: 'Cranger Straße 388', postalCode: '45891', city: 'Gelsenkirchen', phone: '0209 7 20 54 11', iban: 'DE90 4205 0001 0110 8080 30' },
];

export interface Bailiff {
  key: string;
  court: CourtKey;
  title: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  hours: string;
  register: 'I' | 'II' | 'III';
  iban: string;
}

export const BAILIFFS: Record<string, Bailiff> = {
  'gv-gm': { key: 'gv-gm', court: 'ag-gm', title: 'Obergerichtsvollzieherin', name: 'Sabine Krämer-Wolf', street: 'Kölner Straße 212', postalCode: '51645', city: 'Gummersbach', phone: '02261 6 04 18 33', hours: 'Mo + Do 8.00–9.00 Uhr', register: 'I', iban: 'DE27 3705 0299 0333 0102 45' },
  'gv-wipp': { key: 'gv-wipp', court: 'ag-wipp', title: 'Gerichtsvollzieher', name: 'Thomas Lenz', street: 'Marktstraße 4', postalCode: '42499', city: 'Hückeswagen', phone: '02192 93 77 61', hours: 'Di 8–9 Uhr', register: 'II', iban: 'DE13 3405 0000 0000 9981 20' },
  'gv-wup': { key: 'gv-wup', court: 'ag-wup', title: 'Obergerichtsvollzieher', name: 'Dariusz Nowak', street: 'Hofaue 55', postalCode: '42103', city: 'Wuppertal', phone: '0202 9 46 83 20', hours: 'Mo–Do 8:00–9:30', register: 'II', iban: 'DE74 3305 0000 0000 6677 01' },
  'gv-ge': { key: 'gv-ge', court: 'ag-ge', title: 'Gerichtsvollzieherin', name: 'Melanie Schürmann', street: 'Overwegstraße 35', postalCode: '45879', city: 'Gelsenkirchen', phone: '0209 95 70 22-4', hours: 'Mi 8.30–10.00 Uhr', register: 'III', iban: 'DE36 4205 0001 0120 7373 00' },
};

export interface Authority {
  key: string;
  name: string[];
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  region: CourtKey[];
}

export const AUTHORITIES: Record<string, Authority> = {
  'jc-oberberg': { key: 'jc-oberberg', name: ['Jobcenter Oberberg', 'Geschäftsstelle Gummersbach'], street: 'Bergneustädter Straße 18', postalCode: '51643', city: 'Gummersbach', phone: '02261 30 09-0', region: ['ag-gm', 'ag-wipp', 'ag-wald'] },
  'jc-wuppertal': { key: 'jc-wuppertal', name: ['Jobcenter Wuppertal', 'Team Unterkunft & Mietschulden'], street: 'Bachstraße 2', postalCode: '42275', city: 'Wuppertal', phone: '0202 74 76-0', region: ['ag-wup'] },
  'soz-ge': { key: 'soz-ge', name: ['Stadt Gelsenkirchen', 'Referat Soziales', 'Wohnungssicherung'], street: 'Vattmannstraße 2-8', postalCode: '45879', city: 'Gelsenkirchen', phone: '0209 169-0', region: ['ag-ge'] },
};

export const SERVICE = {
  name: ['Fachstelle Wohnungsnotfälle', 'Prävention & Wohnungssicherung'],
  street: 'Hindenburgstraße 44',
  postalCode: '51643',
  city: 'Gummersbach',
};

/** The prevention service that receives the post, by district. */
export function serviceFor(court: CourtKey): typeof SERVICE {
  if (court === 'ag-wup') return { name: ['Fachstelle für Wohnungsnotfälle', 'Präventionsteam'], street: 'Hünefeldstraße 12', postalCode: '42285', city: 'Wuppertal' };
  if (court === 'ag-ge') return { name: ['Fachstelle Wohnungsnotfälle', 'Wohnraumsicherung Nord'], street: 'Husemannstraße 40', postalCode: '45879', city: 'Gelsenkirchen' };
  return SERVICE;
}
