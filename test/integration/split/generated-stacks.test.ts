import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreBoundaries, splitPages } from '../../../src/core/split/index.js';
import type { StackManifest, StackTruth } from '../../../samples/stacks-generator/stack-truth.js';
import { pagesFromPdf } from '../../support/pdf-pages.js';

const dir = path.resolve('samples/stacks');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as StackManifest;
const textStacks = manifest.stacks.filter((s) => s.profile === 'text-pdf');

async function load(id: string): Promise<{ truth: StackTruth; pages: Awaited<ReturnType<typeof pagesFromPdf>> }> {
  const truth = JSON.parse(readFileSync(path.join(dir, `${id}.truth.json`), 'utf8')) as StackTruth;
  return { truth, pages: await pagesFromPdf(new Uint8Array(readFileSync(path.join(dir, truth.file)))) };
}

describe('splitPages on the generated text-layer stacks', () => {
  it('has stacks with cover letters, page markers, blank backs and separator sheets to test on', () => {
    const truths = textStacks.map((s) => JSON.parse(readFileSync(path.join(dir, s.truth), 'utf8')) as StackTruth);
    const docs = truths.flatMap((t) => t.documents);
    expect(docs.some((d) => d.coverLetter)).toBe(true);
    expect(docs.some((d) => d.pageMarkers)).toBe(true);
    expect(docs.some((d) => d.pages[1] > d.pages[0])).toBe(true);
    expect(truths.some((t) => t.blankPages.length > 0 && !t.separators)).toBe(true);
    expect(truths.some((t) => t.separators)).toBe(true);
  });

  it.each(textStacks.map((s) => s.id))('finds every document of %s with the right page range', async (id) => {
    const { truth, pages } = await load(id);
    const result = splitPages(pages);
    expect(result.documents.map((d) => d.pages)).toEqual(truth.documents.map((d) => d.pages));
    expect(result.droppedPages).toEqual([...truth.blankPages, ...truth.separatorPages].sort((a, b) => a - b));
  });

  it('still splits a stack with separator sheets when only the QR code (not the text) marks them', async () => {
    const id = textStacks.find((s) => s.separators)!.id;
    const { truth, pages } = await load(id);
    const result = splitPages(pages, { separatorText: false, separatorPages: new Set(truth.separatorPages) });
    expect(scoreBoundaries(truth.documents.map((d) => d.pages), result.documents.map((d) => d.pages))).toMatchObject({ precision: 1, recall: 1 });
  });

  it('merges documents when neither separators nor letterheads are given, which the score shows', async () => {
    const { truth, pages } = await load(textStacks[0]!.id);
    const headless = pages.map((p) => ({ ...p, words: p.words.filter((w) => w.bbox[1] > 0.5) }));
    const s = scoreBoundaries(truth.documents.map((d) => d.pages), splitPages(headless).documents.map((d) => d.pages));
    expect(s.recall).toBeLessThan(1);
  });
});
