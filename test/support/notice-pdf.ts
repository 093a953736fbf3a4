import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** Facts for a small, realistic court notice (text layer), written the way an Amtsgericht would. */
export interface NoticeFacts {
  court: string; // "Gummersbach"
  fileNumber: string; // "12 C 345/25"
  landlord: string;
  tenants: { title: string; name: string; birth?: string }[];
  street: string; // as printed, e.g. "Kölner Str. 5-7"
  postalCode: string;
  city: string;
  received: string; // "10.03.2025"
  rent: string; // "685,00 €"
  arrears: string; // "2.055,00 €"
  hearing: string | null; // "Dienstag, 22.04.2025, 10:30 Uhr, Saal 104" or null ("noch nicht bestimmt")
}

export const SAMPLE_NOTICE: NoticeFacts = {
  court: 'Gummersbach',
  fileNumber: '12 C 345/25',
  landlord: 'Wohnungsbau Oberberg GmbH, Am Markt 3, 51643 Gummersbach',
  tenants: [{ title: 'Herrn', name: 'Jürgen Müller-Lüdenscheidt', birth: '03.04.1971' }],
  street: 'Hauptstraße 12a',
  postalCode: '51674',
  city: 'Wiehl',
  received: '10.03.2025',
  rent: '685,00 €',
  arrears: '2.055,00 €',
  hearing: 'Dienstag, 22.04.2025, 10:30 Uhr, Saal 104',
};

const DEJAVU = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * Renders a labelled-lines court notice (Mitteilung nach § 22 Abs. 9 SGB II) as a text-layer PDF.
 * `font: 'dejavu'` prints it in DejaVu Sans, which has the letters Helvetica lacks (ş ı ł ś …).
 */
export function renderNoticePdf(facts: NoticeFacts = SAMPLE_NOTICE, options: { font?: 'helvetica' | 'dejavu' } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, left: 70, right: 55, bottom: 50 }, info: { Title: 'Mitteilung', CreationDate: new Date(0) } });
  // Own names: pdfkit has already loaded its standard 'Helvetica' and would keep using that.
  doc.registerFont('Regular', options.font === 'dejavu' ? path.join(DEJAVU, 'DejaVuSans.ttf') : 'Helvetica');
  doc.registerFont('Bold', options.font === 'dejavu' ? path.join(DEJAVU, 'DejaVuSans-Bold.ttf') : 'Helvetica-Bold');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Bold').fontSize(14).text(`Amtsgericht ${facts.court}`);
  doc.font('Regular').fontSize(9).text(`Amtsgericht ${facts.court} · Postfach 10 01 20 · 51601 ${facts.court}`);
  doc.moveDown(1.5).fontSize(10);
  doc.text('Kreisverwaltung – Sozialamt');
  doc.text('Moltkestraße 42');
  doc.text('51643 Gummersbach');
  doc.moveDown(1);
  doc.text(`Geschäftsnummer: ${facts.fileNumber}`, { align: 'right' });
  doc.text('Datum: 12.03.2025', { align: 'right' });
  doc.moveDown(1);
  doc.font('Bold').fontSize(12).text('Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII');
  doc.font('Regular').fontSize(10).moveDown(0.5);
  doc.text('In dem Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:');
  doc.moveDown(0.8);
  const line = (label: string, value: string) => {
    const y = doc.y;
    doc.text(label, 70, y, { width: 200 });
    const afterLabel = doc.y;
    doc.text(value, 280, y, { width: 260 });
    doc.y = Math.max(afterLabel, doc.y) + 4;
    doc.x = 70;
  };
  line('Tag des Eingangs der Klage:', facts.received);
  line('Klägerin:', facts.landlord);
  line(
    'Beklagte:',
    facts.tenants.map((t, i) => `${facts.tenants.length > 1 ? `${i + 1}. ` : ''}${t.title} ${t.name}${t.birth ? `, geb. ${t.birth}` : ''}`).join('\n'),
  );
  line('Anschrift der Wohnung:', `${facts.street}, ${facts.postalCode} ${facts.city}`);
  line('Monatliche Miete:', facts.rent);
  line('Mietrückstand:', facts.arrears);
  line('Termin zur mündlichen Verhandlung:', facts.hearing ?? 'noch nicht bestimmt');
  doc.moveDown(1.5);
  doc.text('Mit freundlichen Grüßen');
  doc.text('Auf Anordnung');
  doc.text('Schmitz, Justizbeschäftigte');
  doc.end();
  return done;
}
