import type { Page } from '../../../src/core/page.js';
import { pageFromLines } from '../../support/page-factory.js';

/** Text blocks for the pages of a batch scan, as the split rules see them. */
export const noticeFirst = (az = '12 C 345/25', marker: string | null = null): string[] => [
  'Amtsgericht Gummersbach',
  'Amtsgericht Gummersbach · Postfach 10 01 20 · 51601 Gummersbach',
  '',
  'Kreisverwaltung – Sozialamt',
  'Moltkestraße 42',
  '51643 Gummersbach',
  '',
  `Geschäftsnummer: ${az}`,
  'Datum: 12.03.2025',
  '',
  'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII',
  'In dem Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:',
  'Tag des Eingangs der Klage: | 10.03.2025',
  'Beklagte: | Herrn Jürgen Beispiel',
  'Anschrift der Wohnung: | Hauptstraße 12a, 51674 Wiehl',
  ...(marker ? ['', marker] : []),
];

export const noticeSecond = (az: string | null = '12 C 345/25', marker: string | null = null): string[] => [
  ...(marker ? [marker] : []),
  ...(az ? [`Geschäftsnummer: ${az}`] : []),
  'Monatliche Miete: | 685,00 €',
  'Mietrückstand: | 2.055,00 €',
  'Termin zur mündlichen Verhandlung: | Dienstag, 22.04.2025, 10:30 Uhr, Saal 104',
  'Mit freundlichen Grüßen',
  'Auf Anordnung',
  'Schmitz, Justizbeschäftigte',
];

export const summons = (az = '3 C 1024/24'): string[] => [
  'Amtsgericht Wipperfürth',
  'Amtsgericht Wipperfürth · Marktplatz 1 · 51688 Wipperfürth',
  '',
  'Fachstelle Wohnungssicherung',
  'Am Markt 1',
  '51688 Wipperfürth',
  `Aktenzeichen: ${az}`,
  '',
  'Terminsmitteilung',
  'In dem Rechtsstreit ist Termin zur mündlichen Verhandlung bestimmt auf',
  'Mittwoch, 14.05.2025, 09:00 Uhr, Saal 2',
];

export const bailiff = (): string[] => [
  'Anna Weber, Gerichtsvollzieherin',
  'Gerichtsvollzieherin Weber · Kaiserstraße 5 · 51643 Gummersbach',
  '',
  'Stadt Gummersbach',
  'Ordnungsamt',
  '51643 Gummersbach',
  'DR II 1234/25',
  '',
  'Mitteilung über einen Räumungstermin',
  'Räumungstermin: Montag, 16.06.2025, 09:00 Uhr',
];

export const judgment = (az = '12 C 345/25'): string[] => [
  'Amtsgericht Gummersbach',
  `Aktenzeichen: ${az}`,
  'Verkündet am 20.05.2025',
  '',
  'Im Namen des Volkes',
  'Versäumnisurteil',
  'In dem Rechtsstreit',
  'werden die Beklagten verurteilt, die Wohnung zu räumen.',
];

export const coverLetter = (): string[] => [
  'Jobcenter Oberberg',
  'Jobcenter Oberberg · Talstraße 9 · 51643 Gummersbach',
  '',
  'Fachstelle Wohnungssicherung',
  'Am Markt 1',
  '51643 Gummersbach',
  'Kundennummer: 123D456789',
  '',
  'Weiterleitung einer Mitteilung des Amtsgerichts',
  'Sehr geehrte Damen und Herren,',
  'in der Anlage übersenden wir Ihnen die Mitteilung des Amtsgerichts zur weiteren Bearbeitung.',
  'Mit freundlichen Grüßen',
];

export const termination = (): string[] => [
  'Wohnungsbau Oberberg GmbH',
  'Wohnungsbau Oberberg GmbH · Am Markt 3 · 51643 Gummersbach',
  '',
  'Herrn Jürgen Beispiel',
  'Hauptstraße 12a',
  '51674 Wiehl',
  '',
  'Fristlose Kündigung des Mietverhältnisses',
  'Sehr geehrter Herr Beispiel,',
  'hiermit kündigen wir das Mietverhältnis fristlos, hilfsweise ordentlich.',
];

export const blank = (): string[] => [];
export const separatorSheet = (): string[] => ['Trennblatt – nicht entfernen', 'TRENN'];

/** Pages numbered from 1 in the order given. */
export function stack(blocks: string[][], options: { confidence?: number; source?: Page['source'] } = {}): Page[] {
  return blocks.map((lines, i) => pageFromLines(lines, { ...options, number: i + 1 }));
}
