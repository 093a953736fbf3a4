/** Real towns and postal codes; street names are generic, house numbers and flats fictional. */
export interface Town {
  city: string;
  postalCodes: readonly string[];
  streets: readonly string[];
}

export const TOWNS: Record<string, Town> = {
  gummersbach: { city: 'Gummersbach', postalCodes: ['51643', '51645', '51647'], streets: ['Kaiserstraße', 'Hindenburgstraße', 'Am Sonnenhang', 'Vollmerhauser Straße', 'Dieringhauser Straße', 'Auf der Brück', 'Singerbrinkstraße', 'Karlstraße', 'Steinmüllerallee', 'Am Wiedenhof', 'Bernberger Weg', 'Hückeswagener Straße'] },
  bergneustadt: { city: 'Bergneustadt', postalCodes: ['51702'], streets: ['Kölner Straße', 'Hauptstraße', 'Am Kräwinkel', 'Talstraße', 'Othestraße', 'Wiedenester Straße'] },
  engelskirchen: { city: 'Engelskirchen', postalCodes: ['51766'], streets: ['Overather Straße', 'Leppestraße', 'Bahnhofstraße', 'Im Auel', 'Ründerother Straße'] },
  marienheide: { city: 'Marienheide', postalCodes: ['51709'], streets: ['Hauptstraße', 'Brucher Straße', 'Landwehrstraße', 'Am Bahnhof', 'Jahnstraße'] },
  wiehl: { city: 'Wiehl', postalCodes: ['51674'], streets: ['Hauptstraße', 'Bielsteiner Straße', 'Mühlenstraße', 'Am Weiher', 'Homburger Straße'] },
  reichshof: { city: 'Reichshof', postalCodes: ['51580'], streets: ['Hahnbucher Straße', 'Zum Wiehltal', 'Denklinger Straße', 'Im Unterdorf'] },
  wipperfuerth: { city: 'Wipperfürth', postalCodes: ['51688'], streets: ['Lüdenscheider Straße', 'Untere Straße', 'Hochstraße', 'Gaulstraße', 'Am Stauweiher', 'Radiumstraße'] },
  hueckeswagen: { city: 'Hückeswagen', postalCodes: ['42499'], streets: ['Islandstraße', 'Peterstraße', 'Bahnhofplatz', 'Goethestraße', 'Auf der Höhe'] },
  lindlar: { city: 'Lindlar', postalCodes: ['51789'], streets: ['Kölner Straße', 'Hauptstraße', 'Am Marktplatz', 'Eichenhofstraße', 'Sülztalstraße'] },
  radevormwald: { city: 'Radevormwald', postalCodes: ['42477'], streets: ['Kaiserstraße', 'Elberfelder Straße', 'Uelfestraße', 'Hohenfuhrstraße', 'Am Kreuzberg'] },
  waldbroel: { city: 'Waldbröl', postalCodes: ['51545'], streets: ['Kaiserstraße', 'Vennstraße', 'Wiedenhofstraße', 'Hochstraße', 'Brölstraße', 'Auf dem Driesch'] },
  morsbach: { city: 'Morsbach', postalCodes: ['51597'], streets: ['Waldbröler Straße', 'Bahnhofstraße', 'Zum Hähner', 'Kirchstraße'] },
  nuembrecht: { city: 'Nümbrecht', postalCodes: ['51588'], streets: ['Hauptstraße', 'Homburger Straße', 'Am Kurpark', 'Lindchenweg'] },
  dortmund: { city: 'Dortmund', postalCodes: ['44135', '44137', '44139', '44141', '44143', '44145', '44147', '44149', '44339', '44359', '44369'], streets: ['Mallinckrodtstraße', 'Münsterstraße', 'Borsigstraße', 'Heroldstraße', 'Evinger Straße', 'Rheinische Straße', 'Dr.-Gustav-Heinemann-Straße', 'Am Hafenbecken', 'Kielstraße', 'Westfalendamm', 'Zur Vogelstange'] },
  leipzig: { city: 'Leipzig', postalCodes: ['04155', '04157', '04177', '04179', '04229', '04249', '04277', '04315', '04317', '04347', '04357'], streets: ['Eisenbahnstraße', 'Georg-Schwarz-Straße', 'Karl-Liebknecht-Straße', 'Am Sonnenpark', 'Merseburger Straße', 'Torgauer Straße', 'Dieskaustraße', 'Auf der Höhe', 'Gothaer Straße', 'Wurzner Straße'] },
  mannheim: { city: 'Mannheim', postalCodes: ['68159', '68161', '68167', '68169', '68199', '68219', '68305', '68307'], streets: ['Neckarauer Straße', 'Waldhofstraße', 'Lange Rötterstraße', 'Am Herrenried', 'Mittelstraße', 'Rheinhäuserstraße'] },
  bremen: { city: 'Bremen', postalCodes: ['28195', '28199', '28217', '28239', '28325'], streets: ['Waller Heerstraße', 'Gröpelinger Heerstraße', 'Am Wandrahm', 'Osterholzer Heerstraße'] },
  kassel: { city: 'Kassel', postalCodes: ['34117', '34119', '34127', '34134'], streets: ['Holländische Straße', 'Friedrich-Ebert-Straße', 'Am Weinberg', 'Leipziger Straße'] },
  erfurt: { city: 'Erfurt', postalCodes: ['99084', '99086', '99089', '99091'], streets: ['Magdeburger Allee', 'Johannesstraße', 'Am Roten Berg', 'Berliner Straße'] },
  kiel: { city: 'Kiel', postalCodes: ['24103', '24114', '24143', '24148'], streets: ['Kaiserstraße', 'Elisabethstraße', 'Am Wellsee', 'Ostring'] },
};

/** The Amtsgericht district each town belongs to (only towns with court documents). */
export const COURT_TOWNS: Record<string, readonly string[]> = {
  'ag-gummersbach': ['gummersbach', 'gummersbach', 'gummersbach', 'bergneustadt', 'engelskirchen', 'marienheide', 'wiehl', 'reichshof'],
  'ag-wipperfuerth': ['wipperfuerth', 'wipperfuerth', 'hueckeswagen', 'lindlar', 'radevormwald'],
  'ag-waldbroel': ['waldbroel', 'waldbroel', 'morsbach', 'nuembrecht'],
  'ag-dortmund': ['dortmund'],
  'ag-leipzig': ['leipzig'],
  'ag-mannheim': ['mannheim'],
  'none-north': ['bremen', 'kassel', 'erfurt', 'kiel'],
};

export const ADDITIONS = ['c/o Hoffmann', 'bei Schulte', '2. OG links', '1. OG rechts', 'EG links', 'DG', 'Whg. 12', 'Whg. 4', 'Hinterhaus', '3. OG Mitte', 'Souterrain', 'App. 7'];
