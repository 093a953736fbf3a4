/** Hearing summonses (Terminsmitteilungen) and judgments, per court software. */
import { Sheet, MM, type FontKey } from './sheet.js';
import { type Ctx, type Person, registerTenants, flatLines, flatOneLine, randomAddrStyle, fileNoPrinted, fullName, tenantsJoined } from './model.js';
import { fmtDate, fmtMoney, fmtTime, addDays } from './format.js';
import { windowBlock, courtFooter, personWithBirth, tableRow, pageNo, clerkFor, judgeFor, wrap } from './parts.js';

function summonsBase(c: Ctx): void {
  c.f.court = `Amtsgericht ${c.h.court.place}`;
  c.f.fileNumber = c.h.fileNumber;
  c.f.landlord = c.h.landlord.truth;
  c.f.hearing = { ...c.h.hearing };
}

export function tsTerminsnachricht(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  summonsBase(c);
  registerTenants(c, false);
  c.f.address = { ...h.flat };
  c.f.claimReceived = h.claimReceived;
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'sans';
  s.t(25 * MM, 40, `Amtsgericht ${ct.place}`, { font: 'sansB', size: 15 });
  s.t(25 * MM, 60, `${ct.street} · ${ct.postal} ${ct.place}`, { size: 8 });
  s.foldMarks();
  windowBlock(s, `Amtsgericht ${ct.place}, ${ct.poBox ?? `${ct.street}, ${ct.postal} ${ct.place}`}`, ct.authority);
  const ix = 125 * MM;
  let y = 50 * MM;
  y = s.t(ix, y, 'Geschäftsnummer:', { size: 8 });
  y = s.t(ix, y, fileNoPrinted(h.fileNumber, 'std'), { font: 'sansB', size: 11, tag: 'hl' });
  y = s.t(ix, y, 'Bitte bei allen Schreiben angeben', { size: 7 });
  s.t(ix, y + 6, `Datum: ${fmtDate(c.d.letterDate, 'dots')}`, { size: 9 });
  y = 105 * MM;
  y = s.t(25 * MM, y, 'Terminsnachricht', { font: 'sansB', size: 11.5 });
  y = s.t(25 * MM, y, `Nachtrag zur Mitteilung in Zivilsachen vom ${fmtDate(addDays(h.claimReceived, 3), 'dots')} (Klageeingang ${fmtDate(h.claimReceived, 'dots')})`, { size: 9 });
  y += 10;
  y = s.t(25 * MM, y, 'In dem Rechtsstreit', { size: 9.5 });
  const ll = h.landlord;
  y = s.t(40 * MM, y + 2, `${ll.truth}, ${ll.city}`, { size: 9.5 });
  y = s.t(40 * MM, y, 'gegen', { size: 9.5 });
  for (const p of h.tenants) y = s.t(40 * MM, y, fullName(p), { size: 9.5 });
  y = s.t(40 * MM, y, flatOneLine(h.flat, as), { size: 9.5, tag: 'addr' });
  y += 8;
  y = s.para(25 * MM, y, 160 * MM, 'ist Termin zur mündlichen Verhandlung (Güteverhandlung und sich unmittelbar anschließender früher erster Termin) bestimmt auf', { size: 9.5 });
  y = s.t(40 * MM, y + 4, `${fmtDate(h.hearing.date, 'weekdayDots')}, ${fmtTime(h.hearing.time, 'colon')}`, { font: 'sansB', size: 11.5, tag: 'hl' });
  y = s.t(40 * MM, y, `${h.hearing.room}, ${ct.street}, ${ct.postal} ${ct.place}`, { size: 9.5 });
  y += 10;
  y = s.para(25 * MM, y, 160 * MM, 'Diese Nachricht ergeht nachrichtlich im Rahmen der Mitteilungen in Zivilsachen. Eine Ladung der Empfängerin/des Empfängers ist damit nicht verbunden.', { size: 8.5 });
  y = s.t(25 * MM, y + 10, 'Auf Anordnung', { size: 9.5 });
  s.t(25 * MM, y, `${clerkFor(c)}, Justizbeschäftigte(r)`, { size: 9.5 });
  courtFooter(s, ct);
}

export function tsLadung(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  summonsBase(c);
  const mono = ct.key === 'wf';
  const f: FontKey = mono ? 'mono' : 'serif';
  const fb: FontKey = mono ? 'monoB' : 'serifB';
  const withBirth = c.rng.chance(0.4);
  registerTenants(c, withBirth);
  c.f.address = { ...h.flat };
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = f;
  s.t(50, 40, `Amtsgericht ${ct.place}`, { font: fb, size: 13 });
  s.t(50, 56, `${ct.street}, ${ct.postal} ${ct.place}`, { size: 8.5 });
  s.t(360, 40, `Geschäftsnummer: ${fileNoPrinted(h.fileNumber, mono ? 'wide' : 'std')}`, { font: fb, size: 9.5, tag: 'hl' });
  s.t(360, 54, `${ct.place}, ${fmtDate(c.d.letterDate, mono ? 'dots2' : 'long')}`, { size: 9 });
  let y = 120;
  for (const l of ct.authority) y = s.t(60, y, l, { size: 10 });
  y = 225;
  y = s.t(50, y, 'Terminsbestimmung – Mitteilung an den Träger der Sozialleistungen', { font: fb, size: 10.5 });
  y += 10;
  y = s.t(50, y, 'In Sachen', { size: 10 });
  const ll = h.landlord;
  y = s.para(80, y, 440, `${ll.salutation === 'Eheleute' ? 'Eheleute ' : ''}${ll.truth}, ${ll.street}, ${ll.postal} ${ll.city}`, { size: 10 });
  y = s.t(80, y, '– Kläger –', { size: 9.5 });
  y = s.t(50, y + 4, 'gegen', { size: 10 });
  h.tenants.forEach((p, i) => {
    y = s.t(80, y, `${h.tenants.length > 1 ? `${i + 1}) ` : ''}${personWithBirth(p, withBirth, mono)}`, { size: 10 });
  });
  y = s.t(80, y, `${h.tenants.length > 2 ? 'alle' : h.tenants.length > 1 ? 'beide' : ''} wohnhaft ${flatOneLine(h.flat, as)}`.trim(), { size: 10, tag: 'addr' });
  y = s.t(80, y, h.tenants.length > 1 ? '– Beklagte –' : '– Beklagte(r) –', { size: 9.5 });
  y += 10;
  const hd = mono ? `${fmtDate(h.hearing.date, 'weekdayDots')}, ${fmtTime(h.hearing.time, 'dot')}` : `${fmtDate(h.hearing.date, 'weekdayLong')}, ${fmtTime(h.hearing.time, 'dot')}`;
  y = s.para(50, y, 495, 'wegen Räumung und Zahlung wird Termin zur mündlichen Verhandlung anberaumt auf:', { size: 10 });
  y = s.t(80, y + 4, hd, { font: fb, size: 11, tag: 'hl' });
  y = s.t(80, y, `Sitzungsort: ${h.hearing.room}`, { size: 10 });
  if (!mono) y = s.t(80, y, 'Dienstgebäude Nebenstelle, Schellengasse 3, 36304 Alsfeld', { size: 9 });
  y += 10;
  y = s.para(50, y, 495, 'Das persönliche Erscheinen der Parteien ist angeordnet. Die Mitteilung erfolgt zur Wahrnehmung der Aufgaben nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII.', { size: 9 });
  y = s.t(50, y + 14, `${judgeFor(c)}`, { size: 10 });
  s.t(50, y, 'Richter/in am Amtsgericht', { size: 9 });
  s.t(50, 790, `Ausgefertigt: ${clerkFor(c)}, Urkundsbeamter der Geschäftsstelle`, { size: 8 });
}

export function tsKurz(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  summonsBase(c);
  registerTenants(c, false);
  const style = ct.key === 'so' ? 'short' : 'dots';
  s.addPage();
  s.font = 'cond';
  s.t(25 * MM, 40, `Amtsgericht ${ct.place}`, { font: 'condB', size: 13 });
  s.t(25 * MM, 56, `${ct.postal} ${ct.place}, ${ct.street}`, { size: 8.5 });
  windowBlock(s, `Amtsgericht ${ct.place}, ${ct.postal} ${ct.place}`, ct.authority, { font: 'cond' });
  s.t(130 * MM, 55 * MM, fmtDate(c.d.letterDate, 'dots'), { size: 9.5 });
  let y = 105 * MM;
  y = s.t(25 * MM, y, `Az. ${fileNoPrinted(h.fileNumber, ct.key === 'da' ? 'tight' : 'std')}`, { font: 'condB', size: 11, tag: 'hl' });
  y = s.t(25 * MM, y + 2, 'Mitteilung eines Verhandlungstermins (Räumungssache)', { font: 'condB', size: 10.5 });
  y += 10;
  const ll = h.landlord;
  const o = { lf: 'cond' as const, vf: 'cond' as const, size: 10 };
  y = tableRow(s, y, 25 * MM, 40 * MM, 68 * MM, 115 * MM, 'Klagepartei:', [ll.truth], o) + 4;
  y = tableRow(s, y, 25 * MM, 40 * MM, 68 * MM, 115 * MM, 'Beklagte:', [h.couple ? `Eheleute ${tenantsJoined(h)}` : tenantsJoined(h)], o) + 4;
  y = tableRow(s, y, 25 * MM, 40 * MM, 68 * MM, 115 * MM, 'Termin:', [`${fmtDate(h.hearing.date, style)}, ${fmtTime(h.hearing.time, 'dot')}`], { ...o, tag: 'hl' }) + 4;
  y = tableRow(s, y, 25 * MM, 40 * MM, 68 * MM, 115 * MM, 'Raum:', [h.hearing.room], o) + 12;
  y = s.para(25 * MM, y, 160 * MM, 'Über den Eingang der Klage wurden Sie bereits unterrichtet. Diese Mitteilung ergänzt die dortigen Angaben.', { size: 9.5 });
  s.t(25 * MM, y + 10, `i. A. ${clerkFor(c)}`, { size: 9.5 });
  courtFooter(s, ct, 'cond');
}

const KIND_TITLE = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Urteil' } as const;

function judgmentBase(c: Ctx): void {
  const h = c.h;
  c.f.court = `Amtsgericht ${h.court.place}`;
  c.f.fileNumber = h.fileNumber;
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.judgmentKind = h.judgment.kind;
  c.f.judgmentDate = h.judgment.date;
  if (h.judgment.ordered !== null) c.f.arrears = h.judgment.ordered;
  if (h.judgment.vacate) c.f.vacateDeadline = h.judgment.vacate;
}

function tenor(c: Ctx, as: ReturnType<typeof randomAddrStyle>): string[] {
  const h = c.h;
  const pl = h.tenants.length > 1;
  const ll = h.landlord;
  const kl = ll.kind === 'company' ? 'die Klägerin' : ll.kind === 'couple' ? 'die Kläger' : ll.salutation === 'Frau' ? 'die Klägerin' : 'den Kläger';
  const out = [`1. ${pl ? 'Die Beklagten werden' : 'Die beklagte Partei wird'} verurteilt, die Wohnung ${flatOneLine(h.flat, as)}, bestehend aus ${c.rng.int(2, 4)} Zimmern, Küche, Diele, Bad und Kellerraum, zu räumen und geräumt an ${kl} herauszugeben.`];
  let n = 2;
  if (h.judgment.ordered !== null) {
    out.push(`${n}. ${pl ? 'Die Beklagten werden als Gesamtschuldner' : 'Die beklagte Partei wird'} verurteilt, an ${kl} ${fmtMoney(h.judgment.ordered, 'euroSign')} nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit dem ${fmtDate(addDays(h.claimServed, 1), 'dots')} zu zahlen.`);
    n++;
  }
  if (h.judgment.vacate) {
    out.push(`${n}. ${pl ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${fmtDate(h.judgment.vacate, 'dots')} gewährt.`);
    n++;
  }
  out.push(`${n}. Die Kosten des Rechtsstreits ${pl ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`);
  n++;
  out.push(`${n}. Das Urteil ist vorläufig vollstreckbar.${h.judgment.kind === 'raeumungsurteil' ? ` Die Beklagtenseite kann die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden, wenn nicht zuvor Sicherheit in gleicher Höhe geleistet wird.` : ''}`);
  return out;
}

export function juRubrum(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  judgmentBase(c);
  const withBirth = c.rng.chance(0.3);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  const j = h.judgment;
  s.addPage();
  s.font = 'serif';
  s.t(25 * MM, 40, fileNoPrinted(h.fileNumber, 'std'), { font: 'serifB', size: 11, tag: 'hl' });
  s.t(130 * MM, 40, 'Beglaubigte Abschrift', { font: 'serifB', size: 9 });
  s.t(130 * MM, 56, `Verkündet am ${fmtDate(j.date, 'dots')}`, { size: 9 });
  s.t(130 * MM, 68, `${clerkFor(c)}, Justizbeschäftigte`, { size: 9 });
  s.t(130 * MM, 80, 'als Urkundsbeamtin der Geschäftsstelle', { size: 8 });
  let y = 120;
  y = s.t(0, y, `Amtsgericht ${ct.place}`, { font: 'serifB', size: 13, align: 'center', width: 595 });
  y = s.t(0, y + 6, 'IM NAMEN DES VOLKES', { font: 'serifB', size: 12, align: 'center', width: 595 });
  y = s.t(0, y + 6, KIND_TITLE[j.kind], { font: 'serifB', size: 12, align: 'center', width: 595 });
  y += 14;
  y = s.t(25 * MM, y, 'In dem Rechtsstreit', { size: 10.5 });
  const ll = h.landlord;
  const lr = ll.kind === 'company' ? 'Klägerin' : ll.kind === 'couple' ? 'Kläger' : ll.salutation === 'Frau' ? 'Klägerin' : 'Klägers';
  y = s.para(35 * MM, y + 4, 150 * MM, `${ll.kind === 'company' ? 'der' : ll.kind === 'couple' ? 'der Eheleute' : ll.salutation === 'Frau' ? 'der Frau' : 'des Herrn'} ${ll.truth}, ${ll.street}, ${ll.postal} ${ll.city},`, { size: 10.5 });
  y = s.t(130 * MM, y, `${lr},`, { size: 10.5 });
  if (h.lawyer) y = s.para(35 * MM, y, 150 * MM, `Prozessbevollmächtigte: ${h.lawyer.firm.join(' ')}, ${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city},`, { size: 10.5 });
  y = s.t(35 * MM, y + 4, 'gegen', { size: 10.5 });
  h.tenants.forEach((p, i) => {
    const pre = h.tenants.length > 1 ? `${i + 1}. ` : '';
    const art = p.male ? 'Herrn' : 'Frau';
    const addr = i === 0 ? flatOneLine(h.flat, as) : 'ebenda';
    y = s.para(35 * MM, y, 150 * MM, `${pre}${art} ${personWithBirth(p, withBirth, false)}, ${addr},`, { size: 10.5 });
  });
  y = s.t(130 * MM, y, h.tenants.length > 1 ? 'Beklagten,' : p0Role(h.tenants[0]), { size: 10.5 });
  y += 6;
  const how = j.hearingDate ? `auf die mündliche Verhandlung vom ${fmtDate(j.hearingDate, 'dots')}` : 'im schriftlichen Vorverfahren';
  y = s.para(25 * MM, y, 160 * MM, `hat das Amtsgericht ${ct.place} ${how} durch ${c.rng.chance(0.5) ? 'den Richter' : 'die Richterin'} am Amtsgericht ${judgeFor(c)} für Recht erkannt:`, { size: 10.5 });
  y += 6;
  const tl = tenor(c, as);
  let page = 1;
  for (const t of tl) {
    const lines = wrap(s, t, 150 * MM, 'serif', 10.5);
    if (y + lines.length * 14.5 > 770) {
      pageNo(s, page, 2, 'serif', 805);
      s.addPage();
      page++;
      s.t(25 * MM, 40, `${fileNoPrinted(h.fileNumber, 'std')} – Seite 2`, { size: 9 });
      y = 80;
    }
    y = s.para(30 * MM, y, 150 * MM, t, { size: 10.5, lead: 14.5 }) + 4;
  }
  if (page === 1) {
    pageNo(s, 1, 2, 'serif', 805);
    s.addPage();
    page = 2;
    s.t(25 * MM, 40, `${fileNoPrinted(h.fileNumber, 'std')} – Seite 2`, { size: 9 });
    y = 80;
  }
  y += 8;
  if (j.kind === 'raeumungsurteil') {
    y = s.t(0, y, 'Tatbestand und Entscheidungsgründe', { font: 'serifB', size: 10.5, align: 'center', width: 595 });
    y = s.para(25 * MM, y + 4, 160 * MM, `Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die Klägerseite hat das Mietverhältnis wegen Zahlungsverzugs fristlos gekündigt. Die Klage ist begründet. Der Anspruch auf Räumung folgt aus § 546 Abs. 1 BGB, da die Kündigung nach § 543 Abs. 2 Satz 1 Nr. 3 BGB wirksam ist. Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711 ZPO${j.vacate ? ', die Räumungsfrist auf § 721 ZPO' : ''}. Streitwert: ${fmtMoney(h.rent * 12, 'euroSign')}.`, { size: 10, lead: 13.5 });
  } else {
    y = s.t(25 * MM, y, 'Rechtsbehelfsbelehrung:', { font: 'serifB', size: 10 });
    const rb = j.kind === 'versaeumnisurteil'
      ? `Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem Amtsgericht ${ct.place}, ${ct.street}, ${ct.postal} ${ct.place}, einzulegen. Die Frist beginnt mit der Zustellung dieses Urteils.`
      : `Gegen dieses Urteil ist das Rechtsmittel der Berufung für jeden zulässig, der durch dieses Urteil in seinen Rechten benachteiligt ist, wenn der Wert des Beschwerdegegenstandes 600,00 € übersteigt. Die Berufung ist binnen eines Monats einzulegen.`;
    y = s.para(25 * MM, y + 2, 160 * MM, rb, { size: 9.5, lead: 12.5 });
  }
  y = s.t(25 * MM, y + 24, judgeFor(c), { size: 10.5 });
  y = s.t(25 * MM, y + 10, 'Beglaubigt', { size: 9 });
  s.t(25 * MM, y, `${clerkFor(c)}, Justizbeschäftigte`, { size: 9 });
  s.t(25 * MM, y + 14, `Ausgefertigt am ${fmtDate(addDays(j.date, c.rng.int(1, 5)), 'dots')}`, { size: 9 });
  pageNo(s, 2, 2, 'serif', 805);
}
function p0Role(p: Person | undefined): string {
  return p?.male ? 'Beklagten,' : 'Beklagte,';
}

export function juVuSchriftlich(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  judgmentBase(c);
  registerTenants(c, false);
  const as = randomAddrStyle(c.rng);
  const j = h.judgment;
  const f: FontKey = ct.key === 'wf' ? 'mono' : 'cond';
  const fb: FontKey = ct.key === 'wf' ? 'monoB' : 'condB';
  s.addPage();
  s.font = f;
  s.t(25 * MM, 36, `Amtsgericht ${ct.place}`, { font: fb, size: 11 });
  s.t(130 * MM, 36, `Az.: ${fileNoPrinted(h.fileNumber, ct.key === 'da' ? 'tight' : ct.key === 'wf' ? 'wide' : 'std')}`, { font: fb, size: 10, tag: 'hl' });
  let y = 90;
  y = s.t(0, y, 'Im Namen des Volkes', { font: fb, size: 12, align: 'center', width: 595 });
  const sub = j.kind === 'versaeumnisurteil' ? (j.hearingDate ? 'Versäumnisurteil' : 'Versäumnisurteil gemäß § 331 Abs. 3 ZPO') : 'Anerkenntnisurteil gemäß § 307 ZPO';
  y = s.t(0, y + 4, sub, { font: fb, size: 11, align: 'center', width: 595 });
  y += 14;
  const ll = h.landlord;
  y = tableRow(s, y, 25 * MM, 35 * MM, 62 * MM, 120 * MM, 'Klagepartei:', [`${ll.truth}, ${ll.street}, ${ll.postal} ${ll.city}`], { lf: fb, vf: f, size: 9.5 }) + 4;
  const defs = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `zu ${i + 1}. ` : ''}${fullName(p)}`);
  y = tableRow(s, y, 25 * MM, 35 * MM, 62 * MM, 120 * MM, 'Beklagte:', [...defs, `wohnhaft ${flatLines(h.flat, as).join(', ')}`], { lf: fb, vf: f, size: 9.5 }) + 8;
  y = s.para(25 * MM, y, 160 * MM, `Das Amtsgericht ${ct.place} hat durch die Richterin am Amtsgericht ${judgeFor(c)} ${j.hearingDate ? `auf die mündliche Verhandlung vom ${fmtDate(j.hearingDate, 'dots')} am ${fmtDate(j.date, 'dots')}` : `am ${fmtDate(j.date, 'dots')} im schriftlichen Vorverfahren ohne mündliche Verhandlung`} für Recht erkannt:`, { size: 9.5 });
  y += 4;
  for (const t of tenor(c, as)) y = s.para(30 * MM, y, 150 * MM, t, { size: 9.5, lead: 12.5 }) + 3;
  y += 4;
  y = s.para(25 * MM, y, 160 * MM, 'Von der Darstellung des Tatbestandes und der Entscheidungsgründe wird gemäß § 313b Abs. 1 ZPO abgesehen.', { size: 9 });
  y = s.para(25 * MM, y + 4, 160 * MM, `Rechtsbehelfsbelehrung: Gegen dieses Urteil ${j.kind === 'versaeumnisurteil' ? 'kann binnen einer Notfrist von zwei Wochen ab Zustellung Einspruch' : 'kann binnen eines Monats Berufung'} eingelegt werden. Der Einspruch bzw. die Berufung ist schriftlich oder zu Protokoll der Geschäftsstelle einzulegen.`, { size: 8, lead: 10.5 });
  y = s.t(25 * MM, y + 12, judgeFor(c), { size: 10 });
  y = s.t(25 * MM, y, 'Richterin am Amtsgericht', { size: 8.5 });
  s.t(25 * MM, y + 10, `Für die Richtigkeit der Abschrift: ${clerkFor(c)}, Urkundsbeamtin der Geschäftsstelle`, { size: 8 });
  courtFooter(s, ct, f);
}
