import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLetterPdfRenderer } from '../../../src/adapters/letter-pdf.adapter.js';
import { loadTemplates, type TemplateSet } from '../../../src/adapters/template-store.adapter.js';
import { IntakeError } from '../../../src/core/errors.js';
import { buildLetter, type LetterContent, type LetterModel } from '../../../src/core/letter/index.js';
import { model } from '../../unit/letter/letter-fixtures.js';

const PT_PER_MM = 72 / 25.4;
const dir = mkdtempSync(join(tmpdir(), 'letter-pdf-'));
const renderer = createLetterPdfRenderer();
let templates: TemplateSet;

interface Word { text: string; page: number; x0: number; y0: number; x1: number; y1: number }

function words(pdf: Buffer, name: string): Word[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const mmOf = (v: string): number => Number(v) / PT_PER_MM;
      out.push({ text: m[5]!.replace(/&amp;/g, '&'), page: i + 1, x0: mmOf(m[1]!), y0: mmOf(m[2]!), x1: mmOf(m[3]!), y1: mmOf(m[4]!) });
    }
  });
  return out;
}

function letterFor(variant: string, over: Partial<LetterModel> = {}): LetterContent {
  const r = buildLetter(templates.get(variant), model(over));
  if (!r.ok) throw new Error(r.missing.join('; '));
  return r.letter;
}

const household: Partial<LetterModel> = {
  tenants: [{ name: 'Ayşe Yılmaz', birthDate: null }, { name: 'Çelik Wiśniewski', birthDate: null }],
  address: { street: 'Müller-Lüdenscheidt-Weg', houseNumber: '3', postalCode: '44137', city: 'Dortmund', addition: 'c/o Jürgen Müller-Lüdenscheidt' },
};

beforeAll(async () => {
  templates = await loadTemplates(join(import.meta.dirname, '../../../templates'));
});

describe('letter PDF after DIN 5008 Form B', () => {
  it('loads all shipped templates', () => {
    expect([...templates.variants()].sort()).toEqual(['first-contact.de', 'first-contact.de-einfach', 'first-contact.en'].sort());
  });

  it('puts the recipient lines inside the window field and the return line in its top zone', async () => {
    const w = words(await renderer.render(letterFor('first-contact.de', household)), 'window');
    writeFileSync('/tmp/letter-window.pdf', await renderer.render(letterFor('first-contact.de', household)));
    const recipient = ['Ayşe', 'Yılmaz', 'Wiśniewski', 'c/o', 'Müller-Lüdenscheidt-Weg', '44137'];
    for (const text of recipient) {
      const hit = w.find((x) => x.page === 1 && x.text === text && x.y0 > 62 && x.y0 < 91);
      expect(hit, text).toBeDefined();
      expect(hit!.x0).toBeGreaterThanOrEqual(20);
      expect(hit!.x1).toBeLessThanOrEqual(105);
      expect(hit!.y1).toBeLessThanOrEqual(90);
    }
    const returnLine = w.filter((x) => x.page === 1 && x.x1 <= 105 && x.y0 >= 45 && x.y1 <= 62.7);
    expect(Math.max(...returnLine.map((x) => x.x1))).toBeLessThanOrEqual(105);
    expect(returnLine.map((x) => x.text).join(' ')).toBe('Fachstelle Wohnungssicherung · Kleppingstraße 21 · 44135 Dortmund');
  });

  it('prints every glyph of the names exactly, with the font embedded', async () => {
    const pdf = await renderer.render(letterFor('first-contact.de', household));
    const text = words(pdf, 'glyphs').map((x) => x.text).join(' ');
    for (const name of ['Yılmaz', 'Wiśniewski', 'Çelik', 'Müller-Lüdenscheidt-Weg', 'Ayşe']) expect(text).toContain(name);
    expect(text).not.toContain('undefined');
    const fonts = execFileSync('pdffonts', [join(dir, 'glyphs.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('places the information block at 125 mm / 50 mm with the case id and nothing about the court', async () => {
    const w = words(await renderer.render(letterFor('first-contact.de')), 'info');
    const date = w.find((x) => x.page === 1 && x.text === 'Datum:')!;
    expect(date.x0).toBeCloseTo(125, 0);
    expect(date.y0).toBeGreaterThanOrEqual(49.5);
    expect(date.y0).toBeLessThan(53);
    const ref = w.find((x) => x.text === 'F-2025-0042')!;
    expect(ref.x0).toBeGreaterThan(125);
    expect(ref.y0).toBeLessThan(75);
    const envelopeSide = w.filter((x) => x.page === 1 && x.y0 < 100).map((x) => x.text).join(' ');
    expect(envelopeSide).not.toMatch(/Räumung|Amtsgericht|Gericht/);
  });

  it('renders every variant without "undefined" and with page numbers from page 2', async () => {
    for (const variant of templates.variants()) {
      const w = words(await renderer.render(letterFor(variant, { hearing: null })), variant);
      const all = w.map((x) => x.text).join(' ');
      expect(all, variant).not.toContain('undefined');
      const pages = Math.max(...w.map((x) => x.page));
      const label = variant.endsWith('.en') ? 'Page' : 'Seite';
      expect(w.filter((x) => x.page === 1 && x.text === label && x.y0 > 285)).toHaveLength(0);
      if (pages > 1) expect(all).toContain(`${label} 2 ${variant.endsWith('.en') ? 'of' : 'von'} ${pages}`);
    }
  });

  it('numbers a long letter from page 2 as "Seite n von m" and leaves page 1 unnumbered', async () => {
    const base = letterFor('first-contact.de');
    const long: LetterContent = { ...base, blocks: [...base.blocks, ...base.blocks, ...base.blocks] };
    const w = words(await renderer.render(long), 'long');
    const pages = Math.max(...w.map((x) => x.page));
    expect(pages).toBeGreaterThanOrEqual(2);
    const labels = w.filter((x) => x.text === 'Seite' && x.y0 > 285);
    expect(labels.map((x) => x.page)).toEqual(Array.from({ length: pages - 1 }, (_, i) => i + 2));
    expect(w.map((x) => x.text).join(' ')).toContain(`Seite ${pages} von ${pages}`);
  });

  it('combines letters into one print file with each letter starting on its own page', async () => {
    const letters = [letterFor('first-contact.de'), letterFor('first-contact.en', household), letterFor('first-contact.de-einfach')];
    const w = words(await renderer.combine(letters), 'combined');
    const starts = w.filter((x) => x.text === 'F-2025-0042' && x.y0 < 80).map((x) => x.page);
    expect(starts.length).toBe(3);
    expect(new Set(starts).size).toBe(3);
  });

  it('refuses a template folder with a broken file, naming file and line', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'tpl-bad-'));
    writeFileSync(join(bad, 'kaputt.tpl'), '---\nbetreff: x\nvariante: y\nsprache: de\n---\nHallo\n{{#if hearing}}\n');
    await expect(loadTemplates(bad)).rejects.toThrow(/kaputt\.tpl, Zeile 7/);
    await expect(loadTemplates(bad)).rejects.toBeInstanceOf(IntakeError);
  });
});
