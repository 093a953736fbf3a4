/** Landlords' and landlords' lawyers' letters: fristlose Kündigung (with or without hilfsweise ordentliche), Mahnung. */
import { cityLine, namesJoined, plural, setAddress, setTenants, streetLine, table, title, type Ctx } from './common.js';
import { addDays, dLong, dNum, endOfMonth, money, moneyStyled, moneyWords, type Day } from './fmt.js';
import type { FontKey } from './sheet.js';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function arrearsRows(rent: number, total: number, before: Day): [string, number, number][] {
  const n = Math.max(1, Math.ceil(total / rent));
  const rows: [string, number, number][] = [];
  let left = total;
  for (let i = n; i >= 1; i--) {
    const d = addDays(before.slice(0, 8) + '01', -27 * i);
    const m = Number(d.slice(5, 7));
    const open = i === n ? total - rent * (n - 1) : rent;
    left -= open;
    rows.push([`${MONTHS[m - 1]} ${d.slice(0, 4)}`, rent, rent - open]);
  }
  void left;
  return rows;
}

function recipientBlock(c: Ctx, x: number, y: number, font: FontKey, size: number, abbrev: boolean): number {
  const { s, h } = c;
  let yy = y;
  const names = h.tenants.length === 2 && h.tenants[0]?.family === h.tenants[1]?.family && c.rng.chance(0.5)
    ? [`Eheleute ${namesJoined(h.tenants, 'und')}`]
    : h.tenants.map((p) => `${title(p)} ${p.dr ? 'Dr. ' : ''}${p.given} ${p.family}`);
  for (const l of [...names, ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h, abbrev), cityLine(h)]) {
    s.text(x, yy, l, { font, size });
    yy += s.lh(size) + 0.6;
  }
  return yy;
}

function baseTruth(c: Ctx, ordinary: boolean | null, withRent: boolean): void {
  const { h, t } = c;
  setTenants(c, false);
  setAddress(c);
  t.landlord = h.landlord.name;
  t.arrears = h.arrears;
  if (withRent) t.monthlyRent = h.rent;
  t.ordinaryTermination = ordinary;
}

function body(c: Ctx, x: number, y: number, w: number, font: FontKey, bold: FontKey, size: number, isReminder: boolean, withTable: boolean): number {
  const { s, h, rng, spec } = c;
  const ordinary = h.ordinary;
  const you = plural(h) ? 'Sie' : 'Sie';
  let yy = y;
  const P = (text: string, b = false): void => {
    yy = s.para(x, yy, w, text, { font: b ? bold : font, size, gap: 0.8 }) + 2.5;
  };
  const greet = plural(h) ? 'Sehr geehrte Damen und Herren,' : `Sehr geehrte${h.tenants[0]?.female ? ' Frau' : 'r Herr'} ${h.tenants[0]?.family ?? ''},`;
  P(greet);
  if (isReminder) {
    P(`trotz unserer Zahlungsaufforderungen ist Ihr Mieterkonto für die Wohnung ${streetLine(h, false)} in ${h.flat.city} weiterhin nicht ausgeglichen. Die vereinbarte monatliche Miete beträgt ${moneyStyled(h.rent, 'euro-sign-suffix')}. Zum heutigen Tag besteht ein Rückstand von ${moneyStyled(h.arrears, 'euro-sign-suffix')}.`);
    P(`Wir fordern ${you} auf, den Betrag bis zum ${dNum(addDays(spec.letterDate, 14))} auf das unten genannte Konto zu überweisen. Sollte die Zahlung ausbleiben, behalten wir uns die fristlose Kündigung des Mietverhältnisses vor (§ 543 Abs. 2 Satz 1 Nr. 3 BGB). Falls Sie Leistungen vom Jobcenter beziehen, wenden Sie sich bitte umgehend dorthin.`);
  } else {
    P(`${you} ${plural(h) ? 'sind' : 'sind'} mit der Zahlung der Miete für die von Ihnen gemietete Wohnung ${streetLine(h, false)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${cityLine(h)}, in Verzug. Die monatliche Miete einschließlich Betriebskostenvorauszahlung beträgt ${moneyStyled(h.rent, 'euro-sign-suffix')}.`);
    if (withTable) {
      const rows = arrearsRows(h.rent, h.arrears, spec.letterDate);
      const tr: string[][][] = [[['Monat'], ['Soll'], ['gezahlt'], ['offen']]];
      for (const [m, soll, paid] of rows) tr.push([[m], [`${money(soll)} €`], [`${money(paid)} €`], [`${money(soll - paid)} €`]]);
      tr.push([['Summe Rückstand'], [''], [''], [`${money(h.arrears)} €`]]);
      yy = table(s, x, yy, [50, 35, 35, 40], tr, { size: size - 1, reg: font, bold, head: true }) + 4;
    }
    P(`Der Rückstand beläuft sich damit auf insgesamt ${moneyStyled(h.arrears, 'euro-sign-suffix')} (in Worten: ${moneyWords(h.arrears)}) und übersteigt die Miete für zwei aufeinanderfolgende Termine.`);
    P(`Aus diesem Grund kündigen wir das Mietverhältnis hiermit außerordentlich und fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB in Verbindung mit § 569 Abs. 3 BGB.`, true);
    if (ordinary) P(`Hilfsweise kündigen wir das Mietverhältnis zugleich ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum nächstmöglichen Termin, das ist nach unserer Berechnung der ${dLong(endOfMonth(spec.letterDate, rng.pick([3, 6, 9])))}.`, true);
    P(`Wir fordern ${you} auf, die Wohnung bis zum ${dNum(addDays(spec.letterDate, rng.pick([10, 14, 14, 21])))} geräumt an uns herauszugeben. Einer stillschweigenden Fortsetzung des Mietverhältnisses nach § 545 BGB widersprechen wir bereits jetzt. Wir weisen darauf hin, dass die fristlose Kündigung unwirksam wird, wenn der Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage vollständig ausgeglichen wird oder sich eine öffentliche Stelle zur Zahlung verpflichtet.`);
  }
  return yy;
}

/** Genossenschaft: coloured band, Mitgliedsnummer, Nutzungsvertrag wording. */
export function coopLetter(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const isReminder = spec.base === 'reminder';
  baseTruth(c, isReminder ? null : h.ordinary, true);
  s.fillRect(0, 0, 210, 9, '#5a5a5a');
  s.text(20, 14, h.landlord.name, { font: 'sansB', size: 13 });
  s.text(20, 20, `${h.landlord.street} · ${h.landlord.zip} ${h.landlord.city}`, { font: 'sans', size: 8 });
  s.text(150, 14, 'Mitgliederservice', { font: 'sans', size: 8 });
  s.text(150, 18, `Tel. 0${rng.int(300, 999)} ${rng.int(100000, 999999)}`, { font: 'sans', size: 8 });
  s.text(20, 45, `${h.landlord.name}, ${h.landlord.street}, ${h.landlord.zip} ${h.landlord.city}`, { font: 'sans', size: 6.5 });
  let y = recipientBlock(c, 20, 51, 'sans', 10, rng.chance(0.5));
  const info: [string, string][] = [['Mitgliedsnummer', `${rng.int(1000, 9999)}-${rng.int(10, 99)}`], ['Wohnungsnummer', `${rng.int(100, 999)}.${rng.int(10, 99)}.${rng.int(1, 9)}`], ['Datum', dNum(spec.letterDate)]];
  let iy = 51;
  for (const [k, v] of info) {
    s.row(iy, [{ x: 130, text: k, font: 'sans', size: 8 }, { x: 160, text: v, font: 'sans', size: 8.5 }]);
    iy += 4.5;
  }
  y = Math.max(y, 95);
  s.text(20, y, isReminder ? 'Mahnung – Rückstand aus dem Dauernutzungsvertrag' : 'Fristlose Kündigung des Dauernutzungsvertrages', { font: 'sansB', size: 11 });
  y += 9;
  y = body(c, 20, y, 170, 'sans', 'sansB', 9.5, isReminder, !isReminder && rng.chance(0.6));
  y += 2;
  s.text(20, y, 'Mit genossenschaftlichen Grüßen', { font: 'sans', size: 9.5 });
  s.text(20, y + 5, `${h.landlord.name} – Der Vorstand`, { font: 'sans', size: 9.5 });
  s.hline(20, 190, 280, 0.3);
  s.text(20, 282, `Registergericht: Amtsgericht ${h.landlord.city} GnR ${rng.int(100, 999)} · IBAN DE${rng.int(10, 99)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)}`, { font: 'sans', size: 6.5 });
}

/** Kommunale Wohnungsbaugesellschaft / company: info block with customer numbers, serif body, page 2 possible. */
export function municipalLetter(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const isReminder = spec.base === 'reminder';
  baseTruth(c, isReminder ? null : h.ordinary, true);
  s.text(120, 12, h.landlord.name, { font: 'serifB', size: 11, align: 'right', width: 70 });
  s.text(120, 17, `${h.landlord.street}`, { font: 'serif', size: 8, align: 'right', width: 70 });
  s.text(120, 21, `${h.landlord.zip} ${h.landlord.city}`, { font: 'serif', size: 8, align: 'right', width: 70 });
  s.text(25, 47, `${h.landlord.name} · Forderungsmanagement · ${h.landlord.zip} ${h.landlord.city}`, { font: 'serif', size: 6.5 });
  recipientBlock(c, 25, 53, 'serif', 10, true);
  const info: [string, string][] = [['Vertragskonto', `${rng.int(10, 99)} ${rng.int(100000, 999999)}`], ['Ansprechpartner/in', rng.pick(['Frau Gerstner', 'Herr Anwander', 'Frau Pietzsch', 'Herr Bode'])], ['Telefon', `0${rng.int(30, 999)} ${rng.int(1000, 9999)}-${rng.int(10, 99)}`], ['Datum', dLong(spec.letterDate)]];
  let iy = 53;
  for (const [k, v] of info) {
    s.text(130, iy, k, { font: 'serif', size: 7 });
    s.text(130, iy + 3, v, { font: 'serif', size: 9 });
    iy += 8;
  }
  let y = 100;
  s.text(25, y, isReminder ? 'Zahlungserinnerung und letzte Mahnung' : 'Außerordentliche fristlose Kündigung wegen Zahlungsverzugs', { font: 'serifB', size: 11 });
  y += 5;
  s.text(25, y, `Mietobjekt: ${streetLine(h, false)}, ${cityLine(h)}${h.flat.addition ? ` (${h.flat.addition})` : ''}`, { font: 'serif', size: 9 });
  y += 9;
  y = body(c, 25, y, 165, 'serif', 'serifB', 10, isReminder, !isReminder && rng.chance(0.5));
  if (y > 230) {
    s.text(25, 285, 'Seite 1/2', { font: 'serif', size: 7 });
    s.newPage();
    y = 25;
  }
  y += 2;
  s.text(25, y, 'Mit freundlichen Grüßen', { font: 'serif', size: 10 });
  s.text(25, y + 12, h.landlord.name, { font: 'serif', size: 10 });
  s.text(25, 276, `Sitz der Gesellschaft: ${h.landlord.city} · Handelsregister HRB ${rng.int(1000, 29999)} · Geschäftsführung: ${rng.pick(['Dr. Irene Maas', 'Holger Tietz', 'Sandra Wohlfahrt'])}`, { font: 'serif', size: 6.5 });
  if (s.pageCount > 1) s.text(25, 285, 'Seite 2/2', { font: 'serif', size: 7 });
}

/** Private landlord: typewriter-like, plain. */
export function privateLetter(c: Ctx): void {
  const { s, h, rng, spec } = c;
  baseTruth(c, h.ordinary, rng.chance(0.7));
  const withRent = c.t.monthlyRent !== null;
  const f = 'mono' as const;
  s.text(25, 15, h.landlord.name, { font: f, size: 10 });
  s.text(25, 20, h.landlord.street, { font: f, size: 10 });
  s.text(25, 25, `${h.landlord.zip} ${h.landlord.city}`, { font: f, size: 10 });
  s.text(130, 40, `${h.landlord.city}, ${dNum(spec.letterDate)}`, { font: f, size: 10 });
  let y = recipientBlock(c, 25, 50, f, 10, rng.chance(0.6));
  y = Math.max(y, 80) + 6;
  s.text(25, y, 'Einschreiben/Rückschein', { font: f, size: 9 });
  y += 8;
  s.text(25, y, `Kündigung der Wohnung ${streetLine(h, true)}`, { font: 'monoB', size: 10 });
  y += 9;
  const P = (t: string): void => {
    y = s.para(25, y, 160, t, { font: f, size: 9.5, gap: 0.8 }) + 3;
  };
  P(`${plural(h) ? 'Sehr geehrte Damen und Herren' : `Sehr geehrte${h.tenants[0]?.female ? ' Frau' : 'r Herr'} ${h.tenants[0]?.family ?? ''}`},`);
  P(`seit Monaten zahlen Sie die Miete nicht oder nicht vollständig.${withRent ? ` Die Miete beträgt ${money(h.rent)} EUR im Monat.` : ''} Offen sind inzwischen ${moneyStyled(h.arrears, 'plain-eur')}.`);
  P('Deshalb kündige ich das Mietverhältnis fristlos.');
  if (h.ordinary) P('Vorsorglich kündige ich hilfsweise auch ordentlich zum nächsten zulässigen Termin.');
  P(`Bitte geben Sie die Wohnung bis spätestens ${dNum(addDays(spec.letterDate, 14))} mit allen Schlüsseln zurück.`);
  y += 4;
  s.text(25, y, 'Mit freundlichen Grüßen', { font: f, size: 9.5 });
  s.text(25, y + 10, h.landlord.name, { font: 'serifI', size: 12 });
}

/** Landlord's lawyer: letterhead with partners column at the right. */
export function lawyerLetter(c: Ctx): void {
  const { s, h, rng, spec } = c;
  const lw = h.landlord.lawyer;
  if (!lw) throw new Error('lawyer letter without lawyer');
  baseTruth(c, h.ordinary, true);
  s.text(20, 14, lw.name, { font: 'serifB', size: 13 });
  s.hline(20, 190, 20, 0.5);
  let py = 26;
  for (const p of lw.partners) {
    s.text(152, py, p, { font: 'serif', size: 7.5 });
    py += 3.6;
  }
  s.text(152, py + 2, 'Rechtsanwälte', { font: 'serif', size: 7 });
  s.text(152, py + 8, lw.street, { font: 'serif', size: 7.5 });
  s.text(152, py + 11.6, `${lw.zip} ${lw.city}`, { font: 'serif', size: 7.5 });
  s.text(152, py + 15.2, `Tel. ${lw.phone}`, { font: 'serif', size: 7.5 });
  s.text(20, 45, `${lw.name} · ${lw.street} · ${lw.zip} ${lw.city}`, { font: 'serif', size: 6.5 });
  recipientBlock(c, 20, 51, 'serif', 10, false);
  s.text(100, 88, `Unser Zeichen: ${rng.int(10, 999)}/${spec.letterDate.slice(2, 4)} ${lw.partners[0]?.split(' ').pop()?.slice(0, 2).toUpperCase() ?? ''}`, { font: 'serif', size: 8.5 });
  s.text(100, 92.5, `${lw.city}, ${dLong(spec.letterDate)}`, { font: 'serif', size: 8.5 });
  let y = 102;
  y = s.para(20, y, 130, `${h.landlord.name} ./. ${h.tenants.map((p) => `${p.given} ${p.family}`).join(', ')} – Mietverhältnis ${streetLine(h, false)}, ${h.flat.city}`, { font: 'serifB', size: 10 });
  y += 5;
  y = s.para(20, y, 130, `hier: Kündigung${h.ordinary ? ' (fristlos, hilfsweise ordentlich)' : ' (fristlos)'}`, { font: 'serif', size: 10 }) + 4;
  y = s.para(20, y, 130, `Sehr geehrte Damen und Herren, wir zeigen an, dass uns die Vermieterseite, ${h.landlord.name}, ${h.landlord.street}, ${h.landlord.zip} ${h.landlord.city}, mit der Wahrnehmung ihrer Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.`, { font: 'serif', size: 10, gap: 0.8 }) + 3;
  y = s.para(20, y, 130, `Sie schulden aus dem Mietverhältnis über die Wohnung ${streetLine(h, false)}, ${cityLine(h)}, derzeit ${moneyStyled(h.arrears, 'eur-suffix')}. Die vereinbarte Gesamtmiete beläuft sich auf ${moneyStyled(h.rent, 'eur-suffix')} monatlich.`, { font: 'serif', size: 10, gap: 0.8 }) + 3;
  y = s.para(20, y, 130, `Namens und in Vollmacht unserer Mandantschaft kündigen wir das Mietverhältnis außerordentlich fristlos wegen Zahlungsverzugs.${h.ordinary ? ' Hilfsweise erklären wir die ordentliche Kündigung zum nächstzulässigen Zeitpunkt gemäß § 573 Abs. 2 Nr. 1 BGB.' : ''}`, { font: 'serif', size: 10, gap: 0.8 }) + 3;
  y = s.para(20, y, 130, `Wir fordern Sie auf, die Wohnung bis zum ${dNum(addDays(spec.letterDate, 14))} zu räumen. Andernfalls werden wir ohne weitere Ankündigung Räumungsklage erheben.`, { font: 'serif', size: 10, gap: 0.8 }) + 6;
  s.text(20, y, 'Mit freundlichen Grüßen', { font: 'serif', size: 10 });
  s.text(20, y + 12, `${lw.partners[rng.int(0, lw.partners.length - 1)] ?? ''}, Rechtsanwalt/Rechtsanwältin`, { font: 'serif', size: 9.5 });
  s.text(20, 282, `Bankverbindung: IBAN ${lw.iban}`, { font: 'serif', size: 6.5 });
}
