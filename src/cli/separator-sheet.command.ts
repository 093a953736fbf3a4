import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { loadConfig } from '../config/load-config.js';

export const SEPARATOR_HELP = `intake separator-sheet [--out datei.pdf] [--code TRENN]
  Schreibt ein druckbares Trennblatt (A4, PDF) mit großem QR-Code. Beim Scannen eines Stapels vor jedes
  Schreiben legen: die Seite trennt die Schreiben sicher und wird verworfen. Standard: trennblatt.pdf,
  Code aus INTAKE_SEPARATOR_CODE (sonst TRENN); der Dienst erkennt nur diesen Code.`;

export const DEFAULT_SEPARATOR_CODE = 'TRENN';

const MM = 72 / 25.4;
/** Side of the QR symbol on paper; big, so a 150-dpi fax-quality scan still decodes after downscaling. */
const QR_SIDE_MM = 90;

/** Renders the separator sheet: a big vector QR code carrying `code`, with German text above and below. */
export function renderSeparatorSheet(code: string): Promise<Buffer> {
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Trennblatt', CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pageWidth = 210 * MM;
  doc.font('Helvetica-Bold').fontSize(30).text('Trennblatt – nicht entfernen', 0, 40 * MM, { width: pageWidth, align: 'center' });
  doc.font('Helvetica').fontSize(12).text('Dieses Blatt trennt die Schreiben eines Scan-Stapels und wird beim Einlesen verworfen.', 25 * MM, 58 * MM, {
    width: pageWidth - 50 * MM,
    align: 'center',
  });

  const size = qr.modules.size;
  const side = QR_SIDE_MM * MM;
  const cell = side / size;
  const x0 = (pageWidth - side) / 2;
  const y0 = 80 * MM;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Slight overlap so no hairline gaps appear between neighbouring modules when printed.
      if (qr.modules.get(row, col)) doc.rect(x0 + col * cell, y0 + row * cell, cell + 0.2, cell + 0.2);
    }
  }
  doc.fill('#000000');

  doc.font('Helvetica-Bold').fontSize(20).text(`Code: ${code}`, 0, y0 + side + 12 * MM, { width: pageWidth, align: 'center' });
  doc.font('Helvetica').fontSize(11).text('Bitte vor jedes Schreiben legen (bei beidseitigem Scannen die Rückseite leer lassen).', 25 * MM, y0 + side + 25 * MM, {
    width: pageWidth - 50 * MM,
    align: 'center',
  });
  doc.end();
  return done;
}

export async function separatorSheetCommand(argv: string[]): Promise<number> {
  let values: { out?: string | undefined; code?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { out: { type: 'string' }, code: { type: 'string' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${SEPARATOR_HELP}\n`);
    return 2;
  }
  // Without --code: the code the service looks for (INTAKE_SEPARATOR_CODE / config file), so sheet and service agree.
  const code = (values.code ?? loadConfig().split.separatorCode).trim();
  if (!code || code.length > 100) {
    process.stderr.write(`Der Code muss 1 bis 100 Zeichen lang sein.\n\n${SEPARATOR_HELP}\n`);
    return 2;
  }
  const out = path.resolve(values.out ?? 'trennblatt.pdf');
  await writeFile(out, await renderSeparatorSheet(code));
  process.stdout.write(`Trennblatt geschrieben: ${out} (Code ${code})\n`);
  return 0;
}
