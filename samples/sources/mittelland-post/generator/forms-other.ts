// Bailiffs, landlords, lawyers, Jobcenter / Sozialamt letters and cover letters.
import { mm, PW, type FontKey } from './render.js';
import { addDays, fmtDate, fmtMoney, fmtTime, isoToParts, MONTHS, type Fields } from './lib.js';
import { addrTruth, empty, ensure, footer, infoBlock, row, windowBlock, type FormCtx, type FormFn } from './common.js';
import { birthStr, cityLine, fmtName, fullName, landlordPrinted, streetLine, tenantsInline, type Case } from './model.js';
import { FACHSTELLE, type Agency, type Bailiff } from './data.js';

const BAILIFF_STYLE: Record<string, 0 | 1 | 2> = {
  'gv-hannover-roesner': 0, 'gv-hannover-acar': 1, 'gv-braunschweig-lamprecht': 2, 'gv-goettingen-vogt': 1, 'gv-osnabrueck-terbrack': 0,
  'gv-wiesbaden-hofmann': 2, 'gv-giessen-reuter': 1, 'gv-fulda-kress': 0, 'gv-erfurt-lindig': 2, 'gv-jena-mikolajczyk': 1,
};
const BAILIFF_FONT: Record<string, FontKey> = {
  'gv-hannover-roesner': 'lsans', 'gv-hannover-acar': 'sans', 'gv-braunschweig-lamprecht': 'lserif', 'gv-goettingen-vogt': 'narrow', 'gv-osnabrueck-terbrack': 'cond',
  'gv-wiesbaden-hofmann': 'sans', 'gv-giessen-reuter': 'lserif', 'gv-fulda-kress': 'serif', 'gv-erfurt-lindig': 'lsans', 'gv-jena-mikolajczyk': 'cond',
};
const boldOf = (f: FontKey): FontKey => (`${f}B` as FontKey);

function kindGen(k: Case['judgment']['kind']): string {
  return k === 'versaeumnisurteil' ? 'Versäumnisurteil' : k === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil';
}
function kindGenitive(k: Case['judgment']['kind']): string {
  return k === 'versaeumnisurteil' ? 'Versäumnisurteils' : k === 'anerkenntnisurteil' ? 'Anerkenntnisurteils' : 'Urteils';
}

// ====================================================================================
// eviction_notice (Gerichtsvollzieher)
// ====================================================================================
export const evictionForm: FormFn = (x) => {
  const { d, c, r } = x;
  const b: Bailiff = c.eviction.bailiff;
  const style = BAILIFF_STYLE[b.key] ?? 0;
  const F = BAILIFF_FONT[b.key] ?? 'sans'; const B = boldOf(F);
  const f = empty();
  f.court = c.court.name; f.fileNumber = c.eviction.dr; f.relatedFileNumbers = [c.fileNo];
  f.landlord = c.landlord.name; f.address = addrTruth(c);
  f.evictionDate = { date: c.eviction.date, time: c.eviction.time };
  f.judgmentKind = c.judgment.kind; f.judgmentDate = c.judgment.date;
  const withBirth = r.chance(0.35);
  f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birth : null }));
  const recip = x.toFachstelle
    ? [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.postal} ${FACHSTELLE.city}`]
    : r.chance(0.5) ? [`Stadt ${c.court.place}`, 'Ordnungsamt – Obdachlosenangelegenheiten', `${c.agency.street.replace(/\d+/, String(r.int(2, 40)))}`, `${c.agency.postal} ${c.agency.city}`]
      : [c.agency.name, c.agency.unit, c.agency.street, `${c.agency.postal} ${c.agency.city}`];
  const title = `${b.title} ${b.name}`;
  const ret = `${title} · ${b.street} · ${b.postal} ${b.city}`;
  const ctDate = (iso: string): string => fmtDate(iso, style === 1 ? 'long' : 'dmy');
  const evTime = style === 2 ? fmtTime(c.eviction.time, 'colon-uhr') : fmtTime(c.eviction.time, 'short-uhr');
  if (style === 0) {
    d.text(mm(20), mm(14), title, { font: B, size: 13 });
    d.text(mm(20), mm(14) + 16, `bei dem ${c.court.name}`, { font: F, size: 10 });
    d.text(mm(125), mm(14), `${b.street}`, { font: F, size: 8.5 });
    d.text(mm(125), mm(14) + 11, `${b.postal} ${b.city}`, { font: F, size: 8.5 });
    d.text(mm(125), mm(14) + 22, `Tel. ${b.phone}`, { font: F, size: 8.5 });
    d.text(mm(125), mm(14) + 33, `Sprechzeit: ${b.hours}`, { font: F, size: 8.5 });
    windowBlock(d, ret, recip, F, 10);
    infoBlock(d, mm(125), mm(58), [['Geschäftszeichen:', c.eviction.dr], ['Datum:', fmtDate(c.eviction.letter, 'dmy')]], F, 9, 72);
    let y = mm(100);
    d.text(mm(20), y, 'Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)', { font: B, size: 11.5 }); y += 22;
    const vx = mm(20) + 120;
    y = row(d, mm(20), vx, y, 'Gläubiger/in:', `${landlordPrinted(c.landlord, true)}, ${c.landlord.postal} ${c.landlord.city}`, F, B, 10) + 4;
    c.tenants.forEach((p, i) => { y = row(d, mm(20), vx, y, i === 0 ? 'Schuldner/in:' : '', `${fmtName(p, 'comma')}${withBirth ? `, ${birthStr(p, 'geb')}` : ''}`, F, B, 10); });
    y += 4;
    y = row(d, mm(20), vx, y, 'Räumungsobjekt:', `${streetLine(c, true)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}`, F, B, 10) + 4;
    y = row(d, mm(20), vx, y, 'Vollstreckungstitel:', `${kindGen(c.judgment.kind)} des ${c.court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${fmtDate(c.judgment.date, 'dmy')}, Az. ${c.fileNo}`, F, F, 10) + 4;
    y = row(d, mm(20), vx, y, 'Räumungstermin:', `${fmtDate(c.eviction.date, 'wd-dmy')}, ${evTime}`, F, B, 11) + 12;
    y = d.para(mm(20), y, PW - mm(40), `Nach den mir vorliegenden Erkenntnissen droht ${c.tenants.length > 1 ? 'den Schuldnern' : 'der Schuldnerin/dem Schuldner'} Obdachlosigkeit. Ich bitte, in eigener Zuständigkeit zu prüfen, ob Maßnahmen zur Unterbringung erforderlich sind. Der Termin wurde den Schuldnern am ${fmtDate(c.eviction.letter, 'dmy')} zugestellt.`, { font: F, size: 10 }) + 14;
    d.text(mm(20), y, title, { font: F, size: 10 });
    footer(d, [`Bankverbindung (Dienstkonto): IBAN ${b.iban} · Bitte bei Zahlungen stets das Geschäftszeichen angeben`, 'Ich bin kein Beamter des Gerichts, sondern selbständiges Vollstreckungsorgan. Sprechzeiten siehe oben.'], F, 7);
  } else if (style === 1) {
    d.text(mm(20), mm(13), `${b.title.toUpperCase()}`, { font: F, size: 9, spacing: 2 });
    d.text(mm(20), mm(13) + 13, b.name, { font: B, size: 16 });
    d.text(mm(20), mm(13) + 33, `${c.court.name} · ${b.street} · ${b.postal} ${b.city} · ${b.phone}`, { font: F, size: 8.5 });
    d.hline(mm(20), PW - mm(20), mm(13) + 44, 1.2);
    windowBlock(d, ret, recip, F, 10);
    infoBlock(d, mm(125), mm(52), [['DR-Nr.', c.eviction.dr], ['Ort/Datum', `${b.city}, ${ctDate(c.eviction.letter)}`], ['Sprechzeiten', b.hours]], F, 8.5, 60);
    let y = mm(102);
    d.text(mm(20), y, `Zwangsvollstreckungssache ${landlordPrinted(c.landlord, false)} ./. ${c.tenants.map((p) => p.family).join(', ')}`, { font: B, size: 10.5 }); y += 14;
    d.text(mm(20), y, 'hier: Benachrichtigung über den Termin zur Räumung', { font: F, size: 10.5 }); y += 24;
    const W = PW - mm(40);
    y = d.para(mm(20), y, W, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }) + 4;
    y = d.para(mm(20), y, W, `in der vorbezeichneten Sache betreibt ${c.landlord.person ? '' : 'die '}${landlordPrinted(c.landlord, true)} die Zwangsvollstreckung aus dem ${kindGen(c.judgment.kind)} des ${c.court.name.replace('Amtsgericht', 'Amtsgerichts')} vom ${ctDate(c.judgment.date)} (${c.fileNo}) gegen ${tenantsInline(c.tenants, true)}${withBirth ? ` (${c.tenants.map((p) => birthStr(p, 'geb')).join('; ')})` : ''}, wohnhaft ${streetLine(c, false)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}.`, { font: F, size: 10.5 }) + 6;
    y = d.para(mm(20), y, W, `Die Räumung der Wohnung ist auf ${fmtDate(c.eviction.date, 'wd-long')}, ${evTime} festgesetzt. Die Schuldner sind hiervon in Kenntnis gesetzt. Da zu befürchten ist, dass nach der Räumung keine Unterkunft zur Verfügung steht, erfolgt diese Mitteilung gemäß § 130 Abs. 3 GVGA.`, { font: F, size: 10.5 }) + 6;
    y = d.para(mm(20), y, W, 'Anträge nach § 765a ZPO sind spätestens zwei Wochen vor dem Termin beim Vollstreckungsgericht zu stellen.', { font: F, size: 10.5 }) + 12;
    d.text(mm(20), y, 'Mit freundlichen Grüßen', { font: F, size: 10.5 });
    d.text(mm(20), y + 30, `(${b.name})`, { font: F, size: 10.5 });
    d.text(mm(20), y + 43, b.title, { font: F, size: 9 });
    footer(d, [`Konto: IBAN ${b.iban}`, `Post bitte ausschließlich an die Büroanschrift: ${b.street}, ${b.postal} ${b.city}`], F, 7);
  } else {
    const M: FontKey = 'lmono';
    d.rect(mm(18), mm(12), PW - mm(36), 52, 1);
    d.text(mm(22), mm(12) + 6, `${title}`, { font: B, size: 11 });
    d.text(mm(22), mm(12) + 21, `Gerichtsvollzieher/in bei dem ${c.court.name}`, { font: F, size: 9 });
    d.text(mm(22), mm(12) + 34, `${b.street} | ${b.postal} ${b.city} | Tel. ${b.phone}`, { font: F, size: 8.5 });
    windowBlock(d, ret, recip, F, 10);
    infoBlock(d, mm(125), mm(56), [['Az.', c.eviction.dr], ['Datum', fmtDate(c.eviction.letter, 'dmy')]], F, 9, 40);
    let y = mm(100);
    d.text(mm(20), y, 'RÄUMUNGSMITTEILUNG', { font: B, size: 12, spacing: 1 }); y += 20;
    const X0 = mm(20); const X1 = mm(70); const X2 = PW - mm(20); const sz = 9.5;
    const rows: [string, string[]][] = [
      ['Gläubiger', [landlordPrinted(c.landlord, false), `${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}`]],
      ['Schuldner', c.tenants.map((p) => `${fmtName(p, 'upper-comma')}${withBirth ? `, ${birthStr(p, 'geb')}` : ''}`)],
      ['Anschrift', [`${streetLine(c, true)}${c.addition ? `, ${c.addition}` : ''}`, cityLine(c)]],
      ['Titel', [`${kindGen(c.judgment.kind)} vom ${fmtDate(c.judgment.date, 'dmy')}`, `${c.court.name}, ${c.fileNo}`]],
      ['Räumung am', [`${fmtDate(c.eviction.date, 'wd-dmy')}`, `Beginn: ${evTime}`]],
      ['Spedition', [r.pick(['beauftragt', 'wird vom Gläubiger gestellt', 'Berliner Räumung (§ 885a ZPO)'])]],
    ];
    d.hline(X0, X2, y, 0.9);
    for (const [k, vals] of rows) {
      const top = y;
      d.text(X0 + 4, top + 5, k, { font: B, size: sz });
      vals.forEach((v, i) => d.text(X1 + 4, top + 5 + i * 12.5, v, { font: i === 0 ? M : M, size: sz, cont: i === 0 }));
      y = top + 10 + vals.length * 12.5;
      d.hline(X0, X2, y, 0.5);
      d.vline(X0, top, y); d.vline(X1, top, y); d.vline(X2, top, y);
    }
    y += 14;
    y = d.para(X0, y, X2 - X0, 'Mitteilung gem. § 130 Abs. 3 GVGA zur Prüfung von Maßnahmen gegen drohende Obdachlosigkeit. Rückfragen bitte nur in der Sprechzeit: ' + b.hours + '.', { font: F, size: 9.5 }) + 10;
    d.text(X0, y, `gez. ${b.name}`, { font: F, size: 10 });
    footer(d, [`IBAN ${b.iban} · Kontoinhaber: ${b.name}, Dienstkonto`], F, 7);
  }
  return f;
};

// ====================================================================================
// other: landlord / lawyer letters
// ====================================================================================
type LetterHead = { sender: string[]; ret: string; font: FontKey; info: [string, string][] };

function landlordHead(x: FormCtx, viaLawyer: boolean): LetterHead {
  const { c, r } = x; const l = c.landlord;
  if (viaLawyer && c.lawyer) {
    const lw = c.lawyer;
    return {
      sender: [lw.firm, lw.lawyer, `${lw.street} · ${lw.postal} ${lw.city}`, `Tel. ${lw.phone} · Fax ${lw.fax}`],
      ret: `${lw.firm} · ${lw.street} · ${lw.postal} ${lw.city}`,
      font: 'lserif',
      info: [['Unser Zeichen', `${r.int(100, 999)}/${String(isoToParts(x.date)[0]).slice(2)} ${lw.lawyer.split(' ').pop()?.slice(0, 2).toUpperCase() ?? 'XX'}`], ['Datum', fmtDate(x.date, 'dmy')]],
    };
  }
  const font: FontKey = l.style === 'company-a' ? 'sans' : l.style === 'company-b' ? 'lsans' : l.style === 'company-c' ? 'narrow' : 'serif';
  return {
    sender: l.person ? [landlordPrinted(l, false), l.street, `${l.postal} ${l.city}`, `Tel. ${l.phone}`] : [l.name, `${l.street} · ${l.postal} ${l.city}`, `Telefon ${l.phone} · Mietenbuchhaltung`],
    ret: `${l.name} · ${l.street} · ${l.postal} ${l.city}`,
    font,
    info: [['Mieternummer', `${r.int(10, 99)}-${r.int(1000, 9999)}-${r.int(10, 99)}`], ['Ansprechpartner/in', r.pick(['Frau Lindemann', 'Herr Brockmöller', 'Frau Abdi', 'Herr Sauer'])], ['Datum', fmtDate(x.date, 'dmy')]],
  };
}

function tenantAddressLines(c: Case, titled: boolean): string[] {
  const ls = c.tenants.length === 2 && c.tenants[0]?.family === c.tenants[1]?.family
    ? [titled ? `Eheleute ${tenantsInline(c.tenants, false)}` : tenantsInline(c.tenants, false)]
    : c.tenants.map((p) => fmtName(p, titled ? 'titled' : 'full'));
  return [...ls, ...(c.addition && /Whg|OG|EG|Dach|Hinter|Souterrain/.test(c.addition) ? [] : []), `${streetLine(c, false)}${c.addition ? ` (${c.addition})` : ''}`, cityLine(c)];
}

function arrearsTable(x: FormCtx, y0: number, F: FontKey, B: FontKey): number {
  const { d, c } = x;
  // months of arrears: split the arrears into full rents and a remainder
  const n = Math.max(1, Math.floor(c.arrears / c.rent));
  const rest = c.arrears - n * c.rent;
  const [ty, tm] = isoToParts(c.termination.date);
  const rows: [string, number][] = [];
  for (let i = n; i >= 1; i--) {
    const mi = (tm - 1 - i + 24) % 12;
    const yy = tm - 1 - i < 0 ? ty - 1 : ty;
    rows.push([`Miete ${MONTHS[mi]} ${yy}`, c.rent]);
  }
  if (rest > 0) rows.unshift(['Restbetrag Vormonate / Nebenkostennachzahlung', rest]);
  let y = y0;
  const X0 = mm(25); const X2 = PW - mm(25);
  d.hline(X0, X2, y, 0.5); y += 4;
  for (const [k, v] of rows) {
    d.text(X0 + 4, y, k, { font: F, size: 9.5 });
    d.text(X0, y, fmtMoney(v, 'bare'), { font: F, size: 9.5, w: X2 - X0 - 4, align: 'right', cont: true });
    y += 13;
  }
  d.hline(X0, X2, y, 0.5); y += 4;
  d.text(X0 + 4, y, 'Offener Gesamtbetrag', { font: B, size: 10 });
  d.text(X0, y, fmtMoney(c.arrears, 'eur-sign'), { font: B, size: 10, w: X2 - X0 - 4, align: 'right', cont: true });
  return y + 20;
}

export const terminationForm = (viaLawyer: boolean): FormFn => (x) => {
  const { d, c, r } = x;
  const f = empty();
  const ord = c.termination.ordinary;
  f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: null }));
  f.address = addrTruth(c); f.landlord = c.landlord.name; f.arrears = c.arrears; f.monthlyRent = c.rent;
  f.ordinaryTermination = ord;
  const h = landlordHead(x, viaLawyer);
  const F = h.font; const B = boldOf(F);
  let y = mm(14);
  if (viaLawyer) {
    d.text(PW - mm(20), y, h.sender[0] ?? '', { font: B, size: 13, w: 0, align: 'right' });
    h.sender.slice(1).forEach((s, i) => d.text(PW - mm(20), y + 18 + i * 11, s, { font: F, size: 8.5, w: 0, align: 'right' }));
  } else {
    d.text(mm(20), y, h.sender[0] ?? '', { font: B, size: c.landlord.person ? 12 : 15 });
    h.sender.slice(1).forEach((s, i) => d.text(mm(20), y + 18 + i * 11, s, { font: F, size: 8.5 }));
  }
  const via = r.chance(0.5) ? (r.pick(['Per Boten', 'Einwurf-Einschreiben', 'Vorab per Einwurf-Einschreiben'])) : '';
  windowBlock(d, h.ret, [...(via ? [via] : []), ...tenantAddressLines(c, true)], F, 10);
  infoBlock(d, mm(125), mm(52), h.info, F, 8.5, 75);
  y = mm(102);
  d.text(mm(25), y, r.pick([
    `Fristlose Kündigung des Mietverhältnisses über die Wohnung ${streetLine(c, false)}, ${cityLine(c)}`,
    `Außerordentliche Kündigung wegen Zahlungsverzugs – Mietobjekt ${streetLine(c, false)}`,
  ]), { font: B, size: 10.5 }); y += 24;
  const W = PW - mm(45); const X = mm(25); const sz = 10.5;
  const salut = c.tenants.map((p) => `${p.sex === 'f' ? 'sehr geehrte Frau' : 'sehr geehrter Herr'} ${p.family}`).join(', ');
  y = d.para(X, y, W, `${salut.charAt(0).toUpperCase()}${salut.slice(1)},`, { font: F, size: sz }) + 4;
  if (viaLawyer && c.lawyer) y = d.para(X, y, W, `hiermit zeigen wir an, dass wir ${c.landlord.person ? '' : 'die '}${landlordPrinted(c.landlord, true)} anwaltlich vertreten; eine auf uns lautende Vollmacht ist beigefügt.`, { font: F, size: sz }) + 6;
  y = d.para(X, y, W, `${viaLawyer ? 'Namens und in Vollmacht unserer Mandantschaft' : 'Wir'} ${viaLawyer ? 'kündigen wir' : 'kündigen'} das mit Ihnen bestehende Mietverhältnis über die oben genannte Wohnung${c.addition ? ` (${c.addition})` : ''} fristlos gemäß §§ 543 Abs. 2 Satz 1 Nr. 3, 569 Abs. 3 BGB. Die monatliche Gesamtmiete beträgt ${fmtMoney(c.rent, 'eur-sign')}. Sie befinden sich mit folgenden Zahlungen in Verzug:`, { font: F, size: sz }) + 6;
  y = arrearsTable(x, y, F, B);
  if (ord) {
    y = d.para(X, y, W, `Hilfsweise kündigen wir das Mietverhältnis zugleich ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist zum ${fmtDate(c.termination.ordinaryTo, 'dmy')} (§ 573 Abs. 2 Nr. 1 BGB). Die hilfsweise ordentliche Kündigung bleibt auch dann wirksam, wenn die fristlose Kündigung durch Zahlung unwirksam werden sollte.`, { font: F, size: sz }) + 6;
  }
  y = ensure(d, y, 120);
  y = d.para(X, y, W, `Wir fordern Sie auf, die Wohnung bis spätestens ${fmtDate(addDays(x.date, r.int(10, 16)), 'dmy')} geräumt an uns herauszugeben. Einer stillschweigenden Verlängerung des Mietverhältnisses nach § 545 BGB widersprechen wir bereits jetzt. Sollten Sie die Wohnung nicht fristgerecht herausgeben, werden wir ohne weitere Ankündigung Räumungsklage erheben.`, { font: F, size: sz }) + 6;
  y = d.para(X, y, W, 'Wir weisen Sie darauf hin, dass Sie sich wegen einer möglichen Übernahme der Mietschulden an das Jobcenter bzw. das Sozialamt wenden können.', { font: F, size: sz }) + 12;
  y = ensure(d, y, 60);
  d.text(X, y, 'Mit freundlichen Grüßen', { font: F, size: sz });
  d.text(X, y + 30, viaLawyer && c.lawyer ? c.lawyer.lawyer : c.landlord.person ? landlordPrinted(c.landlord, false) : `${r.pick(['i. A. Lindemann', 'ppa. Brockmöller', 'i. V. Abdi'])}`, { font: F, size: sz });
  footer(d, viaLawyer && c.lawyer ? [`${c.lawyer.firm} · ${c.lawyer.street}, ${c.lawyer.postal} ${c.lawyer.city} · Anderkonto IBAN ${c.lawyer.iban}`]
    : [`${c.landlord.name} · ${c.landlord.street} · ${c.landlord.postal} ${c.landlord.city} · IBAN ${c.landlord.iban}`, c.landlord.person ? '' : `Sprechzeiten Mietenbuchhaltung: Mo–Do 9–15 Uhr, Fr 9–12 Uhr · Amtsgericht ${c.landlord.city} HRB ${r.int(1000, 99999)}`].filter(Boolean), F, 7);
  return f;
};

export const reminderForm: FormFn = (x) => {
  const { d, c, r } = x;
  const f = empty();
  f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: null }));
  f.address = addrTruth(c); f.landlord = c.landlord.name; f.arrears = c.arrears;
  const showRent = r.chance(0.7);
  f.monthlyRent = showRent ? c.rent : null;
  const h = landlordHead(x, false);
  const F = h.font; const B = boldOf(F);
  d.text(mm(20), mm(14), h.sender[0] ?? '', { font: B, size: 14 });
  h.sender.slice(1).forEach((s, i) => d.text(mm(20), mm(14) + 18 + i * 11, s, { font: F, size: 8.5 }));
  windowBlock(d, h.ret, tenantAddressLines(c, r.chance(0.5)), F, 10);
  infoBlock(d, mm(125), mm(52), h.info, F, 8.5, 75);
  let y = mm(102);
  const level = r.pick(['Zahlungserinnerung', '2. Mahnung', 'Letzte Mahnung vor Kündigung']);
  d.text(mm(25), y, `${level} – Mietkonto ${streetLine(c, false)}`, { font: B, size: 11 }); y += 24;
  const X = mm(25); const W = PW - mm(45); const sz = 10.5;
  y = d.para(X, y, W, 'Sehr geehrte Mieterin, sehr geehrter Mieter,', { font: F, size: sz }) + 4;
  y = d.para(X, y, W, `bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass Ihr Mietkonto einen Rückstand aufweist.${showRent ? ` Die vereinbarte monatliche Miete von ${fmtMoney(c.rent, 'EUR')} ist jeweils bis zum dritten Werktag eines Monats im Voraus zu zahlen.` : ''}`, { font: F, size: sz }) + 6;
  y = arrearsTable(x, y, F, B);
  y = d.para(X, y, W, `Bitte überweisen Sie den offenen Betrag bis zum ${fmtDate(addDays(x.date, 10), 'dmy')} auf das unten angegebene Konto. Sollten Sie sich in einer finanziellen Notlage befinden, sprechen Sie uns bitte an – gemeinsam finden wir eine Lösung.`, { font: F, size: sz }) + 6;
  if (level !== 'Zahlungserinnerung') y = d.para(X, y, W, 'Wir weisen darauf hin, dass ein Rückstand in Höhe von zwei Monatsmieten zur fristlosen Kündigung berechtigt.', { font: F, size: sz }) + 6;
  d.text(X, y + 6, 'Mit freundlichen Grüßen', { font: F, size: sz });
  d.text(X, y + 22, `${c.landlord.person ? landlordPrinted(c.landlord, false) : `${c.landlord.name} – Mietenbuchhaltung`}`, { font: F, size: sz });
  footer(d, [`Bankverbindung: IBAN ${c.landlord.iban} · Verwendungszweck: Mieternummer angeben`, `Diese Zahlungserinnerung wurde maschinell erstellt.`], F, 7);
  return f;
};

// ====================================================================================
// Jobcenter / Sozialamt letters
// ====================================================================================
const AGENCY_FONT: Record<string, FontKey> = {
  'jc-hannover': 'lsans', 'jc-braunschweig': 'sans', 'jc-goettingen': 'cond', 'jc-osnabrueck': 'lsans', 'jc-wiesbaden': 'narrow', 'jc-giessen': 'sans', 'jc-fulda': 'lserif', 'jc-erfurt': 'lsans', 'jc-jena': 'cond',
  'sa-hannover': 'serif', 'sa-braunschweig': 'lserif', 'sa-goettingen': 'sans', 'sa-osnabrueck': 'serif', 'sa-wiesbaden': 'lsans', 'sa-giessen': 'cond', 'sa-fulda': 'narrow', 'sa-erfurt': 'sans', 'sa-jena': 'lserif',
};
function agencyHead(x: FormCtx, a: Agency, variant: number): { F: FontKey; B: FontKey } {
  const { d } = x;
  const F = AGENCY_FONT[a.key] ?? 'sans'; const B = boldOf(F);
  if (variant % 2 === 0) {
    d.text(PW - mm(20), mm(14), a.name, { font: B, size: 15, w: 0, align: 'right' });
    d.text(PW - mm(20), mm(14) + 19, a.unit, { font: F, size: 8.5, w: 0, align: 'right' });
  } else {
    d.fillRect(mm(20), mm(12), 6, 30, '#555555');
    d.text(mm(20) + 12, mm(12), a.name, { font: B, size: 14 });
    d.text(mm(20) + 12, mm(12) + 18, a.unit, { font: F, size: 8.5 });
  }
  return { F, B };
}
function agencyFooter(x: FormCtx, a: Agency, F: FontKey): void {
  footer(x.d, [
    `${a.name} · ${a.street} · ${a.postal} ${a.city} · Telefon ${a.phone}`,
    `Öffnungszeiten: Mo, Di, Fr 8.00–12.00 Uhr, Do 14.00–17.00 Uhr und nach Vereinbarung · Bitte geben Sie bei Antworten stets die ${a.kind === 'jobcenter' ? 'BG-Nummer' : 'Aktennummer'} an.`,
  ], F, 7);
}

/** Jobcenter/Sozialamt letter about taking over rent arrears (to the tenant, copy to the Fachstelle) */
export const agencyLetterForm: FormFn = (x) => {
  const { d, c, r } = x;
  const a = c.agency;
  const f = empty();
  f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: null }));
  f.address = addrTruth(c); f.landlord = c.landlord.name; f.arrears = c.arrears;
  const showRent = r.chance(0.5); f.monthlyRent = showRent ? c.rent : null;
  const mentionOrd = c.termination.ordinary && r.chance(0.6);
  f.ordinaryTermination = mentionOrd ? true : null;
  const variant = a.key.length;
  const { F, B } = agencyHead(x, a, variant);
  windowBlock(d, `${a.name} · ${a.street} · ${a.postal} ${a.city}`, tenantAddressLines(c, true), F, 10);
  infoBlock(d, mm(125), mm(50), [
    [a.kind === 'jobcenter' ? 'BG-Nummer' : 'Aktenzeichen', a.kind === 'jobcenter' ? c.bgNo : `50.2-${c.customerNo}`],
    ['Ansprechpartner/in', r.pick(a.clerks)],
    ['Telefon', a.phone],
    ['Datum', fmtDate(x.date, 'dmy')],
  ], F, 8.5, 78);
  let y = mm(102);
  const approve = r.chance(0.6);
  d.text(mm(25), y, `${approve ? 'Bescheid über die Übernahme von Mietschulden' : 'Ihr Antrag auf Übernahme von Mietrückständen – Anhörung / Mitwirkung'} (${a.kind === 'jobcenter' ? '§ 22 Abs. 8 SGB II' : '§ 36 Abs. 1 SGB XII'})`, { font: B, size: 10.5 }); y += 24;
  const X = mm(25); const W = PW - mm(45); const sz = 10.5;
  y = d.para(X, y, W, `Sehr geehrte${c.tenants[0]?.sex === 'f' ? ' Frau' : 'r Herr'} ${c.tenants[0]?.family ?? ''},`, { font: F, size: sz }) + 4;
  y = d.para(X, y, W, `Sie haben die Übernahme der Mietrückstände für Ihre Wohnung ${streetLine(c, false)}, ${cityLine(c)} gegenüber ${c.landlord.person ? '' : 'der '}${landlordPrinted(c.landlord, true)} beantragt. Nach den vorgelegten Unterlagen bestehen Rückstände in Höhe von ${fmtMoney(c.arrears, 'eur-sign')}.${showRent ? ` Die monatliche Bruttowarmmiete beträgt ${fmtMoney(c.rent, 'eur-sign')}; sie ist im Rahmen der Angemessenheit berücksichtigt.` : ''}`, { font: F, size: sz }) + 6;
  if (approve) {
    y = d.para(X, y, W, `Die Rückstände werden als Darlehen übernommen und unmittelbar an ${c.landlord.person ? '' : 'die '}Vermieter${c.landlord.person ? 'seite' : 'in'} gezahlt. Die Zahlung erfolgt unter der Voraussetzung, dass das Mietverhältnis fortgesetzt wird. Das Darlehen wird ab dem Folgemonat mit monatlich 10 % des Regelbedarfs aufgerechnet.`, { font: F, size: sz }) + 6;
  } else {
    y = d.para(X, y, W, `Um über Ihren Antrag entscheiden zu können, benötigen wir bis zum ${fmtDate(addDays(x.date, 14), 'dmy')}: die Kündigung des Vermieters, eine aktuelle Mietkontenübersicht, Kontoauszüge der letzten drei Monate und eine Erklärung des Vermieters zur Fortsetzung des Mietverhältnisses.`, { font: F, size: sz }) + 6;
  }
  if (mentionOrd) y = d.para(X, y, W, 'Bitte beachten Sie: Die Vermieterseite hat neben der fristlosen auch hilfsweise die ordentliche Kündigung erklärt. Die Zahlung der Rückstände beseitigt nur die fristlose Kündigung; klären Sie daher bitte mit der Vermieterseite die Rücknahme der ordentlichen Kündigung.', { font: F, size: sz }) + 6;
  y = ensure(d, y, 90);
  y = d.para(X, y, W, `Eine Kopie dieses Schreibens erhält mit Ihrem Einverständnis die ${FACHSTELLE.name}, die Sie gern berät.`, { font: F, size: sz }) + 10;
  d.text(X, y, 'Mit freundlichen Grüßen', { font: F, size: sz });
  d.text(X, y + 14, `Im Auftrag ${r.pick(a.clerks).replace(/^(Frau|Herr) /, '')}`, { font: F, size: sz });
  agencyFooter(x, a, F);
  return f;
};

/** cover letter page (for forwarded documents) – draws page 1 only */
export function coverPage(x: FormCtx, docLabel: string, courtName: string | null, fileNo: string | null): void {
  const { d, c, r } = x;
  const a = c.agency;
  const variant = a.key.length + (a.kind === 'sozialamt' ? 1 : 0);
  const { F, B } = agencyHead(x, a, variant + 1);
  windowBlock(d, `${a.name} · ${a.street} · ${a.postal} ${a.city}`, [FACHSTELLE.org, FACHSTELLE.name, 'z. Hd. Team Prävention', FACHSTELLE.street, `${FACHSTELLE.postal} ${FACHSTELLE.city}`], F, 10);
  const info: [string, string][] = a.kind === 'jobcenter'
    ? [['Kundennummer', c.customerNo], ['BG-Nummer', c.bgNo], ['Bearbeitung', r.pick(a.clerks)], ['Telefon', a.phone], ['Datum', fmtDate(x.date, 'dmy')]]
    : [['Aktenzeichen', `50.2-${c.customerNo}`], ['Bearbeitung', r.pick(a.clerks)], ['Telefon', a.phone], ['Datum', fmtDate(x.date, 'dmy')]];
  infoBlock(d, mm(125), mm(50), info, F, 8.5, 70);
  let y = mm(105);
  const st = variant % 3;
  d.text(mm(25), y, st === 0 ? 'Weiterleitung zur Kenntnis und weiteren Veranlassung' : st === 1 ? 'Übersendung einer gerichtlichen Mitteilung – Wohnungssicherung' : 'Wohnungsnotfall / Prävention – Weitergabe', { font: B, size: 11 }); y += 16;
  if (r.chance(0.6)) { d.text(mm(25), y, `Leistungsberechtigte: ${c.tenants.map((p) => fmtName(p, 'comma')).join('; ')}`, { font: F, size: 10 }); y += 14; }
  y += 10;
  const X = mm(25); const W = PW - mm(45); const sz = 10.5;
  y = d.para(X, y, W, 'Sehr geehrte Damen und Herren,', { font: F, size: sz }) + 4;
  y = d.para(X, y, W, `anbei erhalten Sie ${docLabel}${courtName ? ` des ${courtName.replace('Amtsgericht', 'Amtsgerichts')}` : ''}${fileNo ? ` (${fileNo})` : ''}, die uns am ${fmtDate(addDays(x.date, -r.int(1, 4)), 'dmy')} zugegangen ist, mit der Bitte um Kontaktaufnahme mit dem Haushalt im Rahmen der vereinbarten Präventionsarbeit.`, { font: F, size: sz }) + 6;
  y = d.para(X, y, W, r.pick([
    'Der Haushalt steht bei uns im laufenden Leistungsbezug. Ein Antrag auf Übernahme der Mietschulden liegt bislang nicht vor.',
    'Leistungen werden derzeit nicht bezogen. Bitte informieren Sie uns über das Ergebnis Ihrer Beratung.',
    'Ein Antrag auf Übernahme der Rückstände ist gestellt und noch nicht beschieden. Rückmeldungen bitte an die oben genannte Sachbearbeitung.',
  ]), { font: F, size: sz }) + 6;
  y = d.para(X, y, W, 'Die Übermittlung erfolgt auf Grundlage von § 69 Abs. 1 Nr. 1 SGB X. Bitte behandeln Sie die Unterlagen vertraulich.', { font: F, size: sz }) + 12;
  d.text(X, y, 'Mit freundlichen Grüßen', { font: F, size: sz });
  d.text(X, y + 14, 'Im Auftrag', { font: F, size: sz });
  d.text(X, y + 40, `Anlage: ${docLabel.replace(/^(die|eine|das|den|ein) /, '')}`, { font: F, size: 9 });
  agencyFooter(x, a, F);
}

/** a cover letter that arrived without its enclosure: classified as other */
export const coverOnlyForm: FormFn = (x) => {
  const { d, c, r } = x;
  const a = c.agency;
  const f = empty();
  f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: null }));
  f.address = addrTruth(c);
  const variant = a.key.length + 1;
  const { F, B } = agencyHead(x, a, variant);
  windowBlock(d, `${a.name} · ${a.street} · ${a.postal} ${a.city}`, [FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.postal} ${FACHSTELLE.city}`], F, 10);
  infoBlock(d, mm(125), mm(50), [['Kundennummer', c.customerNo], ['Bearbeitung', r.pick(a.clerks)], ['Datum', fmtDate(x.date, 'dmy')]], F, 8.5, 70);
  let y = mm(105);
  d.text(mm(25), y, 'Drohender Wohnungsverlust – Bitte um Kontaktaufnahme', { font: B, size: 11 }); y += 26;
  const X = mm(25); const W = PW - mm(45); const sz = 10.5;
  y = d.para(X, y, W, 'Sehr geehrte Damen und Herren,', { font: F, size: sz }) + 4;
  y = d.para(X, y, W, `nach unseren Informationen droht ${c.tenants.length > 1 ? 'dem Haushalt' : ''} ${tenantsInline(c.tenants, true)}${c.tenants.length === 1 ? ` (${birthStr(c.tenants[0]!, 'geb')})` : ''}, wohnhaft ${streetLine(c, false)}${c.addition ? `, ${c.addition}` : ''}, ${cityLine(c)}, der Verlust der Wohnung. Die gerichtliche Mitteilung reichen wir nach, sobald sie uns vorliegt.`, { font: F, size: sz }) + 6;
  if (c.tenants.length === 1) f.tenants = c.tenants.map((p) => ({ name: fullName(p), birthDate: p.birth }));
  y = d.para(X, y, W, 'Wir bitten Sie, mit dem Haushalt Kontakt aufzunehmen und uns über das Ergebnis zu informieren. Vielen Dank für die Zusammenarbeit.', { font: F, size: sz }) + 12;
  d.text(X, y, 'Mit freundlichen Grüßen', { font: F, size: sz });
  d.text(X, y + 14, 'Im Auftrag', { font: F, size: sz });
  agencyFooter(x, a, F);
  return f;
};

export type { Fields };
