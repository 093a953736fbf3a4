import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../../src/core/extraction.schema.js';
import { PROFILES, manifestSchema, truthSchema, type Truth } from '../../../samples/generator/truth.schema.js';
import { missingEvidence } from './truth-evidence.js';

const CORPUS = join(process.cwd(), 'samples', 'corpus');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')));
const truths: Truth[] = manifest.documents.map((d) => truthSchema.parse(JSON.parse(readFileSync(join(CORPUS, d.truth), 'utf8'))));

describe('the committed sample corpus', () => {
  it('has at least 80 documents, each with its file and a valid truth file', () => {
    expect(manifest.documents.length).toBeGreaterThanOrEqual(80);
    for (const d of manifest.documents) {
      expect(existsSync(join(CORPUS, d.file)), d.file).toBe(true);
      const t = truths.find((x) => x.id === d.id);
      expect(t?.file).toBe(d.file);
      expect(t?.documentType).toBe(d.type);
      expect(t?.profile).toBe(d.profile);
      expect(t?.split).toBe(d.split);
      expect(t?.pages).toBe(d.pages);
    }
  });

  it('lists no file that is not in the manifest', () => {
    const listed = new Set(manifest.documents.flatMap((d) => [d.file, d.truth]).concat('manifest.json'));
    expect(readdirSync(CORPUS).filter((f) => !listed.has(f))).toEqual([]);
  });

  it('shows every truth value somewhere in the text of its document', () => {
    const failures = truths.map((t) => ({ id: t.id, missing: missingEvidence(t) })).filter((x) => x.missing.length > 0);
    expect(failures).toEqual([]);
  });

  it('covers every document type in at least three layouts', () => {
    for (const type of DOCUMENT_TYPES) {
      const layouts = new Set(manifest.documents.filter((d) => d.type === type).map((d) => d.layout));
      expect(layouts.size, type).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every scan profile, with several documents each', () => {
    for (const profile of PROFILES) expect(manifest.documents.filter((d) => d.profile === profile).length, profile).toBeGreaterThanOrEqual(5);
  });

  it('keeps about a quarter of the documents, of every type, in the held-out split', () => {
    const held = manifest.documents.filter((d) => d.split === 'heldout');
    expect(held.length / manifest.documents.length).toBeGreaterThan(0.2);
    expect(held.length / manifest.documents.length).toBeLessThan(0.3);
    for (const type of DOCUMENT_TYPES) expect(held.some((d) => d.type === type), type).toBe(true);
  });

  it('holds one and two tenants, notices with and without hearing, and cover letters', () => {
    expect(truths.some((t) => t.fields.tenants?.length === 1)).toBe(true);
    expect(truths.some((t) => t.fields.tenants?.length === 2)).toBe(true);
    const notices = truths.filter((t) => t.documentType === 'court_notice');
    expect(notices.some((t) => t.fields.hearing !== null)).toBe(true);
    expect(notices.some((t) => t.fields.hearing === null)).toBe(true);
    expect(manifest.documents.filter((d) => d.coverLetter).length).toBeGreaterThanOrEqual(5);
  });

  it('holds the name and address variants: diacritics, particles, double names, abbreviations, ranges, additions', () => {
    const names = truths.flatMap((t) => t.fields.tenants ?? []).map((t) => t.name).join('|');
    for (const pattern of [/ı/, /ś|ł|ą/, /Ç|ç|ş|ğ/, /ß/, /\b(von|van|de|Di) /, /\S-\S+ \S|\S+-\S+$/m]) expect(names, String(pattern)).toMatch(pattern);
    const text = truths.map((t) => t.pageTexts.join('\n')).join('\n');
    expect(text).toMatch(/Str\. \d/);
    const addresses = truths.flatMap((t) => (t.fields.address ? [t.fields.address] : []));
    expect(addresses.some((a) => /^\d+-\d+$/.test(a.houseNumber))).toBe(true);
    expect(addresses.some((a) => /^\d+[a-z]$/.test(a.houseNumber))).toBe(true);
    expect(addresses.some((a) => a.addition !== null)).toBe(true);
  });

  it('normalises values the way extraction reports them', () => {
    for (const t of truths) {
      if (t.fields.fileNumber && t.documentType !== 'eviction_notice') expect(t.fields.fileNumber).toMatch(/^\d{1,4} C \d{1,6}\/\d{2}$/);
      for (const tenant of t.fields.tenants ?? []) expect(tenant.name).not.toMatch(/^(Herr|Frau|Dr\.) /);
      if (t.fields.address) expect(t.fields.address.street).not.toMatch(/Str\.$/);
    }
  });

  it('stores fax pages as 1-bit CCITT G4 TIFFs at 200 dpi with one TIFF page per document page', async () => {
    const faxes = manifest.documents.filter((d) => d.file.endsWith('.tif'));
    expect(faxes.length).toBeGreaterThan(0);
    for (const d of faxes.slice(0, 6)) {
      const meta = await sharp(join(CORPUS, d.file)).metadata();
      expect(meta.density).toBe(200);
      expect(meta.pages ?? 1).toBe(d.pages);
      expect(readFileSync(join(CORPUS, d.file)).includes(Buffer.from([0x03, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04, 0x00]))).toBe(true);
    }
  });

  it('stays below 25 MB in total', () => {
    const bytes = readdirSync(CORPUS).reduce((sum, f) => sum + statSync(join(CORPUS, f)).size, 0);
    expect(bytes).toBeLessThan(25 * 1024 * 1024);
  });
});
