import type { EvictionDate, ExtractionWarning, Hearing } from '../extraction.schema.js';
import { findDates, type DateMatch } from '../parse/date.parser.js';
import { withoutRulings } from '../parse/ocr-repair.js';
import { findTimes } from '../parse/time.parser.js';
import { clamp, found, labels, type Found, type View } from './evidence.js';

/** The first date within `window` characters after a label, skipping birth dates. */
function dateAfter(view: View, from: number, window: number): { iso: string; start: number; end: number; weekday?: DateMatch['weekday'] } | null {
  // A date broken over two lines ("20. Oktober\n2025") is one date; same length keeps offsets.
  const slice = view.text.slice(from, from + window).replace(/\n/g, ' ');
  // A table's ruling glued to the date ("Datum des Klageeingangs |21. Mai 2026") is no 1 of the day ("121."):
  // the date read with the ruling as a space counts too, and the earliest date found wins.
  const ruled = withoutRulings(slice);
  const dates = ruled === slice ? findDates(slice) : [...findDates(slice), ...findDates(ruled)].sort((a, b) => a.start - b.start);
  for (const d of dates) {
    const before = view.folded.slice(Math.max(0, from + d.start - 12), from + d.start);
    if (/geb(oren|\.)/.test(before)) continue;
    return { iso: d.iso, start: from + d.start, end: from + d.end, ...(d.weekday ? { weekday: d.weekday } : {}) };
  }
  return null;
}

/**
 * How far a date's weekday lowers its confidence: one mended by its weekday ("Donnerstag, 99.04.2026" → 9 April)
 * is shown for review, one that disagrees with its weekday even more so; each says so in a warning.
 */
function weekdayFactor(d: { weekday?: DateMatch['weekday'] }, field: string, warnings: ExtractionWarning[]): number {
  if (d.weekday === 'repaired') {
    warnings.push({ code: 'date_repaired_by_weekday', message: 'Datum war unleserlich und wurde nach dem Wochentag ergänzt', field });
  } else if (d.weekday === 'mismatch') {
    warnings.push({ code: 'weekday_mismatch', message: 'Wochentag passt nicht zum Datum', field });
  }
  return weekdayStrength(d);
}

/** The factor alone, for a date whose field keeps no warnings (the claim's dates). */
function weekdayStrength(d: { weekday?: DateMatch['weekday'] }): number {
  return d.weekday ? WEEKDAY_FACTOR[d.weekday] : 1;
}

const WEEKDAY_FACTOR = { repaired: 0.85, mismatch: 0.75 } as const;

/**
 * Courts sit and bailiffs evict in office hours: a time outside 7 to 18 o'clock is more likely a misread digit
 * ("19 Uhr" for "10 Uhr") than the appointment, and is shown for review with a warning.
 */
function timeFactor(time: string | undefined, field: string, warnings: ExtractionWarning[]): number {
  if (!time) return 1;
  const hour = Number(time.slice(0, 2));
  if (hour >= FIRST_HOUR && hour < LAST_HOUR) return 1;
  warnings.push({ code: 'time_implausible', message: `Uhrzeit ${time} liegt außerhalb der üblichen Dienstzeiten`, field });
  return 0.7;
}

const FIRST_HOUR = 7;
const LAST_HOUR = 18;

/** A date introduced by one of the labels; stronger for the first label in the list. */
export function labelledDate(view: View, patterns: RegExp[], window = 80, negate?: RegExp): Found<string> | null {
  for (let i = 0; i < patterns.length; i++) {
    for (const label of labels(view, patterns[i]!)) {
      const near = view.folded.slice(Math.max(0, label.start - 25), label.end + 25);
      if (negate?.test(near)) continue;
      const d = dateAfter(view, label.end, window);
      if (!d) continue;
      const gap = view.text.slice(label.end, d.start);
      const strength = ((gap.trim().length < 12 ? 0.97 : 0.9) - i * 0.02) * weekdayStrength(d);
      return found(view, d.iso, d.start, d.end, strength);
    }
  }
  return null;
}

const RECEIVED = [/(?<![a-z])(tag des [.,'‚]?eingangs(?: der klage)?|datum des eingangs|eingang bei gericht|eingang\s*[:\t]|eingang der klage(?:schrift)?(?: bei gericht)?|klageeingang|eingangsdatum|eingegangen am|eingegangen\s*[:\t])\s*[:\t]?\s*(?:am\s*)?/];
const SERVED = [/(zugestellt am|zustellung der klage(?:schrift)?(?: an die beklagten?)?(?: am)?|tag der zustellung|rechtshangig(?:keit)?(?: seit| am| ist eingetreten am)?)\s*[:\t]?\s*/];

/** The day the claim came in; in prose never a birth date, the letter's date or a day after it (a hearing date). */
export function extractClaimReceived(view: View, letterDate: string | null = null): Found<string> | null {
  const direct = labelledDate(view, RECEIVED, 80);
  if (direct) return direct;
  // prose: "… dass am 28. April 2025 eine Klage … eingegangen ist"
  for (const m of view.folded.matchAll(/eingegangen|eingereicht/g)) {
    const from = Math.max(0, m.index - 400);
    // Not a birth date ("geb. 25.01.1977. Klägerin: …") nor the letter's own "Datum:", and "Klägerin" is no "Klage".
    const before = (d: { start: number }, chars: number) => view.folded.slice(Math.max(0, from + d.start - chars), from + d.start);
    const dates = findDates(view.text.slice(from, m.index).replace(/\n/g, ' '))
      .filter((d) => !/(?:geb(?:oren|\.)?|datum)\s*[:\t]?\s*(?:am\s*)?$/.test(before(d, 12)) && !(letterDate && d.iso > letterDate))
      .filter((d) => /\bam\s*$/.test(before(d, 5)) || /(klage(?!r)|antrag)/.test(view.folded.slice(from + d.end, m.index)));
    const d = dates[dates.length - 1];
    if (d) return found(view, d.iso, from + d.start, from + d.end, 0.88);
  }
  return null;
}

export function extractClaimServed(view: View): Found<string> | null {
  const direct = labelledDate(view, SERVED, 60, /(nicht|noch kein|ausstehend)/);
  if (direct) return direct;
  // prose: "Die Klage wurde am 15.03.2025 zugestellt."
  for (const m of view.folded.matchAll(/zugestellt(?! am)/g)) {
    const from = Math.max(0, m.index - 60);
    const window = view.folded.slice(from, m.index);
    if (/(nicht|noch kein)/.test(window) || !/(klage|beklagt)/.test(view.folded.slice(Math.max(0, m.index - 120), m.index))) continue;
    const d = findDates(view.text.slice(from, m.index)).pop();
    if (d) return found(view, d.iso, from + d.start, from + d.end, 0.88);
  }
  return null;
}

const HEARING = /(termin(?:[.,'‘’] ?| )zur (?:mundlichen )?(?:verhandlung|guteverhandlung)|termin(?:[.,'‘’] ?| )zur mundlichen(?=[\t ]+\S)|(?<![a-z])mundliche verhandlung(?=\s*[:\t|]|\s+(?:am|ist|findet)\s)|verhandlungstermin|gute- und (?:fruher )?(?:erster )?(?:haupt)?termin|haupttermin|gutetermin|sitzungstermin|(?<![a-z])termin(?:[.,'‘’]?(?:\s+[^\s.]+){0,8}?|[.,'‘’][^\s.]+(?:\s+[^\s.]+){0,7}?)\s+(?:bestimmt|anberaumt) auf|(?<![a-z])termin\s*[:\t]|(?<![a-z])termin(?:\s+zur\s+\S+)?\s+(?:am|vom)\s)/;
/**
 * A hearing room: "Saal 104", "Sitzungssaal 2.14", "Raum A 1.03", "Saal A" (+ a floor in brackets). A room
 * number that wrapped onto a line of its own ("Saal A‘" + "2.05") is kept; a numbered paragraph after the room
 * letter ("Saal A" + "2. Die Beklagten …") is not. A floor may stand in the value cell below, after the label's
 * second line ("…, Sitzungssaal 1" + "Verhandlung: ⇥ (EG)").
 */
const ROOM = /\b((?:Sitzungs)?[Ss]aal|Raum|Zimmer|Sitzungszimmer)\s*:?\s*(?:Nr\.\s*)?([A-Z][‘'’`´]?[ \t]*\n[ \t]*\d[\d.]*\d[a-zA-Z]?\.?(?=[ \t]*(?:[\t\n]|$))|[A-Z]?[ \t]?\d[\d.]*[a-zA-Z]?|[A-Z]\b)(?:[ \t]*(?:\n(?:[^\t\n]{1,40}\t)?)?[ \t]*(\((?:EG|OG|UG|DG|\d\.\s?OG|Erdgeschoss|[^)\n]{1,16}geschoss)\)))?/;
/**
 * A room whose number went on in the value cell of a two-column table, below it: "Termin zur mündlichen ⇥ …,
 * 12 Uhr, Saal" + "Verhandlung ⇥ 217" (the label's second line stands in the first column).
 */
const ROOM_IN_CELL = /\b((?:Sitzungs)?[Ss]aal|Raum|Zimmer|Sitzungszimmer)[ \t]*\n[^\t\n]{1,40}\t[ \t]*([A-Z]?[ \t]?\d[\d.]*[a-zA-Z]?)(?=[ \t]*(?:\n|$))/;

interface DatedLabel {
  iso: string;
  start: number;
  end: number;
  weekday?: DateMatch['weekday'];
  gap: number;
  labelStart: number;
  labelText: string;
}

/** For every label the first date after it; the candidate with the shortest gap wins. */
function nearestDated(view: View, pattern: RegExp, window: number, letter: string | null): { best: DatedLabel | null; notSet: boolean } {
  let best: DatedLabel | null = null;
  let notSet = false;
  for (const label of labels(view, pattern)) {
    const d = dateAfter(view, label.end, window);
    const ns = /(noch nicht|nicht bestimmt|kein termin|steht noch nicht|wird noch|gesondert|sobald|entfallt|aufgehoben)/.exec(view.folded.slice(label.end, label.end + 80));
    if (ns && (!d || ns.index < d.start - label.end)) {
      notSet = true;
      continue;
    }
    if (!d) continue;
    const labelEnd = label.start + label.text.trimEnd().length;
    const gapText = view.text.slice(labelEnd, d.start).replace(/(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|den|am|auf|um|,|\s)/gi, '');
    let gap = gapText.length;
    if (/\n/.test(view.text.slice(labelEnd, d.start)) && gap > 0) gap += 20;
    if (letter && d.iso === letter && gap > 10) continue;
    if (!best || gap < best.gap) best = { ...d, gap, labelStart: label.start, labelText: label.text };
  }
  return { best, notSet };
}

function timeNear(view: View, d: DatedLabel): { value: string; end: number } | null {
  const t = findTimes(view.text.slice(d.end, d.end + 40))[0];
  if (t && t.start < 25) return { value: t.value, end: d.end + t.end };
  const beforeFrom = Math.max(d.labelStart, d.start - 30);
  const b = findTimes(view.text.slice(beforeFrom, d.start)).pop();
  return b ? { value: b.value, end: d.end } : null;
}

export function extractHearing(view: View, letterDate: string | null, warnings: ExtractionWarning[]): Found<Hearing> | null {
  const { best: d, notSet } = nearestDated(view, HEARING, 160, letterDate);
  if (!d) return null;
  if (notSet && d.gap > 40) return null;
  const t = timeNear(view, d);
  const around = view.text.slice(d.labelStart, d.end + 120);
  const roomMatch = ROOM.exec(around);
  const cell = roomMatch ? null : ROOM_IN_CELL.exec(around);
  const room = roomMatch
    ? `${roomMatch[1]} ${roomMatch[2]!.replace(/[‘'’`´]/g, '').replace(/\s+/g, ' ').replace(/\.$/, '')}${roomMatch[3] ? ` ${roomMatch[3]}` : ''}`.trim()
    : cell
      ? `${cell[1]} ${cell[2]!.replace(/\s+/g, ' ')}`
      : null;
  let strength = (d.gap < 30 ? 0.97 : 0.88) - (d.labelText.startsWith('termin') && !/verhandlung/.test(d.labelText) ? 0.04 : 0);
  if (letterDate && d.iso < letterDate) {
    strength *= 0.7;
    warnings.push({ code: 'hearing_before_letter', message: 'Verhandlungstermin liegt vor dem Datum des Schreibens', field: 'hearing' });
  }
  if (!t) strength *= 0.95;
  strength *= weekdayFactor(d, 'hearing', warnings) * timeFactor(t?.value, 'hearing', warnings);
  return found(view, { date: d.iso, time: t?.value ?? null, room }, d.start, t?.end ?? d.end, strength);
}

const EVICTION = /(raumungstermin|termin (?:zur|der) (?:zwangs)?raumung|(?:die |zwangs)raumung(?:\s+[^\s.]+){0,3}?\s+(?:auf|am|fur)|raumung (?:wird|ist) (?:\S+\s+){0,3}?(?:auf|am|fur))\s*[:\t]?\s*(?:den\s+|am\s+|auf\s+)?/;

export function extractEviction(view: View, letterDate: string | null, warnings: ExtractionWarning[]): Found<EvictionDate> | null {
  const { best: d } = nearestDated(view, EVICTION, 90, letterDate);
  if (!d) return null;
  const t = timeNear(view, d);
  let strength = d.gap < 30 ? 0.97 : 0.85;
  if (letterDate && d.iso < letterDate) {
    strength *= 0.7;
    warnings.push({ code: 'eviction_before_letter', message: 'Räumungstermin liegt vor dem Datum des Schreibens', field: 'evictionDate' });
  }
  if (!t) strength *= 0.95;
  strength *= weekdayFactor(d, 'evictionDate', warnings) * timeFactor(t?.value, 'evictionDate', warnings);
  return found(view, { date: d.iso, time: t?.value ?? null }, d.start, t?.end ?? d.end, strength);
}

export function extractJudgmentDate(view: View): Found<string> | null {
  return labelledDate(view, [/(verkundet am|urteil vom|beschluss vom|auf grund der mundlichen verhandlung vom|aufgrund der mundlichen verhandlung vom)\s*[:\t]?\s*/], 40);
}

export function extractVacateDeadline(view: View): Found<string> | null {
  return labelledDate(view, [/raumungsfrist(?:\s+[^\s.]+){0,8}?\s+bis(?:\s+zum|\s+einschlie(?:s|ss)lich)?\s*/], 40);
}

/** The letter's own date ("Datum:", "Gummersbach, 12.03.2025"), for plausibility checks only. */
export function letterDate(view: View): string | null {
  const labelled = labelledDate(view, [/(datum|den)\s*[:\t]\s*/], 20);
  if (labelled) return labelled.value;
  const m = /(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),)[A-ZÄÖÜ][a-zäöüß-]+,\s*(?:den\s+)?(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s?[A-ZÄ][a-zä]+\s\d{4})/.exec(view.text.slice(0, 1500));
  return m ? (findDates(m[1]!)[0]?.iso ?? null) : null;
}

export { clamp };
