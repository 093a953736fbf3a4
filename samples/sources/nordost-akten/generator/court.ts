/** The courts' own forms: notice (§ 22 Abs. 9 SGB II), hearing notice, judgment. */
import type { CaseData } from './model.js';
import { Sheet } from './sheet.js';
import { Rng, fmtDate, fmtMoney, fmtTime, addDays, workday, type DateStyle, type MoneyStyle, type TimeStyle } from './util.js';
import {
  type Fields, type NameStyle, emptyFields, tenantsTruth, addrTruth, nm, namesJoined, streetLine, cityLine, birthStr, ibanFor, fam, window,
  infoBlock, FACH_LINES, officeLines, pagerHook, upper,
} from './common.js';

interface CS {
  head: 'mono' | 'leftBold' | 'centerSerif' | 'bar' | 'rightName';
  land: string;
  az: string;
  azFmt: 'std' | 'nospace' | 'slash';
  clerk: string;
  ds: DateStyle;
  hds: DateStyle;
  ts: TimeStyle;
  ms: MoneyStyle;
  names: NameStyle;
  abbr: boolean;
  spaced: boolean;
  birth: boolean;
  rcpt: 'office' | 'fach';
  L: { recv: string; served: string; pl: string; def: string; flat: string; rent: string; arr: string; hear: string };
  title: string[];
  footer: string[];
  summonsRecv: boolean;
}

const CS_BY_COURT: Record<string, CS> = {
  'ag-neukoelln': {
    head: 'mono', land: 'LAND BERLIN', az: 'Geschäftsnummer', azFmt: 'std', clerk: 'Justizbeschäftigte Kaya', ds: 'dmy', hds: 'wdNum', ts: 'colonUhr', ms: 'EUR', names: 'upperComma', abbr: true, spaced: false, birth: true, rcpt: 'office',
    L: { recv: 'Eingang der Klage', served: 'Zustellung an Bekl.', pl: 'Klaeger/in', def: 'Beklagte/r', flat: 'Raeumungsobjekt', rent: 'Miete monatlich', arr: 'Rueckstand Miete/NE', hear: 'Termin' },
    title: ['MITTEILUNG IN ZIVILSACHEN (MiZi IV/1)', 'gem. § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII'],
    footer: ['Sprechzeiten: Mo-Fr 09:00-13:00 Uhr  *  U7 Rathaus Neukölln', 'Zahlungen: Landeshauptkasse Berlin  IBAN ' + ibanFor('ag-nk')],
    summonsRecv: true,
  },
  'ag-lichtenberg': {
    head: 'leftBold', land: 'Land Berlin', az: 'Aktenzeichen', azFmt: 'std', clerk: 'Frau Scholz-Demir', ds: 'dmy', hds: 'wdNum', ts: 'colonUhr', ms: 'eur', names: 'plain', abbr: false, spaced: true, birth: false, rcpt: 'office',
    L: { recv: 'Tag des Eingangs der Klage', served: 'Tag der Zustellung der Klage', pl: 'Klagende Partei (Vermieter/in)', def: 'Beklagte Partei (Mieter/in)', flat: 'Anschrift der Wohnung', rent: 'Höhe der monatlichen Miete', arr: 'Mietrückstand und Entschädigung', hear: 'Termin zur mündlichen Verhandlung' },
    title: ['Mitteilung nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', 'über den Eingang einer Räumungsklage'],
    footer: ['Sprechzeiten der Geschäftsstellen: Mo–Fr 9.00–13.00 Uhr · Tram M17 Roedeliusplatz', 'Bankverbindung: Landeshauptkasse Berlin · IBAN ' + ibanFor('ag-li') + ' · BIC MARKDEF1100'],
    summonsRecv: false,
  },
  'ag-spandau': {
    head: 'centerSerif', land: '', az: 'Geschäftszeichen', azFmt: 'std', clerk: 'Justizobersekretärin Brandes', ds: 'long', hds: 'longWdDen', ts: 'dotUhr', ms: 'nodot', names: 'plain', abbr: false, spaced: false, birth: false, rcpt: 'office',
    L: { recv: '', served: '', pl: '', def: '', flat: '', rent: '', arr: '', hear: '' },
    title: ['Räumungsrechtsstreit – Mitteilung an den Träger der Grundsicherung / Sozialhilfe'],
    footer: ['Öffnungszeiten: Montag bis Freitag 8.30 – 13.00 Uhr · Bus 136 Altstadt Spandau', 'Landeshauptkasse Berlin · IBAN ' + ibanFor('ag-sp')],
    summonsRecv: true,
  },
  'ag-pankow': {
    head: 'bar', land: 'Land Berlin', az: 'Geschäfts-Nr.', azFmt: 'nospace', clerk: 'Herr Wollny', ds: 'dmy', hds: 'wdNum', ts: 'colon', ms: 'eur', names: 'comma', abbr: true, spaced: false, birth: true, rcpt: 'fach',
    L: { recv: 'Klage eingegangen am', served: 'Klage zugestellt am', pl: 'Kläger', def: 'Beklagte', flat: 'Wohnung (Lage)', rent: 'Monatsmiete (brutto)', arr: 'Rückstand Miete + Nutzungsentschädigung', hear: 'Verhandlungstermin' },
    title: ['Vordruck MiZi IV/1 – Räumungssachen', 'Mitteilung gem. § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII'],
    footer: ['Amtsgericht Pankow · Telefon 030 90245-0 · Telefax 030 90245-111 · Sprechzeiten Mo–Fr 9–13 Uhr'],
    summonsRecv: true,
  },
  'ag-potsdam': {
    head: 'leftBold', land: 'Land Brandenburg', az: 'Aktenzeichen', azFmt: 'std', clerk: 'Frau Dombrowski', ds: 'dmy', hds: 'wdNum', ts: 'colonUhr', ms: 'eur', names: 'title', abbr: true, spaced: true, birth: false, rcpt: 'office',
    L: { recv: 'Eingang der Klage bei Gericht', served: 'Zustellung (Rechtshängigkeit)', pl: 'Klägerin/Kläger', def: 'Beklagte(r)', flat: 'Räumung der Wohnung', rent: 'Mtl. Miete lt. Klage', arr: 'Rückstände (Miete/Nutzungsentsch.)', hear: 'Mündliche Verhandlung' },
    title: ['Mitteilung gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII'],
    footer: ['Sprechzeiten: Mo–Do 9–15 Uhr, Fr 9–12 Uhr · Haltestelle Justizzentrum (Tram 91, 94, 98)', 'Landeshauptkasse Potsdam · IBAN ' + ibanFor('ag-p') + ' · Bitte stets das Aktenzeichen angeben'],
    summonsRecv: true,
  },
  'ag-frankfurt-oder': {
    head: 'centerSerif', land: 'Land Brandenburg', az: 'Geschäftsnummer', azFmt: 'slash', clerk: 'Justizsekretärin Kubiak', ds: 'dmy', hds: 'longWd', ts: 'dotUhr', ms: 'EUR', names: 'plain', abbr: false, spaced: false, birth: true, rcpt: 'fach',
    L: { recv: 'Eingang der Klage', served: 'Zustellung der Klage an die beklagte Partei', pl: 'Klagende Partei', def: 'Beklagte Partei', flat: 'Wohnung, deren Räumung begehrt wird', rent: 'Monatliche Miete', arr: 'Geltend gemachte Rückstände (Miete und Entschädigung)', hear: 'Termin zur mündlichen Verhandlung' },
    title: ['Mitteilung in Zivilsachen', '(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)'],
    footer: ['Sprechzeiten: Mo–Fr 8.30–12.00 Uhr, Do zusätzlich 13.00–15.30 Uhr', 'Landeshauptkasse Potsdam · IBAN ' + ibanFor('ag-ffo')],
    summonsRecv: false,
  },
  'ag-rostock': {
    head: 'rightName', land: 'Landesjustiz Mecklenburg-Vorpommern', az: 'Aktenzeichen', azFmt: 'std', clerk: 'Frau Timm', ds: 'dmy', hds: 'wdNum', ts: 'colonUhr', ms: 'eur', names: 'upperLast', abbr: true, spaced: true, birth: true, rcpt: 'office',
    L: { recv: 'Eingang der Räumungsklage', served: 'Klagezustellung', pl: 'Kläger/in', def: 'Beklagte/r', flat: 'Mietobjekt', rent: 'Mietzins monatlich (inkl. NK)', arr: 'Forderung Mietrückstand + Nutzungsentschädigung', hear: 'Termin' },
    title: ['Räumungsklage – Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII'],
    footer: ['Servicezeiten: Mo–Fr 9–12 Uhr · Landeszentralkasse M-V · IBAN ' + ibanFor('ag-hro')],
    summonsRecv: true,
  },
  'ag-magdeburg': {
    head: 'leftBold', land: 'Sachsen-Anhalt', az: 'Geschäfts-Nr.', azFmt: 'std', clerk: 'Justizbeschäftigte Hentschel', ds: 'long', hds: 'longWdDen', ts: 'short', ms: 'euro', names: 'plain', abbr: false, spaced: false, birth: false, rcpt: 'office',
    L: { recv: '', served: '', pl: '', def: '', flat: '', rent: '', arr: '', hear: '' },
    title: ['Mitteilung über eine Räumungsklage', '(§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII; MiZi Abschn. IV Nr. 1)'],
    footer: ['Justizzentrum Magdeburg · Sprechzeiten Mo–Fr 9–12 Uhr · Straßenbahn Linien 2, 5, 9 Haltestelle Domplatz', 'Zahlstelle: Landeshauptkasse Sachsen-Anhalt · IBAN ' + ibanFor('ag-md')],
    summonsRecv: true,
  },
  'ag-halle': {
    head: 'rightName', land: 'Land Sachsen-Anhalt', az: 'Az.', azFmt: 'nospace', clerk: 'JOS Riedel', ds: 'dmy', hds: 'wdNum', ts: 'colonUhr', ms: 'preEur', names: 'comma', abbr: true, spaced: true, birth: true, rcpt: 'fach',
    L: { recv: 'a) Tag des Klageeingangs', served: 'b) Tag der Rechtshängigkeit', pl: 'c) Kläger', def: 'd) Beklagte(r)', flat: 'e) Wohnung', rent: 'f) monatliche Miete', arr: 'g) Mietrückstand/Nutzungsentschädigung', hear: 'h) Termin zur mündl. Verhandlung' },
    title: ['Mitteilung nach § 22 Abs. 9 SGB II (früher § 22 Abs. 5 SGB II)', 'und § 36 Abs. 2 SGB XII'],
    footer: ['Amtsgericht Halle (Saale) · Sprechzeiten Mo–Fr 9–12 Uhr, Di auch 13–15 Uhr · Bankverbindung: Landeshauptkasse Sachsen-Anhalt, IBAN ' + ibanFor('ag-hal')],
    summonsRecv: false,
  },
};

export function courtStyle(key: string): CS {
  return CS_BY_COURT[key]!;
}

function az(c: CaseData, cs: CS): string {
  if (cs.azFmt === 'nospace') return c.fileNo.replace(' C ', 'C ');
  if (cs.azFmt === 'slash') return c.fileNo.replace('/', ' / ');
  return c.fileNo;
}

function monoDots(label: string, width: number): string {
  const l = `${label} `;
  return l.length >= width ? `${l}: ` : `${l}${'.'.repeat(width - l.length)}: `;
}

/** letterhead + window + info block; returns y where the body starts */
function courtHead(sh: Sheet, c: CaseData, cs: CS, date: string, ref: string, rcpt: string[], clerkPhone: string): number {
  const ct = c.court;
  const ret = `${ct.name}, ${ct.postbox}`;
  const info: [string, string][] = [
    [cs.az, ref],
    ['Datum', fmtDate(date, cs.ds === 'long' ? 'dmy' : cs.ds)],
    ['Bearbeiter/in', cs.clerk],
    ['Telefon', clerkPhone],
  ];
  sh.marks();
  switch (cs.head) {
    case 'mono': {
      sh.t(25, 14, upper(ct.name), { bold: true, size: 11 });
      sh.t(25, 19, `${ct.street}, ${ct.plz} ${ct.city}`, { size: 8.5 });
      sh.t(25, 23, `Tel. ${ct.phone}  Fax ${ct.fax}`, { size: 8.5 });
      sh.t(25, 27, '='.repeat(74), { size: 8.5 });
      window(sh, ret, rcpt, { retSize: 6.5, size: 9 });
      infoBlock(sh, 122, 50, info.map(([a, b]) => [`${a}:`, b]), { size: 8.5, labelW: 32 });
      return 102;
    }
    case 'leftBold': {
      if (cs.land) sh.t(25, 13, cs.land, { size: 8 });
      sh.t(25, 17, ct.name, { bold: true, size: 15 });
      sh.line(25, 25, 190, 25, 0.8);
      window(sh, ret, rcpt);
      infoBlock(sh, 125, 50, info.concat([['Dienstgebäude', `${ct.street}, ${ct.plz} ${ct.city}`]]), { size: 8.5, stacked: true });
      return 104;
    }
    case 'centerSerif': {
      if (cs.land) sh.t(105, 11, cs.land, { size: 8, align: 'center' });
      sh.t(105, 15, ct.name, { bold: true, size: 16, align: 'center', spacing: 0.6 });
      sh.t(105, 23, `${ct.street} · ${ct.plz} ${ct.city} · Telefon ${ct.phone} · Telefax ${ct.fax}`, { size: 7.5, align: 'center' });
      sh.line(25, 28, 190, 28, 0.4);
      sh.line(25, 29, 190, 29, 0.4);
      window(sh, ret, rcpt);
      infoBlock(sh, 122, 52, info, { size: 8.5, labelW: 31 });
      return 100;
    }
    case 'bar': {
      sh.rect(0, 8, 210, 14, 0, '#d0d0d0', null);
      sh.t(25, 11.5, ct.name, { bold: true, size: 14 });
      sh.t(190, 12.5, cs.land, { size: 9, align: 'right' });
      sh.t(25, 25, `${ct.street} | ${ct.plz} ${ct.city} | ${ct.phone}`, { size: 7.5 });
      window(sh, ret, rcpt);
      sh.rect(123, 48, 67, 32, 0.4);
      infoBlock(sh, 125, 50, info, { size: 8.5, labelW: 25 });
      return 100;
    }
    case 'rightName': {
      sh.t(190, 13, ct.name, { bold: true, size: 14, align: 'right' });
      sh.t(190, 20, cs.land, { size: 8, align: 'right' });
      sh.t(190, 24, `${ct.street}`, { size: 8, align: 'right' });
      sh.t(190, 28, `${ct.plz} ${ct.city}`, { size: 8, align: 'right' });
      window(sh, ret, rcpt);
      // reference line (Bezugszeichenzeile)
      const y = 98;
      sh.t(25, y, 'Ihr Zeichen / Ihre Nachricht vom', { size: 6.5 });
      sh.t(85, y, `${cs.az} (bitte stets angeben)`, { size: 6.5 });
      sh.t(135, y, 'Durchwahl', { size: 6.5 });
      sh.t(165, y, 'Datum', { size: 6.5 });
      sh.t(25, y + 3.5, '—', { size: 9 });
      sh.t(85, y + 3.5, ref, { size: 9 });
      sh.t(135, y + 3.5, clerkPhone, { size: 9 });
      sh.t(165, y + 3.5, fmtDate(date, 'dmy'), { size: 9 });
      return 112;
    }
  }
}

function courtFooter(sh: Sheet, cs: CS): void {
  let y = 283;
  sh.line(25, y - 2, 190, y - 2, 0.3);
  for (const f of cs.footer) {
    sh.t(25, y, f, { size: 6.8 });
    y += 3.2;
  }
}

function recipientLines(c: CaseData, cs: CS): string[] {
  return cs.rcpt === 'office' ? officeLines(c) : FACH_LINES(c);
}

function clerkPhone(c: CaseData, rng: Rng): string {
  return `${c.court.phone.replace(/-0$/, '')}-${rng.int(100, 899)}`;
}

interface Row { key: string; label: string; lines: string[] }

function tenantLines(c: CaseData, cs: CS, numbered: boolean): string[] {
  return c.tenants.map((p, i) => {
    let s = nm(p, cs.names);
    if (cs.birth) s += `, ${birthStr(p)}`;
    return numbered && c.tenants.length > 1 ? `${i + 1}. ${s}` : s;
  });
}

function landlordLines(c: CaseData, withRep: boolean): string[] {
  const l = c.landlord;
  const out = [l.name];
  if (withRep && l.rep) out.push(l.rep);
  if (l.co) out.push(l.co);
  out.push(`${l.street}, ${l.plz} ${l.city}`);
  return out;
}

function hearingText(c: CaseData, cs: CS): string {
  const h = c.hearing;
  return `${fmtDate(h.date, cs.hds)}, ${fmtTime(h.time, cs.ts)}, ${h.room}`;
}

/* ------------------------------------------------------------------ notice */

export function renderNotice(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const cs = courtStyle(c.court.key);
  sh.fam = fam(c.court.fam);
  const f = emptyFields();
  f.court = c.court.name;
  f.fileNumber = c.fileNo;
  f.tenants = tenantsTruth(c, cs.birth);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.claimReceived = c.received;
  const servedKnown = c.served <= c.noticeDate && rng.chance(0.8);
  if (servedKnown) f.claimServed = c.served;
  const rentKnown = !rng.chance(0.07);
  if (rentKnown) f.monthlyRent = c.rent;
  f.arrears = c.claimArrears;
  if (c.hearingInNotice) f.hearing = { date: c.hearing.date, time: c.hearing.time, room: c.hearing.room };
  const ref = az(c, cs);
  const phone = clerkPhone(c, rng);
  pagerHook(sh, (n) => `${ref} – Seite ${n}`, 'right');
  let y = courtHead(sh, c, cs, c.noticeDate, ref, recipientLines(c, cs), phone);
  courtFooter(sh, cs);
  sh.y = y;
  const style = c.court.notice;
  const flatLines = [streetLine(c, cs.abbr, cs.spaced), ...(c.flat.addition ? [c.flat.addition] : []), cityLine(c)];
  const notServed = ['noch nicht zugestellt', 'Zustellung noch nicht erfolgt', '– (Zustellung veranlasst)'];
  const noHearing = ['noch nicht bestimmt', 'ein Termin ist noch nicht anberaumt', 'wird gesondert mitgeteilt'];
  const money = (v: number) => fmtMoney(v, cs.ms);
  const rows: Row[] = [
    { key: 'recv', label: cs.L.recv, lines: [fmtDate(c.received, cs.ds)] },
    { key: 'served', label: cs.L.served, lines: [servedKnown ? fmtDate(c.served, cs.ds) : rng.pick(notServed)] },
    { key: 'pl', label: cs.L.pl, lines: landlordLines(c, style !== 'mono') },
    ...(c.lawyer ? [{ key: 'law', label: style === 'mono' ? 'Prozessbev. Kl.' : 'Prozessbevollmächtigte', lines: [c.lawyer.firm, `${c.lawyer.street}, ${c.lawyer.plz} ${c.lawyer.city}`] }] : []),
    { key: 'def', label: cs.L.def, lines: tenantLines(c, cs, true) },
    { key: 'flat', label: cs.L.flat, lines: flatLines },
    { key: 'rent', label: cs.L.rent, lines: [rentKnown ? money(c.rent) : 'in der Klageschrift nicht angegeben'] },
    { key: 'arr', label: cs.L.arr, lines: [money(c.claimArrears)] },
    { key: 'hear', label: cs.L.hear, lines: [c.hearingInNotice ? hearingText(c, cs) : rng.pick(noHearing)] },
  ];
  if (style === 'mono') {
    sh.t(25, y, cs.title[0]!, { bold: true, size: 10 });
    sh.t(25, y + 4.5, cs.title[1]!, { size: 9 });
    sh.y = y + 13;
    for (const r of rows) {
      const lab = monoDots(upper(r.label), 24);
      r.lines.forEach((ln, i) => {
        sh.ensure(5);
        sh.t(25, sh.y, (i === 0 ? lab : ' '.repeat(lab.length)) + ln, { size: 9 });
        sh.y += 4.3;
      });
      sh.y += 1.2;
    }
    sh.gap(3);
    sh.t(25, sh.y, `STREITWERT (vorl.): ${fmtMoney(c.streitwert, 'EUR')}`, { size: 9 });
    sh.y += 8;
    sh.p('Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift wirksam.', { size: 8.5 });
    return f;
  }
  if (style === 'table' || style === 'rules') {
    sh.p(cs.title[0]!, { bold: true, size: 11.5, after: 0.5 });
    if (cs.title[1]) sh.p(cs.title[1], { size: 10, after: 1 });
    sh.p(`Sehr geehrte Damen und Herren,`, { after: 1 });
    sh.p('in der nachstehend bezeichneten Räumungssache erhalten Sie folgende Mitteilung:', { after: 3 });
    const lw = style === 'table' ? 62 : 165;
    for (const r of rows) {
      if (style === 'table') {
        const lines = r.lines.flatMap((l) => sh.split(l, 165 - lw - 4, { size: 9.5 }));
        const labLines = sh.split(r.label, lw - 4, { size: 8.5, bold: true });
        const h = Math.max(lines.length * 4.4, labLines.length * 4) + 3;
        sh.ensure(h);
        sh.rect(25, sh.y, lw, h, 0.5, '#eeeeee');
        sh.rect(25 + lw, sh.y, 165 - lw, h, 0.5);
        labLines.forEach((l, i) => sh.t(27, sh.y + 1.5 + i * 4, l, { size: 8.5, bold: true }));
        lines.forEach((l, i) => sh.t(27 + lw, sh.y + 1.5 + i * 4.4, l, { size: 9.5 }));
        sh.y += h;
      } else {
        const h = 4 + r.lines.length * 4.5 + 2;
        sh.ensure(h);
        sh.t(25, sh.y + 0.8, r.label, { size: 7 });
        r.lines.forEach((l, i) => sh.t(25, sh.y + 4 + i * 4.5, l, { size: 10 }));
        sh.y += h;
        sh.line(25, sh.y - 0.8, 190, sh.y - 0.8, 0.3);
      }
    }
    sh.gap(5);
    sh.p(`Der vorläufige Streitwert ist auf ${money(c.streitwert)} festgesetzt. Von der Mitteilung ist abzusehen, wenn die Nichtzahlung offensichtlich nicht auf Zahlungsunfähigkeit beruht; dies ist hier nicht ersichtlich.`, { size: 9 });
    sh.p('Mit freundlichen Grüßen', { after: 6 });
    sh.p(cs.clerk, { after: 0.5 });
    sh.p('Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', { size: 8.5 });
    return f;
  }
  if (style === 'numbered' || style === 'labelled' || style === 'labelled2') {
    for (const t of cs.title) sh.p(t, { bold: true, size: 11, after: 0.5 });
    sh.gap(3);
    if (style === 'labelled') {
      sh.p('In dem Räumungsrechtsstreit wird Ihnen gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII Folgendes mitgeteilt:', { after: 3 });
    } else if (style === 'numbered') {
      sh.p(`Sehr geehrte Damen und Herren,`, { after: 1 });
      sh.p(`bei dem ${c.court.name} ist eine Klage auf Räumung von Wohnraum anhängig geworden, die (auch) auf Zahlungsverzug gestützt ist. Im Einzelnen:`, { after: 3 });
    } else {
      sh.p('Die Angaben beruhen auf der Klageschrift; eine Prüfung durch das Gericht ist nicht erfolgt.', { size: 9, after: 3 });
    }
    rows.forEach((r, i) => {
      const label = style === 'numbered' ? `${i + 1}. ${r.label}:` : style === 'labelled' ? `${r.label}:` : r.label;
      const hang = style === 'numbered' ? 10 : 68;
      if (style === 'numbered') {
        sh.hang(`${i + 1}.`, `${r.label}:`, hang, { bold: true, after: 0 });
        for (const l of r.lines) sh.hang('', l, hang, { after: 0 });
        sh.gap(2);
      } else {
        sh.ensure(r.lines.length * 4.6);
        sh.t(25, sh.y, label, { bold: style === 'labelled', size: 9.5 });
        for (const l of r.lines) {
          sh.t(25 + hang, sh.y, l, { size: 10 });
          sh.y += 4.6;
        }
        sh.y += 1.5;
      }
    });
    sh.gap(4);
    if (style === 'labelled2') sh.p(`Nachrichtlich: Klageschrift vom ${fmtDate(addDays(c.received, -3), 'dmy')}; vorläufiger Streitwert ${money(c.streitwert)}.`, { size: 9 });
    sh.p('Dieses Schreiben ist maschinell erstellt und ohne Unterschrift gültig.', { size: 8.5 });
    sh.p(`${cs.clerk}, Geschäftsstelle`, { size: 9 });
    return f;
  }
  if (style === 'boxed') {
    for (const t of cs.title) sh.p(t, { bold: true, size: 11, after: 0.5 });
    sh.gap(2);
    const boxes: [string, string[]][] = rows.filter((r) => r.key !== 'hear').map((r) => [r.label, r.lines]);
    let col = 0;
    let rowY = sh.y;
    let rowH = 0;
    for (const [label, lines] of boxes) {
      const wide = lines.length > 1 || label.length > 22;
      const w = wide ? 165 : 82.5;
      if (wide && col === 1) {
        sh.y = rowY + rowH;
        col = 0;
      }
      const h = 5 + lines.length * 4.3 + 1.5;
      if (col === 0) {
        rowY = sh.y;
        rowH = 0;
        if (rowY + h > sh.bottom) {
          sh.newPage();
          rowY = sh.y;
        }
      }
      const x = 25 + col * 82.5;
      sh.rect(x, rowY, w, h, 0.5);
      sh.t(x + 1.5, rowY + 1, label, { size: 6.8 });
      lines.forEach((l, i) => sh.t(x + 2.5, rowY + 5 + i * 4.3, l, { size: 9.5 }));
      rowH = Math.max(rowH, h);
      if (wide || col === 1) {
        sh.y = rowY + rowH;
        col = 0;
      } else col = 1;
    }
    if (col === 1) sh.y = rowY + rowH;
    sh.gap(4);
    sh.ensure(22);
    sh.t(25, sh.y, cs.L.hear, { bold: true, size: 9.5 });
    sh.y += 5;
    const x1 = c.hearingInNotice ? '☒' : '☐';
    const x2 = c.hearingInNotice ? '☐' : '☒';
    sh.t(27, sh.y, x1, { font: 'sans', size: 11 });
    sh.t(33, sh.y + 0.5, `Termin ist bestimmt auf: ${c.hearingInNotice ? hearingText(c, cs) : '................................'}`, { size: 9.5 });
    sh.y += 6;
    sh.t(27, sh.y, x2, { font: 'sans', size: 11 });
    sh.t(33, sh.y + 0.5, 'Termin ist noch nicht bestimmt', { size: 9.5 });
    sh.y += 10;
    sh.p(`Streitwert (vorläufig): ${money(c.streitwert)} · Klageschrift vom ${fmtDate(addDays(c.received, -2), 'dmy')}`, { size: 8.5 });
    sh.p('Maschinell erstellt – ohne Unterschrift gültig.', { size: 8.5 });
    return f;
  }
  // prose / prose2
  for (const t of cs.title) sh.p(t, { bold: true, size: 11, after: 0.5 });
  sh.gap(3);
  const tn = c.tenants.map((p) => (cs.birth ? `${nm(p, 'title')}, ${birthStr(p)}` : nm(p, 'title'))).join(' und ');
  const flatTxt = `${streetLine(c, cs.abbr, cs.spaced)}${c.flat.addition ? ` (${c.flat.addition})` : ''}, ${cityLine(c)}`;
  sh.p('Sehr geehrte Damen und Herren,', { after: 1.5 });
  if (style === 'prose') {
    sh.p(`gemäß § 22 Abs. 9 SGB II bzw. § 36 Abs. 2 SGB XII teile ich Ihnen mit, dass am ${fmtDate(c.received, cs.ds)} bei dem ${c.court.name} eine Klage der ${c.landlord.name}, ${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city}${c.lawyer ? `, prozessbevollmächtigt: ${c.lawyer.firm}` : ''}, gegen ${tn} auf Räumung der Wohnung ${flatTxt} eingegangen ist.`);
    sh.p(servedKnown ? `Die Klage ist der beklagten Partei am ${fmtDate(c.served, cs.ds)} zugestellt worden.` : 'Die Klage ist der beklagten Partei bislang nicht zugestellt worden.');
    sh.p(`Nach den Angaben in der Klageschrift ${rentKnown ? `beträgt die monatliche Miete ${money(c.rent)}; ` : 'ist die Höhe der Miete nicht angegeben; '}die klagende Partei macht einen Mietrückstand und eine Nutzungsentschädigung von insgesamt ${money(c.claimArrears)} geltend.`);
    sh.p(c.hearingInNotice ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(c.hearing.date, cs.hds)}, ${fmtTime(c.hearing.time, cs.ts)}, ${c.hearing.room}.` : 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.');
    sh.p('Die Mitteilung erfolgt, damit Sie prüfen können, ob eine Übernahme der Mietschulden in Betracht kommt.');
  } else {
    sh.p('In dem Rechtsstreit', { after: 1 });
    sh.p(`${c.landlord.name}, ${c.landlord.rep ?? ''}`.replace(/, $/, ''), { indent: 10, after: 0.5 });
    sh.p(`${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city}`, { indent: 10, after: 0.5 });
    sh.p('– Klägerin –', { indent: 120, after: 1 });
    if (c.lawyer) sh.p(`Prozessbevollmächtigte: ${c.lawyer.firm}, ${c.lawyer.street}, ${c.lawyer.plz} ${c.lawyer.city}`, { indent: 10, size: 9 });
    sh.p('gegen', { after: 1 });
    c.tenants.forEach((p, i) => sh.p(`${c.tenants.length > 1 ? `${i + 1}. ` : ''}${p.name}${cs.birth ? `, ${birthStr(p)}` : ''}`, { indent: 10, after: 0.5 }));
    sh.p(`wohnhaft ${flatTxt}`, { indent: 10, after: 0.5 });
    sh.p(c.tenants.length > 1 ? '– Beklagte –' : `– ${c.tenants[0]!.gender === 'f' ? 'Beklagte' : 'Beklagter'} –`, { indent: 120, after: 1 });
    sh.p('wegen Räumung und Zahlung', { after: 3 });
    sh.p(`ist die Klage am ${fmtDate(c.received, cs.ds)} bei Gericht eingegangen.${servedKnown ? ` Sie wurde am ${fmtDate(c.served, cs.ds)} zugestellt.` : ''} ${rentKnown ? `Die monatliche Miete wird mit ${money(c.rent)} angegeben.` : 'Angaben zur Höhe der Miete enthält die Klage nicht.'} Die Klageforderung wegen rückständiger Miete und Nutzungsentschädigung beläuft sich auf ${money(c.claimArrears)}.`);
    sh.p(c.hearingInNotice ? `Der Termin zur mündlichen Verhandlung findet statt am ${fmtDate(c.hearing.date, cs.hds)} um ${fmtTime(c.hearing.time, cs.ts)} im ${c.hearing.room}.` : 'Termin zur mündlichen Verhandlung: noch nicht bestimmt.');
  }
  sh.gap(2);
  sh.p('Mit freundlichen Grüßen', { after: 2 });
  sh.p('Auf Anordnung', { after: 0.5 });
  sh.p(cs.clerk, { after: 0.5 });
  sh.p('Urkundsbeamtin der Geschäftsstelle', { size: 8.5 });
  return f;
}

/* ------------------------------------------------------------------ hearing summons */

export function renderSummons(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const cs = courtStyle(c.court.key);
  sh.fam = fam(c.court.fam);
  const f = emptyFields();
  f.court = c.court.name;
  f.fileNumber = c.fileNo;
  f.tenants = tenantsTruth(c, false);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  if (cs.summonsRecv) f.claimReceived = c.received;
  f.hearing = { date: c.hearing.date, time: c.hearing.time, room: c.hearing.room };
  const ref = az(c, cs);
  const phone = clerkPhone(c, rng);
  pagerHook(sh, (n) => `- ${n} -`);
  sh.y = courtHead(sh, c, cs, c.summonsDate, ref, recipientLines(c, cs), phone);
  courtFooter(sh, cs);
  const money = (v: number) => fmtMoney(v, cs.ms);
  const parties = `${c.landlord.name} ./. ${c.tenants.map((p) => nm(p, cs.names === 'title' ? 'plain' : cs.names)).join(', ')}`;
  const flat = `${streetLine(c, cs.abbr, cs.spaced, true)}, ${cityLine(c)}`;
  const venue = `${c.court.name}, ${c.court.street}, ${c.court.plz} ${c.court.city}`;
  const recvRef = `Die Klage ist am ${fmtDate(c.received, cs.ds)} eingegangen (unsere Mitteilung vom ${fmtDate(c.noticeDate, 'dmy')}).`;
  switch (c.court.summons) {
    case 'mono': {
      sh.t(25, sh.y, 'TERMINSNACHRICHT AN DIE UNTERRICHTETE STELLE', { bold: true, size: 10 });
      sh.y += 8;
      const rows: [string, string[]][] = [
        ['SACHE', [parties]],
        ['WOHNUNG', [flat]],
        ['KLAGEEINGANG', [fmtDate(c.received, cs.ds)]],
        ['TERMINSART', ['Gueteverhandlung und frueher erster Termin']],
        ['DATUM', [fmtDate(c.hearing.date, 'wdNum')]],
        ['UHRZEIT', [fmtTime(c.hearing.time, 'colonUhr')]],
        ['SITZUNGSSAAL', [c.hearing.room]],
        ['ORT', [venue]],
      ];
      for (const [l, vs] of rows) {
        const lab = monoDots(l, 18);
        const lines = vs.flatMap((v) => sh.split(v, 120, { size: 9 }));
        lines.forEach((v, i) => {
          sh.t(25, sh.y, (i === 0 ? lab : ' '.repeat(lab.length)) + v, { size: 9 });
          sh.y += 4.3;
        });
        sh.y += 1;
      }
      sh.y += 5;
      sh.p('HINWEIS: Das persoenliche Erscheinen der Beklagten ist angeordnet. Diese Nachricht ergeht maschinell.', { size: 8.5 });
      break;
    }
    case 'box': {
      sh.p('Terminsmitteilung', { bold: true, size: 12, after: 1 });
      sh.p(`in dem Rechtsstreit ${parties}`, { after: 0.5 });
      sh.p(`wegen Räumung der Wohnung ${flat}`, { after: 3 });
      sh.p('Sehr geehrte Damen und Herren,', { after: 1 });
      sh.p(`${cs.summonsRecv ? recvRef + ' ' : ''}Im Nachgang zu der Mitteilung nach § 22 Abs. 9 SGB II wird Ihnen der inzwischen bestimmte Termin bekannt gegeben:`, { after: 3 });
      const y0 = sh.y;
      sh.rect(25, y0, 165, 30, 1.0);
      sh.t(30, y0 + 3, 'Termin zur Güteverhandlung und mündlichen Verhandlung', { bold: true, size: 10 });
      sh.t(30, y0 + 10, 'am', { size: 9 });
      sh.t(55, y0 + 10, fmtDate(c.hearing.date, cs.hds), { bold: true, size: 11 });
      sh.t(30, y0 + 16, 'um', { size: 9 });
      sh.t(55, y0 + 16, fmtTime(c.hearing.time, cs.ts), { bold: true, size: 11 });
      sh.t(30, y0 + 22, 'Ort', { size: 9 });
      sh.t(55, y0 + 22, `${c.hearing.room}, ${venue}`, { size: 9.5 });
      sh.y = y0 + 36;
      sh.p('Bitte beachten Sie, dass Zahlungen bzw. Verpflichtungserklärungen innerhalb der Schonfrist (§ 569 Abs. 3 Nr. 2 BGB) beim Vermieter eingehen müssen.', { size: 9 });
      sh.p('Mit freundlichen Grüßen', { after: 5 });
      sh.p(`${cs.clerk}, Urkundsbeamtin der Geschäftsstelle`, { size: 9 });
      break;
    }
    case 'prose': {
      sh.p('Nachricht von der Terminsbestimmung', { bold: true, size: 11.5, after: 3 });
      sh.p('In dem Rechtsstreit', { after: 0.5 });
      sh.p(c.landlord.name, { indent: 10, after: 0.5 });
      sh.p('gegen', { after: 0.5 });
      sh.p(namesJoined(c, 'full'), { indent: 10, after: 0.5 });
      sh.p(`(Räumung der Wohnung ${flat})`, { indent: 10, after: 3 });
      sh.p(`wird Termin zur Güteverhandlung und sich unmittelbar anschließenden mündlichen Verhandlung bestimmt auf ${fmtDate(c.hearing.date, cs.hds)}, ${fmtTime(c.hearing.time, cs.ts)}, im Gerichtsgebäude ${c.court.street}, ${c.court.plz} ${c.court.city}, ${c.hearing.room}.`);
      if (cs.summonsRecv) sh.p(`Die Klage war am ${fmtDate(c.received, cs.ds)} bei Gericht eingegangen; die Mitteilung nach § 22 Abs. 9 SGB II ist Ihnen bereits am ${fmtDate(c.noticeDate, cs.ds)} übersandt worden.`);
      sh.p(`Streitwert: ${money(c.streitwert)}. Die Parteien sind geladen; das persönliche Erscheinen ist angeordnet.`);
      sh.p('Auf richterliche Anordnung', { after: 5 });
      sh.p(cs.clerk, { after: 0.5 });
      sh.p('Urkundsbeamtin der Geschäftsstelle', { size: 8.5 });
      break;
    }
    case 'table':
    case 'labelled': {
      sh.p(c.court.summons === 'table' ? 'Ladung / Terminsnachricht (§ 22 Abs. 9 SGB II)' : 'Terminsbestimmung – Mitteilung', { bold: true, size: 11.5, after: 3 });
      const rows: [string, string][] = [
        ['Rechtsstreit', parties],
        ['Räumungsobjekt', flat],
        ...(cs.summonsRecv ? ([['Klageeingang', fmtDate(c.received, cs.ds)]] as [string, string][]) : []),
        ['Terminstag', fmtDate(c.hearing.date, cs.hds)],
        ['Uhrzeit', fmtTime(c.hearing.time, cs.ts)],
        ['Sitzungssaal', c.hearing.room],
        ['Gerichtsgebäude', `${c.court.street}, ${c.court.plz} ${c.court.city}`],
        ['Art des Termins', 'Güteverhandlung und früher erster Termin'],
      ];
      for (const [l, v] of rows) {
        const lines = sh.split(v, 110, { size: 10 });
        const h = lines.length * 4.6 + 2.5;
        sh.ensure(h);
        if (c.court.summons === 'table') {
          sh.rect(25, sh.y, 50, h, 0.4);
          sh.rect(75, sh.y, 115, h, 0.4);
        }
        sh.t(27, sh.y + 1.2, c.court.summons === 'table' ? l : `${l}:`, { size: 9, bold: c.court.summons === 'labelled' });
        lines.forEach((ln, i) => sh.t(78, sh.y + 1.2 + i * 4.6, ln, { size: 10 }));
        sh.y += h;
      }
      sh.gap(6);
      sh.p('Sie erhalten diese Nachricht, weil Ihnen der Eingang der Räumungsklage mitgeteilt worden ist.', { size: 9 });
      sh.p(`${cs.clerk} – Geschäftsstelle`, { size: 9 });
      break;
    }
  }
  return f;
}

/* ------------------------------------------------------------------ judgment */

const KIND_TITLE: Record<string, string> = { versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil', raeumungsurteil: 'Urteil' };

export function renderJudgment(sh: Sheet, c: CaseData, rng: Rng): Fields {
  const cs = courtStyle(c.court.key);
  const j = c.judgment;
  sh.fam = fam(c.court.judgment === 'mono' ? 'lmono' : c.court.judgment === 'classic' ? 'lserif' : c.court.fam === 'mono' ? 'sans' : c.court.fam);
  const f = emptyFields();
  f.court = c.court.name;
  f.fileNumber = c.fileNo;
  f.tenants = tenantsTruth(c, cs.birth);
  f.address = addrTruth(c);
  f.landlord = c.landlord.name;
  f.arrears = j.arrears;
  f.judgmentKind = j.kind;
  f.judgmentDate = j.date;
  f.vacateDeadline = j.vacate;
  const ref = az(c, cs);
  const style = c.court.judgment;
  const center = style === 'classic';
  const ds: DateStyle = style === 'mono' ? 'dmy' : cs.ds;
  pagerHook(sh, (n) => (style === 'modern' ? `${ref} · Seite ${n}` : `- ${n} -`), style === 'modern' ? 'right' : 'center');
  const pl = c.tenants.length > 1;
  const Bekl = pl ? 'Die Beklagten werden' : `Die ${c.tenants[0]!.gender === 'f' ? 'Beklagte' : 'Beklagter'} wird`.replace('Die Beklagter', 'Der Beklagte');
  const dem = pl ? 'Den Beklagten' : c.tenants[0]!.gender === 'f' ? 'Der Beklagten' : 'Dem Beklagten';
  const certDate = workday(addDays(j.date, rng.int(2, 9)));
  // header
  sh.t(25, 14, 'Beglaubigte Abschrift', { size: 9, bold: true });
  if (style === 'modern') {
    sh.t(190, 14, c.court.name, { size: 10, bold: true, align: 'right' });
    sh.t(190, 19, `Aktenzeichen: ${ref}`, { size: 9, align: 'right' });
  } else sh.t(25, 22, `${cs.az}: ${ref}`, { size: 9.5 });
  sh.y = 34;
  if (style === 'modern') {
    sh.rect(25, 32, 165, 16, 0.8, '#e6e6e6');
    sh.t(107.5, 34, 'IM NAMEN DES VOLKES', { bold: true, size: 12, align: 'center', spacing: 1 });
    sh.t(107.5, 41, KIND_TITLE[j.kind]!, { bold: true, size: 12, align: 'center' });
    sh.y = 54;
  } else {
    sh.t(105, sh.y, c.court.name, { bold: true, size: 13, align: 'center' });
    sh.y += 9;
    sh.t(105, sh.y, style === 'mono' ? 'I M   N A M E N   D E S   V O L K E S' : 'Im Namen des Volkes', { bold: true, size: 12, align: 'center' });
    sh.y += 8;
    sh.t(105, sh.y, style === 'mono' ? upper(KIND_TITLE[j.kind]!) : KIND_TITLE[j.kind]!, { bold: true, size: 13, align: 'center' });
    sh.y += 11;
  }
  if (style !== 'modern' || j.kind === 'raeumungsurteil') {
    // "Verkündet am" block on the right
    const vy = sh.y;
    sh.t(130, vy, j.kind === 'versaeumnisurteil' && !j.pastHearing ? 'Erlassen am' : 'Verkündet am', { size: 8.5 });
    sh.t(130, vy + 4, fmtDate(j.date, ds), { size: 8.5 });
    sh.t(130, vy + 8, cs.clerk, { size: 8.5 });
    sh.t(130, vy + 12, 'als Urkundsbeamtin der', { size: 8.5 });
    sh.t(130, vy + 16, 'Geschäftsstelle', { size: 8.5 });
    sh.y = vy + 23;
  } else {
    sh.p(`${KIND_TITLE[j.kind]} vom ${fmtDate(j.date, ds)}`, { size: 10, bold: true, after: 3 });
  }
  const ind = center ? 15 : 0;
  sh.p('In dem Rechtsstreit', { after: 1.5 });
  sh.p(c.landlord.name + (c.landlord.rep ? `, ${c.landlord.rep}` : ''), { indent: ind, after: 0.5 });
  if (c.landlord.co) sh.p(c.landlord.co, { indent: ind, after: 0.5 });
  sh.p(`${c.landlord.street}, ${c.landlord.plz} ${c.landlord.city}`, { indent: ind, after: 0.5 });
  sh.p('– Klägerin –', { indent: 110, after: 1 });
  if (c.lawyer) {
    sh.p(`Prozessbevollmächtigte: ${c.lawyer.firm}, ${c.lawyer.street}, ${c.lawyer.plz} ${c.lawyer.city}`, { indent: ind, size: 9, after: 2 });
  }
  sh.p('gegen', { after: 1.5 });
  c.tenants.forEach((p, i) => {
    sh.p(`${pl ? `${i + 1}. ` : ''}${style === 'mono' ? nm(p, 'upperLast') : p.name}${cs.birth ? `, ${birthStr(p)}` : ''},`, { indent: ind, after: 0.5 });
  });
  sh.p(`${pl ? 'beide ' : ''}wohnhaft ${streetLine(c, cs.abbr, cs.spaced)}${c.flat.addition ? `, ${c.flat.addition}` : ''}, ${cityLine(c)}`, { indent: ind, after: 0.5 });
  sh.p(pl ? '– Beklagte –' : `– ${c.tenants[0]!.gender === 'f' ? 'Beklagte' : 'Beklagter'} –`, { indent: 110, after: 2 });
  const judge = rng.pick(['Richterin am Amtsgericht Dr. Fenske', 'Richter am Amtsgericht Pohlmann', 'Richterin Abendroth', 'Richter am Amtsgericht Nowicki', 'Richterin am Amtsgericht Sternberg-Alaoui']);
  let basis: string;
  if (j.kind === 'versaeumnisurteil' && !j.pastHearing) basis = `hat das ${c.court.name} durch ${judge} im schriftlichen Vorverfahren gemäß § 331 Abs. 3 ZPO am ${fmtDate(j.date, ds)} für Recht erkannt:`;
  else if (j.kind === 'raeumungsurteil') basis = `hat das ${c.court.name} durch ${judge} auf die mündliche Verhandlung vom ${fmtDate(j.pastHearing!, ds)} für Recht erkannt:`;
  else basis = `hat das ${c.court.name} durch ${judge} im Termin zur mündlichen Verhandlung vom ${fmtDate(j.date, ds)} für Recht erkannt:`;
  sh.p(`wegen Räumung ${j.arrears ? 'und Zahlung ' : ''}`, { after: 2 });
  sh.p(basis, { after: 3 });
  const flatDesc = `${c.flat.addition ? `im ${c.flat.addition} ` : ''}des Hauses ${streetLine(c, cs.abbr, cs.spaced)}, ${cityLine(c)}`;
  const rooms = rng.pick(['bestehend aus zwei Zimmern, Küche, Bad und Flur', 'bestehend aus 3 Zimmern, Küche, Bad, Flur und Balkon', 'bestehend aus einem Zimmer, Küche, Duschbad', 'bestehend aus 2,5 Zimmern, Küche, Bad, Abstellraum nebst Kellerverschlag']);
  const items: string[] = [`${Bekl} verurteilt, die Wohnung ${flatDesc}, ${rooms}, zu räumen und geräumt an die Klägerin herauszugeben.`];
  if (j.arrears) items.push(`${Bekl} ${pl ? 'als Gesamtschuldner ' : ''}verurteilt, an die Klägerin ${fmtMoney(j.arrears, cs.ms)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz seit dem ${fmtDate(j.interestFrom, ds)} zu zahlen.`);
  if (j.vacate) items.push(`${dem} wird eine Räumungsfrist bis zum ${fmtDate(j.vacate, ds)} gewährt.`);
  items.push(pl ? 'Die Beklagten tragen die Kosten des Rechtsstreits.' : c.tenants[0]!.gender === 'f' ? 'Die Beklagte trägt die Kosten des Rechtsstreits.' : 'Der Beklagte trägt die Kosten des Rechtsstreits.');
  items.push(j.kind === 'raeumungsurteil' ? `Das Urteil ist vorläufig vollstreckbar. ${pl ? 'Die Beklagten können' : 'Die beklagte Partei kann'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden.` : 'Das Urteil ist vorläufig vollstreckbar.');
  items.forEach((it, i) => sh.hang(`${i + 1}.`, it, 8, { after: 1.8 }));
  sh.gap(2);
  sh.ensure(30);
  if (j.kind === 'raeumungsurteil') {
    sh.p('Tatbestand', { bold: true, after: 1.5, keep: true });
    sh.p(`Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung seit dem ${fmtDate(c.moveIn, ds)}. Die monatliche Miete beträgt ${fmtMoney(c.rent, cs.ms)}. Mit Schreiben vom ${fmtDate(c.termination.date, ds)} kündigte die Klägerin das Mietverhältnis fristlos wegen Zahlungsverzugs. Die Klage ist am ${fmtDate(c.served, ds)} zugestellt worden.`);
    sh.p('Entscheidungsgründe', { bold: true, after: 1.5, keep: true });
    sh.p('Die zulässige Klage ist begründet. Der Klägerin steht ein Anspruch auf Räumung und Herausgabe aus § 546 Abs. 1 BGB sowie § 985 BGB zu. Das Mietverhältnis ist durch die fristlose Kündigung gemäß §§ 543 Abs. 2 Nr. 3, 569 Abs. 3 BGB beendet worden; eine Schonfristzahlung ist nicht erfolgt. Die Nebenentscheidungen beruhen auf §§ 91, 708 Nr. 7, 711, 721 ZPO.');
  } else if (j.kind === 'anerkenntnisurteil') {
    sh.p('Gründe', { bold: true, after: 1.5 });
    sh.p(`${pl ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} den Klageanspruch im Termin anerkannt. Das Urteil beruht auf § 307 ZPO; von Tatbestand und Entscheidungsgründen wird gemäß § 313b ZPO abgesehen.`);
  } else {
    sh.p(`${pl ? 'Die Beklagten haben' : 'Die beklagte Partei hat'} ${j.pastHearing ? 'im Termin trotz ordnungsgemäßer Ladung nicht verhandelt' : 'trotz Aufforderung ihre Verteidigungsabsicht nicht rechtzeitig angezeigt'}. Das Urteil beruht auf ${j.pastHearing ? '§ 331 Abs. 1' : '§ 331 Abs. 3'} ZPO; gemäß § 313b ZPO wird von Tatbestand und Entscheidungsgründen abgesehen.`);
  }
  sh.ensure(40);
  sh.p('Rechtsbehelfsbelehrung', { bold: true, after: 1.5, keep: true });
  if (j.kind === 'versaeumnisurteil') sh.p(`Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch ist binnen einer Notfrist von zwei Wochen bei dem ${c.court.name}, ${c.court.street}, ${c.court.plz} ${c.court.city}, einzulegen. Die Frist beginnt mit der Zustellung dieses Urteils.`, { size: 9 });
  else sh.p(`Gegen dieses Urteil ist das Rechtsmittel der Berufung statthaft, wenn der Wert des Beschwerdegegenstandes 600 Euro übersteigt. Die Berufung ist binnen einer Notfrist von einem Monat bei dem zuständigen Landgericht einzulegen. Ein Antrag auf Verlängerung der Räumungsfrist ist spätestens zwei Wochen vor ihrem Ablauf zu stellen (§ 721 Abs. 3 ZPO).`, { size: 9 });
  sh.gap(3);
  sh.p(judge, { after: 5 });
  sh.ensure(20);
  sh.p(`Beglaubigt, ${c.court.city}, ${fmtDate(certDate, 'dmy')}`, { size: 9, after: 0.5 });
  sh.p(`${cs.clerk}, Urkundsbeamtin der Geschäftsstelle`, { size: 9, after: 0.5 });
  sh.p('Durch maschinelle Bearbeitung beglaubigt – ohne Unterschrift gültig', { size: 8 });
  return f;
}
