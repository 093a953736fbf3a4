import { BAILIFFS, COURTS, type Bailiff } from '../data.js';
import { dLong, dmy, fileVariant, fmtDate, fmtTime, fullName } from '../format.js';
import type { JudgmentKind } from '../model.js';
import { Sheet } from '../sheet.js';
import { block, flatLines, flatOneLine, labelled, lawyerOf, tenantLines, type Ctx } from './common.js';

/** Bailiffs' notices of an eviction date (Mitteilung über einen Räumungstermin, § 130 Abs. 3 GVGA). */

const KIND_NAME: Record<JudgmentKind, string> = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Räumungsurteil' };

export function bailiffOf(court: string): Bailiff | null {
  return Object.values(BAILIFFS).find((b) => b.court === court) ?? null;
}

function recipient(ctx: Ctx): string[] {
  const town = ctx.hh.flat.city;
  return ctx.rng.pick([
    [`Stadt ${town}`, 'Ordnungsamt – Obdachlosenangelegenheiten', 'Rathaus'],
    [`Stadtverwaltung ${town}`, 'Fachbereich Soziales / Wohnungsnotfälle'],
  ]).concat([`${ctx.hh.flat.postalCode} ${town}`]);
}

function title(ctx: Ctx): string {
  const j = ctx.hh.judgment;
  return `${KIND_NAME[j.kind]} des Amtsgerichts ${COURTS[ctx.hh.court].place} vom ${dmy(j.date)}`;
}

export function gvGm(ctx: Ctx): Sheet {
  const { hh, rng, p } = ctx;
  const b = bailiffOf(hh.court) as Bailiff;
  const s = new Sheet();
  s.base = { font: 'sans', size: 10, color: '#000000' };
  s.text(20, 14, `${b.title} ${b.name}`, { font: 'sans-b', size: 12 });
  s.text(20, 20, `bei dem ${COURTS[b.court].name}`, { size: 9 });
  block(s, 135, 14, [`${b.street}`, `${b.postalCode} ${b.city}`, `Tel. ${b.phone}`, `Sprechzeit: ${b.hours}`], { size: 8.5 });
  s.text(20, 45, `${b.name} · ${b.street} · ${b.postalCode} ${b.city}`, { size: 7, underline: true });
  block(s, 20, 51, recipient(ctx));
  s.row(80, [{ x: 135, str: 'Geschäftszeichen:', style: { size: 8.5 } }, { x: 163, str: hh.eviction.dr, style: { font: 'sans-b' } }]);
  s.row(85, [{ x: 135, str: 'Datum:', style: { size: 8.5 } }, { x: 163, str: dmy(hh.eviction.letterDate) }]);
  s.text(20, 98, 'Mitteilung über einen Räumungstermin', { font: 'sans-b', size: 12 });
  s.text(20, 104, 'gemäß § 130 Abs. 3 GVGA', { size: 9 });
  let y = 114;
  p.birth = rng.chance(0.4);
  y = labelled(s, y, 20, 70, 'Gläubiger/in:', [hh.landlord.name]) + 1;
  const law = lawyerOf(hh);
  if (law) y = labelled(s, y, 20, 70, 'vertreten durch:', [`${law.short}, ${law.city}`]) + 1;
  y = labelled(s, y, 20, 70, 'Schuldner/in:', tenantLines(hh, 'lines', { birth: p.birth ? 'geb-comma' : null })) + 1;
  y = labelled(s, y, 20, 70, 'Räumungsobjekt:', flatLines(ctx, { abbr: true, additionInline: false })) + 1;
  y = labelled(s, y, 20, 70, 'Vollstreckungstitel:', s.wrap(`${title(ctx)}, Az. ${hh.fileNumber}`, 118)) + 1;
  const e = hh.eviction;
  y = labelled(s, y, 20, 70, 'Räumungstermin:', [`${fmtDate(e.date, 'wd-dmy')}, ${fmtTime(e.time, 'colon-uhr')}`], { value: { font: 'sans-b' }, mark: true }) + 5;
  y = s.para(20, y, 170, 'Nach Aktenlage droht den Schuldnern Obdachlosigkeit. Ich bitte, ggf. eine Unterbringung vorzubereiten. Eine Abschrift dieser Mitteilung erhält der Gläubiger nicht.') + 8;
  s.text(20, y, 'Mit freundlichen Grüßen');
  s.text(20, y + 12, b.name);
  s.text(20, y + 17, b.title, { size: 9 });
  s.line(20, 278, 190, 278, 0.3);
  s.text(20, 280, `Dienstkonto: ${b.iban} · Bitte Geschäftszeichen angeben`, { size: 7 });
  return s;
}

export function gvWipp(ctx: Ctx): Sheet {
  const { hh, p } = ctx;
  const b = bailiffOf(hh.court) as Bailiff;
  const s = new Sheet();
  s.base = { font: 'serif', size: 10.5, color: '#000000' };
  s.center(105, 14, `${b.name}`, { font: 'serif-b', size: 13 });
  s.center(105, 20, `${b.title} · ${b.street} · ${b.postalCode} ${b.city} · ${b.phone}`, { size: 8 });
  s.line(20, 25, 190, 25, 0.4);
  block(s, 22, 45, recipient(ctx));
  s.right(190, 45, `${b.city}, den ${dLong(hh.eviction.letterDate)}`);
  s.right(190, 52, `DR-Nr.: ${hh.eviction.dr.replace(/^DR /, 'DR ')}`, { font: 'serif-b' });
  p.birth = false;
  let y = s.para(22, 88, 166, `Zwangsvollstreckungssache ${hh.landlord.name} ./. ${tenantLines(hh, 'und', { birth: null }).join(', ')}`, { font: 'serif-b' }) + 4;
  const e = hh.eviction;
  const flat = flatOneLine(ctx, false);
  y = s.para(22, y, 166, `Sehr geehrte Damen und Herren,\nin der vorbezeichneten Sache habe ich aufgrund des vollstreckbaren ${title(ctx).replace('urteil ', 'urteils ')} (Aktenzeichen ${hh.fileNumber}) den Termin zur Räumung der von den Schuldnern bewohnten Wohnung ${flat} auf`) + 2;
  const bx = s.text(40, y, `${fmtDate(e.date, 'wd-den-long')}, ${fmtTime(e.time, 'dot-uhr')},`, { font: 'serif-b' });
  s.mark(bx);
  y = s.para(22, y + 7, 166, 'bestimmt. Ich teile dies gemäß § 130 Abs. 3 GVGA mit, da nach meinen Erkenntnissen Obdachlosigkeit droht. Die Schuldner wurden am gleichen Tag benachrichtigt.') + 8;
  s.text(22, y, 'Hochachtungsvoll');
  s.text(22, y + 14, `${b.name}, ${b.title}`);
  s.text(22, 282, `Bankverbindung: ${b.iban}`, { size: 7 });
  return s;
}

export function gvWup(ctx: Ctx): Sheet {
  const { hh, rng, p } = ctx;
  const b = bailiffOf(hh.court) as Bailiff;
  const s = new Sheet();
  s.base = { font: 'mono', size: 9.5, color: '#000000' };
  s.rect(15, 10, 180, 24, { width: 0.8 });
  s.text(18, 13, `${b.title.toUpperCase()}`, { font: 'mono-b' });
  s.text(18, 18, b.name, { font: 'mono-b', size: 11 });
  s.text(18, 24, `${b.street}, ${b.postalCode} ${b.city}`);
  s.text(120, 13, `Tel.  ${b.phone}`);
  s.text(120, 18, `Sprz. ${b.hours}`);
  s.text(120, 24, `Amtsgericht ${COURTS[b.court].place}`);
  block(s, 20, 45, recipient(ctx));
  s.text(120, 45, `Az.: ${hh.eviction.dr}`, { font: 'mono-b' });
  s.text(120, 50, `Datum: ${dmy(hh.eviction.letterDate)}`);
  s.text(20, 80, 'MITTEILUNG ÜBER EINEN RÄUMUNGSTERMIN', { font: 'mono-b', size: 11 });
  p.birth = rng.chance(0.5);
  const e = hh.eviction;
  const rows: [string, string[]][] = [
    ['Gläubiger', [hh.landlord.name, `${hh.landlord.street}, ${hh.landlord.postalCode} ${hh.landlord.city}`]],
    ['Schuldner', tenantLines(hh, 'family-first', { birth: p.birth ? 'star' : null })],
    ['Wohnung', flatLines(ctx, { abbr: true, additionInline: true })],
    ['Titel', [`${KIND_NAME[hh.judgment.kind]} AG ${COURTS[hh.court].place}`, `vom ${dmy(hh.judgment.date)}, ${fileVariant(hh.fileNumber, 'tight')}`]],
    ['Räumung am', [`${dmy(e.date)} um ${fmtTime(e.time, 'colon')} Uhr`]],
  ];
  let y = 90;
  s.line(20, y, 190, y, 0.6);
  for (const [label, values] of rows) {
    const hgt = values.length * 4.8 + 3;
    s.row(y + 2, [{ x: 22, str: label }, { x: 62, str: values[0] ?? '' }]);
    values.slice(1).forEach((v, i) => s.text(62, y + 2 + (i + 1) * 4.8, v));
    if (label === 'Räumung am') s.mark({ x: 62, y: y + 2, w: 60, h: 4.8 });
    for (const x of [20, 60, 190]) s.line(x, y, x, y + hgt, 0.6);
    y += hgt;
    s.line(20, y, 190, y, 0.6);
  }
  y = s.para(20, y + 6, 170, '[X] Es ist zu befürchten, dass die Schuldner obdachlos werden.\n[ ] Die Schuldner haben eine Ersatzwohnung.\n[X] Im Haushalt leben minderjährige Kinder.') + 6;
  s.text(20, y, `${b.name}`);
  s.text(20, y + 5, '- maschinell erstellt -', { size: 8 });
  return s;
}

export function gvGe(ctx: Ctx): Sheet {
  const { hh, rng, p } = ctx;
  const b = bailiffOf(hh.court) as Bailiff;
  const s = new Sheet();
  s.base = { font: 'cond', size: 10.5, color: '#000000' };
  s.text(24, 14, `${b.title} ${b.name}`, { font: 'cond-b', size: 12.5 });
  s.text(24, 20, `Amtsgericht ${COURTS[b.court].place} · ${b.street} · ${b.postalCode} ${b.city}`, { size: 8.5 });
  block(s, 24, 50, recipient(ctx));
  const y0 = 88;
  s.row(y0, [{ x: 24, str: 'Ihr Zeichen', style: { size: 8 } }, { x: 70, str: 'Mein Zeichen', style: { size: 8 } }, { x: 120, str: 'Telefon', style: { size: 8 } }, { x: 160, str: 'Datum', style: { size: 8 } }]);
  s.row(y0 + 5, [{ x: 24, str: '–' }, { x: 70, str: hh.eviction.dr, style: { font: 'cond-b' } }, { x: 120, str: b.phone }, { x: 160, str: dmy(hh.eviction.letterDate) }]);
  s.text(24, 104, 'Räumungstermin – Mitteilung an die für die Unterbringung Obdachloser zuständige Behörde', { font: 'cond-b' });
  p.birth = false;
  const e = hh.eviction;
  const who = hh.tenants.length === 1 ? fullName(hh.tenants[0] as (typeof hh.tenants)[number]) : tenantLines(hh, 'eheleute', { birth: null }).join(', ');
  let y = s.para(24, 114, 166, `Sehr geehrte Damen und Herren, in der Zwangsvollstreckungssache der ${hh.landlord.name} gegen ${who} wird die Räumung der Wohnung`);
  y = block(s, 34, y + 1, flatLines(ctx, { abbr: rng.chance(0.5), additionInline: false })) + 1;
  y = s.para(24, y, 166, `am ${fmtDate(e.date, 'dmy')} ab ${fmtTime(e.time, 'colon-uhr')} durchgeführt.`, { font: 'cond-b' });
  s.mark({ x: 24, y: y - 5.5, w: 70, h: 5.5 });
  y = s.para(24, y + 3, 166, `Grundlage ist das ${title(ctx)} – ${fileVariant(hh.fileNumber, 'spaced')} –. Es droht Wohnungslosigkeit; bitte prüfen Sie Hilfen bzw. eine Unterbringung.`) + 8;
  s.text(24, y, 'Mit freundlichem Gruß');
  s.text(24, y + 12, b.name);
  s.line(24, 279, 190, 279, 0.3);
  s.text(24, 281, `Geschäftskonto ${b.iban} · Sprechzeiten ${b.hours}`, { size: 7 });
  return s;
}
