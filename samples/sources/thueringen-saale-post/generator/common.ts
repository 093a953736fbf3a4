/** Shared pieces for the templates: the document context, party and address wording, letterheads. */
import { Rng } from './rng.js';
import { Sheet, FONT_SETS, MM, PAGE_W, measure, type FontKey } from './sheet.js';
import { fmtDate, fmtMoney, fmtTime, type DateStyle, type MoneyStyle, type TimeStyle } from './fmt.js';
import { fullName, type DocPlan, type Household, type Person } from './world.js';
import { FACHSTELLE, type Authority, type Court, type FontSetName } from './data.js';
import { emptyTruth, type TruthFields } from './truth.js';

export class Ctx {
  s: Sheet;
  f: TruthFields = emptyTruth();
  layout = '';
  sender = '';
  constructor(public d: DocPlan, public rng: Rng, fontSet: FontSetName, size = 10.5) {
    const fs = FONT_SETS[fontSet];
    this.s = new Sheet({ r: fs.r, b: fs.b, size, lead: size * 1.38 });
  }
  get hh(): Household { return this.d.hh; }
  get c(): Household['c'] { return this.d.hh.c; }

  // ---------------------------------------------------------- people
  /** the name in one of the print forms */
  name(p: Person, style: NameStyle): string {
    const sur = style.includes('caps') ? p.surname.toUpperCase() : p.surname;
    const sal = p.female ? 'Frau' : (style.includes('acc') ? 'Herrn' : 'Herr');
    switch (style) {
      case 'plain': case 'caps': return `${p.given} ${sur}`;
      case 'sal': case 'salCaps': case 'salAcc': return `${sal} ${p.given} ${sur}`;
      case 'comma': case 'commaCaps': return `${sur}, ${p.given}`;
    }
  }
  birth(p: Person, style: 'geb' | 'gebAm' | 'paren' | 'star' | 'gebShort'): string {
    switch (style) {
      case 'geb': return `geb. ${fmtDate(p.birth, 'num')}`;
      case 'gebAm': return `geb. am ${fmtDate(p.birth, 'num')}`;
      case 'paren': return `(geb. ${fmtDate(p.birth, 'numShort')})`;
      case 'star': return `* ${fmtDate(p.birth, 'num')}`;
      case 'gebShort': return `geb. ${fmtDate(p.birth, 'numShort')}`;
    }
  }
  setTenants(withBirth: boolean): void {
    this.f.tenants = this.hh.tenants.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birth : null }));
  }
  /** "Max und Erika Mustermann" when all share a surname and there are two; else comma list */
  joinedNames(style: 'plain' | 'caps' | 'sal'): string {
    const t = this.hh.tenants;
    if (t.length === 2 && t[0]?.surname === t[1]?.surname && style !== 'sal') {
      const sur = style === 'caps' ? (t[0] as Person).surname.toUpperCase() : (t[0] as Person).surname;
      return `${(t[0] as Person).given} und ${(t[1] as Person).given} ${sur}`;
    }
    const names = t.map((p) => this.name(p, style === 'sal' ? 'sal' : style));
    if (names.length === 1) return names[0] as string;
    return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
  }

  // ---------------------------------------------------------- flat address
  street(abbrev: boolean): string {
    const st = this.hh.flat.street;
    if (!abbrev) return st;
    return st.replace(/Straße\b/, 'Str.').replace(/straße\b/, 'str.');
  }
  streetLine(abbrev = false): string {
    return `${this.street(abbrev)} ${this.hh.flat.hnPrint}`;
  }
  townLine(): string {
    return `${this.hh.flat.plz} ${this.hh.flat.town.name}`;
  }
  get addition(): string | null { return this.hh.flat.addition; }
  setAddress(withAddition: boolean): void {
    const fl = this.hh.flat;
    this.f.address = { street: fl.street, houseNumber: fl.houseNumber, postalCode: fl.plz, city: fl.town.name, addition: withAddition ? fl.addition : null };
  }

  // ---------------------------------------------------------- values
  date(iso: string, st: DateStyle): string { return fmtDate(iso, st); }
  money(c: number, st: MoneyStyle): string { return fmtMoney(c, st); }
  time(t: string, st: TimeStyle): string { return fmtTime(t, st); }
  azPrint(az: string): string {
    const r = this.rng.next();
    if (r < 0.12) return az.replace(' C ', 'C ');
    if (r < 0.2) return az.replace('/', ' / ');
    return az;
  }
  setCourt(): void { this.f.court = `Amtsgericht ${this.c.court.town}`; }
  landlordName(): string { return this.c.landlord.name; }
}

export type NameStyle = 'plain' | 'caps' | 'sal' | 'salCaps' | 'salAcc' | 'comma' | 'commaCaps';

// ---------------------------------------------------------------- letterheads and address fields
export interface Recipient { lines: string[] }
const BRANCH_ADDR: Record<string, [string, string]> = {
  Erfurt: [FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.town}`],
  Jena: ['Fuchsturmweg 22', '07749 Jena'],
  Gera: ['Elsterbogen 5', '07546 Gera'],
  Nordhausen: ['Gehegeweg 3', '99734 Nordhausen'],
};
export function fachstelleRecipient(rng: Rng, branch?: string): Recipient {
  const br = branch ?? rng.pick(FACHSTELLE.branches);
  const a = BRANCH_ADDR[br] ?? BRANCH_ADDR.Erfurt as [string, string];
  return br === 'Erfurt'
    ? { lines: [FACHSTELLE.carrier, FACHSTELLE.name, ...a] }
    : { lines: [FACHSTELLE.carrier, FACHSTELLE.name, `Außenstelle ${br}`, ...a] };
}
export function authorityRecipient(a: Authority, extra?: string): Recipient {
  return { lines: [...a.lines, ...(extra ? [extra] : []), a.street, `${a.plz} ${a.town}`] };
}

/** DIN 5008 address field with the return line above it (form B positions). */
export function addressField(s: Sheet, returnLine: string, rec: Recipient, o: { top?: number; font?: FontKey; size?: number } = {}): void {
  const top = o.top ?? 45 * MM;
  s.text(20 * MM + 2, top + 8, returnLine, { size: 6.5, font: s.style.r });
  s.rule(20 * MM + 2, top + 16, 20 * MM + 2 + Math.min(230, 85 * MM - 4), top + 16, 0.3);
  let y = top + 17.7 * MM;
  for (const l of rec.lines.slice(0, 6)) {
    s.text(20 * MM + 2, y, l, { size: o.size ?? 10, font: o.font ?? s.style.r });
    y += (o.size ?? 10) * 1.25;
  }
}

/** info block at the right (label: value lines), starting at y */
export function infoBlock(s: Sheet, y0: number, rows: [string, string][], o: { x?: number; size?: number; labelW?: number } = {}): number {
  const x = o.x ?? 125 * MM;
  const size = o.size ?? 8.5;
  let y = y0;
  const lw = Math.max(o.labelW ?? 0, ...rows.filter(([, v]) => v).map(([l]) => measure(l, s.style.r, size) + 6));
  for (const [l, v] of rows) {
    if (l) s.text(x, y, l, { size, font: s.style.r });
    if (v) s.text(x + (l ? lw : 0), y, v, { size, font: s.style.r });
    y += size * 1.35;
  }
  return y;
}

export function courtLetterhead(s: Sheet, court: Court, variant: number): void {
  const name = `Amtsgericht ${court.town}`;
  if (variant === 0) {
    s.text(s.left, 16 * MM, name, { size: 16, font: s.style.b });
    s.text(s.left, 16 * MM + 20, 'Zivilabteilung', { size: 9 });
  } else if (variant === 1) {
    s.text(PAGE_W / 2 - 100, 14 * MM, 'Freistaat Thüringen', { size: 8, w: 200, align: 'center' });
    s.text(PAGE_W / 2 - 100, 14 * MM + 11, name.toUpperCase(), { size: 14, font: s.style.b, w: 200, align: 'center' });
    s.rule(s.left, 14 * MM + 31, s.right, 14 * MM + 31, 0.8);
  } else {
    s.text(s.right, 15 * MM, name, { size: 13, font: s.style.b, align: 'right' });
    s.text(s.right, 15 * MM + 15, 'Geschäftsstelle für Zivilsachen', { size: 8.5, align: 'right' });
  }
}

export function courtFooter(s: Sheet, court: Court, rng: Rng): void {
  const y = 281 * MM;
  const size = 6.8;
  s.rule(s.left, y - 4, s.right, y - 4, 0.3);
  s.text(s.left, y, `Hausanschrift: ${court.street}, ${court.plz} ${court.town}`, { size });
  s.text(s.left, y + 8.5, `Postanschrift: Postfach ${court.postfach}, ${court.postfachPlz} ${court.town}`, { size });
  s.text(110 * MM, y, `Telefon: ${court.phone}`, { size });
  s.text(110 * MM, y + 8.5, `Telefax: ${court.phone.replace(/-0$/, '-' + rng.int(100, 499))}`, { size });
  s.text(160 * MM, y, 'Sprechzeiten:', { size });
  s.text(160 * MM, y + 8.5, rng.pick(['Mo–Fr 8.30–12.00 Uhr', 'Mo–Do 9–15 Uhr', 'Di + Do 8–12 Uhr']), { size });
}

export function pageNumber(s: Sheet, total: number, style: number): void {
  s.pages.forEach((p, i) => {
    const t = style === 0 ? `Seite ${i + 1} von ${total}` : style === 1 ? `- ${i + 1} -` : `${i + 1}/${total}`;
    p.items.push({ kind: 'text', x: PAGE_W / 2 - 20, y: 289 * MM, text: t, font: 'sans', size: 7.5, color: '#000000', width: 40 });
  });
}

export const SIGN_COURT = ['Justizhauptsekretärin', 'Justizobersekretär', 'Justizsekretärin', 'Justizangestellte', 'Urkundsbeamter der Geschäftsstelle', 'Urkundsbeamtin der Geschäftsstelle'] as const;
export const CLERKS = ['Schönfeld', 'Rehbein', 'Kaufhold', 'Wiegand', 'Tetzlaff', 'Hebestreit', 'Melzer', 'Oertel', 'Zschiesche', 'Brückner', 'Leonhardt', 'Gottschalk'] as const;
export const JUDGES = ['Dr. Albrecht', 'Stübner', 'Kleinschmidt', 'Hagedorn', 'Freitag', 'Dr. Benkert', 'Ritzmann', 'Pohle', 'Wendland', 'Sauerbrey'] as const;
export const MONEY_STYLES: readonly MoneyStyle[] = ['eur', 'EUR', 'preEur', 'euro', 'plainEuro'];
