import type { DocumentType, ExtractionWarning } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import { findCourts } from '../parse/court.parser.js';
import { findDrNumbers, findFileNumbers, type FileNumberMatch } from '../parse/file-number.parser.js';
import { compareKey } from '../parse/ocr-repair.js';
import { REFERENCE_CUES } from './cues.js';
import { found, type Found } from './found.js';
import { linksOf } from './links.js';
import { ROLE_WEIGHTS, roleConfidence } from './role-weights.js';
import type { View } from './text-view.js';

/**
 * The court and the file numbers. A notice's own file number is the one its label names ("Aktenzeichen",
 * "Geschäfts-Nr.", "Az.", "Unser Zeichen"), not the one of "Ihr Zeichen" or a customer number; a bailiff files
 * under the register number (DR) and names the court's number of the title, which is kept as related.
 */
export function readFileNumbers(view: View, type: DocumentType, warnings: ExtractionWarning[]): { own: Found<string> | null; related: Found<string[]> | null } {
  const az = findFileNumbers(view.text);
  const dr = findDrNumbers(view.text);
  const all = [...az, ...dr];
  const labelled = (list: FileNumberMatch[]) =>
    list
      .map((m) => {
        const links = linksOf(view, m, REFERENCE_CUES, all);
        const own = links.get('fileNumber')?.strength ?? 0;
        const foreign = links.get('referenceOther')?.strength ?? 0;
        return { m, score: own > foreign ? own : 0 };
      })
      .sort((a, b) => b.score - a.score || a.m.start - b.m.start);
  let own: Found<string> | null = null;
  if (type === 'eviction_notice') {
    const best = labelled(dr)[0];
    if (best) own = found(view, best.m.value, best.m.start, best.m.end, (best.score >= 0.3 ? roleConfidence(best.score) : 0.9) * (best.m.bare || best.m.glued ? 0.9 : 1));
    else if (az.length) warnings.push({ code: 'register_number_missing', message: 'DR-Nummer des Gerichtsvollziehers nicht gefunden', field: 'fileNumber' });
  } else {
    const best = labelled(az)[0];
    if (best) {
      const distinct = new Set(az.map((a) => a.value)).size;
      const strength = best.score >= 0.3 ? roleConfidence(best.score) : distinct > 1 ? 0.75 : 0.92;
      own = found(view, best.m.value, best.m.start, best.m.end, strength * (best.m.speck ? 0.9 : 1));
    } else if (dr.length) own = found(view, dr[0]!.value, dr[0]!.start, dr[0]!.end, 0.9);
  }
  if (type !== 'eviction_notice') return { own, related: null };
  const others = az.filter((m) => m.value !== own?.value);
  const values = [...new Set(others.map((m) => m.value))];
  return { own, related: values.length ? found(view, values, others[0]!.start, others[0]!.end, 0.93) : null };
}

/**
 * The court: the one named first (the letterhead); for a bailiff's notice the court of the title it enforces,
 * else the bailiff's own ("Obergerichtsvollzieherin … beim Amtsgericht Waldbröl"). A court outside the gazetteer
 * is read but warned about.
 */
/**
 * A letterhead that stacks the court's name over its place ("Amtsgericht" + "Waldbröl" in the line below, other
 * columns beside them) read as one line.
 */
function stackedText(view: View): string {
  let text = view.text;
  for (const line of view.lines.slice(0, 12)) {
    const cell = line.cells.find((c) => /^[\W_]*Amtsgericht[\W_]*$/i.test(view.text.slice(c.start, c.end)));
    if (!cell) continue;
    const left = (c: { start: number; end: number }) => view.doc.words[view.doc.charWord[c.start + view.text.slice(c.start, c.end).search(/\S/)]!]?.word.bbox[0] ?? 9;
    const x = left(cell);
    // The place in the same column on one of the next two lines (a column beside may put a line between them).
    const place = view.lines
      .slice(line.index + 1, line.index + 3)
      .filter((l) => l.page === line.page)
      .map((l) => l.cells.find((c) => Math.abs(left(c) - x) < 0.03))
      .find((c) => c !== undefined);
    if (!place) continue;
    // Put the place right after the word (same length: the separator between them becomes spaces).
    const between = text.slice(cell.end, place.start);
    text = text.slice(0, cell.end) + ' ' + text.slice(place.start, place.end) + ' '.repeat(Math.max(0, between.length - 1)) + text.slice(place.end);
  }
  return text;
}

/** What follows a postal code on its line: a town ("44135 Dortmund", "45276 Essen-Steele", "53721 Siegburg Tel. …"). */
const TOWN_AFTER_CODE = /\b\d{5}[ \t]+([^\n\t,;]{2,40})/g;

/** Whether a postal code on the page is followed by the place, word for word ("Mülheim an der Ruhr"). */
function placeHasCode(view: View, place: string): boolean {
  const key = compareKey(place);
  const words = place.split(/\s+/).length;
  return [...view.text.matchAll(TOWN_AFTER_CODE)].some((m) => compareKey(m[1]!.split(/\s+/).slice(0, words).join(' ')) === key);
}

export function readCourt(view: View, gazetteer: Gazetteer, type: DocumentType, warnings: ExtractionWarning[]): Found<string> | null {
  const courts = findCourts(view.text, gazetteer);
  if (!courts.length) courts.push(...findCourts(stackedText(view), gazetteer));
  if (!courts.length) return null;
  // A letter that only names a court ("… werden wir Räumungsklage beim Amtsgericht erheben") has no court case yet.
  if (type === 'other' && !findFileNumbers(view.text).length) return null;
  let first = courts[0]!;
  if (type === 'eviction_notice') {
    // The court of the title the bailiff enforces ("Urteil des Amtsgerichts X vom …, 12 C 345/25"), else the bailiff's.
    const titles = findFileNumbers(view.text);
    const ofTitle = courts.find((c) => titles.some((t) => t.start > c.start && t.start - c.end < 120));
    const ofBailiff = courts.find((c) => /gerichtsvollzieher[^\n]{0,80}\n?[^\n]{0,40}\b(?:bei dem|beim|bei|am)\s*$/.test(view.folded.slice(Math.max(0, c.start - 140), c.start)));
    first = ofTitle ?? ofBailiff ?? first;
  }
  let strength = first.exact ? 0.97 : first.known ? 0.9 : 0.93;
  if (new Set(courts.map((c) => c.value)).size > 1) strength *= 0.9;
  // A court outside the gazetteer has only the document to check its place: the court's town after a postal code
  // (its own address, the venue). A place no postal code line spells the same way may be misread or cut short.
  if (!first.known && !placeHasCode(view, first.value.replace(/^Amtsgericht\s+/, ''))) strength = Math.min(strength, ROLE_WEIGHTS.unsure);
  if (!first.known && gazetteer.courts.length) warnings.push({ code: 'court_unknown', message: 'Gericht ist nicht im Verzeichnis des Einzugsgebiets', field: 'court' });
  return found(view, first.value, first.start, first.end, strength);
}
