import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuzzyKey } from '../../../src/core/extract/fuzzy.js';
import type { Gazetteer } from '../../../src/core/gazetteer.js';
import type { Page } from '../../../src/core/page.js';
import type { Db } from '../../../src/db/connection.js';
import type { SqliteStore } from '../../../src/db/sqlite.store.js';
import type { CommitSettings } from '../../../src/pipeline/commit.stage.js';
import { buildExtraction } from '../../../src/pipeline/extract.stage.js';
import { intakeRead } from '../../../src/pipeline/learn.stage.js';
import { confirmCase, correctField, type ActionContext } from '../../../src/pipeline/review.actions.js';
import { pageFromLines } from '../../support/page-factory.js';
import { tempStore, type TempStore } from '../../support/temp-app.js';

/**
 * The desk learns through the same code path the review desk uses: documents go through extraction, the layout
 * memory and the commit (intakeRead, as the runner does), a worker corrects with correctField (click to fill or
 * typed) and confirms with confirmCase, against a real SQLite file with the real migrations.
 */
const GAZETTEER: Gazetteer = {
  courts: ['Gummersbach'],
  towns: [
    { name: 'Wiehl', postalCodes: ['51674'] },
    { name: 'Lindlar', postalCodes: ['51789'] },
    { name: 'Nümbrecht', postalCodes: ['51588'] },
    { name: 'Gummersbach', postalCodes: ['51643'] },
  ],
};
const SETTINGS: CommitSettings & { gazetteer: Gazetteer } = {
  joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2, serviceEstimateDays: 14, defaultLetterVariant: 'first-contact.de', gazetteer: GAZETTEER,
};
const NOW = new Date('2025-03-14T09:00:00.000Z');

interface Notice {
  tenant: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  fileNumber: string;
  arrears: string;
  arrearsCents: number;
  received: string;
  receivedIso: string;
}

const NOTICES: Notice[] = [
  { tenant: 'Ewa Kowalczyk', street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', fileNumber: '12 C 345/25', arrears: '2.055,00', arrearsCents: 205500, received: '10.03.2025', receivedIso: '2025-03-10' },
  { tenant: 'Jürgen Müller-Lüdenscheidt', street: 'Am Sonnenhang', houseNumber: '3', postalCode: '51789', city: 'Lindlar', fileNumber: '4 C 1187/25', arrears: '780,50', arrearsCents: 78050, received: '02.12.2024', receivedIso: '2024-12-02' },
  { tenant: 'Tatjana Wojciechowska', street: 'Bergstraße', houseNumber: '7', postalCode: '51588', city: 'Nümbrecht', fileNumber: '9 C 77/25', arrears: '1.320,40', arrearsCents: 132040, received: '21.01.2025', receivedIso: '2025-01-21' },
  { tenant: 'Dragan Petrović', street: 'Auf der Brück', houseNumber: '2', postalCode: '51674', city: 'Wiehl', fileNumber: '2 C 901/25', arrears: '912,00', arrearsCents: 91200, received: '03.02.2025', receivedIso: '2025-02-03' },
];

/** One court's notice form; the day the claim came in stands in an unlabelled box of its own (no cue for the extractor). */
function notice(n: Notice): Page {
  return pageFromLines([
    'Amtsgericht Gummersbach',
    'Moltkestraße 6, 51643 Gummersbach',
    '',
    'Mitteilung nach § 22 Abs. 9 SGB II',
    `Aktenzeichen: ${n.fileNumber}`,
    '',
    'In dem Rechtsstreit',
    'Wohnbau Oberberg GmbH – Klägerin –',
    'gegen',
    `${n.tenant} – Beklagte –`,
    `wohnhaft ${n.street} ${n.houseNumber}, ${n.postalCode} ${n.city}`,
    '',
    `Mietrückstand: ${n.arrears} EUR`,
    '',
    `| | ${n.received}`,
  ]);
}

function boxOf(page: Page, text: string): [number, number, number, number] {
  const tokens = text.split(/\s+/);
  for (let i = 0; i + tokens.length <= page.words.length; i++) {
    if (tokens.every((t, k) => page.words[i + k]!.text.replace(/,$/, '') === t)) {
      const run = page.words.slice(i, i + tokens.length);
      return [Math.min(...run.map((w) => w.bbox[0])), Math.min(...run.map((w) => w.bbox[1])), Math.max(...run.map((w) => w.bbox[2])), Math.max(...run.map((w) => w.bbox[3]))];
    }
  }
  throw new Error(`not on the page: ${text}`);
}

let temp: TempStore;
let db: Db;
let store: SqliteStore;
let ctx: ActionContext;
let seq = 0;

beforeEach(() => {
  temp = tempStore('intake-learning-');
  ({ db, store } = temp);
  ctx = { store, actor: 'mfischer', now: NOW, settings: SETTINGS, gazetteer: GAZETTEER };
});
afterEach(() => temp.cleanup());

function ingest(page: Page) {
  seq += 1;
  const id = `doc-${seq}`;
  const sha256 = createHash('sha256').update(id).digest('hex');
  const outcome = intakeRead(store, { id, file: `${id}.pdf`, sha256, read: { mimeType: 'application/pdf', pages: [page] } }, SETTINGS, NOW);
  return { ...outcome, id };
}

const at = (documentId: string, page: Page, text: string) => ({ documentId, page: 1, bbox: boxOf(page, text) });
const field = (caseId: string, name: string) => store.cases.fields(caseId).find((f) => f.name === name);

describe('the desk learns from corrections', () => {
  it('reads on the next notices of the same court what the extractor alone misses, once a second document confirmed the place', () => {
    const [first, second, third] = NOTICES.map(notice);
    const extractorAlone = buildExtraction('x.pdf', 'a'.repeat(64), { mimeType: 'application/pdf', pages: [third!] }, { gazetteer: GAZETTEER, today: '2025-03-14' });
    expect(extractorAlone.fields.claimReceived?.value).not.toBe(NOTICES[2]!.receivedIso);

    const one = ingest(first!);
    expect(field(one.caseId, 'claimReceived')?.value_json).not.toBe(JSON.stringify(NOTICES[0]!.receivedIso));
    expect(correctField(ctx, one.caseId, 'claimReceived', NOTICES[0]!.receivedIso, { v: at(one.id, first!, NOTICES[0]!.received) }).ok).toBe(true);
    const key = store.documents.get(one.id)!.sender_key!;
    expect(store.layout.forSender(key)).toMatchObject([{ field: 'claimReceived', part: 'v', corrections: 1, hits: 0, misses: 0 }]);

    // Taught once: not used yet. The worker's correction on the second notice shows the place was right (a hit).
    const two = ingest(second!);
    expect(two.caseId).not.toBe(one.caseId);
    expect(store.documents.get(two.id)!.sender_key).toBe(key);
    expect(field(two.caseId, 'claimReceived')).toBeUndefined();
    expect(correctField(ctx, two.caseId, 'claimReceived', NOTICES[1]!.receivedIso, { v: at(two.id, second!, NOTICES[1]!.received) }).ok).toBe(true);
    expect(store.layout.forSender(key)).toMatchObject([{ corrections: 1, hits: 1, misses: 0 }]);

    const three = ingest(third!);
    const learned = field(three.caseId, 'claimReceived')!;
    expect(JSON.parse(learned.value_json)).toBe(NOTICES[2]!.receivedIso);
    expect(learned.learned_from).toBe(1);
    expect(learned.confidence).toBeCloseTo(2 / 3, 3);

    // The worker confirms the case: the memory read the true value, another hit; the label stays.
    expect(confirmCase(ctx, three.caseId).ok).toBe(true);
    expect(store.layout.forSender(key)).toMatchObject([{ corrections: 1, hits: 2, misses: 0 }]);
    expect(field(three.caseId, 'claimReceived')!.learned_from).toBe(1);
  });

  it('uses the memory on a notice whose letterhead OCR misread, so that its sender key differs, and teaches the same memory', () => {
    const [first, second, third] = NOTICES.map(notice);
    const one = ingest(first!);
    correctField(ctx, one.caseId, 'claimReceived', NOTICES[0]!.receivedIso, { v: at(one.id, first!, NOTICES[0]!.received) });
    const key = store.documents.get(one.id)!.sender_key!;
    // The second notice's letterhead read with two letters wrong: another key, the same court and form.
    const misread = notice(NOTICES[1]!);
    const garbled = { ...misread, words: misread.words.map((w) => (w.text === 'Gummersbach' && w.bbox[1] < 0.1 ? { ...w, text: 'Gunnnersbaoh' } : w)) };
    const two = ingest(garbled);
    expect(store.documents.get(two.id)!.sender_key).toBe(key);
    correctField(ctx, two.caseId, 'claimReceived', NOTICES[1]!.receivedIso, { v: at(two.id, garbled, NOTICES[1]!.received) });
    expect(store.layout.forSender(key)).toMatchObject([{ field: 'claimReceived', corrections: 1, hits: 1, misses: 0 }]);
    const three = ingest(third!);
    expect(JSON.parse(field(three.caseId, 'claimReceived')!.value_json)).toBe(NOTICES[2]!.receivedIso);
  });

  it('learns a value typed by hand where it finds it on the page, and nothing when it is nowhere', () => {
    const [first, second, third] = NOTICES.map(notice);
    const one = ingest(first!);
    expect(correctField(ctx, one.caseId, 'claimReceived', NOTICES[0]!.receivedIso).ok).toBe(true);
    expect(correctField(ctx, one.caseId, 'claimServed', '2025-03-01').ok).toBe(true);
    const key = store.documents.get(one.id)!.sender_key!;
    expect(store.layout.forSender(key).map((r) => `${r.field}.${r.part}`)).toEqual(['claimReceived.v']);
    const two = ingest(second!);
    expect(correctField(ctx, two.caseId, 'claimReceived', NOTICES[1]!.receivedIso).ok).toBe(true);
    const three = ingest(third!);
    expect(JSON.parse(field(three.caseId, 'claimReceived')!.value_json)).toBe(NOTICES[2]!.receivedIso);
  });

  it('keeps no name, street, town of the flat or file number in the memory tables or the senders label', () => {
    for (const n of NOTICES) {
      const page = notice(n);
      const { caseId, id } = ingest(page);
      const house = `${n.houseNumber},`;
      expect(correctField(ctx, caseId, 'tenants', [{ name: n.tenant, birthDate: null }], { name0: at(id, page, n.tenant) }).ok).toBe(true);
      expect(
        correctField(ctx, caseId, 'address', { street: n.street, houseNumber: n.houseNumber, postalCode: n.postalCode, city: n.city, addition: null }, {
          street: at(id, page, n.street),
          houseNumber: { documentId: id, page: 1, bbox: boxOf(page, house.replace(/,$/, '')) },
          postalCode: at(id, page, n.postalCode),
          city: at(id, page, n.city),
        }).ok,
      ).toBe(true);
      expect(correctField(ctx, caseId, 'arrears', n.arrearsCents, { v: at(id, page, n.arrears) }).ok).toBe(true);
      expect(correctField(ctx, caseId, 'claimReceived', n.receivedIso).ok).toBe(true);
      expect(correctField(ctx, caseId, 'court', 'Amtsgericht Gummersbach').ok).toBe(true);
    }
    const memory = db.prepare('SELECT * FROM layout_memory').all() as Record<string, unknown>[];
    const senders = db.prepare('SELECT * FROM layout_senders').all() as Record<string, unknown>[];
    expect(memory.length).toBeGreaterThanOrEqual(8);
    expect(senders.map((s) => s['label'])).toEqual(['Amtsgericht Gummersbach · Mitteilung']);
    const stored = JSON.stringify([memory, senders, store.layout.senders()]).toLowerCase();
    const folded = fuzzyKey(stored);
    for (const n of NOTICES) {
      const words = [...n.tenant.split(/[\s-]+/), n.street, n.city, n.fileNumber, n.fileNumber.replace(/\s/g, '')];
      for (const word of words) {
        expect(stored, word).not.toContain(word.toLowerCase());
        if (fuzzyKey(word).length >= 5) expect(folded, word).not.toContain(fuzzyKey(word));
      }
    }
  });

  it('counts a miss when a worker corrects a learned value, and the contradicted memory is no longer used', () => {
    const [first, second, third, fourth] = NOTICES.map(notice);
    const one = ingest(first!);
    correctField(ctx, one.caseId, 'claimReceived', NOTICES[0]!.receivedIso, { v: at(one.id, first!, NOTICES[0]!.received) });
    const two = ingest(second!);
    correctField(ctx, two.caseId, 'claimReceived', NOTICES[1]!.receivedIso);
    const three = ingest(third!);
    expect(field(three.caseId, 'claimReceived')!.learned_from).toBe(1);
    // The worker knows better: the day printed there is not the day the claim came in (typed, nowhere on the page).
    expect(correctField(ctx, three.caseId, 'claimReceived', '2024-11-29').ok).toBe(true);
    const key = store.documents.get(three.id)!.sender_key!;
    expect(store.layout.forSender(key)).toMatchObject([{ field: 'claimReceived', part: 'v', corrections: 1, hits: 1, misses: 1 }]);
    const four = ingest(fourth!);
    expect(field(four.caseId, 'claimReceived')).toBeUndefined();
  });
});
