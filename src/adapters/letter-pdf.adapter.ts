import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { IntakeError } from '../core/errors.js';
import type { LetterContent } from '../core/letter/letter.types.js';

/** Millimetres to PDF points. */
const mm = (v: number): number => (v * 72) / 25.4;

/** DIN 5008 Form B numbers (docs/domain.md, "The first-contact letter"). */
export const DIN5008_FORM_B = {
  page: { width: 210, height: 297 },
  addressField: { left: 20, top: 45, width: 85, height: 45, returnZone: 17.7 },
  /** Text inside the address field starts 5 mm in from its left edge (as on the DIN 5008 template). */
  addressTextLeft: 25,
  infoBlock: { left: 125, top: 50, width: 75 },
  foldMarks: [105, 210],
  punchMark: 148.5,
  margins: { left: 25, right: 20, top: 20, bottom: 19 },
  subjectTop: 103.4,
} as const;

export interface LetterPdfRenderer {
  render(letter: LetterContent): Promise<Buffer>;
  combine(letters: LetterContent[]): Promise<Buffer>;
}

function defaultFontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

interface Fonts { regular: Buffer; bold: Buffer }

function loadFonts(fontDir: string): Fonts {
  try {
    return { regular: readFileSync(join(fontDir, 'DejaVuSans.ttf')), bold: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')) };
  } catch (cause) {
    throw new IntakeError('CONFIG_INVALID', 'Schriftart für Briefe nicht gefunden (DejaVuSans.ttf, DejaVuSans-Bold.ttf).', { cause });
  }
}

type Doc = InstanceType<typeof PDFDocument>;
const F = DIN5008_FORM_B;
const BODY_WIDTH = mm(F.page.width - F.margins.left - F.margins.right);

function drawMarks(doc: Doc): void {
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (const y of F.foldMarks) doc.moveTo(mm(3), mm(y)).lineTo(mm(8), mm(y)).stroke();
  doc.moveTo(mm(3), mm(F.punchMark)).lineTo(mm(10), mm(F.punchMark)).stroke();
  doc.restore();
}

/** Writes text outside the body area without pdfkit starting a new page. */
function writeFixed(doc: Doc, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.text(text, x, y, { lineBreak: false, ...options });
  doc.page.margins.bottom = bottom;
}

/** One line that must not wrap: shrinks the font down to `minSize`, then shortens with "…". */
function fitLine(doc: Doc, text: string, x: number, y: number, maxWidth: number, size: number, minSize: number, underline = false): void {
  let fontSize = size;
  doc.fontSize(fontSize);
  while (doc.widthOfString(text) > maxWidth && fontSize > minSize) doc.fontSize((fontSize -= 0.25));
  let line = text;
  while (doc.widthOfString(line) > maxWidth && line.length > 1) line = `${line.slice(0, -2)}…`;
  writeFixed(doc, line, x, y, { underline });
  doc.fontSize(size);
}

function drawFooter(doc: Doc, letter: LetterContent): void {
  doc.font('regular').fontSize(7.5).fillColor('#333333');
  letter.footer.forEach((line, i) => writeFixed(doc, line, mm(F.margins.left), mm(281 + i * 3.2), { width: BODY_WIDTH }));
  doc.fillColor('#000000');
}

function drawLetter(doc: Doc, letter: LetterContent): void {
  drawMarks(doc);
  if (letter.logoPath) {
    try {
      doc.image(letter.logoPath, mm(F.infoBlock.left), mm(15), { fit: [mm(F.infoBlock.width), mm(25)] });
    } catch (cause) {
      throw new IntakeError('CONFIG_INVALID', 'Logo für Briefe kann nicht gelesen werden.', { cause });
    }
  }
  const af = F.addressField;
  // Return-address line at the bottom of the 17.7 mm zone, small print, underlined.
  doc.font('regular');
  fitLine(doc, letter.returnAddress, mm(F.addressTextLeft), mm(af.top + af.returnZone - 4), mm(af.width - 5), 7, 5.5, true);
  // Recipient: up to 6 lines of 10 pt (12 pt leading = 4.23 mm, 6 lines = 25.4 mm < 27.3 mm).
  letter.recipientLines.slice(0, 6).forEach((line, i) =>
    fitLine(doc, line, mm(F.addressTextLeft), mm(af.top + af.returnZone + 0.8) + i * 12, mm(af.width - 5), 10, 8),
  );
  // Information block.
  const ib = F.infoBlock;
  doc.fontSize(9);
  letter.infoBlock.forEach((entry, i) => {
    const y = mm(ib.top) + i * 12;
    fitLine(doc, `${entry.label}:`, mm(ib.left), y, mm(29), 9, 7.5);
    fitLine(doc, entry.value, mm(ib.left + 30), y, mm(ib.width - 30), 9, 7);
  });
  // Subject and body.
  doc.font('bold').fontSize(11).text(letter.subject, mm(F.margins.left), mm(F.subjectTop), { width: BODY_WIDTH });
  doc.moveDown(1.2);
  doc.font('regular').fontSize(10);
  for (const block of letter.blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.lines) doc.text(line, mm(F.margins.left), doc.y, { width: BODY_WIDTH, lineGap: 1.5 });
    } else {
      for (const item of block.items) {
        doc.text('•', mm(F.margins.left + 2), doc.y, { width: mm(5), continued: false, lineBreak: false });
        doc.moveUp();
        doc.text(item, mm(F.margins.left + 7), doc.y, { width: BODY_WIDTH - mm(7), lineGap: 1.5 });
      }
    }
    doc.moveDown(0.6);
  }
}

/**
 * A letter made with the example sender: a red frame round the page and the mark in the top margin, above
 * the return-address zone, so it shows on paper and in the envelope's window but never covers the text.
 */
function drawDraftMark(doc: Doc, mark: string): void {
  doc.save().lineWidth(3).strokeColor('#c00000').rect(mm(4), mm(4), mm(F.page.width - 8), mm(F.page.height - 8)).stroke().restore();
  doc.font('bold').fontSize(16).fillColor('#c00000');
  writeFixed(doc, mark, mm(F.margins.left), mm(8), { width: BODY_WIDTH });
  doc.font('regular').fontSize(8);
  writeFixed(doc, 'Die Absenderangaben sind noch Beispielwerte. Erst nach dem Eintragen unter „Einstellungen“ entsteht ein versandfertiger Brief.', mm(F.margins.left), mm(15), { width: BODY_WIDTH });
  doc.fillColor('#000000');
}

function pageNumbers(doc: Doc, first: number, last: number, letter: LetterContent): void {
  const total = last - first + 1;
  for (let p = first; p <= last; p++) {
    doc.switchToPage(p);
    if (letter.draftMark) drawDraftMark(doc, letter.draftMark);
    drawFooter(doc, letter);
    if (p === first) continue;
    const label = letter.language === 'de' ? `Seite ${p - first + 1} von ${total}` : `Page ${p - first + 1} of ${total}`;
    doc.font('regular').fontSize(8);
    writeFixed(doc, label, mm(F.margins.left), mm(290), { width: BODY_WIDTH, align: 'right' });
  }
}

/** A4 letters after DIN 5008 Form B with an embedded Unicode font (DejaVu Sans). */
export function createLetterPdfRenderer(options: { fontDir?: string } = {}): LetterPdfRenderer {
  const fonts = loadFonts(options.fontDir ?? defaultFontDir());

  function build(letters: LetterContent[]): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const doc = new PDFDocument({
        size: 'A4',
        autoFirstPage: false,
        bufferPages: true,
        margins: { top: mm(F.margins.top), bottom: mm(F.margins.bottom), left: mm(F.margins.left), right: mm(F.margins.right) },
        info: { Title: letters.length === 1 ? `Brief ${letters[0]!.caseId}` : `Briefe (${letters.length})`, Creator: 'eviction-intake' },
      });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      try {
        doc.registerFont('regular', fonts.regular);
        doc.registerFont('bold', fonts.bold);
        const ranges: { first: number; last: number; letter: LetterContent }[] = [];
        for (const letter of letters) {
          doc.addPage();
          const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
          drawLetter(doc, letter);
          const range = doc.bufferedPageRange();
          ranges.push({ first, last: range.start + range.count - 1, letter });
        }
        for (const r of ranges) pageNumbers(doc, r.first, r.last, r.letter);
        doc.end();
      } catch (error) {
        reject(error instanceof IntakeError ? error : new IntakeError('INTERNAL', 'Brief-PDF konnte nicht erzeugt werden.', { cause: error }));
      }
    });
  }

  return {
    render: (letter) => build([letter]),
    combine: (letters) => {
      if (letters.length === 0) return Promise.reject(new IntakeError('INTERNAL', 'Keine Briefe zum Zusammenfassen.'));
      return build(letters);
    },
  };
}
