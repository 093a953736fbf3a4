import type { Page } from '../page.js';
import { pageSignals, type PageSignals } from './page-signals.js';

export interface SplitOptions {
  /** Page numbers (Page.number) on which a separator code was found; they always split and are dropped. */
  separatorPages?: ReadonlySet<number>;
  /** Also treat pages that read as a printed separator sheet ("Trennblatt") as separators (default true). */
  separatorText?: boolean;
}

export interface SplitDocument {
  /** First and last page (Page.number, 1-based, inclusive) of the document in the batch. */
  pages: [number, number];
  /** Why the document starts here (German, shown to staff). */
  reason: string;
  /** 0..1: the weakest decision inside the range (its start and every "stays with the previous page"). */
  confidence: number;
}

export interface SplitResult {
  documents: SplitDocument[];
  /** Blank pages and separator sheets, never part of a document (also those inside a document's range). */
  droppedPages: number[];
}

interface Decision {
  start: boolean;
  reason: string;
  confidence: number;
}

interface OpenDocument {
  first: number;
  last: number;
  reason: string;
  confidence: number;
  /** Only the pages of a forwarding letter so far: the next document that starts joins it. */
  coverOnly: boolean;
  lastMarker: PageSignals['marker'];
  fileNumbers: Set<string>;
}

/** A page starts a document when its evidence reaches this score. */
const THRESHOLD = 2.5;

const SENDER_NAMES: Record<string, string> = {
  court: 'Briefkopf eines Gerichts',
  bailiff: 'Briefkopf einer Gerichtsvollzieherin / eines Gerichtsvollziehers',
  authority: 'Briefkopf einer Behörde',
  other: 'Briefkopf',
};

function confidenceOf(score: number): number {
  return Math.round((0.5 + 0.5 * Math.min(1, Math.abs(score - THRESHOLD) / 3)) * 100) / 100;
}

/** Scores a non-blank page against the document open before it. */
function decide(s: PageSignals, open: OpenDocument | null): Decision {
  if (!open) return { start: true, reason: 'Anfang des Stapels', confidence: 1 };
  const pageNumbers = s.headerFileNumbers.length ? s.headerFileNumbers : s.fileNumbers;
  const sameFile = pageNumbers.some((n) => open.fileNumbers.has(n));
  const otherFile = pageNumbers.length > 0 && open.fileNumbers.size > 0 && !sameFile;

  if (s.marker?.index === 1) {
    return { start: true, reason: `Seitenangabe „Seite 1${s.marker.total ? ` von ${s.marker.total}` : ''}“`, confidence: 0.97 };
  }
  if (s.marker && s.marker.index > 1) {
    const inSequence = open.lastMarker?.index === s.marker.index - 1;
    if (otherFile && s.letterhead && s.heading) return { start: true, reason: 'anderes Aktenzeichen mit Briefkopf', confidence: 0.6 };
    return { start: false, reason: 'Folgeseite', confidence: inSequence ? 0.98 : 0.85 };
  }

  const reasons: string[] = [];
  let score = 0;
  if (s.sender) {
    score += s.sender === 'other' ? 1 : 2;
    reasons.push(SENDER_NAMES[s.sender]!);
  }
  if (s.recipient) {
    score += 1.5;
    reasons.push('Anschriftfeld');
  }
  if (s.heading) {
    score += 2;
    reasons.push('Überschrift');
  }
  if (s.salutation) {
    score += 1;
    reasons.push('Anrede');
  }
  if (s.judgmentHead) {
    score += 1.5;
    reasons.push('Urteilskopf');
  }
  if (s.dated) score += 0.5;
  if (s.headerFileNumbers.length) score += 0.5;
  if (sameFile) score -= 1.5;
  if (otherFile) {
    score += 1.5;
    reasons.push('anderes Aktenzeichen');
  }
  // The open document announced more pages ("Seite 1 von 2") than it has so far.
  if (open.lastMarker?.total && open.lastMarker.index < open.lastMarker.total) score -= 2.5;

  if (score >= THRESHOLD) return { start: true, reason: reasons.join(', '), confidence: confidenceOf(score) };
  return { start: false, reason: sameFile ? 'gleiches Aktenzeichen' : 'Folgeseite', confidence: confidenceOf(score) };
}

/**
 * Splits a batch scan into documents, from the pages themselves.
 *
 * Rules, in order:
 * 1. A separator page (QR code found by the adapter, or a printed "Trennblatt" page) is dropped and always splits.
 * 2. A blank page (duplex back: no or almost no confident words, or "Diese Seite bleibt leer") is dropped and
 *    neither splits nor joins.
 * 3. "Seite 1 von n" starts a document; "Seite k (von n)" with k > 1 and "- k -" continue it.
 * 4. Otherwise a page starts a document when its evidence adds up: letterhead of a court, bailiff or authority,
 *    a recipient block, a heading ("Mitteilung …", "Ladung", "Urteil", "Kündigung", …), a salutation, an
 *    Aktenzeichen in the header; the same Aktenzeichen as the open document counts against a start, a different
 *    one for it, and so does a "Seite 1 von 2" the open document has not finished yet.
 * 5. Cover letters: a forwarding letter of a Jobcenter/Sozialamt (authority letterhead plus a forwarding phrase
 *    or a customer number) starts a document, and the next document that starts after it — the notice it forwards —
 *    joins it, so the pair is one document (the extractor skips the cover page). It joins exactly one document:
 *    a second notice starts its own, and so does a second cover letter; a separator sheet between them splits.
 */
export function splitPages(pages: Page[], options: SplitOptions = {}): SplitResult {
  const separators = options.separatorPages ?? new Set<number>();
  const useText = options.separatorText ?? true;
  const documents: SplitDocument[] = [];
  const droppedPages: number[] = [];
  let open: OpenDocument | null = null;
  let afterSeparator = false;

  const close = () => {
    if (open) documents.push({ pages: [open.first, open.last], reason: open.reason, confidence: open.confidence });
    open = null;
  };

  for (const page of pages) {
    const s = pageSignals(page);
    if (separators.has(page.number) || (useText && s.separatorText)) {
      droppedPages.push(page.number);
      close();
      afterSeparator = true;
      continue;
    }
    if (s.blank) {
      droppedPages.push(page.number);
      continue;
    }
    const current: OpenDocument | null = open;
    const decision = decide(s, current);
    if (!current || (decision.start && !(current.coverOnly && !s.cover))) {
      close();
      const reason = afterSeparator ? 'nach Trennblatt' : decision.reason;
      open = {
        first: page.number,
        last: page.number,
        reason: s.cover ? `Anschreiben einer Behörde (${reason})` : reason,
        confidence: afterSeparator ? 1 : decision.confidence,
        coverOnly: s.cover,
        lastMarker: s.marker,
        fileNumbers: new Set(s.fileNumbers),
      };
    } else {
      if (decision.start) {
        // The notice a cover letter forwards.
        current.coverOnly = false;
        current.reason = `${current.reason}; weitergeleitetes Schreiben ab Seite ${page.number}`;
        current.fileNumbers.clear();
      } else if (!s.cover) {
        // A cover letter's own second page continues its page numbering; any other page is the forwarded letter.
        current.coverOnly = current.coverOnly && s.marker !== null && current.lastMarker !== null;
      }
      current.last = page.number;
      current.confidence = Math.min(current.confidence, decision.confidence);
      current.lastMarker = s.marker ?? (decision.start ? null : current.lastMarker);
      for (const n of s.fileNumbers) current.fileNumbers.add(n);
    }
    afterSeparator = false;
  }
  close();
  return { documents, droppedPages };
}

/**
 * Pages worth a look for a separator code: almost no text, or "Trennblatt" printed on them. Lets the runner
 * render and scan only these pages instead of every page of a batch.
 */
export function separatorCandidates(pages: Page[]): number[] {
  return pages
    .filter((p) => {
      const s = pageSignals(p);
      return s.blank || s.separatorText || p.words.length < 25;
    })
    .map((p) => p.number);
}
