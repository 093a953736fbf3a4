import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { caseSearchText, searchTerms, stripFold } from '../../../src/core/search/search-text.js';

const AT = '2026-03-01T09:00:00.000Z';

function storeWith(cases: { name: string; street: string; city: string; fileNumber: string }[]): { store: SqliteStore; ids: string[] } {
  const store = new SqliteStore(openDatabase(':memory:'));
  const ids = cases.map((c) => {
    const id = store.cases.create(AT);
    const write = (name: string, value: unknown) =>
      store.cases.writeField(id, { name, valueJson: JSON.stringify(value), confidence: 1, source: 'machine', documentId: null, page: null, bboxJson: null, correctedBy: null }, AT);
    write('tenants', [{ name: c.name, birthDate: null }]);
    write('address', { street: c.street, houseNumber: '4', postalCode: '51643', city: c.city, addition: null });
    store.cases.addFileNumber(id, c.fileNumber, 'Amtsgericht Gummersbach');
    return id;
  });
  return { store, ids };
}

const found = (store: SqliteStore, search: string) => store.cases.worklist({ today: '2026-03-01', search, limit: 50, offset: 0 }).rows.map((r) => r.id).sort();

describe('search that forgives', () => {
  const { store, ids } = storeWith([
    { name: 'Emre Aydın', street: 'Kölner Str.', city: 'Gummersbach', fileNumber: '3 C 271/25' },
    { name: 'Hans Müller', street: 'Hauptstraße', city: 'Wiehl', fileNumber: '12 C 345/25' },
    { name: 'Ayşe Şahin', street: 'Am Sonnenhang', city: 'Nümbrecht', fileNumber: '7 C 88/26' },
  ]);
  const [aydin, mueller, sahin] = ids as [string, string, string];

  it('folds case, dotless i, umlauts, cedillas and ß the same way on both sides', () => {
    expect(stripFold('Aydın')).toBe('aydin');
    expect(stripFold('Şahin')).toBe('sahin');
    expect(stripFold('Straße')).toBe('strasse');
    expect(searchTerms('  MÜLLER  3C271/25 ')).toEqual(['muller', '3c271/25']);
  });

  it('finds names typed without their accents, with umlauts spelled out, and in part', () => {
    expect(found(store, 'aydin')).toEqual([aydin]);
    expect(found(store, 'Aydın')).toEqual([aydin]);
    expect(found(store, 'muller')).toEqual([mueller]);
    expect(found(store, 'Mueller')).toEqual([mueller]);
    expect(found(store, 'sahin')).toEqual([sahin]);
    expect(found(store, 'ahi')).toEqual([sahin]);
    expect(found(store, 'ayse sah')).toEqual([sahin]);
  });

  it('finds a street by “strasse” whether it is written Straße or Str.', () => {
    expect(found(store, 'strasse')).toEqual([aydin, mueller].sort());
    expect(found(store, 'hauptstrasse')).toEqual([mueller]);
    expect(found(store, 'nuembrecht')).toEqual([sahin]);
  });

  it('counts all matches and returns the page asked for', () => {
    const all = store.cases.worklist({ today: '2026-03-01', search: 'strasse', limit: 50, offset: 0 });
    const second = store.cases.worklist({ today: '2026-03-01', search: 'strasse', limit: 1, offset: 1 });
    expect(all.total).toBe(2);
    expect(second.total).toBe(2);
    expect(second.rows.map((r) => r.id)).toEqual([all.rows[1]!.id]);
  });

  it('finds a file number with or without its spaces', () => {
    expect(found(store, '3C271/25')).toEqual([aydin]);
    expect(found(store, '3 C 271/25')).toEqual([aydin]);
    expect(found(store, '12c345')).toEqual([mueller]);
  });

  it('keeps the search text up to date when a worker corrects a name', () => {
    store.cases.writeField(aydin, { name: 'tenants', valueJson: JSON.stringify([{ name: 'Emre Öztürk', birthDate: null }]), confidence: 1, source: 'worker', documentId: null, page: null, bboxJson: null, correctedBy: 'anna' }, AT);
    expect(found(store, 'aydin')).toEqual([]);
    expect(found(store, 'ozturk')).toEqual([aydin]);
  });

  it('treats % and _ in a query as letters, not as wildcards', () => {
    expect(found(store, '50%')).toEqual([]);
    expect(found(store, '_')).toEqual([]);
  });

  it('builds the search text from names, address and file numbers only', () => {
    const text = caseSearchText({ id: 'FS-2026-0001', tenants: [{ name: 'Łukasz Wiśniewski', birthDate: '1980-01-01' }], address: null, fileNumbers: ['4 C 1/26'] });
    expect(text).toContain('lukasz wisniewski');
    expect(text).toContain('4c1/26');
    expect(text).not.toContain('1980');
  });
});
