// Jobcenter / Sozialamt letters: forwarding covers (page 1 of a forwarded copy), covers alone, own letters.
import { Doc, MM, PAGE_W, PAGE_H } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { addDays, fmtDate, fmtMoney } from './fmt.js';
import { FORWARDERS, RECIPIENTS, type ForwarderInfo } from './data.js';
import { addressInline, nameOf, namesInline } from './tpl-common.js';

const DOC_NAME: Record<string, string> = {
  court_notice: 'Mitteilung über den Eingang einer Räumungsklage',
  eviction_notice: 'Mitteilung des Gerichtsvollziehers über einen Räumungstermin',
  hearing_summons: 'Terminsmitteilung des Gerichts',
  judgment: 'Urteil (Abschrift)',
  other: 'Schreiben',
};

function head(d: Doc, f: ForwarderInfo, s: DocSpec, r: Rng): number {
  d.font = f.key === 'so-hh' ? 'sans' : 'cond';
  const bold = f.key === 'so-hh' ? 'sansB' : 'condB';
  if (f.key === 'jc-obk') {
    d.fill(20 * MM, 12 * MM, 6, 30, '#444');
    d.text(20 * MM + 12, 12 * MM, f.org, { font: bold, size: 15 });
    d.text(20 * MM + 12, 12 * MM + 19, f.unit, { size: 8.5 });
  } else if (f.key === 'jc-kiel') {
    d.text(PAGE_W / 2, 12 * MM, f.org, { font: bold, size: 14, align: 'center' });
    d.text(PAGE_W / 2, 12 * MM + 17, f.unit, { size: 8.5, align: 'center' });
  } else {
    d.text(20 * MM, 12 * MM, 'Freie und Hansestadt Hamburg', { font: bold, size: 11 });
    d.text(20 * MM, 12 * MM + 14, 'Bezirksamt Hamburg-Nord', { size: 10 });
    d.text(20 * MM, 12 * MM + 26, f.unit, { size: 9 });
  }
  d.text(25 * MM, 45 * MM, `${f.org.split(' · ')[0]} · ${f.street} · ${f.plz} ${f.city}`, { size: 6.5 });
  let y = 52 * MM;
  const rec = s.hh.region === 'obk' ? RECIPIENTS.obk! : (RECIPIENTS[s.hh.court.key] ?? RECIPIENTS.obk!);
  for (const l of rec) { d.text(25 * MM, y, l, { size: 10 }); y += 13; }
  const ib = 128 * MM;
  const bg = `${r.int(10000, 99999)}BG${String(r.int(1, 9999999)).padStart(7, '0')}`;
  const rows: Array<[string, string]> = f.key === 'so-hh'
    ? [['Geschäftszeichen', `GS ${r.int(100, 999)} - ${r.int(1000, 9999)}`], ['Auskunft', f.clerk], ['Telefon', f.phone.replace(/-0$/, '-' + r.int(2000, 2999))], ['Datum', fmtDate(s.letterDate, 'dd.mm.yyyy')]]
    : [['BG-Nummer', bg], ['Kundennummer', `${r.int(100, 999)}D${r.int(100000, 999999)}`], ['Ansprechpartner', f.clerk], ['Telefon', f.phone], ['Datum', fmtDate(s.letterDate, 'dd.mm.yyyy')]];
  y = 50 * MM;
  for (const [a, b] of rows) { d.row(y, [[ib, `${a}:`, { size: 8.5 }], [ib + 26 * MM, b, { size: 8.5 }]]); y += 12; }
  d.freeSpot(ib, y + 4, 62 * MM, 22 * MM);
  return 105 * MM;
}

function foot(d: Doc, f: ForwarderInfo): void {
  d.line(20 * MM, PAGE_H - 20 * MM, PAGE_W - 20 * MM, PAGE_H - 20 * MM, 0.3);
  d.text(20 * MM, PAGE_H - 18 * MM, `${f.org} · ${f.street} · ${f.plz} ${f.city} · Telefon ${f.phone} · Öffnungszeiten Mo, Di, Fr 8-12 Uhr, Do 14-17 Uhr`, { size: 6.5 });
}

/** Page 1 of a forwarded copy; the original pages follow. */
export function forwardCover(d: Doc, s: DocSpec, r: Rng): void {
  const f = s.forwarder!;
  let y = head(d, f, s, r);
  const hh = s.hh;
  const W = 160 * MM;
  const L = 25 * MM;
  d.text(L, y, `Weiterleitung: ${DOC_NAME[s.type]}`, { font: f.key === 'so-hh' ? 'sansB' : 'condB', size: 10.5 });
  y += 14;
  d.text(L, y, `Leistungsberechtigte: ${hh.tenants.map((p) => nameOf(p, 'rev')).join('; ')}`, { size: 9.5 });
  y += 24;
  y = d.para(L, y, W, 'Sehr geehrte Damen und Herren,', { size: 10 }) + 2;
  y = d.para(L, y, W, `die beigefügte ${DOC_NAME[s.type]} ist bei uns eingegangen. Wir leiten sie zuständigkeitshalber mit der Bitte um Kontaktaufnahme mit dem Haushalt weiter. Die Bedarfsgemeinschaft steht bei uns im laufenden Leistungsbezug; die anerkannten Kosten der Unterkunft werden ${r.chance(0.5) ? 'direkt an den Vermieter' : 'an die Leistungsberechtigten'} gezahlt.`, { size: 10 }) + 4;
  y = d.para(L, y, W, 'Über einen Antrag auf Übernahme von Mietschulden (§ 22 Abs. 8 SGB II) wird nach Vorlage der Unterlagen entschieden. Bitte informieren Sie uns über das Ergebnis Ihres Hausbesuchs.', { size: 10 }) + 8;
  y = d.para(L, y, W, 'Mit freundlichen Grüßen\nIm Auftrag', { size: 10 }) + 16;
  d.text(L, y, f.clerk.replace(/^(Frau|Herr) /, ''), { size: 10, font: f.key === 'so-hh' ? 'sansI' : 'cond' });
  d.text(L, y + 26, `Anlage: ${DOC_NAME[s.type]} (Kopie, ${s.type === 'court_notice' && s.hh.court.family === 'ks' ? 2 : 1} Bl.)`, { size: 9 });
  foot(d, f);
}

/** A cover letter that arrived without its enclosure, or a Jobcenter's own letter about rent debts. */
export function jcLetter(d: Doc, s: DocSpec, r: Rng): void {
  const f = s.forwarder ?? FORWARDERS['jc-obk'];
  let y = head(d, f, s, r);
  const hh = s.hh;
  const W = 160 * MM;
  const L = 25 * MM;
  const B = f.key === 'so-hh' ? 'sansB' : 'condB';
  if (s.step === 'cover') {
    d.text(L, y, `Räumungsklage ${hh.court.name}, Az. ${hh.fileNo}`, { font: B, size: 10.5 });
    y += 24;
    y = d.para(L, y, W, `Sehr geehrte Damen und Herren,\nanbei übersenden wir Ihnen die Mitteilung des ${hh.court.name.replace('Amtsgericht', 'Amtsgerichts')} in der Räumungssache ${hh.landlord.name} gegen ${namesInline(hh, true)}, wohnhaft ${addressInline(hh)}, zur weiteren Veranlassung.`, { size: 10 }) + 4;
    y = d.para(L, y, W, `Der Vorgang ist hier unter der o. g. BG-Nummer erfasst. Ein Antrag auf Mietschuldenübernahme liegt ${r.chance(0.5) ? 'bislang nicht' : 'seit ' + fmtDate(addDays(s.letterDate, -r.int(3, 20)), 'dd.mm.yyyy')} vor.`, { size: 10 }) + 8;
  } else {
    d.text(L, y, 'Drohender Wohnungsverlust – Bitte um Unterstützung', { font: B, size: 10.5 });
    y += 24;
    const who = hh.tenants.map((p) => `${nameOf(p, 'titled')}${s.flags.birth && p.birth ? ` (geb. ${fmtDate(p.birth, 'dd.mm.yyyy')})` : ''}`).join(' und ');
    y = d.para(L, y, W, `Sehr geehrte Damen und Herren,\n${who}, wohnhaft ${addressInline(hh)}, ${hh.tenants.length > 1 ? 'haben' : 'hat'} bei uns die Übernahme von Mietschulden beantragt. ${s.flags.landlord ? `Vermieter${hh.landlord.info ? 'in' : ''} ist ${hh.landlord.name}.` : 'Angaben zur Vermieterseite liegen uns noch nicht vor.'}`, { size: 10 }) + 4;
    const parts: string[] = [];
    if (s.flags.rent) parts.push(`Die Gesamtmiete beträgt laut Mietvertrag ${fmtMoney(hh.rent, 'euro-sign')} monatlich.`);
    if (s.flags.arrears) parts.push(`Der Rückstand beläuft sich nach der Aufstellung der Vermieterseite auf ${fmtMoney(hh.arrears, 'euro-sign')}.`);
    if (s.flags.claimRef) parts.push(`Eine Räumungsklage ist beim ${hh.court.name} unter dem Aktenzeichen ${hh.fileNo} anhängig.`);
    else parts.push('Eine Kündigung ist nach Angaben der Antragsteller bereits ausgesprochen worden.');
    if (s.flags.ordinary) parts.push('Die Vermieterseite hat neben der fristlosen auch hilfsweise ordentlich gekündigt.');
    y = d.para(L, y, W, parts.join(' '), { size: 10 }) + 4;
    y = d.para(L, y, W, 'Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen und uns Ihre Einschätzung zur Erhaltung der Wohnung mitzuteilen.', { size: 10 }) + 8;
  }
  y = d.para(L, y, W, 'Mit freundlichen Grüßen\nIm Auftrag', { size: 10 }) + 16;
  d.text(L, y, f.clerk.replace(/^(Frau|Herr) /, ''), { size: 10 });
  if (s.step === 'cover') d.text(L, y + 26, 'Anlage', { size: 9 });
  foot(d, f);
}
