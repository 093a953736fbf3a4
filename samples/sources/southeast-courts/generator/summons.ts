/** Hearing summonses / Terminsmitteilungen, one per court family. */
import { plaintiffLabel, birthText, cityLine, courtName, flatOneLine, landlordAddress, namesJoined, plural, setAddress, setHearing, setTenants, streetLine, table, title, type Ctx } from './common.js';
import { headBebb, headBy, headEast, headObk, obkFooter, recipient } from './court-heads.js';
import { dLong, dNum, dWeekLong, dWeekNum, fmtTime, weekdayName } from './fmt.js';
import { reversed } from './people.js';

function base(c: Ctx): void {
  c.t.court = courtName(c.h);
  c.t.fileNumber = c.h.fileNumber;
  c.t.landlord = c.h.landlord.name;
  setHearing(c);
}

/** Bavaria: Terminsmitteilung to the authority, referring to the first notice. */
export function summonsBy(c: Ctx): void {
  const { s, h, spec, rng } = c;
  base(c);
  setTenants(c, false);
  setAddress(c);
  c.t.claimReceived = h.claimReceived;
  let y = headBy(c, spec.letterDate, 'Abteilung für Zivilsachen');
  for (const l of recipient(h.court, 0)) {
    s.text(25, y, l, { font: 'arial', size: 10 });
    y += 4.6;
  }
  y = 90;
  s.text(25, y, 'Terminsmitteilung', { font: 'arialB', size: 12 });
  y += 6;
  s.text(25, y, `zu unserer Mitteilung nach § 22 Abs. 9 SGB II (Klageeingang: ${dNum(h.claimReceived)})`, { font: 'arial', size: 9 });
  y += 9;
  const rows: string[][][] = [
    [['Verfahren'], [`${h.landlord.name} gegen ${h.tenants.map((p) => p.family).join(', ')}`]],
    [['Beklagte'], h.tenants.map((p) => reversed(p))],
    [['Wohnung'], [flatOneLine(h, true)]],
    [['Termin'], [`${dWeekNum(h.hearing.date)}, ${fmtTime(h.hearing.time, 'colon')}`]],
    [['Sitzungssaal'], [h.hearing.room, `${h.court.street}, ${h.court.zip} ${h.court.city}`]],
  ];
  y = table(s, 25, y, [40, 125], rows, { size: 9.5, reg: 'arial', bold: 'arialB', boldFirst: true });
  y += 6;
  y = s.para(25, y, 165, rng.pick([
    'Der Termin dient der Güteverhandlung und, falls diese erfolglos bleibt, der unmittelbar anschließenden mündlichen Verhandlung.',
    'Das persönliche Erscheinen der Parteien ist angeordnet. Terminsverlegungen werden gesondert mitgeteilt.',
  ]), { font: 'arial', size: 9 });
  s.text(25, 266, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { font: 'arial', size: 7 });
}

/** Saxony/Thuringia: Ladung to the defendants (copy reaches the service via the tenant). */
export function summonsEast(c: Ctx): void {
  const { s, h, spec, rng } = c;
  base(c);
  setTenants(c, false);
  setAddress(c);
  headEast(c, spec.letterDate, '—');
  let y = 36;
  const names = h.tenants.map((p) => `${title(p)} ${p.given} ${p.family}`);
  for (const l of [...names, streetLine(h, rng.chance(0.5)), ...(h.flat.addition ? [h.flat.addition] : []), cityLine(h)]) {
    s.text(25, y, l, { font: 'serif', size: 10 });
    y += 4.8;
  }
  y = Math.max(y, 80) + 8;
  s.text(25, y, 'Zustellung gegen Zustellungsurkunde', { font: 'serifI', size: 8.5 });
  y += 7;
  y = s.para(25, y, 160, `In Sachen ${h.landlord.name}, ${landlordAddress(h)} ${plaintiffLabel(h)} gegen ${namesJoined(h.tenants, 'und')} – Beklagte${plural(h) ? '' : 'r'} – wegen Räumung und Zahlung`, { font: 'serifB', size: 10, gap: 1 });
  y += 4;
  s.text(25, y, 'Ladung zum Termin', { font: 'serifB', size: 12 });
  y += 8;
  y = s.para(25, y, 160, `${plural(h) ? 'Sie werden' : 'Sie werden'} hiermit zu dem Termin zur Güteverhandlung und mündlichen Verhandlung geladen, der bestimmt ist auf`, { font: 'serif', size: 10, gap: 1 });
  y += 2;
  s.text(35, y, `${weekdayName(h.hearing.date)}, ${dLong(h.hearing.date)}, um ${fmtTime(h.hearing.time, 'dot')}`, { font: 'serifB', size: 11 });
  y += 6;
  s.text(35, y, `${h.hearing.room}, Amtsgericht ${h.court.place}, ${h.court.street}`, { font: 'serifB', size: 10 });
  y += 9;
  y = s.para(25, y, 160, 'Wenn Sie im Termin nicht erscheinen, kann auf Antrag der Gegenseite ein Versäumnisurteil gegen Sie ergehen. Sie können sich durch eine bevollmächtigte Person vertreten lassen. Bitte bringen Sie diese Ladung und einen Lichtbildausweis mit.', { font: 'serif', size: 10, gap: 1 });
  y += 8;
  s.text(25, y, 'Auf richterliche Anordnung', { font: 'serif', size: 10 });
  s.text(25, y + 5, `${rng.pick(['Opitz', 'Förster', 'Kühn'])}, Urkundsbeamtin der Geschäftsstelle`, { font: 'serif', size: 10 });
  s.text(25, 270, `${courtName(h)} · ${h.court.street} · ${h.court.zip} ${h.court.city}`, { font: 'serif', size: 7 });
}

/** Berlin/Brandenburg: Terminsbenachrichtigung, condensed; sometimes a moved hearing. */
export function summonsBebb(c: Ctx): void {
  const { s, h, spec, rng } = c;
  base(c);
  const withBirth = rng.chance(0.5);
  setTenants(c, withBirth);
  let y = headBebb(c, spec.letterDate, 'Datum');
  for (const l of recipient(h.court, 1)) {
    s.text(25, y, l, { font: 'cond', size: 10 });
    y += 4.5;
  }
  y = 78;
  s.text(25, y, 'Terminsbenachrichtigung', { font: 'condB', size: 12 });
  y += 8;
  s.text(25, y, 'In dem Rechtsstreit', { font: 'cond', size: 9.5 });
  y += 5;
  s.text(25, y, `${h.landlord.name}`, { font: 'condB', size: 9.5 });
  y += 4.6;
  s.text(25, y, plaintiffLabel(h), { font: 'cond', size: 9.5 });
  y += 5;
  s.text(25, y, 'gegen', { font: 'cond', size: 9.5 });
  y += 5;
  h.tenants.forEach((p, i) => {
    s.text(25, y, `${plural(h) ? `${i + 1}. ` : ''}${reversed(p)}${withBirth && p.birth ? `, ${birthText(p, 'geb')}` : ''}`, { font: 'condB', size: 9.5 });
    y += 4.6;
  });
  const withAddr = rng.chance(0.6);
  if (withAddr) {
    setAddress(c);
    s.text(25, y, `${plural(h) ? 'alle ' : ''}wohnhaft ${flatOneLine(h, true)}`, { font: 'cond', size: 9.5 });
    y += 4.6;
  }
  s.text(25, y, `– Beklagte${plural(h) ? '' : 'r'} –`, { font: 'cond', size: 9.5 });
  y += 9;
  const moved = rng.chance(0.35);
  if (moved) {
    y = s.para(25, y, 165, `Der bisherige Termin wird aus dienstlichen Gründen aufgehoben. Neuer Termin zur mündlichen Verhandlung:`, { font: 'cond', size: 10 });
  } else {
    y = s.para(25, y, 165, 'Termin zur mündlichen Verhandlung ist anberaumt auf:', { font: 'cond', size: 10 });
  }
  y += 2;
  s.row(y, [{ x: 35, text: 'Datum:', font: 'cond', size: 10 }, { x: 60, text: dWeekNum(h.hearing.date), font: 'condB', size: 10 }]);
  y += 5.5;
  s.row(y, [{ x: 35, text: 'Uhrzeit:', font: 'cond', size: 10 }, { x: 60, text: fmtTime(h.hearing.time, 'colon'), font: 'condB', size: 10 }]);
  y += 5.5;
  s.row(y, [{ x: 35, text: 'Ort:', font: 'cond', size: 10 }, { x: 60, text: `${h.hearing.room}, ${h.court.street}, ${h.court.zip} ${h.court.city}`, font: 'condB', size: 10 }]);
  y += 10;
  y = s.para(25, y, 165, 'Sie erhalten diese Nachricht, weil Ihnen der Eingang der Räumungsklage mitgeteilt worden ist.', { font: 'cond', size: 9 });
  s.text(25, 272, 'Justizbehörden Berlin-Brandenburg · Dieses Schreiben ist maschinell erstellt und ohne Unterschrift wirksam.', { font: 'cond', size: 6.5 });
}

/** Oberberg: short Terminsmitteilung with a framed date block. */
export function summonsObk(c: Ctx): void {
  const { s, h, spec, rng } = c;
  base(c);
  setTenants(c, false);
  const withAddr = rng.chance(0.7);
  if (withAddr) setAddress(c);
  let y = headObk(c) + 9;
  for (const l of recipient(h.court, 0)) {
    s.text(20, y, l, { font: 'sans', size: 10 });
    y += 4.6;
  }
  s.text(130, 36, `${h.court.city}, ${dLong(spec.letterDate)}`, { font: 'sans', size: 9 });
  s.text(130, 41, `Aktenzeichen ${h.fileNumber}`, { font: 'sansB', size: 9 });
  y = 84;
  s.text(20, y, 'Terminsmitteilung in der Räumungssache', { font: 'sansB', size: 11.5 });
  y += 8;
  y = s.para(20, y, 170, `${h.landlord.name} ./. ${namesJoined(h.tenants, 'titled')}${withAddr ? `, ${flatOneLine(h, false)}` : ''}`, { font: 'sans', size: 9.5 });
  y += 5;
  y = s.para(20, y, 170, 'Im oben genannten Verfahren hat das Gericht Termin zur Güteverhandlung und mündlichen Verhandlung bestimmt:', { font: 'sans', size: 9.5 });
  y += 3;
  s.rect(20, y, 170, 20, 1);
  s.text(25, y + 3, `${dWeekLong(h.hearing.date)}, ${fmtTime(h.hearing.time, 'h')}`, { font: 'sansB', size: 11 });
  s.text(25, y + 10, `${h.hearing.room} · ${h.court.street}, ${h.court.zip} ${h.court.city}`, { font: 'sans', size: 10 });
  y += 28;
  y = s.para(20, y, 170, 'Eine Mitteilung nach § 22 Absatz 9 SGB II ist Ihnen bereits zugegangen. Diese Nachricht ergänzt sie.', { font: 'sans', size: 9 });
  s.text(20, y + 6, 'Auf Anordnung', { font: 'sans', size: 9 });
  s.text(20, y + 11, `${rng.pick(['Hüsken', 'Dahlhaus', 'Feldhoff'])}, Justizbeschäftigte`, { font: 'sans', size: 9 });
  obkFooter(c);
}

export { cityLine };
