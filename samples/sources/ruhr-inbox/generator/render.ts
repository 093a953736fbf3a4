import PDFDocument from 'pdfkit';
import { FONT_FILES, MM, type Box, type Sheet } from './sheet.js';

/** Replays a sheet (plus paper dirt for scans) into a PDF. */

export type Overlay =
  | { kind: 'stamp'; x: number; y: number; w: number; h: number; angle: number; color: string; lines: string[] }
  | { kind: 'hand'; x: number; y: number; angle: number; color: string; text: string; size: number }
  | { kind: 'highlight'; box: Box; color: string }
  | { kind: 'circle'; box: Box; color: string }
  | { kind: 'underline'; box: Box; color: string }
  | { kind: 'tick'; x: number; y: number; color: string }
  | { kind: 'punch'; ys: number[]; shade: string }
  | { kind: 'staple'; x: number; y: number; angle: number }
  | { kind: 'faxhead'; text: string };

const FIXED_DATE = new Date(Date.UTC(2025, 0, 2, 8, 0, 0));

export function newPdf(title: string, producer: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Producer: producer, Creator: producer, CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  return doc;
}

export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function drawOverlay(doc: PDFKit.PDFDocument, o: Overlay): void {
  doc.save();
  switch (o.kind) {
    case 'stamp': {
      const cx = (o.x + o.w / 2) * MM;
      const cy = (o.y + o.h / 2) * MM;
      doc.translate(cx, cy).rotate(o.angle).translate(-o.w / 2 * MM, -o.h / 2 * MM);
      doc.opacity(0.82).strokeColor(o.color).fillColor(o.color).lineWidth(1.4);
      doc.roundedRect(0, 0, o.w * MM, o.h * MM, 4).stroke();
      doc.lineWidth(0.6).roundedRect(2, 2, o.w * MM - 4, o.h * MM - 4, 3).stroke();
      const lh = (o.h * MM - 8) / o.lines.length;
      o.lines.forEach((l, i) => {
        let size = i === 1 ? Math.min(12, lh * 0.85) : Math.min(8, lh * 0.7);
        doc.font(i === 1 ? 'mono-b' : 'sans-b').fontSize(size);
        while (doc.widthOfString(l) > o.w * MM - 10 && size > 4) doc.fontSize((size -= 0.25));
        const w = doc.widthOfString(l);
        doc.text(l, (o.w * MM - w) / 2, 4 + i * lh + (lh - size) / 2, { lineBreak: false });
      });
      break;
    }
    case 'hand':
      doc.translate(o.x * MM, o.y * MM).rotate(o.angle);
      doc.fillColor(o.color).opacity(0.9).font('sans-i').fontSize(o.size).text(o.text, 0, 0, { lineBreak: false, characterSpacing: 0.4 });
      break;
    case 'highlight':
      doc.fillColor(o.color).fillOpacity(0.38).rect((o.box.x - 1) * MM, (o.box.y - 0.6) * MM, (o.box.w + 2) * MM, (o.box.h + 0.8) * MM).fill();
      break;
    case 'circle':
      doc.strokeColor(o.color).lineWidth(1.1).opacity(0.85)
        .ellipse((o.box.x + o.box.w / 2) * MM, (o.box.y + o.box.h / 2) * MM, (o.box.w / 2 + 4) * MM, (o.box.h / 2 + 2.5) * MM).stroke();
      break;
    case 'underline': {
      const y = (o.box.y + o.box.h + 0.8) * MM;
      doc.strokeColor(o.color).lineWidth(1).opacity(0.85).moveTo((o.box.x - 1) * MM, y).bezierCurveTo((o.box.x + o.box.w / 3) * MM, y + 1.5, (o.box.x + o.box.w * 0.6) * MM, y - 1.2, (o.box.x + o.box.w + 2) * MM, y + 0.8).stroke();
      break;
    }
    case 'tick':
      doc.strokeColor(o.color).lineWidth(1.3).moveTo(o.x * MM, o.y * MM).lineTo((o.x + 2) * MM, (o.y + 3) * MM).lineTo((o.x + 6) * MM, (o.y - 4) * MM).stroke();
      break;
    case 'punch':
      for (const y of o.ys) doc.fillColor(o.shade).circle(11 * MM, y * MM, 2.8 * MM).fill();
      break;
    case 'staple':
      doc.translate(o.x * MM, o.y * MM).rotate(o.angle);
      doc.fillColor('#bbbbbb').rect(0.6 * MM, 0.7 * MM, 12 * MM, 1.1 * MM).fill();
      doc.fillColor('#444444').rect(0, 0, 12 * MM, 0.9 * MM).fill();
      break;
    case 'faxhead':
      doc.fillColor('#000000').font('mono').fontSize(7.5).text(o.text, 8 * MM, 3.5 * MM, { lineBreak: false });
      break;
  }
  doc.restore();
}

/** The sheet as a PDF, with optional per-page overlays (scan dirt). */
export async function renderPdf(sheet: Sheet, overlays: Overlay[][] | null, title: string, producer: string): Promise<Buffer> {
  const doc = newPdf(title, producer);
  sheet.pages.forEach((page, i) => {
    doc.addPage({ size: 'A4', margin: 0 });
    const over = overlays?.[i] ?? [];
    for (const o of over.filter((x) => x.kind === 'highlight' || x.kind === 'punch')) drawOverlay(doc, o);
    for (const op of page.ops) {
      if (op.kind === 'text') {
        doc.font(op.font).fontSize(op.size).fillColor(op.color).text(op.str, op.x * MM, op.y * MM, { lineBreak: false, underline: op.underline });
      } else if (op.kind === 'line') {
        doc.lineWidth(op.width).strokeColor(op.color).moveTo(op.x1 * MM, op.y1 * MM).lineTo(op.x2 * MM, op.y2 * MM).stroke();
      } else {
        doc.lineWidth(op.width);
        doc.rect(op.x * MM, op.y * MM, op.w * MM, op.h * MM);
        if (op.fill && op.stroke) doc.fillAndStroke(op.fill, op.stroke);
        else if (op.fill) doc.fill(op.fill);
        else doc.stroke(op.stroke ?? '#000000');
      }
    }
    for (const o of over.filter((x) => x.kind !== 'highlight' && x.kind !== 'punch')) drawOverlay(doc, o);
  });
  return finish(doc);
}
