import type { Sheet, FontName } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import { LAWYERS } from './model.js';
import { addressTruth, emptyFields, type Fields, joinedNames, personName, printFile, streetLine, tenantsTruth, townLine } from './common.js';
import { addDays, fmtDate, fmtMoney, toDate } from './format.js';
import { row } from './blocks.js';
import { COURT_STYLES } from './court-notice.js';

const COMPANY_LOOK: Record<string, { font: FontName; bold: FontName; color: string; phone: string; bank: string; hrb: string }> = {
  'lw-rheinufer': { font: 'sans', bold: 'sansB', color: '#1d4f91', phone: '0221 58 39 10-0', bank: 'Kreissparkasse Köln · IBAN DE44 3705 0299 0012 3456 78', hrb: 'AG Köln HRB 77412' },
  'lw-ruhrbogen': { font: 'cond', bold: 'condB', color: '#9a1d1d', phone: '0203 74 40-0', bank: 'Sparkasse Duisburg · IBAN DE08 3505 0000 0209 8877 66', hrb: 'AG Duisburg HRB 30518' },
  'lw-oberberg': { font: 'serif', bold: 'serifB', color: '#2f6b2f', phone: '02261 95 07-0', bank: 'Volksbank Oberberg · IBAN DE27 3846 2135 0401 2233 00', hrb: 'GnR 211 AG Köln' },
};

function tenantWindow(s: Sheet, h: Household, rng: Rng, ret: string, font: FontName): void {
  s.text(62, 138, ret, { font, size: 6.5 });
  const lines = [joinedNames(h, true), ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h, rng), townLine(h)];
  if (!h.married || h.tenants.length !== 2) lines.splice(0, 1, ...h.tenants.map((p) => personName(p, 'titled')));
  lines.forEach((l, i) => s.text(62, 154 + i * 12, l, { font, size: 10 }));
}

/** Account statement: months with Soll/Haben; sums to the arrears. */
function statement(s: Sheet, h: Household, y: number, font: FontName, bold: FontName): number {
  const months = Math.max(2, Math.ceil(h.arrears / h.rent));
  const start = toDate(addDays(h.terminationDate, -30 * months));
  const cols = [{ x: 70, w: 90 }, { x: 160, w: 170 }, { x: 330, w: 70 }, { x: 400, w: 70 }, { x: 470, w: 70 }];
  y += row(s, y, [['Datum'], ['Buchungstext'], ['Soll'], ['Haben'], ['Saldo']].map((l, i) => ({ ...(cols[i] ?? { x: 0, w: 0 }), lines: l, font: bold, size: 8.5 })), { ruled: true, fill: '#eeeeee', lh: 11 });
  let saldo = 0;
  let paidTotal = months * h.rent - h.arrears;
  for (let m = 0; m < months; m++) {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 3));
    const label = `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    saldo += h.rent;
    y += row(s, y, [[fmtDate(d.toISOString().slice(0, 10))], [`Sollstellung Miete ${label}`], [fmtMoney(h.rent, 'EUR').replace(' EUR', '')], [''], [fmtMoney(saldo, 'EUR').replace(' EUR', '')]].map((l, i) => ({ ...(cols[i] ?? { x: 0, w: 0 }), lines: l, font, size: 8.5 })), { ruled: true, lh: 11 });
    if (paidTotal > 0 && m === 0) {
      saldo -= paidTotal;
      y += row(s, y, [[fmtDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 17)).toISOString().slice(0, 10))], ['Zahlungseingang Teilzahlung'], [''], [fmtMoney(paidTotal, 'EUR').replace(' EUR', '')], [fmtMoney(saldo, 'EUR').replace(' EUR', '')]].map((l, i) => ({ ...(cols[i] ?? { x: 0, w: 0 }), lines: l, font, size: 8.5 })), { ruled: true, lh: 11 });
      paidTotal = 0;
    }
  }
  return y + 6;
}

export type OtherKind = 'termination' | 'reminder' | 'lawyer-termination' | 'jobcenter-letter' | 'settlement';

export function renderOther(s: Sheet, h: Household, rng: Rng, kind: OtherKind, sender: string): Fields {
  const f = emptyFields();
  f.tenants = tenantsTruth(h, false);
  f.landlord = h.landlord.name;
  if (kind === 'settlement') return settlement(s, h, rng, f);
  if (kind === 'jobcenter-letter') return jobcenterLetter(s, h, rng, f, sender);
  const look = COMPANY_LOOK[sender];
  const lawyer = kind === 'lawyer-termination' ? (LAWYERS[sender] ?? null) : null;
  const F: FontName = look?.font ?? (lawyer ? 'serif' : 'mono');
  const B: FontName = look?.bold ?? (lawyer ? 'serifB' : 'monoB');
  let ret: string;
  if (look) {
    s.text(70, 40, h.landlord.name, { font: B, size: 16, color: look.color });
    s.line(70, 62, 540, 62, 2, look.color);
    s.text(540, 70, `${h.landlord.street} · ${h.landlord.postal} ${h.landlord.city} · Tel. ${look.phone}`, { font: F, size: 7.5, align: 'right' });
    ret = `${h.landlord.name} · ${h.landlord.street} · ${h.landlord.postal} ${h.landlord.city}`;
  } else if (lawyer) {
    s.text(297, 38, lawyer.name, { font: B, size: 13, align: 'center' });
    s.text(297, 56, `${lawyer.street} · ${lawyer.postal} ${lawyer.city} · Telefon ${lawyer.phone}`, { font: F, size: 8, align: 'center' });
    s.line(150, 68, 445, 68, 0.5);
    ret = `${lawyer.short} · ${lawyer.street} · ${lawyer.postal} ${lawyer.city}`;
  } else {
    s.text(70, 45, h.landlord.name, { font: F, size: 10 });
    s.text(70, 58, h.landlord.street, { font: F, size: 10 });
    s.text(70, 71, `${h.landlord.postal} ${h.landlord.city}`, { font: F, size: 10 });
    ret = `${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`;
  }
  tenantWindow(s, h, rng, ret, F);
  f.address = addressTruth(h, h.flat.addition !== null);
  const date = kind === 'reminder' ? h.reminderDate : h.terminationDate;
  const place = lawyer?.city ?? h.landlord.city;
  s.text(540, 250, `${place}, ${fmtDate(date, look ? 'dot' : 'long')}`, { font: F, size: 10, align: 'right' });
  if (look) s.text(354, 154, `Mietkonto-Nr.: ${rng.int(10, 99)}-${rng.int(1000, 9999)}-${rng.int(10, 99)}`, { font: F, size: 9 });
  let y = 280;
  const money = (c: number): string => fmtMoney(c, look ? 'eur' : 'EUR');
  const subjectFlat = `${streetLine(h, rng)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${townLine(h)}`;
  f.monthlyRent = h.rent;
  f.arrears = h.arrears;
  if (kind === 'reminder') {
    s.text(70, y, `Mahnung – Mietrückstand für die Wohnung ${subjectFlat}`, { font: B, size: 10.5 }); y += 22;
    s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10 }); y += 18;
    y = s.para(70, y, 460, `trotz Fälligkeit sind die Mietzahlungen für die oben genannte Wohnung (monatliche Gesamtmiete ${money(h.rent)}) nicht vollständig bei uns eingegangen. Ihr Mietkonto weist derzeit folgenden Stand auf:`, { font: F, size: 10 }); y += 8;
    y = statement(s, h, y, F, B);
    s.text(70, y, `Offener Betrag: ${money(h.arrears)}`, { font: B, size: 10.5, tag: 'hl' }); y += 20;
    y = s.para(70, y, 460, `Wir fordern Sie auf, den Betrag bis zum ${fmtDate(addDays(date, 14))} auf unser Konto zu überweisen. Sollte die Zahlung nicht erfolgen, behalten wir uns die Kündigung des Mietverhältnisses vor. Falls Sie Leistungen vom Jobcenter beziehen, wenden Sie sich bitte umgehend dorthin.`, { font: F, size: 10 });
    f.ordinaryTermination = null;
  } else {
    const ordinary = h.ordinary;
    s.text(70, y, `Fristlose Kündigung des Mietverhältnisses${ordinary ? ', hilfsweise ordentliche Kündigung' : ''}`, { font: B, size: 10.5 }); y += 14;
    s.text(70, y, `Mietobjekt: ${subjectFlat}`, { font: F, size: 10 }); y += 22;
    s.text(70, y, h.tenants.length > 1 ? 'Sehr geehrte Damen und Herren,' : `Sehr geehrte${h.tenants[0]?.sex === 'm' ? 'r Herr' : ' Frau'} ${h.tenants[0]?.family ?? ''},`, { font: F, size: 10 }); y += 18;
    const who = lawyer ? `wir zeigen an, dass wir ${h.landlord.company ? 'die' : ''} ${h.landlord.name} anwaltlich vertreten; Vollmacht liegt an. Namens und in Vollmacht unserer Mandantschaft kündigen wir` : 'hiermit kündige(n) wir';
    y = s.para(70, y, 460, `${who} das mit Ihnen bestehende Mietverhältnis über die oben genannte Wohnung fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB wegen Zahlungsverzugs. Die monatliche Miete beträgt ${money(h.rent)}. Der Rückstand beläuft sich zum heutigen Tag auf insgesamt ${money(h.arrears)}.`, { font: F, size: 10 }); y += 8;
    if (look) y = statement(s, h, y, F, B);
    if (ordinary) { y = s.para(70, y, 460, `Hilfsweise kündigen wir das Mietverhältnis ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum ${fmtDate(addDays(date, rng.pick([92, 122, 183])))}, spätestens zum nächstzulässigen Termin.`, { font: F, size: 10, tag: 'hl' }); y += 6; }
    y = s.para(70, y, 460, `Wir fordern Sie auf, die Wohnung bis zum ${fmtDate(addDays(date, 14))} geräumt herauszugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses (§ 545 BGB) wird widersprochen. Sollte die Wohnung nicht fristgerecht herausgegeben werden, wird Räumungsklage erhoben.`, { font: F, size: 10 });
    f.ordinaryTermination = ordinary;
  }
  y += 22;
  s.text(70, y, 'Mit freundlichen Grüßen', { font: F, size: 10 });
  s.text(70, y + 30, lawyer ? lawyer.short.replace(/^RAe? ?/, 'Rechtsanwalt/Rechtsanwältin ') : look ? 'Forderungsmanagement' : h.landlord.name, { font: F, size: 9.5 });
  if (look) s.text(70, 800, `${look.bank} · ${look.hrb}`, { font: F, size: 7 });
  return f;
}

function settlement(s: Sheet, h: Household, rng: Rng, f: Fields): Fields {
  const st = COURT_STYLES[h.court.key];
  const F: FontName = st.font === 'mono' ? 'serif' : st.font;
  f.court = h.court.name; f.fileNumber = h.fileNumber; f.address = addressTruth(h, false);
  const j = h.judgment;
  f.arrears = j.arrears;
  let y = 50;
  s.text(70, y, h.court.name, { font: st.bold, size: 12 }); s.text(540, y, `Az.: ${printFile(h.fileNumber, st.file)}`, { font: F, size: 10, align: 'right', tag: 'file' }); y += 30;
  s.text(297, y, 'Protokoll', { font: st.bold, size: 13, align: 'center' }); y += 16;
  s.text(297, y, `aufgenommen in der öffentlichen Sitzung vom ${fmtDate(j.date)}`, { font: F, size: 10, align: 'center' }); y += 26;
  y = s.para(70, y, 460, `In dem Rechtsstreit ${h.landlord.name} gegen ${h.tenants.map((p) => personName(p, 'given')).join(' und ')} wegen Räumung erscheinen bei Aufruf der Sache: für die Klägerseite ${h.lawyer ? h.lawyer.short : 'niemand'}, die Beklagtenseite persönlich.`, { font: F, size: 10.5 }); y += 10;
  y = s.para(70, y, 460, 'Die Sach- und Rechtslage wird erörtert. Auf Vorschlag des Gerichts schließen die Parteien folgenden', { font: F, size: 10.5 }); y += 8;
  s.text(297, y, 'Vergleich:', { font: st.bold, size: 11.5, align: 'center' }); y += 22;
  const vac = addDays(j.date, rng.int(50, 110));
  const items = [
    `${h.tenants.length > 1 ? 'Die Beklagten verpflichten' : h.tenants[0]?.sex === 'm' ? 'Der Beklagte verpflichtet' : 'Die Beklagte verpflichtet'} sich, die Wohnung ${streetLine(h, rng)}, ${townLine(h)} bis spätestens ${fmtDate(vac)} zu räumen und geräumt an die Klägerseite herauszugeben.`,
    `${h.tenants.length > 1 ? 'Die Beklagten zahlen als Gesamtschuldner' : h.tenants[0]?.sex === 'm' ? 'Der Beklagte zahlt' : 'Die Beklagte zahlt'} an die Klägerseite zum Ausgleich der Miet- und Nutzungsentschädigungsrückstände ${fmtMoney(j.arrears, 'EUR')} in monatlichen Raten zu je 100,00 EUR, beginnend am ${fmtDate(addDays(j.date, 20))}.`,
    'Die Kosten des Rechtsstreits und des Vergleichs werden gegeneinander aufgehoben.',
  ];
  items.forEach((t, i) => { s.text(70, y, `${i + 1}.`, { font: F, size: 10.5 }); y = s.para(90, y, 445, t, { font: F, size: 10.5 }) + 5; });
  y += 8;
  s.text(70, y, 'vorgespielt und genehmigt', { font: F, size: 10 }); y += 30;
  s.text(70, y, rng.pick(['Falkenberg, Richter am Amtsgericht', 'Lenz-Obradović, Richterin am Amtsgericht']), { font: F, size: 10 });
  s.text(330, y, 'für die Richtigkeit der Übertragung', { font: F, size: 8 });
  return f;
}

const JC: Record<string, { name: string[]; font: FontName; bold: FontName }> = {
  'jc-oberberg': { name: ['Jobcenter Oberberg', 'Team Kosten der Unterkunft', 'Am Steinberg 23, 51643 Gummersbach'], font: 'sans', bold: 'sansB' },
  'jc-koeln': { name: ['Jobcenter Köln', 'Standort Chorweiler', 'Merianhof 12, 50765 Köln'], font: 'cond', bold: 'condB' },
  'sozialamt-duisburg': { name: ['Stadt Duisburg · Der Oberbürgermeister', 'Amt für Soziales und Wohnen – Grundsicherung', 'Am Schwanentor 40, 47051 Duisburg'], font: 'serif', bold: 'serifB' },
};

function jobcenterLetter(s: Sheet, h: Household, rng: Rng, f: Fields, sender: string): Fields {
  const jc = JC[sender] ?? JC['jc-oberberg'];
  if (!jc) return f;
  const F = jc.font;
  jc.name.forEach((l, i) => s.text(70, 40 + i * 13, l, { font: i === 0 ? jc.bold : F, size: i === 0 ? 13 : 9 }));
  s.text(62, 138, jc.name.join(' · ').slice(0, 90), { font: F, size: 6 });
  ['Fachstelle für Wohnungsnotfälle', 'im Hause / per Hauspost'].forEach((l, i) => s.text(62, 154 + i * 12, l, { font: F, size: 10 }));
  s.text(354, 150, `BG-Nummer: ${rng.int(10000, 99999)}BG${String(rng.int(1000000, 9999999))}`, { font: F, size: 9 });
  s.text(354, 162, `Datum: ${fmtDate(addDays(h.terminationDate, 10))}`, { font: F, size: 9 });
  let y = 262;
  s.text(70, y, 'Drohender Wohnungsverlust – Bitte um Unterstützung', { font: jc.bold, size: 11 }); y += 22;
  const names = h.tenants.map((p) => personName(p, 'familyFirst')).join('; ');
  y = s.para(70, y, 460, `Leistungsberechtigte: ${names}`, { font: F, size: 10 }) + 2;
  y = s.para(70, y, 460, `Wohnung: ${streetLine(h, rng)}, ${townLine(h)}`, { font: F, size: 10 }) + 2;
  y = s.para(70, y, 460, `Vermieter: ${h.landlord.name}`, { font: F, size: 10 }) + 12;
  f.address = addressTruth(h, false);
  y = s.para(70, y, 460, `die oben genannte Bedarfsgemeinschaft hat uns die fristlose Kündigung ihres Vermieters vom ${fmtDate(h.terminationDate)} vorgelegt. Die anerkannten Kosten der Unterkunft belaufen sich auf ${fmtMoney(h.rent)} monatlich; der Vermieter beziffert den Rückstand auf ${fmtMoney(h.arrears)}. Ein Antrag auf Übernahme der Mietschulden nach § 22 Abs. 8 SGB II liegt noch nicht vor.`, { font: F, size: 10 }); y += 8;
  f.monthlyRent = h.rent; f.arrears = h.arrears;
  y = s.para(70, y, 460, 'Wir bitten um Kontaktaufnahme mit dem Haushalt und um kurze Rückmeldung, ob eine Übernahme der Rückstände die Wohnung sichern kann.', { font: F, size: 10 }); y += 20;
  s.text(70, y, 'Im Auftrag', { font: F, size: 10 });
  s.text(70, y + 26, rng.pick(['Kaczmarek', 'Hülsmann-Diallo', 'Bauer', 'Stavropoulou']), { font: F, size: 10 });
  return f;
}
