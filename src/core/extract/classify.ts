import type { DocumentType } from '../extraction.schema.js';

/**
 * The document type from what each kind of notice says of itself. The text is folded and freed of specks
 * (lower case, umlauts to base letters, "ae" as "a", punctuation as a space), so "Termin. zur mündlichen" and
 * "Raeumungstermin" read like clean print.
 */
const SIGNS: Record<Exclude<DocumentType, 'other'>, [RegExp, number][]> = {
  eviction_notice: [
    [/gerichtsvollzieher/, 2],
    [/raumungstermin|zwangsraumung|raumungsvollstreckung|raumung (?:\S+ ){0,8}(?:bestimmt|festgesetzt|anberaumt|durchfuhren|durchgefuhrt)/, 2],
    [/\bdr (?:nr )?(?:iv|v|[il1]{1,3}) \d/, 1],
    [/\bschuldner/, 1],
    [/\bglaubiger/, 1],
    [/\bgvga\b|zwangsvollstreckung/, 1],
  ],
  judgment: [
    [/im namen des volkes/, 3],
    [/\b(?:versaumnis|anerkenntnis|end|schluss|raumungs)?urteil\b/, 1],
    [/\b(?:wird|werden) (?:\S+ ){0,2}verurteilt/, 2],
    [/fur recht erkannt/, 2],
  ],
  hearing_summons: [
    [/termins?(?:mitteilung|nachricht|bestimmung)|\bladung\b|\bgeladen\b|mitteilung (?:\S+ ){0,2}(?:verhandlungs|gute)?termins?\b/, 2],
    [/\btermin (?:\S+ ){0,2}(?:mundlichen|gute)|verhandlungstermin|gutetermin|haupttermin/, 1],
  ],
  court_notice: [
    // The notice's own law: § 22 Abs. 9 SGB II (older: Abs. 5/6), § 36 Abs. 2 / § 34 Abs. 2 SGB XII, § 15a BSHG, the MiZi;
    // not § 22 Abs. 8, under which a Jobcenter takes over the debts.
    [/§ ?22 abs ?[5-79]\b|§ ?3[46] abs ?2\b|\bbshg\b|mitteilung in zivilsachen|\bmizi\b/, 3],
    [/sgb ii|sgb xii/, 1],
    [/raumungs(?:rechtsstreit|klage|sache)|klage auf raumung/, 1],
    [/eingang (?:\S+ ){0,3}klage|klage (?:\S+ ){0,25}eingegangen|klageeingang/, 1],
  ],
};

/** A benefits authority's letterhead: its own letters retell a notice ("Mitteilung des Amtsgerichts … Räumungsklage"). */
export const AUTHORITY_SENDER = /(jobcenter|sozialamt|sozialhilfe|fachstelle|kreisverwaltung|landkreis|kreis\b|stadtverwaltung|amt fur soziales|bezirksamt)/;
/**
 * A letterhead of a court, a bailiff or a lawyer. The court in the nominative only: an authority's letter names
 * "Mitteilung des Amtsgerichts".
 */
export const NOTICE_SENDER = /(\bgericht\b|amtsgericht\b|gerichtsvollzieher|rechtsanw)/;

function score(text: string, type: Exclude<DocumentType, 'other'>): number {
  return SIGNS[type].reduce((sum, [re, weight]) => sum + (re.test(text) ? weight : 0), 0);
}

/** `folded`: the document's text in lower case with umlauts folded (text-view's foldCase). */
export function classifyDocument(folded: string): DocumentType {
  const text = folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/[^a-z0-9§]+/g, ' ');
  const head = text.slice(0, 2500);
  const court = /amtsgericht|\bgericht\b|\d{1,4} c \d{1,6} \d{2}\b/.test(text);
  if (score(text, 'eviction_notice') >= 3 && /gerichtsvollzieher/.test(text)) return 'eviction_notice';
  if (/im namen des volkes/.test(text) || (score(head, 'judgment') >= 3 && court)) return 'judgment';
  // Below a benefits authority's letterhead stands its own letter, which a court's notice or summons never is.
  const letterhead = folded.slice(0, 200);
  if (AUTHORITY_SENDER.test(letterhead) && !NOTICE_SENDER.test(letterhead)) return 'other';
  const notice = score(text, 'court_notice');
  const summons = score(head, 'hearing_summons');
  // A summons copied to the authority may cite § 22 SGB II too; its own heading decides.
  const heading = /termins?(?:mitteilung|nachricht)|\bladung\b|mitteilung (?:\S+ ){0,2}(?:verhandlungs|gute)?termins?\b/.test(head.slice(0, 1200));
  if (summons >= 2 && court && (notice < 3 || heading)) return 'hearing_summons';
  if (notice >= 3 || (notice >= 2 && court)) return 'court_notice';
  if (summons >= 1 && court && !/kundigung|mahnung/.test(head)) return 'hearing_summons';
  return 'other';
}
