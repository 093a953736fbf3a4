/** The fixed senders of this source: courts (grouped by court software family), bailiffs, landlords, authorities. */

export type Family = 'by' | 'east' | 'bebb' | 'obk';

export interface Town {
  city: string;
  zips: string[];
  streets: string[];
}

export interface Court {
  key: string;
  place: string; // printed after "Amtsgericht"
  family: Family;
  street: string;
  zip: string;
  city: string;
  pobox: string | null;
  phone: string;
  depts: number[];
  serialMax: number;
  rooms: string[];
  towns: Town[];
  bailiff: string | null;
}

const S = (s: string): string[] => s.split('|');

export const COURTS: Court[] = [
  { key: 'ag-muenchen', place: 'München', family: 'by', street: 'Lerchenauer Hof 11', zip: '80097', city: 'München', pobox: 'Postfach 20 04 17', phone: '089 5597-0',
    depts: [411, 424, 432, 453, 461], serialMax: 29999, rooms: ['Sitzungssaal A 2.14', 'Sitzungssaal B 1.07', 'Saal 0.21 (Erdgeschoss)'], bailiff: 'gv-muenchen',
    towns: [
      { city: 'München', zips: ['80687', '80993', '81549', '81737', '80939', '81241'], streets: S('Fürstenrieder Straße|Hanauer Straße|Albert-Roßhaupter-Straße|Quiddestraße|Feldmochinger Straße|Schleißheimer Straße|Am Hasenbergl|Neuperlacher Ring|Kafkastraße|Dr.-Hans-Böckler-Weg') },
    ] },
  { key: 'ag-nuernberg', place: 'Nürnberg', family: 'by', street: 'Fürther Tor 4', zip: '90429', city: 'Nürnberg', pobox: null, phone: '0911 3214-0',
    depts: [14, 19, 23, 27], serialMax: 9999, rooms: ['Saal 118', 'Saal 2.22 / 2. Stock', 'Sitzungssaal 36'], bailiff: null,
    towns: [
      { city: 'Nürnberg', zips: ['90439', '90473', '90441', '90478', '90431'], streets: S('Schweinauer Hauptstraße|Gibitzenhofstraße|Langwasser Ring|Dianastraße|Allersberger Straße|Am Wetzendorfer Anger|Sigmundstraße') },
      { city: 'Fürth', zips: ['90763'], streets: S('Schwabacher Straße|Hirschenstraße') },
    ] },
  { key: 'ag-leipzig', place: 'Leipzig', family: 'east', street: 'Brühlgasse 20', zip: '04107', city: 'Leipzig', pobox: 'PF 10 09 64', phone: '0341 4967-0',
    depts: [101, 106, 112, 118, 163], serialMax: 9999, rooms: ['Saal 104', 'Saal 2.017', 'Saal 241, II. Etage'], bailiff: 'gv-leipzig',
    towns: [
      { city: 'Leipzig', zips: ['04315', '04347', '04209', '04177', '04179', '04318'], streets: S('Eisenbahnstraße|Hermann-Liebmann-Straße|Stuttgarter Allee|Karl-Heine-Straße|Georg-Schwarz-Straße|Mannheimer Straße|Zum Wäldchen|An der Kotsche|Am Kirschberg') },
    ] },
  { key: 'ag-dresden', place: 'Dresden', family: 'east', street: 'Elbuferweg 2', zip: '01097', city: 'Dresden', pobox: 'Postfach 12 07 54', phone: '0351 4467-0',
    depts: [142, 145, 148, 151], serialMax: 9999, rooms: ['Sitzungssaal 2.09 (2. OG)', 'Saal E.12', 'Saal 1.33'], bailiff: null,
    towns: [
      { city: 'Dresden', zips: ['01139', '01239', '01309', '01159', '01169'], streets: S('Großenhainer Straße|Prohliser Allee|Bodenbacher Straße|Kesselsdorfer Straße|Gorbitzer Straße|Am Koitschgraben|Leipziger Straße') },
      { city: 'Radebeul', zips: ['01445'], streets: S('Meißner Straße|Am Kreyernweg') },
    ] },
  { key: 'ag-erfurt', place: 'Erfurt', family: 'east', street: 'Rudolstädter Weg 3', zip: '99094', city: 'Erfurt', pobox: null, phone: '0361 3776-0',
    depts: [5, 8, 11, 14], serialMax: 2999, rooms: ['Raum 1.203', 'Saal 6', 'Raum 2.110'], bailiff: null,
    towns: [
      { city: 'Erfurt', zips: ['99084', '99089', '99091', '99099'], streets: S('Moskauer Platz|Rieth-Straße|Berliner Straße|Am Drosselberg|Magdeburger Allee|Warschauer Straße|Juri-Gagarin-Ring') },
    ] },
  { key: 'ag-lichtenberg', place: 'Lichtenberg', family: 'bebb', street: 'Rummelsburger Ufer 88', zip: '10365', city: 'Berlin', pobox: null, phone: '030 90253-0',
    depts: [6, 10, 13, 19], serialMax: 1999, rooms: ['Saal 002', 'Saal 118, 1. OG', 'Saal 206'], bailiff: 'gv-lichtenberg',
    towns: [
      { city: 'Berlin', zips: ['10365', '10367', '13053', '13055', '10315', '10318'], streets: S('Frankfurter Allee|Weitlingstraße|Möllendorffstraße|Hohenschönhauser Straße|Am Berl|Sewanstraße|Rummelsburger Straße|Dolgenseestraße') },
    ] },
  { key: 'ag-neukoelln', place: 'Neukölln', family: 'bebb', street: 'Britzer Damm 142', zip: '12347', city: 'Berlin', pobox: null, phone: '030 90193-0',
    depts: [3, 9, 14, 17], serialMax: 1999, rooms: ['Saal 203', 'Saal A 1.12', 'Saal 014'], bailiff: null,
    towns: [
      { city: 'Berlin', zips: ['12043', '12047', '12049', '12057', '12351', '12353'], streets: S('Sonnenallee|Karl-Marx-Straße|Hermannstraße|Weserstraße|Wutzkyallee|Fritz-Erler-Allee|Lipschitzallee|Thiemannstraße') },
    ] },
  { key: 'ag-potsdam', place: 'Potsdam', family: 'bebb', street: 'Havelblick 5', zip: '14467', city: 'Potsdam', pobox: 'Postfach 60 09 51', phone: '0331 2017-0',
    depts: [20, 23, 26, 29], serialMax: 1999, rooms: ['Saal 3, Erdgeschoss', 'Saal 217', 'Saal 1.08'], bailiff: null,
    towns: [
      { city: 'Potsdam', zips: ['14480', '14478', '14469'], streets: S('Zum Teich|Am Schlaatz|Galileistraße|Sternstraße|Hans-Marchwitza-Ring|Kiepenheuerallee') },
      { city: 'Werder (Havel)', zips: ['14542'], streets: S('Eisenbahnstraße|Unter den Linden') },
    ] },
  { key: 'ag-gummersbach', place: 'Gummersbach', family: 'obk', street: 'Moltkestraße 72', zip: '51643', city: 'Gummersbach', pobox: 'Postfach 10 02 61', phone: '02261 8114-0',
    depts: [1, 12, 14, 16], serialMax: 999, rooms: ['Sitzungssaal 12, 1. OG', 'Saal 2', 'Saal 108'], bailiff: 'gv-gummersbach',
    towns: [
      { city: 'Gummersbach', zips: ['51643', '51645', '51647'], streets: S('Kölner Straße|Hindenburgstraße|Vollmerhauser Straße|Dieringhauser Straße|Am Sonnenhang|Auf der Brück|Steinmüllerallee|Hohe Straße') },
      { city: 'Bergneustadt', zips: ['51702'], streets: S('Kölner Straße|Othestraße|Talstraße|Am Knollen') },
      { city: 'Engelskirchen', zips: ['51766'], streets: S('Hauptstraße|Engels-Platz|Leppestraße|Im Bruch') },
      { city: 'Wiehl', zips: ['51674'], streets: S('Hauptstraße|Bielsteiner Straße|Weiherplatz|Am Mühlenberg') },
      { city: 'Marienheide', zips: ['51709'], streets: S('Hauptstraße|Landwehrstraße|Leppestraße') },
    ] },
  { key: 'ag-wipperfuerth', place: 'Wipperfürth', family: 'obk', street: 'Am Wipperufer 4', zip: '51688', city: 'Wipperfürth', pobox: null, phone: '02267 8801-0',
    depts: [1, 2, 9], serialMax: 599, rooms: ['Saal 1', 'Sitzungssaal 1.04', 'Saal 3 (Anbau)'], bailiff: null,
    towns: [
      { city: 'Wipperfürth', zips: ['51688'], streets: S('Lüdenscheider Straße|Hochstraße|Untere Straße|Gaulstraße') },
      { city: 'Hückeswagen', zips: ['42499'], streets: S('Bahnhofstraße|Islandstraße|Goethestraße|Weierbachblick') },
      { city: 'Radevormwald', zips: ['42477'], streets: S('Kaiserstraße|Elberfelder Straße|Am Kreuz|Carl-Diem-Straße') },
      { city: 'Lindlar', zips: ['51789'], streets: S('Kölner Straße|Hauptstraße|Am Rübenkamp') },
    ] },
  { key: 'ag-waldbroel', place: 'Waldbröl', family: 'obk', street: 'Gerichtsweg 9', zip: '51545', city: 'Waldbröl', pobox: null, phone: '02291 7902-0',
    depts: [3, 5, 7], serialMax: 599, rooms: ['Saal 2 (Nebengebäude)', 'Sitzungssaal 1', 'Saal 104, 1. Obergeschoss'], bailiff: 'gv-waldbroel',
    towns: [
      { city: 'Waldbröl', zips: ['51545'], streets: S('Kaiserstraße|Vennstraße|Wiedenhof|Hochstraße|Dr.-Otto-Kohlhaas-Straße') },
      { city: 'Morsbach', zips: ['51597'], streets: S('Waldbröler Straße|Bahnhofstraße|Zum Burgberg') },
      { city: 'Nümbrecht', zips: ['51588'], streets: S('Hauptstraße|Lindchenweg|Im Homburger Land') },
      { city: 'Reichshof', zips: ['51580'], streets: S('Hauptstraße|Denklinger Straße|Eckenhagener Straße') },
    ] },
];

export interface Bailiff {
  key: string;
  court: string; // court key
  name: string;
  title: string; // as printed
  street: string;
  zip: string;
  city: string;
  phone: string;
  hours: string;
  roman: 'I' | 'II';
  layout: 'gv-by' | 'gv-east' | 'gv-berlin' | 'gv-obk';
}

export const BAILIFFS: Bailiff[] = [
  { key: 'gv-muenchen', court: 'ag-muenchen', name: 'Florian Irlbacher', title: 'Obergerichtsvollzieher', street: 'Tegernseer Landstraße 301', zip: '81549', city: 'München', phone: '089 6914473', hours: 'Di und Do 8:00 – 9:00 Uhr', roman: 'II', layout: 'gv-by' },
  { key: 'gv-leipzig', court: 'ag-leipzig', name: 'Kerstin Rauschenbach', title: 'Obergerichtsvollzieherin', street: 'Wurzner Straße 154', zip: '04318', city: 'Leipzig', phone: '0341 2419937', hours: 'Mo 8–10 Uhr, Mi 14–16 Uhr', roman: 'II', layout: 'gv-east' },
  { key: 'gv-lichtenberg', court: 'ag-lichtenberg', name: 'Derya Oktay-Brandt', title: 'Gerichtsvollzieherin', street: 'Möllendorffstraße 40', zip: '10367', city: 'Berlin', phone: '030 55493120', hours: 'Dienstag 07:30–09:00 Uhr', roman: 'I', layout: 'gv-berlin' },
  { key: 'gv-gummersbach', court: 'ag-gummersbach', name: 'Bernd Wirths', title: 'Obergerichtsvollzieher', street: 'Kaiserstraße 17', zip: '51643', city: 'Gummersbach', phone: '02261 9130527', hours: 'Mo und Do 8.00–9.30 Uhr', roman: 'II', layout: 'gv-obk' },
  { key: 'gv-waldbroel', court: 'ag-waldbroel', name: 'Anke Schmallenbach', title: 'Obergerichtsvollzieherin', street: 'Bahnhofstraße 6', zip: '51545', city: 'Waldbröl', phone: '02291 807713', hours: 'Mi 8.00–10.00 Uhr', roman: 'I', layout: 'gv-obk' },
];

export interface Landlord {
  key: string;
  /** courts whose district the landlord's flats lie in (empty: anywhere) */
  courts: string[];
  name: string; // as printed, legal form included
  kind: 'coop' | 'municipal' | 'private' | 'company';
  street: string;
  zip: string;
  city: string;
  families: Family[];
  letterLayout: 'coop-letter' | 'municipal-letter' | 'private-letter' | null;
  lawyer: string | null;
}

export const LANDLORDS: Landlord[] = [
  { key: 'wg-isartal', courts: ['ag-muenchen'], name: 'Wohnungsgenossenschaft Isartal-Süd eG', kind: 'coop', street: 'Plinganserstraße 212', zip: '81369', city: 'München', families: ['by'], letterLayout: 'coop-letter', lawyer: null },
  { key: 'noris-wohnbau', courts: ['ag-nuernberg'], name: 'Noris Stadtwohnbau GmbH', kind: 'municipal', street: 'Frauentorgraben 61', zip: '90443', city: 'Nürnberg', families: ['by'], letterLayout: 'municipal-letter', lawyer: 'ra-stadler' },
  { key: 'wg-pleisse', courts: ['ag-leipzig'], name: 'Wohnungsgenossenschaft Pleißenaue eG', kind: 'coop', street: 'Kurt-Eisner-Straße 44', zip: '04275', city: 'Leipzig', families: ['east'], letterLayout: 'coop-letter', lawyer: 'ra-wendisch' },
  { key: 'elbtal-wohnen', courts: ['ag-dresden'], name: 'Elbtal Wohnen Dresden GmbH', kind: 'municipal', street: 'Pirnaische Straße 19', zip: '01069', city: 'Dresden', families: ['east'], letterLayout: 'municipal-letter', lawyer: null },
  { key: 'gera-aue', courts: ['ag-erfurt'], name: 'Thüringer Wohnstätten Gera-Aue GmbH & Co. KG', kind: 'company', street: 'Schillerstraße 8', zip: '99096', city: 'Erfurt', families: ['east'], letterLayout: null, lawyer: 'ra-wendisch' },
  { key: 'spreebogen', courts: ['ag-lichtenberg', 'ag-neukoelln'], name: 'Spreebogen Wohnungsbaugesellschaft mbH', kind: 'municipal', street: 'Alt-Friedrichsfelde 60', zip: '10315', city: 'Berlin', families: ['bebb'], letterLayout: 'municipal-letter', lawyer: 'ra-kaya' },
  { key: 'havelland-eg', courts: ['ag-potsdam'], name: 'Wohnungsgenossenschaft Havelland eG', kind: 'coop', street: 'Zeppelinstraße 129', zip: '14471', city: 'Potsdam', families: ['bebb'], letterLayout: 'coop-letter', lawyer: null },
  { key: 'broelbach-eg', courts: ['ag-waldbroel', 'ag-gummersbach'], name: 'Wohnungsgenossenschaft Brölbachtal eG', kind: 'coop', street: 'Vennstraße 31', zip: '51545', city: 'Waldbröl', families: ['obk'], letterLayout: 'coop-letter', lawyer: 'ra-kremer' },
  { key: 'leppetal', courts: ['ag-gummersbach', 'ag-wipperfuerth'], name: 'Leppetal Wohnen GmbH', kind: 'company', street: 'Bahnhofstraße 2', zip: '51766', city: 'Engelskirchen', families: ['obk'], letterLayout: 'municipal-letter', lawyer: 'ra-kremer' },
  { key: 'private', courts: [], name: '', kind: 'private', street: '', zip: '', city: '', families: ['by', 'east', 'bebb', 'obk'], letterLayout: 'private-letter', lawyer: null },
];

export interface Lawyer {
  key: string;
  name: string;
  partners: string[];
  street: string;
  zip: string;
  city: string;
  phone: string;
  iban: string;
}

export const LAWYERS: Lawyer[] = [
  { key: 'ra-stadler', name: 'Stadler & Brunnhuber Rechtsanwälte PartG mbB', partners: ['Dr. Veronika Stadler', 'Markus Brunnhuber', 'Isabell Gründl'], street: 'Königstraße 28', zip: '90402', city: 'Nürnberg', phone: '0911 2044980', iban: 'DE41 7605 0101 0012 3349 07' },
  { key: 'ra-wendisch', name: 'Kanzlei Wendisch · Rechtsanwälte', partners: ['Dr. Henrik Wendisch', 'Claudia Pätzold'], street: 'Gottschedstraße 12', zip: '04109', city: 'Leipzig', phone: '0341 9627714', iban: 'DE88 8605 5592 1090 2284 15' },
  { key: 'ra-kaya', name: 'Kaya & Lindqvist Rechtsanwälte', partners: ['Serkan Kaya', 'Britta Lindqvist'], street: 'Frankfurter Allee 216', zip: '10365', city: 'Berlin', phone: '030 55871302', iban: 'DE27 1005 0000 0190 4471 22' },
  { key: 'ra-kremer', name: 'Rechtsanwälte Kremer · Lüdenbach', partners: ['Jörg Kremer', 'Dr. Anna Lüdenbach'], street: 'Kaiserstraße 40', zip: '51643', city: 'Gummersbach', phone: '02261 479120', iban: 'DE63 3845 0000 0000 2177 81' },
];

export interface Authority {
  key: string;
  head: string[];
  street: string;
  zip: string;
  city: string;
  phone: string;
  families: Family[];
  courts: string[];
  layout: 'cover-jc-east' | 'cover-sozialamt-by' | 'cover-jc-obk';
}

export const AUTHORITIES: Authority[] = [
  { key: 'jc-leipzig', head: ['Jobcenter Leipzig', 'Team Kosten der Unterkunft'], street: 'Georg-Schumann-Straße 150', zip: '04159', city: 'Leipzig', phone: '0341 913-10705', families: ['east'], courts: ['ag-leipzig', 'ag-dresden', 'ag-erfurt'], layout: 'cover-jc-east' },
  { key: 'soz-muenchen', head: ['Landeshauptstadt München', 'Sozialreferat', 'Wohnungssicherung / Prävention'], street: 'Werinherstraße 89', zip: '81541', city: 'München', phone: '089 233-40817', families: ['by'], courts: ['ag-muenchen', 'ag-nuernberg'], layout: 'cover-sozialamt-by' },
  { key: 'jc-oberberg', head: ['Jobcenter Oberberg', 'Geschäftsstelle Gummersbach'], street: 'Talweg 12', zip: '51643', city: 'Gummersbach', phone: '02261 30512-400', families: ['obk'], courts: ['ag-gummersbach', 'ag-wipperfuerth', 'ag-waldbroel'], layout: 'cover-jc-obk' },
];

export function court(key: string): Court {
  const c = COURTS.find((x) => x.key === key);
  if (!c) throw new Error(`unknown court ${key}`);
  return c;
}

export function lawyer(key: string): Lawyer {
  const l = LAWYERS.find((x) => x.key === key);
  if (!l) throw new Error(`unknown lawyer ${key}`);
  return l;
}

export function bailiff(key: string): Bailiff {
  const b = BAILIFFS.find((x) => x.key === key);
  if (!b) throw new Error(`unknown bailiff ${key}`);
  return b;
}
