/**
 * Label stems: the words that tell what a value next to them is. This table is data; a new wording should need
 * a stem here, not new code. Stems are written as fuzzyKey()s (lower case, no umlauts, ß and ss as s) and match
 * inside compounds ("Mietrückstandes", "Verhandlungstermin"); where several stems match one word, the longest
 * wins ("raumungstermin" over "termin", "vermieter" over "mieter", "schuldner" over "schuld"). A stem that
 * starts with "=" must be the whole word; a stem with a space is a phrase of consecutive words.
 *
 * Weights say how specific a stem is for its cue (1 = unambiguous).
 */
export type Cue =
  // dates
  | 'hearing' | 'evictionDate' | 'claimReceived' | 'claimServed' | 'judgmentDate' | 'vacateDeadline' | 'letterDate' | 'birth' | 'dateOther'
  // money
  | 'monthlyRent' | 'arrears' | 'moneyOther'
  // file numbers
  | 'fileNumber' | 'referenceOther'
  // parties and places
  | 'tenant' | 'landlord' | 'counsel' | 'official' | 'authority' | 'flat' | 'addressOther' | 'room'
  // words that end a party block without being a party role
  | 'claim';

type Table = Record<Cue, [stem: string, weight: number][]>;

export const CUE_STEMS: Table = {
  hearing: [
    ['verhandlung', 1], ['verhandlungstermin', 1], ['termin', 0.8], ['sitzungstermin', 1], ['gutetermin', 1], ['guteverhandlung', 1],
    ['haupttermin', 1], ['fruhertermin', 1], ['ladung', 0.8], ['geladen', 0.8], ['anberaumt', 0.9], ['terminier', 0.9], ['terminsbestimmung', 1],
    ['terminsmitteilung', 0.9], ['terminsnachricht', 0.9], ['terminsbenachrichtigung', 0.9], ['sitzung', 0.7],
  ],
  evictionDate: [
    ['raumung', 0.9], ['raumungstermin', 1], ['zwangsraumung', 1], ['raumungsvollstreckung', 1], ['vollstreckungstermin', 1],
    ['herausgabevollstreckung', 1], ['exmission', 1], ['raumungsauftrag', 0.8],
  ],
  claimReceived: [
    ['eingang', 1], ['eingegangen', 1], ['klageeingang', 1], ['eingereicht', 1], ['einreichung', 1], ['anhangig', 0.9], ['eingangsdatum', 1],
    ['klageerhebung', 0.6], ['klage', 0.7], ['klageschrift', 0.8], ['raumungsklage', 0.7],
  ],
  claimServed: [['zugestellt', 1], ['zustellung', 1], ['rechtshangig', 1], ['rechtshangigkeit', 1]],
  judgmentDate: [
    ['verkundet', 1], ['erlassen', 0.9], ['urteil', 0.8], ['versaumnisurteil', 0.9], ['anerkenntnisurteil', 0.9], ['raumungsurteil', 0.9],
    ['endurteil', 0.9], ['schlussurteil', 0.9], ['vollstreckungstitel', 0.8], ['titel', 0.7], ['vergleich', 0.6], ['beschluss', 0.6],
    ['verkundungstermin', 1],
  ],
  vacateDeadline: [['raumungsfrist', 1]],
  letterDate: [['=datum', 1], ['ort datum', 1]],
  birth: [['=geb', 1], ['geboren', 1], ['geburtsdatum', 1], ['geburtstag', 1]],
  dateOther: [
    ['schreiben', 0.8], ['kundigung', 0.8], ['mahnung', 0.8], ['zahlbar', 1], ['fallig', 1], ['frist', 0.6], ['stempel', 1], ['ausgefertigt', 1],
    ['ausfertigung', 0.9], ['mietvertrag', 1], ['vertrag', 0.7], ['=seit', 0.7], ['=stand', 0.8], ['zinsen', 0.8], ['basiszinssatz', 1],
    ['abgesandt', 0.8], ['versandt', 0.8], ['gedruckt', 1], ['zeitraum', 0.8], ['beglaubigt', 0.8], ['eingangsstempel', 1], ['posteingang', 1],
    // A hearing's postponement or cancellation in general ("Terminsverlegungen werden gesondert mitgeteilt") is not it.
    ['terminsverlegung', 0.8], ['terminverlegung', 0.8], ['terminsaufhebung', 0.8], ['terminsanderung', 0.8],
  ],
  monthlyRent: [
    ['miete', 0.9], ['mietzins', 1], ['monatsmiete', 1], ['monatlich', 0.8], ['nutzungsentschadigung', 0.7], ['miethohe', 1], ['mietbetrag', 0.8],
    ['gesamtmiete', 1], ['bruttomiete', 1], ['warmmiete', 1], ['mietforderung', 0.5],
    // A part of the month's rent: the total a Jobcenter takes over wins where both stand ("Miete 793,00 € (Grundmiete 568,00 € …)").
    ['grundmiete', 0.5], ['kaltmiete', 0.5], ['nettomiete', 0.5],
  ],
  arrears: [
    ['ruckstand', 1], ['ruckstandig', 1], ['mietruckstand', 1], ['zahlungsruckstand', 1], ['schulden', 1], ['mietschuld', 1], ['forderung', 1],
    ['klageforderung', 1], ['hauptforderung', 1], ['offen', 0.9], ['ausstehend', 0.9], ['ausstand', 0.9], ['summe', 0.6], ['insgesamt', 0.5],
    ['gesamtbetrag', 0.7], ['betrag', 0.5], ['zahlung', 0.6], ['=zahlen', 0.6], ['zahlungsverzug', 0.6], ['verzug', 0.5], ['saldo', 0.8],
    // A judgment's order to pay ("wird verurteilt, an die Klägerin 1.234,00 € nebst Zinsen … zu zahlen").
    ['verurteilt', 0.8], ['=nebst', 0.8],
  ],
  moneyOther: [
    ['streitwert', 1], ['kosten', 1], ['gebuhr', 1], ['gerichtskosten', 1], ['zinsen', 1], ['basiszinssatz', 1], ['vorschuss', 1],
    ['kaution', 1], ['auslagen', 1], ['nebenkosten', 0.9], ['betriebskosten', 0.9], ['heizkosten', 0.9], ['vorauszahlung', 0.9],
    ['pauschale', 1], ['inkasso', 1], ['gegenstandswert', 1], ['ratenzahlung', 0.8], ['=davon', 0.6],
  ],
  fileNumber: [
    ['aktenzeichen', 1], ['=az', 1], ['geschaftsnummer', 1], ['geschaftszeichen', 1], ['geschafts', 0.9], ['zeichen', 0.7],
    ['dienstregister', 1], ['=dr nr', 1], ['bei antwort', 0.8], ['bitte angeben', 0.8],
  ],
  referenceOther: [
    ['ihr zeichen', 1], ['ihr aktenzeichen', 1], ['ihre nachricht', 1], ['kundennummer', 1], ['=kunden', 0.9], ['=bg', 0.9], ['bedarfsgemeinschaft', 1],
    ['mieternummer', 1], ['mieter nr', 1], ['vertragsnummer', 1], ['vorgangsnummer', 0.8], ['iban', 1], ['=bic', 1], ['steuernummer', 1], ['telefon', 1],
    ['durchwahl', 1], ['=fax', 1], ['telefax', 1], ['=tel', 1], ['email', 0.8], ['=mail', 0.8],
  ],
  tenant: [
    ['beklagt', 1], ['beklagtenseite', 1], ['mieter', 1], ['mieterin', 1], ['schuldner', 1], ['schuldnerin', 1], ['raumungsschuldner', 1],
    ['schuldnerseite', 1], ['antragsgegner', 1], ['=gegen', 0.9], ['wohnungsinhaber', 0.9], ['bewohner', 0.7], ['vollstreckungsschuldner', 1],
    ['leistungsberechtigt', 0.9], ['mietpartei', 1], ['=betroffen', 0.8], ['haushalt', 0.8],
  ],
  landlord: [
    ['klager', 1], ['klagerin', 1], ['klagerseite', 1], ['klagend', 1], ['klagepartei', 1], ['glaubiger', 1], ['glaubigerin', 1], ['glaubigerseite', 1], ['vermieter', 1],
    ['vermieterin', 1], ['antragsteller', 1], ['eigentumer', 0.8], ['vollstreckungsglaubiger', 1], ['mandant', 0.9], ['mandantin', 0.9],
    // A lawyer's opening, in either word order: "zeigen wir an, dass uns X … beauftragt hat", "wir zeigen an, dass
    // wir X vertreten", "namens und in Vollmacht der X".
    ['wir an dass uns', 0.9], ['wir an dass wir', 0.9], ['zeigen an dass uns', 0.9], ['zeigen an dass wir', 0.9], ['vollmacht der', 0.9], ['vollmacht des', 0.9],
  ],
  counsel: [
    ['bevollmachtigt', 1], ['prozessbevollmachtigt', 1], ['rechtsanw', 1], ['anwalt', 1], ['anwaltin', 1], ['kanzlei', 1], ['=vertreten', 0.9],
    ['verfahrensbevollmachtigt', 1], ['rechtsanwalte', 1], ['=vertr', 0.8], ['inkassoburo', 1],
  ],
  official: [
    ['richter', 1], ['richterin', 1], ['urkundsbeamt', 1], ['justizbeschaftigt', 1], ['justizangestellt', 1], ['rechtspfleger', 1],
    ['gerichtsvollzieher', 1], ['sachbearbeit', 1], ['geschaftsstelle', 0.8], ['auftrag', 0.6], ['=gez', 0.8], ['unterschrift', 0.8],
    ['ansprechpartner', 1], ['ansprechpartnerin', 1], ['bearbeiter', 0.9], ['zustandig', 0.8], ['durchwahl', 0.6],
  ],
  authority: [
    ['jobcenter', 1], ['sozialamt', 1], ['fachstelle', 1], ['ordnungsamt', 1], ['wohnungsamt', 1], ['sozialhilfe', 0.8], ['grundsicherung', 0.8],
    ['wohnraumsicherung', 1], ['wohnungssicherung', 1], ['wohnungsnotfall', 1], ['obdachlos', 1], ['kreisverwaltung', 1], ['stadtverwaltung', 1],
    ['landratsamt', 1], ['bezirksamt', 1], ['=hause', 0.8], ['soziale dienste', 1], ['leistungstrager', 1], ['trager', 0.5],
  ],
  flat: [
    ['wohnhaft', 1], ['wohnung', 0.9], ['mietobjekt', 1], ['mietsache', 1], ['raumungsobjekt', 1], ['objekt', 0.7], ['belegen', 0.9],
    ['anschrift', 0.6], ['wohnanschrift', 1], ['mietwohnung', 1], ['wohnungsanschrift', 1], ['=wh', 0.8], ['=whft', 0.8], ['wohnend', 1],
    ['mietraume', 1], ['raumlichkeit', 0.8], ['=zuletzt', 0.5], ['mieteranschrift', 1], ['adresse', 0.6], ['wohnadresse', 1], ['mieteradresse', 1],
    ['wohnungsadresse', 1],
  ],
  addressOther: [
    ['postfach', 1], ['hausanschrift', 1], ['dienstgebaude', 1], ['=sitz', 0.8], ['besucheranschrift', 1], ['postanschrift', 1], ['sprechzeit', 1],
    ['offnungszeit', 1], ['bankverbindung', 1], ['gerichtsgebaude', 1], ['sitzungssaal', 0.8], ['verhandlungsort', 1], ['geschaftsraum', 1], ['geschaftszimmer', 1],
    ['lieferanschrift', 1], ['postadresse', 1], ['hausadresse', 1], ['besucheradresse', 1], ['dienstsitz', 1], ['zustellanschrift', 0.6],
    ['ladungsfahige', 1], ['amtsgericht', 0.8], ['=gericht', 0.6],
  ],
  room: [
    ['=saal', 1], ['sitzungssaal', 1], ['=raum', 1], ['zimmer', 1], ['sitzungszimmer', 1], ['verhandlungssaal', 1], ['sitzungsraum', 1],
    ['verhandlungsraum', 1], ['gerichtssaal', 1],
  ],
  claim: [
    ['=wegen', 1], ['raumungsklage', 1], ['raumungsrechtsstreit', 1], ['raumungssache', 1], ['rechtsstreit', 1], ['klage', 0.8], ['streitsache', 1],
    ['=sachen', 1], ['=sache', 1], ['rechtssache', 1], ['zwangsvollstreckung', 1], ['=verfahren', 0.8],
    ['zwangsvollstreckungssache', 1], ['vollstreckungssache', 1], ['=betreff', 1], ['=betr', 1],
  ],
};

/** Cues that can label each kind of candidate (the rest are ignored for it). */
export const DATE_CUES: readonly Cue[] = ['hearing', 'evictionDate', 'claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline', 'letterDate', 'birth', 'dateOther'];
export const MONEY_CUES: readonly Cue[] = ['monthlyRent', 'arrears', 'moneyOther'];
export const REFERENCE_CUES: readonly Cue[] = ['fileNumber', 'referenceOther'];

/** Phrases that say a hearing is not set yet (folded text). */
export const NOT_SET = /(noch nicht|nicht (?:bestimmt|anberaumt|festgesetzt)|kein termin|steht noch (?:nicht|aus)|wird (?:noch|gesondert)|gesondert mitgeteilt|entfallt|aufgehoben|sobald)/;
