/** Fictional people and streets; real towns, postal codes and court places. */

export type Region = 'oberberg' | 'sauerland' | 'hessen' | 'rlp' | 'nds' | 'bw';
export interface Town {
  city: string;
  postalCodes: string[];
  court: string; // court key
}

export const TOWNS: Town[] = [
  { city: 'Gummersbach', postalCodes: ['51643', '51645', '51647'], court: 'gm' },
  { city: 'Bergneustadt', postalCodes: ['51702'], court: 'gm' },
  { city: 'Engelskirchen', postalCodes: ['51766'], court: 'gm' },
  { city: 'Marienheide', postalCodes: ['51709'], court: 'gm' },
  { city: 'Wiehl', postalCodes: ['51674'], court: 'gm' },
  { city: 'Wipperfürth', postalCodes: ['51688'], court: 'wf' },
  { city: 'Hückeswagen', postalCodes: ['42499'], court: 'wf' },
  { city: 'Lindlar', postalCodes: ['51789'], court: 'wf' },
  { city: 'Radevormwald', postalCodes: ['42477'], court: 'wf' },
  { city: 'Waldbröl', postalCodes: ['51545'], court: 'wb' },
  { city: 'Morsbach', postalCodes: ['51597'], court: 'wb' },
  { city: 'Nümbrecht', postalCodes: ['51588'], court: 'wb' },
  { city: 'Reichshof', postalCodes: ['51580'], court: 'wb' },
  { city: 'Meschede', postalCodes: ['59872'], court: 'me' },
  { city: 'Bestwig', postalCodes: ['59909'], court: 'me' },
  { city: 'Eslohe (Sauerland)', postalCodes: ['59889'], court: 'me' },
  { city: 'Alsfeld', postalCodes: ['36304'], court: 'al' },
  { city: 'Romrod', postalCodes: ['36329'], court: 'al' },
  { city: 'Kirtorf', postalCodes: ['36320'], court: 'al' },
  { city: 'Schwalmtal', postalCodes: ['36318'], court: 'al' },
  { city: 'Daun', postalCodes: ['54550'], court: 'da' },
  { city: 'Gerolstein', postalCodes: ['54568'], court: 'da' },
  { city: 'Hillesheim', postalCodes: ['54576'], court: 'da' },
  { city: 'Ulmen', postalCodes: ['56766'], court: 'da' },
  { city: 'Soltau', postalCodes: ['29614'], court: 'so' },
  { city: 'Munster', postalCodes: ['29633'], court: 'so' },
  { city: 'Bispingen', postalCodes: ['29646'], court: 'so' },
  { city: 'Schneverdingen', postalCodes: ['29640'], court: 'so' },
  { city: 'Münsingen', postalCodes: ['72525'], court: 'mu' },
  { city: 'Gomadingen', postalCodes: ['72532'], court: 'mu' },
  { city: 'Hayingen', postalCodes: ['72534'], court: 'mu' },
  { city: 'Römerstein', postalCodes: ['72587'], court: 'mu' },
];

/** Full street names (truth form). */
export const STREETS = [
  'Hauptstraße', 'Kölner Straße', 'Bahnhofstraße', 'Am Sonnenhang', 'Auf der Brück', 'Im Wiesengrund', 'Zum Steinbruch',
  'Lindenweg', 'Talstraße', 'Friedhofstraße', 'Schulstraße', 'Siegener Straße', 'Gartenstraße', 'Mühlenweg', 'Hohe Straße',
  'An der Agger', 'Kirchgasse', 'Bergstraße', 'Birkenweg', 'In der Au', 'Dorfstraße', 'Alte Poststraße', 'Schützenstraße',
  'Ringstraße', 'Untere Hauptstraße', 'Bruchstraße', 'Dr.-Wilhelm-Harnischmacher-Straße', 'Auf dem Kamp', 'Zur Hardt',
  'Wiesenstraße', 'Am Bruch', 'Eichendorffstraße', 'Pastor-Schmitz-Weg', 'Marktplatz', 'Unterm Hagen', 'Sankt-Anna-Straße',
  'Industriestraße', 'Lange Wende', 'Ahornweg', 'Kapellenstraße', 'Frankfurter Straße', 'Hinter der Mauer', 'Heideweg',
  'Am Lönsberg', 'Ehinger Straße', 'Trierer Straße', 'Zum Maar', 'Homberger Straße',
];
export const ADDITIONS = ['2. OG links', '1. OG rechts', 'EG', 'DG', 'Whg. 12', 'Whg. 3', 'Hinterhaus', 'Souterrain', '3. OG Mitte', 'bei Schäfer', 'c/o Demir', 'Anbau'];

export interface NamePool {
  male: string[];
  female: string[];
  family: string[];
}
export const NAME_POOLS: Record<string, NamePool> = {
  de: {
    male: ['Jürgen', 'Dennis', 'Karl-Heinz', 'Sven', 'Marco', 'Uwe', 'Kevin', 'Hans-Peter', 'Thorsten', 'Dieter', 'Maik'],
    female: ['Sabine', 'Jacqueline', 'Marie-Luise', 'Anja', 'Nicole', 'Renate', 'Chantal', 'Jessica', 'Birgit', 'Ute', 'Mandy'],
    family: ['Schmitz', 'Dahlhaus', 'Müller-Lüdenscheidt', 'Krämer', 'Weißenfels', 'Höfer', 'Brüggemann', 'von der Heydt', 'Kötter', 'Schäfer', 'Großmann', 'Bröcher', 'Oberbörsch'],
  },
  tr: {
    male: ['Mehmet', 'Hüseyin', 'Mustafa', 'Yusuf', 'Oğuz', 'Emre', 'İbrahim'],
    female: ['Ayşe', 'Fatma', 'Gülşen', 'Şükran', 'Elif', 'Hatice', 'Özlem'],
    family: ['Yılmaz', 'Kılıç', 'Doğan', 'Çelik', 'Şahin', 'Öztürk', 'Karagöz', 'Aydın'],
  },
  pl: {
    male: ['Paweł', 'Łukasz', 'Krzysztof', 'Tomasz', 'Michał'],
    female: ['Małgorzata', 'Agnieszka', 'Ewa', 'Katarzyna', 'Joanna'],
    family: ['Kowalczyk', 'Wiśniewski', 'Zieliński', 'Grabowska', 'Nowak', 'Woźniak', 'Dąbrowski'],
  },
  ru: {
    male: ['Sergej', 'Alexander', 'Viktor', 'Dmitrij', 'Andrej'],
    female: ['Olga', 'Swetlana', 'Natalja', 'Tatjana', 'Irina'],
    family: ['Iwanow', 'Schmidt', 'Kusnezow', 'Wolkow', 'Petrenko', 'Hoffmann'],
  },
  ar: {
    male: ['Mohammed', 'Ahmad', 'Khaled', 'Omar', 'Yasin'],
    female: ['Fatima', 'Rania', 'Amal', 'Nour', 'Samira'],
    family: ['Al-Hassan', 'Haddad', 'Abou Chaker', 'El Masri', 'Darwish', 'Al Khatib'],
  },
  ro: {
    male: ['Ionuț', 'Florin', 'Gheorghe', 'Marius'],
    female: ['Ioana', 'Mihaela', 'Elena', 'Andreea'],
    family: ['Popescu', 'Ionescu', 'Munteanu', 'Constantinescu', 'Dumitrașcu'],
  },
  bk: {
    male: ['Dragan', 'Emir', 'Nikola', 'Armin', 'Zoran'],
    female: ['Jasmina', 'Snežana', 'Amra', 'Mirela', 'Vesna'],
    family: ['Hodžić', 'Petrović', 'Begović', 'Kovačević', 'Jovanović'],
  },
  it: {
    male: ['Giuseppe', 'Salvatore', 'Antonio', 'Luca'],
    female: ['Giovanna', 'Rosaria', 'Francesca', 'Chiara'],
    family: ['Di Stefano', 'Russo', 'Esposito', 'De Luca', 'Lo Presti'],
  },
  gr: {
    male: ['Georgios', 'Dimitrios', 'Konstantinos'],
    female: ['Eleni', 'Maria', 'Paraskevi'],
    family: ['Papadopoulos', 'Georgiou', 'Tsakiris', 'Karamanlis'],
  },
  af: {
    male: ['Kwame', 'Emmanuel', 'Abdoulaye', 'Chinedu'],
    female: ['Ama', 'Grace', 'Aminata', 'Blessing'],
    family: ['Mensah', 'Okafor', 'Diallo', 'Nkemelu', 'Asante'],
  },
};
export const ORIGIN_WEIGHTS: [string, number][] = [
  ['de', 34], ['tr', 14], ['pl', 10], ['ru', 9], ['ar', 9], ['ro', 6], ['bk', 7], ['it', 5], ['gr', 3], ['af', 4],
];
