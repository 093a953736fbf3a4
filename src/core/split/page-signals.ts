import type { Page, Word } from '../page.js';
import { buildLines } from '../extract/layout.js';
import { findDrNumbers, findFileNumbers } from '../parse/file-number.parser.js';
import { foldChars } from '../parse/ocr-repair.js';

/** Who wrote the letter, read from the letterhead (first lines / top zone). */
export type SenderKind = 'court' | 'bailiff' | 'authority' | 'other' | null;

/** What one page says about where documents begin; computed once per page, no decisions here. */
export interface PageSignals {
  number: number;
  /** No or almost no readable words (duplex back, empty sheet, "Leerseite"). */
  blank: boolean;
  /** The page reads as a printed separator sheet ("Trennblatt"). */
  separatorText: boolean;
  /** "Seite 2 von 3" → { index: 2, total: 3 }; "- 2 -" / "Seite 2" → { index: 2, total: null }. */
  marker: { index: number; total: number | null } | null;
  sender: SenderKind;
  /** A return-address line or a letterhead of some sender in the top zone. */
  letterhead: boolean;
  /** A recipient block: a "12345 Town" line in the upper part of the page. */
  recipient: boolean;
  /** A document heading ("Mitteilung …", "Ladung", "Urteil", "Kündigung", …) in the upper half. */
  heading: boolean;
  /** "Sehr geehrte …" in the upper part. */
  salutation: boolean;
  /** A letter date in the upper part ("Datum: …", "Gummersbach, den 12.03.2025"). */
  dated: boolean;
  /** The head of a judgment: "Im Namen des Volkes", "Verkündet am …", "Erlassen am …" in the upper half. */
  judgmentHead: boolean;
  /** A forwarding letter of a benefits authority (Jobcenter/Sozialamt) that sends a notice on. */
  cover: boolean;
  /** Court / bailiff file numbers in the header zone (normalised), else anywhere on the page. */
  headerFileNumbers: string[];
  fileNumbers: string[];
}

interface TextLine {
  text: string;
  folded: string;
  y0: number;
  x0: number;
  words: number;
}

const HEADER_ZONE = 0.35;
const UPPER_HALF = 0.55;
/** Fewer letters/digits than this (over confident words) and the page counts as blank. */
const BLANK_CHARS = 12;

/** A keyword as a pattern that tolerates OCR's i/l/1 confusions ("Amtsgerlcht", "Mitte1lung"). */
function kw(word: string): string {
  return word.replace(/[il]/g, '[il1|!]');
}

function words(list: string[]): RegExp {
  return new RegExp(`\\b(?:${list.map(kw).join('|')})`);
}

const COURT = words(['amtsgericht', 'landgericht', 'oberlandesgericht', 'amtsger.']);
const BAILIFF = words(['gerichtsvollzieher', 'obergerichtsvollzieher', 'gv-buro', 'verteilungsstelle fur gerichtsvollzieher']);
const AUTHORITY = words([
  'jobcenter',
  'sozialamt',
  'sozialhilfe',
  'amt fur soziales',
  'fachbereich soziales',
  'kreisverwaltung',
  'landkreis',
  'stadtverwaltung',
  'der burgermeister',
  'der landrat',
  'bezirksamt',
  'agentur fur arbeit',
  'wohnungsamt',
  // Towns and districts by their own names ("Landeshauptstadt München – Sozialreferat", "Stadt Leipzig").
  'landeshauptstadt',
  'stadt ',
  'sozialreferat',
  'landratsamt',
  'kreisausschuss',
  'gemeindeverwaltung',
]);
/** Headings that open a document, at the start of a line (optionally after "Betreff:"). */
const HEADINGS = new RegExp(
  `^(?:betreff:?\\s*)?(?:fristlose |ausserordentliche |ordentliche )?(?:${[
    'mitteilung',
    'benachrichtigung',
    'terminsmitteilung',
    'terminsnachricht',
    'terminsbestimmung',
    'ladung',
    '(?:versaumnis|anerkenntnis|schluss|raumungs|end)?urteil\\b',
    'im namen des volkes',
    'beschluss',
    'kundigung',
    'raumungstermin',
    'raumungsauftrag',
    'zwangsraumung',
    'weiterleitung',
    'ubersendung',
    'letzte mahnung',
    'mahnung',
    'zahlungserinnerung',
    'zahlungsaufforderung',
    'abmahnung',
  ]
    .map(kw)
    .join('|')})`,
);
const SALUTATION = /\b(sehr geehrte|guten tag|liebe[rs]? )/;
const FORWARDING = /(ubersend|weiterleit|leiten (?:wir )?ihnen|leite ich|in der anlage|anbei|beigefugt|zur kenntnis|zustandigkeitshalber|mit der bitte um|kundennummer|kunden-nr|bg-nummer|bg-nr|bedarfsgemeinschaft)/;
const DATED = /(?:^|\s)(?:datum\s*:?\s*|[a-z][a-z-]+,\s+(?:den\s+)?)\d{1,2}\.\s?(?:\d{1,2}\.|[a-z]+\s)/;
const POSTAL_LINE = /^(?:d-)?\d{5}\s+[a-z]/;
const RETURN_ADDRESS = /(·|•|\|| - ).*\d{5}\s+[a-z]|postfach.*\d{5}|\d{5}\s+[a-z].*(·|•)/;
const MARKER_OF = /\b(?:seite|blatt|s\.)\s*([0-9li|]{1,2})\s*(?:von|\/|v\.|aus)\s*([0-9li|]{1,2})\b/;
const MARKER_ALONE = /^(?:[-–—]\s*([0-9li|]{1,2})\s*[-–—]|(?:seite|blatt)\s*([0-9li|]{1,2})|([0-9]{1,2})\s*\/\s*([0-9]{1,2}))$/;
const LEER = /(absichtlich|bewusst) (frei|leer)|leerseite|diese seite (ist|bleibt) (frei|leer)/;
const SEPARATOR = /trennblatt/;

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = Number(raw.replace(/[li|]/g, '1'));
  return Number.isFinite(n) && n > 0 ? n : null;
}

function linesOf(words: Word[]): TextLine[] {
  return buildLines(words).map((ws) => {
    const text = ws.map((w) => w.text).join(' ');
    return {
      text,
      folded: foldChars(text).replace(/\s+/g, ' ').trim(),
      y0: Math.min(...ws.map((w) => w.bbox[1])),
      x0: Math.min(...ws.map((w) => w.bbox[0])),
      words: ws.length,
    };
  });
}

function readMarker(lines: TextLine[]): PageSignals['marker'] {
  for (const line of lines) {
    const m = MARKER_OF.exec(line.folded);
    if (m) {
      const index = toNumber(m[1]);
      const total = toNumber(m[2]);
      if (index && total && index <= total) return { index, total };
    }
  }
  for (const line of lines) {
    if (line.words > 4) continue;
    const m = MARKER_ALONE.exec(line.folded);
    if (!m) continue;
    if (m[3] && m[4]) {
      const index = toNumber(m[3]);
      const total = toNumber(m[4]);
      if (index && total && index <= total) return { index, total };
      continue;
    }
    const index = toNumber(m[1] ?? m[2]);
    if (index) return { index, total: null };
  }
  return null;
}

function senderOf(text: string): SenderKind {
  if (BAILIFF.test(text)) return 'bailiff';
  if (COURT.test(text)) return 'court';
  if (AUTHORITY.test(text)) return 'authority';
  return null;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

/** Reads the signals of one page (pure; lines are rebuilt from word boxes, so reading order is not trusted). */
export function pageSignals(page: Page): PageSignals {
  const confident = page.words.filter((w) => w.confidence >= 0.4);
  const letters = confident.reduce((n, w) => n + (w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  const lines = linesOf(page.words);
  const all = lines.map((l) => l.folded).join('\n');
  const marker = readMarker(lines);
  const blank = !marker && (letters < BLANK_CHARS || (page.words.length <= 12 && LEER.test(all)));
  const separatorText = SEPARATOR.test(all) && page.words.length <= 60;

  // Letterhead: the first two lines, plus any line in the top 10 % of the page (letterheads set on the right).
  const headLines = lines.filter((l, i) => i < 2 || l.y0 < 0.1);
  const headText = headLines.map((l) => l.folded).join('\n');
  const returnLine = lines.find((l) => l.y0 < HEADER_ZONE && RETURN_ADDRESS.test(l.folded));
  const senderText = returnLine ? `${headText}\n${returnLine.folded}` : headText;
  const sender = senderOf(senderText) ?? (headLines.length && (returnLine || /(gmbh|\bag\b|e\.g\.|\bkg\b|rechtsanw|kanzlei|hausverwaltung|immobilien|wohnungs)/.test(headText)) ? 'other' : null);
  const upper = lines.filter((l) => l.y0 < UPPER_HALF);
  const recipient = lines.some((l) => l.y0 < 0.45 && l !== returnLine && POSTAL_LINE.test(l.folded) && l.words <= 4);
  const heading = upper.some((l) => l.words <= 20 && HEADINGS.test(l.folded));
  const salutation = lines.some((l) => l.y0 < 0.65 && SALUTATION.test(l.folded));
  const upperText = upper.map((l) => l.folded).join('\n');
  const dated = lines.some((l) => l.y0 < 0.45 && DATED.test(l.folded));
  const judgmentHead = /(im namen des volkes|verkundet am|erlassen am)/.test(upperText);
  const cover =
    sender === 'authority' &&
    FORWARDING.test(all) &&
    !/(im namen des volkes|mitteilung in zivilsachen|tag des eingangs der klage)/.test(upperText);

  const headerText = lines.filter((l) => l.y0 < HEADER_ZONE).map((l) => l.text).join('\n');
  const numbersIn = (text: string) => uniq([...findFileNumbers(text), ...findDrNumbers(text)].map((m) => m.value));
  return {
    number: page.number,
    blank,
    separatorText,
    marker,
    sender,
    letterhead: sender !== null,
    recipient,
    heading,
    salutation,
    dated,
    judgmentHead,
    cover,
    headerFileNumbers: numbersIn(headerText),
    fileNumbers: numbersIn(lines.map((l) => l.text).join('\n')),
  };
}
