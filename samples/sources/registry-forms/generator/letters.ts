/** Landlords' and landlords' lawyers' letters: fristlose Kündigung (with/without hilfsweise ordentliche) and reminders. */
import { CONTENT_W, LEFT, RIGHT, footer, returnLine } from './common.js';
import { MONTHS, addDays, dLong, dmy, endOfMonth, money, type MoneyStyle } from './fmt.js';
import type { Household } from './model.js';
import { addressLines, honor, printName, truthAddress, truthTenants } from './parties.js';
import type { Rng } from './rng.js';
import { LAWYERS } from './senders.js';
import { emptyTruth, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm, type FontKey, type Writer } from './writer.js';

function letterTruth(h: Household, rent: boolean, ordinary: boolean | null): TruthFields {
  return {
    ...emptyTruth(), tenants: truthTenants(h.tenants, false), address: truthAddress(h.flat), landlord: h.landlord.name,
    monthlyRent: rent ? h.rent : null, arrears: h.arrears, ordinaryTermination: ordinary,
  };
}

function salutation(h: Household): string {
  const parts = h.tenants.map((p) => (p.sex === 'm' ? `Sehr geehrter Herr ${p.family}` : `Sehr geehrte Frau ${p.family}`));
  return `${parts.map((x, i) => (i === 0 ? x : x.replace(/^Sehr/, 'sehr'))).join(', ')},`;
}

/** Month-by-month arrears lines that add up to the total. */
function arrearsRows(h: Household): [string, number][] {
  const rows: [string, number][] = [];
  let left = h.arrears;
  const start = h.terminationDate;
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7)) - h.arrearsMonths;
  while (m < 1) {
    m += 12;
    y -= 1;
  }
  while (left > 0 && rows.length < 12) {
    const part = Math.min(left, h.rent);
    rows.push([`Miete ${MONTHS[m - 1] ?? ''} ${y}`, part]);
    left -= part;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  if (left > 0) rows.push(['Nebenkostennachzahlung', left]);
  return rows;
}

function ordinarySentence(h: Household, rng: Rng): string {
  const end = endOfMonth(addDays(h.terminationDate, rng.pick([95, 185, 275])));
  return rng.pick([
    `Hilfsweise kündigen wir das Mietverhältnis zugleich ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist zum ${dmy(end)}.`,
    `Vorsorglich wird das Mietverhältnis hiermit hilfsweise auch fristgerecht zum ${dLong(end)} gekündigt.`,
    `Für den Fall, dass die fristlose Kündigung unwirksam sein oder werden sollte, erklären wir hilfsweise die ordentliche Kündigung zum nächstzulässigen Termin, das ist der ${dmy(end)}.`,
  ]);
}

interface LetterHead { name: string; lines: string[]; font: FontKey; bold: FontKey; ret: string; bank: string[]; sign: string[]; ref: string; money: MoneyStyle; city: string }

function drawTermination(w: Writer, h: Household, rng: Rng, lh: LetterHead, onBehalf: boolean): TruthFields {
  const ordinary = h.ordinaryTermination;
  const showRent = rng.chance(0.7);
  const t = letterTruth(h, showRent, ordinary);
  w.setFont(lh.font, 10);
  w.text(RIGHT, 36, lh.name, { font: lh.bold, size: 13, align: 'right' });
  w.lines(RIGHT - 170, 54, lh.lines, { font: lh.font, size: 8 });
  returnLine(w, mm(45), lh.ret, lh.font);
  const rec = h.tenants.map((p) => printName(p, { honor: 'dative' }));
  w.lines(LEFT, mm(51), [...rec, ...addressLines(h.flat, { abbr: rng.chance(0.4), additionOwnLine: true })], { font: lh.font, size: 10 });
  w.text(RIGHT, mm(90), `${lh.city}, ${dmy(h.terminationDate)}`, { font: lh.font, size: 10, align: 'right' });
  if (lh.ref !== '-') w.text(LEFT, mm(90), `Unser Zeichen: ${lh.ref}`, { font: lh.font, size: 8.5 });
  let y = mm(100);
  w.text(LEFT, y, rng.pick(['Fristlose Kündigung des Mietverhältnisses', 'Außerordentliche fristlose Kündigung wegen Zahlungsverzugs', 'Kündigung des Mietvertrages']), { font: lh.bold, size: 11 });
  y += 14;
  w.text(LEFT, y, `Mietobjekt: ${addressLines(h.flat, { abbr: true }).join(', ')}`, { font: lh.bold, size: 10 });
  y += 24;
  const f = { font: lh.font, size: 10, gap: 1.4 };
  const para = (s: string, after = 7): void => {
    if (y > 720) {
      w.text(RIGHT, 800, 'Seite 1 von 2', { font: lh.font, size: 8, align: 'right' });
      w.newPage();
      w.text(LEFT, 40, `${lh.name} – Schreiben vom ${dmy(h.terminationDate)} – Seite 2 von 2`, { font: lh.font, size: 8 });
      y = 70;
    }
    y = w.para(LEFT, y, CONTENT_W, s, f) + after;
  };
  para(salutation(h));
  if (onBehalf) para(`hiermit zeigen wir an, dass uns ${h.landlord.printName.replace(/^Herrn /, 'Herr ')}${h.landlord.company ? '' : ''} mit der Wahrnehmung ${h.landlord.company || h.landlord.printName.startsWith('Frau') ? 'ihrer' : 'seiner'} rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt an.`);
  if (showRent) para(`Die monatlich zu zahlende Miete für die o. g. Wohnung beträgt derzeit ${money(h.rent, lh.money)} einschließlich der Vorauszahlungen auf die Betriebskosten.`);
  para('Trotz Fälligkeit sind folgende Beträge nicht bzw. nicht vollständig gezahlt worden:');
  for (const [label, amt] of arrearsRows(h)) {
    w.text(LEFT + 20, y, label, { font: lh.font, size: 10, record: false });
    w.text(RIGHT - 20, y, money(amt, lh.money), { font: lh.font, size: 10, align: 'right', record: false });
    w.record(`${label} ${money(amt, lh.money)}`);
    y += 13;
  }
  w.hline(RIGHT - 150, RIGHT - 20, y + 1, 0.6);
  y += 5;
  w.text(LEFT + 20, y, 'Rückstand insgesamt', { font: lh.bold, size: 10, record: false });
  w.text(RIGHT - 20, y, money(h.arrears, lh.money), { font: lh.bold, size: 10, align: 'right', record: false });
  w.record(`Rückstand insgesamt ${money(h.arrears, lh.money)}`);
  y += 22;
  para(`Damit befinden Sie sich mit einem Betrag in Verzug, der zwei Monatsmieten übersteigt. ${onBehalf ? 'Namens und in Vollmacht unserer Mandantschaft kündigen wir' : 'Wir kündigen'} daher das Mietverhältnis gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB fristlos.`);
  if (ordinary) para(ordinarySentence(h, rng));
  para(`Wir fordern Sie auf, die Wohnung bis spätestens ${dmy(addDays(h.terminationDate, 14))} zu räumen und mit sämtlichen Schlüsseln an ${onBehalf ? 'unsere Mandantschaft' : 'uns'} herauszugeben. Einer stillschweigenden Fortsetzung des Mietverhältnisses (§ 545 BGB) wird widersprochen.`);
  para('Sollte die Wohnung nicht fristgerecht geräumt werden, wird ohne weitere Ankündigung Räumungsklage erhoben.');
  para('Mit freundlichen Grüßen', 24);
  for (const s of lh.sign) para(s, 0);
  if (w.pageCount > 1) w.text(RIGHT, 800, 'Seite 2 von 2', { font: lh.font, size: 8, align: 'right' });
  footer(w, [lh.bank], lh.font, 806, 6.5);
  return t;
}

function lawyerHead(key: 'stommel' | 'wienand', h: Household): LetterHead {
  const l = LAWYERS[key];
  if (!l) throw new Error('lawyer');
  return {
    name: l.lines[l.lines.length - 1] === l.firm ? l.firm : (l.lines[0] ?? l.firm), lines: [...l.lines.slice(l.lines[0] === 'Rechtsanwälte' ? 0 : 1), l.street, `${l.postalCode} ${l.city}`, `Tel. ${l.phone}`],
    font: key === 'stommel' ? 'serif' : 'sans', bold: key === 'stommel' ? 'serifB' : 'sansB', ret: `${l.firm} · ${l.street} · ${l.postalCode} ${l.city}`,
    bank: [`Kanzleikonto: ${key === 'stommel' ? 'Volksbank Oberberg' : 'Kreissparkasse Köln'} · IBAN DE${key === 'stommel' ? '55 3846 2135 0012 9988 00' : '31 3705 0299 0045 6123 00'}`],
    sign: [key === 'stommel' ? 'Berghoff' : 'Dr. Wienand', 'Rechtsanwalt'], ref: `${((h.fileNo.serial * 7) % 900) + 100}/${h.terminationDate.slice(2, 4)} ${l.ref}`, money: key === 'stommel' ? 'euro-word' : 'eur-suffix', city: l.city,
  };
}

const PHONES: Record<string, string> = {
  leppetal: 'Telefon 02261 94 70-0', rheinwohnwert: 'Service-Hotline 0800 4711 200', 'kuerten-hv': 'Tel. 02267 55 01-0',
  'oezdemir-immo': 'Tel. 02241 38 12 77', 'mittelrhein-wbg': 'Tel. 02631 90 80-0', schmallenbach: 'Tel. 02262 71 93 04',
};

function ownHead(h: Household): LetterHead {
  const l = h.landlord;
  return {
    name: l.name, lines: [l.street, `${l.postalCode} ${l.city}`, PHONES[l.key] ?? ''].filter(Boolean),
    font: l.key === 'leppetal' ? 'lib' : l.company ? 'cond' : 'serif', bold: l.key === 'leppetal' ? 'libB' : l.company ? 'condB' : 'serifB',
    ret: `${l.name} · ${l.street} · ${l.postalCode} ${l.city}`, bank: [l.company ? `Bankverbindung: Sparkasse · IBAN DE${l.postalCode.slice(0, 2)} 3705 0299 00${l.postalCode} 00` : 'Mietkonto bei der Volksbank'],
    sign: l.company ? ['i. A. Mietenbuchhaltung', 'Forderungsmanagement'] : [l.name], ref: l.company ? `MV-${l.postalCode.slice(1)}-${h.flat.houseNumber}` : '-', money: l.company ? 'euro-symbol' : 'euro-word',
    city: l.city,
  };
}

/** Sender key and layout name for a termination letter. */
export function terminationSender(h: Household, rng: Rng): { sender: string; layout: Layout } {
  const lawyer = h.landlord.lawyer;
  if (lawyer === 'stommel' || lawyer === 'wienand') {
    if (rng.chance(0.75)) {
      const k = lawyer;
      return { sender: `ra-${k}`, layout: { name: `ra-${k}-kuendigung`, render: ({ w, h: hh, rng: r }: Ctx) => drawTermination(w, hh, r, lawyerHead(k, hh), true) } };
    }
  }
  const own = h.landlord.company ? `vm-${h.landlord.key}` : `vm-privat-${h.landlord.key}`;
  return { sender: own, layout: { name: `${h.landlord.company ? 'vm-firma' : 'vm-privat'}-kuendigung`, render: ({ w, h: hh, rng: r }: Ctx) => drawTermination(w, hh, r, ownHead(hh), false) } };
}

/** A reminder (Mahnung) threatening termination; carries rent and arrears. */
export function reminderSender(h: Household): { sender: string; layout: Layout } {
  return {
    sender: h.landlord.company ? `vm-${h.landlord.key}` : `vm-privat-${h.landlord.key}`,
    layout: {
      name: h.landlord.company ? 'vm-firma-mahnung' : 'vm-privat-mahnung',
      render({ w, h: hh, rng }: Ctx): TruthFields {
        const lh = ownHead(hh);
        const arrears = hh.arrears - hh.rent > 0 ? hh.arrears - hh.rent : hh.arrears;
        const t = { ...letterTruth(hh, true, null), arrears };
        w.text(RIGHT, 36, lh.name, { font: lh.bold, size: 13, align: 'right' });
        w.lines(RIGHT - 170, 54, lh.lines, { font: lh.font, size: 8 });
        returnLine(w, mm(45), lh.ret, lh.font);
        w.lines(LEFT, mm(51), [...hh.tenants.map((p) => printName(p, { honor: 'dative' })), ...addressLines(hh.flat, { abbr: false })], { font: lh.font, size: 10 });
        w.text(RIGHT, mm(90), `${lh.city}, ${dmy(hh.reminderDate)}`, { font: lh.font, size: 10, align: 'right' });
        let y = mm(100);
        w.text(LEFT, y, rng.pick(['2. Mahnung – Mietrückstand', 'Zahlungserinnerung und Kündigungsandrohung', 'Letzte Mahnung']), { font: lh.bold, size: 11 });
        y += 26;
        const f = { font: lh.font, size: 10, gap: 1.4 };
        y = w.para(LEFT, y, CONTENT_W, salutation(hh), f) + 6;
        y = w.para(LEFT, y, CONTENT_W, `auf Ihrem Mietkonto für die Wohnung ${addressLines(hh.flat, { abbr: true }).join(', ')} besteht derzeit ein Rückstand von ${money(arrears, lh.money)}. Die monatliche Miete von ${money(hh.rent, lh.money)} ist jeweils bis zum dritten Werktag eines Monats im Voraus zu zahlen.`, f) + 6;
        y = w.para(LEFT, y, CONTENT_W, `Bitte überweisen Sie den Betrag bis zum ${dmy(addDays(hh.reminderDate, 10))}. Andernfalls müssen wir das Mietverhältnis fristlos kündigen. Wenn Sie Leistungen vom Jobcenter beziehen, wenden Sie sich bitte umgehend dorthin.`, f) + 16;
        y = w.para(LEFT, y, CONTENT_W, 'Mit freundlichen Grüßen', f) + 20;
        w.lines(LEFT, y, lh.sign, { font: lh.font, size: 10 });
        footer(w, [lh.bank], lh.font, 800, 6.5);
        void honor;
        return t;
      },
    },
  };
}
