/** Bailiff notices of an eviction date: each Gerichtsvollzieher/in with an own form. */
import { Ctx, addressField, fachstelleRecipient, authorityRecipient, infoBlock, pageNumber } from './common.js';
import { MM } from './sheet.js';
import type { JudgmentKind } from './truth.js';
import { addDays } from './fmt.js';

const KIND_TXT: Record<JudgmentKind, readonly string[]> = {
  raeumungsurteil: ['Urteil', 'Räumungsurteil', 'Endurteil'],
  versaeumnisurteil: ['Versäumnisurteil'],
  anerkenntnisurteil: ['Anerkenntnisurteil'],
};

function values(x: Ctx) {
  const c = x.c, e = c.eviction, b = e.bailiff, j = c.judgment;
  x.f.court = `Amtsgericht ${b.court}`;
  x.f.fileNumber = e.dr;
  x.f.relatedFileNumbers = [c.az];
  x.f.landlord = c.landlord.name;
  x.f.evictionDate = { date: e.date, time: e.time };
  x.f.judgmentKind = j.kind;
  x.f.judgmentDate = j.date;
  const withAdd = x.addition !== null && x.rng.chance(0.85);
  const withBirth = x.rng.chance(0.45);
  x.setTenants(withBirth);
  x.setAddress(withAdd);
  const dr = e.dr;
  return {
    withAdd, withBirth,
    dr: x.rng.chance(0.2) ? dr.replace('/', ' / ') : dr,
    date: x.date(e.date, x.rng.pick(['wdDenLong', 'wdNum', 'wdDenNum', 'num', 'wdLong'] as const)),
    time: x.time(e.time, x.rng.pick(['colon', 'dot', 'short'] as const)),
    title: `${x.rng.pick(KIND_TXT[j.kind])} des Amtsgerichts ${c.court.town} vom ${x.date(j.date, 'num')}, Az. ${x.azPrint(c.az)}`,
    service: x.date(addDays(j.date, x.rng.int(4, 12)), 'num'),
    office: `${b.street}, ${b.plz} ${b.town}`,
  };
}
function officeHead(x: Ctx, big: boolean): void {
  const s = x.s, b = x.c.eviction.bailiff;
  s.text(s.left, 15 * MM, `${b.title} ${b.name}`, { size: big ? 12 : 10.5, font: s.style.b });
  s.text(s.left, 15 * MM + 14, `bei dem Amtsgericht ${b.court}`, { size: 9.5 });
  s.text(s.left, 15 * MM + 26, `${b.street} · ${b.plz} ${b.town} · Tel. ${b.phone}`, { size: 8 });
  s.text(s.right, 15 * MM, `Sprechzeiten: ${b.hours}`, { size: 8, align: 'right' });
  s.text(s.right, 15 * MM + 11, `Dienstkonto: ${b.iban}`, { size: 8, align: 'right' });
  s.mark('court');
}
function recipient(x: Ctx) {
  if (x.d.kind === 'with-cover') return authorityRecipient(x.c.authority);
  return x.rng.chance(0.7) ? fachstelleRecipient(x.rng) : { lines: [`Stadtverwaltung ${x.hh.flat.town.name}`, 'Ordnungsamt – Obdachlosenbehörde', 'Rathausgasse 1', `${x.hh.flat.plz} ${x.hh.flat.town.name}`] };
}
function debtorLines(x: Ctx, withBirth: boolean, style: 'plain' | 'caps' | 'comma' | 'commaCaps'): string[] {
  return x.hh.tenants.map((p, i) => `${x.hh.tenants.length > 1 ? `${i + 1}. ` : ''}${x.name(p, style)}${withBirth ? `, ${x.birth(p, 'geb')}` : ''}`);
}
function flat(x: Ctx, withAdd: boolean): string[] {
  return [`${x.streetLine(x.rng.chance(0.3))}${withAdd && x.addition ? `, ${x.addition}` : ''}`, x.townLine()];
}

function tabelle(x: Ctx): void {
  const s = x.s, c = x.c;
  x.layout = 'gv-mitteilung-tabelle';
  const v = values(x);
  officeHead(x, true);
  addressField(s, `${c.eviction.bailiff.title} ${c.eviction.bailiff.name}, ${v.office}`, recipient(x));
  infoBlock(s, 50 * MM, [['DR-Nummer:', v.dr], ['Datum:', x.date(x.d.letterDate, 'num')], ['Bitte stets angeben.', '']], { labelW: 55 });
  s.mark('fileNumber');
  s.y = 100 * MM;
  s.line('Mitteilung des Räumungstermins', { bold: true, size: 12 });
  s.line('gemäß § 128 Abs. 2 GVGA – Benachrichtigung der zuständigen Stelle', { size: 9 });
  s.gap(4);
  s.para('In der nachfolgend bezeichneten Zwangsvollstreckungssache ist ein Termin zur Räumung bestimmt. Es ist zu befürchten, dass die Schuldner nach der Räumung obdachlos werden.', { size: 9.5 });
  const W = [140, s.right - s.left - 140];
  const row = (k: string, val: string | string[]): void => s.table([{ cells: [k, val] }], W, { after: 0, boldFirstCol: true, size: 9.5 });
  row('Gläubiger/in', [c.landlord.name, `${c.landlord.street}, ${c.landlord.plz} ${c.landlord.town}`]);
  s.mark('landlord');
  row('Schuldner/in', debtorLines(x, v.withBirth, 'commaCaps'));
  s.mark('tenants');
  row('Räumungsobjekt', flat(x, v.withAdd));
  s.mark('address');
  row('Vollstreckungstitel', v.title);
  s.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
  row('Räumungstermin', `${v.date}, ${v.time}`);
  s.mark('evictionDate');
  row('Zustellung des Titels', v.service);
  s.gap(8);
  s.para('Ich bitte, die erforderlichen Maßnahmen zur Vermeidung von Obdachlosigkeit in eigener Zuständigkeit zu prüfen. Ein Räumungsschutzantrag nach § 765a ZPO ist beim Vollstreckungsgericht spätestens zwei Wochen vor dem Termin zu stellen.', { size: 9 });
  s.gap(8);
  s.line(`${c.eviction.bailiff.name}`);
  s.line(c.eviction.bailiff.title, { size: 9 });
  x.sender = `${c.eviction.bailiff.title} ${c.eviction.bailiff.name} (AG ${c.eviction.bailiff.court})`;
}

function brief(x: Ctx): void {
  const s = x.s, c = x.c, b = c.eviction.bailiff;
  x.layout = 'gv-raeumungsmitteilung-brief';
  const v = values(x);
  officeHead(x, false);
  const t0 = x.hh.tenants[0];
  addressField(s, `${b.title} ${b.name}, ${v.office}`, { lines: [...x.hh.tenants.slice(0, 2).map((p) => x.name(p, 'salAcc')), ...flat(x, false)] });
  infoBlock(s, 50 * MM, [['Geschäftszeichen', v.dr], ['Datum', x.date(x.d.letterDate, 'long')]], { labelW: 72 });
  s.mark('fileNumber');
  s.text(125 * MM, 72 * MM, 'Durchschrift an die Fachstelle Wohnungssicherung', { size: 7.5 });
  s.y = 100 * MM;
  s.line('Räumungsmitteilung', { bold: true, size: 12 });
  s.gap(4);
  s.para(`${t0 ? (t0.female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr') + ' ' + t0.surname : 'Sehr geehrte Damen und Herren'},`, { after: 3 });
  s.para(`in der Zwangsvollstreckungssache ${c.landlord.name} gegen ${x.joinedNames('plain')}${v.withBirth ? ` (${x.hh.tenants.map((p) => x.birth(p, 'geb')).join('; ')})` : ''} hat mich die Gläubigerin beauftragt, die Räumung der von Ihnen bewohnten Wohnung ${flat(x, v.withAdd).join(', ')} zu betreiben.`);
  s.mark('landlord', 'tenants', 'address');
  s.para(`Grundlage ist das ${v.title}.`);
  s.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
  s.para(`Die Räumung findet statt am ${v.date}, um ${v.time}.`, { bold: true });
  s.mark('evictionDate');
  s.para('Ich fordere Sie auf, die Wohnung bis zu diesem Zeitpunkt vollständig zu räumen und die Schlüssel zu übergeben. Anderenfalls wird die Räumung mit Hilfe einer Spedition durchgeführt; die Kosten haben Sie zu tragen. Pfändbare Gegenstände können in Verwahrung genommen werden.');
  s.para('Bitte setzen Sie sich umgehend mit der Fachstelle Wohnungssicherung oder dem Ordnungsamt Ihrer Gemeinde in Verbindung, falls Sie keine neue Unterkunft haben.');
  s.para('Hochachtungsvoll', { after: 12 });
  s.line(b.name);
  s.line(b.title, { size: 9 });
  x.sender = `${b.title} ${b.name} (AG ${b.court})`;
}

function formblatt(x: Ctx): void {
  const s = x.s, c = x.c, b = c.eviction.bailiff;
  x.layout = 'gv-benachrichtigung-formblatt';
  s.style.size = 9.5;
  s.style.lead = 13;
  const v = values(x);
  officeHead(x, false);
  addressField(s, `${b.title} ${b.name}, ${v.office}`, recipient(x), { top: 40 * MM });
  s.text(s.right, 45 * MM, `DR ${v.dr.replace(/^DR(-Nr\.)? /, '')}`, { size: 11, font: s.style.b, align: 'right' });
  s.mark('fileNumber');
  s.text(s.right, 45 * MM + 14, x.date(x.d.letterDate, 'num'), { size: 9.5, align: 'right' });
  s.y = 92 * MM;
  s.line('Benachrichtigung nach § 128 Abs. 2 GVGA', { bold: true, size: 11.5 });
  s.line('(Räumung von Wohnraum – drohende Obdachlosigkeit)', { size: 9 });
  s.gap(6);
  s.kv('Gläubiger:', [c.landlord.name, `${c.landlord.street}, ${c.landlord.plz} ${c.landlord.town}`], { labelW: 120 });
  s.mark('landlord');
  if (c.lawyer) s.kv('vertreten durch:', `${c.lawyer.name}, ${c.lawyer.town}`, { labelW: 120 });
  s.kv('Schuldner:', debtorLines(x, v.withBirth, 'caps'), { labelW: 120 });
  s.mark('tenants');
  s.kv('Wohnung:', flat(x, v.withAdd), { labelW: 120 });
  s.mark('address');
  s.kv('Titel:', v.title, { labelW: 120 });
  s.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
  s.gap(4);
  s.line('Räumungstermin', { bold: true });
  s.kv('Datum:', v.date, { labelW: 120 });
  s.kv('Uhrzeit:', v.time, { labelW: 120 });
  s.mark('evictionDate');
  s.gap(4);
  const boxes: [boolean, string][] = [
    [true, 'Die Schuldner sind nach meiner Kenntnis nicht in der Lage, sich selbst Ersatzwohnraum zu beschaffen.'],
    [x.hh.tenants.length > 2, 'Im Haushalt leben minderjährige Kinder.'],
    [x.rng.chance(0.3), 'Haustiere sind vorhanden.'],
    [false, 'Die Räumung erfolgt nach dem „Berliner Modell“ (§ 885a ZPO).'],
  ];
  for (const [t, l] of boxes) {
    s.checkbox(s.left, s.y, t);
    s.text(s.left + 14, s.y, l, { size: 9 });
    s.y += 14;
  }
  s.gap(8);
  s.line(`${b.name}, ${b.title}`);
  x.sender = `${b.title} ${b.name} (AG ${b.court})`;
}

function schreibmaschine(x: Ctx): void {
  const s = x.s, c = x.c, b = c.eviction.bailiff;
  x.layout = 'gv-mitteilung-schreibmaschine';
  s.style = { r: 'mono', b: 'monoB', size: 9.5, lead: 13.5 };
  const v = values(x);
  s.text(s.left, 15 * MM, `${b.title.toUpperCase()} ${b.name.toUpperCase()}`, { size: 10, font: 'monoB' });
  s.text(s.left, 15 * MM + 13, `bei dem Amtsgericht ${b.court}`, { size: 9.5 });
  s.text(s.left, 15 * MM + 26, `${b.street}, ${b.plz} ${b.town}, Tel. ${b.phone}`, { size: 8.5 });
  s.mark('court');
  addressField(s, `${b.name}, ${v.office}`, recipient(x), { font: 'mono', size: 9.5 });
  s.text(125 * MM, 55 * MM, `${b.town}, ${x.date(x.d.letterDate, 'num')}`, { size: 9.5 });
  s.y = 96 * MM;
  s.line(`Geschäftszeichen: ${v.dr}`);
  s.mark('fileNumber');
  s.gap(4);
  s.line('Mitteilung über einen Räumungstermin', { bold: true });
  s.gap(4);
  s.para(`In der Zwangsvollstreckungssache`);
  s.para(`${c.landlord.name}, ${c.landlord.street}, ${c.landlord.plz} ${c.landlord.town}`, { x: s.left + 20 });
  s.mark('landlord');
  s.para('- Gläubigerin -', { x: s.left + 20 });
  s.para('gegen');
  for (const l of debtorLines(x, v.withBirth, 'commaCaps')) s.line(l, { x: s.left + 20 });
  s.mark('tenants');
  for (const l of flat(x, v.withAdd)) s.line(l, { x: s.left + 20 });
  s.mark('address');
  s.line('- Schuldner -', { x: s.left + 20 });
  s.gap(4);
  s.para(`wegen Räumung aus dem ${v.title},`);
  s.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
  s.para(`teile ich mit, dass die Räumung auf ${v.date}, ${v.time}, festgesetzt ist.`);
  s.mark('evictionDate');
  s.para('Ich rege an, den Schuldnern Hilfe anzubieten. Eine Verlegung des Termins ist nur auf Bewilligung der Gläubigerin möglich.');
  s.gap(10);
  s.line(`(${b.name})`);
  s.line(b.title);
  x.sender = `${b.title} ${b.name} (AG ${b.court})`;
}

function kurz(x: Ctx): void {
  const s = x.s, c = x.c, b = c.eviction.bailiff;
  x.layout = 'gv-kurzmitteilung';
  const v = values(x);
  officeHead(x, true);
  addressField(s, `${b.title} ${b.name}, ${v.office}`, recipient(x));
  s.y = 98 * MM;
  s.row([{ x: s.left, text: 'RÄUMUNGSTERMIN', bold: true }, { x: 125 * MM, text: v.dr }], { size: 12 });
  s.mark('fileNumber');
  s.hr({ w: 1.2 });
  s.kv('Termin', `${v.date} – ${v.time}`, { labelW: 110, boldValue: true });
  s.mark('evictionDate');
  s.kv('Schuldner', debtorLines(x, v.withBirth, 'plain'), { labelW: 110 });
  s.mark('tenants');
  s.kv('Anschrift', flat(x, v.withAdd).join(', '), { labelW: 110 });
  s.mark('address');
  s.kv('Gläubiger', c.landlord.name, { labelW: 110 });
  s.mark('landlord');
  s.kv('Titel', v.title, { labelW: 110 });
  s.mark('relatedFileNumbers', 'judgmentKind', 'judgmentDate');
  s.kv('Schreiben vom', x.date(x.d.letterDate, 'num'), { labelW: 110 });
  s.hr({ w: 1.2 });
  s.para('Benachrichtigung gemäß § 128 Abs. 2 GVGA. Der Räumungstermin ist den Schuldnern am selben Tag zugestellt worden.', { size: 9 });
  s.line(`gez. ${b.name}`);
  pageNumber(s, 1, 2);
  x.sender = `${b.title} ${b.name} (AG ${b.court})`;
}

export function evictionTemplate(x: Ctx): void {
  ({ tabelle, brief, formblatt, schreibmaschine, kurz } as const)[x.c.eviction.bailiff.form](x);
}
