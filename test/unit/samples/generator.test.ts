import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../samples/generator/generate.js';
import { A4, textWidth } from '../../../samples/generator/page-model.js';
import { planCorpus } from '../../../samples/generator/plan.js';
import { UNLISTED_NAMES } from '../../../samples/generator/pools.js';
import { KNOWN_FOREIGN_NAMES } from '../../../src/core/extract/name-lexicon.js';
import { truthSchema } from '../../../samples/generator/truth.schema.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'samples-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the sample generator', () => {
  const plan = planCorpus();
  const pick = (profiles: string[]): string[] => profiles.map((p) => plan.find((d) => d.profile === p)?.id ?? 'missing');

  it('writes byte-identical documents and truth files on every run', async () => {
    const ids = pick(['text-pdf', 'gray-300', 'multi-tiff']);
    const a = tempDir();
    const b = tempDir();
    await generateCorpus({ outDir: a, only: ids });
    await generateCorpus({ outDir: b, only: ids });
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    expect(files.length).toBe(ids.length * 2 + 1);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('reproduces the committed corpus files byte for byte', async () => {
    const ids = pick(['photo', 'fax-200', 'multi-pdf']);
    const dir = tempDir();
    await generateCorpus({ outDir: dir, only: ids });
    const files = readdirSync(dir).filter((f) => f.startsWith('doc-'));
    expect(files.length).toBe(ids.length * 2);
    for (const f of files) expect(readFileSync(join(dir, f)).equals(readFileSync(join(process.cwd(), 'samples', 'corpus', f))), f).toBe(true);
  });

  it('plans the same corpus as the one committed in samples/corpus', () => {
    for (const doc of plan) {
      const committed = truthSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'samples', 'corpus', `${doc.id}.truth.json`), 'utf8')));
      expect({ type: committed.documentType, fields: committed.fields, pageTexts: committed.pageTexts }).toEqual({ type: doc.type, fields: doc.fields, pageTexts: doc.pageTexts });
    }
  });

  it('with names off the list, plans the same documents with only the foreign-letter names swapped', () => {
    const unlisted = planCorpus(100, undefined, 'unlisted');
    const tenantNames = (doc: (typeof plan)[number]) => doc.caseFile.tenants.map((t) => `${t.given} ${t.family}`);
    const swappedBack = (name: string) => [...UNLISTED_NAMES].reduce((n, [common, off]) => n.replace(off, common).replace(off.replace(/i$/, 'a'), common.replace(/i$/, 'a')), name);
    expect(unlisted.map((d) => [d.type, d.layout, d.profile, d.split])).toEqual(plan.map((d) => [d.type, d.layout, d.profile, d.split]));
    expect(unlisted.map((d) => tenantNames(d).map(swappedBack))).toEqual(plan.map(tenantNames));
    const words = unlisted.flatMap((d) => tenantNames(d).flatMap((n) => n.split(/[\s-]+/)));
    expect(words.filter((w) => KNOWN_FOREIGN_NAMES.has(w))).toEqual([]);
    // Names with foreign letters are still there, only off the list.
    expect(words.some((w) => /[łąęśńżźćóşığç]/i.test(w))).toBe(true);
  });

  it('gives a different corpus for a different seed', () => {
    const other = planCorpus(100, 7);
    expect(other.map((d) => d.pageTexts.join())).not.toEqual(plan.map((d) => d.pageTexts.join()));
  });

  it('uses several DejaVu faces and sizes across the corpus', () => {
    const faces = new Set(plan.flatMap((d) => d.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.font] : [])))));
    const sizes = new Set(plan.flatMap((d) => d.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.size] : [])))));
    expect(faces.size).toBeGreaterThanOrEqual(6);
    expect(sizes.size).toBeGreaterThanOrEqual(6);
  });

  it('keeps every text run inside the A4 page', () => {
    for (const doc of plan)
      for (const page of doc.pages)
        for (const item of page.items) {
          if (item.kind !== 'text') continue;
          expect(item.x, doc.id).toBeGreaterThanOrEqual(5);
          expect(item.y, doc.id).toBeLessThanOrEqual(292);
          expect(item.x + textWidth(item.text, item.font, item.size), `${doc.id}: ${item.text}`).toBeLessThanOrEqual(A4.width - 8);
        }
  });
});
