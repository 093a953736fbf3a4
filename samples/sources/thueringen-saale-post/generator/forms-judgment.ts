/** Judgments: Urteil, Versäumnisurteil, Anerkenntnisurteil in three court families of layout. */
import { Ctx, courtFooter, pageNumber, CLERKS, JUDGES, SIGN_COURT, MONEY_STYLES } from './common.js';
import { MM, PAGE_W } from './sheet.js';
import { addDays } from './fmt.js';
import { landlordAddr } from './forms-notice.js';

const TITLE = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' } as const;

function values(x: Ctx) {
  const c = x.c, j = c.judgment;
  x.setCourt();
  x.f.fileNumber = c.az;
  x.f.landlord = c.landlord.name;
  x.f.judgmentKind = j.kind;
  x.f.judgmentDate = j.date;
  if (j.vacate) x.f.vacateDeadline = j.vacate;
  if (j.ordered !== null) x.f.arrears = j.ordered;
  const withAdd = x.addition !== null && x.rng.chance(0.8);
  const withBirth = x.rng.chance(0.35);
  x.setTenants(withBirth);
  x.setAddress(withAdd);
  const plural = x.hh.tenants.length > 1;
  const bekl = plural ? 'Die Beklagten werden' : x.hh.tenants[0]?.female ? 'Die Beklagte wird' : 'Der Beklagte wird';
  return {
    withAdd, withBirth, plural, bekl,
    az: x.azPrint(c.az),
    date: x.date(j.date, x.rng.pick(['num', 'long'] as const)),
    ordered: j.ordered !== null ? x.money(j.ordered, x.rng.pick(MONEY_STYLES)) : null,
    vacate: j.vacate ? x.date(j.vacate, x.rng.pick(['num', 'long'] as const)) : null,
    past: j.pastHearing ? x.date(j.pastHearing, 'num') : null,
    judge: x.rng.pick(JUDGES),
    judgeTitle: x.rng.pick(['Richterin am Amtsgericht', 'Richter am Amtsgericht', 'Richterin', 'Richter']),
    rooms: x.rng.pick(['2 Zimmern, Küche, Bad, Flur und Kellerabteil', '3 Zimmern, Küche, Bad, Balkon und Keller', '1 Zimmer, Küche, Dusche/WC', '2,5 Zimmern nebst Kellerraum Nr. ' + x.rng.int(1, 40)]),
    zinsen: x.date(addDays(c.terminationDate, x.rng.int(1, 20)), 'num'),
  };
}

function rubrumLines(x: Ctx, v: ReturnType<typeof values>): { landlord: string[]; tenants: string[] } {
  const c = x.c;
  const landlord = [c.landlord.name, landlordAddr(x)];
  if (c.landlord.kind === 'wg') landlord.splice(1, 0, 'vertreten durch den Vorstand');
  if (c.lawyer) landlord.push(`Prozessbevollmächtigte: ${c.lawyer.name}, ${c.lawyer.town}`);
  else if (c.manager) landlord.push(`zustellungsbevollmächtigt: ${c.manager.name}, ${c.manager.town}`);
  const bs = x.rng.pick(['geb', 'gebAm'] as const);
  const tenants = x.hh.tenants.map((p, i) => `${v.plural ? `${i + 1}. ` : ''}${x.name(p, x.rng.chance(0.3) ? 'salCaps' : 'sal')}${v.withBirth ? `, ${x.birth(p, bs)}` : ''}`);
  tenants.push(`${v.plural ? 'sämtlich ' : ''}wohnhaft: ${x.streetLine(false)}${v.withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`);
  return { landlord, tenants };
}

function tenor(x: Ctx, v: ReturnType<typeof values>): void {
  const s = x.s;
  const add = v.withAdd ? x.addition : null;
  const flat = add === null ? `im Hause ${x.streetLine(false)}, ${x.townLine()}` : /^(WE|Whg\.)/.test(add) ? `${add} im Hause ${x.streetLine(false)}, ${x.townLine()}` : `im ${add} des Hauses ${x.streetLine(false)}, ${x.townLine()}`;
  let n = 1;
  s.para(`${n++}. ${v.bekl} verurteilt, die Wohnung ${flat}, bestehend aus ${v.rooms}, zu räumen und an die Klägerin herauszugeben.`, { x: s.left + 10 });
  if (v.ordered) {
    s.para(`${n++}. ${v.bekl} ${v.plural ? 'als Gesamtschuldner ' : ''}verurteilt, an die Klägerin ${v.ordered} nebst Zinsen in Höhe von fünf Prozentpunkten über dem Basiszinssatz seit dem ${v.zinsen} zu zahlen.`, { x: s.left + 10 });
    s.mark('arrears');
  }
  s.para(`${n++}. ${v.plural ? 'Die Beklagten tragen' : 'Die beklagte Partei trägt'} die Kosten des Rechtsstreits.`, { x: s.left + 10 });
  s.para(`${n++}. Das Urteil ist vorläufig vollstreckbar.${x.f.judgmentKind === 'raeumungsurteil' ? ` ${v.plural ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden.` : ''}`, { x: s.left + 10 });
  if (v.vacate) {
    s.para(`${n++}. ${v.plural ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${v.vacate} gewährt.`, { x: s.left + 10 });
    s.mark('vacateDeadline');
  }
}

function intro(x: Ctx, v: ReturnType<typeof values>): string {
  const ct = x.c.court;
  const k = x.f.judgmentKind;
  if (k === 'versaeumnisurteil' && !v.past) return `hat das Amtsgericht ${ct.town} durch ${v.judgeTitle.startsWith('Richterin') ? 'die' : 'den'} ${v.judgeTitle} ${v.judge} im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO ohne mündliche Verhandlung am ${v.date} für Recht erkannt:`;
  if (k === 'anerkenntnisurteil' && !v.past) return `hat das Amtsgericht ${ct.town} durch ${v.judgeTitle.startsWith('Richterin') ? 'die' : 'den'} ${v.judgeTitle} ${v.judge} aufgrund des Anerkenntnisses der beklagten Partei im schriftlichen Verfahren (§ 307 ZPO) für Recht erkannt:`;
  return `hat das Amtsgericht ${ct.town} durch ${v.judgeTitle.startsWith('Richterin') ? 'die' : 'den'} ${v.judgeTitle} ${v.judge} auf die mündliche Verhandlung vom ${v.past ?? v.date} für Recht erkannt:`;
}

function reasons(x: Ctx, v: ReturnType<typeof values>): void {
  const s = x.s, c = x.c;
  const k = x.f.judgmentKind;
  if (k === 'raeumungsurteil') {
    s.line('Tatbestand', { bold: true, align: 'center' });
    s.para(`Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die monatliche Miete beläuft sich auf ${x.money(c.rent, 'eur')}. ${v.plural ? 'Die Beklagten blieben' : 'Die beklagte Partei blieb'} mit der Zahlung der Mieten für mehrere Monate im Rückstand. Mit Schreiben vom ${x.date(c.terminationDate, 'num')} kündigte die Klägerin das Mietverhältnis fristlos${c.ordinaryTermination ? ' und hilfsweise ordentlich' : ''}.`);
    s.para('Die Klägerin beantragt, wie erkannt. Die beklagte Partei hat keinen Antrag gestellt bzw. beantragt, die Klage abzuweisen.');
    s.line('Entscheidungsgründe', { bold: true, align: 'center' });
    s.para('Die zulässige Klage ist begründet. Der Klägerin steht ein Anspruch auf Räumung und Herausgabe der Wohnung aus § 546 Abs. 1 BGB zu, weil das Mietverhältnis durch die fristlose Kündigung wegen Zahlungsverzuges nach § 543 Abs. 2 Satz 1 Nr. 3 BGB beendet worden ist. Der Zahlungsanspruch folgt aus § 535 Abs. 2 BGB sowie § 546a BGB, der Zinsanspruch aus §§ 286, 288 BGB.');
    s.para('Die Kostenentscheidung beruht auf § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit auf §§ 708 Nr. 7, 711 ZPO.' + (v.vacate ? ' Die Räumungsfrist war nach § 721 ZPO unter Abwägung der Interessen der Parteien zu gewähren.' : ''));
  } else if (k === 'versaeumnisurteil') {
    s.line('Rechtsbehelfsbelehrung', { bold: true });
    s.para(`Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem Amtsgericht ${c.court.town}, ${c.court.street}, ${c.court.plz} ${c.court.town}, einzulegen. Die Frist beginnt mit der Zustellung dieses Versäumnisurteils. Der Einspruch kann schriftlich oder zu Protokoll der Geschäftsstelle eingelegt werden.`, { size: 9.5 });
  } else {
    s.line('Gründe', { bold: true, align: 'center' });
    s.para(`${v.plural ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} den geltend gemachten Anspruch anerkannt. ${v.plural ? 'Sie waren' : 'Sie war'} daher gemäß ihrem Anerkenntnis zu verurteilen (§ 307 ZPO). Tatbestand und Entscheidungsgründe entfallen gemäß § 313b ZPO.`);
  }
  s.gap(6);
  s.line(`${v.judge}`);
  s.line(v.judgeTitle, { size: 9.5 });
}

function klassisch(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-urteil-klassisch';
  const v = values(x);
  s.text(s.left, 18 * MM, x.rng.pick(['Beglaubigte Abschrift', 'Ausfertigung', 'Abschrift']), { size: 9 });
  s.text(s.left, 26 * MM, `Amtsgericht ${ct.town}`, { size: 12, font: s.style.b });
  s.text(s.left, 26 * MM + 15, `Az.: ${v.az}`, { size: 10 });
  s.mark('court', 'fileNumber');
  const dl = x.f.judgmentKind === 'versaeumnisurteil' && !v.past ? 'Erlassen am' : 'Verkündet am';
  s.text(125 * MM, 26 * MM, `${dl}: ${v.date}`, { size: 9.5 });
  s.text(125 * MM, 26 * MM + 12, `${x.rng.pick(CLERKS)}, JHSekr.`, { size: 8.5 });
  s.text(125 * MM, 26 * MM + 23, 'als Urkundsbeamtin der Geschäftsstelle', { size: 8.5 });
  s.mark('judgmentDate');
  s.y = 55 * MM;
  s.line('IM NAMEN DES VOLKES', { bold: true, align: 'center', size: 12, spacing: 1.2 });
  s.gap(2);
  s.line(TITLE[x.f.judgmentKind!], { bold: true, align: 'center', size: 13 });
  s.mark('judgmentKind');
  s.gap(6);
  s.line('In dem Rechtsstreit');
  const r = rubrumLines(x, v);
  for (const l of r.landlord) s.line(l, { x: s.left + 20 });
  s.mark('landlord');
  s.line('– Klägerin –', { align: 'right' });
  s.line('gegen');
  for (const l of r.tenants) s.line(l, { x: s.left + 20 });
  s.mark('tenants', 'address');
  s.line(`– ${v.plural ? 'Beklagte' : 'beklagte Partei'} –`, { align: 'right' });
  s.gap(4);
  s.para(intro(x, v));
  tenor(x, v);
  s.addPage();
  s.text(s.left, 15 * MM, `Amtsgericht ${ct.town} – ${v.az}`, { size: 8.5 });
  s.y = 26 * MM;
  reasons(x, v);
  s.gap(8);
  s.line('Ausgefertigt', { size: 9 });
  s.line(`${ct.town}, ${x.date(x.d.letterDate, 'num')}`, { size: 9 });
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`, { size: 9 });
  const total = s.pages.length;
  pageNumber(s, total, 1);
  x.sender = `Amtsgericht ${ct.town}`;
}

function tabelle(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-urteil-rubrumtabelle';
  const v = values(x);
  s.text(PAGE_W / 2 - 100, 16 * MM, `AMTSGERICHT ${ct.town.toUpperCase()}`, { size: 12, font: s.style.b, align: 'center', w: 200 });
  s.mark('court');
  s.y = 30 * MM;
  const W = [150, s.right - s.left - 150];
  s.table([{ cells: ['Aktenzeichen', v.az], bold: [true, false] }, { cells: [x.f.judgmentKind === 'versaeumnisurteil' && !v.past ? 'Erlassen am' : 'Verkündet am', v.date], bold: [true, false] }], W, { after: 10 });
  s.mark('fileNumber', 'judgmentDate');
  s.line('Im Namen des Volkes', { align: 'center', size: 11 });
  s.line(TITLE[x.f.judgmentKind!].toUpperCase(), { bold: true, align: 'center', size: 14, spacing: 2 });
  s.mark('judgmentKind');
  s.gap(6);
  const r = rubrumLines(x, v);
  s.table([{ cells: ['Klägerin', r.landlord], bold: [true, false] }], W, { after: 0 });
  s.mark('landlord');
  s.table([{ cells: [v.plural ? 'Beklagte' : 'Beklagte/r', r.tenants], bold: [true, false] }], W, { after: 0 });
  s.mark('tenants', 'address');
  s.table([{ cells: ['wegen', 'Räumung und Zahlung'], bold: [true, false] }], W);
  s.para(intro(x, v));
  tenor(x, v);
  s.addPage();
  s.text(s.left, 15 * MM, `${v.az}`, { size: 8.5 });
  s.y = 26 * MM;
  reasons(x, v);
  const total = s.pages.length;
  pageNumber(s, total, 0);
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

function kompakt(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-urteil-kompakt';
  s.style.size = 10;
  s.style.lead = 13.5;
  const v = values(x);
  s.text(s.left, 18 * MM, `Amtsgericht ${ct.town}`, { size: 11, font: s.style.b });
  s.text(s.right, 18 * MM, `Geschäfts-Nr.: ${v.az}`, { size: 10, align: 'right' });
  s.mark('court', 'fileNumber');
  s.y = 34 * MM;
  s.line(`${TITLE[x.f.judgmentKind!]}${x.f.judgmentKind === 'raeumungsurteil' ? ' (abgekürzt, § 313a ZPO)' : ''}`, { bold: true, size: 12.5 });
  s.mark('judgmentKind');
  s.line('Im Namen des Volkes', { size: 10 });
  s.gap(4);
  const r = rubrumLines(x, v);
  s.para(`In dem Rechtsstreit ${r.landlord.join(', ')} – Klägerin – gegen`);
  s.mark('landlord');
  for (const l of r.tenants) s.line(l, { x: s.left + 15 });
  s.mark('tenants', 'address');
  s.line(`– ${v.plural ? 'Beklagte' : 'beklagte Partei'} –`);
  s.gap(4);
  s.para(intro(x, v));
  tenor(x, v);
  s.gap(4);
  s.line(`${x.f.judgmentKind === 'versaeumnisurteil' && !v.past ? 'Erlassen' : 'Verkündet'} am ${v.date}`);
  s.mark('judgmentDate');
  if (x.rng.chance(0.6)) {
    s.addPage();
    s.y = 24 * MM;
  }
  reasons(x, v);
  pageNumber(s, s.pages.length, 2);
  x.sender = `Amtsgericht ${ct.town}`;
}

export function judgmentTemplate(x: Ctx): void {
  ({ klassisch, tabelle, kompakt } as const)[x.c.court.judgment](x);
}
