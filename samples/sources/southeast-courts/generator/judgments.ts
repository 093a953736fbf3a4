/** Judgments (Versäumnis-, Anerkenntnis-, Räumungs-/Endurteil); one style per court family. */
import { plaintiffLabel, birthText, courtName, flatOneLine, judge, clerk, landlordAddress, plural, setAddress, setTenants, streetLine, cityLine, type Ctx } from './common.js';
import { addDays, dLong, dNum, money, moneyStyled, workday } from './fmt.js';
import type { FontKey } from './sheet.js';
import type { Family } from './senders.js';

interface Style {
  reg: FontKey;
  bold: FontKey;
  x: number;
  w: number;
  size: number;
  heading: Record<'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil', string>;
  verdictWord: string;
  pageFooter: 'von' | 'dash';
}

const STYLES: Record<Family, Style> = {
  by: { reg: 'arial', bold: 'arialB', x: 25, w: 160, size: 10, heading: { raeumungsurteil: 'Endurteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' }, verdictWord: 'erlässt', pageFooter: 'dash' },
  east: { reg: 'serif', bold: 'serifB', x: 25, w: 160, size: 10, heading: { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' }, verdictWord: 'hat', pageFooter: 'von' },
  bebb: { reg: 'cond', bold: 'condB', x: 25, w: 165, size: 10, heading: { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' }, verdictWord: 'hat', pageFooter: 'von' },
  obk: { reg: 'sans', bold: 'sansB', x: 20, w: 170, size: 9.5, heading: { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' }, verdictWord: 'hat', pageFooter: 'dash' },
};

export function judgmentLayout(c: Ctx): void {
  const { s, h, rng } = c;
  const j = h.judgment;
  if (!j) throw new Error('judgment without data');
  const st = STYLES[h.court.family];
  const withBirth = rng.chance(0.4);
  c.t.court = courtName(h);
  c.t.fileNumber = h.fileNumber;
  c.t.landlord = h.landlord.name;
  setTenants(c, withBirth);
  setAddress(c);
  c.t.arrears = j.arrears;
  c.t.judgmentKind = j.kind;
  c.t.judgmentDate = j.date;
  c.t.vacateDeadline = j.deadline;
  const X = st.x;
  const W = st.w;
  const P = (y: number, text: string, o: { bold?: boolean; size?: number; indent?: number } = {}): number =>
    s.para(X + (o.indent ?? 0), y, W - (o.indent ?? 0), text, { font: o.bold ? st.bold : st.reg, size: o.size ?? st.size, gap: 1 });
  const written = j.kind === 'versaeumnisurteil' && j.date < h.hearing.date;
  const judgeName = judge(rng);
  const judgeTitle = rng.pick(['den Richter', 'die Richterin']);
  // head
  let y = 16;
  if (h.court.family === 'by') {
    s.text(X, y, `Amtsgericht ${h.court.place}`, { font: st.bold, size: 13 });
    s.text(130, y, `Az.: ${h.fileNumber}`, { font: st.bold, size: 10 });
  } else if (h.court.family === 'obk') {
    s.text(X, y, `Amtsgericht ${h.court.place}`, { font: 'serifB', size: 13 });
    s.text(130, y, `${h.fileNumber}`, { font: st.bold, size: 10.5 });
  } else {
    s.text(X, y, `Geschäfts-Nr.: ${h.fileNumber}`, { font: st.bold, size: 10 });
    s.text(X, y + 5, `Amtsgericht ${h.court.place}`, { font: st.reg, size: 10 });
  }
  y = 30;
  if (!written) {
    s.text(120, y, `Verkündet am ${dNum(j.date)}`, { font: st.reg, size: 9 });
    s.text(120, y + 4.5, `${clerk(rng)}, JHSekr'in`, { font: st.reg, size: 9 });
    s.text(120, y + 9, 'als Urkundsbeamtin der Geschäftsstelle', { font: st.reg, size: 8 });
  }
  y = 48;
  s.text(X, y, 'IM NAMEN DES VOLKES', { font: st.bold, size: 13, align: 'center', width: W });
  y += 8;
  s.text(X, y, st.heading[j.kind], { font: st.bold, size: 12, align: 'center', width: W });
  y += 10;
  y = P(y, 'In dem Rechtsstreit');
  y += 2;
  y = P(y, `${h.landlord.name}, ${landlordAddress(h)},`, { bold: true });
  y = P(y, plaintiffLabel(h), { indent: 100 });
  const lw = h.landlord.lawyer;
  if (lw) y = P(y, `Prozessbevollmächtigte: ${lw.name}, ${lw.street}, ${lw.zip} ${lw.city}, Gz.: ${rng.int(100, 999)}/${h.claimReceived.slice(2, 4)}`);
  y += 2;
  y = P(y, 'gegen');
  y += 2;
  h.tenants.forEach((p, i) => {
    const nm = `${plural(h) ? `${i + 1}. ` : ''}${p.female ? 'Frau' : 'Herrn'} ${p.given} ${p.family}${withBirth && p.birth ? `, ${birthText(p, 'geb')}` : ''}, ${flatOneLine(h, true, false)},`;
    y = P(y, nm, { bold: true });
    y = P(y, plural(h) ? `– Beklagte${p.female ? '' : 'r'} zu ${i + 1}. –` : `– Beklagte${p.female ? '' : 'r'} –`, { indent: 100 });
  });
  y += 2;
  y = P(y, 'wegen Räumung und Zahlung');
  y += 3;
  const how = written
    ? `im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${dNum(j.date)}`
    : j.kind === 'anerkenntnisurteil'
      ? `aufgrund des Anerkenntnisses der Beklagtenseite in der mündlichen Verhandlung vom ${dNum(j.date)}`
      : `auf Grund der mündlichen Verhandlung vom ${dNum(j.date)}`;
  y = P(y, `${st.verdictWord === 'erlässt' ? 'Das' : 'hat das'} Amtsgericht ${h.court.place} durch ${judgeTitle} am Amtsgericht ${judgeName} ${how} ${st.verdictWord === 'erlässt' ? 'folgendes' : 'für Recht erkannt:'}`);
  if (st.verdictWord === 'erlässt') {
    y += 2;
    s.text(X, y, st.heading[j.kind], { font: st.bold, size: 11, align: 'center', width: W });
    y += 7;
  }
  y += 3;
  const they = plural(h) ? 'Die Beklagten werden' : `${h.tenants[0]?.female ? 'Die Beklagte wird' : 'Der Beklagte wird'}`;
  const rooms = rng.pick(['bestehend aus zwei Zimmern, Küche, Diele und Bad', 'bestehend aus drei Zimmern, Küche, Bad und Kellerabteil', 'bestehend aus einem Zimmer, Kochnische und Duschbad', 'nebst Kellerraum']);
  const tenor: string[] = [
    `${they} verurteilt, die Wohnung ${streetLine(h, false)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${cityLine(h)}, ${rooms}, zu räumen und geräumt an ${h.landlord.female ? 'die Klägerin' : 'den Kläger'} herauszugeben.`,
    `${they}${plural(h) ? ' als Gesamtschuldner' : ''} verurteilt, an ${h.landlord.female ? 'die Klägerin' : 'den Kläger'} ${moneyStyled(j.arrears, h.court.family === 'by' ? 'eur-suffix' : 'euro-sign-suffix')} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${dNum(addDays(h.claimServed, 1))} zu zahlen.`,
    `${plural(h) ? 'Die Beklagten tragen' : `${h.tenants[0]?.female ? 'Die Beklagte trägt' : 'Der Beklagte trägt'}`} die Kosten des Rechtsstreits.`,
    j.kind === 'raeumungsurteil'
      ? `Das Urteil ist vorläufig vollstreckbar. ${plural(h) ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von ${money(Math.round(j.arrears * 1.1 / 100) * 100 + h.rent * 6)} € abwenden, wenn nicht ${h.landlord.female ? 'die Klägerin' : 'der Kläger'} vor der Vollstreckung Sicherheit in gleicher Höhe leistet.`
      : 'Das Urteil ist vorläufig vollstreckbar.',
  ];
  if (j.deadline) tenor.push(`${plural(h) ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${rng.chance(0.5) ? dLong(j.deadline) : dNum(j.deadline)} gewährt.`);
  tenor.forEach((tx, i) => {
    s.text(X, y, `${i + 1}.`, { font: st.reg, size: st.size, silent: true });
    const lines = s.wrap(tx, W - 8, st.reg, st.size);
    lines.forEach((l, li) => {
      if (li === 0) s.texts[s.pageIndex]?.push(`${i + 1}. ${l}`);
      s.text(X + 8, y, l, { font: st.reg, size: st.size, silent: li === 0 });
      y += s.lh(st.size) + 1;
      if (y > 262) {
        footer(c, st);
        s.newPage();
        y = 20;
      }
    });
    y += 1.5;
  });
  if (s.pageIndex === 0) {
    footer(c, st);
    s.newPage();
    y = 20;
  }
  s.text(X, y, `- ${h.fileNumber} -`, { font: st.reg, size: 8, silent: false });
  y += 8;
  if (j.kind === 'raeumungsurteil') {
    y = P(y, 'Tatbestand und Entscheidungsgründe', { bold: true });
    y = P(y, 'Von der Darstellung des Tatbestandes wird gemäß § 313a Abs. 1 ZPO abgesehen. Die Klage ist zulässig und begründet. Das Mietverhältnis ist durch die fristlose Kündigung wegen Zahlungsverzugs beendet worden (§ 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 BGB). Die Kostenentscheidung folgt aus § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit aus §§ 708 Nr. 7, 711 ZPO.');
  } else if (j.kind === 'anerkenntnisurteil') {
    y = P(y, 'Gründe', { bold: true });
    y = P(y, 'Die Beklagtenseite hat den geltend gemachten Anspruch anerkannt; sie war daher gemäß § 307 ZPO dem Anerkenntnis entsprechend zu verurteilen.');
  }
  y += 3;
  y = P(y, `Streitwert: ${money(h.rent * 12 + j.arrears)} €`);
  y += 4;
  y = P(y, 'Rechtsbehelfsbelehrung:', { bold: true });
  if (j.kind === 'versaeumnisurteil') {
    y = P(y, `Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen ab Zustellung dieses Urteils bei dem Amtsgericht ${h.court.place}, ${h.court.street}, ${h.court.zip} ${h.court.city}, schriftlich in deutscher Sprache oder zu Protokoll der Geschäftsstelle einzulegen.`, { size: st.size - 1 });
  } else {
    y = P(y, `Gegen dieses Urteil ist das Rechtsmittel der Berufung gegeben, wenn der Wert des Beschwerdegegenstandes 600,00 € übersteigt. Die Berufung ist binnen einer Notfrist von einem Monat bei dem Landgericht einzulegen. Ein Antrag auf Verlängerung der Räumungsfrist ist spätestens zwei Wochen vor deren Ablauf zu stellen (§ 721 Abs. 3 ZPO).`, { size: st.size - 1 });
  }
  y += 8;
  s.text(X, y, judgeName, { font: st.reg, size: st.size });
  s.text(X, y + 5, judgeTitle === 'den Richter' ? 'Richter am Amtsgericht' : 'Richterin am Amtsgericht', { font: st.reg, size: st.size - 1 });
  y += 16;
  const issued = workday(addDays(j.date, rng.int(2, 9)));
  y = P(y, `Für den Gleichlaut der Ausfertigung mit der Urschrift: ${h.court.city}, ${dNum(issued)}`, { size: st.size - 1 });
  y = P(y, `${clerk(rng)}, Urkundsbeamtin der Geschäftsstelle`, { size: st.size - 1 });
  footer(c, st);
}

function footer(c: Ctx, st: Style): void {
  const { s } = c;
  void st;
  void s;
}
