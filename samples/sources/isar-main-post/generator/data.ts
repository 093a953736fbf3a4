/**
 * Hand-made reference data. Places, courts and postal codes are real; every person,
 * company, office street, house number, phone number, IBAN and file number is invented.
 */
export interface Town {
  name: string;
  plz: string[];
  court: string; // key into COURTS
  district: string; // Landkreis or kreisfreie Stadt (for authorities)
  city: boolean; // kreisfreie Stadt
}

/** Towns of each court district with postal codes that belong to them. */
export const TOWNS: Town[] = [
  { name: 'München', plz: ['80335', '80469', '80637', '80687', '80992', '81241', '81373', '81549', '81737', '81929', '80939', '81671'], court: 'muenchen', district: 'München', city: true },
  { name: 'Unterschleißheim', plz: ['85716'], court: 'muenchen', district: 'Landkreis München', city: false },
  { name: 'Garching bei München', plz: ['85748'], court: 'muenchen', district: 'Landkreis München', city: false },
  { name: 'Ottobrunn', plz: ['85521'], court: 'muenchen', district: 'Landkreis München', city: false },
  { name: 'Haar', plz: ['85540'], court: 'muenchen', district: 'Landkreis München', city: false },
  { name: 'Unterhaching', plz: ['82008'], court: 'muenchen', district: 'Landkreis München', city: false },
  { name: 'Augsburg', plz: ['86150', '86152', '86153', '86154', '86156', '86157', '86159', '86161', '86163', '86165', '86167', '86169', '86179', '86199'], court: 'augsburg', district: 'Augsburg', city: true },
  { name: 'Gersthofen', plz: ['86368'], court: 'augsburg', district: 'Landkreis Augsburg', city: false },
  { name: 'Königsbrunn', plz: ['86343'], court: 'augsburg', district: 'Landkreis Augsburg', city: false },
  { name: 'Neusäß', plz: ['86356'], court: 'augsburg', district: 'Landkreis Augsburg', city: false },
  { name: 'Schwabmünchen', plz: ['86830'], court: 'augsburg', district: 'Landkreis Augsburg', city: false },
  { name: 'Nürnberg', plz: ['90402', '90403', '90408', '90419', '90429', '90431', '90439', '90441', '90443', '90449', '90459', '90461', '90469', '90471', '90473', '90478', '90480', '90482', '90489', '90491'], court: 'nuernberg', district: 'Nürnberg', city: true },
  { name: 'Fürth', plz: ['90762', '90763', '90765', '90766', '90768'], court: 'fuerth', district: 'Fürth', city: true },
  { name: 'Zirndorf', plz: ['90513'], court: 'fuerth', district: 'Landkreis Fürth', city: false },
  { name: 'Oberasbach', plz: ['90522'], court: 'fuerth', district: 'Landkreis Fürth', city: false },
  { name: 'Stein', plz: ['90547'], court: 'fuerth', district: 'Landkreis Fürth', city: false },
  { name: 'Langenzenn', plz: ['90579'], court: 'fuerth', district: 'Landkreis Fürth', city: false },
  { name: 'Erlangen', plz: ['91052', '91054', '91056', '91058'], court: 'erlangen', district: 'Erlangen', city: true },
  { name: 'Herzogenaurach', plz: ['91074'], court: 'erlangen', district: 'Landkreis Erlangen-Höchstadt', city: false },
  { name: 'Baiersdorf', plz: ['91083'], court: 'erlangen', district: 'Landkreis Erlangen-Höchstadt', city: false },
  { name: 'Höchstadt an der Aisch', plz: ['91315'], court: 'erlangen', district: 'Landkreis Erlangen-Höchstadt', city: false },
  { name: 'Würzburg', plz: ['97070', '97072', '97074', '97076', '97080', '97082', '97084'], court: 'wuerzburg', district: 'Würzburg', city: true },
  { name: 'Ochsenfurt', plz: ['97199'], court: 'wuerzburg', district: 'Landkreis Würzburg', city: false },
  { name: 'Höchberg', plz: ['97204'], court: 'wuerzburg', district: 'Landkreis Würzburg', city: false },
  { name: 'Veitshöchheim', plz: ['97209'], court: 'wuerzburg', district: 'Landkreis Würzburg', city: false },
  { name: 'Regensburg', plz: ['93047', '93049', '93051', '93053', '93055', '93057', '93059'], court: 'regensburg', district: 'Regensburg', city: true },
  { name: 'Neutraubling', plz: ['93073'], court: 'regensburg', district: 'Landkreis Regensburg', city: false },
  { name: 'Regenstauf', plz: ['93128'], court: 'regensburg', district: 'Landkreis Regensburg', city: false },
  { name: 'Lappersdorf', plz: ['93138'], court: 'regensburg', district: 'Landkreis Regensburg', city: false },
  { name: 'Landshut', plz: ['84028', '84030', '84032', '84034', '84036'], court: 'landshut', district: 'Landshut', city: true },
  { name: 'Vilsbiburg', plz: ['84137'], court: 'landshut', district: 'Landkreis Landshut', city: false },
  { name: 'Essenbach', plz: ['84051'], court: 'landshut', district: 'Landkreis Landshut', city: false },
  { name: 'Passau', plz: ['94032', '94034', '94036'], court: 'passau', district: 'Passau', city: true },
  { name: 'Vilshofen an der Donau', plz: ['94474'], court: 'passau', district: 'Landkreis Passau', city: false },
  { name: 'Pocking', plz: ['94060'], court: 'passau', district: 'Landkreis Passau', city: false },
  { name: 'Hauzenberg', plz: ['94051'], court: 'passau', district: 'Landkreis Passau', city: false },
  { name: 'Ingolstadt', plz: ['85049', '85051', '85053', '85055', '85057'], court: 'ingolstadt', district: 'Ingolstadt', city: true },
  { name: 'Gaimersheim', plz: ['85080'], court: 'ingolstadt', district: 'Landkreis Eichstätt', city: false },
  { name: 'Manching', plz: ['85077'], court: 'ingolstadt', district: 'Landkreis Pfaffenhofen a.d.Ilm', city: false },
  { name: 'Rosenheim', plz: ['83022', '83024', '83026'], court: 'rosenheim', district: 'Rosenheim', city: true },
  { name: 'Kolbermoor', plz: ['83059'], court: 'rosenheim', district: 'Landkreis Rosenheim', city: false },
  { name: 'Bad Aibling', plz: ['83043'], court: 'rosenheim', district: 'Landkreis Rosenheim', city: false },
  { name: 'Wasserburg am Inn', plz: ['83512'], court: 'rosenheim', district: 'Landkreis Rosenheim', city: false },
  { name: 'Prien am Chiemsee', plz: ['83209'], court: 'rosenheim', district: 'Landkreis Rosenheim', city: false },
  { name: 'Bamberg', plz: ['96047', '96049', '96050', '96052'], court: 'bamberg', district: 'Bamberg', city: true },
  { name: 'Hallstadt', plz: ['96103'], court: 'bamberg', district: 'Landkreis Bamberg', city: false },
  { name: 'Hirschaid', plz: ['96114'], court: 'bamberg', district: 'Landkreis Bamberg', city: false },
  { name: 'Kempten (Allgäu)', plz: ['87435', '87437', '87439'], court: 'kempten', district: 'Kempten (Allgäu)', city: true },
  { name: 'Altusried', plz: ['87452'], court: 'kempten', district: 'Landkreis Oberallgäu', city: false },
  { name: 'Waltenhofen', plz: ['87448'], court: 'kempten', district: 'Landkreis Oberallgäu', city: false },
  { name: 'Dietmannsried', plz: ['87463'], court: 'kempten', district: 'Landkreis Oberallgäu', city: false },
];

export interface Court {
  key: string;
  town: string; // as in "Amtsgericht <town>"
  genitive: string; // "des Amtsgerichts München"
  street: string;
  plz: string;
  poBox: string | null;
  poPlz: string | null;
  phone: string;
  fax: string;
  depts: number[];
  rooms: string[];
  notice: NoticeForm;
  summons: 'summonsA' | 'summonsB' | 'summonsC' | 'summonsD';
  judgment: 'judgA' | 'judgB' | 'judgC';
  header: 'left' | 'center' | 'caps' | 'crest';
  font: 'sans' | 'serif' | 'dv' | 'narrow';
  clerk: string;
  judges: string[];
}
export type NoticeForm = 'table' | 'labels' | 'prose' | 'mizi' | 'columns' | 'caption';

export const COURTS: Court[] = [
  { key: 'muenchen', town: 'München', genitive: 'München', street: 'Lothringer Gerichtsplatz 3', plz: '80335', poBox: 'Postfach 20 14 33', poPlz: '80014', phone: '089 5597-41', fax: '089 5597-4999', depts: [411, 415, 422, 433, 451, 462, 473], rooms: ['Sitzungssaal B 275', 'Sitzungssaal A 122', 'Sitzungssaal B 318'], notice: 'table', summons: 'summonsA', judgment: 'judgA', header: 'crest', font: 'sans', clerk: 'Kreszentia Obermayr, JAng', judges: ['Dr. Wiesinger', 'Haslbeck', 'Dr. Rottmair'] },
  { key: 'augsburg', town: 'Augsburg', genitive: 'Augsburg', street: 'Am Fronhofer Anger 12', plz: '86150', poBox: 'Postfach 11 19 21', poPlz: '86044', phone: '0821 3109-0', fax: '0821 3109-288', depts: [21, 23, 24, 26, 73], rooms: ['Saal 104', 'Saal 112', 'Saal 2.06'], notice: 'labels', summons: 'summonsB', judgment: 'judgB', header: 'left', font: 'serif', clerk: 'Veronika Schmid-Lechner', judges: ['Kapfhammer', 'Dr. Ehrenreich'] },
  { key: 'nuernberg', town: 'Nürnberg', genitive: 'Nürnberg', street: 'Pegnitzufer 41', plz: '90402', poBox: null, poPlz: null, phone: '0911 3217-0', fax: '0911 3217-2601', depts: [14, 18, 19, 27, 31, 35], rooms: ['Sitzungssaal 1.118', 'Sitzungssaal 2.204', 'Sitzungssaal 0.035'], notice: 'mizi', summons: 'summonsC', judgment: 'judgA', header: 'caps', font: 'dv', clerk: 'Justizsekretärin Birgit Hüttner', judges: ['Scheuerpflug', 'Dr. Wölfel', 'Bauernfeind'] },
  { key: 'fuerth', town: 'Fürth', genitive: 'Fürth', street: 'Königswarterstraße 120', plz: '90762', poBox: null, poPlz: null, phone: '0911 74308-0', fax: '0911 74308-190', depts: [310, 320, 340], rooms: ['Saal 7', 'Saal 11'], notice: 'prose', summons: 'summonsD', judgment: 'judgC', header: 'center', font: 'serif', clerk: 'Thomas Dümmler', judges: ['Reißenweber', 'Dr. Frühwald'] },
  { key: 'erlangen', town: 'Erlangen', genitive: 'Erlangen', street: 'Schuhstraßenbogen 9', plz: '91054', poBox: 'Postfach 32 65', poPlz: '91020', phone: '09131 7823-0', fax: '09131 7823-315', depts: [1, 2, 5, 6], rooms: ['Sitzungssaal 103', 'Sitzungssaal 212'], notice: 'columns', summons: 'summonsA', judgment: 'judgB', header: 'left', font: 'narrow', clerk: 'Sabine Kellermann', judges: ['Krauß', 'Dr. Sperber'] },
  { key: 'wuerzburg', town: 'Würzburg', genitive: 'Würzburg', street: 'Residenzgasse 22', plz: '97070', poBox: 'Postfach 11 03 61', poPlz: '97030', phone: '0931 3908-0', fax: '0931 3908-444', depts: [13, 15, 16, 30], rooms: ['Sitzungssaal 14', 'Sitzungssaal 21', 'Sitzungssaal E 03'], notice: 'caption', summons: 'summonsB', judgment: 'judgA', header: 'crest', font: 'serif', clerk: 'Karin Väth', judges: ['Gößmann', 'Dr. Stühler'] },
  { key: 'regensburg', town: 'Regensburg', genitive: 'Regensburg', street: 'Domplatzgasse 5', plz: '93047', poBox: null, poPlz: null, phone: '0941 2011-0', fax: '0941 2011-176', depts: [4, 7, 8, 10, 12], rooms: ['Saal 1.04', 'Saal 2.11'], notice: 'table', summons: 'summonsC', judgment: 'judgC', header: 'caps', font: 'dv', clerk: 'Johann Zirngibl', judges: ['Dr. Wittmann-Brandl', 'Schmidbauer'] },
  { key: 'landshut', town: 'Landshut', genitive: 'Landshut', street: 'Trausnitzweg 18', plz: '84028', poBox: 'Postfach 14 52', poPlz: '84001', phone: '0871 8403-0', fax: '0871 8403-219', depts: [3, 4, 11], rooms: ['Sitzungssaal 118', 'Sitzungssaal 121'], notice: 'mizi', summons: 'summonsD', judgment: 'judgB', header: 'left', font: 'sans', clerk: 'Maria Huber-Sedlmaier', judges: ['Attenberger', 'Dr. Kiermeier'] },
  { key: 'passau', town: 'Passau', genitive: 'Passau', street: 'Dreiflüsseweg 2', plz: '94032', poBox: null, poPlz: null, phone: '0851 3960-0', fax: '0851 3960-150', depts: [12, 14, 17], rooms: ['Saal 205', 'Saal 110'], notice: 'prose', summons: 'summonsA', judgment: 'judgA', header: 'crest', font: 'serif', clerk: 'Gerlinde Rauscher', judges: ['Hölzl', 'Dr. Ertl'] },
  { key: 'ingolstadt', town: 'Ingolstadt', genitive: 'Ingolstadt', street: 'Schanzer Ring 31', plz: '85049', poBox: 'Postfach 21 07 44', poPlz: '85022', phone: '0841 3122-0', fax: '0841 3122-360', depts: [10, 11, 13, 16], rooms: ['Sitzungssaal 1', 'Sitzungssaal 4'], notice: 'columns', summons: 'summonsB', judgment: 'judgC', header: 'center', font: 'dv', clerk: 'Andreas Pfaller', judges: ['Obermeier', 'Dr. Strobl'] },
  { key: 'rosenheim', town: 'Rosenheim', genitive: 'Rosenheim', street: 'Innlände 44', plz: '83022', poBox: null, poPlz: null, phone: '08031 3054-0', fax: '08031 3054-111', depts: [8, 9, 15, 17], rooms: ['Sitzungssaal 2', 'Sitzungssaal 5'], notice: 'labels', summons: 'summonsC', judgment: 'judgB', header: 'caps', font: 'sans', clerk: 'Elisabeth Stadler', judges: ['Dr. Gschwendtner', 'Mühlbauer'] },
  { key: 'bamberg', town: 'Bamberg', genitive: 'Bamberg', street: 'Regnitzarm 7', plz: '96047', poBox: 'Postfach 17 29', poPlz: '96007', phone: '0951 8332-0', fax: '0951 8332-240', depts: [101, 103, 104, 105], rooms: ['Saal 1.12', 'Saal 0.08'], notice: 'caption', summons: 'summonsD', judgment: 'judgC', header: 'left', font: 'serif', clerk: 'Heike Dippold', judges: ['Schütz', 'Dr. Thiem'] },
  { key: 'kempten', town: 'Kempten (Allgäu)', genitive: 'Kempten (Allgäu)', street: 'Residenzplatzl 4', plz: '87435', poBox: 'Postfach 16 20', poPlz: '87406', phone: '0831 2520-0', fax: '0831 2520-222', depts: [2, 3, 6, 7], rooms: ['Sitzungssaal 1.21', 'Sitzungssaal 0.14'], notice: 'labels', summons: 'summonsA', judgment: 'judgA', header: 'center', font: 'narrow', clerk: 'Franziska Bachmeier', judges: ['Dr. Zengerle', 'Fink'] },
];
export function courtByKey(k: string): Court {
  const c = COURTS.find((x) => x.key === k);
  if (!c) throw new Error(`court ${k}`);
  return c;
}
/** Postal codes of the court towns themselves (offices). */
export function plzTown(plz: string): string | null {
  for (const t of TOWNS) if (t.plz.includes(plz)) return t.name;
  const extra: Record<string, string> = { '80014': 'München', '86044': 'Augsburg', '91020': 'Erlangen', '97030': 'Würzburg', '84001': 'Landshut', '85022': 'Ingolstadt', '96007': 'Bamberg', '87406': 'Kempten (Allgäu)' };
  return extra[plz] ?? null;
}

export interface Bailiff {
  name: string;
  title: string; // Gerichtsvollzieher / Obergerichtsvollzieherin ...
  court: string;
  street: string;
  plz: string;
  phone: string;
  form: 'gvA' | 'gvB' | 'gvC' | 'gvD';
  drPrefix: string;
  hours: string;
  iban: string;
}
export const BAILIFFS: Bailiff[] = [
  { name: 'Stefan Aumüller', title: 'Obergerichtsvollzieher', court: 'muenchen', street: 'Tegernseer Hofweg 17', plz: '81541', phone: '089 6251-3380', form: 'gvA', drPrefix: 'DR II', hours: 'Di und Do 8:00 – 9:00 Uhr', iban: 'DE41 7001 0080 0391 4452 17' },
  { name: 'Nadine Kreuzpointner', title: 'Gerichtsvollzieherin', court: 'muenchen', street: 'Schleißheimer Eck 3', plz: '80809', phone: '089 3541-0772', form: 'gvC', drPrefix: 'DR I', hours: 'Mo 7:30 – 9:00 Uhr', iban: 'DE18 7015 0000 1002 9931 64' },
  { name: 'Markus Bräuninger', title: 'Gerichtsvollzieher', court: 'augsburg', street: 'Jakoberwall 9', plz: '86152', phone: '0821 4530-912', form: 'gvB', drPrefix: 'DR', hours: 'Mittwoch 8 – 10 Uhr', iban: 'DE77 7205 0000 0250 1187 40' },
  { name: 'Claudia Frauenknecht', title: 'Obergerichtsvollzieherin', court: 'nuernberg', street: 'Wöhrder Hauptmarkt 28', plz: '90489', phone: '0911 5402-661', form: 'gvD', drPrefix: 'DR III', hours: 'Di 8 – 10 Uhr, Do 14 – 15 Uhr', iban: 'DE62 7605 0101 0007 3318 20' },
  { name: 'Jürgen Schwemmer', title: 'Gerichtsvollzieher', court: 'fuerth', street: 'Rednitzstraßle 6', plz: '90763', phone: '0911 7729-054', form: 'gvA', drPrefix: 'DR II', hours: 'Montag 8:00 – 9:30 Uhr', iban: 'DE05 7625 0000 0040 6672 19' },
  { name: 'Petra Lindenmeyer', title: 'Gerichtsvollzieherin', court: 'erlangen', street: 'Altstädter Zwinger 15', plz: '91054', phone: '09131 60 44 71', form: 'gvC', drPrefix: 'DR I', hours: 'Do 8 – 9 Uhr', iban: 'DE83 7635 0000 0060 1184 33' },
  { name: 'Wolfgang Ruppert', title: 'Obergerichtsvollzieher', court: 'wuerzburg', street: 'Mainkai-Hof 12', plz: '97070', phone: '0931 4607-330', form: 'gvB', drPrefix: 'DR II', hours: 'Di 8 – 10 Uhr', iban: 'DE29 7905 0000 0047 8810 02' },
  { name: 'Thomas Kagerer', title: 'Gerichtsvollzieher', court: 'regensburg', street: 'Kumpfmühler Winkel 4', plz: '93051', phone: '0941 9418-275', form: 'gvD', drPrefix: 'DR I', hours: 'Mo und Do 8 – 9 Uhr', iban: 'DE56 7505 0000 0026 7745 19' },
  { name: 'Monika Eichinger', title: 'Gerichtsvollzieherin', court: 'landshut', street: 'Seligenthaler Gasse 8', plz: '84034', phone: '0871 9663-140', form: 'gvA', drPrefix: 'DR II', hours: 'Mi 8 – 10 Uhr', iban: 'DE11 7435 0000 0020 4431 58' },
  { name: 'Alois Wimmer', title: 'Obergerichtsvollzieher', court: 'passau', street: 'Innstadtweg 21', plz: '94032', phone: '0851 7560-33', form: 'gvC', drPrefix: 'DR', hours: 'Di 8 – 9 Uhr', iban: 'DE94 7405 0000 0031 9902 77' },
  { name: 'Sandra Hagl', title: 'Gerichtsvollzieherin', court: 'ingolstadt', street: 'Friedrichshofener Ring 19', plz: '85049', phone: '0841 8813-402', form: 'gvB', drPrefix: 'DR I', hours: 'Do 7:30 – 9:30 Uhr', iban: 'DE70 7215 0000 0050 2261 84' },
  { name: 'Michael Stöckl', title: 'Gerichtsvollzieher', court: 'rosenheim', street: 'Ludwigsplatzl 2', plz: '83022', phone: '08031 2307-91', form: 'gvD', drPrefix: 'DR II', hours: 'Mo 8 – 10 Uhr', iban: 'DE37 7115 0000 0000 4418 26' },
  { name: 'Bernd Leicht', title: 'Obergerichtsvollzieher', court: 'bamberg', street: 'Sandstraßeneck 33', plz: '96049', phone: '0951 5002-718', form: 'gvA', drPrefix: 'DR III', hours: 'Di 8 – 9 Uhr', iban: 'DE52 7705 0000 0302 7714 45' },
  { name: 'Ramona Kohler', title: 'Gerichtsvollzieherin', court: 'kempten', street: 'Burghaldenweg 10', plz: '87435', phone: '0831 5409-63', form: 'gvC', drPrefix: 'DR I', hours: 'Mi 8 – 9:30 Uhr', iban: 'DE66 7335 0000 0514 0029 31' },
];

// ---------- names ----------
export interface NamePool {
  origin: string;
  m: string[];
  f: string[];
  fam: string[];
}
export const NAME_POOLS: NamePool[] = [
  { origin: 'de', m: ['Josef', 'Franz Xaver', 'Andreas', 'Michael', 'Karl-Heinz', 'Thomas', 'Maximilian', 'Florian', 'Sebastian', 'Wolfgang', 'Jürgen', 'Lukas', 'Korbinian'], f: ['Maria', 'Anneliese', 'Sabine', 'Theresa', 'Marie-Luise', 'Johanna', 'Katharina', 'Monika', 'Stefanie', 'Brigitte', 'Lena', 'Veronika'], fam: ['Huber', 'Bauer', 'Wagner', 'Hofmann', 'Mayr', 'Gruber', 'Schmid-Lindner', 'Brandl', 'Obermaier', 'Kößler', 'Weiß', 'Müller-Thurgau', 'Pöschl', 'Fürst', 'von Aschenbrenner', 'Stöger', 'Zacherl', 'Rieß'] },
  { origin: 'tr', m: ['Mehmet', 'Mustafa', 'Hüseyin', 'Emre', 'İbrahim', 'Oğuz', 'Serkan', 'Yusuf', 'Barış'], f: ['Ayşe', 'Fatma', 'Emine', 'Gülşen', 'Özlem', 'Şeyma', 'Hatice', 'Elif', 'Derya'], fam: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan', 'Kılıç', 'Arslan', 'Güneş', 'Ertuğrul', 'Karataş'] },
  { origin: 'pl', m: ['Tomasz', 'Paweł', 'Krzysztof', 'Łukasz', 'Grzegorz', 'Marek'], f: ['Ewa', 'Małgorzata', 'Agnieszka', 'Katarzyna', 'Bożena', 'Joanna'], fam: ['Kowalczyk', 'Wiśniewski', 'Nowak', 'Zieliński', 'Wróbel', 'Dąbrowski', 'Żak', 'Michalczyk', 'Jabłoński', 'Król', 'Sobczak-Kamińska'] },
  { origin: 'ru', m: ['Dmitrij', 'Sergej', 'Oleksandr', 'Wladimir', 'Andrij', 'Nikolai', 'Jurij'], f: ['Olga', 'Tetjana', 'Natalja', 'Swetlana', 'Oksana', 'Irina', 'Ljudmila'], fam: ['Iwanow', 'Kuznezowa', 'Schewtschenko', 'Petrenko', 'Bondarenko', 'Smirnow', 'Kowalenko', 'Melnyk', 'Popowa', 'Tkatschenko'] },
  { origin: 'ar', m: ['Ahmad', 'Mohammed', 'Khaled', 'Omar', 'Youssef', 'Samir', 'Bilal', 'Tarek'], f: ['Fatima', 'Amal', 'Rania', 'Layla', 'Nour', 'Samira', 'Huda'], fam: ['El Haddad', 'Al-Hassan', 'Abu Khalil', 'Haddad', 'Al Masri', 'Saleh', 'El-Sayed', 'Abdullah', 'Nasser', 'Al Khatib', 'Ibrahim'] },
  { origin: 'ro', m: ['Ionuț', 'Alexandru', 'Mihai', 'Ștefan', 'Gheorghe', 'Cătălin'], f: ['Ioana', 'Mădălina', 'Elena', 'Andreea', 'Florentina', 'Bianca'], fam: ['Popescu', 'Ionescu', 'Constantinescu', 'Munteanu', 'Țurcanu', 'Stănescu', 'Rădulescu', 'Dumitrașcu', 'Păun'] },
  { origin: 'balkan', m: ['Dragan', 'Nikola', 'Milan', 'Edin', 'Zoran', 'Armin', 'Goran', 'Besnik'], f: ['Jelena', 'Mirjana', 'Amra', 'Ivana', 'Snežana', 'Dragana', 'Vesna', 'Arta'], fam: ['Petrović', 'Jovanović', 'Hodžić', 'Kovačević', 'Babić', 'Marković', 'Begić', 'Krasniqi', 'Šarić', 'Novaković', 'Đorđević'] },
  { origin: 'it', m: ['Giuseppe', 'Marco', 'Salvatore', 'Luca', 'Antonio'], f: ['Giulia', 'Francesca', 'Rosa', 'Antonella', 'Chiara'], fam: ['Rossi', 'Di Stefano', 'Esposito', 'De Luca', 'Russo', 'Lo Bianco', 'Ferraro', 'D’Angelo', 'Colombo'] },
  { origin: 'gr', m: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikolaos', 'Ioannis'], f: ['Eleni', 'Maria', 'Sofia', 'Despina', 'Anastasia'], fam: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Dimitriou', 'Karagiannis', 'Oikonomou', 'Papadaki'] },
  { origin: 'af', m: ['Kwame', 'Emmanuel', 'Abdoulaye', 'Chukwuemeka', 'Ibrahima', 'Yonas', 'Samuel'], f: ['Amina', 'Grace', 'Fatoumata', 'Chioma', 'Aïcha', 'Mulu', 'Esther'], fam: ['Mensah', 'Okafor', 'Diallo', 'Traoré', 'Tesfaye', 'Adeyemi', 'Boateng', 'Kamara', 'Ndiaye', 'Haile', 'Owusu-Ansah'] },
  { origin: 'misc', m: ['José Luis', 'Jean-Pierre', 'Pieter', 'Hendrik', 'Ali Reza'], f: ['Anne-Sophie', 'María José', 'Hélène', 'Renée', 'Zahra'], fam: ['van Dijk', 'de Vries', 'Sánchez García', 'Lefèvre', 'van der Linden', 'Moreau', 'Ahmadi', 'Hosseini', 'Dubois-Martin'] },
];
/** Weights roughly like a southern German social services caseload. */
export const POOL_WEIGHTS: Record<string, number> = { de: 30, tr: 14, pl: 8, ru: 10, ar: 11, ro: 7, balkan: 9, it: 4, gr: 3, af: 7, misc: 5 };

export const STREETS: string[] = [
  'Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Am Anger', 'Kirchenweg', 'Schulstraße', 'Gartenstraße', 'Berliner Straße', 'Rosenheimer Straße', 'Am Mühlbach', 'Ringstraße', 'Sonnenstraße', 'Eichendorffstraße', 'Goethestraße', 'Schillerstraße', 'Bgm.-Wagner-Straße', 'Dr.-Johann-Maier-Straße', 'Am Schlossberg', 'Auf der Höhe', 'Mozartweg', 'Waldstraße', 'Friedhofstraße', 'Jahnstraße', 'Sudetenlandstraße', 'Egerländer Straße', 'Breslauer Straße', 'Von-Stauffenberg-Straße', 'Max-Planck-Straße', 'Industriestraße', 'Augsburger Straße', 'Nürnberger Straße', 'Regensburger Straße', 'Innstraße', 'Isarstraße', 'Donaustraße', 'Lechstraße', 'Mainstraße', 'Pegnitzweg', 'Hochfeldweg', 'St.-Martin-Straße', 'Zugspitzstraße', 'Watzmannstraße', 'Frühlingstraße', 'Keplerstraße', 'Ulmenweg', 'An der Stadtmauer', 'Kolpingstraße', 'Albrecht-Dürer-Platz', 'Fuggerstraße', 'Wittelsbacherstraße',
];

export interface Landlord {
  name: string; // truth, as printed
  kind: 'company' | 'coop' | 'private' | 'heirs' | 'public';
  rep: string | null; // "vertreten durch …" line (distractor)
  street: string;
  plz: string;
  town: string;
  phone: string;
  iban: string;
  managedBy: number | null; // index into MANAGERS
}
export const LANDLORDS: Landlord[] = [
  { name: 'Isarwinkel Wohnbau GmbH', kind: 'company', rep: 'vertreten durch den Geschäftsführer Rainer Kottmair', street: 'Leuchtenbergring 88', plz: '81677', town: 'München', phone: '089 4170-2200', iban: 'DE12 7016 0000 0042 7781 00', managedBy: null },
  { name: 'Wohnungsgenossenschaft Lech-Wertach eG', kind: 'coop', rep: 'vertreten durch den Vorstand', street: 'Wertachbogen 14', plz: '86153', town: 'Augsburg', phone: '0821 599 41-0', iban: 'DE44 7205 0101 0001 3390 17', managedBy: null },
  { name: 'Frankenheim Wohnen GmbH & Co. KG', kind: 'company', rep: 'vertreten durch die Frankenheim Verwaltungs GmbH', street: 'Nordring 240', plz: '90409', town: 'Nürnberg', phone: '0911 93310-0', iban: 'DE81 7605 0101 0011 2290 55', managedBy: null },
  { name: 'Baugenossenschaft Rednitzgrund eG', kind: 'coop', rep: null, street: 'Kaiserstraße 172', plz: '90763', town: 'Fürth', phone: '0911 787 30-0', iban: 'DE23 7625 0000 0000 9981 44', managedBy: null },
  { name: 'Regnitz Immobilien AG', kind: 'company', rep: 'vertreten durch den Vorstand Dr. Uwe Gebhardt', street: 'Am Röthelheimcampus 5', plz: '91052', town: 'Erlangen', phone: '09131 91707-0', iban: 'DE39 7635 0000 0050 4412 88', managedBy: null },
  { name: 'Mainfranken Wohnstätten GmbH', kind: 'company', rep: 'vertreten durch die Geschäftsführerin Anja Seubert', street: 'Ludwigkai 31', plz: '97072', town: 'Würzburg', phone: '0931 30487-0', iban: 'DE71 7905 0000 0046 6620 13', managedBy: null },
  { name: 'Donaublick Wohnungsbau GmbH', kind: 'company', rep: null, street: 'Prüfeninger Schloßweg 2', plz: '93051', town: 'Regensburg', phone: '0941 46307-0', iban: 'DE90 7505 0000 0026 1144 09', managedBy: null },
  { name: 'Gemeinnützige Baugenossenschaft Isar-Vils eG', kind: 'coop', rep: 'vertreten durch den Vorstand', street: 'Niedermayerstraße 61', plz: '84036', town: 'Landshut', phone: '0871 27604-0', iban: 'DE17 7435 0000 0020 7700 31', managedBy: null },
  { name: 'Dreiländer Wohnbau Passau GmbH', kind: 'company', rep: null, street: 'Spitalhofstraße 95', plz: '94032', town: 'Passau', phone: '0851 98811-0', iban: 'DE28 7405 0000 0032 1180 66', managedBy: null },
  { name: 'Schanzer Heimstätten GmbH', kind: 'company', rep: 'vertreten durch den Geschäftsführer Klaus Meilinger', street: 'Goethestraße 146', plz: '85055', town: 'Ingolstadt', phone: '0841 93104-0', iban: 'DE63 7215 0000 0053 3012 40', managedBy: null },
  { name: 'Chiemgau Wohnen eG', kind: 'coop', rep: 'vertreten durch den Vorstand', street: 'Kufsteiner Straße 77', plz: '83022', town: 'Rosenheim', phone: '08031 80952-0', iban: 'DE32 7115 0000 0020 1130 71', managedBy: null },
  { name: 'Stadtbau Regnitztal GmbH', kind: 'public', rep: 'vertreten durch den Geschäftsführer', street: 'Hainstraße 48', plz: '96047', town: 'Bamberg', phone: '0951 20994-0', iban: 'DE50 7705 0000 0300 1187 62', managedBy: null },
  { name: 'Allgäuer Siedlungswerk GmbH', kind: 'company', rep: null, street: 'Rottachstraße 40', plz: '87439', town: 'Kempten (Allgäu)', phone: '0831 960 72-0', iban: 'DE84 7335 0000 0514 4488 10', managedBy: null },
  { name: 'Theresia Obermaier', kind: 'private', rep: null, street: 'Seestraße 4', plz: '83209', town: 'Prien am Chiemsee', phone: '08051 61 72 03', iban: 'DE07 7115 0000 0020 9981 22', managedBy: 0 },
  { name: 'Xaver Brunnhuber', kind: 'private', rep: null, street: 'Hofmarkstraße 12', plz: '84137', town: 'Vilsbiburg', phone: '08741 92 07 11', iban: 'DE76 7435 0000 0021 3305 48', managedBy: null },
  { name: 'Erbengemeinschaft nach Anna Gschwendtner', kind: 'heirs', rep: 'bestehend aus Georg Gschwendtner und Ursula Kaltenecker', street: 'Am Kellerberg 9', plz: '85521', town: 'Ottobrunn', phone: '089 60 81 44 27', iban: 'DE95 7025 0150 0028 7704 13', managedBy: 1 },
  { name: 'Rupert und Claudia Moosreiner', kind: 'private', rep: null, street: 'Bergstraße 21', plz: '87448', town: 'Waltenhofen', phone: '08303 92 18 40', iban: 'DE60 7335 0000 0516 0077 92', managedBy: 2 },
  { name: 'Günther Pfisterer', kind: 'private', rep: null, street: 'Schloßberg 3', plz: '96114', town: 'Hirschaid', phone: '09543 44 19 06', iban: 'DE47 7705 0000 0302 5541 30', managedBy: null },
  { name: 'Erbengemeinschaft Kerschensteiner', kind: 'heirs', rep: 'bestehend aus Lorenz, Irmgard und Benedikt Kerschensteiner', street: 'Innstraße 50', plz: '94036', town: 'Passau', phone: '0851 7 33 91', iban: 'DE13 7405 0000 0031 0004 57', managedBy: 3 },
  { name: 'Südstern Immobilienverwaltung KG', kind: 'company', rep: 'vertreten durch die Komplementärin Südstern Beteiligungs GmbH', street: 'Bayerstraße 131', plz: '80339', town: 'München', phone: '089 5441-770', iban: 'DE26 7002 0270 0015 6621 09', managedBy: null },
  { name: 'Hildegard Weinzierl', kind: 'private', rep: null, street: 'Am Stadtpark 17', plz: '93049', town: 'Regensburg', phone: '0941 3 81 55', iban: 'DE61 7505 0000 0026 5530 18', managedBy: 3 },
  { name: 'Lorenz Immobilien Verwaltungs- und Beteiligungs-GmbH', kind: 'company', rep: null, street: 'Frauentorgraben 63', plz: '90443', town: 'Nürnberg', phone: '0911 2398-40', iban: 'DE42 7605 0101 0012 8870 64', managedBy: null },
];
export interface Manager {
  name: string;
  street: string;
  plz: string;
  town: string;
  phone: string;
  contact: string;
}
export const MANAGERS: Manager[] = [
  { name: 'Hausverwaltung Kornprobst GmbH', street: 'Münchener Straße 29', plz: '83022', town: 'Rosenheim', phone: '08031 27 44 0', contact: 'Frau Lechner' },
  { name: 'ImmoConsult Würmtal Verwaltungs GmbH', street: 'Bahnhofplatz 2', plz: '85521', town: 'Ottobrunn', phone: '089 6094 118', contact: 'Herr Reindl' },
  { name: 'Allgäu Haus & Grund Verwaltung Mayr', street: 'Fischerstraße 11', plz: '87435', town: 'Kempten (Allgäu)', phone: '0831 1 62 07', contact: 'Frau Mayr' },
  { name: 'WEG- und Mietverwaltung Donau-Inn GmbH', street: 'Ludwigstraße 8', plz: '94032', town: 'Passau', phone: '0851 4 90 66-0', contact: 'Herr Grill' },
];
export interface LawFirm {
  name: string;
  lawyer: string;
  street: string;
  plz: string;
  town: string;
  phone: string;
}
export const LAW_FIRMS: LawFirm[] = [
  { name: 'Hartl & Seidenspinner Rechtsanwälte PartG mbB', lawyer: 'Rechtsanwalt Dr. Florian Hartl', street: 'Maximiliansplatz 41', plz: '80333', town: 'München', phone: '089 2422 810' },
  { name: 'Kanzlei Eibl Mietrecht', lawyer: 'Rechtsanwältin Verena Eibl', street: 'Maximilianstraße 58', plz: '86150', town: 'Augsburg', phone: '0821 3 45 91 0' },
  { name: 'Rechtsanwälte Dörfler, Knorr & Partner', lawyer: 'Rechtsanwalt Helmut Knorr', street: 'Königstorgraben 17', plz: '90402', town: 'Nürnberg', phone: '0911 2 41 77-0' },
  { name: 'Anwaltskanzlei Ströbel', lawyer: 'Rechtsanwalt Bernhard Ströbel', street: 'Theaterstraße 9', plz: '97070', town: 'Würzburg', phone: '0931 1 20 43' },
  { name: 'Brandstetter Rechtsanwälte', lawyer: 'Rechtsanwältin Dr. Katrin Brandstetter', street: 'Gesandtenstraße 4', plz: '93047', town: 'Regensburg', phone: '0941 5 99 20 0' },
  { name: 'Kanzlei am Salzstadel', lawyer: 'Rechtsanwalt Matthias Zehetmair', street: 'Ländgasse 40', plz: '84028', town: 'Landshut', phone: '0871 4 30 02' },
  { name: 'Rechtsanwälte Unterberger & Kollegen', lawyer: 'Rechtsanwalt Peter Unterberger', street: 'Kaiserstraße 6', plz: '83022', town: 'Rosenheim', phone: '08031 3 88 70' },
];

/** The invented prevention service that receives and stamps the post. */
export const FACHSTELLE = {
  name: 'Fachstelle Wohnraumsicherung Isar-Main',
  org: 'Verbund Wohnhilfe Bayern e. V.',
  street: 'Ganghofer Hof 7',
  plz: '80339',
  town: 'München',
  phone: '089 2153-660',
  fax: '089 2153-669',
  short: 'FWS Isar-Main',
};

export interface Authority {
  jobcenter: string;
  jcStreet: string;
  jcPlz: string;
  jcTown: string;
  social: string; // Sozialamt / Landratsamt
  socialDept: string;
  socStreet: string;
  socPlz: string;
  socTown: string;
}
const AUTH_STREETS = ['Sozialzentrum am Anger 3', 'Behördenring 12', 'Landratsamtsplatz 1', 'Am Verwaltungshof 5', 'Rathausgasse 18', 'Schulhausweg 2', 'Dienstleistungszentrum Süd 4'];
/** Benefits authorities for a town (names generic, street addresses invented). */
export function authorityFor(t: Town): Authority {
  const court = courtByKey(t.court);
  const i = (t.district.length + t.name.length) % AUTH_STREETS.length;
  const j = (i + 3) % AUTH_STREETS.length;
  const seats: Record<string, [string, string]> = { 'Landkreis Fürth': ['Zirndorf', '90513'], 'Landkreis Eichstätt': ['Eichstätt', '85072'], 'Landkreis Pfaffenhofen a.d.Ilm': ['Pfaffenhofen a.d.Ilm', '85276'], 'Landkreis Oberallgäu': ['Sonthofen', '87527'] };
  const ov = seats[t.district];
  const seatTown = ov ? ov[0] : t.city ? t.name : TOWNS.find((x) => x.court === t.court && x.city)?.name ?? court.town;
  const seat = TOWNS.find((x) => x.name === seatTown);
  const plz1 = ov ? ov[1] : (seat?.plz[0] as string);
  const plz2 = ov ? ov[1] : (seat?.plz[seat.plz.length > 1 ? 1 : 0] as string);
  if (t.city) {
    const mu = t.name === 'München';
    return {
      jobcenter: `Jobcenter ${t.name}`,
      jcStreet: AUTH_STREETS[i] as string,
      jcPlz: plz1,
      jcTown: t.name,
      social: mu ? 'Landeshauptstadt München' : `Stadt ${t.name}`,
      socialDept: mu ? 'Sozialreferat – Amt für Wohnen und Migration' : t.name === 'Nürnberg' || t.name === 'Würzburg' ? 'Sozialamt' : 'Amt für Soziales',
      socStreet: AUTH_STREETS[j] as string,
      socPlz: plz2,
      socTown: t.name,
    };
  }
  const lk = t.district.replace('Landkreis ', '');
  return {
    jobcenter: `Jobcenter ${t.district}`,
    jcStreet: AUTH_STREETS[i] as string,
    jcPlz: plz1,
    jcTown: seatTown,
    social: `Landratsamt ${lk}`,
    socialDept: 'Sachgebiet Soziale Leistungen',
    socStreet: AUTH_STREETS[j] as string,
    socPlz: plz2,
    socTown: seatTown,
  };
}
