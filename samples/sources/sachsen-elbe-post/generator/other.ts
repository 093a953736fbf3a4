/** Landlord, law-firm, Jobcenter and Sozialamt letters, and cover letters. */
import type { Doc, FontKey } from './render.js';
import { MM } from './render.js';
import { Rng } from './rng.js';
import type { Ctx } from './common.js';
import { LEFT, RIGHT, TEXTW, addressLines, addressOneLine, addressTruth, azPrint, courtName, footerLine, personName, put, tenantTruth, windowAddress } from './common.js';
import { addDays, fmtDate, fmtMoney, MONTHS } from './fmt.js';
import type { MoneyStyle } from './fmt.js';
import { FACHSTELLE } from './data.js';
import type { Household } from './model.js';

function tenantWindow(h: Household): string[] {
  const names = h.tenants.slice(0, 3).map((p) => personName(p, 'herrFrau'));
  if (h.tenants.length === 2 && h.tenants[0]?.surname === h.tenants[1]?.surname) {
    const [a, b] = h.tenants;
    if (a && b) names.splice(0, 2, `${a.sex === 'm' ? 'Herrn' : 'Frau'} ${a.given} und ${b.sex === 'm' ? 'Herrn' : 'Frau'} ${b.given} ${a.surname}`);
  }
  return [...names, ...addressLines(h, { additionInline: true })].slice(0, 6);
}

/** all tenants must be printed on the page: name line list for the Betreff */
function allTenants(h: Household): string {
  const n = h.tenants.map((p) => personName(p, 'plain'));
  return n.length === 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} und ${n[n.length - 1]}`;
}

function monthLabel(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${MONTHS[m - 1]} ${iso.slice(0, 4)}`;
}

function arrearsTable(d: Doc, c: Ctx, y: number, f: FontKey, ms: MoneyStyle): number {
  const h = c.h;
  // per-month lines; the last line absorbs the rest so the total equals the arrears
  let rest = h.arrears;
  const lines: [string, number][] = [];
  for (let i = h.months; i >= 1 && rest > 0; i--) {
    const m = new Date(`${addDays(c.letterDate, -30 * i).slice(0, 7)}-01T00:00:00Z`).toISOString().slice(0, 10);
    const amt = i === 1 ? rest : Math.min(rest, h.rent);
    lines.push([monthLabel(m), amt]);
    rest -= amt;
  }
  const x2 = LEFT + 110 * MM;
  d.t(LEFT, y, 'Zeitraum', { f, s: 9 });
  d.t(LEFT + 55 * MM, y, 'Soll', { f, s: 9 });
  d.t(x2, y, 'offen', { f, s: 9 });
  y += 4;
  d.hr(LEFT, y + 8, RIGHT - 20 * MM, 0.4);
  y += 12;
  for (const [m, amt] of lines) {
    d.t(LEFT, y, `Miete ${m}`, { f, s: 9.5 });
    d.t(LEFT + 55 * MM, y, fmtMoney(h.rent, ms), { f, s: 9.5 });
    d.t(x2, y, fmtMoney(amt, ms), { f, s: 9.5 });
    y += 12;
  }
  d.hr(LEFT, y + 1, RIGHT - 20 * MM, 0.4);
  y += 5;
  d.t(LEFT, y, 'Rückstand gesamt', { f, s: 9.5 });
  d.t(x2, y, fmtMoney(h.arrears, ms), { f, s: 9.5 });
  put(c, d, 'arrears', h.arrears);
  return y + 18;
}

function landlordHead(d: Doc, c: Ctx, f: FontKey, fb: FontKey, asManager: boolean): string {
  const l = c.h.landlord;
  const sender = asManager && l.manager ? l.manager : l.name;
  d.t(LEFT, 40, sender, { f: fb, s: 13, fit: TEXTW - 120 });
  if (asManager && l.manager) d.t(LEFT, 57, `Verwalterin für ${l.name}`, { f, s: 8.5 });
  d.t(RIGHT - 200, 40, asManager && l.managerStreet ? l.managerStreet.split(', ')[0] ?? '' : l.street, { f, s: 8, align: 'right', w: 200 });
  d.t(RIGHT - 200, 50, asManager && l.managerStreet ? l.managerStreet.split(', ')[1] ?? '' : `${l.plz} ${l.city}`, { f, s: 8, align: 'right', w: 200 });
  d.t(RIGHT - 200, 60, `Telefon ${l.phone}`, { f, s: 8, align: 'right', w: 200 });
  return sender;
}

/** fristlose Kündigung by landlord or administrator */
export function kuendigung(d: Doc, c: Ctx): string {
  const h = c.h;
  const r = new Rng(`kuend:${h.landlord.name}`);
  const f: FontKey = r.pick(['sans', 'serif', 'dvs'] as const);
  const fb: FontKey = f === 'sans' ? 'sansB' : f === 'serif' ? 'serifB' : 'dvsB';
  const ms: MoneyStyle = r.pick(['eurSign', 'eurCode', 'euroWord'] as const);
  const asManager = Boolean(h.landlord.manager);
  const sender = landlordHead(d, c, f, fb, asManager);
  windowAddress(d, `${sender}, ${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, tenantWindow(h), f);
  put(c, d, 'address', addressTruth(h));
  d.t(125 * MM, 55 * MM, `Mieternummer: ${r.int(10, 99)}.${c.r.int(100, 999)}.${c.r.int(10, 99)}`, { f, s: 8.5 });
  d.t(125 * MM, 55 * MM + 11, `${h.landlord.city}, ${fmtDate(c.letterDate, 'dmy')}`, { f, s: 8.5 });
  d.t(125 * MM, 55 * MM + 22, 'Per Einwurf-Einschreiben und Boten', { f, s: 8 });
  let y = 100 * MM;
  const hw = h.hilfsweise;
  d.t(LEFT, y, `Fristlose Kündigung des Mietverhältnisses${hw ? ', hilfsweise ordentliche Kündigung' : ''}`, { f: fb, s: 11, fit: TEXTW });
  put(c, d, 'ordinaryTermination', hw);
  y += 14;
  d.t(LEFT, y, `Mietobjekt: ${addressOneLine(h, { abbrev: true })}`, { f: fb, s: 10, fit: TEXTW });
  y += 22;
  const first = h.tenants[0];
  d.t(LEFT, y, h.tenants.length > 1 ? 'Sehr geehrte Mieter,' : `Sehr geehrte${first?.sex === 'm' ? 'r Herr' : ' Frau'} ${first?.surname ?? ''},`, { f, s: 10 });
  y += 18;
  const intro = asManager ? `in unserer Eigenschaft als Hausverwaltung und im Namen der Eigentümerin, der ${h.landlord.name}, ` : `als Vermieterin `;
  y = d.para(LEFT, y, TEXTW, `${intro}kündigen wir das mit Ihnen, ${allTenants(h)}, bestehende Mietverhältnis über die oben genannte Wohnung fristlos gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB.`, { f, s: 10 });
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'landlord', h.landlord.name);
  y += 6;
  y = d.para(LEFT, y, TEXTW, `Die monatliche Miete beträgt ${fmtMoney(h.rent, ms)} (Grundmiete ${fmtMoney(h.coldRent, ms)} zuzüglich Vorauszahlungen). Sie sind mit folgenden Zahlungen im Rückstand:`, { f, s: 10 });
  put(c, d, 'monthlyRent', h.rent);
  y += 8;
  y = arrearsTable(d, c, y, f, ms);
  const twoPages = Boolean(c.opt.page2);
  const rest: string[] = [];
  if (hw) rest.push('Hilfsweise und vorsorglich kündigen wir das Mietverhältnis zugleich ordentlich zum nächstmöglichen Termin gemäß § 573 Abs. 2 Nr. 1 BGB. Die ordentliche Kündigung bleibt auch dann wirksam, wenn die fristlose Kündigung durch Zahlung nachträglich unwirksam werden sollte.');
  rest.push(`Wir fordern Sie auf, die Wohnung bis spätestens ${fmtDate(addDays(c.letterDate, 14), 'dmy')} geräumt an uns herauszugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB widersprechen wir bereits jetzt.`);
  rest.push('Sie können der Kündigung nach §§ 574 bis 574b BGB widersprechen, wenn die Beendigung für Sie eine nicht zu rechtfertigende Härte bedeuten würde. Der Widerspruch ist schriftlich zu erklären. Wir weisen Sie auf die Möglichkeit hin, sich an das Jobcenter oder Sozialamt zu wenden.');
  if (twoPages) {
    d.t(LEFT, 815, 'Seite 1 von 2', { f, s: 8, align: 'right', w: TEXTW });
    d.addPage();
    d.t(LEFT, 40, `${sender} – Schreiben vom ${fmtDate(c.letterDate, 'dmy')} – Seite 2`, { f, s: 8.5 });
    y = 80;
  }
  for (const p of rest) y = d.para(LEFT, y, TEXTW, p, { f, s: 10 }) + 6;
  y += 8;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, y + 36, asManager ? `${sender}` : h.landlord.kind === 'private' ? h.landlord.name : `${h.landlord.name}, ${h.landlord.rep ?? ''}`, { f, s: 9.5, fit: TEXTW });
  footerLine(d, [`${sender} · Bankverbindung IBAN ${h.landlord.iban} · ${h.landlord.phone}`], f);
  return asManager ? 'kuendigung-verwaltung' : 'kuendigung-vermieter';
}

/** Kündigung by a law firm */
export function kuendigungAnwalt(d: Doc, c: Ctx): string {
  const h = c.h;
  const lf = h.lawfirm ?? { name: 'Tröger, Menzel & Partner Rechtsanwälte mbB', short: 'RAe Tröger, Menzel & Partner', street: 'Wallgäßchen 4', plz: '01067', city: 'Dresden', phone: '0351 49 44 60', lawyer: 'Rechtsanwalt Dirk Menzel' };
  const f: FontKey = 'serif', fb: FontKey = 'serifB';
  d.t(LEFT, 36, lf.name.toUpperCase(), { f: fb, s: 12, spacing: 0.6, fit: TEXTW });
  d.t(LEFT, 52, `${lf.street} · ${lf.plz} ${lf.city} · Telefon ${lf.phone}`, { f, s: 8.5 });
  d.hr(LEFT, 64, RIGHT, 0.5);
  windowAddress(d, `${lf.short} · ${lf.street} · ${lf.plz} ${lf.city}`, tenantWindow(h), f);
  put(c, d, 'address', addressTruth(h));
  const ms: MoneyStyle = 'eurSign';
  d.t(125 * MM, 52 * MM, `Unser Zeichen: ${c.r.int(100, 999)}/${c.letterDate.slice(2, 4)} ${lf.short.slice(0, 3).toUpperCase()}`, { f, s: 8.5 });
  d.t(125 * MM, 52 * MM + 12, `${lf.city}, ${fmtDate(c.letterDate, 'long')}`, { f, s: 8.5 });
  let y = 100 * MM;
  d.t(LEFT, y, `${h.landlord.name} ./. ${allTenants(h)}`, { f: fb, s: 10, fit: TEXTW });
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'tenants', tenantTruth(h, false));
  y += 13;
  const hw = h.hilfsweise;
  d.t(LEFT, y, `Mietverhältnis ${addressOneLine(h)} – außerordentliche fristlose Kündigung`, { f: fb, s: 10, fit: TEXTW });
  y += 24;
  d.t(LEFT, y, 'Sehr geehrte Damen und Herren,', { f, s: 10.5 });
  y += 18;
  y = d.para(LEFT, y, TEXTW, `wir zeigen an, dass wir die rechtlichen Interessen der ${h.landlord.name} vertreten. Eine auf uns lautende Vollmacht liegt im Original bei. Namens und in Vollmacht unserer Mandantin erklären wir hiermit die außerordentliche fristlose Kündigung des Mietverhältnisses wegen Zahlungsverzugs.`, { f, s: 10.5 }) + 6;
  y = d.para(LEFT, y, TEXTW, `Bei einer vereinbarten Gesamtmiete von ${fmtMoney(h.rent, ms)} monatlich beläuft sich der Rückstand derzeit auf ${fmtMoney(h.arrears, ms)}. Damit befinden Sie sich mit einem Betrag im Verzug, der zwei Monatsmieten übersteigt.`, { f, s: 10.5 }) + 6;
  put(c, d, 'monthlyRent', h.rent);
  put(c, d, 'arrears', h.arrears);
  if (hw) y = d.para(LEFT, y, TEXTW, 'Hilfsweise wird das Mietverhältnis ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist gekündigt.', { f, s: 10.5 }) + 6;
  put(c, d, 'ordinaryTermination', hw);
  y = d.para(LEFT, y, TEXTW, `Wir haben Sie aufzufordern, die Wohnung bis zum ${fmtDate(addDays(c.letterDate, 10), 'dmy')} zu räumen. Andernfalls werden wir ohne weitere Ankündigung Räumungsklage erheben. Forderungen aus Betriebskostenabrechnungen bleiben vorbehalten.`, { f, s: 10.5 }) + 14;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10.5 });
  d.t(LEFT, y + 36, lf.lawyer, { f, s: 10 });
  return 'kuendigung-kanzlei';
}

/** Zahlungserinnerung / Mahnung with an account statement */
export function mahnung(d: Doc, c: Ctx, level: 'erinnerung' | 'mahnung'): string {
  const h = c.h;
  const r = new Rng(`mahn:${h.landlord.name}`);
  const f: FontKey = r.pick(['dvs', 'sans', 'narrow'] as const);
  const fb: FontKey = f === 'dvs' ? 'dvsB' : f === 'sans' ? 'sansB' : 'narrowB';
  const ms: MoneyStyle = r.pick(['eurSign', 'signFirst', 'eurCode'] as const);
  const sender = landlordHead(d, c, f, fb, Boolean(h.landlord.manager));
  windowAddress(d, `${sender}`, tenantWindow(h), f);
  put(c, d, 'address', addressTruth(h));
  d.t(125 * MM, 52 * MM, `Vertragsnummer: ${r.int(1000, 9999)}-${c.r.int(100, 999)}`, { f, s: 8.5 });
  d.t(125 * MM, 52 * MM + 11, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f, s: 8.5 });
  d.t(125 * MM, 52 * MM + 22, `Stand Mietkonto: ${fmtDate(addDays(c.letterDate, -2), 'dmy')}`, { f, s: 8.5 });
  let y = 100 * MM;
  d.t(LEFT, y, level === 'erinnerung' ? 'Zahlungserinnerung' : c.r.pick(['2. Mahnung', 'Mahnung', 'Letzte Mahnung']), { f: fb, s: 12 });
  y += 16;
  d.t(LEFT, y, `Mieter: ${allTenants(h)}`, { f, s: 9.5, fit: TEXTW });
  put(c, d, 'tenants', tenantTruth(h, false));
  y += 12;
  d.t(LEFT, y, `Wohnung: ${addressOneLine(h, { abbrev: true })}`, { f, s: 9.5, fit: TEXTW });
  y += 12;
  d.t(LEFT, y, `Vermieter: ${h.landlord.name}`, { f, s: 9.5, fit: TEXTW });
  put(c, d, 'landlord', h.landlord.name);
  y += 22;
  y = d.para(LEFT, y, TEXTW, level === 'erinnerung'
    ? 'bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass Ihr Mietkonto folgenden Rückstand aufweist. Sicher handelt es sich um ein Versehen.'
    : 'trotz unserer Zahlungserinnerung ist der nachstehende Rückstand weiterhin offen. Wir fordern Sie letztmalig auf, den Betrag auszugleichen.', { f, s: 10 }) + 8;
  d.t(LEFT, y, `Ihre monatliche Miete: ${fmtMoney(h.rent, ms)}`, { f, s: 10 });
  put(c, d, 'monthlyRent', h.rent);
  y += 20;
  y = arrearsTable(d, c, y, f, ms);
  y = d.para(LEFT, y, TEXTW, `Bitte überweisen Sie den Betrag bis zum ${fmtDate(addDays(c.letterDate, level === 'erinnerung' ? 14 : 7), 'dmy')} auf das Konto IBAN ${h.landlord.iban}.${level === 'mahnung' ? ' Sollte der Rückstand nicht fristgerecht ausgeglichen werden, müssen wir das Mietverhältnis fristlos kündigen und Räumungsklage erheben.' : ''} Wenn Sie Leistungen vom Jobcenter beziehen, kann die Miete direkt an uns gezahlt werden.`, { f, s: 10 }) + 14;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, y + 30, `${sender} – Mietenbuchhaltung`, { f, s: 9.5 });
  return level === 'erinnerung' ? 'zahlungserinnerung' : 'mahnung';
}

/** Räumungsaufforderung after the termination */
export function raeumungsaufforderung(d: Doc, c: Ctx): string {
  const h = c.h;
  const f: FontKey = 'sans', fb: FontKey = 'sansB';
  const sender = landlordHead(d, c, f, fb, false);
  windowAddress(d, sender, tenantWindow(h), f);
  put(c, d, 'address', addressTruth(h));
  d.t(125 * MM, 55 * MM, fmtDate(c.letterDate, 'long'), { f, s: 9 });
  let y = 100 * MM;
  d.t(LEFT, y, 'Aufforderung zur Räumung und Herausgabe der Wohnung', { f: fb, s: 11 });
  y += 22;
  y = d.para(LEFT, y, TEXTW, `Sehr geehrte Damen und Herren,`, { f, s: 10 }) + 6;
  const hw = h.hilfsweise;
  y = d.para(LEFT, y, TEXTW, `mit Schreiben vom ${fmtDate(h.kuendigung, 'dmy')} hat die ${h.landlord.name} das Mietverhältnis mit ${allTenants(h)} über die Wohnung ${addressOneLine(h)} fristlos${hw ? ' und hilfsweise ordentlich' : ''} gekündigt.`, { f, s: 10 }) + 6;
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'tenants', tenantTruth(h, false));
  if (hw) put(c, d, 'ordinaryTermination', true);
  y = d.para(LEFT, y, TEXTW, `Der Mietrückstand beläuft sich inzwischen auf ${fmtMoney(h.arrears, 'eurSign')}. Wir fordern Sie auf, die Wohnung bis zum ${fmtDate(addDays(c.letterDate, 12), 'dmy')} vollständig geräumt und mit sämtlichen Schlüsseln zurückzugeben. Nach fruchtlosem Fristablauf werden wir gerichtliche Schritte einleiten.`, { f, s: 10 }) + 14;
  put(c, d, 'arrears', h.arrears);
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, y + 30, h.landlord.name, { f, s: 9.5 });
  return 'raeumungsaufforderung';
}

/** Jobcenter: Darlehen nach § 22 Abs. 8 SGB II */
export function jobcenterDarlehen(d: Doc, c: Ctx): string {
  const h = c.h;
  const a = h.authority;
  const f: FontKey = 'dvs', fb: FontKey = 'dvsB';
  d.t(LEFT, 36, a.jobcenter, { f: fb, s: 13 });
  d.t(LEFT, 52, `${a.jcStreet} · ${a.jcPlz} ${a.jcCity}`, { f, s: 8.5 });
  windowAddress(d, `${a.jobcenter} · ${a.jcStreet} · ${a.jcPlz} ${a.jcCity}`, tenantWindow(h), f);
  put(c, d, 'address', addressTruth(h));
  infoRows(d, [['Nummer der BG', h.bgnr], ['Kundennummer', h.kundennr], ['Datum', fmtDate(c.letterDate, 'dmy')], ['Telefon', `${a.jcCity === 'Dresden' ? '0351' : '0800'} ${c.r.int(100, 999)} ${c.r.int(1000, 9999)}`]], f);
  let y = 100 * MM;
  const kind = String(c.opt.jcKind ?? 'bescheid');
  d.t(LEFT, y, kind === 'bescheid' ? 'Bescheid über die Übernahme von Mietschulden als Darlehen' : 'Ihr Antrag auf Übernahme von Mietschulden – Anforderung von Unterlagen', { f: fb, s: 11, fit: TEXTW });
  y += 14;
  d.t(LEFT, y, '(§ 22 Abs. 8 SGB II)', { f, s: 9 });
  y += 20;
  y = d.para(LEFT, y, TEXTW, `Sehr geehrte Damen und Herren,`, { f, s: 10 }) + 4;
  y = d.para(LEFT, y, TEXTW, `Sie (${allTenants(h)}) haben am ${fmtDate(addDays(c.letterDate, -c.r.int(6, 20)), 'dmy')} die Übernahme Ihrer Mietschulden bei der ${h.landlord.name} beantragt. Nach Ihren Unterlagen beträgt die monatliche Miete ${fmtMoney(h.rent, 'eurSign')}; der Rückstand beläuft sich auf ${fmtMoney(h.arrears, 'eurSign')}.`, { f, s: 10 }) + 6;
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'monthlyRent', h.rent);
  put(c, d, 'arrears', h.arrears);
  if (kind === 'bescheid') {
    y = d.para(LEFT, y, TEXTW, `Der Betrag wird als Darlehen direkt an die Vermieterin überwiesen (IBAN ${h.landlord.iban}). Das Darlehen wird ab dem Folgemonat durch monatliche Aufrechnung in Höhe von 10 Prozent des maßgebenden Regelbedarfs getilgt (§ 42a SGB II).`, { f, s: 10 }) + 6;
    if (h.hilfsweise && c.opt.mentionOrd) {
      y = d.para(LEFT, y, TEXTW, 'Bitte beachten Sie: Die Vermieterin hat neben der fristlosen hilfsweise auch die ordentliche Kündigung erklärt. Die Übernahme der Rückstände beseitigt nur die fristlose Kündigung. Wenden Sie sich wegen der ordentlichen Kündigung bitte umgehend an die Fachstelle.', { f, s: 10 }) + 6;
      put(c, d, 'ordinaryTermination', true);
    }
  } else {
    y = d.para(LEFT, y, TEXTW, 'Zur Prüfung benötigen wir bis zum angegebenen Termin: Mietvertrag, Kündigungsschreiben, aktuelle Mietkontoübersicht, Kontoauszüge der letzten drei Monate.', { f, s: 10 }) + 6;
  }
  y = d.para(LEFT, y, TEXTW, 'Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.', { f, s: 9 }) + 12;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, y + 14, 'Im Auftrag', { f, s: 10 });
  d.t(LEFT, y + 40, `${c.r.pick(['Schönfelder', 'Hartig', 'Ullmann', 'Kirsten'])}`, { f, s: 10 });
  d.t(LEFT, y + 60, `Durchschrift: ${FACHSTELLE.name}`, { f, s: 8.5 });
  return kind === 'bescheid' ? 'jobcenter-darlehen' : 'jobcenter-unterlagen';
}

function infoRows(d: Doc, rows: [string, string][], f: FontKey): void {
  let y = 50 * MM;
  for (const [k, v] of rows) {
    d.t(125 * MM, y, k, { f, s: 7.5 });
    d.t(152 * MM, y, v, { f, s: 8.5, fit: RIGHT - 152 * MM });
    y += 11;
  }
}

/** Sozialamt letter to the Fachstelle (§ 36 SGB XII) */
export function sozialamtBrief(d: Doc, c: Ctx): string {
  const h = c.h;
  const a = h.authority;
  const f: FontKey = 'serif', fb: FontKey = 'serifB';
  d.t(LEFT, 34, a.sozial, { f: fb, s: 13 });
  d.t(LEFT, 50, a.sozialDept, { f, s: 10 });
  windowAddress(d, `${a.sozial} · ${a.soStreet} · ${a.soPlz} ${a.soCity}`, [FACHSTELLE.name, FACHSTELLE.carrier, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.city}`], f);
  infoRows(d, [['Aktenzeichen', `50.2-${c.r.int(1000, 9999)}/${c.letterDate.slice(2, 4)}`], ['Datum', fmtDate(c.letterDate, 'dmy')], ['Zimmer', `${c.r.int(1, 4)}.${c.r.int(10, 40)}`]], f);
  let y = 100 * MM;
  d.t(LEFT, y, 'Sicherung der Unterkunft nach § 36 SGB XII', { f: fb, s: 11 });
  y += 20;
  y = d.para(LEFT, y, TEXTW, 'Sehr geehrte Kolleginnen und Kollegen,', { f, s: 10.5 }) + 4;
  const tn = h.tenants.map((p) => `${personName(p, 'herrFrau')}`).join(', ');
  y = d.para(LEFT, y, TEXTW, `wir bitten um Kontaktaufnahme mit ${tn.replace(/^Herr /, 'Herrn ')}, wohnhaft ${addressOneLine(h)}. Die Vermieterin ${h.landlord.name} hat wegen eines Rückstands von ${fmtMoney(h.arrears, 'eurCode')} gekündigt; die monatliche Miete beträgt ${fmtMoney(h.rent, 'eurCode')}.`, { f, s: 10.5 }) + 6;
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'address', addressTruth(h));
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'arrears', h.arrears);
  put(c, d, 'monthlyRent', h.rent);
  y = d.para(LEFT, y, TEXTW, 'Eine Übernahme der Mietschulden als Beihilfe oder Darlehen kommt in Betracht, wenn die Wohnung dadurch dauerhaft gesichert werden kann. Bitte teilen Sie uns das Ergebnis Ihres Hausbesuchs mit.', { f, s: 10.5 }) + 14;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10.5 });
  d.t(LEFT, y + 30, c.r.pick(['Fr. Wetzig', 'Hr. Leubner', 'Fr. Queck']), { f, s: 10 });
  return 'sozialamt-bitte';
}

// ------------------------------------------------------------------------------------
export interface Forwarded { typeLabel: string; date: string; az: string | null; court: string | null }

/** cover letter on page 1: the forwarded document follows (or is missing) */
export function cover(d: Doc, c: Ctx, fw: Forwarded, withoutEnclosure: boolean): string {
  const h = c.h;
  const a = h.authority;
  const who = String(c.opt.coverBy ?? 'jobcenter');
  const r = new Rng(`cover:${who}:${a.jobcenter}`);
  const f: FontKey = who === 'jobcenter' ? 'dvs' : who === 'sozialamt' ? 'serif' : 'narrow';
  const fb: FontKey = who === 'jobcenter' ? 'dvsB' : who === 'sozialamt' ? 'serifB' : 'narrowB';
  const coverDate = String(c.opt.coverDate ?? c.letterDate);
  let name: string;
  let ret: string;
  if (who === 'jobcenter') {
    d.t(LEFT, 36, a.jobcenter, { f: fb, s: 14 });
    d.t(LEFT, 54, 'Team Leistung / Kosten der Unterkunft', { f, s: 9 });
    ret = `${a.jobcenter} · ${a.jcStreet} · ${a.jcPlz} ${a.jcCity}`;
    name = 'jobcenter';
  } else if (who === 'sozialamt') {
    d.t(LEFT, 34, a.sozial, { f: fb, s: 13 });
    d.t(LEFT, 50, a.sozialDept, { f, s: 10 });
    d.t(LEFT, 62, `${a.soStreet}, ${a.soPlz} ${a.soCity}`, { f, s: 8.5 });
    ret = `${a.sozial} · ${a.soStreet} · ${a.soPlz} ${a.soCity}`;
    name = 'sozialamt';
  } else {
    d.t(LEFT, 36, a.ordnung.split(', ')[0] ?? a.ordnung, { f: fb, s: 13 });
    d.t(LEFT, 52, a.ordnung.split(', ')[1] ?? 'Ordnungsamt', { f, s: 9.5 });
    ret = a.ordnung;
    name = 'stadt';
  }
  windowAddress(d, ret, [FACHSTELLE.name, `Träger: ${FACHSTELLE.carrier}`, FACHSTELLE.street, `${FACHSTELLE.plz} ${FACHSTELLE.city}`], f);
  const rows: [string, string][] = who === 'jobcenter'
    ? [['BG-Nummer', h.bgnr], ['Kundennummer', h.kundennr], ['Datum', fmtDate(coverDate, 'dmy')], ['Telefon', `${r.int(100, 999)} ${r.int(1000, 9999)}-${r.int(10, 99)}`], ['Telefax', `${r.int(100, 999)} ${r.int(1000, 9999)}-99`]]
    : [['Unser Zeichen', `${who === 'sozialamt' ? '50' : '32'}.${r.int(1, 9)}-${c.r.int(100, 999)}`], ['Datum', fmtDate(coverDate, 'dmy')], ['Bearbeitung', c.r.pick(['Fr. Rother', 'Hr. Kämpfe', 'Fr. Dittrich'])]];
  infoRows(d, rows, f);
  let y = 100 * MM;
  if (who === 'stadt') {
    d.t(LEFT, y, 'Übersendungsvermerk', { f: fb, s: 12 });
    y += 22;
    d.t(LEFT, y, `Anbei erhalten Sie: ${fw.typeLabel} vom ${fmtDate(fw.date, 'dmy')}${fw.az ? ` (${fw.az})` : ''}`, { f, s: 10, fit: TEXTW });
    y += 20;
    for (const [on, s] of [[true, 'zur Kenntnisnahme'], [true, 'zur weiteren Veranlassung (Kontaktaufnahme mit dem Haushalt)'], [false, 'mit der Bitte um Rückgabe'], [c.r.chance(0.5), 'mit der Bitte um Stellungnahme bis zum ' + fmtDate(addDays(coverDate, 14), 'dmy')]] as [boolean, string][]) {
      d.box(LEFT, y + 1, on);
      d.t(LEFT + 14, y, s, { f, s: 10 });
      y += 16;
    }
    y += 10;
    d.t(LEFT, y, `Betroffener Haushalt: ${h.tenants[0] ? personName(h.tenants[0], 'surnameFirst') : ''}${h.tenants.length > 1 ? ' u. a.' : ''}`, { f, s: 10 });
    y += 30;
    d.t(LEFT, y, 'Im Auftrag', { f, s: 10 });
    d.t(LEFT, y + 26, c.r.pick(['Lötzsch', 'Ziesche', 'Franke']), { f, s: 10 });
    return `anschreiben-${name}`;
  }
  d.t(LEFT, y, `Weiterleitung: ${fw.typeLabel}${fw.court ? ` des ${fw.court.replace('Amtsgericht', 'Amtsgerichts')}` : ''}`, { f: fb, s: 11, fit: TEXTW });
  y += 14;
  if (fw.az) { d.t(LEFT, y, `Aktenzeichen ${fw.az} – Haushalt ${h.tenants[0]?.surname ?? ''}`, { f: fb, s: 10 }); y += 14; }
  y += 10;
  y = d.para(LEFT, y, TEXTW, 'Sehr geehrte Damen und Herren,', { f, s: 10 }) + 4;
  const hh = h.tenants[0];
  const txt = withoutEnclosure
    ? `in der Anlage übersenden wir Ihnen die uns am ${fmtDate(addDays(fw.date, 2), 'dmy')} zugegangene Mitteilung zum Haushalt ${hh ? personName(hh, 'herrFrau').replace(/^Herr /, 'Herrn ') : ''}${h.tenants.length > 1 ? ` und weitere Personen` : ''}, wohnhaft ${addressOneLine(h)}, mit der Bitte um Übernahme des Falls im Rahmen der vereinbarten Präventionsarbeit.`
    : `in der Anlage übersenden wir Ihnen die uns am ${fmtDate(addDays(fw.date, 2), 'dmy')} zugegangene Mitteilung mit der Bitte um Kontaktaufnahme im Rahmen der vereinbarten Präventionsarbeit. Der Haushalt bezieht laufende Leistungen; die Kosten der Unterkunft werden derzeit ${c.r.pick(['an die Leistungsberechtigten', 'direkt an die Vermieterin'])} gezahlt.`;
  y = d.para(LEFT, y, TEXTW, txt, { f, s: 10 }) + 6;
  if (withoutEnclosure) {
    put(c, d, 'tenants', [{ name: hh ? `${hh.given} ${hh.surname}` : '', birthDate: null }]);
    put(c, d, 'address', addressTruth(h));
  }
  y = d.para(LEFT, y, TEXTW, 'Bitte informieren Sie uns über das Ergebnis Ihrer Beratung, insbesondere, ob ein Antrag auf Übernahme der Mietschulden gestellt wird.', { f, s: 10 }) + 10;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, y + 14, 'Im Auftrag', { f, s: 10 });
  d.t(LEFT, y + 40, c.r.pick(['Meinhold', 'Jentzsch', 'Schurig', 'Roitzsch']), { f, s: 10 });
  const blatt = Number(c.opt.enclosed ?? 0);
  d.t(LEFT, y + 64, `Anlage: ${fw.typeLabel}${withoutEnclosure || blatt < 1 ? '' : ` (${blatt} Blatt)`}`, { f, s: 9 });
  footerLine(d, [who === 'jobcenter' ? `${a.jobcenter} · ${a.jcStreet} · ${a.jcPlz} ${a.jcCity} · Öffnungszeiten Mo, Di, Do 8–12 Uhr` : `${a.sozial} · ${a.soStreet} · ${a.soPlz} ${a.soCity}`], f);
  return `anschreiben-${name}`;
}

export { azPrint, courtName };
