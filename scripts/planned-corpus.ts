/**
 * A corpus of only those documents of a source on which the reader plans a given pre-processing step, as a
 * folder of links (documents and truths) with the source's manifest cut down to them, which
 * `eval.js --corpus <dir>` reads. An OCR step that runs on few
 * pages is checked against "eval not worse on any source" by evaluating exactly the documents it touches,
 * before and after the change; every other document reads the same by construction.
 *
 *   node dist/scripts/planned-corpus.js --step fillDropouts --out /tmp/dropouts [--source ruhr-inbox]
 *
 * Prints how many documents of each source were linked. Decodes and measures pages; reads nothing.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectFileType } from '../src/adapters/file-type.adapter.js';
import { decodeImagePage, decodeRenderedPage, inspectImage, type SourcePage } from '../src/adapters/image-prep.adapter.js';
import { MIN_TEXT_LAYER_CHARS, openPdf } from '../src/adapters/pdf-reader.adapter.js';
import { planPage, type PagePlan } from '../src/adapters/page-plan.js';

const { values } = parseArgs({ options: { step: { type: 'string' }, out: { type: 'string' }, source: { type: 'string', multiple: true } } });
const step = values.step as keyof PagePlan | undefined;
if (!step || !values.out) throw new Error('usage: planned-corpus --step <PagePlan field> --out <dir> [--source <name>]');
const MAX_PIXELS = 200_000_000;

const sources = (JSON.parse(readFileSync('samples/sources.json', 'utf8')) as { sources: { name: string; corpus: string }[] }).sources;

/** The scanned pages of a document, decoded as the reader decodes them (text-layer PDF pages are skipped). */
async function* scannedPages(bytes: Buffer): AsyncGenerator<SourcePage> {
  if (detectFileType(bytes) === 'application/pdf') {
    const pdf = await openPdf(bytes, 50);
    try {
      for (let n = 1; n <= pdf.pageCount; n++) {
        const text = await pdf.textPage(n);
        if (text.wordChars >= MIN_TEXT_LAYER_CHARS) continue;
        const rendered = await pdf.renderAtDpi(n, 300);
        yield await decodeRenderedPage(rendered.rgba, rendered.width, rendered.height, 300);
      }
    } finally {
      await pdf.close();
    }
    return;
  }
  const { pages } = await inspectImage(bytes, MAX_PIXELS);
  for (let i = 0; i < pages; i++) yield await decodeImagePage(bytes, i, MAX_PIXELS);
}

for (const source of sources.filter((s) => !values.source || values.source.includes(s.name))) {
  const dir = path.join(values.out, source.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(source.corpus, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string; truth: string }[] };
  const kept: typeof manifest.documents = [];
  for (const document of manifest.documents) {
    for await (const page of scannedPages(readFileSync(path.join(source.corpus, document.file)))) {
      if (!(await planPage(page))[step]) continue;
      for (const f of [document.file, document.truth]) symlinkSync(path.resolve(source.corpus, f), path.join(dir, f));
      kept.push(document);
      break;
    }
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, count: kept.length, documents: kept }, null, 2));
  const linked = kept.length;
  process.stdout.write(`${source.name}: ${linked} documents\n`);
}
