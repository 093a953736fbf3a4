/** Bailiffs, benefit authorities (cover letters and letters), landlords and lawyers. */
import { type Case, type DocSpec, Truth, type Built, tenantTruth, flatTruth } from './model.js';
import { PageBuilder, MM, nb, type FontKey } from './page.js';
import { fmtDate, fmtMoney, fmtTime, addDays, MONTHS, type DateStyle, type MoneyStyle } from './fmt.js';
import { addrOneLine, streetLine, cityLine, fullName, surnameFirst, upperSurname, titled, born, tenantsProse, windowBlock, recipientAuthority, recipientService, ruledTable, tableFrame, tenantWindow, salutation, sameSurname } from './common.js';
import type { Rng } from './rng.js';
import { HOUSING } from './data.js';

const KIND_TEXT = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' } as const;
const KIND_GEN = { raeumungsurteil: 'des Urteils', versaeumnisurteil: 'des Versäumnisurteils', anerkenntnisurteil: 'des Anerkenntnisurteils' } as const;

// ---------------------------------------------------------------- bailiffs
export function bailiffNotice(c: Case, d: DocSpec, rng: Rng): Built {
  const b = c.bailiff;
  if (!b) throw new Error('no bailiff');
  const t = new Truth();
  const court = c.court;
  const e = c.eviction;
  const j = c.judgment;
  t.set('court', court.name, 1);
  t.set('fileNumber', e.dr, 1);
  t.set('relatedFileNumbers', [c.fileNo], 1);
  t.set('tenants', tenantTruth(c, true), 1);
  t.set('address', flatTruth(c), 1);
  t.set('landlord', c.landlord.name, 1);
  t.set('evictionDate', { date: e.date, time: e.time }, 1);
  t.set('judgmentKind', j.kind, 1);
  t.set('judgmentDate', j.date, 1);
  const recip = rng.chance(0.5) ? recipientService() : recipientAuthority(c);
  if (b.key === 'gv-mannheim') {
    const pb = new PageBuilder('sans', 10);
    const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
    pb.text(L, 15 * MM, b.title, { font: 'sansB', size: 12 });
    pb.text(L, 15 * MM + 15, nb(b.name), { size: 11 });
    pb.text(L, 15 * MM + 29, `bei dem ${court.name}`, { size: 9 });
    pb.text(R, 15 * MM, nb(`${b.street} · ${b.postal} ${b.city}`), { size: 8.5, align: 'right' });
    pb.text(R, 15 * MM + 11, nb(`Tel. ${b.phone} · Fax ${b.fax}`), { size: 8.5, align: 'right' });
    pb.text(R, 15 * MM + 22, b.hours, { size: 8.5, align: 'right' });
    pb.text(R, 15 * MM + 33, nb('IBAN DE41 6705 0505 0039 8821 04'), { size: 8.5, align: 'right' });
    windowBlock(pb, `${b.title} ${b.name}, ${b.street}, ${b.postal} ${b.city}`, recip, { size: 10 });
    pb.rect(125 * MM, 50 * MM, 65 * MM, 26 * MM, { lw: 0.8 });
    pb.text(128 * MM, 52 * MM, 'Geschäftszeichen – bitte stets angeben', { size: 6.8 });
    pb.text(128 * MM, 52 * MM + 11, nb(e.dr), { font: 'sansB', size: 13 });
    pb.text(128 * MM, 52 * MM + 30, nb(`Mannheim, ${fmtDate(e.letterDate, 'dmy')}`), { size: 9 });
    let y = 102 * MM;
    pb.text(L, y, 'Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)', { font: 'sansB', size: 11.5 });
    y += 22;
    const rows = [
      { label: 'Gläubiger/in', value: [nb(c.landlord.name), `${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)}`] },
      { label: 'Schuldner/in', value: c.tenants.map((p, i) => `${c.tenants.length > 1 ? `${i + 1}. ` : ''}${surnameFirst(p)}, ${born(p)}`) },
      { label: 'Räumungsobjekt', value: [`${streetLine(c.flat)}${c.flat.addition ? ', ' + nb(c.flat.addition) : ''}`, cityLine(c.flat)] },
      { label: 'Vollstreckungstitel', value: [`${KIND_TEXT[j.kind]} des ${court.name} vom ${nb(fmtDate(j.date, 'dmy'))}`, `Az. ${nb(c.fileNo)}`] },
      { label: 'Räumungstermin', value: [`${nb(fmtDate(e.date, 'wd-dmy'))}, ${nb(fmtTime(e.time, 'colon') + ' Uhr')}`] },
    ];
    const y0 = y;
    y = ruledTable(pb, L, y, 45 * MM, W - 45 * MM, rows, { size: 10, lfont: 'sansB', pad: 5 });
    tableFrame(pb, L, y0, y, 45 * MM, W - 45 * MM);
    y += 16;
    y = pb.para(L, y, W, 'Nach meinen Feststellungen droht den Schuldnern Obdachlosigkeit. Ich gebe Ihnen Gelegenheit, rechtzeitig vor dem Termin Maßnahmen zur Unterbringung zu prüfen. Die Schuldner wurden über den Termin durch Zustellung benachrichtigt.', { size: 9.5 });
    y += 8;
    y = pb.para(L, y, W, 'Bitte teilen Sie mir mit, falls eine Übernahme der Rückstände erfolgt oder eine Einweisung in die bisherige Wohnung beabsichtigt ist.', { size: 9.5 });
    pb.text(L, y + 22, 'Mit freundlichen Grüßen', { size: 9.5 });
    pb.text(L, y + 50, `${nb(b.name)}, ${b.title}`, { size: 9.5 });
    pb.foldMarks();
    return { pages: [pb.page], truth: t, layout: 'gv-mannheim-raeumung', sender: `${b.title} ${b.name} (${court.name})` };
  }
  if (b.key === 'gv-karlsruhe') {
    const pb = new PageBuilder('serif', 10.5);
    const L = 24 * MM, R = pb.w - 20 * MM, W = R - L;
    pb.text(pb.w / 2, 13 * MM, nb(`${b.name}`), { font: 'serifB', size: 13, align: 'center' });
    pb.text(pb.w / 2, 13 * MM + 16, `${b.title} bei dem ${court.name}`, { size: 10, align: 'center' });
    pb.text(pb.w / 2, 13 * MM + 29, nb(`${b.street} | ${b.postal} ${b.city} | Telefon ${b.phone} | Telefax ${b.fax}`), { size: 8, align: 'center' });
    pb.line(L, 13 * MM + 40, R, 13 * MM + 40, 0.5);
    windowBlock(pb, `${b.name} · ${b.street} · ${b.postal} ${b.city}`, recip, { size: 10.5, font: 'serif' });
    pb.text(125 * MM, 55 * MM, nb(`DR-Nr.: ${e.dr.replace(/^DR /, 'DR ')}`), { size: 10 });
    pb.text(125 * MM, 55 * MM + 14, nb(`Karlsruhe, den ${fmtDate(e.letterDate, 'long')}`), { size: 10 });
    let y = 100 * MM;
    pb.text(L, y, 'Zwangsräumung – Benachrichtigung der Gemeinde gem. § 130 GVGA', { font: 'serifB', size: 11 });
    y += 24;
    pb.text(L, y, 'Sehr geehrte Damen und Herren,'); y += 20;
    const titleLine = `aufgrund ${KIND_GEN[j.kind]} des ${court.name} vom ${nb(fmtDate(j.date, 'long'))} (Az. ${nb(c.fileNo)})`;
    y = pb.para(L, y, W, `im Auftrag der Gläubigerin ${nb(c.landlord.name)} habe ich ${titleLine} die Zwangsräumung der Wohnung ${addrOneLine(c.flat, { abbrev: true })} gegen ${c.tenants.map((p) => `${titled(p)} (${born(p, 'geb-am')})`).join(' und ')} zu vollziehen.`);
    y += 8;
    y = pb.para(L, y, W, 'Der Räumungstermin ist bestimmt auf');
    y += 4;
    pb.text(L + 15 * MM, y, `${nb(fmtDate(e.date, 'wd-den-long'))}, ${nb(fmtTime(e.time, 'dot') + ' Uhr')}.`, { font: 'serifB', size: 11.5 });
    y += 22;
    y = pb.para(L, y, W, 'Es ist zu befürchten, dass die Schuldner nach der Räumung obdachlos werden. Ich bitte, in eigener Zuständigkeit die erforderlichen Maßnahmen zu prüfen. Eine Kopie dieses Schreibens erhält das Ordnungsamt.');
    y += 20;
    pb.text(L, y, 'Mit freundlichen Grüßen');
    pb.path(`M ${L} ${y + 38} c 10 -16 18 8 26 -6 s 14 -10 22 4 l 30 -8`, '#1b2a8a', 1.1, 0.85);
    pb.text(L, y + 46, `${b.name}`);
    pb.text(L, y + 59, b.title, { size: 9 });
    return { pages: [pb.page], truth: t, layout: 'gv-karlsruhe-raeumung', sender: `${b.title} ${b.name} (${court.name})` };
  }
  // Saarbrücken: boxed form
  const pb = new PageBuilder('cond', 10);
  const L = 20 * MM, R = pb.w - 18 * MM, W = R - L;
  pb.rect(L, 12 * MM, W, 22 * MM, { lw: 1.2 });
  pb.text(L + 4, 12 * MM + 5, `Der ${b.title} ${nb(b.name)}`, { font: 'condB', size: 11 });
  pb.text(L + 4, 12 * MM + 20, `Amtsgericht Saarbrücken – Gerichtsvollzieherverteilerstelle`, { size: 8.5 });
  pb.text(L + 4, 12 * MM + 32, nb(`${b.street}, ${b.postal} ${b.city}`) + ' · ' + nb(`Tel. ${b.phone}`) + ' · ' + b.hours, { size: 8.5 });
  pb.text(R - 4, 12 * MM + 5, nb(e.dr), { font: 'condB', size: 12, align: 'right' });
  windowBlock(pb, `GV ${b.name}, ${b.street}, ${b.postal} ${b.city}`, recip, { x: 22 * MM, size: 10 });
  pb.text(125 * MM, 58 * MM, nb(`Datum: ${fmtDate(e.letterDate, 'dmy')}`), { size: 10 });
  let y = 98 * MM;
  pb.text(L, y, 'MITTEILUNG EINES RÄUMUNGSTERMINS', { font: 'condB', size: 12.5 });
  y += 16;
  pb.text(L, y, 'an die für die Unterbringung Obdachloser zuständige Stelle (§ 130 Abs. 3 GVGA)', { size: 9 });
  y += 18;
  const rows = [
    { label: 'In der Zwangsvollstreckungssache', value: [`${nb(c.landlord.name)} (Gläubigerin)`] },
    { label: 'gegen', value: c.tenants.map((p) => `${upperSurname(p)}, ${born(p, 'star')}`) },
    { label: 'Anschrift', value: [addrOneLine(c.flat, { abbrev: true })] },
    { label: 'Titel', value: [`${KIND_TEXT[j.kind]} vom ${nb(fmtDate(j.date, 'dmy-short'))}, ${court.name}, ${nb(c.fileNo)}`] },
    { label: 'Termin zur Räumung', value: [`${nb(fmtDate(e.date, 'dmy'))} um ${nb(fmtTime(e.time, 'dot-pad') + ' Uhr')}`] },
    { label: 'Personen im Haushalt', value: [`${c.tenants.length} Erwachsene, ${rng.int(0, 3)} Kinder (nach Angaben der Gläubigerin)`] },
  ];
  const y0 = y;
  y = ruledTable(pb, L, y, 55 * MM, W - 55 * MM, rows, { size: 10, lfont: 'cond', shade: '#e8e8e8', lw: 0.8 });
  tableFrame(pb, L, y0, y, 55 * MM, W - 55 * MM, 0.8);
  y += 16;
  y = pb.para(L, y, W, 'Die Räumung wird als sogenannte Berliner Räumung (§ 885a ZPO) durchgeführt, sofern die Gläubigerin nichts anderes bestimmt. Rückfragen bitte nur unter Angabe der DR-Nummer.', { size: 9.5 });
  pb.text(L, y + 24, `gez. ${nb(b.name)}`, { size: 10 });
  pb.text(L, y + 37, b.title, { size: 9 });
  return { pages: [pb.page], truth: t, layout: 'gv-saarbruecken-raeumung', sender: `${b.title} ${b.name} (${court.name})` };
}

// ---------------------------------------------------------------- authority style
interface AuthStyle { font: FontKey; bold: FontKey; ds: DateStyle; ms: MoneyStyle; head: 'left' | 'right' | 'band' }
const AUTH_STYLE: Record<string, AuthStyle> = {
  'jc-mannheim': { font: 'sans', bold: 'sansB', ds: 'dmy', ms: 'eur-sign', head: 'band' },
  'sa-heidelberg': { font: 'serif', bold: 'serifB', ds: 'long', ms: 'euro-word', head: 'right' },
  'jc-karlsruhe': { font: 'sans', bold: 'sansB', ds: 'dmy', ms: 'eur-code', head: 'left' },
  'jc-freiburg': { font: 'cond', bold: 'condB', ds: 'dmy', ms: 'eur-sign', head: 'band' },
  'sa-ludwigshafen': { font: 'cond', bold: 'condB', ds: 'dmy', ms: 'code-first', head: 'right' },
  'jc-saarbruecken': { font: 'sans', bold: 'sansB', ds: 'dmy', ms: 'eur-code', head: 'left' },
  'sa-darmstadt': { font: 'serif', bold: 'serifB', ds: 'long', ms: 'eur-sign', head: 'right' },
};

function authHead(pb: PageBuilder, c: Case, st: AuthStyle, date: string, rng: Rng, recipient: string[], refs: { label: string; value: string }[]): number {
  const a = c.authority;
  const L = 25 * MM, R = pb.w - 20 * MM;
  if (st.head === 'band') {
    pb.rect(0, 0, pb.w, 14 * MM, { stroke: null, fill: '#d0d0d0' });
    pb.text(L, 4.5 * MM, a.lines[0] ?? a.name, { font: st.bold, size: 14 });
    pb.text(R, 6 * MM, a.kind === 'jobcenter' ? 'Grundsicherung für Arbeitsuchende' : 'Sozialverwaltung', { size: 8, align: 'right' });
  } else if (st.head === 'right') {
    a.lines.forEach((l, i) => pb.text(R, 14 * MM + i * 13, l, { font: i === 0 ? st.bold : st.font, size: i === 0 ? 12 : 9.5, align: 'right' }));
  } else {
    pb.text(L, 14 * MM, a.lines[0] ?? a.name, { font: st.bold, size: 13 });
    a.lines.slice(1).forEach((l, i) => pb.text(L, 14 * MM + 16 + i * 11, l, { size: 9 }));
  }
  windowBlock(pb, `${a.lines[0]} · ${a.street} · ${a.postal} ${a.city}`, recipient, { size: 10, font: st.font });
  let y = 50 * MM;
  for (const r of [...refs, { label: 'Telefon', value: nb(a.phone) }, { label: 'Datum', value: nb(fmtDate(date, st.ds)) }]) {
    pb.text(125 * MM, y, `${r.label}:`, { size: 8.5, font: st.font });
    pb.text(150 * MM, y, r.value, { size: 8.5, font: st.font });
    y += 11.5;
  }
  pb.text(125 * MM, y + 4, nb(`Sprechzeiten: Mo–Fr ${rng.pick(['8:00–12:00', '8:30–12:30'])} Uhr`), { size: 7.5, font: st.font });
  pb.foldMarks();
  return Math.max(100 * MM, y + 24);
}

/** Cover letter page of a benefits authority forwarding a court/bailiff document. */
export function coverLetter(c: Case, d: DocSpec, rng: Rng, forwardedDate: string, what: string): Built {
  const st = AUTH_STYLE[c.authority.key] as AuthStyle;
  const pb = new PageBuilder(st.font, 10);
  const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
  const date = addDays(forwardedDate, rng.int(2, 5));
  const refs = [{ label: 'Zeichen', value: nb(`${c.authority.kind === 'jobcenter' ? '62' : '50'}.${rng.int(10, 49)}-${rng.pick(['WS', 'KdU', 'Prä'])}`) }];
  if (c.authority.kind === 'jobcenter') refs.push({ label: 'BG-Nummer', value: nb(c.bgNo) });
  else refs.push({ label: 'Kunden-Nr.', value: nb(c.customerNo) });
  let y = authHead(pb, c, st, date, rng, recipientService(), refs);
  const surname = c.tenants.map((p) => p.surname).filter((s, i, a) => a.indexOf(s) === i).join(' / ');
  pb.text(L, y, `Weiterleitung: ${what}`, { font: st.bold, size: 10.5 });
  y += 14;
  pb.text(L, y, nb(`Haushalt ${surname}`) + ` – ${c.authority.kind === 'jobcenter' ? nb(`BG ${c.bgNo}`) : nb(`Kd.-Nr. ${c.customerNo}`)}`, { size: 10 });
  y += 24;
  pb.text(L, y, 'Sehr geehrte Damen und Herren,'); y += 18;
  y = pb.para(L, y, W, `anbei erhalten Sie die uns am ${nb(fmtDate(addDays(forwardedDate, rng.int(1, 3)), 'dmy'))} zugegangene ${what} zur Kenntnis und mit der Bitte, im Rahmen der vereinbarten Präventionsarbeit Kontakt mit dem Haushalt aufzunehmen.`);
  y += 8;
  y = pb.para(L, y, W, rng.chance(0.5) ? 'Der Haushalt steht bei uns im laufenden Leistungsbezug. Ein Antrag auf Übernahme von Mietschulden liegt bislang nicht vor.' : 'Nach unseren Unterlagen besteht derzeit kein Leistungsbezug. Eine Beratung zu möglichen Ansprüchen wird empfohlen.');
  y += 8;
  y = pb.para(L, y, W, 'Bitte informieren Sie uns über das Ergebnis Ihrer Kontaktaufnahme. Für Rückfragen stehen wir Ihnen gerne zur Verfügung.');
  y += 20;
  pb.text(L, y, 'Mit freundlichen Grüßen'); y += 14;
  pb.text(L, y, 'Im Auftrag'); y += 30;
  pb.text(L, y, rng.pick(['Schneider', 'Gruber', 'Aksoy', 'Lehmann', 'Mertens', 'Wolf']));
  y += 30;
  pb.text(L, y, 'Anlage: 1 Schreiben (Kopie)', { size: 9 });
  return { pages: [pb.page], truth: new Truth(), layout: `${c.authority.key}-anschreiben`, sender: c.authority.name };
}

/** Letter of a benefits authority to the tenants about rent arrears (type other). */
export function authorityLetter(c: Case, d: DocSpec, rng: Rng): Built {
  const st = AUTH_STYLE[c.authority.key] as AuthStyle;
  const pb = new PageBuilder(st.font, 10);
  const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
  const t = new Truth();
  const refs = c.authority.kind === 'jobcenter' ? [{ label: 'BG-Nummer', value: nb(c.bgNo) }] : [{ label: 'Kunden-Nr.', value: nb(c.customerNo) }];
  let y = authHead(pb, c, st, d.letterDate, rng, tenantWindow(c, {}, 'herr-frau'), refs);
  t.set('tenants', tenantTruth(c, false), 1);
  t.set('address', flatTruth(c), 1);
  t.set('landlord', c.landlord.name, 1);
  t.set('monthlyRent', c.rent, 1);
  t.set('arrears', c.arrearsTermination, 1);
  const money = (v: number) => nb(fmtMoney(v, st.ms));
  pb.text(L, y, c.authority.kind === 'jobcenter' ? 'Übernahme von Mietschulden nach § 22 Abs. 8 SGB II' : 'Übernahme von Mietschulden nach § 36 SGB XII', { font: st.bold, size: 10.5 });
  y += 14;
  pb.text(L, y, 'Anforderung von Unterlagen – Mitwirkung nach § 60 SGB I', { size: 9.5 });
  y += 22;
  pb.text(L, y, salutation(c.tenants)); y += 18;
  y = pb.para(L, y, W, `Sie haben uns mitgeteilt, dass gegenüber Ihrem Vermieter, ${nb(c.landlord.name)}, für die Wohnung ${streetLine(c.flat)} in ${nb(c.flat.city)} Mietrückstände in Höhe von ${money(c.arrearsTermination)} bestehen. Die vertraglich vereinbarte Miete beträgt ${money(c.rent)} monatlich.`);
  y += 8;
  if (d.jcMentionsOrdinary) {
    t.set('ordinaryTermination', true, 1);
    y = pb.para(L, y, W, `Nach der vorgelegten Kündigung vom ${nb(fmtDate(c.terminationDate, 'dmy'))} wurde das Mietverhältnis fristlos und hilfsweise ordentlich gekündigt. Bitte beachten Sie: Auch wenn wir die Rückstände übernehmen, bleibt die ordentliche Kündigung unter Umständen wirksam. Suchen Sie deshalb bitte umgehend eine Beratungsstelle auf.`);
    y += 8;
  }
  y = pb.para(L, y, W, `Damit wir über die Übernahme entscheiden können, reichen Sie bitte bis zum ${nb(fmtDate(addDays(d.letterDate, 14), 'dmy'))} folgende Unterlagen ein:`);
  y += 4;
  for (const item of ['Mietvertrag und aktuelle Mietkontoübersicht des Vermieters', 'Mahnungen und Kündigungsschreiben', 'Kontoauszüge der letzten drei Monate', 'Nachweise über Einkommen aller Haushaltsmitglieder', 'Erklärung, wie die laufende Miete künftig gesichert wird']) {
    pb.text(L + 5 * MM, y, `–  ${item}`, { size: 9.5 });
    y += 12.5;
  }
  y += 8;
  y = pb.para(L, y, W, 'Kommen Sie Ihrer Mitwirkungspflicht nicht nach, kann die Leistung ganz oder teilweise versagt werden (§ 66 SGB I).', { size: 9.5 });
  y += 16;
  pb.text(L, y, 'Mit freundlichen Grüßen'); y += 30;
  pb.text(L, y, rng.pick(['Ihr Team Unterkunft', 'Sachbearbeitung Wohnungssicherung', 'Ihre Leistungsabteilung']));
  return { pages: [pb.page], truth: t, layout: `${c.authority.key}-schreiben`, sender: c.authority.name };
}

// ---------------------------------------------------------------- landlords and lawyers
function terminationBody(pb: PageBuilder, c: Case, d: DocSpec, t: Truth, x: number, y: number, w: number, ms: MoneyStyle, ds: DateStyle, we: boolean, client: string | null): number {
  const money = (v: number) => nb(fmtMoney(v, ms));
  const months = monthsSpan(c.terminationDate, Math.max(2, Math.round(c.arrearsTermination / c.rent)));
  const subj = we ? 'wir' : 'ich';
  const intro = client ? `zeigen wir an, dass wir ${client} anwaltlich vertreten; eine auf uns lautende Vollmacht ist beigefügt. Namens und im Auftrag unserer Mandantschaft erklären wir Folgendes:` : null;
  if (intro) { y = pb.para(x, y, w, intro); y += 6; }
  y = pb.para(x, y, w, `Sie sind mit der Zahlung der Miete für die Monate ${months} in Verzug. Der Rückstand beläuft sich inzwischen auf ${money(c.arrearsTermination)}. Die monatliche Miete beträgt ${money(c.rent)} (Grundmiete zuzüglich Betriebs- und Heizkostenvorauszahlung).`);
  t.set('arrears', c.arrearsTermination, 1);
  t.set('monthlyRent', c.rent, 1);
  y += 6;
  y = pb.para(x, y, w, `Aufgrund dieses Zahlungsverzugs ${client ? 'kündigen wir namens unserer Mandantschaft' : `kündige${we ? 'n' : ''} ${subj}`} das Mietverhältnis über die Wohnung ${addrOneLine(c.flat)} fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 und § 569 Abs. 3 BGB.`);
  y += 6;
  if (c.ordinaryTermination) {
    y = pb.para(x, y, w, `Hilfsweise, für den Fall der Unwirksamkeit der fristlosen Kündigung, wird das Mietverhältnis hiermit ordentlich gemäß § 573 Abs. 2 Nr. 1 BGB zum ${nb(fmtDate(c.ordinaryEnd, ds))} gekündigt.`);
  } else {
    y = pb.para(x, y, w, 'Die Kündigung erfolgt ausschließlich als außerordentliche Kündigung aus wichtigem Grund.');
  }
  t.set('ordinaryTermination', c.ordinaryTermination, 1);
  y += 6;
  y = pb.para(x, y, w, `Sie werden aufgefordert, die Wohnung bis spätestens ${nb(fmtDate(addDays(c.terminationDate, 14), ds))} zu räumen und mit allen Schlüsseln zurückzugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB wird ausdrücklich widersprochen. Sollten Sie die Wohnung nicht fristgerecht zurückgeben, wird Räumungsklage erhoben.`);
  y += 6;
  y = pb.para(x, y, w, `Die Zahlung des Rückstands innerhalb von zwei Monaten nach Zustellung einer Räumungsklage kann die fristlose Kündigung unwirksam machen (§ 569 Abs. 3 Nr. 2 BGB).`, { size: 9 });
  return y;
}
function monthsSpan(termination: string, n: number): string {
  const [y, m] = termination.split('-').map(Number);
  const end = (m ?? 1) - 1; // previous month index (0-based month of termination minus 1)
  const list: string[] = [];
  for (let i = n; i >= 1; i--) {
    let mi = end - i + 1 - 1;
    let yy = y ?? 2025;
    while (mi < 0) { mi += 12; yy -= 1; }
    list.push(`${MONTHS[mi]} ${yy}`);
  }
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} und ${list[list.length - 1]}` : (list[0] ?? '');
}

export function housingLetter(c: Case, d: DocSpec, rng: Rng): Built {
  const org = (HOUSING[c.court.key] ?? [])[0];
  if (!org) throw new Error('no housing company');
  const key = c.court.key;
  const t = new Truth();
  t.set('tenants', tenantTruth(c, false), 1);
  t.set('address', flatTruth(c), 1);
  t.set('landlord', org.name, 1);
  const styles: Record<string, { font: FontKey; bold: FontKey; ms: MoneyStyle; ds: DateStyle; accent: string }> = {
    mannheim: { font: 'sans', bold: 'sansB', ms: 'eur-sign', ds: 'dmy', accent: '#555555' },
    saarbruecken: { font: 'cond', bold: 'condB', ms: 'eur-code', ds: 'long', accent: '#333333' },
    darmstadt: { font: 'serif', bold: 'serifB', ms: 'dash-euro', ds: 'dmy', accent: '#777777' },
  };
  const st = styles[key] ?? styles.mannheim!;
  const pb = new PageBuilder(st.font, 10);
  const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
  // letterhead
  if (key === 'saarbruecken') {
    pb.rect(L, 12 * MM, 10 * MM, 10 * MM, { stroke: null, fill: st.accent });
    pb.text(L + 13 * MM, 12 * MM, org.name, { font: st.bold, size: 14 });
    pb.text(L + 13 * MM, 12 * MM + 17, 'Wohnen im Saarland – seit 1952', { size: 8.5 });
  } else if (key === 'darmstadt') {
    pb.text(pb.w / 2, 12 * MM, org.name, { font: st.bold, size: 15, align: 'center' });
    pb.line(L, 12 * MM + 20, R, 12 * MM + 20, 1.2, st.accent);
    pb.text(pb.w / 2, 12 * MM + 25, nb(`${org.street} · ${org.postal} ${org.city} · Telefon ${org.phone}`), { size: 8, align: 'center' });
  } else {
    pb.text(R, 12 * MM, org.short ?? org.name, { font: st.bold, size: 17, align: 'right', color: '#222222' });
    pb.text(R, 12 * MM + 21, org.name, { size: 8.5, align: 'right' });
  }
  windowBlock(pb, `${org.name} · ${org.street} · ${org.postal} ${org.city}`, tenantWindow(c, {}, rng.pick(['titled', 'eheleute', 'herr-frau'] as const)), { size: 10, font: st.font });
  let y = 50 * MM;
  const info = [['Vertragsnummer', c.contractNo], ['Ansprechpartner/in', rng.pick(['Frau Baumann', 'Herr Keller', 'Frau Nikolić', 'Herr Brandl'])], ['Telefon', org.phone], ['Datum', fmtDate(d.letterDate, st.ds)]];
  for (const [k, v] of info) { pb.text(125 * MM, y, `${k}:`, { size: 8.5 }); pb.text(157 * MM, y, nb(v ?? ''), { size: 8.5 }); y += 11.5; }
  // footer with bank details (distractor)
  pb.line(L, pb.h - 22 * MM, R, pb.h - 22 * MM, 0.4);
  pb.text(L, pb.h - 20 * MM, nb(`${org.name} · ${org.street} · ${org.postal} ${org.city}`), { size: 7 });
  pb.text(L, pb.h - 20 * MM + 9, nb(`Sparkasse · IBAN DE${rng.int(10, 99)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)} · Amtsgericht ${c.court.place} HRB ${rng.int(1000, 79999)}`), { size: 7 });
  pb.foldMarks();
  y = 100 * MM;
  if (d.variant === 'mahnung') {
    pb.text(L, y, rng.chance(0.5) ? 'Zahlungserinnerung und Mahnung' : '2. Mahnung – Mietrückstand', { font: st.bold, size: 11 });
    y += 14;
    pb.text(L, y, `Mietobjekt: ${addrOneLine(c.flat)}`, { size: 9.5 });
    y += 22;
    pb.text(L, y, salutation(c.tenants)); y += 18;
    y = pb.para(L, y, W, `bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass Ihr Mietkonto einen Rückstand aufweist. Ihre monatliche Miete beträgt ${nb(fmtMoney(c.rent, st.ms))}.`);
    y += 8;
    const rows = [
      { label: 'Offener Betrag (Miete)', value: [nb(fmtMoney(c.arrearsMahnung, st.ms))] },
      { label: 'Mahngebühr', value: [nb(fmtMoney(500, st.ms))] },
      { label: 'Zu zahlen bis', value: [nb(fmtDate(addDays(d.letterDate, 10), st.ds))] },
    ];
    const y0 = y;
    y = ruledTable(pb, L, y, 70 * MM, 50 * MM, rows, { size: 10, lw: 0.5 });
    tableFrame(pb, L, y0, y, 70 * MM, 50 * MM, 0.5);
    t.set('arrears', c.arrearsMahnung, 1);
    t.set('monthlyRent', c.rent, 1);
    y += 12;
    y = pb.para(L, y, W, 'Bitte überweisen Sie den offenen Betrag umgehend. Sollten Sie sich in einer finanziellen Notlage befinden, sprechen Sie uns bitte an – wir vereinbaren gerne eine Ratenzahlung. Wir weisen darauf hin, dass ein Rückstand in Höhe von zwei Monatsmieten zur fristlosen Kündigung berechtigt.');
  } else {
    pb.text(L, y, 'Fristlose Kündigung des Mietverhältnisses', { font: st.bold, size: 11.5 });
    y += 14;
    pb.text(L, y, nb(`Vertrags-Nr. ${c.contractNo}`), { size: 9.5 });
    y += 22;
    pb.text(L, y, salutation(c.tenants)); y += 18;
    y = terminationBody(pb, c, d, t, L, y, W, st.ms, st.ds, true, null);
  }
  y += 16;
  pb.text(L, y, 'Mit freundlichen Grüßen');
  pb.text(L, y + 14, org.name, { size: 9.5 });
  pb.text(L, y + 44, `i. A. ${rng.pick(['Baumann', 'Keller', 'Nikolić', 'Brandl'])}`, { size: 9.5 });
  return { pages: [pb.page], truth: t, layout: `${key}-wohnbau-${d.variant === 'mahnung' ? 'mahnung' : 'kuendigung'}`, sender: org.name };
}

export function lawyerLetter(c: Case, d: DocSpec, rng: Rng): Built {
  const lw = c.lawyer;
  if (!lw) throw new Error('no lawyer');
  const key = c.court.key;
  const t = new Truth();
  t.set('tenants', tenantTruth(c, false), 1);
  t.set('address', flatTruth(c), 1);
  t.set('landlord', c.landlord.name, 1);
  const st = key === 'mannheim' ? { font: 'serif' as FontKey, bold: 'serifB' as FontKey, ms: 'eur-sign' as MoneyStyle, ds: 'long' as DateStyle }
    : key === 'darmstadt' ? { font: 'sans' as FontKey, bold: 'sansB' as FontKey, ms: 'sign-first' as MoneyStyle, ds: 'dmy' as DateStyle }
      : { font: 'cond' as FontKey, bold: 'condB' as FontKey, ms: 'euro-word' as MoneyStyle, ds: 'dmy' as DateStyle };
  const pb = new PageBuilder(st.font, 10);
  const L = 25 * MM, R = pb.w - 20 * MM, W = R - L;
  if (key === 'mannheim') {
    pb.text(L, 12 * MM, lw.firm.toUpperCase(), { font: st.bold, size: 13 });
    pb.line(L, 12 * MM + 18, R, 12 * MM + 18, 0.5);
    lw.names.forEach((n, i) => pb.text(R, 12 * MM + 24 + i * 11, `${n}, Rechtsanwalt${/Katrin|Lena|Petra|Susanne|Ulrike/.test(n) ? 'in' : ''}`, { size: 8.5, align: 'right' }));
  } else if (key === 'darmstadt') {
    pb.rect(L, 10 * MM, W, 18 * MM, { stroke: null, fill: '#e3e3e3' });
    pb.text(L + 4 * MM, 10 * MM + 12, lw.firm, { font: st.bold, size: 14 });
    pb.text(R - 4 * MM, 10 * MM + 15, lw.names.join(' · '), { size: 8.5, align: 'right' });
  } else {
    pb.text(L, 12 * MM, lw.firm, { font: st.bold, size: 14 });
    pb.text(L, 12 * MM + 17, lw.names.join(' | ') + ' | Fachanwälte für Miet- und WEG-Recht', { size: 8 });
  }
  windowBlock(pb, `${lw.firm} · ${lw.street} · ${lw.postal} ${lw.city}`, tenantWindow(c, {}, 'titled'), { size: 10, font: st.font });
  let y = 50 * MM;
  const az = `${rng.int(100, 999)}/${d.letterDate.slice(2, 4)} ${rng.pick(['BR', 'RO', 'GÄ', 'KF'])}`;
  for (const [k, v] of [['Unser Zeichen', az], ['Telefon', lw.phone], ['Telefax', lw.fax], ['Datum', fmtDate(d.letterDate, st.ds)]]) {
    pb.text(125 * MM, y, `${k}:`, { size: 8.5 }); pb.text(152 * MM, y, nb(v ?? ''), { size: 8.5 }); y += 11.5;
  }
  pb.foldMarks();
  y = 100 * MM;
  const client = c.landlord.kind === 'private' ? `${c.landlord.female ? 'Frau' : 'Herrn'} ${nb(c.landlord.name)}, ${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)},` : `die ${nb(c.landlord.name)}, ${nb(c.landlord.street)}, ${nb(`${c.landlord.postal} ${c.landlord.city}`)},`;
  pb.text(L, y, `${c.landlord.name} ./. ${c.tenants.map((p) => p.surname).filter((s, i, a) => a.indexOf(s) === i).join(', ')}`, { font: st.bold });
  y += 13;
  pb.text(L, y, 'Mietverhältnis – fristlose Kündigung wegen Zahlungsverzugs', { font: st.bold });
  y += 22;
  pb.text(L, y, salutation(c.tenants)); y += 18;
  y = terminationBody(pb, c, d, t, L, y, W, st.ms, st.ds, true, client);
  y += 14;
  pb.text(L, y, 'Mit freundlichen Grüßen');
  pb.path(`M ${L} ${y + 34} c 8 -14 16 10 24 -4 s 10 -12 20 2 c 6 8 14 -10 24 -2`, '#1b2a8a', 1.1, 0.85);
  pb.text(L, y + 42, `${lw.names[0]}`);
  pb.text(L, y + 55, 'Rechtsanwalt/Rechtsanwältin', { size: 9 });
  return { pages: [pb.page], truth: t, layout: `ra-${key}-kuendigung`, sender: lw.firm };
}

export function privateLetter(c: Case, d: DocSpec, rng: Rng): Built {
  const l = c.landlord;
  const t = new Truth();
  t.set('tenants', tenantTruth(c, false), 1);
  t.set('address', flatTruth(c), 1);
  t.set('landlord', l.name, 1);
  const pb = new PageBuilder('mono', 10.5);
  const L = 25 * MM, R = pb.w - 22 * MM, W = R - L;
  let y = 15 * MM;
  pb.text(L, y, nb(l.name)); y += 13;
  pb.text(L, y, nb(l.street)); y += 13;
  pb.text(L, y, nb(`${l.postal} ${l.city}`)); y += 13;
  pb.text(L, y, nb(`Tel. ${l.phone}`)); y += 30;
  for (const line of tenantWindow(c, {}, 'herr-frau')) { pb.text(L, y, line); y += 13; }
  y += 10;
  pb.text(R, y, nb(`${l.city}, ${fmtDate(d.letterDate, 'dmy')}`), { align: 'right' });
  y += 30;
  pb.text(L, y, 'Kündigung Ihrer Wohnung', { font: 'monoB' });
  y += 13;
  pb.text(L, y, rng.chance(0.5) ? 'Per Einwurf-Einschreiben' : 'Per Boten', { size: 9.5 });
  y += 22;
  pb.text(L, y, salutation(c.tenants)); y += 18;
  y = terminationBody(pb, c, d, t, L, y, W, 'euro-word', 'dmy', false, null);
  y += 14;
  pb.text(L, y, 'Mit freundlichen Grüßen');
  pb.path(`M ${L} ${y + 36} c 12 -18 20 6 30 -8 s 12 -6 20 6 l 24 -10`, '#111111', 1.2, 0.9);
  pb.text(L, y + 44, nb(l.name));
  return { pages: [pb.page], truth: t, layout: 'privat-kuendigung', sender: `Vermieter ${l.name}` };
}
export { fullName, sameSurname, cityLine };
