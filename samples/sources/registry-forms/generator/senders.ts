/** The fictional senders of the inbox: courts (real places, invented addresses), bailiffs, landlords, lawyers, authorities. */
import type { CourtKey } from './places.js';

export interface Court {
  key: CourtKey;
  place: string;
  street: string;
  postalCode: string;
  city: string;
  poBox: string;
  poBoxPostal: string;
  phone: string;
  fax: string;
  departments: readonly number[];
  rooms: readonly string[];
  state: 'NRW' | 'RLP';
}

export const COURTS: Record<CourtKey, Court> = {
  gummersbach: {
    key: 'gummersbach', place: 'Gummersbach', street: 'Am Gerichtshof 4', postalCode: '51643', city: 'Gummersbach',
    poBox: 'Postfach 10 02 61', poBoxPostal: '51602', phone: '02261 8105-0', fax: '02261 8105-299', departments: [11, 12, 14, 17],
    rooms: ['Saal 104', 'Saal 106, 1. OG', 'Sitzungssaal 12, 1. OG', 'Saal 008 (Erdgeschoss)'], state: 'NRW',
  },
  wipperfuerth: {
    key: 'wipperfuerth', place: 'Wipperfürth', street: 'Lüdenscheider Tor 2', postalCode: '51688', city: 'Wipperfürth',
    poBox: 'Postfach 12 40', poBoxPostal: '51678', phone: '02267 6602-0', fax: '02267 6602-100', departments: [1, 2, 9],
    rooms: ['Sitzungssaal I', 'Sitzungssaal II', 'Saal 3, 2. Etage'], state: 'NRW',
  },
  waldbroel: {
    key: 'waldbroel', place: 'Waldbröl', street: 'Gerichtsstiege 11', postalCode: '51545', city: 'Waldbröl',
    poBox: 'Postfach 11 63', poBoxPostal: '51537', phone: '02291 9207-0', fax: '02291 9207-55', departments: [3, 5, 6],
    rooms: ['Saal 1', 'Saal 2', 'Zimmer 21'], state: 'NRW',
  },
  siegburg: {
    key: 'siegburg', place: 'Siegburg', street: 'Justizweg 17-19', postalCode: '53721', city: 'Siegburg',
    poBox: 'Postfach 13 55', poBoxPostal: '53703', phone: '02241 3071-0', fax: '02241 3071-499', departments: [103, 105, 111, 120],
    rooms: ['Saal A 1.12', 'Saal B 0.04', 'Saal A 2.07', 'Saal C 1.01'], state: 'NRW',
  },
  neuwied: {
    key: 'neuwied', place: 'Neuwied', street: 'Deichtorplatz 8', postalCode: '56564', city: 'Neuwied',
    poBox: 'Postfach 21 20', poBoxPostal: '56511', phone: '02631 8244-0', fax: '02631 8244-190', departments: [4, 8, 42],
    rooms: ['Sitzungssaal 110', 'Sitzungssaal 214', 'Saal 005'], state: 'RLP',
  },
};

export interface Bailiff {
  key: string;
  court: CourtKey;
  title: string;
  name: string;
  register: 'I' | 'II' | 'III';
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  hours: string;
  iban: string;
  bank: string;
}

export const BAILIFFS: readonly Bailiff[] = [
  { key: 'gv-gummersbach-kettler', court: 'gummersbach', title: 'Obergerichtsvollzieherin', name: 'Sabine Kettler', register: 'II',
    street: 'Vollmerhauser Weg 3', postalCode: '51645', city: 'Gummersbach', phone: '02261 913360', hours: 'Di und Do 8.00 – 9.00 Uhr',
    iban: 'DE12 3705 0299 0001 2345 67', bank: 'Sparkasse Gummersbach' },
  { key: 'gv-wipperfuerth-brinkhaus', court: 'wipperfuerth', title: 'Gerichtsvollzieher', name: 'Thomas Brinkhaus', register: 'I',
    street: 'Klosterstiege 9', postalCode: '51688', city: 'Wipperfürth', phone: '02267 870415', hours: 'Mo 8 – 10 Uhr',
    iban: 'DE44 3705 0299 0332 1100 08', bank: 'Sparkasse Wipperfürth' },
  { key: 'gv-waldbroel-demirel', court: 'waldbroel', title: 'Obergerichtsvollzieher', name: 'Cem Demirel', register: 'III',
    street: 'Am Marktweg 22', postalCode: '51545', city: 'Waldbröl', phone: '02291 808712', hours: 'Mi 7.30 – 9.00 Uhr',
    iban: 'DE71 3846 2135 0044 7788 00', bank: 'Volksbank Oberberg' },
  { key: 'gv-neuwied-hartung', court: 'neuwied', title: 'Obergerichtsvollzieherin', name: 'Petra Hartung-Lenz', register: 'II',
    street: 'Rheinstraße 140', postalCode: '56564', city: 'Neuwied', phone: '02631 941277', hours: 'Di 8.00 – 9.30 Uhr',
    iban: 'DE09 5745 0120 0030 4411 22', bank: 'Sparkasse Neuwied' },
];

export interface Landlord {
  key: string;
  name: string;
  printName: string;
  company: boolean;
  street: string;
  postalCode: string;
  city: string;
  courts: readonly CourtKey[];
  lawyer: string | null;
  representative: string | null;
}

export const LANDLORDS: readonly Landlord[] = [
  { key: 'leppetal', name: 'Leppetal Wohnungsbau eG', printName: 'Leppetal Wohnungsbau eG', company: true, street: 'Genossenschaftsweg 1',
    postalCode: '51647', city: 'Gummersbach', courts: ['gummersbach', 'wipperfuerth', 'waldbroel'], lawyer: null, representative: 'vertreten durch den Vorstand' },
  { key: 'rheinwohnwert', name: 'Rheinische Wohnwert Immobilien SE', printName: 'Rheinische Wohnwert Immobilien SE', company: true,
    street: 'Uferpromenade 55', postalCode: '53840', city: 'Troisdorf', courts: ['gummersbach', 'siegburg', 'neuwied', 'waldbroel'], lawyer: 'stommel',
    representative: 'vertreten durch den Vorstand' },
  { key: 'kuerten-hv', name: 'Hausverwaltung Kürten & Sohn GmbH', printName: 'Hausverwaltung Kürten & Sohn GmbH', company: true,
    street: 'Marktplatz 7', postalCode: '51688', city: 'Wipperfürth', courts: ['wipperfuerth', 'gummersbach'], lawyer: null,
    representative: 'vertreten durch den Geschäftsführer' },
  { key: 'schmallenbach', name: 'Heinz-Werner Schmallenbach', printName: 'Herrn Heinz-Werner Schmallenbach', company: false,
    street: 'Am Dörrenberg 31', postalCode: '51674', city: 'Wiehl', courts: ['gummersbach', 'waldbroel'], lawyer: 'stommel', representative: null },
  { key: 'oezdemir-immo', name: 'Özdemir Immobilien GbR', printName: 'Özdemir Immobilien GbR', company: true, street: 'Lindenallee 2',
    postalCode: '53721', city: 'Siegburg', courts: ['siegburg'], lawyer: 'wienand', representative: 'vertreten durch die Gesellschafter' },
  { key: 'mittelrhein-wbg', name: 'Wohnungsbaugesellschaft Mittelrhein mbH', printName: 'Wohnungsbaugesellschaft Mittelrhein mbH', company: true,
    street: 'Schlossgarten 12', postalCode: '56564', city: 'Neuwied', courts: ['neuwied'], lawyer: 'wienand', representative: 'vertreten durch die Geschäftsführerin' },
  { key: 'berghaus', name: 'Gisela Berghaus', printName: 'Frau Gisela Berghaus', company: false, street: 'Zur Heide 6', postalCode: '42477',
    city: 'Radevormwald', courts: ['wipperfuerth'], lawyer: 'stommel', representative: null },
];

export interface Lawyer {
  key: string;
  firm: string;
  lines: readonly string[];
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  ref: string;
}

export const LAWYERS: Record<string, Lawyer> = {
  stommel: { key: 'stommel', firm: 'Stommel, Berghoff & Partner mbB', lines: ['Rechtsanwälte', 'Stommel, Berghoff & Partner mbB'],
    street: 'Kaiserstraße 48', postalCode: '51643', city: 'Gummersbach', phone: '02261 54 30 0', ref: 'Mietrecht' },
  wienand: { key: 'wienand', firm: 'Dr. Wienand & Kollegen', lines: ['Dr. Wienand & Kollegen', 'Rechtsanwälte · Fachanwälte für Miet- und WEG-Recht'],
    street: 'Holzgasse 20', postalCode: '53721', city: 'Siegburg', phone: '02241 96 40 10', ref: 'MR' },
};

export interface Authority {
  key: string;
  name: string;
  lines: readonly string[];
  street: string;
  postalCode: string;
  city: string;
  fax: string;
  courts: readonly CourtKey[];
}

export const AUTHORITIES: readonly Authority[] = [
  { key: 'jobcenter-oberberg', name: 'Jobcenter Oberberg', lines: ['Jobcenter Oberberg', 'Geschäftsstelle Gummersbach'], street: 'Talweg 14',
    postalCode: '51643', city: 'Gummersbach', fax: '02261 3030-499', courts: ['gummersbach', 'wipperfuerth', 'waldbroel'] },
  { key: 'sozialamt-obk', name: 'Oberbergischer Kreis', lines: ['Oberbergischer Kreis', 'Der Landrat', 'Amt für Soziale Angelegenheiten'],
    street: 'Kreishausplatz 9', postalCode: '51643', city: 'Gummersbach', fax: '02261 88-1190', courts: ['gummersbach', 'wipperfuerth', 'waldbroel'] },
  { key: 'jobcenter-rhein-sieg', name: 'Jobcenter Rhein-Sieg', lines: ['Jobcenter Rhein-Sieg', 'Standort Siegburg'], street: 'Europaring 41',
    postalCode: '53721', city: 'Siegburg', fax: '02241 2409-100', courts: ['siegburg'] },
  { key: 'kv-neuwied', name: 'Kreisverwaltung Neuwied', lines: ['Kreisverwaltung Neuwied', 'Abteilung Soziales'], street: 'Wilhelm-Leuschner-Platz 3',
    postalCode: '56564', city: 'Neuwied', fax: '02631 803-498', courts: ['neuwied'] },
];

/** The prevention service that receives forwarded notices (fictional). */
export const SERVICE = {
  lines: ['Wohnhilfe Oberberg e.V.', 'Fachstelle Wohnraumsicherung'],
  street: 'Brunnenhof 5',
  postalCode: '51643',
  city: 'Gummersbach',
};
