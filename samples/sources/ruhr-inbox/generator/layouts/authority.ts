import { COURTS, serviceFor, type Authority } from '../data.js';
import { dmy, fmtMoney, fullName, salutation } from '../format.js';
import { Sheet } from '../sheet.js';
import { authorityFor, block, flatOneLine, labelled, type Ctx } from './common.js';
import { bailiffOf } from './bailiffs.js';

/** Jobcenter / Sozialamt letters: cover letters on forwarded papers and letters of their own. */

interface AuthorityStyle {
  font: 'sans' | 'lib' | 'cond';
  bold: 'sans-b' | 'lib-b' | 'cond-b';
  color: string;
  customerLabel: string;
  staff: string[];
}

const STYLES: Record<string, AuthorityStyle> = {
  'jc-oberberg': { font: 'lib', bold: 'lib-b', color: '#c00000', customerLabel: 'BG-Nummer', staff: ['Frau Heinen', 'Herr Wirths', 'Frau Zimmermann'] },
  'jc-wuppertal': { font: 'sans', bold: 'sans-b', color: '#004b87', customerLabel: 'Kunden-Nr.', staff: ['Frau Bulut', 'Herr Kaczmarek'] },
  'soz-ge': { font: 'cond', bold: 'cond-b', color: '#005a32', customerLabel: 'Aktenzeichen Sozialamt', staff: ['Frau Terlinden', 'Herr Ostrowski'] },
};

function head(s: Sheet, a: Authority, st: AuthorityStyle, ctx: Ctx, date: string): number {
  s.rect(150, 10, 40, 3, { fill: st.color, stroke: null });
  block(s, 150, 15, a.name, { font: st.bold, size: 10, color: st.color });
  s.text(22, 46, `${a.name[0] ?? ''} · ${a.street} · ${a.postalCode} ${a.city}`, { size: 6.5 });
  const sv = serviceFor(ctx.hh.court);
  block(s, 22, 52, [...sv.name, sv.street, `${sv.postalCode} ${sv.city}`]);
  const staff = ctx.rng.pick(st.staff);
  let y = 52;
  y = labelled(s, y, 140, 163, 'Ihr Zeichen:', ['–'], { label: { size: 8 }, value: { size: 8.5 } });
  y = labelled(s, y, 140, 163, `${st.customerLabel}:`, [ctx.hh.customerNo], { label: { size: 8 }, value: { size: 8.5 } });
  y = labelled(s, y, 140, 163, 'Bearbeitung:', [staff], { label: { size: 8 }, value: { size: 8.5 } });
  y = labelled(s, y, 140, 163, 'Telefon:', [a.phone.replace(/-0$/, `-${ctx.rng.int(110, 480)}`)], { label: { size: 8 }, value: { size: 8.5 } });
  labelled(s, y, 140, 163, 'Datum:', [dmy(date)], { label: { size: 8 }, value: { size: 8.5 } });
  return 98;
}

function foot(s: Sheet, a: Authority): void {
  s.line(22, 276, 190, 276, 0.3);
  s.text(22, 278, `${a.name.join(' · ')} · ${a.street} · ${a.postalCode} ${a.city} · Besuchszeiten nach Vereinbarung`, { size: 6.5 });
  s.text(22, 281.5, 'Bitte geben Sie bei Rückfragen stets die Kunden- bzw. BG-Nummer an.', { size: 6.5 });
}

/** Cover letter placed on top of a forwarded notice. */
export function coverLetter(ctx: Ctx): Sheet {
  const { hh, spec, rng } = ctx;
  const a = authorityFor(hh);
  const st = STYLES[a.key] as AuthorityStyle;
  const s = new Sheet();
  s.base = { font: st.font, size: 10, color: '#000000' };
  let y = head(s, a, st, ctx, spec.letterDate);
  const t = hh.tenants[0];
  const who = t ? `${salutation(t)} ${fullName(t)}${hh.tenants.length > 1 ? ' u. a.' : ''}` : '';
  if (spec.base === 'bailiff') {
    const b = bailiffOf(hh.court);
    s.text(22, y, 'Weiterleitung: Mitteilung über einen Räumungstermin', { font: st.bold, size: 10.5 });
    y = s.para(22, y + 9, 166, `Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Mitteilung ${b ? `${b.title.endsWith('in') ? 'der' : 'des'} ${b.title}${b.title.endsWith('in') ? '' : 's'} ${b.name}` : 'des Gerichtsvollziehers'} betreffend ${who} mit der Bitte um Kenntnisnahme und Kontaktaufnahme im Rahmen der Kooperationsvereinbarung. Eine Übernahme von Mietschulden ist bei uns bislang nicht beantragt.`) + 4;
  } else {
    s.text(22, y, `Weiterleitung einer Mitteilung nach § ${a.key === 'soz-ge' ? '36 Abs. 2 SGB XII' : '22 Abs. 9 SGB II'}`, { font: st.bold, size: 10.5 });
    y = s.para(22, y + 9, 166, `Sehr geehrte Damen und Herren,\nwir übersenden Ihnen beigefügt die Mitteilung des Amtsgerichts ${COURTS[hh.court].place} zur weiteren Veranlassung. ${rng.chance(0.5) ? `${who} steht bei uns im laufenden Leistungsbezug.` : 'Die betroffene Person ist uns derzeit nicht als Leistungsberechtigte bekannt.'} Wir bitten um kurze Rückmeldung, ob ein Kontakt zustande gekommen ist.`) + 4;
  }
  y = s.para(22, y, 166, 'Anlage: 1 Mitteilung (Kopie)', { size: 9 }) + 6;
  s.text(22, y, 'Mit freundlichen Grüßen');
  s.text(22, y + 5, 'Im Auftrag');
  s.text(22, y + 16, 'gez. Sachbearbeitung Kosten der Unterkunft', { size: 9 });
  foot(s, a);
  return s;
}

/** A cover letter that arrived without its enclosure: names all tenants, the flat and the case. */
export function coverAlone(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const a = authorityFor(hh);
  const st = STYLES[a.key] as AuthorityStyle;
  const s = new Sheet();
  s.base = { font: st.font, size: 10, color: '#000000' };
  let y = head(s, a, st, ctx, spec.letterDate);
  s.text(22, y, `Weiterleitung einer Mitteilung nach § ${a.key === 'soz-ge' ? '36 Abs. 2 SGB XII' : '22 Abs. 9 SGB II'}`, { font: st.bold, size: 10.5 });
  y = s.para(22, y + 9, 166, `Sehr geehrte Damen und Herren,
wir übersenden Ihnen die Mitteilung des Amtsgerichts ${COURTS[hh.court].place} (Az. ${hh.fileNumber}) über eine Räumungsklage gegen`) + 1;
  y = block(s, 32, y, hh.tenants.map((t) => `${salutation(t, true)} ${fullName(t)}`)) + 1;
  y = s.para(22, y, 166, `wohnhaft ${flatOneLine(ctx, rng.chance(0.5))}.`) + 2;
  p.landlord = false;
  p.rent = false;
  p.arrears = false;
  p.courtCase = true;
  y = s.para(22, y, 166, 'Bitte nehmen Sie Kontakt mit dem Haushalt auf. Ein Antrag auf Übernahme der Mietschulden liegt bislang nicht vor.') + 3;
  y = s.para(22, y, 166, 'Anlage: 1 Mitteilung (Kopie)', { size: 9 }) + 6;
  s.text(22, y, 'Mit freundlichen Grüßen');
  s.text(22, y + 5, 'Im Auftrag');
  s.text(22, y + 16, rng.pick(st.staff).replace(/^(Frau|Herr) /, ''));
  foot(s, a);
  return s;
}

/** A letter of the authority alone, asking the service to contact a household. */
export function authorityLetter(ctx: Ctx): Sheet {
  const { hh, spec, rng, p } = ctx;
  const a = authorityFor(hh);
  const st = STYLES[a.key] as AuthorityStyle;
  const s = new Sheet();
  s.base = { font: st.font, size: 10, color: '#000000' };
  let y = head(s, a, st, ctx, spec.letterDate);
  s.text(22, y, 'Drohender Wohnungsverlust – Bitte um Kontaktaufnahme', { font: st.bold, size: 10.5 });
  y += 9;
  y = s.para(22, y, 166, 'Sehr geehrte Damen und Herren,\nfür den nachstehenden Haushalt ist uns bekannt geworden, dass der Verlust der Wohnung droht:') + 3;
  y = labelled(s, y, 22, 62, 'Mieter/in:', hh.tenants.map((t) => `${salutation(t)} ${fullName(t)}`));
  y = labelled(s, y, 22, 62, 'Wohnung:', [flatOneLine(ctx, rng.chance(0.5))]);
  y = labelled(s, y, 22, 62, 'Vermieter/in:', [hh.landlord.name]);
  p.courtCase = rng.chance(0.6);
  if (p.courtCase) y = labelled(s, y, 22, 62, 'Verfahren:', [`${COURTS[hh.court].name}, Az. ${hh.fileNumber}`]);
  p.rent = rng.chance(0.5);
  if (p.rent) y = labelled(s, y, 22, 62, 'Miete (KdU):', [fmtMoney(hh.monthlyRent, 'eur-sign')]);
  p.arrears = rng.chance(0.6);
  if (p.arrears) y = labelled(s, y, 22, 62, 'Rückstand:', [`${fmtMoney(hh.arrears, 'eur-sign')} lt. Angabe Vermieter`]);
  p.ordinary = hh.ordinaryTermination && rng.chance(0.5) ? true : null;
  y += 3;
  if (p.ordinary) y = s.para(22, y, 166, 'Der Vermieter hat fristlos und hilfsweise ordentlich gekündigt. Eine Übernahme der Rückstände würde die ordentliche Kündigung nicht beseitigen.') + 3;
  y = s.para(22, y, 166, 'Ein Antrag auf Übernahme der Mietschulden (Darlehen) liegt uns noch nicht vor. Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen und bei der Antragstellung zu unterstützen.') + 6;
  s.text(22, y, 'Mit freundlichen Grüßen');
  s.text(22, y + 5, 'Im Auftrag');
  s.text(22, y + 16, rng.pick(st.staff).replace(/^(Frau|Herr) /, ''));
  foot(s, a);
  return s;
}
