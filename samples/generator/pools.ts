/**
 * Fictional people, landlords and streets; real court places and towns (the tuning part uses the
 * Oberbergischer Kreis from the default gazetteer, the held-out part courts outside it).
 */
import { OBERBERG_GAZETTEER } from '../../src/config/gazetteer.js';

export interface NameParts {
  given: string;
  family: string;
  sex: 'f' | 'm';
}

export const GIVEN_F = ['Erika', 'Ayşe', 'Ewa', 'Marie-Luise', 'Jolanta', 'Fatma', 'Sabine', 'Agnieszka', 'Hülya', 'Jana', 'Małgorzata', 'Olga', 'Nadia', 'Anne-Kathrin', 'Gül', 'Svetlana', 'Jutta', 'Zeynep', 'Birgit', 'Łucja'];
export const GIVEN_M = ['Max', 'Mehmet', 'Tomasz', 'Hans-Jürgen', 'Emre', 'Dariusz', 'Jörg', 'Ahmad', 'Sergej', 'Uwe', 'Karl-Heinz', 'Paweł', 'Yusuf', 'Björn', 'Grzegorz', 'Dieter', 'Hakan', 'Rüdiger', 'Oleksandr', 'Mustafa'];
export const FAMILY = [
  'Mustermann', 'Yılmaz', 'Wiśniewski', 'Çelik', 'Kowalczyk', 'Müller-Lüdenscheidt', 'von der Heydt', 'Di Stefano',
  'van Dijk', 'Öztürk', 'Großmann', 'Schäfer', 'Nowak', 'Doğan', 'Weiß', 'de Vries', 'Kaczmarek', 'Şahin',
  'Brückner', 'Hoffmann-Kühn', 'Al-Hassan', 'Iwanow', 'Kuznetsov', 'Jäger', 'Krüger', 'Zieliński', 'Aydın',
  'Meißner', 'Lewandowski', 'Straßburger', 'Koç', 'Wójcik', 'Bauer', 'Dąbrowski', 'Pohl', 'Fuchs',
];

/**
 * `--names unlisted`: every name of the pools above with a letter outside German, swapped for one that is not
 * on the name list of src/core/extract/name-lexicon.ts (which holds all of the pools' own). The draws stay the
 * same, so a seed gives the same documents with only these names changed: what a name off the list costs.
 */
export const UNLISTED_NAMES: ReadonlyMap<string, string> = new Map([
  ['Ayşe', 'Şebnem'],
  ['Małgorzata', 'Ludmiła'],
  ['Łucja', 'Bogumiła'],
  ['Paweł', 'Zbysław'],
  ['Yılmaz', 'Karakuş'],
  ['Wiśniewski', 'Mączyński'],
  ['Çelik', 'Çiçek'],
  ['Doğan', 'Eğilmez'],
  ['Şahin', 'Şişman'],
  ['Zieliński', 'Wrześniewski'],
  ['Aydın', 'Bıyık'],
  ['Koç', 'Kılıçarslan'],
  ['Wójcik', 'Świątek'],
  ['Dąbrowski', 'Żółkiewski'],
]);

/** Which names the generator draws: the pools as they are, or with UNLISTED_NAMES swapped in. */
export type NameSet = 'common' | 'unlisted';

/** Female forms of Polish -ski/-cki and Russian -ov/-ow names. */
export function familyFor(family: string, sex: 'f' | 'm'): string {
  if (sex === 'f' && /(ski|cki)$/.test(family)) return family.replace(/i$/, 'a');
  if (sex === 'f' && /(ov|ow)$/.test(family)) return `${family}a`;
  return family;
}

export interface StreetEntry {
  full: string;
  /** The abbreviation a court might print, or null when the name has none. */
  short: string | null;
}

export const STREETS: StreetEntry[] = [
  { full: 'Kölner Straße', short: 'Kölner Str.' },
  { full: 'Hauptstraße', short: 'Hauptstr.' },
  { full: 'Dr.-Ottmar-Kohler-Straße', short: 'Dr.-Ottmar-Kohler-Str.' },
  { full: 'Am Sonnenhang', short: null },
  { full: 'Auf der Brück', short: null },
  { full: 'Bahnhofstraße', short: 'Bahnhofstr.' },
  { full: 'Zur Alten Mühle', short: null },
  { full: 'Lindenweg', short: null },
  { full: 'Hückeswagener Straße', short: 'Hückeswagener Str.' },
  { full: 'Gartenstraße', short: 'Gartenstr.' },
  { full: 'Am Bergfeld', short: null },
  { full: 'Friedrich-Ebert-Straße', short: 'Friedrich-Ebert-Str.' },
  { full: 'Talsperrenweg', short: null },
  { full: 'In der Au', short: null },
  { full: 'Schützenstraße', short: 'Schützenstr.' },
  { full: 'Rosenstraße', short: 'Rosenstr.' },
  { full: 'Wiesengrund', short: null },
  { full: 'Von-Steinen-Straße', short: 'Von-Steinen-Str.' },
  { full: 'Marktplatz', short: null },
  { full: 'Weststraße', short: 'Weststr.' },
];

export const ADDITIONS = ['2. OG links', 'EG rechts', '1. OG Mitte', 'Dachgeschoss', 'Hinterhaus', '3. OG rechts', 'Souterrain'];

export const LANDLORD_COMPANIES = [
  'Bergische Wohnstätten GmbH',
  'Aggertal Wohnbau eG',
  'Immobilienverwaltung Keßler GmbH & Co. KG',
  'Wohnungsgesellschaft Oberland AG',
  'Hausverwaltung Dreesen & Partner GbR',
  'Siegtal Immobilien GmbH',
  'Gemeinnützige Baugenossenschaft Wupperhöhe eG',
  'Rheinische Mietwohnungen GmbH',
];
export const LANDLORD_PEOPLE = ['Friedhelm Brückner', 'Gisela Overbeck', 'Ralf Dahlhaus', 'Helga Schmitz-Berger', 'Werner Kampmann', 'Ingrid Thelen'];
export const LAWYERS = [
  { name: 'Rechtsanwälte Berger & Kollegen', street: 'Kaiserstraße 17', postal: '51643', city: 'Gummersbach' },
  { name: 'Rechtsanwältin Dr. Claudia Lenz', street: 'Poststraße 4', postal: '51688', city: 'Wipperfürth' },
  { name: 'Kanzlei Hartmann Rechtsanwälte PartG mbB', street: 'Neumarkt 3', postal: '50667', city: 'Köln' },
  { name: 'Rechtsanwalt Stefan Wirtz', street: 'Bergstraße 22', postal: '51545', city: 'Waldbröl' },
  { name: 'Rechtsanwälte Koch, Lammers & Partner', street: 'Friedrichstraße 50', postal: '42103', city: 'Wuppertal' },
];
export const LANDLORD_STREETS = ['Industriestraße 8', 'Am Markt 1', 'Lindenallee 44', 'Postfach 10 12 20', 'Siegburger Straße 101', 'Hohenzollernring 12'];

export interface CourtInfo {
  place: string;
  street: string;
  postal: string;
  poBox: string;
  towns: { name: string; postal: string }[];
  authority: { name: string; street: string; postal: string; city: string };
}

function townsOf(names: string[]): { name: string; postal: string }[] {
  return names.flatMap((n) => {
    const town = OBERBERG_GAZETTEER.towns.find((t) => t.name === n);
    return town ? town.postalCodes.map((p) => ({ name: n, postal: p })) : [];
  });
}

const OBERBERG_AUTHORITY = { name: 'Oberbergischer Kreis – Fachstelle Wohnraumsicherung', street: 'Moltkestraße 42', postal: '51643', city: 'Gummersbach' };

/** Courts of the tuning split: the service area of the default gazetteer. */
export const TUNE_COURTS: CourtInfo[] = [
  { place: 'Gummersbach', street: 'Moltkestraße 6', postal: '51643', poBox: 'Postfach 10 02 51', towns: townsOf(['Gummersbach', 'Bergneustadt', 'Engelskirchen', 'Marienheide', 'Reichshof', 'Wiehl']), authority: OBERBERG_AUTHORITY },
  { place: 'Wipperfürth', street: 'Gaulstraße 22', postal: '51688', poBox: 'Postfach 11 40', towns: townsOf(['Wipperfürth', 'Hückeswagen', 'Radevormwald', 'Lindlar']), authority: OBERBERG_AUTHORITY },
  { place: 'Waldbröl', street: 'Gerichtsweg 10', postal: '51545', poBox: 'Postfach 12 60', towns: townsOf(['Waldbröl', 'Morsbach', 'Nümbrecht']), authority: OBERBERG_AUTHORITY },
];

/** Courts of the held-out split: not in the default gazetteer. */
export const HELDOUT_COURTS: CourtInfo[] = [
  { place: 'Siegburg', street: 'Neue Poststraße 16', postal: '53721', poBox: 'Postfach 12 64', towns: [{ name: 'Siegburg', postal: '53721' }, { name: 'Lohmar', postal: '53797' }, { name: 'Much', postal: '53804' }], authority: { name: 'Rhein-Sieg-Kreis – Sozialamt', street: 'Kaiser-Wilhelm-Platz 1', postal: '53721', city: 'Siegburg' } },
  { place: 'Bergisch Gladbach', street: 'Schloßstraße 21', postal: '51429', poBox: 'Postfach 20 01 55', towns: [{ name: 'Bergisch Gladbach', postal: '51465' }, { name: 'Overath', postal: '51491' }, { name: 'Rösrath', postal: '51503' }], authority: { name: 'Rheinisch-Bergischer Kreis – Soziale Dienste', street: 'Am Rübezahlwald 7', postal: '51469', city: 'Bergisch Gladbach' } },
  { place: 'Wuppertal', street: 'Eiland 2', postal: '42103', poBox: 'Postfach 13 01 45', towns: [{ name: 'Wuppertal', postal: '42103' }, { name: 'Wuppertal', postal: '42275' }], authority: { name: 'Stadt Wuppertal – Ressort Soziales', street: 'Neumarkt 10', postal: '42103', city: 'Wuppertal' } },
  { place: 'Olpe', street: 'Bruchstraße 32', postal: '57462', poBox: 'Postfach 14 20', towns: [{ name: 'Olpe', postal: '57462' }, { name: 'Drolshagen', postal: '57489' }, { name: 'Wenden', postal: '57482' }], authority: { name: 'Kreis Olpe – Sozialamt', street: 'Westfälische Straße 75', postal: '57462', city: 'Olpe' } },
];

export const JOBCENTERS = [
  { name: 'Jobcenter Oberberg', unit: 'Standort Gummersbach', street: 'Bahnhofstraße 5', postal: '51643', city: 'Gummersbach' },
  { name: 'Jobcenter Oberberg', unit: 'Geschäftsstelle Wipperfürth', street: 'Lüdenscheider Straße 21', postal: '51688', city: 'Wipperfürth' },
  { name: 'Sozialamt der Stadt Radevormwald', unit: 'Hilfe zum Lebensunterhalt', street: 'Hohenfuhrstraße 13', postal: '42477', city: 'Radevormwald' },
  { name: 'Jobcenter Rhein-Sieg', unit: 'Geschäftsstelle Siegburg', street: 'Europaplatz 3', postal: '53721', city: 'Siegburg' },
];

export const JUDGES = ['Richterin am Amtsgericht Dr. Berghoff', 'Richter am Amtsgericht Lüttgen', 'Richterin Kowalski', 'Direktor des Amtsgerichts Sauerwein'];
export const CLERKS = ['Justizbeschäftigte Pütz', 'Justizhauptsekretärin Rosenbaum', 'Justizsekretär Ahrens', 'Urkundsbeamtin der Geschäftsstelle Wolff'];
export const BAILIFFS = [
  { name: 'Sabine Kranz', title: 'Obergerichtsvollzieherin', street: 'Im Baumhof 3', postal: '51643', city: 'Gummersbach' },
  { name: 'Thomas Riedel', title: 'Gerichtsvollzieher', street: 'Kirchstraße 9', postal: '51688', city: 'Wipperfürth' },
  { name: 'Monika Esser', title: 'Gerichtsvollzieherin', street: 'Vennstraße 14', postal: '51545', city: 'Waldbröl' },
];
export const ROOMS = ['Saal 1.12', 'Sitzungssaal 3', 'Raum 104', 'Saal A 2.05', 'Sitzungssaal 1 (EG)', 'Saal 217'];
