/** Terminsmitteilung / Ladung: a hearing set after the first notice. */
import { CLERKS } from '../pools.js';
import { courtName, date, flatInline, hearingText, landlordInline, tenantLines, tenantsInline } from '../surface.js';
import { courtFooter, courtHead, letterDateInfo, signature } from './letterhead.js';
import { say, type LayoutContext } from './layout.types.js';

export function hearingSummons(ctx: LayoutContext): void {
  const { b, c, rng, layout } = ctx;
  const h = c.hearing;
  if (!h) throw new Error('hearing summons needs a hearing');
  courtHead(ctx, [[say(rng, 'Aktenzeichen', 'Geschäftsnummer', 'Az. (bitte angeben)'), c.fileNumberPrinted], letterDateInfo(ctx)]);
  b.para(say(rng, 'Terminsmitteilung', 'Ladung zum Termin', 'Mitteilung eines Verhandlungstermins'), { font: b.theme.bold, size: b.theme.size + 1.5 });
  b.line(say(rng, 'in der Räumungssache', 'zur Kenntnisnahme (§ 22 Abs. 9 SGB II)', 'Räumungsrechtsstreit'), { size: b.theme.size - 1 });
  b.gap(4);
  const venue = `${courtName(c)}, ${c.court.street}, ${c.court.postal} ${c.court.place}`;
  if (layout === 'prose') {
    b.para(
      `In dem Rechtsstreit ${c.landlord.name} ./. ${c.tenants[0]?.family ?? ''}${c.tenants.length > 1 ? ' u. a.' : ''} wegen Räumung der Wohnung ${flatInline(c)} ` +
        `wird ${say(rng, 'Termin zur mündlichen Verhandlung', 'Termin zur Güteverhandlung und anschließenden mündlichen Verhandlung')} bestimmt auf`,
    );
    b.gap(2);
    b.line(hearingText(c, false), { font: b.theme.bold, x: b.theme.left + 20 });
    b.gap(2);
    b.para(`in ${h.room} des ${courtName(c).replace('Amtsgericht', 'Amtsgerichts')}, ${c.court.street}, ${c.court.postal} ${c.court.place}.`);
    b.gap(2);
    b.para(`Beklagte: ${tenantsInline(c)}. Klägerin: ${landlordInline(c)}.`);
    b.para(`Die Klage ist am ${date(c, c.claimReceived)} eingegangen; die Mitteilung über den Klageeingang wird insoweit ergänzt.`);
  } else {
    const rows: [string, string[]][] = [
      [say(rng, 'Klägerin/Kläger', 'Kläger', 'Klagende Partei'), [landlordInline(c)]],
      [say(rng, 'Beklagte', 'Beklagte Partei', 'Beklagte/r'), tenantLines(c)],
      [say(rng, 'Streitgegenstand', 'wegen'), [`Räumung der Wohnung ${flatInline(c)}`]],
      [say(rng, 'Termin', 'Verhandlungstermin', 'Termin zur mündlichen Verhandlung'), [hearingText(c, false)]],
      [say(rng, 'Ort', 'Sitzungssaal'), [h.room, venue]],
      [say(rng, 'Klageeingang', 'Eingang der Klage'), [date(c, c.claimReceived)]],
    ];
    if (layout === 'labelled') for (const [l, v] of rows) b.labelled(`${l}:`, v);
    else rows.forEach(([l, v], i) => b.tableRow(l, v, b.theme.tab, { first: i === 0 }));
  }
  b.gap(4);
  b.para('Eine Verlegung des Termins ist nur aus erheblichen Gründen möglich. Die Parteien sind geladen.', { size: b.theme.size - 1 });
  signature(ctx, rng.pick(CLERKS));
  courtFooter(ctx);
}
