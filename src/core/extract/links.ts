import { DATE_CUES, type Cue } from './cues.js';
import type { CueHit, Span, View } from './text-view.js';

/**
 * How strongly a label (a cue hit) speaks for a value (a candidate span), from where the two stand:
 * - before it on the same line (labelled lines, table rows, prose: "Termin … ist bestimmt auf Montag, den …");
 * - on a line above it (a label over its value, prose wrapped over lines);
 * - after it in the same sentence (prose: "dass am 28. April 2025 eine Klage … eingegangen ist");
 * - left of it on the line below (a table's label cell that wrapped: "Termin zur mündlichen ⇥ 22.04.2025" +
 *   "Verhandlung").
 * Words between label and value weaken the link, the words that join a label to its value in German prose
 * ("am", "den", "auf", "ist", weekdays …) only a little; another candidate of the same kind in between nearly
 * cuts it (the label belongs to the nearer value).
 */
export interface Link {
  cue: Cue;
  strength: number;
  hit: CueHit;
  relation: 'left' | 'above' | 'right' | 'below';
}

/** Words that join a label to its value without meaning of their own (folded). */
const JOINERS = new Set([
  'am', 'an', 'den', 'dem', 'der', 'die', 'das', 'des', 'vom', 'von', 'auf', 'um', 'zum', 'zur', 'fur', 'ist', 'sind', 'wird', 'wurde', 'wurden',
  'bestimmt', 'festgesetzt', 'anberaumt', 'angesetzt', 'terminiert', 'mundlichen', 'mundliche', 'uhr', 'in', 'hohe', 'betragt', 'belauft',
  'sich', 'beim', 'bei', 'eur', 'euro', 'mit', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'nr', 'a', 'er', 'sie', 'es', 'ca', 'rund', 'derzeit', 'aktuell', 'monatlich', 'insgesamt', 'bis', 'einschliesslich', 'einschlieslich', 'jeweils',
  'dort', 'hier', 'gericht', 'amtsgericht', 'zivilabteilung', 'uber', 'eine', 'ein', 'einer',
]);

/**
 * The verb phrases that set an appointment, right before its date ("bestimmt auf", "festgesetzt auf" …), also over
 * a generic sub-label of the block they open ("anberaumt auf:" + "Datum: Freitag, 20.06.2025").
 */
const APPOINTED = /(?:(?:bestimmt|festgesetzt|anberaumt|angesetzt|terminiert|verlegt|vorgesehen)\s+(?:auf|fur)|(?:^|\n|\s)auf)\s*[:,]?\s*(?:(?:datum|tag)\s*:?\s*)?(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend)\s*,?\s*)?(?:den\s+)?$/;
/** The appointments such a verb phrase can set. */
const APPOINTMENTS: readonly Cue[] = ['hearing', 'evictionDate'];

const LEFT_DECAY = 0.95;
const RIGHT_DECAY = 0.93;
const RIGHT_FACTOR = 0.75;
const ABOVE_FACTOR = 0.88;
const RUNS_ON_FACTOR = 0.96;
const BELOW_FACTOR = 0.75;
/** A label in a column farther left than the value's own or the one before it (a letterhead's other column). */
const OTHER_COLUMN = 0.6;
/** An appointment's head noun at the end of a line above, its date at the start of a later one. */
const WRAPPED = 0.85;
/** A label above a value whose own row has a label of another kind. */
const OWN_LABEL = 0.5;
/** A sentence's end between a label above and the value. */
const SENTENCE_BETWEEN = 0.4;
/** A value of the same kind between label and value. */
const BLOCKED = 0.25;
const MAX_WORDS = 30;

function wordCost(view: View, from: number, to: number): number {
  let cost = 0;
  for (let t = view.tokenAt(from); t < view.tokens.length && view.tokens[t]!.start < to; t++) {
    const key = view.folded.slice(view.tokens[t]!.start, view.tokens[t]!.end);
    cost += JOINERS.has(key) || /^\d+$/.test(key) ? 0.25 : 1;
  }
  return cost;
}

function sentenceEndBetween(view: View, from: number, to: number): boolean {
  const between = view.text.slice(from, to);
  // A sentence ends at a full stop after a word of three small letters or more, before a capital ("… ist. Die");
  // not after dates, abbreviations or numbers; but right after the value it ends its sentence ("… 897,12 €. Geltend
  // gemacht wird ein Rückstand …").
  return /\p{Ll}{3}[.!?]\s+\p{Lu}/u.test(between) || /^[\s)]*[.!?]\s+\p{Lu}/u.test(between) || /\n\s*\n/.test(between);
}

function cellIndex(view: View, line: number, offset: number): number {
  const cells = view.lines[line]!.cells;
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.start <= offset) return i;
  return 0;
}

function blocked(blockers: readonly Span[], from: number, to: number, self: Span): boolean {
  return blockers.some((b) => b !== self && b.start >= from && b.end <= to && !(b.start === self.start && b.end === self.end));
}

/**
 * For each cue of `wanted`, the strongest link of a hit of it to the candidate span. `blockers` are the other
 * candidates of the same kind.
 */
export function linksOf(view: View, span: Span, wanted: readonly Cue[], blockers: readonly Span[]): Map<Cue, Link> {
  const out = new Map<Cue, Link>();
  const line = view.lineAt(span.start);
  const here = view.lines[line]!;
  const cell = cellIndex(view, line, span.start);
  const keep = (link: Link) => {
    const old = out.get(link.cue);
    if (!old || old.strength < link.strength) out.set(link.cue, link);
  };
  // "… Termin zur Räumung der Wohnung Gartenstraße 2, 42499 Hückeswagen bestimmt auf" + date: the verb phrase right
  // before the value joins it to its sentence's head noun, however far that stands.
  const settled = APPOINTED.test(view.folded.slice(Math.max(0, span.start - 40), span.start));
  // After a value only the first label counts ("2.230,08 € nebst Zinsen": the interest is another amount's).
  // On the next line only where the sentence runs on there, not at a new row or item.
  const next = view.lines[line + 1];
  // German prose may go on with a noun ("… bei dem hiesigen Gericht eine" + "Klage der … eingegangen ist"): a line that
  // ends in a word written small or a comma runs on too ("583,38 Euro" does not).
  const runsOnBelow =
    !!next &&
    next.page === here.page &&
    (/^\s*\p{Ll}/u.test(view.text.slice(next.start, next.end)) || (!next.gapBefore && /(?:(?:^|\s)\p{Ll}+|,)\s*$/u.test(view.text.slice(here.start, here.end))));
  const firstRight = view.cues.find((h) => wanted.includes(h.cue) && h.start >= span.end && (h.line === line || (h.line === line + 1 && runsOnBelow)))?.start;
  for (const hit of view.cues) {
    if (!wanted.includes(hit.cue)) continue;
    // An appointment's verb phrase reaches its head noun over the flat's address ("die Räumung der Wohnung" + street +
    // town + "auf Mittwoch, den 16. Juli 2025 … bestimmt"), as the 'above' case below allows.
    if (hit.line < line - (settled && APPOINTMENTS.includes(hit.cue) ? 3 : 2) || hit.line > line + 1) continue;
    if (hit.start >= span.start && hit.end <= span.end) continue;
    // A word in brackets qualifies the label, it is not its head ("Monatliche Miete (einschl. Nebenkosten)").
    // Unless the value stands in the same brackets ("(geboren am 23.07.1956)").
    const sameBrackets = hit.end <= span.start && !view.text.slice(hit.end, span.start).includes(')');
    // So does one after "einschließlich", "inkl.", "zzgl.", "nebst": "die Miete einschließlich Betriebskosten beträgt …".
    const weight = hit.weight * ((inBrackets(view, hit) && !sameBrackets) || qualifies(view, hit) ? 0.5 : 1);
    let strength = 0;
    let relation: Link['relation'];
    if (hit.line === line && hit.end <= span.start) {
      relation = 'left';
      // The verb phrase binds the value to its head noun over another date between ("der Termin vom 7. November …
      // wird verlegt auf Montag, 1. Dezember").
      const bound = settled && APPOINTMENTS.includes(hit.cue) && !sentenceEndBetween(view, hit.end, span.start);
      const cost = Math.min(wordCost(view, hit.end, span.start), bound ? 1 : Infinity);
      if (cost > MAX_WORDS) continue;
      strength = weight * LEFT_DECAY ** cost;
      if (cell - cellIndex(view, line, hit.start) > 1) strength *= OTHER_COLUMN;
      if (!bound && blocked(blockers, hit.end, span.start, span)) strength *= BLOCKED;
    } else if (hit.line < line) {
      relation = 'above';
      const hitLine = view.lines[hit.line]!;
      if (hitLine.page !== here.page) continue;
      const lines = line - hit.line;
      const tail = wordCost(view, hit.end, hitLine.end);
      const head = wordCost(view, here.start, span.start);
      const settledHere = settled && APPOINTMENTS.includes(hit.cue) && lines <= 3 && !sentenceEndBetween(view, hit.end, span.start);
      const cost = settledHere ? Math.min(1, tail + head + 2 * (lines - 1)) : tail + head + 2 * (lines - 1);
      if (cost > MAX_WORDS) continue;
      // Text that runs on from the label's line end to the value's line start is prose wrapped over lines: nearly
      // as close as on one line.
      const runsOn = tail < 1 && head < 1 && lines === 1;
      strength = weight * (runsOn || settledHere ? RUNS_ON_FACTOR : ABOVE_FACTOR ** lines) * LEFT_DECAY ** cost;
      // A new block starts between them, or the label stands in another column than the value.
      for (let l = hit.line + 1; l <= line; l++) if (view.lines[l]!.gapBefore) strength *= 0.6;
      // A sentence that ends after the label and a new one that holds the value ("… zum nächsten zulässigen Termin." +
      // "Bitte geben Sie die Wohnung bis 09.06.2026 …"): the label was another sentence's word.
      if (/\p{Ll}{3}[.!?]\s*$/u.test(view.text.slice(hit.start, hitLine.end)) && /^\s*\p{Lu}/u.test(view.text.slice(view.lines[hit.line + 1]!.start, span.start))) strength *= SENTENCE_BETWEEN;
      const [x0, , x1] = view.doc.words[view.doc.charWord[hit.start]!]?.word.bbox ?? [0, 0, 1];
      const valueBox = view.doc.words[view.doc.charWord[span.start]!]?.word.bbox;
      // A sentence that wraps puts its head noun at the end of a line and the value at the start of a later one: for an
      // appointment's verb phrase that is no other column, but a link a person should check.
      if (valueBox && !runsOn && x1 < valueBox[0] - 0.35) strength *= OTHER_COLUMN;
      else if (valueBox && !runsOn && x0 > valueBox[2] + 0.05) strength *= settledHere ? WRAPPED : OTHER_COLUMN;
      // Labels paired by a slash over values paired the same way ("Miete monatlich / Rückstand" over "706,70 € /
      // 1.413,40 €"): each label is the value's in the same place, whatever value of the pair stands between.
      const slot = pairedSlot(view, hit.line, hit.start);
      const valueSlot = pairedSlot(view, line, span.start);
      const paired = slot !== null && valueSlot !== null && slot.count === valueSlot.count;
      if (paired ? slot.index !== valueSlot.index : !settledHere && blocked(blockers, hit.end, span.start, span)) strength *= BLOCKED;
      // A date's row with a date label of its own ("Rechtshängigkeit ⇥ am 22.07.2025"): the label of the row above
      // (a wrapped "Verhandlung") is not its label.
      if (!runsOn && !settledHere && DATE_CUES.includes(hit.cue) && view.cues.some((h) => h.line === line && h.end <= span.start && h.cue !== hit.cue && DATE_CUES.includes(h.cue))) strength *= OWN_LABEL;
    } else if (hit.start === firstRight && !sentenceEndBetween(view, span.end, hit.start)) {
      relation = 'right';
      const cost = wordCost(view, span.end, hit.start);
      if (cost > 20) continue;
      strength = weight * RIGHT_FACTOR * RIGHT_DECAY ** cost;
      if (blocked(blockers, span.end, hit.start, span)) strength *= BLOCKED;
    } else if (hit.line === line + 1) {
      relation = 'below';
      // Only a label cell left of the value, as a table's wrapped label column.
      const valueBox = view.doc.words[view.doc.charWord[span.start]!]?.word.bbox;
      const hitBox = view.doc.words[view.doc.charWord[hit.start]!]?.word.bbox;
      if (!valueBox || !hitBox || hitBox[2] > valueBox[0] || cellIndex(view, hit.line, hit.start) !== 0 || cell === 0) continue;
      strength = weight * BELOW_FACTOR;
    } else continue;
    keep({ cue: hit.cue, strength, hit, relation });
  }
  return out;
}

/** A slash between the parts of a pair, spaced (not the one of "Mieter/in"). */
const PAIR_SLASH = /\s\/\s/g;

/** Which part of a line's slash-separated pair an offset stands in, and how many parts the line has (null: none). */
function pairedSlot(view: View, line: number, offset: number): { index: number; count: number } | null {
  const { start, end } = view.lines[line]!;
  const count = (view.text.slice(start, end).match(PAIR_SLASH)?.length ?? 0) + 1;
  return count > 1 ? { index: view.text.slice(start, offset).match(PAIR_SLASH)?.length ?? 0, count } : null;
}

/**
 * Whether a cue only qualifies another label: it follows "einschließlich", "inkl.", "zzgl." or "nebst", or it says
 * what a debt is of ("ein Rückstand an Miete und Nutzungsentschädigung in Höhe von …", a label "Rückstand Miete": the
 * amount is the debt's).
 */
function qualifies(view: View, hit: CueHit): boolean {
  const before = view.folded.slice(Math.max(0, hit.start - 40), hit.start);
  return /\b(?:einschl\w*|inkl\w*|incl\w*|zzgl|zuzuglich|nebst)\.?\s*$/.test(before) || /\b(?:ruckstand\w*|ruckstande|schulden)\s+(?:(?:an|aus|von)\s+)?(?:\p{L}+\s+(?:und|sowie)\s+)?$/u.test(before);
}

/** Whether a cue stands inside brackets on its line. */
function inBrackets(view: View, hit: CueHit): boolean {
  const line = view.lines[hit.line]!;
  const before = view.text.slice(line.start, hit.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && view.text.slice(hit.end, line.end).includes(')');
}
