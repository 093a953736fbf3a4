import { dLong, dmy, fileVariant, fmtMoney, salutation } from '../format.js';
import type { JudgmentKind } from '../model.js';
import { Sheet, type FontName } from '../sheet.js';
import { block, courtOf, flatLines, lawyerOf, tenantLines, type Ctx, type PartyMode } from './common.js';

/** Judgments; each court's form differs in type face, header, party listing and wording of the tenor. */

interface JudgmentForm {
  font: FontName;
  bold: FontName;
  size: number;
  left: number;
  fileStyle: 'plain' | 'tight' | 'spaced';
  fileLabel: string;
  partyMode: PartyMode;
  birth: boolean;
  moneyStyle: 'eur-sign' | 'eur' | 'sign-first' | 'euro-plain';
  dateLong: boolean;
  judge: string;
  clerk: string;
}

const FORMS: Record<string, JudgmentForm> = {
  'ag-gm': { font: 'lib', bold: 'lib-b', size: 10.5, left: 25, fileStyle: 'plain', fileLabel: 'Geschäftsnummer:', partyMode: 'zu', birth: false, moneyStyle: 'eur', dateLong: false, judge: 'Richterin am Amtsgericht Dr. Vogelsang', clerk: 'Schneider, Justizbeschäftigte' },
  'ag-wipp': { font: 'sans', bold: 'sans-b', size: 10, left: 22, fileStyle: 'plain', fileLabel: 'Aktenzeichen', partyMode: 'und', birth: false, moneyStyle: 'eur-sign', dateLong: false, judge: 'Richter am Amtsgericht Feldhoff', clerk: 'Lüdtke, Justizhauptsekretärin als Urkundsbeamtin der Geschäftsstelle' },
  'ag-wald': { font: 'mono', bold: 'mono-b', size: 9.5, left: 22, fileStyle: 'plain', fileLabel: 'Geschäfts-Nr.:', partyMode: 'family-first', birth: true, moneyStyle: 'euro-plain', dateLong: false, judge: 'Richter am Amtsgericht Overath', clerk: 'Pütz, JAng als Urkundsbeamtin der Geschäftsstelle' },
  'ag-wup': { font: 'serif', bold: 'serif-b', size: 10.5, left: 22, fileStyle: 'tight', fileLabel: 'Aktenzeichen:', partyMode: 'numbered', birth: true, moneyStyle: 'sign-first', dateLong: true, judge: 'Richter Hollweg', clerk: 'Oberdick, Justizsekretär als Urkundsbeamter der Geschäftsstelle' },
  'ag-ge': { font: 'cond', bold: 'cond-b', size: 10.5, left: 24, fileStyle: 'spaced', fileLabel: 'Geschäftszeichen:', partyMode: 'lines', birth: false, moneyStyle: 'eur-sign', dateLong: true, judge: 'Richterin am Amtsgericht Szczepanski', clerk: 'Wiechers, Justizbeschäftigte' },
};

const TITLE: Record<JudgmentKind, string> = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Urteil' };

export function judgmentFor(court: string): ((ctx: Ctx) => Sheet) | null {
  const form = FORMS[court];
  return form ? (ctx) => judgment(ctx, form) : null;
}

function judgment(ctx: Ctx, f: JudgmentForm): Sheet {
  const { hh, rng, p } = ctx;
  const c = courtOf(hh);
  const j = hh.judgment;
  const s = new Sheet();
  s.base = { font: f.font, size: f.size, color: '#000000' };
  const L = f.left;
  const W = 188 - L;
  const d = (iso: string): string => (f.dateLong ? dLong(iso) : dmy(iso));
  const az = fileVariant(hh.fileNumber, f.fileStyle);
  s.text(L, 16, `${f.fileLabel} ${az}`, { font: f.bold });
  s.right(188, 16, 'Ausfertigung', { size: 9 });
  const verk = j.kind === 'raeumungsurteil' ? [`Verkündet am ${dmy(j.date)}`, f.clerk.split(' als ')[0] ?? '', 'als Urkundsbeamter/in der Geschäftsstelle'] : [];
  block(s, 128, 24, verk, { size: 8.5 });
  s.center(105, 44, c.name, { font: f.bold, size: f.size + 2 });
  s.center(105, 52, 'IM NAMEN DES VOLKES', { font: f.bold, size: f.size + 1 });
  s.center(105, 60, TITLE[j.kind], { font: f.bold, size: f.size + 3 });
  let y = 72;
  s.text(L, y, 'In dem Rechtsstreit');
  y += 7;
  const law = lawyerOf(hh);
  y = s.para(L + 8, y, W - 8, `${hh.landlord.name}, ${hh.landlord.street}, ${hh.landlord.postalCode} ${hh.landlord.city},`);
  s.right(188, y, hh.landlord.person ? 'Klägers,' : 'Klägerin,');
  y += 5;
  if (law) y = s.para(L + 8, y, W - 8, `Prozessbevollmächtigte: ${law.name}, ${law.street}, ${law.postalCode} ${law.city},`) + 2;
  s.text(L, y + 1, 'gegen');
  y += 8;
  p.birth = f.birth;
  const flat = flatLines(ctx, { abbr: false, additionInline: true });
  for (const line of tenantLines(hh, f.partyMode, { birth: f.birth ? 'geb-comma' : null, role: 'Beklagte' })) y = s.para(L + 8, y, W - 8, line);
  y = s.para(L + 8, y, W - 8, `${hh.tenants.length === 2 ? 'beide' : hh.tenants.length > 2 ? 'sämtlich' : ''} wohnhaft ${flat.join(', ')},`.trim());
  s.right(188, y, hh.tenants.length > 1 ? 'Beklagten,' : hh.tenants[0]?.gender === 'f' ? 'Beklagte,' : 'Beklagten,');
  y += 8;
  const how = j.kind === 'raeumungsurteil'
    ? `auf die mündliche Verhandlung vom ${d(hh.hearing.date)}`
    : j.kind === 'versaeumnisurteil' ? `im Termin vom ${d(j.date)}` : `am ${d(j.date)}`;
  y = s.para(L, y, W, `hat das ${c.name} ${how} durch ${f.judge} für Recht erkannt:`) + 3;
  const pl = hh.tenants.length > 1;
  const who = pl ? 'Die Beklagten werden' : `${hh.tenants[0]?.gender === 'f' ? 'Die Beklagte wird' : 'Der Beklagte wird'}`;
  let n = 1;
  y = s.para(L + 6, y, W - 6, `${n++}. ${who} verurteilt, die Wohnung ${flat.join(', ')}, bestehend aus ${rng.int(1, 4)} Zimmern, Küche, Diele, Bad nebst Kellerraum, zu räumen und geräumt an ${hh.landlord.person ? 'den Kläger' : 'die Klägerin'} herauszugeben.`) + 2;
  if (j.ordersPayment) {
    const amount = fmtMoney(hh.arrears, f.moneyStyle);
    y = s.para(L + 6, y, W - 6, `${n++}. ${who}${pl ? ' als Gesamtschuldner' : ''} ferner verurteilt, an ${hh.landlord.person ? 'den Kläger' : 'die Klägerin'} ${amount} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${d(hh.claimServed ?? hh.claimReceived)} zu zahlen.`) + 2;
    s.mark({ x: L + 6, y: y - 12, w: 60, h: 5 });
  }
  if (j.vacateDeadline) {
    y = s.para(L + 6, y, W - 6, `${n++}. ${pl ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${d(j.vacateDeadline)} gewährt.`) + 2;
  }
  y = s.para(L + 6, y, W - 6, `${n++}. Die Kosten des Rechtsstreits ${pl ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`) + 2;
  y = s.para(L + 6, y, W - 6, `${n++}. Das Urteil ist vorläufig vollstreckbar.${j.kind === 'raeumungsurteil' ? ` ${pl ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden.` : ''}`) + 4;
  const streitwert = hh.baseRent * 12 + (j.ordersPayment ? hh.arrears : 0);
  s.text(L, y, `Streitwert: ${fmtMoney(streitwert, f.moneyStyle)}`);
  s.center(105, 285, '- 1 -', { size: 8 });
  s.newPage();
  s.center(105, 12, `- 2 -   ${az}`, { size: 8 });
  y = 24;
  if (j.kind !== 'raeumungsurteil') {
    s.text(L, y, 'Gründe:', { font: f.bold });
    const why = j.kind === 'versaeumnisurteil'
      ? `Die Beklagtenseite ist trotz ordnungsgemäßer Ladung im Termin nicht erschienen. Auf Antrag ${hh.landlord.person ? 'des Klägers' : 'der Klägerin'} war daher gemäß § 331 ZPO durch Versäumnisurteil zu entscheiden. Das tatsächliche mündliche Vorbringen gilt als zugestanden (§ 331 Abs. 1 ZPO); es rechtfertigt den Klageantrag.`
      : 'Die Beklagtenseite hat den Klageanspruch anerkannt. Sie war daher gemäß § 307 ZPO dem Anerkenntnis gemäß zu verurteilen. Die Kostenentscheidung beruht auf § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit auf § 708 Nr. 1 ZPO.';
    y = s.para(L, y + 7, W, why) + 4;
  } else {
    s.text(L, y, 'Tatbestand:', { font: f.bold });
    y = s.para(L, y + 7, W, `Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die Beklagtenseite geriet mit der Zahlung der Miete für mehrere Monate in Verzug. Mit Schreiben vom ${d(hh.terminationDate)} kündigte die Klägerseite das Mietverhältnis wegen Zahlungsverzugs fristlos.`) + 3;
    s.text(L, y, 'Entscheidungsgründe:', { font: f.bold });
    y = s.para(L, y + 7, W, `Die zulässige Klage ist begründet. Der Klägerseite steht der Räumungsanspruch aus § 546 Abs. 1 BGB zu, nachdem das Mietverhältnis durch die fristlose Kündigung gemäß § 543 Abs. 2 Nr. 3 BGB beendet worden ist.${j.vacateDeadline ? ' Die Räumungsfrist beruht auf § 721 ZPO.' : ' Eine Räumungsfrist war nicht zu gewähren.'}`) + 4;
  }
  s.text(L, y, 'Rechtsbehelfsbelehrung:', { font: f.bold });
  const rb = j.kind === 'versaeumnisurteil'
    ? `Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem ${c.name}, ${c.street}, ${c.postalCode} ${c.place}, einzulegen. Die Frist beginnt mit der Zustellung dieses Urteils.`
    : `Gegen dieses Urteil ist das Rechtsmittel der Berufung für jeden zulässig, dessen Beschwer 600,00 EUR übersteigt. Die Berufung ist binnen einer Notfrist von einem Monat bei dem zuständigen Landgericht einzulegen.`;
  y = s.para(L, y + 7, W, rb, { size: f.size - 1 }) + 8;
  s.text(L, y, f.judge.replace(/^(Richterin am Amtsgericht|Richter am Amtsgericht|Richter|Richterin) /, ''));
  s.text(L, y + 5, f.judge.split(' ').slice(0, f.judge.startsWith('Richter ') ? 1 : 3).join(' '), { size: f.size - 1.5 });
  y += 20;
  s.text(L, y, `Ausgefertigt: ${c.place}, ${dmy(ctx.spec.letterDate)}`, { size: f.size - 1 });
  s.text(L, y + 5, f.clerk, { size: f.size - 1 });
  void salutation;
  return s;
}
