import type { DocumentType, EvictionDate, ExtractionWarning, Hearing } from '../extraction.schema.js';
import { findDates, type DateMatch } from '../parse/date.parser.js';
import { findMoney } from '../parse/money.parser.js';
import { withoutRulings } from '../parse/ocr-repair.js';
import { findTimes } from '../parse/time.parser.js';
import { DATE_CUES, MONEY_CUES, NOT_SET, type Cue } from './cues.js';
import { clamp, found, type Found } from './found.js';
import { linksOf, type Link } from './links.js';
import { FIELD_PRIOR, ROLE_WEIGHTS, roleConfidence } from './role-weights.js';
import type { Span, View } from './text-view.js';

/**
 * Dates and amounts: every one on the page is a candidate; each takes the role its labels give it (links.ts),
 * strongest first, one role per value and one value per role. Roles that are no field (a birth date, a letter's
 * reference date, court fees) take their values too, so those never fill a field.
 */
interface Candidate<T> extends Span {
  value: T;
  links: Map<Cue, Link>;
  weekday?: DateMatch['weekday'];
}

interface Assignment<T> {
  candidate: Candidate<T>;
  score: number;
  /** How clearly this role won over the candidate's next-best role. */
  margin: number;
  /** The best score another candidate with another value had for this role. */
  rival: number;
}

/** Roles that are no field: they take values away from the fields, as many as the document has. */
const SINKS: ReadonlySet<Cue> = new Set(['birth', 'dateOther', 'moneyOther']);

function assign<T>(candidates: Candidate<T>[], cues: readonly Cue[], type: DocumentType): Map<Cue, Assignment<T>> {
  const pairs: { candidate: Candidate<T>; cue: Cue; score: number }[] = [];
  for (const candidate of candidates) {
    for (const cue of cues) {
      const link = candidate.links.get(cue);
      if (!link) continue;
      const score = link.strength * (FIELD_PRIOR[type][cue] ?? 1);
      if (score >= ROLE_WEIGHTS.minLink) pairs.push({ candidate, cue, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.candidate.start - b.candidate.start);
  const taken = new Set<Candidate<T>>();
  const out = new Map<Cue, Assignment<T>>();
  for (const pair of pairs) {
    if (taken.has(pair.candidate)) continue;
    // A role that is no field holds any number of values (every birth date of the parties, every other date).
    if (SINKS.has(pair.cue)) {
      taken.add(pair.candidate);
      continue;
    }
    if (out.has(pair.cue)) continue;
    taken.add(pair.candidate);
    const others = pairs.filter((p) => p.candidate === pair.candidate && p.cue !== pair.cue);
    const rivals = pairs.filter((p) => p.cue === pair.cue && p.candidate !== pair.candidate && JSON.stringify(p.candidate.value) !== JSON.stringify(pair.candidate.value));
    out.set(pair.cue, {
      candidate: pair.candidate,
      score: pair.score,
      margin: pair.score - Math.max(0, ...others.map((o) => o.score)),
      rival: Math.max(0, ...rivals.map((r) => r.score)),
    });
  }
  return out;
}

/** A role's strength after how clearly it won: a close call or a close rival value is shown for review. */
function strengthOf(a: Assignment<unknown>): number {
  let s = roleConfidence(a.score);
  if (a.margin < ROLE_WEIGHTS.clearMargin) s *= ROLE_WEIGHTS.closeCall;
  if (a.rival > a.score - ROLE_WEIGHTS.clearMargin) s *= ROLE_WEIGHTS.rivalValue;
  return s;
}

/** The text with line breaks as spaces (same length), so a date or amount broken over two lines is found. */
function flat(view: View): string {
  return withoutRulings(view.text.replace(/\n/g, ' '));
}

/** Where a letter's head ends on its page (fraction of the page's height). */
const LETTER_HEAD = 0.4;

export interface DateFields {
  hearing: Found<Hearing> | null;
  evictionDate: Found<EvictionDate> | null;
  claimReceived: Found<string> | null;
  claimServed: Found<string> | null;
  judgmentDate: Found<string> | null;
  vacateDeadline: Found<string> | null;
  letterDate: string | null;
}

export function readDates(view: View, type: DocumentType, warnings: ExtractionWarning[]): DateFields {
  const text = flat(view);
  const candidates: Candidate<string>[] = findDates(text).map((d) => ({ start: d.start, end: d.end, value: d.iso, links: new Map(), ...(d.weekday ? { weekday: d.weekday } : {}) }));
  // A printout in capitals throughout (an old mainframe's form) shouts every label, a stamp's word among them.
  const letters = view.text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.replace(/[^\p{Lu}]/gu, '').length > letters.length / 2;
  for (const c of candidates) {
    c.links = linksOf(view, c, DATE_CUES, candidates);
    // A rubber stamp prints the month in capitals, abbreviated ("24. FEB 2025"): the receiving office's date.
    if (/\d\.?\s?[A-ZÄ]{3}\.?\s?\d{2,4}/.test(view.text.slice(c.start, c.end))) {
      c.links = new Map([['dateOther', { cue: 'dateOther', strength: 0.95, hit: { cue: 'dateOther', weight: 1, start: c.start, end: c.end, token: 0, line: view.lineAt(c.start) }, relation: 'left' }]]);
    }
    // The generic label "Datum" names the letter's date in the letter's head; lower down it is a sub-label of what
    // the block is about ("Termin … anberaumt auf:" + "Datum: Freitag, 20.06.2025").
    const dated = c.links.get('letterDate');
    if (dated && dated.relation === 'left' && view.lines[dated.hit.line]!.bbox[1] > LETTER_HEAD) c.links.set('letterDate', { ...dated, strength: dated.strength * 0.5 });
    // A receipt stamp shouts its word ("EINGEGANGEN" over the date): the receiving office's day, not the claim's.
    const receipt = c.links.get('claimReceived');
    const word = receipt ? view.text.slice(receipt.hit.start, receipt.hit.end) : '';
    if (receipt && word.length >= 6 && word === word.toUpperCase() && !shouting) {
      c.links.delete('claimReceived');
      if ((c.links.get('dateOther')?.strength ?? 0) < receipt.strength) c.links.set('dateOther', { ...receipt, cue: 'dateOther' });
    }
    // "Gummersbach, 12.03.2025": the place before it makes a date the letter's, like the label "Datum".
    if (isPlaceDate(view, c) && !c.links.has('letterDate')) c.links.set('letterDate', { cue: 'letterDate', strength: 0.95, hit: { cue: 'letterDate', weight: 1, start: c.start, end: c.start, token: 0, line: view.lineAt(c.start) }, relation: 'left' });
  }
  // The letter's date first: a court reports the claim's receipt and service from before it, so a later date
  // near those labels is something else (the receiving authority's stamp "Eingegangen 30. JAN 2025").
  const letterDate = assign(candidates, ['letterDate'], type).get('letterDate')?.candidate.value ?? null;
  if (letterDate) {
    for (const c of candidates) {
      if (c.value <= letterDate) continue;
      for (const cue of ['claimReceived', 'claimServed'] as const) {
        const link = c.links.get(cue);
        if (link) c.links.set(cue, { ...link, strength: link.strength * 0.3 });
      }
    }
  }
  // Outside the court's and the bailiff's papers a bare "Termin" is any date ("zum nächstmöglichen Termin, … zum
  // 31.05.2026"): a hearing there is named as such (Verhandlung, Gütetermin, Sitzung).
  if (type === 'other') {
    for (const c of candidates) {
      const link = c.links.get('hearing');
      if (link && /^termin\p{Ll}{0,2}$/u.test(view.folded.slice(link.hit.start, link.hit.end))) c.links.set('hearing', { ...link, strength: link.strength * 0.5 });
    }
  }
  // "… ist am 27.06.2026 ein Antrag auf Übernahme … eingegangen": what came in is named in the sentence; a receipt
  // counts for the claim only where the sentence does not name something else that came in.
  for (const c of candidates) {
    const link = c.links.get('claimReceived');
    if (!link || link.relation === 'left' && /klage/.test(view.folded.slice(link.hit.start, link.hit.end))) continue;
    const sentence = sentenceAround(view, c);
    if (!/klage|rechtsstreit|verfahren/.test(sentence) && /\b(?:antrag|schreiben|zahlung|post|brief|mail|unterlagen)\b/.test(sentence)) c.links.set('claimReceived', { ...link, strength: link.strength * 0.3 });
  }
  // A hearing called off or moved ("der Termin vom 7. November 2025, 09.00 Uhr, wird aufgehoben. Neuer Termin … ist
  // bestimmt auf …"): the date of the appointment called off is no hearing; the one it is moved to is ("verlegt auf …").
  for (const c of candidates) {
    const link = c.links.get('hearing');
    if (!link || !CALLED_OFF.test(sentenceAround(view, c))) continue;
    if (!MOVED_TO.test(view.folded.slice(Math.max(0, c.start - 40), c.start))) c.links.set('hearing', { ...link, strength: link.strength * 0.3 });
  }
  // An appointment's date after "vom" is one held or ordered before ("Protokoll der öffentlichen Sitzung vom …", "die
  // mündliche Verhandlung vom …", "Terminsbestimmung vom …"), not the one the notice sets.
  for (const c of candidates) {
    const link = c.links.get('hearing');
    if (link && HELD_ON.test(view.folded.slice(Math.max(0, c.start - 24), c.start))) c.links.set('hearing', { ...link, strength: link.strength * 0.3 });
  }
  // A bailiff's "Termin" is the eviction: in its notice an appointment's words speak for the eviction date too.
  if (type === 'eviction_notice') {
    for (const c of candidates) {
      const appointment = c.links.get('hearing');
      // Not a hearing named as such ("die mündliche Verhandlung vom …" of the title).
      if (appointment && /verhandl|gute/.test(view.folded.slice(appointment.hit.start, appointment.hit.end))) continue;
      const eviction = c.links.get('evictionDate');
      if (appointment && (!eviction || eviction.strength < appointment.strength * 0.9)) c.links.set('evictionDate', { ...appointment, cue: 'evictionDate', strength: appointment.strength * 0.9 });
    }
  }
  const roles = assign(candidates, DATE_CUES, type);
  const plain = (cue: Cue): Found<string> | null => {
    const a = roles.get(cue);
    return a ? found(view, a.candidate.value, a.candidate.start, a.candidate.end, strengthOf(a) * weekdayFactor(a.candidate, cue, warnings)) : null;
  };
  const hearingRole = roles.get('hearing');
  const hearing = hearingRole && !(hearingNotSet(view) && hearingRole.score < 0.85) ? appointment(view, hearingRole, 'hearing', letterDate, warnings) : null;
  const eviction = roles.get('evictionDate');
  return {
    hearing: hearing ? withRoom(view, hearing, hearingRole!.candidate, warnings) : null,
    evictionDate: eviction ? appointment(view, eviction, 'evictionDate', letterDate, warnings) : null,
    claimReceived: plain('claimReceived'),
    claimServed: plain('claimServed'),
    judgmentDate: plain('judgmentDate'),
    vacateDeadline: plain('vacateDeadline'),
    letterDate,
  };
}

/** The words before the date of an appointment held or ordered before (folded): "vom", "vom Dienstag, den". */
const HELD_ON = /\bvom\s+(?:[a-z]+,?\s+)?(?:den\s+)?$/;
/** Words that call an appointment off or move it (folded). */
const CALLED_OFF = /\b(?:aufgehoben|abgesetzt|verlegt|vertagt|findet nicht statt|entfallt)\b/;
/** The words before the date an appointment is moved to (folded): "verlegt auf Montag, den …", "wird auf den … verlegt". */
const MOVED_TO = /\b(?:auf|fur)\s+(?:\S+\s+){0,3}$/;

/** The folded sentence a value stands in: from the previous sentence's end (or a blank line) to its own. */
function sentenceAround(view: View, c: Span): string {
  const before = view.folded.slice(Math.max(0, c.start - 200), c.start);
  const after = view.folded.slice(c.end, c.end + 200);
  const start = Math.max(before.search(/(?:[a-z]{3}[.!?]\s|\n\s*\n)(?!.*(?:[a-z]{3}[.!?]\s|\n\s*\n))/s) + 1, 0);
  const end = after.search(/[a-z]{3}[.!?](?:\s|$)|\n\s*\n/);
  return before.slice(start) + after.slice(0, end < 0 ? after.length : end + 4);
}

/** "Gummersbach, 12.03.2025", "Köln, den 3. März 2025": a place (no weekday) before a date at the start of its line. */
function isPlaceDate(view: View, c: Span): boolean {
  const line = view.lines[view.lineAt(c.start)]!;
  const index = line.cells.findIndex((cell) => cell.start <= c.start && c.start <= cell.end);
  let before = view.text.slice(line.cells[index]?.start ?? line.start, c.start);
  // The date in a cell of its own after "Dortmund, den" (a letterhead's columns).
  if (!before.trim() && index > 0) before = view.text.slice(line.cells[index - 1]!.start, line.cells[index - 1]!.end);
  return (
    /^\s*\p{Lu}[\p{L}.-]+(?:\s(?:am|an der|a\.|im|\p{Lu}[\p{L}.-]+)){0,2},\s*(?:den(?:\s+|$))?$/u.test(before) &&
    !/(tag|mittwoch|sonnabend),\s*(?:den\s+)?$/i.test(before)
  );
}

function hearingNotSet(view: View): boolean {
  // On the label's own line, before any date: "Termin zur mündlichen Verhandlung: noch nicht bestimmt".
  return view.cues.some((h) => h.cue === 'hearing' && NOT_SET.test(view.folded.slice(h.end, view.lines[h.line]!.end).split(/\d{1,2}\.\s?\d{1,2}\./)[0]!));
}

/**
 * A date's weekday: one mended by it ("Donnerstag, 99.04.2026") is shown for review, one it contradicts even
 * more so; each says so in a warning.
 */
function weekdayFactor(d: { weekday?: DateMatch['weekday'] }, field: string, warnings: ExtractionWarning[]): number {
  if (d.weekday === 'repaired') warnings.push({ code: 'date_repaired_by_weekday', message: 'Datum war unleserlich und wurde nach dem Wochentag ergänzt', field });
  if (d.weekday === 'mismatch') warnings.push({ code: 'weekday_mismatch', message: 'Wochentag passt nicht zum Datum', field });
  return d.weekday === 'repaired' ? 0.85 : d.weekday === 'mismatch' ? 0.75 : 1;
}

/** Courts sit and bailiffs evict in office hours: another hour is more likely a misread digit ("19" for "10"). */
const OFFICE_HOURS = [7, 18] as const;

/** A hearing or eviction: the date, the time next to it, checked against the letter's date and office hours. */
function appointment(view: View, a: Assignment<string>, field: 'hearing' | 'evictionDate', letterDate: string | null, warnings: ExtractionWarning[]): Found<EvictionDate> | null {
  const d = a.candidate;
  const after = findTimes(view.text.slice(d.end, d.end + 45)).find((t) => t.start < 30);
  const before = after ? undefined : findTimes(view.text.slice(Math.max(0, d.start - 30), d.start)).pop();
  const time = after?.value ?? before?.value ?? null;
  let strength = strengthOf(a) * (time ? 1 : 0.95) * weekdayFactor(d, field, warnings);
  if (letterDate && d.value < letterDate) {
    strength *= 0.7;
    warnings.push({
      code: field === 'hearing' ? 'hearing_before_letter' : 'eviction_before_letter',
      message: `${field === 'hearing' ? 'Verhandlungstermin' : 'Räumungstermin'} liegt vor dem Datum des Schreibens`,
      field,
    });
  }
  const hour = time ? Number(time.slice(0, 2)) : null;
  if (hour !== null && (hour < OFFICE_HOURS[0] || hour >= OFFICE_HOURS[1])) {
    strength *= 0.7;
    warnings.push({ code: 'time_implausible', message: `Uhrzeit ${time} liegt außerhalb der üblichen Dienstzeiten`, field });
  }
  return found(view, { date: d.value, time }, d.start, after ? d.end + after.end : d.end, strength);
}

/** A court's hearing room named anywhere in a document (folded): "Saal", "Sitzungssaal", "Sitzungsraum", "Gerichtssaal". */
const COURT_ROOM = /\b(?:sitzungs|verhandlungs|gerichts)?saal\b|\b(?:sitzungs|verhandlungs)(?:raum|zimmer)\b/;

/**
 * The hearing with its room. A court gives both the time and the room of a hearing: one without a time, or without
 * a room where the document names one, may have lost a part, so it is shown for review.
 */
function withRoom(view: View, hearing: Found<EvictionDate>, date: Span, warnings: ExtractionWarning[]): Found<Hearing> {
  const near = roomNear(view, date);
  const room = near?.room ?? null;
  let confidence = hearing.confidence;
  if (!hearing.value.time || (near ? !near.ends : COURT_ROOM.test(view.folded))) {
    confidence = Math.min(confidence, ROLE_WEIGHTS.unsure);
    warnings.push({ code: 'hearing_incomplete', message: 'Uhrzeit oder Saal des Termins womöglich nicht gelesen', field: 'hearing' });
  }
  return { ...hearing, confidence, value: { date: hearing.value.date, time: hearing.value.time, room } };
}

/**
 * The hearing room near its date: "Saal 104", "Sitzungssaal 2.14", "Raum A 1.03", "Saal A", with a floor after it
 * ("(EG)", ", 1. OG", "im 2. Obergeschoss").
 */
// The room's name: a number ("1.106", "A 2.14", "E.112"), a letter, or a Roman numeral ("Sitzungssaal II"); then its floor after a
// comma, a slash, "im" or a space ("Saal 2.22 / 2. Stock", "Saal 112, 1. OG").
const ROOM = /\b((?:Sitzungs|Verhandlungs|Gerichts)?[Ss]aal|(?:Sitzungs|Verhandlungs)(?:raum|zimmer)|Raum|Zimmer)\s*:?\s*(?:Nr\.?\s*)?((?:[A-Z][.-]?)?[ \t]*\d+(?:[.-]\d+)*[a-zA-Z]?(?!\d)|[IVX]{1,4}\b|[A-Z]\b)(?:(\s*[,/]\s*|\s+im\s+|\s+)(\((?:[^)\n]{1,16})\)|(?:EG|OG|UG|DG|Erdgeschoss|Untergeschoss|Dachgeschoss|\d{1,2}\.\s?(?:OG|Obergeschoss|Stock|Etage))))?/u;

/**
 * What may follow a room's name when the name is whole: the end of its line or cell, a sentence's or a bracket's end,
 * prose going on in small letters ("Saal 12 des Amtsgerichts", "…, in dem …"), or the time. Anything else ("Saal
 * 1.12, Eingang B", "Saal 4 (Altbau, Erdgeschoss)") may belong to the room as well.
 */
const ROOM_ENDS = /^[ ]*(?:$|\t|[.;:!)]|(?:,[ ]*)?\p{Ll}|\d{1,2}[.:]\d{2})/u;

/** The room near a hearing's date, and whether what follows it shows its name to be whole. */
function roomNear(view: View, date: Span): { room: string; ends: boolean } | null {
  const line = view.lineAt(date.end);
  const clean = (text: string) => text.replace(/[‘'’`´]/g, ' ');
  // After the date on its line; a number or floor that wrapped onto a line of its own ("Saal A" + "2.05",
  // "Sitzungssaal 1" + "(EG)", in a table after the label column's second line) goes with it; else the next lines
  // of the block, where prose goes on ("…, 10.30 Uhr" + "in Saal 1.12 des Amtsgerichts") or a table gives the room a
  // row of its own. A numbered paragraph after a room letter ("Saal A" + "2. Die Beklagten …") is no room number.
  const own = view.text.slice(date.end, view.lines[line]!.end);
  const next = view.lines[line + 1];
  const below = next ? view.text.slice(next.cells[next.cells.length - 1]!.start, next.end) : '';
  let m = ROOM.exec(clean(own));
  const idOnly = /^\s*[A-Z]?\s?\d[\d.]*[a-z]?\.?\s*$/.test(below);
  const floorOnly = /^\s*\((?:[A-Z]{2}|\d\.\s?OG|[^)]{1,16}geschoss)\)\.?\s*$/.test(below);
  const endsWithRoom = /(?:saal|raum|zimmer)\s*:?\s*(?:[A-Z][‘'’`´]?)?\s*$/i.test(own);
  if ((idOnly && endsWithRoom) || (m && !m[3] && floorOnly)) m = ROOM.exec(clean(`${own} ${below}`)) ?? m;
  // A room of its own row in the hearing's block ("Sitzungssaal: ⇥ Saal A 2.05" below the date's row).
  for (let k = line + 1; !m && k <= line + 3 && k < view.lines.length && !view.lines[k]!.gapBefore; k++) {
    m = ROOM.exec(clean(view.text.slice(view.lines[k]!.start, view.lines[k]!.end)));
  }
  if (!m) {
    const from = view.lines[Math.max(0, view.lineAt(date.start) - 1)]!.start;
    m = [...view.text.slice(from, date.start).matchAll(new RegExp(ROOM.source, 'gu'))].pop() ?? null;
  }
  if (!m) return null;
  const separator = m[3]?.includes(',') ? ', ' : m[3]?.includes('/') ? ' / ' : ' ';
  const room = `${m[1]} ${m[2]!.replace(/\s+/g, ' ')}${m[4] ? `${separator}${m[4]}` : ''}`.replace(/\s+/g, ' ').trim();
  return { room, ends: ROOM_ENDS.test(m.input.slice(m.index + m[0].length).split('\n')[0]!) };
}

export interface MoneyFields {
  monthlyRent: Found<number> | null;
  arrears: Found<number> | null;
}

export function readMoney(view: View, type: DocumentType, warnings: ExtractionWarning[]): MoneyFields {
  const text = flat(view);
  const candidates: Candidate<number>[] = findMoney(text).map((m) => ({ start: m.start, end: m.end, value: m.cents, links: new Map() }));
  for (const c of candidates) c.links = linksOf(view, c, MONEY_CUES, candidates);
  // Arrears listed by their parts and their sum ("Rückstand Miete … / Rückstand Nutzungsentschädigung … / Rückstand
  // gesamt …"): the sum is the arrears claimed, so a total word in its label wins a tie.
  for (const c of candidates) {
    const link = c.links.get('arrears');
    if (link && TOTAL.test(view.folded.slice(view.lines[view.lineAt(link.hit.start)]!.start, Math.max(link.hit.end, c.start)))) {
      c.links.set('arrears', { ...link, strength: link.strength + ROLE_WEIGHTS.totalBonus });
    }
  }
  const roles = assign(candidates, MONEY_CUES, type);
  const pick = (cue: Cue): Found<number> | null => {
    const a = roles.get(cue);
    return a ? found(view, a.candidate.value, a.candidate.start, a.candidate.end, strengthOf(a)) : null;
  };
  const fields = { monthlyRent: pick('monthlyRent'), arrears: pick('arrears') };
  crossCheck(fields, warnings);
  // A larger amount also called arrears ("Rückstand Miete … 1.200,00 € ⏎ Rückstand gesamt … 1.800,00 €"): the one
  // read may be a part of the sum claimed.
  const arrears = roles.get('arrears')?.candidate;
  const rent = roles.get('monthlyRent')?.candidate;
  const calledArrears = (c: Candidate<number>) => (c.links.get('arrears')?.strength ?? 0) * (FIELD_PRIOR[type].arrears ?? 1) >= ROLE_WEIGHTS.minLink;
  if (fields.arrears && arrears && candidates.some((c) => c !== rent && c.value > arrears.value && calledArrears(c))) {
    fields.arrears.confidence = Math.min(fields.arrears.confidence, ROLE_WEIGHTS.unsure);
    warnings.push({ code: 'arrears_part_unsure', message: 'Rückstand womöglich nur ein Teil der Forderung', field: 'arrears' });
  }
  if (fields.monthlyRent && rentMayBePart(view, fields.monthlyRent.start)) {
    fields.monthlyRent.confidence = clamp(fields.monthlyRent.confidence * PART_UNSURE);
    warnings.push({ code: 'rent_part_unsure', message: 'Miete womöglich nur ein Teil der Gesamtmiete (Grundmiete, Nebenkosten)', field: 'monthlyRent' });
  }
  return fields;
}

/** Words that call an amount the sum of others (folded). */
const TOTAL = /\b(?:gesamt\w*|insgesamt|summe|zusammen)\b/;

/** Words of a rent that is only part of the month's total (the base rent, the costs on top of it), and of the total. */
const RENT_PART = /grundmiete|kaltmiete|nettomiete|nebenkosten|betriebskosten|heizkosten|vorauszahlung/;
const RENT_TOTAL = /gesamt|brutto|warm|einschl|inkl|insgesamt/;
/** Confidence kept by a rent that may be a part of the total. */
const PART_UNSURE = 0.85;

/**
 * Whether the rent read may be a part of the monthly total: the document names a part (a base rent, costs on top of
 * it) and the rent's own line, with the lines before and after it (a label above, a sentence going on), does not say
 * it is the total ("Gesamtmiete", "… 830,00 EUR ⏎ einschließlich der Vorauszahlungen"). The total is the rent a
 * Jobcenter takes over; a part read for it is shown for review.
 */
function rentMayBePart(view: View, start: number): boolean {
  if (!RENT_PART.test(view.folded)) return false;
  const line = view.lineAt(start);
  const around = view.folded.slice(view.lines[Math.max(0, line - 1)]!.start, view.lines[Math.min(view.lines.length - 1, line + 1)]!.end);
  return !RENT_TOTAL.test(around);
}

/** Arrears are a plausible number of monthly rents: that raises both a little; far off, both are shown for review. */
function crossCheck(fields: MoneyFields, warnings: ExtractionWarning[]): void {
  const { monthlyRent: rent, arrears } = fields;
  if (!rent || !arrears || rent.value === 0) return;
  const months = arrears.value / rent.value;
  if (Math.abs(months - Math.round(months)) < 0.05 && months >= 0.9 && months <= 36) {
    rent.confidence = clamp(rent.confidence * 1.02);
    arrears.confidence = clamp(arrears.confidence * 1.02);
  } else if (months < 0.5 || months > 60) {
    rent.confidence = clamp(rent.confidence * 0.85);
    arrears.confidence = clamp(arrears.confidence * 0.85);
    warnings.push({ code: 'rent_arrears_implausible', message: 'Verhältnis von Miete und Rückstand ist unplausibel', field: 'arrears' });
  }
}
