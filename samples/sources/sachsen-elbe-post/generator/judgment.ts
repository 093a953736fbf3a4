/** Judgments: Urteil, Versäumnisurteil, Anerkenntnisurteil, Teilanerkenntnis- und Schlussurteil;
 * three court styles. */
import type { Doc } from './render.js';
import type { Ctx } from './common.js';
import { CLERKS, JUDGES, LEFT, RIGHT, TEXTW, addressTruth, azPrint, courtKey, courtName, pageNo, personName, put, streetLine, cityLine, tenantTruth } from './common.js';
import { courtForm } from './notice.js';
import type { Form } from './notice.js';
import { addDays, fmtDate, fmtMoney } from './fmt.js';

function kindHeading(c: Ctx, style: number): string {
  const j = c.h.judgment;
  const base = j.partial ? 'Teilanerkenntnis- und Schlussurteil' : j.kind === 'versaeumnisurteil' ? 'Versäumnisurteil' : j.kind === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil';
  if (style === 1 && base === 'Urteil') return 'U r t e i l';
  if (style === 2) return base.toUpperCase();
  return base;
}

function flatPhrase(c: Ctx, fm: Form): string {
  const h = c.h;
  const rooms = fm.r.pick(['zwei Zimmern, Küche, Bad und Flur', 'drei Zimmern, Küche, Bad, Flur und Balkon', 'einem Zimmer, Küche und Duschbad', 'zwei Zimmern, Wohnküche, Bad und Abstellraum']);
  const lage = h.flat.addition ? `im ${h.flat.addition} ` : '';
  return `die Wohnung ${lage}des Hauses ${streetLine(h, { abbrev: fm.r.chance(0.3) })}, ${cityLine(h)}, bestehend aus ${rooms}, nebst Kellerabteil`;
}

export function judgment(d: Doc, c: Ctx): string {
  const h = c.h;
  const style = h.court.judgment;
  const fm = courtForm(h.court, `judgment${style}`);
  const j = h.judgment;
  const vu = j.kind === 'versaeumnisurteil';
  const withHearing = j.kind === 'raeumungsurteil' || (vu && j.date === h.hearing.date) || (j.kind === 'anerkenntnisurteil' && j.date === h.hearing.date);
  const f = fm.f;
  const fb = fm.fb;
  const total = vu ? 2 : 3;
  // ---- page 1
  const az = azPrint(h.az, fm.azs);
  if (style === 0) {
    d.t(LEFT, 40, courtName(h.court), { f: fb, s: 13 });
    d.t(LEFT, 58, `Aktenzeichen: ${az}`, { f, s: 10 });
  } else if (style === 1) {
    d.t(LEFT, 40, `Aktenzeichen: ${az}`, { f, s: 10 });
    d.t(LEFT, 70, courtName(h.court).toUpperCase(), { f: fb, s: 12, align: 'center', w: TEXTW, spacing: 1.5 });
  } else {
    d.t(LEFT, 40, `${courtName(h.court)}`, { f: fb, s: 12 });
    d.t(RIGHT - 160, 40, `Geschäftsnummer: ${az}`, { f, s: 9.5, align: 'right', w: 160 });
  }
  put(c, d, 'court', courtName(h.court));
  put(c, d, 'fileNumber', h.az);
  // Verkündet/Erlassen block, top right
  const verb = vu && !withHearing ? 'Erlassen am' : j.kind === 'anerkenntnisurteil' && !withHearing ? 'Erlassen am' : 'Verkündet am';
  const bx = RIGHT - 170;
  d.t(bx, 88, `${verb}: ${fmtDate(j.date, fm.ds === 'long' ? 'long' : 'dmy')}`, { f, s: 9.5 });
  d.t(bx, 100, `${fm.r.pick(CLERKS)}, JHS'in`, { f, s: 9 });
  d.t(bx, 111, 'Urkundsbeamtin der Geschäftsstelle', { f, s: 8 });
  put(c, d, 'judgmentDate', j.date);
  let y = 140;
  d.t(LEFT, y, style === 2 ? 'IM NAMEN DES VOLKES' : 'Im Namen des Volkes', { f: fb, s: 12, align: 'center', w: TEXTW });
  y += 22;
  d.t(LEFT, y, kindHeading(c, style), { f: fb, s: 14, align: 'center', w: TEXTW });
  put(c, d, 'judgmentKind', j.partial ? 'anerkenntnisurteil' : j.kind);
  if (vu && !withHearing) d.t(LEFT, y + 17, '(im schriftlichen Vorverfahren, § 331 Abs. 3 ZPO)', { f, s: 9, align: 'center', w: TEXTW });
  if (j.kind === 'anerkenntnisurteil' && !withHearing) d.t(LEFT, y + 17, '(ohne mündliche Verhandlung, § 307 Satz 2 ZPO)', { f, s: 9, align: 'center', w: TEXTW });
  y += 40;
  d.t(LEFT, y, 'In dem Rechtsstreit', { f, s: 10.5 });
  y += 18;
  d.t(LEFT, y, h.landlord.name, { f, s: 10.5 });
  put(c, d, 'landlord', h.landlord.name);
  y += 13;
  d.t(LEFT, y, `${h.landlord.rep ? `${h.landlord.rep}, ` : ''}${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, { f, s: 10, fit: TEXTW - 80 });
  d.t(RIGHT - 70, y, '- Klägerin -', { f, s: 10 });
  y += 15;
  if (h.lawfirm) {
    d.t(LEFT, y, `Prozessbevollmächtigte: ${h.lawfirm.name}, ${h.lawfirm.street}, ${h.lawfirm.plz} ${h.lawfirm.city}`, { f, s: 9.5, fit: TEXTW });
    y += 15;
  }
  d.t(LEFT, y + 2, 'gegen', { f, s: 10.5 });
  y += 20;
  const many = h.tenants.length > 1;
  h.tenants.forEach((p, i) => {
    d.t(LEFT, y, `${many ? `${i + 1}. ` : ''}${personName(p, fm.ns === 'capsFirst' ? 'capsFirst' : 'herrFrau')}, ${streetLine(h)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${cityLine(h)}`, { f, s: 10, fit: TEXTW - 110 });
    d.t(RIGHT - 105, y, many ? `- Beklagte${p.sex === 'm' ? 'r' : ''} zu ${i + 1}. -` : `- Beklagte${p.sex === 'm' ? 'r' : ''} -`, { f, s: 9.5 });
    y += 14;
  });
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'address', addressTruth(h));
  y += 6;
  d.t(LEFT, y, 'wegen Räumung und Zahlung', { f, s: 10.5 });
  y += 20;
  const judge = fm.r.pick(JUDGES);
  const intro = withHearing
    ? `hat das ${courtName(h.court)} durch die Richterin am Amtsgericht ${judge} auf Grund der mündlichen Verhandlung vom ${fmtDate(h.hearing.date, 'dmy')} für Recht erkannt:`
    : `hat das ${courtName(h.court)} durch die Richterin am Amtsgericht ${judge} am ${fmtDate(j.date, 'dmy')} ohne mündliche Verhandlung für Recht erkannt:`;
  y = d.para(LEFT, y, TEXTW, intro, { f, s: 10.5 });
  y += 8;
  const item = (n: number, s: string): void => {
    d.t(LEFT, y, `${n}.`, { f, s: 10.5 });
    y = d.para(LEFT + 20, y, TEXTW - 20, s, { f, s: 10.5 }) + 4;
  };
  const who = many ? 'Die Beklagten werden' : `Der Beklagte wird`.replace('Der Beklagte', h.tenants[0]?.sex === 'f' ? 'Die Beklagte' : 'Der Beklagte');
  let n = 1;
  item(n++, `${who} verurteilt, ${flatPhrase(c, fm)}, zu räumen und geräumt an die Klägerin herauszugeben.`);
  if (j.amount !== null) {
    const since = addDays(h.claimServed, 1);
    item(n++, `${who} ${many ? 'als Gesamtschuldner ' : ''}verurteilt, an die Klägerin ${fmtMoney(j.amount, fm.ms)} nebst Zinsen in Höhe von fünf Prozentpunkten über dem Basiszinssatz seit dem ${fmtDate(since, 'dmy')} zu zahlen.`);
    put(c, d, 'arrears', j.amount);
  }
  if (j.partial) item(n++, 'Im Übrigen wird die Klage abgewiesen.');
  if (j.vacate) {
    item(n++, `${many ? 'Den Beklagten' : h.tenants[0]?.sex === 'f' ? 'Der Beklagten' : 'Dem Beklagten'} wird eine Räumungsfrist bis zum ${fmtDate(j.vacate, fm.ds === 'long' ? 'long' : 'dmy')} gewährt.`);
    put(c, d, 'vacateDeadline', j.vacate);
  }
  item(n++, `${many ? 'Die Beklagten tragen' : 'Die beklagte Partei trägt'} die Kosten des Rechtsstreits.`);
  item(n++, vu || j.kind === 'anerkenntnisurteil' ? 'Das Urteil ist vorläufig vollstreckbar.' : `Das Urteil ist vorläufig vollstreckbar. ${many ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des vollstreckbaren Betrages abwenden, wenn nicht die Klägerin vor der Vollstreckung Sicherheit in gleicher Höhe leistet.`);
  y += 6;
  d.t(LEFT, y, `Streitwert: ${fmtMoney(h.coldRent * 12 + h.arrears, fm.ms)}`, { f, s: 10 });
  pageNo(d, 1, total, f, style === 1 ? 1 : 0);
  // ---- page 2
  d.addPage();
  d.t(LEFT, 40, `${az}`, { f, s: 9 });
  d.t(LEFT, 40, `- 2 -`, { f, s: 9, align: 'center', w: TEXTW });
  y = 72;
  const mon = fmtMoney(h.rent, fm.ms);
  if (!vu) {
    d.t(LEFT, y, 'Tatbestand', { f: fb, s: 11, align: 'center', w: TEXTW });
    y += 20;
    y = d.para(LEFT, y, TEXTW, `Die Parteien verbindet ein Mietvertrag vom ${fmtDate(h.contractDate, 'dmy')} über die im Tenor bezeichnete Wohnung. Die monatliche Miete beträgt ${mon} einschließlich Betriebskostenvorauszahlungen. ${many ? 'Die Beklagten blieben' : 'Die beklagte Partei blieb'} mit den Mieten für ${h.months} Monate im Rückstand. Mit Schreiben vom ${fmtDate(h.kuendigung, 'dmy')} kündigte die Klägerin das Mietverhältnis fristlos${h.hilfsweise ? ', hilfsweise ordentlich' : ''}.`, { f, s: 10.5 }) + 8;
    y = d.para(LEFT, y, TEXTW, j.kind === 'anerkenntnisurteil' ? `${many ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} den Räumungsanspruch ${j.partial ? 'im Termin teilweise ' : ''}anerkannt.` : `Die Klage ist am ${fmtDate(h.claimServed, 'dmy')} zugestellt worden. Die Klägerin beantragt wie erkannt. ${many ? 'Die Beklagten beantragen' : 'Die beklagte Partei beantragt'}, die Klage abzuweisen, hilfsweise eine Räumungsfrist zu gewähren.`, { f, s: 10.5 }) + 14;
    d.t(LEFT, y, 'Entscheidungsgründe', { f: fb, s: 11, align: 'center', w: TEXTW });
    y += 20;
    y = d.para(LEFT, y, TEXTW, `Die zulässige Klage ist begründet. Der Klägerin steht der Anspruch auf Räumung und Herausgabe aus § 546 Abs. 1 BGB zu, weil das Mietverhältnis durch die fristlose Kündigung gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB beendet worden ist. Eine Befriedigung der Klägerin innerhalb der Schonfrist ist nicht erfolgt.`, { f, s: 10.5 }) + 8;
    y = d.para(LEFT, y, TEXTW, j.vacate ? 'Die Räumungsfrist beruht auf § 721 Abs. 1 ZPO; sie berücksichtigt die Interessen beider Parteien, insbesondere die Suche nach Ersatzwohnraum.' : 'Eine Räumungsfrist war nicht zu gewähren, da Umstände, die eine solche rechtfertigen, nicht vorgetragen sind.', { f, s: 10.5 }) + 8;
    y = d.para(LEFT, y, TEXTW, 'Die Kostenentscheidung folgt aus § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit aus §§ 708 Nr. 7, 711 ZPO.', { f, s: 10.5 });
    pageNo(d, 2, total, f, style === 1 ? 1 : 0);
    d.addPage();
    d.t(LEFT, 40, `- 3 -`, { f, s: 9, align: 'center', w: TEXTW });
    y = 72;
  }
  d.t(LEFT, y, 'Rechtsbehelfsbelehrung:', { f: fb, s: 10.5 });
  y += 18;
  const rb = vu
    ? `Gegen dieses Versäumnisurteil kann die beklagte Partei Einspruch einlegen. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem ${courtName(h.court)}, ${h.court.street}, ${h.court.plz} ${h.court.town}, einzulegen. Die Frist beginnt mit der Zustellung dieses Versäumnisurteils. Der Einspruch muss die Bezeichnung des Urteils und die Erklärung enthalten, dass Einspruch eingelegt werde.`
    : `Gegen dieses Urteil ist das Rechtsmittel der Berufung gegeben, wenn der Wert des Beschwerdegegenstandes 600,00 EUR übersteigt oder das Gericht die Berufung zugelassen hat. Die Berufung ist binnen einer Notfrist von einem Monat bei dem Landgericht einzulegen; die Frist beginnt mit der Zustellung der vollständigen Entscheidung.`;
  y = d.para(LEFT, y, TEXTW, rb, { f, s: 10 }) + 10;
  y = d.para(LEFT, y, TEXTW, 'Rechtsbehelfe können auch als elektronisches Dokument eingereicht werden. Eine einfache E-Mail genügt den gesetzlichen Anforderungen nicht.', { f, s: 10 }) + 20;
  d.t(LEFT, y, judge, { f, s: 10.5 });
  d.t(LEFT, y + 13, 'Richterin am Amtsgericht', { f, s: 10 });
  y += 50;
  d.t(LEFT, y, `Für die Richtigkeit der Abschrift`, { f, s: 9 });
  d.t(LEFT, y + 12, `${courtKey(h.court)}, ${fmtDate(addDays(j.date, fm.r.int(1, 6)), 'dmy')}`, { f, s: 9 });
  d.t(LEFT, y + 24, `${fm.r.pick(CLERKS)}, Urkundsbeamtin der Geschäftsstelle`, { f, s: 9 });
  pageNo(d, total, total, f, style === 1 ? 1 : 0);
  return `urteil-stil${style}`;
}
