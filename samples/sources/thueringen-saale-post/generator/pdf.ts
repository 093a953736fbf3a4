/** Rendering page models with pdfkit (fixed metadata so that output is byte-identical per seed). */
import PDFDocument from 'pdfkit';
import { FONT_FILES, PAGE_H, PAGE_W, type PageModel } from './sheet.js';

export interface PdfMeta { title: string; date: string; producer: string; author?: string }

function newDoc(meta: PdfMeta): PDFKit.PDFDocument {
  const d = new Date(`${meta.date}T07:30:00Z`);
  const doc = new PDFDocument({
    size: 'A4', margin: 0, autoFirstPage: false, compress: true,
    info: { Title: meta.title, Producer: meta.producer, Creator: meta.producer, CreationDate: d, ModDate: d, ...(meta.author ? { Author: meta.author } : {}) },
  });
  for (const [k, f] of Object.entries(FONT_FILES)) doc.registerFont(k, f);
  return doc;
}
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function renderPdf(pages: PageModel[], meta: PdfMeta): Promise<Buffer> {
  const doc = newDoc(meta);
  const done = collect(doc);
  for (const p of pages) {
    doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 });
    for (const it of p.items) {
      if (it.kind === 'rect') {
        doc.save();
        if (it.rotate) doc.rotate(it.rotate, { origin: [it.cx ?? it.x + it.w / 2, it.cy ?? it.y + it.h / 2] });
        doc.lineWidth(it.lw || 0.5);
        if (it.fill && it.stroke) doc.rect(it.x, it.y, it.w, it.h).fillAndStroke(it.fill, it.stroke);
        else if (it.fill) doc.rect(it.x, it.y, it.w, it.h).fill(it.fill);
        else doc.rect(it.x, it.y, it.w, it.h).stroke(it.stroke ?? '#000000');
        doc.restore();
      } else if (it.kind === 'line') {
        doc.save();
        doc.lineWidth(it.w);
        if (it.dash) doc.dash(it.dash, { space: it.dash });
        doc.moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).stroke(it.color);
        doc.restore();
      } else {
        doc.save();
        if (it.rotate) doc.rotate(it.rotate, { origin: [it.x, it.y] });
        doc.font(it.font).fontSize(it.size).fillColor(it.color);
        doc.text(it.text, it.x, it.y, { lineBreak: false, ...(it.spacing ? { characterSpacing: it.spacing } : {}) });
        doc.restore();
      }
    }
  }
  doc.end();
  return done;
}

/** an image-only PDF: one JPEG per page, page size from the pixel size and dpi */
export async function imagePdf(images: { jpeg: Buffer; w: number; h: number; dpi: number }[], meta: PdfMeta): Promise<Buffer> {
  const doc = newDoc(meta);
  const done = collect(doc);
  for (const im of images) {
    const wPt = (im.w / im.dpi) * 72;
    const hPt = (im.h / im.dpi) * 72;
    doc.addPage({ size: [wPt, hPt], margin: 0 });
    doc.image(im.jpeg, 0, 0, { width: wPt, height: hPt });
  }
  doc.end();
  return done;
}
