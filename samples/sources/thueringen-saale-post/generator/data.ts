/**
 * Hand-made tables for the invented Thüringen inbox. Towns, courts and postal codes are real;
 * every person, company, office street, house number, phone number, IBAN and file number is invented.
 */

export interface Town {
  name: string;
  plz: readonly string[];
  court: string; // key of COURTS
  kreis: string;
  area: string; // telephone area code
  weight: number;
}

/** Postal codes of the towns used for flats and offices (hand-made table, checked by check.ts). */
export const TOWNS: readonly Town[] = [
  { name: 'Erfurt', plz: ['99084', '99085', '99086', '99087', '99089', '99091', '99092', '99094', '99096', '99097', '99098', '99099'], court: 'Erfurt', kreis: 'Stadt Erfurt', area: '0361', weight: 16 },
  { name: 'Jena', plz: ['07743', '07745', '07747', '07749', '07751'], court: 'Jena', kreis: 'Stadt Jena', area: '03641', weight: 8 },
  { name: 'Kahla', plz: ['07768'], court: 'Jena', kreis: 'Saale-Holzland-Kreis', area: '036424', weight: 1 },
  { name: 'Eisenberg', plz: ['07607'], court: 'Jena', kreis: 'Saale-Holzland-Kreis', area: '036691', weight: 1 },
  { name: 'Hermsdorf', plz: ['07629'], court: 'Jena', kreis: 'Saale-Holzland-Kreis', area: '036601', weight: 1 },
  { name: 'Gera', plz: ['07545', '07546', '07548', '07549', '07551', '07552', '07554', '07557'], court: 'Gera', kreis: 'Stadt Gera', area: '0365', weight: 10 },
  { name: 'Greiz', plz: ['07973'], court: 'Gera', kreis: 'Landkreis Greiz', area: '03661', weight: 2 },
  { name: 'Zeulenroda-Triebes', plz: ['07937'], court: 'Gera', kreis: 'Landkreis Greiz', area: '036628', weight: 1 },
  { name: 'Weimar', plz: ['99423', '99425', '99427'], court: 'Weimar', kreis: 'Stadt Weimar', area: '03643', weight: 5 },
  { name: 'Bad Berka', plz: ['99438'], court: 'Weimar', kreis: 'Landkreis Weimarer Land', area: '036458', weight: 1 },
  { name: 'Apolda', plz: ['99510'], court: 'Apolda', kreis: 'Landkreis Weimarer Land', area: '03644', weight: 3 },
  { name: 'Gotha', plz: ['99867'], court: 'Gotha', kreis: 'Landkreis Gotha', area: '03621', weight: 4 },
  { name: 'Waltershausen', plz: ['99880'], court: 'Gotha', kreis: 'Landkreis Gotha', area: '03622', weight: 1 },
  { name: 'Ohrdruf', plz: ['99885'], court: 'Gotha', kreis: 'Landkreis Gotha', area: '03624', weight: 1 },
  { name: 'Eisenach', plz: ['99817'], court: 'Eisenach', kreis: 'Wartburgkreis', area: '03691', weight: 4 },
  { name: 'Ruhla', plz: ['99842'], court: 'Eisenach', kreis: 'Wartburgkreis', area: '036929', weight: 1 },
  { name: 'Bad Salzungen', plz: ['36433'], court: 'Bad Salzungen', kreis: 'Wartburgkreis', area: '03695', weight: 2 },
  { name: 'Nordhausen', plz: ['99734'], court: 'Nordhausen', kreis: 'Landkreis Nordhausen', area: '03631', weight: 4 },
  { name: 'Bleicherode', plz: ['99752'], court: 'Nordhausen', kreis: 'Landkreis Nordhausen', area: '036338', weight: 1 },
  { name: 'Mühlhausen', plz: ['99974'], court: 'Mühlhausen', kreis: 'Unstrut-Hainich-Kreis', area: '03601', weight: 3 },
  { name: 'Bad Langensalza', plz: ['99947'], court: 'Mühlhausen', kreis: 'Unstrut-Hainich-Kreis', area: '03603', weight: 1 },
  { name: 'Sondershausen', plz: ['99706'], court: 'Sondershausen', kreis: 'Kyffhäuserkreis', area: '03632', weight: 2 },
  { name: 'Artern', plz: ['06556'], court: 'Sondershausen', kreis: 'Kyffhäuserkreis', area: '03466', weight: 1 },
  { name: 'Bad Frankenhausen', plz: ['06567'], court: 'Sondershausen', kreis: 'Kyffhäuserkreis', area: '034671', weight: 1 },
  { name: 'Arnstadt', plz: ['99310'], court: 'Arnstadt', kreis: 'Ilm-Kreis', area: '03628', weight: 2 },
  { name: 'Ilmenau', plz: ['98693'], court: 'Arnstadt', kreis: 'Ilm-Kreis', area: '03677', weight: 2 },
  { name: 'Rudolstadt', plz: ['07407'], court: 'Rudolstadt', kreis: 'Landkreis Saalfeld-Rudolstadt', area: '03672', weight: 2 },
  { name: 'Bad Blankenburg', plz: ['07422'], court: 'Rudolstadt', kreis: 'Landkreis Saalfeld-Rudolstadt', area: '036741', weight: 1 },
  { name: 'Saalfeld', plz: ['07318'], court: 'Saalfeld', kreis: 'Landkreis Saalfeld-Rudolstadt', area: '03671', weight: 2 },
  { name: 'Pößneck', plz: ['07381'], court: 'Pößneck', kreis: 'Saale-Orla-Kreis', area: '03647', weight: 2 },
  { name: 'Schleiz', plz: ['07907'], court: 'Pößneck', kreis: 'Saale-Orla-Kreis', area: '03663', weight: 1 },
  { name: 'Neustadt an der Orla', plz: ['07806'], court: 'Pößneck', kreis: 'Saale-Orla-Kreis', area: '036481', weight: 1 },
  { name: 'Bad Lobenstein', plz: ['07356'], court: 'Pößneck', kreis: 'Saale-Orla-Kreis', area: '036651', weight: 1 },
  { name: 'Altenburg', plz: ['04600'], court: 'Altenburg', kreis: 'Landkreis Altenburger Land', area: '03447', weight: 3 },
  { name: 'Schmölln', plz: ['04626'], court: 'Altenburg', kreis: 'Landkreis Altenburger Land', area: '034491', weight: 1 },
  { name: 'Meuselwitz', plz: ['04610'], court: 'Altenburg', kreis: 'Landkreis Altenburger Land', area: '03448', weight: 1 },
  { name: 'Meiningen', plz: ['98617'], court: 'Meiningen', kreis: 'Landkreis Schmalkalden-Meiningen', area: '03693', weight: 2 },
  { name: 'Suhl', plz: ['98527', '98528', '98529'], court: 'Meiningen', kreis: 'Stadt Suhl', area: '03681', weight: 3 },
  { name: 'Zella-Mehlis', plz: ['98544'], court: 'Meiningen', kreis: 'Landkreis Schmalkalden-Meiningen', area: '03682', weight: 1 },
  { name: 'Schmalkalden', plz: ['98574'], court: 'Meiningen', kreis: 'Landkreis Schmalkalden-Meiningen', area: '03683', weight: 1 },
  { name: 'Sonneberg', plz: ['96515'], court: 'Sonneberg', kreis: 'Landkreis Sonneberg', area: '03675', weight: 2 },
  { name: 'Heilbad Heiligenstadt', plz: ['37308'], court: 'Heilbad Heiligenstadt', kreis: 'Landkreis Eichsfeld', area: '03606', weight: 2 },
  { name: 'Leinefelde-Worbis', plz: ['37327', '37339'], court: 'Heilbad Heiligenstadt', kreis: 'Landkreis Eichsfeld', area: '03605', weight: 2 },
  { name: 'Dingelstädt', plz: ['37351'], court: 'Heilbad Heiligenstadt', kreis: 'Landkreis Eichsfeld', area: '036075', weight: 1 },
  { name: 'Sömmerda', plz: ['99610'], court: 'Sömmerda', kreis: 'Landkreis Sömmerda', area: '03634', weight: 2 },
];

export function townByName(name: string): Town {
  const t = TOWNS.find((x) => x.name === name);
  if (!t) throw new Error(`unknown town ${name}`);
  return t;
}

export type NoticeForm = 'tafel' | 'zeilen' | 'brief' | 'rubrum' | 'kreuz' | 'spalten' | 'raster' | 'altform';
export type SummonsForm = 'ladung' | 'terminsnachricht' | 'terminsbestimmung' | 'guete' | 'anordnung';
export type JudgmentForm = 'klassisch' | 'tabelle' | 'kompakt';

export interface Court {
  town: string;
  street: string; // invented
  plz: string;
  postfach: string;
  postfachPlz: string;
  phone: string;
  depts: readonly number[];
  notice: NoticeForm;
  summons: SummonsForm;
  judgment: JudgmentForm;
  fontSet: FontSetName;
  /** index into label synonym tables: each court's own wording */
  labelSeed: number;
}

export type FontSetName = 'libSerif' | 'libSans' | 'narrow' | 'dvSans' | 'dvSerif' | 'dvCond';

export const COURTS: Record<string, Court> = {
  Erfurt: { town: 'Erfurt', street: 'Domblickweg 21', plz: '99084', postfach: '80 02 31', postfachPlz: '99028', phone: '0361 37745-0', depts: [3, 5, 11, 14, 27], notice: 'tafel', summons: 'terminsbestimmung', judgment: 'klassisch', fontSet: 'libSans', labelSeed: 1 },
  Jena: { town: 'Jena', street: 'Lobdeburgweg 9', plz: '07745', postfach: '10 07 61', postfachPlz: '07707', phone: '03641 30827-0', depts: [2, 6, 21, 24], notice: 'brief', summons: 'ladung', judgment: 'tabelle', fontSet: 'dvSerif', labelSeed: 2 },
  Gera: { town: 'Gera', street: 'Am Hofwiesenpark 14', plz: '07548', postfach: '11 05 12', postfachPlz: '07505', phone: '0365 82104-0', depts: [4, 8, 13, 16], notice: 'kreuz', summons: 'terminsnachricht', judgment: 'kompakt', fontSet: 'libSerif', labelSeed: 3 },
  Weimar: { town: 'Weimar', street: 'Belvederer Steig 3', plz: '99425', postfach: '20 04 47', postfachPlz: '99403', phone: '03643 58210-0', depts: [1, 5, 7], notice: 'rubrum', summons: 'guete', judgment: 'klassisch', fontSet: 'dvSerif', labelSeed: 4 },
  Gotha: { town: 'Gotha', street: 'Friedensteinblick 6', plz: '99867', postfach: '10 02 55', postfachPlz: '99853', phone: '03621 74490-0', depts: [2, 3, 9], notice: 'zeilen', summons: 'anordnung', judgment: 'tabelle', fontSet: 'libSans', labelSeed: 5 },
  Eisenach: { town: 'Eisenach', street: 'Hörselufer 11', plz: '99817', postfach: '10 13 40', postfachPlz: '99803', phone: '03691 66031-0', depts: [5, 56, 57], notice: 'spalten', summons: 'ladung', judgment: 'kompakt', fontSet: 'narrow', labelSeed: 6 },
  Nordhausen: { town: 'Nordhausen', street: 'Zorgeweg 17', plz: '99734', postfach: '12 64', postfachPlz: '99723', phone: '03631 61452-0', depts: [22, 23, 28], notice: 'raster', summons: 'terminsbestimmung', judgment: 'klassisch', fontSet: 'dvSans', labelSeed: 7 },
  Mühlhausen: { town: 'Mühlhausen', street: 'Unstrutgraben 4', plz: '99974', postfach: '11 52', postfachPlz: '99961', phone: '03601 47930-0', depts: [1, 2, 4], notice: 'altform', summons: 'guete', judgment: 'tabelle', fontSet: 'libSerif', labelSeed: 8 },
  Sondershausen: { town: 'Sondershausen', street: 'Possenweg 2', plz: '99706', postfach: '12 09', postfachPlz: '99701', phone: '03632 70316-0', depts: [1, 3], notice: 'tafel', summons: 'anordnung', judgment: 'kompakt', fontSet: 'dvCond', labelSeed: 9 },
  Arnstadt: { town: 'Arnstadt', street: 'Gerapromenade 8', plz: '99310', postfach: '13 28', postfachPlz: '99302', phone: '03628 58817-0', depts: [2, 4, 12], notice: 'kreuz', summons: 'terminsnachricht', judgment: 'klassisch', fontSet: 'libSans', labelSeed: 10 },
  Rudolstadt: { town: 'Rudolstadt', street: 'Heidecksburgstieg 5', plz: '07407', postfach: '10 12', postfachPlz: '07391', phone: '03672 43516-0', depts: [1, 3, 7], notice: 'zeilen', summons: 'ladung', judgment: 'tabelle', fontSet: 'dvSans', labelSeed: 11 },
  Saalfeld: { town: 'Saalfeld', street: 'Feengrottenweg 12', plz: '07318', postfach: '12 52', postfachPlz: '07303', phone: '03671 56042-0', depts: [2, 6], notice: 'brief', summons: 'guete', judgment: 'kompakt', fontSet: 'libSerif', labelSeed: 12 },
  Pößneck: { town: 'Pößneck', street: 'Kotschaublick 9', plz: '07381', postfach: '14 40', postfachPlz: '07372', phone: '03647 41127-0', depts: [1, 4, 5], notice: 'raster', summons: 'terminsbestimmung', judgment: 'klassisch', fontSet: 'narrow', labelSeed: 13 },
  Altenburg: { town: 'Altenburg', street: 'Skatbrunnengasse 3', plz: '04600', postfach: '12 61', postfachPlz: '04590', phone: '03447 55328-0', depts: [2, 3, 31], notice: 'spalten', summons: 'anordnung', judgment: 'tabelle', fontSet: 'dvSerif', labelSeed: 14 },
  Meiningen: { town: 'Meiningen', street: 'Werraaue 19', plz: '98617', postfach: '10 04 42', postfachPlz: '98604', phone: '03693 48660-0', depts: [11, 12, 14, 15], notice: 'rubrum', summons: 'terminsnachricht', judgment: 'kompakt', fontSet: 'libSans', labelSeed: 15 },
  Sonneberg: { town: 'Sonneberg', street: 'Spielzeugmacherweg 7', plz: '96515', postfach: '11 29', postfachPlz: '96502', phone: '03675 74102-0', depts: [1, 2], notice: 'altform', summons: 'ladung', judgment: 'klassisch', fontSet: 'dvCond', labelSeed: 16 },
  'Bad Salzungen': { town: 'Bad Salzungen', street: 'Gradierwerksgasse 4', plz: '36433', postfach: '11 33', postfachPlz: '36421', phone: '03695 61874-0', depts: [3, 4], notice: 'kreuz', summons: 'guete', judgment: 'tabelle', fontSet: 'libSerif', labelSeed: 17 },
  'Heilbad Heiligenstadt': { town: 'Heilbad Heiligenstadt', street: 'Leinetalring 15', plz: '37308', postfach: '12 48', postfachPlz: '37301', phone: '03606 57290-0', depts: [1, 2, 6], notice: 'tafel', summons: 'anordnung', judgment: 'kompakt', fontSet: 'dvSans', labelSeed: 18 },
  Sömmerda: { town: 'Sömmerda', street: 'Unstrutwiesen 6', plz: '99610', postfach: '11 46', postfachPlz: '99602', phone: '03634 32177-0', depts: [1, 3], notice: 'spalten', summons: 'terminsnachricht', judgment: 'klassisch', fontSet: 'narrow', labelSeed: 19 },
  Apolda: { town: 'Apolda', street: 'Glockengießerhof 2', plz: '99510', postfach: '13 07', postfachPlz: '99502', phone: '03644 51593-0', depts: [1, 2, 4], notice: 'raster', summons: 'terminsbestimmung', judgment: 'tabelle', fontSet: 'libSans', labelSeed: 20 },
};

/** Postal codes of court post boxes (Großkunden/Postfach codes of the same town, invented for the set). */
export const POSTFACH_TOWNS: Record<string, string> = Object.fromEntries(Object.values(COURTS).map((c) => [c.postfachPlz, c.town]));

// ---------------------------------------------------------------- names
export type Origin = 'de_old' | 'de_mid' | 'de_young' | 'vn' | 'rude' | 'ru' | 'ua' | 'pl' | 'cz' | 'sy' | 'af' | 'tr' | 'ro' | 'balkan' | 'africa' | 'particle';
export interface NamePool { m: readonly string[]; f: readonly string[]; sur: readonly string[]; fSur?: readonly string[]; born: [number, number]; }

export const NAMES: Record<Origin, NamePool> = {
  de_old: {
    m: ['Manfred', 'Gerd', 'Klaus-Dieter', 'Siegfried', 'Wolfgang', 'Jürgen', 'Hans-Jürgen', 'Dieter', 'Lothar', 'Eberhard', 'Horst', 'Günter', 'Bernd', 'Rainer'],
    f: ['Hannelore', 'Renate', 'Brigitte', 'Helga', 'Karin', 'Bärbel', 'Christa', 'Rosemarie', 'Gudrun', 'Ingrid', 'Waltraud', 'Sigrid', 'Marlies', 'Heidemarie'],
    sur: ['Müller', 'Schulze', 'Krause', 'Köhler', 'Richter', 'Böhm', 'Günther', 'Seidel', 'Voigt', 'Kühn', 'Förster', 'Thieme', 'Gräfe', 'Rößler', 'Möbius', 'Großmann', 'Kießling', 'Wünsch', 'Dietzel', 'Trautmann', 'Heß', 'Schäfer'],
    born: [1943, 1962],
  },
  de_mid: {
    m: ['Ronny', 'Enrico', 'Maik', 'Steffen', 'René', 'Danny', 'Mario', 'Heiko', 'Jens', 'Torsten', 'Sven', 'Marco', 'André', 'Silvio'],
    f: ['Mandy', 'Peggy', 'Sandy', 'Nancy', 'Silke', 'Anja', 'Kathrin', 'Ines', 'Yvonne', 'Doreen', 'Ramona', 'Susann', 'Daniela', 'Manuela'],
    sur: ['Lehmann', 'Schröder', 'Franke', 'Ludwig', 'Heinrich', 'Lorenz', 'Pfeiffer', 'Jahn', 'Ebert', 'Büchner', 'Göbel', 'Apel', 'Otto', 'Hartung', 'Kämpfe', 'Nitzsche', 'Schmidt-Kühnel', 'Bräutigam', 'Fröhlich', 'Weißenborn'],
    born: [1963, 1985],
  },
  de_young: {
    m: ['Kevin', 'Justin', 'Dustin', 'Marvin', 'Pascal', 'Nico', 'Tom', 'Lukas', 'Jonas', 'Maximilian', 'Tim', 'Eric'],
    f: ['Chantal', 'Jessica', 'Lisa-Marie', 'Leonie', 'Celina', 'Michelle', 'Vanessa', 'Sophie', 'Laura', 'Jacqueline', 'Cindy', 'Josefine'],
    sur: ['Hoffmann', 'Zimmermann', 'Hartmann', 'Lange', 'Werner', 'Neumann', 'Schwarz', 'Braun', 'Sommer', 'Wolf', 'Fischer', 'Kretzschmar', 'Pöhland', 'Stöckel', 'Hülsmann-Riedel'],
    born: [1986, 2005],
  },
  vn: {
    m: ['Văn Thành', 'Đức Anh', 'Quốc Bảo', 'Văn Hùng', 'Minh Tuấn', 'Hữu Phước', 'Công Sơn'],
    f: ['Thị Hương', 'Thị Ngọc Lan', 'Thu Hằng', 'Thị Mai', 'Bích Ngọc', 'Thị Thơ', 'Kim Oanh'],
    sur: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
    born: [1960, 1995],
  },
  rude: {
    m: ['Waldemar', 'Viktor', 'Eugen', 'Alexander', 'Andreas', 'Johann', 'Artur'],
    f: ['Lydia', 'Olga', 'Irina', 'Natalia', 'Ella', 'Swetlana', 'Valentina'],
    sur: ['Reimer', 'Friesen', 'Dück', 'Janzen', 'Penner', 'Wiebe', 'Klassen', 'Gerber'],
    born: [1955, 1990],
  },
  ru: {
    m: ['Sergej', 'Dmitrij', 'Nikolai', 'Wladimir', 'Pawel'],
    f: ['Tatjana', 'Jelena', 'Marina', 'Ljudmila', 'Anastasia'],
    sur: ['Iwanow', 'Sokolow', 'Morosow', 'Wolkow', 'Lebedew'],
    fSur: ['Iwanowa', 'Sokolowa', 'Morosowa', 'Wolkowa', 'Lebedewa'],
    born: [1958, 1995],
  },
  ua: {
    m: ['Oleksandr', 'Mykola', 'Andrij', 'Serhij', 'Wolodymyr', 'Bohdan'],
    f: ['Olena', 'Iryna', 'Oksana', 'Yuliia', 'Nataliia', 'Switlana', 'Halyna'],
    sur: ['Bondarenko', 'Schewtschenko', 'Kowalenko', 'Tkatschenko', 'Melnyk', 'Kravchenko', 'Lysenko', 'Hnatiuk'],
    born: [1960, 2000],
  },
  pl: {
    m: ['Łukasz', 'Paweł', 'Grzegorz', 'Michał', 'Krzysztof', 'Wojciech', 'Tomasz'],
    f: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Joanna', 'Beata', 'Żaneta', 'Dorota'],
    sur: ['Wiśniewski', 'Zieliński', 'Woźniak', 'Lewandowski', 'Kamiński', 'Dąbrowski', 'Szymański', 'Kołodziej', 'Wójcik', 'Mazur'],
    fSur: ['Wiśniewska', 'Zielińska', 'Woźniak', 'Lewandowska', 'Kamińska', 'Dąbrowska', 'Szymańska', 'Kołodziej', 'Wójcik', 'Mazur'],
    born: [1965, 2000],
  },
  cz: {
    m: ['Jiří', 'Tomáš', 'Zdeněk', 'Radek', 'Ondřej', 'Miroslav'],
    f: ['Petra', 'Lenka', 'Markéta', 'Jana', 'Šárka', 'Zuzana'],
    sur: ['Dvořák', 'Novák', 'Černý', 'Procházka', 'Kučera', 'Svoboda', 'Růžička', 'Beneš'],
    fSur: ['Dvořáková', 'Nováková', 'Černá', 'Procházková', 'Kučerová', 'Svobodová', 'Růžičková', 'Benešová'],
    born: [1965, 1998],
  },
  sy: {
    m: ['Mohammad', 'Ahmad', 'Khaled', 'Omar', 'Mahmoud', 'Bashar', 'Yousef', 'Abdulrahman'],
    f: ['Rania', 'Fatima', 'Yasmin', 'Hiba', 'Nour', 'Rasha', 'Alaa', 'Lina'],
    sur: ['Al Hassan', 'Al-Khatib', 'El Masri', 'Abu Saleh', 'Al Ali', 'Haddad', 'Kassem', 'Abu Zaid', 'El-Sayed', 'Al Jundi', 'Hamdan'],
    born: [1970, 2003],
  },
  af: {
    m: ['Ahmad Shah', 'Mohammad Nasir', 'Farid', 'Habibullah', 'Jawad', 'Sayed Mustafa'],
    f: ['Zahra', 'Gulalai', 'Shabnam', 'Marzia', 'Fereshta', 'Nilofar'],
    sur: ['Noori', 'Rahimi', 'Hosseini', 'Ahmadzai', 'Safi', 'Karimi', 'Popal', 'Sultani'],
    born: [1975, 2004],
  },
  tr: {
    m: ['Mehmet', 'Hüseyin', 'Murat', 'Serkan', 'Yusuf', 'İsmail', 'Oğuz'],
    f: ['Ayşe', 'Emine', 'Fatma', 'Gülşen', 'Özlem', 'Tuğba', 'Büşra'],
    sur: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Kaya', 'Aydın', 'Yıldız', 'Arslan', 'Koç'],
    born: [1962, 2001],
  },
  ro: {
    m: ['Ionuț', 'Andrei', 'Florin', 'Ștefan', 'Marian', 'Cătălin'],
    f: ['Mihaela', 'Ioana', 'Gabriela', 'Cristina', 'Alexandra', 'Andreea'],
    sur: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Munteanu', 'Rădulescu', 'Constantin', 'Vasilescu', 'Păun'],
    born: [1970, 2002],
  },
  balkan: {
    m: ['Dragan', 'Admir', 'Nikola', 'Edin', 'Arben', 'Goran', 'Dževad'],
    f: ['Jelena', 'Amra', 'Milica', 'Valbona', 'Snežana', 'Emina', 'Ljiljana'],
    sur: ['Petrović', 'Jovanović', 'Hodžić', 'Begić', 'Nikolić', 'Đorđević', 'Mujić', 'Krasniqi', 'Gashi', 'Kovačević'],
    born: [1960, 2000],
  },
  africa: {
    m: ['Amadou', 'Chukwuemeka', 'Abdi Hassan', 'Tesfaye', 'Yonas', 'Kwame', 'Ousmane', 'Mamadou'],
    f: ['Fatoumata', 'Grace', 'Semhar', 'Aminata', 'Blessing', 'Hawa', 'Adaeze'],
    sur: ['Diallo', 'Bah', 'Okafor', 'Mensah', 'Mohamed', 'Bekele', 'Ghebremedhin', 'Sow', 'Asante', 'Eze', 'Cissé', 'Ndiaye'],
    born: [1975, 2003],
  },
  particle: {
    m: ['Henrik', 'Paulo', 'Jean-Baptiste', 'Friedrich', 'Konstantin', 'Ruben'],
    f: ['Marie', 'Fernanda', 'Anna Maria', 'Clara', 'Elisabeth', 'Marie-Luise'],
    sur: ['van der Meer', 'de Oliveira', 'von Hagen', 'von der Heyde', 'de la Croix', 'van Dijk', 'de Souza'],
    born: [1950, 2000],
  },
};

export const ORIGIN_WEIGHTS: readonly (readonly [Origin, number])[] = [
  ['de_old', 12], ['de_mid', 22], ['de_young', 14], ['vn', 6], ['rude', 5], ['ru', 4], ['ua', 6], ['pl', 5], ['cz', 3],
  ['sy', 7], ['af', 4], ['tr', 4], ['ro', 4], ['balkan', 4], ['africa', 5], ['particle', 3],
];

// ---------------------------------------------------------------- streets for flats
export const FLAT_STREETS: readonly string[] = [
  'Juri-Gagarin-Ring', 'Straße der Einheit', 'Bahnhofstraße', 'Lindenstraße', 'Goethestraße', 'Schillerstraße', 'Heinrich-Heine-Straße',
  'Friedrich-Engels-Straße', 'Clara-Zetkin-Straße', 'Thomas-Müntzer-Straße', 'Geschwister-Scholl-Straße', 'Am Wiesenhügel', 'Rudolstädter Straße',
  'Saalfelder Straße', 'Weimarische Straße', 'Kastanienallee', 'Birkenweg', 'Lessingstraße', 'Leipziger Straße', 'Breitscheidstraße',
  'Rosa-Luxemburg-Straße', 'Am Hüttenrain', 'Straße des Friedens', 'Dr.-Wilhelm-Külz-Straße', 'Platz der Jugend', 'Hinter der Mauer',
  'Auf dem Kiliansberg', 'Zur Ziegelei', 'Karl-Liebknecht-Straße', 'Ernst-Thälmann-Straße', 'Am Steinberg', 'Mühlgasse', 'Kirchplatz',
  'Wilhelm-Külz-Ring', 'Am Rosengarten', 'Sonnenweg', 'Ahornweg', 'Fröbelstraße', 'August-Bebel-Straße', 'Dammweg', 'Neue Straße',
  'An der Stadtmauer', 'Puschkinstraße', 'Johannisstraße', 'Marktstraße', 'Wiesenstraße', 'Otto-Grotewohl-Straße', 'Käthe-Kollwitz-Straße',
];
export const ADDITIONS: readonly string[] = [
  '2. OG links', 'WE 7', 'Hinterhaus', 'Dachgeschoss', 'Souterrain', '3. OG rechts', 'EG Mitte', 'Whg. 14', 'Seitenflügel, 1. OG', '4. OG li.',
  '1. OG rechts', 'WE 12', 'Dachgeschoss links', 'Hinterhaus, EG', '5. OG Mitte', 'Whg. 3',
];

// ---------------------------------------------------------------- landlords
export type LandlordKind = 'wg' | 'kommunal' | 'firma' | 'privat' | 'erben';
export interface Landlord { name: string; kind: LandlordKind; street: string; plz: string; town: string; phone: string; iban: string; short?: string; }

export const LANDLORDS: readonly Landlord[] = [
  { name: 'Wohnungsgenossenschaft Ilmblick eG', short: 'WG Ilmblick', kind: 'wg', street: 'Lindenhof 4', plz: '98693', town: 'Ilmenau', phone: '03677 84410', iban: 'DE71 8405 0000 1904 2277 31' },
  { name: 'Bau- und Wohnungsgenossenschaft Wartburgblick eG', short: 'BWG Wartburgblick', kind: 'wg', street: 'Katzenbergweg 18', plz: '99817', town: 'Eisenach', phone: '03691 72233-0', iban: 'DE12 8405 5050 0012 4471 08' },
  { name: 'Wohnungsgenossenschaft Kyffhäuserland eG', short: 'WG Kyffhäuserland', kind: 'wg', street: 'Barbarossaweg 2', plz: '99706', town: 'Sondershausen', phone: '03632 51770', iban: 'DE44 8205 4052 0301 2290 16' },
  { name: 'Genossenschaftliches Wohnen Saale-Holzland eG', short: 'GW Saale-Holzland', kind: 'wg', street: 'Töpfermarkt 9', plz: '07743', town: 'Jena', phone: '03641 44190-0', iban: 'DE31 8305 3030 0018 9923 45' },
  { name: 'Wohnungsgenossenschaft Lindenhof Altenburg eG', short: 'WG Lindenhof', kind: 'wg', street: 'Brüdergasse 27', plz: '04600', town: 'Altenburg', phone: '03447 31188', iban: 'DE58 8305 0200 1100 4576 12' },
  { name: 'Wohnungsgenossenschaft Rennsteigblick eG', short: 'WG Rennsteigblick', kind: 'wg', street: 'Am Domberg 44', plz: '98527', town: 'Suhl', phone: '03681 30590', iban: 'DE09 8405 0000 1720 3349 90' },
  { name: 'Erfurter Wohnungsgenossenschaft Gera-Aue eG', short: 'EWG Gera-Aue', kind: 'wg', street: 'Auenstieg 12', plz: '99089', town: 'Erfurt', phone: '0361 64402-0', iban: 'DE77 8205 1000 0163 5508 21' },
  { name: 'Wohnungsgenossenschaft Elstertal Gera eG', short: 'WG Elstertal', kind: 'wg', street: 'Heinrichsgrund 6', plz: '07545', town: 'Gera', phone: '0365 71142-0', iban: 'DE62 8305 0000 0000 4418 83' },
  { name: 'Kommunale Wohnungsgesellschaft Gothaer Land mbH', short: 'KWG Gothaer Land', kind: 'kommunal', street: 'Hauptmarktpassage 3', plz: '99867', town: 'Gotha', phone: '03621 35520', iban: 'DE86 8205 2020 0750 0011 77' },
  { name: 'Wohnungsbau- und Verwaltungsgesellschaft Unstrut mbH', short: 'WVU', kind: 'kommunal', street: 'Kiliansgraben 20', plz: '99974', town: 'Mühlhausen', phone: '03601 88640', iban: 'DE15 8205 6060 0400 2210 04' },
  { name: 'Suhler Stadtwohnen GmbH', kind: 'kommunal', street: 'Steinweg-Passage 1', plz: '98527', town: 'Suhl', phone: '03681 77300', iban: 'DE48 8405 0000 1700 8812 55' },
  { name: 'Eichsfelder Wohnbau GmbH', kind: 'kommunal', street: 'Lindenallee 31', plz: '37327', town: 'Leinefelde-Worbis', phone: '03605 51412', iban: 'DE67 8205 4052 0200 0917 43' },
  { name: 'Wohnen im Altenburger Land GmbH', kind: 'kommunal', street: 'Wettinerhof 5', plz: '04600', town: 'Altenburg', phone: '03447 86170', iban: 'DE21 8305 0200 1111 0273 66' },
  { name: 'Stadtwohnbau Nordhausen GmbH', kind: 'kommunal', street: 'Rolandgasse 14', plz: '99734', town: 'Nordhausen', phone: '03631 90275', iban: 'DE93 8205 4052 0000 3301 28' },
  { name: 'Weimarer Wohnstätten GmbH', kind: 'kommunal', street: 'Ilmpark-Karree 8', plz: '99423', town: 'Weimar', phone: '03643 49090', iban: 'DE53 8205 1000 0301 4478 62' },
  { name: 'Schreiber & Hahn Immobilien GbR', kind: 'firma', street: 'Kornmarkt 17', plz: '07743', town: 'Jena', phone: '03641 62388', iban: 'DE40 8306 5408 0004 7761 19' },
  { name: 'Ilm-Residenz Verwaltungs GmbH & Co. KG', kind: 'firma', street: 'Schlossbergterrassen 2', plz: '99310', town: 'Arnstadt', phone: '03628 60841', iban: 'DE26 8205 1000 0163 9904 70' },
  { name: 'Thüringer Mietwohnungen Beteiligungs-GmbH', kind: 'firma', street: 'Anger-Karree 12', plz: '99084', town: 'Erfurt', phone: '0361 55031-77', iban: 'DE05 1203 0000 1067 5589 40' },
  { name: 'Paulinenhof Grundbesitz GmbH', kind: 'firma', street: 'Reußischer Hof 3', plz: '07545', town: 'Gera', phone: '0365 43771', iban: 'DE88 8305 0000 0000 7780 52' },
  { name: 'Haus Lindenallee UG (haftungsbeschränkt)', kind: 'firma', street: 'Hospitalgasse 6', plz: '07318', town: 'Saalfeld', phone: '03671 45099', iban: 'DE36 8305 0303 0000 6650 21' },
  { name: 'Residenz am Wasserturm GmbH', kind: 'firma', street: 'Turmstraße 88', plz: '99099', town: 'Erfurt', phone: '0361 60133', iban: 'DE19 8209 4054 0003 8871 26' },
  { name: 'Hartmut Zeidler', kind: 'privat', street: 'Kirschberg 9', plz: '99425', town: 'Weimar', phone: '0172 5518834', iban: 'DE61 8205 1000 0160 2214 86' },
  { name: 'Gisela Vogel', kind: 'privat', street: 'Am Röhrenteich 3', plz: '99867', town: 'Gotha', phone: '03621 40277', iban: 'DE02 8205 2020 0700 3309 18' },
  { name: 'Rüdiger und Marion Tänzer', kind: 'privat', street: 'Zum Galgenberg 12', plz: '07407', town: 'Rudolstadt', phone: '03672 31145', iban: 'DE74 8305 0303 0000 1190 57' },
  { name: 'Uwe Brettschneider', kind: 'privat', street: 'Talweg 21', plz: '96515', town: 'Sonneberg', phone: '0151 27709913', iban: 'DE47 7836 0000 0004 4120 95' },
  { name: 'Erbengemeinschaft Rudolph', kind: 'erben', street: 'c/o Notariat Falkenburg, Spittelgasse 2', plz: '99423', town: 'Weimar', phone: '03643 80716', iban: 'DE83 8205 1000 0161 7744 09' },
  { name: 'Erbengemeinschaft nach Elfriede Baumbach', kind: 'erben', street: 'Krämerpfad 5', plz: '99610', town: 'Sömmerda', phone: '03634 62018', iban: 'DE28 8205 1000 0130 5531 62' },
  { name: 'Erbengemeinschaft Lüdecke', kind: 'erben', street: 'Bergstieg 40', plz: '07381', town: 'Pößneck', phone: '03647 42290', iban: 'DE95 8305 0505 0000 2278 40' },
];

export interface Firm { name: string; lines: readonly string[]; street: string; plz: string; town: string; phone: string; ref: string; }
export const LAW_FIRMS: readonly Firm[] = [
  { name: 'Rechtsanwälte Brenner & Koslowski', lines: ['Brenner & Koslowski', 'Rechtsanwälte in Partnerschaft'], street: 'Wenigemarktgasse 8', plz: '99084', town: 'Erfurt', phone: '0361 6620490', ref: 'BK' },
  { name: 'Kanzlei Dr. Lindemann', lines: ['KANZLEI DR. LINDEMANN', 'Rechtsanwälte · Fachanwälte für Miet- und WEG-Recht'], street: 'Saalbahnhofsweg 11', plz: '07743', town: 'Jena', phone: '03641 507733', ref: 'L' },
  { name: 'Fuchs, Mertens & Partner mbB', lines: ['Fuchs, Mertens & Partner mbB', 'Rechtsanwälte'], street: 'Sorgenweg 5', plz: '07546', town: 'Gera', phone: '0365 2049880', ref: 'FM' },
  { name: 'Rechtsanwältin Sabine Hempel', lines: ['Sabine Hempel', 'Rechtsanwältin'], street: 'Seifengasse 14', plz: '99423', town: 'Weimar', phone: '03643 770512', ref: 'He' },
  { name: 'Anwaltskanzlei Tröger & Schuster', lines: ['Tröger & Schuster', 'Anwaltskanzlei'], street: 'Brühlgasse 3', plz: '99867', town: 'Gotha', phone: '03621 229041', ref: 'TS' },
  { name: 'Rechtsanwalt Matthias Eckardt', lines: ['Matthias Eckardt', 'Rechtsanwalt'], street: 'Pferdemarkt 22', plz: '99734', town: 'Nordhausen', phone: '03631 472210', ref: 'E' },
];

export interface Manager { name: string; street: string; plz: string; town: string; phone: string; }
export const MANAGERS: readonly Manager[] = [
  { name: 'Kessler & Partner Hausverwaltung GmbH', street: 'Regierungsgasse 4', plz: '99084', town: 'Erfurt', phone: '0361 2118840' },
  { name: 'Hausverwaltung Saaleck', street: 'Schlossgasse 19', plz: '07318', town: 'Saalfeld', phone: '03671 513360' },
  { name: 'IVT Immobilienverwaltung Thüringen GmbH', street: 'Fischmarkthof 7', plz: '07545', town: 'Gera', phone: '0365 5519020' },
  { name: 'Hausverwaltung Ingrid Wolfram', street: 'Bürgelgasse 2', plz: '07743', town: 'Jena', phone: '03641 447180' },
];

// ---------------------------------------------------------------- bailiffs (each with own form)
export type BailiffForm = 'tabelle' | 'brief' | 'formblatt' | 'schreibmaschine' | 'kurz';
export interface Bailiff { title: string; name: string; court: string; street: string; plz: string; town: string; phone: string; dr: 'I' | 'II' | 'III'; form: BailiffForm; hours: string; iban: string; female: boolean; }
export const BAILIFFS: readonly Bailiff[] = [
  { title: 'Obergerichtsvollzieher', name: 'Frank Reinhold', court: 'Erfurt', street: 'Marbacher Gasse 12', plz: '99092', town: 'Erfurt', phone: '0361 7460912', dr: 'II', form: 'tabelle', hours: 'Di 8–10 Uhr, Do 14–16 Uhr', iban: 'DE10 8205 1000 0139 4451 02', female: false },
  { title: 'Gerichtsvollzieherin', name: 'Anja Kessler-Brandt', court: 'Erfurt', street: 'Herrenbergstieg 3', plz: '99099', town: 'Erfurt', phone: '0361 4219087', dr: 'I', form: 'brief', hours: 'Mo 9–11 Uhr', iban: 'DE53 8205 1000 0139 7720 44', female: true },
  { title: 'Gerichtsvollzieher', name: 'Uwe Pätzold', court: 'Gera', street: 'Lasurhof 6', plz: '07551', town: 'Gera', phone: '0365 8007231', dr: 'II', form: 'formblatt', hours: 'Mi 8–11 Uhr', iban: 'DE22 8305 0000 0000 9113 67', female: false },
  { title: 'Obergerichtsvollzieherin', name: 'Katrin Seifert', court: 'Jena', street: 'Rautalweg 17', plz: '07747', town: 'Jena', phone: '03641 231870', dr: 'III', form: 'schreibmaschine', hours: 'Di und Do 8.00–9.30 Uhr', iban: 'DE85 8305 3030 0000 2298 13', female: true },
  { title: 'Gerichtsvollzieher', name: 'Tobias Lamprecht', court: 'Gotha', street: 'Siebleber Gasse 30', plz: '99867', town: 'Gotha', phone: '03621 750448', dr: 'I', form: 'kurz', hours: 'Do 14–17 Uhr', iban: 'DE66 8205 2020 0012 5571 30', female: false },
  { title: 'Gerichtsvollzieherin', name: 'Nadine Wächter', court: 'Weimar', street: 'Ettersburger Pfad 4', plz: '99427', town: 'Weimar', phone: '03643 901144', dr: 'II', form: 'tabelle', hours: 'nach Vereinbarung', iban: 'DE39 8205 1000 0301 9906 27', female: true },
  { title: 'Obergerichtsvollzieher', name: 'Heiko Gessner', court: 'Nordhausen', street: 'Salzaweg 9', plz: '99734', town: 'Nordhausen', phone: '03631 983016', dr: 'I', form: 'brief', hours: 'Mo 8–12 Uhr', iban: 'DE17 8205 4052 0000 5518 90', female: false },
  { title: 'Gerichtsvollzieher', name: 'Ralf Oehme', court: 'Altenburg', street: 'Pauritzer Hof 2', plz: '04600', town: 'Altenburg', phone: '03447 502217', dr: 'II', form: 'schreibmaschine', hours: 'Di 9–12 Uhr', iban: 'DE90 8305 0200 1100 8830 14', female: false },
  { title: 'Gerichtsvollzieherin', name: 'Doreen Hildebrandt', court: 'Meiningen', street: 'Bleichgraben 11', plz: '98617', town: 'Meiningen', phone: '03693 881022', dr: 'III', form: 'formblatt', hours: 'Mi 14–16 Uhr', iban: 'DE72 8405 0000 1705 6620 48', female: true },
  { title: 'Gerichtsvollzieher', name: 'Sebastian Kraußer', court: 'Mühlhausen', street: 'Felchtaer Weg 5', plz: '99974', town: 'Mühlhausen', phone: '03601 405519', dr: 'I', form: 'kurz', hours: 'Fr 8–10 Uhr', iban: 'DE04 8205 6060 0400 7718 26', female: false },
  { title: 'Obergerichtsvollzieherin', name: 'Simone Rauschenbach', court: 'Rudolstadt', street: 'Schaalaer Weg 7', plz: '07407', town: 'Rudolstadt', phone: '03672 480366', dr: 'II', form: 'brief', hours: 'Di 8–11 Uhr', iban: 'DE49 8305 0303 0000 4409 37', female: true },
  { title: 'Gerichtsvollzieher', name: 'Marcel Häfner', court: 'Eisenach', street: 'Michelsbacher Weg 3', plz: '99817', town: 'Eisenach', phone: '03691 889017', dr: 'II', form: 'tabelle', hours: 'Do 8–11 Uhr', iban: 'DE57 8405 5050 0015 3390 61', female: false },
  { title: 'Gerichtsvollzieherin', name: 'Claudia Engelhardt', court: 'Arnstadt', street: 'Wachsenburgpfad 8', plz: '99310', town: 'Arnstadt', phone: '03628 702145', dr: 'I', form: 'formblatt', hours: 'Mo und Mi 8–9 Uhr', iban: 'DE32 8205 1000 0163 2280 73', female: true },
  { title: 'Gerichtsvollzieher', name: 'Jörg Stiehler', court: 'Pößneck', street: 'Orlagrund 4', plz: '07381', town: 'Pößneck', phone: '03647 504418', dr: 'III', form: 'kurz', hours: 'Di 13–15 Uhr', iban: 'DE61 8305 0505 0000 3317 72', female: false },
  { title: 'Obergerichtsvollzieher', name: 'Thomas Wedekind', court: 'Heilbad Heiligenstadt', street: 'Stiftsberg 6', plz: '37308', town: 'Heilbad Heiligenstadt', phone: '03606 600218', dr: 'II', form: 'schreibmaschine', hours: 'Mi 9–12 Uhr', iban: 'DE87 8205 4052 0200 4417 19', female: false },
];

// ---------------------------------------------------------------- authorities forwarding post
export interface Authority { name: string; lines: readonly string[]; street: string; plz: string; town: string; phone: string; kind: 'jc' | 'sozial'; courts: readonly string[]; }
export const AUTHORITIES: readonly Authority[] = [
  { name: 'Jobcenter Erfurt', lines: ['Jobcenter Erfurt'], street: 'Max-Reger-Weg 40', plz: '99086', town: 'Erfurt', phone: '0361 30212-0', kind: 'jc', courts: ['Erfurt', 'Sömmerda', 'Arnstadt'] },
  { name: 'Jobcenter Jena', lines: ['Jobcenter Jena', 'Kommunale Arbeitsvermittlung'], street: 'Am Planetarium 31', plz: '07743', town: 'Jena', phone: '03641 49-3300', kind: 'jc', courts: ['Jena'] },
  { name: 'Jobcenter Gera', lines: ['Jobcenter Gera'], street: 'Zschochernweg 12', plz: '07545', town: 'Gera', phone: '0365 85390-0', kind: 'jc', courts: ['Gera', 'Altenburg'] },
  { name: 'Jobcenter Landkreis Gotha', lines: ['Jobcenter', 'Landkreis Gotha'], street: 'Bürgeraue 5', plz: '99867', town: 'Gotha', phone: '03621 8809-100', kind: 'jc', courts: ['Gotha', 'Eisenach', 'Bad Salzungen'] },
  { name: 'Jobcenter Kyffhäuserkreis', lines: ['Jobcenter Kyffhäuserkreis'], street: 'Schlossberg-Carree 2', plz: '99706', town: 'Sondershausen', phone: '03632 5418-0', kind: 'jc', courts: ['Sondershausen', 'Nordhausen', 'Mühlhausen'] },
  { name: 'Jobcenter Eichsfeld', lines: ['Jobcenter Eichsfeld'], street: 'Dingelstädter Pfad 10', plz: '37308', town: 'Heilbad Heiligenstadt', phone: '03606 6190-0', kind: 'jc', courts: ['Heilbad Heiligenstadt', 'Mühlhausen'] },
  { name: 'Landratsamt Saale-Orla-Kreis, Fachdienst Soziales', lines: ['Landratsamt Saale-Orla-Kreis', 'Fachdienst Soziales'], street: 'Oschitzer Weg 14', plz: '07907', town: 'Schleiz', phone: '03663 4880-510', kind: 'sozial', courts: ['Pößneck', 'Saalfeld', 'Rudolstadt'] },
  { name: 'Stadtverwaltung Weimar, Sozialamt', lines: ['Stadtverwaltung Weimar', 'Sozialamt'], street: 'Rollplatzgasse 6', plz: '99423', town: 'Weimar', phone: '03643 762-431', kind: 'sozial', courts: ['Weimar', 'Apolda'] },
  { name: 'Landratsamt Kyffhäuserkreis, Sozialamt', lines: ['Landratsamt Kyffhäuserkreis', 'Sozialamt – Sachgebiet Hilfe zum Lebensunterhalt'], street: 'Markt-Passage 8', plz: '99706', town: 'Sondershausen', phone: '03632 741-322', kind: 'sozial', courts: ['Sondershausen', 'Nordhausen'] },
  { name: 'Landratsamt Altenburger Land, Sozialamt', lines: ['Landratsamt Altenburger Land', 'Sozialamt'], street: 'Lindenauhof 3', plz: '04600', town: 'Altenburg', phone: '03447 586-240', kind: 'sozial', courts: ['Altenburg', 'Gera'] },
  { name: 'Stadtverwaltung Erfurt, Amt für Soziales', lines: ['Landeshauptstadt Erfurt', 'Stadtverwaltung', 'Amt für Soziales'], street: 'Juri-Gagarin-Passage 1', plz: '99084', town: 'Erfurt', phone: '0361 655-4711', kind: 'sozial', courts: ['Erfurt'] },
  { name: 'Jobcenter Schmalkalden-Meiningen', lines: ['Jobcenter', 'Schmalkalden-Meiningen'], street: 'Lindenallee-Hof 2', plz: '98617', town: 'Meiningen', phone: '03693 4590-0', kind: 'jc', courts: ['Meiningen', 'Sonneberg'] },
];

/** The invented prevention service receiving all post. */
export const FACHSTELLE = {
  name: 'Fachstelle Wohnungssicherung Thüringen',
  carrier: 'Saale-Ilm Wohnhilfe e.V.',
  street: 'Lindenhöhe 14',
  plz: '99084',
  town: 'Erfurt',
  phone: '0361 5513098-0',
  branches: ['Erfurt', 'Jena', 'Gera', 'Nordhausen'],
};

export const TOWN_OF_PLZ = (plz: string): string[] => TOWNS.filter((t) => t.plz.includes(plz)).map((t) => t.name);
