/** The body of a judgment (rubrum, tenor, reasons, instructions) — shared wording engine, court-specific style. */
import type { FontKey } from './builder.js';
import type { Ctx } from './ctx.js';
import { courtOf, landlordOf, lawyerOf, JUDGES, CLERKS } from './ctx.js';
import { fmtDate, fmtMoney, addDays, MONTHS, type MoneyStyle, type DateStyle } from './format.js';
import { fullName, familyFirst, birthSuffix, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth } from './parties.js';
import type { TruthFields } from './model.js';

export interface JStyle {
  body: FontKey; bold: FontKey; size: number; justify: boolean;
  partyStyle: 'numbered' | 'familyFirst' | 'zu';
  withBirth: boolean; money: MoneyStyle; date: DateStyle; center: boolean;
}

export function judgmentBody(c: Ctx, st: JStyle, truth: TruthFields): void {
  const { b, h, rng } = c;
  const s = h.story;
  const court = courtOf(h);
  const l = landlordOf(h);
  const law = lawyerOf(h);
  const as = pickAddrStyle(rng);
  const kind = s.judgmentKind;
  const written = kind === 'versaeumnisurteil' && s.judgmentDate !== s.hearing.date;
  const plural = h.tenants.length > 1;
  const Bekl = plural ? 'Die Beklagten werden' : `${h.tenants[0]?.gender === 'f' ? 'Die Beklagte' : 'Der Beklagte'} wird`;
  const dat = plural ? 'den Beklagten' : h.tenants[0]?.gender === 'f' ? 'der Beklagten' : 'dem Beklagten';
  const Kl = l.kind === 'company' || l.name.startsWith('Gerlinde') ? 'Klägerin' : 'Kläger';
  const head = kind === 'versaeumnisurteil' ? 'Versäumnisurteil' : kind === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil';
  b.font(st.bold, 13);
  b.line('Im Namen des Volkes', { align: 'center', gap: 3 });
  b.font(st.bold, 12);
  b.line(head, { align: 'center', gap: 8 });
  b.font(st.body, st.size);
  b.line('In dem Rechtsstreit', { gap: 4 });
  const x2 = b.left + 12;
  const w2 = b.width - 24;
  b.para(`${l.kind === 'person' ? l.printed.replace(/^Herrn /, '') : l.printed}${l.rep ? `, ${l.rep}` : ''}, ${l.street}, ${l.postal} ${l.city},`, { x: x2, width: w2 });
  b.line(`${Kl},`, { x: b.right - 80, gap: 2 });
  if (law) b.para(`Prozessbevollmächtigte: Rechtsanwälte ${law.lines[0]?.replace('KESSLER & BRANDT', 'Kessler & Brandt')}, ${law.street}, ${law.postal} ${law.city},`, { x: x2, width: w2, gap: 2 });
  b.line('g e g e n', { gap: 2 });
  h.tenants.forEach((t, i) => {
    const name = st.partyStyle === 'familyFirst' ? familyFirst(t) : `${t.gender === 'm' ? 'Herrn' : 'Frau'} ${fullName(t)}`;
    const lead = st.partyStyle === 'zu' ? '' : plural ? `${i + 1}. ` : '';
    const tail = st.partyStyle === 'zu' ? (plural ? `, Beklagte${t.gender === 'm' ? 'r' : ''} zu ${i + 1}.` : '') : '';
    b.para(`${lead}${name}${st.withBirth ? birthSuffix(t) : ''}${tail}${plural && i < h.tenants.length - 1 ? ',' : ''}`, { x: x2, width: w2 });
  });
  b.para(`${plural ? 'beide' : ''}${h.tenants.length > 2 ? ' – alle –' : ''} wohnhaft ${streetLine(h.flat, as)}, ${cityLine(h.flat)},`.replace(/^ +/, '').replace('beide – alle –', 'sämtlich'), { x: x2, width: w2 });
  b.line(plural ? 'Beklagte,' : h.tenants[0]?.gender === 'f' ? 'Beklagte,' : 'Beklagten,', { x: b.right - 80, gap: 4 });
  const judge = rng.pick(JUDGES);
  const intro = written
    ? `hat das ${court.name} im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${fmtDate(s.judgmentDate, st.date)} durch ${judge.startsWith('Dr') ? 'den Richter am Amtsgericht' : 'die Richterin am Amtsgericht'} ${judge}`
    : `hat das ${court.name} auf die mündliche Verhandlung vom ${fmtDate(s.hearing.date, st.date)} durch ${judge.startsWith('Dr') ? 'den Richter am Amtsgericht' : 'die Richterin am Amtsgericht'} ${judge}`;
  b.para(`wegen Räumung und Zahlung ${intro}`, { justify: st.justify, gap: 4 });
  b.font(st.bold, st.size);
  b.line('für Recht erkannt:', { gap: 4 });
  b.font(st.body, st.size);
  const addInFlat = h.flat.addition !== null && rng.chance(0.6);
  const rooms = rng.pick(['bestehend aus 2 Zimmern, Küche, Diele, Bad', 'bestehend aus 3 Zimmern, Küche, Bad nebst Kellerraum', 'bestehend aus 1 Zimmer, Kochnische, Duschbad', 'bestehend aus 4 Zimmern, Küche, Bad, Balkon und Kellerabteil']);
  const tenor: string[] = [];
  tenor.push(`${Bekl}${plural ? ' als Gesamtschuldner' : ''} verurteilt, die Wohnung ${addInFlat ? `im ${h.flat.addition} ` : ''}des Hauses ${streetLine(h.flat, as)}, ${cityLine(h.flat)}, ${rooms}, zu räumen und geräumt an ${Kl === 'Klägerin' ? 'die Klägerin' : 'den Kläger'} herauszugeben.`);
  if (s.judgmentArrears !== null) {
    tenor.push(`${Bekl}${plural ? ' gesamtschuldnerisch' : ''} verurteilt, an ${Kl === 'Klägerin' ? 'die Klägerin' : 'den Kläger'} ${fmtMoney(s.judgmentArrears, st.money)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${fmtDate(addDays(s.served, 1), st.date)} zu zahlen.`);
    truth.arrears = s.judgmentArrears;
  }
  if (s.vacate) {
    tenor.push(`${dat.charAt(0).toUpperCase()}${dat.slice(1)} wird eine Räumungsfrist bis zum ${fmtDate(s.vacate, st.date)} gewährt.`);
    truth.vacateDeadline = s.vacate;
  }
  tenor.push(`Die Kosten des Rechtsstreits ${plural ? 'tragen die Beklagten' : 'trägt die beklagte Partei'}.`);
  tenor.push(kind === 'raeumungsurteil'
    ? `Das Urteil ist vorläufig vollstreckbar. ${plural ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden, wenn nicht die Klagepartei vor der Vollstreckung Sicherheit in gleicher Höhe leistet.`
    : 'Das Urteil ist vorläufig vollstreckbar.');
  tenor.forEach((t, i) => b.para(`${i + 1}. ${t}`, { indent: 14, justify: st.justify, gap: 3 }));
  const streitwert = h.rent * 12 + (s.judgmentArrears ?? 0);
  b.line(`Streitwert: ${fmtMoney(streitwert, st.money)}`, { gap: 6 });
  if (kind === 'raeumungsurteil') {
    b.font(st.bold, st.size);
    b.line('Tatbestand', { align: 'center', gap: 2 });
    b.font(st.body, st.size);
    const m1 = Number(s.termination.slice(5, 7)) - 1;
    const months = [MONTHS[(m1 + 10) % 12], MONTHS[(m1 + 11) % 12], MONTHS[m1]].join(', ');
    const mentionsOrdinary = s.ordinary && rng.chance(0.7);
    b.para(`Die Parteien verbindet ein Mietvertrag über die im Tenor bezeichnete Wohnung. ${plural ? 'Die Beklagten blieben' : 'Die beklagte Partei blieb'} die Mieten für die Monate ${months} ganz oder teilweise schuldig. Mit Schreiben vom ${fmtDate(s.termination, st.date)} kündigte ${Kl === 'Klägerin' ? 'die Klägerin' : 'der Kläger'} das Mietverhältnis fristlos${mentionsOrdinary ? ', hilfsweise ordentlich' : ''}. Die Klage ist am ${fmtDate(s.served, st.date)} zugestellt worden.`, { justify: st.justify, gap: 3 });
    if (mentionsOrdinary) truth.ordinaryTermination = true;
    truth.claimServed = s.served;
    b.font(st.bold, st.size);
    b.line('Entscheidungsgründe', { align: 'center', gap: 2 });
    b.font(st.body, st.size);
    b.para(`Die zulässige Klage ist begründet. ${Kl === 'Klägerin' ? 'Der Klägerin' : 'Dem Kläger'} steht ein Anspruch auf Räumung und Herausgabe aus § 546 Abs. 1 BGB sowie § 985 BGB zu. Das Mietverhältnis ist durch die fristlose Kündigung gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB beendet worden, da sich ${plural ? 'die Beklagten' : 'die beklagte Partei'} mit einem Betrag in Verzug befand, der zwei Monatsmieten übersteigt. Eine Befriedigung innerhalb der Schonfrist des § 569 Abs. 3 Nr. 2 BGB ist nicht erfolgt. Der Zahlungsanspruch folgt aus § 535 Abs. 2 BGB, der Zinsanspruch aus §§ 286, 288 BGB. Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711, 721 ZPO.`, { justify: st.justify, gap: 4 });
  } else {
    b.para(kind === 'versaeumnisurteil'
      ? `Von der Darstellung des Tatbestandes und der Entscheidungsgründe wird gemäß § 313b Abs. 1 ZPO abgesehen. Das Urteil beruht auf ${written ? '§ 331 Abs. 3 ZPO' : '§ 331 Abs. 1, 2 ZPO'}; die Nebenentscheidungen auf §§ 91, 708 Nr. 2 ZPO.`
      : `${plural ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} den Klageanspruch anerkannt. Von Tatbestand und Entscheidungsgründen wird gemäß § 313b Abs. 1 ZPO abgesehen; die Nebenentscheidungen beruhen auf §§ 91, 307, 708 Nr. 1 ZPO.`, { justify: st.justify, gap: 4 });
  }
  b.font(st.bold, st.size);
  b.line('Rechtsbehelfsbelehrung:', { gap: 1 });
  b.font(st.body, st.size - 0.5);
  if (kind === 'versaeumnisurteil') {
    b.para(`Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch muss innerhalb einer Notfrist von zwei Wochen bei dem ${court.name}, ${court.street}, ${court.postal} ${court.city}, eingegangen sein. Die Frist beginnt mit der Zustellung dieses Urteils. Der Einspruch ist schriftlich in deutscher Sprache einzulegen oder zu Protokoll der Geschäftsstelle eines jeden Amtsgerichts zu erklären. Er muss die Bezeichnung des angefochtenen Urteils und die Erklärung enthalten, dass Einspruch eingelegt wird. Wird die Frist versäumt, wird das Urteil rechtskräftig.`, { justify: st.justify, gap: 4 });
  } else {
    b.para(`Gegen dieses Urteil ist das Rechtsmittel der Berufung für jeden zulässig, der durch dieses Urteil in seinen Rechten benachteiligt ist, wenn der Wert des Beschwerdegegenstandes 600,00 EUR übersteigt oder das Gericht die Berufung zugelassen hat. Die Berufung ist binnen einer Notfrist von einem Monat bei dem Landgericht einzulegen. Die Frist beginnt mit der Zustellung der vollständigen Entscheidung. Die Berufung muss von einem Rechtsanwalt unterzeichnet sein und ist innerhalb von zwei Monaten nach Zustellung zu begründen.`, { justify: st.justify, gap: 4 });
  }
  b.font(st.body, st.size);
  b.ensure(60);
  b.line(judge, { gap: 1 });
  b.line(judge.startsWith('Dr') ? 'Richter am Amtsgericht' : 'Richterin am Amtsgericht', { gap: 10 });
  const clerk = rng.pick(CLERKS);
  b.line(written ? 'An Verkündungs statt zugestellt (§ 310 Abs. 3 ZPO)' : `Verkündet am ${fmtDate(s.judgmentDate, 'num')}`, { gap: 1 });
  b.line(`${clerk}, Justizbeschäftigte${rng.chance(0.5) ? 'r' : ''} als Urkundsbeamte der Geschäftsstelle`);
  truth.judgmentKind = kind;
  truth.judgmentDate = s.judgmentDate;
  truth.tenants = tenantTruth(h.tenants, st.withBirth);
  truth.address = flatTruth(h.flat, addInFlat);
  truth.landlord = l.name;
}
