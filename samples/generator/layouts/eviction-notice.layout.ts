/** Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA) from a bailiff. */
import { JUDGMENT_TITLES, courtName, date, evictionText, flatInline, flatLines, landlordInline, tenantLines, tenantsInline } from '../surface.js';
import { say, type LayoutContext } from './layout.types.js';

export function evictionNotice(ctx: LayoutContext): void {
  const { b, c, rng, layout } = ctx;
  const t = b.theme;
  const g = c.bailiff;
  b.line(`${g.title} ${g.name}`, { font: t.bold, size: t.size + 2 });
  b.line(`${say(rng, 'bei dem', 'beim')} ${courtName(c)}`);
  b.line(`${g.street}, ${g.postal} ${g.city} · Tel. 0${rng.int(2191, 2297)} ${rng.int(10000, 99999)}`, { size: t.size - 1.5 });
  b.y = 45;
  b.line(`${g.title} ${g.name} · ${g.street} · ${g.postal} ${g.city}`, { size: 6.5 });
  b.gap(2);
  const auth = c.court.authority;
  for (const l of [auth.name.replace(/–.*$/, '– Ordnungsamt / Obdachlosenhilfe'), auth.street, `${auth.postal} ${auth.city}`]) b.para(l, { width: 122 - t.left });
  let y = 52;
  for (const l of [`${say(rng, 'DR-Nr.', 'Geschäftszeichen', 'Dienstregister-Nr.')}: ${c.drNumber}`, `Datum: ${date(c, c.letterDate, 'numeric')}`]) {
    y += b.lineHeight();
    b.at(125, y, l);
  }
  b.y = Math.max(b.y, y) + 12;
  b.para(say(rng, 'Mitteilung über einen Räumungstermin', 'Benachrichtigung über den Termin zur Zwangsräumung', 'Räumungstermin – Mitteilung gemäß § 130 Abs. 3 GVGA'), { font: t.bold, size: t.size + 1.5 });
  b.gap(3);
  const title = `${JUDGMENT_TITLES[c.judgmentKind]} des ${courtName(c).replace('Amtsgericht', 'Amtsgerichts')} vom ${date(c, c.judgmentDate, 'numeric')}, Az. ${c.fileNumberPrinted}`;
  if (layout === 'prose') {
    b.para(
      `In der Zwangsvollstreckungssache ${c.landlord.name} (Gläubiger) gegen ${tenantsInline(c)} (Schuldner) teile ich mit, dass ich die Räumung der Wohnung ` +
        `${flatInline(c)} aufgrund des ${title} durchführen werde.`,
    );
    b.gap(2);
    b.para(`Der Räumungstermin ist auf ${evictionText(c)} festgesetzt.`);
    b.gap(2);
    b.para('Nach meinen Feststellungen droht den Schuldnern Obdachlosigkeit. Ich bitte, die erforderlichen Maßnahmen zur Unterbringung zu prüfen.');
  } else {
    const rows: [string, string[]][] = [
      [say(rng, 'Gläubiger', 'Gläubigerin'), [landlordInline(c)]],
      [say(rng, 'Schuldner', 'Schuldner/in'), tenantLines(c)],
      [say(rng, 'Räumungsobjekt', 'zu räumende Wohnung', 'Anschrift'), flatLines(c)],
      [say(rng, 'Vollstreckungstitel', 'Titel'), [title]],
      [say(rng, 'Räumungstermin', 'Termin der Räumung'), [evictionText(c)]],
    ];
    if (layout === 'labelled') for (const [l, v] of rows) b.labelled(`${l}:`, v);
    else rows.forEach(([l, v], i) => b.tableRow(l, v, t.tab, { first: i === 0, labelFont: t.bold }));
    b.gap(3);
    b.para('Den Schuldnern droht Obdachlosigkeit. Um Prüfung von Unterbringungsmaßnahmen wird gebeten.');
  }
  b.gap(8);
  b.line(g.name);
  b.line(g.title, { size: t.size - 1.5 });
}
