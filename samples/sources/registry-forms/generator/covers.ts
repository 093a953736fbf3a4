/** Benefits authorities: cover letters that forward a notice, cover letters found alone, and their own letters. */
import { CONTENT_W, LEFT, RIGHT, footer, returnLine } from './common.js';
import { addDays, dmy, money } from './fmt.js';
import { fileNumber, type DocPlan, type Household } from './model.js';
import { oneLineAddress, printName, truthAddress, truthTenants } from './parties.js';
import type { Rng } from './rng.js';
import { COURTS, SERVICE, type Authority } from './senders.js';
import { courtName, emptyTruth, type Ctx, type Layout, type TruthFields } from './truth.js';
import { mm, type FontKey, type Writer } from './writer.js';

interface AuthStyle { font: FontKey; bold: FontKey; team: string; phone: string; numberLabel: string; numberFmt: (r: Rng) => string }

const STYLES: Record<string, AuthStyle> = {
  'jobcenter-oberberg': { font: 'sans', bold: 'sansB', team: 'Team 412 – Leistungsgewährung', phone: '02261 3030-', numberLabel: 'BG-Nummer', numberFmt: (r) => `34102//00${r.int(10000, 99999)}` },
  'sozialamt-obk': { font: 'serif', bold: 'serifB', team: 'Sachgebiet Hilfe zum Lebensunterhalt', phone: '02261 88-', numberLabel: 'Aktenzeichen', numberFmt: (r) => `50.2-${r.int(100, 999)}/${r.int(10, 99)}` },
  'jobcenter-rhein-sieg': { font: 'cond', bold: 'condB', team: 'Team Kosten der Unterkunft', phone: '02241 2409-', numberLabel: 'Kundennummer', numberFmt: (r) => `${r.int(100, 999)}D${r.int(100000, 999999)}` },
  'kv-neuwied': { font: 'lib', bold: 'libB', team: 'Referat Soziales – Wohnungssicherung', phone: '02631 803-', numberLabel: 'Unser Zeichen', numberFmt: (r) => `SO-${r.int(1000, 9999)}` },
};

function style(a: Authority): AuthStyle {
  const s = STYLES[a.key];
  if (!s) throw new Error(`no style for ${a.key}`);
  return s;
}

function head(w: Writer, a: Authority, st: AuthStyle, date: string, rng: Rng, withNumber: boolean): void {
  w.lines(RIGHT - 180, 34, a.lines, { font: st.bold, size: 10 });
  w.lines(RIGHT - 180, 34 + a.lines.length * 12.5 + 4, [st.team, a.street, `${a.postalCode} ${a.city}`], { font: st.font, size: 8 });
  returnLine(w, mm(46), `${a.name} · ${a.street} · ${a.postalCode} ${a.city}`, st.font);
  w.lines(LEFT, mm(52), [...SERVICE.lines, SERVICE.street, `${SERVICE.postalCode} ${SERVICE.city}`], { font: st.font, size: 10 });
  let y = mm(52);
  const ix = mm(128);
  if (withNumber) y = w.row(ix, ix + 84, y, `${st.numberLabel}:`, st.numberFmt(rng), { font: st.font, size: 8.5 });
  y = w.row(ix, ix + 84, y, 'Ansprechpartner:', rng.pick(['Frau Oberdörster', 'Herr Yüksel', 'Frau Brenner-Koch', 'Herr Lichtenberg']), { font: st.font, size: 8.5 });
  y = w.row(ix, ix + 84, y, 'Telefon:', `${st.phone}${rng.int(100, 999)}`, { font: st.font, size: 8.5 });
  w.row(ix, ix + 84, y, 'Datum:', dmy(date), { font: st.font, size: 8.5 });
}

function tenantsLine(h: Household): string {
  return h.tenants.map((p) => printName(p, {})).join(', ');
}

/** Page 1 of a forwarded copy: the authority's cover letter. */
export function drawCover(w: Writer, plan: DocPlan, rng: Rng, what: string): void {
  const h = plan.household;
  const a = h.authority;
  const st = style(a);
  const date = addDays(plan.letterDate, rng.int(2, 6));
  head(w, a, st, date, rng, true);
  let y = mm(100);
  y = w.para(LEFT, y, CONTENT_W, `Weiterleitung: ${what}`, { font: st.bold, size: 10.5 }) + 1;
  w.text(LEFT, y, `Betroffener Haushalt: ${h.tenants[0]?.family ?? ''}${rng.chance(0.5) ? `, ${h.flat.city}` : ''}`, { font: st.font, size: 10 });
  y += 24;
  const f = { font: st.font, size: 10, gap: 1.4 };
  y = w.para(LEFT, y, CONTENT_W, 'Sehr geehrte Damen und Herren,', f) + 6;
  y = w.para(LEFT, y, CONTENT_W, `anbei erhalten Sie die bei uns am ${dmy(addDays(plan.letterDate, rng.int(1, 3)))} eingegangene Unterlage mit der Bitte um Kontaktaufnahme im Rahmen der Vereinbarung zur Wohnraumsicherung. Eine Übernahme von Mietschulden ist bisher nicht beantragt. Bitte teilen Sie uns das Ergebnis Ihrer Beratung mit.`, f) + 6;
  y = w.para(LEFT, y, CONTENT_W, 'Die Übermittlung erfolgt nach § 69 Abs. 1 Nr. 1 SGB X. Die Daten dürfen nur zu diesem Zweck verwendet werden.', f) + 16;
  y = w.para(LEFT, y, CONTENT_W, 'Mit freundlichen Grüßen', f) + 4;
  w.para(LEFT, y, CONTENT_W, 'Im Auftrag', f);
  w.text(LEFT, mm(270), `Anlage: ${what} (${rng.int(1, 2)} Blatt)`, { font: st.font, size: 9 });
  footer(w, [[`Besuchszeiten: Mo, Di, Fr 8.00 – 12.00 Uhr`], [`${a.street}, ${a.postalCode} ${a.city}`]], st.font, 800, 6.5);
}

/** A cover letter found without its attachment (type other): names the court case. */
export function coverOnlyLayout(a: Authority): Layout {
  return {
    name: `${a.key}-anschreiben`,
    render({ w, h, rng, plan }: Ctx): TruthFields {
      const st = style(a);
      const withAddr = rng.chance(0.6);
      const t: TruthFields = {
        ...emptyTruth(), court: courtName(h.court), fileNumber: fileNumber(h.fileNo), tenants: truthTenants(h.tenants, false),
        address: withAddr ? truthAddress(h.flat) : null,
      };
      const date = addDays(plan.letterDate, rng.int(2, 6));
      head(w, a, st, date, rng, true);
      let y = mm(100);
      w.text(LEFT, y, 'Räumungsklage – Bitte um Unterstützung des Haushalts', { font: st.bold, size: 10.5 });
      y += 26;
      const f = { font: st.font, size: 10, gap: 1.4 };
      y = w.para(LEFT, y, CONTENT_W, 'Sehr geehrte Damen und Herren,', f) + 6;
      y = w.para(LEFT, y, CONTENT_W, `das ${courtName(h.court)} hat uns mit Schreiben vom ${dmy(plan.letterDate)} (Az. ${fileNumber(h.fileNo)}) über eine Räumungsklage gegen ${tenantsLine(h)}${withAddr ? `, ${oneLineAddress(h.flat)}` : ''} informiert. Die Mitteilung fügen wir in Kopie bei.`, f) + 6;
      y = w.para(LEFT, y, CONTENT_W, 'Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen. Für Rückfragen stehen wir gern zur Verfügung.', f) + 16;
      w.para(LEFT, y, CONTENT_W, 'Mit freundlichen Grüßen', f);
      w.text(LEFT, mm(270), 'Anlage: Mitteilung des Amtsgerichts', { font: st.font, size: 9 });
      footer(w, [[`Besuchszeiten: Mo, Di, Fr 8.00 – 12.00 Uhr`], [`${a.street}, ${a.postalCode} ${a.city}`]], st.font, 800, 6.5);
      void COURTS;
      return t;
    },
  };
}

/** The authority's own letter about rent debts before any claim (type other). */
export function authorityLetterLayout(a: Authority): Layout {
  return {
    name: `${a.key}-mietschulden`,
    render({ w, h, rng, plan }: Ctx): TruthFields {
      const st = style(a);
      const mentions = rng.chance(0.6);
      const t: TruthFields = {
        ...emptyTruth(), tenants: truthTenants(h.tenants, false), address: truthAddress(h.flat), landlord: h.landlord.name,
        monthlyRent: h.rent, arrears: h.arrears, ordinaryTermination: mentions && h.ordinaryTermination ? true : null,
      };
      head(w, a, st, plan.letterDate, rng, true);
      let y = mm(100);
      w.text(LEFT, y, 'Drohender Wohnungsverlust – Mietschulden', { font: st.bold, size: 10.5 });
      y += 26;
      const f = { font: st.font, size: 10, gap: 1.4 };
      y = w.para(LEFT, y, CONTENT_W, 'Sehr geehrte Damen und Herren,', f) + 6;
      y = w.para(LEFT, y, CONTENT_W, `${tenantsLine(h)}, wohnhaft ${oneLineAddress(h.flat, { abbr: true })}, ${h.tenants.length > 1 ? 'haben' : 'hat'} bei uns die Kündigung des Vermieters ${h.landlord.name} vom ${dmy(h.terminationDate)} vorgelegt.${mentions ? (h.ordinaryTermination ? ' Die Kündigung ist fristlos, hilfsweise ordentlich erklärt.' : ' Die Kündigung wurde fristlos ausgesprochen.') : ''}`, f) + 6;
      y = w.para(LEFT, y, CONTENT_W, `Nach den vorgelegten Unterlagen beträgt die Gesamtmiete ${money(h.rent, 'eur-suffix')} monatlich; der Rückstand beläuft sich auf ${money(h.arrears, 'eur-suffix')}. Als angemessen gelten nach unserer Richtlinie Kosten der Unterkunft bis ${money(Math.round(h.rent * 1.1 / 100) * 100, 'eur-suffix')}.`, f) + 6;
      y = w.para(LEFT, y, CONTENT_W, 'Ein Antrag auf Übernahme der Mietschulden als Darlehen wird derzeit geprüft. Wir bitten um Beratung des Haushalts und um eine kurze Stellungnahme.', f) + 16;
      w.para(LEFT, y, CONTENT_W, 'Mit freundlichen Grüßen', f);
      footer(w, [[`Besuchszeiten: Mo, Di, Fr 8.00 – 12.00 Uhr`], [`${a.street}, ${a.postalCode} ${a.city}`]], st.font, 800, 6.5);
      return t;
    },
  };
}
