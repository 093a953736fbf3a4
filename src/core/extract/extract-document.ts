import { emptyFields, type DocumentType, type ExtractionWarning, type Fields } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Page } from '../page.js';
import { foldChars } from '../parse/ocr-repair.js';
import { AUTHORITY_SENDER, classifyDocument, NOTICE_SENDER } from './classify.js';
import { clamp, found, type Found } from './found.js';
import { buildDocText, buildLines } from './layout.js';
import { readAddress, readLandlord, readTenants } from './parties.js';
import { readCourt, readFileNumbers } from './references.js';
import { findSections } from './sections.js';
import { isRoleLabel, makeView } from './text-view.js';
import { readDates, readMoney } from './values.js';

/**
 * Reads the fields of one document from its pages (pure, no I/O), in two halves:
 * - finders turn the words into typed candidates without knowing which field they fill: dates, times, amounts,
 *   file and register numbers, courts, addresses (parse/), people in the party sections (sections.ts);
 * - the role scorer gives each candidate its field from its context: the labels next to it by layout (links.ts,
 *   stems in cues.ts), the party section it stands in, the document type (role-weights.ts).
 * Every value has a confidence: how sure its role is times the OCR's confidence in its words.
 */
export interface ExtractContext {
  gazetteer: Gazetteer;
  /** ISO date used for plausibility checks (birth dates in the past); defaults to no check. */
  today?: string;
}

export interface DocumentExtraction {
  documentType: DocumentType;
  fields: Fields;
  warnings: ExtractionWarning[];
}

/** A customer number of the benefits authority: page 1 is its forwarding letter. */
const CUSTOMER_NUMBER = /(kundennummer|kunden-nr|bg-nummer|bg-nr|bedarfsgemeinschaft|nummer der bg|ihr zeichen.*jobcenter)/;
/** Words that forward an enclosure: page 1 is a forwarding letter when the next page opens a letter of its own. */
const FORWARDS = /(\banbei\b|\banlagen?\s*:|beigefugt|weiterleitung|weitergeleitet|ubersende|ubermittl|weiteren veranlassung)/;
/**
 * Whether a page opens a letter of its own: a sender's or recipient's postal code and town, or a court's or bailiff's
 * name, in its first lines (a letter's second page goes on with its text).
 */
function opensLetter(page: Page): boolean {
  const top = buildLines(page.words).slice(0, 8).map((line) => line.map((w) => w.text).join(' ')).join('\n');
  return /\b\d{5}[ \t]+\p{Lu}/u.test(top) || NOTICE_SENDER.test(foldChars(top));
}

/**
 * Page 1 is a forwarding letter from the benefits authority when the authority sends it (its name on the page, no
 * court's or bailiff's letterhead at the top) and it carries a customer number, or forwards an enclosure that the
 * next page opens.
 */
function withoutCoverLetter(pages: Page[]): { pages: Page[]; cover: boolean } {
  if (pages.length < 2) return { pages, cover: false };
  const first = foldChars(pages[0]!.words.map((w) => w.text).join(' '));
  const forwarding = CUSTOMER_NUMBER.test(first) || (FORWARDS.test(first) && opensLetter(pages[1]!));
  if (forwarding && AUTHORITY_SENDER.test(first) && !NOTICE_SENDER.test(first.slice(0, 200)) && !/(im namen des volkes|gerichtsvollzieher)/.test(first.slice(0, 400))) {
    return { pages: pages.slice(1), cover: true };
  }
  return { pages, cover: false };
}

function strip<T>(f: Found<T> | null): { value: T; confidence: number; page: number; bbox: [number, number, number, number] } | null {
  return f ? { value: f.value, confidence: f.confidence, page: f.page, bbox: [f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]] } : null;
}

export function extractDocument(pages: Page[], context: ExtractContext): DocumentExtraction {
  const warnings: ExtractionWarning[] = [];
  const fields = emptyFields();
  if (!pages.length || pages.every((p) => !p.words.length)) {
    warnings.push({ code: 'no_text', message: 'Kein Text im Dokument gefunden', field: null });
    return { documentType: 'other', fields, warnings };
  }
  const { pages: main, cover } = withoutCoverLetter(pages);
  if (cover) warnings.push({ code: 'cover_letter', message: 'Erste Seite ist ein Anschreiben und wurde übersprungen', field: null });
  const view = makeView(buildDocText(main, { columnHead: isRoleLabel }));
  const documentType = classifyDocument(view.folded);
  const sections = findSections(view);

  fields.court = strip(readCourt(view, context.gazetteer, documentType, warnings));
  const files = readFileNumbers(view, documentType, warnings);
  fields.fileNumber = strip(files.own);
  fields.relatedFileNumbers = strip(files.related);
  const tenants = readTenants(view, sections);
  fields.tenants = strip(tenants?.tenants ?? null);
  if (tenants?.numbered) {
    warnings.push({ code: 'tenants_incomplete', message: `Schreiben nummeriert mindestens ${tenants.numbered} Beklagte, gelesen: ${tenants.tenants.value.length}`, field: 'tenants' });
  }
  fields.address = strip(readAddress(view, sections, context.gazetteer, context.gazetteer.nationalPostalCodes, tenants?.end ?? null, warnings));
  fields.landlord = strip(readLandlord(view, sections));
  const dates = readDates(view, documentType, warnings);
  fields.claimReceived = strip(dates.claimReceived);
  fields.claimServed = strip(dates.claimServed);
  fields.hearing = strip(dates.hearing);
  fields.evictionDate = strip(dates.evictionDate);
  const money = readMoney(view, documentType, warnings);
  fields.monthlyRent = strip(money.monthlyRent);
  fields.arrears = strip(money.arrears);
  if (documentType === 'judgment' || documentType === 'eviction_notice') {
    const kind = judgmentKind(view.folded);
    if (kind) fields.judgmentKind = strip(found(view, kind.value, kind.at, kind.at + 8, documentType === 'judgment' ? 0.95 : 0.9));
    fields.judgmentDate = strip(dates.judgmentDate);
    fields.vacateDeadline = strip(dates.vacateDeadline);
  }
  const ordinary = /hilfsweise\b[^.]{0,100}?\b(?:ordentlich|fristgerecht|fristgema)/.exec(view.folded);
  if (ordinary) fields.ordinaryTermination = strip(found(view, true, ordinary.index, ordinary.index + ordinary[0].length, 0.95));
  else if (documentType === 'other') {
    // A termination without notice that gives no ordinary one in the alternative.
    const termination = /(fristlos\w*\s+(?:\S+\s+){0,6}?kundig|kundig\w*\s+(?:\S+\s+){0,8}?fristlos)/.exec(view.folded);
    if (termination) fields.ordinaryTermination = strip(found(view, false, termination.index, termination.index + termination[0].length, 0.85));
  }
  checkBirthDates(fields, context.today, warnings);
  for (const [name, reading] of Object.entries(fields)) {
    if (reading && reading.confidence < 0.6) warnings.push({ code: 'low_confidence', message: 'Feld unsicher gelesen, bitte prüfen', field: name });
  }
  return { documentType, fields, warnings };
}

/** The kind of judgment a document is (or, for a bailiff, names as its title). */
function judgmentKind(folded: string): { value: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil'; at: number } | null {
  const m = /(versaumnis|anerkenntnis|raumungs|end|schluss)?urteil/.exec(folded);
  if (!m) return null;
  const value = m[1] === 'versaumnis' ? 'versaeumnisurteil' : m[1] === 'anerkenntnis' ? 'anerkenntnisurteil' : 'raeumungsurteil';
  return { value, at: m.index };
}

/** A tenant signs a lease: born at least this many years before today. */
const MIN_TENANT_AGE = 16;

function checkBirthDates(fields: Fields, today: string | undefined, warnings: ExtractionWarning[]): void {
  const tenants = fields.tenants;
  if (!tenants || !today) return;
  // A later date is no tenant's birth date: an inbox stamp's or a letter's date read beside the name.
  const latest = `${Number(today.slice(0, 4)) - MIN_TENANT_AGE}${today.slice(4)}`;
  for (const t of tenants.value) {
    if (t.birthDate && t.birthDate > latest) {
      t.birthDate = null;
      tenants.confidence = clamp(tenants.confidence * 0.8);
      warnings.push({ code: 'birth_date_implausible', message: `Geburtsdatum unplausibel (jünger als ${MIN_TENANT_AGE} Jahre)`, field: 'tenants' });
    }
  }
}
