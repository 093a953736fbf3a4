/** Court notices (Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII), one layout per court software. */
import { Sheet, MM } from './sheet.js';
import { type Ctx, type Person, registerTenants, flatLines, flatOneLine, randomAddrStyle, fileNoPrinted, fullName, familyFirst, tenantsJoined } from './model.js';
import { fmtDate, fmtMoney, fmtTime } from './format.js';
import { windowBlock, courtFooter, personWithBirth, tableRow, pageNo, clerkFor, ROOMS } from './parts.js';

function noticeBase(c: Ctx): void {
  const h = c.h;
  c.f.court = `Amtsgericht ${h.court.place}`;
  c.f.fileNumber = h.fileNumber;
  c.f.address = { ...h.flat };
  c.f.landlord = h.landlord.truth;
  c.f.claimReceived = h.claimReceived;
  c.f.monthlyRent = h.rent;
  c.f.arrears = h.arrears;
  if (c.d.flags.servedOnNotice) c.f.claimServed = h.claimServed;
  if (c.d.flags.hearingOnNotice) c.f.hearing = { ...h.hearing };
}
function room(c: Ctx): string {
  return c.h.hearing.room;
}
export function pickRoom(courtKey: string, r: () => number): string {
  const rooms = ROOMS[courtKey] ?? ['Saal 1'];
  return rooms[Math.floor(r() * rooms.length)] ?? 'Saal 1';
}

export function cnTabform(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  noticeBase(c);
  const withBirth = c.rng.chance(0.6);
  registerTenants(c, withBirth);
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
  y = s.t(ix, y + 6, `Datum: ${fmtDate(c.d.letterDate, 'dots')}`, { size: 9 });
  y = s.t(ix, y, `Durchwahl: ${ct.phone.replace(/-0$/, '')}-${c.rng.int(200, 299)}`, { size: 9 });
  s.t(ix, y, `Bearbeiter/in: ${clerkFor(c)}`, { size: 9 });
  y = 105 * MM;
  y = s.t(25 * MM, y, 'Mitteilung in Zivilsachen – Räumungsrechtsstreit', { font: 'sansB', size: 11.5 });
  y = s.t(25 * MM, y, 'gemäß § 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII (MiZi Abschnitt IV Nr. 1)', { size: 9 });
  y = s.para(25 * MM, y + 10, 160 * MM, 'Sehr geehrte Damen und Herren, in dem nachstehend bezeichneten Rechtsstreit wegen Räumung von Wohnraum wird Ihnen Folgendes mitgeteilt:', { size: 9.5 });
  y += 8;
  const L = 25 * MM;
  const V = 78 * MM;
  const W = 110 * MM;
  const rowOpts = { size: 9.5, lf: 'sans' as const, vf: 'sans' as const };
  y = tableRow(s, y, L, 50 * MM, V, W, 'Eingang der Klage:', [fmtDate(h.claimReceived, 'dots')], rowOpts) + 4;
  const ll = h.landlord;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Klagende Partei:', [`${ll.salutation === 'Eheleute' ? 'Eheleute ' : ''}${ll.truth}, ${ll.street}, ${ll.postal} ${ll.city}`], rowOpts) + 4;
  if (h.lawyer) y = tableRow(s, y, L, 50 * MM, V, W, 'Prozessbevollmächtigte:', [`${h.lawyer.firm.join(' ')}, ${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city}`], rowOpts) + 4;
  const tl = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${personWithBirth(p, withBirth, false)}`);
  y = tableRow(s, y, L, 50 * MM, V, W, h.tenants.length > 1 ? 'Beklagte Parteien:' : 'Beklagte Partei:', tl, rowOpts) + 4;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Lage der Wohnung:', [flatOneLine(h.flat, as)], { ...rowOpts, tag: 'addr' }) + 4;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Monatliche Miete:', [`${fmtMoney(h.rent, 'eur')} (lt. Klageschrift)`], rowOpts) + 4;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Mietrückstand/ Nutzungsentschädigung:', [fmtMoney(h.arrears, 'eur')], rowOpts) + 4;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Zustellung der Klage:', [c.d.flags.servedOnNotice ? `am ${fmtDate(h.claimServed, 'dots')}` : 'noch nicht veranlasst'], rowOpts) + 4;
  const hr = c.d.flags.hearingOnNotice ? [`${fmtDate(h.hearing.date, 'weekdayDots')}, ${fmtTime(h.hearing.time, 'colon')}, ${room(c)}`] : ['noch nicht bestimmt'];
  y = tableRow(s, y, L, 50 * MM, V, W, 'Termin zur mündlichen Verhandlung:', hr, rowOpts) + 4;
  y = tableRow(s, y, L, 50 * MM, V, W, 'Streitwert (vorläufig):', [fmtMoney(h.rent * 12, 'eur')], rowOpts) + 10;
  y = s.para(25 * MM, y, 160 * MM, 'Die Mitteilung dient dazu, dem Träger der Grundsicherung die Prüfung zu ermöglichen, ob Wohnungslosigkeit durch Übernahme der Mietschulden abgewendet werden kann. Weitere Auskünfte aus der Akte können nicht erteilt werden.', { size: 8.5 });
  y = s.t(25 * MM, y + 10, 'Mit freundlichen Grüßen', { size: 9.5 });
  y = s.t(25 * MM, y + 4, 'Auf Anordnung', { size: 9.5 });
  y = s.t(25 * MM, y, `${clerkFor(c)}, Justizbeschäftigte(r)`, { size: 9.5 });
  s.t(25 * MM, y + 4, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 7.5 });
  courtFooter(s, ct);
}

export function cnOldVordruck(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  noticeBase(c);
  const withBirth = c.rng.chance(0.7);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'mono';
  s.size = 9;
  s.t(50, 36, 'MiZi-Vordruck IV/1 (Räumungssachen)   Stand 11.2009', { size: 7 });
  s.t(50, 54, `AMTSGERICHT ${ct.place.toUpperCase()}`, { font: 'monoB', size: 12 });
  s.t(50, 69, `${ct.street}, ${ct.postal} ${ct.place}   Tel. ${ct.phone}`, { size: 8 });
  s.t(370, 54, 'Geschäfts-Nr.:', { size: 9 });
  s.t(370, 67, fileNoPrinted(h.fileNumber, 'wide'), { font: 'monoB', size: 11, tag: 'hl' });
  let y = 110;
  for (const l of ct.authority) y = s.t(60, y, l, { size: 10 });
  s.t(370, 110, `${ct.place}, ${fmtDate(c.d.letterDate, 'dots2')}`, { size: 9 });
  y = 200;
  y = s.t(50, y, 'Mitteilung nach § 22 Abs. 6 SGB II bzw. § 34 Abs. 2 SGB XII', { font: 'monoB', size: 10.5 });
  y = s.t(50, y, '(Klage auf Räumung von Wohnraum wegen Zahlungsverzuges)', { size: 9 });
  y += 12;
  const X0 = 50, X1 = 220, X2 = 548;
  const box = (label: string, value: string[]): void => {
    const top = y;
    y = tableRow(s, y + 5, X0 + 5, X1 - X0 - 10, X1 + 6, X2 - X1 - 12, label, value, { lf: 'mono', vf: 'mono', size: 9, lead: 12.5 }) + 3;
    s.rect(X0, top, X2 - X0, y - top, { lw: 0.8 });
    s.vline(X1, top, y, 0.8);
  };
  box('1. Tag des Eingangs der Klage', [fmtDate(h.claimReceived, 'dots2')]);
  const ll = h.landlord;
  box('2. Parteien a) Kläger/in', [`${ll.truth}`, `${ll.street}, ${ll.postal} ${ll.city}`]);
  const tl = h.tenants.map((p) => personWithBirth(p, withBirth, true));
  box('   b) Beklagte/r', [...tl, `wohnhaft: ${flatOneLine(h.flat, as)}`]);
  box('3. Höhe der monatlich zu entrichtenden Miete', [fmtMoney(h.rent, 'eur')]);
  box('4. Höhe des geltend gemachten Mietrückstandes und der Entschädigung', [fmtMoney(h.arrears, 'eur')]);
  const hr = c.d.flags.hearingOnNotice ? [`${fmtDate(h.hearing.date, 'dots2')}, ${fmtTime(h.hearing.time, 'dot')}`, room(c)] : ['ist noch nicht bestimmt'];
  box('5. Termin zur mündlichen Verhandlung', hr);
  box('6. Tag der Rechtshängigkeit (sofern bekannt)', [c.d.flags.servedOnNotice ? fmtDate(h.claimServed, 'dots2') : '---']);
  y += 14;
  y = s.para(50, y, 495, 'Die Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit des Mieters beruht.', { size: 8 });
  y = s.t(50, y + 16, `Auf Anordnung: ${clerkFor(c)}`, { size: 9 });
  s.t(50, y + 2, 'Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle', { size: 8 });
  s.t(50, 805, `Vordr. ZP 401 – AG ${ct.place} – Fax ${ct.fax}`, { size: 6.5 });
}

export function cnProse(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  noticeBase(c);
  registerTenants(c, false);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'serif';
  s.t(0, 38, `Amtsgericht ${ct.place}`, { font: 'serifB', size: 16, align: 'center', width: 595 });
  s.t(0, 58, '– Zivilabteilung –', { size: 9, align: 'center', width: 595 });
  s.hline(25 * MM, 190 * MM, 74, 0.8);
  windowBlock(s, `Amtsgericht ${ct.place} · ${ct.street} · ${ct.postal} ${ct.place}`, ct.authority, { font: 'serif' });
  let y = 52 * MM;
  const ix = 130 * MM;
  y = s.t(ix, y, 'Aktenzeichen', { size: 8 });
  y = s.t(ix, y, fileNoPrinted(h.fileNumber, 'std'), { font: 'serifB', size: 11, tag: 'hl' });
  y = s.t(ix, y + 4, `${ct.place}, ${fmtDate(c.d.letterDate, 'long')}`, { size: 9.5 });
  s.t(ix, y, `Tel. ${ct.phone}`, { size: 8.5 });
  const ll = h.landlord;
  const defendants = h.couple ? `die Eheleute ${tenantsJoined(h)}` : h.tenants.length === 1 ? `${(h.tenants[0] as Person).male ? 'Herrn' : 'Frau'} ${fullName(h.tenants[0] as Person)}` : tenantsJoined(h);
  y = 108 * MM;
  y = s.t(25 * MM, y, `Räumungsrechtsstreit ${ll.truth} ./. ${(h.tenants[0] as Person).family}${h.tenants.length > 1 ? ' u. a.' : ''}`, { font: 'serifB', size: 10 });
  y = s.t(25 * MM, y, 'hier: Mitteilung gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII', { font: 'serifB', size: 10 });
  y += 12;
  y = s.t(25 * MM, y, 'Sehr geehrte Damen und Herren,', { size: 10.5 });
  y += 6;
  const rep = h.lawyer ? `, vertreten durch ${h.lawyer.firm.join(' ')} in ${h.lawyer.city},` : '';
  const served = c.d.flags.servedOnNotice ? ` Die Klageschrift ist ${h.tenants.length > 1 ? 'den Beklagten' : 'der beklagten Partei'} am ${fmtDate(h.claimServed, 'long')} zugestellt worden.` : ' Die Zustellung der Klage ist veranlasst.';
  const hearing = c.d.flags.hearingOnNotice
    ? ` Termin zur mündlichen Verhandlung ist bestimmt auf ${fmtDate(h.hearing.date, 'weekdayLong')}, ${fmtTime(h.hearing.time, 'dot')}, ${room(c)}.`
    : ' Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.';
  const text = [
    `gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII teile ich Ihnen mit, dass bei dem hiesigen Gericht am ${fmtDate(h.claimReceived, 'long')} eine Klage ${ll.kind === 'company' ? 'der' : 'von'} ${ll.salutation === 'Eheleute' ? 'Eheleuten ' : ''}${ll.truth}, ${ll.street}, ${ll.postal} ${ll.city}${rep} gegen ${defendants}, wohnhaft ${flatOneLine(h.flat, as)}, auf Räumung und Herausgabe der Wohnung eingegangen ist.`,
    `Die Klage wird auf Zahlungsverzug gestützt. Die monatlich zu entrichtende Miete beträgt nach den Angaben in der Klageschrift ${fmtMoney(h.rent, 'euroSign')}. Geltend gemacht werden Mietrückstände und Nutzungsentschädigung in Höhe von insgesamt ${fmtMoney(h.arrears, 'euroSign')} nebst Zinsen.${served}${hearing}`,
    'Ob die Voraussetzungen für eine Übernahme der Mietschulden vorliegen, bitte ich in eigener Zuständigkeit zu prüfen. Eine Rückäußerung an das Gericht ist nicht erforderlich.',
  ];
  for (const p of text) y = s.para(25 * MM, y, 160 * MM, p, { size: 10.5, lead: 14.5 }) + 7;
  y = s.t(25 * MM, y + 6, 'Mit freundlichen Grüßen', { size: 10.5 });
  y = s.t(25 * MM, y + 18, `${clerkFor(c)}`, { font: 'serifI', size: 10.5 });
  s.t(25 * MM, y, 'Justizfachangestellte', { size: 9 });
  courtFooter(s, ct, 'serif');
}

export function cnTwopage(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  noticeBase(c);
  const withBirth = c.rng.chance(0.5);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  const fn = fileNoPrinted(h.fileNumber, ct.key === 'da' ? 'tight' : 'std');
  s.addPage();
  s.font = 'cond';
  s.t(25 * MM, 34, `AMTSGERICHT ${ct.place.toUpperCase()}`, { font: 'condB', size: 13 });
  s.t(25 * MM, 50, `${ct.state} · Zivilabteilung`, { size: 8.5 });
  s.t(125 * MM, 34, ct.street, { size: 8.5 });
  s.t(125 * MM, 45, `${ct.postal} ${ct.place}`, { size: 8.5 });
  s.t(125 * MM, 56, `Telefon ${ct.phone}`, { size: 8.5 });
  s.foldMarks();
  windowBlock(s, `AG ${ct.place} – ${ct.street} – ${ct.postal} ${ct.place}`, ct.authority, { font: 'cond' });
  let y = 55 * MM;
  y = s.row(y, [[125 * MM, 'Unser Zeichen:'], [155 * MM, fn, { font: 'condB', tag: 'hl' }]], { size: 9.5 });
  y = s.row(y, [[125 * MM, 'Datum:'], [155 * MM, fmtDate(c.d.letterDate, 'dots')]], { size: 9.5 });
  y = 105 * MM;
  y = s.t(25 * MM, y, 'Mitteilung nach § 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII', { font: 'condB', size: 11 });
  y = s.t(25 * MM, y, '(vormals § 15a Abs. 2 BSHG) – Räumungsklage wegen Mietrückständen', { size: 9.5 });
  y += 10;
  y = s.para(25 * MM, y, 160 * MM, 'Sehr geehrte Damen und Herren,', { size: 10 });
  y = s.para(25 * MM, y + 4, 160 * MM, `bei dem Amtsgericht ${ct.place} ist am ${fmtDate(h.claimReceived, 'dots')} eine Klage auf Räumung von Wohnraum eingegangen, die auf Zahlungsverzug des Mieters gestützt wird. Zur Prüfung möglicher Hilfen zur Sicherung der Unterkunft erhalten Sie die gesetzlich vorgesehenen Angaben.`, { size: 10, lead: 13.5 });
  y = s.para(25 * MM, y + 6, 160 * MM, 'Die Angaben zu den Parteien und zum Mietverhältnis finden Sie auf der folgenden Seite.', { size: 10 });
  y = s.para(25 * MM, y + 6, 160 * MM, 'Bitte beachten Sie, dass die übermittelten Daten nur zu dem Zweck verwendet werden dürfen, zu dessen Erfüllung sie übermittelt worden sind (§ 19 EGGVG).', { size: 9 });
  courtFooter(s, ct, 'cond');
  pageNo(s, 1, 2, 'cond', 786);
  s.addPage();
  s.t(25 * MM, 36, `Amtsgericht ${ct.place}`, { size: 8.5 });
  s.t(125 * MM, 36, `Az.: ${fn}`, { size: 8.5 });
  y = 80;
  y = s.t(25 * MM, y, 'Angaben zum Verfahren', { font: 'condB', size: 11.5 });
  s.hline(25 * MM, 185 * MM, y, 0.5);
  y += 10;
  const L = 25 * MM, V = 72 * MM, WL = 45 * MM, WV = 112 * MM;
  const o = { lf: 'condB' as const, vf: 'cond' as const, size: 10 };
  y = tableRow(s, y, L, WL, V, WV, 'Klageeingang', [fmtDate(h.claimReceived, 'dots')], o) + 6;
  const ll = h.landlord;
  y = tableRow(s, y, L, WL, V, WV, 'Klägerseite', [`${ll.salutation === 'Eheleute' ? 'Eheleute ' : ''}${ll.truth}`, `${ll.street}, ${ll.postal} ${ll.city}`, ...(h.lawyer ? [`Proz.-Bev.: ${h.lawyer.firm.join(' ')}, ${h.lawyer.city}`] : [])], o) + 6;
  const tl = h.tenants.map((p, i) => `${h.tenants.length > 1 ? `Beklagte${p.male ? 'r' : ''} zu ${i + 1}.: ` : ''}${personWithBirth(p, withBirth, false, '*')}`);
  y = tableRow(s, y, L, WL, V, WV, 'Beklagtenseite', tl, o) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Mietobjekt', flatLines(h.flat, as), { ...o, tag: 'addr' }) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Miete mtl.', [`${fmtMoney(h.rent, 'euroSign')} (Bruttowarmmiete)`], o) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Rückstand', [`${fmtMoney(h.arrears, 'euroSign')} (Miete und Nutzungsentschädigung)`], o) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Rechtshängigkeit', [c.d.flags.servedOnNotice ? fmtDate(h.claimServed, 'dots') : 'Zustellung noch nicht nachgewiesen'], o) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Termin', [c.d.flags.hearingOnNotice ? `${fmtDate(h.hearing.date, 'dots')}, ${fmtTime(h.hearing.time, 'colon')}, ${room(c)}` : 'noch nicht bestimmt'], o) + 6;
  y = tableRow(s, y, L, WL, V, WV, 'Gerichtskosten', [`eingezahlt ${fmtMoney(Math.round(h.rent * 0.9), 'euroSign')}`], o) + 20;
  y = s.t(25 * MM, y, `${clerkFor(c)}`, { size: 10 });
  s.t(25 * MM, y, 'Urkundsbeamter/in der Geschäftsstelle', { size: 8.5 });
  pageNo(s, 2, 2, 'cond', 786);
}

export function cnRuled(s: Sheet, c: Ctx): void {
  const h = c.h;
  const ct = h.court;
  noticeBase(c);
  const withBirth = c.rng.chance(0.5);
  registerTenants(c, withBirth);
  const as = randomAddrStyle(c.rng);
  s.addPage();
  s.font = 'sans';
  s.rect(25 * MM, 30, 160 * MM, 40, { fill: '#e8e8e8' });
  s.t(25 * MM + 8, 38, `Amtsgericht ${ct.place}`, { font: 'sansB', size: 14 });
  s.t(25 * MM + 8, 56, `${ct.street} | ${ct.postal} ${ct.place} | Tel. ${ct.phone} | Fax ${ct.fax}`, { size: 7.5 });
  windowBlock(s, `Amtsgericht ${ct.place}, ${ct.postal} ${ct.place}`, ct.authority);
  s.row(52 * MM, [[130 * MM, 'Datum'], [150 * MM, fmtDate(c.d.letterDate, 'dots')]], { size: 9 });
  let y = 100 * MM;
  y = s.t(25 * MM, y, 'Benachrichtigung über eine Räumungsklage', { font: 'sansB', size: 12 });
  y = s.t(25 * MM, y, '§ 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { size: 9 });
  y += 8;
  const X0 = 25 * MM, X1 = 85 * MM, X2 = 185 * MM;
  const row = (label: string, value: string[], tag?: string): void => {
    const top = y;
    const o: { lf: 'sans'; vf: 'sans'; size: number; tag?: string } = { lf: 'sans', vf: 'sans', size: 9 };
    if (tag) o.tag = tag;
    s.rect(X0, top, X1 - X0, 4, { fill: '#ffffff' });
    const end = tableRow(s, y + 5, X0 + 4, X1 - X0 - 8, X1 + 5, X2 - X1 - 10, label, value, o) + 3;
    s.rect(X0, top, X1 - X0, end - top, { stroke: '#333', lw: 0.7 });
    s.rect(X1, top, X2 - X1, end - top, { stroke: '#333', lw: 0.7 });
    y = end;
  };
  row('Aktenzeichen', [fileNoPrinted(h.fileNumber, 'std')], 'hl');
  row('Eingang der Klageschrift', [fmtDate(h.claimReceived, 'dots')]);
  const ll = h.landlord;
  row(ll.kind === 'company' ? 'Klägerin' : 'Kläger', [ll.truth, `${ll.street}, ${ll.postal} ${ll.city}`]);
  if (h.lawyer) row('Prozessbevollmächtigte', [h.lawyer.firm.join(' '), `${h.lawyer.street}, ${h.lawyer.postal} ${h.lawyer.city}`]);
  row(h.tenants.length > 1 ? 'Beklagte (gesamtschuldnerisch)' : 'Beklagte/r', h.tenants.map((p) => personWithBirth(p, withBirth, true)));
  row('Anschrift der Wohnung', flatLines(h.flat, as), 'addr');
  row('Höhe der Monatsmiete', [fmtMoney(h.rent, 'euroPrefix')]);
  row('Geltend gemachter Rückstand (Miete und Entschädigung)', [fmtMoney(h.arrears, 'euroPrefix')]);
  row('Zustellung an Beklagte', [c.d.flags.servedOnNotice ? fmtDate(h.claimServed, 'dots') : '–']);
  row('Termin zur mündlichen Verhandlung', [c.d.flags.hearingOnNotice ? `${fmtDate(h.hearing.date, 'weekdayDots')}, ${fmtTime(h.hearing.time, 'colon')}, ${room(c)}` : 'noch nicht bestimmt']);
  y += 14;
  y = s.para(25 * MM, y, 160 * MM, `Für Rückfragen: Geschäftsstelle der Abteilung ${h.fileNumber.split(' ')[0] ?? ''}, Zimmer ${c.rng.int(100, 240)}.`, { size: 8.5 });
  s.t(25 * MM, y + 8, `gez. ${clerkFor(c)}, Justizangestellte`, { size: 9 });
  courtFooter(s, ct);
  void familyFirst;
}
