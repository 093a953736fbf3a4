/**
 * The matching corpus (issue 5): households that receive several documents — the court notice, a rescan,
 * a copy forwarded by the Jobcenter without the Aktenzeichen, a hearing summons, the bailiff's eviction
 * notice — plus the traps: neighbours in the same building, namesakes at another address, OCR-garbled
 * names. Each file's truth says which household (case key) it belongs to. Deterministic: same output
 * every run. Text-layer PDFs keep it small and fast; OCR-like damage is written into the text itself.
 *
 * Usage: node dist/samples/match-generator/generate-match-set.js [--out samples/match]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { packageRoot } from '../../src/config/load-config.js';

interface Person {
  title: 'Herrn' | 'Frau';
  given: string;
  family: string;
  birth: string | null; // dd.mm.yyyy
}

interface Household {
  key: string;
  tenants: Person[];
  street: string; // as printed
  postalCode: string;
  city: string;
  court: 'Gummersbach' | 'Wipperfürth' | 'Waldbröl';
  fileNumber: string;
  landlord: string;
}

export interface MatchTruthEntry {
  file: string;
  caseKey: string;
  kind: 'notice' | 'rescan' | 'forwarded-copy' | 'garbled-copy' | 'summons' | 'bailiff' | 'garbled-summons';
}

/** Small seeded PRNG (mulberry32) so the set is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Müller-Lüdenscheidt', 'Yılmaz', 'Wiśniewski', 'Çelik', 'Schäfer', 'von der Heide', 'Kowalczyk', 'Al-Hassan', 'Petrow', 'Meier', 'Becker', 'Di Marco', 'Nowak', 'Öztürk', 'Hoffmann', 'Krause', 'Lehmann', 'Schulz', 'Zimmermann', 'Braun', 'Kaya', 'Wagner'];
const GIVEN_M = ['Jürgen', 'Mehmet', 'Piotr', 'Ali', 'Klaus', 'Sergej', 'Thomas', 'Jan', 'Hans-Peter', 'Marco'];
const GIVEN_F = ['Ayşe', 'Ewa', 'Marie-Luise', 'Olga', 'Sabine', 'Fatma', 'Anna', 'Irina', 'Petra', 'Łucja'];
const STREETS = ['Hauptstraße', 'Kölner Straße', 'Am Sonnenhang', 'Auf der Brück', 'Dr.-Ottmar-Kohler-Straße', 'Bahnhofstraße', 'Lindenweg', 'Im Wiesengrund'];
const TOWNS: [string, string, Household['court']][] = [
  ['51674', 'Wiehl', 'Gummersbach'], ['51643', 'Gummersbach', 'Gummersbach'], ['51702', 'Bergneustadt', 'Gummersbach'],
  ['51688', 'Wipperfürth', 'Wipperfürth'], ['42499', 'Hückeswagen', 'Wipperfürth'], ['51545', 'Waldbröl', 'Waldbröl'], ['51588', 'Nümbrecht', 'Waldbröl'],
];
const LANDLORDS = ['Wohnungsbau Oberberg GmbH', 'GWG Gummersbach eG', 'Immobilien Schmitz & Partner GbR', 'Bergische Wohnstätten AG'];

const abbreviate = (street: string) => street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.');
const name = (p: Person) => `${p.given} ${p.family}`;
const date = (d: number, m: number, y: number) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;

/** OCR-like damage to a name: one plausible confusion (ü→ii, l→1, rn→m, ß→B). */
function garble(text: string): string {
  for (const [from, to] of [['ü', 'ii'], ['l', '1'], ['rn', 'm'], ['ß', 'B'], ['ö', 'o'], ['e', 'c']] as const) {
    const i = text.indexOf(from, 1);
    if (i > 0) return text.slice(0, i) + to + text.slice(i + from.length);
  }
  return text;
}

function households(random: () => number): Household[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const list: Household[] = [];
  for (let i = 0; i < 18; i++) {
    const [postalCode, city, court] = TOWNS[i % TOWNS.length]!;
    const family = FAMILY[i % FAMILY.length]!;
    const male = random() < 0.5;
    const first: Person = { title: male ? 'Herrn' : 'Frau', given: male ? pick(GIVEN_M) : pick(GIVEN_F), family, birth: random() < 0.6 ? date(1 + Math.floor(random() * 28), 1 + Math.floor(random() * 12), 1950 + Math.floor(random() * 50)) : null };
    const tenants = [first];
    if (i % 4 === 1) tenants.push({ title: male ? 'Frau' : 'Herrn', given: male ? pick(GIVEN_F) : pick(GIVEN_M), family, birth: null });
    const houseNumber = `${1 + Math.floor(random() * 80)}${random() < 0.25 ? 'a' : ''}`;
    list.push({
      key: `H${String(i + 1).padStart(2, '0')}`,
      tenants,
      street: `${STREETS[i % STREETS.length]} ${houseNumber}`,
      postalCode,
      city,
      court,
      fileNumber: `${1 + Math.floor(random() * 40)} C ${100 + Math.floor(random() * 3000)}/25`,
      landlord: pick(LANDLORDS),
    });
  }
  // Traps: a neighbour in the same building as H01 (other people, other proceedings) …
  const h1 = list[0]!;
  list.push({ ...h1, key: 'N01', tenants: [{ title: 'Frau', given: 'Olga', family: 'Petrowa', birth: '11.02.1980' }], fileNumber: '17 C 912/25' });
  // … the same building as H03, a different family with a similar name …
  const h3 = list[2]!;
  list.push({ ...h3, key: 'N02', tenants: [{ title: 'Herrn', given: 'Karl', family: 'Wisniewsky', birth: null }], fileNumber: '5 C 77/25' });
  // … and namesakes: same name as H05 and H06, other address, own proceedings.
  const h5 = list[4]!;
  list.push({ ...h5, key: 'S01', street: 'Bahnhofstraße 3', postalCode: '51545', city: 'Waldbröl', court: 'Waldbröl', fileNumber: '8 C 401/25' });
  const h6 = list[5]!;
  list.push({ ...h6, key: 'S02', street: 'Lindenweg 19', postalCode: '51789', city: 'Lindlar', court: 'Wipperfürth', fileNumber: '2 C 55/25' });
  return list;
}

type Body = (doc: PDFKit.PDFDocument) => void;

function pdf(body: Body, variant: number): Promise<Buffer> {
  const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50 + variant * 3, left: 70, right: 55, bottom: 50 }, info: { CreationDate: new Date(Date.UTC(2025, 2, 1 + variant)) } });
  doc.registerFont('regular', path.join(fonts, variant % 2 ? 'DejaVuSerif.ttf' : 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(fonts, variant % 2 ? 'DejaVuSerif-Bold.ttf' : 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  body(doc);
  doc.end();
  return done;
}

function labelled(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const y = doc.y;
  doc.text(label, 70, y, { width: 200 });
  const after = doc.y;
  doc.text(value, 280, y, { width: 260 });
  doc.y = Math.max(after, doc.y) + 4;
  doc.x = 70;
}

function courtHead(doc: PDFKit.PDFDocument, h: Household, fileNumber: string | null, letterDate: string): void {
  doc.font('bold').fontSize(14).text(`Amtsgericht ${h.court}`);
  doc.font('regular').fontSize(8).text(`Amtsgericht ${h.court} · Postfach 10 01 20 · 51601 ${h.court}`);
  doc.moveDown(1.2).fontSize(10).text('Kreisverwaltung – Sozialamt\nMoltkestraße 42\n51643 Gummersbach');
  doc.moveDown(1);
  if (fileNumber) doc.text(`Geschäftsnummer: ${fileNumber}`, { align: 'right' });
  doc.text(`Datum: ${letterDate}`, { align: 'right' });
  doc.moveDown(1);
}

const tenantLines = (h: Household, rename?: (s: string) => string) =>
  h.tenants.map((t, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${t.title} ${rename ? rename(name(t)) : name(t)}${t.birth ? `, geb. ${t.birth}` : ''}`).join('\n');

function notice(h: Household, options: { withFileNumber: boolean; street: string; rename?: (s: string) => string }): Body {
  return (doc) => {
    courtHead(doc, h, options.withFileNumber ? h.fileNumber : null, '12.03.2025');
    doc.font('bold').fontSize(12).text('Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII');
    doc.font('regular').fontSize(10).moveDown(0.5).text('In dem Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:');
    doc.moveDown(0.8);
    labelled(doc, 'Tag des Eingangs der Klage:', '10.03.2025');
    labelled(doc, 'Klägerin:', `${h.landlord}, Am Markt 3, 51643 Gummersbach`);
    labelled(doc, 'Beklagte:', tenantLines(h, options.rename));
    labelled(doc, 'Anschrift der Wohnung:', `${options.street}, ${h.postalCode} ${h.city}`);
    labelled(doc, 'Monatliche Miete:', '685,00 €');
    labelled(doc, 'Mietrückstand:', '2.055,00 €');
    labelled(doc, 'Termin zur mündlichen Verhandlung:', 'noch nicht bestimmt');
    doc.moveDown(1.5).text('Mit freundlichen Grüßen\nAuf Anordnung\nSchmitz, Justizbeschäftigte');
  };
}

function summons(h: Household, rename?: (s: string) => string): Body {
  return (doc) => {
    courtHead(doc, h, h.fileNumber, '02.04.2025');
    doc.font('bold').fontSize(12).text('Terminsmitteilung');
    doc.font('regular').fontSize(10).moveDown(0.5);
    doc.text(`In dem Rechtsstreit\n${h.landlord} gegen ${h.tenants.map((t) => (rename ? rename(name(t)) : name(t))).join(' und ')}\nwegen Räumung`);
    doc.moveDown(0.8);
    labelled(doc, 'Termin zur mündlichen Verhandlung:', 'Dienstag, 06.05.2025, 09:30 Uhr, Saal 2');
    labelled(doc, 'Ort:', `Amtsgericht ${h.court}, Sitzungssaal 2`);
    doc.moveDown(1.5).text('Auf Anordnung\nSchmitz, Justizbeschäftigte');
  };
}

function bailiff(h: Household, index: number): Body {
  return (doc) => {
    doc.font('bold').fontSize(12).text('Gerichtsvollzieherin Andrea Krüger');
    doc.font('regular').fontSize(8).text('Obergerichtsvollzieherin · Talstraße 8 · 51643 Gummersbach');
    doc.moveDown(1.2).fontSize(10).text('Kreisverwaltung – Ordnungsamt\nObdachlosenhilfe\nMoltkestraße 42\n51643 Gummersbach');
    doc.moveDown(1).text(`DR II ${400 + index}/25`, { align: 'right' });
    doc.text('Datum: 14.08.2025', { align: 'right' });
    doc.moveDown(1).font('bold').fontSize(12).text('Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)');
    doc.font('regular').fontSize(10).moveDown(0.5);
    doc.text(`In der Zwangsvollstreckungssache ${h.landlord} gegen ${h.tenants.map(name).join(' und ')} teile ich mit, dass die Räumung der Wohnung`);
    doc.text(`${h.street}, ${h.postalCode} ${h.city}`);
    doc.text(`am Mittwoch, 03.09.2025, 09:00 Uhr stattfindet.`);
    doc.moveDown(0.5).text(`Titel: Urteil des Amtsgerichts ${h.court} vom 20.05.2025, Az. ${h.fileNumber}`);
    doc.moveDown(1.5).text('Krüger, Obergerichtsvollzieherin');
  };
}

export async function generateMatchSet(outDir: string): Promise<MatchTruthEntry[]> {
  const random = prng(20251125);
  const all = households(random);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const truth: MatchTruthEntry[] = [];
  let n = 0;
  const write = async (h: Household, kind: MatchTruthEntry['kind'], body: Body, variant: number) => {
    n += 1;
    const file = `${String(n).padStart(3, '0')}-${kind}.pdf`;
    writeFileSync(path.join(outDir, file), await pdf(body, variant));
    truth.push({ file, caseKey: h.key, kind });
  };
  for (const [i, h] of all.entries()) {
    await write(h, 'notice', notice(h, { withFileNumber: true, street: h.street }), 0);
    if (h.key.startsWith('H')) {
      if (i % 3 === 0) await write(h, 'rescan', notice(h, { withFileNumber: true, street: h.street }), 1);
      if (i % 3 === 1) await write(h, 'forwarded-copy', notice(h, { withFileNumber: false, street: abbreviate(h.street) }), 2);
      if (i % 2 === 0) await write(h, 'summons', summons(h), 3);
      if (i % 5 === 2) await write(h, 'garbled-summons', summons(h, garble), 4);
      if (i % 5 === 4) await write(h, 'garbled-copy', notice(h, { withFileNumber: false, street: abbreviate(h.street), rename: garble }), 6);
      if (i % 4 === 3) await write(h, 'bailiff', bailiff(h, i), 5);
    }
  }
  writeFileSync(path.join(outDir, 'truth.json'), `${JSON.stringify({ generator: 'samples/match-generator/generate-match-set.ts', documents: truth }, null, 2)}\n`);
  return truth;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join(packageRoot(), 'samples', 'match'));
  const truth = await generateMatchSet(out);
  process.stdout.write(`${truth.length} Dokumente für ${new Set(truth.map((t) => t.caseKey)).size} Haushalte in ${out}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
