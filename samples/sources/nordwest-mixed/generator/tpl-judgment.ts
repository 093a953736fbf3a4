// Judgments: NRW (Verkündungsvermerk left, tenor on page 1, reasons on page 2) and Kassel (Ausfertigung).
import { Doc, MM, PAGE_W, PAGE_H } from './page.js';
import type { DocSpec } from './spec.js';
import type { Rng } from './rng.js';
import { addDays, fmtDate, fmtMoney } from './fmt.js';
import { cityLine, nameOf, streetLine } from './tpl-common.js';
import type { Household } from './story.js';

const KIND_TITLE: Record<string, string> = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Urteil' };

function tenor(hh: Household, money: (c: number) => string, date: (iso: string) => string): string[] {
  const many = hh.tenants.length > 1;
  const B = many ? 'Die Beklagten werden' : `Die Beklagte${hh.tenants[0]!.sex === 'f' ? '' : ' Partei'} wird`;
  const kl = hh.landlord.name;
  const rooms = ['zwei Zimmern, Küche, Diele und Bad', 'drei Zimmern, Küche, Bad und Kellerraum', 'einem Zimmer, Kochnische und Duschbad'][hh.rent % 3]!;
  const out = [`${B} verurteilt, die Wohnung ${streetLine(hh)}${hh.flat.addition ? `, ${hh.flat.addition}` : ''}, ${cityLine(hh)}, bestehend aus ${rooms}, zu räumen und geräumt an ${kl.endsWith('eG') || kl.endsWith('mbH') || kl.endsWith('AG') ? 'die Klägerin' : 'die klagende Partei'} herauszugeben.`];
  const j = hh.judgment;
  if (j.payCents !== null) out.push(`${B} ${many ? 'als Gesamtschuldner ' : ''}verurteilt, an die Klägerseite ${money(j.payCents)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz aus ${money(hh.rent)} seit dem ${date(addDays(hh.termDate, -20))} zu zahlen.`);
  if (j.vacate) out.push(`${many ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${date(j.vacate)} gewährt.`);
  out.push(`Die Kosten des Rechtsstreits ${many ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`);
  out.push(j.kind === 'raeumungsurteil' ? `Das Urteil ist vorläufig vollstreckbar. ${many ? 'Die Beklagten dürfen' : 'Die beklagte Partei darf'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden.` : 'Das Urteil ist vorläufig vollstreckbar.');
  return out;
}

export function nrwJudgment(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  const j = hh.judgment;
  d.font = 'serif';
  const L = 25 * MM;
  d.row(18 * MM, [[L, hh.fileNo, { size: 11, font: 'serifB', hl: true }]]);
  const pronounced = j.kind !== 'versaeumnisurteil' || j.date === hh.hearing.date;
  d.text(L, 26 * MM, pronounced ? `Verkündet am ${fmtDate(j.date, 'dd.mm.yyyy')}` : `Erlassen am ${fmtDate(j.date, 'dd.mm.yyyy')}`, { size: 9.5 });
  d.text(L, 26 * MM + 12, r.pick(['Klein', 'Schmitz', 'Dörner']) + ', Justizbeschäftigte', { size: 9 });
  d.text(L, 26 * MM + 23, 'als Urkundsbeamtin der Geschäftsstelle', { size: 9 });
  d.freeSpot(120 * MM, 14 * MM, 70 * MM, 26 * MM);
  let y = 58 * MM;
  d.text(PAGE_W / 2, y, c.name, { font: 'serifB', size: 13, align: 'center' });
  d.text(PAGE_W / 2, y + 20, 'IM NAMEN DES VOLKES', { font: 'serifB', size: 12, align: 'center' });
  d.text(PAGE_W / 2, y + 38, KIND_TITLE[j.kind]!, { font: 'serifB', size: 12, align: 'center' });
  y += 64;
  const W = 160 * MM;
  d.text(L, y, 'In dem Rechtsstreit', { size: 10 }); y += 16;
  const l = hh.landlord;
  y = d.para(L, y, W, `${l.name}, ${l.street}, ${l.plz} ${l.city},`, { size: 10 });
  d.text(PAGE_W - 25 * MM, y, 'Klägerin,', { size: 10, align: 'right' }); y += 14;
  if (l.lawyer) { y = d.para(L, y, W, `Prozessbevollmächtigte: ${l.lawyer.firm}, ${l.lawyer.street}, ${l.lawyer.plz} ${l.lawyer.city},`, { size: 10 }) + 4; }
  d.text(PAGE_W / 2, y, 'g e g e n', { size: 10, align: 'center' }); y += 18;
  hh.tenants.forEach((p, i) => {
    y = d.para(L, y, W, `${hh.tenants.length > 1 ? `${i + 1}. ` : ''}${nameOf(p, 'titled')}${s.flags.birth && p.birth ? `, geboren am ${fmtDate(p.birth, 'dd.mm.yyyy')}` : ''},`, { size: 10 });
  });
  y = d.para(L, y, W, `${hh.tenants.length > 1 ? 'beide wohnhaft' : 'wohnhaft'} ${streetLine(hh)}${hh.flat.addition ? `, ${hh.flat.addition}` : ''}, ${cityLine(hh)},`, { size: 10 });
  d.text(PAGE_W - 25 * MM, y, hh.tenants.length > 1 ? 'Beklagte,' : `Beklagte${hh.tenants[0]!.sex === 'f' ? '' : 'r'},`, { size: 10, align: 'right' }); y += 20;
  const how = pronounced ? `auf die mündliche Verhandlung vom ${fmtDate(hh.hearing.date, 'dd.mm.yyyy')}` : 'im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO';
  y = d.para(L, y, W, `hat das ${c.name} ${how} durch ${r.pick(['die Richterin am Amtsgericht Dr. Hesse', 'den Richter Bernhardt', 'die Richterin Oberdörfer'])} für Recht erkannt:`, { size: 10 }) + 8;
  tenor(hh, (x) => fmtMoney(x, 'euro-sign'), (x) => fmtDate(x, 'dd.mm.yyyy')).forEach((t, i) => {
    d.text(L, y, `${i + 1}.`, { size: 10, record: false });
    const before = d.texts[d.pageIndex]!.length;
    y = d.para(L + 8 * MM, y, W - 8 * MM, t, { size: 10 }) + 4;
    const arr = d.texts[d.pageIndex]!;
    arr[before] = `${i + 1}. ${arr[before]}`;
  });
  d.freeSpot(L, PAGE_H - 42 * MM, 70 * MM, 24 * MM);
  d.newPage();
  y = 22 * MM;
  d.text(L, y, hh.fileNo, { size: 9 }); y += 24;
  d.text(PAGE_W / 2, y, 'Tatbestand und Entscheidungsgründe', { font: 'serifB', size: 11, align: 'center' }); y += 24;
  const why = j.kind === 'versaeumnisurteil' ? `${hh.tenants.length > 1 ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} trotz ordnungsgemäßer Aufforderung ihre Verteidigungsbereitschaft nicht angezeigt. Das tatsächliche Vorbringen der Klägerin gilt als zugestanden (§ 331 ZPO).`
    : j.kind === 'anerkenntnisurteil' ? `${hh.tenants.length > 1 ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} den Klageanspruch anerkannt; ${hh.tenants.length > 1 ? 'sie sind' : 'sie ist'} dem Anerkenntnis gemäß zu verurteilen (§ 307 ZPO).`
      : `Die zulässige Klage ist begründet. Das Mietverhältnis ist durch die fristlose Kündigung vom ${fmtDate(hh.termDate, 'dd.mm.yyyy')} beendet worden (§ 543 Abs. 2 Nr. 3, § 569 Abs. 3 BGB). Ein Rückstand von mehr als zwei Monatsmieten lag vor.`;
  y = d.para(L, y, W, why, { size: 10 }) + 8;
  if (j.vacate) y = d.para(L, y, W, 'Die Räumungsfrist beruht auf § 721 ZPO; sie berücksichtigt die Interessen beider Seiten.', { size: 10 }) + 8;
  y = d.para(L, y, W, `Der Streitwert wird auf ${fmtMoney(hh.rent * 12, 'euro-sign')} festgesetzt.`, { size: 10 }) + 14;
  d.text(L, y, 'Rechtsbehelfsbelehrung:', { font: 'serifB', size: 10 }); y += 15;
  const rb = j.kind === 'versaeumnisurteil'
    ? `Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Er ist binnen einer Notfrist von zwei Wochen ab Zustellung bei dem ${c.name}, ${c.street}, ${c.plz} ${c.city}, schriftlich oder zu Protokoll der Geschäftsstelle einzulegen.`
    : `Gegen dieses Urteil ist die Berufung zulässig, wenn der Wert des Beschwerdegegenstandes 600,00 EUR übersteigt. Sie ist binnen eines Monats nach Zustellung bei dem Landgericht Köln, Luxemburger Straße 101, 50939 Köln, einzulegen.`;
  y = d.para(L, y, W, rb, { size: 9.5 }) + 20;
  d.text(L, y, r.pick(['Dr. Hesse', 'Bernhardt', 'Oberdörfer']), { size: 10, font: 'serifI' });
  d.freeSpot(110 * MM, y + 10, 80 * MM, 30 * MM);
  d.pageNumbers((n, m) => `- ${n} -`, PAGE_H - 15 * MM, PAGE_W / 2, { size: 9, font: 'serif' });
}

export function ksJudgment(d: Doc, s: DocSpec, r: Rng): void {
  const hh = s.hh;
  const c = hh.court;
  const j = hh.judgment;
  d.font = 'sans';
  d.text(PAGE_W - 20 * MM, 12 * MM, 'Ausfertigung', { size: 11, font: 'sansB', align: 'right' });
  d.text(20 * MM, 14 * MM, c.name, { font: 'sansB', size: 12 });
  d.row(22 * MM, [[20 * MM, 'Aktenzeichen:', { size: 9 }], [45 * MM, hh.fileNo, { size: 10, font: 'sansB', hl: true }]]);
  d.freeSpot(115 * MM, 20 * MM, 75 * MM, 28 * MM);
  let y = 52 * MM;
  const title = j.kind === 'raeumungsurteil' ? 'U R T E I L' : j.kind === 'versaeumnisurteil' ? 'V E R S Ä U M N I S U R T E I L' : 'A N E R K E N N T N I S U R T E I L';
  d.text(PAGE_W / 2, y, 'Im Namen des Volkes', { size: 11, align: 'center' });
  d.text(PAGE_W / 2, y + 18, title, { font: 'sansB', size: 12.5, align: 'center' });
  y += 48;
  const W = PAGE_W - 40 * MM;
  const L = 20 * MM;
  const l = hh.landlord;
  d.text(L, y, 'In dem Rechtsstreit', { size: 9.5 }); y += 15;
  y = d.para(L, y, W, `${l.name}, ${l.street}, ${l.plz} ${l.city}${l.lawyer ? `, Prozessbevollm.: ${l.lawyer.firm}, ${l.lawyer.city}` : ''}`, { size: 9.5 });
  d.text(L + 10 * MM, y, '- Klägerin -', { size: 9.5 }); y += 18;
  d.text(L, y, 'gegen', { size: 9.5 }); y += 15;
  hh.tenants.forEach((p, i) => {
    const who = `${nameOf(p, 'rev')}${s.flags.birth && p.birth ? `, geb. ${fmtDate(p.birth, 'dd.mm.yyyy')}` : ''}`;
    d.text(L, y, hh.tenants.length > 1 ? `Beklagte zu ${i + 1}.: ${who}` : who, { size: 9.5 }); y += 13;
  });
  d.text(L, y, `Anschrift: ${streetLine(hh, true)}${hh.flat.addition ? ` (${hh.flat.addition})` : ''}, ${cityLine(hh)}`, { size: 9.5 }); y += 13;
  d.text(L + 10 * MM, y, '- Beklagte -', { size: 9.5 }); y += 20;
  const dateTxt = fmtDate(j.date, 'long');
  y = d.para(L, y, W, `hat das ${c.name} durch ${r.pick(['Richterin am Amtsgericht Eckhardt', 'Richter am Amtsgericht Zinn'])} ${j.date === hh.hearing.date ? `aufgrund der mündlichen Verhandlung vom ${dateTxt}` : `am ${dateTxt} im schriftlichen Verfahren`} für Recht erkannt:`, { size: 9.5 }) + 6;
  for (const t of tenor(hh, (x) => fmtMoney(x, 'eur-suffix'), (x) => fmtDate(x, 'long'))) y = d.para(L + 6 * MM, y, W - 6 * MM, t, { size: 9.5 }) + 5;
  d.freeSpot(110 * MM, PAGE_H - 48 * MM, 80 * MM, 30 * MM);
  d.newPage();
  y = 20 * MM;
  d.text(L, y, `${c.name} – ${hh.fileNo}`, { size: 8.5 }); y += 26;
  d.text(L, y, 'Gründe:', { font: 'sansB', size: 10 }); y += 16;
  y = d.para(L, y, W, `Die Entscheidung ergeht gemäß ${j.kind === 'versaeumnisurteil' ? '§§ 331, 708 Nr. 2 ZPO' : j.kind === 'anerkenntnisurteil' ? '§§ 307, 708 Nr. 1 ZPO' : '§§ 546, 985 BGB, 91, 708 Nr. 7, 711 ZPO'}. Der Gebührenstreitwert beträgt ${fmtMoney(hh.rent * 12 + (j.payCents ?? 0), 'eur-suffix')}.`, { size: 9.5 }) + 10;
  y = d.para(L, y, W, `Rechtsbehelfsbelehrung: ${j.kind === 'versaeumnisurteil' ? `Gegen dieses Urteil kann binnen zwei Wochen ab Zustellung Einspruch beim ${c.name}, ${c.street}, ${c.plz} ${c.city}, eingelegt werden.` : 'Gegen dieses Urteil findet die Berufung statt, wenn der Wert des Beschwerdegegenstandes 600 EUR übersteigt; sie ist beim Landgericht Kassel einzulegen.'}`, { size: 9 }) + 24;
  d.text(L, y, `Ausgefertigt: Kassel, ${fmtDate(addDays(j.date, r.int(2, 9)), 'dd.mm.yyyy')}`, { size: 9.5 }); y += 13;
  d.text(L, y, 'Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', { size: 8.5 });
  d.freeSpot(110 * MM, y - 20, 80 * MM, 34 * MM);
  d.pageNumbers((n, m) => `Seite ${n}/${m}`, PAGE_H - 12 * MM, PAGE_W - 20 * MM, { align: 'right', size: 8 });
}
