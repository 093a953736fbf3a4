import { describe, expect, it } from 'vitest';
import { emptyFields, type Fields } from '../../../src/core/extraction.schema.js';
import { fuzzyKey } from '../../../src/core/extract/fuzzy.js';
import type { Gazetteer } from '../../../src/core/gazetteer.js';
import { applyLayoutMemory, isReliable, locatePart, memoryConfidence, teachField, type MemoryRow } from '../../../src/core/learn/layout-memory.js';
import type { BBox, Page } from '../../../src/core/page.js';
import { pageFromLines } from '../../support/page-factory.js';

const GAZETTEER: Gazetteer = { courts: ['Gummersbach', 'Wipperfürth'], towns: [{ name: 'Wiehl', postalCodes: ['51674'] }, { name: 'Lindlar', postalCodes: ['51789'] }] };

interface Facts {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  arrears: string;
  hearing: string;
  received: string;
}

const FIRST: Facts = { name: 'Ewa Kowalczyk', street: 'Hauptstraße 12a', postalCode: '51674', city: 'Wiehl', arrears: '2.055,00', hearing: '22.04.2025, 10:30 Uhr', received: '10.03.2025' };
const SECOND: Facts = { name: 'Jürgen Müller-Lüdenscheidt', street: 'Am Sonnenhang 3', postalCode: '51789', city: 'Lindlar', arrears: '780,50', hearing: '07.01.2026, 09:00 Uhr', received: '02.12.2025' };

/**
 * A court's form: labelled table rows, and the date the claim came in printed in an unlabelled box of its own
 * (the extractor has no cue for it). `extraLines` pushes the body down, as a longer letterhead would.
 */
function form(f: Facts, extraLines = 0): string[] {
  return [
    'Amtsgericht Gummersbach',
    'Moltkestraße 6',
    ...Array.from({ length: extraLines }, () => 'Zweigstelle'),
    '',
    'Mitteilung nach § 22 Abs. 9 SGB II',
    '',
    `Beklagte Partei: | ${f.name}`,
    `Anschrift der Wohnung: | ${f.street}, ${f.postalCode} ${f.city}`,
    `Mietrückstand: | ${f.arrears} EUR`,
    `Termin zur Verhandlung: | ${f.hearing}`,
    '',
    '',
    '',
    `| | ${f.received}`,
  ];
}

/** The page, moved a little right and down as a second scan of the same form would be. */
function shifted(page: Page, dx: number, dy: number): Page {
  return { ...page, words: page.words.map((w) => ({ ...w, bbox: [w.bbox[0] + dx, w.bbox[1] + dy, w.bbox[2] + dx, w.bbox[3] + dy] as const })) };
}

/** The box of consecutive words of a page that read `text`. */
function boxOf(page: Page, text: string): BBox {
  const tokens = text.split(/\s+/);
  const words = page.words;
  for (let i = 0; i + tokens.length <= words.length; i++) {
    if (tokens.every((t, k) => words[i + k]!.text.replace(/,$/, '') === t)) {
      const run = words.slice(i, i + tokens.length);
      return [Math.min(...run.map((w) => w.bbox[0])), Math.min(...run.map((w) => w.bbox[1])), Math.max(...run.map((w) => w.bbox[2])), Math.max(...run.map((w) => w.bbox[3]))];
    }
  }
  throw new Error(`not on the page: ${text}`);
}

/** Memory rows taught on the first page from where each part's value stands (the true values as a worker gave them). */
function teach(page: Page, f: Facts): MemoryRow[] {
  const [street, houseNumber] = [f.street.split(' ').slice(0, -1).join(' '), f.street.split(' ').at(-1)!];
  const at = (printed: string) => ({ pageIndex: 0, bbox: boxOf(page, printed) });
  const taught: [MemoryRow['field'], Record<string, { pageIndex: number; bbox: BBox }>, unknown][] = [
    ['tenants', { name0: at(f.name) }, [{ name: f.name, birthDate: null }]],
    ['address', { street: at(street), houseNumber: at(houseNumber), postalCode: at(f.postalCode), city: at(f.city) }, { street, houseNumber, postalCode: f.postalCode, city: f.city, addition: null }],
    ['arrears', { v: at(f.arrears) }, 205500],
    ['hearing', { date: at(f.hearing.split(',')[0]!), time: at('10:30') }, { date: '2025-04-22', time: '10:30', room: null }],
    ['claimReceived', { v: at(f.received) }, '2025-03-10'],
  ];
  return taught.flatMap(([field, places, truth]) => {
    const features = teachField([page], field, places, truth, GAZETTEER);
    expect(Object.keys(features).sort(), field).toEqual(Object.keys(places).sort());
    // Taught by one correction and read right on one more document: reliable enough to be used.
    return Object.entries(features).map(([part, f]) => ({ field, part, features: f, corrections: 1, hits: 1, misses: 0 }));
  });
}

describe('the layout memory', () => {
  const first = pageFromLines(form(FIRST));
  const rows = teach(first, FIRST);

  it('keeps places and label words, never a word of the values it was taught from', () => {
    const stored = JSON.stringify(rows.map((r) => r.features)).toLowerCase();
    // "Uhr" after the hearing's time is the form's word, a label like any other.
    const words = [FIRST.name, FIRST.street, FIRST.city, FIRST.postalCode, FIRST.arrears, FIRST.hearing, FIRST.received].flatMap((v) => v.split(/[\s,]+/)).filter((w) => w !== 'Uhr');
    // Words with letters, and numbers as printed (a box's coordinates are rounded to four places: no five digits).
    for (const word of words.filter((w) => /\p{L}/u.test(w) || w.replace(/\D/g, '').length >= 5)) {
      expect(stored).not.toContain(word.toLowerCase());
      if (fuzzyKey(word).length >= 4) expect(stored).not.toContain(fuzzyKey(word));
    }
    expect(rows.find((r) => r.part === 'name0')!.features.labels.map((l) => l.stem)).toContain('beklagt');
  });

  it('reads the new values on a second notice of the same form with other people, amounts and dates, shifted a little', () => {
    const second = shifted(pageFromLines(form(SECOND, 1)), 0.012, 0.006);
    const { fields, learned } = applyLayoutMemory([second], emptyFields(), rows, GAZETTEER);
    expect(fields.tenants?.value).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }]);
    expect(fields.address?.value).toEqual({ street: 'Am Sonnenhang', houseNumber: '3', postalCode: '51789', city: 'Lindlar', addition: null });
    expect(fields.arrears?.value).toBe(78050);
    expect(fields.hearing?.value).toEqual({ date: '2026-01-07', time: '09:00', room: null });
    expect(fields.claimReceived?.value).toBe('2025-12-02');
    expect(fields.claimReceived!.confidence).toBeCloseTo(2 / 3, 3);
    expect(learned.find((l) => l.field === 'tenants')).toMatchObject({ learnedFrom: 1, parts: [{ part: 'name0', how: 'filled' }] });
  });

  it('finds a value in a box of its own by the nearest label words when the scan lies a line and a half lower', () => {
    const second = shifted(pageFromLines(form(SECOND)), 0.01, 0.03);
    const memory = rows.filter((r) => r.field === 'claimReceived');
    expect(new Set(memory[0]!.features.labels.map((l) => l.line))).toEqual(new Set(['near']));
    expect(applyLayoutMemory([second], emptyFields(), memory, GAZETTEER).fields.claimReceived?.value).toBe('2025-12-02');
  });

  it('finds its labels again through OCR noise: misread letters, boxes jittered, a row cut in two lines', () => {
    const clean = shifted(pageFromLines(form(SECOND)), 0.004, 0.008);
    const misread: Record<string, string> = { 'Beklagte': 'Bek1agte', 'Mietrückstand:': 'Mietriickstand:', 'Wohnung:': 'Wobnung:', 'Verhandlung:': 'Verhand1ung:' };
    const noisy: Page = {
      ...clean,
      source: 'ocr',
      words: clean.words.map((w, i) => {
        const jitter = ((i % 3) - 1) * 0.0015;
        return { text: misread[w.text] ?? w.text, bbox: [w.bbox[0] + jitter, w.bbox[1] - jitter, w.bbox[2] + jitter, w.bbox[3] - jitter] as const, confidence: 0.7 };
      }),
    };
    const { fields } = applyLayoutMemory([noisy], emptyFields(), rows, GAZETTEER);
    expect(fields.tenants?.value).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }]);
    expect(fields.arrears?.value).toBe(78050);
    expect(fields.hearing?.value).toMatchObject({ date: '2026-01-07', time: '09:00' });
    expect(fields.address?.value).toMatchObject({ street: 'Am Sonnenhang', postalCode: '51789' });
  });

  it('lets a memory with misses or taught once not outvote the extractor, and a reliable one does', () => {
    const second = pageFromLines(form(SECOND));
    const extracted: Fields = { ...emptyFields(), claimReceived: { value: '2025-11-30', confidence: 0.7, page: 1, bbox: null } };
    const memory = rows.find((r) => r.field === 'claimReceived')!;
    const contradicted = applyLayoutMemory([second], extracted, [{ ...memory, hits: 2, misses: 1 }], GAZETTEER);
    expect(contradicted.fields.claimReceived?.value).toBe('2025-11-30');
    expect(contradicted.learned).toEqual([]);
    const unsure: Fields = { ...extracted, claimReceived: { ...extracted.claimReceived!, confidence: 0.6 } };
    const trusted = applyLayoutMemory([second], unsure, [{ ...memory, hits: 1 }], GAZETTEER);
    expect(trusted.fields.claimReceived?.value).toBe('2025-12-02');
    expect(trusted.fields.claimReceived!.confidence).toBeCloseTo(2 / 3, 2);
    // Taught once and not yet checked: neither outvotes the extractor nor fills a field it missed.
    expect(applyLayoutMemory([second], extracted, [{ ...memory, hits: 0 }], GAZETTEER).fields.claimReceived?.value).toBe('2025-11-30');
    expect(applyLayoutMemory([second], emptyFields(), [{ ...memory, hits: 0 }], GAZETTEER).fields.claimReceived).toBeNull();
  });

  it('does not overrule a value the extractor read surer than the memory’s record of being right', () => {
    const second = pageFromLines(form(SECOND));
    const memory = { ...rows.find((r) => r.field === 'claimReceived')!, hits: 1 };
    const sure: Fields = { ...emptyFields(), claimReceived: { value: '2025-11-30', confidence: 0.7, page: 1, bbox: null } };
    const kept = applyLayoutMemory([second], sure, [memory], GAZETTEER);
    expect(kept.fields.claimReceived).toEqual(sure.claimReceived);
    expect(kept.learned).toEqual([]);
    // Once its record is better than the extractor's confidence, it does.
    expect(applyLayoutMemory([second], sure, [{ ...memory, hits: 4 }], GAZETTEER).fields.claimReceived?.value).toBe('2025-12-02');
  });

  it('fills or overrules only where its label words are found again, never from the remembered box alone', () => {
    // The same form with the tenant's row label gone (another form version, a label OCR lost): the old place
    // holds the tenant's name still, but nothing on the page says it is the place the memory learned.
    const unlabelled = pageFromLines(form(SECOND).map((line) => line.replace('Beklagte Partei: |', 'Bxxxxx Pxxxxx: |')));
    const memory = rows.filter((r) => r.field === 'tenants');
    expect(applyLayoutMemory([unlabelled], emptyFields(), memory, GAZETTEER).fields.tenants).toBeNull();
    // Where the extractor read the same name, the memory still backs it.
    const extracted: Fields = { ...emptyFields(), tenants: { value: [{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }], confidence: 0.6, page: 1, bbox: null } };
    const backed = applyLayoutMemory([unlabelled], extracted, memory, GAZETTEER);
    expect(backed.learned).toMatchObject([{ field: 'tenants', parts: [{ part: 'name0', how: 'agreed' }] }]);
  });

  it('reads a value that starts its own line under running text that wrapped another way (the label moved sideways)', () => {
    // The date stands indented on a line of its own; the intro before it runs longer on the next notice and the
    // letterhead has a line more, so the label is found further right and lower than before.
    const summons = (intro: string, date: string, extraLines: number) =>
      pageFromLines([
        'Amtsgericht Dortmund', ...Array.from({ length: extraLines }, () => 'Zweigstelle'), '', 'Ladung', '',
        `${intro} zur mündlichen Verhandlung geladen.`, ` | Donnerstag, ${date}, 09:45 Uhr`, '', 'Das persönliche Erscheinen wird angeordnet.',
      ]);
    const taughtOn = summons('werden Sie', '22.05.2025', 0);
    const places = { date: { pageIndex: 0, bbox: boxOf(taughtOn, 'Donnerstag 22.05.2025') } };
    const features = teachField([taughtOn], 'hearing', places, { date: '2025-05-22', time: null, room: null }, GAZETTEER);
    expect(features['date']!.labels.map((l) => l.stem)).toContain('verhandlung');
    const memory: MemoryRow[] = [{ field: 'hearing', part: 'date', features: features['date']!, corrections: 1, hits: 1, misses: 0 }];
    const next = summons('werden Sie auf die am 21.05.2025 eingegangene Klage hin', '17.07.2025', 2);
    expect(applyLayoutMemory([next], emptyFields(), memory, GAZETTEER).fields.hearing?.value).toMatchObject({ date: '2025-07-17' });
  });

  it('keeps the extractor’s confidence for a part no memory backs (a hearing’s room)', () => {
    const second = pageFromLines(form(SECOND));
    const memory = rows.filter((r) => r.field === 'hearing').map((r) => ({ ...r, hits: 8 }));
    const extracted: Fields = { ...emptyFields(), hearing: { value: { date: '2026-01-07', time: '09:00', room: 'Saal 3' }, confidence: 0.7, page: 1, bbox: null } };
    const { fields } = applyLayoutMemory([second], extracted, memory, GAZETTEER);
    expect(fields.hearing?.value).toEqual({ date: '2026-01-07', time: '09:00', room: 'Saal 3' });
    expect(fields.hearing!.confidence).toBe(0.7);
  });

  it('leaves a field the extractor read sure as it was where the memory only reads the same, and does not call it learned', () => {
    const second = pageFromLines(form(SECOND));
    const memory = rows.filter((r) => r.field === 'arrears');
    const sure: Fields = { ...emptyFields(), arrears: { value: 78050, confidence: 0.95, page: 1, bbox: null } };
    const { fields, learned } = applyLayoutMemory([second], sure, memory, GAZETTEER);
    expect(fields.arrears).toEqual(sure.arrears);
    expect(learned).toEqual([]);
    // Where the extractor was unsure, the agreeing memory raises its confidence and says so.
    const unsure: Fields = { ...sure, arrears: { ...sure.arrears!, confidence: 0.5 } };
    const backed = applyLayoutMemory([second], unsure, memory, GAZETTEER);
    expect(backed.fields.arrears!.confidence).toBeGreaterThan(0.5);
    expect(backed.learned).toMatchObject([{ field: 'arrears', parts: [{ part: 'v', how: 'agreed' }] }]);
  });

  it('calibrates: 0.9 only after eight hits without a miss, never with a miss', () => {
    expect(memoryConfidence({ hits: 0, misses: 0 })).toBe(0.5);
    expect(memoryConfidence({ hits: 7, misses: 0 })).toBeLessThan(0.9);
    expect(memoryConfidence({ hits: 8, misses: 0 })).toBe(0.9);
    expect(memoryConfidence({ hits: 50, misses: 1 })).toBeLessThan(0.9);
    expect(isReliable({ corrections: 1, hits: 0, misses: 0 })).toBe(false);
    expect(isReliable({ corrections: 1, hits: 1, misses: 0 })).toBe(true);
    expect(isReliable({ corrections: 1, hits: 3, misses: 1 })).toBe(false);
    // Taught twice (it read nothing, or another value, and was taught anew) but never found right since: unproven.
    expect(isReliable({ corrections: 2, hits: 0, misses: 0 })).toBe(false);
  });

  it('finds a value typed by hand on the page, next to its label', () => {
    const at = locatePart([first], 'tenants', 'name0', 'Ewa Kowalczyk', GAZETTEER);
    expect(at).toEqual({ pageIndex: 0, bbox: boxOf(first, 'Ewa Kowalczyk') });
    expect(locatePart([first], 'tenants', 'name0', 'Max Mustermann', GAZETTEER)).toBeNull();
  });

  it('adds a further tenant only where a name stands, not the street below a single tenant (“Kölner Weg” reads as a name)', () => {
    const block = (names: string[], street: string) => pageFromLines(['Amtsgericht Gummersbach', '', 'Beklagte:', ...names, street, '51674 Wiehl']);
    const taughtOn = block(['Ewa Kowalczyk', 'Jan Kowalczyk'], 'Hauptstraße 12a');
    const places = { name0: { pageIndex: 0, bbox: boxOf(taughtOn, 'Ewa Kowalczyk') }, name1: { pageIndex: 0, bbox: boxOf(taughtOn, 'Jan Kowalczyk') } };
    const features = teachField([taughtOn], 'tenants', places, [{ name: 'Ewa Kowalczyk', birthDate: null }, { name: 'Jan Kowalczyk', birthDate: null }], GAZETTEER);
    const memory = Object.entries(features).map(([part, f]): MemoryRow => ({ field: 'tenants', part, features: f, corrections: 1, hits: 1, misses: 0 }));
    expect(memory).toHaveLength(2);
    const extracted = (name: string): Fields => ({ ...emptyFields(), tenants: { value: [{ name, birthDate: null }], confidence: 0.8, page: 1, bbox: null } });
    const single = applyLayoutMemory([block(['Jürgen Müller'], 'Kölner Weg 7')], extracted('Jürgen Müller'), memory, GAZETTEER);
    expect(single.fields.tenants?.value).toEqual([{ name: 'Jürgen Müller', birthDate: null }]);
    const couple = applyLayoutMemory([block(['Jürgen Müller', 'Anna Müller'], 'Kölner Weg 7')], extracted('Jürgen Müller'), memory, GAZETTEER);
    expect(couple.fields.tenants?.value).toEqual([{ name: 'Jürgen Müller', birthDate: null }, { name: 'Anna Müller', birthDate: null }]);
  });
});
