/**
 * The learning eval's stand-in for a worker's clicks (click to fill): for each part of a field's true value, the
 * shortest run of words on one line of the document's pages that holds it — read as a date, an amount or a time
 * where the part is one, else compared letter by letter with case, accents and punctuation folded. The first
 * such run in reading order wins, as a worker's eye would take the first place the value stands. A part no run
 * holds (misread by OCR beyond folding) gets no position: the worker typed it.
 */
import type { Page, Word } from '../src/core/page.js';
import { parseDate } from '../src/core/parse/date.parser.js';
import { parseMoney } from '../src/core/parse/money.parser.js';
import { parseTime } from '../src/core/parse/time.parser.js';
import type { FieldPositions, PagePosition } from '../src/pipeline/review.actions.js';

type Kind = 'date' | 'money' | 'time' | 'text';

const DATE_FIELDS = new Set(['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']);
const MONEY_FIELDS = new Set(['monthlyRent', 'arrears']);
const MAX_RUN = 8;

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');

/** The parts of a field's value as the case view's form names them (web/field-forms.ts rawOf), with their kind. */
function partsOf(name: string, value: unknown): [string, string | number, Kind][] {
  if (value === null || value === undefined) return [];
  if (name === 'tenants') {
    return (value as { name: string; birthDate: string | null }[]).flatMap((t, i) => [
      [`name${i}`, t.name, 'text'] as [string, string, Kind],
      ...(t.birthDate ? [[`birth${i}`, t.birthDate, 'date'] as [string, string, Kind]] : []),
    ]);
  }
  if (name === 'address') {
    const a = value as Record<string, string | null>;
    return (['street', 'houseNumber', 'postalCode', 'city'] as const).filter((k) => a[k]).map((k) => [k, a[k]!, 'text']);
  }
  if (name === 'hearing' || name === 'evictionDate') {
    const h = value as { date: string; time?: string | null; room?: string | null };
    return [['date', h.date, 'date'], ...(h.time ? [['time', h.time, 'time'] as [string, string, Kind]] : []), ...(h.room ? [['room', h.room, 'text'] as [string, string, Kind]] : [])];
  }
  if (DATE_FIELDS.has(name)) return [['v', value as string, 'date']];
  if (MONEY_FIELDS.has(name)) return [['v', value as number, 'money']];
  if (typeof value === 'string') return [['v', value, 'text']];
  return [];
}

function holds(text: string, target: string | number, kind: Kind): boolean {
  switch (kind) {
    case 'date':
      return parseDate(text) === target;
    case 'money':
      return parseMoney(text) === target;
    case 'time':
      return parseTime(text) === target;
    default:
      return fold(text) === fold(String(target));
  }
}

/** Words grouped into lines: a word starts a new line when it does not overlap the line's height. */
function linesOf(page: Page): Word[][] {
  const lines: Word[][] = [];
  for (const word of page.words) {
    const line = lines[lines.length - 1];
    const last = line?.[line.length - 1];
    const mid = (word.bbox[1] + word.bbox[3]) / 2;
    if (line && last && mid > last.bbox[1] && mid < last.bbox[3] && word.bbox[0] >= last.bbox[0]) line.push(word);
    else lines.push([word]);
  }
  return lines;
}

/** Every run of words on one line that holds the target, in reading order. */
function occurrences(pages: Page[], documentId: string, target: string | number, kind: Kind): PagePosition[] {
  const found: PagePosition[] = [];
  for (const page of pages) {
    for (const line of linesOf(page)) {
      for (let start = 0; start < line.length; start++) {
        for (let length = 1; length <= MAX_RUN && start + length <= line.length; length++) {
          const run = line.slice(start, start + length);
          if (!holds(run.map((w) => w.text).join(' '), target, kind)) continue;
          found.push({
            documentId,
            page: page.number,
            bbox: [Math.min(...run.map((w) => w.bbox[0])), Math.min(...run.map((w) => w.bbox[1])), Math.max(...run.map((w) => w.bbox[2])), Math.max(...run.map((w) => w.bbox[3]))],
          });
          break;
        }
      }
    }
  }
  return found;
}

const distance = (a: PagePosition, b: PagePosition) =>
  a.page !== b.page ? Infinity : Math.hypot((a.bbox[0] + a.bbox[2]) / 2 - (b.bbox[0] + b.bbox[2]) / 2, (a.bbox[1] + a.bbox[3]) / 2 - (b.bbox[1] + b.bbox[3]) / 2);

/**
 * Where each part of `value` stands on the pages, as click to fill would submit it. A part found in several
 * places (a house number, a time) is taken where it stands nearest to the field's rarest part (the street, the
 * date), as the worker clicks the parts of one address, not a number anywhere on the page.
 */
export function positionsOf(name: string, value: unknown, pages: Page[], documentId: string): { positions: FieldPositions; complete: boolean } {
  const parts = partsOf(name, value);
  const found = parts
    .map(([part, target, kind]) => ({ part, places: occurrences(pages, documentId, target, kind), long: String(target).length }))
    .filter((f) => f.places.length > 0);
  const anchor = [...found].sort((a, b) => a.places.length - b.places.length || b.long - a.long)[0];
  const positions: FieldPositions = {};
  for (const { part, places } of found) {
    const near = anchor && part !== anchor.part ? [...places].sort((a, b) => distance(a, anchor.places[0]!) - distance(b, anchor.places[0]!))[0] : places[0];
    // Each tenant is a part of its own: its name and birth date are anchored to each other only by order.
    positions[part] = name === 'tenants' ? places[0] : near;
  }
  return { positions, complete: found.length === parts.length };
}
