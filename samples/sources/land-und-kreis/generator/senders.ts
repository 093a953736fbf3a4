/** The fixed senders of this inbox: courts, bailiffs, landlords/lawyers, authorities. Addresses are fictional. */
import type { Region } from './data.js';

export interface Court {
  key: string;
  place: string; // "Gummersbach"
  region: Region;
  street: string;
  postal: string;
  poBox: string | null;
  phone: string;
  fax: string;
  dept: number[]; // civil departments used in Aktenzeichen
  notice: 'cn-tabform' | 'cn-old-vordruck' | 'cn-prose' | 'cn-twopage' | 'cn-ruled';
  summons: 'ts-terminsnachricht' | 'ts-ladung' | 'ts-kurz';
  judgment: 'ju-rubrum' | 'ju-vu-schriftlich';
  /** Recipient authority printed in the window. */
  authority: string[];
  state: string;
}

export const COURTS: Record<string, Court> = {
  gm: { key: 'gm', place: 'Gummersbach', region: 'oberberg', street: 'Am Gerichtsweg 4', postal: '51643', poBox: 'Postfach 10 01 52, 51601 Gummersbach', phone: '02261 8107-0', fax: '02261 8107-250', dept: [11, 12, 13], notice: 'cn-tabform', summons: 'ts-terminsnachricht', judgment: 'ju-rubrum', authority: ['Jobcenter Oberberg', 'Geschäftsstelle Wohnungssicherung', 'Bunsenstraße 19', '51647 Gummersbach'], state: 'Nordrhein-Westfalen' },
  wf: { key: 'wf', place: 'Wipperfürth', region: 'oberberg', street: 'Lüdenscheider Tor 3', postal: '51688', poBox: null, phone: '02267 8860-0', fax: '02267 8860-99', dept: [1, 2, 9], notice: 'cn-old-vordruck', summons: 'ts-ladung', judgment: 'ju-vu-schriftlich', authority: ['Oberbergischer Kreis', 'Der Landrat – Amt für Soziale Angelegenheiten', 'Postfach 11 40', '51621 Gummersbach'], state: 'Nordrhein-Westfalen' },
  wb: { key: 'wb', place: 'Waldbröl', region: 'oberberg', street: 'Gerichtsstraße 12', postal: '51545', poBox: 'Postfach 11 20, 51541 Waldbröl', phone: '02291 7904-0', fax: '02291 7904-40', dept: [3, 5], notice: 'cn-tabform', summons: 'ts-terminsnachricht', judgment: 'ju-rubrum', authority: ['Jobcenter Oberberg', 'Standort Waldbröl', 'Vennstraße 8', '51545 Waldbröl'], state: 'Nordrhein-Westfalen' },
  me: { key: 'me', place: 'Meschede', region: 'sauerland', street: 'Steinstraße 31', postal: '59872', poBox: 'Postfach 12 65, 59862 Meschede', phone: '0291 2946-0', fax: '0291 2946-170', dept: [6, 7], notice: 'cn-tabform', summons: 'ts-terminsnachricht', judgment: 'ju-vu-schriftlich', authority: ['Hochsauerlandkreis', 'Fachdienst Wohnungsnotfallhilfe', 'Am Kreishaus 2', '59872 Meschede'], state: 'Nordrhein-Westfalen' },
  al: { key: 'al', place: 'Alsfeld', region: 'hessen', street: 'Landgraf-Hermann-Weg 5', postal: '36304', poBox: null, phone: '06631 9733-0', fax: '06631 9733-111', dept: [31, 32], notice: 'cn-prose', summons: 'ts-ladung', judgment: 'ju-rubrum', authority: ['Kreisausschuss des Vogelsbergkreises', 'Amt für Soziale Sicherung', 'Goldhelg 20', '36341 Lauterbach'], state: 'Hessen' },
  da: { key: 'da', place: 'Daun', region: 'rlp', street: 'Burgfriedstraße 7', postal: '54550', poBox: 'Postfach 11 09, 54541 Daun', phone: '06592 9551-0', fax: '06592 9551-32', dept: [4, 8], notice: 'cn-twopage', summons: 'ts-kurz', judgment: 'ju-vu-schriftlich', authority: ['Kreisverwaltung Vulkaneifel', 'Abteilung 3 – Soziales', 'Mainzer Straße 25', '54550 Daun'], state: 'Rheinland-Pfalz' },
  so: { key: 'so', place: 'Soltau', region: 'nds', street: 'Rühberg 14', postal: '29614', poBox: null, phone: '05191 6081-0', fax: '05191 6081-299', dept: [10, 14], notice: 'cn-ruled', summons: 'ts-kurz', judgment: 'ju-rubrum', authority: ['Landkreis Heidekreis', 'Fachgruppe Soziales', 'Vogteistraße 19', '29683 Bad Fallingbostel'], state: 'Niedersachsen' },
  mu: { key: 'mu', place: 'Münsingen', region: 'bw', street: 'Salzgasse 11', postal: '72525', poBox: null, phone: '07381 1858-0', fax: '07381 1858-20', dept: [1, 2], notice: 'cn-twopage', summons: 'ts-kurz', judgment: 'ju-vu-schriftlich', authority: ['Landratsamt Reutlingen', 'Kreissozialamt – Wohnungssicherung', 'Bismarckstraße 47', '72764 Reutlingen'], state: 'Baden-Württemberg' },
};

export interface Bailiff {
  key: string;
  court: string;
  title: string; // "Obergerichtsvollzieher"
  given: string;
  family: string;
  street: string;
  postal: string;
  city: string;
  phone: string;
  hours: string;
  drRoman: string;
  layout: 'gv-form' | 'gv-typed' | 'gv-twopage' | 'gv-table';
  iban: string;
}
export const BAILIFFS: Record<string, Bailiff> = {
  gm: { key: 'gv-dahlhaus', court: 'gm', title: 'Obergerichtsvollzieher', given: 'Rüdiger', family: 'Kranefuß', street: 'Kaiserstraße 41', postal: '51643', city: 'Gummersbach', phone: '02261 91 37 20', hours: 'Di und Do 8:00 – 9:00 Uhr', drRoman: 'II', layout: 'gv-form', iban: 'DE12 3845 0000 0001 2234 56' },
  wb: { key: 'gv-seinsche', court: 'wb', title: 'Gerichtsvollzieherin', given: 'Heike', family: 'Seinsche', street: 'Bahnhofstraße 3a', postal: '51545', city: 'Waldbröl', phone: '02291 90 11 84', hours: 'Mo 8 – 9 Uhr', drRoman: 'I', layout: 'gv-typed', iban: 'DE55 3705 0299 0000 8810 07' },
  me: { key: 'gv-hesse', court: 'me', title: 'Gerichtsvollzieher', given: 'Bernd', family: 'Wiethoff', street: 'Le-Puy-Straße 9', postal: '59872', city: 'Meschede', phone: '0291 95 28 66', hours: 'Mi 8.00 – 9.30 Uhr', drRoman: 'III', layout: 'gv-twopage', iban: 'DE71 4165 0001 0008 7721 30' },
  al: { key: 'gv-ruppel', court: 'al', title: 'Obergerichtsvollzieherin', given: 'Martina', family: 'Ruppel', street: 'Hersfelder Straße 22', postal: '36304', city: 'Alsfeld', phone: '06631 70 44 19', hours: 'Dienstag 8–10 Uhr', drRoman: 'II', layout: 'gv-table', iban: 'DE09 5305 1130 0020 1187 44' },
};

export interface Landlord {
  key: string;
  truth: string; // name as printed without Herr/Frau
  kind: 'couple' | 'person' | 'company';
  salutation: string; // "Herrn", "Frau", "Eheleute", ""
  street: string;
  postal: string;
  city: string;
  region: Region | 'any';
  /** Letter layout when this landlord writes itself. */
  letter: 'll-eheleute' | 'll-genossenschaft' | 'hv-eifel' | null;
}

export const LANDLORDS: Landlord[] = [
  { key: 'ehl-schnepper', truth: 'Friedhelm und Gisela Schnepper', kind: 'couple', salutation: 'Eheleute', street: 'Am Hölterhof 7', postal: '51709', city: 'Marienheide', region: 'oberberg', letter: 'll-eheleute' },
  { key: 'geno-wiehltal', truth: 'Gemeinnützige Wohnungsgenossenschaft Wiehltal eG', kind: 'company', salutation: '', street: 'Weiher Straße 3', postal: '51674', city: 'Wiehl', region: 'oberberg', letter: 'll-genossenschaft' },
  { key: 'hv-kasper', truth: 'Kasper Wohnbau GmbH & Co. KG', kind: 'company', salutation: '', street: 'Leopoldstraße 18', postal: '54550', city: 'Daun', region: 'rlp', letter: 'hv-eifel' },
  { key: 'p-brenscheidt', truth: 'Walburga Brenscheidt', kind: 'person', salutation: 'Frau', street: 'Lehmkuhle 2', postal: '42499', city: 'Hückeswagen', region: 'oberberg', letter: null },
  { key: 'p-wortmann', truth: 'Heinz-Georg Wortmann', kind: 'person', salutation: 'Herrn', street: 'Zum Kalkofen 11', postal: '59909', city: 'Bestwig', region: 'sauerland', letter: null },
  { key: 'geno-hennetal', truth: 'Wohnungsbaugenossenschaft Hennetal eG', kind: 'company', salutation: '', street: 'Am Stiftsplatz 6', postal: '59872', city: 'Meschede', region: 'sauerland', letter: null },
  { key: 'c-heide', truth: 'Heide-Immobilien Rademacher GmbH', kind: 'company', salutation: '', street: 'Winsener Straße 40', postal: '29614', city: 'Soltau', region: 'nds', letter: null },
  { key: 'p-meyerhoff', truth: 'Heinrich Meyerhoff', kind: 'person', salutation: 'Herrn', street: 'Am Lopausee 3', postal: '29633', city: 'Munster', region: 'nds', letter: null },
  { key: 'p-schwalm', truth: 'Erwin und Hannelore Schwalm', kind: 'couple', salutation: 'Eheleute', street: 'Ziegenhainer Weg 6', postal: '36318', city: 'Schwalmtal', region: 'hessen', letter: null },
  { key: 'c-vogelsberg', truth: 'Vogelsberger Siedlungsbau GmbH', kind: 'company', salutation: '', street: 'Am Kreuzweg 2', postal: '36304', city: 'Alsfeld', region: 'hessen', letter: null },
  { key: 'c-alb', truth: 'Albwerk Vermietungs GbR', kind: 'company', salutation: '', street: 'Uracher Straße 9', postal: '72525', city: 'Münsingen', region: 'bw', letter: null },
  { key: 'p-schwenkedel', truth: 'Konrad Schwenkedel', kind: 'person', salutation: 'Herrn', street: 'Lautertalstraße 14', postal: '72532', city: 'Gomadingen', region: 'bw', letter: null },
  { key: 'p-kuehn', truth: 'Dr. Reinhold Kühn', kind: 'person', salutation: 'Herrn', street: 'Im Siepen 4', postal: '51766', city: 'Engelskirchen', region: 'oberberg', letter: null },
  { key: 'c-agger', truth: 'Aggerbogen Grundbesitz GmbH', kind: 'company', salutation: '', street: 'Hohe Straße 2', postal: '51643', city: 'Gummersbach', region: 'oberberg', letter: null },
  { key: 'p-mayer', truth: 'Rosemarie Mayer-Tillmanns', kind: 'person', salutation: 'Frau', street: 'Pützgasse 5', postal: '54568', city: 'Gerolstein', region: 'rlp', letter: null },
  { key: 'c-terra', truth: 'Terra Wohnportfolio Deutschland GmbH', kind: 'company', salutation: '', street: 'Postfach 30 11 45', postal: '44201', city: 'Dortmund', region: 'any', letter: null },
];

export interface Lawyer {
  key: string;
  firm: string[];
  street: string;
  postal: string;
  city: string;
  phone: string;
  region: Region;
  /** Letter layout when this lawyer writes a termination for a client; null = only appears as counsel. */
  letter: 'ra-kleinstadt' | 'ra-fuhrmann' | 'ra-sondermann' | null;
}
export const LAWYERS: Lawyer[] = [
  { key: 'ra-rueggeberg', firm: ['Rüggeberg & Thiel', 'Rechtsanwälte'], street: 'Marktstraße 14', postal: '51688', city: 'Wipperfürth', phone: '02267 6599-0', region: 'oberberg', letter: 'ra-kleinstadt' },
  { key: 'ra-sondermann', firm: ['Rechtsanwältin', 'Dorothea Sondermann'], street: 'Kirchplatz 1', postal: '59872', city: 'Meschede', phone: '0291 52 41 7', region: 'sauerland', letter: 'ra-sondermann' },
  { key: 'ra-fuhrmann', firm: ['Fuhrmann Kanzlei für Miet- und WEG-Recht'], street: 'Obergasse 8', postal: '36304', city: 'Alsfeld', phone: '06631 91 82 0', region: 'hessen', letter: 'ra-fuhrmann' },
  { key: 'ra-lohmann', firm: ['Lohmann Rechtsanwälte PartG mbB'], street: 'Poststraße 21', postal: '29614', city: 'Soltau', phone: '05191 98 76 0', region: 'nds', letter: null },
  { key: 'ra-baisch', firm: ['Rechtsanwalt', 'Tobias Baisch'], street: 'Hauptstraße 40', postal: '72525', city: 'Münsingen', phone: '07381 93 22 1', region: 'bw', letter: null },
  { key: 'ra-kreuzberger', firm: ['Kreuzberger & Kollegen', 'Rechtsanwälte'], street: 'Leopoldstraße 2', postal: '54550', city: 'Daun', phone: '06592 17 44', region: 'rlp', letter: null },
  { key: 'ra-hackenberg', firm: ['Rechtsanwalt', 'Jens Hackenberg'], street: 'Kaiserstraße 9', postal: '51643', city: 'Gummersbach', phone: '02261 5 60 12', region: 'oberberg', letter: null },
];

export interface Forwarder {
  key: string;
  region: Region;
  lines: string[];
  street: string;
  postal: string;
  city: string;
  phone: string;
  style: 'jc' | 'kreis' | 'kv';
}
export const FORWARDERS: Record<string, Forwarder> = {
  oberberg: { key: 'jc-oberberg', region: 'oberberg', lines: ['Jobcenter Oberberg'], street: 'Bunsenstraße 19', postal: '51647', city: 'Gummersbach', phone: '02261 30 45-0', style: 'jc' },
  hessen: { key: 'sa-vogelsberg', region: 'hessen', lines: ['Kreisausschuss des Vogelsbergkreises', 'Amt für Soziale Sicherung'], street: 'Goldhelg 20', postal: '36341', city: 'Lauterbach', phone: '06641 977-0', style: 'kreis' },
  rlp: { key: 'kv-vulkaneifel', region: 'rlp', lines: ['Kreisverwaltung Vulkaneifel', 'Abteilung 3 – Soziales'], street: 'Mainzer Straße 25', postal: '54550', city: 'Daun', phone: '06592 933-0', style: 'kv' },
};
