/**
 * Fixed tables. Court places, towns and postal codes are real; every person, firm, street,
 * house number, phone number, IBAN and file number is invented.
 */

export interface Office {
  key: string;
  name: string;
  dept: string[];
  street: string;
  plz: string;
  city: string;
  phone: string;
  design: 'jcBar' | 'jcPlain' | 'amtSerif';
  fam: string;
  kind: 'jobcenter' | 'sozialamt';
}

export interface Court {
  key: string;
  name: string;
  city: string;
  state: 'BE' | 'BB' | 'MV' | 'ST';
  street: string;
  plz: string;
  postbox: string;
  phone: string;
  fax: string;
  flatPlz: string[];
  depts: string[];
  rooms: string[];
  fam: string;
  notice: 'mono' | 'table' | 'prose' | 'numbered' | 'boxed' | 'labelled' | 'rules' | 'prose2' | 'labelled2';
  summons: 'box' | 'prose' | 'labelled' | 'table' | 'mono';
  judgment: 'classic' | 'mono' | 'modern';
  jobcenter: Office;
  sozialamt: Office;
  branch: { line: string; street: string; plz: string; city: string };
}

function jc(key: string, name: string, street: string, plz: string, city: string, phone: string, design: Office['design'], fam: string, dept: string[]): Office {
  return { key, name, street, plz, city, phone, design, fam, dept, kind: 'jobcenter' };
}
function sa(key: string, name: string, street: string, plz: string, city: string, phone: string, design: Office['design'], fam: string, dept: string[]): Office {
  return { key, name, street, plz, city, phone, design, fam, dept, kind: 'sozialamt' };
}

export const COURTS: Court[] = [
  {
    key: 'ag-neukoelln', name: 'Amtsgericht Neukölln', city: 'Berlin', state: 'BE', street: 'Rixdorfer Gerichtsweg 14', plz: '12043', postbox: 'Postfach 44 02 17, 12002 Berlin',
    phone: '030 90171-0', fax: '030 90171-444',
    flatPlz: ['12043', '12045', '12047', '12049', '12051', '12053', '12055', '12057', '12059', '12347', '12351', '12353', '12357', '12359'],
    depts: ['10', '14', '18', '21'], rooms: ['Saal 1.104', 'Saal 2.07', 'Raum 0.12', 'Saal 1.111'], fam: 'mono', notice: 'mono', summons: 'mono', judgment: 'mono',
    jobcenter: jc('jc-neukoelln', 'Jobcenter Berlin Neukölln', 'Sonnenallmende 120', '12055', 'Berlin', '030 5555 41-0', 'jcBar', 'lsans', ['Team 412 – Leistungen', 'Kosten der Unterkunft']),
    sozialamt: sa('ba-neukoelln', 'Bezirksamt Neukölln von Berlin', 'Karl-Grauert-Platz 2', '12043', 'Berlin', '030 90239-0', 'amtSerif', 'serif', ['Abteilung Soziales', 'Amt für Soziales – Soziale Wohnhilfe']),
    branch: { line: 'Regionalbüro Berlin-Süd', street: 'Weigandufer-Passage 3', plz: '12045', city: 'Berlin' },
  },
  {
    key: 'ag-lichtenberg', name: 'Amtsgericht Lichtenberg', city: 'Berlin', state: 'BE', street: 'Am Gerichtshain 3', plz: '10365', postbox: 'Postfach 35 02 81, 10345 Berlin',
    phone: '030 90253-0', fax: '030 90253-310',
    flatPlz: ['10315', '10317', '10318', '10319', '10365', '10367', '10369', '13053', '13055', '13057'],
    depts: ['3', '7', '11', '112'], rooms: ['Saal B 212', 'Saal A 018', 'Sitzungssaal 111'], fam: 'lsans', notice: 'table', summons: 'box', judgment: 'classic',
    jobcenter: jc('jc-lichtenberg', 'Jobcenter Berlin Lichtenberg', 'Gotlindestraßen-Höfe 9', '10365', 'Berlin', '030 5555 37-0', 'jcBar', 'lsans', ['Team 623', 'Leistungsgewährung']),
    sozialamt: sa('ba-lichtenberg', 'Bezirksamt Lichtenberg von Berlin', 'Alt-Friedrichsfelder Hof 1', '10315', 'Berlin', '030 90296-0', 'amtSerif', 'lserif', ['Amt für Soziales', 'Fachstelle Soziale Wohnhilfe']),
    branch: { line: 'Regionalbüro Berlin-Ost', street: 'Möllendorff-Höfe 5', plz: '10367', city: 'Berlin' },
  },
  {
    key: 'ag-spandau', name: 'Amtsgericht Spandau', city: 'Berlin', state: 'BE', street: 'Zitadellenblick 7', plz: '13597', postbox: 'Postfach 20 13 44, 13583 Berlin',
    phone: '030 90157-0', fax: '030 90157-9',
    flatPlz: ['13581', '13583', '13585', '13587', '13589', '13591', '13593', '13595', '13597', '13599'],
    depts: ['6', '9', '12'], rooms: ['Saal 2.21', 'Saal 1.03', 'Raum 208'], fam: 'serif', notice: 'prose', summons: 'prose', judgment: 'classic',
    jobcenter: jc('jc-spandau', 'Jobcenter Berlin Spandau', 'Havelländer Hof 4', '13585', 'Berlin', '030 5555 76-0', 'jcPlain', 'sans', ['Leistungsabteilung', 'Team Unterkunftskosten 5']),
    sozialamt: sa('ba-spandau', 'Bezirksamt Spandau von Berlin', 'Carl-Schurz-Passage 2', '13597', 'Berlin', '030 90279-0', 'amtSerif', 'serif', ['Abt. Soziales und Bürgerdienste', 'Soziale Wohnhilfe']),
    branch: { line: 'Regionalbüro Berlin-West', street: 'Lynarhof 11', plz: '13585', city: 'Berlin' },
  },
  {
    key: 'ag-pankow', name: 'Amtsgericht Pankow', city: 'Berlin', state: 'BE', street: 'Schlosspark-Allee 21', plz: '13187', postbox: 'Postfach 73 01 02, 13062 Berlin',
    phone: '030 90245-0', fax: '030 90245-111',
    flatPlz: ['13187', '13189', '13156', '13158', '13086', '13088', '13125', '13127', '13129'],
    depts: ['2', '4', '104'], rooms: ['Saal 11', 'Saal 14', 'Raum 209'], fam: 'cond', notice: 'boxed', summons: 'table', judgment: 'modern',
    jobcenter: jc('jc-pankow', 'Jobcenter Berlin Pankow', 'Storkower Bogen 35', '13189', 'Berlin', '030 5555 73-0', 'jcBar', 'cond', ['Team 713 Leistung', 'Bedarfe für Unterkunft und Heizung']),
    sozialamt: sa('ba-pankow', 'Bezirksamt Pankow von Berlin', 'Garbatyhof 4', '13187', 'Berlin', '030 90295-0', 'amtSerif', 'serif', ['Amt für Soziales', 'Soziale Wohnhilfe / Wohnungssicherung']),
    branch: { line: 'Regionalbüro Berlin-Nord', street: 'Florakiez 8', plz: '13187', city: 'Berlin' },
  },
  {
    key: 'ag-potsdam', name: 'Amtsgericht Potsdam', city: 'Potsdam', state: 'BB', street: 'Justizplatz 2', plz: '14467', postbox: 'Postfach 60 09 51, 14409 Potsdam',
    phone: '0331 2017-0', fax: '0331 2017-2290',
    flatPlz: ['14467', '14469', '14471', '14473', '14476', '14478', '14480', '14482'],
    depts: ['23', '29', '31'], rooms: ['Saal 204', 'Saal 017', 'Saal 310'], fam: 'lsans', notice: 'labelled', summons: 'labelled', judgment: 'modern',
    jobcenter: jc('jc-potsdam', 'Jobcenter Landeshauptstadt Potsdam', 'Horstweg-Passage 102', '14478', 'Potsdam', '0331 88 07-0', 'jcPlain', 'lsans', ['Leistungsbereich 2', 'Unterkunft und Heizung']),
    sozialamt: sa('sa-potsdam', 'Landeshauptstadt Potsdam', 'Friedrich-Ebert-Quartier 79', '14469', 'Potsdam', '0331 289-0', 'amtSerif', 'lserif', ['Fachbereich Soziales und Inklusion', 'Arbeitsgruppe Wohnungssicherung']),
    branch: { line: 'Regionalbüro Potsdam', street: 'Brandenburger Hof 6', plz: '14467', city: 'Potsdam' },
  },
  {
    key: 'ag-frankfurt-oder', name: 'Amtsgericht Frankfurt (Oder)', city: 'Frankfurt (Oder)', state: 'BB', street: 'Oderuferweg 55', plz: '15230', postbox: 'Postfach 11 63, 15201 Frankfurt (Oder)',
    phone: '0335 366-0', fax: '0335 366-199',
    flatPlz: ['15230', '15232', '15234', '15236'],
    depts: ['2', '4', '21'], rooms: ['Saal 1', 'Saal 3', 'Sitzungssaal 107'], fam: 'serif', notice: 'numbered', summons: 'box', judgment: 'classic',
    jobcenter: jc('jc-ffo', 'Jobcenter Frankfurt (Oder)', 'Heilbronner Hof 1', '15230', 'Frankfurt (Oder)', '0335 5 69 11-0', 'jcPlain', 'sans', ['Team Leistung 3', 'KdU-Sachbearbeitung']),
    sozialamt: sa('sa-ffo', 'Stadt Frankfurt (Oder)', 'Marktgassen-Eck 1', '15230', 'Frankfurt (Oder)', '0335 552-0', 'amtSerif', 'serif', ['Der Oberbürgermeister', 'Sozialamt – Sachgebiet Wohnungsnotfälle']),
    branch: { line: 'Regionalbüro Oderland', street: 'Lennépark-Zeile 4', plz: '15232', city: 'Frankfurt (Oder)' },
  },
  {
    key: 'ag-rostock', name: 'Amtsgericht Rostock', city: 'Rostock', state: 'MV', street: 'Warnowkai 13', plz: '18055', postbox: 'Postfach 10 41 11, 18006 Rostock',
    phone: '0381 4913-0', fax: '0381 4913-210',
    flatPlz: ['18055', '18057', '18059', '18069', '18106', '18107', '18109', '18146', '18147'],
    depts: ['47', '48', '51'], rooms: ['Saal 1.17', 'Saal 2.05', 'Saal 0.03'], fam: 'narrow', notice: 'rules', summons: 'table', judgment: 'modern',
    jobcenter: jc('jc-rostock', 'Jobcenter Rostock', 'Speicherstadt-Ring 6', '18055', 'Rostock', '0381 804-0', 'jcBar', 'narrow', ['Leistungsgewährung Team 25', 'Kosten der Unterkunft']),
    sozialamt: sa('sa-rostock', 'Hanse- und Universitätsstadt Rostock', 'Am Neuen Markt 3a', '18055', 'Rostock', '0381 381-0', 'amtSerif', 'lserif', ['Der Oberbürgermeister', 'Amt für Soziales und Teilhabe', 'Abteilung Wohnungssicherung']),
    branch: { line: 'Regionalbüro Rostock', street: 'Kabutzenhof-Gang 21', plz: '18057', city: 'Rostock' },
  },
  {
    key: 'ag-magdeburg', name: 'Amtsgericht Magdeburg', city: 'Magdeburg', state: 'ST', street: 'Domplatz-Terrassen 5', plz: '39104', postbox: 'Postfach 39 11 22, 39135 Magdeburg',
    phone: '0391 606-0', fax: '0391 606-6000',
    flatPlz: ['39104', '39106', '39108', '39110', '39112', '39114', '39116', '39118', '39120', '39122', '39124', '39126', '39128', '39130'],
    depts: ['150', '171', '123'], rooms: ['Saal A 3.01', 'Saal B 1.12', 'Saal C 0.08'], fam: 'sans', notice: 'prose2', summons: 'prose', judgment: 'classic',
    jobcenter: jc('jc-magdeburg', 'Jobcenter Landeshauptstadt Magdeburg', 'Elbuferpromenade 11', '39104', 'Magdeburg', '0391 2549-0', 'jcPlain', 'sans', ['Bereich Leistung', 'Team 33 – KdU']),
    sozialamt: sa('sa-magdeburg', 'Landeshauptstadt Magdeburg', 'Breiter-Weg-Passage 4', '39104', 'Magdeburg', '0391 540-0', 'amtSerif', 'serif', ['Sozial- und Wohnungsamt', 'Abt. Soziale Wohnraumhilfe']),
    branch: { line: 'Regionalbüro Magdeburg', street: 'Hasselbach-Höfe 2', plz: '39104', city: 'Magdeburg' },
  },
  {
    key: 'ag-halle', name: 'Amtsgericht Halle (Saale)', city: 'Halle (Saale)', state: 'ST', street: 'Saaleaue 16', plz: '06112', postbox: 'Postfach 11 01 23, 06015 Halle (Saale)',
    phone: '0345 220-0', fax: '0345 220-3333',
    flatPlz: ['06108', '06110', '06112', '06114', '06116', '06118', '06120', '06122', '06124', '06126', '06128', '06130', '06132'],
    depts: ['93', '102', '105'], rooms: ['Saal 115', 'Saal 207', 'Saal 3.12'], fam: 'lserif', notice: 'labelled2', summons: 'labelled', judgment: 'mono',
    jobcenter: jc('jc-halle', 'Jobcenter Halle (Saale)', 'Händelhof 8', '06108', 'Halle (Saale)', '0345 6878-0', 'jcBar', 'lsans', ['Team Leistung 14', 'Unterkunft/Heizung']),
    sozialamt: sa('sa-halle', 'Stadt Halle (Saale)', 'Marktschlösschen-Gasse 1', '06108', 'Halle (Saale)', '0345 221-0', 'amtSerif', 'lserif', ['Fachbereich Soziales', 'Team Wohnungssicherung']),
    branch: { line: 'Regionalbüro Saale', street: 'Moritzburg-Zeile 9', plz: '06108', city: 'Halle (Saale)' },
  },
];

export const FACHSTELLE = 'Verbund Nordost – Fachstelle Wohnraumsicherung';

export interface Bailiff {
  key: string;
  court: string; // court key
  title: string; // Gerichtsvollzieherin / Obergerichtsvollzieher
  name: string;
  street: string;
  plz: string;
  city: string;
  phone: string;
  iban: string;
  register: 'I' | 'II' | 'III';
  design: 'gvLetter' | 'gvForm' | 'gvShort';
  fam: string;
  hours: string;
}

export const BAILIFFS: Bailiff[] = [
  { key: 'gv-neukoelln', court: 'ag-neukoelln', title: 'Obergerichtsvollzieherin', name: 'Sabine Lehmkuhl', street: 'Hermannsplatz-Arkaden 2', plz: '12051', city: 'Berlin', phone: '030 6212 4470', iban: 'DE41 1005 0000 0190 4477 31', register: 'II', design: 'gvLetter', fam: 'lsans', hours: 'Sprechzeiten: Di 8–9 Uhr, Do 8–9 Uhr' },
  { key: 'gv-lichtenberg', court: 'ag-lichtenberg', title: 'Gerichtsvollzieher', name: 'Ralf Szymaniak', street: 'Frankfurter Bogen 210', plz: '10365', city: 'Berlin', phone: '030 5577 1029', iban: 'DE78 1209 6597 0004 5520 18', register: 'I', design: 'gvForm', fam: 'cond', hours: 'Geschäftszimmer: Mo–Do 9–12 Uhr' },
  { key: 'gv-spandau', court: 'ag-spandau', title: 'Obergerichtsvollzieher', name: 'Uwe Jahnke-Brettschneider', street: 'Klosterfeld-Ufer 5', plz: '13587', city: 'Berlin', phone: '030 3350 9912', iban: 'DE60 1001 0010 0912 3360 17', register: 'II', design: 'gvShort', fam: 'serif', hours: 'Sprechstunde Mittwoch 7.30 – 8.30 Uhr' },
  { key: 'gv-pankow', court: 'ag-pankow', title: 'Gerichtsvollzieherin', name: 'Nadine Okafor', street: 'Wollank-Passage 19', plz: '13187', city: 'Berlin', phone: '030 4799 0314', iban: 'DE22 1203 0000 1066 4120 55', register: 'II', design: 'gvForm', fam: 'sans', hours: 'Bürozeiten Mo, Mi, Fr 8:00–10:00' },
  { key: 'gv-potsdam', court: 'ag-potsdam', title: 'Obergerichtsvollzieher', name: 'Henning Brauckmann', street: 'Zeppelinhof 14', plz: '14471', city: 'Potsdam', phone: '0331 9513 660', iban: 'DE53 1605 0000 3500 9917 20', register: 'I', design: 'gvLetter', fam: 'serif', hours: 'Sprechzeit: Dienstag 8–10 Uhr' },
  { key: 'gv-ffo', court: 'ag-frankfurt-oder', title: 'Gerichtsvollzieherin', name: 'Marzena Bielecka', street: 'Halbe-Stadt-Weg 3', plz: '15230', city: 'Frankfurt (Oder)', phone: '0335 6802 771', iban: 'DE15 1705 5050 3200 8812 04', register: 'II', design: 'gvShort', fam: 'lsans', hours: 'Sprechzeit Do 8.00–9.00 Uhr' },
  { key: 'gv-rostock', court: 'ag-rostock', title: 'Obergerichtsvollzieher', name: 'Jens-Uwe Kröplin', street: 'Lange Twiete 40', plz: '18055', city: 'Rostock', phone: '0381 2039 448', iban: 'DE91 1305 0000 0201 7733 46', register: 'III', design: 'gvLetter', fam: 'narrow', hours: 'Sprechzeiten Mo 13–15 Uhr, Do 8–9 Uhr' },
  { key: 'gv-magdeburg', court: 'ag-magdeburg', title: 'Gerichtsvollzieherin', name: 'Katrin Wendelborn', street: 'Olvenstedter Tor 12', plz: '39108', city: 'Magdeburg', phone: '0391 7318 226', iban: 'DE37 8105 3272 0641 0092 88', register: 'I', design: 'gvForm', fam: 'lserif', hours: 'Geschäftszeiten Di + Do 8–11 Uhr' },
  { key: 'gv-halle', court: 'ag-halle', title: 'Obergerichtsvollzieher', name: 'Tilo Gerbeth', street: 'Reileck-Hof 6', plz: '06114', city: 'Halle (Saale)', phone: '0345 5122 980', iban: 'DE02 8005 3762 1894 0211 33', register: 'II', design: 'gvShort', fam: 'mono', hours: 'Sprechtag: Montag 8–10 Uhr' },
];

export interface Landlord {
  key: string;
  name: string; // as printed (truth)
  kind: 'company' | 'person' | 'coop' | 'community';
  rep: string | null; // "vertreten durch ..."
  co: string | null;
  street: string;
  plz: string;
  city: string;
  phone: string;
  iban: string;
  design: 'corpTable' | 'coopBox' | 'privateLetter' | 'hvBar';
  fam: string;
  states: Court['state'][];
  signer: string;
}

export const LANDLORDS: Landlord[] = [
  { key: 'spreeblick', name: 'Wohnungsbaugesellschaft Spreeblick mbH', kind: 'company', rep: 'vertreten durch die Geschäftsführer Dr. Arne Völz und Petra Ciesielski', co: null, street: 'Uferpromenade 40', plz: '10243', city: 'Berlin', phone: '030 2936 500', iban: 'DE89 1001 0010 0987 6543 21', design: 'corpTable', fam: 'lsans', states: ['BE'], signer: 'Forderungsmanagement, i. A. K. Zühlke' },
  { key: 'kiezhaus', name: 'Kiezhaus Immobilien GmbH & Co. KG', kind: 'company', rep: 'vertreten durch die Kiezhaus Verwaltungs GmbH, diese vertreten durch den Geschäftsführer Malte Sörensen', co: null, street: 'Kurfürsten-Karree 88', plz: '10785', city: 'Berlin', phone: '030 8866 120', iban: 'DE27 1007 0000 0444 1188 00', design: 'hvBar', fam: 'cond', states: ['BE'], signer: 'Mietbuchhaltung · i. V. Jana Plötz' },
  { key: 'grundwert', name: 'Grundwert Nordost Wohnen AG', kind: 'company', rep: 'vertreten durch den Vorstand', co: null, street: 'Am Stralauer Kai 12', plz: '10245', city: 'Berlin', phone: '030 7789 20', iban: 'DE64 1203 0000 1020 3344 55', design: 'corpTable', fam: 'sans', states: ['BE', 'BB'], signer: 'Kundenservice Mietkonten' },
  { key: 'hoffmann', name: 'Dieter Hoffmann', kind: 'person', rep: null, co: null, street: 'Kiefernheide 7', plz: '14532', city: 'Kleinmachnow', phone: '033203 7 11 90', iban: 'DE12 1605 0000 1000 7788 21', design: 'privateLetter', fam: 'lserif', states: ['BB', 'BE'], signer: 'Dieter Hoffmann' },
  { key: 'havelland', name: 'Havelland Wohnen GmbH', kind: 'company', rep: 'vertreten durch die Geschäftsführerin Ulrike Dannenberg', co: null, street: 'Schiffbauergasse-Ufer 3', plz: '14467', city: 'Potsdam', phone: '0331 7407 0', iban: 'DE55 1605 0000 3521 0047 11', design: 'hvBar', fam: 'lsans', states: ['BB'], signer: 'Team Mieterkonten' },
  { key: 'oderblick', name: 'Wohnungsgenossenschaft Oderblick eG', kind: 'coop', rep: 'vertreten durch den Vorstand Bernd Kaluza und Sylvia Matern', co: null, street: 'Genossenschaftsweg 2', plz: '15232', city: 'Frankfurt (Oder)', phone: '0335 5 40 77-0', iban: 'DE70 1705 5050 1100 2200 33', design: 'coopBox', fam: 'serif', states: ['BB'], signer: 'Vorstand / Mitgliederservice' },
  { key: 'warnow', name: 'Warnow-Wohnungsbaugenossenschaft eG', kind: 'coop', rep: 'vertreten durch den Vorstand', co: null, street: 'Am Holzhafen 9', plz: '18055', city: 'Rostock', phone: '0381 45 60 70', iban: 'DE31 1305 0000 0400 1212 99', design: 'coopBox', fam: 'narrow', states: ['MV'], signer: 'Abteilung Mitgliederbetreuung' },
  { key: 'ostseehaus', name: 'Ostseehaus Verwaltungs- und Vermietungs GmbH', kind: 'company', rep: 'vertreten durch den Geschäftsführer Torsten Priebe', co: null, street: 'Strandstraßen-Höfe 4', plz: '18057', city: 'Rostock', phone: '0381 3377 480', iban: 'DE08 1305 0000 0205 6611 22', design: 'corpTable', fam: 'lsans', states: ['MV'], signer: 'Forderungsmanagement' },
  { key: 'elbwohnen', name: 'Elbstadt Wohnen GmbH', kind: 'company', rep: 'vertreten durch die Geschäftsführung', co: null, street: 'Ulrichsplatz-Bogen 1', plz: '39104', city: 'Magdeburg', phone: '0391 5988 30', iban: 'DE19 8105 3272 0005 5544 10', design: 'hvBar', fam: 'sans', states: ['ST'], signer: 'Mietenbuchhaltung' },
  { key: 'kruegererben', name: 'Erbengemeinschaft Krüger', kind: 'community', rep: 'bestehend aus Gisela Krüger und Frank Krüger', co: 'c/o Hausverwaltung Brehmer & Söhne', street: 'Reichardtstraßen-Hof 22', plz: '06114', city: 'Halle (Saale)', phone: '0345 2023 415', iban: 'DE44 8005 3762 0380 1190 02', design: 'privateLetter', fam: 'lserif', states: ['ST'], signer: 'Hausverwaltung Brehmer & Söhne' },
  { key: 'saalewohnbau', name: 'Saale-Wohnbau GmbH', kind: 'company', rep: 'vertreten durch den Geschäftsführer Dipl.-Kfm. Lutz Hagedorn', co: null, street: 'Am Gimritzer Damm-Ufer 30', plz: '06122', city: 'Halle (Saale)', phone: '0345 6911 00', iban: 'DE66 8005 3762 0700 4411 87', design: 'corpTable', fam: 'lsans', states: ['ST'], signer: 'Abteilung Forderungen' },
  { key: 'behrens-gbr', name: 'Grundstücksgemeinschaft Behrens/Tannhäuser GbR', kind: 'community', rep: 'vertreten durch die Gesellschafter Jörg Behrens und Anja Tannhäuser', co: null, street: 'Rüdesheimer Winkel 3', plz: '14197', city: 'Berlin', phone: '030 8213 778', iban: 'DE03 1001 0010 0633 2200 19', design: 'privateLetter', fam: 'serif', states: ['BE', 'BB'], signer: 'Jörg Behrens' },
];

export interface Lawyer {
  key: string;
  firm: string;
  lawyers: string[];
  street: string;
  plz: string;
  city: string;
  phone: string;
  fax: string;
  fam: string;
  states: Court['state'][];
}

export const LAWYERS: Lawyer[] = [
  { key: 'brandt', firm: 'Brandt & Okonkwo Rechtsanwälte PartGmbB', lawyers: ['Rechtsanwalt Dr. Felix Brandt', 'Rechtsanwältin Chiamaka Okonkwo'], street: 'Kantstraßen-Galerie 150', plz: '10623', city: 'Berlin', phone: '030 3180 4420', fax: '030 3180 4429', fam: 'serif', states: ['BE', 'BB'] },
  { key: 'lindqvist', firm: 'Kanzlei Lindqvist · Mietrecht', lawyers: ['Rechtsanwältin Maren Lindqvist', 'Fachanwältin für Miet- und WEG-Recht'], street: 'Bahnhofsvorplatz-Haus 2', plz: '14467', city: 'Potsdam', phone: '0331 2011 880', fax: '0331 2011 889', fam: 'lsans', states: ['BB', 'BE'] },
  { key: 'wernicke', firm: 'Wernicke, Hahn & Partner Rechtsanwälte', lawyers: ['RA Christoph Wernicke', 'RAin Doreen Hahn'], street: 'Kröpeliner Tor-Haus 5', plz: '18055', city: 'Rostock', phone: '0381 4900 310', fax: '0381 4900 319', fam: 'lserif', states: ['MV'] },
  { key: 'gaertner', firm: 'Rechtsanwälte Gärtner & Yıldız', lawyers: ['Rechtsanwalt Tobias Gärtner', 'Rechtsanwältin Elif Yıldız'], street: 'Hallesche Passage 17', plz: '39104', city: 'Magdeburg', phone: '0391 5630 990', fax: '0391 5630 999', fam: 'sans', states: ['ST'] },
];

export interface Origin {
  key: string;
  surnames: string[];
  female: string[];
  male: string[];
  /** Vietnamese: family name is printed first in the source, we keep given-first in truth */
  weight: number;
}

export const ORIGINS: Origin[] = [
  { key: 'de', weight: 6, surnames: ['Krüger', 'Schulze', 'Wendt', 'Lehmann', 'Rößler', 'Hübner', 'Pätzold', 'Grabowski', 'Schröder-Bahr', 'Köhler', 'von der Heyde', 'Naumann', 'Wöhlert', 'Böttcher', 'Ziegenhagen', 'Meißner', 'Dähne', 'Kühn'], female: ['Sabine', 'Jacqueline', 'Manuela', 'Ines', 'Anke', 'Marie-Luise', 'Cindy', 'Doreen', 'Mandy', 'Jessica', 'Birgit'], male: ['Thomas', 'Marcel', 'Kevin', 'Jörg', 'Karl-Heinz', 'René', 'Steffen', 'Mario', 'Dennis', 'Uwe'] },
  { key: 'tr', weight: 3, surnames: ['Yılmaz', 'Öztürk', 'Çelik', 'Doğan', 'Arslan', 'Kılıç', 'Aydın', 'Şahin', 'Güneş', 'Karataş'], female: ['Ayşe', 'Fatma', 'Gülşen', 'Ümran', 'Şükran', 'Elif', 'Hülya', 'Derya'], male: ['Mehmet', 'Hüseyin', 'Emre', 'Şükrü', 'İbrahim', 'Oğuz', 'Cengiz', 'Murat'] },
  { key: 'pl', weight: 2, surnames: ['Kowalczyk', 'Wiśniewski', 'Żółkiewski', 'Szczęsny', 'Wróbel', 'Dąbrowski', 'Grzelak', 'Łukaszewicz'], female: ['Ewa', 'Małgorzata', 'Agnieszka', 'Katarzyna', 'Bożena', 'Joanna'], male: ['Łukasz', 'Paweł', 'Krzysztof', 'Grzegorz', 'Wojciech', 'Tomasz'] },
  { key: 'ru', weight: 3, surnames: ['Kovalenko', 'Shevchenko', 'Iwanow', 'Kusnezow', 'Bondarenko', 'Petrow', 'Melnyk', 'Tkachenko', 'Sokolow', 'Hrytsenko'], female: ['Olena', 'Tatjana', 'Oksana', 'Swetlana', 'Iryna', 'Natalija', 'Julija'], male: ['Dmytro', 'Sergej', 'Wladimir', 'Andrij', 'Oleksandr', 'Jewgeni', 'Mykola'] },
  { key: 'ar', weight: 3, surnames: ['Al-Hassan', 'Abou Zeid', 'El Khatib', 'Haddad', 'Al-Masri', 'Darwish', 'Ben Salah', 'Al Ahmad', 'Khalil'], female: ['Fatima', 'Rania', 'Amal', 'Nour', 'Hala', 'Lina', 'Yasmin'], male: ['Mohammed', 'Ahmad', 'Khaled', 'Youssef', 'Omar', 'Bilal', 'Tarek'] },
  { key: 'ro', weight: 2, surnames: ['Popescu', 'Dumitrescu', 'Constantinescu', 'Rădulescu', 'Ionescu', 'Stănescu', 'Moldovan'], female: ['Mihaela', 'Ioana', 'Andreea', 'Florentina', 'Alexandra'], male: ['Ionuț', 'Ștefan', 'Florin', 'Gheorghe', 'Marius', 'Bogdan'] },
  { key: 'yu', weight: 2, surnames: ['Jovanović', 'Hadžić', 'Kovačević', 'Đorđević', 'Begić', 'Petrović', 'Mehmedović', 'Krasniqi'], female: ['Amra', 'Mirela', 'Jelena', 'Emina', 'Vesna', 'Arta'], male: ['Dragan', 'Nikola', 'Edin', 'Goran', 'Besnik', 'Dževad'] },
  { key: 'vn', weight: 1, surnames: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng'], female: ['Thị Lan', 'Thu Hà', 'Thị Mai', 'Ngọc Anh'], male: ['Văn Minh', 'Đức Anh', 'Quang Huy', 'Văn Tùng'] },
  { key: 'af', weight: 2, surnames: ['Rahimi', 'Noori', 'Ahmadzai', 'Hakimi', 'Sultani', 'Karimi', 'Mohammadi'], female: ['Zarghuna', 'Mursal', 'Farida', 'Mariam', 'Shabnam'], male: ['Ahmad Shah', 'Farid', 'Mohammad Nasir', 'Jawad', 'Sayed Ali'] },
  { key: 'er', weight: 1, surnames: ['Tesfay', 'Gebremedhin', 'Tekle', 'Berhane', 'Habte', 'Kidane'], female: ['Selam', 'Helen', 'Saba', 'Luwam', 'Yordanos'], male: ['Yonas', 'Awet', 'Filmon', 'Dawit', 'Henok'] },
  { key: 'it', weight: 1, surnames: ['Di Stefano', 'De Luca', 'da Silva Pereira', 'van der Meulen', 'de Oliveira'], female: ['Giulia', 'Ana Paula', 'Chiara', 'Marieke'], male: ['Salvatore', 'João', 'Luca', 'Pieter'] },
];

/** invented street names, written out */
export const STREETS: string[] = [
  'Kastanienstraße', 'Birkenhainer Straße', 'Holunderweg', 'Am Mühlenteich', 'Tannenhofer Allee', 'Brunnenwiesenstraße', 'Fliederhof', 'Kranichsteig', 'Falkenberger Ring',
  'Lerchenfeldstraße', 'Auf dem Anger', 'Bernsteinweg', 'Ankerplatz', 'Dünenstraße', 'Heidekrautring', 'Elsterwinkel', 'Zum Fährhaus', 'Ida-Pfeiffer-Ring',
  'Dr.-Emil-Wanzka-Straße', 'Hedwig-Brodersen-Straße', 'Schwalbenstraße', 'Am Weinbergshang', 'Glockenblumenweg', 'Kiefernheider Straße', 'Ottilie-Baader-Straße',
  'Wilhelm-Kasprzak-Allee', 'Sanddornweg', 'Lindenhofer Straße', 'Am Schleusengraben', 'Mittelstraße', 'Rosenfelder Ring', 'Uferstraße', 'Pappelallee-Nord',
  'Karl-Friedrich-Teske-Straße', 'Beim Alten Wasserturm', 'Wiesengrund', 'Eichkampstraße', 'Hagebuttenweg', 'Seidelbaststraße', 'Margarete-Lenz-Weg',
];

export const ADDITIONS: string[] = ['2. OG links', 'Vorderhaus, 3. OG rechts', 'Seitenflügel, EG', 'Whg. 14', '1. OG Mitte', 'Aufgang B, 4. OG', 'Hinterhaus, 2. OG', 'DG rechts', 'Whg. 7, 1. OG'];
