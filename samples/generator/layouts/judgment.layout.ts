/** Räumungsurteil / Versäumnisurteil / Anerkenntnisurteil, with optional Räumungsfrist. */
import { JUDGES } from '../pools.js';
import { JUDGMENT_TITLES, courtName, date, flatInline, landlordInline, lawyerInline, money, tenantLines } from '../surface.js';
import { courtFooter } from './letterhead.js';
import { say, type LayoutContext } from './layout.types.js';

export function judgment(ctx: LayoutContext): void {
  const { b, c, rng, layout } = ctx;
  const t = b.theme;
  const judge = rng.pick(JUDGES);
  const centre = t.left + 55;
  if (layout === 'labelled') {
    b.labelled('Geschäftsnummer:', [c.fileNumberPrinted], { tab: 40 });
    b.labelled('Verkündet am:', [date(c, c.judgmentDate, 'numeric')], { tab: 40 });
    b.labelled('Urkundsbeamtin:', ['Justizbeschäftigte Pütz'], { tab: 40 });
  } else {
    b.line(`${c.fileNumberPrinted}`, { font: t.bold });
    b.line(`${say(rng, 'Verkündet am', 'Erlassen am')} ${date(c, c.judgmentDate, 'numeric')}`);
  }
  b.gap(6);
  b.line(courtName(c), { font: t.bold, size: t.size + 3, x: centre });
  b.line('IM NAMEN DES VOLKES', { font: t.bold, size: t.size + 1, x: centre });
  b.line(JUDGMENT_TITLES[c.judgmentKind], { font: t.bold, size: t.size + 2, x: centre + 5 });
  b.gap(3);
  b.line('In dem Rechtsstreit');
  const lawyer = lawyerInline(c);
  const parties: [string, string[]][] = [
    [say(rng, 'Klägerin', 'klagende Partei', 'Kläger'), [landlordInline(c), ...(lawyer ? [`Prozessbevollmächtigte: ${lawyer}`] : [])]],
    [say(rng, 'Beklagte', 'beklagte Partei'), [...tenantLines(c), `${c.tenants.length > 1 ? 'beide wohnhaft' : 'wohnhaft'} ${flatInline(c)}`]],
  ];
  if (layout === 'table') parties.forEach(([l, v], i) => b.tableRow(l, v, t.tab, { first: i === 0 }));
  else {
    for (const [l, v] of parties) {
      for (const line of v) b.para(line, { x: t.left + 10 });
      b.line(`– ${l} –`, { x: t.left + 70 });
      b.gap(1);
    }
  }
  b.gap(2);
  const how =
    c.judgmentKind === 'versaeumnisurteil'
      ? 'im schriftlichen Vorverfahren'
      : c.judgmentKind === 'anerkenntnisurteil'
        ? 'aufgrund des Anerkenntnisses der Beklagten'
        : `auf die mündliche Verhandlung vom ${date(c, c.pastHearing, 'numeric')}`;
  b.para(`hat das ${courtName(c).replace('Amtsgericht', 'Amtsgericht')} ${how} durch ${judge} für Recht erkannt:`);
  b.gap(2);
  const many = c.tenants.length > 1;
  b.para(`1. ${many ? 'Die Beklagten werden gesamtschuldnerisch verurteilt' : 'Die/Der Beklagte wird verurteilt'}, die Wohnung ${flatInline(c)} zu räumen und an die Klägerseite herauszugeben.`);
  b.para(`2. ${many ? 'Die Beklagten werden verurteilt' : 'Die/Der Beklagte wird verurteilt'}, an die Klägerseite ${money(c, c.arrears)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz zu zahlen.`);
  b.para('3. Die Kosten des Rechtsstreits tragen die Beklagten.');
  b.para('4. Das Urteil ist vorläufig vollstreckbar.');
  if (c.vacateDeadline) b.para(`5. Den Beklagten wird eine Räumungsfrist bis zum ${date(c, c.vacateDeadline, c.style.date === 'written' ? 'written' : 'numeric')} gewährt.`);
  b.gap(3);
  b.para(c.judgmentKind === 'raeumungsurteil' ? 'Tatbestand und Entscheidungsgründe: Die Klage ist zulässig und begründet. Die fristlose Kündigung wegen Zahlungsverzugs ist wirksam (§ 543 Abs. 2 Nr. 3 BGB).' : 'Von Tatbestand und Entscheidungsgründen wird gemäß § 313b ZPO abgesehen.');
  b.gap(4);
  b.line(judge);
  courtFooter(ctx);
  if (ctx.c.judgmentKind === 'versaeumnisurteil' || rng.chance(0.5)) {
    b.newPage();
    b.line(`${c.fileNumberPrinted} – Seite 2`, { size: t.size - 1 });
    b.gap(4);
    b.line('Rechtsbehelfsbelehrung:', { font: t.bold });
    b.para(
      c.judgmentKind === 'versaeumnisurteil'
        ? `Gegen dieses Urteil kann Einspruch eingelegt werden. Der Einspruch ist innerhalb einer Notfrist von zwei Wochen ab Zustellung bei dem ${courtName(c)}, ${c.court.street}, ${c.court.postal} ${c.court.place} einzulegen (§ 339 ZPO).`
        : `Gegen dieses Urteil ist die Berufung statthaft, wenn der Wert des Beschwerdegegenstandes 600 Euro übersteigt. Sie ist binnen eines Monats bei dem Landgericht einzulegen.`,
    );
    b.gap(4);
    b.para(`Ausgefertigt: ${c.court.place}, ${date(c, c.judgmentDate, 'numeric')}`);
    courtFooter(ctx);
  }
}
