// Fictional people, streets and senders; court places and towns are real.
export interface NameEntry { given: string[]; family: string[]; sex: 'f' | 'm' }

export const GIVEN_F = ['Ayşe', 'Elif', 'Gülşen', 'Anna', 'Ewa', 'Małgorzata', 'Agnieszka', 'Olga', 'Swetlana', 'Tatjana', 'Fatma',
  'Amina', 'Rania', 'Nour', 'Ioana', 'Andreea', 'Mirela', 'Jelena', 'Dragana', 'Giulia', 'Maria', 'Eleni', 'Sofia', 'Blessing',
  'Aminata', 'Sabine', 'Petra', 'Marie-Luise', 'Kerstin', 'Jana', 'Doris', 'Christa', 'Lena', 'Yasemin', 'Żaneta', 'Hanna', 'Birgit', 'Anja'];
export const GIVEN_M = ['Mehmet', 'Hüseyin', 'Oğuz', 'Cem', 'Piotr', 'Łukasz', 'Tomasz', 'Sergej', 'Dmitrij', 'Wladimir', 'Ahmad',
  'Mohammed', 'Khaled', 'Omar', 'Ion', 'Florin', 'Nikola', 'Dragan', 'Enis', 'Giuseppe', 'Dimitrios', 'Kwame', 'Emeka', 'Jürgen',
  'Dieter', 'Klaus-Peter', 'Sven', 'Jens', 'Uwe', 'Kevin', 'Torsten', 'Hans-Jürgen', 'Ömer', 'Marek', 'Andrzej', 'Björn'];
export const FAMILY = ['Yılmaz', 'Kaya', 'Şahin', 'Çelik', 'Doğan', 'Öztürk', 'Kowalczyk', 'Wiśniewski', 'Nowak', 'Mańkowska',
  'Dąbrowski', 'Iwanow', 'Petrenko', 'Schmidt', 'Al-Hassan', 'Haddad', 'Abdullahi', 'Popescu', 'Constantinescu', 'Jovanović',
  'Petrović', 'Hodžić', 'Esposito', 'Di Stefano', 'Papadopoulos', 'Georgiou', 'Mensah', 'Okafor', 'Müller-Lüdenscheidt',
  'Meyer', 'Jansen', 'Hinrichs', 'Petersen', 'Brüggemann', 'Krüger', 'Voß', 'Schulte-Bräucker', 'van der Berg', 'de Vries',
  'von Ahlen', 'Gärtner', 'Oltmanns', 'Tiedemann', 'Szymański', 'Kaczmarek', 'Aydın', 'Güneş', 'Ivanova', 'Rahimi', 'Nguyen'];

export interface Town { city: string; plz: string[]; streets: string[]; court: CourtKey; bailiff?: BailiffKey; jc?: ForwarderKey }
export type CourtKey = 'ag-gm' | 'ag-wf' | 'ag-wb' | 'ag-hh' | 'ag-ki' | 'ag-hb' | 'ag-ks';
export type BailiffKey = 'gv-gm' | 'gv-hh' | 'gv-ks';
export type ForwarderKey = 'jc-obk' | 'jc-kiel' | 'so-hh';

// Street names here are plausible but not tied to any real notice; house numbers are random.
export const TOWNS_OBK: Town[] = [
  { city: 'Gummersbach', plz: ['51643', '51645', '51647'], streets: ['Kölner Straße', 'Hindenburgstraße', 'Am Sonnenhang', 'Dieringhauser Str.', 'Auf der Brück', 'Steinberger Weg'], court: 'ag-gm', bailiff: 'gv-gm', jc: 'jc-obk' },
  { city: 'Bergneustadt', plz: ['51702'], streets: ['Kölner Str.', 'Othestraße', 'Talstraße', 'Breiter Weg'], court: 'ag-gm', bailiff: 'gv-gm', jc: 'jc-obk' },
  { city: 'Engelskirchen', plz: ['51766'], streets: ['Leppestraße', 'Bahnhofstr.', 'Im Auel', 'Overather Straße'], court: 'ag-gm', bailiff: 'gv-gm', jc: 'jc-obk' },
  { city: 'Marienheide', plz: ['51709'], streets: ['Hauptstraße', 'Leppestr.', 'Am Kronsberg'], court: 'ag-gm', bailiff: 'gv-gm', jc: 'jc-obk' },
  { city: 'Wiehl', plz: ['51674'], streets: ['Hauptstr.', 'Bielsteiner Straße', 'Am Mühlenberg'], court: 'ag-gm', bailiff: 'gv-gm', jc: 'jc-obk' },
  { city: 'Reichshof', plz: ['51580'], streets: ['Denklinger Str.', 'Zum Eckenhagener Weg', 'Brüchermühler Straße'], court: 'ag-wb', jc: 'jc-obk' },
  { city: 'Wipperfürth', plz: ['51688'], streets: ['Lüdenscheider Straße', 'Gaulstr.', 'Untere Straße', 'Dr.-Ottmar-Kohler-Str.'], court: 'ag-wf', jc: 'jc-obk' },
  { city: 'Hückeswagen', plz: ['42499'], streets: ['Bahnhofplatz', 'Peterstraße', 'Goethestr.', 'Weierbachblick'], court: 'ag-wf', jc: 'jc-obk' },
  { city: 'Radevormwald', plz: ['42477'], streets: ['Kaiserstraße', 'Elberfelder Str.', 'Am Kreuz'], court: 'ag-wf', jc: 'jc-obk' },
  { city: 'Lindlar', plz: ['51789'], streets: ['Kölner Straße', 'Am Marktplatz', 'Hauptstraße'], court: 'ag-wf', jc: 'jc-obk' },
  { city: 'Waldbröl', plz: ['51545'], streets: ['Kaiserstr.', 'Vennstraße', 'Am Alsberg', 'Wiedenhofstraße'], court: 'ag-wb', jc: 'jc-obk' },
  { city: 'Morsbach', plz: ['51597'], streets: ['Waldbröler Straße', 'Bahnhofstr.', 'Zum Hähner Feld'], court: 'ag-wb', jc: 'jc-obk' },
  { city: 'Nümbrecht', plz: ['51588'], streets: ['Hauptstr.', 'Homburger Straße', 'Auf dem Höchsten'], court: 'ag-wb', jc: 'jc-obk' },
];
export const TOWNS_NORTH: Town[] = [
  { city: 'Hamburg', plz: ['22081', '22083', '22305', '22307', '22309'], streets: ['Fuhlsbüttler Straße', 'Hufnerstr.', 'Bramfelder Chaussee', 'Steilshooper Straße', 'Am Stadtpark', 'Dehnhaide'], court: 'ag-hh', bailiff: 'gv-hh', jc: 'so-hh' },
  { city: 'Kiel', plz: ['24103', '24105', '24143', '24148', '24149'], streets: ['Elisabethstraße', 'Iltisstr.', 'Ostring', 'Am Wellsee', 'Schönberger Straße', 'Karlstal'], court: 'ag-ki', jc: 'jc-kiel' },
  { city: 'Bremen', plz: ['28195', '28199', '28201', '28239', '28259'], streets: ['Neustadtswall', 'Gröpelinger Heerstr.', 'Huchtinger Heerstraße', 'Pappelstraße', 'Auf den Häfen', 'Osterfeuerberger Ring'], court: 'ag-hb' },
  { city: 'Kassel', plz: ['34117', '34119', '34121', '34127'], streets: ['Friedrich-Ebert-Straße', 'Holländische Str.', 'Leipziger Straße', 'Am Rosenhang', 'Wolfhager Str.'], court: 'ag-ks', bailiff: 'gv-ks' },
];

export interface CourtInfo { key: CourtKey; name: string; family: 'nrw' | 'hh' | 'ki' | 'hb' | 'ks'; street: string; plz: string; city: string; po?: string; phone: string; depts: number[] }
export const COURTS: Record<CourtKey, CourtInfo> = {
  'ag-gm': { key: 'ag-gm', name: 'Amtsgericht Gummersbach', family: 'nrw', street: 'Moltkestraße 6', plz: '51643', city: 'Gummersbach', po: 'Postfach 10 01 52, 51601 Gummersbach', phone: '02261 811-0', depts: [1, 12, 13, 14] },
  'ag-wf': { key: 'ag-wf', name: 'Amtsgericht Wipperfürth', family: 'nrw', street: 'Gaulstraße 22', plz: '51688', city: 'Wipperfürth', po: 'Postfach 11 40, 51676 Wipperfürth', phone: '02267 8807-0', depts: [9, 10] },
  'ag-wb': { key: 'ag-wb', name: 'Amtsgericht Waldbröl', family: 'nrw', street: 'Gerichtsstraße 1', plz: '51545', city: 'Waldbröl', po: 'Postfach 12 60, 51536 Waldbröl', phone: '02291 7958-0', depts: [6, 7] },
  'ag-hh': { key: 'ag-hh', name: 'Amtsgericht Hamburg-Barmbek', family: 'hh', street: 'Spohrstraße 6', plz: '22083', city: 'Hamburg', phone: '040 42863-0', depts: [811, 814, 816, 817] },
  'ag-ki': { key: 'ag-ki', name: 'Amtsgericht Kiel', family: 'ki', street: 'Rathausplatz 4', plz: '24103', city: 'Kiel', po: 'Postfach 11 38, 24100 Kiel', phone: '0431 604-0', depts: [106, 108, 113, 117] },
  'ag-hb': { key: 'ag-hb', name: 'Amtsgericht Bremen', family: 'hb', street: 'Ostertorstraße 25-31', plz: '28195', city: 'Bremen', phone: '0421 361-0', depts: [7, 9, 18, 25] },
  'ag-ks': { key: 'ag-ks', name: 'Amtsgericht Kassel', family: 'ks', street: 'Frankfurter Straße 7', plz: '34117', city: 'Kassel', po: 'Postfach 10 17 40, 34017 Kassel', phone: '0561 912-0', depts: [435, 450, 451] },
};

export interface BailiffInfo { key: BailiffKey; title: string; name: string; court: CourtKey; street: string; plz: string; city: string; phone: string; hours: string; dr: 'I' | 'II' }
export const BAILIFFS: Record<BailiffKey, BailiffInfo> = {
  'gv-gm': { key: 'gv-gm', title: 'Obergerichtsvollzieherin', name: 'Renate Krämer-Hoss', court: 'ag-gm', street: 'Kaiserstraße 19', plz: '51643', city: 'Gummersbach', phone: '02261 9177-30', hours: 'Mo. und Do. 8.00 - 9.00 Uhr', dr: 'II' },
  'gv-hh': { key: 'gv-hh', title: 'Gerichtsvollzieher', name: 'Frank Tessmer', court: 'ag-hh', street: 'Hamburger Straße 117', plz: '22083', city: 'Hamburg', phone: '040 6981-4402', hours: 'Di 8-9 Uhr, Do 15-16 Uhr', dr: 'I' },
  'gv-ks': { key: 'gv-ks', title: 'Obergerichtsvollzieher', name: 'Matthias Quentel', court: 'ag-ks', street: 'Wilhelmshöher Allee 56', plz: '34119', city: 'Kassel', phone: '0561 70133-12', hours: 'Sprechzeit: mittwochs 8.30-9.30 Uhr', dr: 'II' },
};

export type LandlordStyle = 'coop-obk' | 'municipal-obk' | 'coop-kiel' | 'hh-company' | 'private' | 'ks-company';
export interface LandlordInfo { key: string; name: string; style: LandlordStyle; street: string; plz: string; city: string; lawyer?: LawyerInfo }
export interface LawyerInfo { key: string; firm: string; lawyer: string; street: string; plz: string; city: string }

export const LAWYERS: LawyerInfo[] = [
  { key: 'ra-brinkmann', firm: 'Brinkmann & Oltrogge Rechtsanwälte', lawyer: 'Rechtsanwältin Dr. Silke Brinkmann', street: 'Am Wall 140', plz: '28195', city: 'Bremen' },
  { key: 'ra-heuser', firm: 'Kanzlei Heuser Stommel Partner mbB', lawyer: 'Rechtsanwalt Bernd Stommel', street: 'Kaiserstraße 31', plz: '51643', city: 'Gummersbach' },
  { key: 'ra-lueth', firm: 'Rechtsanwälte Lüth · Carstensen', lawyer: 'Rechtsanwalt Ole Carstensen', street: 'Holstenbrücke 8', plz: '24103', city: 'Kiel' },
];

export const LANDLORDS: LandlordInfo[] = [
  { key: 'ww-oberberg', name: 'Wohnungsgenossenschaft Oberberg-Süd eG', style: 'coop-obk', street: 'Brölstraße 12', plz: '51545', city: 'Waldbröl' },
  { key: 'gwg-gm', name: 'GWG Gummersbacher Wohnungsgesellschaft mbH', style: 'municipal-obk', street: 'Reininghauser Straße 40', plz: '51643', city: 'Gummersbach' },
  { key: 'bg-foerde', name: 'Baugenossenschaft Kieler Förde eG', style: 'coop-kiel', street: 'Knooper Weg 77', plz: '24105', city: 'Kiel' },
  { key: 'hwg-hh', name: 'HWG Hanseatische Wohnungsgesellschaft mbH', style: 'hh-company', street: 'Wiesendamm 26', plz: '22305', city: 'Hamburg' },
  { key: 'kwa-ks', name: 'Kasseler Wohnstätten AG', style: 'ks-company', street: 'Ständeplatz 9', plz: '34117', city: 'Kassel' },
];

export const PRIVATE_LANDLORDS = ['Gerd Hüttebräucker', 'Ingrid Ossenbrügge', 'Erbengemeinschaft Tebbe', 'Waltraud und Heinz Pieper', 'Dr. Konstantin Averbeck', 'Immobilien Sauerwein GbR', 'Hannelore Dierks', 'Friedhelm Kotthaus'];

export interface ForwarderInfo { key: ForwarderKey; org: string; unit: string; street: string; plz: string; city: string; phone: string; clerk: string }
export const FORWARDERS: Record<ForwarderKey, ForwarderInfo> = {
  'jc-obk': { key: 'jc-obk', org: 'Jobcenter Oberberg', unit: 'Geschäftsstelle Gummersbach · Team Leistung 3', street: 'Bahnhofstraße 1', plz: '51643', city: 'Gummersbach', phone: '02261 9132-0', clerk: 'Frau Wirtz' },
  'jc-kiel': { key: 'jc-kiel', org: 'Jobcenter Kiel', unit: 'Standort Mitte – Kosten der Unterkunft', street: 'Adolf-Westphal-Straße 2', plz: '24143', city: 'Kiel', phone: '0431 709-0', clerk: 'Herr Sönksen' },
  'so-hh': { key: 'so-hh', org: 'Freie und Hansestadt Hamburg · Bezirksamt Hamburg-Nord', unit: 'Fachamt Grundsicherung und Soziales', street: 'Kümmellstraße 5', plz: '20249', city: 'Hamburg', phone: '040 42804-0', clerk: 'Frau Ehlers' },
};

/** The recipient of court notices (the service, or the authority that commissions it). */
export const RECIPIENTS: Record<string, string[]> = {
  obk: ['Oberbergischer Kreis', 'Der Landrat – Amt für Soziale Angelegenheiten', 'Fachstelle Wohnungsnotfälle', 'Moltkestraße 42', '51643 Gummersbach'],
  'ag-hh': ['Bezirksamt Hamburg-Nord', 'Fachstelle für Wohnungsnotfälle', 'Kümmellstraße 7', '20249 Hamburg'],
  'ag-ki': ['Landeshauptstadt Kiel', 'Amt für Wohnen und Grundsicherung', 'Zentrale Stelle Wohnungssicherung', 'Stephan-Heinzel-Straße 2', '24116 Kiel'],
  'ag-hb': ['Amt für Soziale Dienste', 'Zentrale Fachstelle Wohnen', 'Am Wall 187', '28195 Bremen'],
  'ag-ks': ['Stadt Kassel', 'Sozialamt – Fachstelle Wohnungssicherung', 'Obere Königsstraße 8', '34117 Kassel'],
};
