/** Jobcenter / Sozialamt letters: forwarding cover letters, cover letters alone, own letters about rent debts. */
import { courtName, flatOneLine, namesJoined, setAddress, setTenants, type Ctx } from './common.js';
import { addDays, dLong, dNum, moneyStyled, type Day } from './fmt.js';
import type { Authority } from './senders.js';
import type { FontKey } from './sheet.js';

const SERVICE: Record<string, string[]> = {
  'jc-leipzig': ['Fachstelle Wohnungsnotfallhilfe', 'Ev. Verein für Wohnhilfen e. V.', 'Dufourstraße 18', '04107 Leipzig'],
  'soz-muenchen': ['Fachstelle Wohnraumsicherung Süd', 'im Auftrag der Landeshauptstadt München', 'Ohlmüllerstraße 36', '81541 München'],
  'jc-oberberg': ['Fachberatung Wohnungssicherung Oberberg', 'Träger: Bergischer Sozialdienst e. V.', 'Hückeswagener Straße 9', '51647 Gummersbach'],
};

interface Look {
  reg: FontKey;
  bold: FontKey;
  custLabel: string;
}

const LOOKS: Record<Authority['layout'], Look> = {
  'cover-jc-east': { reg: 'arial', bold: 'arialB', custLabel: 'BG-Nummer' },
  'cover-sozialamt-by': { reg: 'serif', bold: 'serifB', custLabel: 'Az. Sozialref.' },
  'cover-jc-obk': { reg: 'sans', bold: 'sansB', custLabel: 'Kundennummer' },
};

function head(c: Ctx, a: Authority): { look: Look; y: number } {
  const { s, spec, rng } = c;
  const look = LOOKS[a.layout];
  const date = spec.letterDate;
  const cust = a.layout === 'cover-jc-east' ? `${rng.int(10000, 99999)}BG${rng.int(1000000, 9999999)}` : a.layout === 'cover-jc-obk' ? `${rng.int(100, 999)}D${rng.int(100000, 999999)}` : `S-WS ${rng.int(1000, 9999)}/${date.slice(2, 4)}`;
  if (a.layout === 'cover-jc-obk') {
    s.rect(20, 10, 170, 18, 0.4, '#eeeeee');
    s.text(24, 13, a.head[0] ?? '', { font: look.bold, size: 14 });
    s.text(24, 20.5, a.head.slice(1).join(' · '), { font: look.reg, size: 8.5 });
    s.text(125, 13, `${a.street}, ${a.zip} ${a.city}`, { font: look.reg, size: 7.5 });
    s.text(125, 17, `Telefon ${a.phone}`, { font: look.reg, size: 7.5 });
  } else if (a.layout === 'cover-sozialamt-by') {
    let y = 12;
    for (const l of a.head) {
      s.text(120, y, l, { font: l === a.head[0] ? look.bold : look.reg, size: l === a.head[0] ? 11 : 8.5 });
      y += l === a.head[0] ? 5.5 : 4;
    }
    s.text(120, y + 1, `${a.street}, ${a.zip} ${a.city}`, { font: look.reg, size: 8 });
  } else {
    s.text(20, 12, a.head[0] ?? '', { font: look.bold, size: 16 });
    s.text(20, 19, a.head.slice(1).join(' | '), { font: look.reg, size: 9 });
    s.hline(20, 190, 23, 1.2);
  }
  s.text(20, 44, `${a.head[0] ?? ''}, ${a.street}, ${a.zip} ${a.city}`, { font: look.reg, size: 6.5 });
  let y = 50;
  for (const l of SERVICE[a.key] ?? []) {
    s.text(20, y, l, { font: look.reg, size: 10 });
    y += 4.6;
  }
  const info: [string, string][] = [
    ['Ihr Zeichen', '–'],
    [look.custLabel, cust],
    ['Bearbeitet von', rng.pick(['Frau Lehmann-Ucar', 'Herr Baumgartl', 'Frau Wirtz', 'Herr Szymański'])],
    ['Telefon', a.phone],
    ['Datum', a.layout === 'cover-sozialamt-by' ? dLong(date) : dNum(date)],
  ];
  let iy = 50;
  for (const [k, v] of info) {
    s.row(iy, [{ x: 128, text: `${k}:`, font: look.reg, size: 8 }, { x: 160, text: v, font: look.reg, size: 8 }]);
    iy += 4.3;
  }
  return { look, y: 92 };
}

/** Page 1 of a forwarded copy, or a cover letter alone ("cover-only"). */
export function coverLetter(c: Ctx, a: Authority, standalone: boolean, noticeDate: Day): void {
  const { s, h, rng, spec } = c;
  const { look, y: y0 } = head(c, a);
  let y = y0;
  const P = (t: string, bold = false): void => {
    y = s.para(20, y, 165, t, { font: bold ? look.bold : look.reg, size: 10, gap: 0.8 }) + 3;
  };
  const withAddr = rng.chance(0.6);
  P(`Übersendung einer Mitteilung ${courtName(h).replace('Amtsgericht', 'des Amtsgerichts')} – Az. ${h.fileNumber}`, true);
  P(`Betroffene Bedarfsgemeinschaft: ${namesJoined(h.tenants, 'titled')}${withAddr ? `, ${flatOneLine(h, a.layout !== 'cover-jc-obk')}` : ''}`);
  P('Sehr geehrte Damen und Herren,');
  if (standalone) {
    P(`das ${courtName(h)} hat uns mit Schreiben vom ${dNum(noticeDate)} über eine Räumungsklage ${h.landlord.female ? 'der Vermieterin' : 'des Vermieters'} ${h.landlord.name} gegen die oben genannten Personen unterrichtet. Die Mitteilung liegt Ihnen in Kopie vor bzw. wird gesondert übersandt. Wir bitten Sie, im Rahmen der vereinbarten Zusammenarbeit Kontakt zu dem Haushalt aufzunehmen.`);
    c.t.landlord = h.landlord.name;
  } else {
    P(`anbei übersenden wir Ihnen die Mitteilung nach § 22 Abs. 9 SGB II, die uns am ${dNum(addDays(noticeDate, 2) < spec.letterDate ? addDays(noticeDate, 2) : spec.letterDate)} zugegangen ist, mit der Bitte um Kontaktaufnahme zu dem Haushalt im Rahmen der vereinbarten Präventionsarbeit.`);
  }
  P('Eine Übernahme der Mietschulden nach § 22 Abs. 8 SGB II wurde bislang nicht beantragt. Über das Ergebnis Ihrer Beratung bitten wir um kurze Rückmeldung.');
  P('Mit freundlichen Grüßen');
  P('Im Auftrag');
  if (!standalone) P('Anlage: Mitteilung des Gerichts (Kopie)');
  else P('Anlage: –');
  s.text(20, 280, 'Datenschutzhinweis: Die übermittelten Sozialdaten dürfen nur zu dem Zweck verwendet werden, zu dem sie übermittelt worden sind (§ 78 SGB X).', { font: look.reg, size: 6.5 });
  if (standalone) {
    c.t.court = courtName(h);
    c.t.fileNumber = h.fileNumber;
    setTenants(c, false);
    if (withAddr) setAddress(c);
  }
}

/** The authority's own letter about rent debts of a household (no court document attached). */
export function jcLetter(c: Ctx, a: Authority): void {
  const { s, h, rng } = c;
  const { look, y: y0 } = head(c, a);
  let y = y0;
  setTenants(c, false);
  setAddress(c);
  c.t.landlord = h.landlord.name;
  c.t.arrears = h.arrears;
  c.t.monthlyRent = h.rent;
  const namesCase = rng.chance(0.5);
  const P = (t: string, bold = false): void => {
    y = s.para(20, y, 165, t, { font: bold ? look.bold : look.reg, size: 10, gap: 0.8 }) + 3;
  };
  P('Drohender Wohnungsverlust – Bitte um Unterstützung', true);
  P('Sehr geehrte Damen und Herren,');
  P(`${namesJoined(h.tenants, 'titled')}, wohnhaft ${flatOneLine(h, false)}, ${h.tenants.length > 1 ? 'stehen' : 'steht'} bei uns im Leistungsbezug. Nach Angaben ${h.landlord.female ? 'der Vermieterin' : 'des Vermieters'} (${h.landlord.name}) besteht ein Mietrückstand von ${moneyStyled(h.arrears, 'euro-sign-prefix')}. Als Bedarf für Unterkunft und Heizung werden derzeit ${moneyStyled(h.rent, 'plain-eur')} monatlich anerkannt.`);
  if (namesCase) {
    c.t.court = courtName(h);
    c.t.fileNumber = h.fileNumber;
    P(`Die Vermieterseite hat bereits Räumungsklage erhoben (${courtName(h)}, Az. ${h.fileNumber.replace('/', ' / ')}).`);
  }
  if (h.ordinary && rng.chance(0.5)) {
    c.t.ordinaryTermination = true;
    P('Nach den vorgelegten Unterlagen wurde neben der fristlosen Kündigung hilfsweise auch ordentlich gekündigt; eine Übernahme der Rückstände allein sichert die Wohnung daher möglicherweise nicht.');
  }
  P('Wir bitten Sie, den Haushalt kurzfristig zu beraten. Ein Antrag auf Übernahme der Mietschulden liegt uns noch nicht vor.');
  P('Mit freundlichen Grüßen');
  P('Im Auftrag');
  s.text(20, 280, 'Datenschutzhinweis: Die übermittelten Sozialdaten dürfen nur zu dem Zweck verwendet werden, zu dem sie übermittelt worden sind (§ 78 SGB X).', { font: look.reg, size: 6.5 });
}
