import { describe, expect, it } from 'vitest';
import { keyOf, senderFeatures, senderKey, senderLabel, senderLikeness } from '../../../src/core/learn/sender-key.js';
import type { Page } from '../../../src/core/page.js';
import { pageFromLines } from '../../support/page-factory.js';

interface Notice {
  name: string;
  street: string;
  town: string;
  fileNumber: string;
  date: string;
  landlord: string;
  amount: string;
  hearing: string;
}

const EWA: Notice = {
  name: 'Ewa Kowalczyk', street: 'Hauptstraße 12a', town: '51643 Gummersbach', fileNumber: '12 C 345/25',
  date: '14.03.2025', landlord: 'Wohnbau Oberberg GmbH', amount: '2.055,00', hearing: '22.04.2025, 10:30 Uhr',
};
const JUERGEN: Notice = {
  name: 'Jürgen Müller-Lüdenscheidt', street: 'Am Sonnenhang 3', town: '51674 Wiehl', fileNumber: '4 C 1187/24',
  date: '02.12.2024', landlord: 'Hausverwaltung Schröder & Söhne', amount: '780,50', hearing: '07.01.2025, 09:00 Uhr',
};

const LETTERHEAD = ['Amtsgericht Gummersbach', 'Moltkestraße 6, 51643 Gummersbach', 'Telefon 02261 8110 | Telefax 02261 811200', ''];
const window = (n: Notice) => ['Herrn/Frau', n.name, n.street, n.town, ''];

/** The court's notice that an eviction claim was filed (Klagezustellung). */
function claimNotice(n: Notice): string[] {
  return [
    ...LETTERHEAD, ...window(n),
    `Aktenzeichen: ${n.fileNumber} | Datum: ${n.date}`, '',
    'Zustellung einer Klage', '',
    `In dem Rechtsstreit ${n.landlord} gegen ${n.name}`,
    'wegen Räumung und Herausgabe der Wohnung sowie Zahlung',
    `Mietrückstand: ${n.amount} EUR`,
    'Anliegend erhalten Sie die Klageschrift zugestellt.',
    'Sie werden aufgefordert, binnen zwei Wochen anzuzeigen, ob Sie sich verteidigen wollen.',
    'Belehrung über die Folgen einer Fristversäumung',
  ];
}

/** The same court's summons to the hearing (Ladung), another form. */
function hearingSummons(n: Notice): string[] {
  return [
    ...LETTERHEAD, ...window(n),
    `Aktenzeichen: ${n.fileNumber} | Datum: ${n.date}`, '',
    'Ladung zum Termin', '',
    `In dem Rechtsstreit ${n.landlord} gegen ${n.name}`,
    `Termin zur mündlichen Verhandlung: ${n.hearing} | Sitzungssaal 104`,
    'Sie werden hiermit zu dem Termin geladen.',
    'Das persönliche Erscheinen wird angeordnet.',
  ];
}

const page = (lines: string[]): Page[] => [pageFromLines(lines)];

/** Heavy OCR noise: misread letters in most words, one label word dropped, every box shifted a little. */
function scanned(lines: string[]): Page[] {
  const misread = (text: string, i: number) => {
    const swaps: [RegExp, string][] = [[/m/, 'rn'], [/ü/, 'ii'], [/o/, '0'], [/h/, 'b'], [/e/, 'c'], [/l/, '1'], [/g/, 'q']];
    if (i % 4 === 3) return text.toUpperCase();
    // Every other word gets one misread letter group: the first of the swaps, from the i-th on, that it has.
    for (let k = 0; k < swaps.length; k++) {
      const [from, to] = swaps[(i + k) % swaps.length]!;
      if (from.test(text)) return text.replace(from, to);
    }
    return text;
  };
  const clean = pageFromLines(lines);
  const words = clean.words
    .filter((w) => w.text !== 'Herausgabe' && w.text !== 'Telefax')
    .map((w, i) => ({
      text: misread(w.text, i),
      bbox: [w.bbox[0] + 0.006, w.bbox[1] + 0.004 + (i % 3) * 0.001, w.bbox[2] + 0.006, w.bbox[3] + 0.004 + (i % 3) * 0.001] as const,
      confidence: 0.7,
    }));
  return [{ ...clean, source: 'ocr', words, confidence: 0.7 }];
}

describe('sender key: which office sent a notice on which form', () => {
  it('gives two claim notices of one court the same key, whoever the tenants, dates, amounts and file numbers', () => {
    const key = senderKey(page(claimNotice(EWA)));
    expect(key).toMatch(/^sk-[0-9a-f]{16}$/);
    expect(senderKey(page(claimNotice(JUERGEN)))).toBe(key);
  });

  it('gives the same court’s hearing summons another key than its claim notice', () => {
    expect(senderKey(page(hearingSummons(EWA)))).toBe(senderKey(page(hearingSummons(JUERGEN))));
    expect(senderKey(page(hearingSummons(EWA)))).not.toBe(senderKey(page(claimNotice(EWA))));
  });

  it('gives another court’s notice on the same form another key', () => {
    const other = claimNotice(EWA).map((line) => line.replace('Amtsgericht Gummersbach', 'Amtsgericht Waldbröl'));
    expect(senderKey(page(other))).not.toBe(senderKey(page(claimNotice(EWA))));
  });

  it('keeps the key through heavy OCR noise: misread letters, a dropped word, boxes shifted a little', () => {
    expect(senderKey(scanned(claimNotice(JUERGEN)))).toBe(senderKey(page(claimNotice(EWA))));
    expect(senderKey(scanned(hearingSummons(EWA)))).toBe(senderKey(page(hearingSummons(JUERGEN))));
  });

  it('is made of the form’s fixed words only: no name, street, town of the tenant, file number, date or amount', () => {
    const features = JSON.stringify(senderFeatures(page(claimNotice(JUERGEN))));
    for (const variable of ['juergen', 'jurgen', 'muller', 'sonnenhang', 'wiehl', '1187', '2024', '780', 'schroder', 'hausverwaltung']) {
      expect(features.toLowerCase()).not.toContain(variable);
    }
    expect(senderFeatures(page(claimNotice(JUERGEN)))).toMatchObject({ issuer: expect.stringMatching(/^amtsgericht /), labels: expect.arrayContaining(['reference', 'claim']) });
  });

  it('finds a sender again whose key OCR changed: a misread town, a dropped town word, a missing label word', () => {
    const known = senderFeatures(page(claimNotice(EWA)));
    const misreadTown = senderFeatures(page(claimNotice(JUERGEN).map((l) => l.replace('Amtsgericht Gummersbach', 'Amtsgericht Gunnnersbaoh'))));
    expect(keyOf(misreadTown)).not.toBe(keyOf(known));
    expect(senderLikeness(misreadTown, known)).toBe(1);
    const townDropped = senderFeatures(page(claimNotice(JUERGEN).map((l) => l.replace('Amtsgericht Gummersbach', 'Amtsgericht'))));
    expect(keyOf(townDropped)).not.toBe(keyOf(known));
    expect(senderLikeness(townDropped, known)).toBe(1);
    const labelLost = { ...known, labels: known.labels.slice(1) };
    expect(senderLikeness(labelLost, known)).toBeGreaterThanOrEqual(0.5);
  });

  it('does not take another form of the same court, or another court’s form, for a known sender', () => {
    const known = senderFeatures(page(claimNotice(EWA)));
    expect(senderLikeness(senderFeatures(page(hearingSummons(JUERGEN))), known)).toBeNull();
    const otherCourt = claimNotice(JUERGEN).map((l) => l.replace('Amtsgericht Gummersbach', 'Amtsgericht Waldbröl'));
    expect(senderLikeness(senderFeatures(page(otherCourt)), known)).toBeNull();
    // Two letters with no issuer in the letterhead share at most a form: not enough to be one sender.
    expect(senderLikeness({ ...known, issuer: null }, { ...known, issuer: null })).toBeNull();
  });

  it('has no key for a page without letterhead or form words', () => {
    expect(senderKey(page(['Lieber Jürgen,', 'bis Sonntag!']))).toBeNull();
  });

  it('labels a sender for people with the issuer and form words only', () => {
    const label = senderLabel(page(claimNotice(EWA)))!;
    expect(label.startsWith('Amtsgericht Gummersbach · ')).toBe(true);
    expect(label).toContain('Zustellung');
    expect(senderLabel(page(hearingSummons(JUERGEN)))).toContain('Ladung');
    for (const n of [EWA, JUERGEN]) for (const word of [...n.name.split(' '), n.street, n.town, n.fileNumber]) expect(label).not.toContain(word);
    expect(senderLabel(page(['Lieber Jürgen,', 'bis Sonntag!']))).toBeNull();
  });
});
