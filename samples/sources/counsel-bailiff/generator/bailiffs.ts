/** Bailiffs' notices of an eviction date to the local authority (§ 130 Abs. 3 GVGA); one fixed layout per bailiff. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { landlordOf, fileNo, fileNoTruth, drTruth } from './ctx.js';
import { addressField, foldMarks, footerColumns, infoBlock } from './letter.js';
import { ruledTable } from './table.js';
import { fmtDate, addDays } from './format.js';
import { titled, fullName, familyFirst, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth, joinedNames } from './parties.js';
import { BAILIFFS, bailiffRecipient, type Bailiff } from './senders.js';
import { emptyTruth, type Rendered, type Household } from './model.js';
import type { Rng } from './rng.js';

function bailiffOf(h: Household): Bailiff {
  const b = h.bailiffKey ? BAILIFFS[h.bailiffKey] : undefined;
  if (!b) throw new Error('no bailiff');
  return b;
}
/** The title as named by the bailiff; "Urteil" alone (rare) stands for a Räumungsurteil. */
function titleName(h: Household, rng: Rng, dative = true): string {
  const k = h.story.judgmentKind;
  if (k === 'raeumungsurteil') return rng.chance(0.3) ? (dative ? 'Urteil' : 'Urteil') : 'Räumungsurteil';
  if (k === 'versaeumnisurteil') return 'Versäumnisurteil';
  return 'Anerkenntnisurteil';
}
function finish(h: Household, bl: Bailiff, withBirth: boolean, withAdd: boolean, layout: string): Rendered {
  const t = emptyTruth();
  const s = h.story;
  Object.assign(t, { court: bl.court, fileNumber: drTruth(h), relatedFileNumbers: [fileNoTruth(h)], tenants: tenantTruth(h.tenants, withBirth), address: flatTruth(h.flat, withAdd), landlord: landlordOf(h).name, evictionDate: { ...s.eviction }, judgmentKind: s.judgmentKind, judgmentDate: s.judgmentDate });
  return { fields: t, sender: bl.key, layout };
}

/** Gummersbach: Word template, right-aligned letterhead, labelled block "Gläubiger / Schuldner / Titel". */
export function gvGummersbach(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const bl = bailiffOf(h);
  const l = landlordOf(h);
  b.font('serifB', 12);
  b.text(b.left, 14 * MM, `${bl.name}`, { width: b.width, align: 'right' });
  b.font('serif', 9);
  [bl.title, `bei dem ${bl.court}`, `${bl.street}, ${bl.postal} ${bl.city}`, `Tel. ${bl.phone}`, bl.hours].forEach((x, i) => b.text(b.left, 14 * MM + 16 + i * 11, x, { width: b.width, align: 'right' }));
  foldMarks(b);
  addressField(b, `OGV'in ${bl.name} · ${bl.street} · ${bl.postal} ${bl.city}`, bailiffRecipient(h.flat.city), { font: 'serif', size: 11 });
  b.font('serif', 10);
  b.text(125 * MM, 78 * MM, `${bl.city}, den ${fmtDate(s.bailiffDate)}`);
  b.text(125 * MM, 78 * MM + 13, `Az.: ${h.drNumber}`);
  b.y = 100 * MM;
  b.font('serifB', 11);
  b.line('Mitteilung über einen Räumungstermin gemäß § 130 Abs. 3 GVGA', { gap: 8 });
  b.font('serif', 10.5);
  b.line('Sehr geehrte Damen und Herren,', { gap: 4 });
  b.para('in der nachstehend bezeichneten Zwangsvollstreckungssache habe ich Termin zur Räumung der Wohnung bestimmt. Es ist zu befürchten, dass die Schuldner durch die Räumung obdachlos werden.', { justify: true, gap: 6 });
  const vx = b.left + 38 * MM;
  const withBirth = rng.chance(0.5);
  const as = pickAddrStyle(rng);
  const withAdd = h.flat.addition !== null;
  b.row('Gläubiger:', `${l.printed.replace(/^Herrn /, '')}, ${l.street}, ${l.postal} ${l.city}`, { valueX: vx, labelFont: 'serifB', gap: 3 });
  h.tenants.forEach((p, i) => b.row(i === 0 ? 'Schuldner:' : '', `${h.tenants.length > 1 ? `${i + 1}) ` : ''}${titled(p)}${withBirth ? birthSuffix(p) : ''}`, { valueX: vx, labelFont: 'serifB' }));
  b.space(3);
  b.row('Räumungsobjekt:', `${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}`, { valueX: vx, labelFont: 'serifB', gap: 3 });
  b.row('Titel:', `${titleName(h, rng)} des ${h.titleCourt.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(s.judgmentDate)}, Az. ${fileNo(h)}`, { valueX: vx, labelFont: 'serifB', gap: 3 });
  b.font('serifB', 10.5);
  b.row('Räumungstermin:', `${fmtDate(s.eviction.date, 'numWeekday')}, ${s.eviction.time} Uhr`, { valueX: vx, gap: 8 });
  b.font('serif', 10.5);
  b.para(`Die Schuldner sind über den Termin mit Schreiben vom ${fmtDate(addDays(s.bailiffDate, -rng.int(0, 2)))} benachrichtigt worden. Ich bitte zu prüfen, ob eine Unterbringung erforderlich ist, und mir gegebenenfalls eine Nachricht zukommen zu lassen. Der Gläubiger hat eine Beschränkung des Auftrags nach § 885a ZPO ${rng.chance(0.5) ? 'nicht ' : ''}erklärt.`, { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 18 });
  b.line(`${bl.name}, ${bl.title}`);
  footerColumns(b, b.pageIndex, [[bl.bank]], { size: 7 });
  return finish(h, bl, withBirth, withAdd, 'gv-gm-word-letter');
}

/** Wipperfürth: output of the bailiff's office software, header bar and a ruled table. */
export function gvWipperfuerth(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const bl = bailiffOf(h);
  const l = landlordOf(h);
  b.rect(b.left, 10 * MM, b.width, 11 * MM, { fill: '#d9d9d9' });
  b.font('sansB', 10);
  b.text(b.left + 6, 13 * MM, `${bl.title} ${bl.name}`, { record: false });
  b.font('sans', 10);
  b.text(b.left, 13 * MM, `${h.drNumber}`, { width: b.width - 6, align: 'right', record: false });
  b.record(`${bl.title} ${bl.name} ${h.drNumber}`);
  b.font('sans', 8);
  b.text(b.left + 6, 23 * MM, `${bl.court} · ${bl.street} · ${bl.postal} ${bl.city} · Telefon ${bl.phone} · ${bl.hours}`);
  foldMarks(b);
  addressField(b, `GV ${bl.name}, ${bl.street}, ${bl.postal} ${bl.city}`, bailiffRecipient(h.flat.city), { size: 10 });
  infoBlock(b, [['DR-Nr.', h.drNumber], ['Datum', fmtDate(s.bailiffDate, 'numShort')], ['Sachbearb.', bl.name.split(' ').slice(-1)[0] ?? '']], { y: 62, valueDx: 20 * MM, size: 9 });
  b.y = 100 * MM;
  b.font('sansB', 11);
  b.line('Mitteilung über einen Räumungstermin', { gap: 1 });
  b.font('sans', 8.5);
  b.line('(§ 130 Abs. 3 Geschäftsanweisung für Gerichtsvollzieher)', { gap: 8 });
  const withBirth = rng.chance(0.4);
  const as = pickAddrStyle(rng);
  const withAdd = h.flat.addition !== null && rng.chance(0.6);
  const rows: [string, string][] = [
    ['Gläubiger/in', `${l.name}, ${l.postal} ${l.city}`],
    ['Schuldner/in', h.tenants.map((p) => `${familyFirst(p)}${withBirth ? birthSuffix(p, 'num', '*') : ''}`).join('\n')],
    ['Räumungsobjekt', `${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}\n${cityLine(h.flat)}`],
    ['Vollstreckungstitel', `${titleName(h, rng)} ${h.titleCourt}\nvom ${fmtDate(s.judgmentDate)} – ${fileNo(h, 'tight')}`],
    ['Termin zur Räumung', `${fmtDate(s.eviction.date, 'long')}, ${s.eviction.time.replace(':', '.')} Uhr`],
    ['Personen im Haushalt', `${h.tenants.length} Erwachsene${rng.chance(0.5) ? `, ${rng.int(1, 3)} Kind(er)` : ''}`],
  ];
  ruledTable(b, rows.map(([k, v]) => [k, v.replace(/\n/g, ' / ')]), { labelW: 45 * MM, labelFont: 'sansB', size: 10 });
  b.space(8);
  b.font('sans', 10);
  b.para('☒ Obdachlosigkeit der Schuldner droht.   ☐ Schuldner sind bereits ausgezogen.   ☒ Schuldner wurden über die Mitteilung unterrichtet.', { gap: 8 });
  b.para('Um Mitteilung wird gebeten, falls eine Einweisung der Schuldner in die bisherige Wohnung (Ordnungsverfügung) beabsichtigt ist.', { gap: 14 });
  b.line(`gez. ${bl.name}`);
  b.line(bl.title);
  b.font('sans', 7);
  b.textAt(b.pageIndex, 'tail', b.left, 283 * MM, `Erstellt mit GV-Büro-Software · ${bl.bank}`);
  return finish(h, bl, withBirth, withAdd, 'gv-wf-software-table');
}

/** Dortmund: plain prose letter, everything in one sentence. */
export function gvDortmund(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const bl = bailiffOf(h);
  const l = landlordOf(h);
  b.font('sans', 9);
  b.text(b.left, 12 * MM, `${bl.title}`);
  b.font('sansB', 12);
  b.text(b.left, 12 * MM + 12, bl.name);
  b.font('sans', 9);
  [`${bl.street}`, `${bl.postal} ${bl.city}`, `Telefon ${bl.phone}`].forEach((x, i) => b.text(b.left, 12 * MM + 28 + i * 11, x));
  b.text(125 * MM, 12 * MM, bl.hours);
  foldMarks(b);
  addressField(b, null, bailiffRecipient(h.flat.city), { size: 10.5, y: 48 });
  b.font('sans', 10);
  b.text(125 * MM, 82 * MM, `Dortmund, ${fmtDate(s.bailiffDate, 'long')}`);
  b.y = 96 * MM;
  b.font('sansB', 10.5);
  b.line(`${h.drNumber} – Räumungssache ${landlordOf(h).name} ./. ${h.tenants[0]?.family ?? ''}`, { gap: 8 });
  b.font('sans', 10.5);
  b.line('Sehr geehrte Damen und Herren,', { gap: 4 });
  const as = pickAddrStyle(rng);
  const withAdd = h.flat.addition !== null && rng.chance(0.5);
  const title = titleName(h, rng);
  b.para(`in der Zwangsvollstreckungssache ${l.kind === 'company' ? 'der' : ''} ${l.name} gegen ${joinedNames(h.tenants, true, true)} habe ich aufgrund ${title === 'Urteil' ? 'des vollstreckbaren Urteils' : `des vollstreckbaren ${title}s`} des ${h.titleCourt.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(s.judgmentDate)} (${fileNo(h)}) Termin zur Zwangsräumung der Wohnung ${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}, anberaumt auf`.replace('  ', ' '), { justify: true, gap: 6 });
  b.font('sansB', 11);
  b.line(`${fmtDate(s.eviction.date, 'longWeekdayDen')}, ab ${s.eviction.time} Uhr.`, { align: 'center', gap: 6 });
  b.font('sans', 10.5);
  b.para(`Nach meinen Feststellungen ${h.tenants.length > 1 ? 'verfügen die Schuldner' : 'verfügt die Schuldnerseite'} über keine Ersatzwohnung. Ich gebe Ihnen hiervon gemäß § 130 Abs. 3 GVGA Kenntnis, damit Sie ggf. Maßnahmen zur Vermeidung von Obdachlosigkeit einleiten können. Eine Spedition und ein Schlüsseldienst sind beauftragt.`, { justify: true, gap: 8 });
  b.line('Mit freundlichem Gruß', { gap: 16 });
  b.line(`${bl.name}`);
  b.line(bl.title);
  b.font('sans', 7);
  b.textAt(b.pageIndex, 'tail', b.left, 283 * MM, bl.bank);
  return finish(h, bl, false, withAdd, 'gv-do-prose-letter');
}

/** Mannheim: a faxed form with boxes and a dense header. */
export function gvMannheim(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const bl = bailiffOf(h);
  const l = landlordOf(h);
  b.font('monoB', 11);
  b.text(b.left, 14 * MM, `${bl.title.toUpperCase()} ${bl.name.toUpperCase()}`);
  b.font('mono', 8.5);
  b.text(b.left, 14 * MM + 14, `${bl.court} – ${bl.street}, ${bl.postal} ${bl.city} – ${bl.phone}`);
  b.rule(b.left, 14 * MM + 26, b.right, 14 * MM + 26, 1);
  addressField(b, null, bailiffRecipient(h.flat.city), { font: 'mono', size: 10, y: 36 });
  b.font('mono', 10);
  b.text(125 * MM, 58 * MM, `Geschäftszeichen: ${h.drNumber}`);
  b.text(125 * MM, 58 * MM + 13, `Datum: ${fmtDate(s.bailiffDate)}`);
  b.y = 92 * MM;
  b.font('monoB', 11);
  b.line('MITTEILUNG NACH § 130 ABS. 3 GVGA – RÄUMUNGSTERMIN', { gap: 8 });
  const as = pickAddrStyle(rng);
  const withBirth = rng.chance(0.6);
  const withAdd = h.flat.addition !== null;
  const rows: [string, string][] = [
    ['Gläubigerin/Gläubiger', `${l.name}, ${l.street}, ${l.postal} ${l.city}`],
    ...h.tenants.map((p, i): [string, string] => [`Schuldner ${i + 1}`, `${fullName(p)}${withBirth ? birthSuffix(p) : ''}`]),
    ['Anschrift der Schuldner', `${streetLine(h.flat, as)}${withAdd ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}`],
    ['Titel', `${titleName(h, rng)} vom ${fmtDate(s.judgmentDate, 'numShort')}, ${h.titleCourt}, Az. ${fileNo(h, rng.chance(0.5) ? 'spaced' : 'std')}`],
    ['Räumung am / um', `${fmtDate(s.eviction.date, 'num')} / ${s.eviction.time} Uhr`],
  ];
  ruledTable(b, rows, { labelW: 52 * MM, labelFont: 'monoB', valueFont: 'mono', size: 9.5, lw: 1 });
  b.space(8);
  b.font('mono', 9.5);
  b.para('Bitte prüfen Sie Unterbringungsmöglichkeiten. Rückfragen nur telefonisch in der Sprechstunde.', { gap: 12 });
  b.line(`${bl.name}, ${bl.title}`);
  b.font('mono', 7);
  b.textAt(b.pageIndex, 'tail', b.left, 283 * MM, bl.bank);
  return finish(h, bl, withBirth, withAdd, 'gv-ma-fax-form');
}
