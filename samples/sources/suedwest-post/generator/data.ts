/** Invented people and organisations; real court places, towns and postal codes. */

export interface CourtInfo {
  key: string;
  name: string; // "Amtsgericht Mannheim"
  place: string; // as in "Amtsgericht <place>"
  street: string; // invented office street
  postal: string;
  city: string;
  pobox: string;
  phone: string;
  towns: { city: string; postal: string[] }[];
  dept: number[]; // civil departments
}

export const COURTS: CourtInfo[] = [
  { key: 'mannheim', name: 'Amtsgericht Mannheim', place: 'Mannheim', street: 'Schlossgartenweg 4', postal: '68159', city: 'Mannheim', pobox: 'Postfach 10 31 62', phone: '0621 2950-0',
    towns: [{ city: 'Mannheim', postal: ['68159', '68161', '68163', '68165', '68167', '68169', '68199', '68219', '68229', '68305', '68307', '68309'] }], dept: [3, 5, 7, 10, 12] },
  { key: 'heidelberg', name: 'Amtsgericht Heidelberg', place: 'Heidelberg', street: 'Am Justizplatz 7', postal: '69115', city: 'Heidelberg', pobox: 'Postfach 10 52 40', phone: '06221 59-0',
    towns: [{ city: 'Heidelberg', postal: ['69115', '69117', '69120', '69121', '69123', '69124', '69126'] }, { city: 'Eppelheim', postal: ['69214'] }, { city: 'Dossenheim', postal: ['69221'] }, { city: 'Neckargemünd', postal: ['69151'] }], dept: [21, 26, 27, 30] },
  { key: 'karlsruhe', name: 'Amtsgericht Karlsruhe', place: 'Karlsruhe', street: 'Schlossbezirk 12', postal: '76131', city: 'Karlsruhe', pobox: 'Postfach 11 12 40', phone: '0721 926-0',
    towns: [{ city: 'Karlsruhe', postal: ['76131', '76133', '76135', '76137', '76149', '76185', '76187', '76189', '76199'] }], dept: [1, 2, 4, 6, 9] },
  { key: 'freiburg', name: 'Amtsgericht Freiburg im Breisgau', place: 'Freiburg im Breisgau', street: 'Holzmarktgasse 2', postal: '79098', city: 'Freiburg im Breisgau', pobox: 'Postfach 12 01 19', phone: '0761 205-0',
    towns: [{ city: 'Freiburg im Breisgau', postal: ['79098', '79100', '79102', '79104', '79106', '79108', '79110', '79111', '79114', '79115', '79117'] }], dept: [2, 3, 5, 8] },
  { key: 'ludwigshafen', name: 'Amtsgericht Ludwigshafen am Rhein', place: 'Ludwigshafen am Rhein', street: 'Wittelsbachplatz 10', postal: '67061', city: 'Ludwigshafen am Rhein', pobox: 'Postfach 21 12 63', phone: '0621 5606-0',
    towns: [{ city: 'Ludwigshafen am Rhein', postal: ['67059', '67061', '67063', '67065', '67067', '67069', '67071'] }], dept: [2, 4, 6] },
  { key: 'saarbruecken', name: 'Amtsgericht Saarbrücken', place: 'Saarbrücken', street: 'Am Schlossberg 15', postal: '66111', city: 'Saarbrücken', pobox: 'Postfach 10 15 52', phone: '0681 501-00',
    towns: [{ city: 'Saarbrücken', postal: ['66111', '66113', '66115', '66117', '66119', '66121', '66123', '66125', '66126', '66127', '66128', '66129'] }], dept: [3, 5, 36, 121] },
  { key: 'darmstadt', name: 'Amtsgericht Darmstadt', place: 'Darmstadt', street: 'Justizallee 19', postal: '64283', city: 'Darmstadt', pobox: 'Postfach 11 09 51', phone: '06151 12-0',
    towns: [{ city: 'Darmstadt', postal: ['64283', '64285', '64287', '64289', '64293', '64295', '64297'] }, { city: 'Griesheim', postal: ['64347'] }, { city: 'Weiterstadt', postal: ['64331'] }, { city: 'Mühltal', postal: ['64367'] }], dept: [304, 308, 311, 315] },
];

export interface Person { given: string; surname: string; female: boolean; birthDate: string }

type Origin = 'de' | 'tr' | 'pl' | 'ru' | 'ar' | 'ro' | 'balkan' | 'it' | 'gr' | 'wa' | 'ku';
interface NamePool { m: string[]; f: string[]; sur: string[]; surF?: (s: string) => string }

const polishF = (s: string) => s.endsWith('ski') ? s.slice(0, -1) + 'a' : s.endsWith('cki') ? s.slice(0, -1) + 'a' : s.endsWith('dzki') ? s.slice(0, -1) + 'a' : s;
const russianF = (s: string) => /(ov|ev|in|ow|ew)$/.test(s) ? s + 'a' : s.endsWith('ij') || s.endsWith('yj') ? s.slice(0, -2) + 'aja' : s;
const greekF = (s: string) => s.endsWith('os') ? s.slice(0, -2) + 'ou' : s.endsWith('is') ? s.slice(0, -1) : s.endsWith('as') ? s.slice(0, -1) : s;

export const NAMES: Record<Origin, NamePool> = {
  de: { m: ['Jürgen', 'Karl-Heinz', 'Dieter', 'Torsten', 'Sven', 'Jens', 'Kevin', 'Uwe', 'Marcel', 'Björn', 'Günter', 'Hans-Peter', 'Dennis', 'Frank', 'Matthias'],
        f: ['Sabine', 'Marie-Luise', 'Renate', 'Nadine', 'Doris', 'Melanie', 'Heike', 'Jessica', 'Anja', 'Bärbel', 'Sandra', 'Ute', 'Chantal', 'Jacqueline', 'Gisela'],
        sur: ['Krämer', 'Weiß', 'Schäfer', 'Müller-Lüdtke', 'Böhm', 'Vogt', 'Hübner', 'Faßbender', 'Köhler', 'Scholz', 'Brückner', 'Weißgerber', 'Straub', 'Pfeiffer', 'von Berg', 'von der Heydt', 'Schmitt-Görlach', 'Eichhorn', 'Kühnle', 'Häberle', 'Zöller', 'Mößner', 'Bauer', 'Wagenknecht', 'Dörr', 'Ganter', 'Spießhofer', 'Blümel'] },
  tr: { m: ['Mehmet', 'Hüseyin', 'Murat', 'İbrahim', 'Ömer', 'Mustafa', 'Emre', 'Cem', 'Hakan', 'Serkan', 'Yusuf'],
        f: ['Ayşe', 'Fatma', 'Emine', 'Gülşen', 'Zeynep', 'Derya', 'Hatice', 'Özlem', 'Songül', 'Elif', 'Büşra'],
        sur: ['Yılmaz', 'Öztürk', 'Çelik', 'Doğan', 'Kılıç', 'Aydın', 'Şahin', 'Arslan', 'Güneş', 'Koç', 'Yıldız', 'Karataş', 'Erdoğan', 'Özdemir', 'Kaya', 'Çakır', 'Bozkurt'] },
  pl: { m: ['Łukasz', 'Paweł', 'Krzysztof', 'Grzegorz', 'Tomasz', 'Wojciech', 'Marek', 'Jarosław'],
        f: ['Ewa', 'Małgorzata', 'Agnieszka', 'Bożena', 'Katarzyna', 'Joanna', 'Jadwiga', 'Beata'],
        sur: ['Kowalczyk', 'Wiśniewski', 'Wójcik', 'Zieliński', 'Dąbrowski', 'Kamiński', 'Lewandowski', 'Szymański', 'Woźniak', 'Kaczmarek', 'Mazur', 'Grabowski', 'Pawłowski', 'Król', 'Jabłoński'], surF: polishF },
  ru: { m: ['Dmytro', 'Oleksandr', 'Sergej', 'Wladimir', 'Andrij', 'Jewgenij', 'Igor', 'Mykola', 'Artem'],
        f: ['Olga', 'Tetiana', 'Natalia', 'Jelena', 'Swetlana', 'Oksana', 'Iryna', 'Ljudmila', 'Anastasiia'],
        sur: ['Ivanov', 'Kovalenko', 'Shevchenko', 'Petrow', 'Kusnezow', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Smirnow', 'Gerber', 'Boiko', 'Sokolow', 'Kravchuk'], surF: russianF },
  ar: { m: ['Mohammed', 'Ahmad', 'Khaled', 'Omar', 'Youssef', 'Mahmoud', 'Karim', 'Hassan', 'Bilal'],
        f: ['Fatima', 'Rania', 'Yasmin', 'Amal', 'Layla', 'Nour', 'Samira', 'Hiba', 'Aisha'],
        sur: ['Al-Hassan', 'El Amrani', 'Al-Khatib', 'Haddad', 'Abu Saleh', 'El-Sayed', 'Nasser', 'Al-Masri', 'Khoury', 'Ben Youssef', 'Al-Ahmad', 'Darwish', 'El Idrissi'] },
  ro: { m: ['Ionuț', 'Gheorghe', 'Florin', 'Ștefan', 'Mihai', 'Cătălin', 'Răzvan', 'Adrian'],
        f: ['Andreea', 'Mihaela', 'Ioana', 'Elena', 'Alina', 'Roxana', 'Loredana', 'Bianca'],
        sur: ['Popescu', 'Dumitrescu', 'Țăranu', 'Stănescu', 'Munteanu', 'Rădulescu', 'Constantin', 'Moldovan', 'Ciobanu', 'Lungu', 'Bălan', 'Năstase'] },
  balkan: { m: ['Dragan', 'Đorđe', 'Milan', 'Emir', 'Goran', 'Nikola', 'Zoran', 'Adnan', 'Besim'],
        f: ['Jasmina', 'Amra', 'Ivana', 'Snežana', 'Mirela', 'Vesna', 'Aida', 'Dragana', 'Lejla'],
        sur: ['Petrović', 'Hadžić', 'Nikolić', 'Begić', 'Jovanović', 'Kovačević', 'Delić', 'Marković', 'Đukić', 'Šehović', 'Krasniqi', 'Berisha', 'Babić'] },
  it: { m: ['Giuseppe', 'Salvatore', 'Antonio', 'Vincenzo', 'Francesco', 'Luca', 'Domenico'],
        f: ['Maria', 'Francesca', 'Giulia', 'Rosaria', 'Antonella', 'Carmela', 'Chiara'],
        sur: ['Russo', 'De Luca', 'Esposito', 'Di Stefano', 'Lo Presti', 'Romano', 'Greco', 'Caruso', 'La Rocca', 'D’Amico', 'Ferrara'] },
  gr: { m: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikolaos', 'Ioannis', 'Christos'],
        f: ['Eleni', 'Sofia', 'Maria', 'Aikaterini', 'Vasiliki', 'Despina'],
        sur: ['Papadopoulos', 'Nikolaidis', 'Karagiannis', 'Oikonomou', 'Georgiadis', 'Vlachos', 'Papageorgiou', 'Triantafyllidis', 'Alexiou'], surF: greekF },
  wa: { m: ['Kwame', 'Chinedu', 'Ibrahima', 'Oluwaseun', 'Mamadou', 'Kofi', 'Emeka', 'Moussa', 'Sékou'],
        f: ['Aminata', 'Fatoumata', 'Adjoa', 'Ngozi', 'Mariama', 'Abena', 'Chioma', 'Aïssatou', 'Folake'],
        sur: ['Mensah', 'Diallo', 'Okafor', 'Traoré', 'Sow', 'Boateng', 'Adeyemi', 'Camara', 'Owusu', 'Ndiaye', 'Keïta', 'Nwosu', 'Asante', 'Coulibaly'] },
  ku: { m: ['Azad', 'Şivan', 'Rojhat', 'Baran', 'Serhat', 'Dilovan', 'Welat'],
        f: ['Berîvan', 'Rojîn', 'Dilan', 'Hêvî', 'Zozan', 'Nûjîn', 'Gulistan'],
        sur: ['Aslan', 'Tahir', 'Çiçek', 'Ekinci', 'Demir', 'Zana', 'Xelîl', 'Amedî', 'Botan', 'Kaplan', 'Mirza', 'Heso'] },
};
export const ORIGIN_WEIGHTS: [Origin, number][] = [['de', 30], ['tr', 14], ['pl', 8], ['ru', 9], ['ar', 9], ['ro', 7], ['balkan', 7], ['it', 5], ['gr', 4], ['wa', 5], ['ku', 5]];

export const STREETS: string[] = [
  'Lessingstraße', 'Kastanienweg', 'Am Mühlbach', 'Auf dem Sand', 'Neckarauer Straße', 'Friedrich-Ebert-Straße', 'Untere Gasse', 'Im Wiesengrund', 'Pfalzgrafenstraße',
  'Rennershofstraße', 'Obere Dorfstraße', 'Gartenstadtweg', 'Hinter den Zäunen', 'Karlsruher Straße', 'Brunnenstraße', 'Schillerstraße', 'Hauptstraße', 'Bahnhofstraße',
  'Am Sonnenhang', 'Lindenallee', 'Ringstraße', 'Uhlandstraße', 'Goethestraße', 'Mozartstraße', 'Rheinstraße', 'Wilhelm-Leuschner-Straße', 'Dr.-Julius-Leber-Straße',
  'Kirchgasse', 'Im Eichwald', 'Sandhofer Straße', 'Weinbergweg', 'Waldparkstraße', 'Eisenbahnstraße', 'Max-Planck-Straße', 'Elsässer Straße', 'Jahnstraße',
  'Mittlerer Weg', 'Am Kirchberg', 'Talstraße', 'Gutenbergstraße', 'Kaiserstraße', 'Zeppelinstraße', 'Rosenstraße', 'Birkenweg', 'An der Mühle', 'Hans-Thoma-Straße',
  'Heinrich-Heine-Ring', 'Albrecht-Dürer-Straße', 'Feldbergstraße', 'Saarbrücker Allee', 'Burbacher Weg', 'Eschberger Weg', 'Luisenstraße', 'Pestalozzistraße',
];
export const ADDITIONS: string[] = ['3. OG rechts', 'Hinterhaus', 'Whg. 12', 'EG links', '2. OG Mitte', 'Dachgeschoss', '1. OG links', 'Whg. 4.07', 'Seitenflügel, 1. OG', 'Souterrain', '4. OG', 'Whg. 23, 2. OG', 'Hinterhaus, EG', '2. OG rechts'];

export interface Org { name: string; street: string; postal: string; city: string; phone: string; short?: string }
/** Housing companies (invented names), by court key. */
export const HOUSING: Record<string, Org[]> = {
  mannheim: [{ name: 'Neckarblick Wohnbau GmbH', short: 'Neckarblick Wohnbau', street: 'Quadratstraße 18', postal: '68161', city: 'Mannheim', phone: '0621 48 77 30' }],
  heidelberg: [{ name: 'Kurpfalz Heimstätten eG', short: 'Kurpfalz Heimstätten', street: 'Bergheimer Weg 41', postal: '69115', city: 'Heidelberg', phone: '06221 73 11 80' }],
  karlsruhe: [{ name: 'Fächerstadt Wohnen GmbH & Co. KG', short: 'Fächerstadt Wohnen', street: 'Mühlburger Allee 9', postal: '76185', city: 'Karlsruhe', phone: '0721 58 40 20' }],
  freiburg: [{ name: 'Breisgau Quartier Wohnungsgesellschaft mbH', short: 'Breisgau Quartier', street: 'Dreisamufer 3', postal: '79098', city: 'Freiburg im Breisgau', phone: '0761 38 90 41' }],
  ludwigshafen: [{ name: 'Vorderpfalz Wohnungsbau GmbH', short: 'Vorderpfalz Wohnungsbau', street: 'Hemshofweg 27', postal: '67063', city: 'Ludwigshafen am Rhein', phone: '0621 65 20 70' }],
  saarbruecken: [{ name: 'Saar-Heimbau Wohnen GmbH', short: 'Saar-Heimbau', street: 'Malstatter Markt 6', postal: '66115', city: 'Saarbrücken', phone: '0681 94 72 10' }],
  darmstadt: [{ name: 'Bergsträßer Wohnstätten AG', short: 'Bergsträßer Wohnstätten', street: 'Kranichsteiner Weg 52', postal: '64289', city: 'Darmstadt', phone: '06151 39 61 00' }],
};
export const PRIVATE_LANDLORDS_M = ['Gerhard Maurer', 'Klaus-Dieter Reinhardt', 'Ernst Wilhelmi', 'Roland Fischbach', 'Vittorio Santangelo', 'Hasan Tunç', 'Bernd Oberle', 'Wolfgang Strecker', 'Heinrich Lamprecht', 'Stefan Gräber'];
export const PRIVATE_LANDLORDS_F = ['Ingrid Maurer', 'Hannelore Seitz', 'Brigitte Kaltenbach', 'Monika Ehrhardt', 'Edeltraud Sommer', 'Rita Albrecht', 'Christa Wendling'];
export const LANDLORD_COMPANIES = ['Rheinauen Immobilien GmbH', 'Südwest Residenz Verwaltungs-GmbH', 'Pfalzring Grundbesitz GmbH & Co. KG', 'Quadrate Wohnen UG (haftungsbeschränkt)', 'Haus am Ring Grundstücks-KG', 'Odenwald Immobilien GbR', 'Lindenhof Liegenschaften GmbH', 'Alte Brauerei Wohnpark GmbH'];
export const PRIVATE_STREETS = ['Im Rebgarten 3', 'Am Hohen Rain 11', 'Sonnenbergstraße 47', 'Fliederweg 8', 'Burgweg 22a', 'Im Winkel 5', 'Hohlweg 14', 'Parkstraße 61'];

export interface Lawyer { firm: string; names: string[]; street: string; postal: string; city: string; phone: string; fax: string }
export const LAWYERS: Record<string, Lawyer[]> = {
  mannheim: [{ firm: 'Brenner & Partner Rechtsanwälte', names: ['Dr. Felix Brenner', 'Katrin Sauter'], street: 'Augustaanlage 61', postal: '68165', city: 'Mannheim', phone: '0621 44 28 90-0', fax: '0621 44 28 90-99' }],
  heidelberg: [{ firm: 'Kanzlei Roth Weidmann', names: ['Andreas Roth', 'Lena Weidmann'], street: 'Kurfürsten-Anlage 12', postal: '69115', city: 'Heidelberg', phone: '06221 65 40 21', fax: '06221 65 40 29' }],
  karlsruhe: [{ firm: 'Seiler Kanzlei für Miet- und WEG-Recht', names: ['Thomas Seiler'], street: 'Kriegsstraße 140', postal: '76133', city: 'Karlsruhe', phone: '0721 91 33 70', fax: '0721 91 33 71' }],
  freiburg: [{ firm: 'Rechtsanwälte Kienzler & Faller', names: ['Ulrike Kienzler', 'Markus Faller'], street: 'Bertoldstraße 33', postal: '79098', city: 'Freiburg im Breisgau', phone: '0761 29 27 60', fax: '0761 29 27 66' }],
  ludwigshafen: [{ firm: 'Kanzlei am Berliner Platz', names: ['Oliver Jung'], street: 'Berliner Platz 2', postal: '67059', city: 'Ludwigshafen am Rhein', phone: '0621 51 99 60', fax: '0621 51 99 61' }],
  saarbruecken: [{ firm: 'Hoffmann Lutz Yıldırım Rechtsanwälte PartG mbB', names: ['Petra Hoffmann', 'Deniz Yıldırım'], street: 'Bahnhofstraße 88', postal: '66111', city: 'Saarbrücken', phone: '0681 37 61 20', fax: '0681 37 61 22' }],
  darmstadt: [{ firm: 'Gärtner Rechtsanwälte', names: ['Dr. Susanne Gärtner', 'Jan Wolff'], street: 'Rheinstraße 30', postal: '64283', city: 'Darmstadt', phone: '06151 27 83 00', fax: '06151 27 83 01' }],
};

export interface Bailiff { key: string; court: string; name: string; title: string; street: string; postal: string; city: string; phone: string; fax: string; reg: string; hours: string }
export const BAILIFFS: Bailiff[] = [
  { key: 'gv-mannheim', court: 'mannheim', name: 'Sibylle Hartmann-Kern', title: 'Obergerichtsvollzieherin', street: 'N 7, 13', postal: '68161', city: 'Mannheim', phone: '0621 17 80 45 2', fax: '0621 17 80 45 3', reg: 'II', hours: 'Sprechzeiten: Di. und Do. 8:00–9:00 Uhr' },
  { key: 'gv-karlsruhe', court: 'karlsruhe', name: 'Ralf Ostertag', title: 'Gerichtsvollzieher', street: 'Kriegsstraße 207', postal: '76135', city: 'Karlsruhe', phone: '0721 96 43 218', fax: '0721 96 43 219', reg: 'I', hours: 'Geschäftszimmer Mo–Fr 8.00 – 9.00 Uhr' },
  { key: 'gv-saarbruecken', court: 'saarbruecken', name: 'Dariusz Nowicki', title: 'Gerichtsvollzieher', street: 'Mainzer Straße 152', postal: '66121', city: 'Saarbrücken', phone: '0681 58 21 77', fax: '0681 58 21 78', reg: 'III', hours: 'Sprechstunde: Mittwoch 7:30 bis 8:30 Uhr' },
];

export interface Authority { key: string; name: string; lines: string[]; street: string; postal: string; city: string; phone: string; kind: 'jobcenter' | 'sozialamt' }
export const AUTHORITIES: Record<string, Authority> = {
  mannheim: { key: 'jc-mannheim', name: 'Jobcenter Mannheim', lines: ['Jobcenter Mannheim', 'Team Unterkunft und Heizung'], street: 'Ifflandweg 4', postal: '68161', city: 'Mannheim', phone: '0621 1501-2280', kind: 'jobcenter' },
  heidelberg: { key: 'sa-heidelberg', name: 'Stadt Heidelberg – Amt für Soziales und Senioren', lines: ['Stadt Heidelberg', 'Amt für Soziales und Senioren', 'Fachstelle Wohnungssicherung'], street: 'Bergheimer Gasse 9', postal: '69115', city: 'Heidelberg', phone: '06221 58-37 310', kind: 'sozialamt' },
  karlsruhe: { key: 'jc-karlsruhe', name: 'Jobcenter Stadt Karlsruhe', lines: ['Jobcenter Stadt Karlsruhe', 'Bereich Leistung – Mietschulden'], street: 'Brauerweg 25', postal: '76135', city: 'Karlsruhe', phone: '0721 82 24-6610', kind: 'jobcenter' },
  freiburg: { key: 'jc-freiburg', name: 'Jobcenter Freiburg', lines: ['Jobcenter Freiburg', 'Kosten der Unterkunft'], street: 'Wiehrebogen 18', postal: '79102', city: 'Freiburg im Breisgau', phone: '0761 27 10-4400', kind: 'jobcenter' },
  ludwigshafen: { key: 'sa-ludwigshafen', name: 'Stadtverwaltung Ludwigshafen – Bereich Soziales', lines: ['Stadtverwaltung Ludwigshafen am Rhein', 'Bereich Soziales und Wohnen', 'Wohnungsnotfallhilfe'], street: 'Rathausgasse 3', postal: '67059', city: 'Ludwigshafen am Rhein', phone: '0621 504-29 71', kind: 'sozialamt' },
  saarbruecken: { key: 'jc-saarbruecken', name: 'Jobcenter im Regionalverband Saarbrücken', lines: ['Jobcenter im Regionalverband', 'Saarbrücken', 'Geschäftsstelle Mitte'], street: 'Hafenallee 12', postal: '66117', city: 'Saarbrücken', phone: '0681 944-3150', kind: 'jobcenter' },
  darmstadt: { key: 'sa-darmstadt', name: 'Wissenschaftsstadt Darmstadt – Sozialverwaltung', lines: ['Wissenschaftsstadt Darmstadt', 'Amt für Soziales und Prävention', 'Sachgebiet Wohnungssicherung'], street: 'Frankfurter Weg 62', postal: '64293', city: 'Darmstadt', phone: '06151 13-34 75', kind: 'sozialamt' },
};

/** The prevention service that receives everything (invented). */
export const SERVICE = { lines: ['Diakonie Südwest Wohnhilfe gGmbH', 'Fachstelle Wohnraumsicherung'], street: 'Kirchplatz 5', postal: '68159', city: 'Mannheim' };

export const CLERKS = ['Weber', 'Hauser', 'Kuhn', 'Lorenz', 'Engel', 'Frey', 'Bader', 'Ziegler', 'Kraus', 'Hahn', 'Roos', 'Seitz', 'Wendel', 'Kern', 'Ott', 'Dietz'];
export const JUDGES = ['Dr. Kessler', 'Brandt', 'Wiegand', 'Dr. Heinemann', 'Lindner', 'Schwab', 'Roesch', 'Dr. Merz-Albers', 'Bühler', 'Falk'];
