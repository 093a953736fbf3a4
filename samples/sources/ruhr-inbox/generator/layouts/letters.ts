import { LAWYERS } from '../data.js';
import { addDays, addMonths, dLong, dmy, fmtMoney, fullName, salutation, sameFamily } from '../format.js';
import type { Household } from '../model.js';
import { Sheet, type FontName } from '../sheet.js';
import { letterAmounts } from '../truth.js';
import { block, flatLines, flatOneLine, labelled, type Ctx } from './common.js';

/** Landlords' and their lawyers' letters: termination (fristlose Kündigung) and reminders. */

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function monthName(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

/** Tenant address block at the flat: the letter goes to the tenants. */
function tenantWindow(ctx: Ctx): string[] {
  const hh = ctx.hh;
  const names = sameFamily(hh.tenants)
    ? [`${hh.tenants[0]?.gender === 'f' || hh.tenants[1]?.gender === 'f' ? 'Eheleute' : 'Familie'} ${hh.tenants.map((t) => t.given).join(' und ')} ${hh.tenants[0]?.family ?? ''}`]
    : hh.tenants.map((t) => `${salutation(t, true)} ${fullName(t)}`);
  return [...names, ...flatLines(ctx, { abbr: ctx.rng.chance(0.5), additionInline: false })];
}

function greeting(hh: Household): string {
  const parts = hh.tenants.map((t) => (t.gender === 'f' ? `sehr geehrte Frau ${t.family}` : `sehr geehrter Herr ${t.family}`)).join(', ');
  return `S${parts.slice(1)},`;
}

function ordinaryDate(letterDate: string): string {
  return addDays(addMonths(`${letterDate.slice(0, 7)}-01`, 4), -1);
}

interface TermStyle {
  font: FontName;
  bold: FontName;
  money: 'eur-sign' | 'eur' | 'sign-first' | 'euro-plain' | 'eur-short';
}

/** Body of a termination; returns y. `we` is the writer's voice. */
function terminationBody(s: Sheet, ctx: Ctx, y: number, st: TermStyle, we: { subj: string; poss: string; client: string | null }): number {
  const { hh, spec, p } = ctx;
  const arr = letterAmounts(spec).arrears;
  const months = Math.max(2, Math.round(arr / hh.monthlyRent));
  const first = addMonths(`${spec.letterDate.slice(0, 7)}-01`, -months);
  const flat = flatOneLine(ctx, false, false);
  p.rent = ctx.rng.chance(0.75);
  p.arrears = true;
  p.ordinary = hh.ordinaryTermination;
  const W = 165;
  if (we.client) y = s.para(25, y, W, `${greeting(hh)}\nhiermit zeigen wir an, dass wir ${we.client} anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.`) + 2;
  else y = s.para(25, y, W, greeting(hh)) + 1;
  y = s.para(25, y, W, `trotz Mahnung ${we.subj === 'wir' ? 'haben wir' : 'ist'} für die Monate ${monthName(first)} bis ${monthName(addMonths(first, months - 1))} ${we.subj === 'wir' ? 'keinen vollständigen Mieteingang feststellen können' : 'kein vollständiger Mieteingang festzustellen'}. Der Rückstand beläuft sich derzeit auf ${fmtMoney(arr, st.money)} und übersteigt damit zwei Monatsmieten.`) + 2;
  if (p.rent) y = s.para(25, y, W, `Die monatliche Miete einschließlich Vorauszahlungen beträgt ${fmtMoney(hh.monthlyRent, st.money)}.`) + 2;
  y = s.para(25, y, W, `${we.client ? 'Namens und in Vollmacht unserer Partei kündigen wir' : we.subj === 'ich' ? 'Ich kündige' : 'Wir kündigen'} daher das Mietverhältnis über die Wohnung ${flat} fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB i. V. m. § 569 Abs. 3 BGB.`, { font: st.bold }) + 2;
  if (hh.ordinaryTermination) y = s.para(25, y, W, `Hilfsweise ${we.subj === 'ich' ? 'kündige ich' : 'kündigen wir'} das Mietverhältnis ordentlich unter Einhaltung der gesetzlichen Frist zum ${dmy(ordinaryDate(spec.letterDate))} (§ 573 Abs. 2 Nr. 1 BGB).`) + 2;
  y = s.para(25, y, W, `${we.subj === 'ich' ? 'Ich fordere' : 'Wir fordern'} Sie auf, die Wohnung bis spätestens ${dmy(addDays(spec.letterDate, 14))} geräumt zurückzugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB wird widersprochen. Sollte die Räumung nicht erfolgen, wird Räumungsklage erhoben.`) + 2;
  y = s.para(25, y, W, 'Wir weisen darauf hin, dass die fristlose Kündigung unwirksam werden kann, wenn der Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage vollständig ausgeglichen wird oder sich eine öffentliche Stelle zur Zahlung verpflichtet.', { size: 9 }) + 4;
  return y;
}

export function aggertalLetter(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const l = hh.landlord;
  const s = new Sheet();
  s.base = { font: 'sans', size: 9.5, color: '#000000' };
  s.rect(25, 10, 14, 14, { fill: '#1f4e79', stroke: null });
  s.text(42, 11, 'Wohnungsbaugenossenschaft', { font: 'sans-b', size: 11, color: '#1f4e79' });
  s.text(42, 17, 'Aggertal-Leppe eG', { font: 'sans-b', size: 11, color: '#1f4e79' });
  s.text(25, 46, `${l.name} · ${l.street} · ${l.postalCode} ${l.city}`, { size: 6.5 });
  block(s, 25, 52, tenantWindow(ctx));
  const mk = `${rng.int(100, 999)}.${rng.int(10, 99)}.${rng.int(1, 9)}`;
  block(s, 140, 50, ['Mitgliedsnr. / Mietkonto', mk, '', 'Ansprechpartnerin', 'Frau Stamm', `Tel. ${l.phone}`, '', `Engelskirchen, ${dmy(spec.letterDate)}`], { size: 8.5 });
  let y = 102;
  if (spec.base === 'reminder') {
    s.text(25, y, '2. Mahnung – Mietrückstand', { font: 'sans-b', size: 11 });
    y = s.para(25, y + 9, 165, `${greeting(hh)}\nauf Ihrem Mietkonto für die Wohnung ${flatOneLine(ctx, true)} sind folgende Beträge offen:`) + 2;
    y = arrearsTable(s, ctx, y, 'eur-sign');
    p.rent = true;
    p.ordinary = null;
    y = s.para(25, y + 3, 165, `Bitte überweisen Sie den offenen Betrag bis zum ${dmy(addDays(spec.letterDate, 10))}. Sollten Sie Unterstützung benötigen, wenden Sie sich bitte frühzeitig an uns oder an das Jobcenter. Andernfalls müssen wir das Nutzungsverhältnis kündigen.`) + 6;
  } else {
    s.text(25, y, `Fristlose Kündigung${hh.ordinaryTermination ? ', hilfsweise ordentliche Kündigung' : ''} des Dauernutzungsvertrages`, { font: 'sans-b', size: 10.5 });
    s.text(25, y + 5, `Mietkonto ${mk}`, { size: 9 });
    y = terminationBody(s, ctx, y + 13, { font: 'sans', bold: 'sans-b', money: 'eur-sign' }, { subj: 'wir', poss: 'unser', client: null });
  }
  s.text(25, y, 'Mit freundlichen Grüßen');
  s.text(25, y + 5, l.name);
  s.text(25, y + 16, 'i. A. Stamm          ppa. Dr. Leineweber', { size: 9 });
  s.line(25, 272, 190, 272, 0.3);
  block(s, 25, 274, [`Sitz: ${l.city} · Genossenschaftsregister AG Köln GnR 412`, `Vorstand: Petra Lammert, Holger Kuhl`], { size: 6.5 });
  block(s, 112, 274, ['Kreissparkasse Köln', `IBAN ${l.iban}`], { size: 6.5 });
  block(s, 165, 274, ['Sprechzeiten:', 'Mo–Do 9–12 Uhr'], { size: 6.5 });
  return s;
}

/** Monthly arrears table summing to the letter's amount. */
function arrearsTable(s: Sheet, ctx: Ctx, y: number, money: 'eur-sign' | 'eur'): number {
  const { hh, spec } = ctx;
  const total = letterAmounts(spec).arrears;
  const n = Math.ceil(total / hh.monthlyRent);
  s.row(y, [{ x: 30, str: 'Monat', style: { font: 'sans-b', size: 9 } }, { x: 110, str: 'Soll', style: { font: 'sans-b', size: 9 }, right: true }, { x: 140, str: 'gezahlt', style: { font: 'sans-b', size: 9 }, right: true }, { x: 170, str: 'offen', style: { font: 'sans-b', size: 9 }, right: true }]);
  s.line(30, y + 4.5, 172, y + 4.5, 0.4);
  y += 6;
  for (let i = 0; i < n; i++) {
    const open = i < n - 1 ? hh.monthlyRent : total - (n - 1) * hh.monthlyRent;
    const m = addMonths(`${spec.letterDate.slice(0, 7)}-01`, i - n + 1);
    s.row(y, [{ x: 30, str: monthName(m) }, { x: 110, str: fmtMoney(hh.monthlyRent, money), right: true }, { x: 140, str: fmtMoney(hh.monthlyRent - open, money), right: true }, { x: 170, str: fmtMoney(open, money), right: true }]);
    y += 5;
  }
  s.line(30, y, 172, y, 0.4);
  s.row(y + 1.5, [{ x: 30, str: 'Gesamtrückstand', style: { font: 'sans-b' } }, { x: 170, str: fmtMoney(total, money), style: { font: 'sans-b' }, right: true }]);
  s.mark({ x: 150, y: y + 1.5, w: 22, h: 5 });
  s.text(30, y + 7, `zzgl. Mahngebühr ${fmtMoney(500, money)}`, { size: 8 });
  return y + 13;
}

export function emscherblickLetter(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const l = hh.landlord;
  const s = new Sheet();
  s.base = { font: 'lib', size: 10, color: '#000000' };
  s.right(188, 12, l.name.replace(' GmbH', ''), { font: 'lib-b', size: 16, color: '#2e7d32' });
  s.right(188, 20, 'Wohnen im Revier – seit 1952', { font: 'lib-i', size: 8, color: '#2e7d32' });
  s.text(22, 46, `${l.name} | ${l.street} | ${l.postalCode} ${l.city}`, { size: 6.5 });
  block(s, 22, 52, tenantWindow(ctx));
  const vn = `${rng.int(10, 99)}-${rng.int(1000, 9999)}-${rng.int(10, 99)}`;
  let y = labelled(s, 52, 128, 158, 'Vertrags-Nr.', [vn], { label: { size: 8 }, value: { size: 9 } });
  y = labelled(s, y, 128, 158, 'Kundencenter', ['Buer-Mitte'], { label: { size: 8 }, value: { size: 9 } });
  y = labelled(s, y, 128, 158, 'Telefon', [l.phone], { label: { size: 8 }, value: { size: 9 } });
  labelled(s, y, 128, 158, 'Datum', [dmy(spec.letterDate)], { label: { size: 8 }, value: { size: 9 } });
  y = 100;
  if (spec.base === 'reminder') {
    s.text(22, y, 'Zahlungserinnerung', { font: 'lib-b', size: 12 });
    p.rent = false;
    p.ordinary = null;
    const arr = letterAmounts(spec).arrears;
    y = s.para(22, y + 9, 166, `${greeting(hh)}\nleider konnten wir für Ihre Wohnung ${flatOneLine(ctx, true)} bis heute keinen vollständigen Zahlungseingang feststellen. Ihr Mietkonto weist einen Rückstand von ${fmtMoney(arr, 'eur')} aus.`) + 3;
    s.mark({ x: 22, y: y - 8, w: 100, h: 5 });
    y = s.para(22, y, 166, `Bitte gleichen Sie den Betrag bis zum ${dmy(addDays(spec.letterDate, 14))} aus. Beziehen Sie Leistungen vom Jobcenter, kann die Miete direkt an uns überwiesen werden. Unsere Sozialberatung erreichen Sie unter 0209 38 06-177.`) + 6;
  } else {
    s.text(22, y, 'Außerordentliche fristlose Kündigung wegen Zahlungsverzugs', { font: 'lib-b', size: 11 });
    y = terminationBody(s, ctx, y + 9, { font: 'lib', bold: 'lib-b', money: 'eur' }, { subj: 'wir', poss: 'unser', client: null });
  }
  s.text(22, y, 'Freundliche Grüße');
  s.text(22, y + 5, l.name);
  s.text(22, y + 15, 'Forderungsmanagement', { size: 9 });
  s.line(22, 274, 188, 274, 0.3);
  block(s, 22, 276, [`Geschäftsführung: Ralf Terhorst · AG Gelsenkirchen HRB 9921`], { size: 6.5 });
  block(s, 120, 276, [`Sparkasse Gelsenkirchen · IBAN ${l.iban}`], { size: 6.5 });
  return s;
}

export function lawyerLetter(ctx: Ctx): Sheet {
  const { hh, spec, rng } = ctx;
  const key = hh.landlord.lawyer === 'ra-oezdemir' ? 'ra-oezdemir' : 'ra-hesse';
  const law = LAWYERS[key];
  const s = new Sheet();
  const serif = key === 'ra-hesse';
  s.base = { font: serif ? 'serif' : 'sans', size: 10, color: '#000000' };
  if (serif) {
    s.center(105, 12, 'HESSE · BRANDT & PARTNER', { font: 'serif-b', size: 15 });
    s.center(105, 19, 'Rechtsanwälte mbB · Fachanwälte für Miet- und WEG-Recht', { size: 8 });
  } else {
    s.text(25, 12, 'ÖZDEMIR & VOGT', { font: 'sans-b', size: 15, color: '#7b1f1f' });
    s.text(25, 19, 'Rechtsanwälte', { size: 9, color: '#7b1f1f' });
  }
  block(s, 150, 28, [law.attorney.replace(/^Rechtsanw(a|ä)lt(in)? /, ''), law.attorney.split(' ')[0] ?? '', '', law.street, `${law.postalCode} ${law.city}`, `Tel. ${law.phone}`], { size: 7.5 });
  s.text(25, 46, `${law.short} · ${law.street} · ${law.postalCode} ${law.city}`, { size: 6.5 });
  block(s, 25, 52, tenantWindow(ctx));
  const ref = `${rng.int(100, 980)}/${spec.letterDate.slice(2, 4)} ${serif ? 'He' : 'Öz'}/${rng.pick(['ks', 'mb', 'ts'])}`;
  block(s, 150, 76, [`Unser Zeichen: ${ref}`, `${law.city}, ${dmy(spec.letterDate)}`], { size: 8.5 });
  const client = hh.landlord.person ? `${hh.landlord.name.startsWith('Hannelore') ? 'Frau' : 'Herrn'} ${hh.landlord.name}` : `die ${hh.landlord.name}`;
  let y = s.para(25, 94, 165, `${hh.landlord.name} ./. ${hh.tenants.map(fullName).join(', ')}`, { font: serif ? 'serif-b' : 'sans-b' }, 1.2);
  y = s.para(25, y, 165, `Mietverhältnis ${flatOneLine(ctx, true, false)}`, { size: 9 }) + 3;
  y = terminationBody(s, ctx, y, { font: serif ? 'serif' : 'sans', bold: serif ? 'serif-b' : 'sans-b', money: serif ? 'eur-sign' : 'eur-short' }, { subj: 'partei', poss: 'unser', client });
  y = s.para(25, y, 165, `Zahlungen leisten Sie bitte ausschließlich auf unser Anderkonto IBAN ${law.iban}.`, { size: 9 }) + 4;
  s.text(25, y, 'Mit freundlichen Grüßen');
  s.text(25, y + 14, law.attorney);
  return s;
}

export function privateLetter(ctx: Ctx): Sheet {
  const { hh, spec } = ctx;
  const l = hh.landlord;
  const s = new Sheet();
  s.base = { font: 'mono', size: 10, color: '#1a1a1a' };
  block(s, 25, 15, [l.name, l.street, `${l.postalCode} ${l.city}`, `Tel.: ${l.phone}`]);
  block(s, 25, 50, tenantWindow(ctx));
  s.right(185, 85, `${l.city}, den ${dLong(spec.letterDate)}`);
  let y = s.para(25, 96, 160, `Kündigung Ihrer Wohnung ${flatOneLine(ctx, false, false)}`, { font: 'mono-b' }) + 4;
  y = terminationBody(s, ctx, y, { font: 'mono', bold: 'mono-b', money: 'euro-plain' }, { subj: 'ich', poss: 'mein', client: null });
  y = s.para(25, y, 160, `Die Miete ist weiter auf mein Konto ${l.iban} zu zahlen.`) + 6;
  s.text(25, y, 'Mit freundlichen Grüßen');
  s.text(25, y + 16, l.name);
  return s;
}
