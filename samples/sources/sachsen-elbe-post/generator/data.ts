/** Hand-made tables: real Saxon towns, their postal codes and Amtsgerichte; everything
 * else (people, companies, office streets, numbers) is invented. */

export interface Town {
  city: string;
  plz: string[];
  court: string; // court town (key of COURTS)
  district: string; // key of AUTHORITIES
}

/** Real postal codes of the towns' delivery areas (hand-made table). */
export const TOWNS: Town[] = [
  { city: 'Dresden', plz: ['01067', '01069', '01097', '01099', '01127', '01139', '01157', '01169', '01187', '01217', '01237', '01239', '01257', '01259', '01277', '01307', '01309', '01326'], court: 'Dresden', district: 'dresden' },
  { city: 'Leipzig', plz: ['04103', '04105', '04107', '04129', '04155', '04157', '04177', '04179', '04205', '04207', '04209', '04229', '04249', '04275', '04277', '04279', '04289', '04299', '04315', '04317', '04318', '04328', '04329', '04347', '04349', '04357'], court: 'Leipzig', district: 'leipzig' },
  { city: 'Chemnitz', plz: ['09111', '09112', '09113', '09116', '09117', '09119', '09120', '09122', '09123', '09125', '09126', '09127', '09128', '09130', '09131'], court: 'Chemnitz', district: 'chemnitz' },
  { city: 'Zwickau', plz: ['08056', '08058', '08060', '08062', '08064', '08066'], court: 'Zwickau', district: 'zwickau' },
  { city: 'Werdau', plz: ['08412'], court: 'Zwickau', district: 'zwickau' },
  { city: 'Crimmitschau', plz: ['08451'], court: 'Zwickau', district: 'zwickau' },
  { city: 'Glauchau', plz: ['08371'], court: 'Hohenstein-Ernstthal', district: 'zwickau' },
  { city: 'Hohenstein-Ernstthal', plz: ['09337'], court: 'Hohenstein-Ernstthal', district: 'zwickau' },
  { city: 'Plauen', plz: ['08523', '08525', '08527', '08529'], court: 'Plauen', district: 'vogtland' },
  { city: 'Oelsnitz/Vogtl.', plz: ['08606'], court: 'Plauen', district: 'vogtland' },
  { city: 'Auerbach/Vogtl.', plz: ['08209'], court: 'Auerbach', district: 'vogtland' },
  { city: 'Reichenbach im Vogtland', plz: ['08468'], court: 'Auerbach', district: 'vogtland' },
  { city: 'Görlitz', plz: ['02826', '02827', '02828'], court: 'Görlitz', district: 'goerlitz' },
  { city: 'Zittau', plz: ['02763'], court: 'Zittau', district: 'goerlitz' },
  { city: 'Löbau', plz: ['02708'], court: 'Zittau', district: 'goerlitz' },
  { city: 'Weißwasser/O.L.', plz: ['02943'], court: 'Weißwasser', district: 'goerlitz' },
  { city: 'Bautzen', plz: ['02625'], court: 'Bautzen', district: 'bautzen' },
  { city: 'Bischofswerda', plz: ['01877'], court: 'Bautzen', district: 'bautzen' },
  { city: 'Kamenz', plz: ['01917'], court: 'Kamenz', district: 'bautzen' },
  { city: 'Hoyerswerda', plz: ['02977'], court: 'Hoyerswerda', district: 'bautzen' },
  { city: 'Meißen', plz: ['01662'], court: 'Meißen', district: 'meissen' },
  { city: 'Radebeul', plz: ['01445'], court: 'Meißen', district: 'meissen' },
  { city: 'Coswig', plz: ['01640'], court: 'Meißen', district: 'meissen' },
  { city: 'Riesa', plz: ['01587', '01589'], court: 'Riesa', district: 'meissen' },
  { city: 'Großenhain', plz: ['01558'], court: 'Riesa', district: 'meissen' },
  { city: 'Pirna', plz: ['01796'], court: 'Pirna', district: 'soe' },
  { city: 'Heidenau', plz: ['01809'], court: 'Pirna', district: 'soe' },
  { city: 'Sebnitz', plz: ['01855'], court: 'Pirna', district: 'soe' },
  { city: 'Freiberg', plz: ['09599'], court: 'Freiberg', district: 'mittelsachsen' },
  { city: 'Brand-Erbisdorf', plz: ['09618'], court: 'Freiberg', district: 'mittelsachsen' },
  { city: 'Döbeln', plz: ['04720'], court: 'Döbeln', district: 'mittelsachsen' },
  { city: 'Leisnig', plz: ['04703'], court: 'Döbeln', district: 'mittelsachsen' },
  { city: 'Torgau', plz: ['04860'], court: 'Torgau', district: 'nordsachsen' },
  { city: 'Eilenburg', plz: ['04838'], court: 'Eilenburg', district: 'nordsachsen' },
  { city: 'Delitzsch', plz: ['04509'], court: 'Eilenburg', district: 'nordsachsen' },
  { city: 'Grimma', plz: ['04668'], court: 'Grimma', district: 'lkleipzig' },
  { city: 'Wurzen', plz: ['04808'], court: 'Grimma', district: 'lkleipzig' },
  { city: 'Borna', plz: ['04552'], court: 'Borna', district: 'lkleipzig' },
  { city: 'Aue-Bad Schlema', plz: ['08280', '08301'], court: 'Aue-Bad Schlema', district: 'erzgebirge' },
  { city: 'Schwarzenberg/Erzgeb.', plz: ['08340'], court: 'Aue-Bad Schlema', district: 'erzgebirge' },
  { city: 'Annaberg-Buchholz', plz: ['09456'], court: 'Annaberg', district: 'erzgebirge' },
  { city: 'Marienberg', plz: ['09496'], court: 'Marienberg', district: 'erzgebirge' },
  { city: 'Olbernhau', plz: ['09526'], court: 'Marienberg', district: 'erzgebirge' },
  { city: 'Stollberg/Erzgeb.', plz: ['09366'], court: 'Stollberg', district: 'erzgebirge' },
];

/** Towns weighted by how much post comes from them. */
export const TOWN_WEIGHTS: Record<string, number> = {
  Dresden: 14, Leipzig: 14, Chemnitz: 10, Zwickau: 5, Plauen: 4, Görlitz: 4, Bautzen: 3, Hoyerswerda: 3,
};

export type NoticeFamily = 'grid' | 'labels' | 'prose' | 'caption' | 'twocol' | 'ticks' | 'slip' | 'numbered' | 'eakte' | 'boxes';

export interface Court {
  town: string;
  /** postal code of the court's seat (real code of the town) */
  plz: string;
  street: string; // invented
  pobox: string; // invented
  phone: string;
  fax: string;
  sorbian?: string; // bilingual header line
  notice: NoticeFamily;
  summons: number; // summons form index
  judgment: number; // judgment style index
  font: 'sans' | 'serif' | 'dvs' | 'dvc' | 'narrow';
  depts: number[];
  /** Amtsgericht of Lausitz towns print an upper-Sorbian header */
  oldParagraphs?: boolean;
  rooms: string[];
}

export const COURTS: Record<string, Court> = {
  Dresden: { town: 'Dresden', plz: '01099', street: 'Elbuferweg 12', pobox: 'Postfach 12 07 44', phone: '0351 4468-0', fax: '0351 4468-4190', notice: 'grid', summons: 0, judgment: 0, font: 'sans', depts: [141, 143, 145, 148, 152], rooms: ['Saal N 1.14', 'Saal N 0.06', 'Sitzungssaal D 2.21'] },
  Leipzig: { town: 'Leipzig', plz: '04107', street: 'Gerichtsstraße 30', pobox: 'Postfach 10 09 41', phone: '0341 4918-0', fax: '0341 4918-2777', notice: 'eakte', summons: 1, judgment: 1, font: 'dvs', depts: [106, 108, 111, 115, 118], rooms: ['Saal 2.117', 'Saal 1.014', 'Saal 3.210'] },
  Chemnitz: { town: 'Chemnitz', plz: '09111', street: 'Am Justizforum 4', pobox: 'Postfach 9 11 20', phone: '0371 4530-0', fax: '0371 4530-1299', notice: 'prose', summons: 2, judgment: 2, font: 'serif', depts: [14, 16, 21, 23], rooms: ['Saal 105', 'Saal 017', 'Saal 211'] },
  Zwickau: { town: 'Zwickau', plz: '08056', street: 'Domhofgasse 7', pobox: 'Postfach 20 05 12', phone: '0375 2706-0', fax: '0375 2706-333', notice: 'ticks', summons: 3, judgment: 0, font: 'sans', depts: [2, 4, 7], rooms: ['Sitzungssaal 1', 'Sitzungssaal 3'] },
  Plauen: { town: 'Plauen', plz: '08523', street: 'Spitzenmarkt 2', pobox: 'Postfach 11 61', phone: '03741 1403-0', fax: '03741 1403-150', notice: 'numbered', summons: 0, judgment: 1, font: 'serif', depts: [3, 5], rooms: ['Saal 14', 'Saal 22'], oldParagraphs: true },
  Görlitz: { town: 'Görlitz', plz: '02826', street: 'Neißeufer 9', pobox: 'Postfach 30 04 41', phone: '03581 4620-0', fax: '03581 4620-199', notice: 'twocol', summons: 1, judgment: 2, font: 'dvc', depts: [5, 8, 9], rooms: ['Saal 1.08', 'Saal 2.03'] },
  Bautzen: { town: 'Bautzen', plz: '02625', street: 'Ortenburgweg 3', pobox: 'Postfach 13 27', phone: '03591 3613-0', fax: '03591 3613-444', sorbian: 'Zarjadniske sudnistwo Budyšin', notice: 'labels', summons: 2, judgment: 0, font: 'sans', depts: [20, 21, 25], rooms: ['Saal 104', 'Saal 008'] },
  Meißen: { town: 'Meißen', plz: '01662', street: 'Burgbergstraße 15', pobox: 'Postfach 10 01 32', phone: '03521 4738-0', fax: '03521 4738-210', notice: 'prose', summons: 3, judgment: 1, font: 'serif', depts: [11, 12, 113], rooms: ['Saal 1', 'Saal 2 (Erdgeschoss)'] },
  Pirna: { town: 'Pirna', plz: '01796', street: 'Am Tischerplatz 6', pobox: 'Postfach 10 01 45', phone: '03501 7918-0', fax: '03501 7918-260', notice: 'boxes', summons: 4, judgment: 2, font: 'narrow', depts: [4, 6, 31], rooms: ['Saal A 1.12', 'Saal B 0.04'] },
  Riesa: { town: 'Riesa', plz: '01587', street: 'Lauchhammerstraße 18', pobox: 'Postfach 11 62', phone: '03525 5186-0', fax: '03525 5186-40', notice: 'slip', summons: 0, judgment: 0, font: 'sans', depts: [7, 9], rooms: ['Saal 5', 'Saal 1'] },
  Freiberg: { town: 'Freiberg', plz: '09599', street: 'Bergamtsgasse 21', pobox: 'Postfach 13 44', phone: '03731 3876-0', fax: '03731 3876-222', notice: 'grid', summons: 2, judgment: 1, font: 'serif', depts: [2, 3, 42], rooms: ['Saal 1.03', 'Saal 2.11'] },
  Döbeln: { town: 'Döbeln', plz: '04720', street: 'Muldenweg 5', pobox: 'Postfach 11 21', phone: '03431 7218-0', fax: '03431 7218-55', notice: 'prose', summons: 1, judgment: 2, font: 'dvs', depts: [1, 6], rooms: ['Sitzungssaal 105', 'Sitzungssaal 003'] },
  Torgau: { town: 'Torgau', plz: '04860', street: 'Schlossgraben 11', pobox: 'Postfach 13 01', phone: '03421 7384-0', fax: '03421 7384-100', notice: 'twocol', summons: 4, judgment: 0, font: 'serif', depts: [3, 11], rooms: ['Saal 2', 'Saal 4'] },
  Eilenburg: { town: 'Eilenburg', plz: '04838', street: 'Am Bergkeller 4', pobox: 'Postfach 11 41', phone: '03423 6584-0', fax: '03423 6584-29', notice: 'caption', summons: 0, judgment: 1, font: 'sans', depts: [8, 10], rooms: ['Saal 113', 'Saal 201'] },
  Grimma: { town: 'Grimma', plz: '04668', street: 'Klosterweg 2', pobox: 'Postfach 10 61', phone: '03437 9871-0', fax: '03437 9871-133', notice: 'ticks', summons: 3, judgment: 2, font: 'dvc', depts: [1, 4], rooms: ['Saal 1.15', 'Saal 0.02'] },
  'Aue-Bad Schlema': { town: 'Aue-Bad Schlema', plz: '08280', street: 'Schneeberger Weg 27', pobox: 'Postfach 10 08', phone: '03771 5902-0', fax: '03771 5902-190', notice: 'labels', summons: 4, judgment: 0, font: 'narrow', depts: [2, 5], rooms: ['Saal 3', 'Saal 7'] },
  Marienberg: { town: 'Marienberg', plz: '09496', street: 'Am Zschopauer Tor 8', pobox: 'Postfach 11 40', phone: '03735 6649-0', fax: '03735 6649-88', notice: 'numbered', summons: 2, judgment: 1, font: 'sans', depts: [1, 3], rooms: ['Saal 1', 'Saal 2'] },
  Zittau: { town: 'Zittau', plz: '02763', street: 'Mandaugasse 14', pobox: 'Postfach 14 53', phone: '03583 7719-0', fax: '03583 7719-370', notice: 'eakte', summons: 3, judgment: 2, font: 'dvs', depts: [4, 14], rooms: ['Saal 102', 'Saal 203'] },
  Kamenz: { town: 'Kamenz', plz: '01917', street: 'Hutbergweg 5', pobox: 'Postfach 11 03', phone: '03578 3390-0', fax: '03578 3390-201', sorbian: 'Zarjadniske sudnistwo Kamjenc', notice: 'boxes', summons: 1, judgment: 0, font: 'sans', depts: [2, 12], rooms: ['Saal 1.01', 'Saal 1.02'] },
  Hoyerswerda: { town: 'Hoyerswerda', plz: '02977', street: 'Elsterbogen 31', pobox: 'Postfach 11 55', phone: '03571 4771-0', fax: '03571 4771-99', sorbian: 'Zarjadniske sudnistwo Wojerecy', notice: 'grid', summons: 4, judgment: 1, font: 'dvc', depts: [6, 9], rooms: ['Saal E 04', 'Saal 1.10'] },
  Weißwasser: { town: 'Weißwasser/O.L.', plz: '02943', street: 'Glasmacherweg 2', pobox: 'Postfach 12 10', phone: '03576 2844-0', fax: '03576 2844-13', sorbian: 'Zarjadniske sudnistwo Běła Woda', notice: 'slip', summons: 2, judgment: 2, font: 'serif', depts: [1, 5], rooms: ['Saal 1', 'Saal 3'] },
  'Hohenstein-Ernstthal': { town: 'Hohenstein-Ernstthal', plz: '09337', street: 'Am Pfaffenberg 9', pobox: 'Postfach 11 22', phone: '03723 6612-0', fax: '03723 6612-111', notice: 'twocol', summons: 0, judgment: 1, font: 'sans', depts: [3, 8], rooms: ['Saal 2.01', 'Saal 1.05'] },
  Auerbach: { town: 'Auerbach/Vogtl.', plz: '08209', street: 'Göltzschtalweg 6', pobox: 'Postfach 10 11', phone: '03744 2567-0', fax: '03744 2567-60', notice: 'ticks', summons: 1, judgment: 0, font: 'serif', depts: [2, 7], rooms: ['Saal 12', 'Saal 14'] },
  Borna: { town: 'Borna', plz: '04552', street: 'Am Wyhraufer 3', pobox: 'Postfach 11 44', phone: '03433 2049-0', fax: '03433 2049-177', notice: 'labels', summons: 3, judgment: 2, font: 'dvc', depts: [5, 6], rooms: ['Saal 101', 'Saal 104'] },
  Annaberg: { town: 'Annaberg-Buchholz', plz: '09456', street: 'Pöhlbergblick 17', pobox: 'Postfach 11 39', phone: '03733 5431-0', fax: '03733 5431-45', notice: 'caption', summons: 4, judgment: 1, font: 'narrow', depts: [2, 4], rooms: ['Saal 2', 'Saal 5'] },
  Stollberg: { town: 'Stollberg/Erzgeb.', plz: '09366', street: 'Hohe Gasse 4', pobox: 'Postfach 11 20', phone: '037296 744-0', fax: '037296 744-50', notice: 'caption', summons: 2, judgment: 0, font: 'sans', depts: [1, 3], rooms: ['Saal 1', 'Saal 2'] },
};

export const FLAT_STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Lindenstraße', 'Schillerstraße', 'Goethestraße', 'August-Bebel-Straße', 'Karl-Marx-Straße',
  'Straße der Jugend', 'Straße des Friedens', 'Am Sonnenhang', 'Thomas-Müntzer-Ring', 'Fritz-Reuter-Weg', 'Dr.-Wilhelm-Külz-Straße',
  'Rosa-Luxemburg-Platz', 'Zwickauer Straße', 'Leipziger Straße', 'Dresdner Straße', 'Chemnitzer Straße', 'Am Mühlgraben',
  'Auf der Höhe', 'Weinbergstraße', 'Am Erzgebirgsblick', 'Talstraße', 'Schulstraße', 'Gartenstraße', 'Neue Reihe', 'Hohe Straße',
  'Rosenweg', 'Kurt-Eisner-Straße', 'Friedrich-Engels-Straße', 'Albertstraße', 'Körnerplatz', 'Lessingstraße', 'Mittweidaer Straße',
  'Am Hang', 'Hufelandstraße', 'Clara-Zetkin-Straße', 'Wiesenweg', 'Plauensche Straße', 'Holzhofgasse', 'Kirchberg', 'An der Kaufhalle',
  'Max-Planck-Ring', 'Käthe-Kollwitz-Straße', 'Heinrich-Heine-Straße', 'Wilhelm-Busch-Weg', 'Neustädter Markt', 'Querstraße',
  'Oberer Steinweg', 'Am Bürgergarten', 'Johannes-R.-Becher-Straße', 'Grünauer Allee', 'Sachsenallee', 'Walter-Rathenau-Straße',
];

export const FLAT_ADDITIONS = [
  '2. OG links', '3. OG rechts', 'WE 7', 'WE 12', 'Seitenflügel', 'Dachgeschoss', 'EG Mitte', '1. OG rechts', 'Hinterhaus, 1. OG',
  'Whg. 14', '4. OG Mitte', 'Dachgeschoss links', 'Seitenflügel, 2. OG', 'Erdgeschoss links', 'Whg. Nr. 3', '5. Etage rechts',
];

export type Origin = 'de' | 'de-old' | 'de-young' | 'sorb' | 'vn' | 'rude' | 'ru' | 'ua' | 'pl' | 'cz' | 'sy' | 'af' | 'tr' | 'ro' | 'balkan' | 'af-west' | 'af-east' | 'br';

export interface NamePool { m: string[]; f: string[]; s: string[] }

export const NAMES: Record<Origin, NamePool> = {
  de: {
    m: ['Steffen', 'Jens', 'Uwe', 'Frank', 'Heiko', 'Ronny', 'René', 'Enrico', 'Maik', 'Mike', 'Marcel', 'Sven', 'Andreas', 'Thomas', 'Torsten', 'Hans-Jürgen', 'Karl-Heinz', 'Falk', 'Silvio', 'Ingo'],
    f: ['Mandy', 'Peggy', 'Yvonne', 'Ramona', 'Kerstin', 'Anja', 'Sylvia', 'Katrin', 'Ines', 'Silke', 'Sandy', 'Jacqueline', 'Nadine', 'Cindy', 'Anne-Kathrin', 'Manuela', 'Grit', 'Romy', 'Doreen', 'Susann'],
    s: ['Krause', 'Lehmann', 'Richter', 'Schulze', 'Hoffmann', 'Kühn', 'Fröhlich', 'Günther', 'Hähnel', 'Pietzsch', 'Börner', 'Bräuer', 'Seidel', 'Ullrich', 'Rößler', 'Kaden', 'Hänsel', 'Wünsche', 'Oehme', 'Schubert', 'Neubert', 'Petzold', 'Kretzschmar', 'Gläser', 'Nestler', 'Uhlig', 'Weißflog', 'Fritzsche', 'Haubold', 'Möckel', 'Tröger', 'Süß', 'Graupner', 'Zschiesche', 'Tzschoppe', 'Lößnitzer', 'Schulze-Wendland', 'Müller-Rabe', 'Kühnel Brandt'],
  },
  'de-old': {
    m: ['Gerhard', 'Manfred', 'Siegfried', 'Horst', 'Dieter', 'Wolfgang', 'Joachim', 'Lothar', 'Eberhard', 'Günter'],
    f: ['Helga', 'Ingrid', 'Renate', 'Christa', 'Brigitte', 'Gisela', 'Rosemarie', 'Hannelore', 'Marie-Luise', 'Waltraud'],
    s: ['Lorenz', 'Strobel', 'Rudolph', 'Zschoche', 'Mättig', 'Löschner', 'von Rabenau', 'Kreißig', 'Schönherr', 'Flämig', 'Dietze', 'Ebert'],
  },
  'de-young': {
    m: ['Kevin', 'Justin', 'Tom', 'Paul', 'Lukas', 'Max', 'Tino', 'Toni', 'Nico', 'Dustin', 'Jannik', 'Eric'],
    f: ['Denise', 'Chantal', 'Jessica', 'Lisa', 'Marie', 'Leonie', 'Sophie', 'Celine', 'Vanessa', 'Michelle', 'Jasmin', 'Lea-Sophie'],
    s: ['Pohl', 'Lange', 'Winkler', 'Kunze', 'Vogel', 'Hartmann', 'Enderlein', 'Mehnert', 'Starke', 'Jähnig', 'von der Heide', 'Berndt'],
  },
  sorb: {
    m: ['Jurij', 'Měrćin', 'Pětr', 'Beno'],
    f: ['Hańža', 'Marja', 'Lenka', 'Božena'],
    s: ['Kral', 'Wjeńk', 'Šołta', 'Nowak', 'Kocor'],
  },
  vn: {
    m: ['Văn Hùng', 'Đức Minh', 'Quốc Bảo', 'Văn Tư', 'Thành Long', 'Minh Tuấn', 'Công Phượng'],
    f: ['Thị Lan', 'Thị Thu Hương', 'Thị Ngọc Ánh', 'Thị Hồng Nhung', 'Thị Mai', 'Ngọc Hân'],
    s: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Đặng', 'Vũ', 'Hoàng', 'Bùi', 'Đỗ', 'Phan'],
  },
  rude: {
    m: ['Waldemar', 'Viktor', 'Alexander', 'Eduard', 'Artur', 'Andrej'],
    f: ['Olga', 'Lilija', 'Swetlana', 'Natalia', 'Irina', 'Tatjana'],
    s: ['Schäfer', 'Reimer', 'Dick', 'Neufeld', 'Wiebe', 'Klassen', 'Penner', 'Friesen'],
  },
  ru: {
    m: ['Jewgenij', 'Dmitrij', 'Sergej', 'Nikolaj'],
    f: ['Tatjana', 'Jelena', 'Anastasija', 'Ljudmila'],
    s: ['Smirnow', 'Iwanowa', 'Kusnezow', 'Popowa', 'Sokolow', 'Lebedewa'],
  },
  ua: {
    m: ['Oleksandr', 'Dmytro', 'Andrii', 'Serhii', 'Mykola'],
    f: ['Nataliia', 'Iryna', 'Oksana', 'Yuliia', 'Halyna'],
    s: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Kravchuk', 'Boiko'],
  },
  pl: {
    m: ['Łukasz', 'Krzysztof', 'Paweł', 'Tomasz', 'Grzegorz', 'Wojciech'],
    f: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Joanna', 'Beata', 'Bożena'],
    s: ['Wiśniewski', 'Dąbrowski', 'Wójcik', 'Kamiński', 'Zieliński', 'Lewandowski', 'Kowalczyk', 'Ślązak', 'Woźniak'],
  },
  cz: {
    m: ['Jiří', 'Tomáš', 'Lukáš', 'Miroslav', 'Petr'],
    f: ['Petra', 'Zdeňka', 'Radka', 'Lenka', 'Jana'],
    s: ['Dvořák', 'Černý', 'Procházka', 'Kučera', 'Šťastný', 'Řezníček', 'Novotný', 'Král'],
  },
  sy: {
    m: ['Mohammad', 'Ahmad', 'Khaled', 'Omar', 'Mahmoud', 'Yousef', 'Bashar'],
    f: ['Rania', 'Fatima', 'Yasmin', 'Hiba', 'Nour', 'Lama', 'Rasha'],
    s: ['Al Hassan', 'Abu Saleh', 'El Khatib', 'Al-Masri', 'Al Ahmad', 'Abu Hamdan', 'El-Sayed', 'Haddad', 'Al Khalil'],
  },
  af: {
    m: ['Ahmad Shah', 'Mohammad Nabi', 'Farid', 'Naweed', 'Jawad'],
    f: ['Farida', 'Zahra', 'Gulalai', 'Mariam', 'Shabnam'],
    s: ['Rahimi', 'Karimi', 'Sultani', 'Ahmadzai', 'Noori', 'Hashimi', 'Amiri'],
  },
  tr: {
    m: ['Mehmet', 'Hüseyin', 'Serkan', 'Emre', 'Uğur', 'Murat'],
    f: ['Ayşe', 'Fatma', 'Elif', 'Gülşen', 'Şeyma', 'Hatice'],
    s: ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Kaya', 'Doğan', 'Aydın', 'Kılıç'],
  },
  ro: {
    m: ['Ionuț', 'Ștefan', 'Florin', 'Mihai', 'Adrian'],
    f: ['Mihaela', 'Andreea', 'Ioana', 'Elena', 'Cristina'],
    s: ['Popescu', 'Dumitrescu', 'Ionescu', 'Stănescu', 'Munteanu', 'Răducanu', 'Constantinescu'],
  },
  balkan: {
    m: ['Dragan', 'Amir', 'Nikola', 'Arben', 'Goran', 'Edin'],
    f: ['Jelena', 'Selma', 'Ivana', 'Blerina', 'Mirela', 'Emina'],
    s: ['Petrović', 'Đorđević', 'Hodžić', 'Begović', 'Jovanović', 'Kovačević', 'Krasniqi', 'Gashi'],
  },
  'af-west': {
    m: ['Emmanuel', 'Chukwuemeka', 'Mamadou', 'Kwame', 'Jean-Baptiste', 'Désiré'],
    f: ['Abena', 'Amina', 'Fatou', 'Marie-Claire', 'Adaeze', 'Aïssata'],
    s: ['Mensah', 'Owusu', 'Okafor', 'Diallo', 'Diop', 'Ndiaye', 'Kouassi', 'Kaboré', 'Mbala'],
  },
  'af-east': {
    m: ['Yonas', 'Tesfaye', 'Abdirahman', 'Dawit'],
    f: ['Senait', 'Hiwot', 'Saba', 'Hodan'],
    s: ['Tesfamariam', 'Bekele', 'Gebremedhin', 'Warsame', 'Haile'],
  },
  br: {
    m: ['João Pedro', 'Rafael'],
    f: ['Ana Paula', 'Mariana'],
    s: ['de Oliveira', 'da Silva Santos', 'de Souza Lima'],
  },
};

export const ORIGIN_WEIGHTS: [Origin, number][] = [
  ['de', 30], ['de-old', 9], ['de-young', 10], ['sorb', 2], ['vn', 8], ['rude', 5], ['ru', 3], ['ua', 6], ['pl', 4], ['cz', 3],
  ['sy', 7], ['af', 4], ['tr', 3], ['ro', 3], ['balkan', 4], ['af-west', 4], ['af-east', 2], ['br', 1],
];

/** Polish/Czech surnames have feminine forms. */
export function feminineSurname(origin: Origin, s: string): string {
  if (origin === 'pl') return s.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  if (origin === 'cz') {
    if (/ý$/.test(s)) return s.replace(/ý$/, 'á');
    if (/[aeiou]$/.test(s)) return s;
    return s.replace(/ek$/, 'ková').replace(/([^á])$/, '$1ová').replace(/kková$/, 'ková');
  }
  if (origin === 'ru') return s.replace(/ow$/, 'owa').replace(/ew$/, 'ewa');
  return s;
}

export interface Landlord {
  name: string;
  kind: 'coop' | 'municipal' | 'private' | 'heirs' | 'company';
  street: string; // invented office street
  plz: string;
  city: string;
  phone: string;
  iban: string;
  /** optional administrator acting for the owner */
  manager?: string;
  managerStreet?: string;
  /** representative (Vorstand/Geschäftsführer) printed in captions */
  rep?: string;
  district: string[];
}

export const LANDLORDS: Landlord[] = [
  { name: 'Wohnungsgenossenschaft Elbaue Dresden eG', kind: 'coop', street: 'Fährgasse 14', plz: '01139', city: 'Dresden', phone: '0351 8426-0', iban: 'DE47 8505 0300 4120 0077 15', rep: 'vertreten durch den Vorstand', district: ['dresden'] },
  { name: 'Kommunale Wohnbau Elbland GmbH', kind: 'municipal', street: 'Speicherhof 2', plz: '01067', city: 'Dresden', phone: '0351 7771-300', iban: 'DE12 8505 0300 3201 5566 90', rep: 'vertreten durch die Geschäftsführerin', district: ['dresden', 'meissen', 'soe'] },
  { name: 'Pleißeufer Wohnungsgenossenschaft eG', kind: 'coop', street: 'Am Floßplatz 9', plz: '04107', city: 'Leipzig', phone: '0341 2264-10', iban: 'DE88 8605 5592 1100 2345 01', rep: 'vertreten durch den Vorstand', district: ['leipzig', 'lkleipzig'] },
  { name: 'Leipziger Westend Wohnen GmbH & Co. KG', kind: 'company', street: 'Lindenauer Hafenweg 3', plz: '04177', city: 'Leipzig', phone: '0341 4920-88', iban: 'DE30 8602 0500 0003 4471 28', manager: 'Hausverwaltung Auenwald Immobilien GmbH', managerStreet: 'Kanalstraße 41, 04229 Leipzig', district: ['leipzig'] },
  { name: 'Chemnitzer Heimstätten-Genossenschaft eG', kind: 'coop', street: 'Kaßbergauffahrt 11', plz: '09112', city: 'Chemnitz', phone: '0371 3564-0', iban: 'DE56 8705 0000 0712 8833 40', rep: 'vertreten durch den Vorstand', district: ['chemnitz', 'erzgebirge'] },
  { name: 'Sachsenring Wohnimmobilien GmbH', kind: 'company', street: 'Glauchauer Tor 2', plz: '09337', city: 'Hohenstein-Ernstthal', phone: '03723 41 88 20', iban: 'DE71 8705 4000 3601 2290 11', manager: 'Westsachsen Hausverwaltung Kaden & Söhne GbR', managerStreet: 'Lungwitzer Weg 8, 08371 Glauchau', district: ['zwickau', 'chemnitz'] },
  { name: 'Muldental Bau- und Wohnungsgenossenschaft eG', kind: 'coop', street: 'Am Schwemmteich 5', plz: '04668', city: 'Grimma', phone: '03437 7082-0', iban: 'DE09 8605 0200 1010 0455 73', rep: 'vertreten durch den Vorstand', district: ['lkleipzig', 'mittelsachsen'] },
  { name: 'Vogtländische Wohnstätten eG', kind: 'coop', street: 'Syrauer Weg 22', plz: '08525', city: 'Plauen', phone: '03741 5510-0', iban: 'DE64 8705 8000 3800 1227 46', rep: 'vertreten durch den Vorstand', district: ['vogtland'] },
  { name: 'Städtische Wohnstätten Torgau GmbH', kind: 'municipal', street: 'Am Elbwall 7', plz: '04860', city: 'Torgau', phone: '03421 9011-0', iban: 'DE25 8605 5592 2800 1144 09', rep: 'vertreten durch den Geschäftsführer', district: ['nordsachsen'] },
  { name: 'Spreebogen Wohnungsgenossenschaft Lausitz eG', kind: 'coop', street: 'Am Wasserturm 16', plz: '02977', city: 'Hoyerswerda', phone: '03571 6043-0', iban: 'DE93 8555 0000 1000 5582 20', rep: 'vertreten durch den Vorstand', district: ['bautzen', 'goerlitz'] },
  { name: 'Zittauer Wohn- und Gewerbebau GmbH', kind: 'municipal', street: 'Neißegasse 3', plz: '02763', city: 'Zittau', phone: '03583 5008-0', iban: 'DE14 8505 0100 3000 4488 67', rep: 'vertreten durch die Geschäftsführung', district: ['goerlitz'] },
  { name: 'Erzgebirgische Heimstatt eG', kind: 'coop', street: 'Bergmannsweg 40', plz: '09456', city: 'Annaberg-Buchholz', phone: '03733 4177-0', iban: 'DE41 8705 4000 3100 7780 02', rep: 'vertreten durch den Vorstand', district: ['erzgebirge'] },
  { name: 'Lößnitzblick Wohnungsgenossenschaft eG', kind: 'coop', street: 'Weinbergsteig 6', plz: '01445', city: 'Radebeul', phone: '0351 8362-0', iban: 'DE66 8505 5000 3101 6620 45', rep: 'vertreten durch den Vorstand', district: ['meissen', 'dresden'] },
  { name: 'Gebäude- und Wohnungsverwaltung Döbeln GmbH', kind: 'municipal', street: 'Ritterweg 12', plz: '04720', city: 'Döbeln', phone: '03431 5770-0', iban: 'DE18 8605 0200 1030 0277 81', rep: 'vertreten durch den Geschäftsführer', district: ['mittelsachsen'] },
  { name: 'Bergstadt Wohnen Freiberg GmbH', kind: 'municipal', street: 'Hüttenweg 19', plz: '09599', city: 'Freiberg', phone: '03731 2705-0', iban: 'DE52 8705 2000 3115 0099 34', rep: 'vertreten durch die Geschäftsführerin', district: ['mittelsachsen'] },
  { name: 'Elbsandstein Wohnungsbau eG', kind: 'coop', street: 'Am Kohlberg 2', plz: '01796', city: 'Pirna', phone: '03501 4619-0', iban: 'DE03 8505 0300 0221 0456 88', rep: 'vertreten durch den Vorstand', district: ['soe'] },
  { name: 'Lothar Weißbach', kind: 'private', street: 'Kirschallee 4', plz: '01326', city: 'Dresden', phone: '0351 2679 114', iban: 'DE61 8509 0000 2671 4450 08', district: ['dresden', 'soe', 'meissen'] },
  { name: 'Gisela Ehrentraut', kind: 'private', street: 'Am Rosental 15', plz: '04105', city: 'Leipzig', phone: '0341 5613 092', iban: 'DE44 8605 5592 1090 2233 70', district: ['leipzig', 'nordsachsen'] },
  { name: 'Erbengemeinschaft nach Herbert Lindner', kind: 'heirs', street: 'c/o Ute Lindner, Kastanienweg 9', plz: '09116', city: 'Chemnitz', phone: '0371 8103 557', iban: 'DE37 8705 0000 0350 1177 62', manager: 'Immobilienverwaltung Sieber & Partner', managerStreet: 'Annaberger Straße 180, 09125 Chemnitz', district: ['chemnitz', 'erzgebirge', 'zwickau'] },
  { name: 'Erbengemeinschaft Rudolph', kind: 'heirs', street: 'c/o Rechtsanwalt Dr. Fiebig, Marktgasse 2', plz: '02625', city: 'Bautzen', phone: '03591 40 71 02', iban: 'DE78 8555 0000 1000 9012 44', district: ['bautzen', 'goerlitz'] },
  { name: 'Dr. Matthias Grellmann', kind: 'private', street: 'Parkweg 3', plz: '08058', city: 'Zwickau', phone: '0375 21 19 46', iban: 'DE59 8705 5000 2210 0456 19', manager: 'Hausverwaltung Muldeneck GmbH', managerStreet: 'Reichenbacher Straße 77, 08056 Zwickau', district: ['zwickau', 'vogtland'] },
  { name: 'Nordsachsen Immobilien Verwaltungs-GmbH', kind: 'company', street: 'Mühlenstieg 8', plz: '04509', city: 'Delitzsch', phone: '034202 588-0', iban: 'DE20 8605 5592 1740 0881 51', district: ['nordsachsen', 'leipzig'] },
  { name: 'Wohnbau Oberlausitz GmbH & Co. KG', kind: 'company', street: 'Brüderstraße 21', plz: '02826', city: 'Görlitz', phone: '03581 87 66 0', iban: 'DE85 8505 0100 0232 0066 54', manager: 'Neißetal Hausverwaltung GmbH', managerStreet: 'Jakobstraße 14, 02826 Görlitz', district: ['goerlitz', 'bautzen'] },
  { name: 'Karin und Wolfram Seifert GbR', kind: 'private', street: 'Am Stadtpark 11', plz: '08529', city: 'Plauen', phone: '03741 22 70 15', iban: 'DE32 8705 8000 3850 2271 90', district: ['vogtland', 'erzgebirge'] },
];

export interface LawFirm { name: string; short: string; street: string; plz: string; city: string; phone: string; lawyer: string }

export const LAWFIRMS: LawFirm[] = [
  { name: 'Tröger, Menzel & Partner Rechtsanwälte mbB', short: 'RAe Tröger, Menzel & Partner', street: 'Wallgäßchen 4', plz: '01067', city: 'Dresden', phone: '0351 49 44 60', lawyer: 'Rechtsanwalt Dirk Menzel' },
  { name: 'Kanzlei Dr. Fiebig', short: 'RA Dr. Fiebig', street: 'Marktgasse 2', plz: '02625', city: 'Bautzen', phone: '03591 40 71 00', lawyer: 'Rechtsanwalt Dr. Konrad Fiebig' },
  { name: 'Lämmel Rechtsanwältin', short: 'RAin Lämmel', street: 'Karl-Heine-Bogen 8', plz: '04229', city: 'Leipzig', phone: '0341 4 78 90 11', lawyer: 'Rechtsanwältin Susann Lämmel' },
  { name: 'Hennig & Kreutzer Rechtsanwälte', short: 'Hennig & Kreutzer', street: 'Theaterstraße 31', plz: '09111', city: 'Chemnitz', phone: '0371 6 66 31 40', lawyer: 'Rechtsanwalt Jörg Kreutzer' },
  { name: 'Rechtsanwaltskanzlei Bachmann Wolf', short: 'RAe Bachmann Wolf', street: 'Obermarkt 16', plz: '08523', city: 'Plauen', phone: '03741 13 57 0', lawyer: 'Rechtsanwältin Ulrike Bachmann' },
  { name: 'MIETRECHT SACHSEN Rechtsanwälte', short: 'MIETRECHT SACHSEN', street: 'Lößnitzer Tor 1', plz: '08056', city: 'Zwickau', phone: '0375 30 33 0', lawyer: 'Rechtsanwalt Patrick Eulitz' },
];

export interface Bailiff { title: string; name: string; court: string; street: string; plz: string; city: string; phone: string; hours: string; form: number }

export const BAILIFFS: Bailiff[] = [
  { title: 'Obergerichtsvollzieherin', name: 'Kathrin Sieber', court: 'Dresden', street: 'Schäferstraße 61', plz: '01067', city: 'Dresden', phone: '0351 4 96 21 37', hours: 'Di 8–9 Uhr, Do 15–16 Uhr', form: 0 },
  { title: 'Gerichtsvollzieher', name: 'Mirko Schwalbe', court: 'Leipzig', street: 'Brandvorwerkweg 12', plz: '04275', city: 'Leipzig', phone: '0341 30 86 517', hours: 'Mo und Mi 8.00–9.30 Uhr', form: 1 },
  { title: 'Obergerichtsvollzieher', name: 'Andreas Pöhland', court: 'Chemnitz', street: 'Zschopauer Grund 4', plz: '09126', city: 'Chemnitz', phone: '0371 5 33 48 90', hours: 'Dienstag 7:30 – 9:00 Uhr', form: 2 },
  { title: 'Gerichtsvollzieherin', name: 'Doreen Trommer', court: 'Zwickau', street: 'Marienthaler Weg 9', plz: '08060', city: 'Zwickau', phone: '0375 52 17 04', hours: 'Do 8–10 Uhr', form: 3 },
  { title: 'Gerichtsvollzieher', name: 'Thomas Liebscher', court: 'Plauen', street: 'Reißiger Gasse 3', plz: '08525', city: 'Plauen', phone: '03741 59 41 70', hours: 'nach Vereinbarung', form: 0 },
  { title: 'Obergerichtsvollzieherin', name: 'Nicole Wendisch', court: 'Görlitz', street: 'Rauschwalder Steig 2', plz: '02827', city: 'Görlitz', phone: '03581 31 20 66', hours: 'Mo 9–11 Uhr', form: 1 },
  { title: 'Gerichtsvollzieher', name: 'Ronald Hentschel', court: 'Bautzen', street: 'Löbauer Weg 28', plz: '02625', city: 'Bautzen', phone: '03591 27 04 38', hours: 'Mi 8–9 Uhr', form: 4 },
  { title: 'Gerichtsvollzieherin', name: 'Ivonne Schaarschmidt', court: 'Freiberg', street: 'Donatsring 5', plz: '09599', city: 'Freiberg', phone: '03731 69 22 18', hours: 'Di 8–9 Uhr', form: 2 },
  { title: 'Obergerichtsvollzieher', name: 'Jens-Uwe Dietrich', court: 'Aue-Bad Schlema', street: 'Zeller Berg 14', plz: '08280', city: 'Aue-Bad Schlema', phone: '03771 24 61 93', hours: 'Do 14–16 Uhr', form: 3 },
  { title: 'Gerichtsvollzieher', name: 'Sebastian Krönert', court: 'Pirna', street: 'Rottwerndorfer Pfad 7', plz: '01796', city: 'Pirna', phone: '03501 52 47 80', hours: 'Mo 8–10 Uhr', form: 4 },
  { title: 'Gerichtsvollzieherin', name: 'Manja Göhler', court: 'Riesa', street: 'Pausitzer Weg 16', plz: '01589', city: 'Riesa', phone: '03525 73 18 52', hours: 'Di 9–11 Uhr', form: 0 },
  { title: 'Obergerichtsvollzieherin', name: 'Claudia Rehn', court: 'Grimma', street: 'Hohnstädter Feld 3', plz: '04668', city: 'Grimma', phone: '03437 91 03 61', hours: 'Mi 8–10 Uhr', form: 1 },
];

export interface Authority {
  jobcenter: string;
  jcStreet: string;
  jcPlz: string;
  jcCity: string;
  sozial: string; // e.g. "Landratsamt Erzgebirgskreis" / "Stadt Leipzig"
  sozialDept: string;
  soStreet: string;
  soPlz: string;
  soCity: string;
  ordnung: string; // recipient of bailiff notices
}

export const AUTHORITIES: Record<string, Authority> = {
  dresden: { jobcenter: 'Jobcenter Dresden', jcStreet: 'Budapester Tor 7', jcPlz: '01069', jcCity: 'Dresden', sozial: 'Landeshauptstadt Dresden', sozialDept: 'Sozialamt, Abteilung Wohnhilfen', soStreet: 'Junghansweg 2', soPlz: '01219', soCity: 'Dresden', ordnung: 'Landeshauptstadt Dresden, Sozialamt – Wohnungsnotfallhilfe' },
  leipzig: { jobcenter: 'Jobcenter Leipzig', jcStreet: 'Georg-Schwarz-Hof 5', jcPlz: '04177', jcCity: 'Leipzig', sozial: 'Stadt Leipzig', sozialDept: 'Sozialamt, Fachstelle Wohnungsnotfallhilfe', soStreet: 'Prager Bogen 18', soPlz: '04317', soCity: 'Leipzig', ordnung: 'Stadt Leipzig, Sozialamt – Abt. Soziale Wohnhilfen' },
  chemnitz: { jobcenter: 'Jobcenter Chemnitz', jcStreet: 'Sonnenberger Hof 3', jcPlz: '09130', jcCity: 'Chemnitz', sozial: 'Stadt Chemnitz', sozialDept: 'Sozialamt, Wohnungssicherung', soStreet: 'Kanzlerstieg 14', soPlz: '09111', soCity: 'Chemnitz', ordnung: 'Stadt Chemnitz, Ordnungsamt – Obdachlosenangelegenheiten' },
  zwickau: { jobcenter: 'Jobcenter Landkreis Zwickau', jcStreet: 'Pölbitzer Hof 2', jcPlz: '08058', jcCity: 'Zwickau', sozial: 'Landratsamt Zwickau', sozialDept: 'Sozialamt, SG Hilfen in Wohnungsnotfällen', soStreet: 'Robert-Müller-Gang 5', soPlz: '08056', soCity: 'Zwickau', ordnung: 'Stadtverwaltung Zwickau, Ordnungsamt' },
  vogtland: { jobcenter: 'Jobcenter Vogtlandkreis', jcStreet: 'Elsterberger Weg 11', jcPlz: '08527', jcCity: 'Plauen', sozial: 'Landratsamt Vogtlandkreis', sozialDept: 'Sozialamt', soStreet: 'Postplatz-Passage 4', soPlz: '08523', soCity: 'Plauen', ordnung: 'Stadtverwaltung Plauen, Ordnungsamt' },
  goerlitz: { jobcenter: 'Jobcenter Landkreis Görlitz', jcStreet: 'Klosterplatzgasse 6', jcPlz: '02826', jcCity: 'Görlitz', sozial: 'Landratsamt Görlitz', sozialDept: 'Sozialamt, SG Wohnungssicherung', soStreet: 'Bahnhofsvorplatz 3', soPlz: '02828', soCity: 'Görlitz', ordnung: 'Stadtverwaltung Görlitz, Bürger- und Ordnungsamt' },
  bautzen: { jobcenter: 'Jobcenter Landkreis Bautzen', jcStreet: 'Töpferhof 9', jcPlz: '02625', jcCity: 'Bautzen', sozial: 'Landratsamt Bautzen', sozialDept: 'Sozialamt', soStreet: 'Spreetalweg 1', soPlz: '02625', soCity: 'Bautzen', ordnung: 'Stadtverwaltung Hoyerswerda, Ordnungsamt' },
  meissen: { jobcenter: 'Jobcenter Landkreis Meißen', jcStreet: 'Triebischtal 22', jcPlz: '01662', jcCity: 'Meißen', sozial: 'Landratsamt Meißen', sozialDept: 'Kreissozialamt', soStreet: 'Domherrenweg 4', soPlz: '01662', soCity: 'Meißen', ordnung: 'Große Kreisstadt Riesa, Ordnungsamt' },
  soe: { jobcenter: 'Jobcenter Landkreis Sächsische Schweiz-Osterzgebirge', jcStreet: 'Gottleubaer Weg 10', jcPlz: '01796', jcCity: 'Pirna', sozial: 'Landratsamt Sächsische Schweiz-Osterzgebirge', sozialDept: 'Sozialamt', soStreet: 'Schloßhof 2', soPlz: '01796', soCity: 'Pirna', ordnung: 'Stadtverwaltung Pirna, Ordnungsamt' },
  mittelsachsen: { jobcenter: 'Jobcenter Mittelsachsen', jcStreet: 'Münzbachtal 14', jcPlz: '09599', jcCity: 'Freiberg', sozial: 'Landratsamt Mittelsachsen', sozialDept: 'Referat Soziales', soStreet: 'Donatsgasse 9', soPlz: '09599', soCity: 'Freiberg', ordnung: 'Stadtverwaltung Döbeln, Ordnungsamt' },
  nordsachsen: { jobcenter: 'Jobcenter Nordsachsen', jcStreet: 'Dahlener Hof 3', jcPlz: '04860', jcCity: 'Torgau', sozial: 'Landratsamt Nordsachsen', sozialDept: 'Sozialamt', soStreet: 'Schlossgasse 17', soPlz: '04509', soCity: 'Delitzsch', ordnung: 'Große Kreisstadt Eilenburg, Ordnungsamt' },
  lkleipzig: { jobcenter: 'Jobcenter Landkreis Leipzig', jcStreet: 'Deutzener Weg 6', jcPlz: '04552', jcCity: 'Borna', sozial: 'Landratsamt Landkreis Leipzig', sozialDept: 'Sozialamt', soStreet: 'Stauwehrweg 1', soPlz: '04552', soCity: 'Borna', ordnung: 'Große Kreisstadt Grimma, Ordnungsamt' },
  erzgebirge: { jobcenter: 'Jobcenter Erzgebirgskreis', jcStreet: 'Schreckenberger Weg 5', jcPlz: '09456', jcCity: 'Annaberg-Buchholz', sozial: 'Landratsamt Erzgebirgskreis', sozialDept: 'Sozialamt, SG Wohnungsnotfallhilfe', soStreet: 'Uhlmannsgasse 8', soPlz: '09456', soCity: 'Annaberg-Buchholz', ordnung: 'Stadt Aue-Bad Schlema, Ordnungsamt' },
};

export const FACHSTELLE = {
  name: 'Fachstelle Wohnungssicherung Sachsen',
  carrier: 'Netzwerk Wohnen Elbe-Mulde e.V.',
  street: 'Freiberger Hof 12',
  plz: '01067',
  city: 'Dresden',
  phone: '0351 21 87 44-0',
  fax: '0351 21 87 44-99',
};

export const WORKERS = ['Fr. Lindemann', 'Hr. Bönisch', 'Fr. Yıldız', 'Hr. Taubert', 'Fr. Nguyen', 'Fr. Pfützner'];
