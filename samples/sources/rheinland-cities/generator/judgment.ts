import type { Sheet } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import type { CourtKey } from './places.js';
import { addressTruth, emptyFields, type Fields, personName, printFile, streetLine, tenantsTruth, townLine } from './common.js';
import { addDays, fmtDate, fmtMoney } from './format.js';
import { courtFooter } from './blocks.js';
import { COURT_STYLES } from './court-notice.js';

export const JUDGMENT_FAMILY: Record<CourtKey, 'classic' | 'compact'> = {
  koeln: 'classic', duesseldorf: 'classic', bonn: 'classic', duisburg: 'classic', gummersbach: 'classic',
  essen: 'compact', leverkusen: 'compact', wipperfuerth: 'compact', waldbroel: 'compact',
};
const TITLE: Record<string, string> = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' };
const JUDGES = ['Richterin am Amtsgericht Dr. Lenz-Obradović', 'Richter am Amtsgericht Falkenberg', 'Richterin Okafor', 'Richter am Amtsgericht Vossen'];

export function renderJudgment(s: Sheet, h: Household, rng: Rng): Fields {
  const st = COURT_STYLES[h.court.key];
  const fam = JUDGMENT_FAMILY[h.court.key];
  const F = st.font === 'mono' ? 'serif' : st.font;
  const B = st.font === 'mono' ? 'serifB' : st.bold;
  const j = h.judgment;
  const fileP = printFile(h.fileNumber, st.file);
  const money = (c: number): string => fmtMoney(c, st.money === 'plainEUR' ? 'EUR' : st.money);
  const f = emptyFields();
  const several = h.tenants.length > 1;
  f.court = h.court.name; f.fileNumber = h.fileNumber; f.landlord = h.landlord.name;
  f.tenants = tenantsTruth(h, false); f.address = addressTruth(h, h.flat.addition !== null);
  f.arrears = j.arrears; f.judgmentKind = j.kind; f.judgmentDate = j.date; f.vacateDeadline = j.vacate;
  const judge = rng.pick(JUDGES);
  const written = j.kind === 'versaeumnisurteil' && j.date !== h.hearing.date;
  const flatText = `${streetLine(h, rng)}, ${townLine(h)}${h.flat.addition ? `, ${h.flat.addition}` : ''}`;
  const rooms = rng.pick(['bestehend aus 3 Zimmern, Küche, Diele, Bad', 'bestehend aus 2 Zimmern, Küche, Bad nebst Kellerraum', 'bestehend aus 1 Zimmer, Kochnische, Duschbad']);
  const tenor: string[] = [
    `${several ? 'Die Beklagten werden' : (h.tenants[0]?.sex === 'm' ? 'Der Beklagte wird' : 'Die Beklagte wird')} verurteilt, die Wohnung ${flatText}, ${rooms}, zu räumen und geräumt an ${h.landlord.company ? 'die Klägerin' : 'den Kläger'} herauszugeben.`,
    `${several ? 'Die Beklagten werden als Gesamtschuldner' : (h.tenants[0]?.sex === 'm' ? 'Der Beklagte wird' : 'Die Beklagte wird')} verurteilt, an ${h.landlord.company ? 'die Klägerin' : 'den Kläger'} ${money(j.arrears)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${fmtDate(addDays(h.claimReceived, 1))} zu zahlen.`,
    `Die Kosten des Rechtsstreits ${several ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`,
    `Das Urteil ist vorläufig vollstreckbar.${j.kind === 'raeumungsurteil' ? ` Die Beklagtenseite kann die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden.` : ''}`,
  ];
  if (j.vacate) tenor.push(`${several ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${fmtDate(j.vacate, rng.pick(['dot', 'long'] as const))} gewährt.`);
  const streitwert = money(h.rent * 12 + j.arrears);
  let y = 50;
  s.text(70, y, h.court.name, { font: B, size: 12 }); s.text(540, y, 'Ausfertigung', { font: F, size: 9, align: 'right' }); y += 18;
  s.text(70, y, `Geschäfts-Nr.: ${fileP}`, { font: F, size: 10, tag: 'file' }); y += 14;
  if (!written) { s.text(70, y, `Verkündet am ${fmtDate(j.date)}`, { font: F, size: 10 }); s.text(70, y + 12, `${rng.pick(['Kaiser', 'Nowotny', 'Celik'])}, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle`, { font: F, size: 7.5 }); y += 28; }
  y += 14;
  s.text(297, y, 'IM NAMEN DES VOLKES', { font: B, size: 12, align: 'center' }); y += 22;
  s.text(297, y, TITLE[j.kind] ?? 'Urteil', { font: B, size: 13, align: 'center' }); y += 26;
  s.text(70, y, 'In dem Rechtsstreit', { font: F, size: 10.5 }); y += 18;
  s.text(70, y, `${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city},`, { font: F, size: 10.5 }); y += 14;
  s.text(330, y, h.landlord.company ? 'Klägerin,' : 'Klagende Partei,', { font: F, size: 10.5 }); y += 14;
  if (h.lawyer) { y = s.para(70, y, 460, `Prozessbevollmächtigte: ${h.lawyer.name}, ${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city}`, { font: F, size: 10 }); }
  y += 6; s.text(70, y, 'g e g e n', { font: F, size: 10.5 }); y += 18;
  h.tenants.forEach((p, i) => {
    const nm = `${several ? `${i + 1}. ` : ''}${personName(p, fam === 'classic' ? 'titled' : 'given')},`;
    y = s.para(70, y, 460, `${nm} ${streetLine(h, null, 'full')}, ${townLine(h)},`, { font: F, size: 10.5 });
  });
  s.text(330, y, several ? 'Beklagte,' : 'beklagte Partei,', { font: F, size: 10.5 }); y += 20;
  const how = written ? `im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${fmtDate(j.date)}` : `auf die mündliche Verhandlung vom ${fmtDate(h.hearing.date)}`;
  y = s.para(70, y, 460, `hat das ${h.court.name} ${how} durch ${judge} für Recht erkannt:`, { font: F, size: 10.5 }); y += 10;
  tenor.forEach((t, i) => { s.text(70, y, `${i + 1}.`, { font: F, size: 10.5 }); y = s.para(90, y, 445, t, { font: F, size: 10.5 }); y += 5; });
  const tail = (yy: number): number => {
    let z = yy + 8;
    if (j.kind === 'versaeumnisurteil') z = s.para(70, z, 460, `Rechtsbehelfsbelehrung: Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen ab Zustellung bei dem ${h.court.name}, ${h.court.street}, ${h.court.postal} ${h.court.place}, einzulegen (§ 339 ZPO).`, { font: F, size: 8.5 });
    else z = s.para(70, z, 460, `Rechtsbehelfsbelehrung: Gegen dieses Urteil ist das Rechtsmittel der Berufung für jeden zulässig, der durch dieses Urteil in seinen Rechten benachteiligt ist, wenn der Wert des Beschwerdegegenstandes 600,00 EUR übersteigt. Die Berufung ist binnen eines Monats bei dem Landgericht einzulegen.`, { font: F, size: 8.5 });
    z += 10; s.text(70, z, `Streitwert: ${streitwert}`, { font: F, size: 10 }); z += 26;
    s.text(70, z, judge.replace(/^Richter(in)?( am Amtsgericht)? /, ''), { font: F, size: 10 });
    s.text(330, z, `Ausgefertigt, ${fmtDate(addDays(j.date, rng.int(1, 6)))}`, { font: F, size: 9 });
    return z;
  };
  if (fam === 'compact') {
    tail(y);
    courtFooter(s, h.court, F, 1, 1);
    return f;
  }
  courtFooter(s, h.court, F, 1, 2);
  s.addPage();
  y = 60;
  s.text(540, 40, `- 2 -   ${fileP}`, { font: F, size: 9, align: 'right' });
  s.text(297, y, j.kind === 'raeumungsurteil' ? 'Tatbestand und Entscheidungsgründe' : 'Gründe', { font: B, size: 11, align: 'center' }); y += 22;
  y = s.para(70, y, 460, `Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die Beklagtenseite geriet mit der Zahlung der Miete in Rückstand. ${h.landlord.company ? 'Die Klägerin' : 'Die klagende Partei'} kündigte das Mietverhältnis mit Schreiben vom ${fmtDate(h.terminationDate)} fristlos wegen Zahlungsverzugs. Die Klage ist der Beklagtenseite ordnungsgemäß zugestellt worden.`, { font: F, size: 10.5 }); y += 8;
  const why = j.kind === 'versaeumnisurteil' ? 'Die Beklagtenseite hat trotz ordnungsgemäßer Zustellung und Belehrung ihre Verteidigungsbereitschaft nicht angezeigt bzw. ist im Termin nicht erschienen; das tatsächliche mündliche Vorbringen der Klägerseite gilt als zugestanden (§ 331 ZPO).'
    : j.kind === 'anerkenntnisurteil' ? 'Die Beklagtenseite hat den Anspruch anerkannt; sie war dem Anerkenntnis gemäß zu verurteilen (§ 307 ZPO).'
    : 'Die Klage ist zulässig und begründet. Die fristlose Kündigung ist nach § 543 Abs. 2 Satz 1 Nr. 3 BGB wirksam; die Beklagtenseite befand sich mit mehr als zwei Monatsmieten in Verzug. Eine Befriedigung innerhalb der Schonfrist des § 569 Abs. 3 Nr. 2 BGB ist nicht erfolgt.';
  y = s.para(70, y, 460, why, { font: F, size: 10.5 }); y += 8;
  if (j.vacate) { y = s.para(70, y, 460, `Die Räumungsfrist beruht auf § 721 ZPO. Bei der Bemessung hat das Gericht die Interessen der Parteien abgewogen, insbesondere die Wohnungssuche ${several ? 'der Beklagten' : 'der beklagten Partei'}.`, { font: F, size: 10.5 }); y += 8; }
  y = s.para(70, y, 460, 'Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711, 713 ZPO.', { font: F, size: 10.5 });
  tail(y);
  courtFooter(s, h.court, F, 2, 2);
  return f;
}
