/** The fictional inbox: courts (real places, fictional phone/PO data), bailiffs, landlords, lawyers, authorities. */
export interface Court {
  key: string;
  name: string; // "Amtsgericht Gummersbach"
  city: string;
  street: string;
  postal: string;
  poBox: string;
  phone: string;
  fax: string;
  departments: readonly number[];
  rooms: readonly string[];
  venue: string; // hearing venue if different from main address
  bank: string;
}

export const COURTS: Record<string, Court> = {
  'ag-gummersbach': { key: 'ag-gummersbach', name: 'Amtsgericht Gummersbach', city: 'Gummersbach', street: 'Moltkestraße 6', postal: '51643', poBox: 'Postfach 10 01 62, 51601 Gummersbach', phone: '02261 8117-0', fax: '02261 8117-250', departments: [12, 14, 16], rooms: ['Saal 107', 'Saal 112, 1. OG', 'Sitzungssaal 2', 'Saal 007 (EG)'], venue: 'Moltkestraße 6, 51643 Gummersbach', bank: 'Landeshauptkasse NRW · IBAN DE31 3005 0000 0001 6843 15 · BIC WELADEDDXXX' },
  'ag-wipperfuerth': { key: 'ag-wipperfuerth', name: 'Amtsgericht Wipperfürth', city: 'Wipperfürth', street: 'Gaulstraße 23', postal: '51688', poBox: 'Postfach 13 40, 51677 Wipperfürth', phone: '02267 8839-0', fax: '02267 8839-77', departments: [9, 10], rooms: ['Saal 1', 'Saal 3', 'Sitzungszimmer 14'], venue: 'Gaulstraße 23, 51688 Wipperfürth', bank: 'Landeshauptkasse NRW, IBAN DE31 3005 0000 0001 6843 15' },
  'ag-waldbroel': { key: 'ag-waldbroel', name: 'Amtsgericht Waldbröl', city: 'Waldbröl', street: 'Gerichtsstraße 1', postal: '51545', poBox: 'Postfach 11 51, 51541 Waldbröl', phone: '02291 7938-0', fax: '02291 7938-199', departments: [5, 6], rooms: ['Saal 1', 'Saal 2 (Erdgeschoss)'], venue: 'Gerichtsstraße 1, 51545 Waldbröl', bank: 'Landeshauptkasse NRW · IBAN DE31 3005 0000 0001 6843 15' },
  'ag-dortmund': { key: 'ag-dortmund', name: 'Amtsgericht Dortmund', city: 'Dortmund', street: 'Gerichtsstraße 22', postal: '44135', poBox: 'Postfach 10 50 27, 44047 Dortmund', phone: '0231 9260-0', fax: '0231 9260-41199', departments: [403, 421, 425, 431], rooms: ['Saal 1.106', 'Saal 2.214', 'Saal E 21', 'Sitzungssaal 3.07, 3. Etage'], venue: 'Hamburger Straße 11, 44135 Dortmund (Nebenstelle)', bank: 'Landeshauptkasse NRW, IBAN DE31 3005 0000 0001 6843 15, BIC WELADEDDXXX' },
  'ag-leipzig': { key: 'ag-leipzig', name: 'Amtsgericht Leipzig', city: 'Leipzig', street: 'Bernhard-Göring-Straße 64', postal: '04275', poBox: 'Postfach 10 09 64, 04009 Leipzig', phone: '0341 4936-0', fax: '0341 4936-115', departments: [104, 107, 112, 118], rooms: ['Saal 230', 'Saal 17', 'Raum 3.102', 'Saal 115 (Haus B)'], venue: 'Bernhard-Göring-Straße 64, 04275 Leipzig', bank: 'Hauptkasse des Freistaates Sachsen · IBAN DE28 8600 0000 0086 0015 22' },
};

export interface Bailiff {
  key: string;
  title: string; // "Obergerichtsvollzieherin"
  name: string;
  court: string; // court name the bailiff belongs to
  street: string;
  postal: string;
  city: string;
  phone: string;
  hours: string;
  dr: string; // "DR II"
  bank: string;
  recipients: Record<string, string[]>; // town key -> recipient lines
}

export const BAILIFFS: Record<string, Bailiff> = {
  'gv-gummersbach': { key: 'gv-gummersbach', title: 'Obergerichtsvollzieherin', name: 'Kerstin Wehrenbrecht', court: 'Amtsgericht Gummersbach', street: 'Kaiserstraße 31', postal: '51643', city: 'Gummersbach', phone: '02261 95 43 17', hours: 'Sprechzeiten: Di + Do 8:00 – 9:00 Uhr', dr: 'DR II', bank: 'Dienstkonto: Sparkasse Gummersbach, IBAN DE11 3845 0000 0099 1023 45', recipients: {} },
  'gv-wipperfuerth': { key: 'gv-wipperfuerth', title: 'Gerichtsvollzieher', name: 'Markus Eschbach', court: 'Amtsgericht Wipperfürth', street: 'Untere Straße 9', postal: '51688', city: 'Wipperfürth', phone: '02267 65 90 41', hours: 'Bürozeit Mo 8–10 Uhr', dr: 'DR I', bank: 'Dienstkonto Volksbank Oberberg, IBAN DE52 3846 2135 0412 3345 00', recipients: {} },
  'gv-dortmund': { key: 'gv-dortmund', title: 'Obergerichtsvollzieher', name: 'Ralf Tönnissen', court: 'Amtsgericht Dortmund', street: 'Hohe Straße 88', postal: '44139', city: 'Dortmund', phone: '0231 12 77 40 3', hours: 'Geschäftszimmer Mo–Fr 8:30–11:00', dr: 'DR III', bank: 'Dienstkonto Sparkasse Dortmund IBAN DE67 4405 0199 0061 2237 88', recipients: {} },
  'gv-mannheim': { key: 'gv-mannheim', title: 'Gerichtsvollzieherin', name: 'Andrea Lutz-Berberich', court: 'Amtsgericht Mannheim', street: 'N 7, 13', postal: '68161', city: 'Mannheim', phone: '0621 43 98 02 6', hours: 'Sprechstunde Mittwoch 8–9 Uhr', dr: 'DR I', bank: 'Dienstkonto: Sparkasse Rhein Neckar Nord, IBAN DE40 6705 0505 0038 9921 07', recipients: {} },
};

/** Authority a bailiff writes to (Ordnungsamt / Sozialamt of the flat's town). */
export function bailiffRecipient(city: string): string[] {
  const map: Record<string, string[]> = {
    Gummersbach: ['Stadt Gummersbach', 'Fachbereich Soziales und Ordnung', 'Rathausplatz 1', '51643 Gummersbach'],
    Bergneustadt: ['Stadt Bergneustadt', 'Ordnungsamt', 'Kölner Straße 256', '51702 Bergneustadt'],
    Engelskirchen: ['Gemeinde Engelskirchen', 'Ordnungsamt / Obdachlosenangelegenheiten', 'Engels-Platz 4', '51766 Engelskirchen'],
    Marienheide: ['Gemeinde Marienheide', 'Sozialamt', 'Hauptstraße 20', '51709 Marienheide'],
    Wiehl: ['Stadt Wiehl', 'Amt für Soziales', 'Bahnhofstraße 1', '51674 Wiehl'],
    Reichshof: ['Gemeinde Reichshof', 'Ordnungsamt', 'Hauptstraße 12', '51580 Reichshof'],
    Wipperfürth: ['Hansestadt Wipperfürth', 'Ordnungsamt', 'Marktplatz 1', '51688 Wipperfürth'],
    Hückeswagen: ['Schloss-Stadt Hückeswagen', 'Sozialamt', 'Auf’m Schloss 1', '42499 Hückeswagen'],
    Lindlar: ['Gemeinde Lindlar', 'Fachbereich Ordnung', 'Borromäusstraße 1', '51789 Lindlar'],
    Radevormwald: ['Stadt Radevormwald', 'Ordnungsamt', 'Hohenfuhrstraße 13', '42477 Radevormwald'],
    Dortmund: ['Stadt Dortmund', 'Sozialamt – Wohnungssicherung', 'Luisenstraße 11-13', '44137 Dortmund'],
    Mannheim: ['Stadt Mannheim', 'Fachbereich Arbeit und Soziales', 'Abt. Wohnungsnotfallhilfe', 'K 1, 7-13', '68159 Mannheim'],
  };
  return map[city] ?? [`Stadt ${city}`, 'Ordnungsamt', 'Rathaus', city];
}

export interface Firm {
  key: string;
  lines: string[]; // letterhead name lines
  people: string[];
  street: string;
  postal: string;
  city: string;
  phone: string;
  fax: string;
  mail: string;
  bank: string;
  ref: string; // reference prefix
}

export const FIRMS: Record<string, Firm> = {
  'ra-kessler-brandt': { key: 'ra-kessler-brandt', lines: ['KESSLER & BRANDT', 'Rechtsanwälte · Fachanwälte für Miet- und WEG-Recht'], people: ['Dr. Jens Kessler', 'Fachanwalt für Miet- und WEG-Recht', 'Annika Brandt', 'Fachanwältin für Miet- und WEG-Recht', 'Tobias Heuser', 'Rechtsanwalt'], street: 'Hindenburgstraße 14', postal: '51643', city: 'Gummersbach', phone: '02261 93 22 80', fax: '02261 93 22 89', mail: 'kanzlei@kessler-brandt.example', bank: 'Sparkasse Gummersbach · IBAN DE85 3845 0000 1003 4456 71', ref: 'KB' },
  'ra-sommerfeld': { key: 'ra-sommerfeld', lines: ['Dr. Sommerfeld · Adrian · Nolte', 'Rechtsanwälte PartG mbB'], people: ['Dr. Henrike Sommerfeld', 'Lars Adrian', 'Katja Nolte'], street: 'Königswall 21', postal: '44137', city: 'Dortmund', phone: '0231 58 44 69-0', fax: '0231 58 44 69-29', mail: 'info@san-recht.example', bank: 'Dortmunder Volksbank, IBAN DE20 4416 0014 6623 0981 00', ref: 'SAN' },
};

export interface Landlord {
  key: string;
  name: string; // as in truth
  printed: string; // as printed in a party block
  kind: 'company' | 'person';
  street: string;
  postal: string;
  city: string;
  rep: string | null; // "vertreten durch ..."
}

export const LANDLORDS: Record<string, Landlord> = {
  leppetal: { key: 'leppetal', name: 'Leppetal Wohnen eG', printed: 'Leppetal Wohnen eG', kind: 'company', street: 'Leppestraße 40', postal: '51766', city: 'Engelskirchen', rep: 'vertreten durch den Vorstand' },
  nordstern: { key: 'nordstern', name: 'Nordstern Wohnen GmbH', printed: 'Nordstern Wohnen GmbH', kind: 'company', street: 'Spaldingstraße 210', postal: '20097', city: 'Hamburg', rep: 'vertreten durch die Geschäftsführer' },
  westfalia: { key: 'westfalia', name: 'Westfalia Quartier Immobilien GmbH', printed: 'Westfalia Quartier Immobilien GmbH', kind: 'company', street: 'Brackeler Hellweg 140', postal: '44309', city: 'Dortmund', rep: 'vertr. d. d. Geschäftsführer Holger Pieper' },
  pleisse: { key: 'pleisse', name: 'Pleißeblick Wohnungsverwaltung GmbH & Co. KG', printed: 'Pleißeblick Wohnungsverwaltung GmbH & Co. KG', kind: 'company', street: 'Kochstraße 118', postal: '04277', city: 'Leipzig', rep: 'vertreten durch die Komplementärin' },
  oberberg_bau: { key: 'oberberg_bau', name: 'Gemeinnütziger Bauverein Agger-Wiehl eG', printed: 'Gemeinnütziger Bauverein Agger-Wiehl eG', kind: 'company', street: 'Bielsteiner Straße 71', postal: '51674', city: 'Wiehl', rep: 'vertreten durch den Vorstand' },
  dickhaus: { key: 'dickhaus', name: 'Friedhelm Dickhaus', printed: 'Herrn Friedhelm Dickhaus', kind: 'person', street: 'Am Kräwinkel 17', postal: '51702', city: 'Bergneustadt', rep: null },
  maassen: { key: 'maassen', name: 'Gerlinde Maaßen', printed: 'Frau Gerlinde Maaßen', kind: 'person', street: 'Lindchenweg 4', postal: '51588', city: 'Nümbrecht', rep: null },
  oezdemir: { key: 'oezdemir', name: 'Cemal Özdemir-Hartung', printed: 'Herrn Cemal Özdemir-Hartung', kind: 'person', street: 'Wittekindstraße 52', postal: '44139', city: 'Dortmund', rep: null },
  richter: { key: 'richter', name: 'Dr. Bernd Richter', printed: 'Herrn Dr. Bernd Richter', kind: 'person', street: 'Gohliser Straße 9', postal: '04105', city: 'Leipzig', rep: null },
  kurz: { key: 'kurz', name: 'Hausverwaltung Kurz & Söhne GmbH', printed: 'Hausverwaltung Kurz & Söhne GmbH', kind: 'company', street: 'Seckenheimer Straße 40', postal: '68165', city: 'Mannheim', rep: 'vertreten durch den Geschäftsführer' },
};

/** Which landlords own flats in which court district / region. */
export const LANDLORDS_BY_REGION: Record<string, readonly string[]> = {
  'ag-gummersbach': ['leppetal', 'leppetal', 'oberberg_bau', 'dickhaus', 'leppetal', 'nordstern'],
  'ag-wipperfuerth': ['leppetal', 'nordstern', 'maassen'],
  'ag-waldbroel': ['oberberg_bau', 'maassen', 'leppetal'],
  'ag-dortmund': ['westfalia', 'westfalia', 'oezdemir', 'westfalia', 'nordstern'],
  'ag-leipzig': ['pleisse', 'nordstern', 'richter'],
  'ag-mannheim': ['kurz', 'nordstern'],
  'none-north': ['nordstern'],
};

/** The lawyer (if any) who represents a landlord in court and writes its letters. */
export const LAWYER_OF: Record<string, string | null> = {
  leppetal: 'ra-kessler-brandt', oberberg_bau: null, dickhaus: 'ra-kessler-brandt', maassen: 'ra-kessler-brandt',
  nordstern: null, westfalia: 'ra-sommerfeld', oezdemir: 'ra-sommerfeld', pleisse: null, richter: null, kurz: null,
};

export interface Authority {
  key: string;
  name: string[];
  street: string;
  postal: string;
  city: string;
  phone: string;
  recipient: string[]; // the Fachstelle the authority forwards to
  customerLabel: string;
  bank: string;
}

export const AUTHORITIES: Record<string, Authority> = {
  'jc-oberberg': { key: 'jc-oberberg', name: ['Jobcenter Oberberg'], street: 'Talstraße 11', postal: '51643', city: 'Gummersbach', phone: '02261 9186-0', recipient: ['Oberbergischer Kreis', 'Fachstelle Wohnraumsicherung', 'Moltkestraße 42', '51643 Gummersbach'], customerLabel: 'BG-Nummer', bank: 'Bundesagentur für Arbeit · IBAN DE50 7600 0000 0076 0010 07' },
  'jc-dortmund': { key: 'jc-dortmund', name: ['Jobcenter Dortmund', 'Standort Innenstadt-Nord'], street: 'Steinstraße 39', postal: '44147', city: 'Dortmund', phone: '0231 8426-0', recipient: ['Stadt Dortmund', 'Zentrale Fachstelle Wohnen', 'Luisenstraße 11-13', '44137 Dortmund'], customerLabel: 'BG-Nr.', bank: 'Bundesagentur für Arbeit, IBAN DE50 7600 0000 0076 0010 07' },
  'sa-leipzig': { key: 'sa-leipzig', name: ['Stadt Leipzig', 'Sozialamt', 'Abteilung Soziale Wohnhilfen'], street: 'Prager Straße 21', postal: '04103', city: 'Leipzig', phone: '0341 123-4567', recipient: ['Präventionsstelle Wohnen', 'im Auftrag der Stadt Leipzig', 'Ostplatz 2', '04317 Leipzig'], customerLabel: 'Az. Sozialamt', bank: 'Sparkasse Leipzig · IBAN DE62 8605 5592 1090 0000 19' },
};

export const AUTHORITY_OF_COURT: Record<string, string> = {
  'ag-gummersbach': 'jc-oberberg', 'ag-wipperfuerth': 'jc-oberberg', 'ag-waldbroel': 'jc-oberberg',
  'ag-dortmund': 'jc-dortmund', 'ag-leipzig': 'sa-leipzig',
};
