// Landlords' and lawyers' letters: fristlose Kündigung (with or without hilfsweise ordentliche) and reminders.
import { Doc, MM, PAGE_W, PAGE_H, type FontKey } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { addDays, addMonths, fmtDate, fmtMoney, parseIso } from './fmt.js';
import { addressInline, cityLine, isCouple, nameOf, salutation, salutationDat, streetLine } from './tpl-common.js';
import type { Household } from './story.js';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Window address lines for the tenants at the flat. */
export function tenantWindow(hh: Household, caps = false): string[] {
  const out: string[] = [];
  if (isCouple(hh)) {
    const [a, b] = hh.tenants;
    out.push('Eheleute', `${a!.given} und ${b!.given} ${caps ? b!.family.toLocaleUpperCase('de-DE') : b!.family}`);
  } else for (const p of hh.tenants) out.push(`${salutationDat(p)} ${caps ? nameOf(p, 'caps-family') : nameOf(p, 'plain')}`);
  out.push(streetLine(hh) + (hh.flat.addition ? ` (${hh.flat.addition})` : ''), cityLine(hh));
  return out;
}

function dear(hh: Household): string {
  return hh.tenants.map((p) => `${p.sex === 'f' ? 'sehr geehrte Frau' : 'sehr geehrter Herr'} ${p.dr ? 'Dr. ' : ''}${p.family}`).join(', ').replace(/^s/, 'S') + ',';
}

/** Arrears per month summing to the total (rent for whole months, one partial). */
export function arrearsRows(hh: Household, until: string): Array<[string, number]> {
  const rows: Array<[string, number]> = [];
  let left = hh.arrears;
  const d = parseIso(until);
  let m = d.getUTCMonth();
  let y = d.getUTCFullYear();
  while (left > 0) {
    const amt = Math.min(left, hh.rent);
    rows.unshift([`${MONTHS[m]} ${y}`, amt]);
    left -= amt;
    m -= 1;
    if (m < 0) { m = 11; y -= 1; }
  }
  return rows;
}

interface Head { name: string; lines: string[]; font: FontKey; fontB: FontKey; ref: string; city: string; bank: string }

function headFor(s: DocSpec, r: Rng): Head {
  const l = s.hh.landlord;
  if (s.layout === 'lt-lawyer' && l.lawyer) {
    const w = l.lawyer;
    return { name: w.firm, lines: [w.lawyer, `${w.street} · ${w.plz} ${w.city}`, 'Tel. 0' + r.int(2000, 9999) + ' ' + r.int(10000, 99999)], font: 'serif', fontB: 'serifB', ref: `Unser Zeichen: ${r.int(100, 999)}/${s.letterDate.slice(2, 4)} ${w.lawyer.split(' ').pop()!.slice(0, 2).toUpperCase()}`, city: w.city, bank: `Anderkonto: IBAN DE${r.int(10, 99)} 2905 0101 00${r.int(10, 99)} 3344 55` };
  }
  if (l.info) return { name: l.name, lines: [`${l.street} · ${l.plz} ${l.city}`, 'Mieterservice: 0' + r.int(200, 999) + ' ' + r.int(1000, 9999) + '-0'], font: l.info.style.startsWith('coop') ? 'cond' : 'sans', fontB: l.info.style.startsWith('coop') ? 'condB' : 'sansB', ref: `Mieter-Nr. ${r.int(10, 99)}.${r.int(100, 999)}.${r.int(10, 99)}`, city: l.city, bank: `Bankverbindung: Sparkasse, IBAN DE${r.int(10, 99)} 3705 0299 0000 ${r.int(1000, 9999)} ${r.int(10, 99)} · Amtsgericht Registernr. ${l.info.style.startsWith('coop') ? 'GnR' : 'HRB'} ${r.int(100, 9999)}` };
  return { name: l.name, lines: [`${l.street}, ${l.plz} ${l.city}`], font: 'mono', fontB: 'monoB', ref: '', city: l.city, bank: `Konto für die Miete: IBAN DE${r.int(10, 99)} 4306 0967 ${r.int(1000, 9999)} 2200 00` };
}

/** Termination letter, in the sender's letterhead (company, cooperative, lawyer or private landlord). */
export function terminationLetter(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const h = headFor(s, r);
  const lawyer = s.layout === 'lt-lawyer';
  d.font = h.font;
  const L = 25 * MM;
  const coop = s.layout === 'lt-coop';
  if (h.font === 'mono') {
    d.text(L, 15 * MM, h.name, { size: 11 });
    d.text(L, 15 * MM + 13, h.lines[0]!, { size: 9.5 });
  } else if (coop) {
    d.fill(L, 12 * MM, 160 * MM, 3, '#555');
    d.text(L, 12 * MM + 8, h.name, { font: h.fontB, size: 14 });
    d.text(L, 12 * MM + 26, `Gemeinsam gut wohnen · ${h.lines[0]}`, { size: 8.5 });
  } else {
    d.text(PAGE_W - 20 * MM, 13 * MM, h.name, { font: h.fontB, size: lawyer ? 12 : 13, align: 'right' });
    h.lines.forEach((x, i) => d.text(PAGE_W - 20 * MM, 13 * MM + 16 + i * 11, x, { size: 8.5, align: 'right' }));
  }
  d.text(L, 45 * MM, `${h.name} · ${h.lines[h.font === 'mono' ? 0 : h.lines.length > 2 ? 1 : 0]}`, { size: 6.5 });
  let y = 52 * MM;
  d.text(L, y - 1, s.kind === 'letter-einschreiben' ? 'Einschreiben/Rückschein' : 'Per Boten', { size: 8 });
  y += 12;
  for (const x of tenantWindow(hh)) { d.text(L, y, x, { size: 10.5 }); y += 13; }
  if (coop) {
    const info: Array<[string, string]> = [['Mitglieds-/Mieter-Nr.', h.ref.replace('Mieter-Nr. ', '')], ['Ihr Ansprechpartner', r.pick(['Frau Lorenzen', 'Herr Bockholt', 'Frau Stüber'])], ['Telefon', h.lines[1]!.replace('Mieterservice: ', '')], ['Datum', fmtDate(s.letterDate, 'dd.mm.yyyy')]];
    info.forEach(([a, b], i) => d.row(52 * MM + i * 12, [[125 * MM, a, { size: 8 }], [160 * MM, b, { size: 9 }]]));
  } else {
    d.text(PAGE_W - 20 * MM, 92 * MM, `${h.city}, ${fmtDate(s.letterDate, r.chance(0.5) ? 'long' : 'dd.mm.yyyy')}`, { size: 10, align: 'right' });
    if (h.ref) d.text(PAGE_W - 20 * MM, 92 * MM + 13, h.ref, { size: 8.5, align: 'right' });
  }
  if (coop) d.freeSpot(122 * MM, 24 * MM, 68 * MM, 20 * MM);
  else d.freeSpot(125 * MM, 55 * MM, 65 * MM, 30 * MM);
  y = 108 * MM;
  const W = 160 * MM;
  d.text(L, y, s.step === 'termination' ? `Fristlose Kündigung des Mietverhältnisses${s.hh.withOrdinary ? ', hilfsweise ordentliche Kündigung' : ''}` : 'Mietrückstand – Mahnung', { font: h.fontB, size: 10.5 });
  y = d.para(L, y + 14, W, `Mietobjekt: ${addressInline(hh, true)}`, { font: h.fontB, size: 10 }) + 10;
  y = d.para(L, y, W, dear(hh), { size: 10 }) + 2;
  const l = hh.landlord;
  const we = lawyer ? `wir zeigen an, dass wir ${l.info ? 'die' : ''} ${l.name} (Vermieter${l.info ? 'in' : 'seite'}) anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.` : 'leider müssen wir feststellen, dass die Mietzahlungen für Ihre Wohnung seit längerem nicht vollständig eingehen.';
  y = d.para(L, y, W, we, { size: 10 }) + 4;
  const basis = Math.round(hh.rent * 0.78 / 100) * 100;
  y = d.para(L, y, W, `Die monatliche Miete beträgt derzeit ${fmtMoney(hh.rent, 'euro-sign')} (Grundmiete ${fmtMoney(basis, 'euro-sign')} zuzüglich Vorauszahlungen auf die Betriebs- und Heizkosten ${fmtMoney(hh.rent - basis, 'euro-sign')}).${coop ? '' : ' Offen sind folgende Beträge:'}`, { size: 10 }) + 4;
  const rows = arrearsRows(hh, addDays(s.letterDate, -3));
  if (coop) {
    const parts = rows.map(([m, a]) => `${m}: ${fmtMoney(a, 'euro-sign')}`).join('; ');
    y = d.para(L, y, W, `Der Rückstand setzt sich wie folgt zusammen: ${parts}. Insgesamt sind damit ${fmtMoney(hh.arrears, 'euro-sign')} offen.`, { size: 10 }) + 6;
  }
  const cx = [L + 5 * MM, L + 70 * MM, L + 120 * MM];
  if (!coop) {
  d.row(y, [[cx[0]!, 'Monat', { size: 9, font: h.fontB }], [cx[1]!, 'Sollmiete', { size: 9, font: h.fontB }], [cx[2]!, 'offen', { size: 9, font: h.fontB }]]);
  y += 13;
  for (const [m, a] of rows) { d.row(y, [[cx[0]!, m, { size: 9 }], [cx[1]!, fmtMoney(hh.rent, 'plain-nodots'), { size: 9 }], [cx[2]!, fmtMoney(a, 'plain-nodots'), { size: 9 }]]); y += 12; }
  d.line(cx[0]!, y + 1, L + 150 * MM, y + 1, 0.5);
  d.row(y + 4, [[cx[0]!, 'Gesamtrückstand', { size: 9.5, font: h.fontB }], [cx[2]!, fmtMoney(hh.arrears, 'eur-suffix'), { size: 9.5, font: h.fontB, hl: true }]]);
  y += 24;
  }
  if (s.step !== 'termination') {
    y = d.para(L, y, W, `Wir fordern Sie auf, den Rückstand von ${fmtMoney(hh.arrears, 'eur-suffix')} bis zum ${fmtDate(addDays(s.letterDate, 14), 'dd.mm.yyyy')} auf unser unten genanntes Konto zu überweisen. Sollte der Betrag nicht eingehen, sehen wir uns gezwungen, das Mietverhältnis fristlos zu kündigen.`, { size: 10 }) + 6;
    y = d.para(L, y, W, 'Falls Sie Leistungen vom Jobcenter oder Sozialamt beziehen, wenden Sie sich bitte umgehend dorthin. Mit freundlichen Grüßen', { size: 10 }) + 20;
    d.text(L, y, h.font === 'mono' ? l.name : `${h.name} – Mietenbuchhaltung`, { size: 9.5 });
    d.freeSpot(110 * MM, y - 10, 80 * MM, 26 * MM);
    d.text(L, PAGE_H - 14 * MM, h.bank, { size: 7 });
    return;
  }
  const who = hh.tenants.length > 1 ? 'Sie' : 'Sie';
  y = d.para(L, y, W, `Damit befinden ${who} sich mit mehr als zwei Monatsmieten im Verzug. ${lawyer ? 'Namens und in Vollmacht unserer Mandantschaft kündigen wir' : 'Wir kündigen'} daher das Mietverhältnis über die oben bezeichnete Wohnung fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB in Verbindung mit § 569 Abs. 3 BGB.`, { size: 10 }) + 4;
  const tail = (): void => {
    if (hh.withOrdinary) {
      const end = parseIso(addMonths(s.letterDate, 3));
      const endIso = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0, 12)).toISOString().slice(0, 10);
      y = d.para(L, y, W, `Hilfsweise kündigen wir das Mietverhältnis zugleich ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum nächstmöglichen Termin, nach unserer Berechnung zum ${fmtDate(endIso, 'dd.mm.yyyy')}.`, { size: 10 }) + 4;
    }
    y = d.para(L, y, W, `Wir fordern Sie auf, die Wohnung bis zum ${fmtDate(addDays(s.letterDate, 14), 'dd.mm.yyyy')} geräumt herauszugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses (§ 545 BGB) wird bereits jetzt widersprochen. Wir weisen darauf hin, dass die fristlose Kündigung unwirksam wird, wenn der Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage vollständig ausgeglichen wird (§ 569 Abs. 3 Nr. 2 BGB).`, { size: 10 }) + 8;
    y = d.para(L, y, W, 'Mit freundlichen Grüßen', { size: 10 }) + 22;
    d.text(L, y, lawyer ? hh.landlord.lawyer!.lawyer : h.font === 'mono' ? l.name : `${h.name} – Forderungsmanagement`, { size: 9.5 });
    d.freeSpot(110 * MM, y - 10, 80 * MM, 26 * MM);
  };
  if (lawyer) {
    y = d.para(L, y, W, 'Die Begründung im Einzelnen sowie unsere weiteren Erklärungen finden Sie auf der folgenden Seite.', { size: 10 });
    d.text(L, PAGE_H - 14 * MM, h.bank, { size: 7 });
    d.newPage();
    d.text(L, 18 * MM, `${h.name} – ${hh.tenants.map((p) => p.family).join(', ')} – ${h.ref}`, { size: 8 });
    y = 30 * MM;
    y = d.para(L, y, W, `Der Rückstand übersteigt den Betrag von zwei Monatsmieten (${fmtMoney(hh.rent * 2, 'euro-sign')}). Eine Abmahnung ist nach § 543 Abs. 3 Satz 2 Nr. 3 BGB entbehrlich.`, { size: 10 }) + 4;
    tail();
    d.pageNumbers((n, m) => `Seite ${n} von ${m}`, PAGE_H - 20 * MM, PAGE_W - 20 * MM, { align: 'right', size: 8, font: 'serif' });
  } else {
    tail();
    d.text(L, PAGE_H - 14 * MM, h.bank, { size: 7 });
  }
}
