// Hand-made tables. Court places, towns and postal codes are real; every person, company,
// street, house number, phone number, IBAN and file number is invented.

export type Town = { city: string; codes: string[] };
export type CourtKey = 'hannover' | 'braunschweig' | 'goettingen' | 'osnabrueck' | 'wiesbaden' | 'giessen' | 'fulda' | 'erfurt' | 'jena';

export type Court = {
  key: CourtKey;
  name: string; // "Amtsgericht Gießen"
  place: string;
  state: 'Niedersachsen' | 'Hessen' | 'Thüringen';
  street: string; // invented
  postal: string; // real code of the court's town
  phone: string;
  towns: Town[]; // flats in the district (real postal codes)
  dept: number[]; // civil departments
  rooms: string[];
  judges: string[];
  agency: Agency; // benefits authority of the district
  sozialamt: Agency;
};

export type Agency = {
  key: string;
  name: string;
  unit: string;
  street: string;
  postal: string;
  city: string;
  phone: string;
  clerks: string[];
  kind: 'jobcenter' | 'sozialamt';
};

const ag = (key: string, name: string, unit: string, street: string, postal: string, city: string, phone: string, clerks: string[], kind: 'jobcenter' | 'sozialamt' = 'jobcenter'): Agency => ({ key, name, unit, street, postal, city, phone, clerks, kind });

export const COURTS: Court[] = [
  {
    key: 'hannover', name: 'Amtsgericht Hannover', place: 'Hannover', state: 'Niedersachsen', street: 'Lavesallee-Nord 14', postal: '30169', phone: '0511 3478-0',
    towns: [{ city: 'Hannover', codes: ['30159', '30161', '30163', '30165', '30167', '30169', '30171', '30173', '30449', '30451', '30453', '30519', '30625', '30627', '30655', '30659'] }],
    dept: [411, 412, 415, 427, 433, 448], rooms: ['Saal 2107', 'Saal 1.214', 'Sitzungssaal 3109', 'Saal 1.018'], judges: ['Dr. Henrike Ostermann', 'Lars Feddersen', 'Miriam Oltrogge'],
    agency: ag('jc-hannover', 'Jobcenter Region Hannover', 'Standort Linden-Limmer – Team Wohnkosten', 'Gerberhof 9', '30449', 'Hannover', '0511 6739-4410', ['Frau Brinkhege', 'Herr Tschentscher', 'Frau Adomeit']),
    sozialamt: ag('sa-hannover', 'Landeshauptstadt Hannover', 'Fachbereich Soziales – Wirtschaftliche Hilfen', 'Bredero-Passage 3', '30159', 'Hannover', '0511 1683-2270', ['Herr Olschewski', 'Frau Marggraf'], 'sozialamt'),
  },
  {
    key: 'braunschweig', name: 'Amtsgericht Braunschweig', place: 'Braunschweig', state: 'Niedersachsen', street: 'An der Okerwiese 6', postal: '38100', phone: '0531 4880-0',
    towns: [{ city: 'Braunschweig', codes: ['38100', '38102', '38104', '38106', '38108', '38112', '38114', '38116', '38118', '38120', '38122', '38124', '38126'] }],
    dept: [112, 114, 117, 121], rooms: ['Saal 121', 'Saal 014', 'Raum 2.17'], judges: ['Sönke Harmening', 'Dr. Annika Vahldiek', 'Ruth Bollmeyer'],
    agency: ag('jc-braunschweig', 'Jobcenter Braunschweig', 'Leistungsteam Unterkunft', 'Hagenmarktbogen 21', '38100', 'Braunschweig', '0531 2077-318', ['Herr Klingebiel', 'Frau Sauerwald']),
    sozialamt: ag('sa-braunschweig', 'Stadt Braunschweig', 'Fachbereich Soziales und Gesundheit – Abt. 50.2', 'Ringerstieg 4', '38106', 'Braunschweig', '0531 4702-611', ['Frau Oppermann-Lutz'], 'sozialamt'),
  },
  {
    key: 'goettingen', name: 'Amtsgericht Göttingen', place: 'Göttingen', state: 'Niedersachsen', street: 'Leinekanalweg 2', postal: '37073', phone: '0551 5094-0',
    towns: [
      { city: 'Göttingen', codes: ['37073', '37075', '37077', '37079', '37081', '37083', '37085'] },
      { city: 'Bovenden', codes: ['37120'] },
      { city: 'Rosdorf', codes: ['37124'] },
    ],
    dept: [21, 22, 26, 28], rooms: ['Saal A 17', 'Saal B 1.08', 'Sitzungssaal 104'], judges: ['Jutta Reimerdes', 'Dr. Tobias Kemnitz', 'Friederike Alpers'],
    agency: ag('jc-goettingen', 'Jobcenter Göttingen', 'Bereich Kosten der Unterkunft', 'Groner Tor 11', '37081', 'Göttingen', '0551 3912-740', ['Frau Hesselbarth', 'Herr Dierking', 'Frau Nowakowski']),
    sozialamt: ag('sa-goettingen', 'Stadt Göttingen', 'Fachdienst Soziales – Hilfe zum Lebensunterhalt', 'Hiroshimaplatz-Süd 5', '37083', 'Göttingen', '0551 4008-263', ['Herr Wöhlbier'], 'sozialamt'),
  },
  {
    key: 'osnabrueck', name: 'Amtsgericht Osnabrück', place: 'Osnabrück', state: 'Niedersachsen', street: 'Hasetorwall 31', postal: '49074', phone: '0541 3150-0',
    towns: [{ city: 'Osnabrück', codes: ['49074', '49076', '49078', '49080', '49082', '49084', '49086', '49088', '49090'] }],
    dept: [7, 9, 14, 44], rooms: ['Saal 207', 'Saal 15', 'Raum E 12'], judges: ['Hendrik Wellmann', 'Dr. Carla Düsterhus', 'Ansgar Niemöller'],
    agency: ag('jc-osnabrueck', 'Jobcenter Osnabrück', 'Wohnraumsicherung / KdU', 'Wittekindplatz 2', '49074', 'Osnabrück', '0541 6602-135', ['Frau Rethmeier', 'Herr Kuhlenbeck']),
    sozialamt: ag('sa-osnabrueck', 'Stadt Osnabrück', 'Fachbereich Soziales – Sozialhilfe', 'Natruper Kamp 17', '49076', 'Osnabrück', '0541 323-7781', ['Frau Ostendarp'], 'sozialamt'),
  },
  {
    key: 'wiesbaden', name: 'Amtsgericht Wiesbaden', place: 'Wiesbaden', state: 'Hessen', street: 'Kurhausbogen 40', postal: '65185', phone: '0611 3291-0',
    towns: [{ city: 'Wiesbaden', codes: ['65183', '65185', '65187', '65189', '65191', '65193', '65195', '65197', '65199', '65201', '65203', '65205', '65207'] }],
    dept: [91, 92, 93, 97], rooms: ['Saal C 104', 'Saal 2.042', 'Sitzungssaal E 05'], judges: ['Dr. Konstantin Rehberger', 'Isabell Faßbinder', 'Gregor Alsheimer'],
    agency: ag('jc-wiesbaden', 'Jobcenter Wiesbaden', 'Sachgebiet Unterkunft und Heizung', 'Schwalbacher Bogen 8', '65183', 'Wiesbaden', '0611 1734-552', ['Herr Gantenbrink', 'Frau Yüksel-Rau']),
    sozialamt: ag('sa-wiesbaden', 'Landeshauptstadt Wiesbaden', 'Amt für Soziale Arbeit – Wohnungssicherung', 'Dotzheimer Weg 62', '65197', 'Wiesbaden', '0611 3108-904', ['Frau Sprenger'], 'sozialamt'),
  },
  {
    key: 'giessen', name: 'Amtsgericht Gießen', place: 'Gießen', state: 'Hessen', street: 'Lahnuferstraße 11', postal: '35390', phone: '0641 9340-0',
    towns: [
      { city: 'Gießen', codes: ['35390', '35392', '35394', '35396', '35398'] },
      { city: 'Wettenberg', codes: ['35435'] },
      { city: 'Linden', codes: ['35440'] },
      { city: 'Lich', codes: ['35423'] },
    ],
    dept: [40, 45, 48], rooms: ['Saal 100', 'Saal 221', 'Raum 0.14'], judges: ['Beate Schwarzkopf-Ilg', 'Dr. Malte Usinger'],
    agency: ag('jc-giessen', 'Jobcenter Gießen', 'Team Unterkunft Nord', 'Marktlauben 3', '35390', 'Gießen', '0641 2598-601', ['Frau Karacan', 'Herr Hubertus Pfeil']),
    sozialamt: ag('sa-giessen', 'Landkreis Gießen', 'Fachdienst Soziale Leistungen', 'Riversplatz-Ost 1', '35394', 'Gießen', '0641 9390-1547', ['Herr Leinweber'], 'sozialamt'),
  },
  {
    key: 'fulda', name: 'Amtsgericht Fulda', place: 'Fulda', state: 'Hessen', street: 'Am Schlossgarten-West 5', postal: '36037', phone: '0661 9246-0',
    towns: [
      { city: 'Fulda', codes: ['36037', '36039', '36041', '36043'] },
      { city: 'Künzell', codes: ['36093'] },
      { city: 'Petersberg', codes: ['36100'] },
    ],
    dept: [34, 35, 38], rooms: ['Saal 11', 'Saal 3', 'Raum 207'], judges: ['Engelbert Möller-Haas', 'Dr. Svenja Kratzke'],
    agency: ag('jc-fulda', 'Kreisjobcenter Fulda', 'Abteilung Leistungen – Wohnungssicherung', 'Rabanusgasse 14', '36037', 'Fulda', '0661 6003-287', ['Frau Bohl', 'Herr Gärtner-Wiegand']),
    sozialamt: ag('sa-fulda', 'Stadt Fulda', 'Amt für Soziales', 'Kanalbogen 9', '36037', 'Fulda', '0661 1025-40', ['Frau Hohmann'], 'sozialamt'),
  },
  {
    key: 'erfurt', name: 'Amtsgericht Erfurt', place: 'Erfurt', state: 'Thüringen', street: 'Gerastufen 8', postal: '99084', phone: '0361 3776-0',
    towns: [{ city: 'Erfurt', codes: ['99084', '99085', '99086', '99087', '99089', '99091', '99092', '99094', '99096', '99097', '99098', '99099'] }],
    dept: [2, 5, 6, 13], rooms: ['Saal 1.07', 'Saal 2.18', 'Raum 0.21'], judges: ['Ulrike Schmalfuß', 'Dr. Ronny Kaßner', 'Peggy Wengler'],
    agency: ag('jc-erfurt', 'Jobcenter Erfurt', 'Team 514 – Unterkunftskosten', 'Talknoten 2', '99091', 'Erfurt', '0361 3021-514', ['Frau Pfützenreuter', 'Herr Heerwagen', 'Frau Tran']),
    sozialamt: ag('sa-erfurt', 'Landeshauptstadt Erfurt', 'Amt für Soziales – Abt. Grundsicherung', 'Anger-Passage 21', '99084', 'Erfurt', '0361 655-4790', ['Herr Stöckigt'], 'sozialamt'),
  },
  {
    key: 'jena', name: 'Amtsgericht Jena', place: 'Jena', state: 'Thüringen', street: 'Saaleblick 3', postal: '07743', phone: '03641 307-0',
    towns: [{ city: 'Jena', codes: ['07743', '07745', '07747', '07749', '07751'] }],
    dept: [21, 23, 25], rooms: ['Saal 1', 'Saal 214', 'Raum E 03'], judges: ['Dr. Kerstin Gundermann', 'Falk Ebersbach'],
    agency: ag('jc-jena', 'Jobcenter Jena', 'Leistungsbereich – Wohnkosten', 'Mühltalgasse 12', '07743', 'Jena', '03641 4930-227', ['Frau Rüdiger', 'Herr Pohlmann']),
    sozialamt: ag('sa-jena', 'Stadt Jena', 'Fachdienst Soziales', 'Löbdergraben-Süd 6', '07743', 'Jena', '03641 49-2618', ['Frau Bachmann-Zeh'], 'sozialamt'),
  },
];

export const FACHSTELLE = {
  name: 'Fachstelle Wohnraumsicherung Mittelland',
  org: 'Verbund Wohnhilfe Mittelland e. V.',
  street: 'Am Weidenufer 7',
  postal: '37081',
  city: 'Göttingen',
  phone: '0551 7702-90',
};

export type Bailiff = { key: string; title: string; name: string; court: CourtKey; street: string; postal: string; city: string; phone: string; hours: string; iban: string; reg: 'DR I' | 'DR II' };
export const BAILIFFS: Bailiff[] = [
  { key: 'gv-hannover-roesner', title: 'Obergerichtsvollzieher', name: 'Jens Rösner', court: 'hannover', street: 'Engelbosteler Damm-Hof 12', postal: '30167', city: 'Hannover', phone: '0511 7016692', hours: 'Di und Do 8.00 – 9.00 Uhr', iban: 'DE41 2505 0180 0077 3310 42', reg: 'DR II' },
  { key: 'gv-hannover-acar', title: 'Gerichtsvollzieherin', name: 'Derya Acar', court: 'hannover', street: 'Podbielski-Karree 3', postal: '30177', city: 'Hannover', phone: '0511 69832 51', hours: 'Mo 14–16 Uhr, Mi 8–9 Uhr', iban: 'DE07 2505 0180 0045 1877 09', reg: 'DR I' },
  { key: 'gv-braunschweig-lamprecht', title: 'Obergerichtsvollzieherin', name: 'Katrin Lamprecht', court: 'braunschweig', street: 'Wendenring-Passage 40', postal: '38114', city: 'Braunschweig', phone: '0531 2390 715', hours: 'Mittwoch 9–11 Uhr', iban: 'DE88 2505 0000 0152 7781 30', reg: 'DR II' },
  { key: 'gv-goettingen-vogt', title: 'Gerichtsvollzieher', name: 'Matthias Vogt', court: 'goettingen', street: 'Weender Tor-Gasse 4', postal: '37073', city: 'Göttingen', phone: '0551 48866-3', hours: 'Di 8.30–10.00 Uhr', iban: 'DE26 2605 0001 0061 4420 87', reg: 'DR II' },
  { key: 'gv-osnabrueck-terbrack', title: 'Obergerichtsvollzieher', name: 'Heiner ter Brack', court: 'osnabrueck', street: 'Johannisbogen 19', postal: '49074', city: 'Osnabrück', phone: '0541 580 2294', hours: 'Do 8–10 Uhr', iban: 'DE59 2655 0105 0001 8824 33', reg: 'DR I' },
  { key: 'gv-wiesbaden-hofmann', title: 'Gerichtsvollzieherin', name: 'Carolin Hofmann-Seitz', court: 'wiesbaden', street: 'Biebricher Hang 7', postal: '65203', city: 'Wiesbaden', phone: '0611 9450 381', hours: 'Mo, Mi 8–9 Uhr', iban: 'DE73 5105 0015 0107 7265 14', reg: 'DR II' },
  { key: 'gv-giessen-reuter', title: 'Obergerichtsvollzieher', name: 'Volker Reuter', court: 'giessen', street: 'Seltersweg-Hof 33', postal: '35390', city: 'Gießen', phone: '0641 97225-0', hours: 'Di 8–10 Uhr und nach Vereinbarung', iban: 'DE15 5135 0025 0205 0377 61', reg: 'DR II' },
  { key: 'gv-fulda-kress', title: 'Gerichtsvollzieherin', name: 'Anja Kress', court: 'fulda', street: 'Petersberger Hohl 22', postal: '36037', city: 'Fulda', phone: '0661 25048 70', hours: 'Do 14–16 Uhr', iban: 'DE62 5305 0180 0049 1163 05', reg: 'DR II' },
  { key: 'gv-erfurt-lindig', title: 'Obergerichtsvollzieher', name: 'Steffen Lindig', court: 'erfurt', street: 'Juri-Gagarin-Bogen 101', postal: '99084', city: 'Erfurt', phone: '0361 5612-448', hours: 'Mo 9–12 Uhr', iban: 'DE34 8205 1000 0163 2277 40', reg: 'DR II' },
  { key: 'gv-jena-mikolajczyk', title: 'Gerichtsvollzieherin', name: 'Beata Mikołajczyk', court: 'jena', street: 'Lobdeburggasse 9', postal: '07747', city: 'Jena', phone: '03641 33 91 06', hours: 'Dienstag 8–10 Uhr', iban: 'DE97 8305 3030 0018 5521 76', reg: 'DR I' },
];

export type Landlord = {
  key: string;
  name: string; // as printed (truth)
  person: boolean;
  salutation: string | null; // "Herr" / "Frau" for persons
  street: string;
  postal: string;
  city: string;
  phone: string;
  iban: string;
  courts: CourtKey[];
  style: 'company-a' | 'company-b' | 'company-c' | 'private';
};
export const LANDLORDS: Landlord[] = [
  { key: 'leinebogen', name: 'Leinebogen Wohnbau GmbH', person: false, salutation: null, street: 'Ihmeufer 58', postal: '30449', city: 'Hannover', phone: '0511 926640-0', iban: 'DE12 2505 0180 0900 4417 22', courts: ['hannover'], style: 'company-a' },
  { key: 'gwh-calenberg', name: 'Gemeinnützige Wohnungsgenossenschaft Calenberger Feld eG', person: false, salutation: null, street: 'Kötnerholzweg-Hof 5', postal: '30451', city: 'Hannover', phone: '0511 212377', iban: 'DE48 2519 0001 0611 2200 00', courts: ['hannover'], style: 'company-b' },
  { key: 'okerblick', name: 'Wohnungsgenossenschaft Okerblick eG', person: false, salutation: null, street: 'Am Wasserturm-Süd 2', postal: '38118', city: 'Braunschweig', phone: '0531 59031-0', iban: 'DE30 2505 0000 0002 8819 04', courts: ['braunschweig'], style: 'company-b' },
  { key: 'brunsviga', name: 'Brunsviga Immobilienverwaltung GmbH & Co. KG', person: false, salutation: null, street: 'Bohlweg-Arkaden 15', postal: '38100', city: 'Braunschweig', phone: '0531 124470', iban: 'DE66 2699 1066 0571 3320 00', courts: ['braunschweig', 'hannover'], style: 'company-c' },
  { key: 'leinetal', name: 'Leinetal Wohnen GmbH', person: false, salutation: null, street: 'Walkemühlenweg-Nord 3', postal: '37083', city: 'Göttingen', phone: '0551 63340-12', iban: 'DE85 2605 0001 0000 6613 39', courts: ['goettingen'], style: 'company-a' },
  { key: 'hasewohn', name: 'Hase-Wohnstätten AG', person: false, salutation: null, street: 'Rosenplatz-Passage 9', postal: '49074', city: 'Osnabrück', phone: '0541 33055-0', iban: 'DE11 2655 0105 0000 4499 28', courts: ['osnabrueck'], style: 'company-c' },
  { key: 'rheingauer', name: 'Rheingauer Hausbesitz GmbH', person: false, salutation: null, street: 'Wilhelminenbogen 24', postal: '65193', city: 'Wiesbaden', phone: '0611 5301980', iban: 'DE04 5105 0015 0115 8800 42', courts: ['wiesbaden'], style: 'company-a' },
  { key: 'taunusblick', name: 'Taunusblick Wohnungsgesellschaft mbH', person: false, salutation: null, street: 'Kastellgarten 1', postal: '65189', city: 'Wiesbaden', phone: '0611 4470-33', iban: 'DE52 5109 0000 0031 7720 05', courts: ['wiesbaden'], style: 'company-b' },
  { key: 'lahnau', name: 'Lahnauen Wohnbau GmbH', person: false, salutation: null, street: 'Neustädter Tor-Hof 6', postal: '35390', city: 'Gießen', phone: '0641 795440', iban: 'DE79 5135 0025 0200 3318 17', courts: ['giessen'], style: 'company-c' },
  { key: 'rhoen', name: 'Rhön-Haus Verwaltungs GmbH', person: false, salutation: null, street: 'Heinrichstraße-Hof 20', postal: '36037', city: 'Fulda', phone: '0661 480 2290', iban: 'DE21 5305 0180 0000 2277 51', courts: ['fulda'], style: 'company-a' },
  { key: 'kwg-erfurt', name: 'Kommunale Wohnstätten Gera-Flur eG', person: false, salutation: null, street: 'Domstufen-Nord 4', postal: '99084', city: 'Erfurt', phone: '0361 789040', iban: 'DE49 8205 1000 0130 0448 30', courts: ['erfurt'], style: 'company-b' },
  { key: 'thueringer', name: 'Thüringer Heimbau GmbH', person: false, salutation: null, street: 'Krämerbrücken-Gasse 11', postal: '99084', city: 'Erfurt', phone: '0361 56604-0', iban: 'DE67 8205 0000 0300 2241 99', courts: ['erfurt', 'jena'], style: 'company-c' },
  { key: 'saalewohnen', name: 'Saalewohnen Jena GmbH', person: false, salutation: null, street: 'Paradiesbogen 30', postal: '07743', city: 'Jena', phone: '03641 3622-0', iban: 'DE93 8305 3030 0000 7740 11', courts: ['jena'], style: 'company-a' },
  { key: 'p-luettmann', name: 'Gerhard Lüttmann', person: true, salutation: 'Herr', street: 'Am Lindener Berge-Weg 8', postal: '30449', city: 'Hannover', phone: '0511 441783', iban: 'DE38 2505 0180 0022 6611 70', courts: ['hannover'], style: 'private' },
  { key: 'p-kuehn', name: 'Dr. Ingrid Kühn-Absalon', person: true, salutation: 'Frau', street: 'Nikolausberger Hang 17', postal: '37077', city: 'Göttingen', phone: '0551 21903', iban: 'DE70 2605 0001 0040 0918 33', courts: ['goettingen'], style: 'private' },
  { key: 'p-demir', name: 'Mehmet Ali Demirtaş', person: true, salutation: 'Herr', street: 'Biebricher Allee-Hof 3', postal: '65187', city: 'Wiesbaden', phone: '0611 8409912', iban: 'DE17 5105 0015 0461 2280 04', courts: ['wiesbaden', 'giessen'], style: 'private' },
  { key: 'p-vonhagen', name: 'Eheleute Reinhild und Albrecht von Hagen', person: true, salutation: null, street: 'Wilhelmshöher Weg 40', postal: '36041', city: 'Fulda', phone: '0661 64218', iban: 'DE56 5305 0180 0040 7711 90', courts: ['fulda'], style: 'private' },
  { key: 'p-scholz', name: 'Hartmut Scholz', person: true, salutation: 'Herr', street: 'Am Katzenberg-Hof 2', postal: '49082', city: 'Osnabrück', phone: '0541 589440', iban: 'DE02 2655 0105 0051 9902 16', courts: ['osnabrueck'], style: 'private' },
  { key: 'p-wunderlich', name: 'Grit Wunderlich', person: true, salutation: 'Frau', street: 'Ziegenhainer Steig 6', postal: '07749', city: 'Jena', phone: '03641 827460', iban: 'DE91 8305 3030 0010 4422 07', courts: ['jena', 'erfurt'], style: 'private' },
  { key: 'ff-braunschweig', name: 'FF Wohnportfolio Nord GmbH', person: false, salutation: null, street: 'Hamburger Straße-Hof 270', postal: '38114', city: 'Braunschweig', phone: '0531 3804 100', iban: 'DE28 2505 0000 0199 4410 60', courts: ['braunschweig', 'goettingen'], style: 'company-a' },
];

export type Lawyer = { key: string; firm: string; lawyer: string; street: string; postal: string; city: string; phone: string; fax: string; iban: string; courts: CourtKey[] };
export const LAWYERS: Lawyer[] = [
  { key: 'ra-brandt', firm: 'Brandt & Oyelaran Rechtsanwälte', lawyer: 'Rechtsanwältin Tanja Brandt', street: 'Prinzenstraße-Hof 11', postal: '30159', city: 'Hannover', phone: '0511 3366 980', fax: '0511 3366 989', iban: 'DE63 2505 0180 0910 2281 44', courts: ['hannover', 'braunschweig'] },
  { key: 'ra-hellwig', firm: 'Kanzlei Hellwig · Miet- und WEG-Recht', lawyer: 'Rechtsanwalt Dr. Ulf Hellwig', street: 'Goetheallee-Hof 4', postal: '37073', city: 'Göttingen', phone: '0551 54840', fax: '0551 548422', iban: 'DE09 2605 0001 0056 0033 18', courts: ['goettingen', 'hannover'] },
  { key: 'ra-kampmann', firm: 'Kampmann Sievers Partnerschaft mbB', lawyer: 'Rechtsanwalt Jörg Kampmann', street: 'Neuer Graben-Passage 27', postal: '49074', city: 'Osnabrück', phone: '0541 9989 30', fax: '0541 9989 399', iban: 'DE44 2655 0105 1551 0702 00', courts: ['osnabrueck'] },
  { key: 'ra-wagner', firm: 'Wagner · Aydın · Pfaff Rechtsanwälte', lawyer: 'Rechtsanwältin Selin Aydın', street: 'Rheinbahnstraße-Hof 5', postal: '65185', city: 'Wiesbaden', phone: '0611 1879 40', fax: '0611 1879 444', iban: 'DE81 5105 0015 0100 9920 61', courts: ['wiesbaden', 'giessen', 'fulda'] },
  { key: 'ra-thiele', firm: 'Thiele & Partner Rechtsanwälte', lawyer: 'Rechtsanwalt Christoph Thiele', street: 'Anger-Hof 44', postal: '99084', city: 'Erfurt', phone: '0361 60155 0', fax: '0361 60155 55', iban: 'DE75 8205 1000 0600 7738 22', courts: ['erfurt', 'jena'] },
];

// ---------- people ----------
type Pool = { given: { m: string[]; f: string[] }; family: string[] };
export const NAME_POOLS: Record<string, Pool> = {
  german: { given: { m: ['Uwe', 'Sven', 'Marco', 'Dennis', 'Karl-Heinz', 'Jürgen', 'Kevin', 'Torsten', 'Hans-Peter', 'Björn'], f: ['Sabine', 'Jacqueline', 'Marie-Luise', 'Anja', 'Doreen', 'Ilse', 'Nadine', 'Gisela', 'Mandy', 'Sünje'] }, family: ['Krüger', 'Schäfer', 'Müller-Lüdenscheidt', 'Wöhler', 'Hoffmann', 'Baumgärtner', 'Köhler', 'Reinecke', 'Große-Brömer', 'Lemke', 'Ohlendorf', 'Weißgerber', 'Pfannkuch', 'Zöllner'] },
  turkish: { given: { m: ['Mehmet', 'Hüseyin', 'Emre', 'Oğuz', 'Serkan', 'İsmail', 'Yusuf'], f: ['Ayşe', 'Gülşen', 'Elif', 'Şükran', 'Hatice', 'Büşra', 'Derya'] }, family: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Kılıç', 'Doğan', 'Aydoğan', 'Güneş', 'Karakuş', 'Özdemir'] },
  polish: { given: { m: ['Paweł', 'Krzysztof', 'Łukasz', 'Wojciech', 'Tomasz'], f: ['Ewa', 'Małgorzata', 'Agnieszka', 'Józefa', 'Katarzyna'] }, family: ['Kowalczyk', 'Wiśniewski', 'Wójcik', 'Zieliński', 'Dąbrowska', 'Szczęsny', 'Grabowski', 'Nowicka'] },
  russian: { given: { m: ['Sergej', 'Oleksandr', 'Dmitrij', 'Wladimir', 'Andrij'], f: ['Olga', 'Tetjana', 'Swetlana', 'Natalija', 'Jelena'] }, family: ['Iwanow', 'Schewtschenko', 'Kusnezowa', 'Bondarenko', 'Petrenko', 'Smirnow', 'Hryhorenko'] },
  arabic: { given: { m: ['Mohammed', 'Ahmad', 'Khaled', 'Omar', 'Abdul Rahman'], f: ['Fatima', 'Rania', 'Amal', 'Hanan', 'Nour'] }, family: ['Al-Hassan', 'Haddad', 'El Khoury', 'Abu Zaid', 'Al Masri', 'Darwish', 'Khalil'] },
  syrian: { given: { m: ['Mahmoud', 'Hussam', 'Bashar'], f: ['Rasha', 'Lama', 'Yasmin'] }, family: ['Al-Ahmad', 'Hamwi', 'Shaabo', 'Al Halabi'] },
  kurdish: { given: { m: ['Rojhat', 'Dilovan', 'Berzan'], f: ['Zozan', 'Rojda', 'Berivan'] }, family: ['Ekinci', 'Baran', 'Zêbarî', 'Demhat'] },
  romanian: { given: { m: ['Ionuț', 'Florin', 'Mihai', 'Gheorghe'], f: ['Ioana', 'Mădălina', 'Florentina', 'Ștefania'] }, family: ['Popescu', 'Constantinescu', 'Țurcanu', 'Dumitrașcu', 'Stănescu'] },
  balkan: { given: { m: ['Dragan', 'Milan', 'Edin', 'Arben', 'Željko'], f: ['Jasmina', 'Mirela', 'Vesna', 'Ljiljana', 'Besa'] }, family: ['Petrović', 'Hodžić', 'Kovačević', 'Krasniqi', 'Jovanović', 'Begović'] },
  vietnamese: { given: { m: ['Văn Minh', 'Quang Huy', 'Đức Anh'], f: ['Thị Lan', 'Thu Hương', 'Ngọc Ánh'] }, family: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng'] },
  afghan: { given: { m: ['Ahmad Shah', 'Wahid', 'Farid', 'Nasir'], f: ['Mariam', 'Zarghuna', 'Parwana', 'Shabnam'] }, family: ['Rahimi', 'Sultani', 'Hashimi', 'Noorzai', 'Ahmadzai'] },
  eritrean: { given: { m: ['Tesfay', 'Yonas', 'Berhane', 'Mehari'], f: ['Selam', 'Mebrat', 'Senait', 'Almaz'] }, family: ['Ghebremedhin', 'Tesfamariam', 'Haile', 'Woldemichael', 'Kidane'] },
  other: { given: { m: ['Giuseppe', 'Jean-Pierre', 'Luís', 'Georgios'], f: ['Chiara', 'Ana Paula', 'Eleni', 'Marie-Claire'] }, family: ['Di Lorenzo', 'de Oliveira', 'van der Meulen', 'Papadopoulos', 'De Santis', 'da Costa'] },
};
export const POOL_WEIGHTS: [string, number][] = [
  ['german', 30], ['turkish', 12], ['polish', 8], ['russian', 8], ['arabic', 7], ['syrian', 5], ['kurdish', 4], ['romanian', 6], ['balkan', 6], ['vietnamese', 4], ['afghan', 4], ['eritrean', 3], ['other', 3],
];

export const STREETS = [
  'Kastanienweg', 'Am Lindenhang', 'Lerchenfeldstraße', 'Gartenstraße', 'Bertolt-Brecht-Straße', 'Auf dem Kampe', 'Mühlenstraße', 'Vogelsangweg', 'Hermann-Löns-Straße', 'Feldmarkring',
  'Kölner Straße', 'Im Sonnenwinkel', 'Ahornallee', 'Schillerplatz', 'Ringelnatzweg', 'Dr.-Ottmar-Kohler-Straße', 'Kiefernstraße', 'Am Bahndamm', 'Distelkamp', 'Wiesenstraße',
  'Hinter der Mauer', 'Rosa-Luxemburg-Straße', 'Breslauer Straße', 'Talstraße', 'Finkenschlag', 'Zum Steinbruch', 'Bergstraße', 'Birkenhof', 'Magdeburger Straße', 'Ulmenweg',
  'Karl-Marx-Allee', 'Pappelgrund', 'An der Ziegelei', 'Lessingstraße', 'Weidenkamp', 'Friedrich-Ebert-Ring', 'Am Hopfengarten', 'Tannenbergstraße', 'Auf der Brück', 'Nelkenweg',
  'Eichendorffstraße', 'Otto-Hahn-Straße', 'Schlesierweg', 'Am Wasserwerk', 'Marktgasse', 'Holunderstieg', 'Industriestraße', 'Sudetenstraße', 'Hainbuchenweg', 'Grüner Winkel',
];
export const ADDITIONS = ['2. OG links', '1. OG rechts', 'EG Mitte', '3. OG', 'Whg. 14', 'Dachgeschoss', 'Hinterhaus, 1. OG', 'Souterrain', '4. OG rechts', 'Whg. 7'];
