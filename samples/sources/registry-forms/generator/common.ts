/** Shared text pieces of court paperwork: recipients, landlord and lawyer lines, hearing phrases, footers. */
import { dLong, dmy, dmyShort, timeDot, wd } from './fmt.js';
import type { Hearing, Household } from './model.js';
import type { Rng } from './rng.js';
import { COURTS, LAWYERS, type Authority, type Lawyer } from './senders.js';
import { mm, type FontKey, type Writer } from './writer.js';

export const LEFT = mm(25);
export const RIGHT = 595.28 - mm(20);
export const CONTENT_W = RIGHT - LEFT;

export function recipientLines(a: Authority): string[] {
  return [...a.lines, a.street, `${a.postalCode} ${a.city}`];
}

export function lawyerOf(h: Household): Lawyer | null {
  return h.landlord.lawyer ? (LAWYERS[h.landlord.lawyer] ?? null) : null;
}

export function lawyerOneLine(l: Lawyer): string {
  return `Rechtsanwälte ${l.firm.replace(/^Rechtsanwälte /, '')}, ${l.street}, ${l.postalCode} ${l.city}`;
}

export function landlordOneLine(h: Household): string {
  const l = h.landlord;
  return `${l.printName}, ${l.street}, ${l.postalCode} ${l.city}`;
}

/** "Dienstag, 22.04.2025, 10:30 Uhr" and friends. */
export function hearingPhrase(hr: Hearing, style: 'wd-dmy' | 'wd-den-long' | 'short' | 'dmy-um' | 'long-dot'): string {
  switch (style) {
    case 'wd-dmy': return `${wd(hr.date)}, ${dmy(hr.date)}, ${hr.time} Uhr`;
    case 'wd-den-long': return `${wd(hr.date)}, den ${dLong(hr.date)}, ${timeDot(hr.time)} Uhr`;
    case 'short': return `${dmyShort(hr.date)}, ${hr.time} Uhr`;
    case 'dmy-um': return `${dmy(hr.date)} um ${hr.time} Uhr`;
    case 'long-dot': return `${wd(hr.date)}, ${dLong(hr.date)}, ${timeDot(hr.time)} Uhr`;
  }
}

/** A small underlined return-address line above the window. */
export function returnLine(w: Writer, y: number, s: string, font: FontKey = 'sans'): void {
  w.text(LEFT, y, s, { font, size: 6.5 });
  w.hline(LEFT, LEFT + w.width(s, font, 6.5), y + 8, 0.4);
}

/** Footer columns separated by a rule; all lines recorded column by column. */
export function footer(w: Writer, cols: readonly (readonly string[])[], font: FontKey = 'sans', y = 780, size = 6.5): void {
  w.hline(LEFT, RIGHT, y - 4, 0.4);
  const colW = CONTENT_W / cols.length;
  cols.forEach((col, i) => w.lines(LEFT + i * colW, y, col, { font, size, gap: 1.3 }));
}

export function courtFooterCols(h: Household, rng: Rng): string[][] {
  const c = COURTS[h.court];
  return [
    [`Dienstgebäude und Lieferanschrift:`, c.street, `${c.postalCode} ${c.city}`],
    [`Telefon: ${c.phone}`, `Telefax: ${c.fax}`, `Sprechzeiten: Mo – Fr ${rng.pick(['8.30 – 12.00', '9.00 – 12.00', '8.00 – 12.30'])} Uhr`],
    ['Zahlungen an: Landeshauptkasse', `IBAN: DE${rng.int(10, 99)} 3005 0000 000${rng.int(1000000, 9999999)}`, 'BIC: WELADEDDXXX'],
  ];
}

/** An Eheleute/und-list or one name per line: returns lines for the defendants. */
export function clerkName(rng: Rng): string {
  return rng.pick(['Jaspers', 'Halbach', 'Wüstenhöfer', 'Böhmer', 'Kaufmann', 'Nolden', 'Ritterbach', 'Steffens']);
}

export function judgeName(rng: Rng): string {
  return rng.pick(['Dr. Ahrens', 'Lemmer', 'Vogelsang', 'Dr. Pohlmann-Reis', 'Kessler', 'Bauckhage']);
}
