import { emptyFields, type DocumentType, type ExtractionWarning, type Fields } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Page } from '../page.js';
import { findCourts } from '../parse/court.parser.js';
import { findDrNumbers, findFileNumbers } from '../parse/file-number.parser.js';
import { findMoney } from '../parse/money.parser.js';
import { foldChars } from '../parse/ocr-repair.js';
import { classifyDocument } from './classify.js';
import {
  extractClaimReceived,
  extractClaimServed,
  extractEviction,
  extractHearing,
  extractJudgmentDate,
  extractVacateDeadline,
  letterDate,
} from './extract-dates.js';
import { extractAddress, extractLandlord, extractTenants, landlordLetterParties } from './extract-parties.js';
import { clamp, found, labels, makeView, type Found, type View } from './evidence.js';
import { buildDocText } from './layout.js';

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

const COVER = /(kundennummer|kunden-nr|bg-nummer|bg-nr|bedarfsgemeinschaft|nummer der bg|ihr zeichen.*jobcenter)/;
const COVER_SENDER = /(jobcenter|sozialamt|sozialhilfe|fachstelle|kreisverwaltung|landkreis|kreis\b|stadtverwaltung)/;

/** Page 1 is a forwarding letter from the benefits authority when it carries a customer number. */
function withoutCoverLetter(pages: Page[]): { pages: Page[]; cover: boolean } {
  if (pages.length < 2) return { pages, cover: false };
  const first = foldChars(pages[0]!.words.map((w) => w.text).join(' '));
  if (COVER.test(first) && COVER_SENDER.test(first) && !/(im namen des volkes|gerichtsvollzieher)/.test(first.slice(0, 400))) {
    return { pages: pages.slice(1), cover: true };
  }
  return { pages, cover: false };
}

const FILE_LABEL = /(?<![a-z])(aktenzeichen|az\.|gesch(?:afts)?(?:-|\.\s?)?(?:nr|nummer)\.?|geschaftszeichen|unser zeichen|dienstregister(?:-?nr\.?|nummer)?)\s*[:\t]?\s*/;

function extractFileNumbers(view: View, type: DocumentType, warnings: ExtractionWarning[]): { own: Found<string> | null; related: Found<string[]> | null } {
  const az = findFileNumbers(view.text);
  const dr = findDrNumbers(view.text);
  const labelled = (list: typeof az) =>
    list.find((m) => labels(view, FILE_LABEL).some((l) => m.start >= l.end - 1 && m.start - l.end < 25));
  let own: Found<string> | null = null;
  let ownValue: string | null = null;
  if (type === 'eviction_notice' && dr.length) {
    const m = labelled(dr) ?? dr[0]!;
    own = found(view, m.value, m.start, m.end, 0.96);
    ownValue = m.value;
  } else if (type === 'eviction_notice' && az.length) {
    // A bailiff's notice is filed under the bailiff's register number; the court's numbers on it are the
    // title's (related below). When the register number was not read, it stays missing.
    warnings.push({ code: 'register_number_missing', message: 'DR-Nummer des Gerichtsvollziehers nicht gefunden', field: 'fileNumber' });
  } else if (az.length) {
    const m = labelled(az);
    const pick = m ?? az[0]!;
    const distinct = new Set(az.map((a) => a.value)).size;
    own = found(view, pick.value, pick.start, pick.end, (m ? 0.97 : distinct > 1 ? 0.75 : 0.92) * (pick.speck ? 0.9 : 1));
    ownValue = pick.value;
  } else if (dr.length) {
    own = found(view, dr[0]!.value, dr[0]!.start, dr[0]!.end, 0.9);
    ownValue = dr[0]!.value;
  }
  const others = [...az, ...dr].filter((m) => m.value !== ownValue);
  const values = [...new Set(others.map((m) => m.value))];
  const related = values.length ? found(view, values, others[0]!.start, others[0]!.end, 0.93) : null;
  return { own, related };
}

function extractCourt(view: View, gazetteer: Gazetteer, type: DocumentType, warnings: ExtractionWarning[]): Found<string> | null {
  const courts = findCourts(view.text, gazetteer);
  if (!courts.length) return null;
  let first = courts[0]!;
  if (type === 'eviction_notice') {
    // a bailiff names the title: "Urteil des Amtsgerichts X vom …, 12 C 345/25"
    const titles = findFileNumbers(view.text);
    const ofTitle = courts.find((c) => titles.some((t) => t.start > c.start && t.start - c.end < 120));
    if (ofTitle) first = ofTitle;
  }
  const distinct = new Set(courts.map((c) => c.value));
  let strength = first.exact ? 0.97 : first.known ? 0.9 : 0.93;
  if (distinct.size > 1) strength *= 0.9;
  if (!first.known && gazetteer.courts.length) {
    warnings.push({ code: 'court_unknown', message: 'Gericht ist nicht im Verzeichnis des Einzugsgebiets', field: 'court' });
  }
  return found(view, first.value, first.start, first.end, strength);
}

const RENT = /(monatliche[nr]?\s+(?:brutto|netto|gesamt|kalt|warm)?(?:miete|mietzins|nutzungsentschadigung)|miete monatlich|monatsmiete|mietzins|hohe der (?:monatlichen )?miete|hohe der monatlichen(?=[\t ]+\S)|miete in hohe von (?:monatlich )?|grundmiete|gesamtmiete|bruttomiete|bruttowarmmiete|miethohe|miete\s*[:\t])/;
const ARREARS = /(mietruckstand|mietruckstande|zahlungsruckstand|ruckstandige (?:miete|mieten|betrage)|ruckstand|ruckstande|klageforderung|hohe der (?:ruckstande|forderung)|geltend gemachte forderung|forderung\s*[:\t]|offener betrag|an die klag(?:er(?:in|seite)?|ende partei)(?:\s|\.(?=\s?\d))|hohe des(?=[ \t]+[^\n]*\n[ \t]*(?:miet)?ruckstand))/;

/**
 * The first amount after a label. A label with its amount close by (a table row "Summe Rückstand ⇥ € 1.478,65")
 * wins over an earlier one whose amount is far off (a heading "Aufstellung der Rückstände" above a letter's
 * prose); an amount that runs past the window is read whole, never cut ("€ 29" of "€ 295,73"); an amount after
 * another label is that label's.
 */
function moneyAfter(view: View, pattern: RegExp, window: number): LabelledMoney | null {
  let far: LabelledMoney | null = null;
  for (const label of labels(view, pattern)) {
    const after = view.text.slice(label.end, label.end + window + 16);
    // Not past the next line's own label ("Monatliche Miete: ⇥ <unread>" + "Offener Betrag: ⇥ 891,15 €").
    const m = findMoney(after).find((money) => money.start < window && !/\n[^\n:]{2,40}:/.test(after.slice(0, money.start)));
    if (!m) continue;
    const amount = found(view, m.cents, label.end + m.start, label.end + m.end, m.start < 30 ? 0.96 : 0.88);
    const value = amount ? { ...amount, labelEnd: label.end } : null;
    if (m.start < 30) return value;
    far ??= value;
  }
  return far;
}

type LabelledMoney = Found<number> & { labelEnd: number };

/**
 * Rent and arrears, where one amount was found for both ("Monatliche Miete: ⇥ 250,090 Euro" unreadable, then
 * "Rückstand ⇥ 750,00 Euro"): it is the amount of the label nearer before it; the other field stays empty.
 */
function rentAndArrears(view: View): { rent: Found<number> | null; arrears: Found<number> | null } {
  const rent = moneyAfter(view, RENT, 80);
  const arrears = moneyAfter(view, ARREARS, 100);
  if (!rent || !arrears || rent.start !== arrears.start) return { rent, arrears };
  return rent.labelEnd > arrears.labelEnd ? { rent, arrears: null } : { rent: null, arrears };
}

function crossCheckMoney(fields: Fields, warnings: ExtractionWarning[]): void {
  const rent = fields.monthlyRent;
  const arrears = fields.arrears;
  if (!rent || !arrears || rent.value === 0) return;
  const months = arrears.value / rent.value;
  const near = Math.abs(months - Math.round(months)) < 0.05 && months >= 0.9 && months <= 36;
  if (near) {
    rent.confidence = clamp(rent.confidence * 1.02);
    arrears.confidence = clamp(arrears.confidence * 1.02);
  } else if (months < 0.5 || months > 60) {
    rent.confidence = clamp(rent.confidence * 0.85);
    arrears.confidence = clamp(arrears.confidence * 0.85);
    warnings.push({ code: 'rent_arrears_implausible', message: 'Verhältnis von Miete und Rückstand ist unplausibel', field: 'arrears' });
  }
}

function checkBirthDates(fields: Fields, today: string | undefined, warnings: ExtractionWarning[]): void {
  const tenants = fields.tenants;
  if (!tenants) return;
  for (const t of tenants.value) {
    if (t.birthDate && today && t.birthDate >= today) {
      t.birthDate = null;
      tenants.confidence = clamp(tenants.confidence * 0.8);
      warnings.push({ code: 'birth_date_implausible', message: 'Geburtsdatum liegt nicht in der Vergangenheit', field: 'tenants' });
    }
  }
}

function strip<T>(f: Found<T> | null): { value: T; confidence: number; page: number; bbox: [number, number, number, number] } | null {
  return f ? { value: f.value, confidence: f.confidence, page: f.page, bbox: [f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]] } : null;
}

/** Reads the fields of one document from its pages (pure, no I/O). */
export function extractDocument(pages: Page[], context: ExtractContext): DocumentExtraction {
  const warnings: ExtractionWarning[] = [];
  const fields = emptyFields();
  if (!pages.length || pages.every((p) => !p.words.length)) {
    warnings.push({ code: 'no_text', message: 'Kein Text im Dokument gefunden', field: null });
    return { documentType: 'other', fields, warnings };
  }
  const { pages: main, cover } = withoutCoverLetter(pages);
  if (cover) warnings.push({ code: 'cover_letter', message: 'Erste Seite ist ein Anschreiben und wurde übersprungen', field: null });
  const view = makeView(buildDocText(main));
  const documentType = classifyDocument(view.loose);
  const letter = letterDate(view);

  fields.court = strip(extractCourt(view, context.gazetteer, documentType, warnings));
  const files = extractFileNumbers(view, documentType, warnings);
  fields.fileNumber = strip(files.own);
  fields.relatedFileNumbers = strip(files.related);
  const letterParties = documentType === 'other' ? landlordLetterParties(view) : { landlord: null, tenants: null };
  const tenants = extractTenants(view) ?? letterParties.tenants;
  fields.tenants = strip(tenants?.tenants ?? null);
  if (tenants?.numbered) {
    warnings.push({ code: 'tenants_incomplete', message: `Schreiben nummeriert mindestens ${tenants.numbered} Beklagte, gelesen: ${tenants.tenants.value.length}`, field: 'tenants' });
  }
  fields.address = strip(extractAddress(view, context.gazetteer, tenants?.end ?? null, warnings));
  fields.landlord = strip(extractLandlord(view) ?? letterParties.landlord);
  fields.claimReceived = strip(extractClaimReceived(view, letter));
  fields.claimServed = strip(extractClaimServed(view));
  const money = rentAndArrears(view);
  fields.monthlyRent = strip(money.rent);
  fields.arrears = strip(money.arrears);
  crossCheckMoney(fields, warnings);
  fields.hearing = strip(extractHearing(view, letter, warnings));
  if (documentType === 'eviction_notice' || /raumungstermin/.test(view.loose)) {
    fields.evictionDate = strip(extractEviction(view, letter, warnings));
  }
  if (documentType === 'judgment') {
    const kind = /versaumnisurteil/.test(view.loose.slice(0, 3000))
      ? 'versaeumnisurteil'
      : /anerkenntnisurteil/.test(view.loose.slice(0, 3000))
        ? 'anerkenntnisurteil'
        : 'raeumungsurteil';
    const at = view.folded.search(/(vers(?:a|ae)umnis|anerkenntnis)?urteil/);
    fields.judgmentKind = strip(found(view, kind, Math.max(0, at), Math.max(0, at) + 8, 0.95));
    fields.judgmentDate = strip(extractJudgmentDate(view));
    fields.vacateDeadline = strip(extractVacateDeadline(view));
  }
  const ordinary = /hilfsweise\s+(?:auch\s+)?(?:die\s+|eine\s+)?(?:ordentlich|fristgerecht|fristgema)/.exec(view.folded);
  if (ordinary) fields.ordinaryTermination = strip(found(view, true, ordinary.index, ordinary.index + ordinary[0].length, 0.95));
  checkBirthDates(fields, context.today, warnings);
  for (const [name, reading] of Object.entries(fields)) {
    if (reading && reading.confidence < 0.6) {
      warnings.push({ code: 'low_confidence', message: 'Feld unsicher gelesen, bitte prüfen', field: name });
    }
  }
  return { documentType, fields, warnings };
}
