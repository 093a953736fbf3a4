/** PDF output with pdfkit: text-layer PDFs from PageModels and image-only PDFs from scans. */
import PDFDocument from 'pdfkit';
import { A4, FONT_KEYS, fontFile, type PageModel } from './page-model.js';

const MM = 72 / 25.4;
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

function newDoc(): PDFKit.PDFDocument {
  return new PDFDocument({ autoFirstPage: false, size: 'A4', compress: true, info: { Producer: 'eviction-intake samples', Creator: 'eviction-intake samples', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function textLayerPdf(pages: PageModel[]): Promise<Buffer> {
  const doc = newDoc();
  for (const key of FONT_KEYS) doc.registerFont(key, fontFile(key));
  const done = collect(doc);
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    for (const item of page.items) {
      if (item.kind === 'text') {
        doc.font(item.font).fontSize(item.size).text(item.text, item.x * MM, item.y * MM, { lineBreak: false, baseline: 'alphabetic' });
      } else {
        doc.moveTo(item.x1 * MM, item.y1 * MM).lineTo(item.x2 * MM, item.y2 * MM).lineWidth(item.width * MM).stroke();
      }
    }
  }
  doc.end();
  return done;
}

/** Each image fills one A4 page (JPEG is embedded as is, PNG re-encoded by pdfkit). */
export async function imagePdf(images: Buffer[]): Promise<Buffer> {
  const doc = newDoc();
  const done = collect(doc);
  for (const img of images) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(img, 0, 0, { width: A4.width * MM, height: A4.height * MM });
  }
  doc.end();
  return done;
}
