/** Small batch scans for tests: notices (text layer) and empty pages (duplex backs) in one PDF, joined with qpdf. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { noticeIn } from '../integration/web/notice-dates.js';
import { renderNoticePdf } from './notice-pdf.js';

/** A PDF with one empty page (a duplex back). */
export function blankPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

const PEOPLE = [
  { fileNumber: '5 C 61/26', tenants: [{ title: 'Herrn', name: 'Piotr Nowak' }], street: 'Talweg 3' },
  { fileNumber: '6 C 62/26', tenants: [{ title: 'Frau', name: 'Lena Berg' }], street: 'Bergstraße 8' },
  { fileNumber: '8 C 63/26', tenants: [{ title: 'Herrn', name: 'Karl Weiß' }], street: 'Am Bach 1' },
];

/**
 * A batch scan from a layout string: 'n' a notice (a different household each time), '_' an empty page.
 * "n_n" = notice, its empty back, another notice. Returns the file's path in `dir`.
 */
export async function stackPdf(dir: string, layout: string): Promise<string> {
  const files: string[] = [];
  let notice = 0;
  for (const [i, kind] of [...layout].entries()) {
    const file = path.join(dir, `page-${i}.pdf`);
    writeFileSync(file, kind === '_' ? await blankPdf() : await renderNoticePdf(noticeIn(15 + 10 * notice, PEOPLE[notice++ % PEOPLE.length])));
    files.push(file);
  }
  const out = path.join(dir, `stapel-${layout.replace(/_/g, 'b')}.pdf`);
  execFileSync('qpdf', ['--empty', '--pages', ...files, '--', out]);
  return out;
}
