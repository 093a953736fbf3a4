import type { Sheet, FontName } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import type { CourtKey } from './places.js';
import { addressTruth, emptyFields, type Fields, joinedNames, personName, printFile, streetLine, tenantsTruth, townLine, type NameStyle } from './common.js';
import { fmtDate, fmtMoney, fmtTime, type DateStyle, type MoneyStyle } from './format.js';
import { courtFooter, courtHeader, infoBlock, recipientBlock, row } from './blocks.js';

export type NoticeFamily = 'tab3' | 'betreff' | 'prose' | 'ruled2' | 'boxed';
export interface CourtStyle {
  family: NoticeFamily; font: FontName; bold: FontName; file: 'std' | 'tight' | 'spaced'; date: DateStyle; money: MoneyStyle;
  names: NameStyle; birth: boolean; law: string;
}
const NEW_LAW = '§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII';
export const COURT_STYLES: Record<CourtKey, CourtStyle> = {
  koeln: { family: 'tab3', font: 'sans', bold: 'sansB', file: 'std', date: 'dot', money: 'eur', names: 'familyFirst', birth: true, law: NEW_LAW },
  waldbroel: { family: 'tab3', font: 'serif', bold: 'serifB', file: 'tight', date: 'dot', money: 'EUR', names: 'given', birth: false, law: '§ 22 Abs. 5 SGB II, § 34 Abs. 2 SGB XII' },
  duesseldorf: { family: 'betreff', font: 'cond', bold: 'condB', file: 'std', date: 'long', money: 'EUR', names: 'titled', birth: false, law: NEW_LAW },
  wipperfuerth: { family: 'betreff', font: 'serif', bold: 'serifB', file: 'spaced', date: 'dot', money: 'euro', names: 'titledFamilyFirst', birth: true, law: '§ 22 Abs. 6 SGB II i.V.m. § 34 Abs. 2 SGB XII' },
  bonn: { family: 'prose', font: 'serif', bold: 'serifB', file: 'std', date: 'long', money: 'eur', names: 'titled', birth: true, law: NEW_LAW },
  leverkusen: { family: 'prose', font: 'sans', bold: 'sansB', file: 'tight', date: 'dot', money: 'preEur', names: 'titled', birth: false, law: '§ 22 Abs. 9 SGB II' },
  duisburg: { family: 'ruled2', font: 'sans', bold: 'sansB', file: 'std', date: 'dot', money: 'EUR', names: 'familyFirst', birth: true, law: NEW_LAW },
  essen: { family: 'ruled2', font: 'mono', bold: 'monoB', file: 'spaced', date: 'dot', money: 'plainEUR', names: 'given', birth: false, law: '§ 22 Abs. 6 SGB II / § 34 Abs. 2 SGB XII (MiZi IV/1)' },
  gummersbach: { family: 'boxed', font: 'sans', bold: 'sansB', file: 'std', date: 'dot', money: 'eur', names: 'familyFirst', birth: true, law: NEW_LAW },
};

function noticeTruth(h: Household, st: CourtStyle, servedPrinted: boolean, hearingPrinted: boolean, withAddition: boolean): Fields {
  const f = emptyFields();
  f.court = h.court.name;
  f.fileNumber = h.fileNumber;
  f.tenants = tenantsTruth(h, st.birth);
  f.address = addressTruth(h, withAddition);
  f.landlord = h.landlord.name;
  f.claimReceived = h.claimReceived;
  f.claimServed = servedPrinted ? h.claimServed : null;
  f.monthlyRent = h.rent;
  f.arrears = h.arrears;
  f.hearing = hearingPrinted ? { date: h.hearing.date, time: h.hearing.time, room: h.hearing.room } : null;
  return f;
}

function hearingText(h: Household, st: CourtStyle): string {
  if (!h.hearingKnownAtNotice) return 'noch nicht bestimmt';
  const d = st.family === 'prose' ? fmtDate(h.hearing.date, 'wlong') : fmtDate(h.hearing.date, 'wdot');
  return `${d}, ${fmtTime(h.hearing.time, st.family === 'prose' ? 'dot' : 'colon')}, ${h.hearing.room}`;
}

function tenantLines(h: Household, st: CourtStyle): string[] {
  return h.tenants.map((p) => personName(p, st.names) + (st.birth ? `, geb. ${fmtDate(p.birth)}` : ''));
}

export function renderNotice(s: Sheet, h: Household, rng: Rng): Fields {
  const st = COURT_STYLES[h.court.key];
  const F = st.font;
  const fileP = printFile(h.fileNumber, st.file);
  const money = (c: number): string => fmtMoney(c, st.money);
  const served = h.claimServed !== null;
  const addAddition = h.flat.addition !== null;
  const lawyerLine = h.lawyer ? `${h.lawyer.name}, ${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city}` : null;
  courtHeader(s, h.court, { font: F, bold: st.bold, crest: st.family === 'tab3' || st.family === 'boxed', centered: st.family === 'prose' });
  recipientBlock(s, h, `${h.court.name}, ${h.court.poBox ?? `${h.court.street}, ${h.court.postal} ${h.court.place}`}`, F);
  const letterDate = fmtDate(h.noticeDate, st.date);
  const fileLabel = rng.pick(['Aktenzeichen', 'Geschäfts-Nr.', 'Az.']);
  infoBlock(s, [[st.family === 'boxed' ? 'Geschäftsnummer' : fileLabel, fileP, 'file'], ['Datum', letterDate], ['Durchwahl', `${h.court.phone.replace(/-0$/, '')}-${rng.int(200, 899)}`], ['Bearbeiter/in', rng.pick(['Justizbeschäftigte Kranz', 'JOS\'in Albers', 'Frau Yüksel', 'Herr Dombrowski'])]], F);
  let y = 260;
  const addr = [streetLine(h, rng), townLine(h)];
  if (h.flat.addition) addr.splice(1, 0, h.flat.addition);
  switch (st.family) {
    case 'tab3': {
      s.text(70, y, `Mitteilung nach ${st.law}`, { font: st.bold, size: 12 }); y += 18;
      s.text(70, y, 'über den Eingang einer Räumungsklage wegen Zahlungsverzugs', { font: F, size: 10 }); y += 24;
      const cols = [70, 160, 330];
      const widths = [90, 170, 210];
      const mk = (lines: string[][]): { x: number; w: number; lines: string[] }[] => lines.map((l, i) => ({ x: cols[i] ?? 70, w: widths[i] ?? 100, lines: l }));
      y += row(s, y, mk([['Beteiligung'], ['Name'], ['Anschrift']]).map((c) => ({ ...c, font: st.bold })), { ruled: true, fill: '#e6e6e6' });
      y += row(s, y, mk([['Kläger/in'], [h.landlord.name], [h.landlord.street, `${h.landlord.postal} ${h.landlord.city}`]]), { ruled: true });
      if (lawyerLine && h.lawyer) y += row(s, y, mk([['Proz.-Bev.'], [h.lawyer.short], [h.lawyer.street, `${h.lawyer.postal} ${h.lawyer.city}`]]), { ruled: true });
      h.tenants.forEach((p, i) => {
        const nm = [personName(p, st.names)];
        if (st.birth) nm.push(`geb. ${fmtDate(p.birth)}`);
        y += row(s, y, mk([[h.tenants.length > 1 ? `Beklagte/r ${i + 1}` : 'Beklagte/r'], nm, addr]), { ruled: true });
      });
      y += 18;
      const pairs: [string, string][] = [
        ['Eingang der Klage bei Gericht:', fmtDate(h.claimReceived, st.date)],
        ['Zustellung an die Beklagten:', served && h.claimServed ? fmtDate(h.claimServed, st.date) : 'noch nicht erfolgt'],
        ['Monatliche Miete (inkl. NK):', money(h.rent)],
        ['Mietrückstand/Nutzungsentschädigung:', money(h.arrears)],
        ['Termin zur mündlichen Verhandlung:', hearingText(h, st)],
      ];
      for (const [l, v] of pairs) { s.text(70, y, l, { font: F, size: 10 }); s.text(285, y, v, { font: F, size: 10 }); y += 16; }
      y += 10;
      y = s.para(70, y, 460, 'Die Mitteilung erfolgt, damit der Träger der Leistungen prüfen kann, ob die Wohnungslosigkeit durch Übernahme der Mietschulden abgewendet werden kann. Eine Antwort an das Gericht ist nicht erforderlich.', { font: F, size: 9 });
      y += 20;
      s.text(70, y, 'Auf Anordnung', { font: F, size: 9 });
      s.text(70, y + 30, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { font: F, size: 7.5 });
      courtFooter(s, h.court, F, 1, 1);
      return noticeTruth(h, st, served, h.hearingKnownAtNotice, addAddition);
    }
    case 'betreff': {
      const first = h.tenants[0];
      const against = first ? `${first.family}, ${first.given}${h.tenants.length > 1 ? ' u. a.' : ''}` : '';
      s.text(70, y, `Betreff: Räumungsrechtsstreit ${h.landlord.name} ./. ${against}`, { font: st.bold, size: 10 }); y += 14;
      s.text(70, y, `hier: Mitteilung gemäß ${st.law}`, { font: st.bold, size: 10 }); y += 14;
      s.text(70, y, `Ihr Zeichen: —    Unser Zeichen: ${fileP}`, { font: F, size: 10 }); y += 26;
      s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }); y += 20;
      y = s.para(70, y, 460, `in dem oben bezeichneten Rechtsstreit ist am ${fmtDate(h.claimReceived, st.date)} eine Klage auf Räumung und Herausgabe von Wohnraum sowie auf Zahlung rückständiger Miete bei Gericht eingegangen. Die Kündigung des Mietverhältnisses wird auf Zahlungsverzug gestützt.`, { font: F, size: 10.5 }); y += 10;
      const pairs: [string, string[]][] = [
        ['Klagende Partei:', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`]],
        ['Beklagte Partei:', tenantLines(h, st)],
        ['Mieteranschrift:', [addr.join(', ')]],
        ['Höhe der Miete:', [`${money(h.rent)} monatlich`]],
        ['Rückstand:', [`${money(h.arrears)} (Miete und Nutzungsentschädigung)`]],
      ];
      if (lawyerLine) pairs.splice(1, 0, ['Vertreten durch:', [lawyerLine]]);
      if (served && h.claimServed) pairs.push(['Rechtshängigkeit:', [`Klage zugestellt am ${fmtDate(h.claimServed, st.date)}`]]);
      pairs.push(['Verhandlungstermin:', [hearingText(h, st)]]);
      for (const [l, vs] of pairs) {
        s.text(70, y, l, { font: st.bold, size: 10 });
        vs.forEach((v) => { y = s.para(190, y, 345, v, { font: F, size: 10 }); });
        y += 4;
      }
      y += 14;
      s.text(70, y, 'Mit freundlichen Grüßen', { font: F, size: 10.5 }); y += 34;
      s.text(70, y, rng.pick(['Peters, Justizhauptsekretärin', 'Wagner-Oyelaran, Justizobersekretär', 'Schumacher, JHS\'in']), { font: F, size: 10 });
      s.text(70, y + 12, 'als Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', { font: F, size: 8 });
      courtFooter(s, h.court, F, 1, 1);
      return noticeTruth(h, st, served, h.hearingKnownAtNotice, addAddition);
    }
    case 'prose': {
      s.text(70, y, 'Räumungsklage – Mitteilung in Zivilsachen', { font: st.bold, size: 11.5 }); y += 22;
      s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }); y += 20;
      const who = h.tenants.map((p) => `${personName(p, 'titled').replace(/^Herr /, 'Herrn ')}${st.birth ? `, geboren am ${fmtDate(p.birth)}` : ''}`);
      const whoText = who.length === 1 ? who[0] ?? '' : `${who.slice(0, -1).join(', ')} und ${who[who.length - 1] ?? ''}`;
      const both = h.tenants.length === 2 ? 'beide wohnhaft' : h.tenants.length > 2 ? 'sämtlich wohnhaft' : 'wohnhaft';
      const ll = h.landlord.company ? `der ${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}` : `von ${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`;
      y = s.para(70, y, 460, `gemäß ${st.law} teilen wir Ihnen mit, dass am ${fmtDate(h.claimReceived, st.date)} bei dem ${h.court.name} eine Klage ${ll}${h.lawyer ? `, vertreten durch ${h.lawyer.name}` : ''}, gegen ${whoText}, ${both} ${addr.join(', ')}, auf Räumung und Herausgabe der Wohnung eingegangen ist (Aktenzeichen ${fileP}).`, { font: F, size: 10.5 }); y += 8;
      y = s.para(70, y, 460, `Die monatlich zu zahlende Miete beträgt nach den Angaben in der Klageschrift ${money(h.rent)}. Geltend gemacht wird ein Rückstand an Miete und Nutzungsentschädigung in Höhe von ${money(h.arrears)}.`, { font: F, size: 10.5 }); y += 8;
      if (served && h.claimServed) { y = s.para(70, y, 460, `Die Klage ist den Beklagten am ${fmtDate(h.claimServed, st.date)} zugestellt worden.`, { font: F, size: 10.5 }); y += 8; }
      y = s.para(70, y, 460, h.hearingKnownAtNotice ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingText(h, st)}, im Gerichtsgebäude ${h.court.venue}.` : 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.', { font: F, size: 10.5 }); y += 8;
      y = s.para(70, y, 460, 'Eine Abschrift der Klageschrift wird nicht übersandt. Diese Mitteilung ist vertraulich zu behandeln und darf nur für die Zwecke der Sicherung der Unterkunft verwendet werden.', { font: F, size: 9.5 }); y += 20;
      s.text(70, y, 'Hochachtungsvoll', { font: F, size: 10.5 });
      s.text(70, y + 30, 'Auf richterliche Anordnung', { font: F, size: 9 });
      courtFooter(s, h.court, F, 1, 1);
      return noticeTruth(h, st, served, h.hearingKnownAtNotice, addAddition);
    }
    case 'ruled2': {
      s.text(70, y, 'MITTEILUNG IN ZIVILSACHEN', { font: st.bold, size: 12 }); y += 16;
      s.text(70, y, `(${st.law})`, { font: F, size: 8.5 }); y += 20;
      const L = 70; const LW = 175; const V = 245; const VW = 295;
      const tl = h.tenants.map((p, i) => `${h.tenants.length > 1 ? (st.names === 'given' ? `zu ${i + 1}.) ` : `${i + 1}. `) : ''}${personName(p, st.names)}${st.birth ? ` (* ${fmtDate(p.birth)})` : ''}`);
      const rows: [string, string[]][] = [
        ['Geschäftsnummer', [fileP]],
        ['Klagende Partei', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`]],
        ...(h.lawyer ? [['Prozessbevollmächtigte', [h.lawyer.name, `${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city}`]] as [string, string[]]] : []),
        ['Beklagte Partei(en)', tl],
        ['Anschrift der Wohnung', addr],
        ['Tag des Eingangs der Klage', [fmtDate(h.claimReceived, st.date)]],
        ['Tag der Zustellung der Klage', [served && h.claimServed ? fmtDate(h.claimServed, st.date) : '—']],
        ['Monatlich zu zahlende Miete', [money(h.rent)]],
        ['Geltend gemachter Rückstand', [money(h.arrears)]],
        ['Termin zur mündlichen Verhandlung', [hearingText(h, st)]],
      ];
      for (const [l, v] of rows) y += row(s, y, [{ x: L, w: LW, lines: [l], font: st.bold, size: 9 }, { x: V, w: VW, lines: v, size: 10, font: F }], { ruled: true, lh: 13, pad: 4 });
      y += 18;
      y = s.para(70, y, 460, 'Hinweis: Die Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit beruht.', { font: F, size: 8.5 });
      courtFooter(s, h.court, F, 1, 1);
      return noticeTruth(h, st, served, h.hearingKnownAtNotice, addAddition);
    }
    case 'boxed': {
      s.text(70, y, 'Mitteilung über die Erhebung einer Räumungsklage', { font: st.bold, size: 12 }); y += 15;
      s.text(70, y, st.law, { font: F, size: 9 }); y += 18;
      const box = (n: string, label: string, lines: string[]): void => {
        const hgt = 16 + lines.length * 13 + 4;
        s.rect(70, y, 470, hgt, { lw: 0.7 });
        s.text(75, y + 3, `${n}  ${label}`, { font: F, size: 7.5, color: '#444444' });
        lines.forEach((l, i) => s.text(90, y + 16 + i * 13, l, { font: F, size: 10.5 }));
        y += hgt + 5;
      };
      box('1', 'Eingang der Klage', [fmtDate(h.claimReceived, st.date) + (served && h.claimServed ? `      zugestellt am: ${fmtDate(h.claimServed, st.date)}` : '')]);
      box('2', 'Klägerseite (Vermieter)', [h.landlord.name, `${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`, ...(h.lawyer ? [`Prozessbevollmächtigte: ${h.lawyer.short}, ${h.lawyer.city}`] : [])]);
      box('3', 'Beklagtenseite (Mieter)', tenantLines(h, st));
      box('4', 'Wohnung', addr);
      box('5', 'Miete monatlich / Rückstand', [`${money(h.rent)}  /  ${money(h.arrears)}`]);
      box('6', 'Termin zur mündlichen Verhandlung', [hearingText(h, st)]);
      y += 10;
      y = s.para(70, y, 460, 'Die Angaben beruhen auf der Klageschrift und sind vom Gericht nicht geprüft.', { font: F, size: 8.5 });
      courtFooter(s, h.court, F, 1, 1);
      return noticeTruth(h, st, served, h.hearingKnownAtNotice, addAddition);
    }
  }
}

export { joinedNames };
